"""The CSV tables (data/<table>.csv): one per kind of record, as its entry in `accords.kinds` declares it
(countries and actors share one), and the table of parts actors took in agreements. Each column is defined
once, as (column, getter, description): the same definition writes the header, the cells and the data
package's field descriptions. A column named after a model field takes the field's value and description.

Lists are joined with ';'; partial dates stay partial (2025-06).
"""

from __future__ import annotations

import csv
import functools
import io
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import Enum
from typing import Any, NamedTuple

from pydantic import BaseModel

from .. import lifecycle
from ..addresses import csv_path
from ..kinds import CsvTable, RecordKind, tables
from ..model import Agreement, field_shape
from .context import ExportContext, Output, iso2, joined, text


class RecordRow(NamedTuple):
    id: str
    record: Any


class PartyRow(NamedTuple):
    agreement_id: str
    actor_id: str
    actor_type: str
    role: str
    office: str = ""
    on_behalf_of: str = ""


@dataclass(frozen=True)
class Column:
    name: str
    get: Callable[[ExportContext, Any], str]
    description: str | None = None  # None: the description of the model's field of that name


@dataclass(frozen=True)
class Table:
    name: str
    title: str
    columns: tuple[Column, ...]
    rows: Callable[[ExportContext], Iterable[Any]]
    models: tuple[type[BaseModel], ...] = ()  # whose field descriptions the columns without their own take

    def header(self) -> list[str]:
        return [c.name for c in self.columns]

    def describe(self, column: Column) -> str:
        if column.description:
            return column.description
        for model in self.models:
            info = model.model_fields.get(column.name)
            if info is not None and info.description:
                return info.description
        return column.name.replace("_", " ").capitalize() + "."


# --- Columns -------------------------------------------------------------------------------------------


def field(name: str) -> Column:
    """A record's field as text (an allowed value by its name; nothing for None)."""
    def get(_: ExportContext, row: RecordRow) -> str:
        value = getattr(row.record, name, None)
        return text(value.value if isinstance(value, Enum) else value)
    return Column(name, get)


def listed(name: str) -> Column:
    return Column(name, lambda _, row: joined(getattr(row.record, name, [])))


def flag(name: str) -> Column:
    return Column(name, lambda _, row: "true" if getattr(row.record, name, False) else "false")


# Columns that are not a field of the model, by the names a kind's CsvTable may list.
DERIVED: dict[str, Column] = {c.name: c for c in (
    Column("id", lambda _, row: row.id, "The record's id: its file name and permanent address."),
    Column("page", lambda ctx, row: ctx.page(row.id), "Address of the record's page on the site."),
    Column("name", lambda ctx, row: ctx.data.name(row.id), "Its name, as the site shows it."),
    Column("countries", lambda ctx, row: joined(ctx.data.get(c).iso2 for c in ctx.data.countries_of_agreement(row.id)),
           "ISO 3166-1 alpha-2 codes of the countries of the parties."),
    Column("country_iso2", lambda ctx, row: iso2(ctx.data, ctx.data.country_of(row.id)),
           "ISO 3166-1 alpha-2 code of the actor's country, where known."),
    Column("date", lambda ctx, row: str(ctx.data.date_of(row.id)[0] or ""),
           "The date the record is placed at (ISO 8601; a range as 2023-05-18/2023-05-19): its own, or as date_basis says."),
    Column("after_signing", lambda ctx, row: after_signing(ctx, row.id),
           "What the sources report after the signing, party by party: \"ratified by Kyrgyzstan (2 December 2024); no report "
           "of ratification by Kazakhstan\", \"in force (10 November 2023)\"; empty where the site shows nothing (a memorandum "
           "with no step after its signing)."),
    Column("date_basis", lambda ctx, row: date_basis(ctx, row.id),
           "Where `date` comes from: own (the record's date), event (the days of the event it was signed during), "
           "or the step of its history that dates it (approved …); empty without a date."),
)}


def after_signing(ctx: ExportContext, record_id: str) -> str:
    life = lifecycle.shown_of(ctx.data, ctx.data.get(record_id))
    return lifecycle.text(ctx.data, life) if life is not None else ""


def date_basis(ctx: ExportContext, record_id: str) -> str:
    date, from_event = ctx.data.date_of(record_id)
    if date is None:
        return ""
    step = ctx.data.dating_step(record_id)
    return "event" if from_event else str(step.status.value) if step else "own"

# Fields every record has that say nothing about the record itself: left out of a table made from the model.
EDITORIAL = ("id", "former_ids", "distinct_from", "notes", "sources")


