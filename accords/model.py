"""The typed data model: one class per record kind.

The classes validate the YAML files, generate the JSON Schema that editors and the site publish, and
document every field. References between records are plain ids annotated with `Ref(...)`, which
names the kinds of record they may point to; the loader checks them all after reading every file.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from enum import StrEnum
from types import UnionType
from typing import Annotated, Any, Union, get_args, get_origin
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from pydantic.fields import FieldInfo

from .counts import Count
from .dates import PartialDate

ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
LANGUAGE_PATTERN = r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"

# The kinds of record a reference can point to.
ACTOR_KINDS = frozenset({"country", "government-body", "organisation", "mechanism", "company", "person"})
PARTY_KINDS = ACTOR_KINDS - {"person"}
BODY_KINDS = frozenset({"government-body", "organisation", "mechanism", "company"})


# What a URL may hold (RFC 3986's characters and % escapes; no spaces, quotes, angle brackets or controls).
URL_PATTERN = r"https?://[A-Za-z0-9\-._~:/?#\[\]@!$&()*+,;=%]+"
_URL = re.compile(URL_PATTERN)


def is_web_address(url: str) -> bool:
    """A full http(s) URL with a host, written with URL characters only (non-ASCII as % escapes)."""
    if not _URL.fullmatch(url):
        return False
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 (raises ValueError for a port that is not a number)
    except ValueError:  # that, or a malformed IPv6 host
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname)


class Ref:
    """Marks a field as a reference to a record of one of `kinds` (kind names, as `accords.kinds` registers
    them); `Ref.any()` to a record of any kind."""

    def __init__(self, *kinds: str | frozenset[str]):
        self.kinds: frozenset[str] | None = frozenset().union(*({k} if isinstance(k, str) else k for k in kinds))

    @classmethod
    def any(cls) -> Ref:
        ref = cls()
        ref.kinds = None
        return ref

    def accepts(self, kind: str) -> bool:
        return self.kinds is None or kind in self.kinds

    def __repr__(self) -> str:
        return f"Ref({', '.join(sorted(self.kinds))})" if self.kinds is not None else "Ref(any)"


def _ref_field(description: str, ref: Ref) -> Any:
    """The pydantic field of a reference: an id, described with the kinds it may point to."""
    if ref.kinds is None:
        return Field(pattern=ID_PATTERN, description=f"{description} (the id of a record of any kind)")
    return Field(pattern=ID_PATTERN, description=f"{description} (the id of a {', '.join(sorted(ref.kinds))} record)")


_REF_KINDS: dict[str, str | frozenset[str]] = {
    "publisher": "publisher", "actor": ACTOR_KINDS, "party": PARTY_KINDS, "country": "country", "person": "person", "body": BODY_KINDS, "source": "source",
    "event": "event", "agreement": "agreement", "sector": "sector", "mineral": "mineral"}
_R = {name: Ref(kinds) for name, kinds in _REF_KINDS.items()} | {"any": Ref.any()}

# Reference types: an id (text) marked with the kinds of record it may point to (the loader checks them).
ActorRef = Annotated[str, _R["actor"], _ref_field("An actor", _R["actor"])]
PartyRef = Annotated[str, _R["party"], _ref_field("A party: a country, body, organisation or company, not a person", _R["party"])]
CountryRef = Annotated[str, _R["country"], _ref_field("A country", _R["country"])]
PersonRef = Annotated[str, _R["person"], _ref_field("A person", _R["person"])]
BodyRef = Annotated[str, _R["body"], _ref_field("A body, organisation, mechanism or company", _R["body"])]
PublisherRef = Annotated[str, _R["publisher"], _ref_field("A publisher", _R["publisher"])]
SourceRef = Annotated[str, _R["source"], _ref_field("A source", _R["source"])]
EventRef = Annotated[str, _R["event"], _ref_field("An event", _R["event"])]
AgreementRef = Annotated[str, _R["agreement"], _ref_field("An agreement", _R["agreement"])]
SectorRef = Annotated[str, _R["sector"], _ref_field("A sector", _R["sector"])]
MineralRef = Annotated[str, _R["mineral"], _ref_field("A mineral", _R["mineral"])]
AnyRef = Annotated[str, _R["any"], _ref_field("Any record", _R["any"])]


class Strict(BaseModel):
    """Unknown fields are errors; records are immutable once loaded."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


Text = Annotated[str, Field(min_length=1)]
Names = Annotated[
    dict[Annotated[str, Field(pattern=LANGUAGE_PATTERN)], Text],
    Field(description="Names in other languages and scripts, keyed by language code (kk, ru, uz-Cyrl, zh …)."),
]


