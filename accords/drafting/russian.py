"""Reports in Russian: the official sources of the region often publish in Russian first.

A Russian sentence is read with natasha (MIT; its models ship inside the package, so it runs offline): its words
with their lemmas and grammar, and the names in it (people, places, organisations) in their normal form
("Узбекистана" → "Узбекистан"), which `accords.names` links to records (countries answer to their CLDR names in
Russian). Dates come from dateparser, at the precision the text gives (its `period`: "в 2026 году" is 2026, never a
padded day). What is drafted is written in English field values (kind, status, parties by record); the Russian
sentence is the evidence. A name the dataset does not know is put in English by the glossary below, or romanised where
it is a person's or a body's own name ("«Ховар»" → "Khovar"); what can be neither is not drafted.

The same rules as for English: the signing verb's own grammar decides — "не подписали" is nothing, "могут подписать"
is nothing, "подпишут", "будет подписан", "планируется подписать" are planned; a document is one of the nouns below.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from ..counts import Count
from ..dates import PartialDate
from ..model import AgreementKind, EventKind
from .actors import Actors
from .documents import display
from .drafts import DraftAgreement, DraftEvent, Fact
from .mentions import Mention
from .sentences import Sentence

CYRILLIC = re.compile(r"[А-Яа-яЁё]")
LATIN = re.compile(r"[A-Za-z]")

# Document nouns by lemma (two-word names first), and the kind each names.
DOCUMENTS: list[tuple[tuple[str, ...], AgreementKind]] = [
    (("дорожный", "карта"), AgreementKind.roadmap),
    (("план", "действие"), AgreementKind.action_plan),
    (("совместный", "заявление"), AgreementKind.joint_statement),
    (("совместный", "коммюнике"), AgreementKind.joint_statement),
    (("меморандум",), AgreementKind.memorandum),
    (("соглашение",), AgreementKind.agreement),
    (("договор",), AgreementKind.treaty),
    (("декларация",), AgreementKind.declaration),
    (("протокол",), AgreementKind.protocol),
    (("контракт",), AgreementKind.contract),
    (("программа",), AgreementKind.programme),
    (("концепция",), AgreementKind.concept),
    (("хартия",), AgreementKind.charter),
    (("коммюнике",), AgreementKind.joint_statement),
    (("решение",), AgreementKind.decision),
]
# Verbs by lemma: what doing it to a document makes of it.
SIGNED = frozenset({"подписать", "подписывать", "заключить", "заключать", "подписанный"})
APPROVED = frozenset({"утвердить", "одобрить", "принять", "утверждать", "одобрять", "принимать"})
RATIFIED = frozenset({"ратифицировать", "ратифицированный"})
INITIALLED = frozenset({"парафировать"})
PLANNING = frozenset({"планировать", "планироваться", "намереваться", "ожидаться", "предстоять", "намерен", "собираться", "готовиться",
                      "договориться", "договариваться"})
MODALS = frozenset({"мочь", "смочь", "возможно", "бы"})
NEGATIONS = frozenset({"не", "ни"})
VISIT = frozenset({"визит"})
MEETINGS = {"саммит": EventKind.summit, "форум": EventKind.forum, "заседание": EventKind.meeting, "переговоры": EventKind.meeting,
            "встреча": EventKind.meeting, "визит": EventKind.visit}
MANNERS = {"государственный": "State visit", "официальный": "Official visit", "рабочий": "Working visit"}
OFFICES = frozenset({"министр", "президент", "премьер-министр", "председатель", "глава", "посол", "заместитель", "вице-премьер", "аким",
                     "хоким", "директор", "руководитель", "спикер"})
# Heads of a body's name in English that its field precedes: "Development Bank", not "Bank of Development".
PREFIXED_HEADS = frozenset({"Bank", "Fund", "Company", "Corporation", "Concern", "Agency"})
# A company named in Latin letters after the word: "компанией Masdar", "компании «Total Eren»".
LATIN_COMPANY = re.compile(r"\bкомпани(?:я|ей|и|ю)\s+[«\"“]?(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})[»\"”]?")
# The heads whose talks a sentence reports by their offices ("Президенты Узбекистана и Туркменистана провели переговоры").
HEADS = {"президент": "presidents", "лидер": "leaders", "премьер-министр": "prime ministers"}
# Words natasha may take for an organisation's one-word name that are none: acts ("Согласно Постановлению").
NOT_NAMES = frozenset({"постановление", "указ", "распоряжение", "закон", "решение", "приказ", "документ", "сторона"})
QUOTES = frozenset({"«", "»", "“", "”", '"'})  # around a body's name within an office ("директор … агентства «Ховар»")
PARTY_KINDS = ("country", "government-body", "organisation", "mechanism", "company")
# The words of the region's meeting names, by lemma, in English (singular, plural): a name is written in English only
# where each of its words is here or a country's name; otherwise it stays as the Russian text writes it.
GLOSSARY: dict[tuple[str, ...], tuple[str, str]] = {
    ("глава", "государство"): ("Head of State", "Heads of State"), ("центральный", "азия"): ("Central Asia", "Central Asia"),
    ("саммит",): ("Summit", "Summits"), ("форум",): ("Forum", "Forums"), ("заседание",): ("Meeting", "Meetings"),
    ("встреча",): ("Meeting", "Meetings"), ("совет",): ("Council", "Councils"), ("комиссия",): ("Commission", "Commissions"),
    ("комитет",): ("Committee", "Committees"), ("конференция",): ("Conference", "Conferences"), ("сессия",): ("Session", "Sessions"),
    ("консультативный",): ("Consultative", ""), ("межправительственный",): ("Intergovernmental", ""), ("межгосударственный",): ("Interstate", ""),
    ("высший",): ("Supreme", ""), ("высокий", "уровень"): ("High-Level", ""), ("совместный",): ("Joint", ""), ("деловой",): ("Business", ""),
    ("инвестиционный",): ("Investment", ""), ("стратегический",): ("Strategic", ""), ("внеочередной",): ("Extraordinary", ""),
    ("неформальный",): ("Informal", ""), ("очередной",): ("Regular", ""), ("юбилейный",): ("Anniversary", ""),
    ("тюркский",): ("Turkic", ""), ("двусторонний",): ("Bilateral", ""), ("торгово-экономический",): ("Trade and Economic", ""),
    ("экономический",): ("Economic", ""), ("региональный",): ("Regional", ""), ("международный",): ("International", ""),
    ("государство",): ("State", "States"), ("правительство",): ("Government", "Governments"), ("министр",): ("Minister", "Ministers"),
    ("иностранный", "дело"): ("Foreign Affairs", "Foreign Affairs"), ("организация",): ("Organization", "Organizations"),
    ("сотрудничество",): ("Cooperation", "Cooperation"), ("партнерство",): ("Partnership", "Partnership"), ("группа",): ("Group", "Groups"),
    ("планирование",): ("Planning", "Planning"), ("содружество",): ("Commonwealth", "Commonwealth"), ("независимый",): ("Independent", ""),
    ("лидер",): ("Leader", "Leaders"), ("председатель",): ("Chair", "Chairs"), ("член",): ("Member", "Members"),
    ("азиатский",): ("Asian", ""), ("концерн",): ("Concern", "Concerns"), ("национальный",): ("National", ""), ("государственный",): ("State", ""), ("информационный",): ("Information", ""), ("агентство",): ("Agency", "Agencies"),
    ("министерство",): ("Ministry", "Ministries"), ("ведомство",): ("Agency", "Agencies"), ("банк",): ("Bank", "Banks"),
    ("фонд",): ("Fund", "Funds"), ("компания",): ("Company", "Companies"), ("университет",): ("University", "Universities"),
    ("палата",): ("Chamber", "Chambers"), ("торговый",): ("Trade", ""), ("промышленный",): ("Industrial", ""),
    ("развитие",): ("Development", "Development"), ("энергетика",): ("Energy", "Energy"), ("транспорт",): ("Transport", "Transport"),
    ("сельский", "хозяйство"): ("Agriculture", "Agriculture"), ("экономика",): ("Economy", "Economy"), ("финансы",): ("Finance", "Finance"),
    ("следующий",): ("Next", ""), ("страна",): ("Country", "Countries"), ("снг",): ("CIS", ""), ("шос",): ("SCO", ""), ("отг",): ("OTS", ""), ("еаэс",): ("EAEU", ""), ("каспийский",): ("Caspian", ""),
}
PROPER = frozenset({("центральный", "азия")})  # a name: no "the" before it
ACRONYMS = frozenset({("снг",), ("шос",), ("отг",), ("еаэс",)})  # "of the CIS"
# A package the text counts: "подписан пакет из 20 документов", "подписано более 30 документов", "пакет документов".
# Numbers written as words, as a package is counted ("подписали десять двусторонних документов").
RUSSIAN_NUMBERS = {w: n for n, w in enumerate("два три четыре пять шесть семь восемь девять десять одиннадцать двенадцать тринадцать "
                                               "четырнадцать пятнадцать шестнадцать семнадцать восемнадцать девятнадцать двадцать".split(), start=2)}
RUSSIAN_NUMBERS |= {"двух": 2, "трех": 3, "трёх": 3, "четырех": 4, "четырёх": 4, "пяти": 5, "шести": 6, "семи": 7, "восьми": 8, "девяти": 9,
                    "десяти": 10, "двадцати": 20, "тридцать": 30, "тридцати": 30, "сорок": 40, "сорока": 40, "пятьдесят": 50}
RUSSIAN_PACKAGE = re.compile(r"(?:(?P<bound>более|свыше|около|порядка|не менее)\s+)?(?P<count>\d{1,3}|" + "|".join(RUSSIAN_NUMBERS) + r")\s+(?:[а-яё-]+\s+){0,3}?"
                             r"(?:документ|соглашени|меморандум)[а-яё]*|\bпакет\w*\s+(?:из\s+(?P<of>\d{1,3})\s+)?документ[а-яё]*"
                             r"|\b(?:ряд|несколько|серия|серию)\s+(?:[а-яё-]+\s+){0,2}?(?:документ|соглашени|меморандум)[а-яё]*", re.IGNORECASE)
# The states' usual abbreviations in Russian texts: "президента РК … в КР".
STATE_ABBREVIATIONS = {"РК": "Kazakhstan", "КР": "Kyrgyzstan", "РУз": "Uzbekistan", "РТ": "Tajikistan", "РФ": "Russia", "КНР": "China",
                       "США": "United States", "ОАЭ": "United Arab Emirates", "АР": "Azerbaijan"}
ORDINAL_WORDS = {w: n for n, w in enumerate("первый второй третий четвертый пятый шестой седьмой восьмой девятый десятый".split(), start=1)}


def with_yo(text: str, most: int = 8) -> list[str]:
    """Spellings of a Russian name with one е read as ё ("Мирзиеев" → "Мирзиёев", …): texts mostly write е for ё."""
    return [f"{text[:i]}ё{text[i + 1:]}" for i, letter in enumerate(text) if letter == "е"][:most]


def is_russian(text: str) -> bool:
    """Whether a sentence is written in Russian (Cyrillic letters outnumber Latin ones)."""
    return len(CYRILLIC.findall(text)) > len(LATIN.findall(text))


@dataclass(frozen=True)
class Word:
    text: str
    lemma: str
    pos: str
    feats: dict[str, str]
    start: int
    end: int


@dataclass(frozen=True)
class Name:
    kind: str  # PER, LOC or ORG
    text: str
    normal: str
    start: int
    end: int


@cache
def _natasha() -> tuple[Any, ...]:
    """natasha's segmenter, morphology and name tagger, loaded once per process (about a second)."""
    from natasha import MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter

    embedding = NewsEmbedding()
    return Segmenter(), MorphVocab(), NewsMorphTagger(embedding), NewsNERTagger(embedding)


