"""The browser's view of quality: accessibility (axe-core), keyboard, console, other origins, sub-path."""

from __future__ import annotations

import functools
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe
from conftest import wait_for_search_answer, watch

pytestmark = pytest.mark.browser

PAGES = {
    "home": "",
    "country": "countries/kz/",
    "agreement": "agreements/turkiye-uzbekistan-critical-minerals-mou-2026/",
    "actor": "actors/alparslan-bayraktar/",
    "event": "events/turkiye-kazakhstan-jspg-8/",
    "timeline": "timeline/",
    "glossary": "glossary/",
    "explorer": "explore/",
    "compare": "compare/",
    "network": "network/",
    "corridor": "topics/middle-corridor/",
}
SCHEMES = {"light": "light", "dark": "dark"}


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("name", PAGES)
def test_no_accessibility_violations(browser, site, serve, name, scheme):
    context = browser.new_context(color_scheme=SCHEMES[scheme])
    page = context.new_page()
    seen = watch(page)
    page.goto(serve(site.path) + PAGES[name], wait_until="load")
    if name == "explorer":  # its table is drawn from a file it fetches
        page.wait_for_selector(".tracker-explorer__table tbody tr")
    if name == "compare":  # likewise, once the explorer's data is read
        page.wait_for_function("() => document.querySelector('.tracker-explorer__count').textContent.includes('compared')")
    if name == "network":
        page.wait_for_function("() => document.querySelector('.tracker-explorer__count').textContent.includes('Every agreement')")
    active = page.evaluate("document.body.getAttribute('data-md-color-scheme')")
    assert active == ("slate" if scheme == "dark" else "default")
    results = Axe().run(page)
    context.close()
    assert results.violations_count == 0, results.generate_report()
    assert seen == {"errors": [], "other_origins": []}


def test_a_search_result_page_is_accessible(browser, site, serve):
    page = browser.new_page()
    seen = watch(page)
    page.goto(serve(site.path))
    page.keyboard.press("/")
    page.keyboard.type("Kazakhstan", delay=30)
    wait_for_search_answer(page, "Kazakhstan")
    results = Axe().run(page)
    page.close()
    assert results.violations_count == 0, results.generate_report()
    assert seen == {"errors": [], "other_origins": []}


def tab_through(page, limit: int = 600) -> list[str]:
    """Press Tab until focus leaves the last element of the page; describe each element focused."""
    visited = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        described = page.evaluate("""() => { const e = document.activeElement;
            return e === document.body ? 'body' : e.tagName.toLowerCase() + '|' + (e.getAttribute('href') || e.getAttribute('name') || ''); }""")
        if described == "body":
            break
        visited.append(described)
    return visited


def test_keyboard_reaches_every_link_of_a_record_page(browser, site, serve):
    page = browser.new_page()
    page.goto(serve(site.path) + PAGES["agreement"])
    links = set(page.eval_on_selector_all("article a[href]", "links => links.filter(a => a.offsetParent !== null).map(a => 'a|' + a.getAttribute('href'))"))
    visited = set(tab_through(page))
    page.close()
    assert links and links <= visited, links - visited


def test_keyboard_reaches_search_and_the_explorer_filters(browser, site, serve):
    page = browser.new_page()
    page.goto(serve(site.path) + "explore/")
    page.wait_for_selector("form.tracker-filters:not([hidden])")
    visited = tab_through(page)
    assert "input|query" in visited  # the search box
    for name in ["country", "partner", "sector", "mineral", "kind", "status", "from", "to", "q"]:
        assert any(v.endswith(f"|{name}") for v in visited), name
    # The search box opens from the keyboard too, and Escape closes it.
    page.keyboard.press("Escape")
    page.evaluate("document.activeElement.blur()")
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.classList.contains('md-search__input')")
    page.close()


class _SubPathHandler(SimpleHTTPRequestHandler):
    """Serves the site under /tracker/, as GitHub Pages serves a project site; 404 elsewhere."""

    def translate_path(self, path: str) -> str:
        if not path.startswith("/tracker/"):
            return "/nonexistent"
        return super().translate_path(path.removeprefix("/tracker"))

    def log_message(self, *args: object) -> None:
        pass


def test_the_site_works_under_a_sub_path(browser, site):
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_SubPathHandler, directory=str(site.path)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_port}/tracker/"
    try:
        page = browser.new_page()
        failed: list[str] = []
        page.on("response", lambda r: failed.append(r.url) if r.status >= 400 else None)
        seen = watch(page)
        page.goto(base, wait_until="networkidle")
        page.locator("input.md-search__input").click()
        page.keyboard.type("Bayraktar", delay=30)
        wait_for_search_answer(page, "Bayraktar")  # (not the answer to "Bayra…", which put Bayramov first in one run)
        first = page.locator("li.md-search-result__item a").first.get_attribute("href")
        assert first.startswith("/tracker/actors/alparslan-bayraktar/")
        page.goto(base + "explore/?country=kz", wait_until="networkidle")
        page.wait_for_selector(".tracker-explorer__table tbody tr")
        page.locator(".tracker-explorer__table tbody a").first.click()
        page.wait_for_load_state()
        assert urlsplit(page.url).path.startswith("/tracker/agreements/")
        page.goto(base + "countries/kz/", wait_until="networkidle")
        page.close()
        assert failed == [] and seen == {"errors": [], "other_origins": []}
    finally:
        server.shutdown()
