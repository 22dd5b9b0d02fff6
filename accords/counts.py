"""Counts as exact as the source: `14`, or `at least 13` where the source's list breaks off or says "more than"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from pydantic import GetCoreSchemaHandler, GetJsonSchemaHandler
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import core_schema

_AT_LEAST = re.compile(r"^at least ([0-9]+)$")
HINT = "write a whole number (14), or 'at least 13' where the source does not give the exact count"


@dataclass(frozen=True)
class Count:
    """A number of things; `at_least` when the source gives only a lower bound."""

    number: int
    at_least: bool = False

    @classmethod
    def parse(cls, value: Any) -> Count:
        if isinstance(value, Count):
            return value
        if isinstance(value, int) and not isinstance(value, bool):
            if value < 1:
                raise ValueError(f"{value} is not a count; {HINT}")
            return cls(value)
        if isinstance(value, str) and (match := _AT_LEAST.match(value.strip())) and int(match.group(1)) >= 1:
            return cls(int(match.group(1)), at_least=True)
        raise ValueError(f"{value!r} is not a count; {HINT}")

    def __str__(self) -> str:
        return f"at least {self.number}" if self.at_least else str(self.number)

    def to_json(self) -> int | str:
        """An exact count as a number, a lower bound as its words."""
        return str(self) if self.at_least else self.number

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler) -> core_schema.CoreSchema:
        return core_schema.no_info_plain_validator_function(
            cls.parse, serialization=core_schema.plain_serializer_function_ser_schema(lambda c: c.to_json()))

    @classmethod
    def __get_pydantic_json_schema__(cls, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler) -> JsonSchemaValue:
        return {"oneOf": [{"type": "integer", "minimum": 1}, {"type": "string", "pattern": _AT_LEAST.pattern}],
                "description": "A count: a whole number, or 'at least N' where the source gives no exact count.",
                "examples": [14, "at least 13"]}