def analyse(text: str) -> tuple[list[Word], list[Name]]:
    """The words of a Russian sentence with their lemmas and grammar, and the names in it in their normal form."""
    from natasha import Doc

    segmenter, vocabulary, morphology, tagger = _natasha()
    doc = Doc(text)
    doc.segment(segmenter)
    doc.tag_morph(morphology)
    doc.tag_ner(tagger)
    words = []
    for token in doc.tokens:
        token.lemmatize(vocabulary)
        words.append(Word(token.text, (token.lemma or token.text).lower(), token.pos or "", dict(token.feats or {}), token.start, token.stop))
    names = []
    for span in doc.spans:
        span.normalize(vocabulary)
        names.append(Name(span.type, span.text, span.normal or span.text, span.start, span.stop))
    return words, names


@dataclass(frozen=True)
class DateInRussian:
    date: PartialDate
    text: str
    start: int


_MONTH = r"(?:январ[а-я]*|феврал[а-я]*|март[а-я]*|апрел[а-я]*|ма[йяе]|июн[а-я]*|июл[а-я]*|август[а-я]*|сентябр[а-я]*|октябр[а-я]*|ноябр[а-я]*|декабр[а-я]*)"
_YEAR = r"(?:19|20)\d\d(?:\s*(?:года|году|год|г\.))?"
# Where a Russian sentence gives a date (most precise first); dateparser reads each.
RUSSIAN_DATES = [
    re.compile(rf"\b(?P<first>\d{{1,2}})\s*[-–—−]\s*(?P<last>\d{{1,2}})\s+(?P<rest>{_MONTH}(?:\s+{_YEAR})?)", re.IGNORECASE),
    re.compile(rf"\b\d{{1,2}}\s+{_MONTH}(?:\s+{_YEAR})?", re.IGNORECASE),
    re.compile(rf"\b{_MONTH}\s+{_YEAR}", re.IGNORECASE),
    re.compile(rf"\b(?:в|во)\s+{_MONTH}\b", re.IGNORECASE),
    re.compile(r"\b\d{1,2}\.\d{1,2}\.(?:19|20)\d\d\b"),
    re.compile(rf"\b(?:в\s+)?{_YEAR}", re.IGNORECASE),
    re.compile(r"\b(?:в\s+(?:следующем|прошлом|этом|текущем)\s+(?:году|месяце)|вчера|сегодня|завтра)\b", re.IGNORECASE),
]
# dateparser knows the months' nominative and genitive forms, not the prepositional of "в марте".
PREPOSITIONAL = [(re.compile(r"\b(январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр)е\b", re.IGNORECASE), r"\1я"),
                 (re.compile(r"\b(март|август)е\b", re.IGNORECASE), r"\1а"), (re.compile(r"\bмае\b", re.IGNORECASE), "мая")]


