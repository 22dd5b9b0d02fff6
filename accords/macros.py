"""mkdocs-macros module: gives the page layouts the `tracker` view and the escaping filters.

Listed in mkdocs.yml as `modules: [accords.macros]`, after the `accords` plugin, which has already
loaded the data by the time mkdocs-macros calls `define_env`.
"""

from __future__ import annotations

from typing import Any

from .render import attr_text, date_html, markdown_html, md_text


def define_env(env: Any) -> None:
    plugin = env.conf.plugins["accords"]
    env.variables["tracker"] = plugin.view
    # Data text reaches a page only through these filters (see accords.render).
    env.filter(md_text, "text")
    env.filter(attr_text, "attr")
    env.filter(markdown_html, "prose")
    env.filter(date_html, "date")
