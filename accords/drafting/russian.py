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

import dataclasses
import itertools
import re
from typing import NamedTuple

from ..dates import PartialDate
from ..model import AgreementKind, EventKind
from .actors import COUNTRY, Actors, body_of_state, names_of_body
from .documents import OWN_SIDES_RU, all_states, chamber_in_russian, display, the_two_companies_before
from .drafts import NO_OFFICE, DraftActor, DraftAgreement, DraftEvent, Fact, party_key
from .mentions import Mention
from .packages import as_counted
from .russian_names import QUOTES, STATE_ABBREVIATIONS, STATE_ADJECTIVE, STATE_ADJECTIVES, RussianNames, demonym
from .russian_text import CYRILLIC, DateInRussian, Name, Word, analyse, russian_dates
from .russian_titles import ADJECTIVES, english_subjects, english_title
from .sentences import Sentence
from .when import day_of_span

# Document nouns by lemma (two-word names first), and the kind each names.
DOCUMENTS: list[tuple[tuple[str, ...], AgreementKind]] = [
    (("дорожный", "карта"), AgreementKind.roadmap),
    (("план", "действие"), AgreementKind.action_plan),
    (("план", "совместный", "действие"), AgreementKind.action_plan),  # "План совместных действий по сотрудничеству в сфере туризма"
    (("совместный", "заявление"), AgreementKind.joint_statement),
    (("заявление",), AgreementKind.joint_statement),  # "Путин и Рахмон подписали заявление об углублении …": a statement signed
    (("меморандум",), AgreementKind.memorandum),
    (("соглашение",), AgreementKind.agreement),
    (("договор",), AgreementKind.treaty),
    (("декларация",), AgreementKind.declaration),
    (("протокол",), AgreementKind.protocol),
    (("контракт",), AgreementKind.contract),
    (("программа",), AgreementKind.programme),
    (("концепция",), AgreementKind.concept),
    (("хартия",), AgreementKind.charter),
    (("коммюнике",), AgreementKind.other),  # a communiqué is none of the kinds (as the data records it)
    (("решение",), AgreementKind.decision),
    (("план",), AgreementKind.plan),  # "план мероприятий по увеличению объёмов взаимной торговли"
]
# Verbs by lemma: what doing it to a document makes of it.
SIGNED = frozenset({"подписать", "подписывать", "заключить", "заключать", "подписанный"})
APPROVED = frozenset({"утвердить", "одобрить", "принять", "утверждать", "одобрять", "принимать"})
RATIFIED = frozenset({"ратифицировать", "ратифицированный"})
INITIALLED = frozenset({"парафировать"})
PLANNING = frozenset({"планировать", "планироваться", "намереваться", "ожидаться", "предстоять", "намерен", "собираться", "готовиться",
                      "договориться", "договариваться", "решить", "рассчитывать"})  # ("… заседание комиссии решено провести в 2025 году")
# The words of a signing put on the calendar: "запланировано на июнь", "намечено на осень".
SCHEDULED = frozenset({"запланировать", "запланированный", "намечать", "наметить", "намеченный", "планироваться", "ожидаться"})
MODALS = frozenset({"мочь", "смочь", "возможно", "бы"})
NEGATIONS = frozenset({"не", "ни"})
LAW_WORDS = frozenset({"закон", "указ", "постановление", "распоряжение"})  # a state's own acts: one signs or enacts them, not a treaty
VISIT = frozenset({"визит"})
STAYING = frozenset({"находиться", "пребывать", "прибыть", "прибывать"})  # "находится в Душанбе с визитом": the visit's place
# A UN climate conference of the parties, as Russian texts write it, in Latin or Cyrillic letters: "COP29", "СОР-28".
COP = re.compile(r"(?<![\w-])[CС][OО][PР][- ]?(?P<number>\d{1,2})\b")
MEETINGS = {"саммит": EventKind.summit, "форум": EventKind.forum, "бизнес-форум": EventKind.forum, "заседание": EventKind.meeting, "совещание": EventKind.meeting,
            "переговоры": EventKind.meeting,
            "встреча": EventKind.meeting, "визит": EventKind.visit,
            "посетить": EventKind.visit}  # ("планирует посетить Узбекистан в конце марта": a visit, by its verb)
# The first words of the region's parliaments' names (and their chambers'), which approve and ratify documents, and sign none.
PARLIAMENTS = frozenset({"сенат", "мажилис", "парламент", "жогорку", "олий", "меджлис", "милли", "маджлиси", "маджлис", "дума", "курултай",
                         "законодательная", "законодательный"})
# The span of years a count of documents is of: "за последние три года", "за годы независимости", "с 2017 года", "на
# сегодняшний день" (not "всего" or "в общей сложности", which count one visit's documents as often).
RUSSIAN_TALLY = re.compile(r"(?i)\b(?:за\s+(?:последние|минувшие|прошедшие)\s+(?:\w+\s+)?(?:лет|года|годы|десятилетия)|за\s+(?:\d+|\w+)\s+лет"
                           r"|за\s+годы|за\s+всю\s+историю|с\s+(?:19|20)\d\d\s+года|начиная\s+с\s+(?:19|20)\d\d|с\s+момента\s+установления"
                           r"|к\s+настоящему\s+времени|на\s+сегодняшний\s+день|на\s+сегодня)\b")
# The bodies of one state whose sittings are its own business, no event of cooperation: "заседание Кабинета министров",
# "пленарное заседание Сената", "заседание коллегии министерства".
OWN_BODIES = PARLIAMENTS | {"кабинет", "правительство", "палата", "коллегия"}
# Words before a document's noun that point back to one told of: "соответствующий контракт", "этот меморандум", "данное соглашение"
# (natasha lemmatises the participle "соответствующий" as the verb, so the word itself is read).
POINTS_BACK = re.compile(r"(?i)(?:соответствующ|указанн|упомянут|вышеупомянут|данн)\w*|эт(?:от|а|о|ого|ой|ом|ому|у)")
# Who tells of a signing, right before its name: "сообщили в пресс-службе …", "по данным …", "со ссылкой на …".
TELLS = re.compile(r"(?i)(?:пресс-служб\w*|пресс-центр\w*|(?:сообщ|заяв|рассказ)\w*\s+(?:в|во)|по\s+(?:данным|информации|сообщению)|со\s+ссылкой\s+на|"
                   r"(?<=в\s)(?:\w+\s+){0,3}(?:сообщении|заявлении|публикации)|"  # "сказано в размещенном в Telegram сообщении Минэнерго"
                   r"сайт\w*|телеграм-канал\w*|канал\w*)\s+(?:[а-яё-]+\s+){0,2}$")
# A sentence that adds to what was told just before: "Кроме того, …", "Также были подписаны …".
ADDITIONALLY = re.compile(r"\s*(?:Кроме того|Помимо этого|Помимо того|Также|Вместе с тем|Наряду с этим)\b")
# What a "договор" of commerce is of (sale, supply, works, a loan, a lease): a contract, not a treaty.
COMMERCIAL = frozenset({"купля-продажа", "купля", "покупка", "продажа", "поставка", "подряд", "заем", "займ", "аренда", "лизинг", "страхование", "перевозка",
                        "оказание", "субподряд"})
# How a title in English begins for each kind ("Memorandum on cooperation …"; a communiqué is of kind other).
HEADS_IN_ENGLISH = {AgreementKind.memorandum: "Memorandum", AgreementKind.action_plan: "Action plan", AgreementKind.joint_statement: "Joint statement",
                    AgreementKind.other: "Communiqué"}
MANNERS = {"государственный": "State visit", "официальный": "Official visit", "рабочий": "Working visit", "ответный": "Return visit"}
# A day of an event of several named by its place: "второго дня форума", "в первый день", "в заключительный день".
ORDINAL_DAYS = ("перв", "втор", "трет", "четверт", "пят")
NTH_DAY = re.compile(r"(?i)\b(?:(?P<nth>" + "|".join(ORDINAL_DAYS) + r")|(?P<last>последн|заключительн))\w*\s+(?:дня|днем|днём|день)\b")
OFFICES = frozenset({"министр", "президент", "премьер-министр", "председатель", "сопредседатель", "глава", "посол", "заместитель", "вице-премьер",
                     "аким", "хоким", "директор", "руководитель", "спикер", "лидер", "вице-министр", "вице-президент", "губернатор", "мэр",
                     "командующий", "начальник", "ректор", "секретарь", "представитель"})
# A government named with its state, as natasha gives it in the nominative ("Правительство Республика Казахстан").
GOVERNMENT_OF = re.compile(r"(?:Правительство|Кабинет\s+Министров)\s+(?P<state>.+)")
# A company named in Latin letters after the word: "компанией Masdar", "компании «Total Eren»" (an apostrophe within: "Xi'an Silk Gate
# Logistics").
# A company named in Cyrillic in quotation marks after its legal form or word, or after its state's adjective alone, which
# natasha does not always tag: "и китайская «Сиань Сильквэй Контейнер Групп»", "АО «Уралзолото-Инвест»".
# The stems of states' adjectives long enough to tell a state ("казахстанск", "венгерск"), as a pattern.
_STATE_STEMS = "|".join(stem for stem in STATE_ADJECTIVES if len(stem) > 6)
QUOTED_COMPANY = re.compile(r"(?:\b(?:компани[яиюей]+|корпораци[яиюей]+|банк(?:а|у|ом|е)?|АО|ТОО|ООО|ОсОО|ОАО|ЗАО|ПАО)|(?<![\w-])(?:" + _STATE_STEMS
                            + r")(?:ая|ой|ую|ий|ого|ому|им|ое|ие|их))\s+«(?P<name>[^«»]{2,60})»")
LATIN_COMPANY = re.compile(r"\b(?:компани(?:я|ей|и|ю)|обществ(?:о|ом|а|у)|банк(?:а|у|ом|е)?(?:\s+развития)?)\s+[«\"“]?(?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})[»\"”]?")
# (or after its state's adjective alone, its name ending in its legal form: "между казахстанской компанией … и венгерской Duna Gép Kft.")
FORMED_COMPANY = re.compile(r"(?<![\w-])(?:" + _STATE_STEMS + r")(?:ая|ой|ую|ий|ого|ому|им)\s+"
                            r"(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}\s+(?:Kft|Zrt|Nyrt|GmbH|AG|LLC|Ltd|Inc|PLC|SpA|A\.Ş|Co|Corp|S\.A|B\.V)\.?)")
# A wire's dateline, the day it reports on, not a signing's: "МОСКВА, 8 октября. /ТАСС/.", "Москва. 8 октября. INTERFAX.RU -".
DATELINE = re.compile(r"^(?:[А-ЯЁ][А-ЯЁ\- ]+,|[А-ЯЁ][а-яё\-]+(?:\s+[А-ЯЁ][а-яё\-]+)?\.)\s+\d{1,2}\s+[а-яё]+\.?\s*"
                      r"(?:/?[A-ZА-ЯЁ][A-ZА-ЯЁ.]+/?\.?\s*)?(?:[-–—−]\s*)?"  # not "Сегодня, 21 июля, …"
                      r"|^[А-ЯЁ][А-ЯЁ\- ]+/[^/\n]{1,30}/\s*[-–—−]\s*"  # "АСТАНА/Trend/ -"
                      # "Самарканд, 12 сентября (УзА).", "Баку, Азербайджан, 3 ноября (Trend) —"
                      r"|^[А-ЯЁ][а-яё\-]+(?:\s+[А-ЯЁ][а-яё\-]+)?(?:,\s+[А-ЯЁ][а-яё\-]+)?,\s+\d{1,2}\s+[а-яё]+\s+\([^()\n]{2,30}\)\.?\s*(?:[-–—−]\s*)?"
                      # its agency alone in capitals before a dash, where the city and date before are cut off as a sentence:
                      # "АСТАНА. 9 октября. ИНТЕРФАКС-КАЗАХСТАН – …"
                      r"|^[A-ZА-ЯЁ][A-ZА-ЯЁ.\-]{5,}(?:\s+[A-ZА-ЯЁ][A-ZА-ЯЁ.\-]+){0,2}\s*[-–—−]\s+")
# Words any document's subject may have, which tell no two apart ("о сотрудничестве в области энергетики", "… транспорта").
FIELD_LEMMAS = frozenset({"область", "сфера", "направление", "развитие", "сотрудничество"})
# What carries goods somewhere: "на поставку концентрата в Германию" names where they go, no side of the contract.
SHIPPING = frozenset({"поставка", "экспорт", "доставка", "перевозка", "транзит", "вывоз", "отгрузка", "продажа", "поставлять", "экспортировать"})
# What was expected and did not come: "…, однако стороны не смогли согласовать условия", "…, но договориться не удалось".
UNMET = re.compile(r"(?i),\s*(?:однако|но)\s+[^.;]*?\b(?:не\s+(?:смогл[иа]|смог|удалось|согласовал[иа]|договорил(?:ись|ась|ся)|достигл[иа]|подписал[иа]?)"
                   r"|(?:договориться|согласовать|подписать)\s+не\s+удалось)\b")
# Verbs of speaking: who says a visit will be is not its visitor ("«… визит в Узбекистан», - сказал Ушаков журналистам").
SPEECH = frozenset({"сказать", "заявить", "сообщить", "отметить", "подчеркнуть", "пояснить", "добавить", "рассказать", "уточнить", "напомнить"})
# An office of a state itself, whose holder signs for it, as the office's first words: "министр …", "первый заместитель
# министра …", "Президент …", "Председатель Кабинета министров …", "Чрезвычайный и Полномочный Посол …", "государственный
# секретарь Министерства …", "глава МИД …", "глава Таджикистана" (not "командующий Пограничными войсками …", "председатель
# Союза швейников …", "полномочный представитель Президента …": the holder of a body's office signs for the body).
STATE_OFFICE = re.compile(r"(?i)(?:[а-яё-]+(?:ый|ий|ой)\s+(?:и\s+)?)*(?:заместител\w*\s+|вице-)?(?:министр|президент|премьер|вице-премьер|посол|"
                          r"лидер|председател\w*\s+(?:правительства|кабинета|кнр|китайской)\b|секретар\w*\s+министерства\b|"
                          r"глав\w*\s+(?:государства\b|правительства\b|внешнеполитического\b|(?-i:[А-ЯЁ])))")  # ("глава Таджикистана", "глава МИД")
# The heads whose talks a sentence reports by their offices ("Президенты Узбекистана и Туркменистана провели переговоры").
HEADS = {"президент": "presidents", "лидер": "leaders", "премьер-министр": "prime ministers", "министр": "ministers"}
PARTY_KINDS = ("country", "government-body", "organisation", "mechanism", "company")
# Offices whose body follows in the genitive: "премьер Госсовета", "председатель правления", "глава администрации".
OFFICE_LEMMAS = frozenset({"премьер", "председатель", "министр", "глава", "руководитель", "директор", "посол", "заместитель", "вице-премьер",
                           "президент", "секретарь", "генсек", "спикер", "командующий", "начальник"})
# A package the text counts: "подписан пакет из 20 документов", "подписано более 30 документов", "пакет документов".
# A count's bound in English, as packages.as_counted reads it ("более 30": at least 31).
BOUNDS = {"более": "more than", "свыше": "over", "не менее": "at least"}
# Numbers written as words, as a package is counted ("подписали десять двусторонних документов").
RUSSIAN_NUMBERS = {w: n for n, w in enumerate("два три четыре пять шесть семь восемь девять десять одиннадцать двенадцать тринадцать "
                                               "четырнадцать пятнадцать шестнадцать семнадцать восемнадцать девятнадцать двадцать".split(), start=2)}
RUSSIAN_NUMBERS |= {"двух": 2, "трех": 3, "трёх": 3, "четырех": 4, "четырёх": 4, "пяти": 5, "шести": 6, "семи": 7, "восьми": 8, "девяти": 9,
                    "десяти": 10, "двадцати": 20, "тридцать": 30, "тридцати": 30, "сорок": 40, "сорока": 40, "пятьдесят": 50}
# and after "обмен" ("состоялся обмен семью документами": an exchange of seven documents)
RUSSIAN_NUMBERS |= {"двумя": 2, "тремя": 3, "четырьмя": 4, "пятью": 5, "шестью": 6, "семью": 7, "восемью": 8, "девятью": 9, "десятью": 10,
                    "двадцатью": 20, "тридцатью": 30}
RUSSIAN_PACKAGE = re.compile(r"(?:(?P<bound>более|свыше|около|порядка|не менее)\s+(?:чем\s+)?)?(?<![\d.,])(?P<count>\d{1,3}|" + "|".join(RUSSIAN_NUMBERS) + r")\s+"
                             r"(?!(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)\b)"  # a day, not a count
                             # "11 межгосударственными, межправительственными и межведомственными документами": adjectives listed
                             r"(?:(?-i:[а-яё-]+(?:ыми|ими|ых|их|ые|ие))(?:,\s+|\s+и\s+)){0,3}(?:[а-яё-]+(?:ых|их|ые|ие|ый|ий|ой|ая|ое|ую|ым|им|ыми|ими)\s+){0,3}?"
                             r"(?:документ|соглашени|меморандум)[а-яё]*|\bпакет\w*\s+(?:из\s+(?P<of>\d{1,3})\s+)?(?:[а-яё-]+(?:ых|их)\s+){0,2}(?:документ|соглашени|контракт)[а-яё]*"
                             r"|\b(?:ряда?|ряду|несколько|серия|серию|серии)\s+(?:[а-яё-]+\s+){0,2}?(?:документ|соглашени|меморандум)[а-яё]*", re.IGNORECASE)


# What a document provides for, after it: "меморандум, предусматривающий … совместные программы" (the participle's lemma,
# as natasha gives it, or the verb's).
PROVIDES_FOR = ("предусматрива", "предполага")
# A subsidiary's parent, told after it up to the comma, dash or "и" that ends the apposition: "АО «Казтау Металл», дочерняя
# организация АО «Кенорда», и …", "ООО «KMH Tekstil» – дочерняя компания холдинга Kayseri Mensucat – и …".
SUBSIDIARY_OF = re.compile(r"\bдочерн\w+\s+(?:организаци|компани|предприяти|структур|обществ)\w*\s+(?:(?!\sи\s)[^,;–—])*$", re.IGNORECASE)
# What is a state's and not the state acting, with the state in the genitive after it: its land, its part in something.
# The nouns of bodies that are not a state's government, whose state is named after them in the genitive: "Министерство …
# Казахстана", "Палата торговли … Омана", "хякимлик города Ашхабад".
BODY_LEMMAS = frozenset({"министерство", "палата", "директорат", "агентство", "комитет", "служба", "хякимлик", "хокимият", "акимат",
                         "мэрия", "администрация", "университет", "институт", "ассоциация", "союз", "управление", "департамент",
                         "инспекция", "ведомство", "войско", "академия"})
# The words of a company, in an office: "генеральный директор китайской компании", "председатель правления АО …".
COMPANY_WORDS = frozenset({"компания", "корпорация", "холдинг", "концерн", "предприятие", "ао", "ооо", "тоо", "осоо", "оао", "зао", "пао"})
WHOSE_LEMMAS = frozenset({"территория", "область", "район", "город", "столица", "часть", "народ", "гражданин", "регион", "провинция",
                          "участие", "инициатива", "интерес", "приглашение"})


def _number_of(name: str) -> str | None:
    """The number of a meeting's name in English ("12th Meeting of …" → "12"), if it has one."""
    number = re.match(r"(\d+)(?:st|nd|rd|th)\b", name)
    return number.group(1) if number else None


def _within(day: PartialDate, span: PartialDate) -> bool:
    """Whether a day falls within a span of days ("24 апреля" within "23–25 апреля")."""
    return span.is_range and not day.is_range and day.day is not None and span.first().earliest() <= day.earliest() <= span.last().latest()


def _apart(one: PartialDate, other: PartialDate) -> bool:
    """Whether two dates (days, months or spans) have no day in common: "накануне" and "сегодня", not "сентябрь" and "12 сентября"."""
    return one.latest() < other.earliest() or other.latest() < one.earliest()


def _present(words: list[Word], name: Name) -> bool:
    """A person named in the genitive after "в присутствии" (with no verb between): who witnesses, not who signs."""
    presence = next((w for w in words if w.lemma == "присутствие"), None)
    own = [w for w in words if name.start <= w.start < name.end]
    # (any word of the name in the genitive: the tagger may read an unfamiliar first name, "Бакыта", as another case; or the
    # office just before it: "в присутствии министра … и посла Японии в Узбекистане Такаси Уэды", a name that does not
    # decline; not "подписали … в присутствии президентов министр энергетики … Алмасадам Саткалиев", who signs)
    office = next((w for w in reversed([w for w in words if w.end <= name.start][-8:]) if w.lemma in OFFICES), None)
    return presence is not None and (any(w.feats.get("Case") == "Gen" for w in own) or office is not None and office.feats.get("Case") == "Gen"
                                     and presence.end <= office.start) and presence.end <= name.start and not any(
        w.pos == "VERB" for w in words if presence.end <= w.start < name.start)


def _day_of(span: PartialDate, text: str) -> tuple[PartialDate, str] | None:
    """The day of a span of days a text names by its place in it ("второго дня форума", "в последний день"), and its
    words; or None."""
    nth = NTH_DAY.search(text)
    day = day_of_span(span, None if nth["last"] else ORDINAL_DAYS.index(nth["nth"].casefold())) if nth is not None else None
    return (day, nth.group(0)) if day is not None and nth is not None else None


# A body's word alone, which names no one: "Ministry", "Company".
BARE_HEADS = frozenset({"Ministry", "Ministries", "Company", "Companies", "Bank", "Banks", "Agency", "Agencies", "Fund", "Funds",
                        "Group", "Organization", "Committee", "Council", "Commission"})
# Two bodies of a kind told of before, named by their kind: "Два министерства также подписали протокол", "обе компании".
THE_TWO_BODIES = re.compile(r"\b(?:[Дд]ва|[Оо]ба|[Оо]бе)\s+(?P<what>министерства|ведомства|компании|банка)\b")
# Where a sentence's second signing begins: "… подписали соглашение …, а АО «…» и ОАО «…» заключили контракт …".
SECOND_SIGNING = re.compile(r",\s+а\s+(?!также\b)|;\s+")


# Where a clause of its own begins: a second signing's, or one that tells something else before or after the signing ("Церемонию
# открыл министр …, после чего … подписали", "Министр … отметил, что соглашение подписали …").
CLAUSE_RU = re.compile(SECOND_SIGNING.pattern + r"|,\s+(?=(?:после\s+чего|после\s+того\s+как|что|тогда\s+как|в\s+то\s+время\s+как|(?:и\s+)?затем)\b)",
                       re.IGNORECASE)


def _clause_by(boundary: re.Pattern[str], text: str, at: int) -> tuple[int, int]:
    """The clause of a sentence in which the position stands, the sentence cut after each `boundary`."""
    bounds = [0, *(m.end() for m in boundary.finditer(text)), len(text) + 1]
    return next((a, b) for a, b in itertools.pairwise(bounds) if a <= at < b)


def _verb_clause(text: str, at: int) -> tuple[int, int]:
    """The clause of a sentence in which the position stands (CLAUSE_RU)."""
    return _clause_by(CLAUSE_RU, text, at)


