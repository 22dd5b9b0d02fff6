"""What a draft is: each record an article states, every value with the sentence it came from (`Fact`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, TypeAlias, TypeVar

from ..counts import Count
from ..dates import PartialDate
from ..model import AgreementStatus, EventKind
from .sentences import Sentence

V = TypeVar("V")


@dataclass
class Fact(Generic[V]):
    """A value and the sentence it came from; `note` says how it was read (a relative date …)."""

    value: V
    sentence: Sentence
    note: str | None = None


# The office of a signatory the text names without one (the record needs it: the contributor writes it).
NO_OFFICE = "CHECK: the text gives no office"


@dataclass
class DraftAgreement:
    kind: Fact[str]
    statement: Sentence
    title: Fact[str] | None = None
    title_is_official: bool = False
    date_signed: Fact[PartialDate] | None = None
    planned: bool = False
    approved: Fact[str] | None = None  # adopted without signing: the text's words ("approved by the heads of state")
    initialled: Fact[str] | None = None  # initialled, not signed: the text's words ("initialled the border treaty")
    ratified: Fact[str] | None = None  # a ratification the text reports: its words ("ratifies", "signed a law on the ratification")
    ratified_by: list[str] = field(default_factory=list)  # the countries that ratified, as the text says
    ratified_on: Fact[PartialDate] | None = None  # the date the text gives the ratification (date_signed stays the signing's)
    in_force: Fact[str] | None = None  # its own entry into force, in the text's words ("entered into force on 1 January")
    plan: Fact[str] | None = None  # a signing to come: the text's words ("is expected to be signed")
    planned_for: Fact[PartialDate] | None = None  # when the text says it is to be signed, at its precision
    place: Fact[str] | None = None
    event: Fact[str | DraftEvent | None] | None = None  # an event id (existing) or a DraftEvent
    event_note: str | None = None
    parties: list[Fact[Party]] = field(default_factory=list)  # values: record ids or DraftActor
    signatories: list[tuple[Fact[Party], str, object]] = field(default_factory=list)  # (person, office, on behalf of)
    witnesses: list[Fact[Party]] = field(default_factory=list)
    sectors: list[Fact[str | None]] = field(default_factory=list)
    minerals: list[Fact[str | None]] = field(default_factory=list)
    part_of: DraftAgreement | None = None
    is_package: bool = False
    documents: Fact[Count] | None = None  # a package: how many documents the text says it holds ("more than 20": at least 21)
    status_unknown: bool = False  # the text speaks of it (its implementation …) without saying it was signed
    evidence_of: list[Sentence] = field(default_factory=list)  # every sentence about it
    fallback_parties: list[Fact[Party]] = field(default_factory=list)  # countries named, where no party is
    existing: str | None = None  # the record it probably is
    context: list[Sentence] = field(default_factory=list)  # the sentences before its statement
    open: list[str] = field(default_factory=list)

    @property
    def status(self) -> AgreementStatus:
        """What the text says last happened to it: to be signed, in force, ratified, approved, initialled, told of without a
        signing, or signed."""
        return AgreementStatus.planned if self.planned else AgreementStatus.in_force if self.in_force \
            else AgreementStatus.ratified if self.ratified else AgreementStatus.approved \
            if self.approved else AgreementStatus.initialled if self.initialled else AgreementStatus.unknown if self.status_unknown \
            else AgreementStatus.signed


@dataclass
class DraftEvent:
    name: Fact[str]
    kind: EventKind
    planned: bool
    date: Fact[PartialDate] | None = None
    place: Fact[str] | None = None
    country: Fact[str | None] | None = None
    series: str | None = None
    number: int | None = None
    participants: list[Fact[Party]] = field(default_factory=list)
    chairs: list[Fact[Party]] = field(default_factory=list)
    existing: str | None = None  # the id of the record it probably is
    date_note: str | None = None


@dataclass
class DraftActor:
    name: Fact[str]
    kind: str
    country: str | None = None
    office: str | None = None  # people: the office the text gives
    existing: str | None = None


# What a party, signatory or participant fact holds: a record id, a new actor, or None where a name was not found.
Party: TypeAlias = str | DraftActor | None


def party_key(party: object) -> str:
    """What makes two parties one: the record id, or a new actor's name."""
    return str(party.name.value) if isinstance(party, DraftActor) else str(party)


@dataclass
class DraftProject:
    name: Fact[str]
    kind: str
    countries: list[str] = field(default_factory=list)
    existing: str | None = None


@dataclass
class Drafts:
    agreements: list[DraftAgreement] = field(default_factory=list)
    projects: list[DraftProject] = field(default_factory=list)
    events: list[DraftEvent] = field(default_factory=list)
    actors: list[DraftActor] = field(default_factory=list)
    linked: dict[str, list[Sentence]] = field(default_factory=dict)  # existing record id -> sentences naming it

    def last_package(self) -> DraftAgreement | None:
        """The package signed (not planned) drafted last: the one a document told of after it, naming no party, is one of."""
        return next((a for a in reversed(self.agreements) if a.is_package and not a.planned), None)
