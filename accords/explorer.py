"""The data the explorer's and the timeline's filters work on (`tracker.explorer` in layouts): the
choices each filter offers, what each timeline entry is matched on, and the explorer's data file.
"""

from __future__ import annotations

import json
from typing import Any

from . import compare, lifecycle
from .addresses import page_url, relative_url
from .dataset import Dataset
from .kinds import label as kind_label
from .lists import Lists
from .model import ACTOR_KINDS, Agreement, AgreementKind, AgreementStatus, Event, iter_references

# The explorer's columns a reader can choose (the agreement's title, its link, is always shown, after the date):
# (field, heading, shown at first). The script reads them from the form (partials/filters.md).
COLUMNS = (("date", "Date", True), ("kind", "Kind", True), ("parties", "Parties", True), ("countries", "Countries", False),
           ("sectors", "Sectors", False), ("minerals", "Minerals", False), ("status", "Status", True), ("after", "After signing", True))

# References through which a record names something other than who took part in it.
NOT_INVOLVED = ("sources", "distinct_from", "discussed")


class ExplorerData:
    def __init__(self, dataset: Dataset, lists: Lists):
        self.data = dataset
        self.lists = lists
        self._options: dict[str, list[tuple[str, str]]] | None = None
        self._afters: dict[str, str] = {}
        self._rows: list[dict[str, Any]] | None = None

    def columns(self) -> tuple[tuple[str, str, bool], ...]:
        return COLUMNS

    def network_json(self) -> str:
        """The network page's data file: for each agreement only what its filters and lines need (its countries' codes,
        its sectors, its year), by column like the explorer's, fetched once a filter is set. With the explorer's whole
        file (56 kB compressed), fetched on load, the page went over its 150 kB budget."""
        rows = self.rows()
        columns = {"countries": [r["countries"] for r in rows], "sectors": [r["sectors"] for r in rows],
                   "year": [int(r["date"][:4]) if r["date"] else 0 for r in rows]}
        return json.dumps({"columns": columns}, ensure_ascii=False, separators=(",", ":"))

    def names(self) -> dict[str, str]:
        """A country's name by its code, a sector's by its id: what the compare page's script shows for them."""
        options = self.filter_options()
        return dict(options["country"] + options["sector"])

    def names_json(self) -> str:
        """`names`, as JSON to place in a page's <script type="application/json">: "</" cannot end the element."""
        return json.dumps(self.names(), ensure_ascii=False, sort_keys=True, separators=(",", ":")).replace("</", "<\\/")

    def comparison(self) -> compare.Comparison:
        """The two countries with most agreements side by side, as the compare page shows them without a script."""
        rows, names = self.rows(), self.names()
        return compare.compare(rows, compare.default_pair(rows, names), names)

    def filter_options(self) -> dict[str, list[tuple[str, str]]]:
        """(value, label) choices for each filter, as the explorer and timeline forms offer them."""
        if self._options is None:
            self._options = self._filter_options()
        return {k: list(v) for k, v in self._options.items()}

    def _filter_options(self) -> dict[str, list[tuple[str, str]]]:
        d = self.data
        agreements = [d.get(i) for i in d.ids_of_type(Agreement)]
        countries = sorted({c for i in d.ids_of_type(Agreement) for c in d.countries_of_agreement(i)}, key=d.name)
        years = sorted({date.year for i in d.ids_of_type(Agreement) for date in [d.date_of(i)[0]] if date}, reverse=True)
        return {
            "country": [(d.get(c).iso2.lower(), d.name(c)) for c in countries],
            "sector": [(t, d.name(t)) for t in sorted({t for a in agreements for t in a.sectors}, key=d.name)],
            "mineral": [(t, d.name(t)) for t in sorted({t for a in agreements for t in a.minerals}, key=d.name)],
            "kind": [(k.value, k.value) for k in AgreementKind if any(a.kind is k for a in agreements)],
            "status": [(k.value, k.value) for k in AgreementStatus if any(a.status is k for a in agreements)],
            "year": [(str(y), str(y)) for y in years],
            "after": [(v, v) for v in lifecycle.SUMMARIES if any(self._after(i) == v for i in d.ids_of_type(Agreement))],
        }

    def _after(self, agreement_id: str) -> str:
        """What the steps after the signing add up to, where the agreement's page shows them (accords.lifecycle)."""
        if agreement_id not in self._afters:
            life = lifecycle.shown_of(self.data, self.data.get(agreement_id))
            self._afters[agreement_id] = lifecycle.summary(life) if life is not None else ""
        return self._afters[agreement_id]

    def timeline_facets(self, record_id: str) -> dict[str, Any]:
        """What the timeline's filters match an entry on, and what it is called there: an agreement by its own
        kind ('Memorandum of understanding'), an event as an event (its countries: those that took part or
        hosted), any other kind by its label (its countries: those of the actors it names)."""
        record = self.data.get(record_id)
        date, from_event = self.data.date_of(record_id)
        if isinstance(record, Agreement):
            countries = self.data.countries_of_agreement(record_id)
            kind, label = record.kind.value, record.kind.value
        elif isinstance(record, Event):
            involved = [record.country, *record.participants, *record.chairs]
            countries = list(dict.fromkeys(c for c in (self.data.country_of(i) for i in involved if i) if c))
            kind, label = "event", "event"
        else:
            named = [t for loc, t, ref in iter_references(record) if loc[0] not in NOT_INVOLVED and ref.kinds and ref.kinds <= ACTOR_KINDS]
            countries = list(dict.fromkeys(c for c in (self.data.country_of(i) for i in named) if c))
            kind, label = self.data.kind(record_id), kind_label(self.data.kind(record_id))
        status = getattr(getattr(record, "status", None), "value", "")
        return {
            "kind": kind,
            "label": label[:1].upper() + label[1:],
            "status": status,
            "planned": status == "planned",
            "countries": [self.data.get(c).iso2.lower() for c in countries],
            "sectors": list(getattr(record, "sectors", [])),
            "minerals": list(getattr(record, "minerals", [])),
            "year": date.year if date else "",
            "date": str(date) if date else "",
            "date_basis": "event" if from_event else "",  # an agreement dated by the event it was signed at
            "firsthand": self.data.firsthand(record_id),  # it cites an official or agency report
        }

    def rows(self) -> list[dict[str, Any]]:
        """One compact entry per agreement for the explorer's script (and the compare and network pages'). What the
        script can rebuild is left out: the page address (from the id) and the other names of the parties (`aka`).
        Made once: three files of a build are written from them."""
        if self._rows is None:
            self._rows = self._make_rows()
        return self._rows

    def _make_rows(self) -> list[dict[str, Any]]:
        rows = []
        for agreement_id in self.lists.agreements():
            a = self.data.get(agreement_id)
            date, from_event = self.data.date_of(agreement_id)
            countries = self.data.countries_of_agreement(agreement_id)
            also = [*a.aliases, *a.titles.values(), *(self.data.name(s.person) for s in a.signatories)]
            row = {
                "id": agreement_id,
                "title": a.title,
                "date": str(date) if date else "",
                "dateText": self._date_text(agreement_id),
                "kind": a.kind.value,
                "status": a.status.value,
                "parties": [self.data.name(p) for p in a.parties],
                "countries": [self.data.get(c).iso2.lower() for c in countries],
                "sectors": list(a.sectors),
                "minerals": list(a.minerals),
            }
            if self._after(agreement_id):
                row["after"] = self._after(agreement_id)  # ratified by some parties, in force, no report of ratification …
            if from_event:
                row["fromEvent"] = 1  # dated by the event it was signed at: the sources give no date of signing
            if self.data.firsthand(agreement_id):
                row["firsthand"] = 1  # it cites an official or agency report
            if also:
                row["also"] = " ".join(also)  # more words the text filter matches: aliases, titles, signatories
            rows.append(row)
        return rows

    def _date_text(self, agreement_id: str) -> str:
        """'18–19 May 2023, during the summit', '4 August 2022 (approved)', '2024-05' as a reader reads it."""
        date, from_event = self.data.date_of(agreement_id)
        if date is None:
            return "date not stated"
        if from_event:
            return f"{date.display()}, during {self.data.during(agreement_id)}"
        step = self.data.dating_step(agreement_id)
        return f"{date.display()} ({step.verb or step.status.value})" if step else date.display()

    def aka(self) -> dict[str, str]:
        """Party name -> its other names, once for all rows: "Turkey" finds the agreements of Türkiye."""
        parties = {p for i in self.data.ids_of_type(Agreement) for p in self.data.get(i).parties}
        return {self.data.name(p): " ".join(names) for p in sorted(parties) if (names := self.data.other_names(p))}

    def json(self) -> str:
        """The explorer's data file (compact, in a stable order). A row's page is `pages` + its id + "/",
        relative to the explorer. The rows are given by column, each field's values in the rows' order ("" or 0 where
        a row has none): the field names once, not on every row, and like values side by side, which compress best
        (at 977 agreements, 65.3 kB compressed as a list of rows with named fields, 56.0 kB by column; the explorer page had
        reached its 150 kB budget)."""
        pages = relative_url(page_url("explore.md"), "agreements/index.md")
        rows = self.rows()
        names = list(dict.fromkeys(key for row in rows for key in row))
        columns = {name: [row.get(name, 0 if name in ("fromEvent", "firsthand") else "") for row in rows] for name in names}
        data = {"pages": pages, "aka": self.aka(), "columns": columns}
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))

