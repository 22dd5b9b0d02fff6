"""Hostile and broken input: bounded reading, strict values, facts that contradict their sources, data
Markdown that embeds nothing, spreadsheet-safe CSV. (tests/bad/ holds one file per class, run through the
command line in test_cli.py; these check the pieces in-process.)"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import time

import pytest

from accords.exports import Exporter
from accords.exports.tables import spreadsheet_safe
from accords.loader import load_dataset
from accords.model import is_web_address
from accords.problems import DataError
from accords.render import markdown_html
from accords.yamlio import MAX_DEPTH, YamlProblem, load

TODAY = dt.date(2026, 11, 23)


def problems_of(data_dir):
    with pytest.raises(DataError) as caught:
        load_dataset(data_dir.path, root=data_dir.path.parent, today=TODAY)
    return [str(p) for p in caught.value.problems]


# --- Bounded reading ----------------------------------------------------------------------------------


def test_nested_aliases_are_refused_at_once():
    text = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(f"{n}: &{n} [{', '.join(['*' + p] * 9)}]\n" for p, n in zip("abcdefgh", "bcdefghi", strict=True))
    start = time.perf_counter()
    with pytest.raises(YamlProblem) as caught:
        load(text)
    assert time.perf_counter() - start < 0.5
    assert (caught.value.line, caught.value.column) == (1, 4)
    assert "anchors and aliases" in caught.value.message


@pytest.mark.parametrize("text, line", [
    ("a: " + "[" * 10_000 + "]" * 10_000 + "\n", 1),
    ("a:\n" + "".join("  " * i + f"k{i}:\n" for i in range(1, 60)), MAX_DEPTH + 1),
])
def test_deep_nesting_is_refused_without_a_traceback(text, line):
    with pytest.raises(YamlProblem) as caught:
        load(text)
    assert caught.value.line == line
    assert f"nested more than {MAX_DEPTH} levels" in caught.value.message


def test_too_many_values_are_refused():
    with pytest.raises(YamlProblem, match="more than 20,000 values"):
        load("a: [" + ", ".join("x" for _ in range(20_001)) + "]\n")


def test_reading_keeps_values_and_their_places():
    document = load("title: A\nparties:\n  - kazakhstan\n  - uzbekistan\nnumber: 3\nflag: no\n")
    assert document.data == {"title": "A", "parties": ["kazakhstan", "uzbekistan"], "number": 3, "flag": "no"}
    assert document.position(("parties", 1)) == (4, 5)
    assert document.position(("number",), at_key=True) == (5, 1)


# --- Strict values ------------------------------------------------------------------------------------


@pytest.mark.parametrize("url, ok", [
    ("https://example.org/news/2025/06/10/a-report?id=7#top", True),
    ("http://example.org", True),
    ("https://example.org/%D0%B0", True),
    ("https://example.org/a report", False),
    ('https://example.org/"x', False),
    ("https://example.org/<script>", False),
    ("javascript:alert(1)", False),
    ("ftp://example.org/file", False),
    ("https://", False),
    ("https://example.org:8o/", False),
    ("//example.org/x", False),
])
def test_a_source_address_is_a_full_web_address(url, ok):
    assert is_web_address(url) is ok


def test_control_characters_are_refused_where_they_are(data_dir):
    data_dir.minimal().write("sources/wire.yml", 'publisher: example-wire\ndate: 2025\nnotes: "first line\\vsecond"\n"\\e[2J": x\n')
    assert problems_of(data_dir) == [
        "data/sources/wire.yml:3:8: notes: text contains the control character U+000B (character 11 of the value)"
        " — remove it: text holds letters, spaces, newlines and tabs",
        "data/sources/wire.yml:4:1: text contains the control character U+001B (character 1 of the value)"
        " — remove it: text holds letters, spaces, newlines and tabs",
    ]


def test_newlines_and_tabs_are_text(data_dir):
    data_dir.minimal().write("sources/wire.yml", 'publisher: example-wire\ndate: 2025\nnotes: "a\\tb\\nc"\n')
    assert load_dataset(data_dir.path, today=TODAY).get("wire").notes == "a\tb\nc"


def test_a_circle_of_members_is_named_record_by_record(data_dir):
    data_dir.minimal()
    for name, member in [("council-a", "council-b"), ("council-b", "council-c"), ("council-c", "council-a")]:
        data_dir.write(f"actors/{name}.yml", f"kind: mechanism\nname: {name}\nmembers: [kazakhstan, {member}]\nsources: [report]\n")
    assert problems_of(data_dir) == [
        "data/actors/council-a.yml:3:23: members[1]: a circle of member references: 'council-a' → 'council-b' → 'council-c' → 'council-a'"
        " — a chain of these references has to end; remove the one that leads back"]


def test_a_record_that_relates_to_itself_is_refused(data_dir):
    data_dir.minimal().write("agreements/plan.yml", "title: Plan\nkind: action plan\nparties: [kazakhstan, uzbekistan]\n"
                             "related:\n  - kind: part of\n    agreement: plan\nsources: [report]\n")
    assert problems_of(data_dir) == ["data/agreements/plan.yml:6:16: related[0].agreement: 'plan' refers to itself"
                                     " — a record's references point to other records"]


# --- Facts against their sources -----------------------------------------------------------------------


@pytest.mark.parametrize("signed, published, refused", [
    ("2025-06-11", "2025-06-10", True),
    ("2025-06-10", "2025-06-10", False),  # reported the day it was signed
    ("2025-06", "2025-06-01", False),  # some day of June: it may have been the first
    ("2025-07", "2025-06-30", True),
    ("2025", "2025-01-01", False),
])
def test_a_signing_after_every_source_was_published_is_refused(data_dir, signed, published, refused):
    data_dir.minimal().write("sources/report.yml", f"publisher: example-wire\ndate: {published}\n")
    data_dir.write("agreements/mining-mou.yml", f"title: Mining memorandum\nkind: memorandum of understanding\ndate_signed: {signed}\n"
                   "parties: [kazakhstan, uzbekistan]\nsources: [report]\n")
    if refused:
        assert problems_of(data_dir) == [f"data/agreements/mining-mou.yml:3:14: date_signed: signed on {signed}, after its latest source"
                                         f" was published ({published}) — check the date, or cite the source that reports it;"
                                         " what is only announced is `status: planned`"]
    else:
        load_dataset(data_dir.path, today=TODAY)


def test_a_planned_event_may_lie_after_its_sources(data_dir):
    data_dir.minimal().write("events/forum.yml", "name: Forum\nkind: forum\nstatus: planned\ndate: 2026-09\nsources: [report]\n")
    assert load_dataset(data_dir.path, today=TODAY).get("forum").date.display() == "September 2026"


def test_the_real_data_contradicts_none_of_its_sources(real_data):
    assert real_data.records  # loaded with every check (load_dataset raises DataError with every problem if any record did)


# --- Data Markdown embeds nothing ----------------------------------------------------------------------


def test_an_image_in_data_markdown_becomes_a_link():
    html = markdown_html("Before ![a pixel](https://tracker.example/p.png) after")
    assert "<img" not in html
    assert '<a href="https://tracker.example/p.png">a pixel</a>' in html


@pytest.mark.parametrize("markdown, kept", [
    ("[site](https://example.org/x)", '<a href="https://example.org/x">site</a>'),
    ("[mail](mailto:press@example.org)", '<a href="mailto:press@example.org">mail</a>'),
    ("[run](javascript:alert(1))", "<a>run</a>"),
    ("[data](data:text/html;base64,PHNjcmlwdD4=)", "<a>data</a>"),
    ("[page](../admin/)", "<a>page</a>"),
    ("![x](javascript:alert(1))", "<span>x</span>"),
    ("<iframe src=https://example.org></iframe>", "&lt;iframe src=https://example.org&gt;&lt;/iframe&gt;"),
])
def test_data_markdown_links_only_to_web_and_mail_addresses(markdown, kept):
    assert kept in markdown_html(markdown)


# --- Spreadsheet-safe CSV, exact JSON -----------------------------------------------------------------


@pytest.mark.parametrize("cell, safe", [
    ("=HYPERLINK(\"https://x.example\",\"click\")", "'=HYPERLINK(\"https://x.example\",\"click\")"),
    ("+1+2", "'+1+2"), ("-2+3", "'-2+3"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"), ("\rx", "'\rx"),
    ("Memorandum = agreement", "Memorandum = agreement"), ("", ""), ("2025-06", "2025-06"),
])
def test_a_cell_a_spreadsheet_would_run_is_shown_as_text(cell, safe):
    assert spreadsheet_safe(cell) == safe


def test_the_csv_neutralises_formulas_and_the_json_keeps_the_text(data_dir):
    data_dir.minimal().write("agreements/mining-mou.yml", "title: '=HYPERLINK(\"https://x.example/\"&A1)'\nkind: agreement\n"
                             "date_signed: 2025-06\nparties: [kazakhstan, uzbekistan]\nsources: [report]\n")
    files = Exporter(load_dataset(data_dir.path, today=TODAY), {}).files()
    rows = list(csv.DictReader(io.StringIO(files["data/agreements.csv"]())))
    assert rows[0]["title"] == "'=HYPERLINK(\"https://x.example/\"&A1)"
    dataset = json.loads(files["data/dataset.json"]())
    assert dataset["records"]["agreements"][0]["title"] == "=HYPERLINK(\"https://x.example/\"&A1)"


def test_a_signing_at_an_event_after_every_report_is_a_warning(data_dir):
    """Softer: the agreement has no date of its own; its event's date may be wrong, or a later source missing."""
    from accords.lint import warnings

    data_dir.minimal().write("events/forum.yml", "name: Forum\nkind: forum\nstatus: held\ndate: 2025-07-02\nsources: [report]\n")
    data_dir.write("sources/report.yml", "publisher: example-wire\ndate: 2025-07-10\n")
    data_dir.write("sources/early.yml", "publisher: example-wire\ndate: 2025-06-20\n")
    data_dir.write("agreements/mining-mou.yml", "title: Mining memorandum\nkind: agreement\nevent: forum\n"
                   "parties: [kazakhstan, uzbekistan]\nsources: [early]\n")
    found = [p.message for p in warnings(load_dataset(data_dir.path, today=TODAY)) if p.path.endswith("mining-mou.yml")]
    assert "signed at forum, dated 2025-07-02, after its latest source was published (2025-06-20)" in found


