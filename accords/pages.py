"""What the page layouts (Jinja/Markdown templates in `accords/layouts/`) can ask for.

`SiteView` wraps the Dataset with helpers that return ready, escaped Markdown: links, dates, lists.
Templates hold the layout and the wording; this module holds the logic. Every method is a pure
function of the Dataset.
"""

from __future__ import annotations

import calendar
import html
import json
import math
import posixpath
import re
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from . import visuals
from .dataset import Dataset, TimelineEntry
from .dates import PartialDate
from .exports import feed_path
from .geo import Shape
from .history import FileHistory
from .model import KIND_LABELS, TYPE_OF_COLLECTION, Actor, Agreement, AgreementKind, AgreementStatus, Country, Event, Project, Source, Term, TopicKind
from .names import NameIndex
from .render import attr_text, date_html, markdown_html, md_text

LAYOUT_OF_COLLECTION = {
    "countries": "country.md",
    "actors": "actor.md",
    "agreements": "agreement.md",
    "events": "event.md",
    "projects": "project.md",
    "topics": "topic.md",
}

# Generated listing pages: page path -> (title, layout).
LISTING_PAGES: dict[str, tuple[str, str]] = {
    "index.md": ("Central Asia Cooperation Tracker", "home.md"),
    "countries/index.md": ("Countries", "countries.md"),
    "agreements/index.md": ("Agreements", "agreements.md"),
    "actors/index.md": ("Actors", "actors.md"),
    "events/index.md": ("Events", "events.md"),
    "projects/index.md": ("Projects", "projects.md"),
    "topics/index.md": ("Topics", "topics.md"),
    "explore.md": ("Explore agreements", "explore.md"),
    "timeline.md": ("Timeline", "timeline.md"),
    "glossary.md": ("Glossary", "glossary.md"),
    "sources.md": ("Sources", "sources.md"),
    "data/index.md": ("Open data", "data.md"),
    "licence.md": ("Licence and citation", "licence.md"),
    "coverage.md": ("Coverage", "coverage.md"),
}


# Abbreviations that can be marked up safely wherever they appear in text.
ABBREVIATION = re.compile(r"[A-Za-z][A-Za-z0-9]{1,11}")

ACTOR_GROUPS = [
    ("government-body", "Government bodies"),
    ("mechanism", "Intergovernmental mechanisms"),
    ("organisation", "Organisations"),
    ("company", "Companies"),
    ("person", "People"),
]

RELATION_LABELS = {
    "outgoing": {"follows up": "Follows up", "implements": "Implements", "part of": "Part of", "supersedes": "Supersedes"},
    "incoming": {"follows up": "Followed up by", "implements": "Implemented by", "part of": "Includes", "supersedes": "Superseded by"},
}


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
        """The page's Markdown: front matter, the contributor's prose if any, then the layout."""
        # The theme inserts the title into HTML unescaped and mkdocs-macros renders `{{` in it.
        meta: dict[str, Any] = {"title": attr_text(self.title)}
        if self.record_id:
            meta["record"] = self.record_id
        if prose_path:
            meta["prose_path"] = prose_path
        meta.update(dict(self.extra_meta))
        meta.update(prose_meta or {})
        header = "\n".join(f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in meta.items())
        return f"---\n{header}\n---\n\n{prose.strip()}\n\n{{% include \"{self.layout}\" %}}\n"


def redirect_pages(dataset: Dataset) -> list[tuple[str, str]]:
    """(output file, HTML) for each former id: a small page that sends readers to the new address."""
    result = []
    for old_page, record_id in dataset.redirects():
        old_dir = old_page.removesuffix(".md")
        new_dir = dataset.page(record_id).removesuffix(".md")
        target = posixpath.relpath(new_dir, old_dir) + "/"
        name = html.escape(dataset.name(record_id))
        result.append((
            f"{old_dir}/index.html",
            "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>Moved: {name}</title>\n<link rel=\"canonical\" href=\"{target}\">\n"
            "<meta name=\"robots\" content=\"noindex\">\n"
            f"<meta http-equiv=\"refresh\" content=\"0; url={target}\">\n</head>\n"
            f"<body>\n<p>This record has a new address: <a href=\"{target}\">{name}</a>.</p>\n</body>\n</html>\n",
        ))
    return result


