"""Every place where the build relies on MkDocs' or Jinja's internals, kept together.

Each is a documented attribute or behaviour of the pinned versions (constraints.txt: mkdocs 1.6.1, Jinja2 3.1.6)
that no public hook offers; tests/test_mkdocs_adapter.py
checks each against the installed versions, so that an upgrade that changes one fails the suite here
instead of quietly changing the build. Nothing outside this module reaches into those projects' objects;
the plugin (accords.mkdocs_plugin) uses their public plugin API and this.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2
from mkdocs.structure.files import File
from mkdocs.structure.pages import Page
from mkdocs.utils.meta import get_data

PINNED = {"mkdocs": "1.6.1", "jinja2": "3.1.6"}


class UnchangedFile(File):
    """A generated page that shows no changed record: `mkdocs serve --dirty` renders again only the files whose
    `is_modified()` is true (MkDocs asks the file, and has no hook for it)."""

    def is_modified(self) -> bool:
        return False


def front_matter(text: str) -> tuple[str, dict[str, Any]]:
    """A Markdown page's text without its YAML front matter, and the front matter, as MkDocs reads them."""
    return get_data(text)


def keep_compiled(environment: jinja2.Environment, cache: jinja2.BytecodeCache | None) -> None:
    """Configure the environment MkDocs makes for the theme's templates (with Jinja's documented settings; the
    environment is not ours to make): the cache of compiled templates that outlives it under `mkdocs serve`, and no
    check of each template's modification time on every page (they do not change during a build; MkDocs makes a
    new environment for each build, also under `mkdocs serve`)."""
    environment.bytecode_cache = cache
    environment.auto_reload = False


def forget_rendered(page: Page) -> None:
    """Once a page is written, drop its Markdown and HTML: MkDocs keeps every page's to the end of the
    build (~200 MB at 10,000 pages). "" and not None for the Markdown: `Page.title` takes None for
    "not read yet" and would read the file again."""
    page.content = None
    page.markdown = ""


def watch(server: Any, path: Path) -> None:
    """Have `mkdocs serve` rebuild when a file under `path` changes (the livereload server's `watch`)."""
    server.watch(str(path))
