"""In Chromium: a reader types into the search box and finds the right page; nothing leaves the site."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from conftest import ROOT, every_kind_of_record, wait_for_search_answer, watch

from accords.exports.tables import spreadsheet_safe
from accords.model import Agreement
from accords.names import spelling
from accords.view import LIMITS

pytestmark = pytest.mark.browser


def open_page(browser, url: str):
    """A new page that records requests to other hosts (page.other_hosts), then loads `url`."""
    page = browser.new_page()
    page.other_hosts = watch(page)["other_origins"]
    page.goto(url)
    return page


def search(page, base: str, query: str, reload: bool = True) -> list[str]:
    """Type `query` into Material's search box (on the home page, loaded again unless `reload` is false: then into the
    page as it is, the box emptied first); return the result links' URL paths."""
    if reload:
        page.goto(base)
    page.locator("label.md-header__button[for='__search']").first.click(timeout=5000) if page.locator("input.md-search__input").is_hidden() else None
    box = page.locator("input.md-search__input")
    box.click()
    box.fill("")
    box.type(query, delay=30)
    wait_for_search_answer(page, query)
    return [urlsplit(a).path for a in page.eval_on_selector_all(
        "li.md-search-result__item a.md-search-result__link", "links => links.map(a => a.href)")]


# Typed key by key into one page, each after the one before is cleared: a reader's next query (loading the page for
# each query had cost 65 s of processor time for these 11, measured; the whole suite is processor-bound).
TYPED_QUERIES = {
    "Turkiye": "/countries/tr/",
    "Turkey": "/countries/tr/",
    "Bayraktar": "/actors/alparslan-bayraktar/",
    "Kyrgyzaltyn": "/actors/kyrgyzaltyn/",
    "Astana Declaration": "/agreements/astana-declaration-2025/",
    "CICA": "/glossary/",
    "Oʻzbekiston": "/countries/uz/",
    "Қазақстан": "/countries/kz/",
    "中国": "/countries/cn/",
    "Türkiye": "/countries/tr/",
    "Organization of Turkic States": "/actors/organization-of-turkic-states/",
}


def test_search_finds_the_page(browser, site, serve):
    base = serve(site.path)
    page = browser.new_page()
    other_hosts = watch(page)["other_origins"]
    page.goto(base)
    misses = {}
    for query, expected in TYPED_QUERIES.items():
        results = search(page, base, query, reload=False)
        if expected not in results[:5]:
            misses[query] = results[:5]
    page.close()
    assert misses == {}
    assert other_hosts == []


def test_search_results_show_kind_and_date(browser, site, serve):
    base = serve(site.path)
    page = browser.new_page()
    search(page, base, "MoU")
    items = page.locator("li.md-search-result__item").all_inner_texts()
    page.close()
    memoranda = [t for t in items if "Memorandum of understanding (MoU)" in t]
    assert memoranda, items
    assert any("2025" in t or "2026" in t for t in memoranda)


def test_labels_and_lists_of_other_records_are_not_searched(browser, site, serve, real_data):
    """'Signatories' labels a row on every agreement page and China's page lists the Astana Declaration:
    neither makes a page match, so results are the pages that say it themselves."""
    base = serve(site.path)
    page = browser.new_page()
    by_label = search(page, base, "Signatories")
    by_title = search(page, base, "Astana Declaration")
    page.close()
    saying_it = {f"/agreements/{i}/" for i, a in real_data.of_type(Agreement) if "signator" in f"{a.summary} {a.notes}".lower()}
    assert {p for p in by_label if p.startswith("/agreements/")} <= saying_it, by_label
    assert by_title[0] == "/agreements/astana-declaration-2025/"
    assert "/countries/cn/" not in by_title and not any(p.startswith("/topics/") for p in by_title), by_title


def explorer_rows(page) -> list[str]:
    page.wait_for_selector(".tracker-explorer__table tbody")
    return page.locator(".tracker-explorer__table tbody tr td:nth-child(2) a").evaluate_all("links => links.map(a => a.getAttribute('href'))")


