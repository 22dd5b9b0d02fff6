"""mkdocs-macros module: gives the page layouts the `tracker` view and the escaping filters.

Listed in mkdocs.yml as `modules: [accords.macros]`, after the `accords` plugin, which has already
loaded the data by the time mkdocs-macros calls `define_env`.
"""

from __future__ import annotations

import functools
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


def compile_each_source_once(jinja: Any) -> None:
    """mkdocs-macros compiles every page's Markdown as a new template. Generated pages of one kind
    share the same source (`{% include "agreement.md" %}`, their data comes from the page's front
    matter), so a compiled template is kept and reused: at 10,000 pages this saves the compiling of
    10,000 identical templates. A compiled template holds no page state; rendering is unchanged.
    Included layouts are not checked on disk again for every page either.
    Called by the accords plugin once mkdocs-macros has made its Jinja environment."""
    if getattr(jinja, "_accords_compiles_once", False):
        return
    compile_source = functools.lru_cache(maxsize=256)(jinja.from_string)
    original = jinja.from_string

    def from_string(source: str, globals: Any = None, template_class: Any = None) -> Any:  # noqa: A002 (Jinja's name)
        if globals is None and template_class is None:
            return compile_source(source)
        return original(source, globals, template_class)

    jinja.from_string = from_string
    # Layouts do not change during a build (mkdocs-macros makes a new environment for each build, also
    # under `mkdocs serve`): no need to check each included file's modification time on every page.
    jinja.auto_reload = False
    jinja._accords_compiles_once = True
