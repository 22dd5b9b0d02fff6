"""After the signing, party by party (issue 27): each state's steps, what they add up to, and what `accords check` asks a
reviewer to look at. Fictional records; the expected values are written by hand."""

from __future__ import annotations

import datetime as dt

import icalendar
import pytest

from accords import lifecycle
from accords.exports import Exporter
from accords.lint import warnings
from accords.loader import DataError, load_dataset
from accords.renderer import render_layout
from accords.view import SiteView

pytestmark = pytest.mark.unit

TREATY = """
    title: Treaty on allied relations
    kind: treaty
    date_signed: 2024-04-19
    parties: [kazakhstan, uzbekistan]
    status: ratified
    status_history:
      - status: approved
        verb: adopted by the Senate
        stage: chamber vote
        by: [uzbekistan]
        chamber: senate
        date: 2024-10-30
        sources: [report]
      - status: ratified
        verb: the President signed the law on its ratification
        stage: law signed
        by: [uzbekistan]
        law: No. 17
        date: 2024-12-02
        sources: [report]
    sources: [report]
    """
IN_FORCE = """
      - status: in force
        verb: entered into force
        stage: in force
        date: {date}
        sources: [report]
"""


def with_force(treaty: str, date: str) -> str:
    """The treaty with a last step: in force for every party."""
    head, tail = treaty.rsplit("    sources: [report]\n", 1)
    return head + IN_FORCE.format(date=date).lstrip("\n") + "    sources: [report]\n" + tail


def dataset_with(data_dir, *records: tuple[str, str]):
    data_dir.minimal()
    data_dir.write("actors/senate.yml", "kind: government-body\nname: Senate\ncountry: uzbekistan\nsources: [report]\n")
    data_dir.write("countries/china.yml", "iso2: CN\nsources: [report]\n")
    for path, text in records:
        data_dir.write(path, text)
    return load_dataset(data_dir.path)


def test_a_bilateral_treaty_ratified_by_one_party_is_ratified_by_it_and_unreported_for_the_other(data_dir):
    dataset = dataset_with(data_dir, ("agreements/treaty.yml", TREATY))
    life = lifecycle.of(dataset, dataset.get("treaty"))
    assert [(p.party, p.ratified is not None, len(p.steps)) for p in life.parties] == [("kazakhstan", False, 0), ("uzbekistan", True, 2)]
    assert life.status == "ratified by some parties"
    assert lifecycle.text(dataset, life) == "no report of ratification by Kazakhstan; ratified by Uzbekistan (2 December 2024)"


def test_entry_into_force_for_every_party_and_a_memorandum_that_needs_no_ratification(data_dir):
    in_force = with_force(TREATY, "2025-01-10")
    memorandum = """
    title: Memorandum on water
    kind: memorandum of understanding
    date_signed: 2024-04-19
    parties: [kazakhstan, uzbekistan]
    ratification: not required
    sources: [report]
    """
    dataset = dataset_with(data_dir, ("agreements/treaty.yml", in_force.replace("status: ratified\n", "status: in force\n", 1)),
                           ("agreements/memorandum.yml", memorandum))
    life = lifecycle.of(dataset, dataset.get("treaty"))
    assert (life.status, lifecycle.text(dataset, life)) == ("in force", "in force (10 January 2025)")
    memo = lifecycle.of(dataset, dataset.get("memorandum"))
    assert (memo.status, lifecycle.shown(dataset.get("memorandum"), memo), lifecycle.text(dataset, memo)) == (
        "", False, "needs no ratification, as its sources say")


def test_check_asks_about_a_step_by_a_non_party_before_the_signing_and_force_before_every_ratification(data_dir):
    treaty = TREATY.replace("by: [uzbekistan]\n        chamber: senate\n        date: 2024-10-30",
                            "by: [china]\n        chamber: senate\n        date: 2024-03-30")
    treaty = treaty.replace("    status: ratified\n", "    ratification: required of every party\n    status: in force\n", 1)
    treaty = with_force(treaty, "2024-12-20")
    dataset = dataset_with(data_dir, ("agreements/treaty.yml", treaty))
    found = [p.message for p in warnings(dataset) if str(p.path).endswith("treaty.yml") and p.message != "agreement has no summary"]
    assert found == [
        "status_history[0] (chamber vote, 2024-03-30) is dated before the signing (2024-04-19)",
        "status_history[0] (chamber vote) is by china, which is not a party nor a party's body",
        "in force for every party on 2024-12-20, but the ratification of kazakhstan is not recorded, while every party's is required",
    ]


@pytest.mark.parametrize(("change", "message"), [
    ("chamber: senate\n", "stage 'chamber vote' needs `chamber`"),
    ("stage: law signed\n", "stage 'law signed' goes with status 'ratified', not 'approved'"),
])
def test_a_step_that_does_not_fit_its_stage_is_refused(data_dir, change, message):
    broken = TREATY.replace(f"        {change}", "", 1) if change.startswith("chamber") else TREATY.replace(
        "stage: chamber vote\n", change, 1)
    with pytest.raises(DataError, match=message.replace("(", r"\(").replace(")", r"\)")):
        dataset_with(data_dir, ("agreements/treaty.yml", broken))