def every_explorer_row(page) -> list[str]:
    """The links of every row the explorer's filters leave, "Show more" clicked until it goes (a page of 100 at a time)."""
    explorer_rows(page)
    more = page.locator("#tracker-explorer button", has_text="Show more")
    while not more.is_hidden():
        more.click()
    return explorer_rows(page)


def explorer_data(site) -> list[dict]:
    """The rows the explorer's script is given (explore/agreements.json): what its filters work on."""
    columns = json.loads((site.path / "explore" / "agreements.json").read_text(encoding="utf-8"))["columns"]  # by column
    return [{name: values[i] for name, values in columns.items()} for i in range(len(columns["id"]))]


def test_explorer_filters_and_keeps_them_in_the_address(browser, site, serve):
    base = serve(site.path)
    page = open_page(browser, base + "explore/")
    given = explorer_data(site)
    assert len(given) == len(list((ROOT / "data" / "agreements").glob("*.yml")))  # every agreement file, once
    first_page = explorer_rows(page)
    assert len(first_page) == min(100, len(given))  # a page of 100, then "Show more"
    more = page.locator("#tracker-explorer button", has_text="Show more")
    for _ in range(len(given) // 100 + 1):
        if more.is_hidden():
            break
        more.click()
    assert more.is_hidden()  # once every row shows (Material's .md-button overrode [hidden]: it never went away)
    everything = explorer_rows(page)
    assert sorted(h.strip("/").split("/")[-1] for h in everything) == sorted(row["id"] for row in given)
    page.select_option("select[name=country]", "kz")
    page.wait_for_function("() => location.search.includes('country=kz')")
    shown = {href.strip("/").split("/")[-1] for href in every_explorer_row(page)}
    assert shown == {row["id"] for row in given if "kz" in row["countries"]}  # exactly the rows the filter is given for KZ
    # Written from the data files: signed by Kazakhstan itself, by its National Bank; by Türkiye and Uzbekistan alone.
    assert {"azerbaijan-kazakhstan-uzbekistan-green-energy-strategic-partnership-agreement", "kazakhstan-cerberus-private-equity-agreement-2025"} <= shown
    assert "turkiye-uzbekistan-critical-minerals-mou-2026" not in shown
    page.select_option("select[name=country]", "")
    page.select_option("select[name=sector]", "mining")
    page.fill("form.tracker-filters input[name=q]", "kyrgyzaltyn")
    page.wait_for_function("() => location.search.includes('q=kyrgyzaltyn')")
    filtered = explorer_rows(page)
    shared = page.url
    assert 0 < len(filtered) < len(everything)
    # The address alone restores the view.
    again = open_page(browser, shared)
    assert again.input_value("select[name=sector]") == "mining"
    assert again.input_value("form.tracker-filters input[name=q]") == "kyrgyzaltyn"
    assert explorer_rows(again) == filtered
    assert page.other_hosts == [] and again.other_hosts == []


def test_explorer_text_filter_knows_other_names_and_signatories(browser, site, serve, real_data):
    page = open_page(browser, serve(site.path) + "explore/")
    explorer_rows(page)
    page.fill("form.tracker-filters input[name=q]", "Turkey")  # an alias of Türkiye, not on the rows
    page.wait_for_function("() => location.search.includes('q=Turkey')")
    by_alias = {href.strip("/").split("/")[-1] for href in every_explorer_row(page)}  # more than a page of 100
    assert {i for i, a in real_data.of_type(Agreement) if "turkiye" in a.parties} <= by_alias
    page.fill("form.tracker-filters input[name=q]", "Bayraktar")  # a signatory
    page.wait_for_function("() => location.search.includes('q=Bayraktar')")
    signed = {i for i, a in real_data.of_type(Agreement) if any(s.person == "alparslan-bayraktar" for s in a.signatories)}
    assert {href.strip("/").split("/")[-1] for href in every_explorer_row(page)} == signed and signed


def test_explorer_sorts_by_column(browser, site, serve):
    page = open_page(browser, serve(site.path) + "explore/")
    explorer_rows(page)
    page.click("th button[data-sort=title]")
    titles = page.locator(".tracker-explorer__table tbody td:nth-child(2)").all_inner_texts()
    # in the order of the names' folded letters (accords.names, as the explorer's script folds them): "Türkiye's" is
    # "turkiyes", before "turkmenistan"
    assert titles == sorted(titles, key=spelling().fold)
    assert page.get_attribute("th[aria-sort]", "aria-sort") == "ascending"
    assert "sort=title" in page.url


def test_the_explorer_fits_a_phone_screen_without_scrolling_sideways(browser, site, serve):
    """At 390 px the table of every agreement had been 623 px wide: the whole page scrolled sideways."""
    page = browser.new_page(viewport={"width": 390, "height": 844})
    page.goto(serve(site.path) + "explore/")
    explorer_rows(page)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.close()


@pytest.mark.parametrize("path", ["compare/?countries=kz,uz,cn,tr", "network/"])
def test_the_compare_and_network_pages_fit_a_phone_screen(browser, site, serve, path):
    page = browser.new_page(viewport={"width": 390, "height": 844})
    page.goto(serve(site.path) + path)
    page.wait_for_function("() => /compared|in this view|Every agreement/.test(document.querySelector('.tracker-explorer__count').textContent)")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.close()


def test_explorer_reads_without_javascript(browser, site, serve, real_data):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(serve(site.path) + "explore/")
    links = page.locator(".tracker-static-table table a[href*='agreements/']").count()
    total = len(real_data.ids_of_type(Agreement))
    shown = LIMITS.explorer_without_script
    assert links >= min(shown, total)  # the newest ones, and a link to the full list page by page beyond that
    if total > shown:
        assert page.locator(".tracker-static-table a", has_text="all agreements").count() == 1
    assert page.locator("form.tracker-filters").is_hidden()
    context.close()


def test_timeline_filters(browser, site, serve):
    page = open_page(browser, serve(site.path) + "timeline/?country=kg")
    page.wait_for_selector("form.tracker-filters:not([hidden])")
    visible = page.locator("#tracker-timeline li[data-kind]:visible").evaluate_all("items => items.map(li => li.getAttribute('data-countries'))")
    assert visible and all("kg" in v.split() for v in visible)
    assert page.other_hosts == []


def saved(page, button: str) -> str:
    """Click a download button; the text of the file the browser saves."""
    with page.expect_download() as download:
        page.click(button)
    return Path(download.value.path()).read_bytes().decode("utf-8")  # as saved: CRLF line ends kept


def test_the_explorer_saves_the_view_on_screen_as_csv_and_json(browser, site, serve):
    base = serve(site.path)
    page = open_page(browser, base + "explore/?q=bukhara")
    explorer_rows(page)
    text = saved(page, "button[data-download=csv]")
    assert text.splitlines()[0] == "id,date,date_basis,title,kind,status,after,parties,countries,sectors,minerals,page"
    assert "\r\n" in text  # RFC 4180, as the site's CSV files
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert [r["id"] for r in rows] == ["bukhara-kunming-partnership-agreement", "bukhara-yunnan-partnership-agreement"]
    assert rows[0] == {
        "id": "bukhara-kunming-partnership-agreement", "date": "2022-09-15", "date_basis": "event",  # signed at the talks that day
        "title": "Agreement on establishing a partnership between the cities of Bukhara and Kunming",
        "kind": "agreement", "status": "signed", "after": "",  # between cities: no state ratifies it
        "parties": "City of Bukhara;City of Kunming", "countries": "uz;cn",
        "sectors": "", "minerals": "", "page": base + "agreements/bukhara-kunming-partnership-agreement/",
    }
    view = json.loads(saved(page, "button[data-download=json]"))
    assert view["view"] == base + "explore/?q=bukhara" and view["count"] == 2  # the address that shows this view again
    assert view["records"][1]["parties"] == ["Bukhara region", "Yunnan province"]
    assert page.other_hosts == []


def test_a_saved_view_follows_the_spreadsheet_safe_csv_rules_of_the_exports(browser, site, serve):
    page = open_page(browser, serve(site.path) + "explore/")
    cells = ["=1+1", "+7 701", "-5", "@SUM(A1)", "\tx", "plain", 'say "hi", then go', "two\nlines"]
    written = page.evaluate("cells => tracker.csv(['cell'], cells.map(c => ({cell: c})))", cells)
    assert written == "cell\r\n'=1+1\r\n'+7 701\r\n'-5\r\n'@SUM(A1)\r\n'\tx\r\nplain\r\n\"say \"\"hi\"\", then go\"\r\n\"two\nlines\"\r\n"
    assert [row[0] for row in csv.reader(io.StringIO(written, newline=""))][1:] == [spreadsheet_safe(c) for c in cells]


def test_the_timeline_saves_the_entries_it_shows(browser, site, serve):
    base = serve(site.path)
    page = open_page(browser, base + "timeline/?country=kg")
    page.wait_for_selector("form.tracker-filters:not([hidden])")
    shown = page.locator("#tracker-timeline li[data-kind]:visible").count()
    rows = list(csv.DictReader(io.StringIO(saved(page, "button[data-download=csv]"), newline="")))
    assert len(rows) == shown > 0
    assert all("kg" in r["countries"].split(";") for r in rows)
    assert all(r["page"].startswith(base) for r in rows)
    assert page.other_hosts == []


def test_abbreviation_explained_on_focus(browser, site, serve, real_data):
    page = open_page(browser, serve(site.path) + "agreements/kyrgyzaltyn-pakrut-mining-mou-2025/")
    abbr = page.locator("article abbr", has_text="MoU").first
    abbr.focus()
    tooltip = page.locator(".md-tooltip2--active")
    tooltip.wait_for(state="visible", timeout=5000)
    assert tooltip.inner_text().strip() == real_data.get("mou").term
    assert page.other_hosts == []


def test_map_links_lead_to_country_pages(browser, site, serve):
    base = serve(site.path)
    page = open_page(browser, base)
    link = page.locator("figure.tracker-map a[aria-label^='Kazakhstan']")
    assert "agreement" in link.get_attribute("aria-label")
    link.click()
    page.wait_for_url("**/countries/kz/")
    assert page.locator("h1").inner_text() == "Kazakhstan"
    assert page.locator("figure.tracker-map path.tracker-map__subject").count() == 1
    assert page.other_hosts == []


def test_partner_matrix_cell_opens_the_filtered_explorer(browser, site, serve):
    page = open_page(browser, serve(site.path) + "agreements/")
    cell = page.locator("figure.tracker-matrix a[aria-label^='Türkiye and Uzbekistan']")
    count = int(re.search(r"(\d+) agreement", cell.get_attribute("aria-label")).group(1))
    cell.click()
    page.wait_for_url("**/explore/?country=tr&partner=uz")
    shown = {href.strip("/").split("/")[-1] for href in explorer_rows(page)}
    assert shown == {row["id"] for row in explorer_data(site) if {"tr", "uz"} <= set(row["countries"])}
    assert len(shown) == count  # as many as the cell said
    assert "turkiye-uzbekistan-critical-minerals-mou-2026" in shown  # written from the data files: Türkiye and Uzbekistan
    assert "azerbaijan-kazakhstan-uzbekistan-green-energy-strategic-partnership-agreement" not in shown


def test_partner_matrix_labels_stay_inside_the_figure(browser, site, serve):
    """Long names ('Russian Federation') and the turned column labels fit in the drawing."""
    page = open_page(browser, serve(site.path) + "agreements/")
    outside = page.evaluate("""() => {
        const svg = document.querySelector('figure.tracker-matrix svg');
        const [x0, y0, w, h] = svg.getAttribute('viewBox').split(/\\s+/).map(Number);
        return [...svg.querySelectorAll('text.tracker-chart__label')].map(t => {
            const box = t.getBBox(), m = t.getCTM(), root = svg.getCTM().inverse();
            const corners = [[box.x, box.y], [box.x + box.width, box.y], [box.x, box.y + box.height], [box.x + box.width, box.y + box.height]]
                .map(([x, y]) => new DOMPoint(x, y).matrixTransform(root.multiply(m)));
            return corners.some(p => p.x < x0 - 1 || p.x > x0 + w + 1 || p.y < y0 - 1) ? t.textContent : null;
        }).filter(Boolean);
    }""")
    assert outside == []


# Text an attacker might put in any field of a pull request: markup, script, template syntax and, in
# Markdown fields, an image, a frame and links that would make a reader's browser call another host.
HOSTILE_NAME = '<img src=x onerror=alert(1)> "><svg onload=alert(2)> {{ 7*7 }}'
HOSTILE_MARKDOWN = ('![pixel](https://tracker-test.invalid/pixel.png) <iframe src="https://tracker-test.invalid/frame"></iframe> '
                    '<img src="https://tracker-test.invalid/raw.png"> [run](javascript:alert(3)) <script>alert(4)</script>')


def test_hostile_data_in_every_field_makes_no_request_to_another_host(browser, serve, tmp_path, run):
    """Built from hostile data, every kind of page loads in Chromium without a request leaving the site,
    without running any of the data's script, and shows the data's markup as text."""


    data = every_kind_of_record(tmp_path / "data", HOSTILE_NAME, HOSTILE_MARKDOWN)
    result = run.build(tmp_path / "site", data)
    assert result.returncode == 0, result.stderr
    base = serve(tmp_path / "site")
    pages = ["", "agreements/mou/", "actors/ministry/", "actors/jane-doe/", "countries/kz/", "events/forum/", "projects/railway/",
             "topics/mining/", "glossary/", "sources/", "explore/", "timeline/", "agreements/", "actors/", "events/", "coverage/",
             "data/"]
    dialogs: list[str] = []  # alert() from any page

    def dismiss(dialog) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    # One tab loads the pages one after the other (a new tab for each cost 0.6 s more a page). What it records is never
    # cleared: a request a page makes after its own check, until the next page replaces it, still fails the test.
    page = browser.new_page()
    seen = watch(page)
    page.on("dialog", dismiss)
    for path in pages:
        page.goto(base + path, wait_until="load")  # images and frames load (or fail) before `load`
        page.wait_for_timeout(150)  # and the page's scripts have started their requests
        assert seen["other_origins"] == [], path
        assert dialogs == [], path
        assert page.locator("article img, article iframe, article script").count() == 0, path
        assert page.locator("article svg[onload], article [onerror]").count() == 0, path
    page.close()
    page = browser.new_page()
    page.on("dialog", dismiss)
    search(page, base, "Jane")  # search results and the explorer print such a name as text
    assert "Jane <img src=x onerror=alert(1)>" in page.locator("li.md-search-result__item").first.inner_text()
    assert page.locator(".md-search-result img, .md-search-result [onerror]").count() == 0
    page.goto(base + "explore/")
    assert len(explorer_rows(page)) == 1
    assert HOSTILE_NAME in page.locator(".tracker-explorer__table tbody").inner_text()
    assert page.locator("#tracker-explorer img, #tracker-explorer [onerror]").count() == 0
    assert dialogs == []
    page.goto(base + "agreements/mou/")
    text = page.locator("article").inner_text()
    assert HOSTILE_NAME in " ".join(text.split())
    assert page.locator("article a[href='https://tracker-test.invalid/pixel.png']").count() == 2  # the image, as a link (summary, notes)
    page.close()


def test_a_record_page_prints_the_article_alone_with_link_addresses_and_whole_rows(browser, site, serve):
    base = serve(site.path)
    page = open_page(browser, base + "agreements/bukhara-kunming-partnership-agreement/")
    page.emulate_media(media="print")
    for chrome in (".md-header", ".md-tabs", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-footer", ".md-content__button"):
        assert page.locator(chrome).first.is_hidden() if page.locator(chrome).count() else True, chrome
    source = "https://www.einpresswire.com/article/591174089/documents-signed-to-strengthen-the-comprehensive-strategic-partnership-between-uzbekistan-and-china"
    after = page.evaluate("href => getComputedStyle(document.querySelector(`article a[href='${href}']`), '::after').content", source)
    assert after == f'" ({source})"'
    assert page.evaluate("() => getComputedStyle(document.querySelector('article table tr')).breakInside") == "avoid"
    text = pdf_text(page.pdf(format="A4"))
    assert "Agreement on establishing a partnership between the cities of Bukhara and Kunming" in " ".join(text.split())
    assert source.replace("-", "") in "".join(text.split()).replace("-", "")  # the address, after its link text (lines may break it)
    assert "Threat model" not in text and "Methodology" not in text  # the navigation is not printed
    assert page.other_hosts == []


def test_a_country_page_prints_its_tables_without_cutting_a_row(browser, site, serve):
    page = open_page(browser, serve(site.path) + "countries/kz/")
    page.emulate_media(media="print")
    assert page.locator(".md-header").is_hidden()
    breaks = page.evaluate("() => Array.from(document.querySelectorAll('article tr')).map(tr => getComputedStyle(tr).breakInside)")
    assert breaks and set(breaks) == {"avoid"}
    text = pdf_text(page.pdf(format="A4"))
    assert "Kazakhstan" in text and "Threat model" not in text


def pdf_text(pdf: bytes) -> str:
    import pypdf  # here, not at the top: the unit tier collects this module without needing it

    return "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)


def test_the_explorer_shows_only_records_with_an_official_or_agency_report_when_asked(browser, site, serve):
    """Written from the data files: the Kazakh–Uzbek treaty cites Kazinform (a state news agency); the Türkiye–Uzbekistan
    construction memorandum of 2022 rests on an EIN Presswire relay alone."""
    base = serve(site.path)
    page = open_page(browser, base + "explore/?q=uzbekistan")
    everything = {href.strip("/").split("/")[-1] for href in every_explorer_row(page)}
    assert {"kazakhstan-uzbekistan-treaty-on-allied-relations", "turkiye-uzbekistan-construction-memorandum-2022"} <= everything
    page.select_option("select[name=sources]", "firsthand")
    page.wait_for_function("() => location.search.includes('sources=firsthand')")
    shown = {href.strip("/").split("/")[-1] for href in every_explorer_row(page)}
    assert "kazakhstan-uzbekistan-treaty-on-allied-relations" in shown
    assert "turkiye-uzbekistan-construction-memorandum-2022" not in shown
    assert shown < everything
    timeline = open_page(browser, base + "timeline/2022/?sources=firsthand")  # the year both were signed
    timeline.wait_for_selector("form.tracker-filters:not([hidden])")
    assert timeline.locator('#tracker-timeline li[data-id="turkiye-uzbekistan-construction-memorandum-2022"]').is_hidden()
    assert timeline.locator('#tracker-timeline li[data-id="kazakhstan-uzbekistan-treaty-on-allied-relations"]').is_visible()
    assert page.other_hosts == [] and timeline.other_hosts == []


def test_the_explorer_filters_by_what_is_reported_after_the_signing(browser, site, serve):
    """Written from the data files: Kyrgyzstan ratified the Kazakh–Kyrgyz allied-relations treaty of 2024 (its president
    signed the law) and Kazakhstan's ratification is not reported complete; Kazakhstan ratified the cultural centres
    agreement with China, and China's is not reported; the Kazakh–Uzbek treaty was ratified by both; the Tajik–Uzbek
    treaty on allied relations is in force."""
    base = serve(site.path)
    page = open_page(browser, base + "explore/?after=ratified+by+some+parties")
    page.wait_for_function("() => document.querySelector('select[name=after]').value === 'ratified by some parties'")
    shown = {href.strip("/").split("/")[-1] for href in every_explorer_row(page)}
    assert {"kazakhstan-kyrgyzstan-allied-relations-treaty-2024", "kazakhstan-china-cultural-centres-agreement"} <= shown
    assert not {"kazakhstan-uzbekistan-treaty-on-allied-relations", "tajikistan-uzbekistan-treaty-on-allied-relations"} & shown
    page.select_option("select[name=after]", "in force")
    page.wait_for_function("() => location.search.includes('after=in+force')")
    shown = {href.strip("/").split("/")[-1] for href in every_explorer_row(page)}
    assert "tajikistan-uzbekistan-treaty-on-allied-relations" in shown
    cells = page.locator("table.tracker-explorer__table tbody tr td:last-child").all_inner_texts()
    assert cells and set(cells) == {"in force"}
    assert page.other_hosts == []


def test_the_explorer_uses_the_width_chooses_its_columns_and_keeps_its_header_in_view(browser, site, serve):
    """Issue 28: no sidebars beside the table on a 1280-pixel screen; a reader adds the sectors column and removes the
    parties, the address keeps the choice, and the header row stays below the site's header while scrolling."""
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    page.goto(serve(site.path) + "explore/")
    explorer_rows(page)
    assert page.locator(".md-sidebar--primary").is_hidden() and page.locator(".md-sidebar--secondary").is_hidden()
    table_width = page.evaluate("document.querySelector('.tracker-explorer__table').getBoundingClientRect().width")
    assert table_width > 1000  # the text column alone was 700 px wide beside two sidebars
    assert page.locator(".tracker-explorer__table thead th").all_inner_texts() == [
        "Date ▼", "Agreement", "Kind", "Parties", "Status", "After signing"]
    page.check("input[name=column][value=sectors]")
    page.uncheck("input[name=column][value=parties]")
    page.wait_for_function("() => location.search.includes('sectors') && !location.search.includes('parties')")
    assert page.locator(".tracker-explorer__table thead th").all_inner_texts() == [
        "Date ▼", "Agreement", "Kind", "Sectors", "Status", "After signing"]
    assert "columns=date%2Ckind%2Csectors%2Cstatus%2Cafter" in page.url
    sectors = page.locator(".tracker-explorer__table tbody td:nth-child(4)").all_inner_texts()
    assert "Mining" in {s for cell in sectors for s in cell.split(", ")}  # the sector's name, not its id
    page.reload()
    explorer_rows(page)
    assert page.is_checked("input[name=column][value=sectors]") and not page.is_checked("input[name=column][value=parties]")
    page.mouse.wheel(0, 3000)
    page.wait_for_timeout(200)
    top = page.evaluate("document.querySelector('.tracker-explorer__table thead th').getBoundingClientRect().top")
    header = page.evaluate("document.querySelector('.md-header').getBoundingClientRect().bottom")
    assert abs(top - header) <= 2
    page.close()


def test_compare_sets_countries_side_by_side_as_built_and_for_any_choice(browser, site, serve, real_data):
    """Issue 28: without a script the page compares Kazakhstan and Uzbekistan; the script draws the same table (the two
    computations agree), then any choice, kept in the address and saved as CSV."""
    base = serve(site.path)
    context = browser.new_context(java_script_enabled=False)
    static = context.new_page()
    static.goto(base + "compare/")
    built = static.locator(".tracker-compare__table").inner_text()
    assert static.locator(".tracker-compare__table thead th").all_inner_texts() == ["Agreements", "Kazakhstan", "Uzbekistan"]
    context.close()
    page = open_page(browser, base + "compare/")
    page.wait_for_function("() => document.querySelector('.tracker-explorer__count').textContent.includes('compared')")
    # the built pair is saved as it is shown; its data is fetched for that, not on loading the page
    assert saved(page, "button[data-download=csv]").splitlines()[0] == "section,row,Kazakhstan,Uzbekistan"
    page.locator("select[name=country]").nth(2).select_option("cn")
    page.wait_for_function("() => location.search.includes('cn')")
    page.locator("select[name=country]").nth(2).select_option("")
    page.wait_for_function("() => !location.search.includes('cn')")
    assert page.locator(".tracker-compare__table").inner_text() == built  # drawn by the script: the same table
    page.locator("select[name=country]").nth(2).select_option("cn")
    page.wait_for_function("() => location.search.includes('cn')")
    assert page.locator(".tracker-compare__table thead th").all_inner_texts() == ["Agreements", "Kazakhstan", "Uzbekistan", "China"]
    first_row = page.locator(".tracker-compare__table tbody tr:nth-child(2) td").all_inner_texts()
    assert first_row == [str(len(real_data.agreements_of(c))) for c in ("kazakhstan", "uzbekistan", "china")]
    together = {a.split("/")[-2] for a in page.locator(".tracker-compare__together a").evaluate_all("l => l.map(a => a.href)")}
    of_all = set(real_data.agreements_of("kazakhstan")) & set(real_data.agreements_of("uzbekistan")) & set(real_data.agreements_of("china"))
    assert page.locator("#signed-together").inner_text() == f"Signed together ({len(of_all)})"
    assert together <= of_all and len(together) == min(len(of_all), LIMITS.compare_together)  # the newest, then a count
    text = saved(page, "button[data-download=csv]")
    assert text.splitlines()[0] == "section,row,Kazakhstan,Uzbekistan,China"
    assert text.splitlines()[1] == "Agreements,All," + ",".join(first_row)
    page.goto(base + "compare/?countries=tr,az")
    page.wait_for_function("() => document.querySelector('.tracker-explorer__count').textContent.includes('compared')")
    assert page.locator(".tracker-compare__table thead th").all_inner_texts() == ["Agreements", "Türkiye", "Azerbaijan"]
    assert page.other_hosts == []


def test_the_network_page_redraws_the_lines_for_a_sector_and_keeps_it_in_the_address(browser, site, serve, real_data):
    """Issue 28: the figure is drawn without a script; choosing a sector hides the pairs with no agreement in it and
    says how many agreements the view holds, the countries keeping their places."""
    page = open_page(browser, serve(site.path) + "network/")
    page.wait_for_function("() => document.querySelector('.tracker-explorer__count').textContent.includes('Every agreement')")
    every = page.locator("#tracker-network line[data-a]").count()
    place = page.locator("#tracker-network a[data-code=kz] circle").get_attribute("cx")
    page.select_option("select[name=sector]", "mining")
    page.wait_for_function("() => document.querySelector('.tracker-explorer__count').textContent.includes('in this view')")
    assert "sector=mining" in page.url
    mining = [i for i, a in real_data.of_type(Agreement) if "mining" in a.sectors]
    assert page.locator(".tracker-explorer__count").inner_text() == f"{len(mining)} of {len(real_data.ids_of_type(Agreement))} agreements in this view"
    shown = page.locator("#tracker-network line[data-a]:visible").count()
    pairs = {(c, o) for i in mining for c in real_data.countries_of_agreement(i) for o in real_data.countries_of_agreement(i) if c < o}
    assert 0 < shown == len(pairs) < every
    assert page.locator("#tracker-network a[data-code=kz] circle").get_attribute("cx") == place
    visible_rows = page.locator(".tracker-network__pairs tbody tr:visible").count()
    assert visible_rows == len(pairs)
    assert page.other_hosts == []
