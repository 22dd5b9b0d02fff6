"""The vocabulary of documents that the drafting passes share: the nouns that name a document and its kind, the verbs done
to it, a report's dateline, and what in a sentence is a place, a subject or a body rather than a party."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from ..dataset import Dataset
from ..model import AgreementKind
from ..names import NameIndex
from .actors import FIELDS, Actors
from .drafts import DraftActor, DraftAgreement, Drafts, Fact, Party
from .mentions import BODY_WORDS, Mention
from .sentences import Sentence
from .when import dates_in

# What comes between "document" and the quotation mark of its name: 'a document entitled "…"', 'the document "…"'.
ENTITLED = r"\s+(?:(?:en)?titled\s+|called\s+|named\s+)?[“\"«]"
# Document nouns and the kind of agreement each names; plurals in brackets.
DOCUMENTS: list[tuple[str, AgreementKind]] = [
    (r"memorand(?:um|a|ums) of (?:understanding|intent)|mou?s?\b|memorand(?:um|a|ums)", AgreementKind.memorandum),
    (r"joint declarations?|declarations? of intent|declarations?", AgreementKind.declaration),
    (r"letters? of intent", AgreementKind.other),  # a letter of intent is none of the kinds
    (r"joint statements?", AgreementKind.joint_statement),
    (r"(?:joint |final |news )?communiqu[eé]s?", AgreementKind.other),  # a communiqué is none of the kinds (as the data records it)
    (r"action plans?|plans? of action", AgreementKind.action_plan),
    (r"road ?maps?", AgreementKind.roadmap),
    # "Cooperation Plan", and "a Plan of cooperation between …" (not any "plan of": "the plan of the new city")
    (r"(?:cooperation|work|working|joint|(?:joint )?implementation) plans?|plans?(?=\s+of\s+(?:practical\s+|priority\s+)?(?:cooperation|joint|measures|events|actions|"
     r"interaction|consultations)\b)", AgreementKind.plan),
    (r"protocols?", AgreementKind.protocol),
    (r"contracts?", AgreementKind.contract),
    (r"(?:cooperation )?program(?:me)?s?", AgreementKind.programme),
    (r"treat(?:y|ies)", AgreementKind.treaty),
    (r"decisions?(?=\s+(?:on|of|regarding)\s)", AgreementKind.decision),  # "adopted a decision on the chairmanship", not "a decision to"
    (r"resolutions?(?=\s+(?:on|of|regarding)\s)", AgreementKind.decision),  # as the data records a resolution of heads of state
    (r"concepts?(?=\s+(?:of|for|on)\s)", AgreementKind.concept),  # "the Concept of development of regional cooperation"
    (r"minutes(?=\s+of\s)", AgreementKind.minutes),  # "the minutes of the meeting"
    # "a document on twin cities": a document of a kind it does not say; 'a document entitled "Strategy of Cooperation for
    # 2025–2030"', 'the document "Roadmap for …"': named by its quoted title
    (rf"document(?=\s+on\s|{ENTITLED})", AgreementKind.other),
    (r"conventions?(?=\s+(?:on|of|for)\s)", AgreementKind.other),  # "the convention on the legal status of …": none of the kinds
    (r"charters?(?=\s+of\s)", AgreementKind.charter),  # "the Charter of …", not "charter flights"
    (r"(?:intergovernmental |bilateral |strategic cooperation |cooperation |framework )?agreements?|accords?|pacts?|deals?", AgreementKind.agreement),
    # "signed a $180 million loan to modernize …", "is expected to sign a parallel $100 million loan with Uzbekistan": the loan's
    # agreement (not "loan agreement", which the agreement's noun names)
    (r"loans?(?!\s+agreements?)(?=\s+(?:with|to|for|from|worth|of)\s)", AgreementKind.agreement),
]
DOCUMENT_NOUNS = "|".join(f"(?:{p})" for p, _ in DOCUMENTS)
DOCUMENT = re.compile(r"\b(?P<noun>" + DOCUMENT_NOUNS + r")\b", re.IGNORECASE)
SIGNING = re.compile(r"\b(sign(?:ed|ing|s)?|inked|ink|penned|sealed|initial(?:l)?ed|conclud(?:ed|es|e)(?!\s+with\b)|(?:(?<=been\s)|(?<=was\s)|(?<=were\s))concluded(?=\s+with\b)|adopt(?:ed|s)?|adoption(?=\s+of\b)|approv(?:ed|es)|endorsed|finali[sz]ed|formali[sz]ed|reached|exchanged|ratif(?:y|ies|ied)|issued"
                     # "put their signatures to an agreement"
                     r"|put\s+(?:their|its|his|her)\s+signatures?(?=\s+(?:to|on|under)\s)"
                     # the words of contracts: "entered into a Strategic Partnership Agreement", "executed the protocol of …"
                     r"|entered\s+into(?=\s+(?:an?|the)\s)|executed(?=\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:protocol|agreement|memorandum|contract|treaty)s?\b))\b",
                     re.IGNORECASE)
# A report's dateline: "TAJIKISTAN, May 18 -", "DUSHANBE, Tajikistan, June 17.", "ASTANA, Kazakhstan, October 1."
# ("BEIJING, Nov. 28 (Xinhua) --": with the agency in brackets)
# ("SEOUL, South Korea, March 5, 2026 /PRNewswire/ --": a release's wire, between slashes)
DATELINE = re.compile(r"^[A-ZÀ-Ý][A-ZÀ-Ý .'-]+,\s+(?:[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*,\s+)?[A-Z][a-z]+\.?\s+\d{1,2}(?:,\s+\d{4})?(?:\s*\([^()]{1,30}\)|\s*/[^/]{1,30}/)?\s*[.\-–—:]"
                      r"|^[A-Z][\w-]*\.(?:com|net|org|az|kz|uz)\s+Report\s*[-–—]\s*[A-Z][a-z]+\.?\s+\d{1,2},"  # "Wedoany.com Report-Nov. 27,"
                      # "Bishkek, 22 March 2022 (TDI):", "Tashkent, June 5 –": a city written in small letters, its day, a colon or a dash
                      # (and its country: "Baku, Azerbaijan, Nov. 3 (Trend) —")
                      r"|^[A-Z][a-z'’-]+(?:[ -][A-Z][a-z'’-]+)?,\s+(?:[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?,\s+)?"
                      r"(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2},?)(?:\s+\d{4})?(?:\s*\([^()]{1,30}\))?\s*[:\-–—]\s")
# A document between bodies of the countries, not the countries: "between the foreign ministries", "between Tajikistan's
# Sughd region and China's Shaanxi province" (the bodies are its parties; no country is put in their place).
BETWEEN_BODIES = re.compile(r"\bbetween\s+(?:the\s+)?(?:[\w’'-]+\s+){0,6}?(?:ministries|agencies|media|newspapers?|companies|concerns|regions?|provinces?|"
                            r"cities|universities|banks|chambers|committees)\b", re.IGNORECASE)
# A Russian document's own sides, named after "между" ("между Агентством …", "между АО «…»"): where the tool cannot read
# them, no state of a visit or package is put in their place.
OWN_SIDES_RU = re.compile(r"(?<![\w-])между\s+[А-ЯЁA-Z«]")
# The ministries of the countries, named by their field: "between the foreign ministries", "of the Ministers of Foreign
# Affairs", "between ministries of health" (ministry_of: the name of each; of ministers, the foreign ministers' only).
MINISTRY_FIELDS = r"health|culture|education|energy|agriculture|transport|finance|justice|defen[cs]e|tourism|trade"  # named alike before and after
MINISTRIES = re.compile(rf"\b(?:(?P<adjective>foreign|{MINISTRY_FIELDS}|agricultural|interior|emergency)\s+ministries|(?P<foreign>foreign)\s+ministers|"
                        rf"ministries\s+of\s+(?P<field>foreign\s+affairs|{MINISTRY_FIELDS}|economy|internal\s+affairs|ecology|emergency\s+situations|labou?r)"
                        r"|ministers\s+of\s+(?P<affairs>foreign\s+affairs))\b", re.IGNORECASE)
_FIELD_NAMES = {**FIELDS, "defense": "Defence"}  # the ministries' names of fields Actors reads, and the data's spelling of defence


def ministry_of(ministries: re.Match[str]) -> str:
    """The name of each country's ministry a MINISTRIES match tells of: "between ministries of health": "Ministry of Health"."""
    return ministry_named(ministries.group("field") or ministries.group("adjective") or ministries.group("foreign") or ministries.group("affairs"))


