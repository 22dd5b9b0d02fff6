"""The built site: a page for every record, facts shown, partial dates kept, links that resolve."""

from __future__ import annotations

import functools
import posixpath
import re
from collections import Counter
from urllib.parse import unquote, urlsplit

import pytest
from conftest import ROOT

from accords.addresses import Addresses


@pytest.fixture(scope="module")
def addresses(real_data):
    return Addresses(real_data)



def test_every_record_has_a_page(site, addresses):
    missing = [path for path, _ in addresses.record_pages() if not site.exists(path.removesuffix(".md"))]
    assert missing == []
    for listing in ["", "countries", "agreements", "actors", "events", "projects", "topics", "timeline", "glossary", "sources"]:
        assert site.exists(listing), listing


def test_agreement_page_shows_its_facts(site):
    text = site.text("agreements/turkiye-uzbekistan-critical-minerals-mou-2026")
    for fact in [
        "29 January 2026",
        "Presidential Complex, Ankara",
        "Alparslan Bayraktar",
        "Minister of Energy and Natural Resources of Türkiye",
        "Bobir Islamov",
        "descriptive title",
        "Rare earth elements",
        "Yeni Şafak English",
    ]:
        assert fact in text, fact


def test_an_agreement_page_shows_each_partys_steps_after_the_signing(site):
    """Kazakhstan–Kyrgyzstan allied-relations treaty (data/agreements/kazakhstan-kyrgyzstan-allied-relations-treaty-2024.yml):
    Kyrgyzstan's parliament voted and its president signed the law; Kazakhstan's Mazhilis voted (Trend, 21 May 2025), and
    nothing more is reported of Kazakhstan's ratification. The Kazakh–Chinese cultural centres agreement: nothing is
    reported of China's, and its latest report is a copy without a date."""
    html = site.html("agreements/kazakhstan-kyrgyzstan-allied-relations-treaty-2024")
    steps = [(li["data-stage"], " ".join(li.get_text(" ").split())) for li in html.select("ol.tracker-lifecycle > li")]
    assert [stage for stage, _ in steps] == ["signed", "reported", "ratified"]
    assert steps[1][1].startswith("Kazakhstan :") and "Mazhilis" in steps[1][1]
    assert "Jogorku Kenesh" in steps[2][1] and "30 October 2024" in steps[2][1]
    assert html.select_one(".tracker-last-report").get_text() == "No report since 21 May 2025"
    centres = site.html("agreements/kazakhstan-china-cultural-centres-agreement")
    china = [" ".join(li.get_text(" ").split()) for li in centres.select("ol.tracker-lifecycle > li[data-stage='no report']")]
    assert china == ["China : no report of ratification"]
    assert "published on or after 27 June 2024" in centres.select_one(".tracker-last-report").get_text()
    memorandum = site.html("agreements/turkiye-uzbekistan-critical-minerals-mou-2026")
    assert memorandum.select("ol.tracker-lifecycle") == []  # a memorandum with nothing after its signing: no strip
    assert memorandum.select_one(".tracker-last-report").get_text() == "No report since 30 January 2026"  # Yeni Şafak's report


def test_a_country_page_counts_its_steps_after_the_signing(site):
    """Kyrgyzstan ratified the Kazakh–Kyrgyz allied-relations treaty and the Slavic University agreement with Russia (its
    president signed the laws); Kazakhstan's ratification of the Kazakh–Kyrgyz treaty is not recorded."""
    groups = {li["data-stage"]: li for li in site.html("countries/kg").select("ul.tracker-lifecycle-counts > li")}
    ratified = [a["href"] for a in groups["ratified by it"].select("a")]
    assert any("kazakhstan-kyrgyzstan-allied-relations-treaty-2024" in href for href in ratified)
    assert any("russia-kyrgyzstan-slavic-university-agreement" in href for href in ratified)
    kazakhstan = {li["data-stage"]: li for li in site.html("countries/kz").select("ul.tracker-lifecycle-counts > li")}
    assert "no report of its ratification" in kazakhstan


def test_agreement_links_both_ways(site):
    html = site.html("actors/alparslan-bayraktar")
    signed = [a["href"] for a in html.select("article a[href*='agreements/']")]
    assert any("turkiye-uzbekistan-critical-minerals-mou-2026" in href for href in signed)
    country = site.text("countries/tr")
    for fact in ["Memorandum of understanding on cooperation in the mining sector", "Uzbekistan", "Kazakhstan",
                 "Ministry of Foreign Affairs of Türkiye", "Hakan Fidan", "Organization of Turkic States"]:
        assert fact in country, fact


