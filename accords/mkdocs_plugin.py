"""MkDocs glue: each hook hands MkDocs' objects to the build (accords.session) and puts back what it returns.

Everything else lives in the package: what a build prepares and answers, the pages' layouts rendered included
(accords.session, accords.renderer), what a quick rebuild keeps (accords.rebuilds), the search index
(accords.search_index), and every reliance on MkDocs' internals (accords.mkdocs_adapter).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from mkdocs.config import config_options
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils.templates import TemplateContext

from .mkdocs_adapter import UnchangedFile, forget_rendered, front_matter, keep_compiled, watch
from .problems import DataError
from .search_index import SearchIndexError
from .session import BuildError, Session, Settings, SiteBuild

log = logging.getLogger("mkdocs.plugins.accords")


class TrackerConfig(Config):
    data_dir = config_options.Type(str, default="data")
    # Natural Earth country shapes from the world-atlas npm package (installed by `make`).
    shapes = config_options.Type(str, default="node_modules/world-atlas/countries-110m.json")
    # Benchmarks only: also write every page's final Markdown here (scripts/bench.py builds it with Material alone).
    dump_markdown = config_options.Type(str, default="")
    # `make build` only (accords.build): write the records of names here and leave the search index to be built
    # once MkDocs has exited; empty: index the site at the end of the build.
    defer_search_index = config_options.Type(str, default="")
    branch = config_options.Type(str, default="main")


class TrackerPlugin(BasePlugin[TrackerConfig]):
    session: Session
    build: SiteBuild

    def on_startup(self, *, command: str, dirty: bool) -> None:
        """Defining this keeps one plugin, and so one Session, across `mkdocs serve` rebuilds."""
        self.session = Session(serving=command == "serve", dirty=dirty)

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        project = Path(config.config_file_path).parent
        settings = Settings(
            project_dir=project, data_dir=project / self.config.data_dir, docs_dir=Path(config.docs_dir), shapes=project / self.config.shapes,
            config_file=Path(config.config_file_path), site_url=config.site_url or "", repo_url=config.repo_url, branch=self.config.branch,
            dump_markdown=Path(self.config.dump_markdown) if self.config.dump_markdown else None,
            defer_search_index=Path(self.config.defer_search_index) if self.config.defer_search_index else None,
        )
        try:
            self.build = self.session.build(settings)
        except (DataError, BuildError) as error:
            raise PluginError(str(error)) from None
        for warning in self.build.warnings:
            log.warning(warning)  # fails `mkdocs build --strict`
        if self.build.problems:
            count = len(self.build.problems)
            log.warning(f"{count} problem{'s' if count != 1 else ''} in the data; serving the last data that loaded:\n"
                        + "\n".join(f"  {p}" for p in self.build.problems))
        elif self.build.rebuild is not None:
            log.info(f"Rebuilding {len(self.build.rebuild)} pages for {self.build.changed_records} changed records")
        return config

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        docs = Path(config.docs_dir).name
        hand_written = {}
        for file in files.documentation_pages():
            file.edit_uri = f"{docs}/{file.src_uri}"  # the edit button opens the page's Markdown under docs/
            hand_written[file.src_uri] = front_matter(file.content_string)
        try:
            sources = self.build.page_sources(hand_written)
        except BuildError as error:
            raise PluginError(str(error)) from None
        for source in sources:
            if (introduction := files.get_file_from_path(source.path)) is not None:
                files.remove(introduction)  # its text is the generated page's introduction
            made = (UnchangedFile if source.unchanged else File).generated(config, source.path, content=source.markdown)
            made.edit_uri = source.edit_path
            files.append(made)
        for path, content in self.build.data_files().items():
            files.append(File.generated(config, path, content=content))
        try:
            self.build.write_open_data(Path(config.site_dir))
        except BuildError as error:
            raise PluginError(str(error)) from None
        # Known to MkDocs, so that links to them are checked; written by the export (a file whose source and
        # destination are one).
        for path in self.build.export_paths():
            files.append(File.generated(config, path, abs_src_path=str(Path(config.site_dir) / path)))
        return files

    def on_page_markdown(self, markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
        try:
            return self.build.page_markdown(markdown, page.meta, page.file.src_uri, page.url, page.title or "", page.canonical_url)
        except BuildError as error:
            raise PluginError(str(error)) from None

    def on_page_content(self, html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
        return self.build.page_html(html, page.url)

    def on_env(self, env: Any, config: MkDocsConfig, files: Files) -> Any:
        keep_compiled(env, self.session.compiled_templates)  # the theme's templates
        return env

    def on_page_context(self, context: TemplateContext, /, *, page: Page, config: MkDocsConfig, nav: Navigation) -> TemplateContext:
        """What the page says about itself in its head (overrides/main.html)."""
        description, linked_data = self.build.page_head(page.file.src_uri, page.title or "", page.meta.get("record"))
        if description:
            page.meta["description"] = description
        page.meta["linked_data"] = linked_data
        return context

    def on_post_page(self, output: str, page: Page, config: MkDocsConfig) -> str:
        forget_rendered(page)  # written: MkDocs would keep its Markdown and HTML to the end of the build
        return self.build.served_page(output, page.url)

    def on_post_build(self, config: MkDocsConfig) -> None:
        try:
            report = self.build.finish(Path(config.site_dir))
        except SearchIndexError as error:
            raise PluginError(f"The search index could not be built: {error}") from None
        if report is not None:
            for warning in report.warnings:
                log.warning(warning)
            log.info(report.summary())

    def on_serve(self, server: Any, config: MkDocsConfig, builder: Any) -> Any:
        """Watch the data folder in use, also when TRACKER_DATA points outside the project."""
        watch(server, self.build.settings.data_dir)
        return server
