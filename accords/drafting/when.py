"""Dates in a news text, at the text's precision, resolved against the date the text was published.

"On Wednesday" in an article of Thursday 12 March 2026 is 2026-03-11; "earlier this month" in an
article of 20 February 2026 is 2026-02, not 2026-02-20; "in 2022" is 2022; "in the second half of
2026" is 2026. Nothing is padded: a date the text gives to the month stays a month.

Regular expressions, not a general date parser: dateparser's `search_dates` finds dates in free text
but answers with full datetimes (the precision is lost, and a bare "May" or "March" becomes a day),
and news English has few date forms.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from ..dates import PartialDate
from .clauses import FUTURE  # words that put what a sentence says in the future: a plan, not an event
from .clauses import future as clause_future

MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): number for number, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): number for number, name in enumerate(calendar.day_name)}

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
# A month's name in a date's words ("June", "12 June"; not "on Tuesday", "last week")
MONTH_NAME = re.compile(r"\b(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b", re.IGNORECASE)
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"

# "scheduled for June": the date of what is scheduled, not a period's end ("a programme for 2026"); lookbehinds, one per word.
_SCHEDULED_WORDS = ("scheduled", "planned", "slated", "set")
_SCHEDULED = "(?:" + "|".join(f"(?<={word} )" for word in _SCHEDULED_WORDS) + ")"
_NOT_SCHEDULED = "".join(f"(?<!{word} )" for word in _SCHEDULED_WORDS)

# Most precise first: a day-month-year form is tried before the month-year it contains.
_DAYS = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s*[-–—]\s*(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?"  # "14–15", a range of days
_DAYS_IN_WORDS = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:to|until|till|through)\s+(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?"
_MONTH2 = _MONTH.replace("?P<month>", "?P<month2>")
PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # "from Nov. 30 to Dec. 1", "from 30 November to 1 December 2024": a range of days across two months
    ("across months", re.compile(rf"\bfrom\s+{_MONTH}\s+{_DAY}\s+(?:to|until|till|through)\s+{_MONTH2}\s+(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+{_YEAR}\b)?",
                                 re.IGNORECASE)),
    ("across months", re.compile(rf"\bfrom\s+{_DAY}\s+(?:of\s+)?{_MONTH}\s+(?:to|until|till|through)\s+(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH2}"
                                 rf"(?:,?\s+{_YEAR}\b)?", re.IGNORECASE)),
    ("days month year", re.compile(rf"\b{_DAYS}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE)),
    # "from 23 to 24 October 2025", "from October 23 to 24": a range of days in words
    ("days month year", re.compile(rf"\bfrom\s+{_DAYS_IN_WORDS}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE)),
    ("month days, year", re.compile(rf"\bfrom\s+{_MONTH}\s+{_DAYS_IN_WORDS},?\s+{_YEAR}\b", re.IGNORECASE)),
    ("days month", re.compile(rf"\bfrom\s+{_DAYS_IN_WORDS}\s+(?:of\s+)?{_MONTH}\b(?!,?\s*(?:19|20)\d\d)", re.IGNORECASE)),
    ("month days", re.compile(rf"\bfrom\s+{_MONTH}\s+{_DAYS_IN_WORDS}\b(?!\s*,?\s*(?:19|20)\d\d)", re.IGNORECASE)),
    ("month days, year", re.compile(rf"\b{_MONTH}\s+{_DAYS},?\s+{_YEAR}\b", re.IGNORECASE)),
    ("days month", re.compile(rf"\b{_DAYS}\s+(?:of\s+)?{_MONTH}\b(?!,?\s*(?:19|20)\d\d)", re.IGNORECASE)),
    ("month days", re.compile(rf"\b{_MONTH}\s+{_DAYS}\b(?!\s*,?\s*(?:19|20)\d\d)", re.IGNORECASE)),
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")),
    ("numeric", re.compile(r"\b(?P<day>[0-3]?\d)[./](?P<month>[01]?\d)[./](?P<year>(?:19|20)\d\d)\b")),
    ("month day, year", re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE)),
    ("day month year", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE)),
    ("month year", re.compile(rf"\b{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE)),
    ("month day", re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?!\s*,?\s*(?:19|20)\d\d)", re.IGNORECASE)),
    ("day month", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}\b(?!,?\s*(?:19|20)\d\d)", re.IGNORECASE)),
    ("last month", re.compile(rf"\blast\s+{_MONTH}\b(?!\s*\d)", re.IGNORECASE)),  # "last September": the latest before the report's month
    ("month", re.compile(rf"\b(?:in|during|since|until|by|at\s+the\s+(?:end|beginning|start)\s+of|{_SCHEDULED}for)\s+(?:early\s+|mid-?\s*|late\s+|the\s+end\s+of\s+|the\s+beginning\s+of\s+)?{_MONTH}\b(?!\s*\d)", re.IGNORECASE)),
    ("relative week", re.compile(r"\b(?P<which>last|this|next|earlier this|later this)\s+week\b", re.IGNORECASE)),
    ("relative month", re.compile(r"\b(?P<which>earlier this|later this|this|last|next|the previous|the past)\s+month\b", re.IGNORECASE)),
    ("relative year", re.compile(r"\b(?P<which>earlier this|later this|this|last|next|the previous|the past)\s+year\b", re.IGNORECASE)),
    # "on Thursday and Friday", "from Monday to Wednesday": the days from the first to the second
    ("weekdays", re.compile(r"\b(?:(?P<which>last|next|this)\s+)?(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(?:and|to|through|till|until|[-–])\s+"
                            r"(?P<weekday2>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.IGNORECASE)),
    ("weekday", re.compile(r"\b(?:(?P<which>last|next|this)\s+)?(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.IGNORECASE)),
    # ("this morning", "this afternoon", "tonight": the report's day)
    ("relative day", re.compile(r"\b(?P<which>yesterday|today|tomorrow|this\s+(?:morning|afternoon|evening)|tonight)\b", re.IGNORECASE)),
    # (not a quantity: "2000 MW", "2030 tonnes", "2025 km")
    ("year", re.compile(r"(?<![\d-])(?P<year>(?:19|20)\d\d)(?![\d-])(?!\s*(?:[kMGT]Wh?|km|kV|tons?|tonnes?|bcm|megawatts?|gigawatts?|kilomet|hectares?|"
                        r"barrels?|cubic|m3|people|units|jobs|percent)\b|\s*%)")),
]

# Someone's words in quotation marks: their "today" is the day they spoke, not the report's.
QUOTATION = re.compile(r"[“«\"][^”»\"]{1,600}[”»\"]")
# A year that is part of a name, after its word: "Saudi Vision 2030", "Agenda 2030", "Expo 2027".
NAMED_YEAR = re.compile(r"\b(?:Vision|Agenda|Strategy|Expo|EXPO|Programme|Program|Plan|Goals?)\s*[-–]?\s*$")
# The start of what a document provides for: "to supply gas starting on March 1", "effective from 1 January".
PERIOD_START = re.compile(r"\b(?:starting|beginning|commencing|effective)(?:\s+(?:on|from|in))?\s+$|\bas\s+of\s+$", re.IGNORECASE)
PERIOD_END = re.compile(rf"\b(?:through|until|till|up to|by|to|{_NOT_SCHEDULED}for)\s+(?:the\s+(?:end|year)\s+of\s+)?$|\d\s*[-–−]\s*$", re.IGNORECASE)  # not "(Khovar) – Today"; "2024−2026" with a minus sign too


@dataclass(frozen=True)
class DateInText:
    """A date found in a sentence: its value at the text's precision, and the words it came from."""

    date: PartialDate
    text: str
    start: int
    relative: bool  # resolved against the publication date


