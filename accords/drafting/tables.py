"""`accords import TABLE`: a researcher's table (CSV or XLSX) to records, one per row.

Columns are matched to fields by their header (or `--map 'Column=field'`); names in any spelling are
resolved through accords.names; partial dates are read in the usual spellings ("2025", "June 2025",
"2025-06", "11.12.2025" with a declared or detected day-month order). Every problem is reported as
`TABLE:row:column` with a hint, and nothing is written unless every row passes (`--partial` writes the
good rows and lists the rest).
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError
from slugify import slugify

from ..dataset import Dataset
from ..dates import PartialDate
from ..model import PARTY_KINDS, Actor, Agreement, AgreementKind, Event
from ..names import NameIndex
from .when import MONTHS

MAX_ROWS = 20000
MODELS: dict[str, type[BaseModel]] = {"agreements": Agreement, "events": Event, "actors": Actor}
# Header spellings of each field, beside the field's own name.
HEADERS: dict[str, dict[str, tuple[str, ...]]] = {
    "agreements": {
        "title": ("title", "name", "agreement", "document"), "kind": ("kind", "type", "document type"),
        "date_signed": ("date signed", "date", "signed", "signing date", "date of signature"),
        "parties": ("parties", "party", "countries", "signatory countries", "partners"), "place": ("place", "city", "location"),
        "event": ("event",), "sectors": ("sectors", "sector", "theme", "themes"), "minerals": ("minerals", "mineral"),
        "status": ("status",), "sources": ("sources", "source", "source id"), "notes": ("notes", "note", "comments"),
    },
    "events": {
        "name": ("name", "event", "title"), "kind": ("kind", "type"), "status": ("status",), "date": ("date", "start", "start date"),
        "end_date": ("end date", "end"), "place": ("place", "city"), "country": ("country", "host"), "participants": ("participants",),
        "sources": ("sources", "source"), "notes": ("notes",),
    },
    "actors": {
        "name": ("name",), "kind": ("kind", "type"), "country": ("country",), "abbreviation": ("abbreviation", "acronym"),
        "aliases": ("aliases", "other names"), "parent": ("parent", "part of"), "sources": ("sources", "source"), "notes": ("notes",),
    },
}
LISTS = {"parties", "sectors", "minerals", "participants", "aliases", "sources"}
# What each reference field may name: record kinds, as accords.names resolves them.
NAMED = {"parties": PARTY_KINDS, "country": frozenset({"country"}), "participants": frozenset(PARTY_KINDS | {"person"}),
         "sectors": frozenset({"sector"}), "minerals": frozenset({"mineral"}), "event": frozenset({"event"}),
         "parent": frozenset({"government-body", "organisation", "mechanism", "company"})}
KIND_WORDS = {"mou": AgreementKind.memorandum.value, "memorandum": AgreementKind.memorandum.value,
              "memorandum of understanding": AgreementKind.memorandum.value}


class ImportError_(Exception):  # noqa: N801 (not the builtin ImportError)
    pass


@dataclass
class RowProblem:
    row: int
    column: str | None
    message: str
    hint: str | None = None

    def text(self, table: str) -> str:
        place = f"{table}:{self.row}" + (f":{self.column}" if self.column else "")
        return f"{place}: {self.message}" + (f" — {self.hint}" if self.hint else "")


@dataclass
class ImportResult:
    records: list[tuple[int, str, dict[str, Any]]] = field(default_factory=list)  # (row, id, fields)
    problems: list[RowProblem] = field(default_factory=list)


def read_table(path: Path) -> list[list[str]]:
    """The table's rows as text cells (the first row is the header)."""
    if not path.is_file():
        raise ImportError_(f"{path}: no such file")
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        from openpyxl import load_workbook

        try:
            workbook = load_workbook(path, read_only=True, data_only=True)
        except Exception as error:  # noqa: BLE001 (openpyxl raises many kinds for a broken file)
            raise ImportError_(f"{path}: not a readable XLSX file ({type(error).__name__})") from None
        sheet = workbook.worksheets[0]
        rows = []
        for values in sheet.iter_rows(values_only=True):
            rows.append([_cell(v) for v in values])
            if len(rows) > MAX_ROWS:
                raise ImportError_(f"{path}: more than {MAX_ROWS:,} rows; split the table")
        workbook.close()
        return rows
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportError_(f"{path}: not UTF-8; save the table as UTF-8 CSV") from None
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = [row for row in csv.reader(io.StringIO(text), dialect)]
    if len(rows) > MAX_ROWS:
        raise ImportError_(f"{path}: more than {MAX_ROWS:,} rows; split the table")
    return rows


