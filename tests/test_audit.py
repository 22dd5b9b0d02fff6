"""The data says exactly what its sources say: the corrections of the data audit stay made."""

from __future__ import annotations

from accords.model import Event


def test_agreements_finalized_on_the_sidelines_of_the_visit_belong_to_the_visit(real_data):
    for agreement_id in ("turkiye-uzbekistan-critical-minerals-mou-2026", "turkiye-uzbekistan-agreements-package-2026"):
        assert real_data.get(agreement_id).event == "mirziyoyev-state-visit-turkiye-2026"
    assert "yielded" not in real_data.get("turkiye-uzbekistan-hlscc-4").summary


def test_a_continuation_of_cooperation_is_not_a_follow_up_of_documents(real_data):
    assert real_data.get("tajikistan-kyrgyzstan-mining-new-technologies-mou-2025").related == []


def test_no_tag_or_alias_the_sources_do_not_state(real_data):
    assert "transport" not in real_data.get("astana-declaration-2025").sectors
    assert "green minerals" not in real_data.get("critical-raw-materials").aliases
    assert real_data.get("turkiye-kazakhstan-jec-13-action-plan").sectors == []
    assert real_data.get("akhmet-yassawi-international-kazakh-turkish-university").aliases == []


def test_the_railway_may_change_logistics(real_data):
    assert '"may completely change"' in real_data.get("china-kyrgyzstan-uzbekistan-railway").summary


def test_the_school_is_not_said_to_be_finished(real_data):
    school = real_data.get("nurdagi-school")
    assert "Built" not in school.summary and "does not say whether the school is finished" in school.notes


def test_event_dates_taken_from_a_signing_say_so_beside_the_date(site, real_data):
    for event_id in ("second-international-mining-and-metallurgical-forum-tajikistan", "tajik-delegation-visit-bishkek-2025"):
        event = real_data.get(event_id)
        assert isinstance(event, Event) and event.date_basis
        facts = site.text(f"events/{event_id}")
        assert f"({event.date_basis})" in facts


def test_the_jspg_meeting_links_what_its_statement_names(real_data):
    discussed = set(real_data.get("turkiye-kazakhstan-jspg-8").discussed)
    assert {"tika", "kazaid", "united-nations", "osce", "oic", "eco", "conference-on-interaction-and-confidence-building-measures-in-asia",
            "board-of-peace", "congress-of-leaders-of-world-and-traditional-religions", "turkiye-kazakhstan-azerbaijan-trilateral-mechanism",
            "maarif-schools-astana-almaty", "nurdagi-school"} <= discussed


def test_the_erdogan_office_cites_the_source_that_words_it(real_data):
    assert real_data.get("recep-tayyip-erdogan").positions[0].sources == ["trend-2026-02-03"]