@pytest.mark.parametrize("text", ["<" + " " * 500_000, "<a" + " " * 500_000, "< /" * 200_000, "<a/" * 200_000])
def test_the_markup_check_is_quick_on_any_text(data_dir, text):
    from accords.loader import check_data

    data_dir.minimal().write("sources/wire.yml", f"publisher: example-wire\ndate: 2025\nnotes: {json.dumps(text)}\n")
    start = time.perf_counter()
    check_data(data_dir.path, today=TODAY, strict_text=True)
    assert time.perf_counter() - start < 2.0


def test_links_and_devices_are_not_read(data_dir, tmp_path):
    """A pull request can add a symbolic link: to a file outside the repository, or to a device that never ends."""
    import os

    data_dir.minimal()
    os.symlink("/dev/zero", data_dir.path / "sources" / "endless.yml")
    os.mkfifo(tmp_path / "pipe")
    os.symlink(tmp_path / "pipe", data_dir.path / "sources" / "pipe.yml")
    os.symlink(tmp_path, data_dir.path / "projects")
    start = time.perf_counter()
    found = problems_of(data_dir)
    assert time.perf_counter() - start < 2.0
    assert found == [
        "data/projects: not a plain folder (a link) — collections are folders in the repository",
        "data/sources/endless.yml: not a plain file (a link or a device) — a record file is a regular file in the repository",
        "data/sources/pipe.yml: not a plain file (a link or a device) — a record file is a regular file in the repository",
    ]
