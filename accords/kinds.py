"""The registry of record kinds: everything that differs between kinds of record, declared once.

A kind's entry says where its files live, what its records are called (in sentences, in headings, to
schema.org), where their names are, what dates them, which page shows them and which listing lists them,
what the JSON API says about them, which CSV table holds them, how two of them are recognised as one, and
what `accords new` asks for. Every consumer reads it here: the loader, the Dataset, the names and
duplicates, the pages and the address book, the linked data, the exports, the scaffold, the import and the
drafting tool. `tests/test_kinds.py` walks every registered kind through every consumer.

Entries hold data only (names of fields, of queries, of strategies); the consumers interpret them. A new
kind is a model class in `accords.model`, an entry here, and a sample record in `tests/kinds/`; the generic
layouts (`record.md`, `records.md`) show it until it has layouts of its own. `docs/maintenance.md` walks
through one.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from pydantic import BaseModel

from .model import Actor, Agreement, Country, Event, Gap, Project, Publisher, Search, Source, Term, Topic


@dataclass(frozen=True)
class KindName:
    """One name a record's kind takes ('government-body'), and how it is said."""

    label: str  # in sentences and messages: "government body"
    plural: str  # as a heading: "Government bodies"
    schema_org: str  # its schema.org type: "GovernmentOrganization"
    name_rules: tuple[str, ...] = ()  # extra names from accords.names: "surname", "acronym", "topic-id", "iso", "legal-form"


@dataclass(frozen=True)
class NameFields:
    """Where a record's names are. `primary`: the fields tried in order for the name the site shows;
    `official`: a true/false field that says whether the primary name is a name at all (an agreement's
    descriptive title is not); `searchable`: whether the names lead to the record in search and in name
    matching (a source is cited, never looked up by name)."""

    primary: tuple[str, ...] = ("name",)
    aliases: tuple[str, ...] = ("aliases",)  # the default, for a model without an `aliases` field: none
    native: tuple[str, ...] = ()  # names by language: {ru: …}
    abbreviation: str | None = None
    official: str | None = None
    searchable: bool = True
    index_records: bool = True  # its names go into the search index as records of their own (not for agreements: their pages carry their titles)


@dataclass(frozen=True)
class Listing:
    """The page that lists every record of the kind. `order`: date (newest first), name, or published
    (sources: by date of publication, newest first); `per_page`: split into pages of this many."""

    path: str
    title: str
    layout: str = "records.md"
    order: str = "name"
    per_page: int | None = None
    indexed: bool = False  # in the search index (listings repeat what record pages say: most are not)


@dataclass(frozen=True)
class ApiRelation:
    """What a record's API document says beside the record: `query` is a Dataset method taking the id;
    `shape` how its answer is written: records (a list of ids), counted (a list of (id, count), the count
    under `count_key`), related (agreements' relations), reference (a country's ISO and CLDR facts)."""

    name: str
    query: str
    description: str
    shape: str = "records"
    count_key: str = "agreements"


@dataclass(frozen=True)
class CsvTable:
    """A CSV file of the kind's records (data/<name>.csv). `columns`: model fields by name, and the derived
    columns of accords.exports.tables (`type`, `name`, `countries`, `country_iso2`, `page`); empty: every field
    of the model that fits a cell, then `page`. Kinds that share a table (countries and actors) share one
    CsvTable; its rows come kind by kind, in the registry's order."""

    name: str
    title: str
    columns: tuple[str, ...] = ()


@dataclass(frozen=True)
class Ask:
    """A value `accords new` asks for: a field of the model, the option that gives it (`--party`), and a
    default. Required fields without an Ask are asked for under their own names."""

    field: str
    option: str | None = None
    default: str | None = None
    prompt: str | None = None


