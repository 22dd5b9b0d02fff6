"""The coverage ledger (searches and the reports they found) and the known gaps: what the loader refuses, what the
coverage page sums, on small datasets written by hand, each figure worked out by hand (unit tier)."""

from __future__ import annotations

import datetime as dt

from accords.lists import Lists
from accords.loader import check_data, load_dataset
from accords.renderer import render_layout
from accords.view import SiteView

TODAY = dt.date(2026, 12, 4)


def small_world(data_dir):
    data_dir.write("sources/report.yml", "publisher: example-wire\ndate: 2025-07-05\n")
    data_dir.write("sources/other-report.yml", "publisher: example-wire\ndate: 2025-05\n")
    for record_id, iso2 in (("china", "CN"), ("kazakhstan", "KZ"), ("tajikistan", "TJ")):
        data_dir.write(f"countries/{record_id}.yml", f"iso2: {iso2}\nsources: [report]\n")
    for name, parties, date in (("a", "china, tajikistan", "2024-07-05"), ("b", "china, tajikistan", None),
                                ("c", "china, kazakhstan, tajikistan", "2025-05"), ("d", "kazakhstan, tajikistan", "2021")):
        data_dir.write(f"agreements/{name}.yml", f"title: {name}\nkind: agreement\nparties: [{parties}]\n"
                       + (f"date_signed: {date}\n" if date else "") + "sources: [report]\n")
    data_dir.write("searches/first.yml", """
        words: Tajikistan China documents signed
        searched: 2026-12-04
        reports:
          - url: https://example.invalid/news/1
            date: 2024-07-05
            publisher: example-wire
            outcome: used
            source: report
            drafted:
              documents: {right: 3, missed: 4, wrong: 1}
              events: {right: 1}
              note: missed the list after 'including'
          - url: https://example.invalid/news/2
            outcome: duplicate
            note: a relay of the first
        """)
    data_dir.write("searches/second.yml", """
        words: Kazakhstan Tajikistan agreements
        searched: 2026-12-04
        reports:
          - url: https://example.invalid/news/1
            outcome: recorded
            source: report
            note: found again
          - url: https://example.invalid/news/3
            outcome: used
            source: other-report
            drafted:
              documents: {right: 1, wrong: 2}
              events: {missed: 1}
          - url: https://example.invalid/news/4
            outcome: no-signing
            note: talks only
          - outcome: out-of-scope
            note: the store gave no address
        """)
    data_dir.write("gaps/china-kazakhstan-tajikistan-2025.yml", """
        countries: [china, kazakhstan, tajikistan]
        year: 2025
        gap: A summit of the three is known from a preview only.
        """)
    data_dir.write("gaps/china-tajikistan-2024.yml", """
        countries: [tajikistan, china]
        year: 2024
        gap: The report counts 29 documents and names seven.
        sources: [report]
        """)
    return data_dir


def test_the_ledger_sums_outcomes_and_the_drafting_tally(data_dir):
    ledger = Lists(load_dataset(small_world(data_dir).path, today=TODAY)).ledger()
    assert (ledger["searches"], ledger["reports"], ledger["addresses"], ledger["used"], ledger["drafted"]) == (2, 6, 4, 2, 2)
    assert [(o.value, n) for o, n in ledger["outcomes"]] == [("used", 2), ("recorded", 1), ("duplicate", 1), ("out-of-scope", 1), ("no-signing", 1)]
    assert ledger["tally"] == {"documents": {"right": 4, "missed": 4, "wrong": 3}, "events": {"right": 1, "missed": 1, "wrong": 0}}


def test_pairs_count_agreements_by_year_from_2022_with_earlier_and_undated_apart_and_their_gaps(data_dir):
    rows = Lists(load_dataset(small_world(data_dir).path, today=TODAY)).pairs()
    assert [(r["countries"], r["total"], r["years"], r["earlier"], r["undated"], r["gaps"]) for r in rows] == [
        (("china", "tajikistan"), 3, [(2022, 0), (2023, 0), (2024, 1), (2025, 1)], 0, 1, ["china-tajikistan-2024"]),
        (("kazakhstan", "tajikistan"), 2, [(2022, 0), (2023, 0), (2024, 0), (2025, 1)], 1, 0, []),
        (("china", "kazakhstan"), 1, [(2022, 0), (2023, 0), (2024, 0), (2025, 1)], 0, 0, []),
    ]


def test_the_coverage_page_shows_pairs_gaps_and_the_tally_and_the_ledger_every_report(data_dir):
    view = SiteView(load_dataset(small_world(data_dir).path, today=TODAY), repo_url="https://example.org/repo")
    coverage = render_layout(view, "coverage.md", "coverage/")
    assert "| 3 | 2024: 1 · 2025: 1 · no year: 1 | [2024](#china-tajikistan-2024) |" in coverage
    assert "| 2 | 2025: 1 · earlier: 1 | none recorded |" in coverage
    assert "### Tajikistan – China, 2024 {: #china-tajikistan-2024 }" in coverage
    assert "### China – Kazakhstan – Tajikistan, 2025 {: #china-kazakhstan-tajikistan-2025 }" in coverage  # listed, under no pair
    assert "documents 4 right, 4 missed, 3 wrong; events 1 right, 1 missed, 0 wrong" in coverage
    ledger = render_layout(view, "ledger.md", "coverage/ledger/", listing="coverage/ledger.md", page_number=1, page_count=1)
    assert ledger.count('<a href="https://example.invalid/news/') == 5
    assert "**no signing reported**: talks only." in ledger
    assert '- No address, <span class="tracker-undated">date not stated</span>: **out of scope**: the store gave no address.' in ledger
    assert "Drafted: documents 3 right, 4 missed, 1 wrong; events 1 right, 0 missed, 0 wrong (missed the list after" in ledger


def test_a_report_must_say_what_became_of_it(data_dir):
    small_world(data_dir)
    path = data_dir.write("searches/bad.yml", """
        words: anything
        searched: 2026-12-04
        reports:
          - url: https://example.invalid/a
            outcome: used
          - url: https://example.invalid/b
            outcome: out-of-scope
          - url: https://example.invalid/c
            outcome: undated
            note: no date
            drafted: {documents: {right: 1}}
          - url: not an address
            outcome: maybe
        """)
    _, problems = check_data(data_dir.path, files=[path], today=TODAY)
    said = [str(p) for p in problems]
    assert any("bad.yml:4:" in p and "needs `source:`" in p for p in said), said
    assert any("bad.yml:6:" in p and "needs a `note:`" in p for p in said), said
    assert any("bad.yml:8:" in p and "was not used" in p for p in said), said
    assert any("bad.yml:12:" in p and "reports[3].url" in p for p in said), said
    assert any("bad.yml:13:" in p and "reports[3].outcome" in p for p in said), said


def test_a_gap_names_at_least_two_recorded_countries(data_dir):
    small_world(data_dir)
    path = data_dir.write("gaps/lonely.yml", "countries: [tajikstan]\nyear: 2024\ngap: Nothing found.\n")
    _, problems = check_data(data_dir.path, files=[path], today=TODAY)
    said = " ".join(str(p) for p in problems)
    assert "countries" in said and "at least 2" in said, said