def dates_in(sentence: str, published: PartialDate | None) -> list[DateInText]:
    """Every date the sentence states, in reading order. Relative dates ("on Thursday", "last month")
    need the publication date; without it, or when it is too coarse, they are left out."""
    found: list[DateInText] = []
    taken: list[tuple[int, int]] = []
    quoted = [m.span() for m in QUOTATION.finditer(sentence)]
    for form, pattern in PATTERNS:
        for match in pattern.finditer(sentence):
            if any(start < match.end() and match.start() < end for start, end in taken):
                continue
            if form not in _ABSOLUTE and any(start <= match.start() < end for start, end in quoted):
                continue  # '"Today we signed the final protocol," he said': the day he spoke, which the report does not give
            # "signed on Monday" looks back even where another clause says "will"; "will meet on Monday" looks ahead.
            date = _resolve_in(form, match, published, clause_future(sentence, match.start(), match.end()))
            which_year = re.match(r",?\s+(?:of\s+)?(?P<which>last|the previous|next|this)\s+year\b", sentence[match.end():], re.IGNORECASE) \
                if form in ("month day", "day month", "month", "days month", "month days") else None
            if date is not None and published is not None and which_year and date.month is not None:
                # "on July 29 of last year", "in October last year", "in March next year": that month of that year
                # ("On May 31 this year", in a report dated a day before: that day of the report's year, not of the year before)
                year = published.year + {"next": 1, "this": 0}.get(which_year.group("which").lower(), -1)
                date = of_year(date, year)
                taken.append((match.end(), match.end() + which_year.end()))  # (no year of its own)
            in_year = re.match(r",?\s+(?:in|of)\s+(?P<year>(?:19|20)\d{2})\b", sentence[match.end():]) \
                if form in ("month day", "day month", "days month", "month days") else None
            if date is not None and in_year and date.month is not None:
                # "on July 18-19 in 2018": those days of that year, not of the report's
                date = of_year(date, int(in_year.group("year")))
                taken.append((match.end(), match.end() + in_year.end()))  # (no year of its own)
            if date is None:
                continue
            if PERIOD_END.search(sentence[:match.start()]) or PERIOD_START.search(sentence[:match.start()]):
                taken.append((match.start(), match.end()))  # (nor is its year one: "through March 2030")
                continue  # "through 2030", "for 2026-2027", "starting on March 1": a period's end or start, not a date of the event
            if form == "year" and NAMED_YEAR.search(sentence[:match.start()]):
                continue  # "Saudi Vision 2030", "Expo 2027": a name, not a date
            taken.append((match.start(), match.end()))
            found.append(DateInText(date, match.group(0), match.start(), form not in _ABSOLUTE))
    # "On Thursday, 14 July 2022": the weekday names the day the date after it states, and is no date of its own.
    found = [d for d in found if not (d.relative and any(not o.relative and 0 <= o.start - (d.start + len(d.text)) <= 3 for o in found))]
    return sorted(found, key=lambda d: d.start)


