"""What contributors and reviewers rely on: workflows, editor schemas, history, redirects, reproducible builds."""

from __future__ import annotations

import filecmp
import json
import math
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml
from conftest import ROOT

from accords.kinds import TYPE_OF_COLLECTION

BIN = Path(sys.executable).parent
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))


def test_workflows_pass_zizmor(run):
    result = run.command([str(BIN / "zizmor"), "--offline", "--no-progress", *map(str, WORKFLOWS)])
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No findings" in result.stdout + result.stderr


def test_workflows_and_issue_forms_match_githubs_schemas(run):
    for schema, files in [
        ("vendor.github-workflows", WORKFLOWS),
        ("vendor.github-issue-forms", sorted((ROOT / ".github" / "ISSUE_TEMPLATE").glob("incorrect-*.yml"))),
    ]:
        assert files
        result = run.command([str(BIN / "check-jsonschema"), "--builtin-schema", schema, *map(str, files)])
        assert result.returncode == 0, result.stdout + result.stderr


def test_workflows_are_least_privilege_and_pinned():
    for path in WORKFLOWS:
        text = path.read_text(encoding="utf-8")
        workflow = yaml.safe_load(text)
        assert "pull_request_target" not in text
        assert workflow["permissions"] == {}, f"{path.name}: default permissions must be none"
        for name, job in workflow["jobs"].items():
            assert "permissions" in job, f"{path.name}: job {name} sets no permissions"
            for step in job.get("steps", []):
                if "uses" in step:
                    assert re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40}", step["uses"]), step["uses"]
                assert "${{" not in step.get("run", ""), f"{path.name}: expression expanded in a run: line"


def test_pages_are_deployed_by_the_official_actions():
    deploy = yaml.safe_load((ROOT / ".github/workflows/deploy.yml").read_text(encoding="utf-8"))
    uses = [s["uses"].split("@")[0] for job in deploy["jobs"].values() for s in job["steps"] if "uses" in s]
    assert {"actions/upload-pages-artifact", "actions/deploy-pages"} <= set(uses)


def test_editors_map_each_data_folder_to_its_schema():
    settings = json.loads((ROOT / ".vscode/settings.json").read_text(encoding="utf-8"))["yaml.schemas"]
    assert sorted(settings.values()) == sorted(f"data/{c}/*.yml" for c in TYPE_OF_COLLECTION)
    for schema in settings:
        assert (ROOT / schema).is_file(), schema


