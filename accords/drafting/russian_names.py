"""Names in a Russian report, in English field values: a meeting or body by the glossary of the region's words ("Четвертой
Консультативной встречи глав государств Центральной Азии" → "4th Consultative Meeting of the Heads of State of Central
Asia"), a person or a body's own name romanised as English-language news does ("Мурат Нуртлеу" → "Murat Nurtleu",
"«Ховар»" → "Khovar"), a place by the country it is or is in. What can be neither is not named: nothing is drafted in
Russian."""

from __future__ import annotations

import functools
import re

from .actors import Actors
from .chinese_names import pinyin_name
from .russian_text import CYRILLIC, Name, Word, nominative_form_of_state, with_yo

# Heads of a body's name in English that its field precedes: "Development Bank", not "Bank of Development".
PREFIXED_HEADS = frozenset({"Bank", "Fund", "Company", "Corporation", "Concern", "Agency"})

# Words natasha may take for an organisation's one-word name that are none: acts ("Согласно Постановлению").
NOT_NAMES = frozenset({"постановление", "указ", "распоряжение", "закон", "решение", "приказ", "документ", "сторона"})

QUOTES = frozenset({"«", "»", "“", "”", '"'})  # around a body's name within an office ("директор … агентства «Ховар»")

# The words of the region's meeting names, by lemma, in English (singular, plural): a name is written in English only
# where each of its words is here or a country's name; otherwise it stays as the Russian text writes it.
GLOSSARY: dict[tuple[str, ...], tuple[str, str]] = {
    ("глава", "государство"): ("Head of State", "Heads of State"), ("центральный", "азия"): ("Central Asia", "Central Asia"),
    ("глава", "правительство"): ("Head of Government", "Heads of Government"),
    ("саммит",): ("Summit", "Summits"), ("форум",): ("Forum", "Forums"), ("бизнес-форум",): ("Business Forum", "Business Forums"),
    ("заседание",): ("Meeting", "Meetings"), ("совещание",): ("Meeting", "Meetings"),
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
    ("водохозяйственный",): ("Water Management", ""), ("следующий",): ("Next", ""), ("страна",): ("Country", "Countries"), ("снг",): ("CIS", ""), ("шос",): ("SCO", ""), ("отг",): ("OTS", ""), ("еаэс",): ("EAEU", ""), ("каспийский",): ("Caspian", ""),
    ("одкб",): ("CSTO", ""), ("евразийский",): ("Eurasian", ""), ("шанхайский", "организация", "сотрудничество"): ("Shanghai Cooperation Organisation", ""),
    # the fields and kinds of the region's commissions and forums ("по торгово-экономическому, научно-техническому и гуманитарному
    # сотрудничеству", "межправкомиссия", "форум межрегионального сотрудничества")
    ("научно-технический",): ("Scientific and Technical", ""), ("гуманитарный",): ("Humanitarian", ""),
    ("культурно-гуманитарный",): ("Cultural and Humanitarian", ""), ("военно-технический",): ("Military-Technical", ""),
    ("межрегиональный",): ("Interregional", ""), ("трехсторонний",): ("Trilateral", ""), ("рабочий", "группа"): ("Working Group", "Working Groups"),
    ("межправкомиссия",): ("Intergovernmental Commission", "Intergovernmental Commissions"),
    # the fields of the region's ministries and agencies ("Министерство инвестиций, промышленности и торговли", "Министерство
    # природных ресурсов, экологии и технического надзора"), as their own English names write them
    ("коммуникация",): ("Communications", "Communications"), ("связь",): ("Communications", "Communications"),
    ("промышленность",): ("Industry", "Industry"), ("строительство",): ("Construction", "Construction"),
    ("торговля",): ("Trade", "Trade"), ("инвестиция",): ("Investment", "Investment"), ("здравоохранение",): ("Health", "Health"),
    ("высокий", "образование"): ("Higher Education", "Higher Education"),  # natasha: "высшего" is "высокий"
    ("образование",): ("Education", "Education"), ("наука",): ("Science", "Science"), ("юстиция",): ("Justice", "Justice"),
    ("культура",): ("Culture", "Culture"), ("туризм",): ("Tourism", "Tourism"), ("инновация",): ("Innovation", "Innovations"),
    ("цифровой",): ("Digital", ""), ("аэрокосмический",): ("Aerospace", ""), ("технология",): ("Technology", "Technologies"),
    ("природный",): ("Natural", ""), ("ресурс",): ("Resource", "Resources"), ("экология",): ("Ecology", "Ecology"),
    ("технический",): ("Technical", ""), ("надзор",): ("Supervision", "Supervision"), ("водный",): ("Water", ""),
    ("ирригация",): ("Irrigation", "Irrigation"), ("водный", "хозяйство"): ("Water Management", "Water Management"),
    ("геология",): ("Geology", "Geology"), ("таможенный",): ("Customs", ""), ("служба",): ("Service", "Services"),
    ("кабинет", "министр"): ("Cabinet of Ministers", "Cabinet of Ministers"), ("европейский",): ("European", ""),
    ("союз",): ("Union", "Unions"), ("приграничный",): ("Cross-Border", ""), ("ежегодный",): ("Annual", ""),
    ("совет", "управляющий"): ("Board of Governors", "Board of Governors"), ("исламский",): ("Islamic", ""), ("исбр",): ("IsDB", ""),
    ("центральноазиатский",): ("Central Asian", ""), ("муниципалитет",): ("Municipality", "Municipalities"),
    # "Министерство здравоохранения и социальной защиты населения", "Министерство торговли и внешнеэкономических связей"
    ("социальный", "защита"): ("Social Protection", "Social Protection"), ("население",): ("Population", "Population"),
    ("внешнеэкономический", "связь"): ("Foreign Economic Relations", "Foreign Economic Relations"),
    ("новый",): ("New", ""),  # "Министерство промышленности и новых технологий"
    ("коммерция",): ("Commerce", "Commerce"),  # "Министерство экономики и коммерции"
}
# (natasha reads "управляющих" as the verb's participle)
GLOSSARY[("совет", "управлять")] = GLOSSARY[("совет", "управляющий")]
# (the longest first: "Совета управляющих" is the Board of Governors, not a council)
LONGEST_FIRST = sorted(GLOSSARY.items(), key=lambda item: -len(item[0]))