def ministry_named(field: str) -> str:
    """A ministry's name by its field as a text writes it: "foreign" → "Ministry of Foreign Affairs", "energy" → "Ministry of Energy"."""
    field = " ".join(field.lower().split())
    return f"Ministry of {_FIELD_NAMES.get(field, field.title())}"


# Initialled, not signed: "initialled the border treaty" (a status of its own, never "signed").
INITIALLING = re.compile(r"\binitial(?:l)?(?:ed|ing)\b", re.IGNORECASE)
# The words by which a chamber is named, as the data's chambers are (a body of the ratifying state whose name holds one).
CHAMBER_WORDS = ("Senate", "Mazhilis", "Majilis", "Jogorku Kenesh", "Legislative Chamber", "Majlisi Namoyandagon", "Majlisi Milli", "Milli Majlis",
                 "State Duma", "Federation Council", "Grand National Assembly")
# A chamber of parliament as Russian texts name it (the stems, in any case), its name in English (CHAMBER_WORDS) and its
# state: the chamber names the state that ratified ("Маджлиси намояндагон ратифицировал его": Tajikistan's lower chamber).
CHAMBERS_IN_RUSSIAN = ((r"жогорку\s+кенеш", "Jogorku Kenesh", "Kyrgyzstan"), (r"маджлиси\s+намояндагон", "Majlisi Namoyandagon", "Tajikistan"),
                       (r"маджлиси\s+милли", "Majlisi Milli", "Tajikistan"), (r"мажилис", "Mazhilis", "Kazakhstan"),
                       (r"милли\s+меджлис", "Milli Majlis", "Azerbaijan"), (r"олий\s+мажлис", "Oliy Majlis", "Uzbekistan"),
                       (r"госдум|государственн\w+\s+дум", "State Duma", "Russia"), (r"совет\w*\s+федерации", "Federation Council", "Russia"))


