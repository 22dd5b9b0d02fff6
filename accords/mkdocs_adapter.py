"""The few places where the build relies on MkDocs' and mkdocs-macros' internals, kept together.

Each is a documented attribute or behaviour of the pinned versions (constraints.txt: mkdocs 1.6.1,
mkdocs-macros-plugin 1.5.0, Jinja2 3.1.6) that no public hook offers; tests/test_mkdocs_adapter.py
checks each against the installed versions, so an upgrade that changes one fails the suite here
instead of quietly changing the build.
"""

from __future__ import annotations

import functools
from typing import Any

from mkdocs.structure.files import File
from mkdocs.structure.pages import Page

PINNED = {"mkdocs": "1.6.1", "mkdocs-macros-plugin": "1.5.0", "jinja2": "3.1.6"}


def skip_when_serving_dirty(file: File) -> None:
    """`mkdocs serve --dirty` rebuilds only files whose `is_modified()` is true; a generated page that
    shows no changed record says it is not (MkDocs asks the file, and has no hook for it)."""
    file.is_modified = _unchanged  # type: ignore[method-assign]


def _unchanged() -> bool:
    return False


def forget_rendered(page: Page) -> None:
    """Once a page is written, drop its Markdown and HTML: MkDocs keeps every page's to the end of the
    build (~200 MB at 10,000 pages). "" and not None for the Markdown: `Page.title` takes None for
    "not read yet" and would read the file again."""
    page.content = None
    page.markdown = ""


def compile_each_source_once(jinja: Any) -> None:
    """mkdocs-macros compiles every page's Markdown as a new template (`env.from_string`). Generated pages
    of one kind share the same source (`{% include "agreement.md" %}`, their data comes from the page's
    front matter), so a compiled template is kept and reused: at 10,000 pages this saves the compiling of
    10,000 identical templates. A compiled template holds no page state; rendering is unchanged. Included
    layouts are not checked on disk again for every page either. Called once mkdocs-macros has made its
    Jinja environment."""
    if getattr(jinja, "_accords_compiles_once", False):
        return
    compile_source = functools.lru_cache(maxsize=256)(jinja.from_string)
    original = jinja.from_string

    def from_string(source: str, globals: Any = None, template_class: Any = None) -> Any:  # Jinja's names
        if globals is None and template_class is None:
            return compile_source(source)
        return original(source, globals, template_class)

    jinja.from_string = from_string
    # Layouts do not change during a build (mkdocs-macros makes a new environment for each build, also
    # under `mkdocs serve`): no need to check each included file's modification time on every page.
    jinja.auto_reload = False
    jinja._accords_compiles_once = True