def _signers_clause(text: str, verb: Word | None, names: list[Name]) -> tuple[int, int] | None:
    """The signing verb's own clause, where it names someone: who signs, and for whom, are named there. None where the verb's
    clause names no one ("Министр … сообщил, что подписал соглашение": the one who tells it signed it)."""
    if verb is None:
        return None
    clause = _verb_clause(text, verb.start)
    return clause if any(n.kind == "PER" and clause[0] <= n.start < clause[1] for n in names) else None


def _after_a_colon(words: list[Word], names: list[Name], verb: Word) -> tuple[int, int] | None:
    """The words after the last colon before the signing verb, where the words before it are a clause with a verb of its own
    (not a signing's) and those after it name two sides at least: "Сотрудничество Kawase с Узбекистаном началось несколько лет
    назад: в 2022 году Министерство … и Kawase Digital Solutions подписали …" (not "… планирует предоставить Азиатский банк
    развития: кредитное соглашение между банком и Zhetysu Wind Power …", whose bank is named before the colon)."""
    colon = next((i for i in range(len(words) - 1, -1, -1) if words[i].text == ":" and words[i].end <= verb.start), None)
    if colon is None or not any(w.pos == "VERB" and w.feats.get("VerbForm") == "Fin" and w.lemma not in SIGNED for w in words[:colon]) \
            or len([n for n in names if n.kind in ("LOC", "ORG") and n.start >= words[colon].end]) < 2:
        return None
    return words[colon].end, words[-1].end


def _clause_of(text: str, at: int) -> tuple[int, int] | None:
    """The clause of a sentence of two signings in which the position stands, or None where the sentence is one clause."""
    return _clause_by(SECOND_SIGNING, text, at) if SECOND_SIGNING.search(text) else None


# The word before the sides of a document: "между A и B".
BETWEEN_RU = re.compile(r"\bмежду\b", re.IGNORECASE)
# The documents a count includes, named after it: "подписаны 14 документов, в том числе Соглашение …".
INCLUDING_RU = re.compile(r"\b(?:в\s+том\s+числе|включая|среди\s+которых)\b", re.IGNORECASE)


def _own_sides(text: str, words: list[Word], documents: list[tuple[AgreementKind, int]], number: int) -> tuple[int, int] | None:
    """Where the sides of the sentence's document `number` are, in a sentence that lists documents, each between its own:
    after its noun ("подписаны Соглашение между Правительством A и Правительством B о …, Меморандум между Министерством … и
    компанией «…» о …, а также Кредитное соглашение между …": from its words, the adjectives before its noun too, to the next
    document's) or before it ("между A и B подписан меморандум …, между C и D – соглашение …, а между E и F – контракт …":
    from the document before to its own noun). None where the sentence does not list documents so; a document of such a list
    without sides of its own has none of the others' (an empty span)."""
    def begin(at: int) -> int:
        while at > 0 and words[at - 1].pos == "ADJ":
            at -= 1
        return at

    nouns = {at for _, at in documents}
    if len(nouns) == 1 and len(documents) > 1:
        # "подписаны соглашения между A и B о …, а также между C и D о …": one plural noun, each of its documents the sides
        # of its own "между"
        pairs = [m.start() for m in BETWEEN_RU.finditer(text) if m.start() >= words[documents[0][1]].end]
        return (pairs[number], ([*pairs[1:], len(text)])[number]) if len(pairs) == len(documents) else None
    begins = {at: begin(at) for _, at in documents}
    # (not a document the one before is about: "Протокол о внесении изменений в Соглашение между …")
    listed = sorted(at for at, first in begins.items() if not (first > 0 and words[first - 1].pos == "ADP"))
    at = documents[number][1]
    if len(listed) < 2 or at not in listed:
        return None
    between = [m.start() for m in BETWEEN_RU.finditer(text)]
    starts = [words[begins[i]].start for i in listed]
    ends = [words[i].end for i in listed]
    index = listed.index(at)
    if len(between) > 1 and between[0] < starts[0]:
        return (ends[index - 1] if index else 0, starts[index])  # the sides before each document's noun
    spans = list(itertools.pairwise([*starts, len(text)]))
    if not any(a <= m < b for m in between for a, b in spans):
        return None
    return spans[index]


def _before_a_person(text: str, name: Name, names: list[Name]) -> bool:
    """A place named right before a person, as the end of the person's office ("министр энергетики Узбекистана Равшан Исмоилов")."""
    return any(n.kind == "PER" and n.start > name.end and not text[name.end:n.start].strip() for n in names)


def _case_of_the_office_before(words: list[Word], name: Name) -> str | None:
    """The case of the office just before a name, over its words in the genitive and a company's name, which the name's is
    ("председатель правления АО «Энергожол» Бауыржан Ахметжанулы", "ректором … колледжа Дилнозой Юсуповой")."""
    for word in reversed([w for w in words if w.end <= name.start][-8:]):
        if word.lemma in OFFICES and word.feats.get("Case") != "Gen":  # (past another's office within it: "заместитель главы …")
            return word.feats.get("Case")
        if not (word.pos in ("PROPN", "X") or word.text in QUOTES or word.feats.get("Case") == "Gen"):
            return None
    return None


def _signed_in_other_words(words: list[Word], index: int) -> bool:
    """Whether the verb at `index` says, with the noun beside it, that someone signed: "скрепили подписями", "подписи под
    документом поставили", "подписантами выступили"."""
    word = words[index]
    near = [w.lemma for w in words[max(0, index - 3):index + 2]]
    return (word.lemma == "скрепить" and "подпись" in near[-1:]) or word.pos == "VERB" and (
        word.lemma == "поставить" and "подпись" in near or word.lemma == "выступить" and "подписант" in near)


def _signing_verb(words: list[Word]) -> Word | None:
    """The sentence's first form of "подписать" (a verb or participle)."""
    return next((w for w in words if w.lemma == "подписать" and w.pos == "VERB"), None)


def _before_a_signing_participle(verb: Word | None, name: Name) -> bool:
    """Whether a person is named before `verb` where it is the full passive participle of the signing ("А. Юлдашев подчеркнул
    важность … Соглашения …, подписанного главами государств"): one who speaks of a document others signed (not "Документ
    подписан министром", whose short participle is the sentence's verb, nor "Министр, подписавший соглашение", an active one)."""
    return verb is not None and name.end <= verb.start and verb.feats.get("VerbForm") == "Part" and verb.feats.get("Voice") == "Pass" \
        and verb.feats.get("Variant") != "Short"


def _welcomed(words: list[Word]) -> Word | None:
    """The verb of one who welcomed a signing ("Посол … приветствовал подписание соглашения"), in a sentence where nobody
    signs: not one who signed."""
    if _signing_verb(words) is not None:
        return None
    return next((w for w in words if w.lemma == "приветствовать" and w.pos == "VERB"), None)


def _could_be_signed_at(agreement: DraftAgreement, event: DraftEvent) -> bool:
    """Whether a document may have been signed at an event the report told of: not a signed one at an event to come, nor one
    whose date falls outside the event's ("Напомним, в 2022 году … подписали" after a meeting of 2024), nor one a parliament
    ratified ("в апреле Мажилис ратифицировал соглашение …", in a report of a commission's meeting)."""
    if event.planned and not agreement.planned or agreement.ratified is not None:
        return False
    signed, held = agreement.date_signed, event.date
    if signed is None or held is None:
        return True
    return held.value.first().earliest() <= signed.value.latest() and signed.value.earliest() <= held.value.last().latest()


def _of_governors(words: list[Word], index: int) -> bool:
    """A participle in the genitive plural right after a noun, as a noun of a body's name: "Совета управляющих" (of the
    governors; not ", проходящего 25–27 июня", a clause)."""
    word = words[index]
    return index > 0 and words[index - 1].pos in ("NOUN", "PROPN") and word.feats.get("VerbForm") == "Part" \
        and word.feats.get("Case") == "Gen" and word.feats.get("Number") == "Plur"


def _genitive_name(word: Word) -> bool:
    return word.feats.get("Case") == "Gen" and word.pos in ("NOUN", "ADJ", "PROPN")


def _told_of(words: list[Word], index: int) -> bool:
    """A participle of signing in an oblique case, of a document signed before that the sentence tells of: "по подписанному
    Меморандуму", "о подписанном соглашении", "в рамках подписанного соглашения" (not "Среди подписанных документов:")."""
    word = words[index]
    # (the document's noun right after it, or after its agent and adjectives: "в рамках утвержденного постановлением
    # Правительства Комплексного плана …")
    noun = next((i for i in range(index + 1, min(len(words), index + 6)) if words[i].lemma in ("документ", *(lemmas[-1] for lemmas, _ in DOCUMENTS))), None)
    if not (word.pos == "ADJ" or word.feats.get("VerbForm") == "Part") or noun is None or any(
            w.pos in ("PUNCT", "VERB", "ADP") for w in words[index + 1:noun]):
        return False  # (not "в соответствии с соглашением, подписанным 24 июля 2025 года между …": its signing told, dated)
    case = word.feats.get("Case")
    return case in ("Dat", "Ins", "Loc") or case == "Gen" and index > 0 and words[index - 1].lemma in ("рамка", "основание", "реализация", "исполнение", "выполнение")


def _notes_exchanged(words: list[Word], index: int) -> bool:
    """"Стороны обменялись нотами о вступлении в силу соглашения", "обменялись ратификационными грамотами": a step after the
    document's signing (a ratification's, accords.model.Stage "notes exchanged"), never its signing."""
    return words[index].lemma in ("обменяться", "обмениваться") and any(
        w.lemma in ("нота", "грамота") for w in words[index + 1:index + 4])


def _in_force(words: list[Word], index: int) -> bool:
    """"Соглашение … вступило в силу 1 января": the document's entry into force (accords.model.Stage "in force"), a step of
    its history by every party; not where a law (on its ratification) or decree is what entered into force, nor one to come."""
    return words[index].lemma in ("вступить", "вступать") and [w.lemma for w in words[index + 1:index + 3]] == ["в", "сила"] and not any(
        w.lemma in LAW_WORDS for w in words[:index]) and not _future(words[index])  # ("вступит в силу после ратификации": to come)


def _named_before_participle(words: list[Word], names: list[Name], participle: Word) -> Name | None:
    """The person a participle after a comma is of: "… Ермеком Кошербаевым, прибывшим в Бишкек с официальным визитом"."""
    return next((n for n in names if n.kind == "PER" and [w.text for w in words if n.end <= w.start < participle.start] == [","]), None)


def _gerund_of_something_else(words: list[Word], index: int, documents: list[tuple[AgreementKind, int]]) -> bool:
    """"Одобрив предложение, Президент поручил обеспечить подписание контракта": a gerund whose phrase, up to its comma,
    names no document approved (signed) something else; the contract of the next clause is not its object."""
    if words[index].feats.get("VerbForm") != "Conv":
        return False
    end = next((i for i in range(index + 1, len(words)) if words[i].text in (",", ";", ".")), len(words))
    return not any(index < at < end for _, at in documents)


def _a_sitting_of_one_state(words: list[Word], index: int) -> bool:
    """Whether the meeting at `index` is a sitting of one state's own government, parliament or board (OWN_BODIES, in the
    singular genitive after it): not "заседание Совета глав правительств", nor "заседание правительств двух стран"."""
    after = index + 1
    while after < len(words) and words[after].pos == "ADJ":
        after += 1
    return after < len(words) and words[after].lemma in OWN_BODIES and words[after].feats.get("Case") == "Gen" \
        and words[after].feats.get("Number") != "Plur"


def _to_be_held(words: list[Word], index: int) -> bool:
    """Whether the meeting at `index` is one the sides plan or agreed to hold: an infinitive just before it, after a word
    of planning ("договорились провести очередное заседание", "решили организовать форум")."""
    verb = next((i for i in range(index - 1, max(-1, index - 4), -1) if words[i].feats.get("VerbForm") == "Inf"), None)
    return verb is not None and any(w.lemma in PLANNING for w in words[max(0, verb - 2):verb])


def _took_part(words: list[Word], index: int) -> bool:
    """"Принял участие в церемонии подписания": took part, adopted nothing."""
    return words[index].lemma in ("принять", "принимать") and index + 1 < len(words) and words[index + 1].lemma == "участие"


# What a body's formal decision does, by its verbal noun: a document, even in lower case ("принял решение о создании совета").
FORMAL_DECISIONS = frozenset({"создание", "учреждение", "образование", "назначение", "присвоение", "предоставление", "принятие",
                              "вступление", "упразднение", "переименование", "проведение", "утверждение", "освобождение", "продление"})


def _deciding(words: list[Word], index: int) -> bool:
    """"Стороны приняли решение об ускорении работ": the sides (they, we) decided; no body adopted a decision (nor did one
    who took part in something, `_took_part`)."""
    if _took_part(words, index):
        return True
    decision = words[index].lemma == "принять" and index + 1 < len(words) and words[index + 1].lemma == "решение"
    # ("Совет принял решение начать переговоры о заключении соглашения": a decision to do something, no document adopted)
    # ("единогласно приняли решение о продвижении «духа …»": a decision, in lower case, to do what its verbal noun says)
    return decision and (any(w.lemma in ("сторона", "они", "мы", "участник") for w in words[:index])
                         or any(w.feats.get("VerbForm") == "Inf" for w in words[index + 2:index + 4])
                         or words[index + 1].text[:1].islower() and index + 3 < len(words) and words[index + 2].lemma in ("о", "об")
                         and re.search(r"(?:ение|ание)$", words[index + 3].lemma) is not None
                         # (not what a council's formal decision does: "принял решение о создании совета", "о назначении …")
                         and words[index + 3].lemma not in FORMAL_DECISIONS)


# A parliament's act on a document, which a date in its sentence is the day of: "Документ был принят Жогорку Кенешем 30 октября".
PARLIAMENT_ACT = re.compile(r"(?i)\b(?:принят|одобрен|ратифицирован)\w*\s+(?:\w+\s+){0,2}?(?:Жогорку\s+Кенеш|Мажилис|Сенат|[Пп]арламент|Олий\s+Мажлис|Меджлис|Маджлиси)")
# A year in parentheses after a document's name, before any other document: "Договор о вечной дружбе (1997 год)".
YEAR_AFTER_NAME = re.compile(r"[^()—;.]{0,120}?(?P<said>\((?P<year>(?:19|20)\d{2})\s*(?:г\.?|год[а-я]*)?\))")
# "В их числе …", "Среди них …", "Крупнейшим из них стало …": what follows is of the documents just told of
AMONG_THEM = re.compile(r"\s*(?:В\s+их\s+числе|Среди\s+них|В\s+том\s+числе|Из\s+них|(?:Крупнейшим|Самым\s+крупным|Главным|Ключевым|"
                        r"Одним|Первым|Наиболее\s+значимым)\s+из\s+них\s+(?:стал[аио]?|является|был[аио]?))\b", re.IGNORECASE)
# "в лице генерального директора" just before a name: the side before it signs through that person.
IN_THE_PERSON_OF = re.compile(r"\bв\s+лице\s+(?:[\w-]+\s+){0,6}$")
# Brackets at the end of a list's item: "(Улугбек Турсунов, Пак Чжи Хун);".
NAMES_IN_BRACKETS = re.compile(r"\((?P<inside>[^()]{3,120})\)\s*[;.]?\s*$")
# The words before the date a document was signed on, in a sentence of another act on it: "подписанного 13 марта 2025
# года", "подписанное двумя правительствами в 2021 году", "совершенный в Астане …", "соглашение … от 25 декабря 2003 года".
SIGNED_ON = re.compile(r"(?i)\b(?:подписанн|совершенн)\w*\s+(?:\S+\s+){0,3}$|\bот\s+$")
# A dash between words, as a list's item puts before who signed its document.
SPACED_DASH = re.compile(r"\s[–—-]\s")
# A person named by the initials of their given names and their surname: "Д. Назарзода", "М. А. Каракайя".
INITIALS = re.compile(r"(?:[А-ЯЁ]\.\s*){1,2}(?P<surname>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)?)")
# "Второй документ — меморандум о …": another of the documents the report tells were signed, named after a dash.
# "Также …", "Кроме того, …", "Помимо этого, …" at a sentence's start: what it tells of is more, not what was told before.
ALSO = re.compile(r"\s*(?:Также|Кроме\s+того|Помимо\s+(?:этого|того))\b")
ANOTHER_DOCUMENT = re.compile(r"\s*(?:Второй|Третий|Четв[её]ртый|Пятый|Ещ[её]\s+один|Другой|Последний)\s+(?:подписанный\s+)?документ\s*[—–-]", re.IGNORECASE)
# Who reports what the sentence says, after its words: "…, сообщает сегодня ИА «Дунё»", "…, передает Кремль" (not an
# agency the sentence names otherwise: a memorandum between "агентством «Ховар»" and another agency is theirs).
REPORTED_BY = re.compile(r",\s+(?:сообщает|сообщают|сообщил[аио]?|передает|передаёт|пишет|информирует|отмечает)\s+(?:[а-яё]+\s+){0,3}?(?:(?:ИА|агентство|издание|портал|пресс-служба)\s+)?[«\"]?$", re.IGNORECASE)


# A ministry's field of one to four words, then "двух стран": " сельского хозяйства двух стран", " энергетики обеих стран".
OF_THE_TWO_AFTER_A_FIELD = re.compile(r"(?:\s+[а-яё-]+(?:\s+и)?){1,4}?\s+(?:двух|обеих)\s+(?:стран|государств)\b")


# An opening "as … told" clause, up to its comma: "Как сообщил Trend заместитель министра … Тимур Керимли,", "По словам …,".
AS_TOLD = re.compile(r"\s*(?:Как\s+(?:сообщил|заявил|отметил|рассказал|пояснил|подчеркнул|уточнил|сказал)\w*|По\s+словам|По\s+данным|По\s+информации)\b[^,]*,")


# A body after "при": the one another is under ("Агентство … при Министерстве …"), or who supports or takes part ("при
# поддержке", "при участии", "при содействии"): no party.
UNDER = re.compile(r"(?<![\w-])при(?:\s+(?:поддержке|участии|содействии|посредничестве))?\s+$", re.IGNORECASE)


# Who led the delegations, named: "Делегации возглавили A, B и C", "Кыргызскую делегацию возглавил A, узбекскую – B".
# (and "Таджикскую часть комиссии возглавлял A, узбекскую – B": the heads of a commission's two parts)
# (or the co-chairs, named after a dash or a verb: "Заседание провели сопредседатели комиссии — министр … A и министр … B",
# "Сопредседателями комитета выступили A и B")
DELEGATIONS_LED_RU = re.compile(r"\b(?:делегаци\w*|част\w*\s+(?:\w+\s+)?(?:комиссии|МПК|совета))\s+возглав(?:ил|лял)\w*|\bвозглав(?:ил|лял)\w*\s+делегаци"
                                r"|\bсопредседател\w*(?:\s+(?:комиссии|МПК|совета|комитета))?\s*(?:[—–:]|выступили\b|стали\b)", re.IGNORECASE)
# They sign, by what they are: "главы делегаций подписали", "сопредседатели (комиссии) подписали".
HEADS_OF_DELEGATIONS_SIGNED_RU = re.compile(r"\b(?:главы\s+делегаций|сопредседатели(?:\s+комиссии)?)\s+(?:также\s+)?подписали\b", re.IGNORECASE)
# A visit told of before, by its noun alone: "В ходе визита стороны планируют подписать …".
DURING_THE_VISIT = re.compile(r"(?i)\b(?:в\s+ходе|во\s+время|в\s+рамках)\s+(?:этого\s+|предстоящего\s+|данного\s+)?визита\b(?!\s+(?-i:[А-ЯЁ]))")
# A document between the two states the report is about, by no name: "между правительствами двух стран", "между двумя странами".
BETWEEN_THE_TWO = re.compile(r"\bмежду\s+(?:правительствами\s+)?(?:двух|обеих)\s+(?:стран|государств)\b|\bмежду\s+(?:двумя|обеими)\s+(?:странами|государствами)\b")
# The heads who sign, by their office alone: "главы государств подписали", "президенты двух стран подписали".
# Who chaired a meeting, named after the words: "под председательством Президента … A и Президента … B".
CHAIRED_BY_RU = re.compile(r"\bпод\s+(?:со)?председательством\s+(?:глав\s+государств\s+)?(?:Президент|Председател|Премьер)", re.IGNORECASE)
HEADS_SIGNED_RU = re.compile(r"\b(?P<who>главы\s+государств|президенты|лидеры)\s+(?:двух\s+стран\s+|обеих\s+стран\s+|также\s+)?подписали\b",
                             re.IGNORECASE)
# A sentence that opens with the document told of before, or its signing: "Соглашение планируется подписать …", "Подписание
# документа ожидается …", "Его подписание намечено …".
APPROVED_THEN_TO_SIGN = re.compile(r"\s*(?:Подписание\s+(?:документа|соглашения|договора|меморандума)|(?:Соглашение|Документ|Договор|Меморандум)"
                                   r"|(?:Его|Её|Ее)\s+подписание)\b(?!\s+(?:о|об|между)\b)")
# A clause about what the sentence names, between commas: ", который проходит 27–28 января,".
RELATIVE_CLAUSE = re.compile(r",\s*(?:(?:[а-яё]+\s+)?котор(?:ый|ая|ое|ые|ого|ой|ом|ых)|где)\b[^,]*(?=,|\.?\s*$)"
                             # (or one of a participle of being on a visit: "… с Президентом …, находящимся в нашей стране с
                             # государственным визитом 14–15 апреля.")
                             r"|,\s*(?:находящ|пребывающ|прибывш)[а-яё]*\b[^,]*(?=,|\.?\s*$)")


# A document of heads named by their offices, in the genitive after it ("Совместное заявление Президента Республики
# Узбекистан и Президента Республики Корея …"): the states of those offices are its parties.
OF_THE_HEADS = re.compile(r"^\s*(?:\d{1,2}[.)]|[-–—•])?\s*[А-ЯЁа-яё ]{0,40}?\b(?:заявлени[ея]|декларац(?:ия|ии)|коммюнике)\s+"
                          r"(?:Президент(?:а|ов)|Председател(?:я|ей)|Премьер-министр(?:а|ов)|глав\s+государств)\b")


# A place joined to another by a dash: a route ("Сиань – Хоргос – Актау – Баку"), not a capital that signs for its state.
ROUTE = re.compile(r"\s[–—-]\s*\w|\w\s*[–—-]\s")


