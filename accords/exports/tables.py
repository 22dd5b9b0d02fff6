"""The CSV tables (data/<table>.csv). Each table is defined once, as (column, getter, description) rows:
the same definition writes the header, the cells and the data package's field descriptions.

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

from ..addresses import csv_path
from ..model import ACTOR_KINDS, Actor, Agreement, Country, Event, Source, Term
from .context import ExportContext, iso2, joined, text


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
    columns: tuple[Column, ...]
    rows: Callable[[ExportContext], Iterable[Any]]
    model: type | None = None  # whose field descriptions the columns without their own take

    def header(self) -> list[str]:
        return [c.name for c in self.columns]

    def describe(self, column: Column) -> str:
        info = self.model.model_fields.get(column.name) if self.model else None  # type: ignore[attr-defined]
        if column.description:
            return column.description
        if info is not None and info.description:
            return info.description
        return column.name.replace("_", " ").capitalize() + "."


# --- Column makers -------------------------------------------------------------------------------------


def field(name: str) -> Column:
    """A record's field as text (an allowed value by its name; nothing for None)."""
    def get(_: ExportContext, row: RecordRow) -> str:
        value = getattr(row.record, name, None)
        return text(value.value if isinstance(value, Enum) else value)
    return Column(name, get)


def listed(name: str) -> Column:
    return Column(name, lambda _, row: joined(getattr(row.record, name, [])))


RECORD_ID = Column("id", lambda _, row: row.id, "The record's id: its file name and permanent address.")
PAGE = Column("page", lambda ctx, row: ctx.page(row.id), "Address of the record's page on the site.")
NOTES, SOURCES = field("notes"), listed("sources")


def _records(cls: type[BaseModel]) -> Callable[[ExportContext], Iterable[RecordRow]]:
    def rows(ctx: ExportContext) -> Iterable[RecordRow]:
        return (RecordRow(i, r) for i, r in ctx.data.of_type(cls))
    return rows


def _countries_then_actors(ctx: ExportContext) -> Iterable[RecordRow]:
    yield from _records(Country)(ctx)
    yield from _records(Actor)(ctx)


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


TABLES: tuple[Table, ...] = (
    Table("agreements", (
        RECORD_ID, field("title"), Column("title_is_official", lambda _, row: "true" if row.record.title_is_official else "false"),
        field("kind"), field("date_signed"), field("place"), field("event"), listed("parties"),
        Column("countries", lambda ctx, row: joined(ctx.data.get(c).iso2 for c in ctx.data.countries_of_agreement(row.id)),
               "ISO 3166-1 alpha-2 codes of the countries of the parties."),
        listed("sectors"), listed("minerals"), listed("corridors"), field("status"), field("evidence"), field("summary"),
        NOTES, SOURCES, PAGE,
    ), _records(Agreement), Agreement),
    Table("agreement_parties", (
        Column("agreement_id", lambda _, row: row.agreement_id, "The agreement's id."),
        Column("actor_id", lambda _, row: row.actor_id, "The actor's id."),
        Column("actor_name", lambda ctx, row: ctx.data.name(row.actor_id), "The actor's name."),
        Column("actor_type", lambda _, row: row.actor_type, "Kind of actor."),
        Column("country_iso2", lambda ctx, row: iso2(ctx.data, ctx.data.country_of(row.actor_id)),
               "ISO 3166-1 alpha-2 code of the actor's country, where known."),
        Column("role", lambda _, row: row.role, "party, signatory or witness."),
        Column("office", lambda _, row: row.office),
        Column("on_behalf_of", lambda _, row: row.on_behalf_of),
    ), agreement_parts),
    Table("actors", (
        RECORD_ID,
        Column("type", lambda ctx, row: ctx.data.kind(row.id),
               "Kind of actor: country, " + ", ".join(sorted(ACTOR_KINDS - {"country"})) + "."),
        Column("name", lambda ctx, row: ctx.data.name(row.id)), field("abbreviation"), listed("aliases"),
        Column("country_iso2", lambda ctx, row: iso2(ctx.data, ctx.data.country_of(row.id)),
               "ISO 3166-1 alpha-2 code of the actor's country, where known."),
        field("parent"), listed("members"), NOTES, SOURCES, PAGE,
    ), _countries_then_actors, Actor),
    Table("events", (
        RECORD_ID, field("name"), field("kind"), field("status"), field("date"), field("end_date"), field("place"),
        field("country"), field("series"), field("number"), listed("participants"), listed("chairs"), listed("sectors"),
        listed("corridors"), field("summary"), NOTES, SOURCES, PAGE,
    ), _records(Event), Event),
    Table("sources", (
        RECORD_ID, field("publisher"), field("title"), field("date"), field("url"), field("via"), field("language"), NOTES,
    ), _records(Source), Source),
    Table("glossary", (
        RECORD_ID, field("term"), field("abbreviation"), field("definition"), listed("aliases"), listed("related"), SOURCES,
    ), _records(Term), Term),
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


def files(ctx: ExportContext) -> dict[str, Callable[[], str]]:
    return {csv_path(t.name): functools.partial(csv_text, ctx, t) for t in TABLES}
