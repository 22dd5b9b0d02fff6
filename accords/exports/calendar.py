"""calendar/planned-events.ics: the planned events with a date, as iCalendar."""

from __future__ import annotations

import datetime as dt

import icalendar

from ..addresses import CALENDAR
from ..model import Event
from .context import TITLE, ExportContext, Output


def calendar(ctx: ExportContext) -> str:
    """Planned events with a date; a month or a year is an all-day span over that month or year."""
    d = ctx.data
    cal = icalendar.Calendar()
    cal.add("prodid", f"-//{TITLE}//planned events//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", f"{TITLE}: planned events")
    for event_id in d.by_date(d.planned_events()):
        event: Event = d.get(event_id)
        if event.date is None:
            continue  # no date announced: nothing honest to put in a calendar
        start, end = event.date.earliest(), event.date.latest() + dt.timedelta(days=1)
        if event.end_date:
            end = event.end_date.latest() + dt.timedelta(days=1)
        precision = {"day": "", "month": f" (date: {event.date.display()}; day not announced)",
                     "year": f" (date: {event.date.display()}; month and day not announced)"}[event.date.precision]
        entry = icalendar.Event()
        entry.add("uid", f"{event_id}@central-asia-cooperation-tracker")
        entry.add("summary", event.name + precision)
        entry.add("dtstart", start)
        entry.add("dtend", end)
        history = ctx.history(event_id)
        entry.add("dtstamp", dt.datetime.combine(history.changed if history else ctx.build_date, dt.time(), tzinfo=dt.UTC))
        entry.add("transp", "TRANSPARENT")
        if event.place or event.country:
            entry.add("location", ", ".join(x for x in [event.place, d.name(event.country) if event.country else None] if x))
        sources = "; ".join(f"{d.name(s.publisher)}, {s.date.display()}" for s in (d.get(i) for i in event.sources))
        entry.add("description", f"{event.kind.value.capitalize()}, planned. Sources: {sources}. {ctx.page(event_id)}")
        entry.add("url", ctx.page(event_id))
        cal.add_component(entry)
    return cal.to_ical().decode("utf-8")


def outputs(ctx: ExportContext) -> list[Output]:
    return [Output(CALENDAR, "text/calendar", "Calendar of planned events",
                   "iCalendar. An event known only to the month or the year is an all-day span over that month or year, and "
                   "says so; events with no date are left out", lambda: calendar(ctx), "feed")]
