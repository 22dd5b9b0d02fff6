"""`make serve`: the site served locally, and quick rebuilds: which pages an edit to one record renders again."""

from __future__ import annotations

import datetime as dt
import os
import re
import socket
import time
import urllib.request

import jinja2
import pytest
import static_server
from playwright.sync_api import expect

from accords.dataset import Dataset
from accords.loader import load_dataset
from accords.rebuilds import CompiledTemplates, affected_pages

TODAY = dt.date(2026, 11, 23)


class CountingEnvironment(jinja2.Environment):
    compiled: list[str | None] = []

    def compile(self, source, name=None, filename=None, raw=False, defer_init=False):  # type: ignore[no-untyped-def]
        self.compiled.append(name)
        return super().compile(source, name, filename, raw, defer_init)


def test_a_rebuild_compiles_only_the_templates_whose_source_changed():
    """MkDocs makes a new Jinja environment for the theme's templates on every `mkdocs serve` rebuild; the plugin's
    cache of compiled templates outlives them."""
    cache, sources, compiled = CompiledTemplates(), {"agreement.md": "Signed in {{ place }}"}, CountingEnvironment.compiled
    first = CountingEnvironment(loader=jinja2.DictLoader(sources), bytecode_cache=cache)
    assert first.get_template("agreement.md").render(place="Astana") == "Signed in Astana"
    assert compiled == ["agreement.md"]
    second = CountingEnvironment(loader=jinja2.DictLoader(sources), bytecode_cache=cache)  # the next rebuild
    assert second.get_template("agreement.md").render(place="Tashkent") == "Signed in Tashkent"
    assert compiled == ["agreement.md"]  # not compiled again
    sources["agreement.md"] = "Signed at {{ place }}"  # a layout edited while serving
    third = CountingEnvironment(loader=jinja2.DictLoader(sources), bytecode_cache=cache)
    assert third.get_template("agreement.md").render(place="Baku") == "Signed at Baku"
    assert compiled == ["agreement.md", "agreement.md"]


def test_an_edited_agreement_rebuilds_the_pages_that_show_it_and_no_others(real_data):
    old = real_data
    records = dict(old.records)
    records["astana-declaration-2025"] = old.get("astana-declaration-2025").model_copy(update={"title": "Astana Declaration (edited)"})
    new = Dataset(records, old.paths, old.facts)  # the real data with one record saved again, edited
    pages = affected_pages(old, new, {"astana-declaration-2025"})
    # Its own page, the pages it links to and that link to it, its parties' country pages.
    assert {"agreements/astana-declaration-2025.md", "events/second-china-central-asia-summit.md", "countries/cn.md",
            "topics/energy.md", "topics/green-minerals.md"} <= pages
    # The listings, and the timeline page of its year only.
    assert {"index.md", "agreements/index.md", "explore.md", "timeline.md", "timeline/2025.md"} <= pages
    assert "timeline/2026.md" not in pages and "data/index.md" not in pages
    # Records that do not show it are left as they are.
    assert "agreements/turkiye-uzbekistan-critical-minerals-mou-2026.md" not in pages
    assert "countries/tr.md" not in pages


def test_only_the_listing_page_that_shows_an_edited_record_is_rebuilt(data_dir):
    """250 sources of one month are listed 100 a page, by id from the last: s-000 is on the third page. A new
    publisher changes that page and the first (a listing's first page may sum up all its items), not the
    second; a source added moves every later row, so every page is rebuilt."""
    data_dir.minimal()
    for n in range(250):
        data_dir.write(f"sources/s-{n:03d}.yml", "publisher: example-wire\ndate: 2025-06\n")
    old = load_dataset(data_dir.path, today=TODAY)
    data_dir.write("publishers/another-wire.yml", "name: Another Wire\nkind: relay\n")
    data_dir.write("sources/s-000.yml", "publisher: another-wire\ndate: 2025-06\n")
    pages = affected_pages(old, load_dataset(data_dir.path, today=TODAY), {"s-000"})
    assert {"sources.md", "sources/page/3.md"} <= pages and "sources/page/2.md" not in pages
    data_dir.write("sources/s-250.yml", "publisher: example-wire\ndate: 2025-06\n")
    pages = affected_pages(old, load_dataset(data_dir.path, today=TODAY), {"s-250"})
    assert {"sources.md", "sources/page/2.md", "sources/page/3.md"} <= pages


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_for(url: str, wanted: str, seconds: float) -> str:
    deadline = time.monotonic() + seconds
    text = ""
    while time.monotonic() < deadline:
        try:
            text = urllib.request.urlopen(url, timeout=5).read().decode("utf-8")
            if wanted in text:
                return text
        except OSError:
            pass
        time.sleep(0.05)  # the rebuild ends at any moment: a short poll sees it soon after
    raise AssertionError(f"{url} did not show {wanted!r} within {seconds} s")


