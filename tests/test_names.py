"""The names module: every spelling of a name leads to its record (accords.names, accords/names.yml)."""

from __future__ import annotations

import pytest

from accords.loader import load_dataset
from accords.names import NameIndex, Rule, spelling

RULES = spelling()


def _examples(section: str) -> list[tuple[str, str]]:
    rules = RULES.raw[section] if section == "key" else RULES.raw[section]["rules"]
    return [tuple(part.strip() for part in r["example"].split("→")) for r in rules]


@pytest.mark.parametrize(("text", "expected"), [
    (r["example"].split("→")[0].strip(), r["example"].split("→")[1].strip()) for r in RULES.raw["fold"]["letters"]
] + [(e["text"], e["folded"]) for e in RULES.raw["fold"]["examples"]])
def test_every_fold_example_in_the_rules_file_holds(text, expected):
    assert RULES.fold(text) == expected


@pytest.mark.parametrize(("text", "expected"), _examples("key"))
def test_every_key_example_in_the_rules_file_holds(text, expected):
    assert RULES.key(text) == expected


@pytest.mark.parametrize("rule", RULES.raw["variants"]["rules"], ids=lambda r: r["example"])
def test_every_variant_rule_does_what_its_example_says(rule):
    before, after = (part.strip() for part in rule["example"].split("→"))
    assert Rule(rule["pattern"], rule["to"]).apply(before) == after
    assert after in RULES.word_variants(before)


def test_the_acronym_example_holds():
    example = RULES.raw["acronyms"]["example"]
    assert RULES.acronym(example["text"], [example["country"]]) == example["acronym"]


@pytest.mark.parametrize(("spellings"), [
    ["Tokayev", "Tokaev", "Токаев", "TOKAYEV"],
    ["Mirziyoyev", "Mirziyoev", "Mirzioyev", "Мирзиёев"],
    ["Kazakhstan", "Kazakstan", "Qazaqstan", "Казахстан", "Kazahstan"],
    ["Kyrgyz", "Kirgiz", "Kirghiz", "Кыргыз"],
    ["Tajikistan", "Tadzhikistan", "Tadjikistan", "Таджикистан"],
    ["Kassym-Jomart", "Kasym Zhomart", "Kassym Jomart"],
    ["Erdoğan", "Erdogan", "ERDOĞAN", "Эрдоган"],
    ["Yermek", "Ermek", "Ермек"],
    ["Oʻzbekiston", "O'zbekiston", "Ozbekiston", "O‘zbekiston"],
])
def test_spellings_of_one_name_share_one_key(spellings):
    assert len({RULES.key(s) for s in spellings}) == 1, {s: RULES.key(s) for s in spellings}


@pytest.mark.parametrize(("one", "other"), [
    ("Mirziyoyev", "Mirzoyev"),  # two different surnames
    ("Kazakhstan", "Uzbekistan"),
    ("Tokayev", "Tokayeva"),  # a man and a woman of one family
    ("Aliyev", "Alimov"),
])
def test_different_names_keep_different_keys(one, other):
    assert RULES.key(one) != RULES.key(other)


def test_word_variants_are_bounded_and_start_with_the_word():
    variants = RULES.word_variants("Dzhambyl-Kyrgyzkhanovich")
    assert variants[0] == "dzhambyl-kyrgyzkhanovich"
    assert len(variants) <= RULES.raw["variants"]["limit"]


def test_browser_rules_are_the_same_rules():
    browser = RULES.browser_rules()
    assert browser["letters"]["ı"] == "i" and browser["letters"]["х"] == "kh"
    assert [tuple(r) for r in browser["key"]] == [(r["pattern"], r["to"]) for r in RULES.raw["key"]]


# --- Records -------------------------------------------------------------------------------------


