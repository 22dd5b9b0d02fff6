"""Countries side by side (the compare page): agreements by year, kind, sector, status and what was reported after the
signing, main partners, first and latest signing, and what they signed together.

Computed from the explorer's rows (accords.explorer), the data the page's script reads too, so that the table built
without a script (for `default_pair`) and the one the script draws for any choice of two to four countries hold the same
figures. docs/assets/tracker.js repeats `compare` line by line; tests/test_browser.py checks that the two agree.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

MOST = 4  # countries at once
PARTNERS = 5  # main partners listed for each
NOT_STATED = "sector not stated"
UNDATED = "date not stated"


@dataclass(frozen=True)
class Comparison:
    subjects: tuple[str, ...]  # country codes, as the explorer's rows give them
    rows: tuple[tuple[str, str, tuple[str, ...]], ...]  # (section, label, one cell per subject)
    together: tuple[dict[str, Any], ...]  # the explorer's rows of the agreements every subject is a party to, newest first


def default_pair(rows: list[dict[str, Any]], names: dict[str, str]) -> tuple[str, ...]:
    """The countries shown without a script: the two with most agreements in the data, by name."""
    counts = Counter(c for r in rows for c in r["countries"])
    top = sorted(counts, key=lambda c: (-counts[c], c))[:2]
    return tuple(sorted(top, key=lambda c: names.get(c, c)))


def compare(rows: list[dict[str, Any]], subjects: tuple[str, ...], names: dict[str, str]) -> Comparison:
    """The figures of each subject (a country code) among `rows` (the explorer's, newest first); `names` gives a
    country's or a sector's name by its code or id."""
    of = {s: [r for r in rows if s in r["countries"]] for s in subjects}
    table: list[tuple[str, str, tuple[str, ...]]] = [("Agreements", "All", tuple(str(len(of[s])) for s in subjects))]
    dated = {s: [r for r in of[s] if r["date"]] for s in subjects}
    table.append(("Agreements", "First signing", tuple(dated[s][-1]["dateText"] if dated[s] else "—" for s in subjects)))
    table.append(("Agreements", "Latest signing", tuple(dated[s][0]["dateText"] if dated[s] else "—" for s in subjects)))

    def section(title: str, values: Callable[[dict[str, Any]], list[str]], first: Callable[[str, int], tuple[Any, ...]]) -> None:
        """A row for each value some subject's rows have, in the order `first` gives (value, its total)."""
        counts = {s: Counter(v for r in of[s] for v in values(r)) for s in subjects}
        total = sum((counts[s] for s in subjects), Counter())
        for key in sorted(total, key=lambda k: first(k, total[k])):
            table.append((title, names.get(key, key), tuple(str(counts[s][key]) for s in subjects)))

    def most_first(key: str, total: int) -> tuple[Any, ...]:
        return (key in (UNDATED, NOT_STATED), -total, names.get(key, key))

    section("By year", lambda r: [r["date"][:4] if r["date"] else UNDATED], lambda key, _: (key == UNDATED, key))
    section("By kind", lambda r: [r["kind"]], most_first)
    section("By sector", lambda r: r["sectors"] or [NOT_STATED], most_first)
    section("By status", lambda r: [r["status"]], most_first)
    section("After signing", lambda r: [r["after"]] if r.get("after") else [], most_first)
    partners = []
    for s in subjects:
        counts = Counter(c for r in of[s] for c in r["countries"] if c != s)
        top = sorted(counts.items(), key=lambda item: (-item[1], names.get(item[0], item[0])))[:PARTNERS]
        partners.append(", ".join(f"{names.get(c, c)} ({n})" for c, n in top) or "—")
    table.append(("Partners", "Main partners", tuple(partners)))
    together = tuple(r for r in rows if all(s in r["countries"] for s in subjects))
    return Comparison(subjects, tuple(table), together)
