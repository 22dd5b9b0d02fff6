"""Draft records as YAML files in the data layout, each filled field under the sentence it came from.

The files are working files for a reviewer: the sentences are the source's words, quoted as evidence
in comments; what goes into `data/` is the facts, checked, with a summary in the contributor's words.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from slugify import slugify

from ..dataset import Dataset
from ..dates import PartialDate
from ..duplicates import close_dates, title_words
from ..model import AgreementStatus, Evidence
from ..names import NameIndex
from .extract import DraftActor, DraftAgreement, DraftEvent, DraftProject, Drafts, Fact
from .reading import Article
from .sentences import Sentence

SCHEMAS = Path(__file__).resolve().parent.parent.parent / "schemas"
MAX_ID = 80


@dataclass
class DraftFile:
    collection: str
    record_id: str
    lines: list[str]
    summary: list[str]  # for the review at the end: field, value and where it came from


@dataclass
class Plan:
    """What a draft run would write, and what it found already recorded."""

    source_id: str
    source_is_new: bool
    files: list[DraftFile] = field(default_factory=list)
    duplicates: list[tuple[str, str, list[str]]] = field(default_factory=list)  # (what, existing id, proposed additions)
    linked: dict[str, int] = field(default_factory=dict)  # existing record -> sentences naming it


def _q(value: object) -> str:
    """A YAML scalar: JSON strings are valid YAML and quote whatever needs it."""
    return json.dumps(str(value), ensure_ascii=False)


def _evidence(fact: Fact | Sentence | None, indent: str = "", quoted: set[Sentence] | None = None) -> list[str]:
    """The sentence a value came from, as a comment: in full the first time in a file, then by its place."""
    if fact is None:
        return []
    sentence = fact if isinstance(fact, Sentence) else fact.sentence
    if quoted is not None and sentence in quoted:
        lines = [f"{indent}# ({sentence.place}, quoted above)"]
    else:
        lines = [f"{indent}# ({sentence.place}) «{' '.join(sentence.text.split())}»"]
        if quoted is not None:
            quoted.add(sentence)
    if isinstance(fact, Fact) and fact.note:
        lines.append(f"{indent}#   read as: {fact.note}")
    return lines


class Planner:
    def __init__(self, dataset: Dataset, names: NameIndex, article: Article, drafts: Drafts, published: PartialDate):
        self.dataset = dataset
        self.names = names
        self.article = article
        self.drafts = drafts
        self.published = published
        self.taken: set[str] = set(dataset.records)
        self.ids: dict[int, str] = {}  # id(draft object) -> its new record id

    def _new_id(self, text: str) -> str:
        base = slugify(text, max_length=MAX_ID, word_boundary=True) or "record"
        candidate, number = base, 2
        while candidate in self.taken:
            candidate, number = f"{base}-{number}", number + 1
        self.taken.add(candidate)
        return candidate

    def _ref(self, value: object) -> str:
        if isinstance(value, str):
            return value
        return self.ids[id(value)]

    def _label(self, value: object) -> str:
        if isinstance(value, str):
            return f"{self.dataset.name(value)} (existing: {value})"
        if isinstance(value, DraftActor | DraftEvent):
            return f"{value.name.value} (new)"
        return str(value)

    # --- The source --------------------------------------------------------------------------------

    def source(self) -> tuple[str, bool, list[str]]:
        """The source's id, whether it is new, and its file's lines."""
        a = self.article
        from ..model import Source

        for source_id, record in self.dataset.of_type(Source):
            same_url = a.url and record.url == a.url
            publisher, recorded = self.names.rules.key(a.publisher or ""), self.names.rules.key(record.publisher)
            same_publisher = bool(publisher) and (publisher in recorded or recorded in publisher)
            same_title = bool(a.title and record.title and self.names.rules.key(a.title) == self.names.rules.key(record.title))
            same_report = str(record.date) == str(self.published) and (same_title or (same_publisher and not (a.title and record.title)))
            if same_url or same_report:
                return source_id, False, []
        source_id = self._new_id(f"{a.publisher or 'source'} {self.published}")
        lines = [
            "# yaml-language-server: $schema={schema}",
            f"# DRAFT by `accords draft` from {a.location}. Check it, then move it to data/sources/.",
        ]
        for name, value in (("publisher", a.publisher), ("title", a.title), ("date", self.published), ("url", a.url), ("via", a.via)):
            if value is None:
                continue
            where = a.found.get(name)
            lines.append(f"# {name}: from {where}" if where else f"# {name}: given on the command line")
            lines.append(f"{name}: {_q(value) if name != 'date' else value}")
        if not a.title:
            lines.append("# title: the page gives none that was found; add it if it has one")
        lines.append("language: en")
        return source_id, True, lines

    # --- Records -----------------------------------------------------------------------------------

    def plan(self) -> Plan:
        source_id, is_new, source_lines = self.source()
        plan = Plan(source_id, is_new)
        if is_new:
            plan.files.append(DraftFile("sources", source_id, source_lines, [f"source {source_id}: {self.article.publisher}, {self.published}"]))
        # Ids first: records refer to each other.
        for actor in self.drafts.actors:
            existing = self.names.resolve(str(actor.name.value), ACTOR_KINDS)
            if existing:
                actor.existing = existing
                self.ids[id(actor)] = existing
            else:
                self.ids[id(actor)] = self._new_id(str(actor.name.value))
        for event in self.drafts.events:
            self.ids[id(event)] = event.existing or self._new_id(f"{event.name.value} {event.date.value.year if event.date else ''}")
        agreements = []
        for agreement in self.drafts.agreements:
            existing, matched = self._existing_agreement(agreement)
            if existing:
                plan.duplicates.append((f"{agreement.kind.value} '{agreement.title.value if agreement.title else ''}'", existing,
                                        self._proposed(agreement, existing, source_id) + [f"matched: {m}" for m in matched]))
                self.ids[id(agreement)] = existing
                continue
            self.ids[id(agreement)] = self._new_id(self._agreement_id_words(agreement))
            agreements.append(agreement)
        used_actors = {id(v) for a in agreements for v in [*(p.value for p in a.parties), *(s[0].value for s in a.signatories),
                                                         *(w.value for w in a.witnesses)] if isinstance(v, DraftActor)}
        used_events = {id(a.event.value) for a in agreements if a.event and isinstance(a.event.value, DraftEvent)}
        for actor in self.drafts.actors:
            if actor.existing is None and id(actor) in used_actors:
                plan.files.append(self._actor_file(actor, source_id))
        for event in self.drafts.events:
            if event.existing is None and (id(event) in used_events or event.date is not None or event.planned):
                plan.files.append(self._event_file(event, source_id))
        for agreement in agreements:
            plan.files.append(self._agreement_file(agreement, source_id))
        for project in self.drafts.projects:
            plan.files.append(self._project_file(project, source_id))
        plan.linked = {record_id: len(sentences) for record_id, sentences in sorted(self.drafts.linked.items())}
        return plan

    def _agreement_id_words(self, agreement: DraftAgreement) -> str:
        """An id that says who and what: 'kazakhstan-uzbekistan-transboundary-water-bodies-agreement-2025'
        (the parties' short names, the title's own words, the kind, the year), not the title's first words."""
        import re as _re

        from ..duplicates import COMMON_TITLE_WORDS

        minor = {"of", "the", "and", "for", "republic", "ministry", "government"}
        parties: list[str] = []
        party_words: set[str] = set()
        for fact in agreement.parties[:3]:
            value = fact.value
            name = self.dataset.name(value) if isinstance(value, str) else str(value.name.value) if value else ""
            party_words |= {w.lower() for w in _re.findall(r"\w+", name)}
            country = self.dataset.country_of(value) if isinstance(value, str) else getattr(value, "country", None)
            short = self.dataset.name(country) if country else " ".join([w for w in name.split() if w.lower() not in minor][:2])
            if short not in parties:
                parties.append(short)
        title = str(agreement.title.value) if agreement.title else ""
        skip = COMMON_TITLE_WORDS | minor | {"establishment", "field", "on", "between", "contract", "programme", "program", "decision"} | party_words
        words = list(dict.fromkeys(w for w in _re.findall(r"\w+", title) if w.lower() not in skip))[:6]
        kind = {"memorandum of understanding": "mou"}.get(str(agreement.kind.value), str(agreement.kind.value))
        year = agreement.date_signed.value.year if agreement.date_signed else ""
        return " ".join([*parties, *words, kind if kind != "other" else "", str(year)])

    def _existing_agreement(self, agreement: DraftAgreement) -> tuple[str | None, list[str]]:
        """The recorded agreement this draft probably is: one the text names, or one between the same
        parties dated within a few days whose title says the same."""
        if agreement.existing:
            return agreement.existing, ["the text names it"]
        from rapidfuzz import fuzz

        from ..model import Agreement

        parties = {p.value for p in agreement.parties if isinstance(p.value, str)}
        countries = {c for p in parties if (c := self.dataset.country_of(p))}
        candidates = sorted(self.dataset.of_type(Agreement), key=lambda pair: set(pair[1].parties) != parties)  # same parties first
        for record_id, record in candidates:
            date, _ = self.dataset.date_of(record_id)
            same_parties = parties and parties == set(record.parties)
            same_countries = countries and countries == set(self.dataset.countries_of_agreement(record_id))
            if not (same_parties or same_countries):
                continue
            if agreement.date_signed and not close_dates(agreement.date_signed.value, date):
                continue
            title = str(agreement.title.value) if agreement.title else ""
            own, other = self._own_words(title, agreement), self._own_words(record.title, agreement)
            alike = 100.0 if not own and not other else fuzz.token_set_ratio(own, other) if own and other else 0.0
            close = agreement.date_signed is not None and date is not None
            says_little = not own  # a title made of the parties' names ("Memorandum of understanding between A and B")
            if record.kind.value == agreement.kind.value and (alike >= 85 or (same_parties and close and (alike >= 60 or says_little))):
                return record_id, [("the same parties" if same_parties else "the same countries"),
                                   f"dated {date}" if date else "undated", f"both a {record.kind.value}", f"titles {alike:.0f}% alike"]
        return None, []

    def _own_words(self, title: str, agreement: DraftAgreement) -> str:
        """What a title is about (duplicates.title_words), less the draft's parties' names and the words
        of intergovernmental titles ('the Government of the People's Republic of …')."""
        party_words = set()
        for fact in agreement.parties:
            name = self.dataset.name(fact.value) if isinstance(fact.value, str) else str(fact.value.name.value) if fact.value else ""
            party_words |= set(self.names.rules.key(name).split())
        return title_words(self.names, title, party_words, ("government", "governments", "people", "s", "ministry", "ministries"))

    def _proposed(self, agreement: DraftAgreement, existing: str, source_id: str) -> list[str]:
        """Facts the text adds to a recorded agreement."""
        record = self.dataset.get(existing)
        added = []
        if agreement.date_signed and record.date_signed is None:
            added.append(f"date_signed: {agreement.date_signed.value} ({agreement.date_signed.sentence.place})")
        if agreement.place and record.place is None:
            added.append(f"place: {agreement.place.value} ({agreement.place.sentence.place})")
        if agreement.event and record.event is None and isinstance(agreement.event.value, str):
            added.append(f"event: {agreement.event.value} ({agreement.event.sentence.place})")
        people = {s.person for s in record.signatories}
        for person, office, _ in agreement.signatories:
            if isinstance(person.value, str) and person.value not in people:
                added.append(f"signatory: {person.value}, {office} ({person.sentence.place})")
        for witness in agreement.witnesses:
            if isinstance(witness.value, str) and witness.value not in record.witnesses:
                added.append(f"witness: {witness.value} ({witness.sentence.place})")
        for fact in agreement.sectors:
            if fact.value not in record.sectors:
                added.append(f"sector: {fact.value} ({fact.sentence.place})")
        for fact in agreement.minerals:
            if fact.value not in record.minerals:
                added.append(f"mineral: {fact.value} ({fact.sentence.place})")
        if source_id not in record.sources:
            added.append(f"source: {source_id}")
        return added

    def _agreement_file(self, a: DraftAgreement, source_id: str) -> DraftFile:
        record_id = self.ids[id(a)]
        lines = [
            "# yaml-language-server: $schema={schema}",
            f"# DRAFT by `accords draft` from {self.article.location}. Each field stands under the sentence it came from:",
            "# check each against it, write the summary in your own words, then move the file to data/agreements/.",
        ]
        summary = [f"agreement {record_id}"]
        quoted: set[Sentence] = set()

        def field_(name: str, value: str, fact: Fact | None, shown: str | None = None) -> None:
            lines.extend(_evidence(fact, "", quoted))
            lines.append(f"{name}: {value}")
            summary.append(f"  {name}: {shown or value}" + (f"  ← {fact.sentence.place}" if fact else ""))

        field_("title", _q(a.title.value) if a.title else _q(a.kind.value), a.title)
        if a.title_is_official:
            lines.append("title_is_official: true   # the text gives it as the document's name: check")
        field_("kind", str(a.kind.value), a.kind)
        if a.date_signed:
            field_("date_signed", str(a.date_signed.value), a.date_signed)
        if a.place:
            field_("place", _q(a.place.value), a.place)
        if a.event:
            field_("event", self._ref(a.event.value), a.event, self._label(a.event.value))
        lines.append("parties:")
        summary.append("  parties: " + ", ".join(self._label(p.value) for p in a.parties))
        for party in a.parties:
            lines.extend(_evidence(party, "  ", quoted))
            lines.append(f"  - {self._ref(party.value)}")
        if a.signatories:
            lines.append("signatories:")
            for person, office, on_behalf in a.signatories:
                lines.extend(_evidence(person, "  ", quoted))
                lines.append(f"  - person: {self._ref(person.value)}")
                lines.append(f"    office: {_q(office)}")
                behalf = on_behalf if on_behalf in [p.value for p in a.parties] else (a.parties[0].value if len(a.parties) == 1 else None)
                if behalf is None:
                    lines.append("    on_behalf_of: " + self._ref(a.parties[0].value) + "   # CHECK: the text does not say for which party")
                else:
                    lines.append(f"    on_behalf_of: {self._ref(behalf)}")
                summary.append(f"  signatory: {self._label(person.value)}, {office}  ← {person.sentence.place}")
        if a.witnesses:
            lines.append("witnesses:")
            for witness in a.witnesses:
                lines.extend(_evidence(witness, "  ", quoted))
                lines.append(f"  - {self._ref(witness.value)}")
            summary.append("  witnesses: " + ", ".join(self._label(w.value) for w in a.witnesses))
        for name, facts in (("sectors", a.sectors), ("minerals", a.minerals)):
            if facts:
                lines.append(f"{name}:")
                for fact in facts:
                    lines.extend(_evidence(fact, "  ", quoted))
                    lines.append(f"  - {fact.value}")
                summary.append(f"  {name}: " + ", ".join(str(f.value) for f in facts))
        status = AgreementStatus.planned if a.planned else AgreementStatus.unknown if a.status_unknown else AgreementStatus.signed
        lines.append(f"status: {status.value}")
        if a.part_of is not None:
            lines.append("related:")
            lines.append("  - kind: part of")
            lines.append(f"    agreement: {self.ids[id(a.part_of)]}")
            summary.append(f"  part of: {self.ids[id(a.part_of)]}")
        evidence = Evidence.official_statement if self.article.via else Evidence.press_report
        lines.append(f"evidence: {evidence.value}   # official statement where the source relays a government's own words")
        lines.append("# summary: |")
        lines.append("#   What it covers, in your own words (the sentences above are the source's).")
        notes = []
        if a.event_note:
            notes.append(a.event_note[:1].upper() + a.event_note[1:] + ".")
        if any(p.note for p in a.parties):
            notes.append("The text names no signatory; the parties are the countries it names.")
        if a.open:
            notes.append("The source does not give: " + ", ".join(o.replace("_", " ") for o in a.open) + ".")
            summary.append("  left open: " + ", ".join(a.open))
        if notes:
            lines.append(f"notes: {_q(' '.join(notes))}")
        lines.append(f"sources: [{source_id}]")
        return DraftFile("agreements", record_id, lines, summary)

    def _actor_file(self, actor: DraftActor, source_id: str) -> DraftFile:
        record_id = self.ids[id(actor)]
        lines = [
            "# yaml-language-server: $schema={schema}",
            f"# DRAFT by `accords draft` from {self.article.location}: a name the dataset does not know. Check it.",
        ]
        lines.extend(_evidence(actor.name))
        lines.append(f"name: {_q(actor.name.value)}")
        lines.append(f"kind: {actor.kind}")
        if actor.country:
            lines.append(f"country: {actor.country}")
        if actor.kind == "person" and actor.office:
            lines += ["positions:", f"  - office: {_q(actor.office)}", f"    as_of: {self.published}", f"    sources: [{source_id}]"]
        lines.append(f"sources: [{source_id}]")
        return DraftFile("actors", record_id, lines, [f"actor {record_id} (new, {actor.kind}): {actor.name.value}  ← {actor.name.sentence.place}"])

    def _project_file(self, project: DraftProject, source_id: str) -> DraftFile:
        record_id = self._new_id(str(project.name.value))
        lines = [
            "# yaml-language-server: $schema={schema}",
            f"# DRAFT by `accords draft` from {self.article.location}. Check each field against the sentence above it.",
        ]
        lines.extend(_evidence(project.name))
        lines += [f"name: {_q(project.name.value)}", f"kind: {project.kind}", "status: unknown   # what the source says of its progress",
                  f"countries: [{', '.join(project.countries)}]", f"sources: [{source_id}]"]
        return DraftFile("projects", record_id, lines, [f"project {record_id}: {project.name.value}  ← {project.name.sentence.place}"])

    def _event_file(self, event: DraftEvent, source_id: str) -> DraftFile:
        record_id = self.ids[id(event)]
        lines = [
            "# yaml-language-server: $schema={schema}",
            f"# DRAFT by `accords draft` from {self.article.location}. Check each field against the sentence above it.",
        ]
        summary = [f"event {record_id} ({'planned' if event.planned else 'held'})"]
        quoted: set[Sentence] = set()
        lines.extend(_evidence(event.name, "", quoted))
        lines.append(f"name: {_q(event.name.value)}")
        lines.append(f"kind: {event.kind.value}")
        lines.append(f"status: {'planned' if event.planned else 'held'}")
        if event.date:
            lines.extend(_evidence(event.date, "", quoted))
            lines.append(f"date: {event.date.value}")
            summary.append(f"  date: {event.date.value}  ← {event.date.sentence.place}")
        if event.place:
            lines.extend(_evidence(event.place, "", quoted))
            lines.append(f"place: {_q(event.place.value)}")
        if event.country:
            lines.append(f"country: {event.country.value}")
        if event.series:
            lines.append(f"series: {event.series}")
        if event.number:
            lines.append(f"number: {event.number}")
        if event.date_note:
            lines.append(f"date_basis: {_q(event.date_note)}")
        lines.append(f"sources: [{source_id}]")
        return DraftFile("events", record_id, lines, summary)


ACTOR_KINDS = frozenset({"government-body", "organisation", "mechanism", "company", "person"})


def schema_address(collection: str, folder: Path) -> str:
    """The collection's schema as a path from `folder`/<collection>, for the file's first line."""
    return Path(os.path.relpath(SCHEMAS / f"{collection}.schema.json", folder / collection)).as_posix()


def render(file: DraftFile, folder: Path) -> str:
    """The file's text, with the schema address relative to where it is written."""
    schema = schema_address(file.collection, folder)
    return "\n".join(line.replace("{schema}", schema) for line in file.lines) + "\n"


def write_new(files: list[tuple[Path, str]]) -> list[Path]:
    """Write every file, or none if any exists already (drafts and imports never overwrite); the
    files that exist are raised as FileExistsError's argument."""
    existing = [path for path, _ in files if path.exists()]
    if existing:
        raise FileExistsError(existing)
    for path, text in files:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("x", encoding="utf-8") as handle:
            handle.write(text)
    return [path for path, _ in files]
