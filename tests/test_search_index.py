"""The search index is built by Pagefind's service, fed page by page (accords.search_index)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from accords.output import write_files
from accords.search_index import (
    UNUSED_FILES,
    IndexReport,
    SearchIndexer,
    SearchIndexError,
    index_site,
    load_name_records,
    save_name_records,
    site_pages,
)

PAGE = """<!doctype html><html lang="en"><head><title>{title}</title></head><body>
<nav>Site navigation, not indexed</nav>
<div data-pagefind-body><h1>{title}</h1><p>{text}</p></div></body></html>"""


def test_pages_fed_one_by_one_make_one_index(tmp_path, search_indexer):
    indexer = search_indexer()
    indexer.add("/agreements/one/", PAGE.format(title="Uranium memorandum", text="Signed in Astana."))
    indexer.add("/agreements/two/", PAGE.format(title="Railway protocol", text="Signed in Tashkent."))
    assert indexer.write(tmp_path / "pagefind") == IndexReport(pages=2, records=0, words=10)  # 5 words each, title included
    entry = json.loads((tmp_path / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert entry["languages"]["en"]["page_count"] == 2
    assert len(list((tmp_path / "pagefind" / "fragment").iterdir())) == 2
    assert (tmp_path / "pagefind" / "pagefind.js").is_file()


def written_index(folder: Path, indexer: SearchIndexer, pages: int = 30) -> dict[str, bytes]:
    for n in range(pages):
        indexer.add(f"/agreements/{n}/", PAGE.format(title=f"Memorandum {n}", text=f"Uranium and railways, number {n}."))
    indexer.write(folder)
    indexer.close()
    return {str(path.relative_to(folder)): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}


def test_every_file_of_the_index_is_whole_when_the_build_ends(tmp_path, search_indexer):
    """Pagefind's own WriteFiles let the service exit before its last writes: about one index in 30
    had an empty pagefind-entry.json or a cut WebAssembly file. Twenty indexes, each complete."""
    first = written_index(tmp_path / "0", search_indexer())
    assert {"pagefind.js", "pagefind-worker.js", "pagefind-entry.json", "wasm.en.pagefind"} <= set(first)
    json.loads(first["pagefind-entry.json"])
    for name, content in first.items():
        if name.endswith((".pf_meta", ".pf_fragment", ".pf_index", ".pagefind")):
            assert gzip.decompress(content), name  # a cut file raises EOFError
    for number in range(1, 20):
        assert written_index(tmp_path / str(number), search_indexer()) == first, f"index {number} differs from the first"


def test_pagefinds_own_search_interfaces_are_not_published(tmp_path, search_indexer):
    files = written_index(tmp_path, search_indexer(), pages=2)
    assert not UNUSED_FILES & set(files)
    assert "pagefind.js" in files


@pytest.mark.parametrize("page_size", [100, 200_000])  # a small page waits in a buffer, a large one is written at once
def test_a_stopped_service_is_an_error_not_a_silent_empty_index(tmp_path, page_size, search_indexer):
    indexer = search_indexer()
    indexer.add("/agreements/one/", PAGE.format(title="Uranium memorandum", text="Signed in Astana."))
    indexer._process.kill()  # as if Pagefind crashed
    indexer._process.wait()
    with pytest.raises(SearchIndexError, match="stopped unexpectedly"):
        indexer.add("/agreements/two/", PAGE.format(title="Railway protocol", text="x" * page_size))
        indexer.write(tmp_path / "pagefind")
    assert not (tmp_path / "pagefind").exists()


@pytest.mark.parametrize("path", ["../outside.js", "/tmp/outside.js", "fragment/../../outside.js"])
def test_a_file_named_outside_the_index_folder_is_refused(tmp_path, path):
    with pytest.raises(ValueError, match="outside"):
        write_files(tmp_path / "site" / "pagefind", [(path, b"x")])
    assert not (tmp_path / "outside.js").exists() and not (tmp_path / "site").exists()


def test_a_finished_site_is_indexed_page_by_page_in_a_fixed_order(tmp_path, search_indexer):
    """`make build` indexes the site once MkDocs has exited (accords.build): every page with a search body,
    under the address MkDocs links it at, and nothing from an earlier index or without a body."""
    site = tmp_path / "site"
    pages = {
        "index.html": PAGE.format(title="Home", text="Central Asia."),
        "agreements/two/index.html": PAGE.format(title="Railway protocol", text="Signed in Tashkent."),
        "agreements/one/index.html": PAGE.format(title="Uranium memorandum", text="Signed in Astana."),
        "agreements/page/2/index.html": "<html><body><h1>Agreements, page 2</h1></body></html>",  # a listing: no body
        "404.html": PAGE.format(title="Not found", text="No such page."),
        "pagefind/stale.html": PAGE.format(title="Stale", text="From an earlier index."),
    }
    for path, html in pages.items():
        (site / path).parent.mkdir(parents=True, exist_ok=True)
        (site / path).write_text(html, encoding="utf-8")
    # in the order of their files' paths: 404.html, agreements/…, index.html
    assert [url for url, _ in site_pages(site)] == ["/404.html", "/agreements/one/", "/agreements/two/", "/"]
    names = tmp_path / "names.json"
    save_name_records(names, [("/actors/tokayev/", "Tokayev Tokaev", {"title": "Kassym-Jomart Tokayev"})])
    assert load_name_records(names) == [("/actors/tokayev/", "Tokayev Tokaev", {"title": "Kassym-Jomart Tokayev"})]
    assert index_site(site, load_name_records(names), search_indexer()) == IndexReport(pages=4, records=1, words=3 + 5 + 5 + 5)
    entry = json.loads((site / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert entry["languages"]["en"]["page_count"] == 5


def test_a_page_pagefind_finds_nothing_on_is_reported(tmp_path, search_indexer):
    """Pagefind's service answers each page with what it found: a page with a search body but no title in it (an
    empty body) is a broken page, and the build says which."""
    indexer = search_indexer()
    indexer.add("/agreements/one/", PAGE.format(title="Uranium memorandum", text="Signed in Astana."))
    indexer.add("/agreements/empty/", '<!doctype html><html lang="en"><body><div data-pagefind-body></div></body></html>')
    report = indexer.write(tmp_path / "pagefind")
    assert report.warnings == ("/agreements/empty/: Pagefind found no title on the page",)
    assert report.summary() == "Pagefind indexed 2 pages (6 words) and 0 records of names"  # an empty body counts as one word