def chamber_in_russian(text: str) -> tuple[str, str] | None:
    """The English name of the chamber of parliament a Russian text names first, and its state's, where it is of one."""
    found = [(m.start(), english, state) for pattern, english, state in CHAMBERS_IN_RUSSIAN for m in [re.search(rf"(?i)\b{pattern}", text)] if m]
    return min(found)[1:] if found else None


# An entry into force, as a report tells it: "entered into force", "вступило в силу".
ENTRY_INTO_FORCE = re.compile(r"\b(?:entered|enters|came|comes)\s+into\s+force\b|\bвступ\w*\s+в\s+(?:законную\s+)?силу", re.IGNORECASE)
# The step of a ratification a sentence reports (accords.model.Stage), most telling first: an exchange of notes or
# instruments, a deposit, the law (or decree, or resolution) on ratification signed, a chamber's vote (by its name, or a
# parliament's words).
RATIFICATION_STAGES = [
    ("notes exchanged", re.compile(r"\bexchang\w*\b[^.;]{0,60}\b(?:instruments|notes|ratification\s+letters)\b|\bобмен\w*\s+(?:ратификационн\w+\s+грамот\w*|нот\w*)",
                                   re.IGNORECASE)),
    ("instrument deposited", re.compile(r"\bdeposit\w*\b[^.;]{0,60}\binstrument|\binstrument[^.;]{0,60}\bdeposit\w*|\bсдал\w*\s+на\s+хранение", re.IGNORECASE)),
    ("law signed", re.compile(r"\b(?:signed|signs|has\s+signed)\s+(?:a\s+|the\s+)?(?:law|decree|resolution)\b|\bподписал\w*\s+(?:закон|указ|постановление)",
                              re.IGNORECASE)),
    ("chamber vote", re.compile(r"\b(?:" + "|".join([*CHAMBER_WORDS, "Majlis", "Majlisi", "parliament", r"lower (?:house|chamber)",
                                                     r"upper (?:house|chamber)", "deputies", "lawmakers", "MPs"]) + r")\b|"
                                r"\b(?:Сенат|Мажилис|Жогорку\s+Кенеш|Законодательн\w+\s+палат|Олий\s+Мажлис|Милли\s+Меджлис|Маджлиси|Госдум|Совет\w*\s+Федерации|"
                                r"парламент|депутат)\w*", re.IGNORECASE)),
    # the document's own entry into force (last: "the law on its ratification entered into force" is the law's)
    ("in force", ENTRY_INTO_FORCE),
]


