"""Records that are probably one: an actor under another spelling of a name, an agreement or event
recorded twice. `accords check` warns about them; the drafting tool asks before drafting one again.

A pair is reported on the newer record, naming the older one and the fields that matched. Records
that the sources show to be different, though alike, say so with `distinct_from`.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from rapidfuzz import fuzz

from .dataset import Dataset
from .dates import PartialDate
from .history import FileHistory
from .kinds import RECORD_KINDS
from .model import Actor, ActorKind, Agreement, Country
from .names import NameIndex, Spelling

CLOSE_DAYS = 3  # dates this close may be one day reported differently
TITLE_ALIKE = 85.0  # rapidfuzz token_set_ratio of the keys of two titles or event names
NAME_ALIKE = 92.0  # rapidfuzz ratio of two actors' name keys, for names of at least NAME_MIN_LENGTH letters
NAME_MIN_LENGTH = 10


# What matched, in words, with the newer record first: (new id, existing id) -> phrases.
Describe = Callable[[str, str], list[str]]


@dataclass(frozen=True)
class Duplicate:
    record_id: str  # the newer record, where the warning goes
    existing_id: str
    matched: tuple[str, ...]  # what matched, in words: "name 'X' and name 'Y' are one name", "parties" …


def days_apart(one: PartialDate, other: PartialDate) -> int:
    """Days between the nearest days the two dates could mean (0 when they overlap)."""
    gap = max(one.earliest() - other.latest(), other.earliest() - one.latest(), dt.timedelta(0))
    return gap.days


def close_dates(one: PartialDate | None, other: PartialDate | None) -> bool:
    return one is not None and other is not None and days_apart(one, other) <= CLOSE_DAYS


def probable_duplicates(dataset: Dataset, names: NameIndex | None = None, order: Callable[[str], object] | None = None) -> list[Duplicate]:
    """Every pair of records that are probably one; `order` sorts older records first (default: by id)."""
    names = names or NameIndex(dataset)
    older = order or (lambda record_id: record_id)
    found: list[Duplicate] = []
    pairs = []
    for strategy in dict.fromkeys(kind.duplicates for kind in RECORD_KINDS if kind.duplicates):
        ids = [i for kind in RECORD_KINDS if kind.duplicates == strategy for i in dataset.ids_of_type(kind.cls)]
        pairs += list(STRATEGIES[strategy](dataset, names, ids))
    for one, other, describe in pairs:
        if other in _distinct(dataset, one) or one in _distinct(dataset, other):
            continue
        first, second = sorted((one, other), key=lambda i: (older(i), i))
        found.append(Duplicate(second, first, tuple(describe(second, first))))
    return sorted(found, key=lambda d: (d.record_id, d.existing_id))


def _distinct(dataset: Dataset, record_id: str) -> list[str]:
    return list(getattr(dataset.get(record_id), "distinct_from", []))


def _is_person(dataset: Dataset, record_id: str) -> bool:
    record = dataset.get(record_id)
    return isinstance(record, Actor) and record.kind is ActorKind.person


def _actor_pairs(dataset: Dataset, names: NameIndex, ids: list[str]) -> Iterable[tuple[str, str, Describe]]:
    """Actors (and an actor and a country) that share a name under one spelling or another."""
    strong: dict[str, dict[str, str]] = {}  # record -> key -> the name it came from
    by_key: dict[str, list[str]] = defaultdict(list)
    for record_id in ids:
        keys = {}
        for name in names.names(record_id):
            key = names.rules.key(name.text)
            if name.strong and key and key not in keys:
                keys[key] = name.text
                by_key[key].append(record_id)
        strong[record_id] = keys

    def comparable(one: str, other: str) -> bool:
        if isinstance(dataset.get(one), Country) and isinstance(dataset.get(other), Country):
            return False
        if _is_person(dataset, one) != _is_person(dataset, other):
            return False
        country, other_country = dataset.country_of(one), dataset.country_of(other)
        if isinstance(dataset.get(one), Country) or isinstance(dataset.get(other), Country):
            return True
        return country is None or other_country is None or country == other_country

    reported: set[tuple[str, str]] = set()
    for key, holders in by_key.items():
        for one, other in combinations(sorted(set(holders)), 2):
            if (one, other) not in reported and comparable(one, other):
                reported.add((one, other))
                def one_name(new: str, old: str, key: str = key) -> list[str]:
                    return [f"{_said(dataset, new, strong[new][key])} and {_said(dataset, old, strong[old][key])} are one name"]
                yield one, other, one_name
    long_keys = [(record_id, key) for record_id in ids for key in strong[record_id] if len(key) >= NAME_MIN_LENGTH]
    by_first_letter: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for record_id, key in long_keys:
        by_first_letter[key[0]].append((record_id, key))
    for group in by_first_letter.values():
        for (one, key), (other, other_key) in combinations(group, 2):
            if one == other or tuple(sorted((one, other))) in reported or not comparable(one, other):
                continue
            score = fuzz.ratio(key, other_key)
            if score >= NAME_ALIKE:
                reported.add(tuple(sorted((one, other))))  # type: ignore[arg-type]
                keys = {one: key, other: other_key}
                def alike_names(new: str, old: str, keys: dict[str, str] = keys, score: float = score) -> list[str]:
                    return [f"{_said(dataset, new, strong[new][keys[new]])} and {_said(dataset, old, strong[old][keys[old]])} "
                            f"are {score:.0f}% alike"]
                yield one, other, alike_names


def _said(dataset: Dataset, record_id: str, name: str) -> str:
    return f"name '{name}'" if name == dataset.name(record_id) else f"'{name}'"


# Words that most agreement titles share; two titles are compared on the words left.
COMMON_TITLE_WORDS = frozenset("""
a an and agreement agreements among at between by cooperation declaration document documents field fields for from
in intergovernmental joint memoranda memorandum mou of on plan protocol republic roadmap sides signed state states
the to understanding with action
""".split())


@functools.lru_cache(maxsize=8)
def _common_keys(rules: Spelling, also_common: tuple[str, ...]) -> frozenset[str]:
    """The keys of the words most titles share: the same for every title, so made once (making them for each title
    was half of `accords check`)."""
    return frozenset(rules.key(w) for w in [*COMMON_TITLE_WORDS, *also_common])


def title_words(names: NameIndex, title: str, party_words: set[str], also_common: Iterable[str] = ()) -> str:
    """The keys of a title's words, less words most titles share and the parties' names: what tells
    an agreement from another between the same parties ('critical minerals')."""
    common = _common_keys(names.rules, tuple(also_common))
    return " ".join(w for w in names.rules.key(title).split() if w not in common and w not in party_words)


def distinctive_words(dataset: Dataset, names: NameIndex, agreement_id: str) -> str:
    """`title_words` of a recorded agreement, less every name of its parties."""
    agreement = dataset.get(agreement_id)
    party_words = {w for p in agreement.parties for n in names.names(p) for w in names.rules.key(n.text).split()}
    return title_words(names, agreement.title, party_words)


def _agreement_pairs(dataset: Dataset, names: NameIndex, ids: list[str]) -> Iterable[tuple[str, str, Describe]]:
    """Agreements between the same parties (or the same countries, where one names only countries),
    dated within a few days, whose titles say the same once the words most titles share are left out."""
    groups: dict[frozenset[str], list[str]] = defaultdict(list)
    for agreement_id in ids:
        countries = frozenset(dataset.countries_of_agreement(agreement_id))
        if countries:
            groups[countries].append(agreement_id)
    words_of: dict[str, str] = {}  # an agreement's distinctive words, made once however many pairs it is in
    for group in groups.values():
        for one, other in combinations(group, 2):
            a, b = dataset.get(one), dataset.get(other)
            same_parties = set(a.parties) == set(b.parties)
            only_countries = all(isinstance(dataset.get(p), Country) for p in a.parties) or all(
                isinstance(dataset.get(p), Country) for p in b.parties)
            if not (same_parties or only_countries):
                continue
            date, _ = dataset.date_of(one)
            other_date, _ = dataset.date_of(other)
            if not close_dates(date, other_date) or _related(a, other) or _related(b, one):
                continue
            for agreement_id in (one, other):
                if agreement_id not in words_of:
                    words_of[agreement_id] = distinctive_words(dataset, names, agreement_id)
            words, other_words = words_of[one], words_of[other]
            alike = 100.0 if not words and not other_words else fuzz.token_sort_ratio(words, other_words)
            if alike >= TITLE_ALIKE:
                matched = ["the same parties" if same_parties else "the same countries", None, f"titles {alike:.0f}% alike"]
                if a.kind is b.kind:
                    matched.append(f"both a {a.kind.value}")
                def alike_agreements(new: str, old: str, matched: list[str | None] = matched) -> list[str]:
                    return [_dates_said(dataset.date_of(new)[0], dataset.date_of(old)[0]) if m is None else m for m in matched]
                yield one, other, alike_agreements


def _related(agreement: Agreement, other_id: str) -> bool:
    return any(relation.agreement == other_id for relation in agreement.related)


def _event_pairs(dataset: Dataset, names: NameIndex, ids: list[str]) -> Iterable[tuple[str, str, Describe]]:
    """Events dated within a few days, in the same country where both give one, that are the same
    meeting of a series or alike in name."""
    events = [(i, e, e.date) for i in ids if (e := dataset.event(i)).date is not None]
    events.sort(key=lambda item: item[2].earliest())
    for index, (one, a, a_date) in enumerate(events):
        for other, b, b_date in events[index + 1:]:
            if (b_date.earliest() - a_date.latest()).days > CLOSE_DAYS:
                break
            if not close_dates(a_date, b_date) or (a.country and b.country and a.country != b.country):
                continue
            matched: list[str | None] = [None]
            if a.series and a.series == b.series and a.number is not None and a.number == b.number:
                matched.append(f"meeting {a.number} of {a.series}")
            alike = fuzz.token_set_ratio(names.rules.key(a.name), names.rules.key(b.name))
            if alike >= TITLE_ALIKE:
                matched.append(f"names {alike:.0f}% alike")
            if len(matched) > 1:
                def alike_events(new: str, old: str, matched: list[str | None] = matched) -> list[str]:
                    return [_dates_said(dataset.event(new).date, dataset.event(old).date) if m is None else m for m in matched]
                yield one, other, alike_events


def _name_pairs(dataset: Dataset, names: NameIndex, ids: list[str]) -> Iterable[tuple[str, str, Describe]]:
    """Records of one kind (projects, terms, topics …) that share a name of their own under one spelling or another."""
    by_key: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)  # (kind, key) -> record -> the name it came from
    for record_id in ids:
        for name in names.names(record_id):
            key = names.rules.key(name.text)
            if name.strong and key:
                by_key[(dataset.kind(record_id), key)].setdefault(record_id, name.text)
    reported: set[tuple[str, str]] = set()
    for holders in by_key.values():
        for one, other in combinations(sorted(holders), 2):
            if (one, other) not in reported:
                reported.add((one, other))
                def one_name(new: str, old: str, holders: dict[str, str] = holders) -> list[str]:
                    return [f"{_said(dataset, new, holders[new])} and {_said(dataset, old, holders[old])} are one name"]
                yield one, other, one_name


def _source_pairs(dataset: Dataset, names: NameIndex, ids: list[str]) -> Iterable[tuple[str, str, Describe]]:
    """Sources with the same address: one publication recorded twice."""
    by_url: dict[str, list[str]] = defaultdict(list)
    for record_id in ids:
        url = dataset.source(record_id).url
        if url:
            by_url[url].append(record_id)
    for holders in by_url.values():
        for one, other in combinations(holders, 2):
            yield one, other, lambda new, old: ["the same address"]


# How records of a kind are found to be probably one (accords.kinds: `duplicates`).
STRATEGIES: dict[str, Callable[[Dataset, NameIndex, list[str]], Iterable[tuple[str, str, Describe]]]] = {
    "actor": _actor_pairs, "agreement": _agreement_pairs, "event": _event_pairs, "name": _name_pairs, "source": _source_pairs,
}


def _dates_said(one: PartialDate | None, other: PartialDate | None) -> str:
    return f"dated {one}" if str(one) == str(other) else f"dated {one} and {other}"


def added_order(histories: Mapping[str, FileHistory], paths: Mapping[str, str], root: Path) -> Callable[[str], object]:
    """Older first: by the date git first saw the file; files git has not seen come after, by the
    time they were last written (a file just added is the newest)."""

    def order(record_id: str) -> object:
        path = paths.get(record_id, "")
        history = histories.get(path)
        if history is not None:
            return (0, history.added.toordinal())
        try:
            return (1, (root / path).stat().st_mtime)
        except OSError:
            return (1, float("inf"))

    return order