def _cell(value: Any) -> str:
    import datetime as dt

    if value is None:
        return ""
    if isinstance(value, dt.datetime | dt.date):
        return value.strftime("%Y-%m-%d")  # a date cell: a full date
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def parse_date(text: str, order: str | None) -> PartialDate:
    """'2025', 'June 2025', 'Jun. 2025', '2025-06', '2025-06-11', '11 June 2025', 'June 11, 2025',
    '11.06.2025' or '06/11/2025' (with `order` 'dmy' or 'mdy')."""
    value = " ".join(text.split()).strip()
    if re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        return PartialDate.parse(value)
    numeric = re.fullmatch(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})", value)
    if numeric:
        first, second, year = int(numeric.group(1)), int(numeric.group(2)), int(numeric.group(3))
        if order is None:
            raise ValueError("day and month order unknown: give --dates dmy (11.12.2025 is 11 December) or --dates mdy")
        day, month = (first, second) if order == "dmy" else (second, first)
        return PartialDate.parse(f"{year:04d}-{month:02d}-{day:02d}")
    month_year = re.fullmatch(r"([A-Za-z]+)\.?,?\s+(\d{4})", value)
    if month_year and month_year.group(1).lower() in MONTHS:
        return PartialDate(int(month_year.group(2)), MONTHS[month_year.group(1).lower()])
    day_month_year = re.fullmatch(r"(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})", value) or None
    if day_month_year and day_month_year.group(2).lower() in MONTHS:
        return PartialDate.parse(f"{day_month_year.group(3)}-{MONTHS[day_month_year.group(2).lower()]:02d}-{int(day_month_year.group(1)):02d}")
    month_day_year = re.fullmatch(r"([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})", value)
    if month_day_year and month_day_year.group(1).lower() in MONTHS:
        return PartialDate.parse(f"{month_day_year.group(3)}-{MONTHS[month_day_year.group(1).lower()]:02d}-{int(month_day_year.group(2)):02d}")
    raise ValueError(f"'{text}' is not a date; write 2025, June 2025, 2025-06, 11 June 2025 or 11.06.2025")


def detect_order(values: list[str]) -> str | None:
    """'dmy' or 'mdy' where some numeric date shows it (13.05.2025 can only be day-first); else None."""
    found = set()
    for value in values:
        match = re.fullmatch(r"\s*(\d{1,2})[./-](\d{1,2})[./-]\d{4}\s*", value)
        if match:
            if int(match.group(1)) > 12:
                found.add("dmy")
            elif int(match.group(2)) > 12:
                found.add("mdy")
    return found.pop() if len(found) == 1 else None