def test_what_came_of_an_agreement_is_each_record_that_says_it_implements_builds_on_or_discussed_it_with_its_date(data_dir):
    """Issue 27, item 3: later documents, projects and meetings link to the agreement; its page lists them, dated, and
    says so when nothing is recorded."""
    plan = """
    title: Action plan on the treaty
    kind: action plan
    date_signed: 2025-03-04
    parties: [kazakhstan, uzbekistan]
    related:
      - kind: implements
        agreement: treaty
    sources: [report]
    """
    project = """
    name: Border railway
    kind: railway
    status: under construction
    countries: [kazakhstan, uzbekistan]
    agreements: [treaty]
    status_history:
      - status: planned
        verb: announced by the two governments
        date: 2024-05
        sources: [report]
      - status: under construction
        verb: construction began
        date: 2025-02-14
        sources: [report]
    sources: [report]
    """
    meeting = """
    name: Intergovernmental commission
    kind: council
    status: held
    date: 2025-05-20
    discussed: [treaty]
    sources: [report]
    """
    dataset = dataset_with(data_dir, ("agreements/treaty.yml", TREATY), ("agreements/plan.yml", plan),
                           ("projects/railway.yml", project), ("events/commission.yml", meeting))
    view = SiteView(dataset)
    assert [(label, other) for label, other, _ in view.came_of_it("treaty")] == [
        ("Implemented by", "plan"), ("Project", "railway"), ("Discussed at", "commission")]
    shown = render_layout(view, "agreement.md", "agreements/treaty/", record="treaty")
    assert ('<li>Project: <a href="../../projects/railway/">Border railway</a> (construction began, '
            '<time datetime="2025-02-14">14 February 2025</time>)</li>') in shown
    assert '<li>Discussed at: <a href="../../events/commission/">Intergovernmental commission</a> (<time datetime="2025-05-20">' in shown
    # the plan implements the treaty: the treaty's page lists it under what came of it, the plan's under its related documents
    assert "Nothing recorded: the tracker holds no later document" in render_layout(view, "agreement.md", "agreements/plan/", record="plan")
    assert '<li>Implements: <a href="../../agreements/treaty/">Treaty on allied relations</a>' in render_layout(
        view, "agreement.md", "agreements/plan/", record="plan")
    project_page = render_layout(view, "project.md", "projects/railway/", record="railway")
    assert "<td>construction began</td>" in project_page and "<td>announced by the two governments</td>" in project_page
    assert 'No report since <time datetime="2025-06">June 2025</time>' in project_page  # its one source, of June 2025


def test_a_project_status_other_than_unknown_needs_its_history(data_dir):
    project = "name: Plant\nkind: plant\nstatus: operational\ncountries: [kazakhstan]\nsources: [report]\n"
    with pytest.raises(DataError, match="status 'operational' needs an entry in `status_history`"):
        dataset_with(data_dir, ("projects/plant.yml", project))


def test_the_latest_report_is_the_newest_publication_the_record_or_its_history_cites(data_dir):
    treaty = TREATY.replace("law: No. 17\n        date: 2024-12-02\n        sources: [report]",
                            "law: No. 17\n        date: 2024-12-02\n        sources: [law-report]")
    dataset = dataset_with(data_dir, ("agreements/treaty.yml", treaty),
                           ("sources/law-report.yml", "publisher: example-wire\ndate: 2024-12-03\n"))
    assert str(dataset.last_report(dataset.get("treaty"))) == "2025-06"  # the record's own source (June 2025) is newer
    dataset = dataset_with(data_dir, ("sources/law-report.yml", "publisher: example-wire\ndate: 2025-07-01\n"))
    assert str(dataset.last_report(dataset.get("treaty"))) == "2025-07-01"


def test_the_steps_calendar_puts_each_dated_step_on_its_day_and_a_month_over_the_month(data_dir):
    treaty = TREATY.replace("date: 2024-10-30", "date: 2024-10")
    dataset = dataset_with(data_dir, ("agreements/treaty.yml", treaty))
    ics = Exporter(dataset, {}, build_date=dt.date(2026, 1, 1)).files()["calendar/steps-after-signing.ics"]()
    entries = [(str(e["summary"]), e["dtstart"].dt, e["dtend"].dt) for e in icalendar.Calendar.from_ical(ics).walk("VEVENT")]
    assert entries == [
        ("Chamber vote (Senate), Uzbekistan: Treaty on allied relations (date: October 2024; day not reported)",
         dt.date(2024, 10, 1), dt.date(2024, 11, 1)),
        ("Law signed, Uzbekistan: Treaty on allied relations", dt.date(2024, 12, 2), dt.date(2024, 12, 3))]


def test_check_asks_about_a_ratified_status_that_one_party_s_steps_do_not_bear_out(data_dir):
    dataset = dataset_with(data_dir, ("agreements/treaty.yml", TREATY))  # status: ratified; only Uzbekistan's law is recorded
    found = [p.message for p in warnings(dataset) if str(p.path).endswith("treaty.yml") and "status" in p.message]
    assert found == ["status 'ratified', while the steps record no ratification by Kazakhstan"]
