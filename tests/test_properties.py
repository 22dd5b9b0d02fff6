"""Property-based tests (Hypothesis): whatever a record file holds, the loader answers with records or with
problems, never a traceback and never slowly; whatever text a record holds, the exports stay valid and
the pages show it as text. The example counts are sized for CI (PROPERTY_EXAMPLES raises them for a sweep)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import tempfile
import time
from pathlib import Path
from xml.etree import ElementTree

import feedparser
import icalendar
import markdown
import yaml
from bs4 import BeautifulSoup
from conftest import every_kind_of_record
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accords.exports import Exporter
from accords.exports.tables import spreadsheet_safe
from accords.history import FileHistory
from accords.kinds import TYPE_OF_COLLECTION
from accords.loader import check_data
from accords.renderer import render_layout
from accords.view import SiteView

EXAMPLES = int(os.environ.get("PROPERTY_EXAMPLES", "40"))
PROPERTIES = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)
TODAY = dt.date(2026, 11, 23)
SECONDS = 3.0  # the most one file may take to be read and checked


def check_one(collection: str, content: bytes) -> list[str]:
    """Check a data folder holding one file; the problems as text (raises on a traceback)."""
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "data"
        (data / collection).mkdir(parents=True)
        (data / collection / "record.yml").write_bytes(content)
        start = time.perf_counter()
        dataset, problems = check_data(data, today=TODAY)
        assert time.perf_counter() - start < SECONDS
        assert dataset is not None or problems
        return [str(p) for p in problems]


@PROPERTIES
@given(st.sampled_from(sorted(TYPE_OF_COLLECTION)), st.binary(max_size=3000))
def test_arbitrary_bytes_give_records_or_problems(collection, content):
    check_one(collection, content)


SCALARS = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=40)
VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4), max_leaves=30)


@st.composite
def yaml_records(draw):
    """A YAML mapping with some of the collection's own fields (so validation goes deep) and stray keys."""
    collection = draw(st.sampled_from(sorted(TYPE_OF_COLLECTION)))
    fields = list(TYPE_OF_COLLECTION[collection].model_fields)
    record = draw(st.dictionaries(st.sampled_from(fields) | st.text(max_size=10), VALUES, max_size=8))
    return collection, yaml.safe_dump(record, allow_unicode=True, sort_keys=False).encode("utf-8")


@PROPERTIES
@given(yaml_records())
def test_arbitrary_yaml_documents_give_records_or_problems(record):
    check_one(*record)


# Text a record may hold: any character but the control characters the loader refuses (newline and tab
# are allowed, and collapse to spaces where the page shows one line).
TEXT = st.text(st.characters(exclude_categories=("Cc", "Cs"), exclude_characters="\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
               | st.sampled_from("\n\t<>&\"'`*_[](){}#|!\\=+-@%;:,./"), min_size=1, max_size=60).filter(lambda t: t.strip())


def one_line(text: str) -> str:
    return " ".join(text.split())


@settings(max_examples=max(10, EXAMPLES // 2), deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)
@given(TEXT)
def test_any_text_in_every_field_keeps_the_exports_valid_and_shows_as_text(text):
    with tempfile.TemporaryDirectory() as folder:
        dataset, problems = check_data(every_kind_of_record(Path(folder) / "data", text, text), today=TODAY)
    assert dataset is not None, [str(p) for p in problems]
    histories = {dataset.data_path(i): FileHistory(dt.date(2025, 7, 1), dt.date(2025, 7, 2)) for i in dataset.records}
    files = Exporter(dataset, histories, "https://tracker.example/", dt.date(2026, 1, 1)).files()
    stored = dataset.get("mou").title
    for path, make in files.items():
        if path in ("api/openapi.json", "data/places.geojson") or path.startswith("data/schemas/"):
            continue  # made from the model alone, or (the places) holding a record only where its place is a known city
        content = make()
        if path.endswith((".json", ".geojson")):
            json.loads(content)
    agreements = list(csv.DictReader(io.StringIO(files["data/agreements.csv"]())))
    assert agreements[0]["title"] == spreadsheet_safe(stored)
    assert json.loads(files["data/dataset.json"]())["records"]["agreements"][0]["title"] == stored
    atom = files["feeds/all.atom"]().encode("utf-8")
    feed = feedparser.parse(atom)
    assert not feed.bozo, feed.bozo_exception  # well-formed, as a feed reader sees it
    # The exact text, read by the XML parser (feedparser "repairs" text that looks doubly encoded, "Â¡" -> "¡").
    titles = [t.text for t in ElementTree.fromstring(atom).iter("{http://www.w3.org/2005/Atom}title")]
    assert f"Agreement: {stored}" in titles
    calendar = icalendar.Calendar.from_ical(files["calendar/planned-events.ics"]())
    assert [str(e["summary"]) for e in calendar.walk("VEVENT")] == [dataset.get("forum").name + " (date: December 2026; day not announced)"]
    # The agreement's page, through the site's Markdown extensions: the title reads as written.
    page = render_layout(SiteView(dataset), "agreement.md", "agreements/mou/", record="mou")
    html = markdown.Markdown(extensions=["abbr", "admonition", "attr_list", "md_in_html", "tables", "toc"]).convert(page)
    shown = one_line(BeautifulSoup(html, "html.parser").get_text(" "))
    assert one_line(stored) in shown
