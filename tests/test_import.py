"""`accords import`: a table to records, one per row, or a clear problem per cell. The tables are read against the
countries, publishers, sources and topics of data/ (base_dataset): what their names resolve to."""

from __future__ import annotations

import pytest
from conftest import ROOT

from accords.dates import PartialDate
from accords.drafting.tables import detect_order, parse_date
from accords.loader import check_data

TABLE = """Title,Type,Date,Parties,Sector,Source
Memorandum on green hydrogen,MoU,June 2025,Kazakhstan; Özbekistan,energy,trend-2026-02-03
Agreement on rail transit,agreement,11.12.2025,Kazakhstan; Kirgizia,transport,trend-2026-02-03
Roadmap on fisheries,roadmap,2022,Tajikistan; Uzbekstan,fisheries,trend-2026-02-03
"""


@pytest.mark.parametrize(("text", "order", "expected"), [
    ("2025", None, PartialDate(2025)),
    ("June 2025", None, PartialDate(2025, 6)),
    ("Jun. 2025", None, PartialDate(2025, 6)),
    ("2025-06", None, PartialDate(2025, 6)),
    ("11 June 2025", None, PartialDate(2025, 6, 11)),
    ("June 11, 2025", None, PartialDate(2025, 6, 11)),
    ("11.12.2025", "dmy", PartialDate(2025, 12, 11)),
    ("11/12/2025", "mdy", PartialDate(2025, 11, 12)),
    ("11 июня 2025", None, PartialDate(2025, 6, 11)),
    ("июнь 2025", None, PartialDate(2025, 6)),
    ("Haziran 2025", None, PartialDate(2025, 6)),
])
def test_partial_dates_in_the_usual_spellings(text, order, expected):
    assert parse_date(text, order) == expected


@pytest.mark.parametrize("text", ["June", "yesterday", "soon", "31 June 2025"])
def test_a_cell_that_is_no_date_with_a_year_is_refused(text):
    with pytest.raises(ValueError, match="is not a date"):
        parse_date(text, None)


def test_a_numeric_date_needs_its_order_declared_or_shown():
    with pytest.raises(ValueError, match="--dates dmy"):
        parse_date("11.12.2025", None)
    assert detect_order(["11.12.2025", "25.12.2025"]) == "dmy"
    assert detect_order(["12/25/2025"]) == "mdy"
    assert detect_order(["11.12.2025"]) is None


def test_every_problem_is_named_by_row_and_column_and_nothing_is_written(tmp_path, cli, base_dataset):
    table = tmp_path / "agreements.csv"
    table.write_text(TABLE, encoding="utf-8")
    result = cli("import", str(table), "--data", str(base_dataset[0]), "--collection", "agreements", "--out", str(tmp_path / "out"))
    assert result.returncode == 1
    assert f"{table}:4:Parties: no record is called 'Uzbekstan' — did you mean 'uzbekistan'?" in result.stderr
    assert f"{table}:4:Sector: no record is called 'fisheries'" in result.stderr
    assert f"{table}:3:Date: day and month order unknown" in result.stderr  # 11.12.2025 alone shows no order
    assert "nothing written" in result.stderr
    assert not (tmp_path / "out").exists()


def test_partial_writes_the_good_rows_with_names_in_any_spelling(tmp_path, cli, base_dataset):
    table = tmp_path / "agreements.csv"
    table.write_text(TABLE, encoding="utf-8")
    result = cli("import", str(table), "--data", str(base_dataset[0]), "--collection", "agreements", "--dates", "dmy", "--partial",
                 "--out", str(tmp_path / "out"))
    assert result.returncode == 1  # rows were left out
    written = sorted(p.name for p in (tmp_path / "out" / "agreements").glob("*.yml"))
    assert written == ["agreement-on-rail-transit-2025.yml", "memorandum-on-green-hydrogen-2025.yml"]
    rail = (tmp_path / "out" / "agreements" / "agreement-on-rail-transit-2025.yml").read_text(encoding="utf-8")
    assert "date_signed: 2025-12-11" in rail and "parties: [kazakhstan, kyrgyzstan]" in rail  # Kirgizia is Kyrgyzstan
    hydrogen = (tmp_path / "out" / "agreements" / "memorandum-on-green-hydrogen-2025.yml").read_text(encoding="utf-8")
    assert "date_signed: 2025-06\n" in hydrogen and '"memorandum of understanding"' in hydrogen
    _, problems = check_data(base_dataset[0], files=sorted((tmp_path / "out").rglob("*.yml")), root=ROOT)
    assert problems == []


def test_an_xlsx_table_with_mapped_columns(tmp_path, cli, base_dataset):
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Meeting", "Held on", "Host", "Category", "Status", "Ref"])
    sheet.append(["Third Caspian transport forum (fictional test row)", "2025-09", "Kazakhstan", "forum", "held", "trend-2026-02-03"])
    path = tmp_path / "events.xlsx"
    workbook.save(path)
    result = cli("import", str(path), "--data", str(base_dataset[0]), "--collection", "events", "--map", "Meeting=name", "--map", "Held on=date",
                     "--map", "Host=country", "--map", "Category=kind", "--map", "Ref=sources", "--out", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    text = next((tmp_path / "out" / "events").glob("*.yml")).read_text(encoding="utf-8")
    assert "date: 2025-09\n" in text and "country: \"kazakhstan\"" in text


def test_a_missing_source_is_a_row_problem_with_a_hint(tmp_path, cli, base_dataset):
    table = tmp_path / "actors.csv"
    table.write_text("Name,Kind,Country\nCaspian Shipping Company,company,Kazakhstan\n", encoding="utf-8")
    result = cli("import", str(table), "--data", str(base_dataset[0]), "--collection", "actors", "--out", str(tmp_path / "out"))
    assert result.returncode == 1
    assert "give --source ID for every row" in result.stderr
    with_source = cli("import", str(table), "--data", str(base_dataset[0]), "--collection", "actors", "--source", "trend-2026-02-03",
                      "--out", str(tmp_path / "out"))
    assert with_source.returncode == 0, with_source.stderr
