"""Names in a sentence linked to records: "Mirziyoev" → shavkat-mirziyoyev, "Turkish" → turkiye.

Every run of words is looked up by its key (accords.names): the longest name wins, and each word
belongs to one name at most. Bodies, companies and people that the dataset does not know are found by
their shape ("Ministry of …", "… Company", an office followed by a name) and become new actors.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from functools import cache

from ..dataset import Dataset
from ..names import LEGAL_FORM, NameIndex
from .chinese_names import a_pinyin_name

MAX_WORDS = 14  # the longest names ("Ministry of Natural Resources, Ecology and Technical Supervision of the Kyrgyz Republic")
_WORD = re.compile(r"\w+", re.UNICODE)
# When one spelling names several records, the one most likely meant in news text.
KIND_ORDER = ["person", "government-body", "company", "organisation", "mechanism", "country", "event", "project",
              "agreement", "sector", "mineral", "corridor"]
SKIPPED_HOW = frozenset({"code"})

# Shapes of names the dataset may not hold yet.
BODY_WORDS = (r"Ministry|Agency|Union|Committee|Commission|Council|Department|Office|Bank|Fund|Corporation|Company|Holding|Seaport|Airport|Airlines|Airways|"
              r"Railways?|Authority|Service|Administration|Cent(?:er|re)|University|Institute|Association|Chamber|"
              r"Organi[sz]ation|Group|Enterprise|Forum|Secretariat|Parliament|Government|"
              # the chambers of the region's parliaments: "the Mazhilis of Kazakhstan", "the Great State Khural of Mongolia"
              r"Mazhilis|Majilis|Majlis|Khural|Kenesh|Senate|"
              # a region's or city's administration: "the Hokimiyat of Tashkent Region", "the Akimat of Almaty"
              r"Hokimiyat|Khokimiyat|Akimat|Hakimlik|Hyakimlik|"
              r"Concern|Port(?=\s+of\s+[A-Z])")  # "the Turkmennebit State Concern", "Port of Baku" (the port's company, not the city)
# A capitalised word, also one that begins with a capital of the Latin letters' accents ("Örme", "Şişecam", "Élysée").
UPPER = "A-Z" + "".join(chr(c) for c in range(0xC0, 0x250) if chr(c).isupper())
_CAP = rf"[{UPPER}][\w'’&.-]*"
NEW_BODY = re.compile(
    rf"(?:(?:{_CAP}|of|for)\s+|(?:{_CAP}\s+)and\s+(?={_CAP})){{0,5}}(?:{BODY_WORDS})\b"  # (not "Office" of "Chief Executive Officer")
    rf"(?:(?:\s+(?:of|for|on|the|in|under)|\s+and(?!\s+the\b)(?!\s+(?:{BODY_WORDS})\b)(?!\s+{_CAP}['’]s\s+(?:{_CAP}\s+){{0,3}}(?:{BODY_WORDS})\b)|\s+{_CAP}"
    # "Ministry of Investments, Industry and Trade", but not "… of Uzbekistan and Israel's Agency for …" nor "the Ministry of
    # Energy of Azerbaijan, China Datang Overseas Investment Co. Ltd., and …": a body after "and X's" or a company after
    # the comma is a body of its own, as is one after the comma and "X's" ("…, Uzbekistan's Ministry of Transport")
    # (nor an office after the comma: "led by the co-chair of the Committee, Deputy Chairman of the Cabinet … Kakajan …")
    rf"|,(?!\s+(?:{_CAP}\s+){{0,5}}(?:Co\.|Ltd|LLC|JSC|CJSC|Limited|Company|Corporation|Group|Inc|PLC)\b)(?!\s+{_CAP}['’]s\s)"
    rf"(?!\s+(?:Deputy|Vice|First|Chairman|Chairwoman|Chair|Minister|President|Head|Director|Ambassador|Governor|Mayor|Secretary|"
    rf"State\s+Minister|Prime\s+Minister|Chief|CEO)\b)\s+{_CAP}"
    # "Ministry of Digital Development, Innovations, and Aerospace Industry": the last field of the name after a comma and "and"
    rf"|,\s+and\s+(?=(?:{_CAP}\s+)?(?:Industry|Development|Technologies|Innovations?|Infrastructure|Communications|Resources|Sports|Tourism|Trade)\b){_CAP}"
    rf")){{0,20}}")  # "… under the Government of …"
# A state's ministry told with its possessive: "Pakistan's Ministry of Railways".
POSSESSED_MINISTRY = re.compile(r"(?P<owner>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)['’]s\s+(?P<body>(?:Ministry|Agency|Committee|Department)\s+of\s+.+)")
# Who tells of a signing, not who signs: "Kazinform News Agency correspondent reports", "according to Trend".
REPORTER_AFTER = re.compile(r"(?:'s)?\s+(?:correspondent|reporter|reports?|reported|writes|wrote|cites|cited)\b", re.IGNORECASE)
_RELAYS = r"according to|(?:reports?|reported|writes|wrote|said|says)\s+(?:via|citing|quoting)|cited by|citing|quoting"
REPORTER_BEFORE = re.compile(rf"\b(?:{_RELAYS}|reports?|reported by|via|carried by|published by|issued by|,\s*(?:reported|announced|informed|said|says|stated)|"
                             r"(?:statement|release|communiqu[eé]|message)\s+(?:from|by|of)|press\s+(?:service|cent(?:er|re)|office)\s+of|website of)\s+(?:the\s+)?(?:official\s+)?$",
                             re.IGNORECASE)
# Whom a report relays, named in its attribution: "Trend reports via Kazakhstan Railways", "…, citing Uzbekistan's
# ministry", "according to Kazakhstan's ministry": who tells, not who signs. Of a recorded name only after these words:
# not after "via" alone ("transit via Kazakhstan"), nor "issued by the Pakistan Foreign Ministry" (a party may publish).
RELAYED = re.compile(rf"\b(?:{_RELAYS})\s+(?:the\s+)?(?:official\s+)?$", re.IGNORECASE)
# Words that tell what kind of body something is and name none: "State Corporation", "National Company".
GENERIC_BODY_WORDS = frozenset("state national joint-stock joint stock open closed corporation company group holding concern the of".split())
# A name that is a news outlet's, which tells of a signing and is never a party: "Saudi Press Agency", "Trend News Agency".
OUTLET = re.compile(r"\b(?:News|Press|Information|Telegraph)\s+Agency$|\bNews(?:paper)?$|\bPress\s+Service$", re.IGNORECASE)
# Who signed, named after the verb: "signed by", "signed on 6 January by", "signed in Baku by" (a pattern to build on).
# (and "was signed on February 5 during the Ministerial Meeting on Critical Minerals in Washington by …")
# (not "signed at an event in Istanbul attended by President X": who attended, chaired, hosted or led it)
# ("signed in the presence of the Prime Ministers of A and B, X and Y, by …": the witnesses named first, then who signed)
# ("signed at the forum, on the Uzbek side by …": the side after the comma)
SIGNED_BY = (r"\b(?:signed|inked)\s+(?:(?:on|in|during|at)\s+[^.;,]{1,100}?(?<!ed)(?:\s+|,\s+(?=on\s+(?:the\s+)?[A-Z][\w'’-]*\s+side\s+by\b))"
             r"|in\s+the\s+presence\s+of\s+[^.;]{1,160}?,\s+)?(?:on\s+(?:the\s+)?[A-Z][\w'’-]*\s+side\s+)?by\b")
# The signing verb right after a name: it is who signs.
# The words before a state whose government signs for it: "the government of Uzbekistan", "the Cabinet of Ministers of the …".
GOVERNMENT_OF = re.compile(r"\b(?:[Gg]overnment|Cabinet\s+of\s+Ministers)\s+of\s+(?:the\s+)?$")
SIGNS_NEXT = re.compile(r"\s+(?:have\s+|has\s+)?(?:jointly\s+)?(?:signed|inked|concluded|entered\s+into)\b")
# A company named before the word: "the Uztemiryolcontainer company", "the Silkway CA company".
NAMED_COMPANY = re.compile(r"\bthe\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})(?<!-based)\s+company\b")  # (not "the Abu Dhabi-based company")
# Two regions that share the word after them: "Jizzakh and Issyk-Kul regions", "Andijan and Osh provinces".
REGION_PAIR = re.compile(r"\b(?P<first>[A-Z][\w'’-]+)\s+and\s+(?P<second>[A-Z][\w'’-]+)\s+(?P<word>regions|provinces|oblasts)\b")
# A region of a country as a party: "Tajikistan's Sughd region", "North Kazakhstan region", "Shaanxi province".
REGION = re.compile(r"(?:(?P<owner>[A-Z][\w-]*)['’]s\s+)?(?P<name>(?:(?:North|South|East|West|Central)\s+)?[A-Z][\w'’-]+\s+(?:region|province|oblast))\b")
# A province of Korea, by its romanised name: "Chungcheongbuk-do", "Gyeonggi-do" (the party, as "Fergana region" is one).
KOREAN_PROVINCE = re.compile(r"\b(?P<name>[A-Z][a-z]{2,}-do)\b(?![-'’])")
# A body named in quotation marks after what it is: 'the newspaper “Narodnaya Gazeta”', 'the news agency "Kabar"'.
QUOTED_BODY = re.compile(r"\b(?:newspaper|news\s+agency|agency|TV\s+channel|channel|magazine|publishing\s+house|company|university)\s+"
                         r"[“\"«](?P<name>[A-Z][^”\"»]{1,60})[”\"»]")
# A legal form, alone: the end of a company's name cut at its comma, no company of its own.
LEGAL_FORM_ALONE = re.compile(r"(?:Ltd|Inc|LLC|LLP|JSC|PLC|Co|Corp|SA|AG|GmbH)\.?")
# Last words of a company's name besides a body's: "CAMC Engineering", "China Power International".
COMPANY_ENDINGS = r"Mining|Gold|LLC|JSC|Ltd|Limited|Inc|Engineering|International|Industries|Petroleum|Logistics|Grid"
COMPANY = re.compile(rf"(?:{_CAP}\s+){{1,5}}(?:Mining|Gold|Company|Corporation|Holding|Group|LLC|LLP|JSC|CJSC|OJSC|PJSC|Ltd|Limited|Inc|PLC|Engineering|Grid)\b"
                     rf"|(?:{_CAP}\s+){{1,5}}?(?=Co\.,?\s+Ltd\b)")  # "Hyeonmu Digital Co., Ltd.": the name before its form
OFFICE_WORDS = (r"President|Prime Minister|Deputy Prime Minister|First Deputy Prime Minister|Vice President|Vice-President|Minister|"
                r"Deputy Minister|Ambassador|Chairman|Chairwoman|Chair|Director|Director General|Head|CEO|Governor|Mayor|"
                r"Secretary|Secretary-General|Speaker|Foreign Minister|Chief (?:Executive|Operating|Financial|Investment) Officer|Chief Executive|Managing Director|General Director|Premier|State Councillor|Chancellor|Crown Prince|"
                r"Emir|Amir|King|Sheikh|Sultan|Envoy|Special Envoy|Special Representative|Adviser|Advisor|Assistant")  # ("National Security Advisor X")
# "Kassym-Jomart", "Al-Sharif", "Ma'ruf"; not the possessive of "Mirziyoyev’s visit"
_NAME_WORD = r"[A-Z](?:[a-zà-ÿğışçöüəʻ]|['’](?!s\b))+(?:-[A-Z]?(?:[a-zà-ÿğışçöüəʻ]|['’](?!s\b))+)*"
# "Ursula von der Leyen", "Tamim bin Hamad Al Thani": a family's "Al" belongs to the name that follows it
PERSON_NAME = rf"{_NAME_WORD}(?:\s+(?:(?:von|van|der|den|de|da|di|bin|ibn|al|Al)\s+)*{_NAME_WORD}){{1,2}}"


@dataclass(frozen=True)
class Mention:
    """A name in a sentence: the record it is (None: not in the dataset), where it stands, how it matched."""

    text: str
    start: int
    end: int
    record_id: str | None
    kind: str  # the record's kind, or the kind a new name looks like
    how: str  # name, alias, surname, demonym, acronym … or "new"
    country: str | None = None  # a new body's country where the text says whose it is ("Tajikistan's Sughd region")


# The words after a demonym that make it, and the one before or after it, a state that acts: "the Kyrgyz and Tajik
# delegations signed", "the Uzbek and Chinese sides". (One alone, "the Turkish side", is left out: which is the other?
# But "the Uzbek government" is the state.)
SIDE_AFTER = re.compile(r"(?:\s+and\s+[A-Z][a-z]+)?\s+(?:sides|delegations|governments)\b")

# The word after a state's name that makes it a currency's: "U.S. dollars", "Hong Kong dollars".
CURRENCY = re.compile(r"\.?\s+(?:dollars?|cents?)\b", re.IGNORECASE)


class MentionFinder:
    def __init__(self, dataset: Dataset, names: NameIndex):
        self.dataset = dataset
        self.names = names
        self.other_countries = other_countries(names, frozenset(dataset.country_by_iso2))
        # their names as written, accents and case aside: the key alone takes "Cameron" for Cameroon
        self.other_spellings = {names.rules.fold(n) for code, name in self.other_countries.values() for n in [name, *names.rules.exonyms.get(code, [])]}
        self.demonyms: dict[str, str] = {}
        self.other_demonyms: dict[str, str] = {}  # of a state the dataset has no record of: its CLDR name ("Mongolian": Mongolia)
        by_code = {code: name for code, name in self.other_countries.values()}
        for iso2, words in names.rules.demonyms.items():
            country = dataset.country_by_iso2.get(iso2)
            for word in words:
                if country:
                    self.demonyms[names.rules.key(word)] = country
                elif iso2 in by_code:
                    self.other_demonyms[names.rules.key(word)] = by_code[iso2]

    def find(self, sentence: str, kinds: frozenset[str] | None = None) -> list[Mention]:
        """Names of records in the sentence, longest first, each word in one name at most (of the
        given kinds only, if given: the countries within an event's name)."""
        words = [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(sentence)]
        keys = [self.names.rules.key(w) for _, _, w in words]
        taken = [False] * len(words)
        found: list[Mention] = []
        for size in range(min(MAX_WORDS, len(words)), 0, -1):
            for i in range(len(words) - size + 1):
                if any(taken[i:i + size]) or not all(keys[i:i + size]):
                    continue
                key = " ".join(keys[i:i + size])
                mention = self._record(sentence, words[i][0], words[i + size - 1][1], key, size, kinds)
                if mention is None and size <= 2 and key in self.demonyms and words[i][2][:1].isupper():
                    start, end = words[i][0], words[i + size - 1][1]
                    mention = Mention(sentence[start:end], start, end, self.demonyms[key], "country", "demonym")
                if mention is None and size <= 2 and key in self.other_demonyms and words[i][2][:1].isupper() and (kinds is None or "country" in kinds):
                    start, end = words[i][0], words[i + size - 1][1]  # "the Mongolian government": a state without a record, by its adjective
                    mention = Mention(self.other_demonyms[key], start, end, None, "new-country", "demonym")
                if mention is None and size <= 4 and key in self.other_countries and words[i][2][:1].isupper() and (kinds is None or "country" in kinds) \
                        and self.names.rules.fold(sentence[words[i][0]:words[i + size - 1][1]]) in self.other_spellings:
                    # a state the dataset has no record of ("Pakistan", "South Korea"): a new country, by its CLDR name
                    start, end = words[i][0], words[i + size - 1][1]
                    mention = Mention(self.other_countries[key][1], start, end, None, "new-country", "new")
                if mention is not None and mention.kind in ("country", "new-country") and CURRENCY.match(sentence, mention.end):
                    mention = None  # "50.7 billion U.S. dollars": a currency, not the state
                if mention is not None:
                    found.append(mention)
                    for j in range(i, i + size):
                        taken[j] = True
        found.sort(key=lambda m: m.start)
        found = [m for m in found if not RELAYED.search(sentence[:m.start])]
        for i, mention in enumerate(found):
            second = i > 0 and found[i - 1].how.startswith("demonym") and re.fullmatch(r"\s+and\s+", sentence[found[i - 1].end:mention.start])
            if mention.how == "demonym" and (SIDE_AFTER.match(sentence, mention.end) and (second or re.match(r"\s+and\s+", sentence[mention.end:]))
                                             or re.match(r"\s+government\b", sentence[mention.end:])):  # "with the Uzbek government"
                found[i] = replace(mention, how="demonym-side")
        for i in range(len(found) - 2, -1, -1):
            # "the heads of the Azerbaijani, Kazakh and Turkmen delegations": the first of a list before sides is a side too
            if found[i].how == "demonym" and found[i + 1].how == "demonym-side" and re.fullmatch(r",\s*", sentence[found[i].end:found[i + 1].start]):
                found[i] = replace(found[i], how="demonym-side")
        return found

    def _record(self, sentence: str, start: int, end: int, key: str, size: int, kinds: frozenset[str] | None) -> Mention | None:
        candidates = [(record_id, name) for record_id, name in self.names.holders(key) if name.how not in SKIPPED_HOW
                      and (kinds is None or self.dataset.kind(record_id) in kinds)]
        text = sentence[start:end]
        kind_of = {record_id: self.dataset.kind(record_id) for record_id, _ in candidates}
        candidates = [(r, n) for r, n in candidates if kind_of[r] in KIND_ORDER]
        if size == 1 and not text[:1].isupper():
            candidates = [(r, n) for r, n in candidates if kind_of[r] in ("sector", "mineral", "corridor")]
        # An acronym is written in capitals: "As" at a sentence's start is not "AS" (Academy of Sciences)
        candidates = [(r, n) for r, n in candidates if n.how != "acronym" or sum(c.isupper() for c in text) >= 2]
        # A surname is a word of its own: the "Ji" of "Lee Ji-hoon" is no Mr Ji
        hyphenated = re.match(r"-\w", sentence[end:]) is not None or re.search(r"\w-$", sentence[:start]) is not None
        candidates = [(r, n) for r, n in candidates if n.how != "surname" or not hyphenated]
        if size == 1 and text.isupper() and len(text) <= 2:
            # "UN", "EU" … spelled as codes are too short to trust alone; a country's short name the rules list is its name ("UK"),
            # but not in a currency's ("US$12bn", "US dollars")
            currency = re.match(r"\s?(?:\$|dollars?\b|cents?\b)", sentence[end:], re.IGNORECASE)
            candidates = [(r, n) for r, n in candidates if n.how == "exonym" and not currency]
        if not candidates:
            return None
        candidates.sort(key=lambda c: (KIND_ORDER.index(kind_of[c[0]]), not c[1].strong, c[0]))
        record_id, name = candidates[0]
        return Mention(text, start, end, record_id, kind_of[record_id], name.how)


# A surname as the region's are formed (Tokayev, Mirziyoyeva, Rahmonzoda, Aliyev, Japarov, Kulubayev, Muhriddin is not): a
# one-word subject that ends so is a person named by surname, not a body that signs.
SURNAME = re.compile(r"(?:ov|ev|yov|ova|eva|yeva|enko|zoda|zade|oglu|oğlu|uulu|uly|kyzy|qizi|shvili|dze|yan"
                     # (and as Turkmen is written: "Berdimuhamedow", "Meredow"; not "Moscow"; and Azerbaijani ones after a consonant:
                     # "Gurbanli", "Mammadli", not "Israeli" nor "Bengali")
                     r"|(?<!Mosc)ow|ew|owa|ewa|(?<=\w{3}[bcdfghjkmnpqrstvxz])l[iı])$")
# A Korean given name as romanised, after the surname: two syllables joined by a hyphen ("Tae-seok", "Min-jae").
KOREAN_GIVEN_NAME = re.compile(r"[A-Z][a-z]{1,4}-[a-z]{2,5}")
# A Korean name, surname first, by one of the commonest surnames and a given name of that form: "Lee Ji-hoon", "Park Sung-min".
KOREAN_NAME = re.compile(r"\b(?:Kim|Lee|Park|Choi|Jung|Jeong|Kang|Cho|Yoon|Yun|Jang|Lim|Han|Oh|Seo|Shin|Kwon|Hwang|Ahn|Song|Yoo|Ryu|"
                         r"Hong|Jeon|Ko|Moon|Yang|Son|Bae|Baek|Heo|Nam|Noh|Kwak|Sung|Cha|Joo|Woo|Min|Chung|Byun|Chae|Won)\s+"
                         rf"{KOREAN_GIVEN_NAME.pattern}\b(?![-'’])")
# A word that ends a state's name before its head's: "… of Uzbekistan Shavkat Mirziyoyev", "… of the Russian Federation Vladimir Putin".
STATE_WORD = re.compile(r"\w+stan|Azerbaijan|Türkiye|Turkey|Russia|China|Republic|Federation|Kingdom|Emirates|Arabia|Iran|Mongolia|Belarus")


def people_without_office(text: str) -> list[tuple[str, int, int]]:
    """People named without an office: by a first name and a surname formed as the region's are ("Kassym-Jomart Tokayev
    arrived", "Shavkat Mirziyoyev's visit"), or by a name told of as only a person's is ("Vladimir Putin's state visit",
    "the visit of Emmanuel Macron to …"): each name and where it stands. A name that goes on ("Heydar Aliyev Center") is
    not one; an office or a day before it ("President Ilham Aliyev", "On Monday Sadyr Japarov") is not of the name."""
    found = []
    for last in re.finditer(_NAME_WORD, text):
        if not SURNAME.search(last.group(0)) or len(last.group(0)) < 5 or re.match(r"[\w-]|\s+[A-Z]", text[last.end():]):
            continue
        start = last.start()
        for _ in range(2):  # one or two first names, back from the surname
            word = re.search(rf"(?<![\w'’-])({_NAME_WORD})\s+$", text[:start])
            if word is None or word.group(1).lower().removesuffix("s") in OFFICE_VOCABULARY or word.group(1).lower() in NOT_A_FIRST_NAME \
                    or STATE_WORD.fullmatch(word.group(1)) or re.fullmatch(BODY_WORDS, word.group(1)):
                break  # (nor a state: "President of the Republic of Uzbekistan Shavkat Mirziyoyev"; nor a body: "… of the Kazakh Parliament Yerlan Koshanov")
            start = word.start(1)
        if start < last.start():
            found.append((text[start:last.end()], start, last.end()))
    for chinese in PINYIN_PAIR.finditer(text):
        # "Xi Jinping met with …", "Li Qiang and …": a Chinese name in pinyin, with or without an office
        if a_pinyin_name(chinese.group(1), chinese.group(2)) and not any(s < chinese.end() and chinese.start() < e for _, s, e in found):
            found.append((chinese.group(0), chinese.start(), chinese.end()))
    for korean in KOREAN_NAME.finditer(text):
        # "… and on the Korean side by Lee Ji-hoon, executive director of …": a Korean name, surname first
        if not any(s < korean.end() and korean.start() < e for _, s, e in found):
            found.append((korean.group(0), korean.start(), korean.end()))
    for told in PERSON_BY_WHAT_THEY_DO.finditer(text):
        group = next(g for g in ("name", "of", "who", "whom") if told.group(g))
        name, at = told.group(group), told.start(group)
        if group in ("who", "whom") and any(NOT_A_PERSONS_WORD.fullmatch(word) or STATE_WORD.fullmatch(word) for word in name.split()):
            continue  # "South Korea received …", "… met with Kyrgyz Republic officials": a state or a body, not one who meets
        if not any(word.lower() in OFFICE_VOCABULARY or word.lower() in NOT_A_FIRST_NAME or re.fullmatch(BODY_WORDS, word) for word in name.split()) \
                and not re.search(rf"{_NOT_A_NAME}[A-Z][\w'’-]*\s+$", text[:at]) and not any(s < at + len(name) and at < e for _, s, e in found):
            found.append((name, at, at + len(name)))
    return sorted(found, key=lambda f: f[1])


# A first name and a surname joined by "and" to a person's name ("between Shavkat Mirziyoyev and Vladimir Putin", "Vladimir
# Putin and Shavkat Mirziyoyev held talks"): two or three words, none an office's, a body's, a state's, a place's or a day's.
_TWO_NAMES = rf"{_NAME_WORD}\s+{_NAME_WORD}(?:\s+{_NAME_WORD})?"
AND_A_NAME = re.compile(rf"\s+and\s+(?P<name>{_TWO_NAMES})(?![\w'’-]|\s+[A-Z]|\s*\(|\s+(?:for|of|on|to)\s)")  # ("… and Special Envoy for …": an office)
A_NAME_AND = re.compile(rf"(?:^|(?<=[\s,(]))(?<![A-Z][\w'’-]\s)(?P<name>{_TWO_NAMES})\s+and\s+$")
# The words an office is named by, whose fields may follow ("Minister" of "Minister of Water Resources, Agriculture and …").
OFFICE_HEADS = frozenset({"president", "minister", "chairman", "chairwoman", "chair", "director", "head", "ceo", "governor", "mayor", "secretary",
                          "speaker", "ambassador", "envoy", "representative", "adviser", "advisor", "officer", "executive", "premier",
                          "chancellor", "commissioner"})
# Words that end an event's name, no person's: "Summit", "Forum", "Round Table".
EVENT_NAME_WORDS = r"Summit|Forum|Table|Roundtable|Conference|Congress|Exhibition|Expo|Dialogue"
NOT_A_PERSONS_WORD = re.compile(rf"{BODY_WORDS}|{COMPANY_ENDINGS}|Asia|Europe|Caucasus|Gulf|East|West|North|South|Central|Middle|{EVENT_NAME_WORDS}|"
                                r"Republic|Kingdom|Federation|Emirates|Union|Islands|Sea|River|Lake|City|Region|Province|Power|Energy|Oil|Gas|"
                                r"Special|Envoy|Representative|Adviser|Advisor|Counsellor|Spokesman|Spokesperson|Commissioner")


def coordinated_people(text: str, people_at: list[tuple[int, int]]) -> list[tuple[str, int, int]]:
    """Names of two or three words joined by "and" to a person found (`people_at`: where each stands): people too."""
    found = []
    for start, end in people_at:
        for match in (AND_A_NAME.match(text, end), A_NAME_AND.search(text[:start])):
            if match is None:
                continue
            words = match.group("name").split()
            if any(w.lower() in OFFICE_VOCABULARY or w.lower() in NOT_A_FIRST_NAME or w.lower() in DEMONYM_WORDS or STATE_WORD.fullmatch(w)
                   or NOT_A_PERSONS_WORD.fullmatch(w) for w in words):
                continue
            found.append((match.group("name"), match.start("name"), match.end("name")))
    return found


# Two capitalised words that stand alone, a Chinese name in pinyin where chinese_names.a_pinyin_name says so.
PINYIN_PAIR = re.compile(r"(?<![\w'’-])(?<![A-Z][\w'’-]\s)([A-Z][a-z]{1,4})\s+([A-Z][a-z]+(?:-[a-z]+)?)(?![\w'’-]|\s+[A-Z])")
# Words that begin a sentence in capitals and are no one's name: "During Putin's visit", "After Vladimir Putin's talks".
FUNCTION_WORDS = frozenset("after ahead amid as at before but by despite during following for from in meanwhile of on since through to "
                           "under upon when while with".split())
_NOT_A_NAME = rf"(?!(?:{'|'.join(sorted(w.capitalize() for w in FUNCTION_WORDS))})\s)"
# A name told of as someone's only people have: "Vladimir Putin's state visit", "the visit of Emmanuel Macron to …".
PERSON_BY_WHAT_THEY_DO = re.compile(
    rf"(?P<name>{_NOT_A_NAME}{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})['’]s\s+(?:(?:state|official|working|first|recent|historic|upcoming)\s+)?"
    r"(?:visit|trip|tour|talks|speech|address|remarks|invitation|counterpart)\b"
    rf"|\b(?:visit|trip|tour)\s+(?:of|by)\s+(?P<of>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})(?=\s+(?:to|in|on|at)\b|[,.;]|$)"
    # "Vladimir Putin met with …", "… met with Emmanuel Macron in Astana", "Narendra Modi received …": one who meets another
    rf"|(?:^|(?<=[\s,(]))(?P<who>{_NOT_A_NAME}{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})(?=\s+(?:(?:also|then|later|has|had)\s+)?"
    r"(?:met\s+with|held\s+(?:talks|a\s+meeting)\s+with|received(?!\s+(?:an?|the|his|her|their)\s))\s+[A-Z])"
    rf"|\b(?:met\s+with|held\s+(?:talks|a\s+meeting)\s+with|(?<![a-z]\s)received)\s+(?P<whom>{_NOT_A_NAME}{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})(?=\s+(?:in|on|at|during|to|for)\b|[,.;]|$)")


# A company told of by what it is, after its state's adjective or without one: "Turkish firm Kalyon Enerji", "Chinese
# state-owned company CNNC", "aerospace giant Boeing", "Kazakhstan's national oil and gas company, KazMunayGas (KMG), has signed".
DESCRIBED_COMPANY = re.compile(r"\b(?:(?P<demonym>[A-Z][a-z]+)\s+)?(?:[a-z][\w-]+\s+){0,2}(?:firm|company|group|giant|major|developer|operator|"
                               r"conglomerate|corporation|producer|manufacturer|maker|carrier|miner|holding|concern|contractor)(?:\s+|,\s+(?=[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3}(?:\s+\([A-Z]{2,6}\))?,))(?P<name>[A-Z][\w&-]*(?:\.[\w&-]+)*(?:\s+[A-Z][\w&-]*(?:\.[\w&-]+)*){0,3}?)(?=\s+[a-z]|\s*[,.;(]|$)")

# A company told of by where it is based, right before its name: "Baku-based Absheron Cargo Lines", "the Almaty-registered
# Steppe Logistics" (a name of capitalised words, up to the word or mark after it).
BASED_COMPANY = re.compile(r"\b[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)?-(?:based|registered|headquartered)\s+"
                           r"(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3}?)(?=\s+[a-z]|\s*[,.;(]|$)")

# A company told of by what it is, after its name and a comma: "Masdar, UAE's leading renewable energy company, has signed",
# "Cove Capital, a US-based investment firm, and Tau-Ken Samruk, Kazakhstan's national mining company, signed".
# (and in brackets, after its initials: "KazMunayGas (KMG, Kazakhstan's national oil and gas company)", or after them: "KazMunayGas
# (KMG), the national oil and gas company of Kazakhstan, signed")
APPOSED_COMPANY = re.compile(r"(?<![\w'’-])(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})(?:\s?,\s+|\s+\((?:[A-Z]{2,6},\s+)?|\s+\([A-Z]{2,6}\),\s+)(?:(?:a|an|the)\s+)?"
                             # (whose, by a possessive, "-based" or a state's adjective: "ACWA Power, the Saudi power generation company,")
                             r"(?:(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)(?:['’]s\s+|-based\s+)|[A-Z][a-z]+\s+(?=[a-z]))?(?:[a-z][\w-]*\s+){0,4}"
                             r"(?:company|firm|group|giant|major|developer|operator|conglomerate|corporation|producer|manufacturer|maker|miner|holding|business)"
                             r"(?=,|\)|\s+(?:has|have)?\s*(?:signed|inked)\b|\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*,)")

# The one a document is signed with: "signed an agreement with Wabtec on …", "inked a deal with China's CITIC Construction";
# and the second of two ("… with Masdar and SOCAR").
_PARTNER = r"(?:the\s+)?(?:(?P<owner>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)['’]s\s+)?(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,4}?)"
_AFTER_PARTNER = "on|for|to|in|at|worth|under|regarding"  # the words after the name (and the end of a clause)
WITH_PARTNER = re.compile(r"(?:\b(?:signed|inked|concluded|sealed|(?<=will\s)sign|(?<=to\s)sign)\s+(?:an?|the)\s+[^.;,]{0,80}?"
                          # "… will be signed with CNNC next month", "A memorandum with POWERCHINA was signed"
                          r"|\b(?:be|been|was|were)\s+(?:signed|inked|concluded)\s+|\b(?:memorand(?:um|a|ums)|agreements?|deals?|contracts?|MoUs?)\s+)"
                          r"\bwith\s+" + _PARTNER
                          + rf"(?=\s+(?:{_AFTER_PARTNER}|and|next|last|was|were|has|have|will|is)\b|\s*[,.;(]|$)")  # "with Masdar and the State Oil Co."
AND_PARTNER = re.compile(r"\s+and\s+" + _PARTNER + rf"(?=\s+(?:{_AFTER_PARTNER})\b|\s*[,.;(]|$)")

# The verb after those who sign, done or to come: "signed", "have jointly inked", "are set to sign" ("Moscow and Bishkek are set
# to sign"), "will sign".
_SIGNS = r"(?:has\s+|have\s+)?(?:jointly\s+)?(?:signed|inked|concluded|(?:are|is)\s+(?:set|expected|due|scheduled)\s+to\s+(?:sign|ink)|will\s+(?:sign|ink)|expects?\s+to\s+(?:sign|ink))\b"
PAIR_SUBJECT = re.compile(r"(?P<first>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+and\s+(?:the\s+)?(?P<firm>(?:[A-Z][a-z]+\s+)?(?:firm|company|group)\s+)?"
                          r"(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s\s+)?"  # "… and Saudi Arabia's ACWA Power signed"
                          r"(?P<second>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){0,2})\s+" + _SIGNS)  # ("… and Türkiye’s TCDD Taşimacilik A.Ş. signed")
SUBJECT = re.compile(r"(?<![\w'’-])(?P<subject>[A-Z][\w'’-]+(?:\s+(?:of\s+)?[A-Z][\w'’.-]+){0,3})\s+" + _SIGNS)  # ("TCDD Taşimacilik A.Ş. signed")
# Three signers or more listed before the verb, each maybe with its state after it: "SOCAR (State Oil Company of …), Masdar
# from the UAE, and ACWA Power of Saudi Arabia have signed" (LISTED_SIGNER: each item).
# (or with their states before them: "Russia's RZD Logistics, Kazakhstan's KTZ Express and Uzbekistan's UTY Logistics signed")
_LISTED = r"[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3}(?:\s*\([^()]*\))?(?:\s+(?:of|from)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?"
# (and between dashes after what they are: "The national rail carriers – A, B and C – are expected to sign")
LISTED_SIGNERS = re.compile(rf"(?<![\w'’-])(?P<list>(?:{_LISTED},\s+){{2,5}}(?:and\s+)?{_LISTED}|{_LISTED},\s+{_LISTED},?\s+and\s+{_LISTED})(?:\s+[–—])?\s+" + _SIGNS)
# Words that open a sentence before its comma, no signer's name: "Meanwhile, Uzbekistan and Qatar have signed …".
OPENING_WORDS = frozenset("meanwhile however also moreover furthermore earlier later today yesterday besides thus therefore then now "
                          "overall separately previously recently notably".split())
LISTED_SIGNER = re.compile(r"(?:(?P<owner_before>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)['’]s\s+)?(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})"
                           r"(?:\s*\([^()]*\))?(?:\s+(?:of|from)\s+(?:the\s+)?(?P<owner>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?))?")
SMALL_KINDS = frozenset({"country", "new-country", "sector", "mineral", "corridor"})
# Words that begin a subject and are no name: articles and pronouns ("We have signed the agreement": whoever speaks).
PRONOUNS = frozenset("The A An This That These Those They It We I He She You Our Their Both All Each Representatives".split())
# Plural roles that sign ("Foreign Ministers signed"): people, not a body.
# "Documents signed at the end of the talks include …": the documents, not who signs them
DOCUMENT_WORD = re.compile(r"Documents?|Agreements?|Memorand(?:um|a|ums)|MoUs?|Deals?|Contracts?|Treaty|Treaties|Protocols?|"
                           r"Declarations?|Roadmaps?|Programmes?|Programs?|Plans?|Statements?|Accords?", re.IGNORECASE)
ROLE_WORDS = frozenset("Ministers Presidents Leaders Sides Parties Heads Representatives Delegations Governments Officials".split())
# A name that starts with one of these is an office or a nationality, not a company ("Turkish Energy …"); a ministry or
# agency after it is that country's ("the Uzbek Ministry of Tourism and Sports": Ministry of Tourism and Sports of Uzbekistan).
DEMONYM_COUNTRIES = {"turkish": "Türkiye", "uzbek": "Uzbekistan", "kazakh": "Kazakhstan", "kyrgyz": "Kyrgyzstan", "tajik": "Tajikistan",
                     "turkmen": "Turkmenistan", "azerbaijani": "Azerbaijan", "chinese": "China", "russian": "Russia", "georgian": "Georgia",
                     "iranian": "Iran"}
DEMONYM_WORDS = frozenset(DEMONYM_COUNTRIES)


def absorb(sentence: str, known: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """New bodies in the sentence, and the known mentions less those inside a new body's name: the
    country and topic in 'Ministry of Mining Industry and Geology of Uzbekistan' are part of its name."""
    bodies = new_bodies(sentence, known)
    kept = [m for m in known if not (m.kind in SMALL_KINDS and any(b.start <= m.start and m.end <= b.end for b in bodies))]
    return kept, bodies


EVENT_RUN = re.compile(r"^(?:\s+(?:and|of|in|on)\s+|\s+)?(?:[A-Z][\w'’-]*\s+){0,4}(?:Summit|Forum|Meeting|Session|Conference|Congress|Expo|Exhibition|Week)\b")


@cache
def other_countries(names: NameIndex, recorded: frozenset[str]) -> dict[str, tuple[str, str]]:
    """The states of ISO 3166 the dataset has no record of, by the key of their English CLDR name: (ISO code, name)."""
    import pycountry
    from babel import Locale

    english = Locale.parse("en").territories
    found: dict[str, tuple[str, str]] = {}
    for country in pycountry.countries:
        code = country.alpha_2
        name = english.get(code)
        if code in recorded or not name or " " in name and any(c in name for c in "&(),"):
            continue
        found[names.rules.key(name)] = (code, name)
        for exonym in names.rules.exonyms.get(code, []):  # "UAE", "U.S.": the state, under its CLDR name
            found.setdefault(names.rules.key(exonym), (code, name))
    return found


# An officer of a body named between the office and the officer's name: "Chief Executive Officer of Golden Valley Agro Holding
# Sardor Yusupov", "Vice President of Anhui Greenfield Machinery Wei Hongtao" (a first name and a surname, then the sentence
# goes on): the body's name is what lies between.
OFFICER_OF_BODY = re.compile(rf"\b(?:{OFFICE_WORDS}|Officer)\s+of\s+(?:the\s+)?(?P<body>{_CAP}(?:\s+{_CAP}){{1,5}}?)\s+(?P<person>{_NAME_WORD}\s+{_NAME_WORD})"
                             r"(?=\s*(?:,|;|\.|\(|\band\b|\bsigned\b|\bon\s+behalf\b|$))")


def new_bodies(sentence: str, known: list[Mention]) -> list[Mention]:
    """Bodies and companies named in the sentence that are not known records (a country or topic
    inside such a name is part of it), then a capitalised name that signs ('KyrgyzAltyn signed')."""
    records = [m for m in known if m.kind not in SMALL_KINDS]
    records += [Mention(p.name, p.start, p.end, None, "person", "new") for p in people(sentence)]  # not bodies
    found: list[Mention] = []
    for officer in OFFICER_OF_BODY.finditer(sentence):
        body = officer.group("body")
        if any(m.start < officer.end("body") and officer.start("body") < m.end for m in known if m.kind not in SMALL_KINDS
               or m.kind in ("country", "new-country") and m.start == officer.start("body")) or re.fullmatch(rf"(?:{_CAP}\s+)*?(?:Ministry|Government|Cabinet|Republic)\b.*", body) or body.split()[-1].lower() in OFFICE_VOCABULARY:
            continue  # a record, a state ("President of Korea Yoon Suk Yeol"), a state's ministry or government (read as such
            # elsewhere), or an office's words
        found.append(Mention(body, officer.start("body"), officer.end("body"), None, guess_kind(body, "company"), "new"))
        records.append(Mention(officer.group("person"), officer.start("person"), officer.end("person"), None, "person", "new"))
    for pattern, kind in ((NEW_BODY, "government-body"), (COMPANY, "company")):
        for match in pattern.finditer(sentence):
            text = _trim(match.group(0))
            his = re.search(r",\s+(?P<first>[A-Z][\w'’-]+)\s+(?P<last>[A-Z][\w'’-]+)$", text)
            if his and (SURNAME.search(his.group("last")) or a_pinyin_name(his.group("first"), his.group("last"))):
                text = text[:his.start()]  # "the Chairman of China's National Development and Reform Commission, Zheng Shanjie": his name
            start = match.start() + match.group(0).find(text)
            end = start + len(text)
            comma = next((cut for m in known if m.kind == "country" and start < m.start < end
                          and (cut := re.search(r",\s+(?:the\s+)?$", sentence[start:m.start]))), None)
            if comma is not None:
                # "the summit of the Organization of Turkic States, Kyrgyzstan and Türkiye signed": a state after the comma is
                # no part of the name
                end = start + comma.start()
                text = sentence[start:end]
            joined = re.search(rf"(?:{_CAP}[–—])+$", sentence[:start])
            if joined is not None:
                # "the Caspian–Ala-Too Investment Fund", "the Azerbaijan–Kyrgyzstan Intergovernmental Commission": one name
                start = joined.start()
                text = sentence[start:end]
            demonym = text.split()[0].lower() if text.split() else ""
            if _tells(sentence, start, end):
                continue  # "Kazinform News Agency correspondent reports", "according to Trend", "citing the Administration of the
                # President", "a statement carried by the official Saudi Press Agency", "…, reported the Kazakh Ministry of Foreign
                # Affairs press service": who tells, not who signs
            if demonym in DEMONYM_WORDS and kind == "government-body" and re.match(r"(?:Ministry|Agency|Committee)\s+of\s+", text.split(" ", 1)[-1]) \
                    and not any(m.start < end and start < m.end and m.kind not in SMALL_KINDS for m in records + found):
                # "the Uzbek Ministry of Tourism and Sports (and Pakistan's Ministry of …)": the ministry of that country, under
                # the name a record would have; the second body, where there is one, as it is written
                for part, offset in _two_names(text) or [(text, 0)]:
                    first = part.split()[0].lower()
                    name = f"{part.split(' ', 1)[1]} of {DEMONYM_COUNTRIES[first]}" if first in DEMONYM_WORDS else part
                    found.append(Mention(name, start + offset, start + offset + len(part), None, "government-body", "new"))
                continue
            if demonym in DEMONYM_WORDS and kind == "government-body" and re.fullmatch(
                    rf"\S+(?:\s+{_CAP}){{1,4}}\s+(?:Fund|Cent(?:er|re)|Bank|Institute|University|Association|Agency)", text) \
                    and not any(m.start < end and start < m.end and m.kind not in SMALL_KINDS for m in records + found):
                # "the Russian Direct Investment Fund", "the Russian Export Center": the adjective is part of the name
                found.append(Mention(text, start, end, None, "organisation", "new"))
                continue
            possessive = POSSESSED_MINISTRY.fullmatch(text) if kind == "government-body" else None
            if possessive and not re.search(r"\s+and\s+[A-Z]", possessive.group("body")) and any(
                    m.kind in ("country", "new-country") and m.start == start and m.end == start + len(possessive.group("owner")) for m in known) \
                    and not any(m.start < end and start < m.end and m.kind not in SMALL_KINDS for m in records + found):
                # "Pakistan's Ministry of Railways": the ministry of that country, under the name a record would have (not
                # "Azerbaijan's Ministry of Energy and ACWA Power", two names, which the reading below splits)
                found.append(Mention(f"{possessive.group('body')} of {possessive.group('owner')}", start, end, None, "government-body", "new"))
                continue
            if demonym in DEMONYM_WORDS and kind == "company" and len(text.split()) > 2 and not re.match(
                    rf"\S+\s+(?:{BODY_WORDS}|{COMPANY_ENDINGS}|National|State)\b", text):  # (not "Turkish Airlines Company")
                # "with Turkish Albayrak Holding": the company is "Albayrak Holding"; the adjective says whose it is
                text = text.split(" ", 1)[1]
                start = end - len(text)
                demonym = text.split()[0].lower()
            in_office = re.search(rf"\b(?:{OFFICE_WORDS})\s+of\s+(?:the\s+)?$", sentence[:start]) is not None  # "Chairman of the …"
            for country in (m for m in known if in_office and m.kind == "country" and start < m.start and m.end < end):
                if re.fullmatch(rf"\s+{PERSON_NAME}", sentence[country.end:end]) and re.search(r"\bof\s+(?:the\s+)?$", sentence[start:country.start]):
                    # "the People's Council of Turkmenistan Gurbanguly Berdimuhamedov": the body ends with its country
                    end = country.end
                    text = sentence[start:end]
            if len(text.split()) < 2 or re.search(r"\b(Summit|Forum|Meeting|Session|Conference)\b", text) or EVENT_RUN.match(sentence[end:]) \
                    or demonym in DEMONYM_WORDS:
                continue  # an event's name ("Second International Mining and Metallurgical Forum")
            if any(m.start < end and start < m.end for m in records + found):
                continue
            money = re.search(r"\s+(?:for|of|worth)\s+(?:USD|EUR|GBP|CNY|RUB|KZT|UZS|US)$", text)
            if money is not None:  # "Bishkek Capital Bank for USD 15 million": a sum, not the name's
                text = text[:money.start()]
                end = start + len(text)
            of_state = re.match(r"(?P<form>(?:,?\s+(?:Co\.|Ltd\.?|LLC|Inc\.?|Limited|PLC|JSC|LLP)(?!\w))*,?)\s+of\s+(?:the\s+)?", sentence[end:]) \
                if kind == "company" else None
            state = next((m for m in known if of_state and m.kind == "country" and m.how == "name" and m.start == end + of_state.end()), None)
            if state is not None and of_state is not None and of_state.group("form"):
                # "Hengfeng Tungsten Engineering Co., Ltd. of China": the state whose company it is, not a party of its own
                found.append(Mention(text, start, state.end, None, guess_kind(text, kind), "new", state.record_id))
                continue
            if state is not None:  # "the State Oil Company of Azerbaijan": the company's name ends with its state's
                end = state.end
                text = sentence[start:end]
            lead = re.match(r"(?:Decision|Resolution|Agreement|Memorandum|Protocol|Programme|Program)\s+of\s+(?:the\s+)?", text)
            if lead:  # "Decision of the Supreme Interstate Council": the council is the body
                start += lead.end()
                text = text[lead.end():]
                if len(text.split()) < 2:
                    continue
            if re.search(r"\b(?:Project|Programme|Program|Initiative|Corridor|Route)(?:\s+in\s+[A-Z][\w'’-]*)?$", text) or re.match(
                    rf"(?:{OFFICE_WORDS})\s+of\b", text):
                continue  # "the Kars-Nakhchivan Railway Project", "Secretary of Administration and Justice": what it is about, an office
            if re.match(r"(?:Heads?|Leaders?)\s+of\s+(?:State|the\s+State|Government)", text):
                continue  # "signed by the Heads of State and Government of A, B, C and D": people, for their states
            if re.match(r"Government of\b", text):
                continue  # "the Government of the Republic of Kazakhstan" signs for Kazakhstan: the country
            if _tells(sentence, start, end):
                continue  # (the same, of the name as trimmed)
            if all(word.lower() in GENERIC_BODY_WORDS for word in re.sub(r"^[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s\s+", "", text).split()):
                continue  # "China Railway (CR) State Corporation", "Kazakhstan's National Company KazMunayGas": words of a kind of
                # body, no name (the name is before or after them)
            if re.search(r"\s[A-Za-zÇŞ](?:\.[A-Za-zÇŞ]{1,2})+$", text) and sentence[end:end + 1] == ".":
                end += 1  # "… and Adriatica Petrolchimica S.p.A.": the legal form's last dot is its own
                text = sentence[start:end]
            two = _two_names(text, {m.start - start for m in known if m.kind == "country"}, {m.end - start for m in known if m.kind == "country"})
            joint = re.search(rf"\s+and\s+(?=(?:{_CAP}\s+){{0,3}}{_CAP}$)", text)
            # (or a company's name before "and" and a body after it, before a headline's present tense: "Sohar Gulf Fertilisers
            # and Taraz Chemical Holding sign joint venture agreement")
            company_pair = joint is not None and not re.search(r"\b(?:of|for|on)\b", text[:joint.start()]) and re.search(
                rf"\b(?:{BODY_WORDS}|{COMPANY_ENDINGS})\b", text[joint.end():]) is not None and len(text[:joint.start()].split()) > 1 \
                and re.match(r"\s+(?:sign|signs|ink|inks)\b", sentence[end:]) is not None
            # (or an acronym before "and": "between the EDB and Bishkek Capital Bank"; or a region's administration, then
            # another name: "between the Hokimiyat of Tashkent Region and Najd Data Systems Company")
            of_a_region = joint is not None and re.fullmatch(rf"(?:{BODY_WORDS})\s+of\s+(?:the\s+)?[A-Z][\w'’-]*\s+(?:Region|Province|Oblast|Velayat|Viloyat|City)",
                                       text[:joint.start()])
            if two is None and joint and (company_pair or of_a_region or re.fullmatch(r"[A-Z]{2,6}", text[:joint.start()])
                                          or re.search(rf"\b(?:{BODY_WORDS})\b", text[:joint.start()]) and SIGNS_NEXT.match(sentence[end:])) \
                    and not (re.search(r"\b(?:of|for|on)\s+[A-Z]", text[:joint.start()]) and text[joint.end():].casefold() in FIELD_WORDS):
                # "National Atomic Company Kazatomprom and TajRedMet signed": two signers, the first a body by its words (not
                # "the European Bank for Reconstruction and Development signed", one name whose "for" has two objects)
                two = [(text[:joint.start()], 0), (text[joint.end():], joint.end())]
            lead = re.search(rf"(?<![\w'’-])(?:(?!\S+-(?:based|registered|headquartered)\s){_CAP}\s+){{1,3}}$", sentence[:start]) if two else None
            if two and lead is not None and not any(m.start < start and lead.start() < m.end for m in known + records + found) \
                    and not _office_day_or_adjective(lead.group(0).split()) and lead.group(0).split()[0] not in PRONOUNS:
                # "Omani company Sohar Gulf Fertilisers SAOC and … Holding JSC": the first name began before the words the
                # pattern could take in (not "Fertilisers SAOC")
                two = [(lead.group(0) + two[0][0], 0), *((part, offset + len(lead.group(0))) for part, offset in two[1:])]
                start = lead.start()
            if two:  # "Aral Lithium Company and Sinostone Mining Corporation", "Kazakhstan Temir Zholy and Azerbaijan Railways"
                for part, offset in two:  # a name without a word of its kind is of the kind of the other ("… Company X and Y")
                    if any(m.start == start + offset and m.end == start + offset + len(part) for m in known if m.kind in ("country", "new-country")) \
                            or re.fullmatch(r"(?:[A-Z][\w-]*['’]s\s+)?(?:Cabinet|Government)", part):
                        continue  # "The Asian Development Bank and Kyrgyzstan signed": the state, found as such; "Kyrgyzstan's Cabinet", the state's
                    guessed = "company" if company_pair else guess_kind(part, kind) if re.search(rf"\b(?:{BODY_WORDS}|Mining|Gold|LLC|JSC|Ltd|Inc)\b", part) \
                        else guess_kind(two[0][0], kind)
                    trimmed = _without_where_based(part)  # ("… and Bishkek-based Tengri Cloud LLC")
                    offset += len(part) - len(trimmed)
                    found.append(Mention(trimmed, start + offset, start + offset + len(trimmed), None, guessed, "new"))
                continue
            guessed = guess_kind(text, kind)
            found.append(Mention(text, start, end, None, guessed, "new"))
    for match in QUOTED_BODY.finditer(sentence):
        start, end = match.start("name"), match.end("name")
        if not any(m.start < end and start < m.end for m in records + found):
            kind = "company" if match.group(0).lower().startswith("company") else "organisation"
            found.append(Mention(match.group("name"), start, end, None, kind, "new"))
    for country in (m for m in known if m.kind in ("country", "new-country") and m.how != "demonym"):
        # "China Power International", "Kazakhstan Temir Zholy": a country's name that begins a longer capitalised name is the
        # name of a body (after "with" or "between", or as who signs), not the country
        after = re.match(r"(?:\s+(?!(?:and|of|the)\b)[A-Z][\w&'’-]*){1,3}", sentence[country.end:])
        if after is None or not re.search(r"\b(?:with|between)\s+(?:the\s+)?$|^$|,\s+$|\band\s+$", sentence[:country.start]):
            continue
        words = after.group(0).split()
        if _office_day_or_adjective(words):
            continue  # "Kazakhstan President Tokayev", "Turkey Energy Minister …": an office, not a name
        end = country.end + after.end()
        if not any(m.start < end and country.start < m.end for m in records + found):
            name = sentence[country.start:end]
            found.append(Mention(name, country.start, end, None, guess_kind(name, "company"), "new"))
    for match in NAMED_COMPANY.finditer(sentence):
        start, end = match.start("name"), match.end("name")
        # (a sector's word may be in the name: "the Pamir Energy company")
        if not any(m.start < end and start < m.end for m in [k for k in known if k.kind not in ("sector", "mineral")] + records + found) \
                and match.group("name").casefold() not in CALENDAR_WORDS:
            whose = re.match(r"\s+company\s+\((?P<country>[A-Z][\w ]+)\)", sentence[end:])  # "the X company (Uzbekistan)"
            owner = next((m.record_id for m in known if m.kind == "country" and whose and m.start == end + whose.start("country")), None)
            found.append(Mention(match.group("name"), start, end, None, "company", "new", owner))
    for match in REGION.finditer(sentence):
        start, end = match.start("name"), match.end("name")
        if not any(m.start < end and start < m.end for m in records + found):
            owner = next((m.record_id for m in known if m.kind == "country" and m.start == match.start("owner")), None) if match.group("owner") else None
            inside = next((m.record_id for m in known if m.kind == "country" and start <= m.start and m.end <= end), None)
            found.append(Mention(match.group("name"), start, end, None, "government-body", "new", owner or inside))
    for province in KOREAN_PROVINCE.finditer(sentence):
        start, end = province.start("name"), province.end("name")
        if not any(m.start < end and start < m.end for m in records + found):
            found.append(Mention(province.group("name"), start, end, None, "government-body", "new", "south-korea"))
    for pair in REGION_PAIR.finditer(sentence):
        # "between Jizzakh and Issyk-Kul regions": two regions, each named with the word the pair shares
        word = pair.group("word").lower().rstrip("s")
        if pair.group("first").lower() in DEMONYM_WORDS or pair.group("second").lower() in DEMONYM_WORDS:
            continue  # "between Uzbek and Azerbaijani regions": whose regions, not their names
        for side in ("first", "second"):
            start, end = pair.start(side), pair.end(side)
            if not any(m.start < end and start < m.end for m in records + found):
                found.append(Mention(f"{pair.group(side)} {word}", start, end, None, "government-body", "new"))
    partners: list[re.Match[str]] = []
    for partner in WITH_PARTNER.finditer(sentence):
        partners.append(partner)
        # "… with Masdar and SOCAR": the second is a partner too
        second = AND_PARTNER.match(sentence, partner.end())
        if second is not None:
            partners.append(second)
    for partner in partners:
        # "signed an agreement with Wabtec", "… with Saudi Arabia's ACWA Power": a name the dataset does not know (a state's
        # before it, "X's", is whose it is: Actors.actor)
        name = re.sub(r"(?<=[^.\s]{2})\.$", "", partner.group("name"))  # "with China's CMG." at the sentence's end
        start, end = partner.start("owner") if partner.group("owner") else partner.start("name"), partner.start("name") + len(name)
        words = name.split()
        states = [m for m in known if m.kind in ("country", "new-country") and m.start == partner.start("owner")] if partner.group("owner") else []
        if (partner.group("owner") and not states) or words[0] in PRONOUNS or _office_day_or_adjective(words) \
                or any(m.start < end and partner.start("name") < m.end for m in records + found) \
                or any(m.start == partner.start("name") and m.end == end for m in known):  # "with Uzbekistan": the state
            continue
        found.append(Mention(sentence[start:end], start, end, None, guess_kind(name, "company"), "new", states[0].record_id if states else None))
    for described in DESCRIBED_COMPANY.finditer(sentence):
        # "Turkish firm Kalyon Enerji", "Chinese state-owned company CNNC": the company, of the state its adjective names
        adjective = [m for m in known if m.how == "demonym" and m.start == described.start("demonym")]
        start, end = described.start("name"), described.end("name")
        if (adjective or described.group("demonym") is None) and not any(m.start < end and start < m.end for m in known + records + found) \
                and not any(w.casefold() in OFFICE_VOCABULARY or w.casefold() in CALENDAR_WORDS for w in described.group("name").split()):
            found.append(Mention(described.group("name"), start, end, None, "company", "new", adjective[0].record_id if adjective else None))
    for based in BASED_COMPANY.finditer(sentence):
        start, end = based.start("name"), based.end("name")
        if not any(m.start < end and start < m.end for m in known + records + found) and not _office_day_or_adjective(based.group("name").split()):
            found.append(Mention(based.group("name"), start, end, None, "company", "new"))
    for apposed in APPOSED_COMPANY.finditer(sentence):
        # "Masdar, UAE's leading renewable energy company,": the company, of the state its description names
        start, end = apposed.start("name"), apposed.end("name")
        states_of = [m for m in known if m.kind == "country" and apposed.group("owner") and m.start == apposed.start("owner")]
        if not any(m.start < end and start < m.end for m in known + records + found) and apposed.group("name").split()[0] not in PRONOUNS \
                and not _office_day_or_adjective(apposed.group("name").split()) and not SURNAME.search(apposed.group("name")):
            found.append(Mention(apposed.group("name"), start, end, None, "company", "new", states_of[0].record_id if states_of else None))
    for other in (m for m in known + found if m.kind not in SMALL_KINDS and m.kind != "person" or m.kind == "country" and GOVERNMENT_OF.search(sentence[:m.start])):
        # "Masdar and the Ministry of Energy of Azerbaijan signed": the one named before a signer the dataset knows, joined by "and"
        # ("Gazprom and the government of Uzbekistan signed": the government signs for its state, named after its words)
        joined = re.search(r"(?:^|,\s+|\.\s+|•\s+)(?P<first>[A-Z][\w&'’.-]+(?:\s+[A-Z][\w&'’.-]+){0,2})\s+and\s+(?:the\s+)?$",
                           sentence[:other.start - len(government.group(0)) if (government := GOVERNMENT_OF.search(sentence[:other.start])) else other.start])
        # (after its legal form and its state in brackets: "Golden Valley and Anhui Greenfield Machinery Co., Ltd. (China) signed")
        tail = re.match(r"(?:,?\s+(?:Co\.,?\s+)?(?:Ltd|LLC|Inc|JSC|Limited)\.?)?(?:\s*\([^()]{1,30}\))?", sentence[other.end:])
        if joined is None or not SIGNS_NEXT.match(sentence, other.end + (tail.end() if tail else 0)):
            continue
        start, end = joined.start("first"), joined.end("first")
        named = joined.group("first")
        # (not the legal form after a name's comma: "Xinjiang Tianchi Data Technology Co., Ltd. and Qazaq Compute LLP signed")
        if named.split()[0] in PRONOUNS or SURNAME.search(named) or named.casefold() in CALENDAR_WORDS or LEGAL_FORM_ALONE.fullmatch(named) or any(
                w.casefold() in OFFICE_VOCABULARY for w in named.split()) or any(m.start < end and start < m.end for m in known + records + found):
            continue
        found.append(Mention(named, start, end, None, guess_kind(named, "company"), "new"))
    for listed in LISTED_SIGNERS.finditer(sentence):
        for item in LISTED_SIGNER.finditer(sentence, listed.start("list"), listed.end("list")):
            start, end = item.start("name"), item.end("name")
            words = item.group("name").split()
            if words[0] in PRONOUNS or words[0] == "And" or _office_day_or_adjective(words) or SURNAME.search(item.group("name")) \
                    or len(words) == 1 and (words[0].lower() in OPENING_WORDS or words[0].endswith("ly")) \
                    or LEGAL_FORM_ALONE.fullmatch(item.group("name")) \
                    or any(m.start < end and start < m.end for m in known + records + found):
                continue
            owners = [m for m in known if m.kind == "country" and any(item.group(g) and m.start == item.start(g) for g in ("owner", "owner_before"))]
            found.append(Mention(item.group("name"), start, end, None, guess_kind(item.group("name"), "company"), "new",
                                 owners[0].record_id if owners else None))
    subjects = [(m.group("subject"), m.start("subject"), m.end("subject"), False) for m in SUBJECT.finditer(sentence)]
    for pair in PAIR_SUBJECT.finditer(sentence):  # "Kazatomprom and French firm Framatome signed": the first of two signers too
        if re.search(r"\b(?:for|of|on|the|in)\s+$", sentence[:pair.start()]) or any(
                w.casefold() in OFFICE_VOCABULARY for w in pair.group("first").split() + pair.group("second").split()):
            continue  # "Minister for Investment and Foreign Trade signed": an office's words, not two signers
        if not pair.group("firm") and (SURNAME.search(pair.group("first")) or SURNAME.search(pair.group("second"))):
            # "Tokayev and Erdogan signed": one is a surname, so both are people
            subjects = [s for s in subjects if not pair.start("second") <= s[1] < pair.end("second")]
            continue
        # "Baku-based Absheron Cargo Lines and Kyrgyzstan's Ala-Too Freight signed": the other of a company's pair is a company too
        firm = bool(pair.group("firm")) or any(m.kind == "company" and m.start == pair.start("first") and m.end == pair.end("first") for m in found)
        if firm:
            subjects = [(text, start, end, True) if end == pair.end("second") else (text, start, end, firm_before)
                        for text, start, end, firm_before in subjects]
        subjects.append((pair.group("first"), pair.start("first"), pair.end("first"), firm))
    for text, start, end, firm in subjects:
        # "Saudi ACWA Power signed", "Saudi Arabia's ACWA Power signed": the company, of the state named before its name
        owning = next((m for m in known if m.kind == "country" and m.start == start and (
            m.how == "demonym" and re.match(r"\s+[A-Z]", sentence[m.end:end]) or re.match(r"['’]s\s+[A-Z]", sentence[m.end:end]))), None)
        if owning is not None:
            gap = re.match(r"(?:['’]s)?\s+", sentence[owning.end:])
            start = owning.end + (gap.end() if gap else 0)
            text = sentence[start:end]
        if re.search(r"\b(?:Memorand(?:um|a|ums)|Declarations?|Protocols?|Letters?)\s+of\s+$", sentence[:start]):
            continue  # "a Memorandum of Understanding signed in April": the end of a document's name, not who signs
        if text.split()[0] in PRONOUNS or text.split()[-1] in ROLE_WORDS or DOCUMENT_WORD.fullmatch(text.split()[-1]) \
                or text.casefold() in CALENDAR_WORDS or any(
                m.start < end and start < m.end for m in known + records + found):
            continue
        if " " in text and not firm and not re.search(rf"\b(?:{BODY_WORDS}|Mining|Gold|LLC|JSC|Ltd|Inc)\b|\b[A-Z]{{2,}}\b", text):
            continue  # "Ilham Aliyev signed": a person's name, not a body (but "ACWA Power signed": a company's)
        if SURNAME.search(text) and not firm:
            continue  # "Tokayev and Mirziyoyev signed": surnames, as the region's are formed, not bodies
        kind = "company" if firm or re.search(r"(Company|Gold|Mining|Corporation|Holding|LLC|JSC|\bfirm\b)", sentence) else "organisation"
        found.append(Mention(text, start, end, None, kind, "new", owning.record_id if owning else None))
    return found


def _office_day_or_adjective(words: list[str]) -> bool:
    """Whether a word of a would-be name is an office's, a day's or month's, or a state's adjective: no name, then."""
    return any(w.casefold() in OFFICE_VOCABULARY or w.casefold() in CALENDAR_WORDS or w.lower() in DEMONYM_WORDS for w in words)


def _tells(sentence: str, start: int, end: int) -> bool:
    """The name at sentence[start:end] is who tells of the signing (an outlet, or named as who reports), not who signs."""
    return bool(REPORTER_AFTER.match(sentence[end:]) or REPORTER_BEFORE.search(sentence[:start]) or OUTLET.search(sentence[start:end]))


def _two_names(text: str, countries_at: set[int] | frozenset[int] = frozenset(),
               countries_end: set[int] | frozenset[int] = frozenset()) -> list[tuple[str, int]] | None:
    """A name that is two names joined by "and", with their offsets: the second ends as a body's or company's name
    does ("… Railways", "… Corporation") and the first is a whole name: one that ends as a body's does, or in "of
    <Name>", or that, like the second, begins with a country's name (`countries_at`: offsets of country names in
    `text`; "Kazakhstan Temir Zholy and Azerbaijan Railways", not "National Development and Reform Commission");
    the last "and" that splits so is taken. None for one name."""
    ends = re.compile(rf"^{_CAP}(?:\s+(?:{_CAP}|of|for|the|on))*\s+(?:{BODY_WORDS}|{COMPANY_ENDINGS})$")
    for joint in reversed(list(re.finditer(r"\s+and\s+", text))):
        first, second = text[:joint.start()], text[joint.end():]
        if joint.start() in countries_end and len(text) in countries_end and re.search(r"\S\s+of\s+", first) and re.search(r"\S\s+of\s+", second):
            # "The Ministry of Energy of Azerbaijan and ACWA Power of the Kingdom of Saudi Arabia": each ends with its state
            return [(first, 0), (second, joint.end())]
        if re.match(r"[A-Z][\w-]*['’]s\s+[A-Z]", second) and (re.search(rf"\b(?:{BODY_WORDS})$", second) or re.match(
                r"[A-Z][\w-]*['’]s\s+(?:Ministry|Agency|Committee|Authority|Service)\s+(?:of|for|on)\b", second)):
            # "… of Tajikistan and China's National Development and Reform Commission": a name of its own; a first part
            # of one word is the end of a name before ("under the President of Tajikistan"), not a body
            return [(first, 0), (second, joint.end())] if len(first.split()) > 1 else [(second, joint.end())]
        if re.search(r"\b(?:of|for|the|on|and)$", first):
            continue
        if joint.end() in countries_at and re.search(rf"\b(?:{BODY_WORDS}|{COMPANY_ENDINGS}|Cabinet)$", first) and (
                len(text) in countries_end or re.search(rf"\b(?:{BODY_WORDS}|{COMPANY_ENDINGS})$", second)):
            # "the Asian Development Bank and Uzbekistan": a body, and a state after it; "Kyrgyzstan's Cabinet and China Road and
            # Bridge Corporation": a body, and a name that begins with a state's and ends as a company's
            return [(first, 0), (second, joint.end())]
        if re.match(r"(?:[A-Z][\w-]*['’]s\s+)?(?:CJSC|OJSC|PJSC|JSC|LLC|LLP|National\s+(?:Company|Corporation))\s+[A-Z]", second) and (
                len(first.split()) > 1 or re.fullmatch(r"[A-Z]{3,}|[A-Z][a-z]+[A-Z]\w*", first)):
            # "State Oil Company of Azerbaijan and JSC KazMunayGas", "SOCAR and Kazakhstan’s National Company KazMunayGas": a
            # company's legal form or "National Company" begins a name of its own (one word before it: an acronym or CamelCase)
            return [(first, 0), (second, joint.end())]
        if joint.end() in countries_at and ends.match(second) and all(w[:1].isupper() for w in first.split()) \
                and not re.search(rf"\b(?:{BODY_WORDS})\b", first):
            # "O'zbekiston Temir Yo'llari and China Railway Group", "Uzbekneftegaz and China National Petroleum Corporation": a
            # company named by its state begins a name of its own after a name that is no body's
            return [(first, 0), (second, joint.end())]
        if re.match(rf"(?:{BODY_WORDS})\s+(?:of|for|on)\s+[A-Z]", first) and (
                re.search(rf"\s(?:{COMPANY_ENDINGS})$", second.rstrip(".")) or re.fullmatch(r"[A-Z]{3,}", second)):
            # "the Ministry of Culture, Information, Sport and Youth Policy and Shaanxi … Film Company Ltd.", "the Ministry of
            # Energy and TBEA": a body named by its head noun, then a company's name or acronym (and the first may be two; not
            # "… and China’s National Development and Reform Commission", one body's name)
            return [*(_two_names(first) or [(first, 0)]), (second, joint.end())]
        if LEGAL_FORM.search(first) and re.match(_CAP, second):
            # "Vakhsh Textile Group LLC and Anadolu Örme Tekstil A.Ş.": a legal form ends a company's name, another begins
            return [(first, 0), (second, joint.end())]
        if joint.start() in countries_end and re.match(rf"(?:{_CAP}\s+){{0,2}}(?:{BODY_WORDS})\s+(?:of|for)\s", first) and joint.end() not in countries_at \
                and re.fullmatch(rf"{_CAP}(?:\s+{_CAP}){{1,4}}", second):
            # "the Ministry of Health of Kazakhstan and Kiyomizu Medical Systems", "the State Committee for Water Management of
            # Turkmenistan and Nakamura Water Technologies Co., Ltd.": a body that ends with its state, then a name
            return [(first, 0), (second, joint.end())]
        if not ends.match(second) or len(first.split()) < 2:
            continue
        countries_both = 0 in countries_at and joint.end() in countries_at
        if re.search(rf"\b(?:{BODY_WORDS}|{COMPANY_ENDINGS})$", first) or re.search(r"\bof\s+[A-Z]\w+$", first) or (
                countries_both and not re.search(rf"\b(?:{BODY_WORDS})\b", first)):
            return [(first, 0), (second, joint.end())]
    return None


def guess_kind(text: str, kind: str) -> str:
    """The kind a new name looks like: a company, an organisation, a council or commission (a mechanism,
    unless a ministry's or agency's), else `kind`."""
    if re.search(r"\b(Company|Corporation|Holding|LLC|JSC|Ltd|Inc|Mining|Gold|Seaport|Airport|Airlines|Airways)\b", text) or LEGAL_FORM.search(text):
        return "company"  # (or a name that ends with a legal form: "Tessitura Valsesia S.r.l.")
    if re.search(r"\b(University|Institute|Association|Organi[sz]ation|Union|Cent(er|re)|Bank|Fund)\b", text):
        return "organisation"
    if re.search(r"\bGroup\b", text) and not re.search(r"\b(?:Council|Commission|Forum)\b|\b(?:Joint|Working|Contact|Planning|Expert|Experts|Task|Steering|"
                                                   r"Coordination|Coordinating|Advisory|Consultative|Friendship|Plenary|Parliamentary|"
                                                   r"Interparliamentary|High-Level|Interagency|Interdepartmental|Monitoring)\s+Group\b", text):
        return "company"  # "China Energy International Group", "CITIC Group" (not "the Joint Working Group", a mechanism)
    if re.search(r"\b(Council|Commission|Group|Forum)\b", text) and not re.search(
            r"\b(Ministry|Agency|Committee|Department|Office|Service|Administration|Development and Reform)\b", text):
        return "mechanism"
    return kind


def _without_where_based(text: str) -> str:
    """A name without the words before it that say where it is based: "Illinois-based Prairie Ridge Equipment Inc." is
    "Prairie Ridge Equipment Inc."."""
    words = text.split(" ")
    based = next((i for i, word in enumerate(words[:4]) if word.lower().endswith("-based")), None)
    return " ".join(words[based + 1:]) if based is not None else text


def _trim(text: str) -> str:
    """Leading articles and trailing small words off a name: 'the Ministry of Energy and' → 'Ministry of Energy'."""
    words = _without_where_based(text).split()
    while words and words[0].lower() in ("the", "of", "and", "for"):
        words.pop(0)
    while words and (words[-1].lower() in ("of", "and", "for", "on", "the", "in") or not words[-1][:1].isupper()
                     or words[-1].lower().rstrip(".,") in CALENDAR):  # "… Fund on Thursday": the day is no part of the name
        words.pop()
    if len(words) > 2 and words[-1].rstrip(".,") == "Co":
        words.pop()  # "Shenzhen Energy Group Co., Ltd.": the legal form, cut at its comma, is no part of the name
    return " ".join(words).rstrip(".,")


CALENDAR = frozenset(w.lower() for w in [*calendar.month_name[1:], *calendar.day_name])
# Words of an office or a body's name, which are not a person's names ("Minister of Industry Erlan Sadykov").
OFFICE_VOCABULARY = frozenset("""
president prime premier minister ministers deputy first vice ambassador chairman chairwoman chair director general head ceo governor mayor
adviser advisor assistant security officer operating financial managing manager
secretary speaker foreign chief executive of the and for affairs industry investment investments energy natural resources
trade commerce economy economic finance mining geology transport transportation defence defense agriculture health education
culture digital infrastructure housing telecommunications irrigation population protection social regional cooperation development technologies technology innovation innovations foreign justice interior labour labor water
ecology environment tourism communications information science sport youth emergency situations national state
republic federal council commission committee ministry agency department office minister's deputy-minister counterpart leader
chancellor councillor crown prince emir amir king sheikh sultan region province oblast presidents envoy special representative
solutions operations strategy partnerships relations
high policy industries production
""".split())
# A field that is the second object of a name's "for" or "of" ("the European Bank for Reconstruction and Development"),
# not a second name.
FIELD_WORDS = OFFICE_VOCABULARY | frozenset({"cooperation", "co-operation", "reconstruction", "security", "peace", "integration", "research"})
# Words a headline capitalises after a name, which no name has: "Russian President Vladimir Putin Jointly Signed …".
HEADLINE_VERBS = frozenset("jointly signed signs sign held holds met meets says said visits visited discuss discussed discusses agree agreed agrees "
                           "hold meet visit".split())
# The last word of an office that a comma then a name follows: "the UK Foreign Secretary, David Cameron", "the Minister of
# Foreign Affairs, Bakhtiyor Saidov" (not "… and Development, EU Member States": a bank's name).
OFFICE_AFTER_A_COMMA = frozenset("secretary chairman chairwoman ambassador premier governor mayor affairs ceo director head".split())
# Months and days of the week: never a place ("signed in March") nor one who signs ("on Thursday signed").
CALENDAR_WORDS = frozenset(w.casefold() for w in [*calendar.month_name[1:], *calendar.day_name])
NOT_A_FIRST_NAME = CALENDAR_WORDS | FUNCTION_WORDS | {"mr", "mrs", "ms"}  # "On Monday Sadyr Japarov", "During Putin's visit", "Mr Gurbanguly …"
PARTICLES = frozenset({"von", "van", "der", "den", "de", "da", "di", "bin", "ibn", "al", "Al", "ul", "ur", "ud"})  # (and "Noor ul Haq Qadri")
# A rank or honorific between an office and a name ("his Tajik counterpart Gen. Sherali Mirzo", "H.E. Lord David Cameron"):
# neither office nor name, read as spaces (so that what stands where keeps its place).
HONORIFIC = re.compile(r"\b(?:(?:Gen|Lt|Col|Maj|Brig|Adm|Capt|Cmdr|Dr|Mr|Mrs|Ms|Prof|Hon|Rev)\.|(?:Mr|Mrs|Ms|Dr)(?=\s+[A-Z])|H\.\s?E\.|H\.?\s?H\.?(?=\s)|(?:His|Her)\s+Excellency\b|Lord\b|Sir\b|Dame\b|Honou?rable\b)\s*")
_TOKEN = re.compile(r"[\w'’ʻ-]+|[^\w\s]")


@dataclass(frozen=True)
class PersonInText:
    name: str
    office: str | None
    start: int
    end: int


# A name after its office of a state and a comma: "the Minister of Foreign Affairs of the Republic of Kazakhstan, Murat Nurtleu,".
# ("the UK Trade Envoy to Azerbaijan and Central Asia, Lord John Alderdice": an envoy's office is "to" where he is posted)
# (the body the office is of, then the comma and the name, which ends the clause or comes before "and")
_OF_A_BODY = r"(?:[A-Z][\w'’-]*\s+(?:(?:of|and)\s+(?:the\s+)?)?){0,4}[A-Z][\w'’-]*"
_COMMA_NAME = rf",\s+(?P<name>{PERSON_NAME})(?=\s*[,.;]|\s+and\b|\s*$)"
OFFICE_COMMA_NAME = re.compile(rf"(?P<office>\b(?:{OFFICE_WORDS})\s+(?:of|to)\s+(?:the\s+)?{_OF_A_BODY})" + _COMMA_NAME)
# (and an office written in small letters after "the" or "its", as wires write a company's: "by the chairman of Garagum Gas,
# Merdan Annayev, and the vice-president of Huaxi Pipeline Engineering, Zhou Minghao", "by its managing director for Central
# Asia, Helena Markovic")
LOWER_OFFICE_COMMA_NAME = re.compile(r"\b(?:the|its)\s+(?P<office>(?:chairman|chairwoman|vice[- ]president|president|managing\s+director|director\s+general|"
                                     rf"general\s+director|chief\s+executive(?:\s+officer)?|head|governor)\s+(?:of|for)\s+(?:the\s+)?{_OF_A_BODY})" + _COMMA_NAME)
# An office of one posted to a state, the state, then the name: "EBRD Permanent Representative in Tajikistan Holger Wifel".
ENVOY = re.compile(rf"(?P<office>(?:[A-Z][\w'’-]*\s+){{0,3}}(?:Representative|Ambassador|Envoy|Consul(?:\s+General)?|Director|Head\s+of\s+Mission)"
                   rf"\s+(?:in|to)\s+(?:the\s+)?[A-Z][\w'’-]+)\s+(?P<name>{PERSON_NAME})(?=\s*[,.;]|\s+(?:and|signed|said|noted)\b|\s*$)")
# Two offices of one kind, of two states, and their holders in the same order: "Presidents of Uzbekistan and Kazakhstan Shavkat
# Mirziyoyev and Kassym-Jomart Tokayev", "the Foreign Ministers of Türkiye and Azerbaijan, Hakan Fidan and Jeyhun Bayramov".
RESPECTIVE_OFFICES = re.compile(rf"\b(?P<office>Presidents|Prime Ministers|Foreign Ministers|Ministers of Foreign Affairs)\s+of\s+(?:the\s+)?"
                                rf"(?P<a>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+and\s+(?:the\s+)?(?P<b>[A-Z][\w'’-]+)\s*,?\s+"
                                rf"(?P<first>{PERSON_NAME})\s+and\s+(?P<second>{PERSON_NAME})\b")
# Words of a body's or a gathering's name, never of a person's: "the UN General Assembly, President …".
NOT_IN_A_PERSONS_NAME = re.compile(rf"{BODY_WORDS}|Assembly|Nations|Summit|Conference|Session")


def _field_of_an_office(tokens: list[tuple[str, int, int]], at: int) -> bool:
    """tokens[at] ends an office's field, before a comma and its holder's name: "Uzbekistan's Minister of Economy and
    Finance, Jamshid Kuchkarov" (not "the European Bank for Reconstruction and Development, EU Member States": no office)."""
    k = at
    while k >= 0 and tokens[k][0] not in (",", ";") and (tokens[k][0].lower() in OFFICE_VOCABULARY or tokens[k][0][:1].isupper()) and at - k < 8:
        if re.fullmatch(r"Ministers?|Secretary|Chairman|Chairwoman|Director|Envoy|Representative|Ambassador", tokens[k][0]) and k < at:
            return tokens[at][0].lower() in OFFICE_VOCABULARY and tokens[at][0][:1].isupper()
        k -= 1
    return False


def people(sentence: str) -> list[PersonInText]:
    """People named after their office: 'Kazakh Minister of Industry Erlan Sadykov and Uzbek Minister of
    Investment Aziz Karimov' gives two, each with the office written before the name."""
    sentence = HONORIFIC.sub(lambda m: " " * len(m.group(0)), sentence)
    tokens = [(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(sentence)]
    found: list[PersonInText] = []
    i = 0
    while i < len(tokens):
        # A name: two to five capitalised words (and an initial) that are not words of an office, after an office word.
        run: list[tuple[str, int, int]] = []
        j = i
        while j < len(tokens) and len([t for t in run if t[0] not in PARTICLES]) < 5 and (tokens[j][0][:1].isupper() or (
                run and tokens[j][0] in PARTICLES and j + 1 < len(tokens) and (tokens[j + 1][0][:1].isupper() or tokens[j + 1][0] in PARTICLES))) \
                and (tokens[j][0].lower() not in OFFICE_VOCABULARY or (run and run[-1][0] in ("bin", "ibn"))
                     # "CEO Sultan Al-Marshad": after an office, a first name (not "Oman's Sultan Haitham")
                     or (not run and tokens[j][0] == "Sultan" and j > 0 and tokens[j - 1][0].lower() in OFFICE_VOCABULARY
                         and tokens[j - 1][0][:1].isupper() and tokens[j - 1][0].lower() not in ("of", "the", "and"))) \
                and tokens[j][0].lower() not in CALENDAR_WORDS | HEADLINE_VERBS:
            # ("Zayed bin Sultan": a father's name; not "… Mirziyoyev Tuesday", nor a headline's "… Vladimir Putin Jointly Signed")
            if tokens[j][0] in PARTICLES:  # "Ursula von der Leyen": the particles belong to the name
                run.append(tokens[j])
                j += 1
                continue
            if run and re.fullmatch(r"[A-Z]", tokens[j][0]) and j + 2 < len(tokens) and tokens[j + 1][0] == "." and tokens[j + 2][0][:1].isupper() \
                    and tokens[j + 1][1] == tokens[j][2]:
                run.append((tokens[j][0] + ".", tokens[j][1], tokens[j + 1][2]))  # "Khawaja M. Asif": an initial within the name
                j += 2
                continue
            word, start, end = tokens[j]
            possessive = re.search(r"['’]s$", word)
            if possessive:  # "Vladimir Putin's visit": the name ends here
                word, end = word[:possessive.start()], end - 2
            if not word.replace("-", "").isalpha():  # "Kassym-Jomart"
                break
            run.append((word, start, end))
            j += 1
            if possessive:
                break
        previous = tokens[i - 1][0].lower() if i > 0 else ""
        after_comma = previous == "," and i > 1 and (tokens[i - 2][0].lower() in ("counterpart", "minister", "president") or (
            tokens[i - 2][0].lower() in OFFICE_AFTER_A_COMMA and tokens[i - 2][0][:1].isupper()) or _field_of_an_office(tokens, i - 2))
        if after_comma:
            previous = tokens[i - 2][0].lower()  # "his Kazakh counterpart, Yermek Kosherbayev", "the UK Foreign Secretary, David Cameron"
        # One surname after a head's title, as news writes it ("President Tokayev noted"), where no capitalised word follows.
        title_and_surname = len(run) == 1 and previous in ("president", "minister", "chairman") and i > 0 and tokens[i - 1][0][:1].isupper() and (
            j >= len(tokens) or not tokens[j][0][:1].isupper())
        # (nor an event's words: "the Kazakhstan–Oman Investment Round Table" names no person "Round Table")
        a_body = any(re.fullmatch(rf"{BODY_WORDS}|{COMPANY_ENDINGS}|CJSC|SC|Co|Port|Construction|{EVENT_NAME_WORDS}", word)
                     for word, _, _ in run) or (
            j < len(tokens) and re.fullmatch(rf"{BODY_WORDS}|{COMPANY_ENDINGS}", tokens[j][0]) is not None)  # "… Company Kazatomprom", "Port CJSC",
        # and the words before a body's word: "the State Civil Aviation Agency" names no person "Civil Aviation"
        if len(run) >= 2 and not a_body and previous == "and" and found and i > 1 and found[-1].end == tokens[i - 2][2] and found[-1].office \
                and re.search(r"\b(?:Ministers|Presidents|Prime Ministers|Leaders|Chairmen)$", found[-1].office):
            # "Foreign Ministers Murat Nurtleu and Park Jin": the second holds the office the plural gives both
            found.append(PersonInText(" ".join(t[0] for t in run), found[-1].office, run[0][1], run[-1][2]))
            i = j
            continue
        # "Chairman of the Board of Caspian Rail Freight CJSC Vugar Aliyev": a company's legal form after an office's "of" ends
        # the office, as an office's word does
        after_a_company = previous in ("cjsc", "jsc", "ojsc", "pjsc", "llc", "llp", "plc", "ltd", "inc") and i > 0 and re.search(
            rf"\b(?:{OFFICE_WORDS})\s+of\s+(?:the\s+)?(?:Board\s+of\s+)?(?:[A-Z][\w'’&-]*\s+){{1,5}}$", sentence[:tokens[i - 1][1]]) is not None
        # "President of the company Haruki Tanabe": an office of the firm the text has named, by its kind
        of_the_firm = previous in ("company", "bank", "corporation", "holding", "fund") and i >= 4 and tokens[i - 2][0].lower() == "the" \
            and tokens[i - 3][0].lower() == "of" and tokens[i - 4][0].lower() in OFFICE_HEADS
        if (len(run) >= 2 or title_and_surname) and not a_body and (previous in OFFICE_VOCABULARY or after_a_company or of_the_firm) \
                and previous not in ("of", "the", "and", "for"):
            k = i - 2 if after_comma else i - 4 if of_the_firm else i - 1  # the office: back over office words, capitalised words and connectors
            while k >= 0 and (tokens[k][0].lower() in OFFICE_VOCABULARY or tokens[k][0][:1].isupper() or (
                    # "Kazakhstan's Deputy Prime Minister – Foreign Minister Murat Nurtleu": two offices of one person
                    tokens[k][0] in ("–", "—") and k > 0 and tokens[k - 1][0].lower() in OFFICE_VOCABULARY)) and tokens[k][0] not in (",", ";"):
                if tokens[k][0].lower() == "and" and found and found[-1].end >= tokens[k - 1][2] if k > 0 else False:
                    break
                if tokens[k][0].lower() == "and" and k > 1 and all(
                        tokens[n][0][:1].isupper() and tokens[n][0].lower() not in OFFICE_VOCABULARY for n in (k - 1, k - 2)):
                    break  # "signed by Sardor Yusupov and Deputy Minister of Agriculture Dilshod Rakhimov": a name before "and", not an office
                k -= 1
                if k > 0 and tokens[k][0] == "," and tokens[k - 1][0].lower() in OFFICE_VOCABULARY and tokens[k - 1][0][:1].isupper() \
                        and not any(t[0].lower() in OFFICE_HEADS for t in tokens[k + 1:i]) and not (found and found[-1].end > tokens[k - 1][1]):
                    k -= 1  # "Minister of Water Resources, Agriculture and Processing Industry Azamat Toktogulov": the office's fields
            office_start = tokens[k + 1][1]
            while sentence[office_start:].lower().startswith(("and ", "the ", "of ")):
                office_start = sentence.index(" ", office_start) + 1
            office = " ".join(sentence[office_start:tokens[i - 1][1] if after_comma else run[0][1]].split())
            found.append(PersonInText(" ".join(t[0] for t in run), office or None, run[0][1], run[-1][2]))
            i = j
            continue
        i += 1
    def free(match: re.Match[str], name: str = "name") -> bool:
        """Whether no one is found already where the match's name stands."""
        return not any(p.start < match.end(name) and match.start(name) < p.end for p in found)

    def named_after_office(match: re.Match[str]) -> None:
        """A name a pattern finds after its office, where no one is found already and no word of it is an office's or a
        body's (ENVOY, OFFICE_COMMA_NAME)."""
        if free(match) and not any(w.casefold() in OFFICE_VOCABULARY or NOT_IN_A_PERSONS_NAME.fullmatch(w) for w in match.group("name").split()):
            found.append(PersonInText(match.group("name"), " ".join(match.group("office").split()), match.start("name"), match.end("name")))

    for match in re.finditer(rf"(?<!\bof\s)(?<!\bthe\s)(?P<name>{PERSON_NAME}),\s+(?:the\s+)?(?P<office>(?:[A-Z][\w'’-]*\s+){{0,3}}(?:{OFFICE_WORDS})(?:\s+(?:of|for|and|the|[A-Z][\w'’-]*)){{0,12}})", sentence):
        if re.search(rf"\b(?:{OFFICE_WORDS})\s+(?:(?:of|and|for)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){{1,3}}){{0,3}}$", sentence[:match.start("name")]):
            continue  # "President of Kazakhstan Kassym-Jomart Tokayev, President of Tajikistan …": a list of offices and names
            # (and "Minister of Transport of Uzbekistan Ilkhom Mahkamov, Minister of Transport and Communications of …")
        if any(NOT_IN_A_PERSONS_NAME.fullmatch(word) for word in match.group("name").split()):
            continue  # "the UN General Assembly, President …": a body's name, not a person's
        if match.group("name").split()[0].lower() in FUNCTION_WORDS:
            continue  # "In Astana, the King is due to meet …": where, not who
        if any(match.start("office") <= p.start < match.end("office") for p in found):
            continue  # "In Abu Dhabi, President Shavkat Mirziyoyev will …": the office is someone else's, before his name
        if free(match):
            found.append(PersonInText(match.group("name"), " ".join(match.group("office").split()).rstrip(",."), match.start("name"), match.end("name")))
    for match in ENVOY.finditer(sentence):
        # "EBRD Permanent Representative in Tajikistan Holger Wifel", "Ambassador to Kazakhstan John Smith": the state he is
        # posted to is part of his office, and the name follows it
        named_after_office(match)
    for match in RESPECTIVE_OFFICES.finditer(sentence):
        # "Presidents of Uzbekistan and Kazakhstan Shavkat Mirziyoyev and Kassym-Jomart Tokayev": each the office of his state,
        # in the order the states are named
        office = {"Ministers of Foreign Affairs": "Minister of Foreign Affairs"}.get(match.group("office"), match.group("office")[:-1])
        for name, state in (("first", "a"), ("second", "b")):
            if free(match, name):
                found.append(PersonInText(match.group(name), f"{office} of {match.group(state)}", match.start(name), match.end(name)))
    for match in [*OFFICE_COMMA_NAME.finditer(sentence), *LOWER_OFFICE_COMMA_NAME.finditer(sentence)]:
        # "…, Minister of Foreign Affairs of the People's Republic of China, Wang Yi": the name after its office and a comma
        named_after_office(match)
    # "Foreign Ministers A and B", "signed by Presidents A and B": each holds the office in the singular
    found = [replace(p, office=singular_office(p.office)) if p.office else p for p in found]
    return sorted(found, key=lambda p: p.start)


def singular_office(office: str) -> str:
    """The office one of several holds, who are named after it in the plural: "Foreign Ministers" is "Foreign Minister",
    "energy ministers" "energy minister", "Chairmen" "Chairman" (not "Chairman of the Cabinet of Ministers", whose last
    word is the body's)."""
    return re.sub(r"(?<!\bof\s)\b(?P<head>[Mm]inister|[Pp]resident|[Ll]eader)s$|(?<!\bof\s)\b(?P<chair>[Cc]hair)men$",
                  lambda m: m.group("head") or f"{m.group('chair')}man", office)