def weekday_near(published_day: dt.date, wanted: int, future: bool, which: str = "") -> dt.date:
    """The day of the week `wanted` (Monday 0) a report of `published_day` means: the last such day up to it, or the next
    from it where the sentence tells of what is to come ("is expected to arrive on Saturday" in a Saturday's report: that
    day); "next" is a week on, "last" a week back from the same weekday."""
    if future or which == "next":
        step = (wanted - published_day.weekday()) % 7 or (7 if which == "next" else 0)
        return published_day + dt.timedelta(days=step)
    step = (published_day.weekday() - wanted) % 7
    if which == "last" and step == 0:
        step = 7
    return published_day - dt.timedelta(days=step)


def day_of_span(span: PartialDate, nth: int | None) -> PartialDate | None:
    """The day of a span of days at its place in it (0 its first, 1 its second; None its last), or None where the span is
    not one of days or has no such day."""
    if not span.is_range or span.first().precision != "day" or span.last().precision != "day":
        return None
    day = span.last().earliest() if nth is None else span.first().earliest() + dt.timedelta(days=nth)
    return PartialDate(day.year, day.month, day.day) if day <= span.last().earliest() else None


def of_year(date: PartialDate, year: int) -> PartialDate:
    """The same day or days of the month (or the month) in the year given."""
    return PartialDate.span(PartialDate(year, date.month, date.day), PartialDate(year, date.end.month, date.end.day) if date.end else None)


def _resolve_in(form: str, match: re.Match[str], published: PartialDate | None, future: bool) -> PartialDate | None:
    """The date, read against a publication date that may be a range. A copy that shows none is dated from the last day it
    reports to the day it was read (the coverage rule, docs/coverage.md): a past day or month without its year is read back
    from the range's first day; "yesterday", "on Monday" or a day to come are unknown days then."""
    if published is None or form in _ABSOLUTE or not published.is_range:
        return _resolve(form, match, published, future)
    if future or form not in ("days month", "month days", "month day", "day month", "month"):
        return None
    first = published.earliest()
    return _resolve(form, match, PartialDate(first.year, first.month, first.day), False)


_DAY_RANGES = {"days month year": "day month year", "month days, year": "month day, year", "days month": "day month",
               "month days": "month day"}
_ABSOLUTE = {"iso", "numeric", "month day, year", "day month year", "days month year", "month days, year", "month year", "year"}


