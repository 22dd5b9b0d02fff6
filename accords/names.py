"""Names: every spelling a record answers to, and which records a string could mean.

One capability for search (the words indexed for each record, and the compact index the search box
falls back on), for `accords new` and the drafting tool (a name typed or read is resolved to a record
id), and for `accords check` (two records that are probably one). The spelling rules live in
`names.yml` beside this module, each with an example that the tests check.

A name's *key* is its spelling with the usual differences removed: folded to plain Latin letters
(Cyrillic transliterated, Turkic letters and accents folded) and rewritten so that the common
romanisations meet ("Tokayev", "Tokaev", "Токаев" → "tokaev"). Two spellings with the same key are the
same name; a typo is a key close to a record's key, scored with rapidfuzz (`fuzz.ratio`, the
normalised Indel similarity: a C++ library, maintained, MIT-licensed, and the same measure that the
search box computes in the browser).
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from babel import Locale, UnknownLocaleError
from rapidfuzz import fuzz, process

from .dataset import Dataset
from .kinds import KIND_NAMES, RECORD_KINDS, kind_of
from .model import Country

RULES_FILE = Path(__file__).with_name("names.yml")

# How a record came by a name. "Strong" names are the record's own: two records sharing one are
# probably the same. The others are search aids (a generated abbreviation, a surname, an exonym).
STRONG = frozenset({"name", "alias", "native", "official", "cldr"})
EXACT_ONLY_BELOW = 5  # keys shorter than this (abbreviations, codes) match only exactly, never as typos
FUZZY_CUTOFF = 80.0


@dataclass(frozen=True)
class Rule:
    pattern: str
    to: str
    example: str = ""

    @property
    def compiled(self) -> re.Pattern[str]:
        return _compile(self.pattern)

    def apply(self, text: str) -> str:
        """Replace every match; `$1` in `to` is the first group (JavaScript's spelling)."""
        return self.compiled.sub(lambda m: re.sub(r"\$(\d)", lambda g: m.group(int(g.group(1))) or "", self.to), text)


@cache
def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


class Spelling:
    """The rules of `names.yml`: fold, key, spelling variants and abbreviations."""

    def __init__(self, rules: Mapping[str, Any]):
        self.raw = rules
        fold = rules["fold"]
        self.letters = {r["from"]: r["to"] for r in fold["letters"]}
        self.letters.update(fold["cyrillic"])
        self.key_rules = [Rule(r["pattern"], r["to"], r.get("example", "")) for r in rules["key"]]
        self.variant_rules = [Rule(r["pattern"], r["to"], r.get("example", "")) for r in rules["variants"]["rules"]]
        self.variant_limit = int(rules["variants"]["limit"])
        self.acronym_skip = frozenset(str(w) for w in rules["acronyms"]["skip"])
        self.exonyms: dict[str, list[str]] = {k: list(v) for k, v in rules["exonyms"].items()}
        self.cldr_languages: list[str] = list(rules["cldr_languages"])
        self.demonyms: dict[str, list[str]] = {k: list(v) for k, v in rules.get("demonyms", {}).items()}

    def fold(self, text: str) -> str:
        """Lower-case plain Latin words separated by single spaces: 'Oʻzbekiston' → 'ozbekiston'."""
        lowered = unicodedata.normalize("NFC", text).lower()
        mapped = "".join(self.letters.get(char, char) for char in lowered)
        stripped = "".join(c for c in unicodedata.normalize("NFD", mapped) if unicodedata.category(c) != "Mn")
        words = "".join(c if unicodedata.category(c)[0] in "LN" else " " for c in stripped)
        return " ".join(words.split())

    def key(self, text: str) -> str:
        """The spelling of a name without the usual differences: 'Kassym-Jomart Tokayev' → 'kasim jomart tokaev'."""
        result = self.fold(text)
        for rule in self.key_rules:
            result = rule.apply(result)
        return result

    def word_variants(self, word: str) -> list[str]:
        """Readable spellings of one word ('tokayev' → 'tokaev' …), at most `limit`, the word first."""
        found = [word.lower()]
        for spelling in found:  # grows while it is read: each new spelling is tried with every rule
            for rule in self.variant_rules:
                changed = rule.apply(spelling)
                if changed and changed not in found:
                    found.append(changed)
                    if len(found) >= self.variant_limit:
                        return found
        return found

    def acronym(self, name: str, leave_out: Iterable[str] = ()) -> str | None:
        """'National Development and Reform Commission of China' → 'NDRC' (the country left out)."""
        text = name
        for country in sorted({c for c in leave_out if c}, key=len, reverse=True):
            text = re.sub(rf"(\s+of|,)?\s+\(?{re.escape(country)}\)?\s*$", "", text, flags=re.IGNORECASE)
        words = [w for w in re.split(r"[\s\-–/]+", text) if w and w.lower() not in self.acronym_skip]
        if len(words) < 3 or not all(w[0].isalpha() for w in words):
            return None
        return "".join(w[0].upper() for w in words)

    def browser_rules(self) -> dict[str, Any]:
        """The fold and key rules for the search box (docs/assets/search.js applies them the same way)."""
        return {"letters": self.letters, "key": [[r.pattern, r.to] for r in self.key_rules]}


@cache
def spelling() -> Spelling:
    return Spelling(yaml.safe_load(RULES_FILE.read_text(encoding="utf-8")))


@dataclass(frozen=True)
class Name:
    """One name of a record and where it comes from: name, alias, native (names in other languages
    and scripts), official, cldr, abbreviation, acronym (made from the name), surname, exonym, code."""

    text: str
    how: str

    @property
    def strong(self) -> bool:
        return self.how in STRONG


@dataclass(frozen=True)
class Match:
    record_id: str
    score: float  # 100 for the same key; else rapidfuzz's ratio of the keys
    name: Name


@cache
def cldr_names(iso2: str, languages: tuple[str, ...]) -> tuple[str, ...]:
    """The country's name in each of `languages`, from the Unicode CLDR (Babel)."""
    names = []
    for language in languages:
        try:
            name = Locale.parse(language).territories.get(iso2)
        except (UnknownLocaleError, ValueError):
            continue
        if name:
            names.append(name)
    return tuple(dict.fromkeys(names))


def record_names(dataset: Dataset, record_id: str, country_words: frozenset[str] | None = None) -> list[Name]:
    """Every name the record answers to, its own name first, each text once: the fields its kind keeps names
    in (accords.kinds), then the names its kind's rules add (`country_words`: those of
    `_country_words(dataset)`, given once by a caller that asks for many records)."""
    record = dataset.get(record_id)
    fields = kind_of(record).names
    names: list[Name] = [Name(dataset.name(record_id), "name")]
    abbreviation = getattr(record, fields.abbreviation) if fields.abbreviation else None
    names += [Name(a, "alias") for field in fields.aliases for a in getattr(record, field)]
    names += [Name(n, "native") for field in fields.native for n in getattr(record, field).values()]
    if abbreviation:
        names.append(Name(abbreviation, "abbreviation"))
    for rule in KIND_NAMES[dataset.kind(record_id)].name_rules:
        if rule == "acronym" and abbreviation:
            continue  # an abbreviation of its own: no acronym made up
        names += NAME_RULES[rule](dataset, record_id, lambda: country_words if country_words is not None else _country_words(dataset))
    seen: set[str] = set()
    result = []
    for name in names:
        if name.text and name.text not in seen:
            seen.add(name.text)
            result.append(name)
    return result


def _iso_names(dataset: Dataset, record_id: str, _: Callable[[], frozenset[str]]) -> list[Name]:
    """A country's ISO names, its names in its official languages and in CLDR's, its exonyms and its codes."""
    rules, record, facts = spelling(), dataset.get(record_id), dataset.facts[record_id]
    names = [Name(facts.short_name, "official"), Name(facts.official_name or "", "official")]
    names += [Name(n, "native") for n in facts.official_language_names.values()]
    names += [Name(n, "cldr") for n in cldr_names(record.iso2, tuple(rules.cldr_languages))]
    names += [Name(n, "exonym") for n in rules.exonyms.get(record.iso2, [])]
    return names + [Name(facts.iso3, "code"), Name(facts.iso2, "code")]


def _surname(dataset: Dataset, record_id: str, _: Callable[[], frozenset[str]]) -> list[Name]:
    words = dataset.name(record_id).split()
    return [Name(words[-1], "surname")] if len(words) > 1 else []


def _topic_id(dataset: Dataset, record_id: str, _: Callable[[], frozenset[str]]) -> list[Name]:
    """The id as words, where no name says it already: "education" for Education and science."""
    words = record_id.replace("-", " ")
    said = [dataset.name(record_id), *getattr(dataset.get(record_id), "aliases", [])]
    return [] if words in (n.lower() for n in said) else [Name(words, "id")]


def _acronyms(dataset: Dataset, record_id: str, country_words: Callable[[], frozenset[str]]) -> list[Name]:
    """Acronyms of the name and aliases: with the country ("… of China") left out, and also without any
    country's name in it (the Türkiye–Kazakhstan High-Level Strategic Council is the HLSC)."""
    rules, record = spelling(), dataset.get(record_id)
    country = dataset.country_of(record_id)
    leave_out = [dataset.name(country), *dataset.get(country).aliases, dataset.facts[country].short_name] if country else []
    names = []
    for name in [dataset.name(record_id), *getattr(record, "aliases", [])]:
        without = _without_countries(name, country_words())
        for acronym in (rules.acronym(name, leave_out), rules.acronym(without)):
            if acronym and len(acronym) <= 8:
                names.append(Name(acronym, "acronym"))
    return names


# A company's legal form at the end of its name ("Azerbaijan Railways CJSC", "Shenzhen Energy Group Co., Ltd."): reports
# mostly leave it out.
# A father's name after a person's first name and surname, as Russian and Central Asian usage writes it.
PATRONYMIC = re.compile(r"\s+[A-Z][a-z]+(?:ovich|evich|ovna|evna|uly|ulu|kyzy|qizi|ogly|oglu)$")
LEGAL_FORM = re.compile(r"\s+(?:CJSC|OJSC|PJSC|JSC|SC|LLC|LLP|PLC|Inc\.?|Co\.?(?:,?\s+(?:Ltd\.?|Limited))?|Ltd\.?|Limited"
                        # (and Europe's, Oman's, Türkiye's, Hungary's)
                        r"|S\.p\.A\.?|SpA|S\.r\.l\.?|GmbH|AG|S\.A\.?|SA|B\.V\.?|N\.V\.?|SAOC|SAOG|A\.Ş\.?|Kft\.?|Zrt\.?|Nyrt\.?)$")
# "JSC KazMunayGas", "National Company KazMunayGas", "State Concern Turkmengaz": the form, or the kind of company, before the name
LEGAL_FORM_BEFORE = re.compile(r"^(?:CJSC|OJSC|PJSC|JSC|LLC|LLP|(?:National|State)\s+(?:Company|Concern|Corporation)|Joint[- ]Stock\s+Company)\s+")


def _without_legal_form(dataset: Dataset, record_id: str, _: Callable[[], frozenset[str]]) -> list[Name]:
    """A company's name and aliases without the legal form they end in: 'Azerbaijan Railways CJSC' is also 'Azerbaijan
    Railways'."""
    names = [dataset.name(record_id), *getattr(dataset.get(record_id), "aliases", [])]
    return [Name(short, "alias") for name in names if (short := LEGAL_FORM.sub("", name).rstrip(" ,")) != name and short]


# The name rules a kind can take (accords.kinds.KindName.name_rules).
NAME_RULES: dict[str, Callable[[Dataset, str, Callable[[], frozenset[str]]], list[Name]]] = {
    "iso": _iso_names, "surname": _surname, "topic-id": _topic_id, "acronym": _acronyms, "legal-form": _without_legal_form,
}


def _words(text: str) -> list[str]:
    """Words of a name, and the parts of a word written in camel case: 'KyrgyzAltyn' → KyrgyzAltyn, Kyrgyz, Altyn."""
    words = []
    for word in re.split(r"[\s\-–/(),.]+", text):
        words.append(word)
        cuts = [i for i in range(1, len(word)) if word[i - 1].islower() and word[i].isupper()]
        parts = [word[a:b] for a, b in zip([0, *cuts], [*cuts, len(word)], strict=True)]
        if len(parts) > 1 and all(len(p) > 1 for p in parts):
            words += parts
    return words


def _without_countries(name: str, countries: frozenset[str]) -> str:
    """The name less every word that names a country of the dataset: 'Türkiye–Kazakhstan Joint
    Economic Commission' → 'Joint Economic Commission'."""
    return " ".join(w for w in re.split(r"[\s\-–/]+", name) if w.casefold() not in countries)


def _country_words(dataset: Dataset) -> frozenset[str]:
    words = set()
    for country_id in dataset.ids_of_type(Country):
        record = dataset.get(country_id)
        for name in [dataset.name(country_id), dataset.facts[country_id].short_name, *record.aliases]:
            if " " not in name:
                words.add(name.casefold())
    return frozenset(words)


# Records that a name can lead to: every kind whose names are searchable (not sources).
NAMED_TYPES = tuple(kind.cls for kind in RECORD_KINDS if kind.names.searchable)


class NameIndex:
    """Every record's names and their keys, for answering "which records could this string mean"."""

    def __init__(self, dataset: Dataset):
        self.dataset = dataset
        self.rules = spelling()
        self._names: dict[str, list[Name]] = {}
        self._by_key: dict[str, list[tuple[str, Name]]] = defaultdict(list)
        country_words = _country_words(dataset)
        for record_type in NAMED_TYPES:
            for record_id in dataset.ids_of_type(record_type):
                names = record_names(dataset, record_id, country_words)
                self._names[record_id] = names
                for name in names:
                    key = self.rules.key(name.text)
                    if key:
                        self._by_key[key].append((record_id, name))
        self._keys = list(self._by_key)
        self._fuzzy_keys = [k for k in self._keys if len(k) >= EXACT_ONLY_BELOW]

    def holders(self, key: str) -> list[tuple[str, Name]]:
        """(record id, name) for every name with this key."""
        return list(self._by_key.get(key, ()))

    def names(self, record_id: str) -> list[Name]:
        return list(self._names.get(record_id, ()))

    def keys(self, record_id: str) -> list[str]:
        return list(dict.fromkeys(k for n in self.names(record_id) if (k := self.rules.key(n.text))))

    def match(self, text: str, kinds: Iterable[str] | None = None, limit: int = 5, cutoff: float = FUZZY_CUTOFF) -> list[Match]:
        """The records `text` could mean, best first: the same key scores 100, a typo its similarity.

        `kinds` limits the answer to records of those kinds (as `Dataset.kind` names them)."""
        wanted = frozenset(kinds) if kinds is not None else None
        query = self.rules.key(text)
        if not query:
            return []
        best: dict[str, Match] = {}

        def consider(key: str, score: float) -> None:
            for record_id, name in self._by_key[key]:
                if wanted is not None and self.dataset.kind(record_id) not in wanted:
                    continue
                if record_id not in best or score > best[record_id].score:
                    best[record_id] = Match(record_id, score, name)

        if query in self._by_key:
            consider(query, 100.0)
        if len(query) >= EXACT_ONLY_BELOW:
            for key, score, _ in process.extract(query, self._fuzzy_keys, scorer=fuzz.ratio, score_cutoff=cutoff, limit=limit * 4):
                if key != query:
                    consider(key, min(float(score), 99.0))
        ranked = sorted(best.values(), key=lambda m: (-m.score, not m.name.strong, m.record_id))
        return ranked[:limit]

    def resolve(self, text: str, kinds: Iterable[str] | None = None) -> str | None:
        """The one record whose name has the same key as `text`, or None (no such record, or several); a company's name is
        also tried without its legal form ("Kazakhtelecom JSC", "CJSC Azerbaijan Railways")."""
        found = {m.record_id for m in self.match(text, kinds, limit=10) if m.score == 100.0}
        if not found and (short := LEGAL_FORM_BEFORE.sub("", LEGAL_FORM.sub("", text)).strip(" ,")) != text and short:
            return self.resolve(short, kinds)
        if not found and (short := PATRONYMIC.sub("", text)) != text and len(short.split()) > 1:
            return self.resolve(short, kinds)  # "Zheenbek Kulubaev Moldokanovich": the person the data names without the father's name
        return found.pop() if len(found) == 1 else None

    def lookup(self, text: str, kinds: frozenset[str]) -> tuple[str | None, str]:
        """The record `text` names (an id as it is, or a name with the same key as one record's), or
        None and a hint naming the closest records ("did you mean 'uzbekistan'?")."""
        if text in self.dataset.records and self.dataset.kind(text) in kinds:
            return text, ""
        found = self.resolve(text, kinds)
        if found:
            return found, ""
        close = [m.record_id for m in self.match(text, kinds, limit=3)]
        return None, f"did you mean {' or '.join(repr(c) for c in close)}?" if close else ""

    def search_words(self, record_id: str) -> list[str]:
        """What the search index holds for the record beyond its page: every name, and readable
        spelling variants of each word in them (Pagefind matches words and folds accents itself)."""
        words: dict[str, None] = {}
        for name in self.names(record_id):
            words[name.text] = None
            for word in _words(name.text):
                if len(word) < 3 or not any(c.isalpha() for c in word):
                    continue
                for variant in self.rules.word_variants(word):
                    words[variant] = None
                    words[self.rules.fold(variant)] = None
        return [w for w in words if w]
