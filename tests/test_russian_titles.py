"""The sentences here are written for these tests, not taken from any report: English titles of Russian documents
(accords/drafting/russian_titles.py), read by natasha's grammar and put in English by the glossary, word by word —
cut at the last complete group before a word the glossary does not know, and nothing where none is complete."""

from __future__ import annotations

import pytest

from accords.drafting.russian_text import CYRILLIC, Word, analyse
from accords.drafting.russian_titles import MOST_WORDS, english_subjects, english_title

pytestmark = pytest.mark.unit

STATES = {"казахстан": "Kazakhstan", "узбекистан": "Uzbekistan", "китай": "China", "россия": "Russia", "азербайджан": "Azerbaijan",
          "кыргызстан": "Kyrgyzstan", "таджикистан": "Tajikistan", "туркменистан": "Turkmenistan", "турция": "Türkiye",
          "кыргызский": "Kyrgyzstan"}  # natasha's lemma of "Кыргызской [Республики]"


def state(word: Word) -> str | None:
    return STATES.get(word.lemma)


def title(text: str, noun: str, nth: int = 0) -> str | None:
    """The title after the document noun (its lemmas, space-separated; the nth time it occurs) in a sentence."""
    words, _ = analyse(text)
    lemmas = noun.split()
    found = [i for i in range(len(words)) if [w.lemma for w in words[i:i + len(lemmas)]] == lemmas]
    assert len(found) > nth, f"no {noun!r} in {[w.lemma for w in words]}"
    return english_title(words, found[nth], len(lemmas), state)


