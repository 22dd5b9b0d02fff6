"""Reader views (issue 28): an honest "upcoming". Fictional records; the expected values are written by hand."""

from __future__ import annotations

import datetime as dt

import icalendar
import pytest

from accords.addresses import Addresses
from accords.compare import compare
from accords.exports import Exporter
from accords.lint import warnings
from accords.loader import load_dataset
from accords.network import counterparts, ego_network, region_pairs, region_positions
from accords.renderer import render_layout
from accords.view import SiteView
from accords.visuals import Scale, agreements_by_year_chart

pytestmark = pytest.mark.unit

TODAY = dt.date(2026, 12, 3)


@pytest.fixture
def plans(data_dir):
    """Three planned events seen on 3 December 2026: one for 2026 (may still come), one for May 2026 (passed, reported
    on in February), one with no date announced."""
    data_dir.minimal()
    data_dir.write("sources/february-report.yml", "publisher: example-wire\ndate: 2026-02-03\n")
    data_dir.write("events/summit-2026.yml", "name: Summit of 2026\nkind: summit\nstatus: planned\ndate: 2026\nsources: [report]\n")
    data_dir.write("events/forum-may.yml", "name: Forum in May\nkind: forum\nstatus: planned\ndate: 2026-05\n"
                                           "sources: [report, february-report]\n")
    data_dir.write("events/next-commission.yml", "name: Next commission\nkind: council\nstatus: planned\nsources: [report]\n")
    return load_dataset(data_dir.path, today=TODAY)


def test_a_plan_whose_date_has_passed_leaves_upcoming_and_says_no_later_report_was_found(plans):
    view = SiteView(plans, today=TODAY)
    assert view.upcoming_events() == ["summit-2026", "next-commission"]  # soonest first; undated last
    assert view.passed_plans() == ["forum-may"]
    assert view.plan_html("forum-may") == ('<span class="tracker-badge">planned</span> as of <time datetime="2026-02-03">3 February '
                                           '2026</time>; no later report found')
    assert view.plan_html("summit-2026") == '<span class="tracker-badge">planned</span> as of <time datetime="2025-06">June 2025</time>'
    page = render_layout(view, "event.md", "events/forum-may/", record="forum-may")
    assert "<td>Status</td>\n<td><span class=\"tracker-badge\">planned</span> as of" in page and "no later report found</td>" in page


def test_check_lists_a_passed_plan_and_the_calendar_says_what_is_known_of_it(plans):
    found = [(p.path.rsplit("/", 1)[-1], p.message) for p in warnings(plans, today=TODAY) if "has passed" in p.message]
    assert found == [("forum-may.yml", "planned event dated 2026-05 has passed, and no later report is recorded")]
    ics = Exporter(plans, {}, build_date=TODAY).files()["calendar/planned-events.ics"]()
    summaries = sorted(str(e["summary"]) for e in icalendar.Calendar.from_ical(ics).walk("VEVENT"))
    assert summaries == [
        "Forum in May (planned as of 3 February 2026; no later report found) (date: May 2026; day not announced)",
        "Summit of 2026 (date: 2026; month and day not announced)"]


def test_map_shades_are_classes_of_the_counts_shown_so_that_2_and_96_differ():
    scale = Scale.of([0, 2, 96, 357, 5, 40, 1, 12, 20])  # above zero, sorted: 1 2 | 5 12 | 20 40 | 96 357
    assert scale.keys() == [(0, "none"), (1, "1–2"), (2, "3–12"), (3, "13–40"), (4, "41–357")]
    assert [scale.level(n) for n in (0, 2, 13, 96)] == [0, 1, 3, 4]
    few = Scale.of([3, 3, 7])  # two classes spread over the shades: the lighter one is not the palest
    assert few.keys() == [(0, "none"), (2, "1–3"), (4, "4–7")]


def test_the_chart_counts_agreements_without_a_sector_as_not_stated_never_as_other(data_dir):
    data_dir.minimal().write("agreements/no-sector.yml", """
        title: Joint statement
        kind: joint statement
        date_signed: 2025-06
        parties: [kazakhstan, uzbekistan]
        sources: [report]
        """)
    dataset = load_dataset(data_dir.path, today=TODAY)
    chart = agreements_by_year_chart(dataset, ["mining-mou", "no-sector"])
    assert '<rect class="tracker-series-not-stated"' in chart and "<title>2025, sector not stated: 1</title>" in chart
    assert "<title>2025, Mining: 1</title>" in chart and "tracker-series-other" not in chart