def russian_dates(text: str, published: PartialDate | None, future: bool = False) -> list[DateInRussian]:
    """Dates of a Russian sentence at the precision it gives them (dateparser's `period`: day, month or year; a range
    of days as a range), those without a year ("вчера", "в марте", "в следующем году") read against the publication
    date, forward where the sentence speaks of what is to come."""
    import datetime as dt

    from dateparser import DateDataParser

    settings: dict[str, Any] = {"PREFER_DAY_OF_MONTH": "first", "DATE_ORDER": "DMY", "PREFER_DATES_FROM": "future" if future else "past"}
    if published is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(published.earliest(), dt.time())
    relative = DateDataParser(languages=["ru"], settings=settings)
    absolute = DateDataParser(languages=["ru"], settings={k: v for k, v in settings.items() if k != "PREFER_DATES_FROM"})

    def parse(words: str) -> PartialDate | None:
        for pattern, replacement in PREPOSITIONAL:
            words = pattern.sub(replacement, words)
        words = re.sub(rf"^(?:в|во)\s+(?=\d|{_MONTH})", "", words.strip(), flags=re.IGNORECASE)
        parser = absolute if re.search(r"(?:19|20)\d\d", words) else relative
        data = parser.get_date_data(words)
        if data.date_obj is None:
            return None
        day = data.date_obj.date()
        return PartialDate(day.year) if data.period == "year" else PartialDate(day.year, day.month) if data.period == "month" else \
            PartialDate(day.year, day.month, day.day)

    found: list[DateInRussian] = []
    taken: list[tuple[int, int]] = []
    for pattern in RUSSIAN_DATES:
        for match in pattern.finditer(text):
            if any(start < match.end() and match.start() < end for start, end in taken):
                continue
            stated = match.group(0)
            if re.match(r"\s*[-–—−]\s*(?:19|20)\d\d", text[match.end():]) or re.search(r"(?:19|20)\d\d\s*[-–—−]\s*$", text[:match.start()]):
                continue  # "на 2022–2024 годы": a period, not a date
            if published is None and not re.search(r"(?:19|20)\d\d", stated):
                continue
            if "last" in match.groupdict() and match.group("last"):
                first, last = parse(f"{match.group('first')} {match.group('rest')}"), parse(f"{match.group('last')} {match.group('rest')}")
                date = PartialDate.span(first, last) if first and last else None
            else:
                date = parse(stated)
            if date is None:
                continue
            taken.append((match.start(), match.end()))
            found.append(DateInRussian(date, stated.strip(), match.start()))
    # The text's own dates in their order, then words read against the publication date: "Сегодня, 21 июля" is 21 July.
    relative = RUSSIAN_DATES[-1]
    return sorted(found, key=lambda d: (bool(relative.fullmatch(d.text)), d.start))


