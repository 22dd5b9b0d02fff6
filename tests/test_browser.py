"""In Chromium: a reader types into the search box and finds the right page; nothing leaves the site."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import sync_playwright

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync",
]

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium package (.ci/run does)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


def search(page, base: str, query: str) -> list[str]:
    """Type `query` into Material's search box; return the result links' URL paths."""
    page.goto(base)
    page.locator("label.md-header__button[for='__search']").first.click(timeout=5000) if page.locator("input.md-search__input").is_hidden() else None
    box = page.locator("input.md-search__input")
    box.click()
    box.type(query, delay=30)
    page.wait_for_selector("li.md-search-result__item a.md-search-result__link", timeout=15000)
    return [urlsplit(a).path for a in page.eval_on_selector_all(
        "li.md-search-result__item a.md-search-result__link", "links => links.map(a => a.href)")]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Turkiye", "/countries/tr/"),
        ("Turkey", "/countries/tr/"),
        ("Bayraktar", "/actors/alparslan-bayraktar/"),
        ("Kyrgyzaltyn", "/actors/kyrgyzaltyn/"),
        ("Astana Declaration", "/agreements/astana-declaration-2025/"),
        ("CICA", "/glossary/"),
        ("Organization of Turkic States", "/actors/organization-of-turkic-states/"),
    ],
)
def test_search_finds_the_page(browser, site, serve, query, expected):
    base = serve(site.path)
    page = browser.new_page()
    other_hosts: list[str] = []
    page.on("request", lambda request: other_hosts.append(request.url) if urlsplit(request.url).hostname != "127.0.0.1" else None)
    results = search(page, base, query)
    page.close()
    assert expected in results[:5], results
    assert other_hosts == []
