"""The English title of a Russian document, read from the words after its noun: "соглашение о сотрудничестве в области
энергетики" is an Agreement "on cooperation in the field of energy".

natasha's grammar (each word's lemma, case and number) says where a group of words begins and ends: "о"/"об" with a
noun phrase is "on …", a genitive after a noun "of …", "в области …" "in the field of …", "по …" "on …", "между …"
"between …", "с" with a state "with …", "на 2025–2026 годы" "for 2025–2026", "до 2030 года" "until 2030"; words
joined by "и" and commas are "A, B and C". Each word is put in English by the glossary below, never guessed.

The rule of precision: a word the glossary does not know ends the title at the last complete group before it ("о
сотрудничестве в области ветеринарии", the veterinary field unknown, is "on cooperation"); where even the first
group is incomplete there is no title. A title also ends at a verb or participle, a comma that starts a clause, a
dash, a quotation mark, a date or place ("в 2025 году", "в Казахстане"), "и" before another document (the caller
reads lists) and the sentence's end, and it is kept to MOST_WORDS English words, whole groups only.

Articles follow one rule: "the" before a common noun that has an "of" group after it ("on the creation of joint
educational institutions", "in the field of energy"), before the nouns that name the parties of "between" ("between
the foreign ministries"), and where the glossary writes the word with it, one particular thing ("the state border",
"the environment"); never before a state's name. Words joined by "и" share the "of" group of the last one where the
others have none, as in Russian: "on the promotion and mutual protection of investments".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .russian_text import CYRILLIC, Word

State = Callable[[Word], str | None]
# A noun in English: one form read as singular and plural by English rules, or (singular, plural) where those fail.
Entry = str | tuple[str, str]

MOST_WORDS = 20

# --- The glossary: lemmas (as natasha gives them, ё read as е) and their English ----------------------------------

NOUNS: dict[str, Entry] = {
    # cooperation and relations
    "сотрудничество": ("cooperation", "cooperation"), "взаимодействие": ("interaction", "interaction"),
    "партнерство": ("partnership", "partnerships"), "союзничество": ("alliance", "alliance"), "союз": "union",
    "дружба": ("friendship", "friendship"), "добрососедство": ("good-neighbourliness", "good-neighbourliness"),
    "отношение": "relation", "взаимопонимание": ("understanding", "understanding"), "доверие": ("trust", "trust"),
    "диалог": "dialogue", "консультация": "consultation", "солидарность": ("solidarity", "solidarity"),
    "стабильность": ("stability", "stability"), "процветание": ("prosperity", "prosperity"), "единство": ("unity", "unity"),
    "интеграция": ("integration", "integration"), "координация": ("coordination", "coordination"),
    "сопряжение": ("alignment", "alignment"), "стратегия": ("strategy", "strategies"), "инициатива": "initiative",
    "направление": "area", "приоритет": "priority", "вопрос": ("matters", "matters"), "урегулирование": ("settlement", "settlement"),
    # what a document does
    "развитие": ("development", "development"), "создание": ("creation", "creation"), "учреждение": ("establishment", "institutions"),
    "установление": ("establishment", "establishment"), "строительство": ("construction", "construction"),
    "реализация": ("implementation", "implementation"), "осуществление": ("implementation", "implementation"),
    "поддержка": ("support", "support"), "содействие": ("assistance", "assistance"), "помощь": ("assistance", "assistance"),
    "поощрение": ("promotion", "promotion"), "продвижение": ("promotion", "promotion"), "защита": ("protection", "protection"),
    "охрана": ("protection", "protection"), "укрепление": ("strengthening", "strengthening"), "углубление": ("deepening", "deepening"),
    "расширение": ("expansion", "expansion"), "увеличение": ("increase", "increase"), "рост": ("growth", "growth"),
    "использование": ("use", "use"), "признание": ("recognition", "recognition"), "освобождение": ("exemption", "exemption"),
    "отмена": ("abolition", "abolition"), "упрощение": ("simplification", "simplification"), "облегчение": ("facilitation", "facilitation"),
    "гармонизация": ("harmonisation", "harmonisation"), "модернизация": ("modernisation", "modernisation"),
    "реконструкция": ("reconstruction", "reconstruction"), "эксплуатация": ("operation", "operation"),
    "управление": ("management", "management"), "регулирование": ("regulation", "regulation"), "контроль": ("control", "control"),
    "мониторинг": ("monitoring", "monitoring"), "исследование": ("research", "research"), "разработка": ("development", "development"),
    "подготовка": ("training", "training"), "обучение": ("training", "training"), "обмен": "exchange", "передача": ("transfer", "transfer"),
    "избежание": ("avoidance", "avoidance"), "предотвращение": ("prevention", "prevention"), "предупреждение": ("prevention", "prevention"),
    "ликвидация": ("elimination", "elimination"), "уклонение": ("evasion", "evasion"), "борьба": "fight",
    "делимитация": ("delimitation", "delimitation"), "демаркация": ("demarcation", "demarcation"), "открытие": ("opening", "opening"),
    "диверсификация": ("diversification", "diversification"), "локализация": ("localisation", "localisation"),
    "цифровизация": ("digitalisation", "digitalisation"), "стандартизация": ("standardisation", "standardisation"),
    "сертификация": ("certification", "certification"), "аккредитация": ("accreditation", "accreditation"),
    "метрология": ("metrology", "metrology"), "поиск": ("search", "search"), "спасание": ("rescue", "rescue"),
    "присоединение": ("accession", "accession"), "пересечение": ("crossing", "crossing"), "пребывание": ("stay", "stay"),
    "въезд": ("entry", "entry"), "выезд": ("exit", "exit"), "доступ": ("access", "access"), "обеспечение": ("provision", "provision"),
    "производство": ("production", "production"), "переработка": ("processing", "processing"), "добыча": ("extraction", "extraction"),
    "поставка": "supply", "купля-продажа": ("sale and purchase", "sale and purchase"), "оборудование": ("equipment", "equipment"), "транспортировка": ("transportation", "transportation"), "хранение": ("storage", "storage"),
    "применение": ("application", "application"), "внедрение": ("introduction", "introduction"),
    "проведение": ("holding", "holding"), "продление": ("extension", "extension"), "срок": "term", "полномочие": ("powers", "powers"),
    "учение": "exercise", "радиочастота": "radio frequency", "секретарь": "secretary",
    # the economy
    "экономика": ("economy", "economies"), "торговля": ("trade", "trade"), "товарооборот": ("trade turnover", "trade turnover"),
    "инвестиция": "investment", "капиталовложение": "investment", "финансы": ("finance", "finance"), "банк": "bank",
    "валюта": ("currency", "currencies"), "расчет": "settlement", "платеж": "payment", "кредит": "loan", "грант": "grant",
    "бюджет": "budget", "налог": "tax", "налогообложение": ("taxation", "taxation"), "доход": ("income", "income"),
    "страхование": ("insurance", "insurance"), "таможня": ("customs", "customs"), "рынок": "market", "услуга": "service",
    "товар": ("goods", "goods"), "продукция": ("products", "products"), "продукт": "product", "экспорт": ("export", "exports"),
    "импорт": ("import", "imports"), "бизнес": ("business", "business"), "предпринимательство": ("entrepreneurship", "entrepreneurship"),
    "конкуренция": ("competition", "competition"), "собственность": ("property", "property"), "патент": "patent",
    "качество": ("quality", "quality"), "потребитель": "consumer", "статистика": ("statistics", "statistics"),
    "объем": "volume", "стоимость": ("value", "value"), "цена": "price", "тариф": "tariff", "аудит": ("audit", "audit"),
    "промышленность": ("industry", "industries"), "индустрия": ("industry", "industries"), "отрасль": "sector",
    "предприятие": "enterprise", "компания": ("company", "companies"), "кооперация": ("cooperation", "cooperation"),
    "машиностроение": ("mechanical engineering", "mechanical engineering"), "техника": ("machinery", "machinery"),
    "материал": "material", "цемент": ("cement", "cement"), "химия": ("chemistry", "chemistry"), "хлопок": ("cotton", "cotton"),
    "текстиль": ("textiles", "textiles"), "кластер": "cluster", "технопарк": "technology park", "зона": "zone", "парк": "park",
    "инфраструктура": ("infrastructure", "infrastructure"), "объект": "facility", "проект": "project", "механизм": "mechanism",
    "платформа": "platform", "мера": "measure", "мероприятие": "measure", "действие": "action", "шаг": "step", "цель": "purpose",
    "выставка": "exhibition", "ярмарка": "fair", "форум": "forum",
    # energy, mining and raw materials
    "энергетика": ("energy", "energy"), "энергия": ("energy", "energy"), "электроэнергия": ("electricity", "electricity"),
    "электричество": ("electricity", "electricity"), "электроэнергетика": ("electric power", "electric power"),
    "гидроэнергетика": ("hydropower", "hydropower"), "энергоэффективность": ("energy efficiency", "energy efficiency"),
    "энергосбережение": ("energy saving", "energy saving"), "энергоресурс": ("energy resource", "energy resources"),
    "энергоресурсы": ("energy resources", "energy resources"),
    "энергосистема": ("power system", "power systems"), "нефть": ("oil", "oil"), "газ": ("gas", "gas"), "уголь": ("coal", "coal"),
    "уран": ("uranium", "uranium"), "водород": ("hydrogen", "hydrogen"), "топливо": ("fuel", "fuels"), "нефтепродукт": "petroleum product",
    "электростанция": "power plant", "гидроэлектростанция": "hydropower plant", "ветроэлектростанция": "wind power plant",
    "гэс": ("hydropower plant", "hydropower plants"), "аэс": ("nuclear power plant", "nuclear power plants"),
    "трубопровод": "pipeline", "газопровод": "gas pipeline", "нефтепровод": "oil pipeline", "мощность": ("capacity", "capacities"),
    "сырье": ("raw materials", "raw materials"), "минерал": "mineral", "металл": "metal", "ископаемое": ("mineral", "minerals"),
    "недра": ("subsoil", "subsoil"), "недропользование": ("subsoil use", "subsoil use"), "геология": ("geology", "geology"),
    "геологоразведка": ("geological exploration", "geological exploration"), "месторождение": "deposit", "металлургия": ("metallurgy", "metallurgy"),
    # transport
    "транспорт": ("transport", "transport"), "перевозка": ("transport", "transport"), "транзит": ("transit", "transit"),
    "логистика": ("logistics", "logistics"), "дорога": "road", "автодорога": "road", "коридор": "corridor", "маршрут": "route",
    "терминал": "terminal", "порт": "port", "аэропорт": "airport", "авиация": ("aviation", "aviation"), "авиасообщение": ("air services", "air services"),
    "рейс": "flight", "судоходство": ("shipping", "shipping"), "судно": ("vessel", "vessels"), "паром": "ferry", "груз": ("cargo", "cargo"),
    "контейнер": "container", "вагон": "wagon", "пассажир": "passenger", "склад": "warehouse", "хаб": "hub", "автомобиль": "vehicle",
    "граница": ("the border", "borders"), "пункт": "point",
    # knowledge, culture and people
    "образование": ("education", "education"), "наука": ("science", "sciences"), "технология": ("technology", "technologies"),
    "инновация": "innovation", "интеллект": ("intelligence", "intelligence"), "кибербезопасность": ("cybersecurity", "cybersecurity"),
    "телекоммуникация": "telecommunication", "связь": ("communications", "ties"), "информация": ("information", "information"),
    "данные": ("data", "data"), "коммерция": ("commerce", "commerce"), "почта": ("post", "post"), "космос": ("outer space", "outer space"),
    "пространство": "space", "процедура": "procedure", "источник": "source", "спутник": "satellite", "архив": "archive", "сми": ("media", "media"), "пресса": ("press", "press"),
    "телевидение": ("television", "television"), "радио": ("radio", "radio"), "вещание": ("broadcasting", "broadcasting"),
    "телерадиовещание": ("broadcasting", "broadcasting"), "журналистика": ("journalism", "journalism"), "издание": "publication",
    "культура": ("culture", "cultures"), "искусство": ("art", "arts"), "наследие": ("heritage", "heritage"), "памятник": "monument",
    "музей": "museum", "библиотека": ("library", "libraries"), "театр": "theatre", "кино": ("cinema", "cinema"),
    "кинематография": ("cinematography", "cinematography"), "фестиваль": "festival", "ремесло": "craft", "туризм": ("tourism", "tourism"),
    "паломничество": ("pilgrimage", "pilgrimage"), "спорт": ("sport", "sports"), "молодежь": ("youth", "youth"), "политика": "policy",
    "университет": "university", "вуз": "university", "институт": "institute", "академия": ("academy", "academies"), "школа": "school",
    "филиал": "branch", "заведение": "institution", "студент": "student", "стипендия": "scholarship", "мобильность": ("mobility", "mobility"), "язык": "language",
    "литература": ("literature", "literature"), "история": ("history", "history"), "документ": "document", "диплом": "diploma",
    "степень": "degree", "квалификация": "qualification", "кадр": ("personnel", "personnel"), "опыт": ("experience", "experience"),
    "знание": "knowledge", "лаборатория": ("laboratory", "laboratories"), "биотехнология": ("biotechnology", "biotechnologies"),
    "здравоохранение": ("healthcare", "healthcare"), "здоровье": ("health", "health"), "медицина": ("medicine", "medicine"),
    "фармацевтика": ("pharmaceuticals", "pharmaceuticals"), "лекарство": "medicine", "вакцина": "vaccine", "больница": "hospital",
    "болезнь": "disease", "заболевание": "disease", "кардиология": ("cardiology", "cardiology"), "онкология": ("oncology", "oncology"),
    "телемедицина": ("telemedicine", "telemedicine"), "карантин": ("quarantine", "quarantine"), "растение": "plant",
    "благополучие": ("welfare", "welfare"), "население": ("the population", "populations"), "семья": ("family", "families"),
    "ребенок": ("child", "children"), "женщина": ("woman", "women"), "занятость": ("employment", "employment"),
    "трудоустройство": ("employment", "employment"), "труд": ("labour", "labour"), "пенсия": "pension", "миграция": ("migration", "migration"),
    "мигрант": "migrant", "гражданин": "citizen", "лицо": ("person", "persons"), "соотечественник": "compatriot",
    "виза": "visa", "требование": "requirement", "режим": "regime", "паспорт": "passport",
    # land, water and nature
    "вода": ("water", "waters"), "водоснабжение": ("water supply", "water supply"), "ирригация": ("irrigation", "irrigation"),
    "орошение": ("irrigation", "irrigation"), "мелиорация": ("land reclamation", "land reclamation"), "водохранилище": "reservoir",
    "водопользование": ("water use", "water use"), "река": "river", "бассейн": "basin", "канал": "canal", "сооружение": "structure",
    "ресурс": "resource", "экология": ("ecology", "ecology"), "климат": ("climate", "climate"), "лес": "forest",
    "биоразнообразие": ("biodiversity", "biodiversity"), "опустынивание": ("desertification", "desertification"),
    "отход": ("waste", "waste"), "загрязнение": ("pollution", "pollution"), "выброс": ("emission", "emissions"),
    "бедствие": "disaster", "катастрофа": "disaster", "землетрясение": "earthquake", "сейсмология": ("seismology", "seismology"),
    "метеорология": ("meteorology", "meteorology"), "гидрометеорология": ("hydrometeorology", "hydrometeorology"), "ледник": "glacier",
    "земля": ("land", "lands"), "почва": ("soil", "soils"), "животноводство": ("livestock farming", "livestock farming"),
    "растениеводство": ("crop farming", "crop farming"), "зерно": ("grain", "grain"), "пшеница": ("wheat", "wheat"), "мясо": ("meat", "meat"),
    "удобрение": "fertiliser", "продовольствие": ("food", "food"), "фрукт": "fruit", "овощ": "vegetable",
    # security, law and order
    "безопасность": ("security", "security"), "оборона": ("defence", "defence"), "терроризм": ("terrorism", "terrorism"),
    "экстремизм": ("extremism", "extremism"), "сепаратизм": ("separatism", "separatism"), "наркотик": "drug",
    "преступность": ("crime", "crime"), "преступление": "crime", "коррупция": ("corruption", "corruption"),
    "разоружение": ("disarmament", "disarmament"), "нераспространение": ("non-proliferation", "non-proliferation"),
    "оружие": ("weapons", "weapons"), "вооружение": ("armament", "armaments"), "юстиция": ("justice", "justice"),
    "правосудие": ("justice", "justice"), "реадмиссия": ("readmission", "readmission"), "экстрадиция": ("extradition", "extradition"),
    "дело": ("case", "matters"), "суд": "court", "прокуратура": ("prosecutor's office", "prosecutor's offices"), "полиция": ("police", "police"),
    # bodies and places
    "правительство": ("Government", "Governments"), "министерство": ("ministry", "ministries"), "ведомство": ("agency", "agencies"),
    "дипведомство": ("foreign ministry", "foreign ministries"), "мид": ("foreign ministry", "foreign ministries"), "министр": "minister", "президент": "president", "лидер": "leader",
    "премьер-министр": "prime minister", "парламент": "parliament",
    "комиссия": "commission", "комитет": "committee", "совет": "council", "секретариат": "secretariat", "агентство": ("agency", "agencies"),
    "служба": "service", "центр": "centre", "фонд": "fund", "палата": "chamber", "орган": "body", "власть": ("authority", "authorities"),
    "посольство": "embassy", "консульство": "consulate", "представительство": "representative office", "организация": "organisation",
    "государство": "state", "страна": ("country", "countries"), "член": "member", "город": ("city", "cities"), "город-побратим": "sister city",
    "побратимство": ("twinning", "twinning"), "регион": "region", "область": "region", "территория": ("territory", "territories"),
    "участок": "section", "линия": "line", "сеть": "network",
    "чс": ("emergency", "emergencies"), "снг": ("the CIS", "the CIS"), "шос": ("the SCO", "the SCO"), "еаэс": ("the EAEU", "the EAEU"), "одкб": ("the CSTO", "the CSTO"),
    "оон": ("the UN", "the UN"), "вто": ("the WTO", "the WTO"), "ес": ("the EU", "the EU"), "отг": ("the OTS", "the OTS"),
}

ADJECTIVES: dict[str, str] = {
    "совместный": "joint", "взаимный": "mutual", "рациональный": "rational", "рамочный": "framework", "генеральный": "general", "двусторонний": "bilateral", "многосторонний": "multilateral",
    "трехсторонний": "trilateral", "международный": "international", "региональный": "regional", "межрегиональный": "interregional",
    "межгосударственный": "interstate", "межправительственный": "intergovernmental", "межпарламентский": "interparliamentary",
    "межведомственный": "interdepartmental", "приграничный": "cross-border", "трансграничный": "transboundary",
    "стратегический": "strategic", "всеобъемлющий": "comprehensive", "всесторонний": "comprehensive", "комплексный": "integrated",
    "расширенный": "expanded", "вечный": "eternal", "дружественный": "friendly", "союзнический": "allied", "союзный": "allied",
    "добрососедский": "good-neighbourly", "тесный": "close", "дальнейший": "further", "новый": "new", "единый": "single",
    "общий": "common", "национальный": "national", "государственный": "state", "частный": "private", "практический": "practical",
    "долгосрочный": "long-term", "среднесрочный": "medium-term", "взаимовыгодный": "mutually beneficial", "приоритетный": "priority",
    "ключевой": "key", "основной": "main", "основный": "main", "устойчивый": "sustainable", "прямой": "direct", "регулярный": "regular", "мирный": "peaceful",
    "экономический": "economic", "торговый": "trade", "инвестиционный": "investment", "финансовый": "financial", "банковский": "banking",
    "налоговый": "tax", "таможенный": "customs", "промышленный": "industrial", "индустриальный": "industrial", "производственный": "production",
    "экспортный": "export", "импортный": "import", "деловой": "business", "малый": "small", "средний": "medium", "свободный": "free",
    "специальный": "special", "особый": "special", "технический": "technical", "технологический": "technological",
    "инновационный": "innovative", "научный": "scientific", "исследовательский": "research", "образовательный": "educational",
    "учебный": "educational", "высший": "higher", "профессиональный": "professional", "академический": "academic",
    "культурный": "cultural", "гуманитарный": "humanitarian", "туристический": "tourism", "туристский": "tourist", "спортивный": "sports",
    "олимпийский": "Olympic", "молодежный": "youth", "информационный": "information", "цифровой": "digital", "электронный": "electronic",
    "искусственный": "artificial", "космический": "space", "статистический": "statistical", "архивный": "archival", "почтовый": "postal",
    "телекоммуникационный": "telecommunications", "коммуникационный": "communication", "медицинский": "medical",
    "фармацевтический": "pharmaceutical", "лекарственный": "medicinal", "санитарный": "sanitary", "эпидемиологический": "epidemiological",
    "фитосанитарный": "phytosanitary", "инфекционный": "infectious", "социальный": "social", "трудовой": "labour",
    "миграционный": "migration", "визовый": "visa", "безвизовый": "visa-free", "консульский": "consular", "дипломатический": "diplomatic",
    "служебный": "official", "гражданский": "civil", "уголовный": "criminal", "правовой": "legal", "судебный": "judicial",
    "секретный": "classified", "военный": "military", "оборонный": "defence", "пограничный": "border", "незаконный": "illicit",
    "нелегальный": "illegal", "организованный": "organised", "транснациональный": "transnational", "антикоррупционный": "anti-corruption",
    "энергетический": "energy", "электроэнергетический": "electric power", "нефтяной": "oil", "газовый": "gas", "нефтегазовый": "oil and gas",
    "нефтехимический": "petrochemical", "угольный": "coal", "атомный": "nuclear", "ядерный": "nuclear", "возобновляемый": "renewable",
    "альтернативный": "alternative", "зеленый": "green", "водородный": "hydrogen", "солнечный": "solar", "ветровой": "wind", "ветровый": "wind",
    "природный": "natural", "критический": "critical", "редкоземельный": "rare-earth", "горнодобывающий": "mining",
    "металлургический": "metallurgical", "геологический": "geological", "химический": "chemical", "текстильный": "textile",
    "легкий": "light", "пищевой": "food", "строительный": "construction", "транспортный": "transport", "транзитный": "transit",
    "логистический": "logistics", "железнодорожный": "railway", "автомобильный": "road", "дорожный": "road", "воздушный": "air",
    "морской": "maritime", "речной": "river", "авиационный": "aviation", "пассажирский": "passenger", "грузовой": "freight",
    "контейнерный": "container", "мультимодальный": "multimodal", "сухой": "dry", "водный": "water", "водохозяйственный": "water management",
    "гидротехнический": "hydraulic", "экологический": "environmental", "климатический": "climate", "сельскохозяйственный": "agricultural",
    "аграрный": "agricultural", "продовольственный": "food", "углеродный": "carbon", "низкоуглеродный": "low-carbon",
    "административный": "administrative", "местный": "local", "отдельный": "separate", "смежный": "adjacent",
    "центральноазиатский": "Central Asian", "евразийский": "Eurasian", "тюркский": "Turkic", "европейский": "European",
    "каспийский": "Caspian", "транскаспийский": "Trans-Caspian", "казахстанский": "Kazakh", "узбекский": "Uzbek",
    "узбекистанский": "Uzbek", "кыргызский": "Kyrgyz", "киргизский": "Kyrgyz", "таджикский": "Tajik", "туркменский": "Turkmen",
    "российский": "Russian", "китайский": "Chinese", "азербайджанский": "Azerbaijani", "турецкий": "Turkish",
    # hyphenated ones English writes otherwise than "A and B"
    "военно-технический": "military-technical", "социально-экономический": "socio-economic", "научно-исследовательский": "research",
    "государственно-частный": "public-private", "информационно-коммуникационный": "information and communication",
}

# First halves of hyphenated adjectives: "торгово-экономический" is "trade and economic", "кыргызско-таджикский" "Kyrgyz-Tajik".
COMBINING: dict[str, str] = {
    "торгово": "trade", "научно": "scientific", "культурно": "cultural", "военно": "military", "технико": "technical",
    "финансово": "financial", "социально": "social", "топливно": "fuel", "горно": "mining", "санитарно": "sanitary",
    "информационно": "information", "транспортно": "transport", "организационно": "organisational", "промышленно": "industrial",
    "инвестиционно": "investment", "учебно": "educational", "экономико": "economic", "правово": "legal", "водно": "water",
    "казахстанско": "Kazakh", "казахско": "Kazakh", "узбекско": "Uzbek", "узбекистанско": "Uzbek", "кыргызско": "Kyrgyz",
    "киргизско": "Kyrgyz", "таджикско": "Tajik", "туркменско": "Turkmen", "российско": "Russian", "русско": "Russian",
    "китайско": "Chinese", "азербайджанско": "Azerbaijani", "турецко": "Turkish",
}

# Words read together as one English noun, by their lemmas (natasha's: "окружающей" is the verb "окружать", "сжиженного"
# the verb "сжидить", "осужденных" the verb "осудить"). A leading "the" marks one particular thing.
PHRASES: dict[tuple[str, ...], Entry] = {
    ("государственный", "граница"): ("the state border", "state borders"),
    ("генеральный", "секретарь"): ("the Secretary General", "Secretaries General"),
    ("окружающий", "среда"): ("the environment", "the environment"), ("окружать", "среда"): ("the environment", "the environment"),
    ("двойной", "налогообложение"): ("double taxation", "double taxation"),
    ("уклонение", "от", "уплата", "налог"): ("tax evasion", "tax evasion"),
    ("воздушный", "сообщение"): ("air services", "air services"), ("автомобильный", "сообщение"): ("road transport", "road transport"),
    ("железнодорожный", "сообщение"): ("rail services", "rail services"), ("морской", "сообщение"): ("maritime transport", "maritime transport"),
    ("железный", "дорога"): "railway", ("сельский", "хозяйство"): ("agriculture", "agriculture"),
    ("водный", "хозяйство"): ("water management", "water management"), ("лесной", "хозяйство"): ("forestry", "forestry"),
    ("рыбный", "хозяйство"): ("fisheries", "fisheries"), ("агропромышленный", "комплекс"): ("agro-industrial complex", "agro-industrial complexes"),
    ("чрезвычайный", "ситуация"): ("emergency", "emergencies"), ("стихийный", "бедствие"): ("natural disaster", "natural disasters"),
    ("средство", "массовый", "информация"): ("mass media", "mass media"), ("информационный", "агентство"): ("news agency", "news agencies"),
    ("лекарственный", "средство"): ("medicine", "medicines"), ("транспортный", "средство"): ("vehicle", "vehicles"),
    ("воздушный", "судно"): ("aircraft", "aircraft"), ("пункт", "пропуск"): ("border crossing point", "border crossing points"),
    ("электронный", "коммерция"): ("e-commerce", "e-commerce"), ("электронный", "торговля"): ("e-commerce", "e-commerce"),
    ("электронный", "правительство"): ("e-government", "e-government"), ("государственный", "служба"): ("civil service", "civil service"),
    ("интеллектуальный", "собственность"): ("intellectual property", "intellectual property"),
    ("товарный", "знак"): ("trademark", "trademarks"), ("право", "человек"): ("human rights", "human rights"),
    ("полезный", "ископаемое"): ("mineral resource", "mineral resources"), ("совместный", "предприятие"): ("joint venture", "joint ventures"),
    ("учебный", "заведение"): ("educational institution", "educational institutions"),
    ("ученый", "степень"): ("academic degree", "academic degrees"), ("физический", "культура"): ("physical culture", "physical culture"),
    ("глава", "государство"): ("head of state", "heads of state"), ("глава", "правительство"): ("head of government", "heads of government"),
    ("кабинет", "министр"): ("Cabinet of Ministers", "Cabinets of Ministers"),
    ("министерство", "иностранный", "дело"): ("foreign ministry", "foreign ministries"),
    ("министерство", "внутренний", "дело"): ("interior ministry", "interior ministries"),
    ("иностранный", "дело"): ("foreign affairs", "foreign affairs"), ("внутренний", "дело"): ("internal affairs", "internal affairs"),
    ("архивный", "дело"): ("archives", "archives"), ("мера", "доверие"): ("confidence-building measure", "confidence-building measures"),
    ("вооруженный", "сила"): ("armed forces", "armed forces"), ("цепочка", "поставка"): ("supply chain", "supply chains"),
    ("цепочка", "добавленный", "стоимость"): ("value chain", "value chains"), ("зона", "свободный", "торговля"): ("free trade zone", "free trade zones"),
    ("свободный", "экономический", "зона"): ("free economic zone", "free economic zones"), ("торговый", "дом"): ("trading house", "trading houses"),
    ("линия", "электропередача"): ("power line", "power lines"), ("незаконный", "оборот", "наркотик"): ("drug trafficking", "drug trafficking"),
    ("незаконный", "оборот"): ("illicit trafficking", "illicit trafficking"), ("передача", "осужденный"): ("transfer of sentenced persons", "transfer of sentenced persons"),
    ("передача", "осудить"): ("transfer of sentenced persons", "transfer of sentenced persons"),
    ("сжиженный", "природный", "газ"): ("liquefied natural gas", "liquefied natural gas"), ("сжидить", "природный", "газ"): ("liquefied natural gas", "liquefied natural gas"),
    ("центральный", "азия"): ("Central Asia", "Central Asia"), ("каспийский", "море"): ("the Caspian Sea", "the Caspian Sea"),
    ("аральский", "море"): ("the Aral Sea", "the Aral Sea"), ("средний", "коридор"): ("the Middle Corridor", "the Middle Corridor"),
    ("шелковый", "путь"): ("the Silk Road", "the Silk Road"), ("организация", "тюркский", "государство"): ("the Organization of Turkic States", "the Organization of Turkic States"),
    ("евразийский", "экономический", "союз"): ("the Eurasian Economic Union", "the Eurasian Economic Union"),
    ("поиск", "и", "спасание"): ("search and rescue", "search and rescue"),
    ("космический", "пространство"): ("outer space", "outer space"),
    ("возобновляемый", "источник", "энергия"): ("renewable energy source", "renewable energy sources"),
    ("возобновлять", "источник", "энергия"): ("renewable energy source", "renewable energy sources"),
    ("высокий", "образование"): ("higher education", "higher education"),  # natasha: "высшего" is "высокий"
    ("высокий", "учебный", "заведение"): ("higher education institution", "higher education institutions"),
    ("профессиональный", "образование"): ("vocational education", "vocational education"),
    ("социальный", "обеспечение"): ("social security", "social security"), ("пенсионный", "обеспечение"): ("pension provision", "pension provision"),
    ("лишение", "свобода"): ("deprivation of liberty", "deprivation of liberty"), ("малый", "и", "средний", "бизнес"): ("small and medium business", "small and medium businesses"),
}

# Participles before a noun, by the verb natasha gives as their lemma ("возобновляемых" → "возобновлять", "организованной"
# → "организовать").
PARTICIPLES: dict[str, str] = {
    "возобновлять": "renewable", "сжидить": "liquefied", "сжижать": "liquefied", "развивать": "developing", "добавить": "added", "организовать": "organised", "расширить": "expanded",
    "перерабатывать": "processing", "объединить": "united",
}

PREPOSITIONS = {"о": "on", "об": "on", "обо": "on", "по": "on", "в": "in", "во": "in", "между": "between", "для": "for", "с": "with",
                "со": "with"}
# A noun read otherwise after a preposition: (preposition, lemma) → (English preposition, English noun, or None for the
# glossary's). "в области" is "in the field", "в целях" "for … purposes", "по делам" "in … matters".
SENSES: dict[tuple[str, str], tuple[str, Entry | None]] = {
    ("в", "область"): ("in", ("the field", "the fields")), ("в", "сфера"): ("in", ("the field", "the fields")),
    ("в", "отрасль"): ("in", ("the sector", "the sectors")), ("в", "цель"): ("for", None), ("по", "дело"): ("in", None),
    ("в", "вопрос"): ("in", None), ("о", "взаимопонимание"): ("of", None),  # "меморандум о взаимопонимании": of understanding
}
# What a noun governs: (lemma, preposition, or "" for a bare case) → (the case, the English noun or None for the
# glossary's, the English preposition). "освобождение от" is "exemption from", "борьба с" "combating".
GOVERNED: dict[tuple[str, str], tuple[str, str | None, str]] = {
    ("освобождение", "от"): ("Gen", None, "from"), ("защита", "от"): ("Gen", None, "from"), ("борьба", "с"): ("Ins", "combating", ""),
    ("сотрудничество", "с"): ("Ins", None, "with"), ("доступ", "к"): ("Dat", None, "to"), ("присоединение", "к"): ("Dat", None, "to"),
    ("обмен", ""): ("Ins", None, "of"),
}
# A preposition and a noun that make an adverb, not a subject: "в отношении" (with respect to), "в связи с", "по линии".
IDIOMS = frozenset({("в", "отношение"), ("в", "связь"), ("в", "лицо"), ("по", "линия"), ("по", "направление"), ("по", "мера")})
NO_ARTICLE = frozenset({"вопрос"})  # "on matters of migration"
# The heads of the document nouns (accords.drafting.russian.DOCUMENTS): "и" before one starts the next document.
DOCUMENT_NOUNS = frozenset({"соглашение", "меморандум", "договор", "декларация", "протокол", "контракт", "программа", "концепция",
                            "хартия", "коммюнике", "решение", "план", "карта", "заявление"})
YEAR = re.compile(r"(?:19|20)\d\d")
YEARS = re.compile(r"((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)")
QUOTES = frozenset("«»\"“”„")


# --- Reading -----------------------------------------------------------------------------------------------------

def _lemma(word: Word) -> str:
    return word.lemma.lower().replace("ё", "е")


def _case(word: Word) -> str:
    return word.feats.get("Case", "")


def _is_plural(word: Word) -> bool:
    return word.feats.get("Number") == "Plur"


def _noun(entry: Entry, plural: bool) -> str:
    """A glossary noun in the number asked: the entry's own forms, else English's regular plural."""
    if isinstance(entry, tuple):
        return entry[1] if plural else entry[0]
    if not plural:
        return entry
    if re.search(r"[^aeiou]y$", entry):
        return entry[:-1] + "ies"
    return entry + ("es" if re.search(r"(?:s|x|ch|sh)$", entry) else "s")


def _listed(parts: list[str]) -> str:
    """"A", "A and B", "A, B and C"; "A and B, C and D, and E and F" where the parts have "and" of their own."""
    if len(parts) == 1:
        return parts[0]
    last = ", and " if len(parts) > 2 and any(" and " in part for part in parts) else " and "
    return f"{', '.join(parts[:-1])}{last}{parts[-1]}"


def _is_year(word: Word) -> bool:
    return bool(YEAR.fullmatch(word.text) or YEARS.fullmatch(word.text))


def _is_participle(word: Word) -> bool:
    return word.pos == "VERB" and word.feats.get("VerbForm") == "Part"


def _is_adjective(word: Word) -> bool:
    """An adjective or a participle, as before a noun (not a year, which natasha tags ADJ)."""
    return (word.pos == "ADJ" and not _is_year(word)) or _is_participle(word)


def _adjective(word: Word) -> str | None:
    """An adjective or participle in English; a hyphenated one by its halves ("торгово-экономический" → "trade and
    economic", "кыргызско-таджикский" → "Kyrgyz-Tajik")."""
    lemma = _lemma(word)
    if lemma in ADJECTIVES or lemma in PARTICIPLES:  # natasha gives some participles as ADJ: "расширенном" → "расширить"
        return ADJECTIVES.get(lemma) or PARTICIPLES[lemma]
    *first, last = lemma.split("-")
    if not first or last not in ADJECTIVES or any(part not in COMBINING for part in first):
        return None
    parts = [COMBINING[part] for part in first] + [ADJECTIVES[last]]
    return "-".join(parts) if all(part[0].isupper() for part in parts) else _listed(parts)


def _head_at(words: list[Word], i: int) -> int | None:
    """Where the noun of a noun phrase starting at i stands, past its adjectives (and "и" or commas between them)."""
    j = i
    while j < len(words) and (_is_adjective(words[j]) or (j > i and words[j].text in (",", "и") and j + 1 < len(words)
                                                          and _is_adjective(words[j + 1]))):
        j += 1
    return j if j < len(words) and words[j].pos in ("NOUN", "PROPN") else None


def _starts(words: list[Word], i: int, *cases: str) -> bool:
    """Whether a noun phrase in one of the cases starts at i: its noun, or its first adjective, is in it (natasha
    sometimes gives one of them another case)."""
    head = _head_at(words, i)
    return head is not None and (_case(words[head]) in cases or (head > i and _case(words[i]) in cases))


def _is_document(words: list[Word], i: int) -> bool:
    head = _head_at(words, i)
    return head is not None and _lemma(words[head]) in DOCUMENT_NOUNS


def _goes_on(words: list[Word], i: int) -> bool:
    """Whether the noun phrase before i goes on in words not read: a genitive ("граждан двух стран"), a name in
    apposition ("городов Самарканд и Бухара"), a name in quotation marks or Latin letters."""
    if i >= len(words):
        return False
    word = words[i]
    return (word.text[:1] in QUOTES or word.pos in ("PROPN", "X") or (word.pos in ("NOUN", "ADJ", "NUM") and _case(word) == "Gen"
                                                                     and not _is_year(word)))


@dataclass
class Phrase:
    """A noun phrase read into English: its words and where they end, what its article depends on, and the phrases
    "и" joins in it."""
    text: str
    end: int
    case: str = ""
    definite: bool = False  # "the state border"
    proper: bool = False  # a state's name
    written: bool = False  # phrases joined, their articles written in
    of: bool = False  # an "of" group follows the noun
    bare: bool = False  # never "the": "matters of"
    members: list[Phrase] = field(default_factory=list)  # the phrases "и" and commas join in it

    def with_article(self, parties: bool = False) -> str:
        wanted = self.definite or self.of or parties
        return f"the {self.text}" if wanted and not (self.proper or self.written or self.bare) else self.text


def _phrase_at(words: list[Word], i: int) -> tuple[Entry, int, Word] | None:
    """The longest glossary phrase at i: its English, where it ends, and its first noun (whose number it takes)."""
    for size in (4, 3, 2):
        if i + size <= len(words) and (key := tuple(_lemma(w) for w in words[i:i + size])) in PHRASES:
            nouns = [w for w in words[i:i + size] if w.pos in ("NOUN", "PROPN")]
            return PHRASES[key], i + size, nouns[0] if nouns else words[i + size - 1]
    return None


def _state_at(words: list[Word], i: int, state: State) -> Phrase | None:
    """A state by its name ("Казахстаном"), or as a republic ("Республики Казахстан", "Кыргызской Республикой")."""
    word = words[i]
    after = words[i + 1] if i + 1 < len(words) else None
    if word.pos in ("ADJ", "PROPN") and after is not None and _lemma(after) == "республика" and (name := state(word)) is not None:
        end = i + 2  # "Кыргызской Республики" (natasha tags the adjective of a name as either)
    elif word.pos in ("NOUN", "PROPN") and (name := state(word)) is not None:
        end = i + 1
    elif _lemma(word) == "республика" and after is not None and (name := state(after)) is not None:
        end = i + 2
    else:
        return None
    while end < len(words) and state(words[end]) == name:
        end += 1  # the rest of the state's name, where `state` knows each of its words
    return Phrase(name, end, _case(word) or (_case(after) if after is not None else ""), proper=True)


def _head(words: list[Word], i: int, sense: Entry | None) -> tuple[list[str], Entry, Word, int] | None:
    """A noun and its adjectives at i: their English, the noun's entry, the noun, and where they end; None where a word
    is unknown. `sense` is the noun's English where its preposition decides it ("в области")."""
    adjectives: list[str] = []
    joined: list[str] = []  # adjectives joined by "и" or commas: "двустороннем и многостороннем"
    j = i
    while j < len(words):
        if (found := _phrase_at(words, j)) is not None:
            found_entry, end, noun = found
            return [*adjectives, _listed(joined)] if joined else adjectives, found_entry, noun, end
        word = words[j]
        if _is_adjective(word):
            english = _adjective(word)
            if english is None:
                return None
            joined.append(english)
            j += 1
            if j + 1 < len(words) and words[j].text in (",", "и") and _is_adjective(words[j + 1]):
                j += 1
            else:
                adjectives, joined = [*adjectives, _listed(joined)], []
            continue
        if word.pos not in ("NOUN", "PROPN") or joined:
            return None
        known = sense if sense is not None else NOUNS.get(_lemma(word))
        return (adjectives, known, word, j + 1) if known is not None else None
    return None


def _unit(words: list[Word], i: int, state: State, sense: Entry | None = None, parties: bool = False) -> Phrase | None:
    """One noun with its adjectives, its "of" group and what it governs, in English; None where a word of it is
    unknown."""
    if (named := _state_at(words, i, state)) is not None:
        return named
    read = _head(words, i, sense)
    if read is None:
        return None
    adjectives, entry, noun, j = read
    lemma = _lemma(noun)
    plural = _is_plural(noun)
    genitive = None
    if j < len(words) and _starts(words, j, "Gen") and not _is_document(words, j):
        genitive = _noun_phrase(words, j, state, "Gen")
        if genitive is None:
            return None
        j = genitive.end
        plural = plural or (parties and len(genitive.members) > 1)  # "между МИД Казахстана и Китая": two ministries
    governed, preposition = None, ""
    for key, start in (((lemma, _lemma(words[j]) if j < len(words) else ""), j + 1), ((lemma, ""), j)):
        rule = GOVERNED.get(key)
        if rule is not None and _starts(words, start, rule[0]):
            governed = _noun_phrase(words, start, state, rule[0])
            if governed is None:
                return None
            entry, preposition, j = rule[1] or entry, rule[2], governed.end
            break
    if _goes_on(words, j):
        return None
    english = _noun(entry, plural)
    text = " ".join([*adjectives, english.removeprefix("the ")])
    if genitive is not None:
        text += f" of {genitive.with_article()}"
    if governed is not None:
        text += f" {preposition} {governed.with_article()}".replace("  ", " ")
    of = genitive is not None or preposition == "of" or " of " in english  # "transfer of sentenced persons"
    return Phrase(text, j, _case(noun), definite=english.startswith("the "), of=of, bare=lemma in NO_ARTICLE)


def _noun_phrase(words: list[Word], i: int, state: State, case: str = "", sense: Entry | None = None,
                 parties: bool = False) -> Phrase | None:
    """Noun phrases joined by commas and "и" ("торговли, экономики и науки" → "trade, economy and science"), with
    their articles written in; None where one is unknown, or where a list of commas never comes to its "и"."""
    first = _unit(words, i, state, sense, parties)
    if first is None:
        return None
    members, last = [first], ""
    cases = {case, first.case} - {""}
    j = first.end
    while j + 1 < len(words) and words[j].text in (",", "и") and not _is_document(words, j + 1) and _starts(words, j + 1, *cases):
        member = _unit(words, j + 1, state, parties=parties)
        if member is None:
            return None
        members.append(member)
        last, j = words[j].text, member.end
        if last == "и":
            break
    if last == ",":
        return None  # "A, B" and no "и": the list goes on in words not read
    texts = [m.with_article(parties) for m in members]
    if len(members) > 1 and members[-1].of and not parties and not any(m.proper or m.definite or m.of for m in members[:-1]):
        # the last one's "of" group is all of theirs: "the promotion and mutual protection of investments"
        texts = [f"the {texts[0]}", *texts[1:-1], members[-1].text]
    return Phrase(_listed(texts), j, first.case, written=True, members=members)


def _years(words: list[Word], i: int) -> tuple[str, int] | None:
    """Years as the text gives them, with an en dash ("2025–2026"), and the word "год" after them."""
    if i >= len(words):
        return None
    word = words[i]
    if (span := YEARS.fullmatch(word.text)) is not None:
        text, j = f"{span.group(1)}–{span.group(2)}", i + 1
    elif YEAR.fullmatch(word.text):
        text, j = word.text, i + 1
        if j + 1 < len(words) and words[j].text in ("-", "–", "—") and YEAR.fullmatch(words[j + 1].text):
            text, j = f"{word.text}–{words[j + 1].text}", j + 2
    else:
        return None
    return text, j + 1 if j < len(words) and _lemma(words[j]) in ("год", "гг") else j


def _period(words: list[Word], i: int) -> tuple[str, str, int] | None:
    """"на 2025–2026 годы" → "for 2025–2026", "до 2030 года" and "на период до 2030 года" → "until 2030"."""
    j = i + 1
    if _lemma(words[i]) == "на" and j < len(words) and _lemma(words[j]) in ("период", "срок"):
        j += 1
    until = _lemma(words[i]) == "до"
    if not until and j < len(words) and _lemma(words[j]) == "до":
        until, j = True, j + 1
    years = _years(words, j)
    return ("until" if until else "for", *years) if years is not None else None


def _group(words: list[Word], i: int, state: State, first: bool) -> tuple[str, str, int] | None:
    """The group of the title at i — its English preposition, the English after it, and where it ends — or None where
    none starts there or it is incomplete."""
    lemma = _lemma(words[i])
    if first and _starts(words, i, "Gen") and not _is_document(words, i):
        genitive = _noun_phrase(words, i, state, "Gen")  # "программа сотрудничества": of cooperation
        return ("of", genitive.with_article(), genitive.end) if genitive is not None else None
    if lemma in ("на", "до"):
        return _period(words, i)
    if lemma not in PREPOSITIONS or (head := _head_at(words, i + 1)) is None:
        return None
    plain = {"об": "о", "обо": "о", "во": "в", "со": "с"}.get(lemma, lemma)
    if plain == "в" and (not _starts(words, i + 1, "Loc") or _state_at(words, i + 1, state) is not None):
        return None  # "в 2025 году", "в силу", "в Казахстане": not what the document is on
    if (plain, _lemma(words[head])) in IDIOMS:
        return None
    english, sense = SENSES.get((plain, _lemma(words[head])), (PREPOSITIONS[lemma], None))
    parties = plain == "между"
    phrase = _noun_phrase(words, i + 1, state, sense=sense, parties=parties)
    if phrase is None or (plain == "с" and not all(m.proper for m in phrase.members)):
        return None  # "соглашение с Китаем о …": with China; "с целью", "с участием": no part of the title
    return english, phrase.with_article(), phrase.end


MONTH_LEMMAS = frozenset("январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь".split())


def _date_after(words: list[Word], start: int) -> int:
    """Where a date begins after `start` ("… водных ресурсов 12 мая в Душанбе"): the title ends before it (its genitive
    month is no part of it)."""
    return next((k for k in range(start, len(words) - 1) if re.fullmatch(r"\d{1,2}", words[k].text) and words[k + 1].lemma in MONTH_LEMMAS),
                len(words))


def english_title(words: list[Word], at: int, size: int, state: State) -> str | None:
    """The document's title in English from the words after its noun (`words[at:at + size]`), by the glossary and
    starting with its preposition ("on cooperation in the field of energy", "of measures for 2025–2026"), for the
    caller to put after the kind; None where nothing after the noun can be put. `state` gives a country's English name
    where a word names one ("Казахстаном" → "Kazakhstan")."""
    words = words[:_date_after(words, at + size)]
    parts: list[str] = []
    previous = ""
    i = at + size
    while i < len(words):
        if parts and _lemma(words[i]) == "для":
            break  # "соглашение о демаркации границы для укрепления … партнерства": what it is for, not what it is on
        joined = bool(parts) and _lemma(words[i]) == "и" and i + 1 < len(words) and _lemma(words[i + 1]) in PREPOSITIONS
        read = _group(words, i + 1 if joined else i, state, first=not parts)
        if read is None:
            break
        preposition, text, end = read
        part = f"{preposition} {text}"
        if joined:
            part = f"and {text}" if preposition == previous else f"and {part}"  # "о транзите и о туризме": on transit and tourism
        if len(" ".join([*parts, part]).split()) > MOST_WORDS:
            break
        parts.append(part)
        previous, i = preposition, end
    title = " ".join(parts)
    return title if title and not CYRILLIC.search(title) else None


def english_subjects(words: list[Word], at: int, size: int, state: State) -> list[str]:
    """What each of the documents a plural noun names is on, in English, one per subject and one per field: "соглашения
    о воздушном сообщении, о защите инвестиций и об избежании двойного налогообложения" → on air services, on the
    protection of investments, on the avoidance of double taxation; "соглашения о сотрудничестве по правовым вопросам, в
    сфере промышленной собственности и сельского хозяйства" → on cooperation on legal matters, in the field of industrial
    property, in the field of agriculture. A subject starts after a comma or "и" with "о", "по" or "в" (or in the genitive,
    after one: "программы партнерства … и культурного обмена"); where a subject's words are not all in the glossary, the
    list ends before it."""
    words = words[:_date_after(words, at + size)]
    subjects: list[list[str]] = []
    i = at + size
    while i < len(words):
        j = i
        while subjects and j < len(words) and (words[j].text == "," or _lemma(words[j]) in ("и", "а", "также")):
            j += 1  # ", ", "и", ", а также": the next subject
        separated = j > i
        of = bool(subjects) and subjects[0][0].startswith("of ")  # "программы партнерства … и культурного обмена": of each
        if subjects and separated and (j >= len(words) or _lemma(words[j]) not in ("о", "об", "обо", "по", "в", "во") and not of):
            break
        read = _group(words, j, state, first=not subjects or separated and of)
        if read is None:
            break
        preposition, text, end = read
        if separated or not subjects:
            subjects.append([])
        subjects[-1].append(f"{preposition} {text}")
        if len(" ".join(subjects[-1]).split()) > MOST_WORDS:
            subjects.pop()
            break
        i = end
    return [field for subject in subjects for field in _fields(" ".join(subject)) if not CYRILLIC.search(field)]


def _fields(subject: str) -> list[str]:
    """A subject that lists fields, one per field: "in the fields of trade, industry and agriculture" → in the field of
    trade, in the field of industry, in the field of agriculture; any other subject as it is."""
    listed = re.fullmatch(r"(?P<before>.*?\bin the )(?P<noun>field|sector)s? of (?P<list>.+?) and (?P<last>[^,]+)", subject)
    if listed is None or " of " in listed.group("list") + listed.group("last"):
        return [subject]
    return [f"{listed.group('before')}{listed.group('noun')} of {field}" for field in [*listed.group("list").split(", "), listed.group("last")]]
