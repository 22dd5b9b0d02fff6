"""The event pass of `accords draft` (accords/drafting/events.py), one sentence at a time: visits, talks, named
summits and meetings, the next meeting announced; held or planned by their own clause; dates at the text's precision.
The sentences are written for these tests (not from any report); the dataset is the real one's countries, sources and
topics only, so every person and body is new to it."""

from __future__ import annotations

import pytest

from accords.dates import PartialDate
from accords.drafting import documents
from accords.drafting.extract import Extractor
from accords.drafting.mentions import people_without_office
from accords.drafting.sentences import sentences
from accords.names import NameIndex


@pytest.fixture(scope="module")
def base(base_dataset):
    return base_dataset[1:]


def events_of(base, text: str, published: str = "2025-11-20"):
    dataset, names = base
    drafts = Extractor(dataset, names, PartialDate.parse(published)).read(sentences([text]))
    return [(str(e.name.value), e.kind.value, "planned" if e.planned else "held", str(e.date.value) if e.date else None,
             str(e.place.value) if e.place else None) for e in drafts.events]


def test_a_state_visit_is_the_visit_of_its_visitor_to_the_country_dated_as_a_range(base):
    assert events_of(base, "Turkmen President Serdar Berdimuhamedov paid a state visit to China on 5–6 January 2023.") == [
        ("State visit of Serdar Berdimuhamedov to China", "visit", "held", "2023-01-05/2023-01-06", None)]


def test_a_visit_to_a_city_is_a_visit_to_its_country_in_that_city(base):
    assert events_of(base, "Kazakh President Kassym-Jomart Tokayev arrived in Baku on an official visit on 12 March 2024.") == [
        ("Official visit of Kassym-Jomart Tokayev to Azerbaijan", "visit", "held", "2024-03-12", "Baku")]


def test_a_visit_told_of_twice_is_one_event(base):
    text = ("Uzbek President Shavkat Mirziyoyev began a state visit to Kazakhstan on Monday. "
            "During the state visit to Kazakhstan, the sides signed an agreement on water.")
    found = events_of(base, text)
    assert [e[0] for e in found] == ["State visit of Shavkat Mirziyoyev to Kazakhstan"]
    assert found[0][3] == "2025-11-17"  # the Monday before Thursday 20 November 2025


def test_a_visit_that_will_be_paid_is_planned(base):
    assert events_of(base, "Chinese President Xi Jinping will pay a state visit to Kazakhstan in June 2026.") == [
        ("State visit of Xi Jinping to Kazakhstan", "visit", "planned", "2026-06", None)]


def test_a_visit_with_nobody_who_makes_it_and_no_manner_is_not_drafted(base):
    assert events_of(base, "The delegation's visit to China was productive.") == []


def test_talks_of_two_named_people_in_a_city(base):
    assert events_of(base, "Uzbek President Shavkat Mirziyoyev held talks with Azerbaijani President Ilham Aliyev in Tashkent on 23 August 2024.") == [
        ("Talks of Shavkat Mirziyoyev and Ilham Aliyev", "meeting", "held", "2024-08-23", "Tashkent")]


def test_talks_of_the_sides_name_no_event(base):
    assert events_of(base, "The sides held talks in Tashkent on 23 August 2024.") == []


def test_a_named_summit_with_an_ordinal_held_in_a_city(base):
    assert events_of(base, "The Second Central Asia–China Summit was held in Astana on 17 June 2025.") == [
        ("Second Central Asia–China Summit", "summit", "held", "2025-06-17", "Astana")]


def test_a_summit_only_named_is_not_an_event_of_the_report(base):
    assert events_of(base, "Analysts expect more investment ahead of the Central Asia–China Summit.") == []


def test_a_commission_meeting_in_lower_case_with_its_dates(base):
    text = "The 27th meeting of the intergovernmental commission on trade and economic cooperation took place in Ashgabat on 14–15 May 2025."
    assert events_of(base, text) == [
        ("27th meeting of the intergovernmental commission on trade and economic cooperation", "meeting", "held", "2025-05-14/2025-05-15", "Ashgabat")]


def test_the_next_meeting_announced_is_planned_for_the_year_the_text_gives(base):
    text = ("The 27th meeting of the intergovernmental commission on trade and economic cooperation was held in Ashgabat on 14 May 2025. "
            "The next meeting of the commission will be held next year in Tashkent.")
    found = events_of(base, text)
    assert found[1] == ("Meeting of the commission", "meeting", "planned", "2026", "Tashkent")


def test_the_plan_of_one_event_is_not_another_events_in_the_same_clause(base):
    text = "The ministers held the 8th Joint Planning Group Meeting and discussed the 6th meeting of the Strategic Council to be held in Astana."
    assert sorted(events_of(base, text)) == [
        ("6th meeting of the Strategic Council", "meeting", "planned", None, "Astana"),
        ("8th Joint Planning Group Meeting", "meeting", "held", None, None)]


def test_a_climate_conference_by_its_short_name(base):
    assert events_of(base, "The memorandum was signed at COP29 in Baku on 13 November 2024.")[0][:3] == ("COP29", "other", "held")


def agreements_of(base, text: str, published: str = "2025-11-20"):
    dataset, names = base
    drafts = Extractor(dataset, names, PartialDate.parse(published)).read(sentences([text]))
    return [(a.kind.value, [p.value for p in a.parties], str(a.documents.value) if a.documents else None,
             str(a.date_signed.value) if a.date_signed else None) for a in drafts.agreements]


@pytest.mark.parametrize(("text", "expected"), [
    ("Kazakhstan and Azerbaijan signed 14 cooperation documents on 12 March 2024.",
     [("package", ["kazakhstan", "azerbaijan"], "14", "2024-03-12")]),
    ("Russia and Uzbekistan have signed more than twenty cooperation documents.", [("package", ["russia", "uzbekistan"], "at least 21", None)]),
    ("Turkmenistan and Uzbekistan signed several documents.", [("package", ["turkmenistan", "uzbekistan"], None, None)]),  # uncounted
    ("Turkmenistan and Uzbekistan will sign 10 documents in March.", []),
])
def test_a_package_the_text_counts_is_one_record_with_its_count(base, text, expected):
    assert agreements_of(base, text) == expected


def test_documents_signed_after_talks_are_between_the_countries_of_those_who_met(base):
    text = ("President of Kyrgyzstan Sadyr Japarov held talks with Chairman of the People's Republic of China Xi Jinping in Astana on 17 June 2025. "
            "Following the talks, the two presidents signed a joint statement.")
    assert agreements_of(base, text, "2025-06-17") == [("joint statement", ["kyrgyzstan", "china"], None, "2025-06-17")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The memorandum was signed on the sidelines of the “Central Asia–China” summit held in Astana.", "Central Asia–China summit"),
    ("The declaration was adopted at the summit of the heads of states “Central Asia – China”.", "Central Asia–China summit"),
    ("The document was signed during the extraordinary summit of the OTS Heads of State on March 16, in Ankara.",
     "Extraordinary summit of the OTS Heads of State"),
    ("Officials approved 27 agreements during Russian President Vladimir Putin's visit to Tashkent.", "Visit of Vladimir Putin to Uzbekistan"),
    ("President Tokayev noted the importance of his state visit to Baku.", "State visit of Tokayev to Azerbaijan"),
])
def test_events_named_in_quotes_in_lower_case_or_by_a_possessive(base, text, expected):
    assert expected in [e[0] for e in events_of(base, text)]


def test_a_document_of_the_central_asia_china_format_is_between_the_five_and_china(base):
    text = "The sides signed a Memorandum of Understanding on digital trade in the “Central Asia – China” format on 19 May 2023."
    [(kind, parties, _, _)] = agreements_of(base, text, "2023-05-20")
    assert (kind, sorted(parties)) == ("memorandum of understanding", ["china", "kazakhstan", "kyrgyzstan", "tajikistan", "turkmenistan", "uzbekistan"])


def test_a_meeting_that_took_place_between_two_presidents_named_after_a_comma(base):
    text = ("A meeting took place in Tashkent on 23 August 2024 between the President of Uzbekistan, Shavkat Mirziyoyev and the "
            "President of Azerbaijan, Ilham Aliyev.")
    assert events_of(base, text) == [("Meeting of Shavkat Mirziyoyev and Ilham Aliyev", "meeting", "held", "2024-08-23", "Tashkent")]


def test_a_weekday_before_a_date_is_that_date(base):
    text = "On Thursday, 14 July 2022, President Serdar Berdimuhamedov and President Shavkat Mirziyoyev held talks in Tashkent."
    assert events_of(base, text) == [("Talks of Serdar Berdimuhamedov and Shavkat Mirziyoyev", "meeting", "held", "2022-07-14", "Tashkent")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The C5+1 summit was held in Washington on November 6, 2025.", ("C5+1 summit", "summit", "held", "2025-11-06", "Washington")),
    ("Kyrgyz President Sadyr Japarov visited Kazakhstan on a state visit on 3 March 2025.",
     ("State visit of Sadyr Japarov to Kazakhstan", "visit", "held", "2025-03-03", None)),
    ("The intergovernmental commission on economic cooperation held its 12th meeting in Ashgabat on 2 June 2025.",
     ("12th meeting of the intergovernmental commission on economic cooperation", "meeting", "held", "2025-06-02", "Ashgabat")),
    # offices of heads of government and monarchs, before the name or after it
    ("On 23 April 2025, President Ilham Aliyev met with Li Qiang, Premier of the State Council of China, in Beijing.",
     ("Meeting of Ilham Aliyev and Li Qiang", "meeting", "held", "2025-04-23", "Beijing")),
    ("Crown Prince Mohammed bin Salman held talks with President Shavkat Mirziyoyev in Jeddah on 18 August 2022.",
     ("Talks of Mohammed bin Salman and Shavkat Mirziyoyev", "meeting", "held", "2022-08-18", "Jeddah")),
    ("Emir Tamim bin Hamad Al Thani held talks with President Kassym-Jomart Tokayev in Doha on 12 October 2022.",  # the family's "Al"
     ("Talks of Tamim bin Hamad Al Thani and Kassym-Jomart Tokayev", "meeting", "held", "2022-10-12", "Doha")),
])
def test_receptions_visits_and_meetings_as_wires_write_them(base, text, expected):
    assert events_of(base, text) == [expected]


@pytest.mark.parametrize("text", [
    "The Business Forum was held in Tashkent on 3 June 2025.",
    "Ministers attended the Council of Ministers meeting held in Baku on 3 June 2025.",
    "The meeting of the Uzbek President was held in Samarkand on 3 June 2025.",  # talks with someone, not a gathering
])
def test_a_gathering_named_by_generic_words_alone_is_no_event(base, text):
    assert events_of(base, text) == []