# English words the region's companies take into their names, as Russian writes them ("«Каспиан Грин Пауэр»", "ТОО «Актау
# Терминал Групп»"), and the legal forms of other countries spelt in Cyrillic ("ГмбХ").
LOANWORDS = {"групп": "Group", "груп": "Group", "холдинг": "Holding", "пауэр": "Power", "грин": "Green", "энерджи": "Energy",
             "индастриз": "Industries", "индастрис": "Industries", "текнолоджиз": "Technologies", "текнолоджис": "Technologies",
             "констракшн": "Construction", "конструкшн": "Construction", "системз": "Systems", "системс": "Systems", "медикал": "Medical",
             "кэпитал": "Capital", "кепитал": "Capital", "капитал": "Capital", "трейдинг": "Trading", "майнинг": "Mining",
             "ресорсиз": "Resources", "ресорсез": "Resources", "моторс": "Motors", "интернешнл": "International", "девелопмент": "Development",
             "инжиниринг": "Engineering", "кемикал": "Chemical", "кемикалс": "Chemicals", "логистикс": "Logistics", "клауд": "Cloud",
             "солар": "Solar", "партнерс": "Partners", "инвестмент": "Investment", "инвестментс": "Investments", "сервисез": "Services",
             "солюшнз": "Solutions", "солюшнс": "Solutions", "дата": "Data", "сентерс": "Centers", "сентер": "Center", "терминал": "Terminal",
             "гмбх": "GmbH", "лтд": "Ltd", "инк": "Inc", "корпорейшн": "Corporation", "компани": "Company", "металл": "Metal",
             "экспорт": "Export", "импорт": "Import", "банк": "Bank", "инвест": "Invest", "агро": "Agro",
             "трейд": "Trade", "гидро": "Hydro", "генерация": "Generation", "сервис": "Service", "транзит": "Transit", "рейл": "Rail",
             "нью": "New", "сторедж": "Storage", "текнолоджи": "Technology", "машинери": "Machinery", "кэмикал": "Chemical",
             "кэмикалс": "Chemicals", "финанс": "Finance", "контейнер": "Container",
             # and the Russian words such names are made of, as the companies write them in English ("«Северный экспортный
             # банк»": Northern Export Bank; "«Волжский локомотивный завод»": Volga Locomotive Plant)
             "северный": "Northern", "южный": "Southern", "восточный": "Eastern", "западный": "Western", "сибирская": "Siberian",
             "сибирский": "Siberian", "волжский": "Volga", "экспортный": "Export", "локомотивный": "Locomotive", "завод": "Plant",
             "строительные": "Building", "материалы": "Materials", "мельничная": "Milling", "компания": "Company",
             "редкометалльный": "Rare Metals", "горнорудная": "Mining", "горнорудный": "Mining"}

# The states' adjectives by their stems, as compound adjectives join them ("кыргызско-узбекской" → "Kyrgyz–Uzbek").
STATE_ADJECTIVES = {"казахстанск": "Kazakh", "казахск": "Kazakh", "кыргызск": "Kyrgyz", "киргизск": "Kyrgyz", "узбекистанск": "Uzbek",
                    "узбекск": "Uzbek", "таджикистанск": "Tajik", "таджикск": "Tajik", "туркменистанск": "Turkmen", "туркменск": "Turkmen",
                    "азербайджанск": "Azerbaijani", "турецк": "Turkish", "китайск": "Chinese", "российск": "Russian",
                    "туркмен": "Turkmen", "азербайджан": "Azerbaijani",  # ("туркмено-кыргызской")
                    "белорусск": "Belarusian", "корейск": "Korean", "японск": "Japanese", "германск": "German", "немецк": "German",
                    "французск": "French", "британск": "British", "американск": "American", "иранск": "Iranian",
                    "венгерск": "Hungarian", "монгольск": "Mongolian", "пакистанск": "Pakistani", "индийск": "Indian",
                    "эмиратск": "Emirati", "саудовск": "Saudi", "катарск": "Qatari", "кувейтск": "Kuwaiti", "оманск": "Omani",
                    "бахрейнск": "Bahraini", "итальянск": "Italian", "испанск": "Spanish", "грузинск": "Georgian", "армянск": "Armenian",
                    "афганск": "Afghan", "египетск": "Egyptian", "польск": "Polish", "чешск": "Czech", "словацк": "Slovak",
                    "австрийск": "Austrian", "швейцарск": "Swiss", "болгарск": "Bulgarian", "румынск": "Romanian", "сербск": "Serbian",
                    "малайзийск": "Malaysian", "индонезийск": "Indonesian", "вьетнамск": "Vietnamese", "сингапурск": "Singaporean"}
STATE_ADJECTIVE = re.compile(r"(?P<first>[а-яё]+?)о-(?P<second>[а-яё]+?)(?:ий|ый|ой|ая|ое|ие|ые)")

PROPER = frozenset({("центральный", "азия")})  # a name: no "the" before it

ACRONYMS = frozenset({("снг",), ("шос",), ("отг",), ("еаэс",), ("одкб",), ("исбр",), ("шанхайский", "организация", "сотрудничество")})  # "of the CIS"