class Record(Strict):
    """Fields every record has."""

    id: Annotated[
        str | None,
        Field(pattern=ID_PATTERN, description="Optional; the file name is the id. If given, it must match."),
    ] = None
    sources: Annotated[
        list[SourceRef],
        Field(min_length=1, description="The sources that support this record, most authoritative first."),
    ]
    notes: Annotated[str | None, Field(description="Editorial notes: what the sources leave open.")] = None
    former_ids: Annotated[
        list[Annotated[str, Field(pattern=ID_PATTERN)]],
        Field(description="Ids this record had before it was renamed; their old addresses redirect here."),
    ] = []
    distinct_from: Annotated[
        list[AnyRef],
        Field(description="Records that `accords check` finds alike (a probable duplicate) but the sources show to be different."),
    ] = []


# --- Publishers and sources ----------------------------------------------------------------------


class PublisherKind(StrEnum):
    government = "government"
    ministry = "ministry"
    parliament = "parliament"
    organisation = "organisation"
    company = "company"
    state_news_agency = "state news agency"
    state_media = "state media"
    news_outlet = "news outlet"
    relay = "relay"
    aggregator = "aggregator"
    blog = "blog"


# Who speaks for a signing in its own name (an official report), and who reports it for a state (an agency).
OFFICIAL_PUBLISHERS = frozenset({PublisherKind.government, PublisherKind.ministry, PublisherKind.parliament,
                                 PublisherKind.organisation, PublisherKind.company})
AGENCY_PUBLISHERS = frozenset({PublisherKind.state_news_agency})
# Either: what the explorer's "official or agency" filter and the relay-only warning look for.
FIRSTHAND_PUBLISHERS = OFFICIAL_PUBLISHERS | AGENCY_PUBLISHERS
# Who only passes on what others wrote, or writes it automatically.
SECOND_HAND_PUBLISHERS = frozenset({PublisherKind.relay, PublisherKind.aggregator})


class Publisher(Strict):
    """Who publishes the sources: a presidency, a ministry, a news agency, an outlet, a relay of press releases."""

    id: Annotated[str | None, Field(pattern=ID_PATTERN)] = None
    name: Text
    aliases: Annotated[list[Text], Field(description="Other names it publishes under.")] = []
    kind: Annotated[PublisherKind, Field(description=(
        "government: a head of state's or government's office; ministry: a ministry or government agency; parliament; "
        "organisation: an intergovernmental organisation; company: a company's own announcements; state news agency "
        "(Kazinform, UzA, Anadolu, Xinhua …); state media: a state-owned broadcaster or newspaper; news outlet: any other "
        "newspaper, broadcaster, agency or news site; relay: a wire relay or press-release distributor, which publishes "
        "others' texts unchanged; aggregator: a site that republishes or generates news automatically; blog."))]
    country: Annotated[CountryRef | None, Field(description="Where it is based, if among the tracked countries.")] = None
    languages: Annotated[list[Annotated[str, Field(pattern=LANGUAGE_PATTERN)]], Field(
        description="The languages of its pages that sources cite.")] = []
    url: Annotated[str | None, Field(description="Its address: the site the cited pages are on.",
                                     json_schema_extra={"format": "uri", "pattern": f"^{URL_PATTERN}$"})] = None
    notes: str | None = None
    sources: Annotated[list[SourceRef], Field(description="Sources for what `notes` says of it, if anything.")] = []

    @field_validator("url")
    @classmethod
    def _web_address(cls, url: str | None) -> str | None:
        return _web_address_or_none(url)


def _web_address_or_none(url: str | None) -> str | None:
    if url is not None and not is_web_address(url):
        raise ValueError(f"'{url}' is not a web address: write the full http(s) address, with no spaces or quotes "
                         "(characters such as spaces are written %20)")
    return url


class Source(Strict):
    """A publication that records cite. A URL is given only where one is actually known."""

    id: Annotated[str | None, Field(pattern=ID_PATTERN)] = None
    publisher: Annotated[PublisherRef, Field(description="Who published it (the id of a file in data/publishers/).")]
    title: Annotated[str | None, Field(description="Omit when the source has no title.")] = None
    date: Annotated[PartialDate, Field(description="Date of publication, at the precision known.")]
    url: Annotated[str | None, Field(description="Only a URL actually known: a full http or https address.",
                                     json_schema_extra={"format": "uri", "pattern": f"^{URL_PATTERN}$"})] = None
    via: Annotated[str | None, Field(description="News agency or body the publisher relays, as it says.")] = None
    language: Annotated[str | None, Field(pattern=LANGUAGE_PATTERN)] = None
    notes: str | None = None

    @field_validator("url")
    @classmethod
    def _web_address(cls, url: str | None) -> str | None:
        return _web_address_or_none(url)