CASES = [
    # known words: the whole title
    ("Стороны подписали соглашение о сотрудничестве в области энергетики.", "соглашение", "on cooperation in the field of energy"),
    ("Министры подписали меморандум о создании совместных образовательных учреждений.", "меморандум",
     "on the creation of joint educational institutions"),
    ("Утвержден план мероприятий на 2024–2026 годы по сотрудничеству в сферах торговли, экономики и науки.", "план",
     "of measures for 2024–2026 on cooperation in the fields of trade, economy and science"),
    ("Подписан договор о государственной границе между Казахстаном и Узбекистаном.", "договор",
     "on the state border between Kazakhstan and Uzbekistan"),
    ("Президенты подписали Декларацию о вечной дружбе.", "декларация", "on eternal friendship"),
    ("Подписано соглашение о поощрении и взаимной защите инвестиций.", "соглашение", "on the promotion and mutual protection of investments"),
    ("Утверждена программа сотрудничества между дипведомствами на 2025–2026 годы.", "программа",
     "of cooperation between the foreign ministries for 2025–2026"),
    ("Подписано соглашение о международном автомобильном сообщении.", "соглашение", "on international road transport"),
    ("Стороны заключили соглашение о взаимном освобождении от визовых требований.", "соглашение",
     "on mutual exemption from visa requirements"),
    ("Подписан договор о стратегическом партнерстве и союзнических отношениях.", "договор", "on strategic partnership and allied relations"),
    ("Подписано совместное заявление об углублении стратегического партнерства.", "совместный заявление",
     "on the deepening of strategic partnership"),
    ("Подписан договор о делимитации кыргызско-таджикской государственной границы.", "договор",
     "on the delimitation of the Kyrgyz-Tajik state border"),
    ("Подписано соглашение об избежании двойного налогообложения и предотвращении уклонения от уплаты налогов.", "соглашение",
     "on the avoidance of double taxation and the prevention of tax evasion"),
    ("Подписан договор о взаимной правовой помощи по гражданским и уголовным делам.", "договор",
     "on mutual legal assistance in civil and criminal matters"),
    ("Подписано соглашение о сотрудничестве в борьбе с терроризмом, экстремизмом и незаконным оборотом наркотиков.", "соглашение",
     "on cooperation in combating terrorism, extremism and drug trafficking"),
    ("Подписан меморандум о сотрудничестве в энергетической сфере.", "меморандум", "on cooperation in the energy field"),
    ("Подписано соглашение о сотрудничестве по вопросам миграции.", "соглашение", "on cooperation on matters of migration"),
    ("Подписано соглашение о двустороннем и многостороннем сотрудничестве в сфере образования.", "соглашение",
     "on bilateral and multilateral cooperation in the field of education"),
    ("Подписано соглашение о транзите и о туризме.", "соглашение", "on transit and tourism"),
    ("Подписан меморандум о взаимопонимании в области водных ресурсов, водного хозяйства и ирригации.", "меморандум",
     "of understanding in the field of water resources, water management and irrigation"),
    ("Подписан договор о передаче осужденных к лишению свободы.", "договор", "on the transfer of sentenced persons"),
    ("Подписан меморандум о сотрудничестве между государствами Центральной Азии и Китаем.", "меморандум",
     "on cooperation between the states of Central Asia and China"),
    ("Принято совместное заявление президентов Казахстана и Узбекистана.", "совместный заявление",
     "of the presidents of Kazakhstan and Uzbekistan"),
    ("Подписано соглашение о торгово-экономическом, научно-техническом и культурно-гуманитарном сотрудничестве.", "соглашение",
     "on trade and economic, scientific and technical, and cultural and humanitarian cooperation"),
    ("Подписано соглашение об охране окружающей среды и возобновляемых источниках энергии.", "соглашение",
     "on the protection of the environment and renewable energy sources"),
    # states, between and with
    ("Подписано соглашение между Правительством Республики Казахстан и Правительством Республики Узбекистан о мирном использовании "
     "атомной энергии, которое вступит в силу осенью.", "соглашение",
     "between the Government of Kazakhstan and the Government of Uzbekistan on the peaceful use of nuclear energy"),
    ("Министры подписали соглашение между Правительством Республики Казахстан и Правительством Кыргызской Республики о "
     "международном автомобильном сообщении.", "соглашение",
     "between the Government of Kazakhstan and the Government of Kyrgyzstan on international road transport"),
    ("Подписана программа сотрудничества между МИД Казахстана и Китая на 2025 - 2026 гг.", "программа",
     "of cooperation between the foreign ministries of Kazakhstan and China for 2025–2026"),
    ("Подписана Декларация о вечной дружбе и союзничестве между Республикой Казахстан и Республикой Узбекистан.", "декларация",
     "on eternal friendship and alliance between Kazakhstan and Uzbekistan"),
    ("Подписано соглашение с Китаем о взаимном освобождении от визовых требований.", "соглашение",
     "with China on mutual exemption from visa requirements"),
    # years
    ("Подписана дорожная карта по развитию торгово-экономического сотрудничества до 2030 года.", "дорожный карта",
     "on the development of trade and economic cooperation until 2030"),
    ("Подписан план действий на 2025 год.", "план действие", "for 2025"),
    ("Подписан план действий на 2025-2027 годы.", "план действие", "for 2025–2027"),
    ("Подписана программа развития туризма до 2030 года.", "программа", "of the development of tourism until 2030"),
    ("Подписана программа сотрудничества в области культуры на период до 2030 года.", "программа",
     "of cooperation in the field of culture until 2030"),
    # an unknown word: the title ends at the last complete group before it
    ("Подписано соглашение о сотрудничестве в области ветеринарии.", "соглашение", "on cooperation"),
    ("Подписан меморандум о сотрудничестве в сферах торговли, пчеловодства и науки.", "меморандум", "on cooperation"),
    ("Подписано соглашение о межрегиональном сотрудничестве между областями двух стран.", "соглашение", "on interregional cooperation"),
    ("Подписан меморандум о побратимстве между Ташкентом и Алматы.", "меморандум", "on twinning"),
    ("Подписано соглашение о поставках природного газа и о транзите электроэнергии через территорию Казахстана.", "соглашение",
     "on the supplies of natural gas and the transit of electricity"),
    # nothing known, or nothing complete: no title
    ("Подписано соглашение о пчеловодстве.", "соглашение", None),
    ("Подписан меморандум о побратимстве городов Самарканд и Бухара.", "меморандум", None),
    ("Подписан меморандум о строительстве станции «Пример-1».", "меморандум", None),
    ("Подписан договор 1998 года о дружбе.", "договор", None),
    ("Соглашение подписали министры двух стран.", "соглашение", None),
    ("Стороны обсудили ход выполнения соглашения.", "соглашение", None),
    # where it ends: a clause, a dash, a date or place, another document
    ("Подписано соглашение о реадмиссии лиц, которое вступит в силу через месяц.", "соглашение", "on the readmission of persons"),
    ("Стороны подписали соглашение о воздушном сообщении — документ готовили два года.", "соглашение", "on air services"),
    ("Стороны подписали соглашение о сотрудничестве в 2024 году в Астане.", "соглашение", "on cooperation"),
    ("Меморандум о сотрудничестве в области туризма подписан в Ташкенте.", "меморандум", "on cooperation in the field of tourism"),
    ("Подписано соглашение о сотрудничестве в отношении налогов.", "соглашение", "on cooperation"),
    ("Подписаны соглашение о транзите грузов и меморандум о туризме.", "соглашение", "on the transit of cargo"),
    ("Подписан договор о правовой помощи по уголовным делам и договор об экстрадиции.", "договор", "on legal assistance in criminal matters"),
]