# The states' usual abbreviations in Russian texts ("президента РК … в КР"), and the names in full that the ISO names
# pycountry translates (official_names_in_russian) do not give: "Кыргызской Республики".
STATE_ABBREVIATIONS = {"Кыргызская Республика": "Kyrgyzstan", "Азербайджанская Республика": "Azerbaijan", "РК": "Kazakhstan", "КР": "Kyrgyzstan", "РУз": "Uzbekistan", "РТ": "Tajikistan", "РФ": "Russia", "КНР": "China",
                       "США": "United States", "ОАЭ": "United Arab Emirates", "АР": "Azerbaijan",
                       # natasha's normal form of "Соединёнными Штатами Америки"
                       "Соединенные Штаты Америка": "United States", "Соединенные Штаты Америки": "United States", "Соединенные Штаты": "United States"}

@functools.cache
def official_names_in_russian() -> dict[str, str]:
    """The states' official names in Russian ("Французская Республика", "Государство Кувейт"), folded, to their ISO
    codes: pycountry's ISO 3166 names and their Russian translations (its iso3166-1 catalogue)."""
    import gettext

    import pycountry

    russian = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"])
    found = {}
    for country in pycountry.countries:
        official = russian.gettext(getattr(country, "official_name", country.name))
        found[official.replace("\u0301", "").casefold().replace("ё", "е")] = country.alpha_2  # without the stress mark ("Респу́блика")
    return found


@functools.cache
def usual_names_in_russian() -> dict[str, str]:
    """The states' usual names in Russian ("Беларусь", "Монголия"), folded, to their ISO codes: pycountry's ISO 3166 short
    names in its Russian translations."""
    import gettext

    import pycountry

    russian = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"])
    return {russian.gettext(country.name).replace("\u0301", "").casefold().replace("ё", "е"): country.alpha_2 for country in pycountry.countries}


ORDINAL_WORDS = {w: n for n, w in enumerate("первый второй третий четвертый пятый шестой седьмой восьмой девятый десятый одиннадцатый двенадцатый "
                                             "тринадцатый четырнадцатый пятнадцатый шестнадцатый семнадцатый восемнадцатый девятнадцатый "
                                             "двадцатый".split(), start=1)}

def _with_texts_yo(normal: str, written: str) -> str:
    """The normal form of a word with ё where the written word has it at the same place after the same letters."""
    letters = list(normal)
    for i, (made, seen) in enumerate(zip(normal, written, strict=False)):
        if made.lower() != seen.lower().replace("ё", "е"):
            break
        if seen.lower() == "ё":
            letters[i] = "Ё" if made.isupper() else "ё"
    return "".join(letters)


# A region's or a city's administration, by the first letters of the word before the region's name ("акиматом Павлодарской
# области"), in English: of a region, of a city ("хокимият города Ташкента").
REGIONAL_HEADS = (("акимат", "Akimat of {} Region", "Akimat of {}"), ("хокимият", "Khokimiyat of {} Region", "Khokimiyat of {}"),
                  ("правительств", "Government of {} Region", "Government of {}"), ("администраци", "{} Regional Administration", "Administration of {}"),
                  ("хукумат", "Hukumat of {} Region", "Hukumat of {}"),  # Tajikistan's: "хукуматом Согдийской области"
                  # a city's: "мэрией города Бишкек" (Bishkek City Hall), "муниципалитетом города Мешхед" (Mashhad Municipality)
                  ("мэри", "{} Region Mayor's Office", "{} City Hall"), ("муниципалитет", "{} Region Municipality", "{} Municipality"),
                  # Azerbaijan's: "Исполнительная власть города Гянджа" is the Ganja City Executive Power (after "исполнительн…" only)
                  ("власт", "{} Region Executive Power", "{} City Executive Power"))
# "Чуйская областная государственная администрация", natasha's normal form of a body it tags whole
REGIONAL_ADMINISTRATION = re.compile(r"(?P<region>[А-ЯЁ][\w-]+)\s+областная\s+(?P<state>государственная\s+)?администрация")
# Belarus's: "Гомельский областной исполнительный комитет" is the Gomel Regional Executive Committee
REGIONAL_EXECUTIVE_COMMITTEE = re.compile(r"(?P<region>[А-ЯЁ][\w-]+)ий\s+областной\s+исполнительный\s+комитет")
QUARTERS = {"Восточно": "East", "Западно": "West", "Северо": "North", "Южно": "South"}  # "Восточно-Казахстанская": East Kazakhstan


# The fields a meeting's name may be of, uncountable in English: no article before them.
FIELDS = frozenset({"Cooperation", "Partnership", "Development", "Planning"})


def demonym(word: Word) -> str | None:
    """The English demonym a state's adjective is ("кыргызскую" → Kyrgyz, "белорусскую" → Belarusian), or None."""
    return next((english for stem, english in STATE_ADJECTIVES.items() if word.lemma.startswith(stem)), None)


def _acronym(word: Word) -> bool:
    """A word of two capitals or more ("ИсБР", "ШОС"), whose lemma natasha may make up ("исбрый"): its letters are the word."""
    return sum(c.isupper() for c in word.text) >= 2 and word.text.isalpha()


def _ordinal(number: int) -> str:
    return f"{number}{'th' if 10 <= number % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(number % 10, 'th')}"