class RussianReader:
    """The agreements and events of the Russian sentences of a report, into the extractor's drafts."""

    def __init__(self, actors: Actors):
        self.dataset, self.names, self.published, self.drafts = actors.dataset, actors.names, actors.published, actors.drafts
        self.actors = actors
        self.english = RussianNames(actors)  # names in English
        self.actor = actors.actor
        self.region_countries = actors.region_countries
        self._events: dict[tuple, DraftEvent] = {}
        self._words: list[Word] = []
        self._ratified_at = 0  # where the verb of a ratification stands in its sentence
        self._last_date: tuple[DateInRussian, Sentence] | None = None  # the last date a sentence of the report gave, not of a plan
        self._earlier_date: tuple[DateInRussian, Sentence] | None = None
        self._last: DraftAgreement | None = None
        self._subjects: dict[int, Subject] = {}  # a drafted document's subject as its sentence gives it ("о защите инвестиций"), by id
        self._list_intro: Sentence | None = None  # "подписаны следующие документы:", whose items follow
        self._list_intro_present: list[Name] = []  # those in whose presence the intro says they were signed
        self._list_states: list[str] = []  # the states the intro says they were signed between ("между Кыргызстаном и Турцией подписаны:")
        self._list_adopted: Fact | None = None  # the intro's (or the sentence's before it) verb of adopting, where not of signing
        self._told_documents: tuple[Sentence, Word] | None = None  # the verb of the last sentence that tells of documents signed or adopted
        # a document the sentence just read named by its draft, with no step of its own ("завершение согласования проекта Соглашения …")
        self._draft_named: tuple[Sentence, list[Word], list[Name], AgreementKind, int] | None = None
        self._delegations: tuple[Sentence, list[Word], list[Name]] | None = None  # the sentence naming who led the delegations
        self._chaired: tuple[Sentence, list[Name]] | None = None  # the sentence naming who chaired the meeting told of
        self._about: list[tuple[int, int]] = []  # where the sentence read has clauses about what it names (RELATIVE_CLAUSE)
        self._visit_countries: list[tuple[str, Sentence]] = []  # the visitor's country and the country visited, of the last visit
        self._talks_countries: list[tuple[str, Sentence]] = []  # the states of the two heads of the last talks, by their offices
        self._people: set[str] = set()  # the people the report has named in full so far, in the nominative ("Далер Назарзода")
        self._names_of: dict[str, list[Name]] = {}  # the names of each sentence read, by its text (not analysed again)
        self._read: list[tuple[Sentence, list[Word], list[Name]]] = []  # the sentences read, with their words and names

    def _another_side(self, agreement: DraftAgreement, name: Name) -> bool:
        """Whether a name of a side is none of a document's: a state not among its parties, or a body its sentence does not name
        (not "Правительством Французской Республики" of an agreement "с Правительством Франции")."""
        if name.kind not in ("ORG", "LOC"):
            return False
        state = self.english.state(name) or next((c for n in GOVERNMENT_OF.finditer(name.normal)
                                                  if (c := self.english.state(dataclasses.replace(name, normal=n["state"]))) is not None), None)
        if state is not None:
            return state not in [p.value for p in agreement.parties] and state not in [
                c for n in self._names_in(agreement.statement.text) if (c := self.english.state(n)) is not None]
        return name.text not in agreement.statement.text

    def _names_in(self, text: str) -> list[Name]:
        """The names of a sentence: as read, where this reader read it (an English sentence's document has not been)."""
        return self._names_of[text] if text in self._names_of else analyse(text)[1]

    def _in_full(self, name: Name) -> Name:
        """A person named by initials and surname ("Д. Назарзода", "М. А. Каракайя") as the report named them in full before
        ("Далер Назарзода"), where it named one such person only."""
        initials = INITIALS.fullmatch(name.normal) if name.kind == "PER" else None
        if initials is None:
            return name
        full = {p for p in self._people if p.split()[-1] == initials["surname"] and p[0] == name.normal[0]}
        return dataclasses.replace(name, normal=full.pop()) if len(full) == 1 else name

    def read(self, sentence: Sentence) -> None:
        if re.fullmatch(r"\s*\d{1,2}\s+[а-яё]+\.?\s*", sentence.text):
            return  # "Москва. 8 октября. INTERFAX.RU - …" cut at its full stops: the day of the dateline, no date of a signing
        words, names = analyse(sentence.text)
        names = [self._in_full(n) for n in names]
        self._names_of[sentence.text] = names
        self._read.append((sentence, words, names))
        draft_named, self._draft_named = self._draft_named, None
        self._people |= {self.english.normal_person(n) for n in names if n.kind == "PER" and len(n.normal.split()) > 1 and "." not in n.normal}
        dateline = DATELINE.match(sentence.text)
        # clauses about what the sentence names (", который проходит 27–28 января,", ", подписание которого запланировано на
        # декабрь,"), whose dates and plans are not its own
        self._about = [m.span() for m in RELATIVE_CLAUSE.finditer(sentence.text)]
        future = any((_future(w) and not _aside(w)) or w.lemma in PLANNING or w.lemma in SCHEDULED for w in words)
        quoted = [m.span() for m in re.finditer(r"«[^»]*»", sentence.text)]
        # (not the year of a name in quotation marks: "Концепция … «Центральная Азия – 2040»")
        dates = [d for d in russian_dates(sentence.text, self.published, future) if not (dateline and d.start < dateline.end())
                 and not (d.date.precision == "year" and any(a <= d.start < b for a, b in quoted))]
        if not dates and self._last_date is not None and re.match(r"\s*(?:В|в)\s+тот\s+же\s+день\b", sentence.text):
            dates = [self._last_date[0]]  # "В тот же день главы … провели второе заседание …": the day the report gave last
        self._words = words
        self._earlier_date = self._last_date
        if DELEGATIONS_LED_RU.search(sentence.text):
            self._delegations = (sentence, words, names)  # "Делегации возглавили A, B и C": who "главы делегаций" are
        if CHAIRED_BY_RU.search(sentence.text):
            self._chaired = (sentence, names)  # "под председательством Президента … A и Президента … B": who "главы государств" are
        self._events_in(sentence, words, names, dates)
        self._arrival(sentence, words, names, dates)
        self._received(sentence, words, names, dates)
        # For the documents, the sentence's own dates before those of a clause about something it names: "Сегодня в Москве в
        # рамках визита …, который проходит 27–28 января, состоялись переговоры": what is signed then is of today; the span
        # is the visit's (whose event has read it above)
        dates = sorted(dates, key=self._of_a_clause_about)
        # (not where the sentence's dates are all of a clause about what it names: "Форум организован в рамках заседания …, которое
        # состоялось накануне": the meeting's day, not the day of what the report tells next)
        # (nor of what the sentence recalls: "Президент напомнил, что в 2019 году стороны подписали Дорожную карту …", then "По
        # итогам переговоров … подписаны …", of today's talks)
        recalled = any(w.lemma == "напомнить" for w in words)
        # (nor the date of a document the sentence names by it, "Протокол о внесении изменений в Соглашение … от 1996 года", or
        # of the steps of one told of by its participles: "…, подписанное в Душанбе в июне 2024 года и ратифицированное … в марте
        # 2025 года, вступило в силу в январе")
        of_a_day = [d for d in dates if not SIGNED_ON.search(sentence.text[:d.start]) and not re.search(
            r"(?i)\b(?:ратифицированн|вступил)\w*\s+(?:\S+\s+){0,8}$", sentence.text[:d.start])]
        # (nor the day of another step of a document, told in a sentence that signs nothing: "Накануне … эксперты парафировали
        # текст Соглашения …", "В январе Меджлис ратифицировал Соглашение …", then "По завершении переговоров … подписания
        # документов:", of the talks' day)
        another_step = any(w.lemma in RATIFIED | INITIALLED and w.pos == "VERB" for w in words) \
            and not any(w.lemma in SIGNED and w.pos == "VERB" and w.feats.get("VerbForm") != "Part" for w in words)
        if of_a_day and not future and not recalled and not another_step and not self._a_span_of_the_day_before(of_a_day) \
                and not all(self._of_a_clause_about(d) for d in of_a_day):
            self._last_date = (next((d for d in of_a_day if _within(d.date, of_a_day[0].date)), of_a_day[0]), sentence)
        documents = self._documents(words)
        # "Документ скрепили подписями министр … и министр …", "Подписи под документом поставили …", "Подписантами выступили
        # …": signed, in other words
        words = [dataclasses.replace(w, lemma="подписать") if _signed_in_other_words(words, i) else w for i, w in enumerate(words)]
        verbs = [(i, w) for i, w in enumerate(words) if (w.lemma in SIGNED | APPROVED | RATIFIED | INITIALLED and w.pos in ("VERB", "ADJ", "AUX")
                                                          or _notes_exchanged(words, i) or _in_force(words, i))
                 # (not "по подписанному Меморандуму", "в рамках подписанного соглашения": a document signed before, told of)
                 and not _told_of(words, i) and not _deciding(words, i) and not _gerund_of_something_else(words, i, documents)]
        if not verbs and any((w.lemma in ("состояться", "пройти", "засвидетельствовать", "приветствовать") or _took_part(words, i)
                              # "Центральным событием форума стало подписание соглашения …"
                              or w.lemma == "стать" and i + 1 < len(words) and words[i + 1].lemma == "подписание")
                             and w.feats.get("Tense") == "Past" for i, w in enumerate(words)):
            # ("принял участие в церемонии подписания соглашения": a signing held, which he attended)
            # "состоялась церемония подписания ряда документов", "… церемония обмена 11 … документами": a signing held
            # "состоялось подписание Меморандума о взаимопонимании между …": the document signed then; "засвидетельствовали
            # подписание более чем 20 … документов": a signing held, before witnesses; "приветствовал подписание соглашения":
            # one held, which he welcomed
            verbs = [(i, dataclasses.replace(w, lemma="подписать", pos="VERB")) for i, w in enumerate(words) if w.lemma in ("подписание", "обмен")
                     and (i > 0 and words[i - 1].lemma == "церемония" or RUSSIAN_PACKAGE.match(sentence.text, w.end + 1)
                          or w.lemma == "подписание" and any(i < at <= i + 2 for _, at in documents))][:1]
        since = next((i for i, w in enumerate(words) if w.lemma == "подписание" and i >= 2 and (words[i - 2].lemma, words[i - 1].lemma) in (
            ("с", "момент"), ("со", "время"), ("с", "время"))), None) if not verbs else None
        if since is not None and any(since < at <= since + 12 for _, at in documents):
            # "со времени подписания в октябре 2022 года в Ашхабаде Дорожной карты …": signed then, as told since
            verbs = [(since, dataclasses.replace(words[since], lemma="подписать", pos="VERB", feats={"Tense": "Past", "VerbForm": "Fin"}))]
        # an item of a list: after a dash or a number, or, after the list's colon, a paragraph that goes on in lower case
        item = re.match(r"\s*(?:[-–—•]|\d{1,2}[.)])\s*", sentence.text) or (
            re.match(r"\s*[а-яё]", sentence.text) if self._list_intro is not None else None) or (
            # "Ключевые документы:" then "Рамочное соглашение о …;": a line that opens with its document, no verb of its own
            re.match(r"\s*[А-ЯЁ]", sentence.text) if self._list_intro is not None and documents and documents[0][1] <= 1 else None)
        if item and self._list_intro is not None and documents and not verbs:
            # "подписаны следующие документы:" then "- Инвестиционное соглашение между …" (or "совместное заявление …;"):
            # each item a document signed then
            intro = self._list_intro
            for kind, at in documents[:1]:
                agreement = DraftAgreement(Fact(kind.value, sentence), sentence)
                agreement.evidence_of += [intro, sentence]
                self._title(agreement, sentence, words, kind, at)
                # "По итогам переговоров в присутствии Адилета Шаршенбекова и Катарины Хольм подписаны:": they witness each
                self._add_witnesses(agreement, intro, self._list_intro_present)
                # (who signed it may follow a dash: "– Соглашение … – председатель правления …", whose offices name no side)
                after_dash = SPACED_DASH.search(sentence.text, words[at].end)
                if BETWEEN_RU.search(sentence.text) or OF_THE_HEADS.search(sentence.text):
                    # "- соглашение между X и Y", "1. Совместное заявление Президента X и Президента Y …": its own parties
                    self._parties(agreement, sentence, [n for n in names if after_dash is None or n.start < after_dash.start()])
                of_list = next((a for a in reversed(self.drafts.agreements) if a.is_package), None)
                # (not an item that names its own sides, which the tool could not read: "… между Евразийским технологическим
                # университетом и Университетом Минато …", whose sides the contributor names)
                if not agreement.parties and (of_list is not None or self._visit_countries) and not OWN_SIDES_RU.search(sentence.text):
                    # a list of a visit's documents: between the countries of the package or visit ("Иссык-Кульской области
                    # Кыргызстана" in an item is where, not who)
                    agreement.parties = [Fact(p.value, p.sentence, "the countries of the documents the list is of") for p in of_list.parties] \
                        if of_list is not None else self._of_the_visit("the countries of the visit told of before")
                if not agreement.parties and len(self._list_states) > 1:
                    # "По итогам переговоров между Кыргызстаном и Турцией подписаны:" then "- Соглашение о …": the intro's states
                    agreement.parties = [Fact(c, intro, "the states the list's introduction says its documents were signed between")
                                         for c in self._list_states]
                if self._list_adopted is not None:
                    agreement.approved = self._list_adopted  # "Какие документы приняты …": adopted, not signed
                if after_dash is not None and self._list_adopted is None:
                    # "– Соглашение … между АО «…» и корпорацией «…» – председатель правления Айгерим Тулегенкызы и президент
                    # корпорации Ван Ли;": who signed it, after a dash
                    self._add_signatories(agreement, sentence, words, [n for n in names if n.start >= after_dash.end()])
                bracketed = NAMES_IN_BRACKETS.search(sentence.text)
                in_brackets = [n for n in names if bracketed is not None and bracketed.start() < n.start < bracketed.end()]
                others = re.sub("|".join(re.escape(n.text) for n in in_brackets), "", bracketed["inside"]) if bracketed and in_brackets else "?"
                if all(n.kind == "PER" for n in in_brackets) and self._list_adopted is None and not re.sub(r"[\s,и]", "", others):
                    # "— Меморандум … о локализации производства автокомпонентов (Улугбек Турсунов, Пак Чжи Хун);": its signers,
                    # named alone in brackets at the item's end
                    for name in in_brackets:
                        person = self.actor(Mention(self.english.new_person(name), name.start, name.end, self.english.person(name), "person", "new"),
                                            sentence)
                        if not any(s[0].value == person for s in agreement.signatories):
                            agreement.signatories.append((Fact(person, sentence), NO_OFFICE, None))
                if self._last_date is not None and agreement.date_signed is None:
                    date, where = self._last_date
                    agreement.date_signed = Fact(date.date, where, f"the date of the documents the list is of («{date.text}»)")
                self.drafts.agreements.append(agreement)
                self._last = agreement
                said = _subject(words, at)
                if said is not None:  # (what it is on: "стороны парафировали Соглашение о …" after it is another, on something else)
                    self._subjects[id(agreement)] = said
            return
        # (a numbered item's own second sentence does not end its list: "1. Меморандум … . От имени агентства документ подписал …",
        # then "2. Соглашение …")
        within_an_item = self._list_intro is not None and sentence.number > 1 and self._last is not None \
            and self._last.statement.paragraph == sentence.paragraph and self._list_intro in self._last.evidence_of and not documents
        if not item and not within_an_item:
            told_before = self._told_documents
            if documents or any(w.lemma == "документ" for w in words):
                self._told_documents = next(((sentence, w) for _, w in verbs if w.lemma in SIGNED | APPROVED), None) or self._told_documents
            self._list_intro = sentence if verbs and sentence.text.rstrip().endswith(":") and any(
                w.lemma in SIGNED for _, w in verbs) else None
            self._list_intro_present = [n for n in names if n.kind == "PER" and _present(words, n)] if self._list_intro is not None else []
            self._list_states = list(dict.fromkeys(c for n in names if n.kind == "LOC" and (c := self.english.state(n)))) \
                if self._list_intro is not None and BETWEEN_RU.search(sentence.text) else []
            self._list_adopted = None
            if self._list_intro is None and not verbs and sentence.text.rstrip().endswith(":") and len(words) <= 4 and told_before is not None and (
                    any(w.lemma == "документ" or any(w.lemma == lemmas[-1] for lemmas, _ in DOCUMENTS) for w in words) or re.fullmatch(
                    r"\s*(?:Это|Среди них|В их числе|В том числе)\s*:\s*", sentence.text)):
                # "Президенты … подписали совместное заявление и ряд ключевых соглашений." then "Ключевые документы:"; "Какие
                # документы приняты по итогам саммита …" then "Это:": the list of the documents the sentence before told of
                self._list_intro = sentence
                where, told_verb = told_before
                self._list_adopted = Fact(told_verb.text, where) if told_verb.lemma in APPROVED else None
        # "Подписание соглашения о … запланировано на июнь", "… состоится в июне": a signing to come, told by its noun
        scheduled = not verbs and any(w.lemma in SCHEDULED or w.lemma == "состояться" and w.feats.get("Tense") == "Fut"
                                      # "Стороны договорились о принятии «дорожной карты»": a document to come, agreed on
                                      or w.lemma == "договориться" and any(v.lemma in ("подписание", "принятие") for v in words[i + 1:i + 4])
                                      # "поручил вице-премьеру обеспечить подписание контракта": a signing ordered, to come
                                      or w.lemma == "поручить" and any(v.lemma == "подписание" for v in words[i + 1:i + 5])
                                      for i, w in enumerate(words))
        if scheduled:
            # (and "ожидается подписание (принятие) пакета двусторонних документов": a package to come)
            verbs = [(i, dataclasses.replace(w, lemma="подписать", pos="VERB")) for i, w in enumerate(words)
                     if w.lemma in ("подписание", "принятие") and (any(i < at <= i + 2 for _, at in documents)
                                                                  or i + 1 < len(words) and words[i + 1].lemma == "пакет"
                                                                  # "планируется подписание ряда межправительственных соглашений"
                                                                  or RUSSIAN_PACKAGE.match(sentence.text, w.end + 1) is not None)][:1]
        last = self._last
        if last is not None and last.approved is not None and not last.planned and APPROVED_THEN_TO_SIGN.match(sentence.text) and (
                scheduled or any(w.lemma in PLANNING or w.lemma in SCHEDULED or _future(w) for w in words)):
            # "… Правительство одобрило проект Соглашения …", then "Соглашение планируется подписать в октябре в Сеуле" or
            # "Подписание документа ожидается в мае": the approved draft's signing is to come, then
            last.planned = True
            when = words[next((i for i, w in enumerate(words) if w.lemma in PLANNING | SCHEDULED), 0)]
            last.plan = Fact(" ".join(sentence.text[:when.end].split()), sentence)
            if dates:
                last.planned_for = Fact(dates[0].date, sentence, f"«{dates[0].text}»")
            last.evidence_of.append(sentence)
            return
        if draft_named is not None and APPROVED_THEN_TO_SIGN.match(sentence.text) and (
                scheduled or any(w.lemma in PLANNING or w.lemma in SCHEDULED or _future(w) for w in words)):
            # "… констатировали завершение согласования проекта Соглашения между A и B о …", then "Документ планируется подписать в
            # ходе … заседания …, которое пройдёт в мае": the draft's document, to be signed then
            where, its_words, its_names, kind, at = draft_named
            agreement = DraftAgreement(Fact(kind.value, where), where, planned=True)
            agreement.evidence_of += [where, sentence]
            self._title(agreement, where, its_words, kind, at)
            self._parties(agreement, where, its_names, words=its_words)  # (that sentence's words: the events of this one are no sides)
            when = words[next((i for i, w in enumerate(words) if w.lemma in PLANNING | SCHEDULED), 0)]
            agreement.plan = Fact(" ".join(sentence.text[:when.end].split()), sentence)
            if dates:
                agreement.planned_for = Fact(dates[0].date, sentence, f"«{dates[0].text}»")
            self.drafts.agreements.append(agreement)
            self._last = agreement
            return
        among = AMONG_THEM.match(sentence.text)
        listed_in = self.drafts.last_package() if among and not verbs else None
        if listed_in is not None and documents and self.drafts.agreements[-1] is listed_in:
            # "Состоялась церемония обмена 11 документами. В их числе соглашения о …": documents of the package just read
            verbs = [(0, dataclasses.replace(words[0], lemma="подписать", pos="VERB"))]
        if not verbs and documents and ANOTHER_DOCUMENT.match(sentence.text) and self._last is not None and not self._last.planned:
            # "Второй документ — меморандум о сотрудничестве в сфере лёгкой промышленности.", after a signed agreement: signed too
            verbs = [(0, dataclasses.replace(words[0], lemma="подписать", pos="VERB"))]
        if not verbs:
            self._draft_named = next(((sentence, words, names, kind, at) for kind, at in documents if at > 0 and words[at - 1].lemma == "проект"), None)
            held = any(w.lemma == "подписание" for w in words) and any(w.lemma in ("пройти", "состояться") for w in words)
            if held and self._last is not None and not documents:  # "Подписание прошло 28 августа в Душанбе": the one just read
                self._last.evidence_of.append(sentence)
                self._when_and_where(self._last, sentence, words, names, dates)
            took_part = next((w for i, w in enumerate(words) if _took_part(words, i)), None)
            ceremony = any(w.lemma == "церемония" for w in words) and (any(w.lemma in ("пройти", "состояться") for w in words)
                                                                      and any(w.lemma == "присутствие" for w in words) or took_part is not None)
            if ceremony and self._last is not None and not documents and not self._last.planned:
                # "Церемония прошла в городе Талас в присутствии министра … и посла России …", "В церемонии приняли участие хоким
                # … Уктам Норбоев": they witnessed the signing just read
                self._last.evidence_of.append(sentence)
                # (their case aside: with no signing in the sentence, every name after "в присутствии" is of one present, and the
                # tagger may read unfamiliar names, "Даурена Кенжебаева", "Чжао Лимина", as other cases)
                present = next((w for w in words if w.lemma == "присутствие"), took_part)
                assert present is not None
                self._add_witnesses(self._last, sentence, [n for n in names if n.kind == "PER" and n.start >= present.end])
            return
        ratifying = next(((i, w) for i, w in verbs if w.lemma in RATIFIED or _notes_exchanged(words, i) or _in_force(words, i)), None)
        if ratifying is not None and verbs[0][1].lemma in SIGNED and verbs[0][1].feats.get("Case") is not None:
            # "Соглашение о …, подписанное двумя правительствами в 2021 году в Бишкеке, было ратифицировано Жогорку Кенешем в марте",
            # "…, подписанное в Тбилиси в мае, после обмена ратификационными грамотами вступило в силу 1 декабря": ratified (in force);
            # the participle tells when it was signed
            verbs = [ratifying, *(v for v in verbs if v is not ratifying)]
        index, verb = verbs[0]
        signed_before = next(((i, w) for i, w in verbs if w.lemma in SIGNED and w.feats.get("Case") is not None and not self._negated(words, i)), None)
        if verb.lemma in RATIFIED and self._negated(words, index) and signed_before is not None:
            # "Соглашение …, подписанное в Ашхабаде в октябре, туркменская сторона пока не ратифицировала": not ratified, and
            # signed, as its participle tells
            index, verb = signed_before
        if self._negated(words, index) or self._modal(words, index):
            return
        if len(verbs) == 1 and (verb.feats.get("VerbForm") == "Part" or verb.pos == "ADJ") and verb.feats.get("Case") == "Nom" \
                and any(at == index + 1 for _, at in documents) and any(
                w.pos == "VERB" and w.feats.get("VerbForm") == "Fin" for w in words[index + 2:]):
            # "заключенный договор показывает …": the document told of, the subject of another verb, not one signed anew
            if self._last is not None:
                self._last.evidence_of.append(sentence)
            return
        planned = self._planned(words, index) or scheduled
        if planned and UNMET.search(sentence.text, verb.end):
            return  # "Ожидалось, что … будет подписано также соглашение …, однако стороны не смогли согласовать условия": not signed
        package = RUSSIAN_PACKAGE.search(sentence.text)
        # (not "Как отметил …, подписанные документы позволят создать …", "«Подписанные сегодня документы охватывают …»": the
        # documents told of, by the participle, the subject of another verb)
        told_by_participle = (verb.feats.get("VerbForm") == "Part" or verb.pos == "ADJ") and verb.feats.get("Case") is not None and any(
            w.pos == "VERB" and w.feats.get("VerbForm") == "Fin" for w in words)  # (a full participle: not "подписаны", a predicate)
        if package is None and not documents and verb.lemma in SIGNED and not sentence.text.rstrip().endswith(":") and not told_by_participle:
            # "Казахстан и Китай подписали соглашения на сумму …": documents signed, neither counted nor named (not "подписаны
            # следующие документы:", whose list names each)
            plural = next((w for i, w in enumerate(words) if (w.lemma == "документ" or any(w.lemma == lemmas[-1] for lemmas, _ in DOCUMENTS))
                           and w.feats.get("Number") == "Plur"
                           and w.feats.get("Case") in ("Nom", "Acc") and not self._named_by_plural(words, i, 1)
                           and not (i + 1 < len(words) and words[i + 1].lemma in ("о", "об"))), None)
            package = re.search(re.escape(plural.text), sentence.text) if plural is not None else None
        if package and verb.lemma in SIGNED and RUSSIAN_TALLY.search(sentence.text):
            return  # "за последние три года Узбекистан подписал … более десяти документов": a relation's record, no signing told
        if package and verb.lemma in SIGNED:
            packages = [a for a in self.drafts.agreements if a.is_package]
            # (another, where its own date is not the one's before: "Накануне … на бизнес-форуме … заключили 23 коммерческих
            # соглашения", after a package signed today)
            if not packages or dates and all(p.date_signed is not None and isinstance(p.date_signed.value, PartialDate)
                                             and _apart(dates[0].date, p.date_signed.value) for p in packages):
                self._package(sentence, package, names, dates, planned)
            # "13 различных соглашений о сотрудничестве": the package's documents, counted, not one agreement more (nor, after
            # "подписали ряд коммерческих документов", "заключили еще 12 соглашений": documents of the package told of)
            documents = [(kind, at) for kind, at in documents if not package.start() <= words[at].start < package.end()]
            if not documents:
                return
        status = ("signed" if verb.lemma in SIGNED else "approved" if verb.lemma in APPROVED else
                  "ratified" if verb.lemma in RATIFIED or _notes_exchanged(words, index) or _in_force(words, index) else "initialled")
        if status == "signed" and any(w.lemma == "закон" for w in words[index:index + 4]) and any(w.lemma == "ратификация" for w in words[index:]):
            status = "ratified"  # "подписал законы о ратификации Договора …": a law signed, the treaty ratified (not signed that day)
        act = next((w for w in words[index + 1:index + 4] if w.pos in ("NOUN", "PROPN")), None)
        if status == "signed" and act is not None and act.lemma in LAW_WORDS:
            if not any(w.lemma in ("утверждение", "одобрение") for w in words[index:]):
                # "подписал Постановление, разрешающее Министерству … заключить … контракт": the state's own act is what was
                # signed; what it allows is not
                return
            status = "approved"  # "подписал указ об утверждении Соглашения …": the document approved
        if not documents and status in ("signed", "approved") and self._by_topic(sentence, words, names, dates, status, verb, planned):
            return
        if not documents:
            pronoun = any(w.lemma in ("он", "она") and (w.feats.get("Case") == "Acc" or i > 0 and words[i - 1].lemma == "под")
                          for i, w in enumerate(words[max(0, index - 2):index + 2], start=max(0, index - 2)))  # (and "подписи под ним")
            # (not "страна подписала документы о сотрудничестве … с ЕС, Великобританией, Японией …": documents of its own, plural)
            # (and "Церемония подписания состоялась в среду", which names no document: the one just read)
            # (not "В церемонии подписания документов приняли участие …": who took part witnessed it, and signed nothing)
            ceremony_held = any(w.lemma == "церемония" for w in words) and any(w.lemma in ("состояться", "пройти") for w in words) \
                and not any(_took_part(words, i) for i in range(len(words))) and not RUSSIAN_PACKAGE.search(sentence.text)
            # (and "Подписантами выступили сопредседатели …": who signed the one just read)
            signers = any(w.lemma == "подписант" for w in words) and verb.lemma == "подписать"
            if (pronoun or ceremony_held or signers or any(w.lemma == "документ" and w.feats.get("Number") != "Plur" for w in words)) \
                    and self._last is not None:
                # "Документ подписали …", "Тогда его подписали президенты Казахстана, Узбекистана и Кыргызстана": the one just read
                self._last.evidence_of.append(sentence)
                self._when_and_where(self._last, sentence, words, names, dates)
                self._add_signatories(self._last, sentence, words, names)
                if not self._last.parties:
                    # "документ подписал генеральный директор ТОО «Экибастуз Комир Транзит» …, с российской стороны — генеральный
                    # директор АО «Зауралье ТеплоЭнерго» …", of a contract whose sentence named no side: the companies they head
                    for company in QUOTED_COMPANY.finditer(sentence.text):
                        if CYRILLIC.search(company["name"]) and any(company.group(0) in str(s[1]) for s in self._last.signatories):
                            self._add_quoted_company(self._last, sentence, company)
                # (not the states of those present: "… в присутствии Премьер-министра Республики Казахстан …")
                present_from = next((w.start for w in words if w.lemma == "присутствие"), len(sentence.text))
                # (nor the state of a signer who heads a body of its own: "командующий Пограничными войсками … Республики Узбекистан",
                # "председатель Союза швейников Кыргызстана"; the body is the side, not its state, as a minister's state is)
                of_bodies = [(at, at + len(office)) for _, office, _ in self._last.signatories
                             if isinstance(office, str) and office and not STATE_OFFICE.match(office) and (at := sentence.text.find(office)) >= 0]
                named = [c for n in names if n.kind == "LOC" and n.start < present_from and (c := self.english.state(n))
                         and not any(a <= n.start < b for a, b in of_bodies)]
                if named and all((p.note or "").startswith("a state of Central Asia") for p in self._last.parties):
                    whose = "presidents" if any(w.lemma == "президент" for w in words) else "officials"  # ("командующий …, председатель …")
                    self._last.parties = [Fact(c, sentence, f"the countries whose {whose} the text says signed it") for c in dict.fromkeys(named)]
                sides = self._sides_named(sentence, words, names)
                if len(sides) > 1 and all((p.note or "").startswith("the countries whose") for p in self._last.parties):
                    # "Со стороны министерства энергетики Узбекистана документ подписал …, со стороны компании «…» – …": those sides
                    self._last.parties = sides
                if self._last.parties and all((p.note or "").startswith("the countries whose") for p in self._last.parties):
                    # "… и вице-президент Исламского банка развития Мансур аль-Харби": the bank or company whose officer signs
                    for name in names:
                        office = next((str(s[1]) for s in self._last.signatories if name.kind == "ORG" and name.text in str(s[1])), None)
                        found = self.english.body(words, name, names) if office is not None else None
                        if found is not None and re.search(r"\b(?:Bank|Fund|Company|Corporation|Group|Holding)$", found[0]):
                            value = self.actor(Mention(found[0], name.start, name.end, self.names.resolve(found[0], PARTY_KINDS), "organisation", "new"), sentence)
                            if not any(p.value == value for p in self._last.parties):
                                self._last.parties.append(Fact(value, sentence, f"«{name.text}», whose officer the text says signed it"))
            return
        for number, (kind, at) in enumerate(documents):
            # (a signing to come told again as to come: "Узбекистан рассчитывает в мае подписать … меморандум …", then "Меморандум
            # между АО «…» и компанией «…» планируем подписать в мае …")
            told = [a for a in reversed(self.drafts.agreements) if a.kind.value == kind.value and planned == a.planned
                    and (not planned or not a.is_package and _same_month(a.planned_for, dates))
                    and a.statement.text != sentence.text]
            said = _subject(words, at)
            same = self._told_again_of(told, said, sentence, words, at, verb) if not ALSO.match(sentence.text) else None
            if same is not None and same.date_signed is not None and dates and all(_apart(d.date, same.date_signed.value) for d in dates):
                same = None  # "Напомним, что в мае 2023 года … подписали меморандум …", after this week's memorandum: another one
            between = re.match(r"(?:\s+\S+){0,3}?\s+между\b", sentence.text[words[at].end:])
            if same is not None and planned and between is not None:
                same.parties = []  # the sides it is between, told the second time, are its own: not the states told the first
            elif same is not None and between is not None and any(
                    self._another_side(same, n) for n in names if words[at].end < n.start < words[at].end + between.end() + 120):
                same = None  # "Меморандум о взаимопонимании между Министерством экономики … и KOTRA", after another's: its own sides
            # "Посол Турецкой Республики … в своем Telegram-канале приветствовал подписание соглашения": who welcomed a signing,
            # and where, are not its sides; only the names after the document's noun may be
            of_sides = [n for n in names if n.start > words[at].start] if _welcomed(words) else names
            names_party = any(n.kind in ("LOC", "ORG") for n in of_sides)
            single = words[at].feats.get("Number") != "Plur"
            subject = at + 2 < len(words) and words[at + 1].lemma in ("о", "об", "в", "по") and words[at + 2].lemma != "взаимопонимание"
            # "соответствующий контракт был подписан 16 июня", "этот меморандум": the one told of, by a word that points back
            points_back = at > 0 and POINTS_BACK.fullmatch(words[at - 1].text) is not None
            if same is not None and single and (not same.parties or not same.signatories or (not names_party and not subject) or points_back):
                # "Подписан договор между тремя странами ЦА." then "… президенты … подписали договор о дружбе …": one treaty;
                # "Меморандум … утвержден в целях …", naming no party nor a subject of its own: the one read, told again
                same.evidence_of.append(sentence)
                if same.title is None:
                    self._title(same, sentence, words, kind, at)
                # (where it has its sides, not the states of its signers' offices: "Соглашение подписали министр энергетики
                # Узбекистана Равшан Исмоилов и …", of an agreement between the two ministries)
                self._parties(same, sentence, [n for n in of_sides if not (same.parties and n.kind == "LOC" and _before_a_person(sentence.text, n, names))])
                self._when_and_where(same, sentence, words, names, dates)
                self._add_signatories(same, sentence, words, names)
                continue
            agreement = DraftAgreement(Fact(kind.value, sentence), sentence, planned=planned)
            agreement.evidence_of.append(sentence)
            following = min((words[i].start for _, i in documents if i > at), default=len(sentence.text))
            own_plan = next(((a, b) for a, b in self._about if words[at].start < a < following and any(
                w.lemma in PLANNING | SCHEDULED for w in words if a <= w.start < b)), None) if not planned else None
            if own_plan is not None:
                # "… Соглашение о государственно-частном партнёрстве …, подписание которого запланировано на декабрь текущего
                # года, …", among documents signed: this one is to come
                agreement.planned = True
                agreement.plan = Fact(" ".join(sentence.text[own_plan[0] + 1:own_plan[1]].split()), sentence)
                plan_date = next((d for d in dates if own_plan[0] <= d.start < own_plan[1]), None)
                if plan_date is not None:
                    agreement.planned_for = Fact(plan_date.date, sentence, f"«{plan_date.text}»")
            # "соглашения в сферах транспорта и торговли": one per field, each the one its place among the noun's documents says
            same_noun = [i for _, i in documents if i == at]
            self._title(agreement, sentence, words, kind, at, (len(same_noun), sum(i == at for _, i in documents[:number])))
            # (each document its own clause's verb: "участники приняли совместное коммюнике, а главы делегаций подписали протокол":
            # the communiqué adopted, the protocol signed)
            own_verb = next((w for i, w in reversed(verbs) if i < at and w.feats.get("VerbForm") == "Fin" and w.lemma in SIGNED | APPROVED), verb)
            if status == "approved" and (own_verb is verb or own_verb.lemma in APPROVED) and not planned:
                agreement.approved = Fact(own_verb.text, sentence)
            if status == "signed" and own_verb.lemma in APPROVED and not planned:
                agreement.approved = Fact(own_verb.text, sentence)  # "подписали соглашение и приняли декларацию": adopted
            if status == "initialled" and not planned:
                agreement.initialled = Fact(verb.text, sentence)
            if status == "ratified" and not planned:
                law = next((w for w in words[index:] if w.lemma == "ратификация"), None) if verb.lemma in SIGNED else \
                    next((w for w in words[index + 1:index + 4] if w.lemma in ("нота", "грамота")), None) if _notes_exchanged(words, index) else \
                    words[index + 2] if _in_force(words, index) else None
                agreement.ratified = Fact(sentence.text[verb.start:law.end] if law is not None else verb.text, sentence)
                entry = next((i for i in range(index, len(words)) if _in_force(words, i)), None)
                if entry is not None:
                    # "…, ратифицированное Маджлиси намояндагон в марте 2025 года, вступило в силу в январе": in force last
                    agreement.in_force = Fact(sentence.text[words[entry].start:words[entry + 2].end], sentence)
                # (the day of the ratification, not the signing's that a participle gives: "…, подписанное … в 2021 году …")
                day = next((d for d in dates if not SIGNED_ON.search(sentence.text[:d.start])), None)
                agreement.ratified_on = Fact(day.date, sentence, f"«{day.text}»") if day else None
                self._ratified_at = verb.start
                # (a chamber just after the verb is who ratified it, not the parties named before: "…, ратифицированное Мажилисом")
                by_chamber = self._state_of_chamber(sentence.text[verb.end:verb.end + 40])
                agreement.ratified_by = [] if _in_force(words, index) else [by_chamber] if by_chamber else [
                    c for n in names if n.start < verb.start and n.kind in ("LOC", "ORG") for c in [self.english.state(n)] if c]
                if not agreement.ratified_by and not _in_force(words, index) and re.search(r"(?i)\b(?:мажилис|сенат|парламент|жогорку кенеш|меджлис|олий мажлис|маджлиси)",
                                                           sentence.text[verb.end:]):
                    # "Соглашение ратифицировал Мажилис Парламента Казахстана": the parliament after the verb, and its country
                    agreement.ratified_by = [c for n in names if n.start > verb.start and n.kind == "LOC"
                                             for c in [self.english.state(n)] if c][:1]
            if status == "signed" and not planned and len(documents) == 1:
                self._ratified_it(agreement, sentence, words, verbs, index, dates)
                entry = next((i for i in range(index + 1, len(words)) if _in_force(words, i) and any(
                    w.lemma == "который" for w in words[max(index + 1, i - 3):i]) and not self._negated(words, i)), None)
                if entry is not None:
                    # "… было подписано Соглашение …, которое вступило в силу в прошлом году": in force last
                    agreement.in_force = Fact(sentence.text[words[entry].start:words[entry + 2].end], sentence)
            # "… Министерство … и Министерство … подписали соглашение …, а АО «…» и ОАО «…» заключили контракт …": each its clause's
            own = _own_sides(sentence.text, words, documents, number)
            # (else the signing verb's own clause: not the state of one who opened the ceremony "…, после чего … подписали")
            # (or the words after a colon that ends a clause of its own: "Сотрудничество Kawase с Узбекистаном началось …: в 2022 году
            # Министерство … и Kawase Digital Solutions подписали меморандум")
            self._parties(agreement, sentence, of_sides, own or (_clause_of(sentence.text, words[at].start) if len(documents) > 1 else
                                                                 _signers_clause(sentence.text, verb, names) if verb.lemma == "подписать" else None)
                          or _after_a_colon(words, names, verb))
            if own is not None and not agreement.parties:
                # "подписаны Протокол девятого заседания комиссии и Соглашение между Правительством A и Правительством B …, а также
                # контракт между …": a document of the list without sides of its own is of the states the sentence names, if any
                states = DraftAgreement(Fact(kind.value, sentence), sentence)
                self._parties(states, sentence, of_sides)
                agreement.parties = [Fact(p.value, p.sentence, "a state the sentence names; the document has no sides of its own in it")
                                     for p in states.parties if isinstance(p.value, str) and self.dataset.kind(p.value) == "country"]
            if not agreement.parties and any(w.lemma == "компания" and w.feats.get("Number") == "Plur" and w.feats.get("Case") == "Nom"
                                             for w in words[:index]):
                # "в 2023 году компании подписали меморандум …", "компании намерены … подписать соглашение …" (the Russian reader
                # drafts a company it cannot tell from another body as an organisation)
                agreement.parties = the_two_companies_before(self.dataset, self.drafts, agreement, sentence, ("company", "organisation"))
            if not agreement.parties and not self._visit_countries and self._talks_countries and re.search(
                    r"(?i)\b(?:президент\w*|лидер\w*|глав\w+\s+государств|стороны)\b", sentence.text[:verb.start]):
                # "По итогам переговоров главы государств подписали декларацию …", after the talks of the two presidents
                agreement.parties = [Fact(c, where, "the states of the heads whose talks were told of before, who signed it")
                                     for c, where in self._talks_countries]
            if not agreement.parties and self._visit_countries and re.search(r"(?i)\b(?:президент\w*|лидер\w*|глав\w+\s+государств|стороны)\b",
                                                                            sentence.text[:verb.start]):
                # "президенты Шавкат Мирзиёев и Садыр Жапаров подписали совместное заявление", after the visit: its two states
                agreement.parties = self._of_the_visit("the countries of the visit told of before, whose heads signed it")
            if planned:
                first = next((i for i in range(max(0, index - 4), index) if words[i].lemma in PLANNING or words[i].lemma == "быть"), index)
                scheduling = next((w for w in words[index + 1:] if scheduled and (w.lemma in SCHEDULED or w.lemma == "состояться")), None)
                # (a signing scheduled by its noun: its words, "Подписание … запланировано")
                agreement.plan = Fact(f"{verb.text} … {scheduling.text}" if scheduling else sentence.text[words[first].start:verb.end], sentence)
                if dates:
                    agreement.planned_for = Fact(dates[0].date, sentence, f"«{dates[0].text}»")
                elif DURING_THE_VISIT.search(sentence.text) and (visit := next((e for e in reversed(self.drafts.events) if e.kind is EventKind.visit
                                                                               and e.planned and e.date is not None), None)) is not None:
                    # "… визит … запланирован на октябрь. В ходе визита стороны планируют подписать Дорожную карту …": then
                    assert visit.date is not None
                    agreement.planned_for = Fact(visit.date.value, visit.date.sentence, f"the date of {visit.name.value}, during which it is to be signed")
            year = YEAR_AFTER_NAME.match(sentence.text, words[at].end, following)
            if year is not None and not planned:
                # "ранее заключенные соглашения — Договор о вечной дружбе (1997 год) и …": the year after its name is its own
                agreement.date_signed = Fact(PartialDate(int(year.group("year"))), sentence, f"«{year.group('said')}» after its name")
            self._when_and_where(agreement, sentence, words, names, dates)
            # (of documents named one after another, who signed each is named after it, before the next: "подписаны Соглашение о …
            # (подписали министр … и министр …), Меморандум о … – глава … и председатель …"; who is named before the first signed
            # them all)
            first = min(words[i].start for _, i in documents)
            self._add_signatories(agreement, sentence, words, names if len(documents) == 1 else [
                n for n in names if n.start < first or words[at].start <= n.start < following])
            self._signed_by_the_heads_of_delegations(agreement, sentence)
            event = next(iter(self._events.values()), None) if self._events else None
            if event is not None and _could_be_signed_at(agreement, event):
                agreement.event = Fact(event, sentence)
            if listed_in is not None:
                agreement.part_of = listed_in
            self.drafts.agreements.append(agreement)
            self._last = agreement
            if said is not None:
                self._subjects[id(agreement)] = said

    def _state_of_chamber(self, text: str) -> str | None:
        """The state of the chamber of parliament the text names first ("Жогорку Кенешем": Kyrgyzstan), where it is one state's."""
        chamber = chamber_in_russian(text)
        return self.names.resolve(chamber[1], ("country",)) if chamber else None

    def _ratified_it(self, agreement: DraftAgreement, sentence: Sentence, words: list[Word], verbs: list[tuple[int, Word]], index: int,
                     dates: list[DateInRussian]) -> None:
        """"Соглашение … было подписано в Душанбе в октябре 2025 года, а на прошлой неделе Маджлиси намояндагон ратифицировал
        его", "…; его ратифицировал Жогорку Кенеш": the document signed, then ratified in a clause of its own, which tells of it by
        a pronoun; by the chamber's state, on that clause's date."""
        later = next(((i, w) for i, w in verbs if i > index and w.lemma in RATIFIED and w.feats.get("VerbForm") == "Fin"
                      and any(x.lemma in ("он", "она") and x.feats.get("Case") == "Acc" for x in words[max(index + 1, i - 4):i + 3])), None)
        if later is None or self._negated(words, later[0]) or self._modal(words, later[0]) or _future(later[1]):
            return
        at, verb = later
        begin = max((w.end for w in words[index + 1:at] if w.text in (",", ";")), default=verb.start)
        agreement.ratified = Fact(verb.text, sentence)
        state = self._state_of_chamber(sentence.text[begin:])
        agreement.ratified_by = [state] if state else []
        day = next((d for d in dates if d.start >= begin), None)
        agreement.ratified_on = Fact(day.date, sentence, f"«{day.text}»") if day else None
        signed = next((d for d in dates if d.start < begin), None)  # (the signing's clause dates the signing)
        if signed is not None and agreement.date_signed is None:
            agreement.date_signed = Fact(signed.date, sentence, f"«{signed.text}»")

    def _told_again_of(self, told: list[DraftAgreement], said: Subject | None, sentence: Sentence, words: list[Word], at: int,
                       verb: Word) -> DraftAgreement | None:
        """Which of the documents of the kind read before (`told`, the last first) the document at `at` may be, told again:
        where the sentence says what it is on (`said`), the one on that, in the same words or others ("… соглашение о
        сотрудничестве в области энергетики", then "… соглашение о взаимной защите инвестиций": two), else the last if it was on
        nothing said; where it says nothing, the one whose words name a company in quotation marks the sentence names
        ("Инвестиционное соглашение скрепили подписями директор ООО «Фергана Мотор» …", after a list whose fourth item is
        between «Фергана Мотор» and another), else the last."""
        if said is not None:
            return next((a for a in told if _same_subject(self._subjects.get(id(a)), said) or (
                id(a) not in self._subjects and _subject_told_in(a.statement.text, words, at))), None) or next(
                (a for a in told[:1] if id(a) not in self._subjects), None)
        around = sentence.text[:words[at].start] + sentence.text[verb.end:]
        return next((a for a in told if _names_a_quoted_name_of(a.statement.text, around)), None) or next(iter(told), None)

    def _title(self, agreement: DraftAgreement, sentence: Sentence, words: list[Word], kind: AgreementKind, at: int,
               one_of: tuple[int, int] = (1, 0)) -> None:
        """The document's title in English, where the glossary of russian_titles puts the words after its noun ("соглашение
        о сотрудничестве в области энергетики" → "Agreement on cooperation in the field of energy"); of the documents of one
        plural noun (`one_of`: how many, and which this is), each its own subject or field ("Agreement in the field of
        transport")."""
        if any(w.text in "«»“”\"" for w in words[at + 1:at + 3]):
            # "декларацию «О Транскаспийском коридоре …»": its name in quotation marks, read as the words after the noun
            words = [w for i, w in enumerate(words) if i <= at or w.text not in "«»“”\""]
        size = next((len(lemmas) for lemmas, _ in DOCUMENTS if tuple(w.lemma for w in words[at:at + len(lemmas)]) == lemmas), 1)
        count, nth = one_of
        subjects = english_subjects(words, at, size, self.english.state_of_word) if count > 1 else []
        about = english_title(words, at, size, self.english.state_of_word) if count == 1 else subjects[nth] if len(subjects) == count else None
        meeting = next((i for i in range(at + size, min(at + size + 2, len(words))) if words[i].lemma in ("заседание", "сессия", "встреча")), None)
        if about is None and kind in (AgreementKind.protocol, AgreementKind.minutes) and meeting is not None and (
                record := self.english.meeting_name(words, meeting)) is not None:
            about = f"of the {record}"  # "протокол 15-го заседания межправительственной комиссии": the record of that meeting
        city = self.english.city_of_adjective(words[at - 1]) if at > 0 else None
        if about is not None or city is not None:
            head = HEADS_IN_ENGLISH.get(kind) or kind.value.capitalize()
            if city is not None:  # "Будапештская декларация …": the Budapest Declaration
                head = f"{city} {head}"
            agreement.title = Fact(f"{head} {about}" if about else head, sentence, "descriptive: the Russian text's words for it, in English")

    def _by_topic(self, sentence: Sentence, words: list[Word], names: list[Name], dates: list[DateInRussian], status: str, verb: Word,
                  planned: bool) -> bool:
        """"Подписаны документы о сотрудничестве в области энергетики, о транзите и о туризме": one document for each subject
        the glossary puts in English (two or more), of no kind the text gives; False where the sentence is not of that shape."""
        plural = next((i for i, w in enumerate(words) if w.lemma == "документ" and w.feats.get("Number") == "Plur"
                       and w.feats.get("Case") in ("Nom", "Acc") and i + 1 < len(words) and words[i + 1].lemma in ("о", "об")), None)
        subjects = english_subjects(words, plural, 1, self.english.state_of_word) if plural is not None else []
        if len(subjects) < 2:
            return False
        package = self.drafts.last_package()
        for subject in subjects:
            agreement = DraftAgreement(Fact(AgreementKind.other.value, sentence), sentence, planned=planned)
            agreement.evidence_of.append(sentence)
            agreement.title = Fact(f"Document {subject}", sentence, "descriptive: the Russian text's words for it, in English")
            if status == "approved" and not planned:
                agreement.approved = Fact(verb.text, sentence)
            self._parties(agreement, sentence, names)
            self._when_and_where(agreement, sentence, words, names, dates)
            agreement.part_of = package
            self.drafts.agreements.append(agreement)
            self._last = agreement
        return True

    def _package(self, sentence: Sentence, match: re.Match[str], names: list[Name], dates: list[DateInRussian], planned: bool) -> None:
        """A package the sentence counts ("более 30 документов": at least 31), between the countries it names or else those of
        the visit told of before, dated by the sentence or else by the date the report gave before."""
        package = DraftAgreement(Fact(AgreementKind.package.value, sentence), sentence, is_package=True, planned=planned)
        package.evidence_of.append(sentence)
        written = (match.groupdict().get("count") or match.groupdict().get("of") or "").lower()  # none for an uncounted package
        number = int(written) if written.isdigit() else RUSSIAN_NUMBERS.get(written)
        bound = (match.groupdict().get("bound") or "").lower()
        count = as_counted(number, BOUNDS.get(bound, bound and "about")) if number else None  # "около 30": no count
        if count is not None:
            package.documents = Fact(count, sentence, f"«{match.group(0)}»")
        # (the names before the documents it includes, each with its own sides: "подписаны 14 документов, в том числе Соглашение
        # между …, Меморандум между …")
        including = INCLUDING_RU.search(sentence.text, match.end())
        self._parties(package, sentence, names, (0, including.start()) if including else None)
        visit = [c for c, where in self._visit_countries if where is sentence]
        talks = [c for c, where in self._talks_countries if where is sentence]
        if len(visit) == 2 and {party_key(p.value) for p in package.parties} < set(visit):  # (a new body's name is no state of the visit)
            # "Токаев завершил государственный визит в Ташкент, в ходе которого были подписаны важные документы": the visit's two
            package.parties = self._of_the_visit("the countries of the visit during which they were signed")
        elif len(talks) == 2 and {party_key(p.value) for p in package.parties} < set(talks):
            # "по итогам официальных переговоров премьер-министра Республики Таджикистан … и первого вице-президента Исламской
            # Республики Иран … были подписаны четыре новых документа": the two states of the talks (a name within the talks'
            # words is none of the package's own, and only one of them may lie outside those words)
            package.parties = [Fact(c, sentence, "the states of the heads whose talks the sentence tells of") for c in talks]
        if not package.parties and re.search(r"(?i)многосторонн|\bсаммит|\bлидер\w*\s+стран|\bглав\w*\s+государств", sentence.text):
            # "По итогам саммита подписан ряд многосторонних документов": the summit's states, not the visit's two ("По итогам
            # встречи лидеры стран подписали ряд важных документов", after the meeting of the heads of state of Central Asia)
            summit = next((e for e in reversed(self.drafts.events) if not e.planned and e.kind != EventKind.visit), None)
            if summit is not None:
                package.parties = [Fact(c, summit.name.sentence, f"a state of Central Asia, whose heads {summit.name.value} names")
                                   for c in self.region_countries(summit.name.sentence.text)]
        if not package.parties and self._visit_countries:
            # (also where the heads' presence named no summit's states: "в присутствии глав государств подписаны 14 документов",
            # after a visit)
            package.parties = self._of_the_visit("the countries of the visit told of before")
        elif not package.parties and self._talks_countries and re.search(r"(?i)\b(?:встреч|переговор|визит|двум\w*\s+стран|двух\s+стран|сторон)", sentence.text):
            # "На встрече были подписаны 13 … соглашений … между двумя странами", after the two presidents' talks ("Всего в ходе
            # государственного визита … подписано более 15 … документов": the visit of one of them, whose talks were told of)
            package.parties = [Fact(c, where, "the states of the heads whose talks were told of before") for c, where in self._talks_countries]
        pair = next((m for w in self._words if (m := STATE_ADJECTIVE.fullmatch(w.lemma.replace("ё", "е")))
                     and m.group("first") in STATE_ADJECTIVES and m.group("second") in STATE_ADJECTIVES), None)
        if not package.parties and pair is not None and re.search(r"(?i)\bсторон", sentence.text):
            # "прошел Казахстанско-венгерский бизнес-форум, по итогам которого стороны подписали ряд … документов": the two states
            # of the occasion's adjective
            package.parties = [Fact(c, sentence, "the states of the occasion the sentence names by their adjectives") for c in (
                self.actors.finder.demonyms.get(self.names.rules.key(STATE_ADJECTIVES[pair.group(side)])) for side in ("first", "second")) if c]
        self._when_and_where(package, sentence, self._words, names, dates)
        self.drafts.agreements.append(package)

    def _of_the_visit(self, note: str) -> list[Fact]:
        """The visitor's state and the state visited, of the last visit told of, as parties (`note` says why)."""
        return [Fact(c, where, note) for c, where in self._visit_countries]

    def _ministry_of_field(self, words: list[Word], at: int, reach: int) -> tuple[str, int | None] | None:
        """The ministry the word at `at` names by the field the glossary reads in the words after it, up to `reach` words on
        ("министерствами иностранных дел …" → "Ministry of Foreign Affairs"), and where the field's words end (the next word's
        offset, None at the sentence's end); None where it reads no field."""
        field = next((units for j in range(min(len(words), at + reach), at + 1, -1)
                      if (units := self.english.units(words, at + 1, j)) is not None and all(role != "name" for _, role in units[0])), None)
        if field is None:
            return None
        return "Ministry of " + " ".join(unit for unit, _ in field[0]), words[field[1]].start if field[1] < len(words) else None

    def _sides_named(self, sentence: Sentence, words: list[Word], names: list[Name]) -> list[Fact]:
        """The sides "со стороны …" names, where it names them: a company in quotation marks ("со стороны компании «Кыргыз
        Смарт Энерджи»"), a state's ministry by its field ("со стороны министерства энергетики Узбекистана") or a state ("со
        стороны Кыргызстана"); not a side named only by its kind ("со стороны министерства документ подписал …")."""
        sides: list[Fact] = []
        for side in re.finditer(r"(?i)\bсо\s+стороны\s+", sentence.text):
            company = QUOTED_COMPANY.match(sentence.text, side.end())
            at = next((i for i, w in enumerate(words) if w.start >= side.end()), None)
            value: object = None
            end = side.end()
            if company is not None and CYRILLIC.search(company["name"]):
                written = self.english.company(company["name"])
                value = self.actor(Mention(written, company.start("name"), company.end("name"), self.names.resolve(written, PARTY_KINDS), "company", "new"), sentence)
                end = company.end()
            elif at is not None and words[at].lemma == "министерство" and words[at].feats.get("Number") != "Plur":
                field = self._ministry_of_field(words, at, 5)
                after = field[1] if field is not None else None
                place = next((n for n in names if n.kind == "LOC" and n.start == after and self.english.state(n)), None)
                state = self.english.state(place) if place is not None else None
                if field is not None and place is not None and state is not None:
                    value = self.actors.body_of(state, field[0], sentence)
                    end = place.end
            elif at is not None:
                place = next((n for n in names if n.kind == "LOC" and n.start == words[at].start and self.english.state(n)), None)
                value, end = (self.english.state(place), place.end) if place is not None else (None, end)
            if value is not None and not any(p.value == value for p in sides):
                sides.append(Fact(value, sentence, f"«{sentence.text[side.start():end]}» in the Russian text"))
        return sides

    def _the_two_states(self, agreement: DraftAgreement) -> list[str]:
        """The two states "двух стран" are: those of the visit, else of the talks, else of the last document between two
        states told of before (none where the report gives no such two)."""
        if len(self._visit_countries) == 2:
            return [c for c, _ in self._visit_countries]
        if len(self._talks_countries) == 2:
            return [c for c, _ in self._talks_countries]
        told = next((a for a in reversed(self.drafts.agreements) if a is not agreement and len(a.parties) == 2 and all_states(self.dataset, a.parties)), None)
        return [str(p.value) for p in told.parties] if told is not None else []

    def _parties(self, agreement: DraftAgreement, sentence: Sentence, names: list[Name], clause: tuple[int, int] | None = None,
                 words: list[Word] | None = None) -> None:
        """Countries, bodies and companies the sentence (or its `clause`) names, in their normal form, linked through
        accords.names; the states of Central Asia where it names them as a whole ("лидеры стран Центральной Азии")."""
        words = self._words if words is None else words  # (the words of the sentence read, unless the sides are another's)
        first, last = clause or (0, len(sentence.text))
        names = [n for n in names if first <= n.start < last]
        both = THE_TWO_BODIES.search(sentence.text, first, last)
        if both is not None:
            # "Два министерства также подписали протокол …": the two ministries of the document told of before
            body = {"банка": r"\bBank\b", "компании": r"^(?!Ministry|Government|Cabinet|Agency)"}.get(
                both["what"].casefold(), r"^(?:Ministry|Agency|State Committee|Committee)\b")  # (of "министерства", "ведомства": a ministry)
            told = next((a for a in reversed(self.drafts.agreements) if a is not agreement and not a.planned
                         and len([p for p in a.parties if re.search(body, display(self.dataset, p.value))]) == 2), None)
            if told is not None:
                agreement.parties = [Fact(p.value, sentence, f"«{both.group(0).strip()}»: the two of the document told of before")
                                     for p in told.parties if re.search(body, display(self.dataset, p.value))]
                return
        spans = self._event_spans(words)
        outside = "".join(" " if any(a <= i < b for a, b in spans) or not first <= i < last else c for i, c in enumerate(sentence.text))
        for country in self.region_countries(outside):
            if not any(p.value == country for p in agreement.parties):
                agreement.parties.append(Fact(country, sentence, "a state of Central Asia, which the sentence names as a whole"))
        dateline = DATELINE.match(sentence.text)
        within = dateline.end() if dateline else 0  # where the body last named ends (its country and its name in quotation marks are part
        # of it); a dateline's names are no parties ("АСТАНА/Trend/ -")
        # (and "Министерства энергетики Азербайджана и Узбекистана подписали", first in its clause before a plural verb, which
        # natasha may read as a genitive singular)
        # (or followed by its field and "двух стран" before a plural verb: "В ходе заседания министерства сельского хозяйства двух
        # стран подписали …", which natasha may read as the meeting's ministry, a genitive)
        ministries_at = next((i for i, w in enumerate(words) if w.lemma == "министерство" and first <= w.start < last and (
            w.feats.get("Number") == "Plur" or w.text.lower() == "министерства" and (
                i == 0 or words[i - 1].pos == "PUNCT" or OF_THE_TWO_AFTER_A_FIELD.match(sentence.text, w.end))
            and any(v.pos == "VERB" and v.feats.get("Number") == "Plur" for v in words[i + 1:]))), None)
        if ministries_at is not None:
            # "между министерствами иностранных дел Таджикистана и КНР": each state's ministry of that field
            field = self._ministry_of_field(words, ministries_at, 4)
            after = field[1] if field is not None else None
            states = [c for n in names if n.kind == "LOC" and after is not None and n.start >= after and (c := self.english.state(n))][:4]
            two = re.compile(r"\s*(?:двух|обеих)\s+(?:стран|государств)\b").match(sentence.text, after) \
                if field is not None and after is not None and len(states) < 2 else None
            if two is not None:
                # "между министерствами иностранных дел двух стран", after the visit; "министерства сельского хозяйства двух стран",
                # after the commission's protocol of the two
                states = self._the_two_states(agreement) or states
            if field is not None and len(states) > 1:
                body = field[0]
                for state in dict.fromkeys(states):
                    value = self.actors.body_of(state, body, sentence)
                    if not any(p.value == value for p in agreement.parties):
                        agreement.parties.append(Fact(value, sentence, f"«{words[ministries_at].text} …» of the states named"))
                return
        the_two = BETWEEN_THE_TWO.search(sentence.text, first, last)
        if the_two is not None and (states := self._the_two_states(agreement)):
            # "Соглашения между правительствами двух стран": the two states the report is about
            agreement.parties = [Fact(c, sentence, f"«{the_two.group(0)}»: the two states told of before") for c in states]
            return
        between = BETWEEN_RU.search(sentence.text, first, last)
        if between and len([n for n in names if n.start > between.end() and n.kind != "PER"]) > 1:
            names = [n for n in names if n.start > between.end()]  # "между A и B": the parties are those two, not the visitor's state before
        for name in names:
            following = next((n for n in names if n.start >= name.end), None)
            if name.kind in ("LOC", "ORG") and len(name.normal.split()) == 1 and following is not None and not sentence.text[name.end:following.start].strip() \
                    and self.english.regional_body(words, following) is not None:
                continue  # "Акимат", tagged alone (as a body or a place), of "Акимат Восточно-Казахстанской области": the first word of the body named next
            # (before the body just read, whose name the tagger may take on over it: "Правительством города" then "Сеула")
            regional = self.english.regional_body(words, name) if name.kind in ("LOC", "ORG") and not any(
                a <= name.start < b for a, b in spans) and (dateline is None or name.start >= dateline.end()) else None
            if regional is not None:
                # "между акиматом Павлодарской области и Правительством Омской области": the regions' administrations
                if not TELLS.search(sentence.text[:name.start]):
                    in_english, iso2 = regional
                    record = self.names.resolve(in_english, PARTY_KINDS)
                    value = self.actor(Mention(in_english, name.start, name.end, record, "government-body", "name" if record else "new",
                                               self.dataset.country_by_iso2.get(iso2) if iso2 else None), sentence)
                    if not any(p.value == value for p in agreement.parties):
                        agreement.parties.append(Fact(value, sentence, f"«{name.text}» and the word before it in the Russian text"))
                continue
            if name.kind == "PER" or any(a <= name.start < b for a, b in spans) or name.start < within:
                continue  # a person, or a name within a meeting's ("на четвертой Консультативной встрече лидеров стран …")
            if REPORTED_BY.search(sentence.text[:name.start]):
                continue  # "…, сообщает сегодня ИА «Дунё»": who reports it, not a party
            if name.kind != "PER" and all(w.pos == "ADJ" for w in words if name.start <= w.start < name.end) and " " not in name.text:
                continue  # "Урумчийским" of "Урумчийским коммерческим банком «Тяньшань»", read as a body alone: an adjective names no one
            if UNDER.search(sentence.text[:name.start]):
                continue  # "Агентством по продвижению экспорта при Министерстве …", "При поддержке Министерства …": whose the body is, or who supports
            if name.kind == "LOC" and self._towards(words, name) and any(
                    w.lemma in SHIPPING for w in [w for w in words if w.end <= name.start][-5:]):
                continue  # "контракт на поставку концентрата в Германию": where goods go, not a side (but "визита … в Узбекистан": the host)
            if self.names.resolve(name.text, ("publisher",)) or self.names.resolve(name.normal, ("publisher",)):
                continue  # "КАЗИНФОРМ – Сегодня … подписан контракт" (its dateline's city a sentence of its own): a publisher, never a party
            if name.kind == "LOC" and self._of_a_body(words, name):
                continue  # "… и Министерством промышленности, горнодобывающей промышленности и торговли Исламской Республики Иран": whose
            abbreviated = self.english.state(name) if name.text in STATE_ABBREVIATIONS else None  # "КР" is Kyrgyzstan, not KR (Korea)
            record = abbreviated or self.names.resolve(name.normal, PARTY_KINDS) or self.names.resolve(name.text, PARTY_KINDS) or (
                self.english.state(name) if name.kind == "LOC" else None)  # "Кыргызской Республики"
            if record is None and name.kind == "LOC" and any(w.feats.get("Case") == "Nom" for w in words if w.start == name.start) \
                    and not ROUTE.search(sentence.text[max(0, name.start - 3):name.end + 3]):  # (not "линии Ташкент – Самарканд": a route)
                # "Ашхабад и Баку подписали …": the states whose capitals sign, as wire prose names them
                record = next((capital_of for form in _nominatives(name) if (capital_of := self.actors.state_of_capital(form))), None)
            before = [w for w in words if w.end <= name.start][-1:]
            if name.kind == "LOC" and before and (before[0].lemma.startswith("доллар") or (before[0].text in QUOTES and all(
                    w.feats.get("Case") == "Gen" for w in words if name.start <= w.start < name.end))):
                continue  # "долларов США" is a currency; "с компанией «CNPC …» Китайской Народной Республики" whose company
            if name.kind == "LOC" and re.search(r"[»\"”A-Za-z.]\s*\(\s*$", sentence.text[:name.start]) and re.match(r"\s*\)", sentence.text[name.end:]):
                continue  # "компанией «Gulf Meridian Trading LLC» (Объединенные Арабские Эмираты)", "компания Xinhe … Group (КНР)": whose
                # the company is, in brackets
            if SUBSIDIARY_OF.search(sentence.text, first, name.start):
                continue  # "АО «Казтау Металл», дочерняя организация АО «Кенорда», и …": whose subsidiary signs, not a party
            of_state = GOVERNMENT_OF.match(name.normal)
            if record is None and of_state:
                # "Правительством Республики Казахстан", tagged as one name (of a body or of a place): the government signs for its state
                record = self.english.state(dataclasses.replace(name, normal=of_state.group("state")))
            if record is None and name.kind == "LOC" and not self._a_place(words, name) and (
                    other := self.english.unrecorded_state(name)) is not None:
                # "между Республикой Узбекистан и Республикой Беларусь": a state the dataset has no record of, a new country
                value = self.actor(Mention(other, name.start, name.end, None, "new-country", "new"), sentence, None)
                if not any(p.value == value for p in agreement.parties):
                    agreement.parties.append(Fact(value, sentence, f"«{name.text}» in the Russian text, a state the data has no record of"))
                continue
            if record is None and name.kind == "LOC" and (union := self.english.body(words, name, names)) is not None \
                    and re.search(r"\bUnion$", union[0]):
                name = dataclasses.replace(name, kind="ORG")  # "Европейским союзом", tagged as a place: the European Union
            if record is None and (name.kind != "ORG" or re.fullmatch(r"[А-ЯЁA-Z]{1,4}", name.text)):
                continue  # "ЦА" (Central Asia), a place, a short name the dataset does not know: not a party
            english = None
            if record is None:
                found = self.english.body(words, name, names)
                if found is None:
                    # a body the glossary cannot name in English: the contributor names it, and a country in the genitive
                    # just after it is whose it is ("Агентством по инвестициям Узбекистана"), not a party; not one after
                    # "и" or a comma, which is another party ("… Казахстан и Правительством Кыргызской Республики")
                    whose = [n for n in names if n.kind == "LOC" and 0 <= n.start - name.end <= 30
                             and not re.search(r",|\bи\b", sentence.text[name.end:n.start])]
                    # (its first word in the genitive: "Республики Корея", whose "Корея" the tagger reads as a nominative)
                    if whose and next((w.feats.get("Case") for w in words if w.start >= whose[0].start), None) == "Gen":
                        within = whose[0].end
                    continue
                english, within = found
                if english in ("Cabinet of Ministers", "Government") or english in BARE_HEADS:
                    continue  # "Кабинет министров … одобрил": a government whose state the sentence does not name, no body of its own
                    # (nor "Министерства", a body's word alone: no one's name)
                body_and_state = body_of_state(self.names, english)  # "… of Russian Federation": the record under any of the state's names
                record = self.names.resolve(english, PARTY_KINDS) or (next(
                    (known for named in names_of_body(self.names, body_and_state[1], body_and_state[0])
                     if (known := self.names.resolve(named, PARTY_KINDS))), None) if body_and_state else None)
                government = re.fullmatch(r"(?:Government|Cabinet of Ministers) of (?:the )?(?P<state>.+)", english)
                if record is None and government:  # "Правительством Кыргызстана" signs for Kyrgyzstan: the country, as in English
                    record = self.names.resolve(government.group("state"), COUNTRY)
            kind_of = self.dataset.kind(record) if record else "organisation"
            if kind_of is None or self._a_place(words, name) or self._a_subject(sentence.text, name):
                continue
            if kind_of != "country" and self._of_an_office(words, name) and english and (office_state := body_of_state(self.names, english)):
                # "премьер Государственного совета Китая Ли Цян": China's premier, so China (not its State Council) is the party
                if not any(p.value == office_state[1] for p in agreement.parties):
                    agreement.parties.append(Fact(office_state[1], sentence, f"the state of «{name.text}», whose office signs"))
                continue
            if kind_of != "country" and (self._in_title(words, name) or self._of_an_office(words, name)):
                continue
            if agreement.ratified is not None and kind_of != "country" and name.start < self._ratified_at:
                continue  # "Сенат Казахстана ратифицировал …": who ratified, not a party (its country is)
            if kind_of != "country" and TELLS.search(sentence.text[:name.start]):
                continue  # "сообщили в пресс-службе Росатома", "по данным Минэнерго": who tells of it, not a party
            if kind_of != "country" and name.normal.split()[0].casefold() in PARLIAMENTS:
                continue  # "Сенат Узбекистана … одобрил договор": a parliament approves its state's documents, and signs none
            mention = Mention(english or name.normal, name.start, name.end, record, kind_of, "name" if record else "new")
            value = self.actor(mention, sentence, None)
            if not any(p.value == value for p in agreement.parties):
                agreement.parties.append(Fact(value, sentence, f"«{name.text}» in the Russian text"))
        for company in [*LATIN_COMPANY.finditer(sentence.text, first, last), *FORMED_COMPANY.finditer(sentence.text, first, last)]:
            # "с компанией Masdar": a company named in Latin letters, which natasha does not tag
            written = company.group("name").rstrip(".")  # not the sentence's full stop
            if SUBSIDIARY_OF.search(sentence.text, first, company.start()):
                continue
            self._add_company(agreement, sentence, written, (company.start("name"), company.start("name") + len(written)), company.group(0))
        for company in QUOTED_COMPANY.finditer(sentence.text, first, last):
            if not CYRILLIC.search(company["name"]) or (dateline and company.start() < dateline.end()) or self._a_subject(sentence.text, Name(
                    "ORG", company["name"], company["name"], company.start("name") - 1, company.end("name"))) or TELLS.search(sentence.text[:company.start()]) \
                    or SUBSIDIARY_OF.search(sentence.text, first, company.start()):
                continue
            self._add_quoted_company(agreement, sentence, company)
        if agreement.parties:
            return
        earlier = [a for a in reversed(self.drafts.agreements) if a is not agreement and a.parties and not a.planned]
        if earlier and re.search(r"\bсторон(?:ы|ами)?\b", sentence.text, re.IGNORECASE):
            # "стороны подписали …": the sides of the document before, the states of the last between states where there is one
            # (not the two ministries of a memorandum listed last)
            sides = next((a for a in earlier if all(isinstance(p.value, str) and self.dataset.kind(p.value) == "country" for p in a.parties)), earlier[0])
            agreement.parties = [Fact(p.value, sentence, "the sides of the document told of before") for p in sides.parties]
            return
        if earlier and agreement.kind.value != AgreementKind.contract.value and ADDITIONALLY.match(sentence.text):
            # "Кроме того, в присутствии глав государств были подписаны соглашение … и меморандум …": of the states of the
            # document just before (a contract is a company's, whoever signed before)
            agreement.fallback_parties = [Fact(p.value, p.sentence, "the states of the document reported just before, which this one adds to")
                                          for p in earlier[0].parties if isinstance(p.value, str) and self.dataset.kind(p.value) == "country"]
            return
        signed = next((a for a in earlier if a.signatories), None)
        # (not who tells of it: "По словам Бауыржана Ермекова, соответствующее соглашение … планируется подписать …")
        verb = _signing_verb(words)
        people = [n for n in names if n.kind == "PER" and not re.search(r"(?i)\bпо\s+словам\s+(?:[\w-]+\s+){0,6}$", sentence.text[:n.start])
                  and not _before_a_signing_participle(verb, n)]
        named = list(dict.fromkeys(self.english.new_person(n).split()[-1].casefold() for n in people if not _present(words, n)))
        present = list(dict.fromkeys(self.english.new_person(n).split()[-1].casefold() for n in people if _present(words, n)))
        if signed is not None and (named or present):
            signers = {display(self.dataset, s[0].value).split()[-1].casefold(): s for s in signed.signatories}
            if set(named or present) <= set(signers):
                # "всего Алиев и Жапаров подписали десять документов": those who signed the document before, for the same states;
                # "В присутствии Мишустина и Ли Цяна были подписаны восемь документов": they witness, for the same states
                agreement.parties = [Fact(p.value, sentence, "those whom its signatories sign for in the document told of before") for p in signed.parties]
                agreement.signatories += [(Fact(signers[n][0].value, sentence), signers[n][1], signers[n][2]) for n in named
                                          if not any(s[0].value == signers[n][0].value for s in agreement.signatories)]
                agreement.witnesses += [Fact(signers[n][0].value, sentence) for n in present
                                        if not any(w.value == signers[n][0].value for w in agreement.witnesses)]

    def _when_and_where(self, agreement: DraftAgreement, sentence: Sentence, words: list[Word], names: list[Name],
                        dates: list[DateInRussian]) -> None:
        if agreement.planned:
            return  # a plan has no signing date
        ratifying = agreement.ratified is not None and agreement.ratified.sentence is sentence
        if PARLIAMENT_ACT.search(sentence.text) and not ratifying:
            return  # "Документ был принят Жогорку Кенешем 30 октября": the day of a parliament's act on it, not of its signing
        if ratifying or re.search(r"(?i)\bратифицир|\bзакон\w*\s+(?:\S+\s+){0,4}?[«\"“]?о\s+ратификации", sentence.text):
            # a ratification's sentence ("подписан закон … «О ратификации Соглашения …»"): only the date the participle gives
            # the signing ("… договора, подписанного 13 марта 2025 года", "Договор …, совершенный в Астане 19 апреля 2024 года",
            # "соглашение … от 25 декабря 2003 года"), not its own (ratified_on) nor the sentence before's
            dates = [d for d in dates if SIGNED_ON.search(sentence.text[:d.start])]
            if not dates:
                return
        # (not a date of a clause about something else: "Соглашение о …, подписание которого запланировано на декабрь, …"; but
        # "контракт на транзит, который в прошлую пятницу в Москве подписали …", whose clause tells the signing)
        dates = [d for d in dates if not any(a <= d.start < b and not any(w.lemma in SIGNED and a <= w.start < b for w in words)
                                             for a, b in self._about)]
        if dates and (agreement.date_signed is None or (agreement.date_signed.note or "").startswith("the date the sentence before gives")):
            # (its own date, told after it, before the one the sentence before gave: "Церемония подписания состоялась в среду")
            agreement.date_signed = Fact(dates[0].date, sentence, f"«{dates[0].text}»")
        elif dates and agreement.date_signed is not None and _within(dates[0].date, agreement.date_signed.value):
            # "… заседания …, проходящего 25–27 июня …, подписано соглашение", then "Подписание состоялось во вторник": that day
            agreement.date_signed = Fact(dates[0].date, sentence, f"«{dates[0].text}», within «{agreement.date_signed.value.display()}»")
        elif agreement.date_signed is None and self._earlier_date is not None:
            # "Сегодня, 21 июля, … приняты итоговые документы. … подписали договор …": the date of the report's occasion
            earlier, where = self._earlier_date
            day = _day_of(earlier.date, sentence.text)
            # ("форуме, проходившем 6–7 октября" then "Центральным событием второго дня форума стало подписание …": 7 October)
            agreement.date_signed = Fact(day[0], sentence, f"«{day[1]}» of «{earlier.text}»") if day else \
                Fact(earlier.date, where, f"the date the sentence before gives («{earlier.text}»)")
        place = self._place(words, names)
        if place and agreement.place is None:
            agreement.place = Fact(place, sentence, "a city of the Russian text, as GeoNames names it")

    # --- Grammar of the verb ---------------------------------------------------------------------------

    @staticmethod
    def _negated(words: list[Word], index: int) -> bool:
        # (and "подписано не было", the negation after a participle; "подписать не смогли", "подписать так и не удалось", after
        # an infinitive)
        if words[index].feats.get("VerbForm") == "Inf":
            after = [w.lemma for w in itertools.takewhile(lambda w: w.text not in (",", ";", ":", ".", "—", "–"), words[index + 1:])]
            # (or "подписывать ее пока не стали": did not go on to sign it)
            if any(a in NEGATIONS and b in ("смочь", "мочь", "удаться", "суметь", "успеть", "стать") for a, b in itertools.pairwise(after)):
                return True
        return any(w.lemma in NEGATIONS for w in words[max(0, index - 2):index]) or (
            words[index].feats.get("VerbForm") == "Part" and index + 2 < len(words)
            and words[index + 1].lemma in NEGATIONS and words[index + 2].lemma == "быть")

    @staticmethod
    def _modal(words: list[Word], index: int) -> bool:
        # (and "подписать могут", a modal after the infinitive; and a step told under a condition, "…, если Кабинет министров
        # одобрит …": "если" opens the verb's clause)
        clause = list(itertools.takewhile(lambda w: w.text not in (",", ";", ":", "–", "—"), reversed(words[:index])))
        return any(w.lemma in MODALS for w in words[max(0, index - 3):index]) or (
            words[index].feats.get("VerbForm") == "Inf" and index + 1 < len(words) and words[index + 1].lemma in MODALS) or any(
            w.lemma == "если" for w in clause)

    @staticmethod
    def _planned(words: list[Word], index: int, what_was_expected: bool = True) -> bool:
        """'подпишут', 'будет подписан', 'планируется подписать', 'ожидается подписание' (and, unless `what_was_expected`
        is False, 'ожидалось подписание': a meeting at which a signing was expected is no meeting to come)."""
        verb = words[index]
        if verb.feats.get("Tense") == "Fut":
            return True
        before = words[max(0, index - 4):index]
        if any(w.lemma == "быть" and _future(w) for w in before) or any(
                w.lemma in PLANNING and (what_was_expected or w.feats.get("Tense") != "Past") for w in before):
            return True
        # an infinitive further from its planning word, with no comma between: "компании намерены до конца текущего года
        # подписать соглашение"
        wider = list(itertools.takewhile(lambda w: w.text not in (",", ";", ":"), reversed(words[max(0, index - 8):index])))
        return verb.feats.get("VerbForm") == "Inf" and any(w.lemma in PLANNING for w in wider)

    # --- Arguments ------------------------------------------------------------------------------------

    def _documents(self, words: list[Word]) -> list[tuple[AgreementKind, int]]:
        """The documents a sentence's verb is done to: in the nominative or accusative ("подписан договор", "одобрить
        Концепцию …, Региональную программу … и дорожную карту …"), not those it speaks of ("в рамках соглашения");
        the first where the grammar says neither. "Приняли решение одобрить" is a decision to act, and "примет решение." one
        to come with nothing it is on: not documents."""
        found: list[tuple[AgreementKind, int, str]] = []
        taken: set[int] = set()
        for lemmas, kind in DOCUMENTS:
            for i in range(len(words) - len(lemmas) + 1):
                if i in taken or tuple(w.lemma for w in words[i:i + len(lemmas)]) != lemmas:
                    continue
                # its head: the last word ("дорожную карту"), or the first noun where the words after it are its genitive ("План
                # действий": one plan, though "действий" is plural)
                head = next((w for w in words[i:i + len(lemmas) - 1] if w.pos in ("NOUN", "PROPN") and w.feats.get("Case") != "Gen"
                             and words[i + len(lemmas) - 1].feats.get("Case") == "Gen"), words[i + len(lemmas) - 1])
                # an item of a list after a comma or dash ("… документов - планы …, соглашения о …, меморандумы"): its own noun
                # phrase, in the nominative, where natasha reads "соглашения" as a genitive singular
                listed_item = i > 0 and words[i - 1].text in (",", "-", "—", "–") and head.feats.get("Case") == "Gen" and head.text.lower().endswith(("ия", "ы", "и"))
                if i > 0 and words[i - 1].lemma in ("организация", "организации"):
                    continue  # "Организации договора о коллективной безопасности": an organisation's name, not a treaty
                if any(j < i and any(w.lemma.startswith(PROVIDES_FOR) for w in words[j:i]) for _, j, _ in found):
                    continue  # "меморандум, предусматривающий обмен студентами и совместные программы": what a document provides for
                if head.feats.get("Number") == "Plur" or listed_item:
                    # "подписали соглашения": several, named later or not at all; but "меморандумы о создании совета" is one
                    # (one subject), and "соглашения о воздушном сообщении и о защите инвестиций" or "соглашения в области
                    # экономики, образования и связи" one for each subject or field
                    for _ in range(self._named_by_plural(words, i, len(lemmas))):
                        found.append((kind, i, "Nom" if listed_item else head.feats.get("Case", "")))
                    taken.update(range(i, i + len(lemmas)))
                    continue
                following = words[i + len(lemmas)] if i + len(lemmas) < len(words) else None
                if kind is AgreementKind.decision and (following is None or following.pos == "PUNCT" or following.feats.get("VerbForm") == "Inf"):
                    continue  # "примет решение." (will decide), "приняли решение одобрить": deciding, no document named
                if kind is AgreementKind.decision and i > 0 and _deciding(words, i - 1):
                    continue  # "стороны приняли решение об ускорении работ": the sides decided, not a body's decision adopted
                named = next((k for k in range(i + len(lemmas) + 1, min(i + len(lemmas) + 5, len(words)))
                              if any(words[k].lemma == other[-1] for other, _ in DOCUMENTS)), None) if following is not None and following.lemma == "по" else None
                if named is not None and all(w.pos in ("ADJ", "PUNCT", "DET") for w in words[i + len(lemmas) + 1:named]):
                    continue  # "соглашение по «дорожной карте»": the roadmap, named by what it is (not "Дорожную карту по реализации
                    # соглашения": a roadmap for carrying out an agreement)
                if kind is AgreementKind.treaty and following is not None and (following.lemma.replace("ё", "е") in COMMERCIAL or following.lemma == "на"):
                    kind = AgreementKind.contract  # "договор купли-продажи газа", "договор на реализацию проекта": a contract, not a treaty
                # (a masculine noun written as its dictionary form is in the nominative or accusative, whatever natasha says:
                # "подписаны Протокол третьего заседания …", read as an instrumental)
                as_written = head.text.casefold().replace("ё", "е") == head.lemma.replace("ё", "е") and head.feats.get("Gender") == "Masc"
                # (after a preposition, a document is what another is about, whatever its case: "Протокол о внесении изменений
                # в Соглашение между …" is one document, the protocol)
                case = "of a preposition" if i > 0 and words[i - 1].pos == "ADP" else "Nom" if as_written else head.feats.get("Case", "")
                found.append((kind, i, case))
                taken.update(range(i, i + len(lemmas)))
        found.sort(key=lambda item: item[1])
        done_to = [(kind, i) for kind, i, case in found if case in ("Nom", "Acc")]
        return done_to or [(kind, i) for kind, i, _ in found[:1]]

    def _named_by_plural(self, words: list[Word], at: int, size: int) -> int:
        """How many documents a plural document noun names by what follows it: one per subject or field where it lists
        several (russian_titles.english_subjects), else one where one subject follows ("о создании совета"), or one per
        field listed after "в области" or "в сфере" ("экономики, образования, и связи"), or none (the text does not say how
        many)."""
        measures = at + size < len(words) and words[at + size].lemma in ("мероприятие", "действие")
        if measures:
            size += 1  # "планы мероприятий по увеличению торговли …": plans of measures, whose subject follows (one at least)
        subjects = english_subjects(words, at, size, self.english.state_of_word)
        if len(subjects) > 1:
            return len(subjects)
        pairs = [i for i, w in enumerate(words) if i >= at + size and w.lemma == "между"]
        if len(pairs) > 1 and pairs[0] == at + size:
            # "подписаны соглашения между хокимиятом … и … Gansu Jinlu …, а также между АО «…» и … «…»": one between each pair
            return len(pairs)
        return max(self._fields_after(words, at + size), int(measures and at + size < len(words) and words[at + size].lemma in ("по", "о", "об")))

    @staticmethod
    def _fields_after(words: list[Word], start: int) -> int:
        """One where one subject follows ("о создании совета"), one per field of several after "в области" or "в сфере",
        else none."""
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
        """A body the document is about: "соглашение о создании Тюркского инвестиционного фонда"; or a works or field named in
        quotation marks after its word, what the document is for: "реабилитации гидроэлектростанции «Чон-Таш»"."""
        return bool(re.search(r"\b(?:о|об)\s+(?:создании|учреждении|открытии)\s+(?:[\w-]+\s+){0,3}$", text[:name.start], re.IGNORECASE)
                    or re.search(r"(?i)\b(?:гидроэлектростанци\w*|электростанци\w*|ГЭС|ТЭЦ|месторождени\w*|рудник\w*|(?:газо|нефте|трубо)провод\w*|"
                                 r"проект\w*|маршрут\w*)\s*[«\"“]$", text[:name.start]))

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
            if [w.lemma for w in words[end:end + 3]] == ["на", "высокий", "уровень"]:
                end += 3  # "встречи на высшем уровне Туркменистана, …": a summit, and whose
            while end < len(words) and (_genitive_name(words[end]) or words[end].text == "," or words[end].lemma == "и" or _of_governors(words, end)) and (
                    _genitive_name(words[end]) or _of_governors(words, end)
                    or end + 1 < len(words) and _genitive_name(words[end + 1])):  # "…, Азербайджанской Республики и …"
                end += 1
            closing = next((j for j in range(end + 1, min(end + 16, len(words))) if words[j].text in ("»", '"', "“")), None) \
                if end < len(words) and words[end].text in ("«", '"', "„") else None
            if closing is not None:
                end = closing + 1  # and its name in quotation marks: "в рамках саммита «Центральная Азия — Республика Корея»"
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
    def _of_an_office(words: list[Word], name: Name) -> bool:
        """A government in the genitive right after an office: "премьера Госсовета Китая Ли Цяна" is China's premier, and China
        (named after it) the party; the State Council is no party of its own (a company after its chairman is: "председатель
        правления АО «Самрук-Казына»")."""
        own = [w for w in words if name.start <= w.start < name.end]
        before = [w for w in words if w.end <= name.start][-1:]
        return bool(own and before and own[0].feats.get("Case") == "Gen" and before[0].lemma in OFFICE_LEMMAS
                    and (own[0].lemma in ("госсовет", "правительство", "кабинет")
                         or [w.lemma for w in own[:2]] == ["государственный", "совет"]))  # "премьер Государственного совета Китая"

    @staticmethod
    def _of_a_body(words: list[Word], name: Name) -> bool:
        """A state in the genitive after the words of a body, back over its field in the genitive (with its commas and "и"):
        "Министерством промышленности, горнодобывающей промышленности и торговли Исламской Республики Иран", "Палатой торговли
        и промышленности Омана", "хякимликом города Ашхабад" (a city named after "города", in the nominative), or after an office not a
        state's own. Whose the body is, not a party (not "Правительством Кыргызской Республики" nor "Кабинетом министров …": the state's own)."""
        own = [w for w in words if name.start <= w.start < name.end]
        before = [w for w in words if w.end <= name.start]
        if before and before[-1].lemma == "город":
            before = before[:-1]
        elif not own or own[0].feats.get("Case") != "Gen":
            return False
        for at, word in reversed(list(enumerate(before))[-10:]):
            if word.lemma in BODY_LEMMAS:
                return True
            if word.lemma in OFFICES and word.feats.get("Case") != "Gen":
                # (or after an office that is not the state's own: "полномочный представитель Президента Кыргызской Республики в
                # Таласской области" represents it; not "министр финансов Кыргызской Республики", who signs for it)
                return not STATE_OFFICE.match(" ".join(w.text for w in before[at:]))
            if not (word.pos in ("NOUN", "ADJ", "CCONJ", "PROPN") and (word.pos == "CCONJ" or word.feats.get("Case") == "Gen") or word.text == ","):
                return False
        return False

    @staticmethod
    def _towards(words: list[Word], name: Name) -> bool:
        preceding = [w for w in words if w.end <= name.start]
        # (back over the other places it is joined to: "в Румынию и Болгарию")
        while len(preceding) > 1 and preceding[-1].lemma in ("и", ",") and preceding[-2].feats.get("Case") == "Acc" and preceding[-2].pos in ("PROPN", "NOUN"):
            preceding = preceding[:-2]
        before = preceding[-1:]
        accusative = any(w.feats.get("Case") == "Acc" for w in words if name.start <= w.start < name.end)
        return bool(before) and accusative and (before[0].lemma in ("в", "во") or before[0].lemma in ("посетить", "посещать"))  # "посетит Турцию"

    @staticmethod
    def _a_place(words: list[Word], name: Name) -> bool:
        """A country named as where something happens ('в Казахстане'), or in the genitive as whose land, region or part in
        something is ('Андижанской областью Узбекистана', 'с участием Узбекистана'), not as a party."""
        earlier = [w for w in words if w.end <= name.start]
        before = earlier[-1:]
        own = [w for w in words if name.start <= w.start < name.end]
        if before and before[0].lemma in ("в", "во", "из", "на") and any(w.feats.get("Case") in ("Loc", "Gen") for w in own):
            return True
        at = len(earlier)  # the first of the names joined with it ("регионами Узбекистана и Китая": both the regions')
        while at and (earlier[at - 1].text == "," or earlier[at - 1].lemma == "и" or _genitive_name(earlier[at - 1]) and earlier[at - 1].text[:1].isupper()):
            at -= 1
        return name.kind == "LOC" and bool(own) and own[0].feats.get("Case") == "Gen" and at > 0 and earlier[at - 1].lemma in WHOSE_LEMMAS

    def _place(self, words: list[Word], names: list[Name]) -> str | None:
        """The first city the sentence names ("в Ташкенте" → Tashkent, as GeoNames names it), not its dateline's ("АСТАНА —
        … завершил государственный визит в Ташкент": where the report was filed)."""
        for name in names:
            after = next((w for w in words if w.start >= name.end), None)
            dateline = bool(words) and name.start == words[0].start and name.text.isupper() and after is not None and after.text in ("—", "–", "-", ",")
            if name.kind == "LOC" and not dateline and not self.names.resolve(name.normal, ("country",)) and (city := next(
                    (c for form in _nominatives(name) if (c := self.actors.city(form)) is not None), None)):
                return city.name
        return None

    def _add_company(self, agreement: DraftAgreement, sentence: Sentence, written: str, span: tuple[int, int], shown: str) -> None:
        """A company the sentence names at `span`, `written` in Latin letters, among the agreement's parties (once)."""
        value = self.actor(Mention(written, *span, self.names.resolve(written, PARTY_KINDS), "company", "new"), sentence, None)
        if not any(p.value == value for p in agreement.parties):
            agreement.parties.append(Fact(value, sentence, f"«{shown}» in the Russian text"))

    def _add_quoted_company(self, agreement: DraftAgreement, sentence: Sentence, company: re.Match[str]) -> None:
        """A company QUOTED_COMPANY found in Cyrillic («Экибастуз Комир Транзит»), in Latin letters, among the parties."""
        self._add_company(agreement, sentence, self.english.company(company["name"]), company.span("name"), company.group(0))

    def _add_witnesses(self, agreement: DraftAgreement, sentence: Sentence, present: list[Name]) -> None:
        """Those present at the signing, as witnesses of the agreement (once each)."""
        for person in present:
            witness = self.actor(Mention(self.english.new_person(person), person.start, person.end, self.english.person(person), "person", "new"), sentence)
            if not any(w.value == witness for w in agreement.witnesses) and not any(s[0].value == witness for s in agreement.signatories):
                agreement.witnesses.append(Fact(witness, sentence))

    def _add_signatories(self, agreement: DraftAgreement, sentence: Sentence, words: list[Word], names: list[Name]) -> None:
        """People named in the nominative in a signing sentence sign; the words before the name are their office (not
        where what they sign is a law or decree: "подписал закон о ратификации договора" signs the law, not the treaty)."""
        verb = _signing_verb(words)
        signed = next((w for w in words if verb is not None and w.start > verb.end and w.pos in ("NOUN", "PROPN")), None)
        if signed is not None and signed.lemma in LAW_WORDS:
            return
        onlookers = next((w for w in words if w.lemma == "засвидетельствовать" and w.pos == "VERB"), None) if verb is None else None
        onlookers = onlookers or _welcomed(words)
        if onlookers is not None:
            # "Президенты … засвидетельствовали подписание соглашения": they witnessed it; "Посол … приветствовал подписание
            # соглашения": he welcomed it. Neither signed
            if onlookers.lemma == "засвидетельствовать":
                self._add_witnesses(agreement, sentence, [n for n in names if n.kind == "PER" and n.end <= onlookers.start])
            return
        signers_clause = _signers_clause(sentence.text, verb, names)
        told_before: list[str] = []  # the states of the offices sentences before gave signers named here alone
        for name in names:
            if name.kind != "PER":
                continue
            own = [w for w in words if name.start <= w.start < name.end]
            if len(own) > 2 and own[0].feats.get("Case") == "Gen" and all(w.feats.get("Case") == "Nom" for w in own[1:]):
                # "мэр Мешхеда Мохаммад Реза Ганбарзаде", tagged as one name: the city the office is of, then the name
                own = own[1:]
                name = dataclasses.replace(name, text=sentence.text[own[0].start:name.end], normal=" ".join(name.normal.split()[1:]), start=own[0].start)
            if _present(words, name):
                # "в присутствии глав государств … Эмомали Рахмона и … Сердара Бердымухамедова": they witness the signing
                self._add_witnesses(agreement, sentence, [name])
                continue
            if any(a <= name.start < b and not any(w.lemma == "подписать" and a <= w.start < b for w in words) for a, b in self._about):
                continue  # "в ходе пленарного заседания, которое провёл аким области …, подписаны …": a clause about another thing
            if (told_by := AS_TOLD.match(sentence.text)) is not None and name.end <= told_by.end():
                continue  # "Как сообщил Trend заместитель министра … Тимур Керимли, соглашение … планируется подписать …": who tells it
            if _before_a_signing_participle(verb, name):
                continue  # "А. Юлдашев подчеркнул важность … Соглашения …, подписанного главами государств": who speaks of it, not who signed
            if signers_clause is not None and _verb_clause(sentence.text, name.start) != signers_clause:
                continue  # "Церемонию открыл министр …, после чего … подписали соглашение": the signing verb's own clause names who signed
            visit = next((i for i, w in reversed(list(enumerate(words))) if w.lemma == "визит" and w.end <= name.start), None)
            whose = next((w for w in words[visit + 1:] if w.pos in ("NOUN", "PROPN")), None) if visit is not None else None
            if visit is not None and whose is not None and whose.feats.get("Case") == "Gen" and name.start - words[visit].end < 120 and not any(
                    w.pos in ("VERB", "AUX") for w in words[visit:] if w.end <= name.start):
                # "подписано в рамках визита главы МИД … Сироджиддина Мухриддина в РФ": whose visit, not who signed (not "в рамках
                # официального визита Президент … Садыр Жапаров и … подписали": the subject after the phrase)
                continue
            # in the nominative, or after the passive in the instrumental ("было подписано министром энергетики … Журабеком
            # Мирзамахмудовым": by him)
            passive = next((w for w in reversed(words) if w.lemma == "подписать" and w.feats.get("Voice") == "Pass" and w.end <= name.start), None)
            # (its office and name right after the verb: not "подписан … по завершение встречи между X и Y", whom it names after "между")
            # (a place, a date or an office's "по" between is no matter: "было подписано 12 октября 2023 года в Бишкеке министром
            # финансов … и директором ЕБРР по Кыргызской Республике Мартой Ковальской")
            # (its office's case where the tagger misreads the name's: "ректором … колледжа Дилнозой Юсуповой" read as a genitive)
            office_case = _case_of_the_office_before(words, name)
            by_whom = own and "Ins" in (own[0].feats.get("Case"), office_case) and passive is not None and not any(
                w.lemma in ("между", "с", "со") for w in words if passive.end <= w.start < name.start)
            # (its first name or its surname in the nominative: natasha may read "главы делегаций Гурбанмырат Аманов" as a genitive
            # first name after the genitive before it)
            # (or named as whom a side signs through: "ТОО «Каспий Полимер» в лице генерального директора Дархана Ахметова")
            in_person = IN_THE_PERSON_OF.search(sentence.text, 0, name.start)
            # (or after an office in the nominative, whose case the name's is: the tagger may read "председатель правления АО
            # «Энергожол» Бауыржан Ахметжанулы" as a genitive, after the company's)
            nominative = any(w.feats.get("Case") == "Nom" for w in (own[0], own[-1])) if own else False
            if not own or not nominative and not by_whom and not in_person and office_case != "Nom":
                continue
            if office_case == "Nom" and not in_person and "." not in name.text:
                # (after an office in the nominative the name is as written, in the nominative: "заместитель акима области Гульмира
                # Ахметова" is she, where the tagger may read a man's genitive, "Гульмира Ахметов")
                name = dataclasses.replace(name, normal=name.text)
            said = next((w for w in words if w.start >= name.end and w.lemma in SPEECH and w.pos == "VERB"), None)
            if said is not None and verb is not None and said.end <= verb.start and re.search(r",\s*что\b", sentence.text[said.end:verb.start]) \
                    and any(w.feats.get("Case") == "Nom" and w.pos in ("NOUN", "PROPN", "PRON") for w in words if said.end < w.start < verb.start):
                # "Посол Кэнтаро Мацуда напомнил, что в прошлом году стороны подписали план …": who tells of a signing by others,
                # not who signed (not "Министр … сообщил, что подписал соглашение", where he is who signed)
                continue
            office_words = self._office_words(words, names, name, in_person.start() if in_person is not None else None)
            if not office_words and not nominative and not by_whom:
                continue
            if not office_words:
                # "Касым-Жомарт Токаев и Шавкат Мирзиёев подписали …": named without an office, as the subject of the verb itself
                after = next((w for w in words if w.start >= name.end and w.lemma == "подписать" and w.pos == "VERB"), None)
                between = [w for w in words if after is not None and name.end <= w.start < after.start]
                # (or just after it: "с таджикской стороны подписал также Рустам Саидзода, с турецкой – …")
                since = [w for w in words if verb is not None and verb.end <= w.start < name.start]
                just_after = verb is not None and verb.end <= name.start and all(w.pos in ("ADV", "PART", "PROPN", "CCONJ") for w in since)
                if (after is None or not all(w.pos in ("PROPN", "CCONJ", "PUNCT") for w in between)) and not just_after:
                    continue
                # (with the office a sentence before gave them: "сопредседатели комиссии — первый заместитель министра … Республики
                # Таджикистан Рустам Назарзода и …", then "Рустам Назарзода и Габор Шомоди подписали протокол")
                office, country = self._office_told_before(name, sentence) or (NO_OFFICE, None)
                person = self.actor(Mention(self.english.new_person(name), name.start, name.end, self.english.person(name), "person", "new",
                                            country), sentence, office if office != NO_OFFICE else None)
                if not any(s[0].value == person for s in agreement.signatories):
                    agreement.signatories.append((Fact(person, sentence), office, country))
                    if country is not None:
                        told_before.append(country)
                continue
            office = sentence.text[office_words[0].start:office_words[-1].end]
            country = self._state_of_office(office_words, names, name)
            known = self.english.person(name)
            person = self.actor(Mention(self.english.new_person(name), name.start, name.end, known, "person", "new",
                                        country), sentence, office)
            heads = {w.lemma for w in office_words} & {"президент", "премьер-министр", "лидер"}
            if country is None and known and heads:
                country = self.dataset.country_of(known)  # "президент Садыр Жапаров": the state whose president he is
            # (and "Российский лидер Владимир Путин", whose state the office names by its adjective alone)
            if country and heads and all(self.dataset.kind(p.value) == "country" for p in agreement.parties if isinstance(p.value, str)) \
                    and not any(p.value == country for p in agreement.parties):
                agreement.parties.append(Fact(country, sentence, f"the state of its signatory, «{office} {name.text}»"))
            if not any(s[0].value == person for s in agreement.signatories):
                agreement.signatories.append((Fact(person, sentence), office, country))
        if not agreement.parties and len(set(told_before)) > 1:
            agreement.parties = [Fact(c, sentence, "the state of the office the text gave its signatory before") for c in dict.fromkeys(told_before)]
        by_heads = HEADS_SIGNED_RU.search(sentence.text)
        talks = next((e for e in reversed(self.drafts.events) if e.kind is EventKind.meeting and not e.planned and len(e.participants) == 2
                      and (e.name.sentence.paragraph, e.name.sentence.number) <= (sentence.paragraph, sentence.number)), None)
        title = ("Head of State" if by_heads.group("who").lower().startswith("глав") else "President") if by_heads else ""
        if by_heads and talks is not None and not agreement.signatories and not agreement.planned:
            # "По итогам переговоров главы государств подписали Совместное заявление": the two whose talks the report told of
            # before, where it names them there
            for head in talks.participants:
                agreement.signatories.append((Fact(head.value, head.sentence, f"«{by_heads.group(0)}»: those of {talks.name.value}, told of before"),
                                              title, None))
        elif by_heads and self._chaired is not None and not agreement.signatories and not agreement.planned:
            # "Сегодня … под председательством Президента … A и Президента … B состоялось заседание …", then "По итогам заседания
            # главы государств подписали Декларацию …": the two who chaired it
            chaired, named = self._chaired
            chairs = [n for n in named if n.kind == "PER" and re.search(r"(?i)председательством\b", chaired.text[:n.start])]
            if len(chairs) == 2:
                for chair in chairs:
                    person = self.actor(Mention(self.english.new_person(chair), chair.start, chair.end, self.english.person(chair), "person", "new"), chaired)
                    agreement.signatories.append((Fact(person, chaired, f"«{by_heads.group(0)}»: those who chaired the meeting, told of before"),
                                                  title, None))

    def _office_told_before(self, name: Name, sentence: Sentence) -> tuple[str, str | None] | None:
        """The office, and the state it is of, that the last sentence read before to name the person with an office gave them."""
        person = self.english.new_person(name)
        for earlier, words, names in reversed(self._read):
            if earlier is sentence:
                continue
            for named in names:
                if named.kind == "PER" and self.english.new_person(named) == person and (office_words := self._office_words(words, names, named)):
                    return earlier.text[office_words[0].start:office_words[-1].end], self._state_of_office(office_words, names, named)
        return None

    def _office_words(self, words: list[Word], names: list[Name], name: Name, in_person: int | None = None) -> list[Word]:
        """The words of the office the sentence gives the person named, before the name: back from the name over nouns,
        adjectives and names to the nearest word of an office (`in_person`: where "в лице" stands, whose words up to the name
        are the office)."""
        # An office word in the genitive is another's within the office ("заместитель министра …", "председатель совета
        # директоров …"): on to the office whose it is, else that one.
        office_words: list[Word] = []
        within: list[Word] | None = None
        before_name = [w for w in words if w.end <= name.start]
        for at in range(len(before_name) - 1, -1, -1):
            word = before_name[at]
            # (and the words of a name in quotation marks the tagger does not know: "председатель правления «Сарыарка Транзит
            # Логистик» Бауыржан Толеуов"; and a comma between fields in the genitive: "министр инвестиций, промышленности и
            # торговли")
            # (and a field of an adjective, or a participle in the genitive: "министр водных ресурсов, сельского хозяйства и
            # перерабатывающей промышленности")
            listed = word.text == "," and at > 0 and office_words and before_name[at - 1].pos == "NOUN" and all(
                w.feats.get("Case") == "Gen" for w in (before_name[at - 1], office_words[0])) and office_words[0].pos in ("NOUN", "ADJ")
            participle = word.feats.get("VerbForm") == "Part" and word.feats.get("Case") == "Gen"
            # (and the points of another's initials: "сопредседатели комиссии Д. Назарзода и М. А. Каракайя")
            initial = word.text == "." and any(n.kind == "PER" and n.start <= word.start < n.end for n in names)
            if (word.pos not in ("NOUN", "ADJ", "PROPN", "CCONJ", "ADP", "X") and word.text not in QUOTES and not listed and not participle
                    and not initial) \
                    or len(office_words) > 10:
                office_words = []
                break
            office_words.insert(0, word)
            if word.lemma in OFFICES and word.feats.get("Case") == "Gen" and within is None:
                within = list(office_words)
            elif word.lemma in OFFICES:
                break
        if not office_words or office_words[0].lemma not in OFFICES:
            office_words = within or []
        if in_person is not None:  # (the office is the words between: "в лице исполнительного вице-президента Халида …")
            office_words = [w for w in words if in_person + len("в лице") < w.start < name.start]
        before_office = [w for w in words if office_words and w.end <= office_words[0].start][-1:]
        if before_office and before_office[0].pos == "ADJ" and before_office[0].lemma in ADJECTIVES:
            office_words.insert(0, before_office[0])  # "Российский лидер Владимир Путин": the state's adjective is the office's
        # "Президенты Узбекистана и Казахстана Шавкат Мирзиёев и …": the office ends before the first name
        first_name = next((i for i, w in enumerate(office_words) if any(n.kind == "PER" and n.start <= w.start < n.end for n in names)), None)
        while first_name and office_words[first_name - 1].pos in ("CCONJ", "ADP"):
            first_name -= 1
        office_words = office_words[:first_name] if first_name else office_words
        return office_words

    def _a_span_of_the_day_before(self, dates: list[DateInRussian]) -> bool:
        """Whether the sentence's date is a span (of a visit, a forum) around the day a sentence before gave: "Сегодня, 24
        апреля, … провёл переговоры …", then "Рабочий визит … проходит 23–25 апреля.": what is signed after the talks is of
        that day, not of the visit's span."""
        return self._last_date is not None and dates[0].date.is_range and _within(self._last_date[0].date, dates[0].date)

    def _of_a_clause_about(self, date: DateInRussian) -> bool:
        """Whether a date of the sentence read stands in a clause about something it names."""
        return any(a <= date.start < b for a, b in self._about)

    def _signed_by_the_heads_of_delegations(self, agreement: DraftAgreement, sentence: Sentence) -> None:
        """"главы делегаций (сопредседатели) подписали протокол", after "Делегации возглавили A, B и C" ("Кыргызскую делегацию
        возглавил A, узбекскую – B"): those people sign it, with the offices that sentence gives them, and their states are its
        parties where it has none."""
        if self._delegations is None or agreement.signatories or agreement.planned or not HEADS_OF_DELEGATIONS_SIGNED_RU.search(sentence.text):
            return
        led, words, names = self._delegations
        self._add_signatories(agreement, led, words, names)
        for index, (person, office, country) in enumerate(agreement.signatories):
            name = next((n for n in names if n.kind == "PER" and (person.value == self.english.person(n) or isinstance(person.value, DraftActor)
                                                               and person.value.name.value == self.english.new_person(n))), None)
            # (after the head named before: "Узбекскую делегацию возглавил A, белорусскую — B": B's is the Belarusian)
            since = max((n.end for n in names if n.kind == "PER" and name is not None and n.end <= name.start), default=0)
            whose = next((w for w in reversed(words) if name is not None and since <= w.start and w.end <= name.start and w.pos == "ADJ"
                          and demonym(w) is not None), None)
            if country is None and whose is not None:
                # "Кыргызскую делегацию возглавил заместитель Председателя Кабинета министров Данияр Осмонов": the delegation's state
                state = self.actors.finder.demonyms.get(self.names.rules.key(demonym(whose) or ""))
                agreement.signatories[index] = (person, office, state)
        states = list(dict.fromkeys(country for _, _, country in agreement.signatories if isinstance(country, str)))
        if len(states) > 1 and all(isinstance(p.value, str) and p.value in states for p in agreement.parties):
            # (the state one office named, as a head's: the others' too)
            agreement.parties += [Fact(c, led, "the state of a head of delegation who signed it") for c in states
                                  if not any(p.value == c for p in agreement.parties)]

    def _state_of_office(self, office_words: list[Word], names: list[Name], name: Name) -> str | None:
        """The state an office names ("министр энергетики Казахстана", "президент Азербайджанской Республики"); in an
        office two heads share ("Президенты Узбекистана и Казахстана Шавкат Мирзиёев и Касым-Жомарт Токаев"), the one in
        the same place as the name among the names after it. None for an office of a company ("генеральный директор
        китайской компании", "председатель правления «…»"): its holder signs for the company, not for a state; nor for an
        office of any body but the state itself (STATE_OFFICE: "командующий Пограничными войсками … Республики Узбекистан")."""
        if any(w.lemma in COMPANY_WORDS or w.text in QUOTES for w in office_words) or not STATE_OFFICE.match(" ".join(w.text for w in office_words)):
            return None
        states: list[str] = []
        for at, word in enumerate(office_words):
            if any(w.lemma == "по" for w in office_words[max(0, at - 2):at]) or at > 0 and office_words[at - 1].lemma in ("в", "во"):
                continue  # "директор ЕБРР по Кыргызской Республике", "директор представительства банка в Узбекистане": the state the
                # office is for or in, not whose it is
            place = next((n for n in names if n.kind == "LOC" and n.start <= word.start < n.end), None)
            state = self.english.state(place) if place is not None else None
            if state is None and word.pos in ("PROPN", "ADJ", "NOUN") and (called := self.english.state_of_word(word)) is not None:
                state = self.names.resolve(called, ("country",))
            if state is None and word.pos == "ADJ" and word.lemma in ADJECTIVES:  # "Российский лидер": Russia's, by its adjective
                state = self.actors.finder.demonyms.get(self.names.rules.key(ADJECTIVES[word.lemma]))
            if state is not None and state not in states:
                states.append(state)
        if len(states) <= 1:
            return states[0] if states else None
        people = [n for n in names if n.kind == "PER" and office_words[0].start <= n.start <= name.start]
        return states[len(people) - 1] if len(people) <= len(states) and office_words[0].feats.get("Number") == "Plur" else None

    # --- Events ----------------------------------------------------------------------------------------



    def _arrival(self, sentence: Sentence, words: list[Word], names: list[Name], dates: list[DateInRussian]) -> None:
        """"Президент Республики Узбекистан Шавкат Мирзиёев прибыл в город Худжанд …": a visit where the sentence has no
        word "визит", of the person named before the verb, from the state of his office, to another state (the city's)."""
        arrived = next((w for w in words if w.lemma in ("прибыть", "прилететь") and w.pos == "VERB" and w.feats.get("VerbForm") == "Fin"
                        and w.feats.get("Tense") == "Past"), None)
        # ("встретил … Ван Цишаня, прибывшего в Астану для участия в саммите": the one the participle follows)
        participle = next((w for w in words if w.lemma in ("прибыть", "прилететь") and w.feats.get("VerbForm") == "Part"), None) if arrived is None else None
        after_comma = _named_before_participle(words, names, participle) if participle is not None else None
        arrived = arrived or (participle if after_comma is not None else None)
        if arrived is None or any(w.lemma == "визит" for w in words):
            return
        person = after_comma or next((n for n in reversed(names) if n.kind == "PER" and n.end <= arrived.start), None)
        destination = next((n for n in names if n.kind == "LOC" and n.start > arrived.start and self.english.country_of_place(n)), None)
        if person is None or destination is None:
            return
        country = self.english.country_of_place(destination)
        home = next((c for n in reversed(names) if n.kind == "LOC" and n.end <= person.start and (c := self.english.state(n))), None)
        if country is None or home is None or home == country:
            return  # whose head he is, the sentence does not say, or he came home
        event = self._event(("visit", country, False), f"Visit of {self.english.person_name(person)} to {self.dataset.name(country)}", sentence,
                            EventKind.visit, False)
        self._takes_part(event, person, sentence)
        self._dated(event, sentence, dates)
        city = self.actors.city(destination.normal) if not self.names.resolve(destination.normal, ("country",)) else None
        if event.place is None and city is not None:
            event.place = Fact(city.name, sentence)
        if not self._visit_countries:
            self._visit_countries = [(home, sentence), (country, sentence)]

    def _received(self, sentence: Sentence, words: list[Word], names: list[Name], dates: list[DateInRussian]) -> None:
        """"Президент … Шавкат Мирзиёев 24 октября принял делегацию … во главе с … Денисом Мантуровым", "Токаев принял в своей
        резиденции главу Кыргызстана Садыра Жапарова": the meeting of the one who received and the one received (not
        "принял участие", nor a document, decision or law adopted)."""
        verb = next((i for i, w in enumerate(words) if w.lemma == "принять" and w.pos == "VERB" and w.feats.get("VerbForm") == "Fin"
                     and w.feats.get("Tense") == "Past"), None)
        if verb is None or any(w.lemma in ("участие", "решение", "закон", "документ", "заявление", "постановление", "программа", "меры")
                               for w in words[verb + 1:verb + 4]) or any(w.lemma in MEETINGS for w in words):
            return
        host = next((n for n in reversed(names) if n.kind == "PER" and n.end <= words[verb].start), None)
        guest = next((n for n in names if n.kind == "PER" and n.start > words[verb].end), None)
        if host is None or guest is None:
            return
        shown = (self.english.person_name(host), self.english.person_name(guest))
        event = self._event(("talks", host.normal, guest.normal, False), f"Meeting of {shown[0]} and {shown[1]}", sentence, EventKind.meeting, False)
        for person in (host, guest):
            self._takes_part(event, person, sentence)
        self._dated(event, sentence, dates)

    def _events_in(self, sentence: Sentence, words: list[Word], names: list[Name], dates: list[DateInRussian]) -> None:
        """Visits ('государственный визит в Китай'), summits, forums, meetings and talks the sentence says took place or
        will take place."""
        for index, word in enumerate(words):
            kind = MEETINGS.get(word.lemma)
            if kind is None or word.feats.get("Number") == "Plur" and word.lemma != "переговоры":
                continue
            if word.lemma == "посетить" and (any(w.lemma in ("визит", "приглашение", "пригласить") for w in words) or not any(
                    n.kind == "LOC" and word.end < n.start and n.start <= (words[min(index + 2, len(words) - 1)].start) for n in names)):
                continue  # "посетить Узбекистан": the country right after the verb (not "посетил компанию … в Кыргызстане"; a visit's noun tells it)
            planned = self._planned(words, index, what_was_expected=False) or any(w.feats.get("Tense") == "Fut" and not _aside(w) for w in words if w.pos in ("VERB", "AUX")) \
                or index > 0 and words[index - 1].lemma in ("следующий", "предстоящий", "ожидаемый", "ожидать") \
                or index > 1 and words[index - 2].lemma in ("следующий", "предстоящий", "ожидаемый") and words[index - 1].pos == "ADJ" \
                or any(w.lemma == "преддверие" for w in words[max(0, index - 3):index]) \
                or any(w.lemma in PLANNING for w in words[index + 1:index + 4]) \
                or any(w.lemma in SCHEDULED for w in itertools.takewhile(lambda w: w.text not in (";", ":") and w.lemma not in MEETINGS, words[index + 1:])) \
                or _to_be_held(words, index) \
                or any(w.lemma == "пригласить" for w in words[:index]) and any(w.lemma == "участие" for w in words[max(0, index - 6):index])
            # ("Следующее заседание комиссии планируется провести в 2026 году", "договорились провести очередное заседание"; "третье
            # заседание … комиссии по экономическому сотрудничеству намечено на осень"; "пригласил делегацию принять участие в …
            # форуме": one to come)
            # ("в преддверии государственного визита в Казахстан": on the eve of a visit to come; "в ходе предстоящего
            # государственного визита": one to come, its kind between)
            # ("прибыл в Душанбе для участия в заседании Совета …", "… для встречи с Путиным": what he came for, which the text does
            # not say was held)
            purpose = next((i for i in range(index - 1, max(-1, index - 13), -1) if words[i].lemma == "для"), None)
            planned = planned or purpose is not None and (purpose + 1 == index or words[purpose + 1].lemma == "участие") \
                and not any(w.pos in ("VERB", "AUX") and w.feats.get("VerbForm") == "Fin" for w in words[purpose:index])  # (not "Для Мирзиеева визит … стал")
            if kind is EventKind.visit:
                # Where to: a country after the word, or one the text goes to ("прибыл в Китай", accusative).
                # Where to: "в Узбекистан" (в and the accusative) first; then a place after the word that is not the visitor's
                # ("визита Президента Казахстана … в Узбекистан": Kazakhstan is whose president)
                places = [n for n in names if n.kind == "LOC" and self.english.country_of_place(n)]
                destination = next((n for n in places if self._towards(words, n)), None) or next(
                    (n for n in places if n.start > word.start and not any(w.feats.get("Case") in ("Gen", "Ins") for w in words if n.start <= w.start < n.end)), None)
                # (not "между Казахстаном и Узбекистаном", in the instrumental: the parties of what is signed during it)
                if destination is None and any(w.lemma in STAYING for w in words):
                    # "Глава МИД КНР находится в Душанбе с официальным визитом": where the visitor is, "в" a city or country
                    destination = next((n for n in places if self._a_place(words, n)), None)
                if destination is None:
                    continue
                country = self.english.country_of_place(destination)  # "в Китай", or the country of "в Баку"
                assert country is not None
                invited = next((w for w in words if w.lemma == "пригласить"), None)
                if invited is not None and invited.start < word.start and not dates:
                    continue  # "пригласил Такэси Моримото посетить Казахстан с официальным визитом": an invitation, no date: neither held nor planned
                # (not who speaks of it: "«… визит в Узбекистан», - сказал Ушаков журналистам")
                # (nor one met: "сообщил на встрече с Садыром Жапаровым")
                # (nor who the report cites: "По словам Алмаза Бекташева, в сентябре ожидается визит в Бишкек делегации …")
                told_by = AS_TOLD.match(sentence.text)
                people = [n for n in names if n.kind == "PER" and not any(w.lemma in SPEECH for w in [w for w in words if w.end <= n.start][-2:])
                          and not any(w.lemma in ("с", "со") for w in [w for w in words if w.end <= n.start][-1:])
                          and not (told_by is not None and n.end <= told_by.end())]
                invitation = next((w for w in words if w.lemma == "приглашение"), None)
                host = next((n for n in people if invitation is not None and n.start > invitation.start), None)
                if host is not None and len(people) > 1:
                    # "По приглашению Президента Таджикистана Эмомали Рахмона Президент Узбекистана … посетит Душанбе": who invites
                    # is the host, not the visitor
                    people = [n for n in people if n is not host]
                # "встреча Президента Узбекистана … и прибывшего накануне в страну с государственным визитом Президента
                # Казахстана …": the one the participle of arriving is of, named after the visit
                # (and "… Кошербаевым, прибывшим в Бишкек с официальным визитом": the one the participle follows)
                arriving = next((w for w in words[max(0, index - 8):index] if w.lemma in STAYING and w.feats.get("VerbForm") == "Part"), None)
                arrived = _named_before_participle(words, people, arriving) if arriving is not None else None
                staying = next((i for i in range(max(0, index - 8), index) if words[i].lemma == "который" and any(
                    w.lemma in STAYING for w in words[i + 1:index])), None)
                if arrived is None and staying is not None:
                    # "… с президентом Республики Таджикистан Джамшедом Кодирзода, который находится в Китае с государственным визитом":
                    # the one the relative clause follows
                    arrived = next((n for n in people if [w.text for w in words if n.end <= w.start < words[staying].start] == [","]), None)
                visitor = next((n for n in people if invited is not None and n.start > invited.start), None) or arrived or next(
                    (n for n in people if arriving is not None and n.start > word.start), None) or next(
                    iter(people), None)  # "Жапаров пригласил Си Цзиньпина с визитом": the one invited
                manner = MANNERS.get(words[index - 1].lemma, "Visit") if index else "Visit"
                if visitor is None and any(n.kind == "PER" for n in names) and manner == "Visit":
                    continue  # "… визит в Узбекистан», - сказал Ушаков": a visit whose only person named tells of it, not who makes it
                who = self.english.person_name(visitor) if visitor else None
                home = next((c for n in names if n.kind == "LOC" and visitor and n.start < visitor.start
                             and (c := self.english.state(n)) and c != country), None)  # "Президент Узбекистана …"
                office = words[index + 1] if visitor is None and index + 2 < len(words) and words[index + 1].lemma in ("президент", "премьер-министр", "председатель") \
                    and words[index + 1].feats.get("Case") == "Gen" else None
                # ("Председателя Кабинета министров Кыргызстана": the office's words up to the state)
                cabinet = office is not None and office.lemma == "председатель" and [w.lemma for w in words[index + 2:index + 4]] == ["кабинет", "министр"]
                office_end = words[index + 3].end if cabinet else office.end if office is not None and office.lemma != "председатель" else None
                whose = next((c for n in names if office_end is not None and n.kind == "LOC" and 0 < n.start - office_end <= 2 and not self._towards(words, n)
                              and (c := self.english.state(n)) and c != country), None)
                if whose is not None and office is not None:
                    # "в ходе визита Президента Республики Узбекистан в Душанбе": the visitor by his office, where the text names no one
                    title = "Chairman of the Cabinet of Ministers" if cabinet else "President" if office.lemma == "президент" else "Prime Minister"
                    who = f"the {title} of {self.dataset.name(whose)}"
                delegation = index + 2 < len(words) and words[index + 2].lemma == "делегация" and words[index + 2].feats.get("Case") == "Gen"
                if who is None and delegation and (of_state := demonym(words[index + 1])) is not None:
                    who = f"a {of_state} delegation"  # "во время визита корейской делегации в Ташкент": whose delegation, by its adjective
                elif who is None and index + 1 < len(words) and words[index + 1].lemma == "делегация":
                    who = "a delegation"  # "ответный визит делегации медье Чонград-Чанад в Худжанд": a delegation the text names otherwise
                if not planned:
                    self._visit_countries = [(c, sentence) for c in (home, country) if c]
                name = f"{manner}{f' of {who}' if who else ''} to {self.dataset.name(country)}"
                key: tuple = ("visit", country, planned)
                taking_part = [visitor] if visitor else []
            elif kind is EventKind.meeting and word.lemma in ("переговоры", "встреча") and index and words[index - 1].lemma == "в" and any(
                    w.lemma in ("участие", "участвовать") for w in words):
                continue  # "Во встрече приняли участие Президент Кыргызстана …, Президент Таджикистана …": those at the meeting told of, no other
            elif word.lemma == "переговоры" and (pair := STATE_ADJECTIVE.fullmatch(words[index - 1].lemma.replace("ё", "е")) if index else None) \
                    and pair.group("first") in STATE_ADJECTIVES and pair.group("second") in STATE_ADJECTIVES \
                    and re.match(r"\s+на\s+высшем\s+уровне\b", sentence.text[word.end:]) and not planned:
                # "состоялись кыргызско-российские переговоры на высшем уровне": the talks of the two states' heads, by the states
                # the adjectives name (their names, where the text gives them, come after)
                adjectives = [STATE_ADJECTIVES[pair.group("first")], STATE_ADJECTIVES[pair.group("second")]]
                name = f"{adjectives[0]}–{adjectives[1]} talks at the highest level"
                key = ("talks", frozenset(adjectives), planned)
                taking_part = []
            elif kind is EventKind.meeting and word.lemma in ("переговоры", "встреча") and index >= 2 \
                    and (words[index - 2].text.lower(), words[index - 1].text.lower()) in (("по", "итогам"), ("в", "ходе"), ("в", "рамках")) \
                    and any(key[0] == "talks" and not told.planned for key, told in self._events.items()):
                continue  # "По итогам переговоров в присутствии A и B подписаны …": the talks told of before, not talks of those present
            elif kind is EventKind.meeting and word.lemma in ("переговоры", "встреча") and (
                    len([n for n in names if n.kind == "PER"]) >= 2 or not (index and words[index - 1].pos == "ADJ")):
                people = [n for n in names if n.kind == "PER"]
                with_whom = next((i for i in range(index + 1, min(len(words), index + 3)) if words[i].lemma in ("с", "со")), None)
                if with_whom is not None and people and all(n.start > words[with_whom].start and any(
                        w.feats.get("Case") == "Ins" for w in words if n.start <= w.start < n.end) for n in people):
                    # "запланированы переговоры с премьер-министром A, президентом B и …": with whom (all in the instrumental), the other
                    # side unnamed (not "встречи с … Владимиром Путиным в Кремле сделал президент … Эмомали Рахмон": he is named)
                    continue
                what = "Talks" if word.lemma == "переговоры" else "Meeting"
                if len(people) < 2:
                    # "Президенты Узбекистана и Туркменистана провели переговоры": the talks of the two heads, by their offices
                    heads = next((HEADS[w.lemma] for w in words if w.lemma in HEADS and (w.feats.get("Number") == "Plur" or w.text.lower().endswith(
                        ("ы", "и")))), None)  # natasha may call "Президенты" singular
                    countries = list(dict.fromkeys(c for n in names if n.kind == "LOC" and not self._towards(words, n) and not self._a_place(words, n)
                                                   and (c := self.english.state(n))))  # not "в Казахстане", where
                    if heads is None or len(countries) < 2 or len(countries) > 2 and heads != "ministers":
                        continue  # (three or more: "встреча министров энергетики Узбекистана, Казахстана и Кыргызстана")
                    shown = [self.dataset.name(c) for c in countries]
                    name = f"{what} of the {heads} of {', '.join(shown[:-1])} and {shown[-1]}"
                    key = ("talks", frozenset(countries), planned)
                    taking_part = []
                else:
                    before = [p for p in people if with_whom is not None and p.end <= words[with_whom].start]
                    after = [p for p in people if with_whom is not None and p.start > words[with_whom].start]
                    if len(before) == 1 and len(after) > 1:
                        # "провёл переговоры с Президентом Масудом Пезешкианом и Верховным духовным лидером … Хаменеи": talks with each
                        for other in after[1:]:
                            shown = [self.english.person_name(p) for p in (before[0], other)]
                            more = self._event(("talks", before[0].normal, other.normal, planned), f"{what} of {shown[0]} and {shown[1]}", sentence,
                                               kind, planned, None)
                            for person in (before[0], other):
                                self._takes_part(more, person, sentence)
                            self._dated(more, sentence, dates)
                        people = [before[0], after[0]]
                    shown = [self.english.person_name(p) for p in people[:2]]
                    name = f"{what} of {shown[0]} and {shown[1]}"
                    key = ("talks", people[0].normal, people[1].normal, planned)
                    taking_part = people[:2]
                    # "Президент Казахстана … провел переговоры с президентом Азербайджана …": the states of their offices
                    states = list(dict.fromkeys(c for n in names if n.kind == "LOC" and not self._towards(words, n) and not self._a_place(words, n)
                                                and (c := self.english.state(n))))
                    if not planned and len(states) == 2:
                        self._talks_countries = [(c, sentence) for c in states]
            elif kind is EventKind.meeting and _a_sitting_of_one_state(words, index):
                continue
            else:
                # "саммит «Центральная Азия – Китай»", "27-е заседание межправительственной комиссии": in English where
                # each word is known ("27th Meeting of the Intergovernmental Commission"); else not drafted
                english = self.english.meeting_name(words, index)
                key = ("named", word.lemma, planned)
                told = self._events.get(key)
                if english is None and told is not None and not (index and words[index - 1].pos in ("ADJ", "NUM")):
                    # "Форум прошел 5–6 ноября в Астане": the forum named before, told of again by its noun alone
                    english = str(told.name.value)
                if english is None:
                    continue  # a meeting the glossary cannot name in English: not drafted in Russian (the contributor adds it)
                name = english
                numbers = (_number_of(name), _number_of(str(told.name.value)) if told is not None else None)
                if None not in numbers and numbers[0] != numbers[1]:
                    key = (*key, numbers[0])  # "11th Meeting …" and then "12th Meeting …": two meetings, not one
                elif told is not None and index and words[index - 1].pos in ("ADJ", "NUM") and not _one_names_the_other(name, str(told.name.value)):
                    # "заседание Кабинета Министров", then "восьмого заседания … межправительственной комиссии": two, the second
                    # named by its own ordinal (not "В ходе заседания министерства … подписали", the one told of, misread)
                    key = (*key, name)
                taking_part = []
                if not planned and not any(w.pos == "VERB" for w in words):
                    continue
            event = self._event(key, name, sentence, kind, planned, None if kind is EventKind.visit or name.isascii() else "the Russian text's words")
            for person in taking_part:  # the visitor, or the two who held the talks, as the names are written in English
                self._takes_part(event, person, sentence)
            own = next((d for d in dates if kind is EventKind.visit and word.end <= d.start and re.fullmatch(r"[^,;.]{0,40}?\s", sentence.text[word.end:d.start])), None)
            if own is None and kind is not EventKind.visit and not any(a <= word.start < b for a, b in self._about):
                # the date of a clause about this meeting ("… форума по цифровым технологиям, который пройдёт 2–3 октября");
                # not a date of a clause about something else the sentence names (", который проходит 27–28 января,": a visit's)
                its_clause = next(((a, b) for a, b in self._about if 0 <= a - word.end <= 60 and not re.search(r"[,;.]", sentence.text[word.end:a])), None)
                own = next((d for d in dates if its_clause is not None and its_clause[0] <= d.start < its_clause[1]), None) or next(
                    (d for d in dates if not self._of_a_clause_about(d)), None)
            if own is not None and event.date is None:
                # "22 августа … переговоры … с Президентом …, прибывшим в Таджикистан с государственным визитом 22–23 августа": the
                # dates right after the visit's words are the visit's, not the sentence's first
                event.date = Fact(own.date, sentence, f"«{own.text}»")
            self._dated(event, sentence, dates)
            if event.date is None:
                # "В первый день визита … принял участие в … форуме": that day of the span of days of the event told of before
                for told in reversed(self._events.values()):
                    span = told.date.value if told is not event and told.date is not None else None
                    day = _day_of(span, sentence.text) if span is not None else None
                    if span is not None and day is not None:
                        event.date = Fact(day[0], sentence, f"«{day[1]}» of «{told.name.value}», {span.display()}")
                        break
            place = self._place(words, names)
            if place and event.place is None:
                event.place = Fact(place, sentence)
        for match in COP.finditer(sentence.text):
            # "в рамках СОР-28 провел встречу" (in Latin or Cyrillic letters): the conference of the parties, which the sentence
            # does not date (the day is of what was done there)
            self._event(("cop", match.group("number")), f"COP{match.group('number')}", sentence, EventKind.other,
                        any(_future(w) and not _aside(w) for w in words if w.pos in ("VERB", "AUX")))

    def _event(self, key: tuple, name: str, sentence: Sentence, kind: EventKind, planned: bool, note: str | None = None) -> DraftEvent:
        """The event of that key drafted from this report already (its name and status as first told), else a new one."""
        event = self._events.get(key)
        if event is None:
            event = self._events[key] = DraftEvent(Fact(name, sentence, note), kind, planned)
            self.drafts.events.append(event)
        return event

    def _takes_part(self, event: DraftEvent, person: Name, sentence: Sentence) -> None:
        """The person, as the name is written in English, among the event's participants (once)."""
        value = self.actor(Mention(self.english.new_person(person), person.start, person.end, self.english.person(person), "person", "new"), sentence)
        if not any(p.value == value for p in event.participants):
            event.participants.append(Fact(value, sentence))

    @staticmethod
    def _dated(event: DraftEvent, sentence: Sentence, dates: list[DateInRussian]) -> None:
        """The event's date, the sentence's first, where it has none yet."""
        if event.date is None and dates:
            event.date = Fact(dates[0].date, sentence, f"«{dates[0].text}»")