def _resolve(form: str, match: re.Match[str], published: PartialDate | None, future: bool) -> PartialDate | None:
    groups = match.groupdict()
    try:
        if form in _DAY_RANGES:  # a range of days in one month: "14–15 May 2023", "May 14–15"
            first = _resolve(_DAY_RANGES[form], match, published, future)
            if first is None:
                return None
            last = _date(first.year, first.month or 1, int(groups["day2"]))
            return PartialDate.span(first, last) if last.earliest() > first.earliest() else None
        if form == "across months":
            first = _date(int(groups["year"]), _month(groups["month"]), int(groups["day"])) if groups.get("year") else \
                _resolve("month day", match, published, future)
            if first is None:
                return None
            second = _month(groups["month2"])
            last = _date(first.year + (second < (first.month or 1)), second, int(groups["day2"]))  # "Dec. 30 to Jan. 2": into the next year
            return PartialDate.span(first, last) if last.earliest() > first.earliest() else None
        if form in ("iso", "numeric", "month day, year", "day month year"):
            return _date(int(groups["year"]), _month(groups["month"]), int(groups["day"]))
        if form == "month year":
            return PartialDate(int(groups["year"]), _month(groups["month"]))
        if form == "year":
            return PartialDate(int(groups["year"]))
        if form in ("month day", "day month"):
            if published is None:
                return None
            month, day = _month(groups["month"]), int(groups["day"])
            year = published.year
            close = published.month is not None and published.day is not None and 1 <= day <= calendar.monthrange(year, month)[1] \
                and 0 < (dt.date(year, month, day) - dt.date(year, published.month, published.day)).days <= 2
            if published.month and not future and (month, day) > (published.month, published.day or 31) and not close:
                # a past day later in the year than the article: last year's (not a day or two after the report's own date,
                # which a copy dated a day early gives: "On December 2 …" in a report of December 1 is not of last year)
                year -= 1
            elif published.month and future and (month, day) < (published.month, published.day or 1):
                year += 1
            return _date(year, month, day)
        if form == "month":
            if published is None or published.month is None:
                return None
            month = _month(groups["month"])
            year = published.year
            if not future and month > published.month:
                year -= 1  # "in March" in an article of February: last year's March
            elif future and month < published.month:
                year += 1
            return PartialDate(year, month)
        if form == "last month":
            if published is None or published.month is None:
                return None
            month = _month(groups["month"])
            return PartialDate(published.year if month < published.month else published.year - 1, month)
        if form == "relative week":
            if published is None or published.day is None:
                return None
            which = groups["which"].lower()
            published_day = published.earliest()
            start = published_day - dt.timedelta(days=published_day.weekday()) + dt.timedelta(weeks={"last": -1, "next": 1}.get(which, 0))
            end = start + dt.timedelta(days=6)
            if start.month == end.month:
                return PartialDate(start.year, start.month)  # a week inside one month: that month
            return PartialDate(start.year) if start.year == end.year else None
        if form == "relative month":
            if published is None or published.month is None:
                return None
            which = groups["which"].lower()
            shift = -1 if which in ("last", "the previous", "the past") else 1 if which == "next" else 0
            year, month = divmod(published.year * 12 + published.month - 1 + shift, 12)
            return PartialDate(year, month + 1)
        if form == "relative year":
            if published is None:
                return None
            which = groups["which"].lower()
            shift = -1 if which in ("last", "the previous", "the past") else 1 if which == "next" else 0
            return PartialDate(published.year + shift)
        if form == "weekdays":
            first = _resolve("weekday", match, published, future)
            if first is None:
                return None
            days = (WEEKDAYS[groups["weekday2"].lower()] - WEEKDAYS[groups["weekday"].lower()]) % 7
            end_day = first.earliest() + dt.timedelta(days=days)
            return PartialDate.span(first, PartialDate(end_day.year, end_day.month, end_day.day)) if days else None
        if form == "weekday":
            if published is None or published.day is None:
                return None
            target = weekday_near(published.earliest(), WEEKDAYS[groups["weekday"].lower()], future, (groups.get("which") or "").lower())
            return PartialDate(target.year, target.month, target.day)
        if form == "relative day":
            if published is None or published.day is None:
                return None
            shift = {"yesterday": -1, "tomorrow": 1}.get(groups["which"].lower(), 0)  # today, this morning, tonight
            target = published.earliest() + dt.timedelta(days=shift)
            return PartialDate(target.year, target.month, target.day)
    except ValueError:
        return None  # "February 30": not a date
    return None


def _month(text: str) -> int:
    value = text.lower().rstrip(".")
    if value.isdigit():
        number = int(value)
        if not 1 <= number <= 12:
            raise ValueError(f"no month {number}")
        return number
    return MONTHS[value]


def _date(year: int, month: int, day: int) -> PartialDate:
    return PartialDate.parse(f"{year:04d}-{month:02d}-{day:02d}")


def is_future(sentence: str) -> bool:
    """Whether the sentence speaks of a plan ("will be signed", "is expected to", "to be held")."""
    return bool(FUTURE.search(sentence))
