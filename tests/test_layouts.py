"""Layouts rendered for one page each, without a site build: what a page says, on hand-built data."""

from __future__ import annotations

import datetime as dt

import pytest

from accords.addresses import Addresses
from accords.loader import load_dataset
from accords.pages import LISTING_PAGES, generated_pages
from accords.render import focusable_abbreviations
from accords.renderer import render_layout
from accords.view import SiteView

TODAY = dt.date(2026, 11, 23)


@pytest.fixture
def view(data_dir):
    return SiteView(load_dataset(data_dir.minimal().path, today=TODAY), repo_url="https://example.org/repo")


def test_an_agreement_page_names_its_parties_signatories_and_date(view):
    markdown = render_layout(view, "agreement.md", "agreements/mining-mou/", record="mining-mou")
    assert '<td>Parties</td>\n<td><a href="../../countries/kz/">Kazakhstan</a>, <a href="../../countries/uz/">Uzbekistan</a></td>' in markdown
    assert ('<td>Signatories</td>\n<td><a href="../../actors/jane-doe/">Jane Doe</a>, Minister, for '
            '<a href="../../countries/uz/">Uzbekistan</a></td>') in markdown
    assert '<td>Sectors</td>\n<td><a href="../../topics/mining/">Mining</a></td>' in markdown
    assert "\n## Sources\n" in markdown and '<li><span id="source-report"></span><a href="../../sources/#report">Example Wire</a>' in markdown
    assert '<time datetime="2025-06">June 2025</time>' in markdown  # a month stays a month
    assert "https://example.org/repo/edit/main/data/agreements/mining-mou.yml" in markdown


def test_every_generated_page_renders_from_its_layout_alone(view):
    """Each page the build adds, listings and records, renders without MkDocs and shows its record's name."""
    pages = generated_pages(view.data)
    assert {p.layout for p in pages} >= {layout for _, layout in LISTING_PAGES.values()} | {"agreement.md", "country.md", "actor.md", "topic.md"}
    for page in pages:
        meta = {"record": page.record_id, **dict(page.extra_meta)} if page.record_id else dict(page.extra_meta)
        url = Addresses(view.data).url(page.record_id) if page.record_id else page.path.removesuffix(".md") + "/"
        markdown = render_layout(view, page.layout, url, **meta)
        if page.record_id:
            assert view.name(page.record_id) in markdown, page.path


def test_the_pager_links_the_pages_around_this_one(view):
    markdown = render_layout(view, "sources.md", "sources/page/2/", listing="sources.md", page_number=2, page_count=3)
    assert "Page 2 of 3 · [← previous](/sources.md) · [next →](/sources/page/3.md)" in markdown
    assert 'Pages: [1](/sources.md) **2** [3](/sources/page/3.md)</p>' in markdown
    one = render_layout(view, "sources.md", "sources/", listing="sources.md", page_number=1, page_count=1)
    assert "Page 1" not in one and "Pages:" not in one


def test_blocks_of_html_go_back_in_place_with_links_from_the_page():
    import markdown

    from accords.html_chunks import HtmlChunks

    chunks = HtmlChunks()
    page = "## Parties\n" + chunks(lambda: f'<p class="x"><a href="{chunks.root}countries/kz/">Kazakhstan</a></p>') + "Done.\n"
    html = chunks.fill(markdown.markdown(page), "agreements/mining-mou/")
    assert html == '<h2>Parties</h2>\n<p class="x"><a href="../../countries/kz/">Kazakhstan</a></p>\n<p>Done.</p>'
    forged = HtmlChunks()  # another build's token: text that imitates a placeholder stays text
    assert chunks.fill(markdown.markdown("tracker-html-0123456789abcdef-0"), "") == "<p>tracker-html-0123456789abcdef-0</p>"
    assert forged.root != chunks.root


def test_text_in_html_blocks_is_escaped_and_explains_abbreviations(data_dir):
    data_dir.minimal().write("glossary/mou.yml", "term: Memorandum of understanding\nabbreviation: MoU\ndefinition: A paper.\nsources: [report]\n")
    view = SiteView(load_dataset(data_dir.path, today=TODAY))
    assert view.h("A MoU <b>&</b> MoUs") == ('A <abbr title="Memorandum of understanding">MoU</abbr> '
                                             "&lt;b&gt;&amp;&lt;/b&gt; MoUs")


def test_abbreviations_take_the_keyboard_focus_except_inside_links():
    """Material shows an abbreviation's explanation on focus; inside a link the link takes the focus (the HTML
    standard allows no element with tabindex inside <a>)."""
    page = ('<p><abbr title="European Union">EU</abbr> and <a href="x/">the <abbr title="European Union">EU</abbr> summit</a> '
            '<aside><abbr title="Memorandum of understanding">MoU</abbr></aside> <a\nhref="y/">no abbreviation</a></p>')
    assert focusable_abbreviations(page) == (
        '<p><abbr tabindex="0" title="European Union">EU</abbr> and <a href="x/">the <abbr title="European Union">EU</abbr> summit</a> '
        '<aside><abbr tabindex="0" title="Memorandum of understanding">MoU</abbr></aside> <a\nhref="y/">no abbreviation</a></p>')
