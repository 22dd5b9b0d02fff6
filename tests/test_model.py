"""The model: partial dates, and the committed JSON Schemas in step with it."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from accords.dates import PartialDate
from accords.schema import schema_documents, stale_schemas

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("text", "display"),
    [("2026", "2026"), ("2025-06", "June 2025"), ("2025-12-11", "11 December 2025"), (2026, "2026")],
)
def test_partial_dates_keep_their_precision(text, display):
    date = PartialDate.parse(text)
    assert str(date) == str(text)
    assert date.display() == display


@pytest.mark.parametrize("text", ["2026-02-30", "2025-13", "25-06", "2025-6", "June 2025", "2025--11"])
def test_impossible_or_malformed_dates_are_rejected(text):
    with pytest.raises(ValueError):
        PartialDate.parse(text)


def test_a_partial_date_is_in_the_future_only_if_all_of_it_is():
    today = dt.date(2026, 11, 23)
    assert not PartialDate.parse("2026").is_after(today)
    assert not PartialDate.parse("2026-11").is_after(today)
    assert PartialDate.parse("2026-11-24").is_after(today)
    assert PartialDate.parse("2027").is_after(today)


def test_committed_schemas_match_the_model():
    assert stale_schemas(ROOT / "schemas") == [], "run `make schemas` and commit schemas/"


def test_schemas_describe_partial_dates_and_references():
    agreement = json.loads(schema_documents()["agreements.schema.json"])
    assert agreement["properties"]["date_signed"]["anyOf"][0]["pattern"].startswith("^[0-9]{4}")
    assert "person" not in agreement["properties"]["parties"]["items"]["description"].split("(")[1]
    assert agreement["additionalProperties"] is False
