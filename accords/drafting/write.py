"""Draft records as YAML files in the data layout, each filled field under the sentence it came from.

The files are working files for a reviewer: the sentences are the source's words, quoted as evidence
in comments; what goes into `data/` is the facts, checked, with a summary in the contributor's words.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from slugify import slugify

from ..dataset import Dataset
from ..dates import PartialDate
from ..duplicates import close_dates, title_words
from ..kinds import KIND_OF_COLLECTION, RecordKind
from ..model import STAGE_STATUS, Actor, ActorKind, Agreement, AgreementStatus, Evidence, Source, Stage, field_enum, field_reference, item_model
from ..names import NameIndex
from .actors import ACTOR_KINDS
from .documents import CHAMBER_WORDS, ratification_stage, state_of
from .drafts import DraftActor, DraftAgreement, DraftEvent, DraftProject, Drafts, Fact
from .events import meeting_number
from .mentions import other_countries
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


PACKAGE_REPORTED_WITHIN = 14  # days: the documents of an occasion are reported within a fortnight of their signing


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


@dataclass
class Value:
    """A field of a draft: its value (a scalar, a list, or a list of nested records as dicts), the sentence it
    came from, and what the reviewer should know: comment lines above it, a comment after it, and for a list,
    the sentence each item came from."""

    value: Any
    fact: Fact | Sentence | None = None
    before: tuple[str, ...] = ()
    after: str | None = None
    items: list[Fact | Sentence | None] | None = None


def draft_lines(kind: RecordKind, fields: dict[str, Value], intro: list[str], closing: tuple[str, ...] = ()) -> list[str]:
    """A draft record of any kind (accords.kinds): the schema line, `intro` comments, then each given field in the
    order the model lists it (notes and sources last), each under the sentence it came from; `closing` comment
    lines before the notes (what the reviewer should add, such as a summary in their own words)."""
    unknown = set(fields) - set(kind.cls.model_fields)
    if unknown:
        raise ValueError(f"a {kind.name} has no field {', '.join(sorted(unknown))}")
    lines = ["# yaml-language-server: $schema={schema}", *intro]
    quoted: set[Sentence] = set()
    order = [n for n in kind.cls.model_fields if n not in ("notes", "sources")] + ["notes", "sources"]
    for name in order:
        if name == "notes":
            lines += list(closing)
        if name in fields:
            lines += _field_lines(kind, name, fields[name], quoted)
    return lines


def _field_lines(kind: RecordKind, name: str, field: Value, quoted: set[Sentence]) -> list[str]:
    """One field of a draft under the sentence it came from: a value, a list on one line, or a list item by item
    (each under its own sentence; a nested record field by field)."""
    lines = [*field.before, *_evidence(field.fact, "", quoted)]
    after = f"   # {field.after}" if field.after else ""
    value = field.value
    if not isinstance(value, list):
        return [*lines, f"{name}: {_yaml_scalar(kind.cls, name, value)}{after}"]
    if field.items is None and not any(isinstance(v, dict) for v in value):
        return [*lines, f"{name}: [{', '.join(_yaml_scalar(kind.cls, name, v) for v in value)}]{after}"]
    lines.append(f"{name}:{after}")
    nested = item_model(kind.cls, name) or kind.cls
    for index, item in enumerate(value):
        lines += _evidence(field.items[index] if field.items else None, "  ", quoted)
        if not isinstance(item, dict):
            lines.append(f"  - {_yaml_scalar(kind.cls, name, item)}")
            continue
        for number, (key, inner) in enumerate(item.items()):
            text, comment = inner if isinstance(inner, tuple) else (inner, None)
            if isinstance(text, dict):  # a record nested in the item (a ledger report's `drafted`): JSON, which is YAML
                shown = json.dumps(text, ensure_ascii=False)
            elif isinstance(text, list):
                shown = f"[{', '.join(_yaml_scalar(nested, key, v) for v in text)}]"
            else:
                shown = _yaml_scalar(nested, key, text)
            lines.append(f"{'  - ' if number == 0 else '    '}{key}: {shown}" + (f"   # {comment}" if comment else ""))
    return lines


def _yaml_scalar(model: type[BaseModel], name: str, value: Any) -> str:
    """Ids, allowed values, dates, numbers and true/false bare; text quoted (JSON strings are valid YAML)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value)
    info = model.model_fields.get(name)
    if isinstance(value, int | PartialDate) or info is not None and (field_reference(info) is not None or text in field_enum(model, name)):
        return text
    return _q(text)


