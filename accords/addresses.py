"""The address book: where each thing lives in the built site. Record pages, listing pages and their
pagination, API documents, feeds and downloads are addressed here and nowhere else; pages, layouts,
exports and figures ask it. The Dataset knows no addresses.

Pages are named by their Markdown source path relative to docs/ ('countries/kz.md', 'sources/page/2.md#x'),
which MkDocs resolves and checks; `page_url` turns one into the directory URL the site serves.
"""

from __future__ import annotations

import math
import posixpath

from .dataset import Dataset
from .kinds import API_COLLECTIONS, KIND_OF_COLLECTION, RECORD_KINDS, TYPE_OF_COLLECTION, RecordKind, kind_of

DATA_DIR = "data"  # downloads: dataset.json, the CSV tables, the data package, the JSON Schemas
API_DIR = "api"
CALENDAR = "calendar/planned-events.ics"
STEPS_CALENDAR = "calendar/steps-after-signing.ics"
ALL_FEED = "feeds/all.atom"
STEPS_FEED = "feeds/steps-after-signing.atom"
EXPLORER_DATA = "explore/agreements.json"  # read by docs/assets/tracker.js on the explorer page
NETWORK_DATA = "network/agreements.json"  # read by docs/assets/tracker.js on the network page: countries, sectors, year
NAMES_DATA = "search/names.json"  # read by docs/assets/search.js when Pagefind has no good answer

CHANGES = "changes.md"  # the recent changes, from git
# Listing pages that grow with the data are split into pages of at most this many items: page path -> (what it
# lists: a collection, or "changes"; items per page). The kinds' listings say theirs (accords.kinds).
PAGINATED: dict[str, tuple[str, int]] = {
    **{k.listing.path: (k.collection, k.listing.per_page) for k in RECORD_KINDS if k.listing and k.listing.per_page},
    CHANGES: ("changes", 100),
}


def page_url(page: str) -> str:
    """Directory URL of a Markdown source path: 'countries/kz.md' -> 'countries/kz/', 'glossary.md#x' -> 'glossary/#x'."""
    path, _, anchor = page.partition("#")
    path = path.removesuffix(".md")
    path = path.removesuffix("index") if path.endswith("index") else path + "/"
    return path + (f"#{anchor}" if anchor else "")


def relative_url(from_page_url: str, to_page: str) -> str:
    """A link from the page at URL `from_page_url` ('countries/kz/') to the Markdown page `to_page`."""
    return relative_path(from_page_url, page_url(to_page))


def relative_path(from_page_url: str, target: str) -> str:
    """A link from the page at URL `from_page_url` to a site path: a page's folder ('agreements/x/', '' for the
    root, with an anchor or not) or a file ('data/dataset.json')."""
    path, _, anchor = target.partition("#")
    relative = posixpath.relpath(path or ".", from_page_url or ".")
    if relative == ".":
        relative = "./"
    elif path == "" or path.endswith("/"):
        relative += "/"
    return relative + (f"#{anchor}" if anchor else "")


def pagination_path(listing: str, number: int) -> str:
    """'agreements/index.md', 3 -> 'agreements/page/3.md'; page 1 is the listing itself."""
    if number == 1:
        return listing
    stem = listing.removesuffix("/index.md").removesuffix(".md")
    return f"{stem}/page/{number}.md"


def page_count(listing: str, items: int) -> int:
    """How many pages a paginated listing of `items` items takes (at least one)."""
    return max(1, math.ceil(items / PAGINATED[listing][1]))


def csv_path(table: str) -> str:
    return f"{DATA_DIR}/{table}.csv"


def schema_path(collection: str) -> str:
    return f"{DATA_DIR}/schemas/{collection}.schema.json"


def api_index_path(collection: str) -> str:
    return f"{API_DIR}/{collection}.json"


class Addresses:
    """Every record's addresses, from the registry's patterns (`accords.kinds.RECORD_KINDS`)."""

    def __init__(self, dataset: Dataset):
        self.data = dataset
        self._positions: dict[str, dict[str, int]] = {}  # collection -> record -> its place on the kind's listing

    def _fill(self, pattern: str, record_id: str) -> str:
        return pattern.format(id=record_id, iso2=getattr(self.data.get(record_id), "iso2", "").lower())

    def page(self, record_id: str) -> str:
        """The Markdown path of the page that shows the record: its own page, or the place on a listing
        page that lists it (a glossary term; a source, on the page of the sources list that holds it)."""
        kind = kind_of(self.data.get(record_id))
        listing = kind.listing
        if listing is not None and listing.per_page and kind.page.startswith(f"{listing.path}#"):
            number = self._position(kind)[record_id] // listing.per_page + 1
            return f"{pagination_path(listing.path, number)}#{record_id}"
        return self._fill(kind.page, record_id)

    def url(self, record_id: str) -> str:
        """The record's address from the site root: 'agreements/x/'."""
        return page_url(self.page(record_id))

    def _position(self, kind: RecordKind) -> dict[str, int]:
        """Where each record of a kind shown on its paginated listing stands in the listing."""
        if kind.collection not in self._positions:
            listed = self.data.in_order(self.data.ids_of_type(kind.cls), kind.listing.order)  # type: ignore[union-attr]
            self._positions[kind.collection] = {record_id: n for n, record_id in enumerate(listed)}
        return self._positions[kind.collection]

    def record_pages(self) -> list[tuple[str, str]]:
        """(page path, record id) for every record that has a page of its own."""
        return [(self.page(i), i) for i, r in self.data.records.items() if kind_of(r).layout]

    def layout(self, record_id: str) -> str:
        layout = kind_of(self.data.get(record_id)).layout
        assert layout is not None, f"{record_id} has no page of its own"
        return layout

    def listing(self, collection: str) -> str | None:
        """The Markdown path of the page that lists a collection's records."""
        listing = KIND_OF_COLLECTION[collection].listing
        return listing.path if listing else None

    def redirects(self) -> list[tuple[str, str]]:
        """(old page path, record id) for every former id of a record with a page of its own."""
        result = []
        for record_id, record in self.data.records.items():
            kind = kind_of(record)
            if not kind.layout or "{id}" not in kind.page:
                continue  # shown on a listing (terms, sources), or addressed by ISO code, not id (countries)
            for former in getattr(record, "former_ids", []):
                result.append((kind.page.format(id=former), record_id))
        return result

    def pagination(self, listing: str, number: int) -> str:
        """The Markdown path of page `number` of a paginated listing."""
        return pagination_path(listing, number)

    def api(self, record_id: str) -> str | None:
        """The record's API document, if the API publishes its kind."""
        pattern = kind_of(self.data.get(record_id)).api
        return self._fill(pattern, record_id) if pattern else None

    def feed(self, record_id: str) -> str | None:
        """The Atom feed of what changed about the record, if its kind has one."""
        pattern = kind_of(self.data.get(record_id)).feed
        return self._fill(pattern, record_id) if pattern else None

    def api_collections(self) -> dict[str, str]:
        return {name: api_index_path(name) for name in API_COLLECTIONS}

    def schemas(self) -> dict[str, str]:
        return {name: schema_path(name) for name in TYPE_OF_COLLECTION}