@pytest.fixture
def index(data_dir) -> NameIndex:
    data_dir.minimal()
    data_dir.write("actors/kassym-jomart-tokayev.yml", "kind: person\nname: Kassym-Jomart Tokayev\ncountry: kazakhstan\nsources: [report]\n")
    data_dir.write("actors/reform-commission.yml",
                   "kind: government-body\nname: National Development and Reform Commission of Uzbekistan\ncountry: uzbekistan\nsources: [report]\n")
    data_dir.write("actors/turkic-states.yml", "kind: organisation\nname: Organization of Turkic States\nabbreviation: OTS\nsources: [report]\n")
    return NameIndex(load_dataset(data_dir.path))


@pytest.mark.parametrize(("query", "expected"), [
    ("Tokaev", "kassym-jomart-tokayev"),  # a surname alone, another romanisation
    ("Токаев", "kassym-jomart-tokayev"),
    ("Kasym-Zhomart Tokaev", "kassym-jomart-tokayev"),
    ("Özbekistan", "uzbekistan"),  # the CLDR name in Turkish
    ("Ўзбекистон", "uzbekistan"),  # in Uzbek Cyrillic
    ("乌兹别克斯坦", "uzbekistan"),  # in Chinese
    ("Kazakstan", "kazakhstan"),  # an exonym
    ("KAZ", "kazakhstan"),  # the ISO 3166 alpha-3 code
    ("NDRC", "reform-commission"),  # made from the name, the country left out
    ("ots", "turkic-states"),
    ("Organisation of Turkic States", "turkic-states"),  # one letter off
])
def test_a_name_in_any_spelling_leads_to_its_record(index, query, expected):
    matches = index.match(query)
    assert matches and matches[0].record_id == expected, matches


def test_a_typo_is_a_close_match_not_an_exact_one(index):
    best = index.match("Uzbekstan")[0]
    assert best.record_id == "uzbekistan" and 80 <= best.score < 100


def test_short_keys_never_match_as_typos(index):
    assert index.match("OTZ") == []


def test_resolve_answers_only_an_exact_and_unique_name(index):
    assert index.resolve("Özbekistan", kinds={"country"}) == "uzbekistan"
    assert index.resolve("Uzbekstan", kinds={"country"}) is None  # a typo is a suggestion, never resolved
    assert index.resolve("Tokayev", kinds={"country"}) is None  # not of the wanted kind


def test_match_can_be_limited_to_kinds(index):
    assert [m.record_id for m in index.match("Uzbekistan", kinds={"government-body"})] == []


def test_search_words_hold_variants_of_every_word(index):
    words = index.search_words("kassym-jomart-tokayev")
    assert {"Kassym-Jomart Tokayev", "tokaev", "kasym", "zhomart"} <= set(words)


def test_a_company_is_also_named_without_its_legal_form(data_dir):
    data_dir.minimal()
    data_dir.write("actors/rail.yml", "kind: company\nname: Steppe Railways CJSC\ncountry: uzbekistan\nsources: [report]\n")
    data_dir.write("actors/grid.yml", "kind: company\nname: Steppe Grid Co., Ltd.\nsources: [report]\n")
    data_dir.write("actors/unit.yml", "kind: government-body\nname: Steppe Unit LLC\nsources: [report]\n")  # a body keeps its name
    names = NameIndex(load_dataset(data_dir.path))
    assert [names.resolve(n) for n in ("Steppe Railways", "Steppe Grid", "Steppe Unit")] == ["rail", "grid", None]
    # a report's name with the legal form, before or after it, is the company the data names without
    assert [names.resolve(n) for n in ("JSC Steppe Railways", "Steppe Grid LLC", "Steppe Unit")] == ["rail", "grid", None]
    # a person named with a father's name after the surname, as the region writes it
    data_dir.write("actors/aibek.yml", "kind: person\nname: Aibek Steppeev\ncountry: uzbekistan\nsources: [report]\n")
    assert NameIndex(load_dataset(data_dir.path)).resolve("Aibek Steppeev Moldokanovich") == "aibek"
    # a company named with the kind of company it is before its name, or "Limited" after it
    assert [names.resolve(n) for n in ("National Company Steppe Railways", "State Concern Steppe Railways", "Steppe Grid Limited")] == [
        "rail", "rail", "grid"]
