"""The ordered lists pages show (`tracker.lists` in layouts): records by date or name, the items of
each page of a paginated listing, the timeline by year and month, and the coverage counts. Each list is
computed once per Dataset (`Lists.of`): a Dataset never changes, and the pages, the view and a quick
rebuild's comparison with the previous data all ask for the same lists.
"""

from __future__ import annotations

import calendar
import itertools
import weakref
from collections import Counter
from collections.abc import Callable, Mapping
from typing import Any

from .addresses import PAGINATED
from .dataset import Dataset, TimelineEntry
from .history import FileHistory
from .kinds import KIND_NAMED, KIND_OF_COLLECTION
from .model import Agreement, Country, Event, Gap, ReportOutcome, Search, Source, TopicKind

LEDGER_FROM = 2022  # the first year the coverage ledger searches (the pairs' table counts from it)

TimelineGroups = list[tuple[int, list[tuple[str | None, list[TimelineEntry]]]]]


_LISTS_OF: weakref.WeakKeyDictionary[Dataset, Lists] = weakref.WeakKeyDictionary()


class Lists:
    def __init__(self, dataset: Dataset, histories: Mapping[str, FileHistory] | None = None):
        self.data = dataset
        self.histories = histories if histories is not None else {}  # repository path -> git dates (accords.history), for the recent changes
        self._cache: dict[tuple[str, Any], Any] = {}

    @classmethod
    def of(cls, dataset: Dataset, histories: Mapping[str, FileHistory] | None = None) -> Lists:
        """The lists of `dataset`, made once for as long as the Dataset lives (again if other git dates are given)."""
        lists = _LISTS_OF.get(dataset)
        if lists is None or (histories is not None and histories is not lists.histories):
            lists = _LISTS_OF[dataset] = cls(dataset, histories)
        return lists

    def _once(self, key: tuple[str, Any], compute: Callable[[], Any]) -> Any:
        if key not in self._cache:
            self._cache[key] = compute()
        return self._cache[key]

    # --- Records in the order pages list them ----------------------------------------------------

    def records(self, collection: str) -> list[str]:
        """Every record of a collection in its listing's order (accords.kinds: by date, name or publication)."""
        kind = KIND_OF_COLLECTION[collection]
        order = kind.listing.order if kind.listing else "name"
        return list(self._once(("records", collection), lambda: tuple(self.data.in_order(self.data.ids_of_type(kind.cls), order))))

    def agreements(self) -> list[str]:
        """Newest first."""
        return self.records("agreements")

    def countries(self) -> list[str]:
        return self.records("countries")

    def actors(self, kind: str | None = None) -> list[str]:
        """By name; with `kind`, only actors of that kind ('person')."""
        return [i for i in self.records("actors") if kind is None or self.data.kind(i) == kind]

    def events(self) -> list[str]:
        return self.records("events")

    def projects(self) -> list[str]:
        return self.records("projects")

    def terms(self) -> list[str]:
        return self.records("glossary")

    def topics(self, kind: str) -> list[str]:
        return self.data.topics(TopicKind(kind))

    def sources(self) -> list[str]:
        return self.records("sources")

    def changes(self) -> list[str]:
        """Records whose file is committed, the most recently changed first (then the most recently added)."""
        def compute() -> tuple[str, ...]:
            dated = [(h.changed, h.added, i) for i in self.data.records if (h := self.histories.get(self.data.data_path(i)))]
            return tuple(i for _, _, i in sorted(dated, reverse=True))
        return list(self._once(("changes", None), compute))

    def history(self, record_id: str) -> FileHistory | None:
        return self.histories.get(self.data.data_path(record_id))

    def by_kind(self, record_ids: list[str], collection: str = "actors") -> list[tuple[str, list[str]]]:
        """Records grouped under their kinds' plural headings ('Government bodies'), in the registry's order,
        leaving out empty groups."""
        groups = []
        for kind, kind_name in KIND_OF_COLLECTION[collection].kinds.items():
            ids = [i for i in record_ids if self.data.kind(i) == kind]
            if ids:
                groups.append((kind_name.plural, ids))
        return groups

    def actors_by_kind(self, actor_ids: list[str]) -> list[tuple[str, list[str]]]:
        return self.by_kind(actor_ids, "actors")

    def first(self, ids: list[str], limit: int) -> list[str]:
        """At most `limit` records; the page links to the full list."""
        return ids[:limit]

    def example_id(self, kind: str) -> str | None:
        """The newest record of a kind ('agreement'): the open-data page's example."""
        ids = self.data.ids_of_type(KIND_NAMED[kind].cls)
        return self.data.by_date(ids)[0] if ids else None

    # --- Pagination ---------------------------------------------------------------------------------

    def listing(self, listed: str) -> list[str]:
        """Everything a paginated listing page lists, in its order: a collection's records, or the changes."""
        return self.changes() if listed == "changes" else self.records(listed)

    def page_items(self, listing_path: str, number: int) -> list[str]:
        kind, size = PAGINATED[listing_path]
        return self.listing(kind)[(number - 1) * size:number * size]

    # --- Timeline -----------------------------------------------------------------------------------

    def timeline_years(self) -> list[int]:
        """Years with entries, newest first; 0 stands for undated entries."""
        return list(self._once(("timeline_years", None), lambda: tuple(dict.fromkeys(e.date.year if e.date else 0 for e in self.data.timeline()))))

    def timeline_groups(self, year: int | None = None, limit: int | None = None) -> TimelineGroups:
        """Timeline entries by year, then by month ('June 2025'); month None for year-only dates.

        With `year`, only that year (0: undated); with `limit`, only the newest entries. Undated
        records come last under the year 0 heading, which the layout shows as 'Date not stated'.
        """
        entries = self.data.timeline()
        if year is not None:
            entries = [e for e in entries if (e.date.year if e.date else 0) == year]
        if limit is not None:
            entries = entries[:limit]
        years: dict[int, dict[str | None, list[TimelineEntry]]] = {}
        for entry in entries:
            entry_year = entry.date.year if entry.date else 0
            month = f"{calendar.month_name[entry.date.month]} {entry_year}" if entry.date and entry.date.month else None
            years.setdefault(entry_year, {}).setdefault(month, []).append(entry)
        return [(entry_year, list(months.items())) for entry_year, months in years.items()]

    # --- Coverage -----------------------------------------------------------------------------------

    def coverage(self) -> dict[str, Any]:
        """What the data covers, counted from the records: the period of the agreements' dates, and
        agreements by country, year, kind and sector, events by status, sources by publisher."""
        def compute() -> dict[str, Any]:
            agreements = self.data.ids_of_type(Agreement)
            dates = [self.data.date_of(i)[0] for i in agreements]
            years = Counter(d.year if d else None for d in dates)
            kinds = Counter(self.data.get(i).kind.value for i in agreements)
            sectors = Counter(s for i in agreements for s in self.data.get(i).sectors)
            known = [d for d in dates if d]
            publishers = Counter(self.data.get(i).publisher for i in self.data.ids_of_type(Source))
            events = [self.data.get(i) for i in self.data.ids_of_type(Event)]
            return {
                "first": min(known, key=lambda d: d.sort_key()) if known else None,
                "last": max(known, key=lambda d: d.sort_key()) if known else None,
                "undated": years.get(None, 0),
                "agreements": len(agreements),
                "countries": sorted(((c, len(self.data.agreements_of(c))) for c in self.data.ids_of_type(Country)),
                                    key=lambda pair: (-pair[1], self.data.name(pair[0]))),
                "years": sorted(((y, n) for y, n in years.items() if y is not None), reverse=True),
                "kinds": sorted(kinds.items(), key=lambda pair: (-pair[1], pair[0])),
                "sectors": sorted(sectors.items(), key=lambda pair: (-pair[1], self.data.name(pair[0]))),
                "events_held": sum(1 for e in events if e.status.value == "held"),
                "events_planned": sum(1 for e in events if e.status.value == "planned"),
                "publishers": sorted(publishers.items(), key=lambda pair: (-pair[1], self.data.name(pair[0]).casefold(), pair[0])),
            }
        return dict(self._once(("coverage", None), compute))

    # --- The coverage ledger ------------------------------------------------------------------------

    def ledger(self) -> dict[str, Any]:
        """What the searches of the ledger found: how many searches and reports, the reports by outcome, the
        sources used, and the drafting tool's summed tally on the reports used (documents and events: right,
        missed, wrong)."""
        def compute() -> dict[str, Any]:
            searches = [self.data.get(i) for i in self.data.ids_of_type(Search)]
            reports = [r for s in searches for r in s.reports]
            outcomes = Counter(r.outcome for r in reports)
            drafted = [r.drafted for r in reports if r.drafted]
            tally = {part: {field: sum(getattr(getattr(d, part), field) for d in drafted) for field in ("right", "missed", "wrong")}
                     for part in ("documents", "events")}
            return {
                "searches": len(searches),
                "reports": len(reports),
                "addresses": len({r.url for r in reports if r.url}),
                "outcomes": [(o, outcomes[o]) for o in ReportOutcome if outcomes[o]],
                "used": len({r.source for r in reports if r.outcome is ReportOutcome.used}),
                "drafted": len(drafted),
                "tally": tally,
            }
        return dict(self._once(("ledger", None), compute))

    def pairs(self) -> list[dict[str, Any]]:
        """Each pair of countries that signed together or has a known gap: its agreements by year of signing from
        2022 (those of earlier years, and those without a year, apart), with the gaps known for the two of them, most
        agreements first. A pair counts every agreement whose countries include both, multilateral ones too."""
        def compute() -> list[dict[str, Any]]:
            counts: dict[tuple[str, str], Counter[int | None]] = {}
            for i in self.data.ids_of_type(Agreement):
                date, _ = self.data.date_of(i)
                for pair in itertools.combinations(sorted(self.data.countries_of_agreement(i)), 2):
                    counts.setdefault(pair, Counter())[date.year if date else None] += 1
            gaps: dict[tuple[str, str], list[str]] = {}
            for i in self.data.ids_of_type(Gap):
                countries = sorted(self.data.get(i).countries)
                if len(countries) == 2:  # a gap of a format of several countries is listed below the table, not under each pair
                    gaps.setdefault((countries[0], countries[1]), []).append(i)
            last = max([y for c in counts.values() for y in c if y is not None] + [self.data.get(i).year for i in self.data.ids_of_type(Gap)],
                       default=LEDGER_FROM)
            rows = []
            for pair in counts.keys() | gaps.keys():
                by_year = counts.get(pair, Counter())
                its_gaps = sorted(gaps.get(pair, []), key=lambda g: (self.data.get(g).year, g))
                first_of_year: dict[int, str] = {}
                for gap in its_gaps:
                    first_of_year.setdefault(self.data.get(gap).year, gap)
                rows.append({"countries": pair, "total": sum(by_year.values()),
                             "years": [(y, by_year[y]) for y in range(LEDGER_FROM, last + 1)],
                             "earlier": sum(n for y, n in by_year.items() if y is not None and y < LEDGER_FROM),
                             "undated": by_year[None], "gaps": its_gaps,
                             "gap_years": list(first_of_year.items())})  # each year once, linked to its first gap
            return sorted(rows, key=lambda r: (-r["total"], [self.data.name(c) for c in r["countries"]]))
        return list(self._once(("pairs", None), compute))