def test_country_page_shows_resources_with_sources(site):
    text = site.text("countries/kz")
    assert "Chromite" in text and "230,000,000 tons" in text
    row = next(tr for tr in site.html("countries/kz").select("table tr") if "Chromite" in tr.get_text())
    assert row.select_one("sup a[href^='#source-']") is not None


def test_partial_dates_stay_partial(site):
    # The visit is known to the month (data/events/serdar-berdimuhamedov-visit-iran-2022.yml: 2022-06).
    html = site.html("events/serdar-berdimuhamedov-visit-iran-2022")
    date_row = next(tr for tr in html.select(".tracker-facts tr") if tr.td and tr.td.get_text() == "Date")
    times = [t["datetime"] for t in html.select("p.tracker-kind time") + date_row.select("time")]
    assert "2022-06" in times and not any(t.startswith("2022-06-") for t in times)
    assert "June 2022" in site.text("events/serdar-berdimuhamedov-visit-iran-2022")
    summit = site.html("events/ots-summit-kazakhstan-2026")
    assert [t["datetime"] for t in summit.select("article time")][0] == "2026"


def test_timeline_places_partial_dates_honestly(site):
    html = site.html("timeline")
    headings = [h.get_text(" ", strip=True).rstrip("¶").strip() for h in html.select("article h2, article h3")]
    assert "June 2025" in headings and "2026, month not stated" in headings
    # The June 2025 memorandum sits under "June 2025", the year-only summits under "2026, month not stated".
    def section_after(title: str) -> str:
        heading = next(h for h in html.select("article h3") if h.get_text(" ", strip=True).startswith(title))
        return heading.find_next("ul").get_text(" ")
    assert "artificial intelligence" in section_after("June 2025")
    assert "Organization of Turkic States" in section_after("2026, month not stated")


def test_the_timeline_shows_a_step_after_the_signing_on_its_own_day(site):
    """data/agreements/kyrgyzstan-tajikistan-state-border-treaty-2025.yml: its sixth history entry is the exchange of the
    instruments of ratification by Kyrgyzstan and Tajikistan on 31 March 2025 (InfoRos)."""
    html = site.html("timeline/2025")
    [step] = html.select('li.tracker-timeline__step[data-id="kyrgyzstan-tajikistan-state-border-treaty-2025#step-5"]')
    assert (step["data-date"], step["data-status"], step["data-kind"]) == ("2025-03-31", "ratified", "treaty")
    text = " ".join(step.get_text(" ").split())
    assert text.startswith("31 March 2025 · Notes exchanged, Kyrgyzstan, Tajikistan:")
    assert step.select_one("a")["href"].endswith("agreements/kyrgyzstan-tajikistan-state-border-treaty-2025/")
    march = next(h for h in html.select("article h3") if h.get_text(" ", strip=True).startswith("March 2025"))
    assert step in march.find_next("ul").select("li")


def test_aliases_are_on_the_page(site):
    text = site.text("countries/tr")
    assert "Also known as" in text
    for alias in ["Turkey", "Turkiye", "Republic of Türkiye"]:
        assert alias in text


def test_internal_links_and_anchors_resolve(site):
    # Each page read once (its ids and its links) by lxml's HTML parser itself, the parser BeautifulSoup's "lxml"
    # builder drives, without building BeautifulSoup's tree; each link's target is found among the site's files
    # listed once, by path arithmetic, not by asking the file system (1.2 million links, most the navigation's).
    from lxml import etree

    parser = etree.HTMLParser(encoding="utf-8")
    root = site.path.resolve()
    files = {path.relative_to(root).as_posix() for path in root.rglob("*") if path.is_file()}
    folders = {posixpath.dirname(name) or "." for name in files}
    pages: dict[str, tuple[set[str], list[str]]] = {}
    for name in (name for name in files if name.endswith(".html")):
        tree = etree.fromstring((root / name).read_bytes(), parser)
        pages[name] = (set(tree.xpath("//@id")), tree.xpath("//a/@href"))

    @functools.cache
    def target_of(folder: str, path: str) -> str | None:
        """The file a link's path leads to from `folder`, or None (most links are the navigation's, on every page)."""
        target = posixpath.normpath(posixpath.join(folder, unquote(path)))
        if target in folders:
            target = posixpath.normpath(posixpath.join(target, "index.html"))
        return target if target in files else None

    broken = []
    for name, (_, hrefs) in pages.items():
        if posixpath.basename(name) == "404.html":  # served at any depth, so its links are root-relative by design
            continue
        for href in hrefs:
            parts = urlsplit(href)
            if parts.scheme or href.startswith("mailto:"):
                continue
            target = target_of(posixpath.dirname(name) or ".", parts.path) if parts.path else name
            if target is None:
                broken.append(f"{name} -> {href}")
                continue
            if parts.fragment and target.endswith(".html") and parts.fragment not in pages[target][0]:
                broken.append(f"{name} -> {href} (no such anchor)")
    assert broken == []