@dataclass(frozen=True)
class RecordKind:
    """One kind of record. Addresses are patterns with {id}, or {iso2} for countries; `accords.addresses`
    fills them in. A `page` of the form '<listing>#{id}' is a place on the listing (on the page of a
    paginated listing that holds the record)."""

    cls: type[BaseModel]
    collection: str  # the folder under data/, the name in the exports
    kinds: Mapping[str, KindName]  # the kind names its records take, in the order listings group them
    noun: str  # how many of them: "12 agreements"
    page: str
    names: NameFields = NameFields()
    layout: str | None = "record.md"  # the layout of the record's own page; None: shown on its listing
    listing: Listing | None = None
    date: str | None = None  # the field that dates a record
    date_end: str | None = None  # the field of its last day, if it has one (an event's `end_date`): its date is then a range
    date_history: str | None = None  # a list of dated steps whose first date stands in when the record has none (an approved text's)
    date_from: str | None = None  # a reference whose record's date stands in when the record has none
    timeline: bool = False  # on the timeline, with the agreements and events
    changes_feed: bool = True  # in the feed of records added or changed (feeds/all.atom)
    feed: str | None = None  # an Atom feed per record, of what changed about it
    api: str | None = None  # the record's API document
    api_rank: int = 0  # place of the collection in the API's list
    relations: tuple[ApiRelation, ...] = ()
    table: CsvTable | None = None  # None: a table of its own, named after the collection, with columns from the model
    duplicates: str | None = "name"  # how two records are found to be probably one (accords.duplicates)
    ask: tuple[Ask, ...] = ()  # `accords new`: what it asks for, in order, beyond the required fields
    headers: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # `accords import`: column headers that name a field, beside its own name

    def __post_init__(self) -> None:
        """Every field the entry names is a field of its model: a typo fails on import, naming the kind and the field."""
        fields = self.cls.model_fields
        if self.names.aliases == ("aliases",) and "aliases" not in fields:
            object.__setattr__(self, "names", replace(self.names, aliases=()))
        named = [*self.names.primary, *self.names.aliases, *self.names.native, self.names.abbreviation, self.names.official,
                 self.date, self.date_end, self.date_history, self.date_from, *(a.field for a in self.ask), *self.headers]
        unknown = [n for n in named if n is not None and n not in fields]
        if unknown:
            raise ValueError(f"the {self.collection} kind names {', '.join(repr(n) for n in unknown)}, which {self.cls.__name__} "
                             "has no field of (accords.kinds)")

    @property
    def name(self) -> str:
        """The kind's own name: 'agreement' (for a kind with several names, the class's)."""
        return next(iter(self.kinds)) if len(self.kinds) == 1 else self.cls.__name__.lower()

    @property
    def csv(self) -> CsvTable:
        return self.table or CsvTable(self.collection, f"One row per {self.name}")


ACTORS_TABLE = CsvTable("actors", "Countries, government bodies, organisations, mechanisms, companies and people", (
    "id", "type", "name", "abbreviation", "aliases", "country_iso2", "parent", "members", "notes", "sources", "page"))
SOURCE_ASK = Ask("sources", "source", prompt="Source ids, comma-separated")