class Planner:
    def __init__(self, dataset: Dataset, names: NameIndex, article: Article, drafts: Drafts, published: PartialDate):
        self.dataset = dataset
        self.names = names
        self.article = article
        self.drafts = drafts
        self.published = published
        self.taken: set[str] = set(dataset.records)
        self.ids: dict[int, str] = {}  # id(draft object) -> its new record id
        self._publisher_ids: dict[str, str] = {}  # the article's publisher name -> its id, found or new

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
        for source_id, record in self.dataset.of_type(Source):
            same_url = a.url and record.url == a.url
            publisher, recorded = self.names.rules.key(a.publisher or ""), self.names.rules.key(self.dataset.name(record.publisher))
            same_publisher = bool(publisher) and (publisher in recorded or recorded in publisher)
            same_title = bool(a.title and record.title and self.names.rules.key(a.title) == self.names.rules.key(record.title))
            same_report = str(record.date) == str(self.published) and (same_title or (same_publisher and not (a.title and record.title)))
            if same_url or same_report:
                return source_id, False, []
        source_id = self._new_id(f"{a.publisher or 'source'} {self.published}")
        fields: dict[str, Value] = {}
        for name, value in (("publisher", self.publisher_id()), ("title", a.title), ("date", self.published), ("url", a.url), ("via", a.via)):
            if value is None:
                continue
            where = a.found.get(name)
            fields[name] = Value(value, before=(f"# {name}: from {where}" if where else f"# {name}: given on the command line",))
        if not a.title:
            fields["language"] = Value("en", before=("# title: the page gives none that was found; add it if it has one",))
        else:
            fields["language"] = Value("en")
        intro = [f"# DRAFT by `accords draft` from {a.location}. Check it, then move it to data/sources/."]
        return source_id, True, draft_lines(KIND_OF_COLLECTION["sources"], fields, intro)

    def publisher_id(self) -> str | None:
        """The id of the article's publisher: a recorded publisher of that name, or a new one (drafted by `publisher`)."""
        name = self.article.publisher
        if not name:
            return None
        if name not in self._publisher_ids:
            self._publisher_ids[name] = self._recorded_publisher(name) or self._new_id(name)
        return self._publisher_ids[name]

    def _recorded_publisher(self, name: str) -> str | None:
        """The recorded publisher a name or an id (`--publisher astana-times`) is, if any."""
        if name in self.dataset.records and self.dataset.kind(name) == "publisher":
            return name
        return self.names.resolve(name, {"publisher"})

    def publisher(self) -> DraftFile | None:
        """A draft of the publisher, when no publisher of that name is recorded: its name, and a kind to check."""
        name = self.article.publisher
        if not name or self._recorded_publisher(name):
            return None
        publisher_id = self.publisher_id()
        assert publisher_id is not None
        kind_hint = ("# kind: a guess, to check: government, ministry, parliament, organisation, company, state news agency, "
                     "state media, news outlet, relay (publishes others' texts unchanged), aggregator or blog",)
        lines = draft_lines(KIND_OF_COLLECTION["publishers"], {"name": Value(name), "kind": Value("news outlet", before=kind_hint)},
                            [f"# DRAFT by `accords draft` from {self.article.location}. Check it, then move it to data/publishers/."])
        return DraftFile("publishers", publisher_id, lines, [f"publisher {publisher_id}: {name} (new)"])

    # --- Records -----------------------------------------------------------------------------------

    def plan(self) -> Plan:
        source_id, is_new, source_lines = self.source()
        plan = Plan(source_id, is_new)
        if is_new:
            if (publisher := self.publisher()) is not None:
                plan.files.append(publisher)
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
        for actor in self.drafts.actors:
            if actor.existing is None and id(actor) in used_actors:
                plan.files.append(self._actor_file(actor, source_id))
        for event in self.drafts.events:  # every event the text tells of, dated or not (the draft_eval figures count them all)
            if event.existing is None:
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
            country = state_of(self.dataset, value)
            short = self.dataset.name(country) if country else " ".join([w for w in name.split() if w.lower() not in minor][:2])
            if short not in parties:
                parties.append(short)
        title = str(agreement.title.value) if agreement.title else ""
        skip = COMMON_TITLE_WORDS | minor | {"establishment", "field", "on", "between", "contract", "programme", "program", "decision", "to", "be",
                                            "signed"} | party_words
        words = list(dict.fromkeys(w for w in _re.findall(r"\w+", title) if w.lower() not in skip))[:6]
        kind = {"memorandum of understanding": "mou"}.get(str(agreement.kind.value), str(agreement.kind.value))
        year = agreement.date_signed.value.year if agreement.date_signed else ""
        return " ".join([*parties, *words, kind if kind != "other" else "", str(year)])

    def _existing_agreement(self, agreement: DraftAgreement) -> tuple[str | None, list[str]]:
        """The recorded agreement this draft probably is: one the text names, or one between the same
        parties dated within a few days whose title says the same."""
        from rapidfuzz import fuzz

        parties = {p.value for p in agreement.parties if isinstance(p.value, str)}
        countries = {c for p in parties if (c := self.dataset.country_of(p))}
        if agreement.existing and countries <= set(self.dataset.countries_of_agreement(agreement.existing)):
            return agreement.existing, ["the text names it"]  # by its name, between the countries the text names
        candidates = sorted(self.dataset.of_type(Agreement), key=lambda pair: set(pair[1].parties) != parties)  # same parties first
        reported_then: list[tuple[str, list[str]]] = []  # undated, saying little, between the very parties of a record of the report's days
        for record_id, record in candidates:
            date, _ = self.dataset.date_of(record_id)
            same_parties = parties and parties == set(record.parties)
            same_countries = countries and countries == set(self.dataset.countries_of_agreement(record_id))
            if not (same_parties or same_countries):
                continue
            if agreement.date_signed and not agreement.ratified and not close_dates(agreement.date_signed.value, date):
                continue
            title = str(agreement.title.value) if agreement.title else ""
            if self._of_another_meeting(title, record):
                continue
            own, other = self._own_words(title, agreement), self._own_words(record.title, agreement)
            alike = 100.0 if not own and not other else fuzz.token_set_ratio(own, other) if own and other else 0.0
            close = agreement.date_signed is not None and date is not None
            says_little = not own  # a title made of the parties' names ("Memorandum of understanding between A and B")
            if record.kind.value != agreement.kind.value:
                continue
            reasons = [("the same parties" if same_parties else "the same countries"), f"dated {date}" if date else "undated",
                       f"both a {record.kind.value}", f"titles {alike:.0f}% alike"]
            # Between the same parties, or the same countries (a report names the states, another the ministries that
            # signed), on close dates: a title that says much the same is enough.
            if alike >= 85 or (close and (alike >= 60 or says_little)):
                return record_id, reasons
            if same_parties and agreement.date_signed is None and says_little and close_dates(self.published, date):
                reported_then.append((record_id, reasons + [f"signed within days of the report ({self.published})"]))
        if len(reported_then) == 1:
            # "a Memorandum of Understanding between the Diplomatic Academy of … and …", undated: the one record of that kind
            # between those very parties signed in the report's days (not one of several, which the contributor tells apart)
            return reported_then[0]
        return self._package_of_the_occasion(agreement, parties, countries)

    def _package_of_the_occasion(self, agreement: DraftAgreement, parties: set, countries: set) -> tuple[str | None, list[str]]:
        """A package ('13 documents were signed') between the same parties as the one recorded package of theirs signed
        in the fortnight before the report (or on the draft's own date): the documents of one occasion, told again."""
        if not agreement.is_package or not (parties or countries):
            return None, []
        when = agreement.date_signed.value if agreement.date_signed else None
        found = []
        for record_id, record in self.dataset.of_type(Agreement):
            if record.kind.value != "package":
                continue
            same = "the same parties" if parties and parties == set(record.parties) else \
                "the same countries" if countries and countries == set(self.dataset.countries_of_agreement(record_id)) else None
            if same is None:
                continue
            date, _ = self.dataset.date_of(record_id)
            if date is None:
                continue
            before = (self.published.earliest() - date.latest()).days
            if close_dates(when, date) if when is not None else -1 <= before <= PACKAGE_REPORTED_WITHIN:
                found.append((record_id, date, same))
        if len(found) != 1:
            return None, []
        record_id, date, same = found[0]
        return record_id, ["both a package", same, f"dated {date}, " + ("as the draft" if when else "in the fortnight before the report")]

    def _of_another_meeting(self, title: str, record: Any) -> bool:
        """'The Declaration of the 10th Summit' is not a declaration of the recorded 9th summit (by its title or its event)."""
        number = meeting_number(title)
        if number is None:
            return False
        event = self.dataset.get(record.event) if record.event and record.event in self.dataset.records else None
        theirs = {n for n in (meeting_number(record.title), getattr(event, "number", None)) if n is not None}
        return bool(theirs) and number not in theirs

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
        if agreement.ratified:  # a ratification report: steps of the recorded agreement's history, not a new agreement
            for step in self._steps_after_signing(agreement, source_id):
                told = any(c.status.value == step["status"] and (c.stage is None or "stage" not in step or c.stage.value == step["stage"])
                           and set(c.by) == set(step.get("by", [])) for c in record.status_history)
                if not told:
                    added.append(f"status_history: + {step} ({agreement.ratified.sentence.place})")
        elif agreement.date_signed and record.date_signed is None:
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

    def _steps_after_signing(self, a: DraftAgreement, source_id: str) -> list[dict[str, Any]]:
        """The steps of its history the text tells after its signing, in their order: the ratification's (where its words are
        not those of the entry into force), then its entry into force."""
        assert a.ratified is not None
        steps = []
        if a.in_force is None or a.in_force.value != a.ratified.value:
            text = a.ratified.sentence.text
            stage = ratification_stage(text)
            if stage == "in force" and a.in_force is not None:
                stage = None  # "ratified in March, entered into force in January": the entry into force is a step of its own
            # the status the stage goes with (a chamber's vote approves it, entry into force is "in force"); no stage said: ratified
            status = STAGE_STATUS[Stage(stage)] if stage else AgreementStatus.ratified
            step: dict[str, Any] = {"status": status.value, "verb": a.ratified.value}
            if stage:
                step["stage"] = stage
            if a.ratified_by and stage != "in force":
                step["by"] = list(a.ratified_by)
            if stage == "chamber vote":
                step["chamber"] = self._chamber(text, a.ratified_by) or "CHECK: the chamber that voted (its actor id; add the body if missing)"
            if a.ratified_on:
                step["date"] = str(a.ratified_on.value)
            step["sources"] = [source_id]
            steps.append(step)
        if a.in_force is not None:  # in force: a step of every party's (accords.model.Stage), by no one in particular
            steps.append({"status": AgreementStatus.in_force.value, "verb": a.in_force.value, "stage": Stage.in_force.value,
                          "sources": [source_id]})
        return steps

    def _chamber(self, text: str, states: list[str]) -> str | None:
        """The recorded chamber of a ratifying state the sentence names ("the Senate": senate-kazakhstan)."""
        named = [w for w in CHAMBER_WORDS if w.casefold() in text.casefold()]
        found = [i for i, actor in self.dataset.of_type(Actor) if actor.kind is ActorKind.government_body and actor.country in states
                 and any(w.casefold() in self.dataset.name(i).casefold() for w in named)]
        return found[0] if len(found) == 1 else None

    def _agreement_file(self, a: DraftAgreement, source_id: str) -> DraftFile:
        record_id = self.ids[id(a)]
        intro = [
            f"# DRAFT by `accords draft` from {self.article.location}. Each field stands under the sentence it came from:",
            "# check each against it, write the summary in your own words, then move the file to data/agreements/.",
        ]
        summary = [f"agreement {record_id}"]
        fields: dict[str, Value] = {}

        def field_(name: str, value: Any, fact: Fact | None, shown: str | None = None) -> None:
            fields[name] = Value(value, fact)
            summary.append(f"  {name}: {shown or value}" + (f"  ← {fact.sentence.place}" if fact else ""))

        field_("title", a.title.value if a.title else a.kind.value, a.title)
        if a.title_is_official:
            fields["title_is_official"] = Value(True, after="the text gives it as the document's name: check")
        field_("kind", str(a.kind.value), a.kind)
        if a.date_signed and not a.approved and not a.initialled:
            field_("date_signed", a.date_signed.value, a.date_signed)
        if a.documents:
            field_("documents", a.documents.value.to_json(), a.documents)
        if a.place:
            field_("place", a.place.value, a.place)
        if a.event:
            field_("event", self._ref(a.event.value), a.event, self._label(a.event.value))
        fields["parties"] = Value([self._ref(p.value) for p in a.parties], items=list(a.parties))
        summary.append("  parties: " + ", ".join(self._label(p.value) for p in a.parties))
        if a.signatories:
            signatories: list[Any] = []
            parties = [p.value for p in a.parties]
            for person, office, on_behalf in a.signatories:
                behalf = on_behalf if on_behalf in parties else (parties[0] if len(parties) == 1 else None)
                party: Any = self._ref(behalf) if behalf is not None else \
                    (self._ref(parties[0]), "CHECK: the text does not say for which party") if parties else \
                    (self._ref(on_behalf) if on_behalf else "CHECK", "CHECK: no party drafted; give the parties, and the one this person signed for")
                signatories.append({"person": self._ref(person.value), "office": office, "on_behalf_of": party})
                summary.append(f"  signatory: {self._label(person.value)}, {office}  ← {person.sentence.place}")
            fields["signatories"] = Value(signatories, items=[person for person, _, _ in a.signatories])
        if a.witnesses:
            fields["witnesses"] = Value([self._ref(w.value) for w in a.witnesses], items=list(a.witnesses))
            summary.append("  witnesses: " + ", ".join(self._label(w.value) for w in a.witnesses))
        for name, facts in (("sectors", a.sectors), ("minerals", a.minerals)):
            if facts:
                fields[name] = Value([f.value for f in facts], items=list(facts))
                summary.append(f"  {name}: " + ", ".join(str(f.value) for f in facts))
        status = a.status
        fields["status"] = Value(status.value)
        if a.planned:  # to be signed: a step of its history, in the text's words, dated as the text dates the plan
            plan: dict[str, Any] = {"status": "planned", "verb": a.plan.value if a.plan else "CHECK: the text's words for the plan"}
            if a.planned_for:
                plan["date"] = str(a.planned_for.value)
            plan["sources"] = [source_id]
            fields["status_history"] = Value([plan], a.plan or a.planned_for)
            summary.append(f"  status: planned ('{plan['verb']}'" + (f", for {plan['date']}" if a.planned_for else "") + ")")
        if a.ratified:  # ratified: the steps in the text's words, by whom it says, dated as it dates the ratification
            steps = self._steps_after_signing(a, source_id)
            fields["status_history"] = Value(steps, a.ratified)
            # its status is the last step's, but after a chamber's vote (approved) the document stays signed: its step is the vote
            last = steps[-1]
            fields["status"] = Value(AgreementStatus.signed.value if last["status"] == AgreementStatus.approved.value else last["status"])
            summary.append(f"  status: {fields['status'].value} (" + ", ".join(f"'{step['verb']}'" + (f", {step['stage']}" if "stage" in step else "")
                                                                                for step in steps) + f")  ← {a.ratified.sentence.place}")
        for said, words in (("approved", a.approved), ("initialled", a.initialled)):
            if words is None:
                continue
            # adopted or initialled, not signed: a step of its history, in the text's words, dated as the text dates it
            step: dict[str, Any] = {"status": said, "verb": words.value}
            if a.date_signed:
                step["date"] = str(a.date_signed.value)
            step["sources"] = [source_id]
            fields["status_history"] = Value([step], words)
            summary.append(f"  status: {said} ('{words.value}')  ← {words.sentence.place}")
        if a.part_of is not None:
            fields["related"] = Value([{"kind": "part of", "agreement": self.ids[id(a.part_of)]}])
            summary.append(f"  part of: {self.ids[id(a.part_of)]}")
        evidence = Evidence.official_statement if self.article.via else Evidence.press_report
        fields["evidence"] = Value(evidence.value, after="official statement where the source relays a government's own words")
        notes = []
        if a.event_note:
            notes.append(a.event_note[:1].upper() + a.event_note[1:] + ".")
        if any(p.note for p in a.parties):
            notes.append("The text names no signatory; the parties are the countries it names.")
        if a.open:
            notes.append("The source does not give: " + ", ".join(o.replace("_", " ") for o in a.open) + ".")
            summary.append("  left open: " + ", ".join(a.open))
        if notes:
            fields["notes"] = Value(" ".join(notes))
        fields["sources"] = Value([source_id])
        closing = ("# summary: |", "#   What it covers, in your own words (the sentences above are the source's).")
        return DraftFile("agreements", record_id, draft_lines(KIND_OF_COLLECTION["agreements"], fields, intro, closing), summary)

    def _actor_file(self, actor: DraftActor, source_id: str) -> DraftFile:
        record_id = self.ids[id(actor)]
        intro = [f"# DRAFT by `accords draft` from {self.article.location}: a name the dataset does not know. Check it."]
        if actor.kind == "country":  # a state the dataset has no record of: its ISO 3166 code (reference data, pycountry and CLDR)
            code = next((iso2 for iso2, name in other_countries(self.names, frozenset(self.dataset.country_by_iso2)).values()
                         if name == actor.name.value), None)
            fields = {"iso2": Value(code), "sources": Value([source_id])}
            return DraftFile("countries", record_id, draft_lines(KIND_OF_COLLECTION["countries"], fields, intro),
                             [f"country {record_id} (new, {code}): {actor.name.value}  ← {actor.name.sentence.place}"])
        fields = {"name": Value(actor.name.value, actor.name), "kind": Value(actor.kind)}
        if actor.country:
            fields["country"] = Value(actor.country)
        if actor.kind == "person" and actor.office:
            fields["positions"] = Value([{"office": actor.office, "as_of": self.published, "sources": [source_id]}])
        fields["sources"] = Value([source_id])
        return DraftFile("actors", record_id, draft_lines(KIND_OF_COLLECTION["actors"], fields, intro),
                         [f"actor {record_id} (new, {actor.kind}): {actor.name.value}  ← {actor.name.sentence.place}"])

    def _project_file(self, project: DraftProject, source_id: str) -> DraftFile:
        record_id = self._new_id(str(project.name.value))
        intro = [f"# DRAFT by `accords draft` from {self.article.location}. Check each field against the sentence above it."]
        fields = {"name": Value(project.name.value, project.name), "kind": Value(project.kind),
                  "status": Value("unknown", after="what the source says of its progress"), "countries": Value(list(project.countries)),
                  "sources": Value([source_id])}
        return DraftFile("projects", record_id, draft_lines(KIND_OF_COLLECTION["projects"], fields, intro),
                         [f"project {record_id}: {project.name.value}  ← {project.name.sentence.place}"])

    def _event_file(self, event: DraftEvent, source_id: str) -> DraftFile:
        record_id = self.ids[id(event)]
        intro = [f"# DRAFT by `accords draft` from {self.article.location}. Check each field against the sentence above it."]
        summary = [f"event {record_id} ({'planned' if event.planned else 'held'})"]
        fields = {"name": Value(event.name.value, event.name), "kind": Value(event.kind.value),
                  "status": Value("planned" if event.planned else "held")}
        if event.date:
            fields["date"] = Value(event.date.value, event.date)
            summary.append(f"  date: {event.date.value}  ← {event.date.sentence.place}")
        if event.place:
            fields["place"] = Value(event.place.value, event.place)
        if event.country:
            fields["country"] = Value(event.country.value)
        if event.series:
            fields["series"] = Value(event.series)
        if event.number:
            fields["number"] = Value(event.number)
        if event.date_note:
            fields["date_basis"] = Value(event.date_note)
        fields["sources"] = Value([source_id])
        return DraftFile("events", record_id, draft_lines(KIND_OF_COLLECTION["events"], fields, intro), summary)


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