class RussianReader:
    """The agreements and events of the Russian sentences of a report, into the extractor's drafts."""

    def __init__(self, actors: Actors):
        self.dataset, self.names, self.published, self.drafts = actors.dataset, actors.names, actors.published, actors.drafts
        self.actors = actors
        self.actor = actors.actor
        self.region_countries = actors.region_countries
        self._events: dict[tuple, DraftEvent] = {}
        self._words: list[Word] = []
        self._ratified_at = 0  # where the verb of a ratification stands in its sentence
        self._last_date: tuple[DateInRussian, Sentence] | None = None  # the last date a sentence of the report gave, not of a plan
        self._earlier_date: tuple[DateInRussian, Sentence] | None = None
        self._last: DraftAgreement | None = None
        self._visit_countries: list[tuple[str, Sentence]] = []  # the visitor's country and the country visited, of the last visit

    def read(self, sentence: Sentence) -> None:
        words, names = analyse(sentence.text)
        dateline = re.match(r"^[А-ЯЁ][А-ЯЁ\- ]+,\s+\d{1,2}\s+\w+\.?\s*(?:[-–—−]\s*)?", sentence.text)
        future = any((w.feats.get("Tense") == "Fut" and not _aside(w)) or w.lemma in PLANNING for w in words)
        dates = [d for d in russian_dates(sentence.text, self.published, future) if not (dateline and d.start < dateline.end())]
        self._words = words
        self._earlier_date = self._last_date
        if dates and not future:
            self._last_date = (dates[0], sentence)
        self._events_in(sentence, words, names, dates)
        documents = self._documents(words)
        verbs = [(i, w) for i, w in enumerate(words) if w.lemma in SIGNED | APPROVED | RATIFIED | INITIALLED and w.pos in ("VERB", "ADJ", "AUX")]
        if not verbs:
            held = any(w.lemma == "подписание" for w in words) and any(w.lemma in ("пройти", "состояться") for w in words)
            if held and self._last is not None and not documents:  # "Подписание прошло 28 августа в Душанбе": the one just read
                self._last.evidence_of.append(sentence)
                self._when_and_where(self._last, sentence, words, names, dates)
            return
        index, verb = verbs[0]
        if self._negated(words, index) or self._modal(words, index):
            return
        planned = self._planned(words, index)
        package = RUSSIAN_PACKAGE.search(sentence.text)
        if package is None and not documents and verb.lemma in SIGNED:
            # "Казахстан и Китай подписали соглашения на сумму …": documents signed, neither counted nor named
            plural = next((w for i, w in enumerate(words) if any(w.lemma == lemmas[-1] for lemmas, _ in DOCUMENTS) and w.feats.get("Number") == "Plur"
                           and w.feats.get("Case") in ("Nom", "Acc") and not self._fields_after(words, i + 1)
                           and not (i + 1 < len(words) and words[i + 1].lemma in ("о", "об"))), None)
            package = re.search(re.escape(plural.text), sentence.text) if plural is not None else None
        if package and verb.lemma in SIGNED and not any(a.is_package for a in self.drafts.agreements):
            self._package(sentence, package, names, dates, planned)
            if not documents:
                return
        status = ("signed" if verb.lemma in SIGNED else "approved" if verb.lemma in APPROVED else
                  "ratified" if verb.lemma in RATIFIED else "initialled")
        if not documents:
            pronoun = any(w.lemma in ("он", "она") and w.feats.get("Case") == "Acc" for w in words[max(0, index - 2):index + 2])
            if (pronoun or any(w.lemma == "документ" for w in words)) and self._last is not None:
                # "Документ подписали …", "Тогда его подписали президенты Казахстана, Узбекистана и Кыргызстана": the one just read
                self._last.evidence_of.append(sentence)
                self._when_and_where(self._last, sentence, words, names, dates)
                self._add_signatories(self._last, sentence, words, names)
                named = [c for n in names if n.kind == "LOC" and (c := self.names.resolve(n.normal, ("country",)))]
                if named and all((p.note or "").startswith("a state of Central Asia") for p in self._last.parties):
                    self._last.parties = [Fact(c, sentence, "the countries whose presidents the text says signed it") for c in dict.fromkeys(named)]
            return
        for kind, at in documents:
            same = next((a for a in reversed(self.drafts.agreements) if a.kind.value == kind.value and not planned and not a.planned
                         and a.statement.text != sentence.text), None)
            names_party = any(n.kind in ("LOC", "ORG") for n in names)
            single = words[at].feats.get("Number") != "Plur"
            subject = at + 2 < len(words) and words[at + 1].lemma in ("о", "об", "в", "по") and words[at + 2].lemma != "взаимопонимание"
            if same is not None and single and (not same.parties or not same.signatories or (not names_party and not subject)):
                # "Подписан договор между тремя странами ЦА." then "… президенты … подписали договор о дружбе …": one treaty;
                # "Меморандум … утвержден в целях …", naming no party nor a subject of its own: the one read, told again
                same.evidence_of.append(sentence)
                self._parties(same, sentence, names)
                self._when_and_where(same, sentence, words, names, dates)
                self._add_signatories(same, sentence, words, names)
                continue
            agreement = DraftAgreement(Fact(kind.value, sentence), sentence, planned=planned)
            agreement.evidence_of.append(sentence)
            if status == "approved" and not planned:
                agreement.approved = Fact(verb.text, sentence)
            if status == "initialled" and not planned:
                agreement.initialled = Fact(verb.text, sentence)
            if status == "ratified" and not planned:
                agreement.ratified = Fact(verb.text, sentence)
                agreement.ratified_on = Fact(dates[0].date, sentence, f"«{dates[0].text}»") if dates else None
                self._ratified_at = verb.start
                agreement.ratified_by = [c for n in names if n.start < verb.start and n.kind in ("LOC", "ORG")
                                         for c in [self.names.resolve(n.normal, ("country",))] if c]
                if not agreement.ratified_by and re.search(r"(?i)\b(?:мажилис|сенат|парламент|жогорку кенеш|меджлис|олий мажлис|маджлиси)",
                                                           sentence.text[verb.end:]):
                    # "Соглашение ратифицировал Мажилис Парламента Казахстана": the parliament after the verb, and its country
                    agreement.ratified_by = [c for n in names if n.start > verb.start and n.kind == "LOC"
                                             for c in [self.names.resolve(n.normal, ("country",))] if c][:1]
            self._parties(agreement, sentence, names)
            if planned:
                first = next((i for i in range(max(0, index - 4), index) if words[i].lemma in PLANNING or words[i].lemma == "быть"), index)
                agreement.plan = Fact(sentence.text[words[first].start:verb.end], sentence)
                if dates:
                    agreement.planned_for = Fact(dates[0].date, sentence, f"«{dates[0].text}»")
            self._when_and_where(agreement, sentence, words, names, dates)
            self._add_signatories(agreement, sentence, words, names)
            event = next(iter(self._events.values()), None) if self._events else None
            if event is not None:
                agreement.event = Fact(event, sentence)
            self.drafts.agreements.append(agreement)
            self._last = agreement

    def _package(self, sentence: Sentence, match: re.Match[str], names: list[Name], dates: list[DateInRussian], planned: bool) -> None:
        """A package the sentence counts ("более 30 документов": at least 31), between the countries it names or else those of
        the visit told of before, dated by the sentence or else by the date the report gave before."""
        package = DraftAgreement(Fact(AgreementKind.package.value, sentence), sentence, is_package=True, planned=planned)
        package.evidence_of.append(sentence)
        written = (match.groupdict().get("count") or match.groupdict().get("of") or "").lower()  # none for an uncounted package
        number = int(written) if written.isdigit() else RUSSIAN_NUMBERS.get(written)
        if number:
            bound = (match.group("bound") or "").lower()
            count = Count(number + 1, at_least=True) if bound in ("более", "свыше") else Count(number, at_least=bound == "не менее") \
                if bound in ("", "не менее") else None
            if count is not None:
                package.documents = Fact(count, sentence, f"«{match.group(0)}»")
        self._parties(package, sentence, names)
        if not package.parties and self._visit_countries:
            package.parties = [Fact(c, where, "the countries of the visit told of before") for c, where in self._visit_countries]
        self._when_and_where(package, sentence, self._words, names, dates)
        self.drafts.agreements.append(package)

    def _parties(self, agreement: DraftAgreement, sentence: Sentence, names: list[Name]) -> None:
        """Countries, bodies and companies the sentence names, in their normal form, linked through accords.names; the
        states of Central Asia where it names them as a whole ("лидеры стран Центральной Азии")."""
        spans = self._event_spans(self._words)
        outside = "".join(" " if any(a <= i < b for a, b in spans) else c for i, c in enumerate(sentence.text))
        for country in self.region_countries(outside):
            if not any(p.value == country for p in agreement.parties):
                agreement.parties.append(Fact(country, sentence, "a state of Central Asia, which the sentence names as a whole"))
        within = 0  # where the body last named ends (its country and its name in quotation marks are part of it)
        between = re.search(r"\bмежду\b", sentence.text, re.IGNORECASE)
        if between and len([n for n in names if n.start > between.end() and n.kind != "PER"]) > 1:
            names = [n for n in names if n.start > between.end()]  # "между A и B": the parties are those two, not the visitor's state before
        for name in names:
            if name.kind == "PER" or any(a <= name.start < b for a, b in spans) or name.start < within:
                continue  # a person, or a name within a meeting's ("на четвертой Консультативной встрече лидеров стран …")
            record = self.names.resolve(name.normal, PARTY_KINDS) or self.names.resolve(name.text, PARTY_KINDS)
            if record is None and (name.kind != "ORG" or re.fullmatch(r"[А-ЯЁA-Z]{1,4}", name.text)):
                continue  # "ЦА" (Central Asia), a place, a short name the dataset does not know: not a party
            english = None
            if record is None:
                found = self._body_in_english(self._words, name)
                if found is None:
                    # a body the glossary cannot name in English: the contributor names it, and a country in the genitive
                    # just after it is whose it is ("Агентством по инвестициям Узбекистана"), not a party
                    after = [n for n in names if n.kind == "LOC" and 0 <= n.start - name.end <= 30]
                    if after and all(w.feats.get("Case") == "Gen" for w in self._words if after[0].start <= w.start < after[0].end):
                        within = after[0].end
                    continue
                english, within = found
                record = self.names.resolve(english, PARTY_KINDS)
            kind_of = self.dataset.kind(record) if record else "organisation"
            if kind_of is None or self._a_place(self._words, name) or self._a_subject(sentence.text, name):
                continue
            if kind_of != "country" and self._in_title(self._words, name):
                continue
            if agreement.ratified is not None and kind_of != "country" and name.start < self._ratified_at:
                continue  # "Сенат Казахстана ратифицировал …": who ratified, not a party (its country is)
            mention = Mention(english or name.normal, name.start, name.end, record, kind_of, "name" if record else "new")
            value = self.actor(mention, sentence, None)
            if not any(p.value == value for p in agreement.parties):
                agreement.parties.append(Fact(value, sentence, f"«{name.text}» in the Russian text"))
        for company in LATIN_COMPANY.finditer(sentence.text):
            # "с компанией Masdar": a company named in Latin letters, which natasha does not tag
            written = company.group("name").rstrip(".")  # not the sentence's full stop
            value = self.actor(Mention(written, company.start("name"), company.start("name") + len(written),
                                       self.names.resolve(written, PARTY_KINDS), "company", "new"), sentence, None)
            if not any(p.value == value for p in agreement.parties):
                agreement.parties.append(Fact(value, sentence, f"«{company.group(0)}» in the Russian text"))
        if agreement.parties:
            return
        earlier = [a for a in reversed(self.drafts.agreements) if a is not agreement and a.parties and not a.planned]
        if earlier and re.search(r"\bсторон(?:ы|ами)?\b", sentence.text, re.IGNORECASE):
            # "стороны подписали …": the sides of the document before
            agreement.parties = [Fact(p.value, sentence, "the sides of the document told of before") for p in earlier[0].parties]
            return
        signed = next((a for a in earlier if a.signatories), None)
        named = list(dict.fromkeys(self._latin(self._normal_person(n)).split()[-1].casefold() for n in names if n.kind == "PER"))
        if signed is not None and named:
            signers = {display(self.dataset, s[0].value).split()[-1].casefold(): s for s in signed.signatories}
            if set(named) <= set(signers):
                # "всего Алиев и Жапаров подписали десять документов": those who signed the document before, for the same states
                agreement.parties = [Fact(p.value, sentence, "those whom its signatories sign for in the document told of before") for p in signed.parties]
                agreement.signatories += [(Fact(signers[n][0].value, sentence), signers[n][1], signers[n][2]) for n in named
                                          if not any(s[0].value == signers[n][0].value for s in agreement.signatories)]

    def _when_and_where(self, agreement: DraftAgreement, sentence: Sentence, words: list[Word], names: list[Name],
                        dates: list[DateInRussian]) -> None:
        if agreement.planned or (agreement.ratified is not None and agreement.ratified.sentence is sentence):
            return  # a plan has no signing date; a ratification's date is its own (ratified_on)
        if dates and agreement.date_signed is None:
            agreement.date_signed = Fact(dates[0].date, sentence, f"«{dates[0].text}»")
        elif agreement.date_signed is None and self._earlier_date is not None:
            # "Сегодня, 21 июля, … приняты итоговые документы. … подписали договор …": the date of the report's occasion
            earlier, where = self._earlier_date
            agreement.date_signed = Fact(earlier.date, where, f"the date the sentence before gives («{earlier.text}»)")
        place = self._place(words, names)
        if place and agreement.place is None:
            agreement.place = Fact(place, sentence, "a city of the Russian text, as GeoNames names it")

    # --- Grammar of the verb ---------------------------------------------------------------------------

    @staticmethod
    def _negated(words: list[Word], index: int) -> bool:
        return any(w.lemma in NEGATIONS for w in words[max(0, index - 2):index])

    @staticmethod
    def _modal(words: list[Word], index: int) -> bool:
        return any(w.lemma in MODALS for w in words[max(0, index - 3):index])

    @staticmethod
    def _planned(words: list[Word], index: int) -> bool:
        """'подпишут', 'будет подписан', 'планируется подписать', 'ожидается подписание'."""
        verb = words[index]
        if verb.feats.get("Tense") == "Fut":
            return True
        before = words[max(0, index - 4):index]
        return any(w.lemma == "быть" and w.feats.get("Tense") == "Fut" for w in before) or any(w.lemma in PLANNING for w in before)

    # --- Arguments ------------------------------------------------------------------------------------

    def _documents(self, words: list[Word]) -> list[tuple[AgreementKind, int]]:
        """The documents a sentence's verb is done to: in the nominative or accusative ("подписан договор", "одобрить
        Концепцию …, Региональную программу … и дорожную карту …"), not those it speaks of ("в рамках соглашения");
        the first where the grammar says neither. "Приняли решение одобрить" is a decision to act, not a document."""
        found: list[tuple[AgreementKind, int, str]] = []
        taken: set[int] = set()
        for lemmas, kind in DOCUMENTS:
            for i in range(len(words) - len(lemmas) + 1):
                if i in taken or tuple(w.lemma for w in words[i:i + len(lemmas)]) != lemmas:
                    continue
                head = words[i + len(lemmas) - 1]
                if head.feats.get("Number") == "Plur":
                    # "подписали соглашения": several, named later or not at all; but "меморандумы о создании совета" is one
                    # (one subject), and "соглашения в области экономики, образования и связи" one for each field
                    spheres = self._fields_after(words, i + len(lemmas))
                    for _ in range(spheres):
                        found.append((kind, i, head.feats.get("Case", "")))
                    taken.update(range(i, i + len(lemmas)))
                    continue
                following = words[i + len(lemmas)] if i + len(lemmas) < len(words) else None
                if kind is AgreementKind.decision and following is not None and following.feats.get("VerbForm") == "Inf":
                    continue
                found.append((kind, i, head.feats.get("Case", "")))
                taken.update(range(i, i + len(lemmas)))
        found.sort(key=lambda item: item[1])
        done_to = [(kind, i) for kind, i, case in found if case in ("Nom", "Acc")]
        return done_to or [(kind, i) for kind, i, _ in found[:1]]

    @staticmethod
    def _fields_after(words: list[Word], start: int) -> int:
        """How many documents a plural document noun names by what follows it: one where one subject follows ("о создании
        совета"), one per field listed after "в области" or "в сфере" where there are several ("экономики, образования, и
        связи"), else none (the text does not say how many)."""
        if start < len(words) and words[start].lemma in ("о", "об"):
            return 1
        if start + 1 >= len(words) or words[start].lemma not in ("в", "во") or words[start + 1].lemma not in ("область", "сфера"):
            return 0
        fields, has_noun = 0, False
        for word in words[start + 2:]:
            if word.text in (",", "и") or word.lemma == "и":
                fields, has_noun = fields + has_noun, False
            elif word.pos in ("NOUN", "ADJ") and word.feats.get("Case") == "Gen":
                has_noun = has_noun or word.pos == "NOUN"
            else:
                break
        fields += has_noun
        return fields if fields > 1 else 0

    @staticmethod
    def _a_subject(text: str, name: Name) -> bool:
        """A body the document is about: "соглашение о создании Тюркского инвестиционного фонда"."""
        return bool(re.search(r"\b(?:о|об)\s+(?:создании|учреждении|открытии)\s+$", text[:name.start], re.IGNORECASE))

    def _body_in_english(self, words: list[Word], name: Name) -> tuple[str, int] | None:
        """A body the dataset does not know, in English, and where its name ends: its words by the glossary, the country
        in the genitive after it and its own name in quotation marks, romanised ("Национальное информационное агентство
        Таджикистана «Ховар»" → "National Information Agency of Tajikistan Khovar"); only its name in quotation marks,
        or a one-word name ("Казатомпром" → "Kazatomprom"), where the glossary does not know its words. None otherwise:
        a party is not drafted in Russian."""
        first = next((i for i, w in enumerate(words) if w.start >= name.start), None)
        if first is None:
            return None
        last = next((i for i, w in enumerate(words) if w.start >= name.end), len(words))
        # the longest run of its words the glossary knows (natasha's span may take in the country and the quotation)
        found = next((units for j in range(last, first, -1) if (units := self._units(words, first, j)) is not None), None)
        if found is not None and found[1] < last and words[found[1]].text not in QUOTES:
            found = None  # the glossary names only a part of it ("Агентство [по инвестициям]"): not "Agency"
        english = None
        if found is not None and any(role == "noun" for _, role in found[0]):
            phrases: list[str] = []
            adjectives: list[str] = []
            for unit, role in found[0]:
                if role == "adj":
                    adjectives.append(unit)
                elif len(phrases) == 1 and not adjectives and role == "noun" and phrases[0].split()[-1] in PREFIXED_HEADS:
                    # "Азиатский банк развития": the field goes before a bank's or fund's name ("Asian Development Bank")
                    head = phrases[0].rsplit(" ", 1)
                    phrases[0] = " ".join([*head[:-1], unit, head[-1]])
                else:
                    phrases.append(" ".join([*adjectives, unit]))
                    adjectives = []
            english = " of ".join(phrases) if not adjectives else None
        end, i = name.end, found[1] if found is not None else last
        if english is not None and i < len(words) and words[i].feats.get("Case") == "Gen" and (
                country := self.names.resolve(words[i].lemma.title(), ("country",))):
            english, end, i = f"{english} of {self.dataset.name(country)}", words[i].end, i + 1
        if english is not None and i < len(words) and words[i].pos == "PROPN" and words[i].feats.get("Case") == "Gen":
            return None  # its name goes on with a place the glossary cannot put ("Фонд развития Абу-Даби"): not half a name
        quoted = None
        inner = re.findall(r"«([^«»]+)", name.text) if english is None else []
        if inner and inner[-1].strip():
            # "АО «НК «КазМунайГаз»": its own name is the innermost in quotation marks, romanised where Cyrillic
            own = inner[-1].strip()
            closing = last < len(words) and words[last].text in QUOTES
            return (self._latin(own) if CYRILLIC.search(own) else own), (words[last].end if closing else name.end)
        if i < len(words) and words[i].text in ("«", "“", '"'):
            close = next((j for j in range(i + 1, min(len(words), i + 8)) if words[j].text in ("»", "”", '"')), None)
            if close is not None and close > i + 1:
                quoted = self._latin(" ".join(w.text for w in words[i + 1:close])) if CYRILLIC.search(words[i + 1].text) else \
                    " ".join(w.text for w in words[i + 1:close])
                end = words[close].end
        end = max(end, name.end)
        if english is not None:
            return (f"{english} {quoted}" if quoted else english), end
        if quoted is not None:
            return quoted, end
        if " " not in name.text.strip() and CYRILLIC.search(name.text) and words[first].lemma not in NOT_NAMES:
            return self._latin(name.normal), name.end
        return None

    @staticmethod
    def _normal_person(name: Name) -> str:
        """A person's name in the nominative. natasha leaves a man's surname in the genitive when his first name is declined
        ("Садыра Жапарова" → "Садыр Жапарова"): the surname is then the masculine one ("Садыр Жапаров")."""
        written, normal = name.text.split(), name.normal.split()
        if len(written) == len(normal) > 1 and written[0] != normal[0] and not normal[0].endswith(("а", "я")) \
                and written[-1] == normal[-1] and re.search(r"(?:ов|ев|ёв|ин|ын)а$", normal[-1]):
            normal[-1] = normal[-1][:-1]
        return " ".join(normal)

    def _person_name(self, name: Name) -> str:
        """A person as the dataset names them where it knows them ("Касым-Жомарт Токаев" → "Kassym-Jomart Tokayev"), else
        as the text does, in the normal form."""
        known = self._person(name)
        return self.dataset.name(known) if known else self._latin(name.normal)

    def _latin(self, text: str) -> str:
        """A Russian name in Latin letters, as the names rules romanise Cyrillic the way English-language news does
        ("Мурат Нуртлеу" → "Murat Nurtleu"): a field value in English; the Russian sentence stays above it."""
        letters = self.names.rules.letters
        # е and ё at a word's start or after a vowel are "ye" and "yo", as English-language news writes "Алиев": "Aliyev"
        text = re.sub(r"(?<=[аеёиоуыэюяьъ])е|\bе", "йе", text)
        text = re.sub(r"(?<=[аеёиоуыэюяьъ])ё|\bё", "йо", text)
        text = re.sub(r"\bЕ", "Йе", text)
        return "".join(letters.get(c.lower(), c.lower()).title() if c.isupper() else letters.get(c, c) for c in text)

    def _person(self, name: Name) -> str | None:
        """The record of a person the text names, also where it writes е for ё, as Russian texts mostly do ("Мирзиеев" is
        "Мирзиёев")."""
        spellings = [self._normal_person(name), name.normal, name.text, *with_yo(name.normal)]
        return next((known for spelling in spellings if (known := self.names.resolve(spelling, ("person",)))), None)

    def _country_of_place(self, name: Name) -> str | None:
        """The country a place name is, or the one whose city it is ("Баку" → Azerbaijan); "Республика Таджикистан" and the
        usual abbreviations ("РК", "КР") are their states."""
        normal = re.sub(r"^Республик[аиу]\s+", "", name.normal)
        country = self.names.resolve(normal, ("country",)) or (self.names.resolve(STATE_ABBREVIATIONS[normal], ("country",))
                                                                 if normal in STATE_ABBREVIATIONS else None)
        if country is None and (city := self.actors.city(name.normal)) is not None:
            country = self.dataset.country_by_iso2.get(city.country)
        return country

    @staticmethod
    def _event_spans(words: list[Word]) -> list[tuple[int, int]]:
        """Where the sentence names a meeting, summit or forum: its word, the adjectives before it and the words in the
        genitive after it ("четвертой Консультативной встрече лидеров стран Центральной Азии")."""
        spans = []
        for index, word in enumerate(words):
            if word.lemma not in MEETINGS or word.lemma == "визит":
                continue
            start = index
            while start and words[start - 1].pos == "ADJ":
                start -= 1
            end = index + 1
            while end < len(words) and words[end].feats.get("Case") == "Gen" and words[end].pos in ("NOUN", "ADJ", "PROPN"):
                end += 1
            spans.append((words[start].start, words[end - 1].end))
        return spans

    @staticmethod
    def _in_title(words: list[Word], name: Name) -> bool:
        """A body in the genitive after the document's noun, with no "между" or "с" between: of its name ("Решение глав
        государств - учредителей Международного фонда спасения Арала"), not a party to it."""
        own = [w for w in words if name.start <= w.start < name.end]
        if not own or own[0].feats.get("Case") != "Gen":
            return False
        lemmas = {lemma for lemmas, _ in DOCUMENTS for lemma in lemmas if lemma not in ("совместный", "дорожный")}
        before = [w for w in words if w.end <= name.start]
        document = max((i for i, w in enumerate(before) if w.lemma in lemmas), default=None)
        return document is not None and not any(w.lemma in ("между", "с", "со") or w.pos in ("VERB", "AUX") for w in before[document:])

    @staticmethod
    def _towards(words: list[Word], name: Name) -> bool:
        before = [w for w in words if w.end <= name.start][-1:]
        accusative = any(w.feats.get("Case") == "Acc" for w in words if name.start <= w.start < name.end)
        return bool(before) and accusative and (before[0].lemma in ("в", "во") or before[0].lemma in ("посетить", "посещать"))  # "посетит Турцию"

    @staticmethod
    def _a_place(words: list[Word], name: Name) -> bool:
        """A country named as where something happens ('в Казахстане'), not as a party."""
        before = [w for w in words if w.end <= name.start][-1:]
        return bool(before) and before[0].lemma in ("в", "во", "из", "на") and any(
            w.feats.get("Case") in ("Loc", "Gen") for w in words if name.start <= w.start < name.end)

    def _place(self, words: list[Word], names: list[Name]) -> str | None:
        """The first city the sentence names ("в Ташкенте" → Tashkent, as GeoNames names it)."""
        for name in names:
            if name.kind == "LOC" and not self.names.resolve(name.normal, ("country",)) and (city := self.actors.city(name.normal)):
                return city.name
        return None

    def _add_signatories(self, agreement: DraftAgreement, sentence: Sentence, words: list[Word], names: list[Name]) -> None:
        """People named in the nominative in a signing sentence sign; the words before the name are their office."""
        presence = next((w for w in words if w.lemma == "присутствие"), None)
        for name in names:
            if name.kind != "PER":
                continue
            own = [w for w in words if name.start <= w.start < name.end]
            if presence is not None and own and own[0].feats.get("Case") == "Gen" and presence.end <= name.start and not any(
                    w.pos == "VERB" for w in words if presence.end <= w.start < name.start):
                # "в присутствии глав государств … Эмомали Рахмона и … Сердара Бердымухамедова": they witness the signing
                witness = self.actor(Mention(self._latin(self._normal_person(name)), name.start, name.end, self._person(name), "person", "new"), sentence)
                if not any(w.value == witness for w in agreement.witnesses):
                    agreement.witnesses.append(Fact(witness, sentence))
                continue
            if not own or own[0].feats.get("Case") != "Nom":
                continue
            # The office: back from the name over nouns, adjectives and names to the nearest word of an office.
            office_words: list[Word] = []
            for word in reversed([w for w in words if w.end <= name.start]):
                if (word.pos not in ("NOUN", "ADJ", "PROPN", "CCONJ", "ADP") and word.text not in QUOTES) or len(office_words) > 10:
                    office_words = []
                    break
                office_words.insert(0, word)
                if word.lemma in OFFICES:
                    break
            if office_words and office_words[0].lemma not in OFFICES:
                office_words = []
            office = sentence.text[office_words[0].start:office_words[-1].end] if office_words else None
            if office is None:
                continue
            country = next((self.names.resolve(n.normal, ("country",)) for n in names
                            if n.kind == "LOC" and office_words[0].start <= n.start < name.start and self.names.resolve(n.normal, ("country",))), None)
            known = self._person(name)
            person = self.actor(Mention(self._latin(name.normal), name.start, name.end, known, "person", "new"), sentence, office)
            if country is None and known and office_words[0].lemma in ("президент", "премьер-министр"):
                country = self.dataset.country_of(known)  # "президент Садыр Жапаров": the state whose president he is
                if country and all(self.dataset.kind(p.value) == "country" for p in agreement.parties if isinstance(p.value, str)) \
                        and not any(p.value == country for p in agreement.parties):
                    agreement.parties.append(Fact(country, sentence, f"the state of its signatory, «{office} {name.text}»"))
            if not any(s[0].value == person for s in agreement.signatories):
                agreement.signatories.append((Fact(person, sentence), office, country))

    # --- Events ----------------------------------------------------------------------------------------

    def _units(self, words: list[Word], start: int, end: int) -> tuple[list[tuple[str, str]], int] | None:
        """The words from start to end in English, a unit each: (English, "adj", "noun" or "name"), and where the units
        end (a two-word unit may go past `end`: "глав государств"); None where a word is neither in the glossary nor a
        country's name."""
        units: list[tuple[str, str]] = []
        i = start
        while i < end:
            found = next(((lemmas, english) for lemmas, english in GLOSSARY.items()
                          if tuple(w.lemma.replace("ё", "е") for w in words[i:i + len(lemmas)]) == lemmas), None)
            if found is None and words[i].text.lower().startswith("высш"):
                found = (("высший",), ("Supreme", ""))  # "Высшего …": natasha gives the lemma of its positive, "высокий"
            if found is not None:
                lemmas, (singular, plural) = found
                last = words[i + len(lemmas) - 1]
                role = "name" if lemmas in PROPER else "acronym" if lemmas in ACRONYMS else "adj" if last.pos == "ADJ" else "noun"
                units.append((plural if plural and last.feats.get("Number") == "Plur" else singular, role))
                i += len(lemmas)
                continue
            country = self.names.resolve(words[i].lemma.title(), ("country",)) or self.names.resolve(words[i].text, ("country",))
            if country is None:
                return None
            units.append((self.dataset.name(country), "name"))
            i += 1
        return units, i

    def _english_name(self, words: list[Word], index: int) -> str | None:
        """The name of a meeting in English, where the glossary knows each of its words: the ordinal and adjectives before
        its head, a name in quotation marks after it, and the groups in the genitive (or "по" and the dative) that follow,
        joined by "of" or "on" ("Четвертой Консультативной встречи глав государств Центральной Азии" → "4th
        Consultative Meeting of the Heads of State of Central Asia"). None where a word of it is not known."""
        start = index
        while start and words[start - 1].pos in ("ADJ", "NUM") and not re.fullmatch(r"\d{4}.*", words[start - 1].text):
            start -= 1
        ordinal = None
        if start < index and (number := ORDINAL_WORDS.get(words[start].lemma.replace("ё", "е")) or (
                int(m.group(1)) if (m := re.fullmatch(r"(\d{1,2})(?:-?[а-я]{1,2})?", words[start].text)) else None)):
            ordinal, start = number, start + 1
        head = self._units(words, start, index + 1)
        if head is None or any(role == "noun" for _, role in head[0][:-1]):
            return None
        name = " ".join(english for english, _ in head[0])
        end = index + 1
        if end < len(words) and words[end].text in ("«", "“", '"'):
            close = next((j for j in range(end + 1, min(len(words), end + 10)) if words[j].text in ("»", "”", '"')), None)
            if close is None:
                return None
            segments, segment = [], end + 1
            for j in range(end + 1, close + 1):
                if j == close or words[j].text in ("-", "–", "—"):
                    segments.append(self._units(words, segment, j) if j > segment else None)
                    segment = j + 1
            if any(found is None for found in segments):
                return None
            name = f"{' – '.join(' '.join(english for english, _ in found[0]) for found in segments if found)} {name}"
            end = close + 1
        groups: list[str] = []
        while end < len(words) and len(groups) < 5:
            on = words[end].lemma == "по"
            case = "Dat" if on else "Gen"
            first = last = end + 1 if on else end
            while last < len(words) and words[last].pos in ("NOUN", "ADJ", "PROPN") and words[last].feats.get("Case", case) == case:
                last += 1
                if words[last - 1].pos != "ADJ":
                    break
            if last == first:
                break
            found = self._units(words, first, last)
            if found is None or found[0][-1][1] == "adj":
                return None  # a word of the name this glossary does not know: the name stays as the text writes it
            units, end = found
            joined = " ".join(english for english, _ in units)
            article = units[-1][1] == "acronym" or (not groups and units[-1][1] == "noun")
            groups.append(f"on {joined}" if on else f"of the {joined}" if article else f"of {joined}")
        if not groups and ordinal is None and len(head[0]) == 1 and end == index + 1:
            return None  # "Саммит в Астане": no name of its own to write
        name = " ".join([name, *groups])
        return f"{_ordinal(ordinal)} {name}" if ordinal else name

    def _events_in(self, sentence: Sentence, words: list[Word], names: list[Name], dates: list[DateInRussian]) -> None:
        """Visits ('государственный визит в Китай'), summits, forums, meetings and talks the sentence says took place or
        will take place."""
        for index, word in enumerate(words):
            kind = MEETINGS.get(word.lemma)
            if kind is None or word.feats.get("Number") == "Plur" and word.lemma != "переговоры":
                continue
            planned = self._planned(words, index) or any(w.feats.get("Tense") == "Fut" and not _aside(w) for w in words if w.pos in ("VERB", "AUX"))
            if kind is EventKind.visit:
                # Where to: a country after the word, or one the text goes to ("прибыл в Китай", accusative).
                # Where to: "в Узбекистан" (в and the accusative) first; then a place after the word that is not the visitor's
                # ("визита Президента Казахстана … в Узбекистан": Kazakhstan is whose president)
                places = [n for n in names if n.kind == "LOC" and self._country_of_place(n)]
                destination = next((n for n in places if self._towards(words, n)), None) or next(
                    (n for n in places if n.start > word.start and not any(w.feats.get("Case") == "Gen" for w in words if n.start <= w.start < n.end)), None)
                if destination is None:
                    continue
                country = self._country_of_place(destination)  # "в Китай", or the country of "в Баку"
                assert country is not None
                visitor = next((n for n in names if n.kind == "PER"), None)
                manner = MANNERS.get(words[index - 1].lemma, "Visit") if index else "Visit"
                who = self._person_name(visitor) if visitor else None
                home = next((c for n in names if n.kind == "LOC" and visitor and n.start < visitor.start
                             and (c := self.names.resolve(n.normal, ("country",))) and c != country), None)  # "Президент Узбекистана …"
                if not planned:
                    self._visit_countries = [(c, sentence) for c in (home, country) if c]
                name = f"{manner}{f' of {who}' if who else ''} to {self.dataset.name(country)}"
                key: tuple = ("visit", country, planned)
            elif kind is EventKind.meeting and word.lemma in ("переговоры", "встреча") and (
                    len([n for n in names if n.kind == "PER"]) >= 2 or not (index and words[index - 1].pos == "ADJ")):
                people = [n for n in names if n.kind == "PER"]
                what = "Talks" if word.lemma == "переговоры" else "Meeting"
                if len(people) < 2:
                    # "Президенты Узбекистана и Туркменистана провели переговоры": the talks of the two heads, by their offices
                    heads = next((HEADS[w.lemma] for w in words if w.lemma in HEADS and (w.feats.get("Number") == "Plur" or w.text.lower().endswith(
                        ("ы", "и")))), None)  # natasha may call "Президенты" singular
                    countries = list(dict.fromkeys(c for n in names if n.kind == "LOC" and not self._towards(words, n) and not self._a_place(words, n)
                                                   and (c := self.names.resolve(n.normal, ("country",)))))  # not "в Казахстане", where
                    if heads is None or len(countries) != 2:
                        continue
                    name = f"{what} of the {heads} of {self.dataset.name(countries[0])} and {self.dataset.name(countries[1])}"
                    key = ("talks", frozenset(countries), planned)
                else:
                    shown = [self._person_name(p) for p in people[:2]]
                    name = f"{what} of {shown[0]} and {shown[1]}"
                    key = ("talks", people[0].normal, people[1].normal, planned)
            else:
                # "саммит «Центральная Азия – Китай»", "27-е заседание межправительственной комиссии": in English where
                # each word is known ("27th Meeting of the Intergovernmental Commission"); else not drafted
                english = self._english_name(words, index)
                if english is None:
                    continue  # a meeting the glossary cannot name in English: not drafted in Russian (the contributor adds it)
                name = english
                key = ("named", word.lemma, planned)
                if not planned and not any(w.pos == "VERB" for w in words):
                    continue
            event = self._events.get(key)
            if event is None:
                note = None if kind is EventKind.visit or name.isascii() else "the Russian text's words"
                event = DraftEvent(Fact(name, sentence, note if name.isascii() or note else None), kind, planned)
                self._events[key] = event
                self.drafts.events.append(event)
            if event.date is None and dates:
                event.date = Fact(dates[0].date, sentence, f"«{dates[0].text}»")
            place = self._place(words, names)
            if place and event.place is None:
                event.place = Fact(place, sentence)


def _aside(word: Word) -> bool:
    """A verb of the writer's aside, not of what happens: "Напомним, …" ("let us recall") is in the future tense."""
    return word.lemma in ("напомнить", "отметить", "заметить", "добавить", "уточнить", "подчеркнуть") and word.feats.get("Person") == "1" \
        and word.feats.get("Number") == "Plur"


def _ordinal(number: int) -> str:
    return f"{number}{'th' if 10 <= number % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(number % 10, 'th')}"