def _nominatives(name: Name) -> list[str]:
    """The forms a place's name may have in the nominative: natasha's, else the text's less a case ending ("в Астане",
    which natasha may give as "Астан", is Астана; "в Ташкенте" Ташкент)."""
    text = name.text
    return list(dict.fromkeys([name.normal, text, *([text[:-1] + "а", text[:-1]] if text.endswith("е") and " " not in text else [])]))


def _future(word: Word) -> bool:
    """A word in the future tense; "будет", "будут" also where natasha tags them as present ("будет подписан в ближайшее время")."""
    return word.feats.get("Tense") == "Fut" or (word.lemma == "быть" and word.text.lower() in ("будет", "будут"))


def _aside(word: Word) -> bool:
    """A verb of the writer's aside, not of what happens: "Напомним, …" ("let us recall") is in the future tense."""
    return word.lemma in ("напомнить", "отметить", "заметить", "добавить", "уточнить", "подчеркнуть") and word.feats.get("Person") == "1" \
        and word.feats.get("Number") == "Plur"


def _one_names_the_other(name: str, other: str) -> bool:
    """Whether two meetings' names in English may be one meeting's: the words of one, less ordinals and the words any
    meeting's name has, are all in the other ("Meeting of the Intergovernmental Commission" and "9th Meeting of the
    Turkmen–Japanese Intergovernmental Commission"; not "Regular Meeting of the Cabinet of Ministers")."""
    def words(text: str) -> set[str]:
        return {w for w in re.findall(r"[\w'’-]+", text.casefold()) if w not in ("meeting", "session", "of", "the", "on", "and", "regular")
                and not re.fullmatch(r"\d+(?:st|nd|rd|th)?", w)}
    one, two = words(name), words(other)
    return one <= two or two <= one


