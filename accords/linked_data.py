"""What a page says about itself to search engines, dataset search and link previews: schema.org JSON-LD and a
one-line description (for `<meta name="description">` and the Open Graph and Twitter cards).

Each kind of record takes the closest schema.org type, as its entry in `accords.kinds` declares it: an agreement
is a `Legislation` (schema.org's type for legal documents, treaties included, after the European Legislation
Identifier), an event an `Event`, a person a `Person`, a government body a `GovernmentOrganization`, a company a
`Corporation`, a country a `Country`, a project a `Project`, a topic a `DefinedTerm`; the open-data page is a
`Dataset` with its downloads. Dates keep
their precision ("2025-06" stays a month: ISO 8601 and schema.org's Date allow it). Names in other languages
carry their language tag. Addresses are relative to the page unless the site has an address (`site_url`).
Nothing here is more than the data says: no `sameAs` unless a record carries one (none does yet).
"""

from __future__ import annotations

import json
from typing import Any

from . import lifecycle
from .addresses import Addresses, page_url, relative_path
from .dataset import Dataset
from .exports.context import Output
from .kinds import KIND_NAMES, label
from .model import Actor, ActorKind, Agreement, AgreementStatus, Country, Event, EventStatus, Project, Topic

SITE_NAME = "Central Asia Cooperation Tracker"
LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"

LEGAL_FORCE = {AgreementStatus.in_force: "InForce", AgreementStatus.expired: "NotInForce", AgreementStatus.superseded: "NotInForce"}
EVENT_STATUS = {EventStatus.planned: "EventScheduled", EventStatus.cancelled: "EventCancelled"}


