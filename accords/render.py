"""Turning data text into page text safely: data is always printed, never executed.

Page layouts are Jinja templates whose output is Markdown. Text from the data reaches them only
through these functions, which escape it for both Markdown and HTML, so that a `{{ 7*7 }}`, a
`<script>` or a `[link](javascript:…)` in a record appears on the page exactly as written.
"""

from __future__ import annotations

import functools
import html
import re
import xml.etree.ElementTree as etree

import markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

from .dates import PartialDate

# Characters Python-Markdown (with the tables extension) treats as special, escaped with a backslash.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|])")
_SAFE_URL = re.compile(r"^(https?://[^\s/?#]+|mailto:\S+@)", re.IGNORECASE)  # links in data Markdown


def md_text(value: object) -> str:
    """Plain text for a Markdown page: HTML-escaped, Markdown-escaped, on one line."""
    text = " ".join(str(value).split())
    return _MARKDOWN_SPECIAL.sub(r"\\\1", html.escape(text, quote=True))


def attr_text(value: object) -> str:
    """Text for an HTML attribute value (also safe from the Markdown and Jinja that follow)."""
    return _neutralise_braces(html.escape(" ".join(str(value).split()), quote=True))


def _neutralise_braces(text: str) -> str:
    return text.replace("{", "&#123;").replace("}", "&#125;")


def date_html(value: PartialDate | None, empty: str = "date not stated") -> str:
    """`<time datetime="2025-06">June 2025</time>`: the precision of the source, never padded. A range has a
    `<time>` per end: `<time datetime="2023-05-18">18</time>–<time datetime="2023-05-19">19 May 2023</time>`."""
    if value is None:
        return f"<span class=\"tracker-undated\">{empty}</span>"
    if value.end:
        start, end = value.display_ends()
        dash = "–" if " " not in start else " – "
        return f'<time datetime="{value.first()}">{start}</time>{dash}<time datetime="{value.end}">{end}</time>'
    return f'<time datetime="{value}">{value.display()}</time>'


class _OnlyWebLinks(Treeprocessor):
    """Data Markdown links to web and mail addresses only, and embeds nothing: an image becomes a link to
    it (a page that showed it would make the reader's browser fetch it from its host), and a link to any
    other kind of address (`javascript:`, `data:`, a relative path) keeps its text and loses its target."""

    def run(self, root: etree.Element) -> None:
        for element in root.iter():
            if element.tag == "img":
                src, alt = (element.get("src") or "").strip(), element.get("alt") or ""
                element.attrib.clear()
                element.tag = "a"
                element.text = alt or src
                if _SAFE_URL.match(src):
                    element.set("href", src)
                else:
                    element.tag = "span"
            elif element.tag == "a":
                href = (element.get("href") or "").strip()
                title = element.get("title")
                element.attrib.clear()
                if _SAFE_URL.match(href):
                    element.set("href", href)
                    if title:
                        element.set("title", title)


class _DataMarkdown(Extension):
    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 (Markdown's API)
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        md.treeprocessors.register(_OnlyWebLinks(md), "only_web_links", 0)


@functools.cache
def _renderer() -> markdown.Markdown:
    """One Markdown converter for data text, reset between uses (building one per field is slow)."""
    return markdown.Markdown(extensions=[_DataMarkdown(), "sane_lists"], output_format="html")


def markdown_html(text: str | None) -> str:
    """Render a Markdown field from the data to HTML with raw HTML shown as text.

    The result is wrapped in a `<div>` so that the page's own Markdown pass leaves it as it is, and
    braces are written as entities so that no later template pass can read them as Jinja.
    """
    if not text:
        return ""
    body = _renderer().reset().convert(text)
    # No blank line inside, so the block stays one raw-HTML block in the page's Markdown.
    body = "\n".join(line for line in body.splitlines() if line.strip())
    return f'<div class="tracker-prose">\n{_neutralise_braces(body)}\n</div>'


_LINK_OR_ABBREVIATION = re.compile(r"(<a\b[^>]*>.*?</a>)|<abbr title=", re.DOTALL)


def focusable_abbreviations(html_text: str) -> str:
    """Each abbreviation's explanation reachable with the keyboard (Material shows it as a tooltip on focus):
    `tabindex="0"` on every `<abbr>` but those inside a link, where the link takes the focus (an element with
    tabindex may not sit inside `<a>`)."""
    return _LINK_OR_ABBREVIATION.sub(lambda m: m.group(1) or '<abbr tabindex="0" title=', html_text)
