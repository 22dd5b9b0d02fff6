"""Partial dates: `2026`, `2025-06` or `2025-12-11`, kept at exactly the precision the source gives."""

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
FORMAT_HINT = "write YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2026, 2025-06 or 2025-12-11"


@dataclass(frozen=True, order=False)
class PartialDate:
    """A calendar date known to the year, the month or the day; nothing is padded."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, value: Any) -> PartialDate:
        if isinstance(value, PartialDate):
            return value
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            raise ValueError(f"expected a date as text, got {type(value).__name__}; {FORMAT_HINT}")
        text = str(value).strip()
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

    @property
    def precision(self) -> str:
        return "day" if self.day else "month" if self.month else "year"

    def __str__(self) -> str:
        """ISO 8601 at the known precision, which is also valid in HTML `<time datetime>`."""
        text = f"{self.year:04d}"
        if self.month:
            text += f"-{self.month:02d}"
        if self.day:
            text += f"-{self.day:02d}"
        return text

    def display(self) -> str:
        """Reader-facing text: `2026`, `June 2025`, `11 December 2025`."""
        if self.day and self.month:
            return f"{self.day} {calendar.month_name[self.month]} {self.year}"
        if self.month:
            return f"{calendar.month_name[self.month]} {self.year}"
        return str(self.year)

    def earliest(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    def latest(self) -> dt.date:
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
            "pattern": PARTIAL_DATE_PATTERN,
            "description": "A date at the precision the source gives: YYYY, YYYY-MM or YYYY-MM-DD.",
            "examples": ["2026", "2025-06", "2025-12-11"],
        }