def import_rows(rows: list[list[str]], collection: str, dataset: Dataset, names: NameIndex, mapping: dict[str, str],
                order: str | None, source: str | None) -> ImportResult:
    """Records from the rows; every problem with its row (1 = the header) and column."""
    result = ImportResult()
    if not rows or not any(c.strip() for c in rows[0]):
        result.problems.append(RowProblem(1, None, "the table has no header row", "the first row names the columns: Title, Date, Parties …"))
        return result
    header = [c.strip() for c in rows[0]]
    columns = _columns(header, collection, mapping, result)
    if result.problems:
        return result
    date_fields = {"date_signed", "date", "end_date"}
    if order is None:
        order = detect_order([row[i] for row in rows[1:] for f, i in columns.items() if f in date_fields and i < len(row)])
    taken = set(dataset.records)
    model = MODELS[collection]
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        record: dict[str, Any] = {}
        before = len(result.problems)
        for field_name, index in columns.items():
            raw = row[index].strip() if index < len(row) else ""
            if not raw:
                continue
            column = header[index]
            try:
                record[field_name] = _value(field_name, raw, names, order)
            except ValueError as error:
                message, _, hint = str(error).partition(" — ")
                result.problems.append(RowProblem(number, column, message, hint or None))
        if source and "sources" not in record:
            record["sources"] = [source]
        if len(result.problems) > before:
            continue
        if collection == "agreements" and "status" not in record:
            record["status"] = "signed" if record.get("date_signed") else "unknown"
        try:
            model.model_validate(record)
        except ValidationError as error:
            for detail in error.errors():
                failed = str(detail["loc"][0]) if detail["loc"] else None
                failed_column = header[columns[failed]] if failed in columns else failed
                said = detail["msg"] if failed in columns or not failed else f"{failed}: {detail['msg']}"
                advice = "add a column for it, or give --source ID for every row" if failed == "sources" else None
                result.problems.append(RowProblem(number, failed_column, said.removeprefix("Value error, "), advice))
            continue
        title = record.get("title") or record.get("name")
        year = str(record.get("date_signed") or record.get("date") or "")[:4]
        base = slugify(f"{title} {year}".strip(), max_length=80, word_boundary=True) or "record"
        record_id, n = base, 2
        while record_id in taken:
            record_id, n = f"{base}-{n}", n + 1
        taken.add(record_id)
        result.records.append((number, record_id, record))
    return result


def _columns(header: list[str], collection: str, mapping: dict[str, str], result: ImportResult) -> dict[str, int]:
    fields = list(MODELS[collection].model_fields)
    columns: dict[str, int] = {}
    for column, field_name in mapping.items():
        if column not in header:
            result.problems.append(RowProblem(1, column, "no such column", f"the columns are: {', '.join(header)}"))
        elif field_name not in fields:
            result.problems.append(RowProblem(1, column, f"--map names an unknown field '{field_name}'", f"fields: {', '.join(fields)}"))
        else:
            columns[field_name] = header.index(column)
    for index, column in enumerate(header):
        if index in columns.values() or not column:
            continue
        spelled = column.lower().replace("_", " ").strip()
        for field_name, spellings in HEADERS[collection].items():
            if field_name not in columns and (spelled == field_name.replace("_", " ") or spelled in spellings):
                columns[field_name] = index
                break
    return columns


def _value(field_name: str, raw: str, names: NameIndex, order: str | None) -> Any:
    if field_name in ("date_signed", "date", "end_date"):
        return str(parse_date(raw, order))
    if field_name == "kind":
        value = raw.strip().lower()
        return KIND_WORDS.get(value, value)
    if field_name in LISTS:
        parts = [p.strip() for p in re.split(r"\s*[;|\n]\s*|\s*,\s*(?![^()]*\))", raw) if p.strip()]
        if field_name in NAMED:
            return [_resolve(p, NAMED[field_name], names) for p in parts]
        return parts
    if field_name in NAMED:
        return _resolve(raw, NAMED[field_name], names)
    return raw


def _resolve(text: str, kinds: frozenset[str], names: NameIndex) -> str:
    record_id, hint = names.lookup(text, kinds)
    if record_id is None:
        raise ValueError(f"no record is called '{text}' — {hint or 'add the record first, or check the spelling'}")
    return record_id


def render(collection: str, record: dict[str, Any], table: str, row: int) -> str:
    lines = ["# yaml-language-server: $schema={schema}", f"# Imported by `accords import` from {table}, row {row}. Check it against the table."]
    for key, value in record.items():
        if isinstance(value, list):
            lines.append(f"{key}: [{', '.join(json.dumps(v, ensure_ascii=False) if not re.fullmatch(r'[a-z0-9-]+', str(v)) else str(v) for v in value)}]")
        elif key in ("date_signed", "date", "end_date"):
            lines.append(f"{key}: {value}")
        else:
            lines.append(f"{key}: {json.dumps(value, ensure_ascii=False)}")
    return "\n".join(lines) + "\n"