def git_dates(*args: str) -> list[str]:
    return subprocess.run(["git", "log", "--format=%cs", *args], cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()


def test_record_pages_show_their_history_from_git(site):
    path = "data/agreements/astana-declaration-2025.yml"
    changed = git_dates("-1", "--", path)
    added = git_dates("--diff-filter=A", "--", path)
    meta = site.html("agreements/astana-declaration-2025").select_one(".tracker-record-meta")
    times = [t["datetime"] for t in meta.select("time")]
    if changed:  # committed: added and last changed dates, as git says
        assert times == [added[-1], changed[0]]
    else:
        assert "not yet committed" in meta.get_text()
    history = meta.select_one("a[href*='/commits/main/']")
    assert history["href"].endswith(f"/commits/main/{path}")


def test_every_record_page_can_be_edited_and_reported(site):
    for page in ["agreements/astana-declaration-2025", "actors/hakan-fidan", "countries/kz", "events/turkiye-kazakhstan-jspg-8",
                 "projects/nurdagi-school", "topics/mining"]:
        meta = site.html(page).select_one(".tracker-record-meta")
        edit = meta.find("a", string="Edit this record")
        assert re.search(r"/edit/main/data/\w+/[\w-]+\.yml$", edit["href"]), page
        report = urlsplit(meta.find("a", string="Report an error")["href"])
        query = parse_qs(report.query)
        assert report.path.endswith("/issues/new")
        assert query["template"] == ["incorrect-details.yml"]
        assert query["record"][0] in edit["href"]


def test_a_renamed_record_keeps_its_old_address(edited_site):
    redirect = edited_site.html("agreements/astana-declaration-2025")  # renamed astana-declaration, its former id kept
    assert redirect.select_one("meta[http-equiv=refresh]")["content"] == "0; url=../astana-declaration/"
    assert redirect.select_one("link[rel=canonical]")["href"] == "../astana-declaration/"
    assert edited_site.exists("agreements/astana-declaration")


def test_two_builds_of_the_same_commit_are_identical(data_dir, tmp_path, run):
    """Two builds, one after the other, in two folders, of a part of the real data with records of every kind (a build of
    all of it took 21 s at 759 agreements; each kind's pages, listings, exports and the coverage ledger are here)."""
    data_dir.copy_real_part("astana-declaration-2025", "china-kyrgyzstan-uzbekistan-railway", "action-plan",
                            "2026-12-04-asia-gulf-1", "azerbaijan-china-2022", "second-china-central-asia-summit")
    first, second = tmp_path / "first", tmp_path / "second"
    for out in (first, second):
        result = run.build(out, data_dir.path)
        assert result.returncode == 0, result.stderr
    files = sorted(str(p.relative_to(first)) for p in first.rglob("*") if p.is_file())
    assert files == sorted(str(p.relative_to(second)) for p in second.rglob("*") if p.is_file())
    match, mismatch, errors = filecmp.cmpfiles(first, second, files, shallow=False)
    assert mismatch == [] and errors == []


def test_a_checkout_whose_history_cannot_be_read_is_said_not_hidden(tmp_path, run):  # runs git
    from accords.history import HistoryUnreadable, file_histories

    assert file_histories(tmp_path, "data") == {}  # no checkout (a source tarball): no dates, nothing to say
    (tmp_path / ".git").mkdir()  # a checkout git cannot read
    with pytest.raises(HistoryUnreadable, match="cannot be read"):
        file_histories(tmp_path, "data")


@pytest.mark.parametrize("partial", ["header.html", "source.html"])
def test_each_overridden_material_partial_differs_from_the_installed_theme_in_one_marked_place(partial):
    """A copied partial drifts when Material is upgraded: outside its one change (said in its opening
    comment), it must stay the installed theme's file line for line."""
    import difflib

    import material

    def body(path: Path) -> list[str]:  # without the opening {#- … -#} comment (Material's says "generated")
        return re.sub(r"^\{#-.*?-#\}\n", "", path.read_text(encoding="utf-8"), count=1, flags=re.S).splitlines()

    ours = body(ROOT / "overrides" / "partials" / partial)
    theirs = body(Path(material.__file__).parent / "templates" / "partials" / partial)
    changes = [op for op in difflib.SequenceMatcher(None, theirs, ours, autojunk=False).get_opcodes() if op[0] != "equal"]
    assert len(changes) == 1, [(theirs[i1:i2], ours[j1:j2]) for _, i1, i2, j1, j2 in changes]
    opening = (ROOT / "overrides" / "partials" / partial).read_text(encoding="utf-8").split("-#}", 1)[0]
    assert "Material" in opening  # the opening comment says what changed and why


def test_data_outside_the_repository_has_no_history_and_no_warning(tmp_path, run):  # runs git
    from accords.history import file_histories

    assert file_histories(ROOT, str(tmp_path / "data"), "../elsewhere") == {}
    assert file_histories(ROOT, "data")  # the project's own data has its dates


def test_recent_changes_list_every_committed_record_by_its_last_commit_newest_first(site):
    """Checked against git itself: the date of the last commit that touched each record's file."""
    committed = subprocess.run(["git", "ls-files", "data/*/*.yml"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    pages = math.ceil(len(committed) / 100)
    assert site.exists("changes") and (pages == 1 or site.exists(f"changes/page/{pages}")) and not site.exists(f"changes/page/{pages + 1}")
    rows = [row for n in range(1, pages + 1) for row in site.html("changes" if n == 1 else f"changes/page/{n}").select("table.tracker-changes tbody tr")]
    assert len(rows) == len(committed)
    changed = [row.select_one("td time")["datetime"] for row in rows]
    assert changed == sorted(changed, reverse=True)
    for row in rows[:5] + rows[-5:]:
        href = row.select_one("td a")["href"]  # ../agreements/<id>/ from changes/
        folder, record = href.strip("/").split("/")[-2:]
        if folder in ("agreements", "actors", "events", "projects"):
            last = subprocess.run(["git", "log", "-1", "--format=%cs", "--", f"data/{folder}/{record}.yml"], cwd=ROOT,
                                  capture_output=True, text=True, check=True).stdout.strip()
            assert row.select_one("td time")["datetime"] == last, href
    home = site.html("")
    assert home.select_one("article a[href='changes/']") is not None  # linked from the home page
