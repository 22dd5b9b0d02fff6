"""Loading and validation: every kind of mistake is reported with file, line, field and a hint."""

from __future__ import annotations

import datetime as dt

import pytest

from accords.loader import load_dataset
from accords.problems import DataError, Problem

TODAY = dt.date(2026, 11, 23)


def problems_of(data_dir) -> list[Problem]:
    with pytest.raises(DataError) as caught:
        load_dataset(data_dir.path, root=data_dir.path.parent, today=TODAY)
    return caught.value.problems


def only_problem(data_dir) -> Problem:
    problems = problems_of(data_dir)
    assert len(problems) == 1, [str(p) for p in problems]
    return problems[0]


def test_the_real_dataset_loads(real_data):
    dataset = real_data  # loaded once per session (load_dataset raises DataError with every problem)
    assert dataset.counts()["agreements"] >= 9
    assert "turkiye" in dataset.records


def test_a_minimal_dataset_loads(data_dir):
    dataset = load_dataset(data_dir.minimal().path, today=TODAY)
    assert dataset.agreements_of("kazakhstan") == ["mining-mou"]
    assert str(dataset.get("mining-mou").date_signed) == "2025-06"


def test_malformed_yaml_names_file_and_line(data_dir):
    data_dir.minimal().write("agreements/broken.yml", "title: [unclosed\nkind: agreement\n")
    problem = only_problem(data_dir)
    assert problem.path == "data/agreements/broken.yml"
    assert problem.line == 2
    assert "invalid YAML" in problem.message


def test_tabs_get_a_hint(data_dir):
    data_dir.minimal().write("sources/tabbed.yml", "publisher: example-wire\ndate:\t2025\nnotes:\n\t- a\n")
    problem = only_problem(data_dir)
    assert problem.path == "data/sources/tabbed.yml"
    assert "tabs" in (problem.hint or "")


def test_unknown_field_suggests_the_right_one(data_dir):
    data_dir.minimal().write("sources/typo.yml", "publisher: example-wire\ndate: 2025\ntitel: A report\n")
    problem = only_problem(data_dir)
    assert (problem.line, problem.column, problem.field) == (3, 1, "titel")
    assert problem.message == "unknown field 'titel'"
    assert problem.hint == "did you mean 'title'?"


def test_wrong_type_says_what_was_expected(data_dir):
    data_dir.minimal().write("topics/energy.yml", "kind: sector\nname: Energy\naliases: Power\n")
    problem = only_problem(data_dir)
    assert problem.field == "aliases"
    assert problem.line == 3
    assert "valid list" in problem.message and "got text" in problem.message


def test_unknown_reference_suggests_a_close_id(data_dir):
    data_dir.minimal().write(
        "agreements/second.yml",
        "title: Second\nkind: agreement\nparties:\n  - kazakhstan\n  - uzbekstan\nsources: [report]\n",
    )
    problem = only_problem(data_dir)
    assert str(problem) == (
        "data/agreements/second.yml:5:5: parties[1]: unknown actor 'uzbekstan' — did you mean 'uzbekistan'?"
    )


def test_a_person_cannot_be_a_party(data_dir):
    data_dir.minimal().write(
        "agreements/second.yml", "title: Second\nkind: agreement\nparties: [kazakhstan, jane-doe]\nsources: [report]\n"
    )
    problem = only_problem(data_dir)
    assert problem.field == "parties[1]"
    assert "'jane-doe' is a person" in problem.message
    assert "signatories" in problem.hint


def test_duplicate_id_across_collections(data_dir):
    data_dir.minimal().write("actors/kazakhstan.yml", "kind: organisation\nname: Kazakh body\nsources: [report]\n")
    problem = only_problem(data_dir)
    assert "duplicate id 'kazakhstan'" in problem.message
    assert "data/countries/kazakhstan.yml" in problem.message or "data/actors/kazakhstan.yml" in problem.message


def test_impossible_date(data_dir):
    data_dir.minimal().write("sources/late.yml", "publisher: example-wire\ndate: 2026-02-30\n")
    problem = only_problem(data_dir)
    assert (problem.path, problem.line, problem.field) == ("data/sources/late.yml", 2, "date")
    assert "February 2026 has 28 days" in problem.message


def test_malformed_partial_date(data_dir):
    data_dir.minimal().write("sources/odd.yml", "publisher: example-wire\ndate: 2025--11\n")
    problem = only_problem(data_dir)
    assert "YYYY, YYYY-MM or YYYY-MM-DD" in problem.message


def test_future_signing_date(data_dir):
    data_dir.minimal().write(
        "agreements/future.yml",
        "title: F\nkind: agreement\ndate_signed: 2027-01\nparties: [kazakhstan]\nsources: [report]\n",
    )
    problem = only_problem(data_dir)
    assert problem.field == "date_signed" and "in the future" in problem.message
    assert "status: planned" in problem.hint