def test_compare_counts_each_country_s_agreements_by_year_kind_sector_status_and_partner():
    rows = [  # as the explorer's rows give them, newest first
        {"id": "c", "date": "2025-03-04", "dateText": "4 March 2025", "kind": "treaty", "status": "ratified", "after": "in force",
         "countries": ["kz", "uz"], "sectors": ["energy"]},
        {"id": "b", "date": "2024-05", "dateText": "May 2024", "kind": "memorandum of understanding", "status": "signed",
         "countries": ["kz", "cn"], "sectors": []},
        {"id": "a", "date": "", "dateText": "date not stated", "kind": "memorandum of understanding", "status": "signed",
         "countries": ["uz", "cn", "tr"], "sectors": ["energy", "mining"]},
    ]
    names = {"kz": "Kazakhstan", "uz": "Uzbekistan", "cn": "China", "tr": "Türkiye", "energy": "Energy", "mining": "Mining"}
    result = compare(rows, ("kz", "uz"), names)
    assert [r for r in result.rows] == [
        ("Agreements", "All", ("2", "2")),
        ("Agreements", "First signing", ("May 2024", "4 March 2025")),
        ("Agreements", "Latest signing", ("4 March 2025", "4 March 2025")),
        ("By year", "2024", ("1", "0")), ("By year", "2025", ("1", "1")), ("By year", "date not stated", ("0", "1")),
        ("By kind", "memorandum of understanding", ("1", "1")), ("By kind", "treaty", ("1", "1")),
        ("By sector", "Energy", ("1", "2")), ("By sector", "Mining", ("0", "1")), ("By sector", "sector not stated", ("1", "0")),
        ("By status", "ratified", ("1", "1")), ("By status", "signed", ("1", "1")),  # as many: by name
        ("After signing", "in force", ("1", "1")),
        ("Partners", "Main partners", ("China (1), Uzbekistan (1)", "China (1), Kazakhstan (1), Türkiye (1)")),
    ]
    assert [r["id"] for r in result.together] == ["c"]


def test_an_actor_s_counterparts_are_the_other_parties_of_its_agreements_drawn_around_it(data_dir):
    """The minerals ministry signed two memoranda: one with Kazakhstan (and a Kazakh company), one with Kazakhstan alone.
    Its own country, Uzbekistan, is no counterpart."""
    data_dir.minimal()
    data_dir.write("actors/kazakh-mining.yml", "kind: company\nname: Kazakh Mining\ncountry: kazakhstan\nsources: [report]\n")
    for name, parties in (("first", "[mining-ministry, kazakhstan, kazakh-mining]"), ("second", "[mining-ministry, kazakhstan]")):
        data_dir.write(f"agreements/{name}.yml", f"title: {name}\nkind: memorandum of understanding\ndate_signed: 2025-05\n"
                                                 f"parties: {parties}\nsources: [report]\n")
    dataset = load_dataset(data_dir.path, today=TODAY)
    assert counterparts(dataset, "mining-ministry") == [("kazakhstan", 2), ("kazakh-mining", 1)]
    drawn = ego_network(dataset, Addresses(dataset), "actors/mining-ministry/", "mining-ministry")
    assert '<a href="../../countries/kz/" aria-label="Kazakhstan: 2 agreements shared">' in drawn
    assert '<a href="../kazakh-mining/" aria-label="Kazakh Mining: 1 agreement shared">' in drawn
    # the two counterparts share the first memorandum: a line between them, besides the two from the centre
    assert drawn.count("<line ") == 3 and drawn.count('class="tracker-network__spoke"') == 2


def test_the_region_network_places_every_country_with_a_partner_the_same_way_each_time(data_dir):
    data_dir.minimal()
    data_dir.write("countries/china.yml", "iso2: CN\nsources: [report]\n")
    data_dir.write("agreements/trio.yml", "title: Trio\nkind: agreement\ndate_signed: 2025-05\nparties: [kazakhstan, uzbekistan, china]\n"
                                          "sources: [report]\n")
    dataset = load_dataset(data_dir.path, today=TODAY)
    places = region_positions(region_pairs(dataset))
    assert sorted(places) == ["china", "kazakhstan", "uzbekistan"] and places == region_positions(region_pairs(dataset))
    assert all(70 <= x <= 900 - 70 and 70 <= y <= 640 - 70 for x, y in places.values())
    assert region_pairs(dataset) == [("kazakhstan", "uzbekistan", 2), ("china", "kazakhstan", 1), ("china", "uzbekistan", 1)]