# Listing pages that grow with the data are split into pages of at most this many items.
PAGINATED: dict[str, tuple[str, int]] = {
    "agreements/index.md": ("agreements", 200),
    "actors/index.md": ("actors", 300),
    "events/index.md": ("events", 200),
    "sources.md": ("sources", 100),
}
# The timeline's first page shows the newest entries; each year has a page of its own.
TIMELINE_FIRST_PAGE = 300

@dataclass(frozen=True)
class Limits:
    """How many records each short list shows before it links to the full list: `tracker.limits` in
    layouts, so that the numbers live here and not in the templates."""

    related: int = 20  # a record page's list of other records, then a link to the full, filtered list
    country_agreements: int = 10  # a country page's latest agreements, then the filtered explorer
    country_events: int = 10
    country_actors: int = 20  # then the actors list
    event_agreements: int = 100  # an event page's agreements
    home_agreements: int = 10  # the home page's latest agreements
    home_events: int = 10  # and its upcoming events
    source_citing: int = 10  # records citing a source, on the sources list
    explorer_without_script: int = 200  # the explorer's table for readers without JavaScript


LIMITS = Limits()

# Listing pages repeat what record pages say; leaving them out of the search index keeps results to the records.
NOT_INDEXED = {"countries/index.md", "agreements/index.md", "actors/index.md", "events/index.md", "projects/index.md",
               "topics/index.md", "explore.md", "timeline.md"}


def pagination_path(listing: str, number: int) -> str:
    """'agreements/index.md', 3 -> 'agreements/page/3.md'; page 1 is the listing itself."""
    if number == 1:
        return listing
    stem = listing.removesuffix("/index.md").removesuffix(".md")
    return f"{stem}/page/{number}.md"


def generated_pages(dataset: Dataset) -> list[GeneratedPage]:
    """Every page the build adds: listings (split into pages where they grow), timeline years, records."""
    view = SiteView(dataset)
    pages = []
    for path, (title, layout) in LISTING_PAGES.items():
        edit = f"accords/layouts/{layout}"
        meta: tuple[tuple[str, Any], ...] = (("search", "exclude"),) if path in NOT_INDEXED else ()
        if path not in PAGINATED:
            pages.append(GeneratedPage(path, title, layout, edit_path=edit, extra_meta=meta))
            continue
        kind, size = PAGINATED[path]
        count = max(1, math.ceil(len(view.listing(kind)) / size))
        for number in range(1, count + 1):
            numbered = meta + (("page_number", number), ("page_count", count), ("listing", path))
            if number > 1:
                numbered += (("search", "exclude"),)
            page_title = title if number == 1 else f"{title}, page {number} of {count}"
            pages.append(GeneratedPage(pagination_path(path, number), page_title, layout, edit_path=edit, extra_meta=numbered))
    for year in view.timeline_years():
        pages.append(GeneratedPage(f"timeline/{year or 'undated'}.md", f"Timeline: {year or 'date not stated'}", "timeline.md",
                                   edit_path="accords/layouts/timeline.md", extra_meta=(("year", year), ("search", "exclude"))))
    for path, record_id in dataset.record_pages():
        record = dataset.get(record_id)
        extra: tuple[tuple[str, Any], ...] = ()
        if isinstance(record, Country):
            extra = (("feed", feed_path(record)), ("feed_title", f"{dataset.name(record_id)}: records added or changed"))
        pages.append(
            GeneratedPage(path, dataset.name(record_id), LAYOUT_OF_COLLECTION[record.collection], record_id,
                          dataset.data_path(record_id), extra)
        )
    return pages


def _bibtex(text: str) -> str:
    """Escape BibTeX's special characters in a field value."""
    for char in "\\{}&%$#_^~":
        text = text.replace(char, "\\" + char)
    return text


