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
_SAFE_URL = re.compile(r"^(https?:|mailto:|#|/|\.{0,2}/|[^:/?#]+(/|$))", re.IGNORECASE)


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
    """`<time datetime="2025-06">June 2025</time>`: the precision of the source, never padded."""
    if value is None:
        return f"<span class=\"tracker-undated\">{empty}</span>"
    return f'<time datetime="{value}">{value.display()}</time>'


class _DropUnsafeLinks(Treeprocessor):
    """Removes `javascript:` and other non-web URLs from links and images in data Markdown."""

    def run(self, root: etree.Element) -> None:
        for element in root.iter():
            for attribute in ("href", "src"):
                url = element.get(attribute)
                if url is not None and not _SAFE_URL.match(url.strip()):
                    del element.attrib[attribute]


class _DataMarkdown(Extension):
    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 (Markdown's API)
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        md.treeprocessors.register(_DropUnsafeLinks(md), "drop_unsafe_links", 0)


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