@pytest.mark.browser
def test_make_serve_shows_an_edit_and_the_problems_of_a_bad_one_on_the_page(data_dir, tmp_path, browser):
    """The README's `make serve` (on a copy of a part of the data: the Astana Declaration and all it refers to): the site
    is served, search included, and an edit to a record shows on its page and on the pages that list it. A record saved
    with a mistake does not stop the preview: every page shows the problem (file, line, field, message) above the last
    data that loaded, and reloads without it once the file is fixed. Stopped as Ctrl-C stops it, it leaves nothing
    running and no folder behind."""
    data_dir.copy_real_part("astana-declaration-2025")
    temp = tmp_path / "temp"  # where `mkdocs serve` writes the site it serves
    temp.mkdir()
    port = _free_port()
    base = f"http://127.0.0.1:{port}/"
    log = (tmp_path / "serve.log").open("w+b")
    server = static_server.start_make_serve(port, {**os.environ, "TRACKER_DATA": str(data_dir.path), "TMPDIR": str(temp)}, log)
    try:
        _wait_for(base + "agreements/astana-declaration-2025/", "Astana Declaration", 120)
        assert urllib.request.urlopen(base + "pagefind/pagefind-entry.json", timeout=5).status == 200
        record = data_dir.path / "agreements" / "astana-declaration-2025.yml"
        record.write_text(record.read_text(encoding="utf-8").replace("title: Astana Declaration", "title: Astana Declaration (edited)"),
                          encoding="utf-8")
        _wait_for(base + "agreements/astana-declaration-2025/", "Astana Declaration (edited)", 30)
        _wait_for(base + "countries/cn/", "Astana Declaration (edited)", 5)
        page = browser.new_page()
        page.goto(base + "countries/cn/")
        good = record.read_text(encoding="utf-8")
        record.write_text(good.replace("date_signed: 2025-06-17", "date_signed: 2025-13-45"), encoding="utf-8")
        # The page reloads, and says why. A save may reach the watcher as two events (the file emptied, then written),
        # and so reload the page twice: the assertions look again until they hold, across reloads.
        problems = page.locator(".tracker-preview-problems")
        expect(problems).to_have_text(re.compile(r"^The data does not load: 1 problem\."), timeout=30_000)
        expect(problems).to_contain_text(
            f"{data_dir.path}/agreements/astana-declaration-2025.yml:5:14 date_signed: '2025-13-45' has no month 13")
        expect(page.locator("article")).to_contain_text("Astana Declaration (edited)")  # the last data that loaded
        urllib.request.urlopen(base + "agreements/astana-declaration-2025/", timeout=5)  # any page answers at once
        record.write_text(good.replace("date_signed: 2025-06-17", "date_signed: 2025-06-18"), encoding="utf-8")
        expect(problems).to_have_count(0, timeout=30_000)
        _wait_for(base + "agreements/astana-declaration-2025/", "18 June 2025", 30)
        _wait_for(base + "_preview/problems.json", '"problems": []', 30)  # what the page's script reads: no problems
        page.goto(base + "agreements/astana-declaration-2025/")
        expect(page.locator("article")).to_contain_text("18 June 2025")
        expect(problems).to_have_count(0)
        page.close()
    except AssertionError:
        log.seek(0)
        raise AssertionError(log.read().decode("utf-8", "replace")[-3000:]) from None
    finally:
        static_server.interrupt(server)
        log.close()
    assert list(temp.iterdir()) == []  # MkDocs removed the site it served from