def test_a_summit_in_lower_case_is_the_organisations_its_clause_names(real_data):
    from accords.names import NameIndex

    drafts = Extractor(real_data, NameIndex(real_data), PartialDate(2025, 7, 5)).read(sentences([
        "Leaders of the Shanghai Cooperation Organisation gathered in Astana for a summit on July 4."]))
    assert [(e.name.value, e.kind.value, str(e.date.value)) for e in drafts.events] == [
        ("Summit of the Shanghai Cooperation Organisation", "summit", "2025-07-04")]


def test_a_summit_in_lower_case_of_two_named_presidents_is_theirs(base):
    text = ("On 24 January 2024, a landmark summit in Beijing saw President Shavkat Mirziyoyev of Uzbekistan and President Xi "
            "Jinping of China elevate their relations.")
    assert events_of(base, text) == [("Summit of Shavkat Mirziyoyev and Xi Jinping", "summit", "held", "2024-01-24", "Beijing")]


def test_a_visit_to_a_state_without_a_record_and_discussions_held_with_a_named_counterpart(base):
    assert events_of(base, "Foreign Minister Rashid Meredov arrived in Japan for a three-day working visit on 14 November.") == [
        ("Working visit of Rashid Meredov to Japan", "visit", "held", "2025-11-14", None)]
    assert events_of(base, "Turkish President Recep Tayyip Erdogan praised the discussions held with Kyrgyz President Sadyr Japarov "
                           "in Bishkek on 12 November.") == [
        ("Talks of Recep Tayyip Erdogan and Sadyr Japarov", "meeting", "held", "2025-11-12", "Bishkek")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Документ подписан 12 ноября в рамках государственного визита Президента Туркменистана Сердара Бердымухамедова в "
     "Республику Таджикистан.", "State visit of Serdar Berdymukhamedov to Tajikistan"),
    ("Протокол подписан 12 ноября в рамках официального визита президента РК Касым-Жомарта Токаева в КР.",
     "Official visit of Kasym-Zhomart Tokayev to Kyrgyzstan"),
])
def test_a_russian_visit_to_a_republic_named_in_full_or_by_its_abbreviation(base, text, expected):
    assert [e[0] for e in events_of(base, text) if e[1] == "visit"] == [expected]


def test_a_meeting_of_a_body_with_a_capitalised_name_keeps_the_whole_name(base):
    assert [e[0] for e in events_of(base, "The 5th meeting of the Council of Foreign Ministers of Central Asia and the GCC was held "
                                         "in Tashkent on 12 November.")] == [
        "5th meeting of the Council of Foreign Ministers of Central Asia and the GCC"]


@pytest.mark.parametrize("text", [
    "The presidents of Turkmenistan and Uzbekistan held talks in Tashkent on 12 November.",
    "Президенты Туркменистана и Узбекистана провели переговоры в Казахстане 12 ноября.",  # Kazakhstan is where, not whose
])
def test_talks_of_two_heads_named_by_their_offices(base, text):
    assert [(e[0], e[2], e[3]) for e in events_of(base, text)] == [("Talks of the presidents of Turkmenistan and Uzbekistan", "held", "2025-11-12")]


def test_a_state_visit_told_in_an_aside_and_an_event_read_cut_short_is_one_with_its_whole_name(base):
    dataset, names = base
    drafts = Extractor(dataset, names, PartialDate.parse("2025-11-20")).read(sentences([
        "The presidents chaired the first session of the High-level interstate council in Astana on 19 November.",
        "Shavkat Mirziyoyev, who is in Kazakhstan on a state visit, called the meeting historic."]))
    assert [(e.name.value, e.kind.value) for e in drafts.events] == [
        ("First session of the High-level interstate council", "council"),
        ("State visit of Shavkat Mirziyoyev to Kazakhstan", "visit")]  # a name with a surname of the region's form: a person


def test_a_body_that_held_its_summit_and_a_decision_adopted_on_a_subject(base):
    dataset, names = base
    drafts = Extractor(dataset, names, PartialDate.parse("2025-10-10")).read(sentences([
        "On October 10, 2025, the Council of Heads of State of the Commonwealth of Independent States held its summit in Dushanbe.",
        "The heads of state adopted a decision on the CIS chairmanship in 2026, which will pass to Turkmenistan.",
        "The leaders made a decision to build the railway."]))
    assert [(e.name.value, str(e.date.value)) for e in drafts.events] == [
        ("Summit of the Council of Heads of State of the Commonwealth of Independent States", "2025-10-10")]
    (decision,) = drafts.agreements  # "a decision to build" is no document
    assert decision.kind.value == "decision" and decision.approved is not None
    assert decision.parties == [] and decision.date_signed is None  # not "pass to Turkmenistan"; not 2026, after the report


def test_a_visit_at_someones_invitation_is_the_visitors_and_an_invitation_to_visit_is_no_event(base):
    assert events_of(base, "At the invitation of President Emmanuel Macron, Kazakh President Kassym-Jomart Tokayev paid a state "
                           "visit to France on 4 November 2024.") == [
        ("State visit of Kassym-Jomart Tokayev to France", "visit", "held", "2024-11-04", None)]
    assert events_of(base, "“I invited the French leader to make a return state visit to Kazakhstan,” Tokayev added.") == []


def test_a_numbered_summit_that_completed_is_held_and_is_the_recorded_one_of_its_number(base, real_data):
    """'The 11th summit … completed in Bishkek' had been taken for the recorded, un-numbered summit planned in Turkistan;
    with no record of it, it is drafted, held; with the full data, it is the recorded 11th (Bishkek, 2024)."""
    assert events_of(base, "The 11th summit of the Organization of Turkic States completed in Bishkek on November 6.", "2024-11-07") == [
        ("11th summit of the Organization of Turkic States", "summit", "held", "2024-11-06", "Bishkek")]
    drafts = Extractor(real_data, NameIndex(real_data), PartialDate(2024, 11, 7)).read(sentences([
        "The 11th summit of the Organization of Turkic States completed in Bishkek on November 6."]))
    assert drafts.events == [] and "ots-summit-bishkek-2024" in drafts.linked and "ots-summit-kazakhstan-2026" not in drafts.linked


def test_a_visit_named_only_by_a_pronoun_or_a_time_is_no_event_of_its_own(base):
    """'A migration agreement was also signed during his visit', 'Last week, Erdogan toured …': drafted as events named
    'His visit' and 'Last week' (with the full data, beside the recorded visit); now the signing is of the visit the
    report told of, if any, and no event is made of the words."""
    dataset, names = base
    drafts = Extractor(dataset, names, PartialDate(2024, 9, 16)).read(sentences([
        "FICTIONAL TEST TEXT. A migration agreement was also signed during his visit.",
        "Last week, the president toured three Gulf nations."]))
    assert drafts.events == [] and drafts.agreements[0].event is None


def test_talks_during_a_recorded_visit_are_that_visit(real_data):
    """With the full data, 'Mirziyoyev and Scholz met Sunday in Samarkand' (the report of the recorded visit of September
    2024) had been drafted as a new meeting beside the recorded visit: now it is the recorded visit."""
    names = NameIndex(real_data)
    drafts = Extractor(real_data, names, PartialDate(2024, 9, 16)).read(sentences([
        "FICTIONAL TEST TEXT. Uzbek President Shavkat Mirziyoyev and German Chancellor Olaf Scholz met Sunday in Samarkand."]))
    [meeting] = drafts.events
    assert meeting.existing == "scholz-visit-uzbekistan-2024"


def test_separate_meetings_with_ministers_listed_under_one_office_are_one_meeting_each(base):
    text = ("On 12 May 2025 in Tashkent Foreign Minister of the Republic of Uzbekistan Bakhtiyor Saidov held separate meetings "
            "with the Foreign Ministers of the Republic of Belarus – Maxim Ryzhenkov, the Islamic Republic of Iran Abbas Araghchi, "
            "and the State Minister of Foreign Affairs of the Islamic Republic of Pakistan Ishaq Dar.")
    assert events_of(base, text) == [  # the office before the first country is the list's: each name after a country is a minister
        ("Meeting of Bakhtiyor Saidov and Maxim Ryzhenkov", "meeting", "held", "2025-05-12", "Tashkent"),
        ("Meeting of Bakhtiyor Saidov and Abbas Araghchi", "meeting", "held", "2025-05-12", "Tashkent"),
        ("Meeting of Bakhtiyor Saidov and Ishaq Dar", "meeting", "held", "2025-05-12", "Tashkent")]


def test_meetings_named_with_their_ordinal_inside_and_joined_by_and_share_the_verb(base):
    text = ("The memorandum was signed within the Southern Gas Corridor Advisory Council 11th Ministerial Meeting and the Green "
            "Energy Advisory Council 3rd Ministerial Meeting in Baku on 4 April 2025.")
    assert [(name, kind, held) for name, kind, held, _, _ in events_of(base, text, "2025-04-04")] == [
        ("11th Southern Gas Corridor Advisory Council Ministerial Meeting", "meeting", "held"),
        ("3rd Green Energy Advisory Council Ministerial Meeting", "meeting", "held")]
    # an ordinal with no name before it is not a name
    assert events_of(base, "The 11th Ministerial Meeting was held in Baku on 4 April 2025.", "2025-04-05") == []


def test_a_visit_to_a_city_of_two_words_and_a_fair_that_is_underway(base):
    assert events_of(base, "Turkish President Recep Tayyip Erdogan paid a visit to Abu Dhabi on 19 July 2023.", "2023-07-20") == [
        ("Visit of Recep Tayyip Erdogan to United Arab Emirates", "visit", "held", "2023-07-19", "Abu Dhabi")]  # not a town "Abu"
    assert events_of(base, "The ministers met in Istanbul, where the 16th International Defence Industry Fair is underway.", "2023-07-26") == [
        ("16th International Defence Industry Fair", "other", "held", None, "Istanbul")]  # the city "where" it is


def test_talks_the_two_leaders_held_are_the_visitors_and_the_hosts_the_report_names(base):
    dataset, names = base
    drafts = Extractor(dataset, names, PartialDate.parse("2023-05-18")).read(sentences([
        "Kazakh President Kassym-Jomart Tokayev arrived in Xi’an on 17 May 2023 for a state visit.",
        "Upon arrival, the two countries’ leaders held talks.",
        "Chinese President Xi Jinping hosted a banquet in his honour."]))
    assert [str(e.name.value) for e in drafts.events] == [
        "State visit of Kassym-Jomart Tokayev to China", "Talks of Kassym-Jomart Tokayev and Xi Jinping"]
    # without a visit, the two heads of two countries one sentence names; talks to come are not talks held
    assert [e[0] for e in events_of(base, "Following the high-level talks, President of Uzbekistan Shavkat Mirziyoyev and "
                                          "President of China Xi Jinping signed a joint statement.")] == [
        "Talks of Shavkat Mirziyoyev and Xi Jinping"]
    dataset, names = base
    later = Extractor(dataset, names, PartialDate.parse("2023-05-18")).read(sentences([
        "President of Uzbekistan Shavkat Mirziyoyev and President of China Xi Jinping signed a joint statement.",
        "The two leaders will hold talks next year."]))
    assert later.events == []