def ratification_stage(text: str) -> str | None:
    """The stage of a ratification the sentence reports, or None where its words do not say which."""
    return next((stage for stage, pattern in RATIFICATION_STAGES if pattern.search(text)), None)
# A signing witnessed, not signed: 'witnessed the signing'.
WITNESS = re.compile(r"\bwitness(?:ed|es)?\b", re.IGNORECASE)
PARTY_KINDS = ("country", "new-country", "government-body", "organisation", "mechanism", "company")


def kind_of(noun: str) -> AgreementKind:
    """The kind of document a noun names ("memoranda" → memorandum of understanding); an agreement where none says."""
    for pattern, kind in DOCUMENTS:
        if re.fullmatch(pattern.split("(?=")[0], noun, re.IGNORECASE):  # the noun itself, without what must follow it
            return kind
    return AgreementKind.agreement



def drafted_as(drafts: Drafts, names: NameIndex, kind: AgreementKind, title: str) -> DraftAgreement | None:
    """The document drafted already of this kind under this title (its spelling aside): the same one, told again."""
    key = names.rules.key(title)
    return next((a for a in drafts.agreements if a.kind.value == kind.value and a.title and names.rules.key(str(a.title.value)) == key), None)


def region_parties(actors: Actors, agreement: DraftAgreement, sentence: Sentence) -> None:
    """'A Memorandum … in the “Central Asia – China” format': the states of Central Asia are parties beside those named."""
    region = actors.region_countries(sentence.text)
    if region and agreement.parties:
        named = [p.value for p in agreement.parties]
        added: list[Fact[Party]] = [Fact(c, sentence, "a state of Central Asia, which the sentence names as a whole") for c in region if c not in named]
        agreement.parties = added + agreement.parties



def all_states(dataset: Dataset, parties: Iterable[Fact[Party]]) -> bool:
    """Whether every party is a state's record (true of none)."""
    return all(isinstance(p.value, str) and dataset.kind(p.value) == "country" for p in parties)


def state_of(dataset: Dataset, party: object) -> str | None:
    """The state a party (a record id or a new actor) is of: a state's own record is its own."""
    return dataset.country_of(party) if isinstance(party, str) else getattr(party, "country", None)


def the_two_companies_before(dataset: Dataset, drafts: Drafts, agreement: DraftAgreement, sentence: Sentence,
                             kinds: tuple[str, ...] = ("company",)) -> list[Fact[Party]]:
    """"the two companies", "the partners", "компании": the two companies (of `kinds`) of the document told of last before
    the agreement, as its parties; none where there is no such document."""
    earlier = next((a for a in reversed(drafts.agreements) if a is not agreement and len(a.parties) == 2 and all(
        (p.value.kind if isinstance(p.value, DraftActor) else dataset.kind(str(p.value))) in kinds for p in a.parties)), None)
    return [Fact(p.value, sentence, "the two companies of the document told of before") for p in earlier.parties] if earlier else []


def displayed(dataset: Dataset, values: Iterable[object]) -> str:
    """Parties as a title lists them: "A and B", "A, B and C"."""
    names = [display(dataset, value) for value in values]
    return f"{', '.join(names[:-1])} and {names[-1]}" if len(names) > 1 else "".join(names)


def display(dataset: Dataset, value: object) -> str:
    """A party or person as a title shows it: the record's name, or the new actor's as the text writes it."""
    if isinstance(value, str):
        return dataset.name(value)
    if isinstance(value, DraftActor):
        return str(value.name.value)
    return str(value)



_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
WHEN_AT_END = re.compile(rf"\s+on\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?)(?:\s+(?:in|at|during|by|this|last|next)\b.*)?$"
                           r"|\s+(?:(?:next|this|last|later\s+this|earlier\s+this|in\s+the\s+coming)\s+(?:week|month|year|days|weeks|months)"
                           r"|today|yesterday|tomorrow)\b.*$")