def column(name: str, kinds: list[RecordKind], derived: bool = True) -> Column:
    """The column `name` of a table of these kinds: derived (where `derived`, and always the id and the page), or
    the field of that name."""
    if name == "type" and derived:
        names = [n for kind in kinds for n in kind.kinds]
        return Column("type", lambda ctx, row: ctx.data.kind(row.id), "Kind of record: " + ", ".join(names) + ".")
    if name in DERIVED and (derived or name in ("id", "page")):
        return DERIVED[name]
    model = next(kind.cls for kind in kinds if name in kind.cls.model_fields)
    shape = field_shape(model, name)
    return flag(name) if shape == "flag" else listed(name) if shape == "values" else field(name)


def model_columns(kind: RecordKind) -> tuple[str, ...]:
    """A table made from the model: the id, every field that fits a cell, the notes and sources, the page."""
    own = [n for n in kind.cls.model_fields if n not in EDITORIAL and field_shape(kind.cls, n) in ("value", "flag", "values")]
    listed_fields = [n for n in ("notes", "sources") if n in kind.cls.model_fields]
    return ("id", *own, *listed_fields, *(("page",) if kind.layout else ()))


def kind_table(table: CsvTable, kinds: list[RecordKind]) -> Table:
    """The table of these kinds' records: its declared columns, or one made from the model's fields."""
    names = table.columns or model_columns(kinds[0])
    derived = bool(table.columns)

    def rows(ctx: ExportContext) -> Iterable[RecordRow]:
        for kind in kinds:
            yield from (RecordRow(i, r) for i, r in ctx.data.of_type(kind.cls))

    return Table(table.name, table.title, tuple(column(n, kinds, derived) for n in names), rows, tuple(k.cls for k in kinds))


def agreement_parts(ctx: ExportContext) -> Iterable[PartyRow]:
    """Every part an actor took in an agreement (party, signatory, witness), in the data's order: the rows of
    agreement_parties.csv and the edges of the signature graph."""
    d = ctx.data
    for i, a in d.of_type(Agreement):
        for p in a.parties:
            yield PartyRow(i, p, d.kind(p), "party")
        for s in a.signatories:
            yield PartyRow(i, s.person, "person", "signatory", s.office, s.on_behalf_of)
        for w in a.witnesses:
            yield PartyRow(i, w, "person", "witness")


AGREEMENT_PARTIES = Table("agreement_parties", "One row per agreement and party, signatory or witness, with the role", (
    Column("agreement_id", lambda _, row: row.agreement_id, "The agreement's id."),
    Column("actor_id", lambda _, row: row.actor_id, "The actor's id."),
    Column("actor_name", lambda ctx, row: ctx.data.name(row.actor_id), "The actor's name."),
    Column("actor_type", lambda _, row: row.actor_type, "Kind of actor."),
    Column("country_iso2", lambda ctx, row: iso2(ctx.data, ctx.data.country_of(row.actor_id)),
           "ISO 3166-1 alpha-2 code of the actor's country, where known."),
    Column("role", lambda _, row: row.role, "party, signatory or witness."),
    Column("office", lambda _, row: row.office),
    Column("on_behalf_of", lambda _, row: row.on_behalf_of),
), agreement_parts)

# Every table: the kinds' (accords.kinds), with the parts of agreements after the agreements.
TABLES: tuple[Table, ...] = tuple(
    made for table, kinds in tables()
    for made in ((kind_table(table, kinds), AGREEMENT_PARTIES) if table.name == "agreements" else (kind_table(table, kinds),))
)


# A spreadsheet runs a cell that begins with one of these as a formula (OWASP: CSV injection).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(cell: str) -> str:
    """The cell as text a spreadsheet shows and never runs: an apostrophe before a formula's first character."""
    return "'" + cell if cell.startswith(FORMULA_START) else cell


def csv_text(ctx: ExportContext, table: Table) -> str:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")  # RFC 4180: CRLF, quotes only where needed
    writer.writerow(table.header())
    writer.writerows([spreadsheet_safe(column.get(ctx, row)) for column in table.columns] for row in table.rows(ctx))
    return buffer.getvalue()


def package_resource(table: Table) -> dict[str, Any]:
    """What the data package says of a table besides its name and path: its dialect and its fields."""
    fields = [{"name": c.name, "type": "string", "description": table.describe(c)} for c in table.columns]
    schema: dict[str, Any] = {"fields": fields}
    if table.columns[0].name == "id":
        schema["primaryKey"] = ["id"]
    return {"format": "csv", "encoding": "utf-8",
            "dialect": {"delimiter": ",", "lineTerminator": "\r\n", "quoteChar": '"', "header": True}, "schema": schema}


def outputs(ctx: ExportContext) -> list[Output]:
    return [Output(csv_path(t.name), "text/csv", f"{t.name}.csv", t.title, functools.partial(csv_text, ctx, t),
                   package=package_resource(t)) for t in TABLES]
