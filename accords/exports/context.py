"""What every export reads: the Dataset, its addresses, the git dates of its files, the site's address."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..addresses import Addresses, page_url
from ..dataset import Dataset
from ..history import FileHistory

TITLE = "Central Asia Cooperation Tracker"
LICENCE = {"name": "CC-BY-4.0", "title": "Creative Commons Attribution 4.0", "path": "https://creativecommons.org/licenses/by/4.0/"}
LIST_SEPARATOR = ";"

# What an output is, for the pages and files that list outputs: a download, a JSON Schema, the API's description,
# a feed, or one of many files (a record's API document, a country's feed) that are found through an index instead.
GROUPS = ("download", "schema", "api", "feed", "record")
LISTED = ("download", "schema", "api", "feed")


@dataclass(frozen=True)
class Output:
    """One file of the open data, describing itself: where it is published, its media type, a title and a
    description for readers, whether (and how) the data package describes it, and its licences. The open-data
    page, `datapackage.json`, the JSON-LD `Dataset` and the API's index all read these; `make` makes the content."""

    path: str
    media_type: str
    title: str
    description: str
    make: Callable[[], str]
    group: str = "download"
    package: Mapping[str, Any] | None = None  # its resource in the data package (beyond name, path, media type, description)
    licences: tuple[Mapping[str, str], ...] = field(default=(LICENCE,))

    def __post_init__(self) -> None:
        if self.group not in GROUPS:
            raise ValueError(f"{self.path}: unknown group '{self.group}' (one of {', '.join(GROUPS)})")


class ExportContext:
    """`site_url` makes links absolute; empty, they are relative to the site root."""

    def __init__(self, dataset: Dataset, histories: Mapping[str, FileHistory], site_url: str = "", build_date: dt.date | None = None):
        self.data = dataset
        self.addresses = Addresses(dataset)
        self.histories = histories
        self.site_url = site_url.rstrip("/") + "/" if site_url else ""
        self.build_date = build_date or dt.date(1970, 1, 1)
        self._record_json: dict[str, dict[str, Any]] = {}
        self.outputs: list[Output] = []  # every output, once the Exporter has listed them (the data package reads them)

    def link(self, path: str) -> str:
        """A site path ('agreements/x/') as an address: absolute with a site URL, else root-relative."""
        return self.site_url + path

    def page(self, record_id: str) -> str:
        return self.link(page_url(self.addresses.page(record_id)))

    def api(self, record_id: str) -> str | None:
        path = self.addresses.api(record_id)
        return self.link(path) if path else None

    def history(self, record_id: str) -> FileHistory | None:
        return self.histories.get(self.data.data_path(record_id))

    def forget(self) -> None:
        """Let go of the records' JSON (all of it, once every output is written)."""
        self._record_json = {}

    def sources_named(self, source_ids: list[str]) -> str:
        """"Trend, 3 February 2026; Kazinform, 4 February 2026": each source by its publisher and date, in plain text."""
        return "; ".join(f"{self.data.name(s.publisher)}, {s.date.display()}" for s in (self.data.get(i) for i in source_ids))

    def record_json(self, record_id: str) -> dict[str, Any]:
        """The record as its JSON Schema describes it (the id included); computed once per record."""
        if record_id not in self._record_json:
            record = self.data.get(record_id)
            self._record_json[record_id] = {"id": record_id, **record.model_dump(mode="json", exclude_none=True, exclude={"id"})}
        return self._record_json[record_id]


def build_date() -> dt.date:
    """The day of this build: from SOURCE_DATE_EPOCH (the last commit, in `make`; the reproducible-builds
    convention MkDocs follows too), else today."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    return dt.datetime.fromtimestamp(int(epoch), dt.UTC).date() if epoch.isdigit() else dt.datetime.now(dt.UTC).date()


def text(value: object) -> str:
    """A cell: nothing for None."""
    return "" if value is None else str(value)


def joined(values: Iterable[object]) -> str:
    """A list in one cell, separated by ';'."""
    return LIST_SEPARATOR.join(str(v) for v in values)


def iso2(dataset: Dataset, country_id: str | None) -> str:
    return dataset.get(country_id).iso2 if country_id else ""