def without_when_and_where(title: str) -> str:
    """'Roadmap on transit cooperation in 2022' → 'Roadmap on transit cooperation': a title's date and
    place are fields of their own."""
    # not a date that names another document: "Protocol on amendment of the December 10, 2010 treaty on …"
    dated = [d for d in dates_in(title, None) if not re.match(rf"\s+(?:{DOCUMENT_NOUNS})\b", title[d.start + len(d.text):], re.IGNORECASE)]
    if dated:
        title = title[:dated[0].start]
    title = re.sub(r"\s+(?:in|by|during)\s+(?:the\s+)?(?:(?:first|second)\s+half|early|late|mid|end|beginning|spring|summer|autumn|fall|winter)(?:\s+of)?\s*$",
                   "", title.strip(" ,"), flags=re.IGNORECASE)  # "… in the second half of 2026": its date, cut above
    title = re.sub(r"\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b.*$", "", title)
    title = WHEN_AT_END.sub("", title)  # "… on 12 March", "… next month": a day or month its year is not given with
    title = re.sub(r"\s+(?:on|in)\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?$", "", title)  # "… on Nov." (cut at its full stop)
    # "… signed in Tashkent", not a title's own capitalised words ("Protocol on Training and Cooperation in Military Health")
    where = re.search(r"\s+(?:in|at)\s+(?:[A-Z][\w'’-]*(?:\s+|$))+.*$", title)
    if where and not re.search(r"\b[A-Z][\w'’-]*$", title[:where.start()]):
        title = title[:where.start()]
    title = re.sub(r"\s+(?:on\s+the\s+sidelines\s+of|during|within\s+the\s+framework\s+of|in\s+the\s+framework\s+of)\s+.*$", "", title)  # the occasion
    return re.sub(r"(?:\s+(?:in|on|at|of|the|and|for|between))+\s*$", "", title.strip()).strip(" ,")  # "… of the" (cut at a word in lower case)


def a_subject(text: str, mention: Mention) -> bool:
    """A body an agreement is about, not a party to it: 'the agreement on the establishment of the Turkic Investment Fund'
    (not the first state of a pair's partnership: "on the establishment of China-Tajikistan comprehensive … partnership")."""
    if mention.kind in ("country", "new-country") and re.match(r"\s*[-–—]\s*[A-Z]", text[mention.end:]):
        return False
    return bool(re.search(r"\b(?:establishment|creation|founding|setting up|meeting|session|summit|sitting)\s+of\s+(?:the\s+|a\s+|an\s+)?$"
                          # and whose the body founded is: "for the establishment of the Council of Central (National) Banks of
                          # the Member Countries of the Organization of Turkic States"
                          r"|\b(?:establishment|creation|founding|setting up)\s+of\s+(?:the\s+)?(?:(?:(?-i:[A-Z(][\w'’()-]*)|of|the|and)\s+)+?of\s+(?:the\s+)?$"
                          # what a document builds: "an agreement … on the construction and equipping of the Republican … Center"
                          r"|\b(?:construction|building|equipping|reconstruction|modernization|modernisation|expansion)\s+(?:and\s+\w+\s+)?of\s+(?:the\s+|a\s+|an\s+)?$"
                          # what a document is on: "an agreement on the Supreme Interstate Council"
                          r"|\b(?:agreement|memorandum|treaty|protocol|declaration|statement)\s+on\s+(?:the\s+)?$"
                          r"|\bunder\s+the\s+(?:[\w-]+\s+){1,3}of\s+(?:the\s+)?$"  # "the Agency … under the President of Tajikistan"
                          # the body its co-chairs chair: "the co-chairs of the Tajik-Turkmen Joint Commission … signed a protocol"
                          r"|\bco-?chair(?:s|men|man|woman|persons?)?\s+of\s+(?:the\s+)?$",
                          text[:mention.start], re.IGNORECASE)) or (
        # a legislature or council in a person's office, named after him: "Gurbanguly Berdimuhamedow, chairman of the
        # People's Council of …" (not the fund its chairman signs for: "X, Chairman of Samruk Kazyna Sovereign Wealth Fund, signed")
        mention.kind != "country" and re.search(r",\s+(?:the\s+)?(?:chairman|chairwoman|chair|head|speaker|president)\s+of\s+(?:the\s+)?$",
                                                 text[:mention.start], re.IGNORECASE) is not None and re.search(
            r"\b(?:Council|Parliament|Senate|Assembly|Majlis|Mazhilis|Kenesh|Khural|Duma|Maslahaty|Kurultai)\b", mention.text) is not None)