@pytest.mark.parametrize(("text", "noun", "expected"), CASES, ids=[f"{i}: {expected}" for i, (_, _, expected) in enumerate(CASES)])
def test_title(text: str, noun: str, expected: str | None) -> None:
    assert title(text, noun) == expected


def test_each_document_of_a_list_has_its_own_title() -> None:
    text = "Подписаны соглашения о транзите и меморандум о туризме."
    assert (title(text, "соглашение"), title(text, "меморандум")) == ("on transit", "on tourism")
    text = "Подписан договор о правовой помощи по уголовным делам и договор об экстрадиции."
    assert title(text, "договор", nth=1) == "on extradition"


@pytest.mark.parametrize(("text", "expected"), [
    # a subject after each comma or "и" that starts with its own preposition: one document each
    ("Подписаны соглашения о воздушном сообщении, о взаимной защите инвестиций и об избежании двойного налогообложения.",
     ["on air services", "on the mutual protection of investments", "on the avoidance of double taxation"]),
    # a field list in a subject: one each, the subject's words before the fields kept for each
    ("Подписаны соглашения о сотрудничестве по правовым вопросам, в сфере промышленной собственности и сельского хозяйства.",
     ["on cooperation on legal matters", "in the field of industrial property", "in the field of agriculture"]),
    ("Подписаны меморандумы о сотрудничестве в области торговли и возобновляемой энергетики.",
     ["on cooperation in the field of trade", "on cooperation in the field of renewable energy"]),
    # after a genitive subject, the next in the genitive
    ("Подписаны программы партнерства на 2023-2024 годы и культурного обмена на период до 2026 года.",
     ["of partnership for 2023–2024", "of cultural exchange until 2026"]),
    # one subject: one
    ("Подписаны соглашения о сотрудничестве, по итогам переговоров.", ["on cooperation"]),
    # "и" before another document: not a subject of these
    ("Подписаны соглашения о транзите и меморандум о туризме.", ["on transit"]),
])
def test_each_subject_of_a_plural_document_noun(text: str, expected: list[str]) -> None:
    words, _ = analyse(text)
    at = next(i for i, w in enumerate(words) if w.lemma in ("соглашение", "меморандум", "программа"))
    assert english_subjects(words, at, 1, state) == expected


def test_a_long_title_is_cut_at_a_group() -> None:
    text = ("Подписано соглашение о сотрудничестве в области энергетики, транспорта, логистики, сельского хозяйства, цифровых технологий, "
            "образования, здравоохранения, культуры, туризма и спорта между Казахстаном и Узбекистаном.")
    assert title(text, "соглашение") == ("on cooperation in the field of energy, transport, logistics, agriculture, digital technologies, "
                                         "education, healthcare, culture, tourism and sport")


def test_no_title_begins_after_the_sentence() -> None:
    words, _ = analyse("Подписано соглашение")
    assert english_title(words, 1, 1, state) is None


@pytest.mark.parametrize(("text", "noun"), [(text, noun) for text, noun, _ in CASES], ids=[str(i) for i in range(len(CASES))])
def test_a_title_is_english_and_short(text: str, noun: str) -> None:
    found = title(text, noun)
    assert found is None or (found and not CYRILLIC.search(found) and len(found.split()) <= MOST_WORDS
                             and found.split()[0] in ("on", "of", "for", "until", "between", "with", "in"))


def test_a_title_ends_before_the_date_after_it():
    """The sentence is written for this test: "… в области водных ресурсов 12 мая в Душанбе": the genitive month is no word
    of the title, which was lost whole for it."""
    words, _ = analyse("Узбекистан и Таджикистан подписали меморандум о сотрудничестве в области водных ресурсов 12 мая в Душанбе.")
    at = next(i for i, w in enumerate(words) if w.lemma == "меморандум")
    assert english_title(words, at, 1, lambda w: None) == "on cooperation in the field of water resources"
