"""Problems found in the data: values with a place (file, line, column, field) and a hint."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    path: str
    message: str
    line: int | None = None
    column: int | None = None
    field: str | None = None
    hint: str | None = None
    severity: str = "error"

    def __str__(self) -> str:
        place = self.path
        if self.line is not None:
            place += f":{self.line}"
            if self.column is not None:
                place += f":{self.column}"
        text = f"{place}: "
        if self.severity != "error":
            text += f"{self.severity}: "
        if self.field:
            text += f"{self.field}: "
        text += self.message
        if self.hint:
            text += f" — {self.hint}"
        return text

    def github(self) -> str:
        """A GitHub Actions workflow command, shown on the changed line of a pull request."""
        properties = [f"file={_escape_property(self.path)}"]
        if self.line is not None:
            properties.append(f"line={self.line}")
            if self.column is not None:
                properties.append(f"col={self.column}")
        if self.field:
            properties.append(f"title={_escape_property(self.field)}")
        message = self.message + (f" — {self.hint}" if self.hint else "")
        return f"::{self.severity} {','.join(properties)}::{_escape_data(message)}"

    def sort_key(self) -> tuple[str, int, int]:
        return (self.path, self.line or 0, self.column or 0)


class DataError(Exception):
    """Raised with every problem found, so that one run reports all of them."""

    def __init__(self, problems: Sequence[Problem]):
        self.problems = sorted(problems, key=Problem.sort_key)
        count = len(self.problems)
        lines = [f"{count} problem{'s' if count != 1 else ''} in the data:"]
        lines += [f"  {p}" for p in self.problems]
        super().__init__("\n".join(lines))


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def format_field(loc: Iterable[str | int]) -> str:
    """('signatories', 0, 'person') -> 'signatories[0].person'."""
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text


def did_you_mean(value: str, choices: Iterable[str]) -> str | None:
    matches = difflib.get_close_matches(str(value), list(choices), n=1, cutoff=0.6)
    return f"did you mean '{matches[0]}'?" if matches else None