# Goods or trains that move between two places: "transit freight moving between China and Uzbekistan" (a route, not sides).
# (and the carriage told of by its noun: "regular container shipments between Bishkek and the Port of Baku"; not "services" nor
# "transport", whose agreements are between governments: "Agreement on air services between the Government of …")
MOVING_BETWEEN = re.compile(r"\b(?:moving|travel(?:l)?ing|running|shipped|transported|carried|passing|plying|"
                            r"shipments|flights|deliveries|trains|voyages|sailings|crossings|"
                            # a line or service's ends: "a joint container feeder line between Aktau and Alat" (not a credit line's banks)
                            r"(?<!credit\s)(?<!credit-)lines?|services?|routes?|links?|connections?)\s+between\s+"
                            r"(?P<pair>[^,;.]+?\s+and\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*)*)")


def between_on_a_route(text: str, start: int) -> bool:
    """Whether the position lies in the pair of a route's "moving between A and B"."""
    return any(m.start("pair") <= start < m.end("pair") for m in MOVING_BETWEEN.finditer(text))


def in_a_route(text: str, mention: Mention) -> bool:
    """A state in the name of a route ('the China–Kyrgyzstan–Uzbekistan railway'): a party only where the sentence names
    no other (the states of a trilateral agreement on it), not beside the companies that sign one on its construction."""
    return mention.kind in ("country", "new-country") and bool(re.match(
        r"(?:\s*[-–—]\s*[A-Z][\w'’-]*)*\s+(?:railway|railroad|pipeline|gas pipeline|oil pipeline|corridor|highway|road|motorway|power line|"
        r"transmission line|cable|canal)\b", text[mention.end:])) and bool(
        re.match(r"\s*[-–—]", text[mention.end:]) or re.search(r"[A-Z][\w'’-]*\s*[-–—]\s*$", text[:mention.start]))


# What is a state's and not the state acting, named "… of" it: its land, its people, its initiative.
WHOSE_NOUNS = ("territory|territories|region|province|parts?|capital|city|cities|people|peoples|citizens|nationals|initiative|"
               "participation|interests|soil|south|north|east|west|centre|center|heart|outskirts|economy|markets?|invitation|request|proposal|"
               # "KazMunayGas (KMG), the national oil and gas company of Kazakhstan": whose company
               "company|companies|corporation|operator|carrier")


