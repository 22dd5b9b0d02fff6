"""The `accords` command: validate (text and GitHub annotations), check, new, schemas."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import pytest
from conftest import ROOT

from accords.loader import RecordCache, check_data

BAD = ROOT / "tests" / "bad"

# Each broken file, and what its message must say.
BAD_CASES = {
    "malformed-yaml/agreements/unclosed-list.yml": ":4:8: invalid YAML",
    "tabs/sources/tabbed.yml": "indent with spaces, not tabs",
    "bom/sources/with-bom.yml": ":1:1: file starts with a UTF-8 byte order mark",
    "non-utf8/sources/latin1.yml": ":1: byte 0xde is not UTF-8",
    "empty/sources/empty.yml": "file is empty",
    "list-not-mapping/sources/a-list.yml": "expected a mapping of fields, got a list",
    "unknown-key/agreements/unknown-key.yml": ":1:1: titel: unknown field 'titel' — did you mean 'title'?",
    "wrong-type/agreements/wrong-type.yml": ":3:10: parties: input should be a valid list, got text",
    "unknown-reference/agreements/unknown-reference.yml": ":5:5: parties[1]: unknown actor 'uzbekstan' — did you mean 'uzbekistan'?",
    "person-as-party/agreements/person-as-party.yml": "parties[1]: 'hakan-fidan' is a person",
    "duplicate-id/actors/turkiye.yml": "duplicate id 'turkiye': data/countries/turkiye.yml already uses it",
    "id-mismatch/agreements/id-mismatch.yml": "id: id 'some-other-id' does not match the file name",
    "impossible-date/agreements/impossible-date.yml": ":3:14: date_signed: '2026-02-30' is not a real date",
    "future-date/agreements/future-date.yml": "date_signed: signing date 2099-01-01 is in the future",
    "day-without-month/agreements/day-without-month.yml": "'2025--11' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD",
    "yes-no-trap/agreements/yes-no-trap.yml": "title_is_official: input should be a valid boolean, got text — write true or false",
    "summary-jinja/agreements/summary-jinja.yml": "summary: text contains template syntax '{{'",
    "summary-html/agreements/summary-html.yml": "summary: text contains HTML '<script>'",
    "no-source/agreements/no-source.yml": "required field 'sources' is missing",
    # Hostile or broken beyond a contributor's slip: each refused quickly, with its place.
    "billion-laughs/sources/laughs.yml": ":4:8: invalid YAML: anchors and aliases (&name, *name) are not used in record files",
    "deep-nesting/sources/deep.yml": ":4:27: invalid YAML: values nested more than 20 levels deep",
    "huge-number/sources/huge-number.yml": ":4:8: invalid YAML: a number of 5,000 digits is too long to read",
    "two-documents/sources/two-documents.yml": ":4:1: invalid YAML: a record file holds one YAML document",
    "bad-url/sources/bad-url.yml": ":4:6: url: 'https://example.org/a report\"onmouseover=\"x' is not a web address",
    "control-character/sources/bell.yml": ":4:8: title: text contains the control character U+0007 (character 6 of the value)",
    "self-reference/actors/own-parent.yml": ":5:9: parent: 'own-parent' refers to itself",
    "parent-cycle/actors/body-a.yml": ":5:9: parent: a circle of parent references: 'body-a' → 'body-b' → 'body-a'",
    "related-cycle/agreements/first-plan.yml":
        ":7:16: related[0].agreement: a circle of 'follows up' references: 'first-plan' → 'second-plan' → 'first-plan'",
    "signed-after-sources/agreements/signed-after-sources.yml":
        ":4:14: date_signed: signed on 2026-01-29, after its latest source was published (2025-12-15)",
    "held-after-sources/events/held-after-sources.yml": ":5:7: date: held on 2026-03-10, after its latest source was published (2025-12-15)",
    "future-source/sources/future-source.yml": ":3:7: date: published on 2099-03, which is in the future",
    "status-out-of-order/agreements/status-out-of-order.yml":
        ":13:11: status_history[1].date: status history out of order: 2024-11 comes after 2025-06",
}


def digest(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.rglob("*")) if p.is_file()}


def case_files(case: str) -> list[str]:
    """A case is a folder of tests/bad/: the file the message is about, and any other files it needs (the other
    half of a circle of references)."""
    return sorted(f"tests/bad/{p.relative_to(BAD)}" for p in (BAD / case.split("/")[0]).rglob("*.yml"))


def test_the_bad_corpus_is_complete():
    folders = {case.split("/")[0] for case in BAD_CASES}
    assert {p.relative_to(BAD).parts[0] for p in BAD.rglob("*.yml")} == folders
    assert all((BAD / case).is_file() for case in BAD_CASES)


READ = RecordCache()  # the real data's files, read once for all the cases (as `mkdocs serve` keeps them)


@pytest.mark.parametrize("case", sorted(BAD_CASES))
def test_each_broken_file_gets_a_precise_message(case):
    """What `accords validate FILE` checks and prints (test_validate_prints_each_problem_with_its_place_and_changes_nothing
    runs the command itself): each problem of the file, as file:line:column: field: message — hint."""
    _, problems = check_data(ROOT / "data", files=[ROOT / f for f in case_files(case)], root=ROOT, strict_text=True, cache=READ)
    lines = [str(p) for p in problems]
    assert lines and all(line.startswith(f"tests/bad/{case}:") for line in lines), lines
    assert any(BAD_CASES[case] in line for line in lines), lines


def test_validate_prints_each_problem_with_its_place_and_changes_nothing(cli):
    before = digest(BAD) | digest(ROOT / "data")
    result = cli("validate", *case_files("related-cycle/agreements/first-plan.yml"))
    assert result.returncode == 1 and "Traceback" not in result.stdout + result.stderr
    assert result.stdout.splitlines() == [
        "tests/bad/related-cycle/agreements/first-plan.yml:7:16: related[0].agreement: a circle of 'follows up' references: "
        "'first-plan' → 'second-plan' → 'first-plan' — a chain of these references has to end; remove the one that leads back"]
    assert result.stderr == "1 problem found\n"
    assert digest(BAD) | digest(ROOT / "data") == before


@pytest.mark.parametrize("command", ["validate", "check"])
def test_a_folder_without_data_gets_a_hint_not_a_traceback(tmp_path, cli, command):
    result = cli(command, cwd=tmp_path)
    assert result.returncode == 1 and "Traceback" not in result.stdout + result.stderr
    assert "data: the data folder does not exist — run accords in the repository's folder, or name the data folder with --data" \
        in result.stderr


def test_a_huge_file_is_refused(tmp_path, cli):
    huge = tmp_path / "sources" / "huge.yml"
    huge.parent.mkdir()
    huge.write_text("publisher: example-wire\ndate: 2026\nnotes: >-\n" + "  word\n" * 300_000, encoding="utf-8")
    result = cli("validate", str(huge))
    assert result.returncode == 1
    assert "the limit is 1,000,000" in result.stdout
    assert "Traceback" not in result.stderr


def test_the_real_data_is_valid(cli):
    result = cli("validate")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("data is valid:")


def test_github_annotations(cli):
    result = cli("validate", "tests/bad/unknown-reference/agreements/unknown-reference.yml", env={"GITHUB_ACTIONS": "true"})
    assert result.returncode == 1
    assert result.stdout.strip() == (
        "::error file=tests/bad/unknown-reference/agreements/unknown-reference.yml,line=5,col=5,title=parties[1]"
        "::unknown actor 'uzbekstan' — did you mean 'uzbekistan'?"
    )
    text = cli("validate", "--format", "text", "tests/bad/unknown-reference/agreements/unknown-reference.yml",
                   env={"GITHUB_ACTIONS": "true"})
    assert text.stdout.startswith("tests/bad/unknown-reference/agreements/unknown-reference.yml:5:5:")


def test_check_reports_warnings_but_passes(run):
    result = run.accords("check")
    assert result.returncode == 0
    # A planned meeting that no agreement or event links to yet; ECO is discussed at the JSPG meeting.
    assert "data/events/kyrgyzstan-azerbaijan-intergovernmental-commission-next.yml:1: warning: no other record refers to this one" in result.stdout
    assert "data/actors/eco.yml:1: warning: no other record" not in result.stdout
    # Bayraktar signed the Türkiye–Uzbekistan memorandum; Azat Ibrahimov is quoted by a source and signed nothing recorded here.
    assert "data/actors/azat-ibrahimov.yml:1: warning: this actor signed nothing" in result.stdout
    assert "alparslan-bayraktar.yml:1: warning: this actor signed nothing" not in result.stdout
    assert "probably the same" not in result.stdout  # no two records of the real data are probably one (test_duplicates)


def test_check_warns_about_a_planned_event_that_has_passed(data_dir, run):
    data = data_dir.minimal().path  # (a small dataset: the warning is of the one record)
    data_dir.write("events/old-plan.yml", "name: Old plan\nkind: summit\nstatus: planned\ndate: 2024-05\nsources: [report]\n")
    result = run.accords("check", "--data", str(data), cwd=data.parent)
    assert "data/events/old-plan.yml:1: warning: planned event dated 2024-05 has passed" in result.stdout


@pytest.fixture
def small_data(data_dir):
    """Three countries, a ministry, a person, a source (data_dir.minimal(), with Türkiye and Tokayev)."""
    data_dir.minimal()
    data_dir.write("countries/turkiye.yml", "iso2: TR\nsources: [report]\n")
    data_dir.write("actors/kassym-jomart-tokayev.yml", "kind: person\nname: Kassym-Jomart Tokayev\nsources: [report]\n")
    return data_dir.path


def test_new_writes_a_valid_commented_record(small_data, cli):
    data = small_data
    result = cli("new", "agreement", "--data", str(data), "--title", "Меморандум о сотрудничестве в области энергетики",
                 "--party", "kazakhstan,turkiye", "--source", "report", "--date", "2025-06", cwd=data.parent)
    assert result.returncode == 0, result.stderr
    path = data / "agreements" / "memorandum-o-sotrudnichestve-v-oblasti-energetiki-2025.yml"
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=../../schemas/agreements.schema.json\n")
    assert "date_signed: 2025-06" in text and "parties: [kazakhstan, turkiye]" in text and "status: signed" in text
    assert "# place: …   # Where it was signed, as one of the record's own sources says." in text  # every other field, with what it holds
    assert cli("validate", "--data", str(data), str(path), cwd=data.parent).returncode == 0
    # Never overwrites: the same command again fails and leaves the file as it was.
    again = cli("new", "agreement", "--data", str(data), "--title", "Меморандум о сотрудничестве в области энергетики",
                "--party", "kazakhstan", "--source", "report", "--date", "2025-06", cwd=data.parent)
    assert again.returncode == 1 and "already exists" in again.stderr
    assert path.read_text(encoding="utf-8") == text


def test_new_source_takes_the_language_of_its_text(small_data, cli):
    data = small_data
    publisher = next((data / "publishers").glob("*.yml")).stem
    result = cli("new", "source", "--data", str(data), "--publisher", publisher, "--title", "Подписан меморандум",
                 "--date", "2025-06-03", "--url", "", "--language", "ru", cwd=data.parent)
    assert result.returncode == 0, result.stderr
    written = (data / "sources" / "podpisan-memorandum-2025-06-03.yml").read_text(encoding="utf-8")
    assert 'language: "ru"' in written and "# url: …" in written


def test_new_refuses_unknown_references_and_writes_nothing(small_data, cli):
    data = small_data
    result = cli("new", "actor", "--data", str(data), "--name", "Ministry of Energy", "--kind", "government-body",
                 "--country", "kazakhtsan", "--source", "report", cwd=data.parent)
    assert result.returncode == 1
    assert "did you mean 'kazakhstan'?" in result.stderr
    assert not (data / "actors" / "ministry-of-energy.yml").exists()


def test_new_takes_a_name_in_any_spelling_and_suggests_for_a_typo(small_data, cli):
    data = small_data
    typo = cli("new", "agreement", "--data", str(data), "--title", "Energy MoU", "--party", "Uzbekstan",
               "--party", "turkiye", "--source", "report", cwd=data.parent)
    assert typo.returncode == 1
    assert "--party 'Uzbekstan': did you mean 'uzbekistan'?" in typo.stderr
    assert not (data / "agreements" / "energy-mou.yml").exists()
    turkish = cli("new", "agreement", "--data", str(data), "--title", "Energy MoU", "--party", "Özbekistan,Turkey",
                  "--source", "report", cwd=data.parent)
    assert turkish.returncode == 0, turkish.stderr
    assert "--party 'Özbekistan' is uzbekistan" in turkish.stdout
    assert "parties: [uzbekistan, turkiye]" in (data / "agreements" / "energy-mou.yml").read_text(encoding="utf-8")


def test_new_warns_about_an_actor_that_probably_exists(small_data, cli):
    data = small_data
    result = cli("new", "actor", "--data", str(data), "--name", "Kassym-Jomart Tokaev", "--kind", "person",
                 "--source", "report", cwd=data.parent)
    assert result.returncode == 0
    assert ("warning: probably the same as kassym-jomart-tokayev (data/actors/kassym-jomart-tokayev.yml): "
            "'Kassym-Jomart Tokaev' and 'Kassym-Jomart Tokayev'") in result.stdout


def test_new_writes_any_kind_of_record(small_data, cli):
    """Every kind has its command, asking for what its entry in accords.kinds says (a project: name, kind, countries)."""
    data = small_data
    result = cli("new", "project", "--data", str(data), "--name", "Trans-Caspian Cable", "--kind", "cable",
                 "--country", "kazakhstan", "--country", "Türkiye", "--source", "report", cwd=data.parent)
    assert result.returncode == 0, result.stderr
    text = (data / "projects" / "trans-caspian-cable.yml").read_text(encoding="utf-8")
    assert 'name: "Trans-Caspian Cable"' in text and "countries: [kazakhstan, turkiye]" in text and "sources: [report]" in text
    assert "# status: unknown   # the default" in text


def test_new_without_a_terminal_names_the_missing_option(tmp_path, cli):
    result = cli("new", "event", "--data", str(tmp_path), "--name", "A forum", stdin="")
    assert result.returncode == 2
    assert "--kind is required" in result.stderr


def test_python_dash_m_and_console_script_agree(run):
    script = Path(sys.executable).parent / "accords"
    assert run.command([str(script), "schemas", "--check"]).returncode == 0