RECORD_KINDS: tuple[RecordKind, ...] = (
    RecordKind(
        Country, "countries", {"country": KindName("country", "Countries", "Country", ("iso",))}, "countries",
        "countries/{iso2}.md", NameFields(native=("names",)), "country.md",
        Listing("countries/index.md", "Countries", "countries.md"),
        api="api/countries/{iso2}.json", api_rank=3, feed="feeds/countries/{iso2}.atom",
        relations=(
            ApiRelation("reference", "reference", "ISO 3166 codes and CLDR names (reference data).", "reference"),
            ApiRelation("agreements", "agreements_of", "Agreements it is a party to, newest first."),
            ApiRelation("partners", "partners_of", "Countries it signed with, and how many agreements each.", "counted"),
            ApiRelation("events", "events_of", "Events it took part in or hosted."),
        ),
        table=ACTORS_TABLE, duplicates="actor", ask=(Ask("iso2"), SOURCE_ASK),
    ),
    RecordKind(
        Actor, "actors", {
            "government-body": KindName("government body", "Government bodies", "GovernmentOrganization", ("acronym",)),
            "mechanism": KindName("intergovernmental mechanism", "Intergovernmental mechanisms", "Organization", ("acronym",)),
            "organisation": KindName("organisation", "Organisations", "Organization", ("acronym",)),
            "company": KindName("company", "Companies", "Corporation", ("acronym", "legal-form")),
            "person": KindName("person", "People", "Person", ("surname",)),
        }, "actors",
        "actors/{id}.md", NameFields(native=("names",), abbreviation="abbreviation"), "actor.md",
        Listing("actors/index.md", "Actors", "actors.md", per_page=300),
        api="api/actors/{id}.json", api_rank=2,
        relations=(
            ApiRelation("agreements", "agreements_of", "Agreements it is a party to or signed."),
            ApiRelation("events", "events_of", "Events it took part in."),
        ),
        table=ACTORS_TABLE, duplicates="actor",
        ask=(Ask("name"), Ask("kind"), Ask("country", prompt="Country id (empty if not stated)"), SOURCE_ASK),
        headers={"kind": ("type",), "abbreviation": ("acronym",), "aliases": ("other names",), "parent": ("part of",),
                 "sources": ("source",), "notes": ("note",)},
    ),
    RecordKind(
        Agreement, "agreements", {"agreement": KindName("agreement", "Agreements", "Legislation")}, "agreements",
        "agreements/{id}.md", NameFields(primary=("title",), native=("titles",), official="title_is_official", index_records=False),
        "agreement.md", Listing("agreements/index.md", "Agreements", "agreements.md", order="date", per_page=200),
        date="date_signed", date_history="status_history", date_from="event", timeline=True,
        api="api/agreements/{id}.json", api_rank=1,
        relations=(
            ApiRelation("countries", "countries_of_agreement", "The countries it binds: parties, and the countries of the bodies that signed."),
            ApiRelation("related", "related_agreements", "Agreements it names, and those that name it.", "related"),
        ),
        table=CsvTable("agreements", "One row per agreement", (
            "id", "title", "title_is_official", "kind", "date", "date_basis", "date_signed", "place", "event", "parties", "countries",
            "sectors", "minerals", "corridors", "status", "after_signing", "documents", "evidence", "summary", "notes", "sources", "page")),
        duplicates="agreement",
        ask=(Ask("title", prompt="Title (the document's own, or a short description)"),
             Ask("kind", default="memorandum of understanding"),
             Ask("date_signed", "date", prompt="Date signed (YYYY, YYYY-MM or YYYY-MM-DD; empty if not stated)"),
             Ask("parties", "party", prompt="Party ids (countries, bodies or companies), comma-separated"),
             Ask("status", default="signed"), SOURCE_ASK),
        headers={"title": ("name", "agreement", "document"), "kind": ("type", "document type"),
                 "date_signed": ("date", "signed", "signing date", "date of signature"),
                 "parties": ("party", "countries", "signatory countries", "partners"), "place": ("city", "location"),
                 "sectors": ("sector", "theme", "themes"), "minerals": ("mineral",), "sources": ("source", "source id"),
                 "notes": ("note", "comments")},
    ),
    RecordKind(
        Event, "events", {"event": KindName("event", "Events", "Event")}, "events",
        "events/{id}.md", NameFields(), "event.md", Listing("events/index.md", "Events", "events.md", order="date", per_page=200),
        date="date", date_end="end_date", timeline=True, api="api/events/{id}.json", api_rank=4,
        relations=(ApiRelation("agreements", "agreements_at", "Agreements signed at the event."),),
        table=CsvTable("events", "Summits, forums, councils, meetings and visits, held and planned", (
            "id", "name", "kind", "status", "date", "end_date", "place", "country", "series", "number", "participants", "chairs",
            "sectors", "corridors", "summary", "notes", "sources", "page")),
        duplicates="event",
        ask=(Ask("name"), Ask("kind"), Ask("status", default="held"),
             Ask("date", prompt="Date (YYYY, YYYY-MM or YYYY-MM-DD; empty if not stated)"),
             Ask("country", prompt="Country id (empty if not stated)"), SOURCE_ASK),
        headers={"name": ("event", "title"), "kind": ("type",), "date": ("start", "start date"), "end_date": ("end",),
                 "place": ("city",), "country": ("host",), "sources": ("source",)},
    ),
    RecordKind(
        Project, "projects", {"project": KindName("project", "Projects", "Project")}, "projects",
        "projects/{id}.md", NameFields(), "project.md", Listing("projects/index.md", "Projects", "projects.md"),
        api="api/projects/{id}.json", api_rank=5,
        table=CsvTable("projects", "Infrastructure and industrial undertakings and the agreements behind them"),
        ask=(Ask("name"), Ask("kind"), Ask("countries", "country", prompt="Country ids, comma-separated"), SOURCE_ASK),
    ),
    RecordKind(
        Term, "glossary", {"term": KindName("glossary term", "Glossary terms", "DefinedTerm", ("acronym",))}, "terms",
        "glossary.md#{id}", NameFields(primary=("term",), abbreviation="abbreviation"), None,
        Listing("glossary.md", "Glossary", "glossary.md", indexed=True), changes_feed=False,
        table=CsvTable("glossary", "Terms and abbreviations", ("id", "term", "abbreviation", "definition", "aliases", "related", "sources")),
        ask=(Ask("term"), Ask("abbreviation", prompt="Abbreviation (empty if none)"), Ask("definition"), SOURCE_ASK),
    ),
    RecordKind(
        Topic, "topics", {
            "sector": KindName("sector", "Sectors", "DefinedTerm", ("topic-id",)),
            "mineral": KindName("mineral", "Minerals", "DefinedTerm", ("topic-id",)),
            "corridor": KindName("corridor", "Corridors", "DefinedTerm", ("topic-id",)),
        }, "topics",
        "topics/{id}.md", NameFields(), "topic.md", Listing("topics/index.md", "Topics", "topics.md"), changes_feed=False,
        table=CsvTable("topics", "Sectors, minerals and corridors: the vocabulary agreements are tagged with"),
        ask=(Ask("kind"), Ask("name")),
    ),
    RecordKind(
        Publisher, "publishers", {"publisher": KindName("publisher", "Publishers", "Organization")}, "publishers",
        "publishers/{id}.md", NameFields(), "record.md", Listing("publishers/index.md", "Publishers", "records.md"),
        changes_feed=False, api="api/publishers/{id}.json", api_rank=6,
        relations=(ApiRelation("sources", "published_by", "The sources it published, newest first."),),
        table=CsvTable("publishers", "Who published the sources, and what kind of publisher each is",
                       ("id", "name", "kind", "country", "languages", "url", "aliases", "notes", "page")),
        duplicates="name",
        ask=(Ask("name"), Ask("kind", default="news outlet"), Ask("url", prompt="Address of its site (only one you have)")),
    ),
    RecordKind(
        Source, "sources", {"source": KindName("source", "Sources", "CreativeWork")}, "sources",
        "sources.md#{id}", NameFields(primary=("title", "publisher"), aliases=(), searchable=False), None,
        Listing("sources.md", "Sources", "sources.md", order="published", per_page=100, indexed=True),
        date="date", changes_feed=False,
        table=CsvTable("sources", "Every source cited", ("id", "publisher", "title", "date", "url", "via", "language", "notes")),
        duplicates="source",
        ask=(Ask("publisher"), Ask("title", prompt="Title (empty if the source has none)"),
             Ask("date", prompt="Date published (YYYY, YYYY-MM or YYYY-MM-DD)"),
             Ask("url", prompt="URL (only if you have the actual address)"),
             Ask("language", prompt="Language of the text (a code: en, ru, tr …; empty if not known)")),
    ),
    RecordKind(
        Search, "searches", {"search": KindName("search", "Searches", "SearchAction")}, "searches",
        "coverage/ledger.md#{id}", NameFields(primary=("words",), searchable=False, index_records=False), None,
        Listing("coverage/ledger.md", "Coverage ledger", "ledger.md", order="date", per_page=40),
        date="searched", changes_feed=False, duplicates=None,
        table=CsvTable("searches", "The searches run for the coverage ledger (the reports each found are in the JSON)",
                       ("id", "words", "searched", "notes", "page")),
    ),
    RecordKind(
        Gap, "gaps", {"gap": KindName("known gap", "Known gaps", "Comment")}, "gaps",
        "coverage.md#{id}", NameFields(primary=("gap",), searchable=False, index_records=False), None,
        Listing("coverage.md", "Coverage", "coverage.md"), changes_feed=False, duplicates=None,
        table=CsvTable("gaps", "What the tracker is known to miss, by countries and year"),
    ),
)