# --- The coverage ledger: the searches run, the reports they found, the gaps known ----------------------


class ReportOutcome(StrEnum):
    """What became of a report a search found."""

    used = "used"
    recorded = "recorded"
    duplicate = "duplicate"
    out_of_scope = "out-of-scope"
    before_2022 = "before-2022"
    undated = "undated"
    preview_only = "preview-only"
    no_signing = "no-signing"


OUTCOME_WORDS: dict[ReportOutcome, str] = {
    ReportOutcome.used: "used: records written from it",
    ReportOutcome.recorded: "already recorded",
    ReportOutcome.duplicate: "a duplicate of another report",
    ReportOutcome.out_of_scope: "out of scope",
    ReportOutcome.before_2022: "published before 2022",
    ReportOutcome.undated: "no publication date in the copy",
    ReportOutcome.preview_only: "the copy breaks off before it names anything",
    ReportOutcome.no_signing: "no signing reported",
}

Tally = Annotated[int, Field(ge=0)]


class DraftCount(Strict):
    """How `accords draft` did on one report, for one kind of record, against the records written from it."""

    right: Annotated[Tally, Field(description="Drafted with the right kind and parties.")] = 0
    missed: Annotated[Tally, Field(description="Written from the report, not drafted.")] = 0
    wrong: Annotated[Tally, Field(description="Drafted wrong, or not in the report at all.")] = 0


class DraftTally(Strict):
    """The drafting tool's result on a report used: documents and events, and what went wrong."""

    documents: DraftCount = DraftCount()
    events: DraftCount = DraftCount()
    note: Annotated[str | None, Field(description="What the draft got wrong or missed, in a few words.")] = None


class ReportConsidered(Strict):
    """A report a search found, and what became of it."""

    url: Annotated[str | None, Field(description="Its address, as the store of pages gives it (omitted where it gives none: say so in `note`).",
                                     json_schema_extra={"format": "uri", "pattern": f"^{URL_PATTERN}$"})] = None
    date: Annotated[PartialDate | None, Field(description="Its publication date, as the copy shows it; omitted if none.")] = None
    publisher: PublisherRef | None = None
    outcome: ReportOutcome
    source: Annotated[SourceRef | None, Field(description="The source record it is (for a report used or already recorded).")] = None
    drafted: Annotated[DraftTally | None, Field(description="For a report used: how the drafting tool did on it.")] = None
    note: Annotated[str | None, Field(description="Why it was not used (which report it duplicates …); a few words.")] = None

    @field_validator("url")
    @classmethod
    def _web_address(cls, url: str | None) -> str | None:
        return _web_address_or_none(url)

    @model_validator(mode="after")
    def _accounted_for(self) -> ReportConsidered:
        if self.outcome is ReportOutcome.used and not self.source:
            raise ValueError("a report used needs `source:`, the source record written from it")
        if self.outcome is not ReportOutcome.used and not self.note:
            raise ValueError(f"a report not used ({self.outcome.value}) needs a `note:` saying why, in a few words")
        if self.drafted is not None and self.outcome is not ReportOutcome.used:
            raise ValueError("`drafted:` is the drafting tool's tally on a report used; this one was not used")
        return self


class Search(Strict):
    """One search of the stored news pages and official statements, and every report it found: the ledger the
    coverage page is built from."""

    id: Annotated[str | None, Field(pattern=ID_PATTERN)] = None
    words: Annotated[Text, Field(description="The query, as it was sent.")]
    searched: Annotated[PartialDate, Field(description="The day the search was run.")]
    reports: Annotated[list[ReportConsidered], Field(description="Every report it found that was looked at, used or not.")] = []
    notes: str | None = None


class Gap(Strict):
    """Something the tracker is known to miss for a group of countries in a year: a visit whose reports count more
    documents than they name, a summit no reachable report describes, a year with nothing found."""

    id: Annotated[str | None, Field(pattern=ID_PATTERN)] = None
    countries: Annotated[list[CountryRef], Field(min_length=2, description="The countries the gap concerns: a pair, or more.")]
    year: Annotated[int, Field(ge=1991, le=2100, description="The year it concerns.")]
    gap: Annotated[Text, Field(description="Markdown: what is missing, and how it is known.")]
    sources: Annotated[list[SourceRef], Field(description="The reports that show the gap, if any.")] = []
    notes: str | None = None


# --- Topics: sectors, minerals, corridors ------------------------------------------------------------


