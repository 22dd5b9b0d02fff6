"""What readers see in the HTML: map, charts, corridor, glossary and abbreviations, no stray Markdown."""

from __future__ import annotations

import json
import re

import yaml
from conftest import ROOT

from accords.addresses import Addresses
from accords.model import Term


def test_home_map_links_every_tracked_country_with_an_accessible_name(site):
    figure = site.html("").select_one("figure.tracker-map")
    svg = figure.select_one("svg")
    assert svg.select_one("title").get_text() and svg.select_one("desc").get_text()
    # Drawn countries are links in the map; a country beyond the region's map is a link below it, named alike.
    drawn = {a["aria-label"]: a["href"] for a in svg.select("a[aria-label]")}
    beyond = {a.get_text(): a["href"] for a in figure.select("figcaption .tracker-map__beyond a")}
    # the countries the region's map cannot draw (Europe, the Americas, East Asia), in the order of their names
    assert {"United States", "Japan", "Germany"} <= {label.split(":")[0] for label in beyond} and "Kazakhstan" not in str(beyond)
    assert [label.split(":")[0] for label in beyond] == sorted(label.split(":")[0] for label in beyond)
    # Every country file is reachable, labelled with its name and as many agreements as its own page lists (its API document).
    for path in sorted((ROOT / "data" / "countries").glob("*.yml")):
        iso2 = yaml.safe_load(path.read_text(encoding="utf-8"))["iso2"].lower()
        country = json.loads((site.path / "api" / "countries" / f"{iso2}.json").read_text(encoding="utf-8"))
        n = len(country["agreements"])
        found = [(label, href) for label, href in {**drawn, **beyond}.items() if label.startswith(f"{country['name']}: {n} agreement")]
        assert found == [(found[0][0], f"countries/{iso2}/")], path.name
    assert "Natural Earth" in figure.select_one("figcaption").get_text()


def test_country_map_highlights_the_country_and_its_partners(site):
    figure = site.html("countries/tr").select_one("figure.tracker-map")
    svg = figure.select_one("svg")
    subject = svg.select("path.tracker-map__subject")
    partners = {p.find_parent("a")["aria-label"].split(":")[0] for p in svg.select("path.tracker-map__partner")}
    assert len(subject) == 1 and subject[0].find_parent("a")["aria-label"].startswith("Türkiye")
    listed = json.loads((site.path / "api" / "countries" / "tr.json").read_text(encoding="utf-8"))["partners"]
    beyond = {a.get_text().split(":")[0] for a in figure.select("figcaption .tracker-map__beyond a")}  # linked below the map
    assert partners == {p["name"] for p in listed} - beyond and partners  # drawn: the partners the page lists, on the map
    assert {"United States", "Hungary"} <= beyond  # written from the data files: beyond the region's map
    assert {"Uzbekistan", "Kazakhstan", "Azerbaijan"} <= partners  # written from the data files: Türkiye signed with each


def test_charts_are_static_svg_with_title_and_description(site):
    for page in ["", "agreements", "countries/kz"]:
        charts = site.html(page).select("figure.tracker-chart svg, figure.tracker-matrix svg")
        assert charts, page
        for svg in charts:
            labelled = svg["aria-labelledby"].split()
            assert [svg.find(id=i) is not None for i in labelled] == [True, True]
    signed = [yaml.safe_load(p.read_text(encoding="utf-8")).get("date_signed") for p in (ROOT / "data" / "agreements").glob("*.yml")]
    years = {str(date)[:4] for date in signed if date}  # the years the agreement files give
    labels = [t.get_text() for t in site.html("").select("figure.tracker-chart text")]
    assert years <= set(labels)


def test_partner_matrix_cells_link_to_the_filtered_explorer(site):
    links = site.html("agreements").select("figure.tracker-matrix a")
    hrefs = {a["href"] for a in links}
    assert "../explore/?country=tr&partner=uz" in hrefs
    assert all(re.fullmatch(r"\.\./explore/\?country=[a-z]{2}&partner=[a-z]{2}", h) for h in hrefs)


def test_corridor_page_draws_the_route_and_lists_what_concerns_it(site, real_data):
    html = site.html("topics/middle-corridor")
    assert html.select_one("figure.tracker-map polyline.tracker-map__route") is not None
    route = real_data.get("middle-corridor").route
    assert len(html.select("figure.tracker-map circle.tracker-map__stop")) == len(route)
    text = site.text("topics/middle-corridor")
    assert "8th Meeting of the Türkiye–Kazakhstan Joint Strategic Planning Group" in text
    for country in route:
        assert real_data.name(country) in text


def test_abbreviations_are_explained_wherever_they_appear(site, real_data):
    html = site.html("agreements/kyrgyzaltyn-pakrut-mining-mou-2025")
    abbr = html.select_one("article abbr")
    assert abbr.get_text() == "MoU" and abbr["title"] == real_data.get("mou").term and abbr["tabindex"] == "0"
    glossary = site.html("glossary")
    for term_id in real_data.ids_of_type(Term):
        assert glossary.find(id=term_id) is not None, term_id


def test_glossary_links_terms_to_their_records(site, real_data):
    glossary = site.html("glossary")
    for term_id in real_data.ids_of_type(Term):
        heading = glossary.find(id=term_id)
        hrefs = []
        for sibling in heading.find_next_siblings():
            if sibling.name == "h2":
                break
            hrefs += [a["href"] for a in sibling.select("a")]
        for related in real_data.get(term_id).related:
            target = Addresses(real_data).page(related).removesuffix(".md").removesuffix("index")
            assert any(target.rstrip("/") in h for h in hrefs), (term_id, related)


def test_no_markdown_is_left_unrendered(site):
    leftovers = []
    for html_file in site.path.rglob("*.html"):
        article = html_file.read_text(encoding="utf-8")
        text = re.sub(r"<[^>]+>", " ", article)
        if re.search(r"\]\(/|\\[-().\[\]_*#!]", text):
            leftovers.append(str(html_file.relative_to(site.path)))
    assert leftovers == []
