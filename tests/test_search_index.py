"""The search index is built by Pagefind's service, fed page by page (accords.search_index)."""

from __future__ import annotations

import json

import pytest

from accords.search_index import SearchIndexer, SearchIndexError

PAGE = """<!doctype html><html lang="en"><head><title>{title}</title></head><body>
<nav>Site navigation, not indexed</nav>
<div data-pagefind-body><h1>{title}</h1><p>{text}</p></div></body></html>"""


def test_pages_fed_one_by_one_make_one_index(tmp_path):
    indexer = SearchIndexer()
    try:
        indexer.add("/agreements/one/", PAGE.format(title="Uranium memorandum", text="Signed in Astana."))
        indexer.add("/agreements/two/", PAGE.format(title="Railway protocol", text="Signed in Tashkent."))
        assert indexer.write(tmp_path / "pagefind") == 2
    finally:
        indexer.close()
    entry = json.loads((tmp_path / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert entry["languages"]["en"]["page_count"] == 2
    assert len(list((tmp_path / "pagefind" / "fragment").iterdir())) == 2
    assert (tmp_path / "pagefind" / "pagefind.js").is_file()


@pytest.mark.parametrize("page_size", [100, 200_000])  # a small page waits in a buffer, a large one is written at once
def test_a_stopped_service_is_an_error_not_a_silent_empty_index(tmp_path, page_size):
    indexer = SearchIndexer()
    indexer.add("/agreements/one/", PAGE.format(title="Uranium memorandum", text="Signed in Astana."))
    indexer._process.kill()  # as if Pagefind crashed
    indexer._process.wait()
    with pytest.raises(SearchIndexError, match="stopped unexpectedly"):
        indexer.add("/agreements/two/", PAGE.format(title="Railway protocol", text="x" * page_size))
        indexer.write(tmp_path / "pagefind")
    indexer.close()
    assert not (tmp_path / "pagefind").exists()
