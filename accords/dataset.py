"""The loaded, checked data with the indexes that pages ask for. Built once per build, never mutated."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, TypeVar

from pydantic import BaseModel

from .dates import PartialDate
from .kinds import RECORD_KINDS, kind_name, kind_of
from .model import (
    FIRSTHAND_PUBLISHERS,
    Actor,
    Agreement,
    Country,
    Event,
    EventStatus,
    Project,
    Source,
    Topic,
    TopicKind,
    field_reference,
    iter_references,
)
from .reference import CountryFacts

R = TypeVar("R", bound=BaseModel)

# A body named in a title ("between the Ministry of Energy of …", "Azerbaijan Railways"): its words name a party, not the
# document's field, and no sector is taken from a party's name. A "road map" is a plan, not a road.
TITLE_BODY_NAME = re.compile(r"\b(?:Ministry|Ministries|Committee|Agency|Department|Service|Inspectorate|Corporation|Company|Bank|Fund|"
                             r"Institute|University|Academy|Chamber)\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][\w'’-]*(?:,?\s+(?:and\s+|of\s+|for\s+|the\s+)*[A-Z][\w'’-]*)*"
                             r"|\b(?:[A-Z][\w'’-]*\s+)+(?:Railways?|Airways|Airlines|Energy|Gas|Oil|Power|Mining|Telecom)\b(?=\s+(?:and|on|for|to|in)\b|[,.;]|$)"
                             r"|\b(?:[A-Z][\w'’-]*\s+)+(?:and\s+(?:[A-Z][\w'’-]*\s+)+)?(?:Bank|Authority|Administration|Institution|Hospital|Port)\b"
                             r"|\b(?i:road\s+maps?|belt\s+and\s+road)\b")


@dataclass(frozen=True)
class Backlink:
    """`source_id` refers to a record through `field` (e.g. 'signatories[0].person')."""

    source_id: str
    field: str


@dataclass(frozen=True)
class TimelineEntry:
    date: PartialDate | None
    record_id: str
    kind: str  # "agreement", "event", or "step": a dated step after an agreement's signing (its status_history[step])
    date_from_event: bool = False
    step: int | None = None


class Dataset:
    """Every record by id, with indexes; all queries the templates need live here."""

    def __init__(self, records: Mapping[str, BaseModel], paths: Mapping[str, str], country_facts: Mapping[str, CountryFacts]):
        self.records = MappingProxyType(dict(sorted(records.items())))
        self.paths = MappingProxyType(dict(paths))
        self.facts = MappingProxyType(dict(country_facts))
        by_type: dict[type, list[str]] = defaultdict(list)
        for record_id, record in self.records.items():
            by_type[type(record)].append(record_id)
        self._ids_by_type = MappingProxyType({k: tuple(v) for k, v in by_type.items()})
        self._title_words: list[tuple[str, re.Pattern[str]]] | None = None  # sectors_named_in, made once
        self.country_by_iso2 = MappingProxyType({r.iso2: i for i, r in self.records.items() if isinstance(r, Country)})
        backlinks: dict[str, list[Backlink]] = defaultdict(list)
        sources: dict[str, tuple[str, ...]] = {}
        for record_id, record in self.records.items():
            cited: dict[str, None] = {}
            for loc, target, ref in iter_references(record):
                backlinks[target].append(Backlink(record_id, _field_name(loc)))
                if ref.kinds == {"source"}:
                    cited[target] = None
            sources[record_id] = tuple(cited)
        self._backlinks = MappingProxyType({k: tuple(v) for k, v in backlinks.items()})
        self._sources_of = MappingProxyType(sources)
        self._agreements_by_country = self._index_agreements_by_country()
        self._timeline: tuple[TimelineEntry, ...] | None = None

    # --- Records ---------------------------------------------------------------------------------

    def get(self, record_id: str) -> Any:
        """The record, of whatever kind (layouts use it); Python code asks the typed accessors below."""
        return self.records[record_id]

    def typed(self, record_id: str, cls: type[R]) -> R:
        record = self.records[record_id]
        if not isinstance(record, cls):
            raise TypeError(f"'{record_id}' is a {type(record).__name__}, not a {cls.__name__}")
        return record

    def agreement(self, record_id: str) -> Agreement:
        return self.typed(record_id, Agreement)

    def event(self, record_id: str) -> Event:
        return self.typed(record_id, Event)

    def country(self, record_id: str) -> Country:
        return self.typed(record_id, Country)

    def actor(self, record_id: str) -> Actor:
        return self.typed(record_id, Actor)

    def source(self, record_id: str) -> Source:
        return self.typed(record_id, Source)

    def of_type(self, cls: type[R]) -> list[tuple[str, R]]:
        return [(i, self.typed(i, cls)) for i in self.ids_of_type(cls)]

    def ids_of_type(self, cls: type) -> list[str]:
        return list(self._ids_by_type.get(cls, ()))

    def kind(self, record_id: str) -> str:
        """The record's kind name: 'agreement', 'person', 'sector' … (accords.kinds)."""
        return kind_name(self.records[record_id])

    def name(self, record_id: str) -> str:
        """The name the site shows: the first of the kind's name fields that is given (a reference: the name
        of the record it points to, as an untitled source goes by its publisher's), or a country's ISO short
        name where it has none of its own."""
        record = self.records[record_id]
        for field in kind_of(record).names.primary:
            value = getattr(record, field, None)
            if value:
                return self.name(value) if field_reference(type(record).model_fields[field]) and value in self.records else str(value)
        if isinstance(record, Country):
            return self.facts[record_id].short_name
        return record_id

    def reference(self, country_id: str) -> CountryFacts:
        """A country's ISO 3166 codes and CLDR names (reference data, from pycountry and Babel)."""
        return self.facts[country_id]

    def data_path(self, record_id: str) -> str:
        return self.paths[record_id]

    # --- Relations -------------------------------------------------------------------------------

    def backlinks(self, record_id: str) -> tuple[Backlink, ...]:
        return self._backlinks.get(record_id, ())

    def referrers(self, record_id: str, cls: type, *fields: str) -> list[str]:
        """Ids of records of type `cls` that refer to `record_id` (through one of `fields`, if given)."""
        seen: dict[str, None] = {}
        for link in self.backlinks(record_id):
            if isinstance(self.records[link.source_id], cls) and (not fields or link.field in fields):
                seen[link.source_id] = None
        return list(seen)

    def country_of(self, record_id: str) -> str | None:
        """The country an actor belongs to: itself, its `country`, its parent's, or its offices'."""
        seen: set[str] = set()
        current: str | None = record_id
        while current and current not in seen:
            seen.add(current)
            record = self.records[current]
            if isinstance(record, Country):
                return current
            if not isinstance(record, Actor):
                return None
            if record.country:
                return record.country
            if record.positions:
                position = record.positions[-1]
                current = position.country or position.body
                continue
            current = record.parent
        return None

    def sectors_named_in(self, title: str) -> list[str]:
        """The sectors whose `title_words` a title has, as words ('rail' is not in 'trail'), in the topics' order; the
        names of bodies in it left out."""
        if self._title_words is None:
            self._title_words = [(topic_id, re.compile(r"\b(?:" + "|".join(re.escape(w) for w in topic.title_words) + r")\b", re.IGNORECASE))
                                 for topic_id, topic in self.of_type(Topic) if topic.title_words]
        title = TITLE_BODY_NAME.sub(" ", title)
        return [topic_id for topic_id, words in self._title_words if words.search(title)]

    def countries_of_agreement(self, agreement_id: str) -> list[str]:
        agreement = self.agreement(agreement_id)
        found = (self.country_of(p) for p in agreement.parties)
        return list(dict.fromkeys(c for c in found if c))

    def _index_agreements_by_country(self) -> Mapping[str, tuple[str, ...]]:
        index: dict[str, list[str]] = defaultdict(list)
        for agreement_id in self.ids_of_type(Agreement):
            for country in self.countries_of_agreement(agreement_id):
                index[country].append(agreement_id)
        return MappingProxyType({k: tuple(self.by_date(v)) for k, v in index.items()})

    def agreements_of(self, record_id: str) -> list[str]:
        """Agreements a country or actor is party to, signed or witnessed, newest first."""
        if isinstance(self.records[record_id], Country):
            return list(self._agreements_by_country.get(record_id, ()))
        return self.by_date(self.referrers(record_id, Agreement, "parties", "signatories.person", "witnesses"))

    def signed_by(self, person_id: str) -> list[tuple[str, Any]]:
        """(agreement id, signatory entry) for every agreement the person signed."""
        result = []
        for agreement_id in self.referrers(person_id, Agreement, "signatories.person"):
            for signatory in self.agreement(agreement_id).signatories:
                if signatory.person == person_id:
                    result.append((agreement_id, signatory))
        return sorted(result, key=lambda pair: self._date_key(pair[0]), reverse=True)

    def partners_of(self, country_id: str) -> list[tuple[str, int]]:
        """Other countries on the same agreements, with the number of agreements shared."""
        counts: Counter[str] = Counter()
        for agreement_id in self.agreements_of(country_id):
            for other in self.countries_of_agreement(agreement_id):
                if other != country_id:
                    counts[other] += 1
        return sorted(counts.items(), key=lambda item: (-item[1], self.name(item[0])))

    def events_of(self, record_id: str) -> list[str]:
        """Events a country hosts or takes part in, or an actor attends, chairs or convenes."""
        ids = self.referrers(record_id, Event)
        if isinstance(self.records[record_id], Country):
            for actor_id in self.actors_in(record_id):
                ids += self.referrers(actor_id, Event, "participants", "chairs")
        return self.by_date(list(dict.fromkeys(ids)))

    def actors_in(self, country_id: str) -> list[str]:
        """Actors whose country is `country_id`, by name."""
        ids = [i for i in self.ids_of_type(Actor) if self.country_of(i) == country_id]
        return sorted(ids, key=self.name)

    def projects_of(self, record_id: str) -> list[str]:
        return self.referrers(record_id, Project)

    def members_of(self, organisation_id: str) -> list[str]:
        """Countries and actors that list a membership of the organisation, or that the mechanism lists."""
        members = [link.source_id for link in self.backlinks(organisation_id) if link.field == "memberships.organisation"]
        record = self.records[organisation_id]
        return list(dict.fromkeys(list(getattr(record, "members", [])) + members))

    def related_agreements(self, agreement_id: str) -> list[tuple[str, str, str]]:
        """(direction, relation kind, other id): what this agreement follows from and what it led to."""
        agreement = self.agreement(agreement_id)
        result = [("outgoing", rel.kind.value, rel.agreement) for rel in agreement.related]
        for other in self.referrers(agreement_id, Agreement, "related.agreement"):
            for rel in self.agreement(other).related:
                if rel.agreement == agreement_id:
                    result.append(("incoming", rel.kind.value, other))
        return result

    def tagged(self, topic_id: str, cls: type) -> list[str]:
        """Records of type `cls` tagged with the topic (or with a narrower topic)."""
        topics = {topic_id} | set(self.narrower_topics(topic_id))
        ids: dict[str, None] = {}
        for topic in topics:
            for i in self.referrers(topic, cls, "sectors", "minerals", "corridors"):
                ids[i] = None
        return self.by_date(list(ids)) if cls in (Agreement, Event) else sorted(ids, key=self.name)

    def agreements_tagged(self, topic_id: str) -> list[str]:
        return self.tagged(topic_id, Agreement)

    def events_tagged(self, topic_id: str) -> list[str]:
        return self.tagged(topic_id, Event)

    def projects_tagged(self, topic_id: str) -> list[str]:
        return self.tagged(topic_id, Project)

    def agreements_at(self, event_id: str) -> list[str]:
        """Agreements signed or adopted at the event, newest first."""
        return self.by_date(self.referrers(event_id, Agreement, "event"))

    def people_in(self, body_id: str) -> list[str]:
        """People with a recorded position in the body (or the country)."""
        return self.referrers(body_id, Actor, "positions.body")

    def subsidiaries_of(self, actor_id: str) -> list[str]:
        """Bodies and companies whose `parent` is the actor."""
        return self.referrers(actor_id, Actor, "parent")

    def groups_of(self, actor_id: str) -> list[str]:
        """Mechanisms and organisations that list the actor among their members."""
        return self.referrers(actor_id, Actor, "members")

    def other_names(self, record_id: str) -> list[str]:
        """Every other name of the record: aliases, abbreviation, names in other languages and ISO names."""
        record = self.records[record_id]
        fields = kind_of(record).names
        names: list[str] = []
        if isinstance(record, Country):
            facts = self.facts[record_id]
            names += [facts.short_name, facts.official_name or ""]
        if fields.abbreviation:
            names.append(getattr(record, fields.abbreviation) or "")
        for name in fields.aliases:
            names += getattr(record, name)
        for name in fields.native:
            names += list(getattr(record, name).values())
        if isinstance(record, Country):
            names += list(self.facts[record_id].official_language_names.values())
        primary = self.name(record_id)
        return [n for n in dict.fromkeys(names) if n and n != primary]

    def narrower_topics(self, topic_id: str) -> list[str]:
        return [i for i in self.referrers(topic_id, Topic, "parent")]

    def countries_with_resource(self, mineral_id: str) -> list[tuple[str, Any]]:
        return [
            (i, resource)
            for i, r in self.records.items()
            if isinstance(r, Country)
            for resource in r.resources
            if resource.mineral == mineral_id
        ]

    def topics(self, kind: TopicKind) -> list[str]:
        return sorted((i for i, r in self.of_type(Topic) if r.kind is kind), key=self.name)

    def sources_of(self, record_id: str) -> list[str]:
        """Every source the record cites, in its own fields or nested ones, first mention first."""
        return list(self._sources_of[record_id])

    def sources_newest_first(self) -> list[str]:
        """Sources by date of publication, newest first (then by id, last first): the sources list's order."""
        return self.in_order(self.ids_of_type(Source), "published")

    def published_by(self, publisher_id: str) -> list[str]:
        """The sources of the publisher, newest first."""
        return [i for i in self.sources_newest_first() if getattr(self.records[i], "publisher", None) == publisher_id]

    def publisher_kind(self, source_id: str) -> str:
        """The kind of the source's publisher: 'state news agency', 'relay' …"""
        return str(self.records[self.records[source_id].publisher].kind.value)  # type: ignore[attr-defined]

    def firsthand(self, record_id: str) -> bool:
        """Whether the record cites a report of a government, ministry, parliament, organisation or company, or of a
        state news agency (accords.model.FIRSTHAND_PUBLISHERS): the explorer's "official or agency" filter."""
        return any(self.publisher_kind(s) in FIRSTHAND_PUBLISHERS for s in getattr(self.records[record_id], "sources", ()))

    def cited_by(self, source_id: str) -> list[str]:
        return list(dict.fromkeys(link.source_id for link in self.backlinks(source_id)))

    # --- Dates -----------------------------------------------------------------------------------

    def date_of(self, record_id: str) -> tuple[PartialDate | None, bool]:
        """The record's date, and whether it was taken from the record its kind's `date_from` names. The date is
        the field its kind is dated by (a range up to `date_end` where that is given: an event's days); else the
        first date of its `date_history` (the day a text was approved); else its event's days (an agreement
        signed during the event, with no date of its own)."""
        record = self.records[record_id]
        kind = kind_of(record)
        date = getattr(record, kind.date) if kind.date else None
        if date is not None and kind.date_end:
            date = PartialDate.span(date, getattr(record, kind.date_end))
        if date is None and (step := self.dating_step(record_id)):
            return step.date, False
        if date is None and kind.date_from and (other := getattr(record, kind.date_from)):
            other_date, _ = self.date_of(other)
            return other_date, other_date is not None
        return date, False

    def during(self, record_id: str) -> str:
        """How the text names the event a record is dated by ('the summit', 'the visit', 'the event'), or ''."""
        _, from_event = self.date_of(record_id)
        date_from = kind_of(self.records[record_id]).date_from
        if not from_event or date_from is None:
            return ""
        event = self.records[getattr(self.records[record_id], date_from)]
        kind = getattr(getattr(event, "kind", None), "value", "other")
        return f"the {kind if kind != 'other' else 'event'}"

    def place_of(self, record_id: str) -> tuple[str | None, bool]:
        """The record's place, and whether it is its event's (the record's own sources do not name one)."""
        record = self.records[record_id]
        place = getattr(record, "place", None)
        if place or not isinstance(record, Agreement) or not record.event:
            return place, False
        event_place = getattr(self.records[record.event], "place", None)
        return event_place, event_place is not None

    def dating_step(self, record_id: str) -> Any:
        """The step of the record's history that dates it, where its own date field is empty (an approved text's
        approval, a StatusChange), or None."""
        kind = kind_of(self.records[record_id])
        if not kind.date_history or (kind.date and getattr(self.records[record_id], kind.date) is not None):
            return None
        return next((s for s in getattr(self.records[record_id], kind.date_history) if s.date is not None), None)

    def _date_key(self, record_id: str) -> tuple[int, int, int]:
        date, _ = self.date_of(record_id)
        return date.sort_key() if date else (0, 0, 0)

    def in_order(self, ids: Iterable[str], order: str) -> list[str]:
        """`ids` in a listing's order (accords.kinds.Listing): date (newest first), name (ignoring case), or
        published (sources: by date of publication, newest first, then by id, last first)."""
        if order == "date":
            return self.by_date(ids)
        if order == "published":
            return sorted(ids, key=lambda i: (str(getattr(self.records[i], "date", "")), i), reverse=True)
        if order == "name":
            return sorted(ids, key=lambda i: (self.name(i).casefold(), self.name(i), i))
        raise ValueError(f"unknown order '{order}': date, name or published")

    def last_report(self, record: Any) -> PartialDate | None:
        """The latest publication date among the sources the record and its history cite: how recent the newest
        sourced fact about it is. By the earliest day it can be: a copy without a date of its own is dated by a range."""
        cited = list(getattr(record, "sources", []))
        for change in getattr(record, "status_history", []):
            cited += change.sources
        published = [self.source(s).date for s in dict.fromkeys(cited) if s in self.records]
        return max(published, key=lambda d: d.earliest()) if published else None

    def by_date(self, ids: Iterable[str]) -> list[str]:
        """Newest first; undated last; ties by id so that builds are reproducible."""
        return sorted(ids, key=lambda i: (tuple(-x for x in self._date_key(i)), i))

    def timeline(self) -> list[TimelineEntry]:
        """Agreements and events, newest first (computed once: several pages ask for it)."""
        if self._timeline is None:
            self._timeline = tuple(self._build_timeline())
        return list(self._timeline)

    def _build_timeline(self) -> list[TimelineEntry]:
        """The records by their dates, and each dated step after an agreement's signing (a chamber's vote, a law on
        ratification, entry into force) by its own date, beside them."""
        entries = []
        ids = [i for kind in RECORD_KINDS if kind.timeline for i in self.ids_of_type(kind.cls)]
        for record_id in self.by_date(ids):
            date, from_event = self.date_of(record_id)
            entries.append(TimelineEntry(date, record_id, kind_of(self.records[record_id]).name, from_event))
        steps = [TimelineEntry(change.date, agreement_id, "step", step=index) for agreement_id, index, change in self.dated_steps()]
        if not steps:
            return entries
        def key(entry: TimelineEntry) -> tuple:
            sort = entry.date.sort_key() if entry.date else (0, 0, 0)
            return (tuple(-x for x in sort), entry.record_id, entry.step if entry.step is not None else -1)
        return sorted(entries + steps, key=key)

    def dated_steps(self) -> list[tuple[str, int, Any]]:
        """(agreement id, index in its status_history, the step) for each dated step after a signing, in the data's order."""
        return [(agreement_id, index, change) for agreement_id, agreement in self.of_type(Agreement)
                for index, change in enumerate(agreement.status_history) if change.stage is not None and change.date is not None]

    def planned_events(self) -> list[str]:
        return [i for i, r in self.of_type(Event) if r.status is EventStatus.planned]

    def plan_passed(self, record_id: str, today: dt.date) -> bool:
        """Whether the record is a planned event whose every possible day is before `today`: no longer upcoming, and
        (the record holding no later report) not known to have been held either."""
        record = self.records[record_id]
        if not isinstance(record, Event) or record.status is not EventStatus.planned or record.date is None:
            return False
        return (record.end_date or record.date).latest() < today

    def counts(self) -> dict[str, int]:
        """How many records of each kind: {'countries': 11, 'actors': 300, 'agreements': 210 …}, in the registry's order."""
        return {kind.noun: len(self.ids_of_type(kind.cls)) for kind in RECORD_KINDS}


def _field_name(loc: tuple[str | int, ...]) -> str:
    """('signatories', 0, 'person') -> 'signatories.person' (list positions dropped)."""
    return ".".join(p for p in loc if isinstance(p, str))