def test_a_meeting_told_in_an_aside_is_the_subjects_with_the_one_it_names(base):
    assert events_of(base, "Russian President Vladimir Putin, during a meeting with Chinese President Xi Jinping in Beijing on "
                           "4 February 2022, said that relations are unprecedented.", "2022-02-05") == [
        ("Meeting of Vladimir Putin and Xi Jinping", "meeting", "held", "2022-02-04", "Beijing")]


def test_political_consultations_of_two_states_held_or_planned_and_none_only_agreed(base):
    assert events_of(base, "Turkmenistan and Kyrgyzstan held political consultations in Ashgabat on 26 February 2025.", "2025-02-27") == [
        ("Political consultations between Turkmenistan and Kyrgyzstan", "meeting", "held", "2025-02-26", "Ashgabat")]
    assert events_of(base, "Consultations between the foreign ministries of Kazakhstan and China will be held in March 2026.") == [
        ("Consultations between Kazakhstan and China", "meeting", "planned", "2026-03", None)]
    assert events_of(base, "Kazakhstan and China agreed to hold regular consultations.") == []
    # what a document signed is on: no consultations held
    assert events_of(base, "The ministers of Turkmenistan and Azerbaijan signed a plan of consultations for 2025-2026.") == []


def test_an_arrival_is_a_visit_of_the_one_named_or_of_the_leader_the_subject_names(base):
    assert events_of(base, "President Kassym-Jomart Tokayev of Kazakhstan has arrived in Azerbaijan to attend the summit.") == [
        ("Visit of Kassym-Jomart Tokayev to Azerbaijan", "visit", "held", None, None)]
    assert events_of(base, "The Russian leader arrived in Beijing on 4 February 2022.", "2022-02-05") == [
        ("Visit to China", "visit", "held", "2022-02-04", "Beijing")]
    # whose arrival the sentence does not say, and an arrival to come, are no visit drafted
    assert events_of(base, "The delegation arrived in Tashkent.") == []
    assert events_of(base, "The Uzbek President will arrive in Astana tomorrow.") == []


def test_a_visitor_named_with_a_possessive_is_named_without_it(base):
    """The sentence is written for this test."""
    assert [e[0] for e in events_of(base, "During President of Uzbekistan Shavkat Mirziyoyev’s visit to Japan, projects were "
                                          "signed.")] == ["Visit of Shavkat Mirziyoyev to Japan"]


def test_a_visit_told_in_an_aside_on_the_visitor_is_the_visitors_not_the_hosts(base):
    """The sentence is written for this test."""
    events = events_of(base, "President of Kazakhstan Kassym-Jomart Tokayev met President of France Emmanuel Macron, who "
                             "arrived in Astana on an official visit on Nov. 1.", "2023-11-01")
    assert events[0] == ("Official visit of Emmanuel Macron to Kazakhstan", "visit", "held", "2023-11-01", "Astana")


def test_a_visit_announced_for_a_day_the_report_has_reached_is_held(base):
    """The sentence is written for this test."""
    text = "Turkmen President Serdar Berdimuhamedov will pay a state visit to China on 18 May 2023."
    assert [e[2] for e in events_of(base, text, "2023-05-18")] == ["held"]  # begun on the report's day
    assert [e[2] for e in events_of(base, text, "2023-05-17")] == ["planned"]
    assert [e[2] for e in events_of(base, text, "2023-05")] == ["planned"]  # a report dated only by its month: not known


def test_a_country_visited_is_a_visit_and_a_person_named_before_is_known_by_the_whole_name(base):
    """The sentences are written for this test."""
    assert events_of(base, "Foreign Secretary David Cameron visited Turkmenistan on Tuesday.", "2024-04-24") == [
        ("Visit of David Cameron to Turkmenistan", "visit", "held", "2024-04-23", None)]
    assert events_of(base, "The minister visited the new plant.") == []  # no place visited
    dataset, names = base
    drafts = Extractor(dataset, names, PartialDate(2024, 4, 24)).read(sentences([
        "Foreign Secretary David Cameron signed two memoranda in Astana.",
        "Later, David Cameron visited Turkmenistan as part of a tour of Central Asia."]))
    assert [e.name.value for e in drafts.events] == ["Visit of David Cameron to Turkmenistan"]


def test_his_visit_is_the_visit_of_the_one_named_before_and_a_visit_paid_by_a_delegation_is_its_leaders(base):
    assert events_of(base, "Kazakh President Kassym-Jomart Tokayev named Azerbaijan a strategic partner, and also noted the "
                           "importance of his visit to Baku.") == [("Visit of Kassym-Jomart Tokayev to Azerbaijan", "visit", "held", None, "Baku")]
    assert events_of(base, "The region concluded 29 agreements during a recent visit paid to China by a delegation led by the "
                           "region's mayor Khairullo Bazarov.") == [("Visit of Khairullo Bazarov to China", "visit", "held", None, None)]


def test_a_conference_a_city_was_chosen_to_host_is_planned_and_one_successfully_held_is_held(base):
    assert events_of(base, "He congratulated Baku on being chosen to host the 29th UN Climate Change Conference.", "2024-01-09") == [
        ("29th UN Climate Change Conference", "meeting", "planned", None, None)]
    assert events_of(base, "I congratulate you on the successful holding of COP28.", "2024-01-09") == [("COP28", "other", "held", None, None)]
    assert [e[:3] for e in events_of(base, "The second meeting of the Supreme Interstate Council served as a platform for dialogue.")] == [
        ("Second meeting of the Supreme Interstate Council", "meeting", "held")]


def test_a_trilateral_summit_is_of_the_states_of_the_three_who_signed(base):
    text = ("The statement signed by President of Azerbaijan Ilham Aliyev, President of Uzbekistan Shavkat Mirziyoyev and President "
            "of Turkmenistan Serdar Berdimuhamedov following the trilateral summit held in Turkmenbashi on August 22 says so.")
    assert events_of(base, text, "2025-08-24") == [
        ("Trilateral summit of Azerbaijan, Uzbekistan and Turkmenistan", "summit", "held", "2025-08-22", "Turkmenbashi")]


def test_a_meeting_named_by_its_format_in_quotes_and_one_someone_came_to_attend(base):
    # the text says he came for it, not that it was held; where he came is where it is
    assert events_of(base, 'Foreign Minister Wang Yi of China arrived in Almaty to participate in the "Central Asia – China" '
                           'foreign ministers’ meeting.')[1:] == [("Central Asia–China foreign ministers’ meeting", "meeting", "planned", None, "Almaty")]


def test_the_meeting_of_two_ministers_named_by_their_states_adjectives_is_held_and_not_dated_by_a_plan_after_it(base):
    assert events_of(base, "Following the meeting between the Kazakhstani and South Korean Foreign Ministers, it was agreed "
                           "to organize a visit of South Korea’s President Yoon Suk-Yeol to Kazakhstan next year.", "2023-05-31") == [
        ("Visit of Yoon Suk-Yeol to Kazakhstan", "visit", "planned", "2024", None),
        ("Meeting of the foreign ministers of Kazakhstan and South Korea", "meeting", "held", None, None)]


def test_a_meeting_someone_will_have_is_planned(base):
    assert events_of(base, "Kazakh President Kassym-Jomart Tokayev is expected to meet with Chinese President Xi Jinping in "
                           "Astana in July 2024.", "2024-04-04") == [
        ("Meeting of Kassym-Jomart Tokayev and Xi Jinping", "meeting", "planned", "2024-07", "Astana")]


def test_the_visit_of_a_document_is_no_visit_but_the_one_told_of(base):
    """'the signing during the visit of the Intergovernmental Declaration …': the declaration is signed during the visit
    told of before; it is no visitor."""
    dataset, names = base
    drafts = Extractor(dataset, names, PartialDate.parse("2023-05-02")).read(sentences([
        "Uzbek President Shavkat Mirziyoyev began his visit to Germany on Tuesday.",
        "The parties welcomed the signing during the visit of the Intergovernmental Declaration on migration."]))
    assert [str(e.name.value) for e in drafts.events] == ["Visit of Shavkat Mirziyoyev to Germany"]
    (declaration,) = drafts.agreements
    assert declaration.event is not None and declaration.event.value is drafts.events[0]


@pytest.mark.parametrize("text", [
    "Ahead of the summit, the leaders attended a family photo shoot.",
    "After meeting with Deputy Prime Minister Murat Nurtleu on April 24, the minister reiterated this message.",
])
def test_the_words_a_sentence_opens_with_are_no_event_name(base, text):
    assert events_of(base, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # a first name and a surname formed as the region's are, no office written: a person
    ("Kassym-Jomart Tokayev arrived in Baku on a state visit on Monday.",
     [("State visit of Kassym-Jomart Tokayev to Azerbaijan", "visit", "held", "2025-11-17", "Baku")]),
    ("Shavkat Mirziyoyev's visit to Pakistan ended on Friday.",
     [("Visit of Shavkat Mirziyoyev to Pakistan", "visit", "held", "2025-11-14", None)]),
    # the name after a state's: not "Uzbekistan Shavkat Mirziyoyev"
    ("Chinese President Xi Jinping held talks with the President of the Republic of Uzbekistan Shavkat Mirziyoyev in Beijing.",
     [("Talks of Xi Jinping and Shavkat Mirziyoyev", "meeting", "held", None, "Beijing")]),
    # a name that goes on is something else's
    ("The Heydar Aliyev Center hosted a forum on 14 November.", []),
    # spouses at the welcoming ceremony are not at the talks
    ("Chinese President Xi Jinping and his wife Peng Liyuan welcomed President of the Republic of Uzbekistan Shavkat Mirziyoyev "
     "and his wife Ziroatkhon Mirziyoyeva before their talks in Beijing on Wednesday.",
     [("Talks of Xi Jinping and Shavkat Mirziyoyev", "meeting", "held", "2025-11-19", "Beijing"),
      ("Visit of Shavkat Mirziyoyev to China", "visit", "held", "2025-11-19", "Beijing")]),  # a guest welcomed: a visit (test_a_guest…)
    # a name told of as only a person's is: whose visit it is
    ("The documents were signed during Vladimir Putin’s state visit to the Republic of Azerbaijan on 19 November.",
     [("State visit of Vladimir Putin to Azerbaijan", "visit", "held", "2025-11-19", None)]),
    ("The visit of Emmanuel Macron to Kazakhstan began on Monday.",
     [("Visit of Emmanuel Macron to Kazakhstan", "visit", "held", "2025-11-17", None)]),
    ("The Kazakhstan Temir Zholy’s visit to Baku began on Monday.", []),  # a body's name is no one's
])
def test_people_named_without_an_office_by_a_surname_of_the_regions_form_or_as_whose_visit(base, text, expected):
    """The sentences are written for this test."""
    assert events_of(base, text) == expected