class Subject(NamedTuple):
    """What a document is on, as its sentence says (_subject): the dictionary forms of the first words ("о", "защита",
    "инвестиция") and of the nouns of the next few ("производство")."""

    first: tuple[str, ...]
    nouns: tuple[str, ...]


def _same_subject(told: Subject | None, said: Subject | None) -> bool:
    """Whether two subjects (_subject) are one: the same first words (and not two fields after them), or the same first noun
    and a word of the rest in common
    ("о строительстве комплекса по производству …" and "о строительстве химического комплекса"; not "о сотрудничестве в
    области энергетики" and "о сотрудничестве в области транспорта", whose nouns in common are only the field's words)."""
    if told is None or said is None:
        return False
    if said.first[0] in ("в", "по") and (field := _field_of(Subject((), said.first + said.nouns))) is not None \
            and field == _field_of(Subject((), told.first + told.nouns)):
        return True  # "Соглашение в области геологии", told again of "Соглашение … о сотрудничестве в области геологии и …": its field alone
    if told.first == said.first:
        # (not where the nouns after name two fields: "о сотрудничестве в области стандартизации" and "о сотрудничестве в сфере
        # сельского хозяйства")
        fields = [_field_of(s) for s in (told, said)]
        return not (fields[0] and fields[1] and fields[0] != fields[1])
    first, other = told.first + told.nouns, said.first + said.nouns
    return len(first) > 1 and len(other) > 1 and first[1] == other[1] and bool(
        (set(first[2:]) & set(other[2:])) - {"в", "по", "на", "и", "с"} - FIELD_LEMMAS)