def _schema_type(prop: dict[str, Any], defs: dict[str, Any]) -> str:
    """A short type for documentation: 'text', 'list of id', 'date', one of the allowed values …"""
    if "$ref" in prop:
        target = defs.get(prop["$ref"].split("/")[-1], {})
        if "enum" in target:
            return "one of: " + ", ".join(str(v) for v in target["enum"])
        return target.get("title", "object").lower()
    if "anyOf" in prop:
        options = [_schema_type(p, defs) for p in prop["anyOf"] if p.get("type") != "null"]
        return " or ".join(options)
    if prop.get("type") == "array":
        return "list of " + _schema_type(prop.get("items", {}), defs)
    if prop.get("type") == "object":
        return "names by language"
    if prop.get("pattern", "").startswith("^[0-9]{4}"):
        return "date (YYYY, YYYY-MM or YYYY-MM-DD)"
    if prop.get("pattern") == "^[a-z0-9]+(-[a-z0-9]+)*$":
        return "id"
    return {"string": "text", "integer": "whole number", "number": "number", "boolean": "true or false"}.get(prop.get("type", ""), "value")


class SiteView:
    """The `tracker` variable in page layouts."""

    # Record classes, for `tracker.data.referrers(id, tracker.Agreement, "event")` in layouts.
    Actor, Agreement, Event, Project = Actor, Agreement, Event, Project
    limits = LIMITS

    def __init__(
        self,
        dataset: Dataset,
        repo_url: str | None = None,
        branch: str = "main",
        histories: Mapping[str, FileHistory] | None = None,
        shapes: Mapping[str, Shape] | None = None,
    ):
        self.data = dataset
        self.repo_url = (repo_url or "").rstrip("/")
        self.branch = branch
        self.histories = histories or {}
        self.shapes = shapes or {}
        self._cache: dict[tuple[str, Any], Any] = {}
        self._kind_abbreviations = {
            t.term.casefold(): t.abbreviation for _, t in dataset.of_type(Term) if t.abbreviation
        }
        self.TopicKind = TopicKind

    # --- Records ---------------------------------------------------------------------------------

    def get(self, record_id: str) -> Any:
        return self.data.get(record_id)

    def kind_text(self, kind: str, sentence: bool = False) -> str:
        """An agreement kind as shown: with its glossary abbreviation, 'memorandum of understanding (MoU)'."""
        abbreviation = self._kind_abbreviations.get(kind.casefold())
        text = f"{kind} ({abbreviation})" if abbreviation else kind
        return md_text(text[:1].upper() + text[1:] if sentence else text)

    def kind_label(self, record_id: str) -> str:
        return KIND_LABELS.get(self.data.kind(record_id), self.data.kind(record_id))

    def _once(self, key: tuple[str, Any], compute: Callable[[], Any]) -> Any:
        """Sorted lists many pages ask for, computed once per build (the Dataset never changes)."""
        if key not in self._cache:
            self._cache[key] = compute()
        return self._cache[key]

    def agreements(self) -> list[str]:
        return list(self._once(("agreements", None), lambda: tuple(self.data.by_date(self.data.ids_of_type(Agreement)))))

    def countries(self) -> list[str]:
        return sorted(self.data.ids_of_type(Country), key=self.data.name)

    def actors(self, kind: str | None = None) -> list[str]:
        def compute() -> tuple[str, ...]:
            ids = [i for i, r in self.data.of_type(Actor) if kind is None or r.kind.value == kind]
            return tuple(sorted(ids, key=self.data.name))
        return list(self._once(("actors", kind), compute))

    def events(self) -> list[str]:
        return list(self._once(("events", None), lambda: tuple(self.data.by_date(self.data.ids_of_type(Event)))))

    def projects(self) -> list[str]:
        return sorted(self.data.ids_of_type(Project), key=self.data.name)

    def terms(self) -> list[str]:
        return sorted(self.data.ids_of_type(Term), key=lambda i: self.data.name(i).casefold())

    def topics(self, kind: str) -> list[str]:
        return self.data.topics(TopicKind(kind))

    def actors_by_kind(self, actor_ids: list[str]) -> list[tuple[str, list[str]]]:
        """Group actors under plural headings, in a fixed order, leaving out empty groups."""
        groups = []
        for kind, label in ACTOR_GROUPS:
            ids = [i for i in actor_ids if self.data.kind(i) == kind]
            if ids:
                groups.append((label, ids))
        return groups

    def office_of(self, person_id: str) -> str:
        """The person's latest recorded office, escaped."""
        positions = self.data.get(person_id).positions
        return md_text(positions[-1].office) if positions else ""

    def figure(self, resource: Any) -> str:
        """`230,000,000 tons`, or the source's words where it gives no number."""
        if resource.amount is not None:
            amount = f"{resource.amount:,.0f}" if float(resource.amount).is_integer() else f"{resource.amount:,}"
            return md_text(f"{amount} {resource.unit}")
        return md_text(resource.as_stated) if resource.as_stated else "—"

    # --- Pagination -------------------------------------------------------------------------

    def listing(self, kind: str) -> list[str]:
        """Everything a paginated listing page lists, in its order."""
        return {"agreements": self.agreements, "actors": self.actors, "events": self.events, "sources": self.sources}[kind]()

    def page_items(self, listing_path: str, number: int) -> list[str]:
        kind, size = PAGINATED[listing_path]
        return self.listing(kind)[(number - 1) * size:number * size]

    def pager(self, listing_path: str, number: int, count: int) -> str:
        """'Page 2 of 9 · previous · next' as Markdown links (mkdocs checks them)."""
        if count <= 1:
            return ""
        parts = [f"Page {number} of {count}"]
        if number > 1:
            parts.append(f"[← previous](/{pagination_path(listing_path, number - 1)})")
        if number < count:
            parts.append(f"[next →](/{pagination_path(listing_path, number + 1)})")
        pages = " ".join(f"[{n}](/{pagination_path(listing_path, n)})" if n != number else f"**{n}**" for n in range(1, count + 1))
        return " · ".join(parts) + f"\n\n<p class=\"tracker-pager\" markdown>Pages: {pages}</p>"

    timeline_first_page = TIMELINE_FIRST_PAGE

    def first(self, ids: list[str], limit: int = LIMITS.related) -> list[str]:
        """At most `limit` related records; the page links to the full list."""
        return ids[:limit]

    def timeline_years(self) -> list[int]:
        """Years with entries, newest first; 0 stands for undated entries."""
        return list(self._once(("timeline_years", None), lambda: tuple(dict.fromkeys(e.date.year if e.date else 0 for e in self.data.timeline()))))

    def timeline_groups(self, year: int | None = None, limit: int | None = None) -> list[tuple[int, list[tuple[str | None, list[TimelineEntry]]]]]:
        """Timeline entries by year, then by month ('June 2025'); month None for year-only dates.

        With `year`, only that year (0: undated); with `limit`, only the newest entries. Undated
        records come last under the year 0 heading, which the layout shows as 'Date not stated'.
        """
        entries = self.data.timeline()
        if year is not None:
            entries = [e for e in entries if (e.date.year if e.date else 0) == year]
        if limit is not None:
            entries = entries[:limit]
        years: dict[int, dict[str | None, list[TimelineEntry]]] = {}
        for entry in entries:
            entry_year = entry.date.year if entry.date else 0
            month = f"{calendar.month_name[entry.date.month]} {entry_year}" if entry.date and entry.date.month else None
            years.setdefault(entry_year, {}).setdefault(month, []).append(entry)
        return [(entry_year, list(months.items())) for entry_year, months in years.items()]

    def sources(self) -> list[str]:
        return list(self._once(("sources", None), lambda: tuple(
            sorted(self.data.ids_of_type(Source), key=lambda i: (str(self.data.get(i).date), i), reverse=True))))

    # --- Formatting (all return escaped Markdown) ----------------------------------------------

    def text(self, value: Any) -> str:
        return md_text(value) if value is not None else ""

    def prose(self, value: str | None) -> str:
        return markdown_html(value)

    def date(self, value: PartialDate | None, empty: str = "date not stated") -> str:
        return date_html(value, empty)

    def date_of(self, record_id: str) -> str:
        date, from_event = self.data.date_of(record_id)
        shown = date_html(date)
        return f"{shown} (date of the event)" if from_event else shown

    def name(self, record_id: str) -> str:
        return md_text(self.data.name(record_id))

    def page(self, record_id: str) -> str:
        """The Markdown path of the page that shows the record: a source on the listing page that lists it."""
        record = self.data.get(record_id)
        if isinstance(record, Source):
            number = self._source_position()[record_id] // PAGINATED["sources.md"][1] + 1
            return f"{pagination_path('sources.md', number)}#{record_id}"
        return self.data.page(record_id)

    def _source_position(self) -> dict[str, int]:
        return self._once(("source_position", None), lambda: {sid: i for i, sid in enumerate(self.sources())})

    def link(self, record_id: str, label: str | None = None) -> str:
        """A Markdown link to the record's page; mkdocs resolves and checks it."""
        return f"[{md_text(label if label is not None else self.data.name(record_id))}](/{self.page(record_id)})"

    def links(self, record_ids: list[str], empty: str = "—") -> str:
        return ", ".join(self.link(i) for i in record_ids) if record_ids else empty

    def aka(self, record_id: str) -> list[str]:
        """Every other name of the record: aliases, abbreviation, names in other languages and ISO codes."""
        record = self.data.get(record_id)
        names: list[str] = []
        if isinstance(record, Country):
            facts = self.data.facts[record_id]
            names += [facts.short_name, facts.official_name or "", *record.aliases, *record.names.values()]
            names += list(facts.official_language_names.values())
        else:
            names += [getattr(record, "abbreviation", None) or "", *getattr(record, "aliases", [])]
            names += list(getattr(record, "names", {}).values()) + list(getattr(record, "titles", {}).values())
        primary = self.data.name(record_id)
        return [n for n in dict.fromkeys(names) if n and n != primary]

    def edit_url(self, repo_path: str) -> str:
        return f"{self.repo_url}/edit/{self.branch}/{repo_path}" if self.repo_url else ""

    def citation(self, record_id: str, permalink: str) -> dict[str, str]:
        """APA and BibTeX for a record page, dated by the record's last change."""
        history = self.history(self.data.data_path(record_id))
        changed = history.changed if history else None
        title = self.data.name(record_id)
        apa_date = f"{changed.year}, {calendar.month_name[changed.month]} {changed.day}" if changed else "n.d."
        apa = f"Central Asia Cooperation Tracker. ({apa_date}). {title} [Data record]. {permalink}"
        fields = {
            "title": _bibtex(title),
            "author": "{Central Asia Cooperation Tracker}",
            "howpublished": f"\\url{{{permalink}}}",
            "note": _bibtex(f"Data record {record_id}" + (f", last changed {changed}" if changed else "") + "; licensed CC BY 4.0"),
        }
        if changed:
            fields["year"], fields["month"] = str(changed.year), calendar.month_abbr[changed.month].lower()
        body = ",\n".join(f"  {k} = {{{v}}}" if k not in ("month",) else f"  {k} = {v}" for k, v in fields.items())
        return {"apa": apa, "bibtex": f"@misc{{tracker-{record_id},\n{body}\n}}", "changed": str(changed) if changed else ""}

    def history(self, repo_path: str) -> FileHistory | None:
        """When the file was added and last changed, from git; None if not committed yet."""
        return self.histories.get(repo_path)

    def report_url(self, record_id: str) -> str:
        """A new issue from the "incorrect details" form, prefilled with the record."""
        if not self.repo_url:
            return ""
        query = urlencode(
            {"template": "incorrect-details.yml", "title": f"Incorrect details: {self.data.name(record_id)}", "record": record_id}
        )
        return f"{self.repo_url}/issues/new?{query}"

    def history_url(self, repo_path: str) -> str:
        return f"{self.repo_url}/commits/{self.branch}/{repo_path}" if self.repo_url else ""

    def attr(self, value: Any) -> str:
        return attr_text(value)

    def cite(self, record_id: str, source_ids: list[str]) -> str:
        """Superscript numbers pointing into the record's numbered list of sources."""
        order = self.data.sources_of(record_id)
        marks = [f"[{order.index(s) + 1}](#source-{s})" for s in source_ids]
        return f"<sup>{' '.join(marks)}</sup>" if marks else ""

    def relations(self, agreement_id: str) -> list[tuple[str, str]]:
        """(label, other agreement) in reading order: what this follows from, then what it led to."""
        return [
            (RELATION_LABELS[direction][kind], other)
            for direction, kind, other in self.data.related_agreements(agreement_id)
        ]

    # --- Figures (static SVG; `here` is the current page's URL, page.url in a layout) ----------------

    def region_map(self, here: str, highlight: str | None = None, route: list[str] | None = None, title: str = "Map of the region") -> str:
        partners = tuple(c for c, _ in self.data.partners_of(highlight)) if highlight else ()
        options = visuals.MapOptions(highlight=highlight, partners=partners, route=tuple(route or ()), title=title)
        return visuals.region_map(self.data, self.shapes, here, options)

    def agreements_chart(self, agreement_ids: list[str] | None = None) -> str:
        return visuals.agreements_by_year_chart(self.data, self.agreements() if agreement_ids is None else agreement_ids)

    def partner_matrix(self, here: str) -> str:
        return visuals.partner_matrix(self.data, here)

    def activity_chart(self, country_id: str) -> str:
        return visuals.activity_chart(self.data, country_id)

    def url(self, here: str, page: str) -> str:
        """A relative URL from the page at `here` to a Markdown page, for raw HTML in layouts."""
        return visuals.relative_url(here, page)

    # --- Explorer and filters -------------------------------------------------------------------

    def filter_options(self) -> dict[str, list[tuple[str, str]]]:
        """(value, label) choices for each filter, as the explorer and timeline forms offer them."""
        return {k: list(v) for k, v in self._once(("filter_options", None), self._filter_options).items()}

    def _filter_options(self) -> dict[str, list[tuple[str, str]]]:
        agreements = [self.data.get(i) for i in self.data.ids_of_type(Agreement)]
        countries = sorted({c for i in self.data.ids_of_type(Agreement) for c in self.data.countries_of_agreement(i)}, key=self.data.name)
        years = sorted({d.year for i in self.data.ids_of_type(Agreement) for d in [self.data.date_of(i)[0]] if d}, reverse=True)
        return {
            "country": [(self.data.get(c).iso2.lower(), self.data.name(c)) for c in countries],
            "sector": [(t, self.data.name(t)) for t in sorted({t for a in agreements for t in a.sectors}, key=self.data.name)],
            "mineral": [(t, self.data.name(t)) for t in sorted({t for a in agreements for t in a.minerals}, key=self.data.name)],
            "kind": [(k.value, k.value) for k in AgreementKind if any(a.kind is k for a in agreements)],
            "status": [(k.value, k.value) for k in AgreementStatus if any(a.status is k for a in agreements)],
            "year": [(str(y), str(y)) for y in years],
        }

    def explorer_rows(self) -> list[dict[str, Any]]:
        """One compact entry per agreement for the explorer's script. What the script can rebuild is
        left out: the page address (from the id) and the other names of the parties (`explorer_aka`)."""
        rows = []
        for agreement_id in self.agreements():
            a = self.data.get(agreement_id)
            date, from_event = self.data.date_of(agreement_id)
            countries = self.data.countries_of_agreement(agreement_id)
            also = [*a.aliases, *a.titles.values(), *(self.data.name(s.person) for s in a.signatories)]
            row = {
                "id": agreement_id,
                "title": a.title,
                "date": str(date) if date else "",
                "dateText": (date.display() + (" (date of the event)" if from_event else "")) if date else "date not stated",
                "kind": a.kind.value,
                "status": a.status.value,
                "parties": [self.data.name(p) for p in a.parties],
                "countries": [self.data.get(c).iso2.lower() for c in countries],
                "sectors": list(a.sectors),
                "minerals": list(a.minerals),
            }
            if also:
                row["also"] = " ".join(also)  # more words the text filter matches: aliases, titles, signatories
            rows.append(row)
        return rows

    def explorer_aka(self) -> dict[str, str]:
        """Party name -> its other names, once for all rows: "Turkey" finds the agreements of Türkiye."""
        parties = {p for i in self.data.ids_of_type(Agreement) for p in self.data.get(i).parties}
        return {self.data.name(p): " ".join(names) for p in sorted(parties) if (names := self.aka(p))}

    def abbreviations(self) -> str:
        """Markdown abbreviation definitions (`*[OTS]: Organization of Turkic States`) for every page.

        Glossary terms first, then the abbreviations of organisations and bodies; each abbreviation once.
        """
        seen: dict[str, str] = {}
        for record_id in self.terms() + self.actors():
            record = self.data.get(record_id)
            abbreviation = getattr(record, "abbreviation", None)
            if abbreviation and ABBREVIATION.fullmatch(abbreviation) and abbreviation not in seen:
                seen[abbreviation] = self.data.name(record_id)
        lines = [f"*[{a}]: {' '.join(title.split())}" for a, title in seen.items()]
        return "\n".join(lines)

    def field_docs(self, collection: str) -> list[dict[str, str]]:
        """Field, type, whether required, and description, from the collection's JSON Schema."""
        model = TYPE_OF_COLLECTION[collection]
        schema = model.model_json_schema()
        required = set(schema.get("required", []))
        rows = []
        for name, prop in schema["properties"].items():
            rows.append({
                "name": name,
                "type": _schema_type(prop, schema.get("$defs", {})),
                "required": "yes" if name in required else "",
                "description": prop.get("description") or model.model_fields[name].description or "",
            })
        return rows

    def collections(self) -> list[str]:
        return list(TYPE_OF_COLLECTION)

    def example_id(self, cls_name: str) -> str | None:
        ids = self.data.ids_of_type({"Agreement": Agreement, "Actor": Actor, "Event": Event}[cls_name])
        return self.data.by_date(ids)[0] if ids else None

    def timeline_facets(self, record_id: str) -> dict[str, Any]:
        """What the timeline's filters match an entry on (events: the countries that took part or hosted)."""
        record = self.data.get(record_id)
        date, _ = self.data.date_of(record_id)
        if isinstance(record, Agreement):
            countries = self.data.countries_of_agreement(record_id)
            kind, status, minerals = record.kind.value, record.status.value, list(record.minerals)
        else:
            involved = [record.country, *record.participants, *record.chairs]
            countries = list(dict.fromkeys(c for c in (self.data.country_of(i) for i in involved if i) if c))
            kind, status, minerals = "event", record.status.value, []
        return {
            "kind": kind,
            "status": status,
            "planned": status == "planned",
            "countries": [self.data.get(c).iso2.lower() for c in countries],
            "sectors": list(record.sectors),
            "minerals": minerals,
            "year": date.year if date else "",
        }

    def name_html(self, record_id: str) -> str:
        """The record's name for raw HTML in a layout."""
        return attr_text(self.data.name(record_id))

    # --- Coverage ---------------------------------------------------------------------------------

    def coverage(self) -> dict[str, Any]:
        """What the data covers, counted from the records: the period of the agreements' dates, and
        agreements by country, year, kind and sector, events by status, sources by publisher."""
        def compute() -> dict[str, Any]:
            agreements = self.data.ids_of_type(Agreement)
            dates = [self.data.date_of(i)[0] for i in agreements]
            years = Counter(d.year if d else None for d in dates)
            kinds = Counter(self.data.get(i).kind.value for i in agreements)
            sectors = Counter(s for i in agreements for s in self.data.get(i).sectors)
            dates = [d for d in dates if d]
            publishers = Counter(self.data.get(i).publisher for i in self.data.ids_of_type(Source))
            events = [self.data.get(i) for i in self.data.ids_of_type(Event)]
            return {
                "first": min(dates, key=lambda d: d.sort_key()) if dates else None,
                "last": max(dates, key=lambda d: d.sort_key()) if dates else None,
                "undated": years.get(None, 0),
                "agreements": len(agreements),
                "countries": sorted(((c, len(self.data.agreements_of(c))) for c in self.data.ids_of_type(Country)),
                                    key=lambda pair: (-pair[1], self.data.name(pair[0]))),
                "years": sorted(((y, n) for y, n in years.items() if y is not None), reverse=True),
                "kinds": sorted(kinds.items(), key=lambda pair: (-pair[1], pair[0])),
                "sectors": sorted(sectors.items(), key=lambda pair: (-pair[1], self.data.name(pair[0]))),
                "events_held": sum(1 for e in events if e.status.value == "held"),
                "events_planned": sum(1 for e in events if e.status.value == "planned"),
                "publishers": sorted(publishers.items(), key=lambda pair: (-pair[1], pair[0])),
            }
        return dict(self._once(("coverage", None), compute))

    # --- Names, for search ----------------------------------------------------------------------

    def names(self) -> NameIndex:
        """Every record's names and their keys (accords.names), built once per build."""
        return self._once(("names", None), lambda: NameIndex(self.data))

    def search_label(self, record_id: str) -> str:
        """'Person · Kazakhstan': what a search result says a record is."""
        label = self.kind_label(record_id)
        country = self.data.country_of(record_id)
        return f"{label[:1].upper()}{label[1:]}" + (f" · {self.data.name(country)}" if country and country != record_id else "")

    def name_records(self) -> list[tuple[str, str, dict[str, str]]]:
        """(page URL from the site root, words, metadata) for the search index: for every named record
        but agreements (whose pages carry their titles), its names and their spelling variants, so
        that "Tokaev" finds Kassym-Jomart Tokayev. Never shown as text: the search box shows the page."""
        names = self.names()
        records = []
        for record_id in self.data.records:
            if isinstance(self.data.get(record_id), Agreement | Source):
                continue
            words = names.search_words(record_id)
            if not words:
                continue
            meta = {"title": self.data.name(record_id), "kind": self.search_label(record_id), "names": "|".join(words), "names_of": record_id}
            records.append(("/" + visuals.page_url(self.page(record_id)), " ".join(words), meta))
        return records

    def names_json(self) -> str:
        """The search box's fallback (`search/names.json`), fetched only when Pagefind has no good
        answer: the fold and key rules, and for every named record its page, name, kind and keys.
        Agreements are in it by their own titles and aliases only: Pagefind finds a descriptive title
        with a typo by its other words. Kinds are listed once and named by their place in the list."""
        names = self.names()
        labels: dict[str, int] = {}
        records = []
        for record_id, record in self.data.records.items():
            if isinstance(record, Source):
                continue
            descriptive = isinstance(record, Agreement) and not record.title_is_official
            if descriptive and not (record.aliases or record.titles):
                continue
            # A descriptive title is not a name: its key is left out, the aliases and titles kept.
            keys = list(dict.fromkeys(k for n in names.names(record_id) if not (descriptive and n.how == "name")
                                      and (k := names.rules.key(n.text))))
            label = labels.setdefault(self.search_label(record_id), len(labels))
            records.append([visuals.page_url(self.page(record_id)), self.data.name(record_id), label, "|".join(keys)])
        data = {"rules": names.rules.browser_rules(), "kinds": list(labels), "records": records}
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))

    def explorer_json(self) -> str:
        """The explorer's data file, `explore/agreements.json` (compact, in a stable order). A row's page
        is `pages` + its id + "/", relative to the explorer."""
        data = {"pages": visuals.relative_url("explore/", "agreements/index.md"), "aka": self.explorer_aka(), "agreements": self.explorer_rows()}
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))

    # --- Queries the layouts use -----------------------------------------------------------------