def test_talks_told_of_before_are_not_those_of_whoever_signs_after_them(base):
    """The sentences are written for this test."""
    dataset, names = base
    drafts = Extractor(dataset, names, PartialDate.parse("2025-11-20")).read(sentences([
        "Turkish Energy Minister Orhan Kaya and US Secretary of State Jonathan Hale spoke to the press on 18 November.",
        "Following the talks, Kaya and Hale signed a memorandum on critical minerals."]))
    assert [e.name.value for e in drafts.events] == []
    [memorandum] = drafts.agreements
    assert ([s[0].value.name.value for s in memorandum.signatories], [p.value for p in memorandum.parties]) == (
        ["Orhan Kaya", "Jonathan Hale"], ["turkiye", "united-states"])


@pytest.mark.parametrize(("text", "expected"), [
    # who is received is a guest in the host's country; the visit is dated by the day of the talks, which it may outlast
    ("Azerbaijani President Ilham Aliyev received Uzbek Foreign Minister Bakhtiyor Saidov in Baku on 17 November 2025.",
     [("Meeting of Ilham Aliyev and Bakhtiyor Saidov", "meeting", "held", "2025-11-17", "Baku"),
      ("Visit of Bakhtiyor Saidov to Azerbaijan", "visit", "held", "2025-11-17", "Baku")]),
    # talks in a city of one of the two states, in a report that speaks of a visit
    ("Kazakh President Kassym-Jomart Tokayev held talks with Hungarian Prime Minister Viktor Orbán in Astana on 12 November. "
     "Orbán thanked the President for the warm welcome during the visit.",
     [("Talks of Kassym-Jomart Tokayev and Viktor Orbán", "meeting", "held", "2025-11-12", "Astana"),
      ("Visit of Viktor Orbán to Kazakhstan", "visit", "held", "2025-11-12", "Astana")]),
    # not where nothing speaks of a visit, nor in a third country, nor where a visit to that country is told of
    ("Kazakh President Kassym-Jomart Tokayev held talks with Hungarian Prime Minister Viktor Orbán in Astana on 12 November.",
     [("Talks of Kassym-Jomart Tokayev and Viktor Orbán", "meeting", "held", "2025-11-12", "Astana")]),
    ("Kazakh President Kassym-Jomart Tokayev met Hungarian Prime Minister Viktor Orbán in Tashkent on 12 November during the visit.",
     [("Meeting of Kassym-Jomart Tokayev and Viktor Orbán", "meeting", "held", "2025-11-12", "Tashkent")]),
    ("Hungarian Prime Minister Viktor Orbán paid an official visit to Kazakhstan on 12-13 November. Kazakh President "
     "Kassym-Jomart Tokayev received Viktor Orbán in Astana on 12 November.",
     [("Official visit of Viktor Orbán to Kazakhstan", "visit", "held", "2025-11-12/2025-11-13", None),
      ("Meeting of Kassym-Jomart Tokayev and Viktor Orbán", "meeting", "held", "2025-11-12", "Astana")]),
])
def test_a_guest_received_or_met_in_the_hosts_country_is_on_a_visit_there(base, text, expected):
    """The sentences are written for this test."""
    assert events_of(base, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Ilham Aliyev and Serdar Berdimuhamedov held a meeting in a narrow format in Ashgabat on 3 November.",
     [("Meeting of Ilham Aliyev and Serdar Berdimuhamedov", "meeting", "held", "2025-11-03", "Ashgabat")]),
    ("The Uzbekistan–Azerbaijan business forum was held in Baku on 4 November.",
     [("Uzbekistan–Azerbaijan business forum", "forum", "held", "2025-11-04", "Baku")]),
    ("The business forum was held in Baku on 4 November.", []),  # no name of its own
])
def test_a_meeting_held_and_a_forum_named_in_lower_case(base, text, expected):
    """The sentences are written for this test."""
    assert events_of(base, text) == expected


def test_the_state_before_its_heads_name_is_no_first_name_of_his():
    """The sentence is written for this test."""
    text = "A welcoming ceremony was held for President of the Republic of Uzbekistan Shavkat Mirziyoyev and his wife."
    start = text.index("Shavkat")
    assert people_without_office(text) == [("Shavkat Mirziyoyev", start, start + len("Shavkat Mirziyoyev"))]


@pytest.mark.parametrize(("text", "expected"), [
    ("During Putin's visit to Dushanbe, the two presidents signed a joint statement.", []),  # "During" is no first name
    ("After Vladimir Putin's talks with the Tajik side, a statement was signed.", [("Vladimir Putin", 6)]),
    ("On Shavkat Mirziyoyev's invitation, he came.", [("Shavkat Mirziyoyev", 3)]),
])
def test_a_word_that_begins_a_sentence_is_no_first_name(text, expected):
    """The sentences are written for this test."""
    assert people_without_office(text) == [(name, start, start + len(name)) for name, start in expected]


@pytest.mark.parametrize(("text", "expected"), [
    # a part of the world is visited, not a state (nor a town called "Central")
    ("German Chancellor Olaf Scholz arrived on 15 November on a visit to Central Asia.", []),
    # the city after a state's possessive or "capital", and the guest's visit there
    ("Uzbek President Shavkat Mirziyoyev and German Chancellor Olaf Scholz met on 15 November in Uzbekistan's historic city of "
     "Samarkand. Scholz is on a visit to Central Asia.",
     [("Meeting of Shavkat Mirziyoyev and Olaf Scholz", "meeting", "held", "2025-11-15", "Samarkand"),
      ("Visit of Olaf Scholz to Uzbekistan", "visit", "held", "2025-11-15", "Samarkand")]),
    ("Kazakh President Kassym-Jomart Tokayev held talks with Chinese President Xi Jinping on 14 November in the Chinese capital, Beijing.",
     [("Talks of Kassym-Jomart Tokayev and Xi Jinping", "meeting", "held", "2025-11-14", "Beijing")]),
])
def test_a_region_is_no_state_visited_and_a_capital_or_city_named_after_its_state_is_the_place(base, text, expected):
    """The sentences are written for this test."""
    assert events_of(base, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Tajik President Emomali Rahmon flew to Moscow on 18 November.",
     [("Visit of Emomali Rahmon to Russian Federation", "visit", "held", "2025-11-18", "Moscow")]),
    ("Kyrgyz President Sadyr Japarov traveled to Tashkent on 17 November for talks with Uzbek President Shavkat Mirziyoyev.",
     [("Visit of Sadyr Japarov to Uzbekistan", "visit", "held", "2025-11-17", "Tashkent"),
      ("Talks of Sadyr Japarov and Shavkat Mirziyoyev", "meeting", "held", "2025-11-17", None)]),
    ("Russian President Vladimir Putin's trip to Tajikistan lasted two days.",
     [("Visit of Vladimir Putin to Tajikistan", "visit", "held", None, None)]),
    ("The delegation flew to Beijing on 18 November.", []),  # whose, the sentence does not say
])
def test_a_head_who_flew_or_traveled_somewhere_or_whose_trip_is_told_of_is_on_a_visit(base, text, expected):
    """The sentences are written for this test."""
    assert events_of(base, text) == expected


@pytest.mark.parametrize(("text", "visit"), [
    # "his visit" in a phrase that opens the sentence is the visit of the clause's subject after it
    ("As part of his state visit to China, President Ilham Aliyev held talks with Xi Jinping in Beijing on April 23.",
     ("State visit of Ilham Aliyev to China", ["Ilham Aliyev"])),
    # one who meets another is a person, and the subject whose visit it is
    ("During his official visit to Baku, Recep Tayyip Erdogan met with Ilham Aliyev.",
     ("Official visit of Recep Tayyip Erdogan to Azerbaijan", ["Recep Tayyip Erdogan"])),
    # no name as the subject: no visitor is guessed from the names after it
    ("During his official visit to Baku, the Turkish leader met with Ilham Aliyev.", ("Official visit to Azerbaijan", [])),
])
def test_his_visit_in_an_opening_phrase_is_the_subjects(base, text, visit):
    """The sentences are written for this test (against the dataset without its people: none is known by record)."""
    dataset, names = base
    drafts = Extractor(dataset, names, PartialDate(2025, 6, 1)).read(sentences([text]))
    [event] = [e for e in drafts.events if e.kind.value == "visit"]
    assert (event.name.value, [documents.display(dataset, p.value) for p in event.participants]) == visit


def test_the_city_that_hosts_a_meeting_is_its_place(base):
    """The sentence is written for this test."""
    assert events_of(base, "Astana hosted the 20th meeting of the Kazakhstan-China Cooperation Committee on September 3.") == [
        ("20th meeting of the Kazakhstan-China Cooperation Committee", "meeting", "held", "2025-09-03", "Astana")]


def test_a_trilateral_summit_of_the_three_states_its_clause_names_and_no_place_taken_for_a_name(base):
    """The sentences are written for this test: "a trilateral summit" that the leaders of three named states held is
    theirs; "arrived in China for the summit" names no event called "China for the summit" (only the visit)."""
    assert events_of(base, "The leaders of Türkiye, Azerbaijan and Turkmenistan held the first trilateral summit in Ashgabat on "
                           "Wednesday.", "2022-12-15") == [
        ("First trilateral summit of Türkiye, Azerbaijan and Turkmenistan", "summit", "held", "2022-12-14", "Ashgabat")]
    assert [name for name, *_ in events_of(base, "President Tokayev arrived in Beijing for the summit.")] == [
        "Visit of Tokayev to China"]


def test_a_meeting_of_an_organisations_ministers_and_a_commission_of_a_pair_and_an_attendance_to_come(base):
    """The sentences are written for this test: "the fifth meeting of the ministers of health of the Organization of
    Turkic States" is that meeting; the co-chairs of "the Azerbaijan–Kazakhstan intergovernmental commission" met at
    a meeting of the whole pair's commission; "commitment to participating in the … Summit" is a summit to come."""
    assert events_of(base, "The fifth meeting of the ministers of health of the Organization of Turkic States was held in Astana "
                           "on Tuesday.", "2025-04-09") == [
        ("Fifth meeting of the ministers of health of the Organization of Turkic States", "meeting", "held", "2025-04-08", "Astana")]
    assert [name for name, *_ in events_of(base, "Before the session, the co-chairs of the Azerbaijan–Kazakhstan intergovernmental "
                                                 "commission met.")] == ["Meeting of the Azerbaijan–Kazakhstan intergovernmental commission"]
    assert [(name, status) for name, _, status, *_ in events_of(
        base, "The minister reaffirmed Uzbekistan's commitment to participating in the Regional Environmental Summit.")] == [
        ("Regional Environmental Summit", "planned")]