def _field_of(subject: Subject) -> str | None:
    """The field a subject's nouns name after "области" or "сфере" ("стандартизация" of "… в области стандартизации и
    метрологии"), if any."""
    after = next((i for i, noun in enumerate(subject.nouns) if noun in ("область", "сфера")), None)
    return next((n for n in subject.nouns[after + 1:] if n not in FIELD_LEMMAS), None) if after is not None else None


def _same_month(planned_for: Fact | None, dates: list[DateInRussian]) -> bool:
    """Whether a signing to come is for the month the sentence's first date gives (both told, the same month)."""
    return planned_for is not None and bool(dates) and dates[0].date.month is not None and \
        (dates[0].date.year, dates[0].date.month) == (planned_for.value.year, planned_for.value.month)


def _subject_told_in(told: str, words: list[Word], at: int) -> bool:
    """Whether a listed document's words (`told`) give the subject the document at `at` is on: its first noun as written
    ("о строительстве", the same case after "о") and one of the nouns after it ("комплекса"), or its first adjective and noun
    ("о кредитной линии")."""
    i = next((i for i in range(at + 1, min(len(words) - 2, at + 4)) if words[i].lemma in ("о", "об")), None)
    if i is not None and words[i + 1].pos == "ADJ" and words[i + 2].pos == "NOUN":
        # (or its adjective and noun as written: "о кредитной линии", which name one thing)
        return re.search(rf"\b{re.escape(words[i].text)}\s+{re.escape(words[i + 1].text)}\s+{re.escape(words[i + 2].text)}\b", told,
                         re.IGNORECASE) is not None
    if i is None or words[i + 1].pos != "NOUN":
        return False
    head = re.search(rf"\b{re.escape(words[i].text)}\s+{re.escape(words[i + 1].text)}\b", told, re.IGNORECASE)
    nouns = [w.text for w in words[i + 2:i + 6] if w.pos == "NOUN" and w.lemma not in FIELD_LEMMAS]
    return head is not None and any(re.search(rf"\b{re.escape(noun)}\b", told[head.end():head.end() + 80]) for noun in nouns)


