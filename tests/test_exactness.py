"""Records say what their sources say and no more: date ranges, "during" an event, status words in the source's
verb, counts that are lower bounds, publishers and their kinds. Hand-built data (not real), expectations by hand."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import feedparser
import icalendar
import pytest

from accords.addresses import Addresses
from accords.counts import Count
from accords.dates import PartialDate
from accords.explorer import ExplorerData
from accords.exports import Exporter
from accords.linked_data import LinkedData
from accords.lint import warnings
from accords.lists import Lists
from accords.loader import load_dataset
from accords.problems import DataError
from accords.render import date_html
from accords.renderer import render_layout
from accords.view import SiteView

TODAY = dt.date(2026, 11, 23)


# --- Dates and counts ---------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "iso", "shown"), [
    ("2023-05-18/2023-05-19", "2023-05-18/2023-05-19", "18–19 May 2023"),
    ("2023-05-30/2023-06-02", "2023-05-30/2023-06-02", "30 May – 2 June 2023"),
    ("2023-05/2023-06", "2023-05/2023-06", "May–June 2023"),
    ("2025-12-30/2026-01-02", "2025-12-30/2026-01-02", "30 December 2025 – 2 January 2026"),
    ("2025/2026", "2025/2026", "2025–2026"),
])
def test_a_range_keeps_both_ends_at_the_precision_given(text, iso, shown):
    date = PartialDate.parse(text)
    assert (str(date), date.display(), date.is_range) == (iso, shown, True)


def test_a_range_sorts_by_its_first_day_and_lasts_until_its_last():
    date = PartialDate.parse("2023-05-18/2023-05-19")
    assert date.sort_key() == (2023, 5, 18)
    assert (date.earliest(), date.latest()) == (dt.date(2023, 5, 18), dt.date(2023, 5, 19))
    assert date.is_after(dt.date(2023, 5, 17)) and not date.is_after(dt.date(2023, 5, 18))


def test_a_range_in_html_has_a_machine_date_for_each_end():
    assert date_html(PartialDate.parse("2023-05-18/2023-05-19")) == (
        '<time datetime="2023-05-18">18</time>–<time datetime="2023-05-19">19 May 2023</time>')


@pytest.mark.parametrize(("text", "says"), [
    ("2023-05-19/2023-05-18", "2023-05-18 must come after 2023-05-19"),
    ("2023-05/2023-05-20", "2023-05-20 must come after 2023-05"),  # inside the month: not a range
    ("2023-05-18/19", "is not a range of dates"),
    ("2023-05-18/2023-05-19/2023-05-20", "is not a range of dates"),
])
def test_a_range_that_is_not_one_is_refused(text, says):
    with pytest.raises(ValueError, match=says):
        PartialDate.parse(text)


def test_a_count_is_exact_or_a_lower_bound():
    assert (str(Count.parse(14)), Count.parse(14).to_json()) == ("14", 14)
    assert (str(Count.parse("at least 13")), Count.parse("at least 13").to_json()) == ("at least 13", "at least 13")
    for bad in ("about 13", "13+", 0, True):
        with pytest.raises(ValueError, match="is not a count"):
            Count.parse(bad)


# --- A small dataset of the new cases -------------------------------------------------------------


@pytest.fixture
def exact(data_dir):
    """The minimal dataset, and: a forum held over two days in Tashkent; a memorandum signed during it with no
    day of its own; a concept the heads of state approved; a protocol signed over a range of days; a package
    of at least 13 documents; a state news agency and a relay, and a record resting on the relay alone."""
    data_dir.minimal()
    data_dir.write("publishers/state-agency.yml", "name: State Agency\nkind: state news agency\ncountry: uzbekistan\n")
    data_dir.write("publishers/press-relay.yml", "name: Press Relay\nkind: relay\n")
    data_dir.write("sources/agency-report.yml", "publisher: state-agency\ntitle: Forum ends\ndate: 2025-06-12\n")
    data_dir.write("sources/relay-copy.yml", "publisher: press-relay\ndate: 2025-06-13\n")
    data_dir.write("events/forum.yml", """
        name: Tashkent Forum
        kind: forum
        status: held
        date: 2025-06-10
        end_date: 2025-06-11
        place: Tashkent
        country: uzbekistan
        participants: [kazakhstan, uzbekistan]
        sources: [agency-report]
        """)
    data_dir.write("agreements/during-forum.yml", """
        title: Memorandum signed at the forum
        kind: memorandum of understanding
        event: forum
        parties: [kazakhstan, uzbekistan]
        sources: [agency-report]
        """)
    data_dir.write("agreements/approved-concept.yml", """
        title: Concept of cooperation
        kind: concept
        parties: [kazakhstan, uzbekistan]
        status: approved
        status_history:
          - status: approved
            verb: approved by the heads of state
            by: [kazakhstan, uzbekistan]
            date: 2025-06-11
            sources: [agency-report]
        sources: [agency-report]
        """)
    data_dir.write("agreements/protocol-over-days.yml", """
        title: Protocol signed over several days
        kind: protocol
        date_signed: 2025-05-30/2025-06-02
        parties: [kazakhstan, uzbekistan]
        sources: [agency-report]
        """)
    data_dir.write("agreements/package.yml", """
        title: Documents of the forum
        kind: package
        event: forum
        documents: at least 13
        parties: [kazakhstan, uzbekistan]
        sources: [relay-copy]
        """)
    return load_dataset(data_dir.path, today=TODAY)


def page(dataset, record_id: str) -> str:
    return render_layout(SiteView(dataset), "agreement.md", f"agreements/{record_id}/", record=record_id)


def test_a_document_signed_during_an_event_is_dated_by_its_days_and_placed_by_it_as_such(exact):
    shown = page(exact, "during-forum")
    assert ('<time datetime="2025-06-10">10</time>–<time datetime="2025-06-11">11 June 2025</time>, during '
            '<a href="../../events/forum/">the forum</a>') in shown
    assert ('<td>Place</td>\n<td>Tashkent <em>(the place of the <a href="../../events/forum/">event</a>, as its sources give it: '
            '<a href="../../sources/#agency-report">State Agency</a>)</em></td>') in shown


def test_an_approved_text_shows_the_source_s_verb_and_is_dated_by_it(exact):
    shown = page(exact, "approved-concept")
    assert 'Status: <span class="tracker-status" data-status="approved">approved by the heads of state</span>' in shown
    assert '<td>Date</td>\n<td><time datetime="2025-06-11">11 June 2025</time> (approved by the heads of state)</td>' in shown
    assert "<td>approved by the heads of state</td>" in shown  # the history's own column
    assert exact.date_of("approved-concept") == (PartialDate(2025, 6, 11), False)


def test_a_count_that_is_a_lower_bound_says_so(exact):
    assert "<td>Documents</td>\n<td>at least 13</td>" in page(exact, "package")


def test_every_export_writes_a_range_as_an_iso_interval(exact):
    files = Exporter(exact, {}, site_url="https://tracker.example/", build_date=TODAY).files()
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(files["data/agreements.csv"]()))}
    assert rows["protocol-over-days"]["date_signed"] == "2025-05-30/2025-06-02"
    assert rows["during-forum"]["date_signed"] == ""  # the record has no day of its own; the event's days are the event's
    assert (rows["during-forum"]["date"], rows["during-forum"]["date_basis"]) == ("2025-06-10/2025-06-11", "event")
    assert (rows["approved-concept"]["date"], rows["approved-concept"]["date_basis"]) == ("2025-06-11", "approved")
    assert (rows["protocol-over-days"]["date"], rows["protocol-over-days"]["date_basis"]) == ("2025-05-30/2025-06-02", "own")
    assert rows["package"]["documents"] == "at least 13"
    records = {r["id"]: r for r in json.loads(files["data/dataset.json"]())["records"]["agreements"]}
    assert records["protocol-over-days"]["date_signed"] == "2025-05-30/2025-06-02"
    assert records["package"]["documents"] == "at least 13"
    api = json.loads(files["api/agreements/during-forum.json"]())
    assert api["date"] == "2025-06-10/2025-06-11"  # the event's days, which date it
    events = json.loads(files["api/events/forum.json"]())
    assert events["date"] == "2025-06-10/2025-06-11"


def test_linked_data_gives_a_range_as_a_period_and_an_event_its_days(exact):
    linked = LinkedData(exact, Addresses(exact), "https://tracker.example/")
    item = linked.record("protocol-over-days", "agreements/protocol-over-days/")
    assert item["temporalCoverage"] == "2025-05-30/2025-06-02" and "legislationDate" not in item
    event = linked.record("forum", "events/forum/")
    assert (event["startDate"], event["endDate"]) == ("2025-06-10", "2025-06-11")


def test_the_feed_says_a_range_as_a_reader_reads_it(exact):
    from accords.history import FileHistory
    histories = {exact.data_path(i): FileHistory(dt.date(2026, 1, 2), dt.date(2026, 1, 3)) for i in exact.records}
    feed = feedparser.parse(Exporter(exact, histories, site_url="https://tracker.example/", build_date=TODAY).files()["feeds/all.atom"]())
    summaries = {e.title: e.summary for e in feed.entries}
    assert summaries["Agreement: Protocol signed over several days"] == "Agreement, 30 May – 2 June 2025. Record changed on 2026-01-03."


def test_the_calendar_spans_a_planned_event_given_as_a_range(data_dir):
    data_dir.minimal().write("events/conference.yml", """
        name: Conference
        kind: forum
        status: planned
        date: 2026-12-01/2026-12-03
        sources: [report]
        """)
    dataset = load_dataset(data_dir.path, today=dt.date(2025, 6, 20))
    calendar = icalendar.Calendar.from_ical(Exporter(dataset, {}, build_date=TODAY).files()["calendar/planned-events.ics"]())
    event = next(e for e in calendar.walk("VEVENT") if "Conference" in str(e["summary"]))
    assert (event["dtstart"].dt, event["dtend"].dt) == (dt.date(2026, 12, 1), dt.date(2026, 12, 4))  # DTEND is the day after


def test_explorer_and_timeline_know_which_records_cite_an_official_or_agency_report(exact):
    explorer = ExplorerData(exact, Lists(exact))
    rows = {r["id"]: r for r in explorer.rows()}
    assert rows["during-forum"].get("firsthand") == 1 and "firsthand" not in rows["package"]
    assert explorer.timeline_facets("during-forum")["firsthand"] is True
    assert explorer.timeline_facets("package")["firsthand"] is False


def test_a_record_on_a_relay_alone_is_pointed_to_the_agency_report_of_its_event(exact):
    found = [p.message for p in warnings(exact, today=TODAY) if p.path.endswith("package.yml") and "relay" in p.message]
    assert found == ["every source is a relay or an aggregator (relay-copy), while an official or agency report of the same "
                     "event is cited elsewhere: agency-report"]


def test_a_place_copied_from_the_event_without_its_source_is_a_warning(exact, data_dir):
    data_dir.write("sources/other.yml", "publisher: example-wire\ndate: 2025-06-20\n")
    data_dir.write("agreements/copied-place.yml", """
        title: Agreement with the event's place
        kind: agreement
        event: forum
        place: Tashkent
        parties: [kazakhstan, uzbekistan]
        sources: [other]
        """)
    found = [p.message for p in warnings(load_dataset(data_dir.path, today=TODAY), today=TODAY)
             if p.path.endswith("copied-place.yml") and "event's" in p.message]
    assert found == ["place 'Tashkent' is the event's, and no source of the event is cited here"]


# --- What the model refuses -----------------------------------------------------------------------


@pytest.mark.parametrize(("record", "says"), [
    ("status: approved\n", "status 'approved' needs an entry in `status_history`"),
    ("status: approved\nstatus_history:\n  - status: approved\n    date: 2025-06\n    sources: [report]\n",
     "status_history[0] ('approved') needs `verb`"),
    ("documents: 13 or so\n", "is not a count"),
])
def test_a_status_or_count_the_sources_do_not_give_is_refused(data_dir, record, says):
    data_dir.minimal().write("agreements/claimed.yml", "title: A text\nkind: concept\nparties: [kazakhstan]\nsources: [report]\n" + record)
    with pytest.raises(DataError) as error:
        load_dataset(data_dir.path, today=TODAY)
    assert says in str(error.value)


def test_a_source_names_a_publisher_that_exists(data_dir):
    data_dir.minimal().write("sources/orphan.yml", "publisher: nobody-we-know\ndate: 2025\n")
    with pytest.raises(DataError) as error:
        load_dataset(data_dir.path, today=TODAY)
    assert "publisher: unknown publisher 'nobody-we-know' — add data/publishers/nobody-we-know.yml or fix the id" in str(error.value)


def test_a_page_s_one_line_description_says_how_the_record_is_dated(exact):
    linked = LinkedData(exact, Addresses(exact))
    assert linked.description("during-forum") == ("Memorandum of understanding, during Tashkent Forum (10–11 June 2025); "
                                                  "parties: Kazakhstan, Uzbekistan.")
    assert linked.description("approved-concept") == "Concept, approved 2025-06-11; parties: Kazakhstan, Uzbekistan."
    assert linked.description("protocol-over-days") == "Protocol, signed 2025-05-30/2025-06-02; parties: Kazakhstan, Uzbekistan."
    assert linked.description("forum") == "Forum in Tashkent (10–11 June 2025), held."