KIND_OF_CLASS: dict[type, RecordKind] = {k.cls: k for k in RECORD_KINDS}
KIND_OF_COLLECTION: dict[str, RecordKind] = {k.collection: k for k in RECORD_KINDS}
KIND_NAMED: dict[str, RecordKind] = {k.name: k for k in RECORD_KINDS}  # 'agreement', 'actor', 'topic' … -> its kind
KIND_OF_NAME: dict[str, RecordKind] = {name: k for k in RECORD_KINDS for name in k.kinds}  # 'person' -> the actors' kind
KIND_NAMES: dict[str, KindName] = {name: kind_name for k in RECORD_KINDS for name, kind_name in k.kinds.items()}
KIND_LABELS: dict[str, str] = {name: kind_name.label for name, kind_name in KIND_NAMES.items()}
TYPE_OF_COLLECTION: dict[str, type[BaseModel]] = {k.collection: k.cls for k in RECORD_KINDS}
API_KINDS: tuple[RecordKind, ...] = tuple(sorted((k for k in RECORD_KINDS if k.api), key=lambda k: k.api_rank))
API_COLLECTIONS: tuple[str, ...] = tuple(k.collection for k in API_KINDS)


def kind_of(record: BaseModel) -> RecordKind:
    return KIND_OF_CLASS[type(record)]


def kind_name(record: BaseModel) -> str:
    """The record's kind name: its class's only one, or the value of its `kind` field ('person', 'sector')."""
    kind = KIND_OF_CLASS[type(record)]
    if len(kind.kinds) == 1:
        return next(iter(kind.kinds))
    return str(record.kind.value)  # type: ignore[attr-defined]


def label(kind: str) -> str:
    """'government-body' -> 'government body'; a name the registry does not know, as it is."""
    return KIND_LABELS.get(kind, kind)


def tables() -> list[tuple[CsvTable, list[RecordKind]]]:
    """Every CSV table of the kinds, each once, with the kinds whose records it holds (in the registry's order)."""
    found: dict[str, tuple[CsvTable, list[RecordKind]]] = {}
    for kind in RECORD_KINDS:
        found.setdefault(kind.csv.name, (kind.csv, []))[1].append(kind)
    return list(found.values())
