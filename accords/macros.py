"""mkdocs-macros module: gives the page layouts the `tracker` view and the escaping filters.

Listed in mkdocs.yml as `modules: [accords.macros]`, after the `accords` plugin, which has already
loaded the data by the time mkdocs-macros calls `define_env`. `render_layout` renders a layout the
same way without MkDocs, for tests of one page.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import jinja2

from .pages import LAYOUTS
from .render import attr_text, date_html, markdown_html, md_text
from .view import SiteView

# Data text reaches a page only through these filters (see accords.render).
FILTERS = {"text": md_text, "attr": attr_text, "prose": markdown_html, "date": date_html}


def define_env(env: Any) -> None:
    plugin = env.conf.plugins["accords"]
    env.variables["tracker"] = plugin.build.view
    for name, function in FILTERS.items():
        env.filter(function, name)
    env.filter(plugin.build.view.h, "html")  # text in a block of HTML, with abbreviations explained


def render_layout(view: SiteView, layout: str, url: str, **meta: Any) -> str:
    """The Markdown a layout makes for one page (`url`: the page's address from the site root, as
    MkDocs gives it; `meta`: its front matter, e.g. record="x"), without building a site."""
    environment = jinja2.Environment(loader=jinja2.FileSystemLoader(LAYOUTS), undefined=jinja2.StrictUndefined)
    environment.filters.update(FILTERS)
    environment.filters["html"] = view.h
    page = SimpleNamespace(meta=meta, url=url, canonical_url=f"https://example.org/{url}")
    return view.html.inline(environment.get_template(layout).render(tracker=view, page=page), url)
