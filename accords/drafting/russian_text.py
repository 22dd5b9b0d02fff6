"""Russian text as the drafting tool reads it: its words with their lemmas and grammar and the names in it (natasha: MIT,
its models ship inside the package, so it runs offline), and its dates at the precision it gives them (dateparser's
`period`: "в 2026 году" is 2026, never a padded day)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from ..dates import PartialDate
from .when import weekday_near

CYRILLIC = re.compile(r"[А-Яа-яЁё]")


LATIN = re.compile(r"[A-Za-z]")


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


LOWER_BODY = re.compile(r"(?<![\w-])(?:министерств|агентств|комитет)[а-яё]*(?=\s+[а-яё]+\s+[а-яё]+)")


# A verb's past forms the morphology tagger reads as another part of speech ("Депутаты ратифицировали Соглашение …": an
# adverb "ратифицировали"), and the verb they are of.
MISREAD_PAST = re.compile(r"(?i)(?P<stem>ратифицировал)(?P<ending>[аио]?)")
MISREAD_VERB = {"ратифицировал": "ратифицировать"}


def _past_verb(token_text: str, start: int, stop: int) -> Word | None:
    """The word as the past verb it is, where the tagger misread it."""
    past = MISREAD_PAST.fullmatch(token_text)
    if past is None:
        return None
    number = "Plur" if past["ending"].lower() == "и" else "Sing"
    return Word(token_text, MISREAD_VERB[past["stem"].lower()], "VERB", {"Aspect": "Perf", "Mood": "Ind", "Number": number, "Tense": "Past",
                                                                       "VerbForm": "Fin", "Voice": "Act"}, start, stop)


def analyse(text: str) -> tuple[list[Word], list[Name]]:
    """The words of a Russian sentence with their lemmas and grammar, and the names in it in their normal form."""
    from natasha import Doc

    segmenter, vocabulary, morphology, tagger = _natasha()
    # a body named in lower case, as the press often writes it ("между министерством сельского хозяйства Казахстана"), is
    # read as the name it is: its first letter capitalised for the names' tagger (same length, so positions hold)
    text = LOWER_BODY.sub(lambda m: m.group(0).capitalize(), text)
    doc = Doc(text)
    doc.segment(segmenter)
    doc.tag_morph(morphology)
    doc.tag_ner(tagger)
    words = []
    for token in doc.tokens:
        token.lemmatize(vocabulary)
        misread = _past_verb(token.text, token.start, token.stop) if token.pos not in ("VERB", "AUX") else None
        words.append(misread or Word(token.text, (token.lemma or token.text).lower(), token.pos or "", dict(token.feats or {}), token.start, token.stop))
    names = []
    for span in doc.spans:
        span.normalize(vocabulary)
        state = STATE_BEFORE_PERSON.match(span.text) if span.type == "PER" else None
        if state is not None:
            # "министр … Султаната Оман Хилал бин Саид аль-Мамари", tagged as one person: the state's name is not his
            person = span.text[state.end():]
            names.append(Name("PER", person, person, span.start + state.end(), span.stop))
            continue
        normal = span.normal or span.text
        if span.type == "PER":
            # an Arabic name's given names left in the instrumental ("с … Салемом аль-Хаммади", "Салимом бин Рашид …"): natasha
            # does not know them; the ending of the case goes, before the name's particle
            normal = INSTRUMENTAL_BEFORE_PARTICLE.sub(r"\1", normal)
            # a surname the tagger does not know, left in the instrumental when the given name before it does not decline ("Эмре
            # Кылычарсланом", read as a genitive): the nominative the dictionary's best guess gives
            normal = INSTRUMENTAL_UNDECLINED.sub(lambda m: _nominative_of_instrumental(vocabulary, m.group(0)), normal)
            # (and a man's surname in -а so left: "Ласло Варгой", the dictionary's instrumental of the surname "Варга")
            normal = INSTRUMENTAL_OF_A_SURNAME.sub(lambda m: _surname_of_instrumental(vocabulary, m.group(0)), normal)
        patronymic = PATRONYMIC_AFTER.match(text, span.stop) if span.type == "PER" else None
        if patronymic is not None:
            # "Нурбек Токтогул уулу", "Гульнара Сейткали кызы": the word of the patronymic is the name's, which the tagger may leave out
            names.append(Name("PER", text[span.start:patronymic.end()], f"{normal} {patronymic['word']}", span.start, patronymic.end()))
            continue
        names.append(Name(span.type, span.text, normal, span.start, span.stop))
    # a person the tagger leaves out, mostly at a sentence's start ("Токаев провел встречу с …"): a surname formed as the region's,
    # in the nominative, with the first names before it, each a proper noun of something alive
    for at, word in enumerate(words):
        if not (RUSSIAN_SURNAME.search(word.text) and _a_persons_word(word) and word.feats.get("Case") == "Nom") \
                or any(n.start <= word.start < n.end for n in names):
            continue
        first = at
        while first > 0 and at - first < 2 and _a_persons_word(words[first - 1]) and not any(n.start <= words[first - 1].start < n.end for n in names):
            first -= 1
        whole = text[words[first].start:word.end]
        names.append(Name("PER", whole, whole, words[first].start, word.end))
    # a state named in full that the tagger leaves out ("между Правительством Кыргызской Республики и Правительством
    # Республики Казахстан о …" gave only the first): its name in the nominative, as the tagger would give it
    for match in STATE_IN_FULL.finditer(text):
        if not any(n.start < match.end() and match.start() < n.end for n in names):
            noun = "Федерация" if match["noun"].startswith("Федерац") else "Республика"
            normal = f"{noun} {match['name']}" if match["name"] else f"{re.sub(r'(?:ой|ую|ою)$', 'ая', match['adjective'])} {noun}"
            names.append(Name("LOC", match.group(0), normal, match.start(), match.end()))
    names.sort(key=lambda n: n.start)
    return words, _first_names_joined(text, words, names)


def _first_names_joined(text: str, words: list[Word], names: list[Name]) -> list[Name]:
    """A first name natasha tags as a body or place of one word, just before a surname of the region's form in the same case
    that it tags a person ("председатель правления Жасур Хамидов" read as "Жасур" and "Хамидов"): one person."""
    joined: list[Name] = []
    for name in names:
        before = joined[-1] if joined else None
        if before is not None and name.kind == "PER" and before.kind in ("ORG", "LOC") and " " not in before.text and " " not in name.text \
                and not text[before.end:name.start].strip() and RUSSIAN_SURNAME.search(name.text):
            cases = [next((w.feats.get("Case") for w in words if w.start == n.start), None) for n in (before, name)]
            if cases[0] is not None and cases[0] == cases[1]:
                joined[-1] = Name("PER", text[before.start:name.end], f"{before.normal} {name.normal}", before.start, name.end)
                continue
        joined.append(name)
    return joined


# The word of a Kyrgyz, Kazakh, Azerbaijani or Turkmen patronymic written apart after the name: "Токтогул уулу", "Сейткали кызы".
PATRONYMIC_AFTER = re.compile(r"\s+(?P<word>уулу|улы|кызы|оглы|гызы|оглу)\b")
# A name's word in the masculine instrumental: "Кылычарсланом".
INSTRUMENTAL_UNDECLINED = re.compile(r"\b[А-ЯЁ][а-яё]*[бвгдзклмнпрстфх]ом\b")


# A name's word in the instrumental of a surname in -а: "Варгой".
INSTRUMENTAL_OF_A_SURNAME = re.compile(r"\b[А-ЯЁ][а-яё]*[бвгдзклмнпрстфхцчшщ]ой\b")


def _surname_of_instrumental(vocabulary: Any, word: str) -> str:
    """The surname in -а whose instrumental the dictionary's best guess reads the word as ("Варгой" → "Варга"); the word
    itself otherwise (not "Петровой", a woman's surname in another case, nor a noun)."""
    best = vocabulary.parse(word)[0]
    tag = str(best.tag)
    return word[:-2] + "а" if "ablt" in tag and "Surn" in tag and best.normal == (word[:-2] + "а").lower() else word


def _nominative_of_instrumental(vocabulary: Any, word: str) -> str:
    """The word less its ending where the dictionary's best guess reads it as an instrumental of that nominative (not
    "Бахром", a nominative)."""
    best = vocabulary.parse(word)[0]
    return word[:-2] if "ablt" in str(best.tag) and best.normal == word[:-2].lower() else word


# A given name in the instrumental before "бин", "ибн" or "аль-" of an Arabic name: "Салемом", "Салимом".
INSTRUMENTAL_BEFORE_PARTICLE = re.compile(r"\b([А-ЯЁ][а-яё]*[бвгджзклмнпрстфхцчшщ])ом\b(?=(?:\s+[А-ЯЁ][а-яё]+)*\s+(?:аль-|ал-|бин\b|ибн\b|бен\b))")


# The forms of state an official name may begin with, as their stems (besides "Республика", read with its adjective too).
FORM_OF_STATE = r"(?:Султанат|Королевств|Государств|Эмират)"


def nominative_form_of_state(name: str) -> str:
    """The name with its form of state in the nominative, which natasha does not always give: "Султанате Оман" → "Султанат
    Оман", "Государства Катар" → "Государство Катар"."""
    return re.sub(rf"^({FORM_OF_STATE})(?:а|е|ом|у)\b", lambda m: m[1] + ("о" if m[1].endswith("в") else ""), name)


# A state's name by its form of state and name, before a person's name the tagger joined it to: "Султаната Оман", "Государства
# Катар", "Королевства Саудовская Аравия" (an adjective and its noun).
STATE_BEFORE_PERSON = re.compile(rf"^(?:{FORM_OF_STATE}|Республик)\w*\s+(?:[А-ЯЁ][а-яё]+(?:ская|ской|скую)\s+)?[А-ЯЁ][а-яё]+\s+(?=[А-ЯЁ])")


# A state's name in full: "Республики Казахстан", "Республикой Корея", "Кыргызской Республики", "Российской Федерации".
STATE_IN_FULL = re.compile(r"(?:\b(?P<adjective>[А-ЯЁ][а-яё]+(?:ая|ой|ую|ою))\s+)?\b(?P<noun>Республик(?:а|и|е|у|ой|ою)|Федераци(?:я|и|ю|ей))\b"
                           r"(?(adjective)|\s+(?P<name>[А-ЯЁ][а-яё]+))")


# A surname formed as the region's, in the nominative ("Токаев", "Мирзиёев", "Расулзода", "Жапаров").
RUSSIAN_SURNAME = re.compile(r"^[А-ЯЁ][а-яё-]+(?:ов|ев|ёв|ова|ева|ёва|зода|заде|уулу|улы)$")


def _a_persons_word(word: Word) -> bool:
    return word.pos == "PROPN" and word.feats.get("Animacy") == "Anim" and word.text[:1].isupper()


@dataclass(frozen=True)
class DateInRussian:
    date: PartialDate
    text: str
    start: int


_MONTH = (r"(?:январ[а-я]*|феврал[а-я]*|март[а-я]*|апрел[а-я]*|ма[йяе]|июн[а-я]*|июл[а-я]*|август[а-я]*|сентябр[а-я]*|октябр[а-я]*|ноябр[а-я]*|декабр[а-я]*"
          r"|(?:янв|фев|мар|апр|авг|сент?|окт|нояб?|дек)(?![а-яё])\.?)")  # a wire's dateline abbreviates: "ТАШКЕНТ, 12 дек — Sputnik"


_YEAR = r"(?:19|20)\d\d(?:\s*(?:года|году|год|г\.))?"


# Where a Russian sentence gives a date (most precise first); dateparser reads each.
# A season or half of a year named by the year's words: "осенью текущего года", "во второй половине следующего года"
_PART_OF = r"(?:весной|летом|осенью|зимой|на\s+(?:весну|лето|осень|зиму)|в\s+первой\s+половине|во\s+второй\s+половине)\s+"
# "до конца текущего года", "в нынешнем году", "осенью текущего года": the report's year
THIS_YEAR = re.compile(rf"\b(?:до\s+конца\s+(?:(?:этого|текущего|нынешнего)\s+)?года|в\s+(?:текущем|нынешнем)\s+году"
                       rf"|{_PART_OF}(?:этого|текущего|нынешнего)\s+года)\b", re.IGNORECASE)
# "осенью следующего года": the year after the report's
NEXT_YEAR = re.compile(rf"\b{_PART_OF}следующего\s+года\b", re.IGNORECASE)
# The seasons a year has, by the month each ends in (winter spans two years, and is left unread).
SEASON_ENDS = {"весной": 5, "летом": 8, "осенью": 11}
RUSSIAN_DATES = [
    # "с 31 августа по 3 сентября": a range of days across two months
    re.compile(rf"\bс\s+(?P<since>\d{{1,2}}\s+{_MONTH})\s+по\s+(?P<until>\d{{1,2}}\s+{_MONTH}(?:\s+{_YEAR})?)", re.IGNORECASE),
    re.compile(rf"\bс\s+(?P<first>\d{{1,2}})\s+по\s+(?P<last>\d{{1,2}})\s+(?P<rest>{_MONTH}(?:\s+{_YEAR})?)", re.IGNORECASE),  # "с 16 по 17 августа"
    re.compile(rf"\b(?P<first>\d{{1,2}})\s*[-–—−]\s*(?P<last>\d{{1,2}})\s+(?P<rest>{_MONTH}(?:\s+{_YEAR})?)", re.IGNORECASE),
    re.compile(rf"\b\d{{1,2}}\s+{_MONTH}(?:\s+{_YEAR})?", re.IGNORECASE),
    re.compile(rf"\b{_MONTH}\s+{_YEAR}", re.IGNORECASE),
    re.compile(rf"\b(?:в|во|на)\s+{_MONTH}\b", re.IGNORECASE),  # "в марте", "запланировано на июнь"
    # "в конце марта (этого года)": that month ("в начале", "в середине" too)
    re.compile(rf"\bв\s+(?:конце|начале|середине)\s+{_MONTH}(?:\s+(?:этого|текущего|нынешнего)\s+года)?", re.IGNORECASE),
    re.compile(r"\b\d{1,2}\.\d{1,2}\.(?:19|20)\d\d\b"),
    re.compile(rf"\b(?:в\s+)?{_YEAR}", re.IGNORECASE),
    THIS_YEAR,
    NEXT_YEAR,
    # a season alone: "Следующее заседание … пройдет осенью в Душанбе" (its year: SEASON_ENDS)
    re.compile(rf"\b(?:{'|'.join(SEASON_ENDS)})\b(?!\s+(?:\S+\s+)?(?:года|году))", re.IGNORECASE),
    # ("накануне" alone, an adverb: the day before the report's; not "накануне визита", the eve of what it names)
    re.compile(r"\b(?:в\s+(?:следующем|прошлом|этом|текущем)\s+(?:году|месяце)|вчера|сегодня|завтра|накануне(?=\s*(?:,|\.|в\b|во\b|на\b|$))|"
               r"в\s+понедельник|во\s+вторник|в\s+среду|в\s+четверг|в\s+пятницу|в\s+субботу|в\s+воскресенье|"
               # "в прошлую пятницу", "в прошлый вторник": as "last Friday"
               r"в\s+(?:прошл|минувш)(?:ую|ый|ий|ое|ее)\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье))\b", re.IGNORECASE),
]
# The days of the week, as "в четверг" names them (Monday first, as datetime counts them).
WEEKDAYS = {"понедельник": 0, "вторник": 1, "среду": 2, "четверг": 3, "пятницу": 4, "субботу": 5, "воскресенье": 6}


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

    def relative_to(base: dt.date) -> Any:
        return DateDataParser(languages=["ru"], settings={**settings, "RELATIVE_BASE": dt.datetime.combine(base, dt.time())})

    # looking back from the end of a month-precise publication date, forward from its start; a copy dated only by a range
    # (from the last day it reports to the day it was read, docs/coverage.md): back from the range's first day, and
    # nothing relative to its unknown publication day ("вчера") or to come
    ranged = published is not None and published.is_range
    # (to come: from the day before the report's, so that "14-15 сентября … состоятся", reported on 14 September, is this year's)
    base = None if published is None else published.earliest() - dt.timedelta(days=1) if future and not ranged and published.day else \
        published.earliest() if future or ranged else published.latest()
    relative = relative_to(base) if base is not None else DateDataParser(languages=["ru"], settings=settings)
    absolute = DateDataParser(languages=["ru"], settings={k: v for k, v in settings.items() if k != "PREFER_DATES_FROM"})

    def read(parser: Any, words: str) -> PartialDate | None:
        data = parser.get_date_data(words)
        if data.date_obj is None:
            return None
        day = data.date_obj.date()
        return PartialDate(day.year) if data.period == "year" else PartialDate(day.year, day.month) if data.period == "month" else \
            PartialDate(day.year, day.month, day.day)

    def parse(words: str) -> PartialDate | None:
        shift = {"вчера": -1, "накануне": -1, "сегодня": 0, "завтра": 1}.get(words.strip().lower())
        if shift is not None and published is not None and published.day and not ranged:
            day = published.earliest() + dt.timedelta(days=shift)  # the report's day, whatever the tense ("сообщает сегодня")
            return PartialDate(day.year, day.month, day.day)
        season_ends = SEASON_ENDS.get(words.strip().lower())
        if season_ends is not None:
            # a season alone, of what is to come, as a year: this one's, or, once it has passed, the next year's (not of what was:
            # "экспорт газа может начаться осенью, соответствующий контракт был подписан 16 июня" dates nothing by it)
            if published is None or ranged or not future or not published.month:
                return None
            return PartialDate(published.year + 1 if published.month > season_ends else published.year)
        next_year = NEXT_YEAR.fullmatch(words.strip()) is not None
        if next_year or THIS_YEAR.fullmatch(words.strip()):
            return PartialDate(published.year + next_year) if published is not None and not ranged else None
        weekday = re.fullmatch(r"(?:в|во)\s+(?:(?P<last>(?:прошл|минувш)(?:ую|ый|ий|ое|ее))\s+)?(\w+)", words.strip().lower())
        if weekday and weekday.group(2) in WEEKDAYS:
            if published is None or not published.day or ranged:
                return None
            # "в четверг": the last such day up to the report's, or the next from it where the sentence tells of what is to come
            # (as "on Thursday")
            day = weekday_near(published.earliest(), WEEKDAYS[weekday.group(2)], future and not weekday.group("last"), "last" if weekday.group("last") else "")
            return PartialDate(day.year, day.month, day.day)
        words = re.sub(r"(?i)^в\s+(?:конце|начале|середине)\s+|\s+(?:этого|текущего|нынешнего)\s+года$", "", words.strip())
        for pattern, replacement in PREPOSITIONAL:
            words = pattern.sub(replacement, words)
        words = re.sub(rf"^(?:в|во|на)\s+(?=\d|{_MONTH})", "", words.strip(), flags=re.IGNORECASE)
        if year := re.fullmatch(r"((?:19|20)\d\d)(?:\s*(?:года|году|год|г\.))?", words, re.IGNORECASE):
            return PartialDate(int(year.group(1)))  # a year alone: dateparser reads "2023 года" as the year 3
        if re.search(r"(?:19|20)\d\d", words):
            return read(absolute, words)
        if ranged and (future or RUSSIAN_DATES[-1].fullmatch(words)):
            return None
        return read(relative, words)

    found: list[DateInRussian] = []
    taken: list[tuple[int, int]] = []
    for pattern in RUSSIAN_DATES:
        for match in pattern.finditer(text):
            if any(start < match.end() and match.start() < end for start, end in taken):
                continue
            stated = match.group(0)
            if re.match(r"\s*[-–—−]\s*(?:19|20)\d\d", text[match.end():]) or re.search(r"(?:19|20)\d\d\s*[-–—−]\s*$", text[:match.start()]):
                continue  # "на 2022–2024 годы": a period, not a date
            if re.fullmatch(r"(?:19|20)\d\d(?:\s*(?:года|году|год|г\.))?", stated.strip(), re.IGNORECASE) and re.search(
                    r"(?i)\b(?:на|до|к|по)\s+$", text[:match.start()]):
                continue  # "договор поставки на 2025 год", "программа до 2030 года": what it is for or until, not when it was signed
            if re.fullmatch(r"(?:19|20)\d\d(?:\s*(?:года|году|год|г\.))?", stated.strip(), re.IGNORECASE) and re.search(
                    r"(?i)\b(?:период\w*|сезон\w*)\s+$", text[:match.start()]):
                continue  # "на вегетационный период 2026 года": the period it is for
            if published is None and not re.search(r"(?:19|20)\d\d", stated):
                continue
            if re.match(r"(?i)(?:в|во)\s+\w+$", stated) and re.search(r"(?i)\b(?:сообща\w*|переда[её]т|передали|пишет|написал\w*)\s+$", text[:match.start()]):
                continue  # "сообщает в среду газета": the day it was told, not done
            if match.groupdict().get("since"):
                year = re.search(r"(?:19|20)\d\d", match.group("until"))
                first, last = parse(f"{match.group('since')} {year.group(0)}" if year else match.group("since")), parse(match.group("until"))
                date = PartialDate.span(first, last) if first and last and last.earliest() > first.earliest() else None
            elif "last" in match.groupdict() and match.group("last"):
                first = parse(f"{match.group('first')} {match.group('rest')}")
                # the last day in the first's year ("22–23 августа" in a report of 22 August: not the 23rd of the year before)
                of_year = f" {first.year}" if first is not None and not re.search(r"(?:19|20)\d\d", match.group("rest")) else ""
                last = parse(f"{match.group('last')} {match.group('rest')}{of_year}")
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
