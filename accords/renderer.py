"""Renders a generated page from its layout (accords/layouts/): engine-independent, no MkDocs needed.

A layout is a Jinja template whose output is Markdown; it is given `tracker` (accords.view.SiteView, the only way
to the data) and `page` (the page's front matter as `page.meta`, its address as `page.url`). Data text reaches a
page only through the filters below (see accords.render). Each layout is compiled once per `Layouts`; under
`mkdocs serve` a layout edited while serving is compiled again (`auto_reload`). `render_layout` renders one page
for tests, without a build.
"""

from __future__ import annotations

import functools
import traceback
from collections.abc import Mapping
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import jinja2

from .pages import LAYOUTS
from .render import attr_text, date_html, markdown_html, md_text
from .view import SiteView


@jinja2.pass_context
def html_text(context: Any, value: Any) -> str:
    """Text in a block of HTML, with abbreviations explained (the page's `tracker`, accords.view.SiteView.h)."""
    return str(context["tracker"].h(value))


# Data text reaches a page only through these filters (see accords.render).
FILTERS = {"text": md_text, "attr": attr_text, "prose": markdown_html, "date": date_html, "html": html_text}


class LayoutError(Exception):
    """A layout that cannot be rendered: the message names it, the line and what went wrong."""


class Layouts:
    """The layouts, compiled once each (`auto_reload`: again when a layout's file changes, as under `mkdocs serve`).
    An undefined name is an error, never an empty string."""

    def __init__(self, auto_reload: bool = False):
        self.environment = jinja2.Environment(loader=jinja2.FileSystemLoader(LAYOUTS), undefined=jinja2.StrictUndefined,
                                              auto_reload=auto_reload)
        self.environment.filters.update(FILTERS)

    def render(self, layout: str, view: SiteView, page: Any) -> str:
        """The Markdown `layout` makes for `page` (its blocks of HTML left as placeholders, accords.html_chunks)."""
        try:
            return self.environment.get_template(layout).render(tracker=view, page=page)
        except jinja2.TemplateError as error:
            raise LayoutError(f"accords/layouts/{_where(error, layout)}: {error}") from None

    @staticmethod
    def page(meta: Mapping[str, Any], url: str, canonical_url: str | None = None) -> SimpleNamespace:
        """What a layout knows of its page."""
        return SimpleNamespace(meta=meta, url=url, canonical_url=canonical_url)


def _where(error: jinja2.TemplateError, layout: str) -> str:
    """'agreement.md:12': the layout and line the error is at (a syntax error says so itself; an error while
    rendering is found in the traceback, where Jinja puts the template's own lines)."""
    if isinstance(error, jinja2.TemplateSyntaxError) and error.lineno:
        return f"{error.name or layout}:{error.lineno}"
    frames = [f for f in traceback.extract_tb(error.__traceback__) if Path(f.filename).parent.is_relative_to(LAYOUTS)]
    if frames:
        return f"{Path(frames[-1].filename).relative_to(LAYOUTS).as_posix()}:{frames[-1].lineno}"
    return layout


@functools.cache
def _layouts() -> Layouts:
    return Layouts()


def render_layout(view: SiteView, layout: str, url: str, **meta: Any) -> str:
    """The Markdown a layout makes for one page (`url`: the page's address from the site root, as
    MkDocs gives it; `meta`: its front matter, e.g. record="x"), without building a site."""
    page = Layouts.page(meta, url, f"https://example.org/{url}")
    return view.html.inline(_layouts().render(layout, view, page), url)