class TopicKind(StrEnum):
    sector = "sector"
    mineral = "mineral"
    corridor = "corridor"


class Topic(Strict):
    """A sector, mineral or corridor: the vocabulary that agreements are tagged with."""

    id: Annotated[str | None, Field(pattern=ID_PATTERN)] = None
    kind: TopicKind
    name: Text
    aliases: list[Text] = []
    description: Annotated[str | None, Field(description="Markdown. Facts in it need `sources`.")] = None
    parent: Annotated[
        str | None, Ref("sector", "mineral", "corridor"), Field(pattern=ID_PATTERN, description="A broader topic.")
    ] = None
    route: Annotated[list[CountryRef], Field(description="Corridors: the countries on the route, in order.")] = []
    title_words: Annotated[list[Text], Field(description=(
        "Sectors: words that, in an agreement's title, state this sector ('railway' for transport). `accords check` warns "
        "where an agreement's title has one and the agreement is not tagged with the sector."))] = []
    sources: list[SourceRef] = []
    notes: str | None = None

    @model_validator(mode="after")
    def _facts_need_sources(self) -> Topic:
        if (self.description or self.route) and not self.sources:
            raise ValueError("a topic with a description or a route needs `sources`")
        return self


# --- Actors --------------------------------------------------------------------------------------


class Membership(Strict):
    organisation: Annotated[str, Ref("organisation", "mechanism"), Field(pattern=ID_PATTERN)]
    role: Annotated[str | None, Field(description="e.g. founding member, observer")] = None
    since: PartialDate | None = None
    sources: Annotated[list[SourceRef], Field(min_length=1)]


class Position(Strict):
    """An office a person held, as the source words it."""

    office: Text
    body: BodyRef | None = None
    country: CountryRef | None = None
    since: PartialDate | None = None
    until: PartialDate | None = None
    as_of: Annotated[PartialDate | None, Field(description="A date on which the source shows the office held.")] = None
    sources: Annotated[list[SourceRef], Field(min_length=1)]


class ResourceKind(StrEnum):
    reserves = "reserves"
    production = "production"
    resources = "resources"


class MineralResource(Strict):
    """A country's mineral endowment, as the source states it."""

    mineral: MineralRef
    measure: ResourceKind = ResourceKind.reserves
    amount: Annotated[float | None, Field(ge=0, description="The figure, in `unit`. Omit if none is given.")] = None
    unit: str | None = None
    world_rank: Annotated[int | None, Field(ge=1, description="The country's rank in the world.")] = None
    rank_text: Annotated[str | None, Field(description="A rank the source gives only loosely (\"top ten\").")] = None
    as_stated: Annotated[str | None, Field(description="The source's own words, for a figure without numbers.")] = None
    sources: Annotated[list[SourceRef], Field(min_length=1)]

    @model_validator(mode="after")
    def _amount_has_unit(self) -> MineralResource:
        if self.amount is not None and not self.unit:
            raise ValueError("an `amount` needs a `unit`")
        return self


class ActorKind(StrEnum):
    government_body = "government-body"
    organisation = "organisation"
    mechanism = "mechanism"
    company = "company"
    person = "person"


class Actor(Record):
    """A government body, intergovernmental organisation or mechanism, company or person."""

    kind: Annotated[
        ActorKind,
        Field(
            description=(
                "government-body: a ministry, agency or office; organisation: an intergovernmental or other "
                "organisation; mechanism: a bilateral or multilateral council, commission or format; "
                "company; person."
            )
        ),
    ]
    name: Text
    abbreviation: str | None = None
    aliases: Annotated[list[Text], Field(description="Other spellings and transliterations, searchable.")] = []
    names: Names = {}
    country: CountryRef | None = None
    parent: Annotated[BodyRef | None, Field(description="The body this one belongs to.")] = None
    members: Annotated[list[ActorRef], Field(description="Mechanisms: the countries or bodies in it.")] = []
    memberships: list[Membership] = []
    positions: Annotated[list[Position], Field(description="People: offices held.")] = []
    description: Annotated[str | None, Field(description="Markdown.")] = None

    @model_validator(mode="after")
    def _positions_are_for_people(self) -> Actor:
        if self.positions and self.kind is not ActorKind.person:
            raise ValueError("only a person has `positions`")
        return self


class Country(Record):
    """A state. ISO codes and names in official languages come from pycountry and Babel (CLDR)."""

    iso2: Annotated[str, Field(pattern=r"^[A-Z]{2}$", description="ISO 3166-1 alpha-2 code; the page URL.")]
    name: Annotated[str | None, Field(description="Defaults to the ISO 3166 short name.")] = None
    aliases: list[Text] = []
    names: Names = {}
    memberships: list[Membership] = []
    resources: list[MineralResource] = []
    description: Annotated[str | None, Field(description="Markdown.")] = None


