"""Quick rebuilds under `make serve`: which pages an edit to one record renders again."""

from __future__ import annotations

from accords.loader import load_dataset
from accords.mkdocs_plugin import affected_pages
from conftest import ROOT


def test_an_edited_agreement_rebuilds_the_pages_that_show_it_and_no_others(data_dir):
    old = load_dataset(ROOT / "data")
    data_dir.copy_real()
    path = data_dir.path / "agreements" / "astana-declaration-2025.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("title: Astana Declaration", "title: Astana Declaration (edited)"),
                    encoding="utf-8")
    new = load_dataset(data_dir.path)
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