class LinkedData:
    """JSON-LD and descriptions for the pages of one build."""

    def __init__(self, dataset: Dataset, addresses: Addresses, site_url: str = "", downloads: list[Output] | None = None):
        self.data = dataset
        self.addresses = addresses
        self.site_url = site_url.rstrip("/") + "/" if site_url else ""
        self.downloads = downloads or []  # the open-data files offered by name, for the open-data page

    # --- Addresses ----------------------------------------------------------------------------------

    def _link(self, target: str, page: str) -> str:
        """The site path `target` ('agreements/x/') as seen from the page at `page` ('countries/kz/')."""
        return self.site_url + target if self.site_url else relative_path(page, target)

    def _ref(self, record_id: str, page: str) -> dict[str, Any]:
        """A record named where another mentions it: its type, name and address."""
        return {"@type": self._type(record_id), "name": self.data.name(record_id), "url": self._link(self.addresses.url(record_id), page)}

    def _type(self, record_id: str) -> str:
        """The schema.org type its kind declares (accords.kinds)."""
        return KIND_NAMES[self.data.kind(record_id)].schema_org

    # --- Pages ---------------------------------------------------------------------------------------

    def for_page(self, page_path: str, title: str, record_id: str | None = None) -> str:
        """The JSON-LD of the page whose Markdown path is `page_path`, as text for a `<script>` element."""
        page = page_url(page_path)
        if record_id is not None:
            data = self.record(record_id, page)
        elif page_path == "index.md":
            data = {"@type": "WebSite", "name": SITE_NAME, "url": self._link("", page), "license": LICENCE_URL}
        elif page_path == "data/index.md":
            data = self.dataset(page)
        else:
            data = {"@type": "WebPage", "name": title, "url": self._link(page, page),
                    "isPartOf": {"@type": "WebSite", "name": SITE_NAME, "url": self._link("", page)}}
        return script_json({"@context": "https://schema.org", **data})

    def record(self, record_id: str, page: str) -> dict[str, Any]:
        """A record's item: its kind's schema.org type, name, other names and description, then what its kind says
        in schema.org's words (an agreement's date, parties and legal force; an event's dates and place …), and
        the sources of an agreement, event or project."""
        record = self.data.get(record_id)
        data: dict[str, Any] = {"@type": self._type(record_id), "@id": self._link(page, page) + "#record",
                                "name": self.data.name(record_id), "url": self._link(page, page),
                                "alternateName": self._other_names(record_id), "description": self.description(record_id)}
        properties = self._properties.get(type(record))
        if properties is not None:
            data.update(properties(record_id, record, page))
        if isinstance(record, Agreement | Event | Project):
            data["isBasedOn"] = self._sources(record_id, page)
        return {k: v for k, v in data.items() if v not in ([], None, "")}

    @property
    def _properties(self) -> dict[type, Any]:
        return {Agreement: self._agreement, Event: self._event, Actor: self._actor, Country: self._country, Topic: self._topic}

    def _agreement(self, record_id: str, record: Agreement, page: str) -> dict[str, Any]:
        signed = record.date_signed
        return {"legislationType": record.kind.value,
                # schema.org's Date is one date: a range (2023-05-18/2023-05-19, ISO 8601) is the period it falls in.
                "legislationDate": str(signed) if signed and not signed.is_range else None,
                "temporalCoverage": str(signed) if signed and signed.is_range else None,
                "legislationPassedBy": [self._ref(p, page) for p in record.parties],
                "legislationLegalForce": self._legal_force(record),
                "about": [self._ref(t, page) for t in [*record.sectors, *record.minerals, *record.corridors]]}

    def _legal_force(self, record: Agreement) -> str | None:
        """schema.org's word for the steps after the signing (accords.lifecycle): in force for every party, for some
        (PartiallyInForce), terminated; else the record's status where it says."""
        life = lifecycle.of(self.data, record)
        if life.status == "terminated":
            return "NotInForce"
        if life.status == "in force":
            return "InForce"
        if any(p.in_force for p in life.parties):
            return "PartiallyInForce"
        return LEGAL_FORCE.get(record.status)

    def _event(self, record_id: str, record: Event, page: str) -> dict[str, Any]:
        place: dict[str, Any] = {"@type": "Place"}
        if record.place:
            place["name"] = record.place
        if record.country:
            place["containedInPlace"] = self._ref(record.country, page)
        days = self.data.date_of(record_id)[0]
        return {"startDate": str(days.first()) if days else None, "endDate": str(days.last()) if days and days.is_range else None,
                "eventStatus": EVENT_STATUS.get(record.status), "location": place if len(place) > 1 else None,
                "attendee": [self._ref(p, page) for p in record.participants]}

    def _actor(self, record_id: str, record: Actor, page: str) -> dict[str, Any]:
        person = record.kind == ActorKind.person
        return {"nationality" if person else "location": self._ref(record.country, page) if record.country else None,
                "parentOrganization": self._ref(record.parent, page) if record.parent else None,
                "member": [self._ref(m, page) for m in record.members],
                "jobTitle": record.positions[-1].office if person and record.positions else None}

    def _country(self, record_id: str, record: Country, page: str) -> dict[str, Any]:
        facts = self.data.facts[record_id]
        return {"identifier": [{"@type": "PropertyValue", "propertyID": "ISO 3166-1 alpha-2", "value": facts.iso2},
                               {"@type": "PropertyValue", "propertyID": "ISO 3166-1 alpha-3", "value": facts.iso3}]}

    def _topic(self, record_id: str, record: Topic, page: str) -> dict[str, Any]:
        return {"broader": self._ref(record.parent, page) if record.parent else None}

    def dataset(self, page: str) -> dict[str, Any]:
        """The open-data page: the dataset, its downloads, licence and creator."""
        counts = self.data.counts()
        return {
            "@type": "Dataset",
            "name": f"{SITE_NAME}: open data",
            "description": "Cooperation agreements between the states of Central Asia and their partners, with the "
                           "actors, events, countries and sources behind them: " + ", ".join(f"{n} {k}" for k, n in counts.items()) + ".",
            "url": self._link(page, page),
            "license": LICENCE_URL,
            "isAccessibleForFree": True,
            "creator": {"@type": "Organization", "name": SITE_NAME, "url": self._link("", page)},
            "distribution": [{"@type": "DataDownload", "name": o.title, "description": o.description, "encodingFormat": o.media_type,
                              "contentUrl": self._link(o.path, page), "license": [licence["path"] for licence in o.licences]}
                             for o in self.downloads],
        }

    # --- Text ----------------------------------------------------------------------------------------

    def description(self, record_id: str) -> str:
        """One line in our words from the record's facts: what it is, when, and who (for previews and search)."""
        record = self.data.get(record_id)
        if isinstance(record, Agreement):
            date = self._when(record_id, record)
            parties = ", ".join(self.data.name(p) for p in record.parties[:6]) + (" …" if len(record.parties) > 6 else "")
            return f"{record.kind.value.capitalize()}{date}; parties: {parties}."
        if isinstance(record, Event):
            days = self.data.date_of(record_id)[0]
            when = f" ({days.display()})" if days else ""
            where = f" in {record.place}" if record.place else ""
            return f"{record.kind.value.capitalize()}{where}{when}, {record.status.value}."
        if isinstance(record, Actor):
            country = self.data.country_of(record_id)
            of = f" ({self.data.name(country)})" if country and country != record_id else ""
            return f"{label(record.kind.value).capitalize()}{of}: agreements, events and sources in the tracker."
        if isinstance(record, Country):
            return f"{self.data.name(record_id)}: its agreements, partners, events and sources in the tracker."
        return ""

    def _when(self, record_id: str, record: Agreement) -> str:
        """', signed 2022-09', ', approved 2022-07-21', ', during Tashkent Forum (10–11 June 2025)', or nothing."""
        if record.date_signed:
            return f", signed {record.date_signed}"
        date, from_event = self.data.date_of(record_id)
        if date is None:
            return ""
        if from_event and record.event:
            return f", during {self.data.name(record.event)} ({date.display()})"
        step = self.data.dating_step(record_id)
        return f", {step.status.value if step else 'dated'} {date}"

    def _other_names(self, record_id: str) -> list[Any]:
        """Names in other languages as language-tagged values; aliases as plain text."""
        record = self.data.get(record_id)
        tagged = dict(getattr(record, "names", {}) or getattr(record, "titles", {}) or {})
        if isinstance(record, Country):
            tagged = {**self.data.facts[record_id].official_language_names, **tagged}
        values: list[Any] = [{"@value": name, "@language": language} for language, name in sorted(tagged.items())]
        values += [a for a in dict.fromkeys([*getattr(record, "aliases", []), getattr(record, "abbreviation", None)]) if a]
        return values

    def _sources(self, record_id: str, page: str) -> list[dict[str, Any]]:
        sources = []
        for source_id in self.data.sources_of(record_id):
            source = self.data.source(source_id)
            entry: dict[str, Any] = {"@type": "CreativeWork", "publisher": self._ref(source.publisher, page),
                                     "datePublished": str(source.date)}
            if source.title:
                entry["name"] = source.title
            if source.url:
                entry["url"] = source.url
            sources.append(entry)
        return sources


def script_json(data: Any) -> str:
    """JSON that can stand inside a `<script>` element: '<', '>' and '&' escaped, so that no text from the
    data can end the element or open a comment."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
