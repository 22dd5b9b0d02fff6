"""calendar/planned-events.ics: the planned events with a date; calendar/steps-after-signing.ics: the dated steps after
an agreement's signing (a chamber's vote, a law on ratification, entry into force). Both iCalendar."""

from __future__ import annotations

import datetime as dt

import icalendar

from .. import lifecycle
from ..addresses import CALENDAR, STEPS_CALENDAR
from ..dates import PartialDate
from ..model import Event
from .context import TITLE, ExportContext, Output


def _calendar(name: str) -> icalendar.Calendar:
    cal = icalendar.Calendar()
    cal.add("prodid", f"-//{TITLE}//{name}//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", f"{TITLE}: {name}")
    return cal


def _entry(uid: str, summary: str, date: PartialDate, end_date: PartialDate | None, stamp: dt.date, unknown: str) -> icalendar.Event:
    """An all-day entry over the date's day, month or year (to `end_date` where given); the summary says when the day or
    the month is not known ("not announced", for a plan)."""
    end = (end_date or date).latest() + dt.timedelta(days=1)
    precision = {"day": "", "month": f" (date: {date.display()}; day {unknown})",
                 "year": f" (date: {date.display()}; month and day {unknown})"}[date.precision]
    entry = icalendar.Event()
    entry.add("uid", f"{uid}@central-asia-cooperation-tracker")
    entry.add("summary", summary + precision)
    entry.add("dtstart", date.earliest())
    entry.add("dtend", end)
    entry.add("dtstamp", dt.datetime.combine(stamp, dt.time(), tzinfo=dt.UTC))
    entry.add("transp", "TRANSPARENT")
    return entry


def calendar(ctx: ExportContext) -> str:
    """Planned events with a date; a month or a year is an all-day span over that month or year."""
    d = ctx.data
    cal = _calendar("planned events")
    for event_id in d.by_date(d.planned_events()):
        event: Event = d.get(event_id)
        if event.date is None:
            continue  # no date announced: nothing honest to put in a calendar
        history = ctx.history(event_id)
        last = d.last_report(event)
        passed = f" (planned as of {last.display() if last else 'its report'}; no later report found)" if d.plan_passed(
            event_id, ctx.build_date) else ""
        entry = _entry(event_id, event.name + passed, event.date, event.end_date, history.changed if history else ctx.build_date,
                       "not announced")
        if event.place or event.country:
            entry.add("location", ", ".join(x for x in [event.place, d.name(event.country) if event.country else None] if x))
        entry.add("description", f"{event.kind.value.capitalize()}, planned. Sources: {ctx.sources_named(event.sources)}. {ctx.page(event_id)}")
        entry.add("url", ctx.page(event_id))
        cal.add_component(entry)
    return cal.to_ical().decode("utf-8")


def steps_calendar(ctx: ExportContext) -> str:
    """Each dated step after a signing, on its own date (a month or a year is an all-day span over it), oldest first."""
    d = ctx.data
    cal = _calendar("steps after signing")
    steps = sorted(d.dated_steps(), key=lambda s: (s[2].date.earliest(), s[0], s[1]))
    for agreement_id, index, change in steps:
        history = ctx.history(agreement_id)
        entry = _entry(f"{agreement_id}-step-{index}", f"{lifecycle.step_label(d, change)}: {d.name(agreement_id)}", change.date,
                       None, history.changed if history else ctx.build_date, "not reported")
        entry.add("description", f"{change.verb}. Sources: {ctx.sources_named(change.sources)}. {ctx.page(agreement_id)}")
        entry.add("url", ctx.page(agreement_id))
        cal.add_component(entry)
    return cal.to_ical().decode("utf-8")


def outputs(ctx: ExportContext) -> list[Output]:
    return [Output(CALENDAR, "text/calendar", "Calendar of planned events",
                   "iCalendar. An event known only to the month or the year is an all-day span over that month or year, and "
                   "says so; events with no date are left out", lambda: calendar(ctx), "feed"),
            Output(STEPS_CALENDAR, "text/calendar", "Calendar of the steps after signing",
                   "iCalendar: each dated chamber vote, law on ratification, exchange of instruments and entry into force on its "
                   "own date, an all-day span over the month or the year where the day is not known", lambda: steps_calendar(ctx), "feed")]