# --- Agreements ----------------------------------------------------------------------------------


class AgreementKind(StrEnum):
    memorandum = "memorandum of understanding"
    agreement = "agreement"
    treaty = "treaty"
    declaration = "declaration"
    joint_statement = "joint statement"
    charter = "charter"
    action_plan = "action plan"
    plan = "plan"
    roadmap = "roadmap"
    programme = "programme"
    concept = "concept"
    decision = "decision"
    protocol = "protocol"
    minutes = "minutes"
    contract = "contract"
    package = "package"
    other = "other"


class AgreementStatus(StrEnum):
    """What last happened to the document, in the order these things happen to one."""

    announced = "announced"
    planned = "planned"
    initialled = "initialled"
    approved = "approved"
    signed = "signed"
    ratified = "ratified"
    in_force = "in force"
    suspended = "suspended"
    terminated = "terminated"
    expired = "expired"
    superseded = "superseded"
    unknown = "unknown"


# A status the record's history must show, dated and sourced, in the source's own words: all but these.
STATUSES_WITHOUT_HISTORY = frozenset({AgreementStatus.signed, AgreementStatus.unknown})


class Evidence(StrEnum):
    full_text = "full text public"
    official_statement = "official statement"
    press_report = "press report"


class RelationKind(StrEnum):
    follows_up = "follows up"
    implements = "implements"
    part_of = "part of"
    supersedes = "supersedes"


class Signatory(Strict):
    person: PersonRef
    office: Annotated[Text, Field(description="The office held when signing, as the source words it.")]
    on_behalf_of: Annotated[PartyRef, Field(description="One of the agreement's parties.")]


class Stage(StrEnum):
    """One party's step after the signing, in the order such steps come: what a source reports one state (or, for entry
    into force, suspension and termination, every party where `by` is empty) doing with the document."""

    government_approval = "government approval"  # a government approves it, or sends it to parliament
    chamber_vote = "chamber vote"  # a chamber of parliament passes the law on its ratification (`chamber`)
    law_signed = "law signed"  # the head of state signs the law on its ratification (`law`, its number, where given)
    instrument_deposited = "instrument deposited"  # the instrument of ratification deposited
    notes_exchanged = "notes exchanged"  # notes exchanged on the completion of the procedures
    in_force = "in force"
    suspended = "suspended"
    terminated = "terminated"


# The document's status a stage goes with: a chamber's vote approves it (ratification is not complete), the signed law,
# the deposited instrument and the exchanged notes ratify it.
STAGE_STATUS = {Stage.government_approval: AgreementStatus.approved, Stage.chamber_vote: AgreementStatus.approved,
                Stage.law_signed: AgreementStatus.ratified, Stage.instrument_deposited: AgreementStatus.ratified,
                Stage.notes_exchanged: AgreementStatus.ratified, Stage.in_force: AgreementStatus.in_force,
                Stage.suspended: AgreementStatus.suspended, Stage.terminated: AgreementStatus.terminated}
# Stages one party takes for itself: `by` must name it.
OWN_STAGES = frozenset({Stage.government_approval, Stage.chamber_vote, Stage.law_signed, Stage.instrument_deposited})


class StatusChange(Strict):
    """One thing that happened to the document, as a source reports it."""

    status: AgreementStatus
    verb: Annotated[str | None, Field(description=(
        "The source's own words for it, shown on the page: \"approved by the heads of state\", \"endorsed\", "
        "\"agreed to declare\". Needed where the status is not `signed`."))] = None
    stage: Annotated[Stage | None, Field(description=(
        "After the signing, the step one party took, where the source says which: government approval, chamber vote, "
        "law signed, instrument deposited, notes exchanged, in force, suspended, terminated."))] = None
    by: Annotated[list[ActorRef], Field(description=(
        "Who did it, where the source says: the heads of state, a parliament, a party. For a stage, the state (a party) whose "
        "step it is; for in force, suspended or terminated, empty means every party."))] = []
    chamber: Annotated[ActorRef | None, Field(description="The chamber of parliament that voted (stage: chamber vote).")] = None
    law: Annotated[str | None, Field(description="The law's number, as the source gives it (stage: law signed).")] = None
    date: PartialDate | None = None
    note: str | None = None
    sources: Annotated[list[SourceRef], Field(min_length=1)]

    @model_validator(mode="after")
    def _stage_fits(self) -> StatusChange:
        if self.stage is None:
            if self.chamber or self.law:
                raise ValueError("`chamber` and `law` belong to a step with a `stage` (chamber vote, law signed)")
            return self
        if STAGE_STATUS[self.stage] is not self.status:
            raise ValueError(f"stage '{self.stage.value}' goes with status '{STAGE_STATUS[self.stage].value}', not "
                             f"'{self.status.value}'")
        if self.stage in OWN_STAGES and not self.by:
            raise ValueError(f"stage '{self.stage.value}' needs `by`: the state whose step it is")
        if self.stage is Stage.chamber_vote and not self.chamber:
            raise ValueError("stage 'chamber vote' needs `chamber`: the chamber of parliament that voted")
        return self


