"""Open data: the whole dataset as JSON and CSV, a Frictionless data package, a static JSON API,
Atom feeds and an iCalendar of planned events. Each is a pure function of the Dataset (and of the
git dates of its files), returning file contents keyed by their path in the built site.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import io
import json
import uuid
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

import icalendar

from .dataset import Dataset
from .history import FileHistory
from .model import (
    ACTOR_KINDS,
    API_COLLECTIONS,
    TYPE_OF_COLLECTION,
    Actor,
    Agreement,
    Country,
    Event,
    Project,
    Source,
    Term,
    Topic,
)
from .output import write_files
from .schema import schema_documents
from .visuals import page_url

DATA_DIR = "data"
API_DIR = "api"
FEEDS_DIR = "feeds"
CALENDAR = "calendar/planned-events.ics"
LICENCE = {"name": "CC-BY-4.0", "title": "Creative Commons Attribution 4.0", "path": "https://creativecommons.org/licenses/by/4.0/"}
TITLE = "Central Asia Cooperation Tracker"
FEED_LIMIT = 200
LIST_SEPARATOR = ";"
CSV_TABLES = ("agreements", "agreement_parties", "actors", "events", "sources", "glossary")


class Exporter:
    """Builds every export. `site_url` makes links absolute; empty, they are relative to the site root."""

    def __init__(self, dataset: Dataset, histories: Mapping[str, FileHistory], site_url: str = "", build_date: dt.date | None = None):
        self.data = dataset
        self.histories = histories
        self.site_url = site_url.rstrip("/") + "/" if site_url else ""
        self.build_date = build_date or dt.date(1970, 1, 1)
        self._record_json: dict[str, dict[str, Any]] = {}
        self._tables: dict[str, tuple[list[str], list[list[str]]]] | None = None
        self._schemas: dict[str, str] | None = None

    # --- Addresses ------------------------------------------------------------------------------

    def link(self, path: str) -> str:
        """A site path ('agreements/x/') as an address: absolute with a site URL, else root-relative."""
        return self.site_url + path

    def page(self, record_id: str) -> str:
        return self.link(page_url(self.data.page(record_id)))

    def api(self, record_id: str) -> str | None:
        path = api_path(self.data, record_id)
        return self.link(path) if path else None

    def history(self, record_id: str) -> FileHistory | None:
        return self.histories.get(self.data.data_path(record_id))

    # --- All files ------------------------------------------------------------------------------

    def files(self) -> dict[str, Callable[[], str]]:
        """Every export's path in the site, with the function that makes its content.

        The paths are cheap (the build registers them with MkDocs so that links to them are checked);
        the contents are made only by whoever writes them (`write`, run by `accords export`).
        """
        def as_json(make: Callable[..., Any], *args: Any) -> Callable[[], str]:
            return lambda: _json(make(*args))

        files: dict[str, Callable[[], str]] = {f"{DATA_DIR}/dataset.json": as_json(self.dataset_json)}
        for name in CSV_TABLES:
            files[f"{DATA_DIR}/{name}.csv"] = functools.partial(self.csv_file, name)
        files[f"{DATA_DIR}/datapackage.json"] = as_json(self.datapackage)
        for name in TYPE_OF_COLLECTION:
            files[f"{DATA_DIR}/schemas/{name}.schema.json"] = functools.partial(self.schema_file, name)
        for record_id in self.data.records:
            path = api_path(self.data, record_id)
            if path is not None:
                files[path] = as_json(self.api_document, record_id)
        for name in API_COLLECTIONS:
            files[f"{API_DIR}/{name}.json"] = as_json(self.api_index, name)
        files[f"{API_DIR}/index.json"] = as_json(self.api_root)
        files[f"{FEEDS_DIR}/all.atom"] = self.feed_of_all
        for country_id, country in self.data.of_type(Country):
            files[feed_path(country)] = functools.partial(self.country_feed, country_id)
        files[CALENDAR] = self.calendar
        return files

    def write(self, out: Path) -> int:
        """Write every export under `out` (the site folder); returns the number of files written."""
        return write_files(out, ((path, make().encode("utf-8")) for path, make in self.files().items()))

    # --- The dataset ----------------------------------------------------------------------------

    def record_json(self, record_id: str) -> dict[str, Any]:
        """The record as its JSON Schema describes it (the id included); computed once per record."""
        if record_id not in self._record_json:
            record = self.data.get(record_id)
            self._record_json[record_id] = {"id": record_id, **record.model_dump(mode="json", exclude_none=True, exclude={"id"})}
        return self._record_json[record_id]

    def dataset_json(self) -> dict[str, Any]:
        collections = {name: [self.record_json(i) for i in self.data.ids_of_type(cls)] for name, cls in TYPE_OF_COLLECTION.items()}
        reference = {
            i: {"iso2": f.iso2, "iso3": f.iso3, "numeric": f.numeric, "short_name": f.short_name,
                "official_name": f.official_name, "official_language_names": f.official_language_names}
            for i, f in sorted(self.data.facts.items())
        }
        return {
            "title": TITLE,
            "licence": LICENCE,
            "schemas": {name: self.link(f"{DATA_DIR}/schemas/{name}.schema.json") for name in TYPE_OF_COLLECTION},
            "records": collections,
            "country_reference": {"source": "ISO 3166-1 via pycountry; names: Unicode CLDR via Babel", "countries": reference},
        }

    def schema_file(self, collection: str) -> str:
        """The collection's JSON Schema, as `accords schemas` writes it to schemas/."""
        if self._schemas is None:
            self._schemas = schema_documents()
        return self._schemas[f"{collection}.schema.json"]

    # --- CSV ------------------------------------------------------------------------------------

    def csv_tables(self) -> dict[str, tuple[list[str], list[list[str]]]]:
        """Table name -> (header, rows). Lists are joined with ';'; partial dates stay partial."""
        if self._tables is None:
            self._tables = self._csv_tables()
            assert list(self._tables) == list(CSV_TABLES)
        return self._tables

    def _csv_tables(self) -> dict[str, tuple[list[str], list[list[str]]]]:
        d = self.data
        tables: dict[str, tuple[list[str], list[list[str]]]] = {}
        tables["agreements"] = (
            ["id", "title", "title_is_official", "kind", "date_signed", "place", "event", "parties", "countries", "sectors",
             "minerals", "corridors", "status", "evidence", "summary", "notes", "sources", "page"],
            [[i, a.title, _bool(a.title_is_official), a.kind.value, _s(a.date_signed), _s(a.place), _s(a.event), _list(a.parties),
              _list(d.get(c).iso2 for c in d.countries_of_agreement(i)), _list(a.sectors), _list(a.minerals), _list(a.corridors),
              a.status.value, a.evidence.value, _s(a.summary), _s(a.notes), _list(a.sources), self.page(i)]
             for i, a in d.of_type(Agreement)],
        )
        parties = []
        for i, a in d.of_type(Agreement):
            for p in a.parties:
                parties.append([i, p, d.name(p), d.kind(p), _iso(d, d.country_of(p)), "party", "", ""])
            for s in a.signatories:
                parties.append([i, s.person, d.name(s.person), "person", _iso(d, d.country_of(s.person)), "signatory", s.office, s.on_behalf_of])
            for w in a.witnesses:
                parties.append([i, w, d.name(w), "person", _iso(d, d.country_of(w)), "witness", "", ""])
        tables["agreement_parties"] = (
            ["agreement_id", "actor_id", "actor_name", "actor_type", "country_iso2", "role", "office", "on_behalf_of"], parties)
        actors = []
        for i, c in d.of_type(Country):
            actors.append([i, "country", d.name(i), "", _list(c.aliases), c.iso2, "", "", _s(c.notes), _list(c.sources), self.page(i)])
        for i, a in d.of_type(Actor):
            actors.append([i, a.kind.value, a.name, _s(a.abbreviation), _list(a.aliases), _iso(d, d.country_of(i)), _s(a.parent),
                           _list(a.members), _s(a.notes), _list(a.sources), self.page(i)])
        tables["actors"] = (
            ["id", "type", "name", "abbreviation", "aliases", "country_iso2", "parent", "members", "notes", "sources", "page"], actors)
        tables["events"] = (
            ["id", "name", "kind", "status", "date", "end_date", "place", "country", "series", "number", "participants", "chairs",
             "sectors", "corridors", "summary", "notes", "sources", "page"],
            [[i, e.name, e.kind.value, e.status.value, _s(e.date), _s(e.end_date), _s(e.place), _s(e.country), _s(e.series),
              _s(e.number), _list(e.participants), _list(e.chairs), _list(e.sectors), _list(e.corridors), _s(e.summary),
              _s(e.notes), _list(e.sources), self.page(i)]
             for i, e in d.of_type(Event)],
        )
        tables["sources"] = (
            ["id", "publisher", "title", "date", "url", "via", "language", "notes"],
            [[i, s.publisher, _s(s.title), str(s.date), _s(s.url), _s(s.via), _s(s.language), _s(s.notes)] for i, s in d.of_type(Source)],
        )
        tables["glossary"] = (
            ["id", "term", "abbreviation", "definition", "aliases", "related", "sources"],
            [[i, t.term, _s(t.abbreviation), t.definition, _list(t.aliases), _list(t.related), _list(t.sources)] for i, t in d.of_type(Term)],
        )
        return tables

    def csv_file(self, name: str) -> str:
        header, rows = self.csv_tables()[name]
        buffer = io.StringIO(newline="")
        writer = csv.writer(buffer, lineterminator="\r\n")  # RFC 4180: CRLF, quotes only where needed
        writer.writerow(header)
        writer.writerows(rows)
        return buffer.getvalue()

    def datapackage(self) -> dict[str, Any]:
        resources = []
        for name, (header, _) in self.csv_tables().items():
            fields = [{"name": column, "type": "string", "description": describe_column(name, column)} for column in header]
            schema: dict[str, Any] = {"fields": fields}
            if header[0] == "id":
                schema["primaryKey"] = ["id"]
            resources.append({
                "name": name.replace("_", "-"),
                "path": f"{name}.csv",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "dialect": {"delimiter": ",", "lineTerminator": "\r\n", "quoteChar": '"', "header": True},
                "schema": schema,
            })
        return {
            "name": "central-asia-cooperation-tracker",
            "title": TITLE,
            "description": "Cooperation agreements between the states of Central Asia, Türkiye, Azerbaijan, China and their "
                           "partners, with their parties, signatories, events and sources. Dates keep the precision of the "
                           f"sources (YYYY, YYYY-MM or YYYY-MM-DD); list cells are separated by '{LIST_SEPARATOR}'.",
            "licenses": [LICENCE],
            "resources": resources,
        }

    # --- JSON API -------------------------------------------------------------------------------

    def summary(self, record_id: str) -> dict[str, Any]:
        date, _ = self.data.date_of(record_id)
        entry: dict[str, Any] = {"id": record_id, "type": self.data.kind(record_id), "name": self.data.name(record_id), "page": self.page(record_id)}
        if date:
            entry["date"] = str(date)
        api = self.api(record_id)
        if api:
            entry["api"] = api
        return entry

    def api_document(self, record_id: str) -> dict[str, Any]:
        d = self.data
        record = d.get(record_id)
        history = self.history(record_id)
        document: dict[str, Any] = {**self.summary(record_id), "record": self.record_json(record_id)}
        if history:
            document["added"], document["changed"] = str(history.added), str(history.changed)
        if isinstance(record, Agreement):
            document["countries"] = [self.summary(c) for c in d.countries_of_agreement(record_id)]
            document["related"] = [
                {"relation": kind, "direction": direction, **self.summary(other)}
                for direction, kind, other in d.related_agreements(record_id)
            ]
        elif isinstance(record, Country):
            f = d.facts[record_id]
            document["reference"] = {"iso3": f.iso3, "numeric": f.numeric, "official_name": f.official_name,
                                     "official_language_names": f.official_language_names}
            document["agreements"] = [self.summary(a) for a in d.agreements_of(record_id)]
            document["partners"] = [{**self.summary(c), "agreements": n} for c, n in d.partners_of(record_id)]
            document["events"] = [self.summary(e) for e in d.events_of(record_id)]
        elif isinstance(record, Actor):
            document["agreements"] = [self.summary(a) for a in d.agreements_of(record_id)]
            document["events"] = [self.summary(e) for e in d.events_of(record_id)]
        elif isinstance(record, Event):
            document["agreements"] = [self.summary(a) for a in d.by_date(d.referrers(record_id, Agreement, "event"))]
        return document

    def api_index(self, collection: str) -> dict[str, Any]:
        """`api/<collection>.json`: a summary of every record the collection has a document for."""
        entries = [self.summary(i) for i in self.data.records if (api_path(self.data, i) or "").startswith(f"{API_DIR}/{collection}/")]
        return {"title": f"{TITLE}: {collection}", "count": len(entries), collection: entries}

    def api_root(self) -> dict[str, Any]:
        return {
            "title": TITLE,
            "licence": LICENCE,
            "collections": {name: self.link(f"{API_DIR}/{name}.json") for name in API_COLLECTIONS},
            "dataset": self.link(f"{DATA_DIR}/dataset.json"),
            "schemas": {name: self.link(f"{DATA_DIR}/schemas/{name}.schema.json") for name in TYPE_OF_COLLECTION},
        }

    # --- Feeds ----------------------------------------------------------------------------------

    def feed_entries(self, keep: Callable[[str], bool] = lambda _: True) -> list[tuple[FileHistory, str]]:
        """Records with a page and a git history, most recently changed first."""
        entries = []
        for record_id, record in self.data.records.items():
            history = self.history(record_id)
            if history and not isinstance(record, Source | Term | Topic) and keep(record_id):
                entries.append((history, record_id))
        entries.sort(key=lambda e: (e[0].changed, e[0].added, e[1]), reverse=True)
        return entries[:FEED_LIMIT]

    def atom(self, path: str, title: str, entries: list[tuple[FileHistory, str]]) -> str:
        ET.register_namespace("", "http://www.w3.org/2005/Atom")
        atom = "{http://www.w3.org/2005/Atom}"
        feed = ET.Element(f"{atom}feed")
        if not self.site_url:
            # Links are relative to the site root; the feed file sits `depth` folders below it.
            feed.set("{http://www.w3.org/XML/1998/namespace}base", "../" * path.count("/"))
        ET.SubElement(feed, f"{atom}title").text = title
        ET.SubElement(feed, f"{atom}id").text = self._id(path)
        updated = max((h.changed for h, _ in entries), default=self.build_date)
        ET.SubElement(feed, f"{atom}updated").text = _timestamp(updated)
        ET.SubElement(feed, f"{atom}link", rel="self", href=self.link(path))
        ET.SubElement(feed, f"{atom}link", rel="alternate", href=self.link(""))
        author = ET.SubElement(feed, f"{atom}author")
        ET.SubElement(author, f"{atom}name").text = f"{TITLE} contributors"
        ET.SubElement(feed, f"{atom}rights").text = "Data: CC BY 4.0"
        for history, record_id in entries:
            entry = ET.SubElement(feed, f"{atom}entry")
            kind = self.data.kind(record_id)
            ET.SubElement(entry, f"{atom}title").text = f"{kind.replace('-', ' ').capitalize()}: {self.data.name(record_id)}"
            ET.SubElement(entry, f"{atom}id").text = self._id(page_url(self.data.page(record_id)))
            ET.SubElement(entry, f"{atom}link", rel="alternate", href=self.page(record_id))
            ET.SubElement(entry, f"{atom}published").text = _timestamp(history.added)
            ET.SubElement(entry, f"{atom}updated").text = _timestamp(history.changed)
            date, _ = self.data.date_of(record_id)
            status = "added" if history.added == history.changed else "changed"
            summary = f"{kind.replace('-', ' ').capitalize()}{', ' + date.display() if date else ''}. Record {status} on {history.changed}."
            ET.SubElement(entry, f"{atom}summary").text = summary
        ET.indent(feed)
        return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="unicode") + "\n"

    def feed_of_all(self) -> str:
        return self.atom(f"{FEEDS_DIR}/all.atom", f"{TITLE}: records added or changed", self.feed_entries())

    def country_feed(self, country_id: str) -> str:
        """Records that concern the country: itself, its agreements, events, actors and projects."""
        involved = set(self.data.agreements_of(country_id)) | set(self.data.events_of(country_id)) | set(self.data.actors_in(country_id))
        involved |= set(self.data.projects_of(country_id)) | {country_id}
        path = feed_path(self.data.get(country_id))
        return self.atom(path, f"{TITLE}: {self.data.name(country_id)}", self.feed_entries(involved.__contains__))

    def _id(self, path: str) -> str:
        """A permanent entry id: the address where known, else a name-based UUID of the path."""
        return self.link(path) if self.site_url else f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'accords:' + path)}"

    # --- Calendar -------------------------------------------------------------------------------

    def calendar(self) -> str:
        """Planned events with a date; a month or a year is an all-day span over that month or year."""
        calendar = icalendar.Calendar()
        calendar.add("prodid", f"-//{TITLE}//planned events//EN")
        calendar.add("version", "2.0")
        calendar.add("x-wr-calname", f"{TITLE}: planned events")
        for event_id in self.data.by_date(self.data.planned_events()):
            event: Event = self.data.get(event_id)
            if event.date is None:
                continue  # no date announced: nothing honest to put in a calendar
            start, end = event.date.earliest(), event.date.latest() + dt.timedelta(days=1)
            if event.end_date:
                end = event.end_date.latest() + dt.timedelta(days=1)
            precision = {"day": "", "month": f" (date: {event.date.display()}; day not announced)",
                         "year": f" (date: {event.date.display()}; month and day not announced)"}[event.date.precision]
            entry = icalendar.Event()
            entry.add("uid", f"{event_id}@central-asia-cooperation-tracker")
            entry.add("summary", event.name + precision)
            entry.add("dtstart", start)
            entry.add("dtend", end)
            history = self.history(event_id)
            entry.add("dtstamp", dt.datetime.combine(history.changed if history else self.build_date, dt.time(), tzinfo=dt.UTC))
            entry.add("transp", "TRANSPARENT")
            if event.place or event.country:
                entry.add("location", ", ".join(x for x in [event.place, self.data.name(event.country) if event.country else None] if x))
            sources = "; ".join(f"{s.publisher}, {s.date.display()}" for s in (self.data.get(i) for i in event.sources))
            entry.add("description", f"{event.kind.value.capitalize()}, planned. Sources: {sources}. {self.page(event_id)}")
            entry.add("url", self.page(event_id))
            calendar.add_component(entry)
        return calendar.to_ical().decode("utf-8")