def test_a_forum_someone_addressed_was_held_and_a_will_in_the_words_said_there_plans_nothing(base):
    """The sentences are written for this test: who speaks "in an address to" a forum speaks at it, held; the "will" of
    what he said is his words' own clause, not the forum's."""
    assert events_of(base, '"We will move these ranks higher," the minister said in an address to the Türkiye-Uzbekistan '
                           'Business Forum.', "2023-12-27") == [("Türkiye-Uzbekistan Business Forum", "forum", "held", None, None)]


def test_the_meeting_of_their_commission_is_that_of_the_two_states_the_clause_names(base):
    """The sentences are written for this test: "the 14th meeting of their Joint Intergovernmental Commission" after
    "Turkmenistan and Tajikistan" is the meeting of those two states' commission; with one state named, no pair."""
    assert [(name, status) for name, _, status, *_ in events_of(
        base, "Turkmenistan and Tajikistan discussed trade during the 14th meeting of their Joint Intergovernmental Commission.",
        "2026-03-04")] == [("14th meeting of the Turkmenistan–Tajikistan Joint Intergovernmental Commission", "held")]
    assert events_of(base, "Officials of Turkmenistan discussed trade during the meeting of their commission.") == []


def test_a_visit_of_a_head_named_by_his_states_adjective_is_that_states(base):
    """The sentences are written for this test: "during the Kazakh President's visit to China" is the visit of the
    President of Kazakhstan, whom the text does not name; "a visit to China" with no one who makes it is not drafted."""
    assert [(name, status, date) for name, _, status, date, _ in events_of(
        base, "The document was signed on May 17, 2023 during the Kazakh President’s visit to China.", "2023-09-20")] == [
        ("Visit of the President of Kazakhstan to China", "held", "2023-05-17")]
    assert events_of(base, "The document was signed during a visit to China.", "2023-09-20") == []


def test_talks_held_upon_arrival_are_of_the_day_the_visit_began(base):
    """The sentences are written for this test: "Upon arrival, the two countries' leaders held talks", after "arrived in
    Xi'an on May 17 for a state visit": the talks of that day, which their own sentence does not give."""
    found = events_of(base, "President Kassym-Jomart Tokayev of Kazakhstan arrived in Xi’an on May 17 for a state visit. He was greeted by "
                            "Chinese President Xi Jinping. Upon arrival, the two countries’ leaders held talks.", "2023-05-18")
    assert [(name, date) for name, _, _, date, _ in found if name.startswith("Talks")] == [("Talks of Kassym-Jomart Tokayev and Xi Jinping", "2023-05-17")]


def test_heads_named_after_their_plural_office_of_two_states_are_whose_talks_the_presidents_held(base):
    """The sentences are written for this test: each holds the office of the state named in the same place."""
    from accords.drafting.mentions import people

    assert [(p.name, p.office) for p in people("Presidents of Kyrgyzstan and Tajikistan Sadyr Japarov and Emomali Rahmon opened the forum.")] == [
        ("Sadyr Japarov", "President of Kyrgyzstan"), ("Emomali Rahmon", "President of Tajikistan")]
    assert [p.office for p in people("The Ministers of Foreign Affairs of Kyrgyzstan and Tajikistan Jeenbek Kulubaev and Sirojiddin "
                                     "Muhriddin met.")] == ["Minister of Foreign Affairs of Kyrgyzstan", "Minister of Foreign Affairs of Tajikistan"]
    dataset, names = base
    drafts = Extractor(dataset, names, PartialDate(2025, 11, 20)).read(sentences([
        "Presidents of Kyrgyzstan and Tajikistan Sadyr Japarov and Emomali Rahmon opened a business forum in Dushanbe on Thursday.",
        "Earlier, during the bilateral talks, the presidents instructed their governments to draft a trade programme."]))
    assert "Talks of Sadyr Japarov and Emomali Rahmon" in [str(e.name.value) for e in drafts.events]


def test_a_visit_in_an_opening_phrase_with_an_article_is_the_visit_of_the_subject_after_it(base):
    """The sentence is written for this test: "During a working visit to Paris, …'s President X met …" is X's visit, as
    "During his visit" is (the place before his office had been read as a person whose office held X's name)."""
    found = events_of(base, "During a working visit to Paris, Uzbekistan’s President Shavkat Mirziyoyev met with the head of a French bank.")
    assert [e[0] for e in found] == ["Working visit of Shavkat Mirziyoyev to France"]


def test_a_meeting_of_one_person_with_another_is_theirs_and_held_the_day_a_document_was_signed_at_it(base):
    """The sentences are written for this test: "the meeting of the Minister … X with the … Minister Y" is the meeting of X
    and Y, not an event named "Meeting of the Minister … X"; with no date of its own, it was held the day the document
    its sentence says was signed at it was signed ("Today", 1 August 2022)."""
    dataset, names = base
    drafts = Extractor(dataset, names, PartialDate(2022, 8, 1)).read(sentences([
        "Today, the ministries of foreign affairs of Tajikistan and China signed a Cooperation Program for 2023-2024.",
        "The document was signed at the meeting of the Minister of Foreign Affairs Sirojiddin Muhriddin with the Chinese "
        "Foreign Minister Wang Yi."]))
    assert [(str(e.name.value), str(e.date.value) if e.date else None) for e in drafts.events] == [
        ("Meeting of Sirojiddin Muhriddin and Wang Yi", "2022-08-01")]


def test_a_visit_to_a_country_described_before_its_name(base):
    """The sentence is written for this test: "to the friendly neighbor Kazakhstan" is to Kazakhstan."""
    assert [e[0] for e in events_of(base, "Chinese President Xi Jinping arrived for his state visit to the friendly neighbor Kazakhstan.")] == [
        "State visit of Xi Jinping to Kazakhstan"]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The foreign ministers of Azerbaijan, Türkiye and Uzbekistan held a trilateral meeting in Ankara on 27 July.",
     [("Trilateral meeting of the foreign ministers of Azerbaijan, Türkiye and Uzbekistan", "meeting", "held", "2025-07-27", "Ankara")]),
    ("The energy ministers of Kazakhstan, Kyrgyzstan and Uzbekistan held a trilateral meeting in Bishkek.",
     [("Trilateral meeting of the energy ministers of Kazakhstan, Kyrgyzstan and Uzbekistan", "meeting", "held", None, "Bishkek")]),
    # their meeting with the one who met them, at the summit the report names, not a meeting of the five
    ("Biden met with the Presidents of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan in New York.", []),
])
def test_a_meeting_of_the_ministers_of_three_states_is_theirs(base, sentence, expected):
    """The sentences are written for this test."""
    assert events_of(base, sentence, "2025-09-01") == expected


def test_a_first_name_and_surname_joined_to_a_persons_name_are_a_persons(base):
    """The sentences are written for this test: "Vladimir Putin", who has no office here nor a surname formed as the region's
    are, is a person where "and" joins him to one; "Special Envoy for …" after "and" is an office, not a person."""
    assert [e[0] for e in events_of(base, "The talks between Shavkat Mirziyoyev and Vladimir Putin took place in Moscow.")] == [
        "Talks of Shavkat Mirziyoyev and Vladimir Putin"]
    assert [p[0] for p in people_without_office("Vladimir Putin and Shavkat Mirziyoyev held talks.")] == ["Shavkat Mirziyoyev"]  # (the other: Actors)
    dataset, names = base
    extractor = Extractor(dataset, names, PartialDate(2025, 11, 6))
    text = "Tokayev met Secretary of State Marco Rubio and Special Envoy for South and Central Asian Affairs Sergio Gor."
    assert "Special Envoy" not in [m.text for m in extractor.actors.people(text, extractor.actors.mentions_of(text, set()))]


def test_a_visit_told_by_the_verb_is_planned_where_expected_and_none_where_invited(base):
    """The sentences are written for this test: "is expected to visit Baku next month" is a visit to come, dated to the
    month; "invited … to visit" is an invitation, neither held nor planned."""
    assert events_of(base, "The Turkmen leader Serdar Berdimuhamedov is expected to visit Baku next month.", "2025-05-01") == [
        ("Visit of Serdar Berdimuhamedov to Azerbaijan", "visit", "planned", "2025-06", "Baku")]
    assert events_of(base, "President Shavkat Mirziyoyev extended an invitation to the Emir to visit Uzbekistan.", "2025-05-01") == []


def test_two_heads_signing_in_a_city_of_one_of_them_is_the_others_visit_but_not_at_a_summit(base):
    """The sentences are written for this test: the heads of two states who sign a document in a city of one of them: the
    other's visit there, dated by the signing; not where the report tells of a summit held there (the guest's reason)."""
    dataset, names = base
    drafts = Extractor(dataset, names, PartialDate(2025, 4, 23)).read(sentences([
        "On April 23, in Beijing, President of the Republic of Azerbaijan Ilham Aliyev and President of the People's Republic of "
        "China Xi Jinping signed a cooperation plan on the Belt and Road initiative."]))
    assert [(str(e.name.value), str(e.date.value), str(e.place.value)) for e in drafts.events] == [
        ("Visit of Ilham Aliyev to China", "2025-04-23", "Beijing")]
    drafts = Extractor(dataset, names, PartialDate(2024, 11, 13)).read(sentences([
        "On the sidelines of the World Leaders Climate Action Summit, President of Azerbaijan Ilham Aliyev and President of "
        "Uzbekistan Shavkat Mirziyoyev signed an agreement on green energy on November 13 in Baku."]))
    assert not [e for e in drafts.events if e.kind.value == "visit"]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Erdogan made the declaration on Thursday as he hosted the extraordinary summit of leaders of the Organization of Turkic "
     "States (OTS) in the Turkish capital, Ankara.",
     [("Extraordinary summit of leaders of the Organization of Turkic States", "summit", "held", "2023-03-16", "Ankara")]),
    # the meeting of the body the sentence names before, by "its"; what it "reached" is an understanding, no document
    ("The Interstate Coordination Water Commission, which includes Kazakhstan and Uzbekistan, reached the corresponding "
     "agreement during its 86th meeting.",
     [("86th meeting of the Interstate Coordination Water Commission", "meeting", "held", None, None)]),
])
def test_a_summit_of_an_organisations_leaders_and_a_bodys_meeting_told_by_its(base, sentence, expected):
    """The sentences are written for this test."""
    assert events_of(base, sentence, "2023-03-16") == expected
    dataset, names = base
    assert Extractor(dataset, names, PartialDate(2023, 3, 16)).read(sentences([sentence])).agreements == []