class Ratification(StrEnum):
    required_of_every_party = "required of every party"
    not_required = "not required"


class Relation(Strict):
    kind: RelationKind
    agreement: AgreementRef
    note: str | None = None


class Agreement(Record):
    """A memorandum, agreement, declaration, action plan or other signed or adopted document."""

    title: Text
    title_is_official: Annotated[
        bool,
        Field(strict=True, description="true only when `title` is the document's own title; else it is descriptive."),
    ] = False
    titles: Annotated[Names, Field(description="The title in other languages, keyed by language code.")] = {}
    aliases: list[Text] = []
    kind: AgreementKind
    date_signed: Annotated[PartialDate | None, Field(description=(
        "When it was signed, as precisely as the sources say: a day, a month, a year or a range "
        "(2023-05-18/2023-05-19). Omit if the sources do not give it, or if the document was not signed "
        "(approved, announced): its history dates that."))] = None
    place: Annotated[str | None, Field(description=(
        "Where it was signed, as one of the record's own sources says. Omit if only the event's sources say it: "
        "the page then shows the event's place as such."))] = None
    event: Annotated[EventRef | None, Field(description=(
        "The event during which the sources say it was signed or adopted. Without a `date_signed`, the page dates "
        "it by the event: \"18–19 May 2023, during the summit\"."))] = None
    documents: Annotated[Count | None, Field(description=(
        "Packages: how many documents, as the source counts them: 14, or \"at least 13\" where the count is not exact."))] = None
    parties: Annotated[list[PartyRef], Field(min_length=1)]
    signatories: list[Signatory] = []
    witnesses: Annotated[list[PersonRef], Field(description="People present at the signing.")] = []
    sectors: list[SectorRef] = []
    minerals: list[MineralRef] = []
    corridors: list[Annotated[str, Ref("corridor"), Field(pattern=ID_PATTERN)]] = []
    status: AgreementStatus = AgreementStatus.unknown
    status_history: list[StatusChange] = []
    ratification: Annotated[Ratification | None, Field(description=(
        "Whether it enters into force only after every party ratifies it, or needs no ratification, where a source or "
        "its text says so; omitted where unknown."))] = None
    summary: Annotated[str | None, Field(description="Markdown; raw HTML is shown as text.")] = None
    related: list[Relation] = []
    evidence: Evidence = Evidence.press_report

    @model_validator(mode="after")
    def _status_has_its_history(self) -> Agreement:
        if self.status not in STATUSES_WITHOUT_HISTORY and not any(c.status is self.status for c in self.status_history):
            raise ValueError(f"status '{self.status.value}' needs an entry in `status_history` with status "
                             f"'{self.status.value}', the source's words in `verb`, its date if given, and its sources")
        for i, change in enumerate(self.status_history):
            if change.status not in STATUSES_WITHOUT_HISTORY and not change.verb:
                raise ValueError(f"status_history[{i}] ('{change.status.value}') needs `verb`: the source's own words "
                                 "for what happened (\"approved by the heads of state\", \"entered into force\")")
        return self

    @model_validator(mode="after")
    def _signatories_sign_for_parties(self) -> Agreement:
        for i, signatory in enumerate(self.signatories):
            if signatory.on_behalf_of not in self.parties:
                raise ValueError(
                    f"signatories[{i}].on_behalf_of '{signatory.on_behalf_of}' is not one of the parties"
                )
        return self

    def signed_after(self, today: dt.date) -> bool:
        return self.date_signed is not None and self.date_signed.is_after(today)


# --- Events and projects ------------------------------------------------------------------------


class EventKind(StrEnum):
    summit = "summit"
    forum = "forum"
    council = "council"
    meeting = "meeting"
    visit = "visit"
    other = "other"


class EventStatus(StrEnum):
    held = "held"
    planned = "planned"
    cancelled = "cancelled"