class RussianNames:
    """The names of a Russian report in English, against the dataset's names."""

    def __init__(self, actors: Actors):
        self.dataset, self.names, self.actors = actors.dataset, actors.names, actors

    def city_of_adjective(self, word: Word) -> str | None:
        """The city an adjective is of, in English ("Будапештская" → Budapest, "Астанинская" → Astana, "Душанбинская" →
        Dushanbe), as the gazetteer names it; None for any other word."""
        if word.pos != "ADJ" or not word.lemma.endswith("ский"):
            return None
        stem = word.lemma[:-4]
        stems = [stem, stem[:-2]] if stem.endswith("ин") else [stem]
        for candidate in (f"{s}{end}" for s in stems for end in ("", "а", "ы", "е", "у")):
            city = self.actors.city(candidate.capitalize())
            if city is not None:
                return city.name
        return None

    def place_of_adjective(self, word: Word) -> str | None:
        """The place a capitalised adjective within a sentence is of, in English: its city as GeoNames names it ("Астанинский
        международный форум" → Astana), else its name in Latin letters ("Иртышский форум" → Irtysh); None for any other word,
        a state's adjective or one that opens the sentence."""
        if word.pos != "ADJ" or not word.lemma.endswith("ский") or not word.text[:1].isupper() or word.start == 0 or demonym(word) is not None:
            return None
        return self.city_of_adjective(word) or self.latin_place(word.lemma[:-4])

    def latin_place(self, text: str) -> str:
        """A place's name in Latin letters, each part of it capitalised ("иссык-куль" → "Issyk-Kul")."""
        return "-".join(part[:1].upper() + part[1:] for part in self.latin(text).split("-"))

    def regional_body(self, words: list[Word], name: Name) -> tuple[str, str | None] | None:
        """The administration of the region or city at `name`, in English, and the country its city is in where GeoNames
        knows it: "акиматом Павлодарской области" → "Akimat of Pavlodar Region", "Правительством Омской области" →
        "Government of Omsk Region", "хокимиятом города Ташкента" → "Khokimiyat of Tashkent", "Чуйской областной
        государственной администрации" → "Chuy Regional State Administration". None where `name` is no such body's."""
        whole = REGIONAL_ADMINISTRATION.fullmatch(name.normal)
        if whole is not None:
            region, country = self.region(whole["region"])
            return f"{region} Regional {'State ' if whole['state'] else ''}Administration", country
        committee = REGIONAL_EXECUTIVE_COMMITTEE.fullmatch(name.normal)
        if committee is not None:
            region, country = self.region(committee["region"] + "ая")  # (the region's adjective as "область" takes it)
            return f"{region} Regional Executive Committee", country
        before = [w for w in words if w.end <= name.start][-2:]
        of_region = re.fullmatch(r"(?P<adjective>[А-ЯЁ][\w-]+)\s+область", name.normal)
        city = name.kind == "LOC" and len(before) == 2 and before[1].lemma == "город" and len(name.normal.split()) == 1
        head = before[-1:] if of_region else before[:1] if city else []
        of = next((forms for forms in REGIONAL_HEADS if head and head[0].text.casefold().startswith(forms[0])), None)
        executive = [w for w in words if head and w.end <= head[0].start][-1:]
        if of is None or of[0] == "власт" and not (executive and executive[0].text.casefold().startswith("исполнительн")):
            return None
        if of_region is not None:
            english, country = self.region(of_region["adjective"])
            return of[1].format(english), country
        place = self.actors.city(name.normal)
        return of[2].format(place.name if place else self.latin(name.normal)), place.country if place else None

    def region(self, adjective: str) -> tuple[str, str | None]:
        """A region's name in English from its adjective in the nominative, as GeoNames names its city ("Омская" → Omsk,
        "Павлодарская" → Pavlodar, "Ферганская" → Fergana, "Навоийская" → Navoiy), else in Latin letters ("Чуйская" → Chuy),
        and the city's country (ISO 3166-1 alpha-2), if known."""
        quarter = re.match(r"(?P<quarter>[А-ЯЁ][а-яё]+о)-(?P<rest>[А-ЯЁ][\w-]+)", adjective)
        if quarter is not None and quarter["quarter"] in QUARTERS:
            rest, country = self.region(quarter["rest"])
            return f"{QUARTERS[quarter['quarter']]} {rest}", country
        stem = re.sub(r"ская$", "", adjective)
        for form in (adjective[:-2], stem, stem + "а", stem[:-1] if stem.endswith("ий") else None):
            if form and (city := self.actors.city(form)) is not None:
                return city.name, city.country
        return self.latin_place(stem), None

    def body(self, words: list[Word], name: Name, names: list[Name] = ()) -> tuple[str, int] | None:  # type: ignore[assignment]
        """A body the dataset does not know, in English, and where its name ends: its words by the glossary, the country
        in the genitive after it and its own name in quotation marks, romanised ("Национальное информационное агентство
        Таджикистана «Ховар»" → "National Information Agency of Tajikistan Khovar"); only its name in quotation marks,
        or a one-word name ("Казатомпром" → "Kazatomprom"), where the glossary does not know its words. None otherwise:
        a party is not drafted in Russian."""
        first = next((i for i, w in enumerate(words) if w.start >= name.start), None)
        if first is None:
            return None
        last = next((i for i, w in enumerate(words) if w.start >= name.end), len(words))
        # (natasha's span may end before the body's fields do: "Министерством промышленности, горнодобывающей промышленности и
        # торговли …" tagged as "Министерством промышленности"; the fields after a comma or "и" in the genitive are its own)
        while last + 1 < len(words) and words[last].text in (",", "и") and words[first].lemma in ("министерство", "ведомство", "агентство") \
                and words[last + 1].pos in ("ADJ", "NOUN") and words[last + 1].feats.get("Case") == "Gen":
            last += 1
            while last < len(words) and words[last].pos in ("ADJ", "NOUN") and words[last].feats.get("Case") == "Gen":
                last += 1
        # the longest run of its words the glossary knows (natasha's span may take in the country and the quotation)
        found = next((units for j in range(last, first, -1) if (units := self.units(words, first, j)) is not None), None)
        if found is not None and found[1] < last and words[found[1]].text not in QUOTES:
            found = None  # the glossary names only a part of it ("Агентство [по инвестициям]"): not "Agency"
        english = None
        if found is not None and any(role == "noun" for _, role in found[0]):
            phrases: list[str] = []
            adjectives: list[str] = []
            joined = ""  # "," or "and": the next field goes with the one before ("Transport and Communications")
            prefixed = False  # a field put before a bank's or fund's head ("Asian Development Bank")
            for unit, role in found[0]:
                if role == "adj":
                    adjectives.append(unit)
                elif role == "and":
                    joined = unit
                elif joined and prefixed:
                    phrases = []  # "Европейский банк реконструкции и развития": fields before a bank's name and joined, unwritable
                    break
                elif joined:
                    phrases[-1], adjectives, joined = f"{phrases[-1]}{',' if joined == ',' else ' and'} {' '.join([*adjectives, unit])}", [], ""
                elif len(phrases) == 1 and not adjectives and role == "noun" and phrases[0].split()[-1] in PREFIXED_HEADS:
                    # "Азиатский банк развития": the field goes before a bank's or fund's name ("Asian Development Bank")
                    prefixed = True
                    head = phrases[0].rsplit(" ", 1)
                    phrases[0] = " ".join([*head[:-1], unit, head[-1]])
                else:
                    phrases.append(" ".join([*adjectives, unit]))
                    adjectives = []
            english = " of ".join(phrases) if phrases and not adjectives else None
        end, i = name.end, found[1] if found is not None else last
        following = next((n for n in names if i < len(words) and n.kind == "LOC" and n.start == words[i].start), None)
        if english is not None and following is not None and (country := self.state(following)):
            # "Министерством энергетики Кыргызской Республики": the country named in full
            english, end = f"{english} of {self.dataset.name(country)}", following.end
            i = next((j for j, w in enumerate(words) if w.start >= following.end), len(words))
        elif english is not None and i < len(words) and words[i].feats.get("Case") == "Gen" and (
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
            return (self.company(own) if CYRILLIC.search(own) else own), (words[last].end if closing else name.end)
        if i < len(words) and words[i].text in ("«", "“", '"'):
            close = next((j for j in range(i + 1, min(len(words), i + 8)) if words[j].text in ("»", "”", '"')), None)
            if close is not None and close > i + 1:
                quoted = self.company(" ".join(w.text for w in words[i + 1:close])) if CYRILLIC.search(words[i + 1].text) else \
                    " ".join(w.text for w in words[i + 1:close])
                end = words[close].end
        end = max(end, name.end)
        if english is not None:
            return (f"{english} {quoted}" if quoted else english), end
        if quoted is not None:
            return quoted, end
        if " " not in name.text.strip() and CYRILLIC.search(name.text) and words[first].lemma not in NOT_NAMES:
            return self.latin(name.normal), name.end
        return None

    @staticmethod
    def normal_person(name: Name) -> str:
        """A person's name in the nominative. natasha leaves a man's surname in the genitive when his first name is declined
        ("Садыра Жапарова" → "Садыр Жапарова"): the surname is then the masculine one ("Садыр Жапаров")."""
        written, normal = name.text.split(), name.normal.split()
        if len(written) == len(normal) > 1 and written[0] != normal[0] and not normal[0].endswith(("а", "я")) \
                and written[-1] == normal[-1] and re.search(r"(?:ов|ев|ёв|ин|ын)а$", normal[-1]):
            normal[-1] = normal[-1][:-1]
        elif len(written) == len(normal) > 1 and written[0] == normal[0] and re.search(r"[^аеёиоуыэюя]а$", normal[0]) \
                and written[-1] == normal[-1] + "а" and re.search(r"(?:ов|ев|ёв|ин|ын)$", normal[-1]):
            normal[0] = normal[0][:-1]  # and the other way round: "Садыра Жапарова" → "Садыра Жапаров" → "Садыр Жапаров"
        if len(written) == len(normal) > 1 and written[-1] == normal[-1] and re.search(r"(?:ов|ев|ёв|ин|ын)ым$", normal[-1]):
            normal[-1] = normal[-1][:-2]  # a surname natasha leaves in the instrumental: "Бахтиёром Саидовым" → "… Саидов"
        if len(written) == len(normal) > 1 and written[0].replace("ё", "е") == normal[0].replace("ё", "е") and re.search(r"[^аеёиоуыэюя](?:ом|ем)$", normal[0]) \
                and written[-1] != normal[-1] and re.search(r"ым$", written[-1]):
            normal[0] = normal[0][:-2]  # the instrumental of a first name natasha does not know: "Бахтиёром Саидовым" → "Бахтиёр Саидов"
        if len(written) == len(normal) > 1 and written[0] == normal[0] and re.search(r"[^аеёиоуыэюя]ой$", written[0]) \
                and re.search(r"(?:ов|ев|ёв|ин)ой$", written[-1]):
            normal[0] = written[0][:-2] + "а"  # a woman's first name natasha does not know, in the instrumental: "Дилнозой Юсуповой"
        if len(written) == len(normal) == 2 and written == normal and all(re.search(r"[^аеёиоуыэюяй](?:ом|ем)$", w) for w in written):
            normal = [w[:-2] for w in written]  # a foreign name natasha leaves in the instrumental: "Хаканом Фиданом" → "Хакан Фидан"
        if len(written) == len(normal):  # natasha writes ё as е: the text's ё stays ("Мирзиёева" → "Мирзиёев", not "Мирзиеев")
            normal = [_with_texts_yo(word, text) for word, text in zip(normal, written, strict=True)]
        if len(written) == len(normal) and re.search(r"[аеёиоуэюя]и$", written[-1]) and normal[-1] == written[-1][:-1]:
            normal[-1] = written[-1]  # a foreign surname that is not declined: "Хаменеи" (natasha: "Хамене")
        if len(written) == len(normal) and re.search(r"(?:зода|заде)$", written[-1]) and normal[-1] != written[-1]:
            normal[-1] = written[-1]  # a Tajik or Azerbaijani surname that is not declined: "Курбонзода" (natasha: "Курбонзод")
        # a title before the name is no part of it: "Герой-Аркадаг Гурбангулы Бердымухамедов", "Аятоллой … Хаменеи"
        return re.sub(r"^(?:(?:Герой-Аркадаг|Аркадаг|Аятолл[аыуойе]{1,2}|Шейх(?:а|у|ом|е)?)\s+)+", "", " ".join(normal))

    def new_person(self, name: Name) -> str:
        """A person the dataset may not know, in Latin letters: a Chinese name in pinyin ("Си Цзиньпин" → "Xi Jinping"),
        any other as the names rules romanise its normal form."""
        return pinyin_name(self.normal_person(name)) or pinyin_name(name.text) or self.latin(self.normal_person(name))

    def person_name(self, name: Name) -> str:
        """A person as the dataset names them where it knows them ("Касым-Жомарт Токаев" → "Kassym-Jomart Tokayev"), else
        as the text does, in the normal form."""
        known = self.person(name)
        return self.dataset.name(known) if known else self.new_person(name)

    def company(self, text: str) -> str:
        """A company's own name written in Cyrillic, in Latin letters: the English words such names borrow as English writes
        them ("Каспиан Грин Пауэр" → "Kaspian Green Power", "Шварцвальд Анлагенбау ГмбХ" → "Shvartsvald Anlagenbau GmbH"),
        the rest romanised."""
        # (the letters of Kazakh, Kyrgyz, Tajik and Uzbek Cyrillic too: "Шығыс Инвест Холдинг" → "Shyghys Invest Holding")
        return re.sub(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІіЎўҲҳӢӣӮӯҶҷ]+(?:-[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІіЎўҲҳӢӣӮӯҶҷ]+)*",
                      lambda word: LOANWORDS.get(word.group(0).casefold().replace("ё", "е")) or self.latin(word.group(0)), text)

    def latin(self, text: str) -> str:
        """A Russian name in Latin letters, as the names rules romanise Cyrillic the way English-language news does
        ("Мурат Нуртлеу" → "Murat Nurtleu"): a field value in English; the Russian sentence stays above it."""
        letters = self.names.rules.letters
        # й before я or ю is in their "y" already: "Каракайя" is "Karakaya", not "Karakayya"
        text = re.sub(r"й(?=[яю])", "", text)
        # е and ё at a word's start or after a vowel are "ye" and "yo", as English-language news writes "Алиев": "Aliyev"
        text = re.sub(r"(?<=[аеёиоуыэюяьъ])е|\bе", "йе", text)
        text = re.sub(r"(?<=[аеёиоуыэюяьъ])ё|\bё", "йо", text)
        text = re.sub(r"\bЕ", "Йе", text)
        return "".join(letters.get(c.lower(), c.lower()).title() if c.isupper() else letters.get(c, c) for c in text)

    def person(self, name: Name) -> str | None:
        """The record of a person the text names, also where it writes е for ё, as Russian texts mostly do ("Мирзиеев" is
        "Мирзиёев")."""
        spellings = [self.normal_person(name), name.normal, name.text, *with_yo(name.normal), *filter(None, [pinyin_name(self.normal_person(name)), pinyin_name(name.text)])]
        return next((known for spelling in spellings if (known := self.names.resolve(spelling, ("person",)))), None)

    def state(self, name: Name) -> str | None:
        """The state a name is: its name, "Республика Таджикистан", its name in full ("Кыргызская Республика") or its usual
        abbreviation ("РК", "КР")."""
        # first the official name whole: "Республика Корея" is South Korea, where "Корея" alone is no state (its form of state
        # in the nominative, which natasha does not give for "в Султанате Оман", "Государства Катар")
        official = official_names_in_russian().get(re.sub(r"\s*\(.*$", "", nominative_form_of_state(name.normal)).casefold().replace("ё", "е"))
        if official is not None and official in self.dataset.country_by_iso2:
            return self.dataset.country_by_iso2[official]
        normal = re.sub(r"\s*\(.*$", "", re.sub(r"^Республик[аиу]\s+", "", name.normal))  # not "(КНР" after it
        # natasha gives the noun's nominative, not always its adjectives': "Кыргызской Республика" is "Кыргызская Республика"
        normal = re.sub(r"\b(\w+?)(?:ой|ую|ою)\b(?=.*\b(?:Республика|Федерация)\b)", r"\1ая", normal)
        if normal.replace("ё", "е") in STATE_ABBREVIATIONS:  # first: "КР" read as Latin letters is KR, South Korea's ISO code
            normal = normal.replace("ё", "е")
            return self.names.resolve(STATE_ABBREVIATIONS[normal], ("country",))
        official = official_names_in_russian().get(normal.casefold().replace("ё", "е"))  # "Французская Республика"
        if official is not None:
            return self.dataset.country_by_iso2.get(official)
        return self.names.resolve(normal, ("country",))

    def unrecorded_state(self, name: Name) -> str | None:
        """The English (CLDR) name of a state the dataset has no record of, named in Russian by its official or usual name
        ("Республикой Беларусь", "Монголии"): a new country, as English reports draft one. None for any other name."""
        from babel import Locale

        normal = re.sub(r"\s*\(.*$", "", name.normal).casefold().replace("ё", "е")
        # (and the nominative of a case the tagger leaves: "Беларусью", "Беларуси", "Монголией")
        forms = [normal, re.sub(r"(?:ью|и)$", "ь", normal), re.sub(r"(?:ии|ией|ию)$", "ия", normal)]
        code = next((c for form in forms if (c := official_names_in_russian().get(form) or usual_names_in_russian().get(form))), None)
        if code is None or code in self.dataset.country_by_iso2:
            return None
        return Locale.parse("en").territories.get(code)

    def state_of_word(self, word: Word) -> str | None:
        """The English name of the state a word is ("Казахстаном" → "Kazakhstan"), or whose full name an adjective begins
        ("Кыргызской [Республики]")."""
        if word.text in STATE_ABBREVIATIONS:  # "США", "КР": not read as Latin letters ("КР" is KR, South Korea's code)
            return STATE_ABBREVIATIONS[word.text]
        country = self.names.resolve(word.lemma.title(), ("country",)) or self.names.resolve(word.text, ("country",))
        if country is None and word.pos in ("ADJ", "PROPN") and word.lemma.endswith("ий"):
            full = f"{word.lemma[:-2]}ая Республика".capitalize().replace(" республика", " Республика")
            country = self.state(Name("LOC", full, full, word.start, word.end))
        return self.dataset.name(country) if country is not None else None

    def country_of_place(self, name: Name) -> str | None:
        """The state a place name is, or the one whose city it is ("Баку" → Azerbaijan)."""
        country = self.state(name)
        if country is None and (city := self.actors.city(name.normal)) is not None:
            country = self.dataset.country_by_iso2.get(city.country)
        return country

    def units(self, words: list[Word], start: int, end: int) -> tuple[list[tuple[str, str]], int] | None:
        """The words from start to end in English, a unit each: (English, "adj", "noun" or "name"), and where the units
        end (a two-word unit may go past `end`: "глав государств"); None where a word is neither in the glossary nor a
        country's name."""
        units: list[tuple[str, str]] = []
        i = start
        while i < end:
            if words[i].text in (",", "и") and units and units[-1][1] == "adj":
                units.append(("," if words[i].text == "," else "and", "conj"))  # between adjectives listed
                i += 1
                continue
            if words[i].text in (",", "и") and units and units[-1][1] == "noun" and i + 1 < end and words[i - 1].feats.get("Case") == "Gen" \
                    and words[i + 1].pos in ("NOUN", "ADJ") and words[i + 1].feats.get("Case") == "Gen":
                # between the fields of one body ("Министерство транспорта и коммуникаций", "инвестиций, промышленности и торговли")
                units.append(("," if words[i].text == "," else "and", "and"))
                i += 1
                continue
            found = next(((lemmas, english) for lemmas, english in LONGEST_FIRST
                          if tuple(w.text.casefold() if _acronym(w) else w.lemma.replace("ё", "е") for w in words[i:i + len(lemmas)]) == lemmas), None)
            if found is None and words[i].text.lower().startswith("высш"):
                found = (("высший",), ("Supreme", ""))  # "Высшего …": natasha gives the lemma of its positive, "высокий"
            if found is not None:
                lemmas, (singular, plural) = found
                last = words[i + len(lemmas) - 1]
                role = "name" if lemmas in PROPER else "acronym" if lemmas in ACRONYMS else "adj" if last.pos == "ADJ" or not plural else "noun"
                units.append((plural if plural and last.feats.get("Number") == "Plur" else singular, role))
                i += len(lemmas)
                continue
            if (place := self.place_of_adjective(words[i])) is not None:
                units.append((place, "adj"))  # "Иртышский форум": the Irtysh Forum
                i += 1
                continue
            pair = STATE_ADJECTIVE.fullmatch(words[i].lemma.replace("ё", "е"))
            if pair and pair.group("first") in STATE_ADJECTIVES and pair.group("second") in STATE_ADJECTIVES:
                units.append((f"{STATE_ADJECTIVES[pair.group('first')]}–{STATE_ADJECTIVES[pair.group('second')]}", "adj"))
                i += 1  # "кыргызско-узбекской": "Kyrgyz–Uzbek"
                continue
            # ("США" first: its lemma in title case, "Сша", had been read as Saudi Arabia's)
            country = self.names.resolve(STATE_ABBREVIATIONS[words[i].text], ("country",)) if words[i].text in STATE_ABBREVIATIONS else \
                self.names.resolve(words[i].lemma.title(), ("country",)) or self.names.resolve(words[i].text, ("country",))
            if country is None:
                return None
            units.append((self.dataset.name(country), "name"))
            i += 1
        return units, i

    def meeting_name(self, words: list[Word], index: int) -> str | None:
        """The name of a meeting in English, where the glossary knows each of its words: the ordinal and adjectives before
        its head, a name in quotation marks after it, and the groups in the genitive (or "по" and the dative) that follow,
        joined by "of" or "on" ("Четвертой Консультативной встречи глав государств Центральной Азии" → "4th
        Consultative Meeting of the Heads of State of Central Asia"). None where a word of it is not known."""
        start = index
        # (and a state's compound adjective that the name capitalises, which natasha may read as a name: "Казахстанско-узбекский
        # бизнес-форум")
        while start and (words[start - 1].pos in ("ADJ", "NUM") or words[start - 1].pos == "PROPN" and STATE_ADJECTIVE.fullmatch(
                words[start - 1].lemma.replace("ё", "е"))) and not re.fullmatch(r"\d{4}.*", words[start - 1].text):
            start -= 1
        ordinal = None
        if start < index and (number := ORDINAL_WORDS.get(words[start].lemma.replace("ё", "е")) or (
                int(m.group(1)) if (m := re.fullmatch(r"(\d{1,2})(?:-?[а-я]{1,2})?", words[start].text)) else None)
                or roman(words[start].text)):  # ("VI Консультативная встреча": the 6th)
            ordinal, start = number, start + 1
        head = self.units(words, start, index + 1)
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
                    segments.append(self.units(words, segment, j) if j > segment else None)
                    segment = j + 1
            if any(found is None for found in segments) and len(head[0]) < 2:
                return None
            if not any(found is None for found in segments):
                name = f"{' – '.join(' '.join(english for english, _ in found[0]) for found in segments if found)} {name}"
            # (else its own name, which the glossary cannot write, is left out: "Международного форума «Критические минералы
            # Евразии»" is the "International Forum", named in full by the contributor from the sentence)
            end = close + 1
        groups: list[str] = []
        named = False  # whether a group names a state or region
        topic: int | None = None
        while end < len(words) and len(groups) < 5:
            on = words[end].lemma == "по"
            case = "Dat" if on else "Gen"
            first = last = end + 1 if on else end
            # (an acronym in any case: natasha reads "Совета управляющих ИсБР" as a nominative)
            while last < len(words) and words[last].pos in ("NOUN", "ADJ", "PROPN") and (words[last].feats.get("Case", case) == case or _acronym(words[last])):
                last += 1
                if words[last - 1].pos != "ADJ" and not _an_adjective(words[last - 1]):  # ("трехсторонней", which natasha may call a noun)
                    break
                if last + 1 < len(words) and words[last].text in (",", "и") and words[last + 1].pos == "ADJ" \
                        and words[last + 1].feats.get("Case", case) == case:
                    last += 1  # "по торгово-экономическому, научно-техническому и гуманитарному сотрудничеству": adjectives listed
            if last == first:
                break
            found = self.units(words, first, last)
            if (found is None or found[0][-1][1] == "adj") and (on or topic is not None) and named:
                # "… группы Казахстана, Туркменистана и Ирана по развитию железнодорожного коридора …": named, by its states,
                # without its topic (not "заседание совета по вопросам мелиорации", which would be no one's "Meeting of the Council")
                groups = groups[:topic] if topic is not None else groups
                break
            if found is None or found[0][-1][1] == "adj":
                return None  # a word of the name this glossary does not know: the name stays as the text writes it
            units, end = found
            named = named or any(role == "name" for _, role in units)
            joined = " ".join(english for english, _ in units).replace(" , ", ", ")
            listed: list[str] = []
            while units[-1][1] == "name" and end + 1 < len(words) and words[end].text == "," and words[end + 1].feats.get("Case", "Gen") == "Gen" \
                    and (other := self.units(words, end + 1, end + 2)) is not None and other[0][-1][1] == "name":
                listed.append(other[0][-1][0])  # "группы Казахстана, Туркменистана и Ирана": the names listed
                end = other[1]
            if units[-1][1] == "name" and end + 1 < len(words) and words[end].lemma == "и" and words[end + 1].feats.get("Case", "Gen") == "Gen" \
                    and (other := self.units(words, end + 1, end + 2)) is not None and other[0][-1][1] == "name":
                # "совета Казахстана и Узбекистана", "Центральной Азии и Китая": of both
                joined, end = f"{', '.join([joined, *listed])} and {other[0][-1][0]}", other[1]
            elif listed:
                return None  # a list of names that does not end with "и" and a name: not read as a name
            # (no article before a field, uncountable: "форум приграничного сотрудничества" is the Forum of Cross-Border Cooperation)
            article = units[-1][1] == "acronym" or (not groups and units[-1][1] == "noun" and units[-1][0] not in FIELDS)
            topic = len(groups) if on and topic is None else topic  # where the topic ("по …") begins, and the groups that are its
            members = self._members_of(words, end) if not on and joined == "States" else None
            if members is not None:  # "министров … государств – членов ШОС": of the SCO Member States
                joined, end = members
                article = True
            groups.append(f"on {joined}" if on else f"of the {joined}" if article else f"of {joined}")
        if not groups and ordinal is None and len(head[0]) == 1 and end == index + 1:
            return None  # "Саммит в Астане": no name of its own to write
        name = " ".join([name, *groups])
        return f"{_ordinal(ordinal)} {name}" if ordinal else name

    def _members_of(self, words: list[Word], at: int) -> tuple[str, int] | None:
        """After "государств", "– членов ШОС" ("– членов Шанхайской организации сотрудничества"): "SCO Member States" and
        where the organisation's name ends; None where no organisation the glossary names follows."""
        if at + 2 >= len(words) or words[at].text not in ("–", "-", "—") or words[at + 1].lemma != "член":
            return None
        last = at + 2
        while last < len(words) and words[last].pos in ("NOUN", "ADJ", "PROPN") and words[last].feats.get("Case", "Gen") == "Gen":
            last += 1
        found = self.units(words, at + 2, last) if last > at + 2 else None
        if found is None or found[0][-1][1] not in ("acronym", "name", "noun"):
            return None
        return f"{' '.join(english for english, _ in found[0])} Member States", found[1]


def _an_adjective(word: Word) -> bool:
    """A word the glossary has as an adjective (an English word with no plural), whatever natasha tags it."""
    found = GLOSSARY.get((word.lemma.replace("ё", "е"),))
    return found is not None and not found[1]


def roman(numeral: str) -> int | None:
    """The number from 1 to 39 a Roman numeral writes ("VI" is 6, "XIV" 14), or None where it is not one ("VV")."""
    return next((number for number in range(1, 40) if _written(number) == numeral), None)


def _written(number: int) -> str:
    tens, ones = divmod(number, 10)
    return "X" * tens + ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"][ones]
