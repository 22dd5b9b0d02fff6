"""The actors of a report: people (with the office the text gives them), bodies, companies and places, each a
record of the dataset where the name resolves (accords.names), else one new draft actor shared by every sentence
that names it."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..dataset import Dataset
from ..dates import PartialDate
from ..gazetteer import City, gazetteer
from ..model import Actor
from ..names import LEGAL_FORM, NameIndex
from .chinese_names import a_pinyin_name
from .drafts import DraftActor, Drafts, Fact
from .mentions import (
    APPOSED_COMPANY,
    CALENDAR_WORDS,
    DEMONYM_COUNTRIES,
    KOREAN_GIVEN_NAME,
    NOT_IN_A_PERSONS_NAME,
    OFFICE_VOCABULARY,
    OFFICE_WORDS,
    PERSON_NAME,
    SIGNED_BY,
    SURNAME,
    Mention,
    MentionFinder,
    absorb,
    coordinated_people,
    people_without_office,
    singular_office,
)
from .mentions import people as people_in
from .sentences import Sentence

COUNTRY = frozenset({"country"})
ACTOR_KINDS = frozenset({"government-body", "organisation", "mechanism", "company", "person"})
# An office without a name after it: "the Turkish Energy Minister", "Uzbekistan's President".
OFFICE_ALONE = re.compile(
    r"\b(?:the\s+)?(?P<office>(?:[A-Z][\w'’-]*\s+){1,4}(?:Minister|President|Prime Minister|Foreign Minister|Ambassador))\b(?!\s+(?:[A-Z]|of\b|for\b))")  # (not "Uzbek Minister" of "… of Investment")
# A head's title alone, which names the one the report named with it before: "met with the Crown Prince" (not "the President
# of …", nor "the President Shavkat Mirziyoyev").
TITLE_ALONE = re.compile(r"\bthe\s+(?P<office>Crown\s+Prince|Emir|Amir|King|Sultan|Chancellor|Premier|Prime\s+Minister|President)\b(?!\s+(?:of\b|[A-Z]))")
# A name after the country of an office: "President of Kyrgyzstan Sadyr Japarov".
NAME_AFTER_COUNTRY = re.compile(rf"(?:,|\s+[-–—])?\s+(?:(?:Honou?rable|H\.\s?E\.|His\s+Excellency|Her\s+Excellency)\s+)?(?P<name>{PERSON_NAME})\b")  # "President of Uzbekistan, Shavkat Mirziyoyev", "of Belarus – Sergey Aleinik"
OFFICE_BEFORE_COUNTRY = re.compile(rf"(?P<office>(?:[A-Z][\w'’-]*\s+){{0,3}}(?:{OFFICE_WORDS}))s?\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+(?:(?:of|and)\s+(?:the\s+)?)?){{0,4}}$")  # ("… of Transport and Communications of")


# The states of a region the text names as a whole ("the leaders of Central Asian countries", "the Central Asia – China
# summit", "стран Центральной Азии"): Central Asia is the UN M49 region 143, whose five members are a reference fact.
REGIONS = {"143": ("KZ", "KG", "TJ", "TM", "UZ")}
CENTRAL_ASIA = re.compile(
    r"\bCentral\s+Asian?\s*(?:[–—-]\s*[A-Z]|\+|(?:countries|states|nations|leaders|heads|republics)\b)|\b(?:countries|states|heads of states?|leaders|nations)"
    r"\s+of\s+Central\s+Asia\b|\b(?:стран|государств|глав государств)\w*\s+Центральной\s+Азии|Центральн\w+\s+Ази\w\s*[–—-]\s*[А-ЯЁ]")


# "Kazakh and Kyrgyz Agriculture Ministries": two ministries of a field, by their countries' adjectives.
DEMONYMS = "|".join(w.title() for w in DEMONYM_COUNTRIES)
SECTOR_MINISTRIES = re.compile(rf"\b(?P<first>{DEMONYMS})\s+and\s+(?P<second>{DEMONYMS})\s+(?P<field>Agriculture|Agricultural|Energy|Transport|Health|"
                               r"Education|Culture|Finance|Economy|Justice|Defen[cs]e|Tourism|Trade|Foreign|Interior|Emergency)\s+[Mm]inistries\b")
# "the Ministries of Foreign Affairs of Turkmenistan and Kyrgyzstan": the ministries of a field of the countries it names.
MINISTRIES_OF = re.compile(r"\b[Mm]inistries\s+of\s+(?P<field>[Ff]oreign\s+[Aa]ffairs|[Ee]nergy|[Aa]griculture|[Tt]ransport|[Hh]ealth|[Ee]ducation|"
                           r"[Cc]ulture|[Ff]inance|[Ee]conomy|[Jj]ustice|[Dd]efen[cs]e|[Ii]nterior)\s+of\s+(?:the\s+)?"
                           r"(?P<countries>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:,\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)*\s+and\s+(?:the\s+)?"
                           r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")
# Twin cities named as such: "between the cities of Khujand (of the Republic of Tajikistan) and Turkestan (of …)".
CITIES_OF = re.compile(r"\bbetween\s+the\s+cities\s+of\s+(?P<first>[A-Z][\w'’-]+)(?:\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?[A-Z][\w'’-]+)?\s+and\s+"
                       r"(?P<second>[A-Z][\w'’-]+)")
# "between the city of Turkestan (Republic of Kazakhstan) and the city of Khujand (Republic of Tajikistan)"
CITY_AND_CITY = re.compile(r"\bbetween\s+the\s+city\s+of\s+(?P<first>[A-Z][\w'’-]+)(?:\s+\([^)]{1,60}\))?\s+and\s+the\s+city\s+of\s+(?P<second>[A-Z][\w'’-]+)",
                           re.IGNORECASE)
# "between the Baku city of the Azerbaijan Republic and Bishkek city of the Kyrgyz Republic"
NAMED_CITY_AND_CITY = re.compile(r"\bbetween\s+(?:the\s+)?(?P<first>[A-Z][\w'’-]+)\s+city(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?"
                                 r"\s+and\s+(?:the\s+)?(?P<second>[A-Z][\w'’-]+)\s+city\b")
FIELDS = {"agricultural": "Agriculture", "foreign": "Foreign Affairs", "interior": "Internal Affairs", "emergency": "Emergency Situations"}


OFFICE_SHOWN_FOR = 366  # days: a source showing someone in an office (`as_of`) tells who held it for a year after, no longer

# Twin cities: the cities themselves sign ("twinning", "sister cities", "побратимы").
TWINNING = re.compile(r"\btwin|\bsister[- ]cit|побратим", re.IGNORECASE)

# A head's office after his state's adjective: "Chinese President Xi Jinping".
HEAD_OFFICE_AFTER = re.compile(r"\s+(?:President|Prime\s+Minister|Premier|leader)\b")

# Those who sign, told of by the sentence before: "They signed …", "The two presidents signed …".
HEADS_OF_STATE = r"heads of states?"  # ("the heads of states", a plural some reports write)
THE_HEADS_SIGNED = re.compile(rf"\bthe (?:two )?(?:{HEADS_OF_STATE}|presidents|leaders)\b|^They\s+(?:also\s+)?signed\b", re.IGNORECASE)


# The words of a state's body, whose name the data gives with its state's ("Ministry of Energy of Uzbekistan"), not a company's.
STATE_BODY = re.compile(r"\b(?:Ministry|Agency|Committee|Commission|Council|Department|Office|Service|Administration|Inspectorate|Chamber|"
                        r"Government|Cabinet|Parliament|Senate|Assembly|National Bank|Central Bank|Academy)\b")


def body_of_state(names: NameIndex, name: str) -> tuple[str, str] | None:
    """A body's name that ends with its state's ("Customs Committee under the Ministry of Economy and Finance of the
    Republic of Uzbekistan"): the body's words before it and the state, at the first "of" after which all is a state's
    name; None for a name of a state alone or of no state."""
    for of in re.finditer(r"\s+of\s+(?:the\s+)?", name):
        country = names.resolve(name[of.end():], ("country",))
        if country is not None:
            return (name[:of.start()], country) if of.start() > 0 else None
    return None


def names_of_body(names: NameIndex, country: str, body: str, hows: tuple[str, ...] | None = None) -> Iterator[str]:
    """A state's body under each of the state's names (of those kinds, `hows`, if given): "Ministry of Energy of
    Uzbekistan", "Ministry of Energy of the Republic of Uzbekistan", …"""
    return (f"{body} {of} {name.text}" for name in names.names(country) if hows is None or name.how in hows for of in ("of", "of the"))


def recorded_body(names: NameIndex, country: str, body: str, kinds: tuple[str, ...] = ("government-body",),
                  hows: tuple[str, ...] | None = None) -> str | None:
    """The record of a state's body named `body`: under one of the state's names ("Ministry of Energy of the Republic of
    Uzbekistan"), or, where the data names it without its state ("National Energy Administration", of China), by that
    name and the state the record is of."""
    known = next((found for name in names_of_body(names, country, body, hows) if (found := names.resolve(name, kinds))), None)
    if known is None:
        of_state = {record_id for record_id, name in names.holders(names.rules.key(body)) if (hows is None or name.how in hows)
                    and names.dataset.kind(record_id) in kinds and names.dataset.country_of(record_id) == country}
        known = of_state.pop() if len(of_state) == 1 else None
    return known


def recorded_city(names: NameIndex, city: str, country: str | None = None) -> str | None:
    """The record of a city's administration, under any of the forms the data names them by ("City of Shymkent", "Osh",
    "Baku City", "Municipality of Ashgabat"), of that country where one is given."""
    for name in (f"City of {city}", city, f"{city} City", f"Municipality of {city}"):
        recorded = names.resolve(name, ("government-body",))
        if recorded is not None and (country is None or names.dataset.country_of(recorded) == country):
            return recorded
    return None


# Chinese surnames that are English words a sentence may begin with: no one named by them alone ("He said …").
ENGLISH_SURNAME_WORDS = frozenset({"he", "an", "long", "fan", "gu", "su", "ye", "yu", "ma", "hu"})


# Two states' adjectives joined before a document's noun: "Kazakh-Uzbek agreement", "Azerbaijani–Kazakh documents".
PAIRED_ADJECTIVES = re.compile(r"\b(?P<first>[A-Z][a-z]+)[-–](?P<second>[A-Z][a-z]+)\s+(?:(?:[a-z][\w-]*\s+){0,2}?"
                               r"(?:agreements?|documents|memorand(?:um|a|ums)|treaty|treaties|declaration|protocols?|roadmap|programme|program)"
                               # or their commission's: "the co-chairs of the Tajik-Turkmen Joint Commission … signed a protocol"
                               # (not a business council's, whose deals are companies')
                               r"|(?:(?!Business\b)[A-Z][\w-]*\s+){0,3}(?:Commission|Council|Committee))\b")


# Capitals that stand for their states as who sign: "Moscow, Tashkent sign contract", "… was signed between Moscow, Baku and Tehran".
CAPITALS_SIGN = re.compile(r"(?:\bbetween\s+|^)(?P<list>[A-Z][\w'’-]+(?:,\s+[A-Z][\w'’-]+)*(?:,?\s+and\s+|,\s+)[A-Z][\w'’-]+)"
                           r"(?=\s+(?:sign|signs|signed|have\s+signed|will\s+sign|ink|inked)\b|\s*[.;]|\s+(?:on|in|to|for)\b)")



# An acronym in brackets after a name: "the Eurasian Development Bank (EDB)".
ACRONYM_IN_BRACKETS = re.compile(r"\s\((?P<acronym>[A-Z][A-Za-z]{1,5})\)")
SMALL_WORDS = frozenset({"of", "for", "and", "the", "on", "in", "de"})


def acronyms_defined(text: str) -> list[tuple[str, str]]:
    """The acronyms a text defines, each with the capitalised words before its brackets whose initials it is."""
    found = []
    for bracket in ACRONYM_IN_BRACKETS.finditer(text):
        acronym = bracket.group("acronym")
        words = text[:bracket.start()].split()[-10:]
        initials = ""
        for at in range(len(words) - 1, -1, -1):
            word = words[at]
            if word in SMALL_WORDS:
                continue
            if not word[:1].isupper():
                break
            initials = word[0] + initials
            if initials.upper() == acronym.upper():
                found.append((acronym, " ".join(words[at:])))
                break
    return found


class Actors:
    def __init__(self, dataset: Dataset, names: NameIndex, finder: MentionFinder, published: PartialDate | None, drafts: Drafts):
        self.dataset = dataset
        self.names = names
        self.finder = finder
        self.published = published
        self.drafts = drafts
        self._new_actors: dict[str, DraftActor] = {}
        self.offices: dict[tuple[str, int], str | None] = {}  # (sentence, start) -> the office written with a new person's name
        self.named: dict[str, tuple[str, str | None]] = {}  # a surname -> the whole name and office the report gave it first
        self.surnames: set[str] = set()  # the last names of all the people the report has named so far (mentions_of)
        self.companies: set[str] = set()  # the new companies the report has named so far, with and without their legal form
        self.acronyms: dict[str, str] = {}  # an acronym the report defined -> the name it stands for ("EDB": "Eurasian Development Bank")

    def actor(self, mention: Mention, sentence: Sentence, office: str | None = None) -> str | DraftActor:
        """The record id of a known actor, or a (shared) draft actor for a new one."""
        if mention.record_id:
            self.drafts.linked.setdefault(mention.record_id, []).append(sentence)
            return mention.record_id
        possessive = re.match(r"(?P<owner>[A-Z][\w-]*(?: [A-Z][\w-]*)?)['’]s (?P<name>.+)$", mention.text)
        if possessive:  # "China's National Development and Reform Commission" is "… of China"
            known = self.names.resolve(f"{possessive.group('name')} of {possessive.group('owner')}", ACTOR_KINDS)
            if known:
                self.drafts.linked.setdefault(known, []).append(sentence)
                return known
        name = mention.text
        if mention.kind != "person":  # "the EDB", after "the Eurasian Development Bank (EDB)": that name (resolved below)
            name = self.acronyms.get(name, name)
        if possessive and mention.kind != "person" and (self.names.resolve(possessive.group("owner"), ("country",))
                                                        or self.names.rules.key(possessive.group("owner")) in self.finder.other_countries):
            # a record's name: "Ministry of Culture of Azerbaijan"; a company keeps its own ("China's CITIC Group": CITIC Group,
            # of China)
            name = f"{possessive.group('name')} of {possessive.group('owner')}" if STATE_BODY.search(possessive.group("name")) \
                else possessive.group("name")
        if mention.kind != "person" and (of_state := body_of_state(self.names, name)) is not None:
            # "General Administration of Customs of the People's Republic of China": the record of that body under another of
            # its state's names, or a new one named as the data names bodies, after the state's name in the data ("… of China")
            body, state = of_state
            known = self.known_body(state, body)
            if known is not None:
                self.drafts.linked.setdefault(known, []).append(sentence)
                return known
            # (a name that ends with its state's already keeps it once: "Ministry of Enterprises and Made in Italy")
            name = body if body.endswith(f" {self.dataset.name(state)}") else f"{body} of {self.dataset.name(state)}"
        if mention.how == "new" and mention.kind in ("company", "organisation") and " " in name:
            # "Golden Valley is in talks …", after "Golden Valley Agro Holding": the company the report named in full (its name
            # and a word or two of a company's kind; not "KTZ Express" for "KTZ")
            fuller = {full for c in self.companies if (full := LEGAL_FORM.sub("", c)).startswith(name + " ") and re.fullmatch(
                r"(?:[A-Z][\w-]*\s+)?(?:Holding|Group|Company|Corporation|Corp|Holdings)", full[len(name) + 1:])}
            if len(fuller) == 1:
                name = fuller.pop()
        known = self.names.resolve(name, ACTOR_KINDS) if mention.how == "new" else None
        if known is not None:  # a name read as new that the data knows ("CEO of the Azerbaijan Investment Holding": the holding)
            self.drafts.linked.setdefault(known, []).append(sentence)
            return known
        key = self.names.rules.key(name)
        if mention.kind == "person" and " " not in name.strip() and key not in self._new_actors:
            # "Он же, Сафарзода, подписал меморандум …", after "Фаридун Сафарзода": the one person of that surname named before
            named = [a for k, a in self._new_actors.items() if a.kind == "person" and k.split()[-1:] == [key] and len(k.split()) > 1]
            if len(named) == 1:
                return named[0]
        if key not in self._new_actors:
            country = self._country_of_new(mention, office)
            actor = DraftActor(Fact(name, sentence), "country" if mention.kind == "new-country" else mention.kind, country, office)
            self._new_actors[key] = actor
            self.drafts.actors.append(actor)
        return self._new_actors[key]


    def state_of(self, person: Mention, office: str | None) -> str | None:
        """The state a person (or body) is of, without drafting an actor: the record's; a new one's as drafted already,
        or as its name or the office the text gives it says ("President of Kazakhstan Kassym-Jomart Tokayev")."""
        if person.record_id:
            return self.dataset.country_of(person.record_id)
        drafted = self._new_actors.get(self.names.rules.key(person.text))
        return drafted.country if drafted is not None else self._country_of_new(person, office)

    def _country_of_new(self, mention: Mention, office: str | None) -> str | None:
        return mention.country or self.country_in(mention.text) or self.country_in(office or "")

    def body_of(self, country: str, body: str, sentence: Sentence, named: str | None = None) -> str | DraftActor:
        """A country's body named by its kind ("the foreign ministries" of two countries): its record where the dataset
        knows it under one of the country's names in English ("Ministry of Foreign Affairs of the Republic of
        Kazakhstan"), else a new body under the country's name as the text gives it (`named`) or as the dataset does."""
        known = self.known_body(country, body)
        if known is not None:
            self.drafts.linked.setdefault(known, []).append(sentence)
            return known
        country_name = named or self.dataset.name(country)
        of = "of the" if re.match(r"(?:Republic|Kingdom|People|State|Islamic|United|Russian Federation)\b", country_name) else "of"
        return self.actor(Mention(f"{body} {of} {country_name}", 0, 0, None, "government-body", "new"), sentence)

    def known_body(self, country: str, body: str) -> str | None:
        """The record of a country's body of this name, under any of the country's names in English."""
        return recorded_body(self.names, country, body, ("government-body", "company", "organisation"), ("name", "alias", "official"))

    def region_countries(self, text: str) -> list[str]:
        """The countries of a region the text names as a whole (REGIONS), in the dataset's ids."""
        if not CENTRAL_ASIA.search(text):
            return []
        return [c for code in REGIONS["143"] if (c := self.dataset.country_by_iso2.get(code))]

    def heads_countries(self, text: str) -> list[str]:
        """The states of the heads a sentence names, two at least, by their names or by an adjective before an office
        ("Chinese President Xi Jinping and Azerbaijan President Ilham Aliyev"): whose are the documents "they signed"
        in the next."""
        countries = dict.fromkeys(m.record_id for m in self.finder.find(text, COUNTRY) if m.record_id and (
            m.how != "demonym" or HEAD_OFFICE_AFTER.match(text, m.end)))
        return list(countries) if len(countries) > 1 else []

    def country_in(self, text: str) -> str | None:
        countries = [m.record_id for m in self.finder.find(text) if m.kind == "country"]
        return countries[-1] if countries else None


    def office_before(self, sentence: str, mention: Mention, others: list[Mention]) -> str | None:
        """The office written just before a person's name: 'Uzbek Minister of Mining Industry and Geology'."""
        boundary = max((m.end for m in others if m.end <= mention.start and m is not mention and m.kind == "person"), default=0)
        before = sentence[boundary:mention.start]
        match = re.search(rf"((?:[A-Z][\w'’-]*\s+|(?:of|and|the|for)\s+){{0,10}}?(?:[A-Z][\w'’-]*\s+)?(?:{OFFICE_WORDS})(?:\s+(?:of|for|and|the|[A-Z][\w'’-]*))*)\s*$", before)
        if not match:
            return None
        office = match.group(1).strip()
        office = re.sub(r"^(?:and|the|by|of)\s+", "", office)
        return office or None


    def office_comma_before(self, sentence: str, mention: Mention) -> str | None:
        """'the President of the Republic of Tajikistan, Emomali Rahmon,' → the office before the comma."""
        match = re.search(rf"(?:^|,\s+and\s+|\band\s+)(?i:the\s+)?((?:[A-Z][\w'’-]*\s+)*(?:{OFFICE_WORDS})(?:\s+(?:of|for|the|[A-Z][\w'’-]*))*),\s+$",
                          sentence[:mention.start])
        return " ".join(match.group(1).split()) if match else None


    def office_after(self, sentence: str, mention: Mention) -> str | None:
        """'Hakan Fidan, Minister of Foreign Affairs of Türkiye,' → the office after the name."""
        match = re.match(rf",\s+(?:the\s+)?((?:[A-Z][\w'’-]*\s+){{0,3}}(?:{OFFICE_WORDS})\b[^,;]*)", sentence[mention.end:])
        return " ".join(match.group(1).split()) if match else None


    def people(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """People in the sentence: records, names written after an office, and offices that name one
        recorded person ('the Turkish Energy Minister')."""
        found = [self._named_before(m, text) if " " not in m.text else m for m in mentions if m.kind == "person"]
        previous_office: str | None = None
        for person in people_in(text):
            office = person.office
            if office and re.search(r"\bcounterpart$", office) and previous_office:
                # "Azerbaijani President Ilham Aliyev and his Uzbek counterpart Shavkat Mirziyoyev": the Uzbek President
                head = re.search(rf"(?:{OFFICE_WORDS})$", previous_office)
                office = re.sub(r"^(?:his|her|their)\s+", "", office[:-len("counterpart")] + (head.group(0) if head else "counterpart"))
            previous_office = office or previous_office
            other = re.search(r"[A-Z][\w'’-]+\s+[A-Z][\w'’-]+\s+of\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+and\s+"
                              r"(?P<own>(?:[A-Z][\w'’-]*\s+)*(?:President|Minister|Premier|Chairman|Chairperson|Speaker|Secretary|Chancellor|Emir|King|Leader))$",
                              office or "")
            if other:
                # "President Kassym-Jomart Tokayev of Kazakhstan and President Shavkat Mirziyoyev": the second one's office is
                # the words after "and", not the first one's name and state before them
                office = other.group("own")
            state_after = re.match(r"\s+of\s+(?:the\s+)?", text[person.end:])
            state = next((m for m in mentions if state_after and m.kind == "country" and m.start == person.end + state_after.end()), None)
            if office and state is not None and not re.search(r"\bof\b", office) and not self.country_in(office):
                # "President Kassym-Jomart Tokayev of Kazakhstan": the office of the state named after the name
                office = f"{office} of {state.text}"
            called = person.name
            whole, first_office = self.named.get(called, (None, None)) if " " not in called else (None, None)
            if whole is not None:
                # "President Tokayev", after "Kazakh President Kassym-Jomart Tokayev": that person, of the state said then
                called = whole
                office = office if office and self.country_in(office) else first_office or office
            if not any(m.start < person.end and person.start < m.end for m in mentions):
                found.append(Mention(called, person.start, person.end, None, "person", "new"))
                self.offices[(text, person.start)] = office
        listed: tuple[int, str] | None = None  # where the name of a list's last item ended, and the office the list shares
        # "President of Kyrgyzstan Sadyr Japarov", "Chairman of the People's Republic of China Xi Jinping", and after a body
        # "Chairman of the People's Council of Turkmenistan Gurbanguly Berdimuhamedov"
        for mention in mentions:
            if mention.kind not in ("country", "new-country", "government-body", "organisation", "company", "mechanism") or mention.how == "demonym":
                continue
            name = NAME_AFTER_COUNTRY.match(text, mention.end)
            written = OFFICE_BEFORE_COUNTRY.search(text[:mention.start])
            office = " ".join(text[written.start("office"):mention.end].split()) if written else None
            if written is None and listed and re.fullmatch(r",\s+(?:and\s+)?(?:the\s+)?", text[listed[0]:mention.start]):
                # "the Foreign Ministers of Belarus – Sergey Aleinik, Iran Hossein Amir Abdollahian, …": the list's office
                office = f"{listed[1]} of {mention.text}"
            # (an office word within a name is the name's: "Hossein Amir Abdollahian"; one that begins it is an office)
            if name is None or office is None or name.group("name").split()[0].lower() in OFFICE_VOCABULARY \
                    or any(NOT_IN_A_PERSONS_NAME.fullmatch(word) for word in name.group("name").split()):
                continue  # "Head of the China Relations Department": a body's name after the country, not a person's
            # "the Foreign Ministers of …": each one's (not "Chairman of the Cabinet of Ministers of …", the body's word)
            office = re.sub(rf"(?<!\bof\s)\b({OFFICE_WORDS})s\b", r"\1", office, count=1)
            start, end = name.start("name"), name.end("name")
            longer = re.match(r"(?:\s+[A-Z][\w'’-]*)+", text[end:])
            if longer:  # "Chairman of Kazakhstan Temir Zholy Nurlan Sauranbayev": the state begins a body's name; his, the last two words
                words = list(re.finditer(r"[A-Z][\w'’-]*", text[start:end + longer.end()]))
                start, end = start + words[-2].start(), start + words[-1].end()
                office = " ".join(text[written.start("office"):start].split()) if written else office
            if any(m.start < end and start < m.end for m in [*mentions, *found]):
                continue
            found.append(Mention(text[start:end], start, end, None, "person", "new"))
            self.offices[(text, start)] = office
            listed = (end, office.split(" of ")[0])
        by = re.search(rf"{SIGNED_BY}\s+(?:(?:the\s+)?(?P<plural>(?:[\w-]+\s+){{0,3}}?(?:[Mm]inisters|[Pp]residents|[Ll]eaders|[Cc]hairmen))"
                       rf"(?:\s+of\s+the\s+two\s+(?:countries|states|sides))?,?\s+)?"
                       rf"(?P<first>{PERSON_NAME})(?:,\s+(?P<middle>{PERSON_NAME}))?\s+and\s+(?P<last>{PERSON_NAME})\b", text)
        for group in ("first", "middle", "last") if by else ():
            # "was signed by Mikayil Jabbarov and Arman Shakkaliyev": people the text names without an office; "signed by the
            # energy ministers of the two countries, A and B": each with the office in the singular
            assert by is not None
            if by.group(group) and by.group(group).split()[0].lower() not in OFFICE_VOCABULARY \
                    and not any(m.start < by.end(group) and by.start(group) < m.end for m in [*mentions, *found]):
                # (not "Deputy Minister" of "signed by Sardor Yusupov and Deputy Minister of Agriculture Dilshod Rakhimov")
                found.append(Mention(by.group(group), by.start(group), by.end(group), None, "person", "new"))
                plural = by.group("plural")
                self.offices[(text, by.start(group))] = singular_office(plural) if plural else None
        signed_by = re.search(SIGNED_BY, text)
        for also in re.finditer(rf"\band\s+by\s+(?P<name>{PERSON_NAME})\b", text[signed_by.end():] if signed_by else ""):
            # "signed by Energy Minister X on behalf of Kazakhstan and by Parviz Shahbazov on behalf of Azerbaijan": the second too
            assert signed_by is not None
            start, end = signed_by.end() + also.start("name"), signed_by.end() + also.end("name")
            if also.group("name").split()[0].lower() not in OFFICE_VOCABULARY and not any(m.start < end and start < m.end for m in [*mentions, *found]):
                found.append(Mention(also.group("name"), start, end, None, "person", "new"))
                self.offices[(text, start)] = None
        for known in [a for a in self._new_actors.values() if a.kind == "person"]:
            # "Meanwhile, David Cameron visited Turkmenistan", after "the Secretary of State …, David Cameron, signed …": a
            # person the report has named before, by the whole name
            for match in re.finditer(rf"\b{re.escape(str(known.name.value))}\b", text):
                if not any(m.start < match.end() and match.start() < m.end for m in [*mentions, *found]):
                    found.append(Mention(match.group(0), match.start(), match.end(), None, "person", "new"))
        for surname, (whole, office) in self.named.items():
            # "Cameron and Nurtleu signed", after "UK Foreign Secretary David Cameron" and "Kazakhstan's Deputy Prime Minister –
            # Foreign Minister Murat Nurtleu": those people, with the offices the report gave them
            for match in re.finditer(rf"\b{re.escape(surname)}\b", text):
                word_before = re.search(r"([A-Z][\w'’-]*)\s+$", text[:match.start()])  # "Secretary Hale": an office's word before
                # (his possessive is his: "As part of Mirziyoyev’s state visit")
                if (word_before and word_before.group(1).lower() not in OFFICE_VOCABULARY) or re.match(r"(?!['’]s\b)[\w'’-]|\s+[A-Z]", text[match.end():]) \
                        or any(m.start < match.end() and match.start() < m.end for m in [*mentions, *found]):
                    continue  # part of a longer name ("Cameron Industries"), or a name already found
                found.append(Mention(whole, match.start(), match.end(), None, "person", "surname"))
                self.offices[(text, match.start())] = office
        for _, start, end in people_without_office(text):  # "Kassym-Jomart Tokayev arrived in Baku": no office written
            within = [m for m in mentions if start <= m.start < end]
            after = text[within[-1].end:end] if within and start < within[-1].end < end else ""
            if " " in after.strip() and SURNAME.search(text[start:end]):
                # "President of the Republic of Uzbekistan Shavkat Mirziyoyev": the name after the state's
                start = end - len(after.lstrip())
            if not any(m.start < end and start < m.end for m in [*mentions, *found]):
                found.append(Mention(text[start:end], start, end, None, "person", "new"))
        # "talks between Shavkat Mirziyoyev and Vladimir Putin": the name joined to a person's is a person's
        for joined, start, end in coordinated_people(text, [(m.start, m.end) for m in found]):
            if not any(m.start < end and start < m.end for m in [*mentions, *found]):
                found.append(Mention(joined, start, end, None, "person", "new"))
        for match in OFFICE_ALONE.finditer(text):
            if any(m.start < match.end() and match.start() < m.end for m in found):
                continue
            holder = self.holder_of(match.group("office"))
            if holder:
                found.append(Mention(match.group("office"), match.start("office"), match.end("office"), holder, "person", "office"))
        for match in TITLE_ALONE.finditer(text):
            # "… met with the Crown Prince at the Royal Court", after "Saudi Arabia’s Crown Prince Mohammed bin Salman": the one
            # person the report named with that title (none where it named two presidents)
            if any(m.start < match.end() and match.start() < m.end for m in [*mentions, *found]):
                continue
            title = " ".join(match.group("office").lower().split())
            holders = {whole: office for whole, office in self.named.values() if office and re.search(rf"\b{title}$", " ".join(office.lower().split()))}
            if len(holders) == 1:
                [(whole, office)] = holders.items()
                found.append(Mention(whole, match.start("office"), match.end("office"), None, "person", "office"))
                self.offices[(text, match.start("office"))] = office
        return sorted(found, key=lambda m: m.start)


    def holder_of(self, office: str) -> str | None:
        """The one recorded person whose office, in the office's country, has every word of `office`:
        'Turkish Energy Minister' → the Minister of Energy and Natural Resources of Türkiye."""
        country = self.country_in(office)
        if country is None:
            return None
        skip = {self.names.rules.key(w) for w in self.names.rules.demonyms.get(self.dataset.get(country).iso2, [])} | {"of", "tke", "and"}
        wanted = {w for w in self.names.rules.key(office).split() if w not in skip}
        if wanted <= {"minister", "deputy", "ambassador"}:
            return None  # "the Uzbek Minister": one of many, however few the data holds
        found: dict[str, tuple[int, int, int]] = {}
        for person_id, person in self.dataset.of_type(Actor):
            for position in person.positions:
                where = position.country or (self.dataset.country_of(position.body) if position.body else None) or person.country
                if where != country or (position.until is not None and self.published and position.until.latest() < self.published.earliest()):
                    continue
                held = position.as_of or position.since
                if held is not None and self.published is not None and held.earliest() > self.published.latest():
                    continue  # shown in the office only after the text was written
                if position.as_of and not position.since and self.published is not None and \
                        (self.published.earliest() - position.as_of.latest()).days > OFFICE_SHOWN_FOR:
                    continue  # shown in it once, long before the text: whether they still hold it, the data does not say
                if wanted and wanted <= set(self.names.rules.key(position.office).split()):
                    found[person_id] = max(found.get(person_id, (0, 0, 0)), held.sort_key() if held else (0, 0, 0))
        if not found:
            return None
        # Several have held it: the one the sources show in it most recently before the text.
        ranked = sorted(found.items(), key=lambda item: item[1], reverse=True)
        return ranked[0][0] if len(ranked) == 1 or ranked[0][1] > ranked[1][1] else None


    def city(self, name: str) -> City | None:
        """The city of the tracked countries a word written as a place names (GeoNames, accords.gazetteer), or None:
        "in March" is a month, "in Beijing" a city. The larger cities are looked up first (their list reads in a
        third of the time), then the towns of 5,000 people or more (Cholpon-Ata)."""
        if name.casefold() in CALENDAR_WORDS:
            return None
        countries = frozenset(self.dataset.country_by_iso2)
        return next((city for size in (15000, 5000) if (city := gazetteer(countries, size).locate(name, countries)) is not None), None)

    def _named_before(self, mention: Mention, text: str) -> Mention:
        """A recorded person named by one word (a surname, an alias), where the report has named someone else of that
        surname ("Foreign Secretary Tom Cameron", not the recorded David Cameron): the one the report named."""
        whole, office = self.named.get(mention.text, (None, None))
        if whole is None or mention.record_id is None or self.names.rules.key(whole) == self.names.rules.key(self.dataset.name(mention.record_id)):
            return mention
        self.offices[(text, mention.start)] = office
        return Mention(whole, mention.start, mention.end, None, "person", "surname")

    def remember(self, text: str) -> None:
        """The people a sentence names with an office ("UK Foreign Secretary David Cameron"), so that a later sentence
        may name them by surname alone; the first office given stays. And the acronyms it defines."""
        self.acronyms.update((acronym, full) for acronym, full in acronyms_defined(text) if acronym not in self.acronyms)
        with_office = people_in(text)
        self.surnames.update(p.name.split()[-1] for p in with_office)
        named = [(p.name, p.office) for p in with_office] + [(name, None) for name, _, _ in people_without_office(text)]
        for name, office in named:
            surname = name.split()[-1]
            words = name.split()
            if len(words) == 2 and (a_pinyin_name(*words) and words[0].casefold() not in ENGLISH_SURNAME_WORDS or KOREAN_GIVEN_NAME.fullmatch(words[1])) \
                    and words[0] not in self.named:
                # "Xi made the remarks …" after "Chinese President Xi Jinping", "in the presence of Kambarov and Yoon" after
                # "Governor Yoon Tae-seok": the surname first
                self.named[words[0]] = (name, office)
                self.surnames.add(words[0])
                continue
            if " " in name and len(surname) > 3 and surname.casefold() not in CALENDAR_WORDS and surname not in self.named:
                self.named[surname] = (name, office)

    def mentions_of(self, text: str, surnames: set[str]) -> list[Mention]:
        """The names of a text, recorded and new, in order: bodies, ministries and cities as well as records. surnames: the
        last names of the people the report has named so far, to which this text's recorded people are added."""
        mentions, bodies = absorb(text, self.finder.find(text))
        surnames.update(self.dataset.name(m.record_id).split()[-1] for m in mentions if m.kind == "person" and m.record_id)
        # "Cameron and Nurtleu signed", after "David Cameron" and "Murat Nurtleu": the surnames of people the report named
        bodies = [b for b in bodies if not (b.how == "new" and " " not in b.text and b.text in surnames)]
        if not TWINNING.search(text):  # "Doha and Astana signed a memorandum": the states whose capitals they are
            bodies = [self._capital_state(b) or b for b in bodies]
        ministries = self.ministries_of(text)
        mentions = [m for m in mentions if not any(b.start <= m.start < b.end for b in ministries)]  # "Kazakh" is of the ministry's name
        # "China Energy Engineering Corporation (CEEC or Energy China)", "Masdar, UAE's leading renewable energy company,": the
        # body's other names, or what it is, not a state of its own
        described = [(b.end, b.end + after.end()) for b in bodies if b.kind in ("company", "organisation", "government-body")
                     and (after := re.match(r"\s*\([^()]{1,60}\)", text[b.end:]) or APPOSED_COMPANY.match(text, b.start) and re.match(
                         r",[^,]*", text[b.end:]))]
        mentions = [m for m in mentions if not any(start <= m.start < end for start, end in described)]
        # "Kuryk Sea Terminal and Absheron Ferry Company expect to sign …", after "Kuryk Sea Terminal LLP" and "Absheron Ferry Company
        # CJSC": the two companies the report has named, not one body of the whole name
        bodies = [part for body in bodies for part in self._companies_named_again(body)]
        found = mentions + bodies + ministries + self.cities_between(text, mentions)
        # "Hyeonmu Digital and Tengri Cloud expect to sign …", after "Hyeonmu Digital Co., Ltd." and "Tengri Cloud LLC": the companies
        # the report has named, named again (the longest first)
        for company in sorted(self.companies, key=len, reverse=True):
            for again in re.finditer(rf"(?<![\w'’-]){re.escape(company)}(?![\w'’-])", text):
                if not any(m.start < again.end() and again.start() < m.end for m in found):
                    found.append(Mention(company, again.start(), again.end(), None, "company", "new"))
        for body in bodies:
            if body.kind == "company" and body.how == "new" and " " in body.text:
                self.companies.update({body.text, LEGAL_FORM.sub("", body.text)})
        return sorted(found, key=lambda m: m.start)

    def _companies_named_again(self, body: Mention) -> list[Mention]:
        joined = re.fullmatch(r"(?P<first>.+?)\s+and\s+(?P<second>.+)", body.text) if body.how == "new" else None
        if joined is None or not {joined["first"], joined["second"]} <= self.companies:
            return [body]
        return [Mention(joined["first"], body.start, body.start + joined.end("first"), None, "company", "new"),
                Mention(joined["second"], body.start + joined.start("second"), body.end, None, "company", "new")]

    def _capital_state(self, body: Mention) -> Mention | None:
        """A one-word name a sentence gives as a signer that is a state's capital: that state, as wire prose names it."""
        if body.how != "new" or body.kind != "organisation" or " " in body.text:
            return None
        country = self.state_of_capital(body.text)
        return Mention(body.text, body.start, body.end, country, "country", "capital") if country else None

    def paired_states(self, text: str) -> list[str]:
        """The two states a pair of adjectives before a document's noun, or its commission's, names ("a Kazakh-Uzbek
        agreement", "Azerbaijani-Kazakh documents", "the Tajik-Turkmen Joint Commission"): its parties, where the text names none."""
        pair = PAIRED_ADJECTIVES.search(text)
        states = [self.country_in(pair.group(side)) for side in ("first", "second")] if pair else []
        return [s for s in states if s] if all(states) and len(set(states)) == 2 else []

    def state_of_capital(self, name: str) -> str | None:
        """The state whose capital the name is ("Doha", "Ашхабад"), or None for any other place."""
        city = self.city(name)
        capitals = gazetteer(frozenset(self.dataset.country_by_iso2), 15000).capitals  # a capital has 15,000 people and more
        return self.dataset.country_by_iso2.get(city.country) if city is not None and city.geonameid in capitals else None

    def capitals_that_sign(self, text: str) -> list[str]:
        """The states of capitals named for them as who sign or between whom ("Moscow, Tashkent sign contract", "signed between
        Moscow, Baku and Tehran"): two or more, each a state's capital, else none."""
        listed = CAPITALS_SIGN.search(text)
        if listed is None:
            return []
        states = [self.state_of_capital(name) for name in re.split(r",\s+(?:and\s+)?|\s+and\s+", listed.group("list"))]
        return [s for s in dict.fromkeys(states) if s] if all(states) and len(set(states)) > 1 else []

    def cities_between(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """Cities that are parties: "between Kazakhstan's Shymkent and China's Xi'an" (twin cities), each the city's
        administration under the name the dataset gives one ("City of Shymkent"), of the country whose city it is.
        Only a city of that country (the gazetteer's), and only after "between": "China's Xi'an" elsewhere is a place."""
        found = []
        for mention in mentions:
            whose = re.match(r"['’]s\s+(?P<city>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?![\w'’-])(?!\s+(?:region|province|oblast|district)\b)", text[mention.end:])
            if mention.kind != "country" or whose is None or not re.search(r"\bbetween\s+(?:[^.;]*\band\s+)?$", text[:mention.start]):
                continue
            city = self.city(whose.group("city"))
            country = self.dataset.country_by_iso2.get(city.country) if city is not None else None
            if country is not None and country == mention.record_id:
                found.append(self._city(whose.group("city"), mention.start, mention.end + whose.end(), country))
        for cities in [*CITIES_OF.finditer(text), *CITY_AND_CITY.finditer(text), *NAMED_CITY_AND_CITY.finditer(text)]:
            # "between the cities of Khujand of the Republic of Tajikistan and Turkestan of the Republic of Kazakhstan"
            for side in ("first", "second"):
                city = self.city(cities.group(side))
                country = self.dataset.country_by_iso2.get(city.country) if city is not None else None
                if country is not None and not any(m.start <= cities.start(side) < m.end for m in found):
                    found.append(self._city(cities.group(side), cities.start(side), cities.end(side), country))
        return found

    def _city(self, city: str, start: int, end: int, country: str) -> Mention:
        """A city's administration, named as the dataset names one ("City of Shymkent"): its record, or a new body."""
        return _body_mention(f"City of {city}", start, end, recorded_city(self.names, city, country), country)

    def ministries_of(self, text: str) -> list[Mention]:
        """Ministries named by their countries' adjectives and their field: "Kazakh and Kyrgyz Agriculture Ministries" are
        the Ministry of Agriculture of Kazakhstan and that of Kyrgyzstan, each its record where the dataset has one."""
        named: list[tuple[re.Match[str], list[str | None]]] = [
            # "the ministries of foreign affairs of Tajikistan and China": each country's ministry of that field
            (match, [m.record_id for m in self.finder.find(match.group("countries")) if m.kind == "country" and m.how != "demonym"])
            for match in MINISTRIES_OF.finditer(text)]
        named += [(match, [self.names.resolve(DEMONYM_COUNTRIES[match.group(side).lower()], ("country",)) for side in ("first", "second")])
                  for match in SECTOR_MINISTRIES.finditer(text)]
        found = []
        for match, countries in named:
            field = FIELDS.get(match.group("field").lower(), match.group("field").title())
            found += [_body_mention(f"Ministry of {field} of {self.dataset.name(country)}", match.start(), match.end(),
                                    self.known_body(country, f"Ministry of {field}"), country) for country in countries if country is not None]
        return found

    def a_city(self, name: str) -> bool:
        return self.city(name) is not None

    def city_after_in(self, text: str) -> str | None:
        """The city of the first 'in <Name>' of the text ("… held in Astana"), where the name is one."""
        # ("in Uzbekistan's historic city of Samarkand", "in the Turkish capital Ankara", "in the Chinese capital, Beijing")
        # (and "in the port city of Tianjin", "in the capital city of Astana")
        # (and "in north China's Tianjin", "in Kazakhstan's Burabay")
        place = re.search(r"\bin\s+(?:(?:the\s+)?[A-Z][\w'’-]+(?:['’]s)?\s+(?:[a-z]+\s+)?(?:city\s+of|capital,?)\s+|the\s+(?:[a-z]+\s+){0,2}city\s+of\s+"
                          r"|(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-?west|north-?east|south-?west|south-?east)\s+)?"
                          r"[A-Z][\w-]+['’]s\s+)?"
                          r"(?P<place>(?:St\.?\s+)?[A-Z][\w'’-]+)(?!\s+(?:Asia|Europe|Caucasus)\b)(?P<more>\s+[A-Z][\w'’-]+)?", text)
        if place is None:
            return None
        name = re.sub(r"^St\.?\s+", "Saint ", place.group("place"))  # "in St. Petersburg": Saint Petersburg (not the Floridian town)
        if place.group("more") and self.a_city(two := name + place.group("more")):
            return two  # "in Abu Dhabi", not "Abu"
        return name if self.a_city(name) else None


def _body_mention(name: str, start: int, end: int, known: str | None, country: str) -> Mention:
    """A country's body the text names by what it is: its record where there is one, else a new body of that country."""
    return Mention(name, start, end, known, "government-body", "name" if known else "new", country)
