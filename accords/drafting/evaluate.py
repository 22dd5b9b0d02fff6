"""How well `accords draft` reads an article: its drafts against what the article states.

What the article states is given as records (the curated ones in `data/` for the seed articles, or the
hand-written expectations of `tests/drafting/expected.yml` for the test articles). Drafted records are
paired with expected ones by kind, parties and date; a new actor the tool drafted counts as the record
whose name it has.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from rapidfuzz import fuzz

from ..dates import PartialDate
from ..duplicates import days_apart
from ..model import AgreementStatus
from ..names import LEGAL_FORM, LEGAL_FORM_BEFORE, spelling
from .actors import ACTOR_KINDS, body_of_state, names_of_body, recorded_body, recorded_city
from .drafts import DraftActor, DraftAgreement, DraftEvent, Drafts
from .russian_text import with_yo

# A region's or city's administration named with its place first ("Samarkand Regional Khokimiyat", "Tashkent City
# Khokimiyat"), as one written with it last is ("Khokimiyat of Samarkand Region", "Khokimiyat of Tashkent"): one body.
PLACE_FIRST = re.compile(r"(?P<place>.+?)\s+(?P<level>Regional|City)\s+(?P<head>Akimat|Khokimiyat|Hokimiyat|Administration|Government)", re.IGNORECASE)


@dataclass
class Expected:
    """An agreement or event as the evaluation compares it."""

    kind: str
    date: str | None = None
    parties: frozenset[str] = frozenset()
    signatories: frozenset[str] = frozenset()
    witnesses: frozenset[str] = frozenset()
    event: str | None = None  # an event's name (events are compared by name)
    name: str = ""
    label: str = ""
    status: str = "signed"  # the last step the article tells of (an agreement's: signed, planned, approved, …; an event's: held, planned)

    @property
    def planned(self) -> bool:
        return self.status == "planned"


@dataclass
class Tally:
    """Counts of what was right: each a (right, out of) pair."""

    counts: dict[str, list[int]] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)

    def add(self, what: str, right: int, total: int) -> None:
        pair = self.counts.setdefault(what, [0, 0])
        pair[0] += right
        pair[1] += total

    def merge(self, other: Tally) -> None:
        for what, (right, total) in other.counts.items():
            self.add(what, right, total)
        self.misses += other.misses

    def rate(self, what: str) -> float:
        right, total = self.counts.get(what, [0, 0])
        return right / total if total else 1.0

    def lines(self) -> list[str]:
        return [f"{what}: {right} of {total} ({(right / total if total else 1):.0%})" for what, (right, total) in self.counts.items()]


def evaluate(drafts: Drafts, agreements: list[Expected], events: list[Expected], identify: Callable[[object], str]) -> Tally:
    """Recall and precision of agreements and events, and of dates, parties, signatories and links. A date is right at
    the stated precision; "dates (at the stated precision)" counts a missing one as a wrong one, "dates drafted that are
    right" only those drafted.

    `identify` names a drafted value (a record id, or a new actor) as the expectations name it."""
    tally = Tally()
    drafted = [a for a in drafts.agreements]
    agreements = [_settled(e, identify) for e in agreements]  # once, not for each draft it is compared with
    pairs = _pair(drafted, agreements, lambda a, e: _agreement_score(a, e, identify))
    tally.add("agreements found (recall)", len(pairs), len(agreements))
    tally.add("agreements drafted that the article states (precision)", len(pairs), len(drafted))
    # (of the drafts signed or to be signed only: what the approvals, ratifications and the like add to or take from the figure)
    signing = (AgreementStatus.signed, AgreementStatus.planned)
    tally.add("agreements drafted signed or planned that the article states (precision)",
              sum(1 for d, _ in pairs if d.status in signing), sum(1 for d in drafted if d.status in signing))
    for expected in agreements:
        if not any(e is expected for _, e in pairs):
            tally.misses.append(f"agreement not found: {expected.label or expected.kind}")
    for draft in drafted:
        if not any(d is draft for d, _ in pairs):
            parties = sorted(identify(p.value) for p in draft.parties)
            tally.misses.append(f"agreement drafted, not stated: {draft.kind.value} {draft.status.value} {_date_of(draft)} {parties} "
                                f"({draft.statement.place}: {textwrap.shorten(draft.statement.text, 90, placeholder=' …')})")
    dated, dated_right, parties_right, parties_total = 0, 0, 0, 0
    for draft, expected in pairs:
        got_date = _date_of(draft)
        if expected.date or got_date:
            dated += 1
            dated_right += got_date == expected.date
            if got_date != expected.date:
                tally.misses.append(f"date of {expected.label}: drafted {got_date}, stated {expected.date}")
        if got_date:
            tally.add("dates drafted that are right (precision)", int(got_date == expected.date), 1)
        got = {identify(p.value) for p in draft.parties}
        right = _matched(got, expected.parties)
        parties_right += right
        parties_total += len(expected.parties)
        tally.add("parties drafted that are right (precision)", right, len(got))
        if not right == len(got) == len(expected.parties):
            tally.misses.append(f"parties of {expected.label}: drafted {sorted(got)}, stated {sorted(expected.parties)}")
        signatories = {identify(s[0].value) for s in draft.signatories}
        right = _matched(signatories, expected.signatories)
        tally.add("signatories", right, len(expected.signatories))
        tally.add("signatories drafted that are right (precision)", right, len(signatories))
        if not right == len(signatories) == len(expected.signatories):
            tally.misses.append(f"signatories of {expected.label}: drafted {sorted(signatories)}, stated {sorted(expected.signatories)}")
        witnesses = {identify(w.value) for w in draft.witnesses}
        tally.add("witnesses", _matched(witnesses, expected.witnesses), len(expected.witnesses))
        if expected.event:
            got_event = draft.event.value if draft.event else None
            name = got_event.name.value if isinstance(got_event, DraftEvent) else identify(got_event) if got_event else ""
            tally.add("links to the event", int(_same_name(str(name), expected.event)), 1)
        tally.add("planned or signed", int(draft.planned == expected.planned), 1)
        tally.add("statuses (the last step told)", int(draft.status.value == expected.status), 1)
        if draft.status.value != expected.status:
            tally.misses.append(f"status of {expected.label}: drafted {draft.status.value}, stated {expected.status}")
    tally.add("dates (at the stated precision)", dated_right, dated)
    tally.add("parties", parties_right, parties_total)
    event_pairs = _pair(list(drafts.events), events, lambda d, e: _event_score(d, e))
    found_events = len(event_pairs)
    tally.add("events found (recall)", found_events, len(events))
    tally.add("events drafted that the article states (precision)", len(event_pairs), len(drafts.events))
    for expected in events:
        if not any(e is expected for _, e in event_pairs):
            tally.misses.append(f"event not found: {expected.name}")
    for drafted_event in drafts.events:
        if not any(d is drafted_event for d, _ in event_pairs):
            date = drafted_event.date.value if drafted_event.date else None
            tally.misses.append(f"event drafted, not stated: {drafted_event.name.value} {date}")
    for drafted_event, expected in event_pairs:
        got_date = str(drafted_event.date.value) if drafted_event.date else None
        if expected.date or got_date:
            tally.add("dates (at the stated precision)", int(got_date == expected.date), 1)
            if got_date != expected.date:
                tally.misses.append(f"date of {expected.name}: drafted {got_date}, stated {expected.date}")
        if got_date:
            tally.add("dates drafted that are right (precision)", int(got_date == expected.date), 1)
    return tally


D = TypeVar("D", DraftAgreement, DraftEvent)


def _pair(drafted: list[D], expected: list[Expected], score: Callable[[D, Expected], float]) -> list[tuple[D, Expected]]:
    """The pairs that fit best in all, each drafted and expected record in one pair at most (networkx's maximum weight
    matching: pairing the best fitting pair first may leave the others to pair crosswise)."""
    import networkx

    graph = networkx.Graph()
    for i, d in enumerate(drafted):
        for j, e in enumerate(expected):
            value = score(d, e)
            if value > 0:
                graph.add_edge(("drafted", i), ("expected", j), weight=value)
    matched = networkx.max_weight_matching(graph)
    ends = sorted(tuple(sorted((a, b))) for a, b in matched)  # ("drafted", i) before ("expected", j)
    return [(drafted[d[1]], expected[e[1]]) for d, e in ends]


def _settled(expected: Expected, identify: Callable[[object], str]) -> Expected:
    """The expectation with each actor named as the data names it now: an actor a gold file gives as new ('new:
    Pakistan') that the data has since recorded is that record."""
    from dataclasses import replace

    return replace(expected, parties=frozenset(identify(p) for p in expected.parties),
                   signatories=frozenset(identify(p) for p in expected.signatories), witnesses=frozenset(identify(p) for p in expected.witnesses))


def _date_of(draft: DraftAgreement) -> str | None:
    """The date a hand-written fact gives the document: its signing's, or for a signing to come the date it is planned for."""
    when = draft.planned_for if draft.planned else draft.date_signed
    return str(when.value) if when else None


# Kinds that name one document either way: a meeting's "протокол" is its protocol or its minutes, a "план мероприятий" a
# plan or an action plan (the data records them as protocol and plan; facts written by hand give either).
KINDS_ALIKE = {"minutes": "protocol", "action plan": "plan"}


def _agreement_score(draft: DraftAgreement, expected: Expected, identify: Callable[[object], str]) -> float:
    if KINDS_ALIKE.get(str(draft.kind.value), str(draft.kind.value)) != KINDS_ALIKE.get(expected.kind, expected.kind):
        return 0
    parties = {identify(p.value) for p in draft.parties}
    overlap = _matched(parties, expected.parties) / max(len(expected.parties), 1)
    same_date = _date_of(draft) == expected.date
    # (or a date with days in common with the one stated: the meeting's days, 14–15 May, where the facts give May; the date
    # counts as wrong)
    near_date = not same_date and _overlap(_date_of(draft), expected.date)
    if not parties and _date_of(draft) is None:
        return 0.1  # a document of the kind, nothing in it contradicting: the one stated (its parties and date count as missed)
    # (its status ranks pairs that fit alike: of two agreements of a day between the same states, one signed and one
    # initialled, the initialled draft is the one initialled)
    same_status = 0.05 * (draft.status.value == expected.status)
    if not expected.parties:
        # the report names none of its parties (a list cut off before them): a document of the kind is the one stated, its
        # date ranking the pairs (its parties count as drafted wrong)
        return 0.1 + 0.5 * same_date + 0.25 * near_date + same_status
    # (its signatories rank pairs that fit alike: of two memoranda of a day between the same sides, the one its signers signed)
    signers = _matched({identify(s[0].value) for s in draft.signatories}, expected.signatories) / max(len(expected.signatories), 1)
    return overlap + 0.5 * same_date + 0.25 * near_date + 0.1 * signers + same_status if overlap or same_date or near_date else 0


def _overlap(one: str | None, other: str | None) -> bool:
    """Whether two dates (days, months, years or ranges) have a day in common."""
    return one is not None and other is not None and days_apart(PartialDate.parse(one), PartialDate.parse(other)) == 0


def _event_score(draft: DraftEvent, expected: Expected) -> float:
    """Names alike (token_set_ratio ≥ 70, so that 'Talks of A and B' is 'Talks of A and B in Tashkent'), ranked also by
    token_sort_ratio: a short name ('Central Asia–China summit') is a subset of many, and pairs first with the one it
    is, not with 'Talks of A and B on the sidelines of the Central Asia–China summit'."""
    drafted, stated = str(draft.name.value), expected.name
    # case, punctuation and romanisation aside ("COP27, Egypt"; "Rakhmon" is "Rahmon"): the names' keys (accords.names)
    alike = fuzz.token_set_ratio(drafted, stated, processor=spelling().key)
    return (alike + fuzz.token_sort_ratio(drafted, stated, processor=spelling().key)) / 200 if alike >= 70 and draft.planned == expected.planned else 0


def _matched(drafted: set[str], stated: frozenset[str]) -> int:
    """How many of the stated actors were drafted, each drafted one counting once: the same record, or a new actor whose
    name is the stated one romanised otherwise (_romanised_alike)."""
    exact = drafted & stated
    rest = sorted(stated - exact)
    count = len(exact)
    for name in sorted(drafted - exact):
        alike = next((other for other in rest if _romanised_alike(name, other)), None)
        if alike is not None:
            rest.remove(alike)
            count += 1
    return count


def _romanised_alike(one: str, other: str) -> bool:
    """Two new actors' keys (accords.names) that are one name romanised two ways, "Mamedov" and "Mammadov", "Pak Chon Kho"
    and "Park Jong-ho": as many words, each long word alike (rapidfuzz ratio ≥ 80), each short one (four letters or fewer)
    half alike, and the whole ≥ 80. Names that differ in a word are not alike: "Erlan Sadykov" is not "Erlan Serikov"."""
    if not (one.startswith("new: ") and other.startswith("new: ")):
        return False
    words, others = one.removeprefix("new: ").split(), other.removeprefix("new: ").split()
    if len(words) != len(others) or fuzz.ratio(" ".join(words), " ".join(others)) < 80:
        return False
    return all(fuzz.ratio(a, b) >= (50 if min(len(a), len(b)) <= 4 else 80) for a, b in zip(words, others, strict=True))


def _same_name(one: str, other: str) -> bool:
    return one == other or fuzz.token_set_ratio(one.lower(), other.lower()) >= 80


def identify_with(names) -> Callable[[object], str]:  # names: NameIndex of the dataset the truth is in
    """A drafted value as the truth names it: a record id as it is, a new actor by the record its name is."""
    def recorded(written: str) -> str | None:
        return next((known for spelling in [written, *with_yo(written)]  # never a publisher
                     if (known := names.resolve(spelling, ACTOR_KINDS | {"country"}))), None) if names is not None else None

    def new(name: str) -> str:  # a name no record has, as its key, without its legal form: "Varzob Metals LLC" is "Varzob Metals"
        name = LEGAL_FORM_BEFORE.sub("", LEGAL_FORM.sub("", name.strip()).rstrip(" ,"))  # (as the names index reads a record's)
        if (place_first := PLACE_FIRST.fullmatch(name)) is not None:
            name = f"{place_first['head']} of {place_first['place']}{' Region' if place_first['level'].casefold() == 'regional' else ''}"
        of_state = body_of_state(names, name) if names is not None else None
        if of_state is not None:  # "… of the Republic of Uzbekistan" is "… of Uzbekistan", as drafting names a new body (Actors.actor)
            name = f"{of_state[0]} of {names.dataset.name(of_state[1])}"
        return f"new: {names.rules.key(name) if names is not None else name}"

    def of_its_country(name: str) -> str | None:
        """'General Administration of Customs of the People's Republic of China', drafted against a dataset without it or
        written in a gold file before the data had it: the record whose name is the body's under another of its country's
        names ('… of China'), as drafting with the whole dataset finds it (Actors.known_body)."""
        of_state = body_of_state(names, name) if names is not None else None
        if of_state is None:
            return None
        body, country = of_state
        return next((known for name in names_of_body(names, country, body) if (known := recorded(name))), None) or recorded_body(
            names, country, body, tuple(sorted(ACTOR_KINDS)))

    def identify(value: object) -> str:
        if isinstance(value, str):
            # "new: Pakistan" in a gold file written when the data had no Pakistan: the record it is now, if there is one
            written = value.removeprefix("new: ")
            return (recorded(written) or of_its_country(written) or new(written)) if value.startswith("new: ") else value
        if isinstance(value, DraftActor):
            city = re.fullmatch(r"City of (.+)", str(value.name.value))  # "City of Baku", as drafting names a city's administration
            return recorded(str(value.name.value)) or of_its_country(str(value.name.value)) or (
                recorded_city(names, city.group(1)) if city and names is not None else None) or new(str(value.name.value))
        if isinstance(value, DraftEvent):
            return str(value.name.value)
        return str(value)
    return identify


# --- What the articles state ------------------------------------------------------------------------


def expected_from_dataset(dataset, source_id: str) -> tuple[list[Expected], list[Expected]]:
    """The curated agreements and events that cite the source: what the article states."""
    from ..model import Agreement, Event

    agreements, events = [], []
    for record_id, record in dataset.of_type(Agreement):
        if source_id in record.sources:
            event = dataset.name(record.event) if record.event else None
            agreements.append(Expected(record.kind.value, str(record.date_signed) if record.date_signed else None,
                                       frozenset(record.parties), frozenset(s.person for s in record.signatories),
                                       frozenset(record.witnesses), event, record.title, record_id, record.status.value))
    for record_id, record in dataset.of_type(Event):
        if source_id in record.sources:
            # an event of several days is its first to its last (Dataset.date_of): the range a draft gives it ("2024-08-22/2024-08-28")
            date, _ = dataset.date_of(record_id)
            events.append(Expected(record.kind.value, str(date) if date else None,
                                   name=record.name, label=record_id, status=record.status.value))
    return agreements, events


def expected_from_fixture(entry: dict) -> tuple[list[Expected], list[Expected]]:
    """The hand-written expectations of one test article (tests/drafting/expected.yml, or a gold file's entry). A document
    approved or initialled and not signed is dated by that step (`date_approved`, `date_initialled`; gold.yml gives it as
    `date_signed`), as its draft is; any other by its signing (`date_signed`: for one to be signed, the date planned)."""
    def date_of(a: dict) -> str | None:
        step = {"approved": "date_approved", "initialled": "date_initialled"}.get(a.get("status", ""), "date_signed")
        date = a.get(step) or a.get("date_signed")
        return str(date) if date else None

    agreements = [
        Expected(a["kind"], date_of(a), frozenset(a.get("parties", [])),
                 frozenset(a.get("signatories", [])), frozenset(a.get("witnesses", [])), a.get("event"),
                 a.get("title", ""), f"{a['kind']} {date_of(a) or ''}".strip(), a.get("status", "signed"))
        for a in entry.get("agreements", [])
    ]
    events = [Expected("event", str(e["date"]) if e.get("date") else None, name=e["name"], label=e["name"], status=e.get("status", "held"))
              for e in entry.get("events", [])]
    return agreements, events


def base_data(data_dir, out) -> None:
    """A dataset of only countries (without memberships and figures, which name other records), publishers,
    sources and topics: what the drafting tool starts from when nothing else is recorded."""
    import shutil

    import yaml

    for collection in ("countries", "publishers", "sources", "topics"):
        shutil.copytree(data_dir / collection, out / collection, dirs_exist_ok=True)
    for path in (out / "countries").glob("*.yml"):
        record = yaml.safe_load(path.read_text(encoding="utf-8"))
        record.pop("memberships", None)
        record.pop("resources", None)
        path.write_text(yaml.safe_dump(record, allow_unicode=True, sort_keys=False), encoding="utf-8")


FICTION_MARK = "FICTIONAL TEST FIXTURE"


def read_test_article(path) -> Any:
    """A fictional test article (tests/drafting/articles) read as `accords draft` reads a page, without its first
    line, which tells people it is not real: the harness drops it, so that the reader never needs to know tests."""
    from pathlib import Path

    from .reading import read_source

    path = Path(path)
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    if not lines or FICTION_MARK not in lines[0]:
        return read_source(str(path))
    return _read_as(path, "".join(lines[1:]))


def _read_as(path, text: str) -> Any:
    """`text` read as `accords draft` reads a file of `path`'s name."""
    import tempfile
    from pathlib import Path

    from .reading import read_source

    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / Path(path).name
        copy.write_text(text, encoding="utf-8")
        return read_source(str(copy))


def read_cached_report(path) -> Any:
    """A real report's text as the store of pages gave it (.cache/reports), read as `accords draft` reads it (the store's
    date before the text is its publication date: reading.STORED_COPY_DATE)."""
    from .reading import read_source

    return read_source(str(path))