def test_talks_name_each_person_once(base):
    """The sentence is written for this test: two people named twice in the talks' clause are the talks of two."""
    assert [e[0] for e in events_of(base, "Chinese President Xi Jinping held a welcoming ceremony for President of Uzbekistan Shavkat "
                                          "Mirziyoyev prior to the talks between Xi and Mirziyoyev in Beijing.", "2024-01-25")] == [
        "Talks of Xi Jinping and Shavkat Mirziyoyev"]


def test_ministers_who_met_their_counterparts_are_no_meeting_of_their_own(base):
    """The sentence is written for this test: "H.E. A, Minister …, H.E. B, Minister … met with their counterparts": whom
    they met the sentence does not name, and "H.E." ends no sentence."""
    assert events_of(base, "H.E. Hakan Fidan, Minister of Foreign Affairs of the Republic of Türkiye, H.E. Ali Yerlikaya, Minister of "
                           "Interior met with their counterparts in a trilateral format on 12 September 2024 in Tashkent.", "2024-09-12") == []


def test_a_speaker_telling_of_a_visit_does_not_make_it(base):
    """The sentence is written for this test: "X said that … President Y paid a state visit to Z": Y visited, not X."""
    assert events_of(base, "Wang Yi said that in July last year, President Xi Jinping paid a state visit to Tajikistan.", "2025-04-27") == [
        ("State visit of Xi Jinping to Tajikistan", "visit", "held", "2024-07", None)]


def test_an_event_whose_spirit_or_decisions_will_be_carried_out_is_told_of_not_planned(base):
    """The sentences are written for this test: "will implement the spirit and arrangements of the X Conference" tells of a
    conference held before, not one to come; "the next forum will be held" is one to come."""
    assert events_of(base, "China will earnestly implement the spirit and arrangements of the Central Conference on Work with Neighbours.") == []
    assert events_of(base, "The Steppe Investment Forum will be held in Astana in 2026.") == [
        ("Steppe Investment Forum", "forum", "planned", "2026", "Astana")]


def test_a_place_before_its_event_and_after_a_countrys_name_and_two_weekdays_a_range(base):
    """The sentences are written for this test: "in Xi'an, where the … Summit was held on Thursday and Friday" is held in
    Xi'an over those two days (a report of Friday 19 May 2023); "in north China's Tianjin" is in Tianjin."""
    assert events_of(base, "The leaders announced it in Xi'an, where the China-Central Asia Summit was held on Thursday and Friday.", "2023-05-19") == [
        ("China-Central Asia Summit", "summit", "held", "2023-05-18/2023-05-19", "Xi'an")]
    assert events_of(base, "Chinese Foreign Minister Wang Yi met Tajik Foreign Minister Sirojiddin Muhriddin in north China's Tianjin on Wednesday.",
                     "2025-07-17")[0][3:] == ("2025-07-16", "Tianjin")


def test_a_visit_to_a_capital_named_after_its_country_and_a_meeting_of_three_states_ministers(base):
    """The sentences are written for this test: "arrived in the Kazakh capital Astana on an official visit" and "an
    official visit of X, general director of a company, to China" are visits; "the meeting of the foreign ministers of A,
    B and C" names all three states (and stops where the list meets a word that is none)."""
    assert events_of(base, "Azerbaijani President Ilham Aliyev arrived in the Kazakh capital Astana on an official visit.", "2023-04-10") == [
        ("Official visit of Ilham Aliyev to Kazakhstan", "visit", "held", None, "Astana")]
    assert events_of(base, "The deal was reached during an official visit of Damir Kozhakhmetov, general director of KTZ Express, to China.",
                     "2024-05-30")[0][:3] == ("Official visit of Damir Kozhakhmetov to China", "visit", "held")
    assert events_of(base, "The meeting of the foreign ministers of Azerbaijan, Türkiye and Turkmenistan was held in Baku.", "2024-05-30") == [
        ("Meeting of the foreign ministers of Azerbaijan, Türkiye and Turkmenistan", "meeting", "held", None, "Baku")]
    assert events_of(base, "The meeting of the foreign ministers of Azerbaijan, President Aliyev said, was held in Baku.", "2024-05-30")[0][0] == (
        "Meeting of the foreign ministers of Azerbaijan")


def test_small_words_of_event_reports_are_read_as_they_are_meant(base):
    """The sentences are written for this test: an honorific is no part of a name; "in St. Petersburg" is Saint Petersburg
    (not the town in Florida); a name that ends the sentence keeps no full stop; "arrived in Astana for the X" places X
    there; "After the summit was over, A and B had a conversation" is no summit of A and B; "Kazakhstan's next two-year
    chairpersonship" plans no summit."""
    assert events_of(base, "On April 18, the President of the Republic of Uzbekistan Honorable Shavkat Mirziyoyev arrived in Tajikistan on a "
                           "state visit.", "2024-04-18")[0][0] == "State visit of Shavkat Mirziyoyev to Tajikistan"
    assert events_of(base, "An informal meeting of the leaders of the CIS member countries took place in St. Petersburg on December 26.",
                     "2023-12-27")[0][3:] == ("2023-12-26", "Saint Petersburg")
    assert ("6th Consultative Meeting of the Heads of State of Central Asia", "meeting", "held", None, "Astana") in events_of(
        base, "President of Azerbaijan Ilham Aliyev arrived in Astana for the 6th Consultative Meeting of the Heads of State of Central Asia.",
        "2024-08-08")
    assert events_of(base, "After the summit was over, Russian President Vladimir Putin and Belarusian President Alexander Lukashenko had a "
                           "private conversation.", "2022-10-07") == []
    assert events_of(base, "Speaking at the CICA summit, President Tokayev outlined directions for Kazakhstan's next two-year chairpersonship.",
                     "2022-10-13") == [("CICA summit", "summit", "held", None, None)]


def test_a_forum_a_document_establishes_or_names_is_no_event(base):
    """The sentences are written for this test: "an Agreement for the Establishment of the … Interregional Forum" sets a
    forum up, and "the Joint Statement of the Foreign Ministers Meeting" is a document's name: neither tells of an event."""
    assert events_of(base, "Minister Jam Kamal Khan and Uzbek Minister Laziz Kudratov signed an Agreement for the Establishment of the "
                           "Pakistan-Uzbekistan Interregional Forum.", "2026-02-05") == []
    assert events_of(base, "The ministers adopted the Joint Statement of the Steppe Foreign Ministers Meeting.", "2022-06-09") == []


def test_a_numbered_event_that_opens_its_sentence(base):
    """The sentences are written for this test: "The 11th OTS Summit was held in Astana" is the 11th summit (the "The" of
    the sentence had joined the name, and the ordinal after it was taken for a name without words); "the 29th Conference
    of the Parties (COP29)" stays COP29."""
    assert events_of(base, "The 17th ECO Summit was held on 3–4 July 2025 in Baku, Azerbaijan.", "2025-07-07") == [
        ("17th ECO Summit", "summit", "held", "2025-07-03/2025-07-04", "Baku")]
    assert [e[0] for e in events_of(base, "The 29th Conference of the Parties (COP29) opened in Baku on Monday.", "2024-11-13")] == ["COP29"]


def test_a_headlines_visit_to_come_is_the_leads_named_by_its_visitor(base):
    """The sentences are written for this test: the headline "Turkish FM Fidan to pay an official visit to Kazakhstan on
    Sept. 10-11" is a visit to come (its "to pay" has no verb before it), and the lead that names the visitor in full is
    the same visit, named by him."""
    dataset, names = base
    drafts = Extractor(dataset, names, PartialDate.parse("2023-09-09")).read(sentences([
        "Turkish FM Fidan to pay an official visit to Kazakhstan on Sept. 10-11",
        "Turkish Foreign Minister Hakan Fidan will pay an official visit to Kazakhstan on Sept. 10-11, the ministry said on Saturday."]))
    assert [(str(e.name.value), e.planned, str(e.date.value)) for e in drafts.events] == [
        ("Official visit of Hakan Fidan to Kazakhstan", True, "2023-09-10/2023-09-11")]


def test_a_numbered_event_named_again_by_its_acronym_is_the_same(base):
    """The sentences are written for this test: "the 17th Summit of the Economic Cooperation Organization", then "The 17th
    ECO Summit was held on 3–4 July 2025 in Baku" is one summit, dated and placed by the second sentence."""
    dataset, names = base
    drafts = Extractor(dataset, names, PartialDate.parse("2025-07-07")).read(sentences([
        "The ministry welcomed the communiqué adopted following the 17th Summit of the Economic Cooperation Organization.",
        "The 17th ECO Summit was held on 3–4 July 2025 in Baku, Azerbaijan."]))
    assert [(str(e.name.value), str(e.date.value), str(e.place.value)) for e in drafts.events] == [
        ("17th Summit of the Economic Cooperation Organization", "2025-07-03/2025-07-04", "Baku")]


def test_a_head_on_a_visit_in_a_city(base):
    """The sentences are written for this test: "was on an official visit in Astana on April 19" is a visit to
    Kazakhstan, in Astana; "the visit in May" names no place."""
    assert events_of(base, "Kyrgyzstan President Sadyr Japarov was on an official visit in Astana on April 19, where he held talks.", "2024-04-20") == [
        ("Official visit of Sadyr Japarov to Kazakhstan", "visit", "held", "2024-04-19", "Astana")]
    assert events_of(base, "President Sadyr Japarov said the official visit in May was productive.", "2024-06-20") == []


def test_an_event_on_whose_eve_something_happened_is_not_dated_by_that_day(base):
    """The sentence is written for this test: "a business meeting on November 8, on the eve of the planned XVI Economic
    Cooperation Organization (ECO) Summit" names the summit (its acronym in parentheses aside), planned and undated."""
    assert ("XVI Economic Cooperation Organization Summit", "summit", "planned", None, None) in events_of(
        base, "Uzbekistan is hosting a business meeting on November 8 in Tashkent, on the eve of the planned XVI Economic Cooperation "
              "Organization (ECO) Summit.", "2023-11-08")


def test_a_possessive_names_no_event(base):
    """The sentences are written for this test: "President Tokayev's meeting with President Aliyev" is their talks, not an
    event called "… Tokayev's meeting" beside them; "Thursday's meeting in Bishkek" is a meeting in Bishkek."""
    assert [e[0] for e in events_of(base, "During Kazakh President Kassym-Jomart Tokayev's meeting with Azerbaijani President Ilham Aliyev "
                                          "in Astana on Monday, the parties discussed transit.", "2023-04-10")] == [
        "Meeting of Kassym-Jomart Tokayev and Ilham Aliyev"]
    dataset, names = base
    drafts = Extractor(dataset, names, PartialDate.parse("2022-11-04")).read(sentences([
        "The foreign ministers of Kyrgyzstan and Uzbekistan signed an agreement on the reservoir following Thursday's meeting in Bishkek."]))
    assert [str(e.name.value) for e in drafts.events] == ["Meeting in Bishkek"]


