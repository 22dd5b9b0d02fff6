"""MkDocs glue: load the data once, add a virtual page per record, point edit links at the data.

Kept thin: the Dataset does the queries, `pages` decides what pages exist, the layouts render them
(through mkdocs-macros, see `accords.macros`).
"""

from __future__ import annotations

import ctypes
import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
import jinja2.bccache
from mkdocs.config import config_options
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils.meta import get_data
from mkdocs.utils.templates import TemplateContext

from .addresses import EXPLORER_DATA, NAMES_DATA, PAGINATED
from .dataset import Dataset
from .exports import Exporter, build_date
from .geo import Shape, load_shapes
from .history import HistoryUnreadable, file_histories
from .linked_data import LinkedData
from .lists import Lists
from .loader import RecordCache, load_dataset
from .mkdocs_adapter import compile_each_source_once, forget_rendered, skip_when_serving_dirty
from .model import Agreement, Country, iter_references
from .pages import GeneratedPage, generated_pages, redirect_pages
from .problems import DataError
from .render import attr_text, focusable_abbreviations
from .search_data import SearchData
from .search_index import SearchIndexer, SearchIndexError, save_name_records
from .view import SiteView

log = logging.getLogger("mkdocs.plugins.accords")


class TrackerConfig(Config):
    data_dir = config_options.Type(str, default="data")
    # Natural Earth country shapes from the world-atlas npm package (installed by `make`).
    shapes = config_options.Type(str, default="node_modules/world-atlas/countries-110m.json")
    # Benchmarks only: also write every page's final Markdown here (scripts/bench.py builds it with Material alone).
    dump_markdown = config_options.Type(str, default="")
    # `make build` only (accords.build): write the records of names here and leave the search index to be built
    # once MkDocs has exited; empty: index the pages as they are written.
    defer_search_index = config_options.Type(str, default="")
    branch = config_options.Type(str, default="main")