# --- Paths and helpers ------------------------------------------------------------------------------


def build_date() -> dt.date:
    """The day of this build: from SOURCE_DATE_EPOCH (the last commit, in `make`), as MkDocs reads it."""
    from mkdocs.utils import get_build_timestamp

    return dt.datetime.fromtimestamp(get_build_timestamp(), dt.UTC).date()


def api_path(dataset: Dataset, record_id: str) -> str | None:
    record = dataset.get(record_id)
    if isinstance(record, Country):
        return f"{API_DIR}/countries/{record.iso2.lower()}.json"
    if isinstance(record, Agreement):
        return f"{API_DIR}/agreements/{record_id}.json"
    if isinstance(record, Actor):
        return f"{API_DIR}/actors/{record_id}.json"
    if isinstance(record, Event):
        return f"{API_DIR}/events/{record_id}.json"
    if isinstance(record, Project):
        return f"{API_DIR}/projects/{record_id}.json"
    return None


def feed_path(country: Country) -> str:
    return f"{FEEDS_DIR}/countries/{country.iso2.lower()}.atom"


def describe_column(table: str, column: str) -> str:
    """A column's description, from the model's field descriptions where the column is a field."""
    model = {"agreements": Agreement, "events": Event, "sources": Source, "glossary": Term, "actors": Actor}.get(table)
    info = model.model_fields.get(column) if model else None
    extra = {
        "page": "Address of the record's page on the site.",
        "countries": "ISO 3166-1 alpha-2 codes of the countries of the parties.",
        "country_iso2": "ISO 3166-1 alpha-2 code of the actor's country, where known.",
        "type": "Kind of actor: country, " + ", ".join(sorted(ACTOR_KINDS - {"country"})) + ".",
        "role": "party, signatory or witness.",
        "agreement_id": "The agreement's id.",
        "actor_id": "The actor's id.",
        "actor_name": "The actor's name.",
        "actor_type": "Kind of actor.",
        "id": "The record's id: its file name and permanent address.",
    }
    if column in extra:
        return extra[column]
    if info is not None and info.description:
        return info.description
    return column.replace("_", " ").capitalize() + "."


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")) + "\n"


def _s(value: object) -> str:
    return "" if value is None else str(value)


def _bool(value: bool) -> str:
    return "true" if value else "false"


def _list(values: Iterable[object]) -> str:
    return LIST_SEPARATOR.join(str(v) for v in values)


def _iso(dataset: Dataset, country_id: str | None) -> str:
    return dataset.get(country_id).iso2 if country_id else ""


def _timestamp(date: dt.date) -> str:
    return f"{date.isoformat()}T00:00:00Z"

