"""Each internal the build relies on (accords/mkdocs_adapter.py), checked against the installed versions."""

from __future__ import annotations

import inspect
from importlib.metadata import version

import jinja2
from mkdocs.commands import build
from mkdocs.structure.files import File
from mkdocs.structure.pages import Page

from accords.mkdocs_adapter import PINNED, UnchangedFile, forget_rendered, front_matter, keep_compiled


def test_the_installed_versions_are_the_ones_the_adapter_was_written_for():
    assert {name: version(name) for name in PINNED} == PINNED


def test_mkdocs_asks_a_file_whether_it_changed_and_an_unchanged_file_answers_no(tmp_path):
    source = inspect.getsource(build)
    assert "if dirty and not page.file.is_modified():" in source  # what `mkdocs serve --dirty` asks each page's file
    assert "f = cls(" in inspect.getsource(File.generated)  # File.generated makes an instance of the class it is called on
    unchanged = UnchangedFile("agreements/x.md", src_dir=None, dest_dir=str(tmp_path), use_directory_urls=True)
    changed = File("agreements/y.md", src_dir=None, dest_dir=str(tmp_path), use_directory_urls=True)
    changed._content = "# Y"  # as File.generated sets it
    assert unchanged.is_modified() is False and changed.is_modified() is True


def test_a_written_page_forgets_its_markdown_and_html():
    source = inspect.getsource(Page)
    assert "self.markdown = None" in source and "self.content = None" in source  # attributes MkDocs sets itself
    assert "if self.markdown is None:\n            return None" in source  # a title of None: why "" and not None
    page = Page.__new__(Page)
    page.markdown, page.content = "# X", "<h1>X</h1>"
    forget_rendered(page)
    assert (page.markdown, page.content) == ("", None)


def test_an_environment_takes_the_cache_of_compiled_templates_and_no_reload_checks():
    environment = jinja2.Environment()
    cache = jinja2.BytecodeCache()
    keep_compiled(environment, cache)
    assert environment.bytecode_cache is cache and environment.auto_reload is False


def test_mkdocs_reads_front_matter_and_its_server_watches_a_path():
    from mkdocs.livereload import LiveReloadServer

    assert front_matter("---\ntitle: X\n---\n\nText\n") == ("Text\n", {"title": "X"})
    assert list(inspect.signature(LiveReloadServer.watch).parameters)[:2] == ["self", "path"]