def test_edit_links_open_the_record_or_the_markdown(site):
    edit = site.html("agreements/astana-declaration-2025").select_one("a.md-content__button[href*='/edit/']")
    assert edit["href"].endswith("/edit/main/data/agreements/astana-declaration-2025.yml")
    edit = site.html("methodology").select_one("a.md-content__button[href*='/edit/']")
    assert edit["href"].endswith("/edit/main/docs/methodology.md")


def test_prose_introduction_comes_before_the_data(site):
    html = site.html("topics/middle-corridor")
    article = str(html.select_one("article"))
    intro = article.index("recurs in the records of this tracker")
    assert intro < article.index(">Route<")
    assert html.select_one("a[href$='/edit/main/docs/topics/middle-corridor.md']") is not None


def test_data_text_is_printed_not_executed(edited_site):
    html = edited_site.html("agreements/injection-test")
    text = edited_site.text("agreements/injection-test")
    assert "Sum {{ 7*7 }} and {% include \"home.md\" %}" in text
    assert '<script>alert("x")</script>' in text
    assert "{{ config.site_name }}" in text
    assert "Sum 49" not in text and "Title 49" not in text  # what the template code would have made, run
    assert html.select("article script") == []
    assert html.select("article b") == []
    assert "Title {{ 7*7 }} <b>bold</b>" in html.select_one("title").get_text()
    assert html.select_one("article h1").get_text() == "Title {{ 7*7 }} <b>bold</b>"
    assert all("javascript" not in (a.get("href") or "") for a in html.select("article a"))


def test_bad_data_fails_the_build_and_writes_no_site(data_dir, tmp_path, run):
    data_dir.copy_real_part("uzbekistan", "trend-2026-02-03").write(  # (a part of the real data that loads by itself)
        "agreements/broken.yml", "title: B\nkind: agreement\nparties: [uzbekstan]\nsources: [trend-2026-02-03]\n"
    )
    out = tmp_path / "site"
    result = run.build(out, data_dir.path)
    assert result.returncode != 0
    assert "agreements/broken.yml:3:" in result.stderr
    assert "did you mean 'uzbekistan'?" in result.stderr
    assert not (out / "index.html").exists()


def test_the_coverage_page_counts_the_records(site):
    text = site.text("coverage")
    agreement_files = len(list((ROOT / "data" / "agreements").glob("*.yml")))
    assert f"{agreement_files} agreements, dated from" in text
    assert "How the reports were found" in text and "Known gaps" in text  # docs/coverage.md, above the counts
    rows = site.html("coverage").select("table")[0].select("tbody tr")
    assert len(rows) == len(list((ROOT / "data" / "countries").glob("*.yml")))


def test_every_pagefind_ignore_has_a_value_pagefind_knows(site):
    """md_in_html writes a bare `data-pagefind-ignore` inside Markdown as `="data-pagefind-ignore"`, a value
    Pagefind does not know (it warned 4,445 times at 10,000 and fell back to "all"): the layouts say "all"."""
    values = Counter()
    for page in site.path.rglob("*.html"):
        values.update(re.findall(r'data-pagefind-ignore(?:="([^"]*)")?', page.read_text(encoding="utf-8")))
    assert values and set(values) <= {"all", "index"}, values


def test_prose_from_a_pull_request_is_never_run_as_a_template(edited_site):
    """Hand-written pages and the introductions above generated pages are printed, never rendered: template
    code in a pull request's prose would otherwise run in the build (in CI, on the maintainers' machines)."""
    assert "Sum {{ 7*7 }} and {{ tracker.data.counts() }}." in edited_site.text("methodology")
    assert "Corridor {{ 6*7 }} {% include 'home.md' %}" in edited_site.text("topics/middle-corridor")
    assert "Route" in edited_site.text("topics/middle-corridor")  # the generated part is still there
