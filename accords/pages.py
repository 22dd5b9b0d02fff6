"""Which pages the build adds: the listings (split into pages where they grow), the timeline's years,
a page per record, and a redirect from each former address. What each page shows is its layout's job
(`accords/layouts/`, given `tracker`, `accords.view.SiteView`).
"""

from __future__ import annotations

import json
import posixpath
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2

from .addresses import CHANGES, PAGINATED, Addresses, page_count, pagination_path
from .dataset import Dataset
from .history import FileHistory
from .kinds import RECORD_KINDS
from .lists import Lists
from .render import attr_text

LAYOUTS = Path(__file__).parent / "layouts"

# Generated pages besides records and their kinds' listings (accords.kinds): page path -> (title, layout).
SITE_PAGES: dict[str, tuple[str, str]] = {
    "index.md": ("Central Asia Cooperation Tracker", "home.md"),
    "explore.md": ("Explore agreements", "explore.md"),
    "compare.md": ("Compare countries", "compare.md"),
    "network.md": ("Network of partners", "network.md"),
    "timeline.md": ("Timeline", "timeline.md"),
    "data/index.md": ("Open data", "data.md"),
    "licence.md": ("Licence and citation", "licence.md"),
    CHANGES: ("Recent changes", "changes.md"),
}
# Every generated page that is not a record's: page path -> (title, layout).
LISTING_PAGES: dict[str, tuple[str, str]] = {
    **SITE_PAGES,
    **{k.listing.path: (k.listing.title, k.listing.layout) for k in RECORD_KINDS if k.listing},
}
LISTED_COLLECTION = {k.listing.path: k.collection for k in RECORD_KINDS if k.listing}  # a kind's listing -> what it lists


@dataclass(frozen=True)
class GeneratedPage:
    """A page the build adds: where it goes, its title, its layout and the record it shows."""

    path: str
    title: str
    layout: str
    record_id: str | None = None
    edit_path: str | None = None  # repository path the "edit" button opens
    extra_meta: tuple[tuple[str, Any], ...] = ()  # e.g. the country's feed, announced in the page head

    def markdown(self, prose: str = "", prose_meta: dict[str, Any] | None = None, prose_path: str | None = None) -> str:
        """The page's Markdown before its layout is rendered: front matter (naming the layout), then the contributor's
        prose if any. The prose is Markdown, never a template: template syntax in a pull request's prose is printed
        as it is; the layout's Markdown is added below it (accords.renderer, in the build)."""
        # The theme inserts the title into HTML unescaped.
        meta: dict[str, Any] = {"title": attr_text(self.title), **(prose_meta or {})}
        if self.record_id:
            meta["record"] = self.record_id
        if prose_path:
            meta["prose_path"] = prose_path
        meta.update(dict(self.extra_meta))
        meta["layout"] = self.layout
        header = "\n".join(f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in meta.items())
        return f"---\n{header}\n---\n\n{prose.strip()}\n"


def redirect_pages(dataset: Dataset) -> list[tuple[str, str]]:
    """(output file, HTML) for each former id: a small page (layouts/redirect.html) that sends readers
    to the new address."""
    addresses = Addresses(dataset)
    template = jinja2.Environment(loader=jinja2.FileSystemLoader(LAYOUTS), autoescape=True, keep_trailing_newline=True).get_template("redirect.html")
    result = []
    for old_page, record_id in addresses.redirects():
        old_dir = old_page.removesuffix(".md")
        target = posixpath.relpath(addresses.page(record_id).removesuffix(".md"), old_dir) + "/"
        result.append((f"{old_dir}/index.html", template.render(name=dataset.name(record_id), target=target)))
    return result


# Listing pages repeat what record pages say; leaving them out of the search index keeps results to the records.
NOT_INDEXED = {"explore.md", "compare.md", "network.md", "timeline.md", CHANGES} | {k.listing.path for k in RECORD_KINDS if k.listing and not k.listing.indexed}
# Pages of wide tables: they take the whole width, without the navigation and contents sidebars (Material's `hide`).
WIDE = {"explore.md", "compare.md", "network.md", "timeline.md", CHANGES} | {k.listing.path for k in RECORD_KINDS if k.listing}
WIDE_META = ("hide", ["navigation", "toc"])


def generated_pages(dataset: Dataset, histories: Mapping[str, FileHistory] | None = None) -> list[GeneratedPage]:
    """Every page the build adds: listings (split into pages where they grow), timeline years, records."""
    addresses, lists = Addresses(dataset), Lists.of(dataset, histories)
    pages = []
    for path, (title, layout) in LISTING_PAGES.items():
        edit = f"accords/layouts/{layout}"
        meta: tuple[tuple[str, Any], ...] = (("search", "exclude"),) if path in NOT_INDEXED else ()
        if path in WIDE:
            meta += (WIDE_META,)
        if path in LISTED_COLLECTION:
            meta += (("collection", LISTED_COLLECTION[path]),)
        if path not in PAGINATED:
            pages.append(GeneratedPage(path, title, layout, edit_path=edit, extra_meta=meta))
            continue
        count = page_count(path, len(lists.listing(PAGINATED[path][0])))
        for number in range(1, count + 1):
            numbered = meta + (("page_number", number), ("page_count", count), ("listing", path))
            if number > 1:
                numbered += (("search", "exclude"),)
            page_title = title if number == 1 else f"{title}, page {number} of {count}"
            pages.append(GeneratedPage(pagination_path(path, number), page_title, layout, edit_path=edit, extra_meta=numbered))
    for year in lists.timeline_years():
        pages.append(GeneratedPage(f"timeline/{year or 'undated'}.md", f"Timeline: {year or 'date not stated'}", "timeline.md",
                                   edit_path="accords/layouts/timeline.md", extra_meta=(("year", year), ("search", "exclude"), WIDE_META)))
    for path, record_id in addresses.record_pages():
        extra: tuple[tuple[str, Any], ...] = ()
        if feed := addresses.feed(record_id):
            extra = (("feed", feed), ("feed_title", f"{dataset.name(record_id)}: records added or changed"))
        pages.append(GeneratedPage(path, dataset.name(record_id), addresses.layout(record_id), record_id, dataset.data_path(record_id), extra))
    return pages