def _names_a_quoted_name_of(told: str, said: str) -> bool:
    """Whether a name in quotation marks in `said` («Фергана Мотор Текнолоджиз») is also in `told`."""
    return any(f"«{name}»" in told for name in re.findall(r"«([^«»]{3,80})»", said))


def _subject(words: list[Word], at: int) -> Subject | None:
    """What the document at `at` is on, as the dictionary forms of its first words ("о защита инвестиция"), and of the nouns
    of the next few ("по производство"), where its sentence says so just after it or after its parties ("Соглашение между
    Правительством … о сотрудничестве …")."""
    for i in range(at + 1, min(len(words) - 1, at + 16)):
        if words[i].lemma in ("о", "об") or (i == at + 1 and words[i].lemma in ("в", "по")):
            if words[i + 1].lemma == "взаимопонимание":
                return None
            # (its words up to a word of none: "о займе между …" and "о займе подписала …" are one subject, "о займе")
            first = words[i:i + 2] + [w for w in words[i + 2:i + 3] if w.pos in ("NOUN", "ADJ", "PROPN")]
            return Subject(tuple(w.lemma for w in first), tuple(w.lemma for w in words[i + 3:i + 6] if w.pos == "NOUN"))
        if words[i].text in (".", ";", ":") or words[i].feats.get("VerbForm") in ("Fin", "Part"):
            return None  # the verb, or the sentence's end, before any subject
    return None