class Event(Record):
    name: Text
    aliases: list[Text] = []
    kind: EventKind
    status: EventStatus
    date: Annotated[PartialDate | None, Field(description="First day, or the precision known.")] = None
    date_basis: Annotated[
        str | None,
        Field(description="How the date is known where the sources do not date the event itself, shown beside the date "
                          "(\"the day a memorandum was signed there\")."),
    ] = None
    end_date: PartialDate | None = None
    place: Annotated[str | None, Field(description="City or venue, as the source says.")] = None
    country: CountryRef | None = None
    series: Annotated[
        str | None, Ref("mechanism", "organisation"), Field(pattern=ID_PATTERN, description="The council or format.")
    ] = None
    number: Annotated[int | None, Field(ge=1, description="Which meeting of the series (4 for the 4th).")] = None
    participants: list[ActorRef] = []
    chairs: list[PersonRef] = []
    sectors: list[SectorRef] = []
    corridors: list[Annotated[str, Ref("corridor"), Field(pattern=ID_PATTERN)]] = []
    discussed: Annotated[
        list[AnyRef],
        Field(description="Bodies, mechanisms, projects, agreements and events the sources say the event discussed or referred to."),
    ] = []
    summary: Annotated[str | None, Field(description="Markdown; raw HTML is shown as text.")] = None

    @model_validator(mode="after")
    def _dates_in_order(self) -> Event:
        if self.date and self.date.is_range and self.end_date:
            raise ValueError("`date` is a range and `end_date` is given: write the first day in `date` and the last in `end_date`")
        if self.date and self.end_date and self.end_date.sort_key() < self.date.sort_key():
            raise ValueError("`end_date` is before `date`")
        return self


class ProjectStatus(StrEnum):
    proposed = "proposed"
    planned = "planned"
    under_construction = "under construction"
    operational = "operational"
    suspended = "suspended"
    cancelled = "cancelled"
    unknown = "unknown"


class ProjectStatusChange(Strict):
    """One thing a source reports of the project: announced, construction begun, in operation, stalled."""

    status: ProjectStatus
    verb: Annotated[Text, Field(description=(
        "The source's own words for it, shown on the page: \"construction began\", \"put into operation\", "
        "\"work has been suspended\"."))]
    date: PartialDate | None = None
    note: str | None = None
    sources: Annotated[list[SourceRef], Field(min_length=1)]


class Project(Record):
    """An infrastructure or industrial undertaking: a railway, a processing plant, a school."""

    name: Text
    aliases: list[Text] = []
    kind: Annotated[str, Field(description="railway, plant, school …")]
    status: Annotated[ProjectStatus, Field(description=(
        "The latest status its sources report; anything but `unknown` needs its entry in `status_history`."))] = ProjectStatus.unknown
    status_history: Annotated[list[ProjectStatusChange], Field(description=(
        "What its sources report of it, oldest first, each dated as precisely as the source and sourced."))] = []
    countries: Annotated[list[CountryRef], Field(min_length=1)]
    actors: list[ActorRef] = []
    agreements: Annotated[list[AgreementRef], Field(description="The agreements behind it.")] = []
    sectors: list[SectorRef] = []
    minerals: list[MineralRef] = []
    corridors: list[Annotated[str, Ref("corridor"), Field(pattern=ID_PATTERN)]] = []
    summary: Annotated[str | None, Field(description="Markdown; raw HTML is shown as text.")] = None

    @model_validator(mode="after")
    def _status_has_its_history(self) -> Project:
        if self.status is not ProjectStatus.unknown and not any(c.status is self.status for c in self.status_history):
            raise ValueError(f"status '{self.status.value}' needs an entry in `status_history` with status '{self.status.value}', "
                             "the source's words in `verb`, its date if given, and its sources")
        return self


# --- Glossary ------------------------------------------------------------------------------------


class Term(Record):
    term: Text
    abbreviation: str | None = None
    definition: Annotated[Text, Field(description="Markdown.")]
    aliases: list[Text] = []
    related: list[AnyRef] = []


def iter_references(model: BaseModel, loc: tuple[str | int, ...] = ()):
    """Yield `(loc, target_id, Ref)` for every reference in `model`, nested models included."""
    for name, annotation, ref in _fields_of(type(model)):
        value = getattr(model, name)
        if value is not None:
            yield from _references_in(value, annotation, ref, loc + (name,))


@functools.cache
def _fields_of(cls: type[BaseModel]) -> tuple[tuple[str, Any, Ref | None], ...]:
    """Each field's name, type and Ref, read from the class once (a build walks every record twice)."""
    return tuple((name, info.annotation, next((m for m in info.metadata if isinstance(m, Ref)), None) or _ref_in(info.annotation))
                 for name, info in cls.model_fields.items())