def test_a_venue_named_congress_is_no_event(base):
    """The sentence is written for this test: "took place in the National People’s Congress" says where, not an event."""
    assert events_of(base, "The official meeting of the leaders took place in the National People’s Congress.", "2022-01-05") == []


def test_summit_talks_are_talks_and_what_an_agreement_is_on_is_no_party(base):
    """The sentence is written for this test: "the summit talks in Baku" are the talks of the two presidents, not a summit
    of theirs besides; "an agreement on the Supreme Interstate Council" is on the council, which is no party."""
    dataset, names = base
    drafts = Extractor(dataset, names, PartialDate.parse("2023-08-23")).read(sentences([
        "Following the summit talks in Baku on 22 August 2023, President Mirziyoyev and President Aliyev signed an agreement on the "
        "Supreme Interstate Council."]))
    assert [(str(e.name.value), e.kind.value) for e in drafts.events] == [("Talks of Mirziyoyev and Aliyev", "meeting")]
    assert drafts.agreements[0].parties == []


def test_ministers_from_three_states_held_a_trilateral_meeting(base):
    """The sentence is written for this test: "Energy ministers from A, B and C held a trilateral meeting" is theirs, as
    "ministers of A, B and C" is."""
    assert events_of(base, "Energy ministers from Azerbaijan, Kazakhstan and Uzbekistan held a trilateral meeting in Baku on Monday.",
                     "2024-05-01") == [("Trilateral meeting of the energy ministers of Azerbaijan, Kazakhstan and Uzbekistan", "meeting", "held",
                                        "2024-04-29", "Baku")]


def test_what_a_meeting_is_on_the_same_day_this_year_and_a_day_to_come_after_its_name(base):
    """Written for this test, on this session's first round of fresh reports (read on the code before it): names were cut
    before what they are on ("the Global Forum on Sustainable Transport" was "Global Forum", "the … Intergovernmental Commission
    on Water Management" lost its field); "On the same day, political consultations took place …" was undated; "On May 31
    this year" was read a year back where the report was dated a day before; and a forum welcomed "in December 2025", in a
    2024 report, was held."""
    def drafts_from(published, paragraphs):
        dataset, names = base
        return Extractor(dataset, names, published).read(sentences(paragraphs))

    names = [e.name.value for e in drafts_from(PartialDate(2023, 9, 30), [
        "The document was signed during the Global Forum on Sustainable Transport, held on September 25 in Beijing.",
        "The fifth session of the Joint Turkmen-Uzbek Intergovernmental Commission on Water Management was held in Dashoguz."]).events]
    assert names == ["Global Forum on Sustainable Transport", "Fifth session of the Joint Turkmen-Uzbek Intergovernmental Commission on Water Management"]
    _, consultations = drafts_from(PartialDate(2024, 7, 23), [
        "Today in Islamabad, negotiations were held between Rashid Meredov and Ishaq Dar.",
        "On the same day, political consultations took place between Turkmenistan and Pakistan."]).events
    assert str(consultations.date.value) == "2024-07-23"
    from accords.drafting.when import dates_in

    assert dates_in("On May 31 this year, the meeting was held.", PartialDate(2023, 5, 30))[0].date == PartialDate(2023, 5, 31)
    [forum] = drafts_from(PartialDate(2024, 6, 11), [
        "Yoon welcomed the hosting of the International Forum on Peace and Trust in December 2025 in Turkmenistan, in accordance "
        "with a resolution adopted on March 21, 2024."]).events
    assert (forum.planned, str(forum.date.value)) == (True, "2025-12")


def test_a_wires_dateline_does_not_date_an_event(base):
    """Written for this test, on the gold file's development half and this session's fresh reports: "DUSHANBE, May 4 --
    Tajik President Emomali Rahmon held talks with Kazakh President Kassym-Jomart Tokayev" dated the talks by the dateline,
    the day the report was filed, which the gold file does not take for theirs (nor, since 3b2a939, does the Russian reader)."""
    assert [e[3] for e in events_of(base, "DUSHANBE, May 4 -- Tajik President Emomali Rahmon held talks with Kazakh President "
                                          "Kassym-Jomart Tokayev.", published="2023-05-04")] == [None]


def test_the_place_of_a_meeting_to_come_is_its_own_names_not_the_words_after_them(base):
    """Written for this test, on the ninth batch's development half: "… will be held in Astana in the coming days" placed the
    meeting in "Astana in the coming days" (and, in a cached report, "in Samarkand on April 14" in "Samarkand on April 14")."""
    [(_, _, status, _, place)] = events_of(base, "As planned, the sixth consultative meeting of the Heads of State of the Central Asian countries "
                                                 "will be held in Astana in the coming days.", "2024-08-06")
    assert (status, place) == ("planned", "Astana")


def test_one_who_meets_another_is_a_person_without_an_office_or_a_surname_of_the_region(base):
    """Written for this test, on the ninth batch's development half: "Vladimir Putin met with President of Turkmenistan
    Serdar Berdimuhamedov on the sidelines of the SCO summit" drafted no meeting (a name with neither an office before it nor
    a surname formed as the region's, such as Putin's or Macron's, was no one's). A state or a body that receives or meets is
    no person."""
    assert [e[0] for e in events_of(base, "Vladimir Putin met with President of Turkmenistan Serdar Berdimuhamedov on the sidelines of the "
                                          "SCO summit.", "2022-09-15")] == ["Meeting of Vladimir Putin and Serdar Berdimuhamedov", "SCO summit"]
    assert events_of(base, "Kassym-Jomart Tokayev met with Emmanuel Macron in Astana.", "2023-11-01") == [
        ("Meeting of Kassym-Jomart Tokayev and Emmanuel Macron", "meeting", "held", None, "Astana")]
    assert events_of(base, "Saudi Arabia received Kassym-Jomart Tokayev.", "2023-11-01") == []
    assert events_of(base, "Kazakhstan Temir Zholy met with Azerbaijan Railways.", "2023-11-01") == []


def test_the_first_of_events_listed_before_their_one_verb_is_held_or_to_come_as_they_are(base):
    """Written for this test, on the ninth batch's development half: "As part of Mirziyoyev’s state visit to Kazakhstan, the
    first meeting of the Supreme Interstate Council, as well as the Kazakhstan-Uzbekistan business forum and the 6th meeting
    of the Business Council were held" drafted the last meeting only (the first one's own words, up to the next event, hold
    no verb). And the possessive of a surname the report named before is that person's ("Mirziyoyev’s state visit")."""
    assert [e[:3] for e in events_of(base, "As part of the state visit, the first meeting of the Supreme Interstate Council, as well as the "
                                           "business forum and the 6th meeting of the Business Council were held.", "2024-08-09")] == [
        ("First meeting of the Supreme Interstate Council", "meeting", "held"), ("6th meeting of the Business Council", "meeting", "held")]
    assert [e[:3] for e in events_of(base, "The first meeting of the Supreme Interstate Council and the 6th meeting of the Business Council "
                                           "will be held next year.", "2024-08-09")] == [
        ("First meeting of the Supreme Interstate Council", "meeting", "planned"), ("6th meeting of the Business Council", "meeting", "planned")]
    assert events_of(base, "The ministers discussed the first meeting of the Supreme Interstate Council, and said the talks were held in a "
                           "friendly atmosphere.", "2024-08-09") == []
    dataset, names = base
    drafts = Extractor(dataset, names, PartialDate(2024, 8, 9)).read(sentences([
        "On 8 August 2024, talks were held in Astana between President Kassym-Jomart Tokayev of Kazakhstan and President Shavkat "
        "Mirziyoyev of Uzbekistan.", "As part of Mirziyoyev’s state visit to Kazakhstan, the business forum was held."]))
    assert "State visit of Shavkat Mirziyoyev to Kazakhstan" in [e.name.value for e in drafts.events]


def test_a_visit_to_a_state_named_with_its_article_and_a_dateline_in_small_letters(base):
    """Written for this test, on the ninth batch's development half: "Bishkek, 22 March 2022 (TDI): The foreign minister of
    Saudi Arabia, Prince Faisal Bin Farhan Al Saud, visited the Kyrgyz Republic." drafted no visit ("visited" was read only
    before a capital letter, not before "the Kyrgyz Republic", "the United Arab Emirates"); once read, it was dated by the
    dateline, a city in small letters that was not read as one (the day it was filed, not of the visit)."""
    assert events_of(base, "Bishkek, 22 March 2022 (TDI): The foreign minister of Saudi Arabia, Prince Faisal Bin Farhan Al Saud, visited "
                           "the Kyrgyz Republic.", "2022-03-22") == [("Visit of Faisal Bin Farhan Al Saud to Kyrgyzstan", "visit", "held", None, None)]
    assert events_of(base, "Turkish President Recep Tayyip Erdogan visited the United Arab Emirates on 19 July 2023.", "2023-07-20") == [
        ("Visit of Recep Tayyip Erdogan to United Arab Emirates", "visit", "held", "2023-07-19", None)]
    assert events_of(base, "Tokayev visited the Astana International Financial Centre.", "2023-07-20") == []


def test_a_heads_title_alone_is_the_one_the_report_named_with_it(base):
    """Written for this test, on a development report (alarabiya-2022-08-18): after "Saudi Arabia’s Crown Prince Mohammed bin
    Salman discussed … with Uzbekistan President Shavkat Mirziyoyev", "Mirziyoyev … met with the Crown Prince at the Royal
    Court in al-Salam Palace in Jeddah" drafted no meeting: the title alone named no one. Where the report named two people
    with the title, it names neither."""
    dataset, names = base
    drafts = Extractor(dataset, names, PartialDate(2022, 8, 18)).read(sentences([
        "Saudi Arabia’s Crown Prince Mohammed bin Salman discussed bilateral ties with Uzbekistan President Shavkat Mirziyoyev, the Saudi "
        "Press Agency reported Wednesday.",
        "Mirziyoyev, who is currently on a visit to the Kingdom, met with the Crown Prince at the Royal Court in al-Salam Palace in Jeddah."]))
    assert "Meeting of Shavkat Mirziyoyev and Mohammed bin Salman" in [e.name.value for e in drafts.events]
    drafts = Extractor(dataset, names, PartialDate(2024, 8, 9)).read(sentences([
        "Kazakh President Kassym-Jomart Tokayev and Uzbek President Shavkat Mirziyoyev arrived in Turkistan.",
        "Later, Mirziyoyev met with the President at the residence."]))
    assert not [e for e in drafts.events if e.kind.value == "meeting"]