def a_place(text: str, mention: Mention) -> bool:
    """A country named as where something happens ('in Tajikistan', 'to Türkiye') or as whose a named place or body is
    ("Kazakhstan's Shymkent", "Tajikistan's Sughd region", "North Kazakhstan region", "the X company (Uzbekistan)"), or a
    city's administration named as where ("in Bishkek"), not as a party."""
    if mention.kind not in ("country", "new-country"):  # a city's administration named as where: "signed a memorandum in Bishkek",
        # a region where a project is: "to develop a wind farm in the Mingbulak region"
        # (and the last of regions listed so: "meters … in the Khatlon and Sughd regions", "in Kashkadarya, Samarkand and Bukhara regions")
        # (and a region a thing goes from or to: "an energy bridge from the Caucasus region to Europe")
        # (and after a place whose name has "of": "in the Republic of Karakalpakstan and Khorezm region")
        return bool(re.search(r"\bin\s+$", text[:mention.start]) or re.search(r"\b(?:in|from|to|across|through)\s+(?:the\s+)?(?:[A-Z][\w'’-]*(?:\s+of)?(?:,|\s+and)?\s+)*$",
                                                                            text[:mention.start])
                    and re.search(r"\b(?:region|province|oblast|district)s?$", mention.text, re.IGNORECASE)
                    # the venue of a ceremony: "a ceremony of signing a … agreement … was held at the National Investment Agency"
                    or re.search(r"\b(?:held|took\s+place|hosted)\s+at\s+(?:the\s+)?$", text[:mention.start]))
    before = text[:mention.start]
    return (bool(re.search(r"\b(in|to|at|from|through|via|across|into|within|throughout)\s+(the\s+)?$|\bcapital\s+of\s+$", before)  # "in Beijing, capital of China"
                 # what is the state's, not the state: "the territory of Azerbaijan", "the Issyk-Kul region of Kyrgyzstan", "on
                 # the initiative of Uzbekistan" (not "the governments of A and B", who act for their states)
                 or re.search(rf"\b(?:{WHOSE_NOUNS})\s+of\s+(the\s+)?(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?:,\s+|,?\s+and\s+)(?:the\s+)?)*$", before)
                 # the state a body's name ends with, where the body was found without it ("the National Energy Administration of
                 # the People's Republic of China"; not "the Government of Kazakhstan", which is the state)
                 or re.search(rf"\b(?!Government\b|Parliament\b|Cabinet\b)(?:{BODY_WORDS})(?:\s+(?:of|for|and|on)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?"
                              r"(?<!Government)(?<!Cabinet of Ministers)\s+of\s+(?:the\s+)?$", before)
                 # "in Sharm El Shaikh, Egypt." (not "In Ankara, Türkiye and Uzbekistan signed")
                 or re.search(r"\bin\s+(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*,\s+$", before) and re.match(r"\s*(?:[.;)]|$)", text[mention.end:]))
            # (but "Top officials from Iran and Tajikistan have signed": whose officials)
            and not re.search(r"\b(?:officials|delegations?|representatives|ministers|companies|firms|businesses|experts|leaders|authorities|"
                              r"agencies|institutions|organi[sz]ations|counterparts)\s+from\s+(?:the\s+)?$", before)
            or (text[:mention.start].endswith("(") and text[mention.end:].startswith(")"))  # "the X company (Uzbekistan)"
            # "KazMunayGas (KMG, Kazakhstan's national oil and gas company)": whose the company is, in its brackets
            or (re.search(r"\([^()]*$", text[:mention.start]) is not None and re.match(r"['’]s\s+[^()]*\)", text[mention.end:]) is not None)
            or bool(re.match(r"\s+(?:News|Press|Information|Telegraph)\s+Agency\b", text[mention.end:]))  # "Kuwait News Agency" tells
            or bool(re.match(r"['’]s\s+(?!(?:Cabinet|Government)\b)[A-Z]|\s+(?:region|province|oblast|company|firm|companies|firms|partners?|investors?)\b"
                             # "Uzbekistan's national railway company O'zbekiston Temir Yo'llari": whose company it is
                             r"|['’]s\s+(?:national|state|state-owned|state-run|largest|leading)\s+(?:[\w-]+\s+){0,4}(?:company|firm|operator|carrier|corporation)\b"
                             # "Kazakhstan's sovereign wealth fund Samruk-Kazyna": whose the named fund is
                             r"|['’]s\s+(?:[a-z][\w-]*\s+){0,3}(?:company|firm|operator|carrier|corporation|fund|bank|holding|group|giant|major)\s+[A-Z]",
                             text[mention.end:]))  # "the UAE company": whose company, not a party
            or bool(re.search(r"\b(?:North|South|East|West)\s+$", text[:mention.start])))


def pair_parties(actors: Actors, text: str, start: int, stop: int) -> list[Mention]:
    """The names of one pair of a list ('…, Samarkand region and Hajdú-Bihar district, …'), read in the pair's own words,
    as the list puts it after 'between': a name does not run on over the comma into the next pair."""
    piece = "between " + text[start:stop]
    shift = start - len("between ")
    return [replace(m, start=m.start + shift, end=m.end + shift) for m in actors.mentions_of(piece, set())
            if m.kind in PARTY_KINDS and m.how != "demonym" and not a_place(piece, m) and m.start >= len("between ")
            # "media structures of the PRC": whose the body is, not a party of its own
            and not (m.kind == "country" and re.search(r"\b[a-z][\w-]*\s+of\s+(?:the\s+)?$", piece[:m.start]))]
