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

from ..dataset import Dataset
from ..dates import PartialDate
from ..kinds import KIND_OF_COLLECTION, KIND_OF_NAME, RecordKind
from ..model import AgreementKind, field_enum, field_reference, field_shape
from ..names import NameIndex
from ..scaffold import record_id as new_record_id

MAX_ROWS = 20000
# Common words for a memorandum of understanding, as tables write them.
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
    """A cell's date at the precision it gives: '2025', 'June 2025', 'Jun. 2025', '2025-06', '11 June 2025',
    'June 11, 2025', '11 июня 2025', '11.06.2025' or '06/11/2025' (with `order` 'dmy' or 'mdy'). dateparser reads
    the spellings and says how precise the cell is (its `period`); nothing is padded, and a cell without a year
    ('June', 'yesterday') is refused rather than read against today."""
    from dateparser import DateDataParser

    value = " ".join(text.split()).strip()
    if re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        return PartialDate.parse(value)
    numeric = re.fullmatch(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})", value)
    if numeric and order is None:
        raise ValueError("day and month order unknown: give --dates dmy (11.12.2025 is 11 December) or --dates mdy")
    if not re.search(r"\b\d{4}\b", value):
        raise ValueError(f"'{text}' is not a date with a year; write 2025, June 2025, 2025-06, 11 June 2025 or 11.06.2025")
    settings = {"PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["year"], "DATE_ORDER": (order or "dmy").upper()}
    found = DateDataParser(languages=["en", "ru", "tr"], settings=settings).get_date_data(value)
    if found.date_obj is None:
        raise ValueError(f"'{text}' is not a date; write 2025, June 2025, 2025-06, 11 June 2025 or 11.06.2025")
    day = found.date_obj.date()
    if found.period == "year":
        return PartialDate(day.year)
    if found.period == "month":
        return PartialDate(day.year, day.month)
    return PartialDate(day.year, day.month, day.day)


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
    kind = KIND_OF_COLLECTION[collection]
    model = kind.cls
    columns = _columns(header, kind, mapping, result)
    if result.problems:
        return result
    if order is None:
        order = detect_order([row[i] for row in rows[1:] for f, i in columns.items() if _is_date(model, f) and i < len(row)])
    taken = set(dataset.records)
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
                record[field_name] = _value(model, field_name, raw, names, order)
            except ValueError as error:
                message, _, hint = str(error).partition(" — ")
                result.problems.append(RowProblem(number, column, message, hint or None))
        if source and "sources" not in record:
            record["sources"] = [source]
        if len(result.problems) > before:
            continue
        if kind.date and "signed" in _choices(model, "status") and "status" not in record:
            record["status"] = "signed" if record.get(kind.date) else "unknown"  # a table that gives a signing date reports a signing
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
        base = new_record_id(kind, record)
        record_id, n = base, 2
        while record_id in taken:
            record_id, n = f"{base}-{n}", n + 1
        taken.add(record_id)
        result.records.append((number, record_id, record))
    return result


def _columns(header: list[str], kind: RecordKind, mapping: dict[str, str], result: ImportResult) -> dict[str, int]:
    """Which column holds which field: as `--map` says, else by the field's name or its header spellings (accords.kinds)."""
    fields = list(kind.cls.model_fields)
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
        for field_name in fields:
            spellings = (field_name.replace("_", " "), *kind.headers.get(field_name, ()))
            if field_name not in columns and spelled in spellings:
                columns[field_name] = index
                break
    return columns


def _is_date(model: type[BaseModel], field_name: str) -> bool:
    return "PartialDate" in str(model.model_fields[field_name].annotation)


def _choices(model: type[BaseModel], field_name: str) -> tuple[str, ...]:
    return field_enum(model, field_name) if field_name in model.model_fields else ()


def _named(model: type[BaseModel], field_name: str) -> frozenset[str] | None:
    """The kinds of record a reference field names, where they are looked up by name (not sources: by id)."""
    ref = field_reference(model.model_fields[field_name])
    if ref is None or ref.kinds is None or not all(k in KIND_OF_NAME and KIND_OF_NAME[k].names.searchable for k in ref.kinds):
        return None
    return ref.kinds


FLAGS = {"true": True, "yes": True, "false": False, "no": False}


def _value(model: type[BaseModel], field_name: str, raw: str, names: NameIndex, order: str | None) -> Any:
    if _is_date(model, field_name):
        return str(parse_date(raw, order))
    if field_shape(model, field_name) == "flag":
        if raw.strip().lower() not in FLAGS:
            raise ValueError(f"'{raw}' is not true or false — write true or false (yes or no)")
        return FLAGS[raw.strip().lower()]
    choices = _choices(model, field_name)
    if choices:
        value = raw.strip().lower()
        return KIND_WORDS.get(value, value) if KIND_WORDS.get(value) in choices else value
    named = _named(model, field_name)
    if field_shape(model, field_name) == "values":
        parts = [p.strip() for p in re.split(r"\s*[;|\n]\s*|\s*,\s*(?![^()]*\))", raw) if p.strip()]
        return [_resolve(p, named, names) for p in parts] if named else parts
    if named:
        return _resolve(raw, named, names)
    return raw


def _resolve(text: str, kinds: frozenset[str], names: NameIndex) -> str:
    record_id, hint = names.lookup(text, kinds)
    if record_id is None:
        raise ValueError(f"no record is called '{text}' — {hint or 'add the record first, or check the spelling'}")
    return record_id


def render(collection: str, record: dict[str, Any], table: str, row: int) -> str:
    model = KIND_OF_COLLECTION[collection].cls
    lines = ["# yaml-language-server: $schema={schema}", f"# Imported by `accords import` from {table}, row {row}. Check it against the table."]
    for key, value in record.items():
        if isinstance(value, list):
            lines.append(f"{key}: [{', '.join(json.dumps(v, ensure_ascii=False) if not re.fullmatch(r'[a-z0-9-]+', str(v)) else str(v) for v in value)}]")
        elif _is_date(model, key):
            lines.append(f"{key}: {value}")
        else:
            lines.append(f"{key}: {json.dumps(value, ensure_ascii=False)}")
    return "\n".join(lines) + "\n"
