"""What a `mkdocs serve` rebuild keeps from the build before it, and which pages it renders again.

MkDocs builds the whole site again on every change it sees; under `mkdocs serve --dirty` it renders again only
the files that say they changed. `BuildState` is what one build leaves for the next to compare (each record
file's stat, and the layouts, docs and theme overrides, a change to which renders everything); `affected_pages`
names the pages that show a changed record; `CompiledTemplates` keeps compiled Jinja templates across the new
environments each build makes; `MapShapes` reads the map's shapes once. Nothing here knows MkDocs: the plugin
(accords.mkdocs_plugin, through accords.session) hands it paths and datasets.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import jinja2
import jinja2.bccache

from .addresses import PAGINATED
from .dataset import Dataset
from .geo import Shape, load_shapes
from .lists import Lists
from .model import Agreement, Country, iter_references
from .pages import GeneratedPage, generated_pages


class CompiledTemplates(jinja2.BytecodeCache):
    """The layouts and theme templates, compiled, kept across `mkdocs serve` rebuilds: MkDocs and mkdocs-macros
    make new Jinja environments for every build, which compiled 64 templates again on each rebuild. Jinja
    compares each template's source with the one compiled, so an edited layout is compiled anew."""

    def __init__(self) -> None:
        self._compiled: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if bucket.key in self._compiled:
            bucket.bytecode_from_string(self._compiled[bucket.key])

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self._compiled[bucket.key] = bucket.bytecode_to_string()


class MapShapes:
    """The map's country shapes, read again only when their file changes (0.05 s a rebuild otherwise)."""

    def __init__(self) -> None:
        self._read: tuple[tuple[str, int], dict[str, Shape]] | None = None

    def get(self, path: Path) -> dict[str, Shape]:
        stamp = (str(path), path.stat().st_mtime_ns)
        if self._read is None or self._read[0] != stamp:
            self._read = (stamp, load_shapes(path))
        return self._read[1]


@dataclass(frozen=True)
class BuildState:
    """What a `mkdocs serve` rebuild compares: each record file's stat, and everything else that shapes pages."""

    records: dict[str, tuple[int, int]]
    code: tuple[tuple[str, int], ...]

    @classmethod
    def of(cls, dataset: Dataset, project_dir: Path, watched: list[Path]) -> BuildState:
        """The record files' stats, and the modification times of every file under `watched` (folders and files:
        the layouts, docs/, the theme overrides, mkdocs.yml)."""
        def stamp(path: Path) -> tuple[int, int]:
            info = path.stat()
            return info.st_mtime_ns, info.st_size

        records = {i: stamp(project_dir / p) for i, p in dataset.paths.items() if (project_dir / p).exists()}
        files = [p for w in watched if w.is_file() for p in [w]] + [p for w in watched if w.is_dir() for p in sorted(w.rglob("*")) if p.is_file()]
        return cls(records, tuple((str(p), p.stat().st_mtime_ns) for p in files))

    def changed_records(self, previous: BuildState) -> set[str]:
        ids = set(self.records) | set(previous.records)
        return {i for i in ids if self.records.get(i) != previous.records.get(i)}


# Listing pages whose content does not depend on which records changed (field documentation, licence).
STATIC_LISTINGS = {"data/index.md", "licence.md"}


def affected_pages(old: Dataset | None, new: Dataset, changed: set[str], pages: list[GeneratedPage] | None = None) -> set[str]:
    """Pages that show something of the changed records: their own, those linked either way, their
    countries', the listings, and the timeline pages of the years they were and are dated in."""
    ids = set(changed)
    years = set()
    for dataset in (old, new):
        if dataset is None:
            continue
        for record_id in changed & set(dataset.records):
            date, _ = dataset.date_of(record_id)
            years.add(date.year if date else 0)
    for dataset in (old, new):
        if dataset is None:
            continue
        for record_id in changed & set(dataset.records):
            ids.update(link.source_id for link in dataset.backlinks(record_id))
            ids.update(target for _, target, _ in iter_references(dataset.get(record_id)))
    for record_id in list(ids):
        if record_id in new.records and (country := new.country_of(record_id)):
            ids.add(country)
        if record_id in new.records and isinstance(new.get(record_id), Agreement):
            ids.update(new.countries_of_agreement(record_id))
    renamed_country = any(isinstance(d.records.get(i), Country) for d in (old, new) if d is not None for i in changed)
    old_lists, new_lists = (Lists.of(old) if old else None), Lists.of(new)
    listing_pages = {listing: _listing_pages(old_lists, new_lists, listing, ids) for listing in PAGINATED}
    affected = set()
    for page in pages if pages is not None else generated_pages(new):
        meta = dict(page.extra_meta)
        if page.record_id is not None:
            wanted = page.record_id in ids
        elif "listing" in meta and not renamed_country:  # a country's name is on many rows: all pages then
            wanted = meta["page_number"] in listing_pages[meta["listing"]]
        else:
            year = meta.get("year")
            wanted = page.path not in STATIC_LISTINGS and (year is None or year in years)
        if wanted:
            affected.add(page.path)
    return affected


def _listing_pages(old: Lists | None, new: Lists, listing: str, ids: set[str]) -> set[int]:
    """The pages of a paginated listing that show one of `ids`, and its first page (which may sum up all
    items: the agreements list's charts); every page if the listing's items or their order changed (an
    added record, a new date), since every later page then shifts."""
    kind, size = PAGINATED[listing]
    items = new.listing(kind)
    if old is None or old.listing(kind) != items:
        return set(range(1, max(1, -(-len(items) // size)) + 1))
    return {1} | {index // size + 1 for index, record_id in enumerate(items) if record_id in ids}
