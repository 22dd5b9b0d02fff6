"""Partial dates: `2026`, `2025-06` or `2025-12-11`, kept at exactly the precision the source gives, and ranges of
them (`2023-05-18/2023-05-19`, ISO 8601's interval) where the source gives a span and no single day."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from pydantic import GetCoreSchemaHandler, GetJsonSchemaHandler
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import core_schema

PARTIAL_DATE_PATTERN = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"
_PARTIAL_DATE = re.compile(PARTIAL_DATE_PATTERN)
FORMAT_HINT = ("write YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2026, 2025-06 or 2025-12-11, or a range of two such dates "
               "joined by /, e.g. 2023-05-18/2023-05-19")
RANGE_PATTERN = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?(/[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)?$"


@dataclass(frozen=True, order=False)
class PartialDate:
    """A calendar date known to the year, the month or the day; nothing is padded. With `end`, a range: the
    document or event falls somewhere from the first date to the last (`year`, `month` and `day` are the first's)."""

    year: int
    month: int | None = None
    day: int | None = None
    end: PartialDate | None = None

    @classmethod
    def parse(cls, value: Any) -> PartialDate:
        if isinstance(value, PartialDate):
            return value
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            raise ValueError(f"expected a date as text, got {type(value).__name__}; {FORMAT_HINT}")
        text = str(value).strip()
        if "/" in text:
            return cls._parse_range(text)
        if not _PARTIAL_DATE.match(text):
            raise ValueError(f"'{text}' is not a date; {FORMAT_HINT}")
        parts = [int(p) for p in text.split("-")]
        year = parts[0]
        month = parts[1] if len(parts) > 1 else None
        day = parts[2] if len(parts) > 2 else None
        if month is not None and not 1 <= month <= 12:
            raise ValueError(f"'{text}' has no month {month:02d}; months run 01 to 12")
        if day is not None and month is not None:
            last = calendar.monthrange(year, month)[1]
            if not 1 <= day <= last:
                raise ValueError(
                    f"'{text}' is not a real date: {calendar.month_name[month]} {year} has {last} days"
                )
        return cls(year, month, day)

    @classmethod
    def _parse_range(cls, text: str) -> PartialDate:
        first, _, last = text.partition("/")
        if "/" in last or not (_PARTIAL_DATE.match(first) and _PARTIAL_DATE.match(last)):
            raise ValueError(f"'{text}' is not a range of dates; {FORMAT_HINT}")
        start, end = cls.parse(first), cls.parse(last)
        if end.earliest() <= start.latest():
            raise ValueError(f"'{text}' is not a range: {last} must come after {first} (a single date is written alone)")
        return cls(start.year, start.month, start.day, end)

    @classmethod
    def span(cls, start: PartialDate, end: PartialDate | None) -> PartialDate:
        """The range from `start` to `end` (an event's first and last day); `start` alone if there is no later `end`."""
        if end is None or start.is_range or end.first().earliest() <= start.latest():
            return start
        return cls(start.year, start.month, start.day, end.first())

    def first(self) -> PartialDate:
        """The date, or a range's first date."""
        return PartialDate(self.year, self.month, self.day) if self.end else self

    def last(self) -> PartialDate:
        """The date, or a range's last date."""
        return self.end or self

    @property
    def is_range(self) -> bool:
        return self.end is not None

    @property
    def precision(self) -> str:
        return "day" if self.day else "month" if self.month else "year"

    def __str__(self) -> str:
        """ISO 8601 at the known precision (a range as an interval, `2023-05-18/2023-05-19`). A single date is
        also valid in HTML `<time datetime>`; a range is not (`accords.render.date_html` writes one per end)."""
        if self.end:
            return f"{self.first()}/{self.end}"
        text = f"{self.year:04d}"
        if self.month:
            text += f"-{self.month:02d}"
        if self.day:
            text += f"-{self.day:02d}"
        return text

    def display(self) -> str:
        """Reader-facing text: `2026`, `June 2025`, `11 December 2025`, `18–19 May 2023`, `30 May – 2 June 2023`."""
        if self.end:
            start, end = self.display_ends()
            return f"{start}–{end}" if " " not in start else f"{start} – {end}"
        if self.day and self.month:
            return f"{self.day} {calendar.month_name[self.month]} {self.year}"
        if self.month:
            return f"{calendar.month_name[self.month]} {self.year}"
        return str(self.year)

    def display_ends(self) -> tuple[str, str]:
        """A range's two ends as a reader reads them, with what they share said once: ('18', '19 May 2023'),
        ('30 May', '2 June 2023'), ('May 2023', 'June 2024')."""
        first, last = self.first(), self.last()
        start, end = first.display(), last.display()
        if first.precision == last.precision == "day" and first.year == last.year:
            start = f"{first.day}" if first.month == last.month else f"{first.day} {calendar.month_name[first.month or 1]}"
        elif first.precision == last.precision == "month" and first.year == last.year:
            start = calendar.month_name[first.month or 1]
        return start, end

    def earliest(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    def latest(self) -> dt.date:
        if self.end:
            return self.end.latest()
        month = self.month or 12
        return dt.date(self.year, month, self.day or calendar.monthrange(self.year, month)[1])

    def sort_key(self) -> tuple[int, int, int]:
        """Orders a less precise date before the more precise dates it contains."""
        return (self.year, self.month or 0, self.day or 0)

    def is_after(self, today: dt.date) -> bool:
        """True when every day this date could mean lies after `today`."""
        return self.earliest() > today

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler) -> core_schema.CoreSchema:
        return core_schema.no_info_plain_validator_function(
            cls.parse,
            serialization=core_schema.plain_serializer_function_ser_schema(str),
        )

    @classmethod
    def __get_pydantic_json_schema__(
        cls, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return {
            "type": "string",
            "pattern": RANGE_PATTERN,
            "description": "A date at the precision the source gives: YYYY, YYYY-MM or YYYY-MM-DD; or a range of two such "
                           "dates joined by / (ISO 8601), where the source gives a span and no single day.",
            "examples": ["2026", "2025-06", "2025-12-11", "2023-05-18/2023-05-19"],
        }