class TrackerPlugin(BasePlugin[TrackerConfig]):
    """Must be listed before `macros` in mkdocs.yml: the macros module reads `plugin.view`."""

    dataset: Dataset
    view: SiteView
    search_data: SearchData
    abbreviations: str
    exporter: Exporter
    serving_dirty = False
    record_cache: RecordCache | None = None
    compiled_templates: CompiledTemplates | None = None
    shapes: tuple[tuple[str, int], dict[str, Shape]] | None = None  # the map shapes, and the file's name and time they are from
    previous: BuildState | None = None
    pages: list[GeneratedPage]  # every page the build adds
    rebuild: set[str] | None = None  # record pages to render again on a quick rebuild; None: all pages
    search_index: SearchIndexer | None = None
    linked_data: LinkedData
    names_json: str  # the search box's fallback (accords.search_data), made by full builds

    def on_startup(self, *, command: str, dirty: bool) -> None:
        """Defining this keeps one plugin across `mkdocs serve` rebuilds, so a rebuild knows what changed
        (and reads again only the record files that did, and compiles no unchanged template again)."""
        self.serving_dirty = command == "serve" and dirty
        self.record_cache = RecordCache() if self.serving_dirty else None
        self.compiled_templates = CompiledTemplates() if command == "serve" else None

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        project_dir = Path(config.config_file_path).parent
        previous_dataset = getattr(self, "dataset", None)
        try:
            self.dataset = load_dataset(project_dir / self.config.data_dir, root=project_dir, cache=self.record_cache)
        except DataError as error:
            raise PluginError(str(error)) from None
        try:
            histories = file_histories(project_dir, self.config.data_dir, Path(config.docs_dir).name)
        except HistoryUnreadable as error:
            log.warning(str(error))  # fails `mkdocs build --strict`
            histories = {}
        self.pages = generated_pages(self.dataset, histories)
        self.rebuild = None
        if self.serving_dirty:  # only `mkdocs serve --dirty` compares builds; others need no file stats
            state = BuildState.of(self.dataset, project_dir, config)
            if self.previous is not None and self.previous.code == state.code:
                changed = state.changed_records(self.previous)
                self.rebuild = affected_pages(previous_dataset, self.dataset, changed, self.pages)
                log.info(f"Rebuilding {len(self.rebuild)} pages for {len(changed)} changed records")
            self.previous = state
        shapes_file = project_dir / self.config.shapes
        if not shapes_file.is_file():
            raise PluginError(f"{self.config.shapes} is missing: run `npm ci` (make does it) to install the map shapes")
        stamp = (str(shapes_file), shapes_file.stat().st_mtime_ns)
        if self.shapes is None or self.shapes[0] != stamp:  # read once under `mkdocs serve` (0.05 s a rebuild)
            self.shapes = (stamp, load_shapes(shapes_file))
        self.exporter = Exporter(self.dataset, histories, config.site_url or "", build_date())
        downloads = self.exporter.listed()
        self.view = SiteView(self.dataset, config.repo_url, self.config.branch, histories, self.shapes[1], downloads)
        self.search_data = SearchData(self.view.addresses)
        self.linked_data = LinkedData(self.dataset, self.view.addresses, config.site_url or "", downloads)
        self.abbreviations = self.view.abbreviations()
        return config

    def on_pre_build(self, config: MkDocsConfig) -> None:
        macros = config.plugins.get("macros")
        if macros is not None:
            compile_each_source_once(macros.env)
            macros.env.bytecode_cache = self.compiled_templates

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        # Hand-written pages: the edit button opens their Markdown under docs/.
        docs_prefix = Path(config.docs_dir).name
        written: dict[str, tuple[str, dict[str, Any]]] = {}  # each hand-written page's text and front matter, read once
        for file in files.documentation_pages():
            file.edit_uri = f"{docs_prefix}/{file.src_uri}"
            written[file.src_uri] = get_data(file.content_string)
            if "render_macros" in written[file.src_uri][1]:
                raise PluginError(f"{docs_prefix}/{file.src_uri}: `render_macros` is not allowed: hand-written pages are "
                                  "never templates (template code in a pull request would run in the build)")
        for page in self.pages:
            prose_file = files.get_file_from_path(page.path)
            prose, prose_path = "", None
            meta: dict[str, Any] = {}
            if prose_file is not None:
                prose, meta = written[prose_file.src_uri]
                prose_path = f"{docs_prefix}/{prose_file.src_uri}"
                files.remove(prose_file)
            generated = File.generated(config, page.path, content=page.markdown(prose, meta, prose_path))
            generated.edit_uri = page.edit_path if page.record_id or prose_path is None else prose_path
            if self.rebuild is not None and page.path not in self.rebuild:
                skip_when_serving_dirty(generated)
            files.append(generated)
        files.append(File.generated(config, EXPLORER_DATA, content=self.view.explorer.json()))
        if self.rebuild is None:  # a quick rebuild keeps the first build's search index, and the names that go with it
            self.names_json = self.search_data.names_json()
        files.append(File.generated(config, NAMES_DATA, content=self.names_json))
        if self.rebuild is None:  # downloads, API and feeds: written by full builds only
            self.write_open_data(Path(config.site_dir))
        # Known to MkDocs, so that links to them are checked; written by the export (MkDocs lets
        # a plugin write into site_dir itself: the file's source and destination are one).
        for path in self.exporter.files():
            files.append(File.generated(config, path, abs_src_path=str(Path(config.site_dir) / path)))
        for path, html in redirect_pages(self.dataset):
            files.append(File.generated(config, path, content=html))
        return files

    def write_open_data(self, site_dir: Path) -> None:
        """The open data (dataset, CSV, API, feeds, calendar; what `accords export` writes), written into
        the site folder in this process before any page is rendered: the export's memory is given back
        before the pages' (at 10,000 records, peak 1,099 MiB against 1,206 MiB when written after the
        pages, `make bench`), and no second process can outlive a failed build (a forked copy did,
        writing on after mkdocs-macros ended the build; fork also fails on Windows)."""
        try:
            self.exporter.write(site_dir)
        except OSError as error:
            raise PluginError(f"Writing the open data failed: {error}") from None
        _return_freed_memory()

    @event_priority(-100)  # after mkdocs-macros has rendered the page: these lines are data, never a template
    def on_page_markdown(self, markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
        """Every abbreviation in the glossary is explained wherever it appears (Material tooltips)."""
        markdown = f"{markdown}\n\n{self.abbreviations}\n"
        if self.config.dump_markdown:  # the benchmark's baseline: these pages as plain Markdown, blocks of HTML in place
            target = Path(self.config.dump_markdown) / page.file.src_uri
            target.parent.mkdir(parents=True, exist_ok=True)
            plain = self.view.html.inline(markdown, page.url)
            target.write_text(f"---\ntitle: {json.dumps(page.title or '', ensure_ascii=False)}\n---\n\n{plain}", encoding="utf-8")
        return markdown

    def on_page_content(self, html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
        """Abbreviations can be focused with the keyboard, which shows their tooltip too; the blocks of
        HTML the layout wrote go back in place (accords.html_chunks)."""
        return focusable_abbreviations(self.view.html.fill(html, page.url))

    def on_env(self, env: Any, config: MkDocsConfig, files: Files) -> Any:
        """Every page is rendered to HTML now; the theme writes them next. Pagefind is started to index
        the pages as they are written (full builds only: a quick rebuild keeps the first build's index)."""
        if self.rebuild is None and not self.config.defer_search_index:
            try:
                self.search_index = SearchIndexer()
            except SearchIndexError as error:
                raise PluginError(str(error)) from None
        env.bytecode_cache = self.compiled_templates
        return env

    def on_page_context(self, context: TemplateContext, /, *, page: Page, config: MkDocsConfig, nav: Navigation) -> TemplateContext:
        """What the page says about itself in its head (overrides/main.html): schema.org JSON-LD, and for a
        record a one-line description for search results and link previews."""
        record_id = page.meta.get("record")
        if record_id and (description := self.linked_data.description(record_id)):
            page.meta["description"] = attr_text(description)  # Material prints it as it is
        page.meta["linked_data"] = self.linked_data.for_page(page.file.src_uri, page.title or "", record_id)
        return context

    def on_post_page(self, output: str, page: Page, config: MkDocsConfig) -> str:
        if self.search_index is not None and "data-pagefind-body" in output:
            try:
                self.search_index.add("/" + page.file.dest_uri.removesuffix("index.html"), output)
            except SearchIndexError as error:
                raise PluginError(str(error)) from None
        forget_rendered(page)  # written: MkDocs would keep its Markdown and HTML to the end of the build
        return output

    def on_post_build(self, config: MkDocsConfig) -> None:
        """The chunked search index, which readers load a piece at a time, written into the site (or, deferred,
        the records of names it needs besides the pages)."""
        if self.config.defer_search_index and self.rebuild is None:
            save_name_records(Path(self.config.defer_search_index), self.search_data.name_records())
        if self.search_index is None:
            return
        _return_freed_memory()
        try:
            self.search_index.finish(Path(config.site_dir), self.search_data.name_records())
        except SearchIndexError as error:
            raise PluginError(str(error)) from None
        finally:
            self.search_index.close()
            self.search_index = None

    def on_build_error(self, *, error: Exception) -> None:
        """Stop what this build started, so that nothing writes into a failed build's folder."""
        if self.search_index is not None:
            self.search_index.close()
            self.search_index = None

    def on_serve(self, server: Any, config: MkDocsConfig, builder: Any) -> Any:
        """Watch the data folder in use, also when TRACKER_DATA points outside the project."""
        server.watch(str(Path(config.config_file_path).parent / self.config.data_dir))
        return server


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


def _return_freed_memory() -> None:
    """Give the memory of the written pages back to the system before Pagefind builds its index, its
    peak: glibc's allocator keeps freed memory for reuse otherwise (~170 MB at 10,000 pages, measured
    with `make bench`). Where the C library has no malloc_trim, memory stays as it is."""
    try:
        ctypes.CDLL(None).malloc_trim(0)
    except (OSError, AttributeError, TypeError):
        pass


@dataclass(frozen=True)
class BuildState:
    """What a `mkdocs serve` rebuild compares: each record file's stat, and everything else that shapes pages."""

    records: dict[str, tuple[int, int]]
    code: tuple[tuple[str, int], ...]

    @classmethod
    def of(cls, dataset: Dataset, project_dir: Path, config: MkDocsConfig) -> BuildState:
        def stamp(path: Path) -> tuple[int, int]:
            info = path.stat()
            return info.st_mtime_ns, info.st_size

        records = {i: stamp(project_dir / p) for i, p in dataset.paths.items() if (project_dir / p).exists()}
        watched = [project_dir / "accords" / "layouts", Path(config.docs_dir), project_dir / "overrides"]
        code = [(str(p), p.stat().st_mtime_ns) for folder in watched if folder.is_dir() for p in sorted(folder.rglob("*")) if p.is_file()]
        code.append((config.config_file_path, Path(config.config_file_path).stat().st_mtime_ns))
        return cls(records, tuple(code))

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