def test_a_visit_one_is_going_to_make_is_to_come_and_whose_meeting_is_not_the_inviters(base):
    """Written for this test, on the ninth batch's development half (kremlin-2022-09-15): "I know that Mr Gurbanguly
    Berdimuhamedow is going to visit Russia at the invitation of Federation Council Speaker Valentina Matviyenko and will have
    a meeting with State Duma Speaker Vyacheslav Volodin" drafted a meeting of the two speakers (the inviter taken for the
    one who meets), and no visit: a surname written as Turkmen writes it ("-ow") was no one's, "is going to" told of nothing
    to come, and "Mr" with no full stop was taken into the name."""
    assert events_of(base, "I know that Mr Gurbanguly Berdimuhamedow is going to visit Russia at the invitation of Federation Council Speaker "
                           "Valentina Matviyenko and will have a meeting with State Duma Speaker Vyacheslav Volodin.", "2022-09-15") == [
        ("Visit of Gurbanguly Berdimuhamedow to Russian Federation", "visit", "planned", None, None),
        ("Meeting of Gurbanguly Berdimuhamedow and Vyacheslav Volodin", "meeting", "planned", None, None)]
    assert events_of(base, "Rashid Meredow met with Sergey Lavrov in Moscow.", "2022-09-15") == [
        ("Meeting of Rashid Meredow and Sergey Lavrov", "meeting", "held", None, "Moscow")]


def test_the_year_before_an_events_name_dates_it(base):
    """Written for this test, on the ninth batch's development half (trend-2025-05-12): "During the 2024 Tajikistan–Uzbekistan
    business forum, held as part of … Mirziyoyev’s visit to Dushanbe, …" left the forum undated."""
    assert events_of(base, "During the 2024 Tajikistan–Uzbekistan business forum, held as part of Uzbek President Shavkat Mirziyoyev’s visit "
                           "to Dushanbe, Tajikistan's Minister Sherali Kabir encouraged Uzbekistan to increase imports of Tajik electricity.",
                     "2025-05-12")[1] == ("Tajikistan–Uzbekistan business forum", "forum", "held", "2024", None)


def test_this_morning_is_the_reports_day(base):
    """Written for this test, on a development report (turkmenportal-2024-04-04): "This morning, … Gurbanguly Berdimuhamedov
    arrived on an official visit to the capital of the Republic of Tajikistan" left the visit undated ("today" was read,
    "this morning" not)."""
    assert events_of(base, "This morning, the Chairman of the Halk Maslahaty of Turkmenistan Gurbanguly Berdimuhamedov arrived on an official "
                           "visit to the capital of the Republic of Tajikistan - the city of Dushanbe.", "2024-04-04")[0][3] == "2024-04-04"
    assert events_of(base, "Tonight, Turkish President Recep Tayyip Erdogan will arrive in Baku on an official visit.", "2024-04-04")[0][3] == "2024-04-04"


def test_a_visit_under_way_is_dated_by_what_the_visitor_did_then(base):
    """Written for this test, on a development report (khovar-2022-08-01): the meeting "with … Chinese Foreign Minister Wang
    Yi, who is in Tajikistan with an official visit" was dated by the document signed at it, the visit not: it was under way
    that day, and the text gives it no other."""
    dataset, names = base
    drafts = Extractor(dataset, names, PartialDate(2022, 8, 1)).read(sentences([
        "DUSHANBE, 01.08.2022 (NIAT Khovar) – Today, the ministries of foreign affairs of Tajikistan and China signed a Cooperation "
        "Program for 2023-2024.",
        "This document was signed at the meeting of the Minister of Foreign Affairs Sirojiddin Muhriddin with a member of the State "
        "Council, Chinese Foreign Minister Wang Yi, who is in Tajikistan with an official visit."]))
    assert [(e.name.value, str(e.date.value) if e.date else None) for e in drafts.events] == [
        ("Official visit of Wang Yi to Tajikistan", "2022-08-01"), ("Meeting of Sirojiddin Muhriddin and Wang Yi", "2022-08-01")]


def test_two_named_events_joined_by_and_are_two_and_share_their_verb_and_date(base):
    """Written for this test, on the tenth batch's development half (einpresswire-2022-08-22): "In early August, a Meeting of
    the Joint Intergovernmental Commission and the First Meeting of the Ministers of Foreign Affairs … yielded fruitful results"
    drafted nothing (one name of both, and "yielded" told nothing held); two named events joined by "and" are two, share the
    verb after the second and the words before the first."""
    # (a name's list of states is cut after the first, as before: "… of Uzbekistan", the rest left to the contributor)
    first, second = events_of(base, "In early August, a Meeting of the Joint Intergovernmental Commission and the First Meeting of the "
                                    "Ministers of Foreign Affairs of Uzbekistan, Azerbaijan and Türkiye yielded fruitful results.", "2022-08-22")
    assert first[:4] == ("Meeting of the Joint Intergovernmental Commission", "meeting", "held", "2022-08")
    assert second[0].startswith("First Meeting of the Ministers of Foreign Affairs") and second[1:4] == ("meeting", "held", "2022-08")
    assert [e[0] for e in events_of(base, "The Astana International Forum and the Central Asia Summit were held in June.", "2022-08-22")] == [
        "Astana International Forum", "Central Asia Summit"]


def test_a_month_without_a_year_is_of_the_year_before_the_events_name(base):
    """Written for this test, on a shape a real report had (noted in the twenty-fourth session): "The 2023 … Forum was held
    in June", in a report of 2024, was dated June 2024, the publication's year; its name gives the year. A name without a
    year keeps the publication's."""
    assert events_of(base, "The 2023 Tashkent International Investment Forum was held in June.", "2024-07-02") == [
        ("Tashkent International Investment Forum", "forum", "held", "2023-06", None)]
    assert events_of(base, "The 2023 Astana Mining Forum was held on 12 June in Astana.", "2024-07-02") == [
        ("Astana Mining Forum", "forum", "held", "2023-06-12", "Astana")]
    assert events_of(base, "The Caspian Energy Forum was held in June.", "2024-07-02") == [
        ("Caspian Energy Forum", "forum", "held", "2024-06", None)]


def test_the_dates_right_after_a_visits_destination_are_the_visits(base):
    """Written for this test, on a shape of the blind set's development half (uz-kz-state-visit): "On 16 April, within the
    framework of the state visit of … to Uzbekistan on 15–16 April, talks … were held" dated the visit 16 April, the
    sentence's first date; the span after its destination is the visit's."""
    visits = [e for e in events_of(base, "On 16 April, within the framework of the state visit of the President of the Republic of "
                                         "Kazakhstan Nurlan Abdikarimov to Uzbekistan on 15–16 April, talks between the heads of state "
                                         "were held in Tashkent in narrow and extended formats.", "2025-04-16") if e[1] == "visit"]
    assert visits == [("State visit of Nurlan Abdikarimov to Uzbekistan", "visit", "held", "2025-04-15/2025-04-16", None)]


def test_an_event_that_followed_a_meeting_was_held_on_the_same_day(base):
    """Written for this test, on a shape of the blind set's development half (c5-plus-1-almaty): "The meeting was followed by
    a C5+1 Business Forum on the same day" drafted no forum ("followed by" was no word of an event held), and "on the same
    day" dated an event only at a sentence's start."""
    assert events_of(base, "The C5+1 ministerial meeting was held in Almaty on Thursday. The meeting was followed by a C5+1 Business "
                           "Forum on the same day, which drew some 400 executives.", "2024-04-19")[-1] == (
        "C5+1 Business Forum", "forum", "held", "2024-04-18", None)
    assert events_of(base, "The ministerial meeting will be followed by the Caspian Business Forum.", "2024-04-19")[-1][2] == "planned"


def test_a_meeting_to_come_by_its_number_alone_is_the_next_of_the_numbered_series_told_of(base):
    """Written for this test, on a shape of the blind set's development half (sco-transport-ministers): "the 12th meeting will
    be held in 2027 in Pakistan", after the 11th meeting of the SCO's transport ministers, drafted nothing; it is the 12th
    of that series, to come. With no numbered meeting before, whose it is the text does not say: nothing."""
    assert events_of(base, "The 11th meeting of the ministers of transport of the SCO member states was held in Bishkek on Thursday. "
                           "The ministers agreed that the 12th meeting will be held in 2027 in Pakistan.", "2026-05-22") == [
        ("11th meeting of the ministers of transport of the SCO", "meeting", "held", "2026-05-21", "Bishkek"),
        ("12th meeting of the ministers of transport of the SCO", "meeting", "planned", "2027", None)]
    assert events_of(base, "The ministers agreed that the 12th meeting will be held in 2027 in Pakistan.", "2026-05-22") == []


def test_the_next_meeting_to_be_held_is_one_event(base):
    """The sentences are written for this test, on a shape of the blind set's development half (trend-az-kg-commission-sixth):
    "at the next meeting of the commission, to be held in Bishkek in 2024" was two meetings to come, the series' seventh and
    "Meeting of the commission"."""
    dataset, names = base
    drafts = Extractor(dataset, names, PartialDate(2023, 11, 3)).read(sentences([
        "The sixth meeting of the Azerbaijan–Kyrgyzstan Intergovernmental Commission on Economic Cooperation was held in Baku.",
        "Officials said it is expected to be signed at the next meeting of the commission, to be held in Bishkek in 2024."]))
    assert [(str(e.name.value), e.planned) for e in drafts.events] == [
        ("Sixth meeting of the Azerbaijan–Kyrgyzstan Intergovernmental Commission on Economic Cooperation", False),
        ("7th meeting of the Azerbaijan–Kyrgyzstan Intergovernmental Commission on Economic Cooperation", True)]


def test_a_meeting_the_sides_agreed_to_hold_is_to_come(base):
    """Written for this test, on a shape of the blind set's development half (kz-japan-tokyo-forum): "The sides agreed to hold
    the 5th meeting of the … Intergovernmental Commission … in Astana in 2024" was no event (neither told of as held nor as
    to come)."""
    assert events_of(base, "The sides agreed to hold the 5th meeting of the Kazakh–Korean Intergovernmental Commission on Economic "
                           "Cooperation in Astana in 2024.", "2023-06-28") == [
        ("5th meeting of the Kazakh–Korean Intergovernmental Commission on Economic Cooperation", "meeting", "planned", "2024", "Astana")]


def test_those_who_attended_the_talks_told_of_before_hold_no_talks_of_their_own(base):
    """Written for this test, on a shape of the blind set's development half (uzdaily-t1-uz-kr-chungbuk-fergana-visit): "The
    talks were also attended by Deputy Minister … A and Ambassador … B" made talks of A and B, once B's Korean name was read."""
    events = events_of(base, "On Tuesday, after talks at the regional khokimiyat, khokim of Fergana region Doniyor Kambarov and "
                             "Governor Yoon Tae-seok signed an agreement on friendly relations. The talks were also attended by Deputy "
                             "Minister of Agriculture of Uzbekistan Sardor Umarov and Ambassador of the Republic of Korea to Uzbekistan "
                             "Ahn Min-gyu.", "2022-09-28")
    assert not any("Umarov" in name for name, *_ in events)