_ITEMS: dict[int, tuple[Any, Any, Ref | None]] = {}  # id(list type) -> (list type, item type, item Ref)


def _references_in(value: Any, annotation: Any, ref: Ref | None, loc: tuple[str | int, ...]):
    if ref is not None and isinstance(value, str):
        yield loc, value, ref
    elif isinstance(value, BaseModel):
        yield from iter_references(value, loc)
    elif isinstance(value, list | tuple):
        known = _ITEMS.get(id(annotation))
        if known is None or known[0] is not annotation:
            item = _list_item_annotation(annotation)
            known = _ITEMS[id(annotation)] = (annotation, item, _ref_in(item))
        for i, element in enumerate(value):
            yield from _references_in(element, known[1], known[2], loc + (i,))


def field_reference(info: FieldInfo) -> Ref | None:
    """The Ref of a field whose value (or each item of whose list) refers to another record; None for other fields."""
    found = next((m for m in info.metadata if isinstance(m, Ref)), None)
    return found or _ref_in(info.annotation) or _ref_in(_list_item_annotation(info.annotation))


def _ref_in(annotation: Any) -> Ref | None:
    """The Ref marker of a plain reference type, looking inside Annotated and `X | None`."""
    if get_origin(annotation) is Annotated:
        args = get_args(annotation)
        found = next((m for m in args[1:] if isinstance(m, Ref)), None)
        return found or _ref_in(args[0])
    if get_origin(annotation) in (Union, UnionType):
        for arg in get_args(annotation):
            found = _ref_in(arg)
            if found:
                return found
    return None


def _list_item_annotation(annotation: Any) -> Any:
    """The item type of `list[X]`, also inside Annotated and `list[X] | None`."""
    while get_origin(annotation) is Annotated:
        annotation = get_args(annotation)[0]
    if get_origin(annotation) in (Union, UnionType):
        return next((_list_item_annotation(a) for a in get_args(annotation) if a is not type(None)), None)
    args = get_args(annotation)
    return args[0] if get_origin(annotation) is list and args else None


# --- What a field holds ---------------------------------------------------------------------------


def field_shape(cls: type[BaseModel], name: str) -> str:
    """What the field holds, for writers that treat every kind alike (CSV columns, `accords new`, imports,
    drafts, the generic record page): 'value' (text, a number, a date, an allowed value or a reference),
    'flag' (true or false), 'values' (a list of values), 'names' (text by language), 'record' or 'records'
    (nested records: signatories, positions …)."""
    return _shape(cls.model_fields[name].annotation)


def _shape(annotation: Any) -> str:
    while get_origin(annotation) is Annotated:
        annotation = get_args(annotation)[0]
    if get_origin(annotation) in (Union, UnionType):
        options = [a for a in get_args(annotation) if a is not type(None)]
        return _shape(options[0]) if len(options) == 1 else "value"
    if get_origin(annotation) is list:
        item = _shape(get_args(annotation)[0])
        return "records" if item == "record" else "values"
    if get_origin(annotation) is dict:
        return "names"
    if annotation is bool:
        return "flag"
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return "record"
    return "value"


def prose_fields(cls: type[BaseModel]) -> list[str]:
    """Fields of Markdown text (a summary, a description, a definition): their descriptions say "Markdown"."""
    return [n for n, info in cls.model_fields.items() if info.description and info.description.startswith("Markdown")]


def item_model(cls: type[BaseModel], name: str) -> type[BaseModel] | None:
    """The nested model of a 'record' or 'records' field (a Signatory for `signatories`)."""
    annotation: Any = cls.model_fields[name].annotation
    for _ in range(4):
        while get_origin(annotation) is Annotated:
            annotation = get_args(annotation)[0]
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            return annotation
        args = [a for a in get_args(annotation) if a is not type(None)]
        if not args:
            return None
        annotation = args[0]
    return None


def field_enum(cls: type[BaseModel], name: str) -> tuple[str, ...]:
    """The allowed values of a field (or of its list's items) that takes one of a set: ('signed', 'planned' …)."""
    annotation: Any = cls.model_fields[name].annotation
    for _ in range(4):
        while get_origin(annotation) is Annotated:
            annotation = get_args(annotation)[0]
        if isinstance(annotation, type) and issubclass(annotation, StrEnum):
            return tuple(member.value for member in annotation)
        args = [a for a in get_args(annotation) if a is not type(None)]
        if not args:
            return ()
        annotation = args[0]
    return ()
