"""A synthetic dataset big enough to paginate: it validates, builds strictly, and pages stay small."""

from __future__ import annotations

from pathlib import Path

import pytest

from accords.loader import load_dataset
from accords.synthetic import SYNTHETIC_PUBLISHER, generate

N = 450  # more than one page of agreements, sources and events


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory, run) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("synthetic")
    generate(folder, N)
    site = folder / "site"
    result = run.build(site, folder / "data")  # --strict: every link and anchor resolves
    assert result.returncode == 0, result.stderr[-5000:]
    return folder / "data", site


def test_synthetic_data_is_valid_and_marked(synthetic):
    data, _ = synthetic
    dataset = load_dataset(data)
    assert dataset.counts()["agreements"] == N
    assert {dataset.name(dataset.get(s).publisher) for s in dataset.ids_of_type(type(dataset.get("s-0")))} == {SYNTHETIC_PUBLISHER}
    assert "SYNTHETIC" in (data.parent / "README.md").read_text(encoding="utf-8")


def test_listings_are_paginated_and_record_pages_stay_small(synthetic):
    _, site = synthetic
    assert (site / "agreements" / "page" / "2" / "index.html").is_file()
    assert (site / "sources" / "page" / "2" / "index.html").is_file()
    record_dirs = {"agreements", "actors", "events", "countries", "topics", "projects"}
    too_big = []
    for html in site.rglob("index.html"):
        parts = html.relative_to(site).parts
        size = html.stat().st_size
        # 60 kB until a country's page drew its network (about 8 kB of SVG, 2 kB compressed; 2026-12-05)
        if len(parts) == 3 and parts[0] in record_dirs and size > 70_000:
            too_big.append((str(html.relative_to(site)), size))
        elif size > 500_000:
            too_big.append((str(html.relative_to(site)), size))
    assert too_big == []
