"""mkdocs-macros module: gives the page layouts the `tracker` view and the escaping filters.

Listed in mkdocs.yml as `modules: [accords.macros]`, after the `accords` plugin, which has already
loaded the data by the time mkdocs-macros calls `define_env`. `render_layout` renders a layout the
same way without MkDocs, for tests of one page.
"""

from __future__ import annotations

import functools
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


def define_env(env: Any) -> None:
    plugin = env.conf.plugins["accords"]
    env.variables["tracker"] = plugin.build.view
    for name, function in FILTERS.items():
        env.filter(function, name)


@functools.cache
def _layouts() -> jinja2.Environment:
    """The layouts, compiled once per process (for pages rendered without a site build)."""
    environment = jinja2.Environment(loader=jinja2.FileSystemLoader(LAYOUTS), undefined=jinja2.StrictUndefined, auto_reload=False)
    environment.filters.update(FILTERS)
    return environment


def render_layout(view: SiteView, layout: str, url: str, **meta: Any) -> str:
    """The Markdown a layout makes for one page (`url`: the page's address from the site root, as
    MkDocs gives it; `meta`: its front matter, e.g. record="x"), without building a site."""
    page = SimpleNamespace(meta=meta, url=url, canonical_url=f"https://example.org/{url}")
    return view.html.inline(_layouts().get_template(layout).render(tracker=view, page=page), url)