def test_record_without_a_source(data_dir):
    data_dir.minimal().write("countries/china.yml", "iso2: CN\n")
    problem = only_problem(data_dir)
    assert problem.path == "data/countries/china.yml"
    assert problem.message == "required field 'sources' is missing"


def test_id_must_match_file_name(data_dir):
    data_dir.minimal().write("topics/energy.yml", "id: power\nkind: sector\nname: Energy\n")
    problem = only_problem(data_dir)
    assert problem.field == "id" and "does not match the file name" in problem.message


def test_yaml_no_is_not_a_boolean_trap(data_dir):
    """YAML 1.2: `status: no` stays the text 'no', reported as a wrong status, not silently False."""
    data_dir.minimal().write(
        "agreements/odd.yml", "title: O\nkind: agreement\nstatus: no\nparties: [kazakhstan]\nsources: [report]\n"
    )
    problem = only_problem(data_dir)
    assert problem.field == "status" and "'no' is not allowed" in problem.message


def test_every_problem_is_reported_in_one_run(data_dir):
    data_dir.minimal()
    data_dir.write("sources/typo.yml", "publisher: example-wire\ndate: 2025\ntitel: A\n")
    data_dir.write("countries/china.yml", "iso2: CN\n")
    data_dir.write("agreements/second.yml", "title: S\nkind: agreement\nparties: [uzbekstan]\nsources: [report]\n")
    paths = sorted(p.path for p in problems_of(data_dir))
    assert paths == ["data/agreements/second.yml", "data/countries/china.yml", "data/sources/typo.yml"]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "file is empty"),
        (b"\xef\xbb\xbfpublisher: example-wire\ndate: 2025\n", "byte order mark"),
        (b"publisher: \xff\ndate: 2025\n", "not UTF-8"),
        (b"- publisher: example-wire\n- date: 2025\n", "expected a mapping of fields, got a list"),
        (b"publisher: example-wire\npublisher: Y\ndate: 2025\n", "invalid YAML"),
    ],
)
def test_unreadable_files(data_dir, content, expected):
    data_dir.minimal().write("sources/bad.yml", content)
    problem = only_problem(data_dir)
    assert problem.path == "data/sources/bad.yml"
    assert expected in problem.message


def test_optional_references_are_checked_too(data_dir):
    data_dir.minimal().write(
        "actors/agency.yml", "kind: government-body\nname: Agency\ncountry: kazakstan\nparent: mining-ministy\nsources: [report]\n"
    )
    problems = problems_of(data_dir)
    assert [(p.field, p.hint) for p in problems] == [
        ("country", "did you mean 'kazakhstan'?"),
        ("parent", "did you mean 'mining-ministry'?"),
    ]


def test_a_malformed_id_in_any_reference_field_gets_the_id_hint(data_dir):
    """Which fields hold ids is read from the model, nested fields included; other patterns get no id hint."""
    data_dir.minimal().write("actors/agency.yml", "kind: government-body\nname: Agency\nparent: Mining Ministry\nsources: [report]\n")
    data_dir.write("events/summit.yml", "name: Summit\nkind: summit\nstatus: held\nparticipants: [kazakhstan]\n"
                   "chairs: [Jane Doe]\nsources: [report]\n")
    data_dir.write("sources/wire.yml", "publisher: example-wire\ndate: 2025\nlanguage: English language\n")
    problems = {p.field: p.hint for p in problems_of(data_dir)}
    assert problems == {
        "parent": "ids are lower-case letters, digits and single hyphens",
        "chairs[0]": "ids are lower-case letters, digits and single hyphens",
        "language": None,
    }


def test_a_rebuild_reads_again_only_the_files_that_changed(data_dir):
    """`mkdocs serve` keeps what it read: unchanged files are not read again; a changed one is, and a file
    with a problem is reported on every load until it is fixed."""
    from accords.loader import RecordCache

    data_dir.minimal()
    cache = RecordCache()
    first = load_dataset(data_dir.path, today=TODAY, cache=cache)
    assert cache.read == 8  # the seven files of the minimal dataset, and the publisher every test dataset has
    data_dir.write("agreements/mining-mou.yml", (data_dir.path / "agreements" / "mining-mou.yml").read_text().replace(
        "Mining memorandum", "Mining and energy memorandum"))
    second = load_dataset(data_dir.path, today=TODAY, cache=cache)
    assert cache.read == 1
    assert second.get("mining-mou").title == "Mining and energy memorandum"
    assert second.get("jane-doe") is first.get("jane-doe")  # the same record, not read again
    data_dir.write("sources/report.yml", "publisher: example-wire\ndate: 2025-06\nid: other-id\n")
    for _ in range(2):
        with pytest.raises(DataError, match="does not match the file name"):
            load_dataset(data_dir.path, today=TODAY, cache=cache)
