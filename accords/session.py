"""One build of the site, and what a series of builds (`mkdocs serve`) keeps: engine-independent.

`Session.build` loads the data and prepares everything the pages and files need (the Dataset, the pages the
build adds, the view the layouts ask, the open data, the linked data, the names for search); the returned
`SiteBuild` answers the engine's questions one page or file at a time. The MkDocs plugin (accords.mkdocs_plugin)
only hands it what MkDocs has and puts back what it returns; another engine would do the same.

The pages' layouts are rendered here too (accords.renderer): MkDocs is given each page's Markdown.

Under `mkdocs serve`, a build whose data does not load goes on with the last data that did, marks every page
unchanged, and shows the problems on every page (accords.preview); the next build that loads renders the pages
the fix touches (accords.rebuilds).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .addresses import EXPLORER_DATA, NAMES_DATA, NETWORK_DATA
from .dataset import Dataset
from .exports import Exporter, build_date
from .history import FileHistory, HistoryUnreadable, file_histories
from .linked_data import LinkedData
from .loader import RecordCache, load_dataset
from .output import return_freed_memory
from .pages import GeneratedPage, generated_pages, redirect_pages
from .preview import PROBLEMS, SCRIPT, SCRIPT_TEXT, problems_json, with_script
from .problems import DataError, Problem
from .rebuilds import BuildState, CompiledTemplates, MapShapes, affected_pages
from .render import attr_text, focusable_abbreviations
from .renderer import LayoutError, Layouts
from .search_data import SearchData
from .search_index import IndexReport, index_site, save_name_records
from .view import SiteView

LAYOUTS = Path(__file__).parent / "layouts"


class BuildError(Exception):
    """The build cannot go on: the message says why and what to do."""


@dataclass(frozen=True)
class Settings:
    """What a build is given: the project's folders and addresses."""

    project_dir: Path
    data_dir: Path
    docs_dir: Path
    shapes: Path  # the map shapes (npm's world-atlas)
    config_file: Path
    site_url: str = ""
    repo_url: str | None = None
    branch: str = "main"
    dump_markdown: Path | None = None  # benchmarks: every page's final Markdown, written here
    defer_search_index: Path | None = None  # `make build`: the records of names, saved here for indexing after the build


@dataclass(frozen=True)
class PageSource:
    """A page the build adds, as the engine registers it: its Markdown, the file its edit button opens, and
    whether a quick rebuild leaves it as written."""

    path: str
    markdown: str
    edit_path: str
    unchanged: bool


class Session:
    """What a series of builds keeps: one build for `mkdocs build`, every rebuild of `mkdocs serve`."""

    def __init__(self, serving: bool = False, dirty: bool = False):
        self.serving = serving
        self.quick = serving and dirty  # only `mkdocs serve --dirty` renders pages selectively
        self.record_cache = RecordCache() if self.quick else None
        self.compiled_templates = CompiledTemplates() if serving else None  # the theme's, kept across rebuilds
        self.layouts = Layouts(auto_reload=serving)  # compiled once; under `mkdocs serve`, again when one is edited
        self.shapes = MapShapes()
        self.last: SiteBuild | None = None  # the last build whose data loaded
        self.state: BuildState | None = None  # what it left for the next one to compare

    def build(self, settings: Settings) -> SiteBuild:
        """Prepare a build; raises DataError when the data does not load (and there is no last good build to keep
        serving), BuildError when something else is missing."""
        try:
            dataset = load_dataset(settings.data_dir, root=settings.project_dir, cache=self.record_cache)
        except DataError as error:
            if not (self.serving and self.last is not None):
                raise
            return replace(self.last, rebuild=set(), problems=tuple(error.problems), warnings=())
        warnings: list[str] = []
        try:
            histories = file_histories(settings.project_dir, _relative(settings.data_dir, settings.project_dir), settings.docs_dir.name)
        except HistoryUnreadable as error:
            warnings.append(str(error))
            histories = {}
        pages = generated_pages(dataset, histories)
        rebuild: set[str] | None = None
        changed_records = 0
        if self.quick:
            state = BuildState.of(dataset, settings.project_dir, [LAYOUTS, settings.docs_dir, settings.project_dir / "overrides",
                                                                   settings.config_file])
            if self.last is not None and self.state is not None and self.state.code == state.code:
                changed = state.changed_records(self.state)
                rebuild = affected_pages(self.last.dataset, dataset, changed, pages)
                changed_records = len(changed)
            self.state = state
        if not settings.shapes.is_file():
            raise BuildError(f"{settings.shapes} is missing: run `npm ci` (make does it) to install the map shapes")
        exporter = Exporter(dataset, histories, settings.site_url, build_date())
        downloads = exporter.listed()
        view = SiteView(dataset, settings.repo_url, settings.branch, histories, self.shapes.get(settings.shapes), downloads)
        search = SearchData(view.addresses)
        previous_names = self.last.names_json if self.last is not None else ""
        made = SiteBuild(settings, dataset, histories, pages, rebuild, view, exporter, LinkedData(dataset, view.addresses, settings.site_url, downloads),
                         search, view.abbreviations(), search.names_json() if rebuild is None else previous_names, self.layouts,
                         self.serving, warnings=tuple(warnings), changed_records=changed_records)
        self.last = made
        return made


def _relative(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


@dataclass(frozen=True)
class SiteBuild:
    """One build, prepared: what every page and file of it needs."""

    settings: Settings
    dataset: Dataset
    histories: Mapping[str, FileHistory]
    pages: list[GeneratedPage]
    rebuild: set[str] | None  # the pages a quick rebuild renders again; None: every page
    view: SiteView
    exporter: Exporter
    linked_data: LinkedData
    search: SearchData
    abbreviations: str  # Markdown definitions of every abbreviation, appended to every page
    names_json: str  # the search box's fallback (accords.search_data), made by full builds
    layouts: Layouts  # the page layouts, compiled
    serving: bool = False
    problems: tuple[Problem, ...] = ()  # why the data did not load (serving the last data that did)
    warnings: tuple[str, ...] = field(default=())
    changed_records: int = 0  # a quick rebuild: how many records changed since the last build

    # --- Files ------------------------------------------------------------------------------------

    def page_sources(self, hand_written: Mapping[str, tuple[str, dict[str, Any]]]) -> list[PageSource]:
        """The Markdown of every page the build adds, before its layout is rendered (`hand_written`: each page under
        docs/, by its path there, with its text and front matter; one at the path of a generated page becomes its
        introduction, printed as it is)."""
        docs = self.settings.docs_dir.name
        sources = []
        for page in self.pages:
            prose, meta = hand_written.get(page.path, ("", {}))
            prose_path = f"{docs}/{page.path}" if page.path in hand_written else None
            edit = page.edit_path if page.record_id or prose_path is None else prose_path
            sources.append(PageSource(page.path, page.markdown(prose, meta, prose_path), edit or "",
                                      self.rebuild is not None and page.path not in self.rebuild))
        return sources

    def data_files(self) -> dict[str, str]:
        """Files the pages read, made with the pages: the explorer's data, the search box's names, the redirects
        from former addresses, and under `mkdocs serve` the problems the preview shows."""
        files = {EXPLORER_DATA: self.view.explorer.json(), NETWORK_DATA: self.view.explorer.network_json(), NAMES_DATA: self.names_json,
                 **dict(redirect_pages(self.dataset))}
        if self.serving:
            files[SCRIPT] = SCRIPT_TEXT
            files[PROBLEMS] = problems_json(self.problems)
        return files

    def export_paths(self) -> list[str]:
        """The open data's files (written by `write_open_data`), so that the engine knows them and checks links to them."""
        return list(self.exporter.files())

    def write_open_data(self, site_dir: Path) -> None:
        """The open data (dataset, CSV, API, feeds, calendar; what `accords export` writes), written into the site
        folder before any page is rendered, by full builds only: the export's memory is given back before the pages'
        (at 10,000 records, peak 1,099 MiB against 1,206 MiB when written after the pages, `make bench`), and no
        second process can outlive a failed build."""
        if self.rebuild is not None:
            return
        try:
            self.exporter.write(site_dir)
        except OSError as error:
            raise BuildError(f"Writing the open data failed: {error}") from None
        return_freed_memory()

    # --- Pages ------------------------------------------------------------------------------------

    def page_markdown(self, markdown: str, meta: Mapping[str, Any], path: str, url: str, title: str, canonical_url: str | None = None) -> str:
        """A page's Markdown: a generated page's introduction (`markdown`), then its layout rendered (`meta` names it);
        every glossary abbreviation explained wherever it appears. For the benchmark's baseline, the page as
        plain Markdown. Raises BuildError for a layout that cannot be rendered."""
        layout = meta.get("layout")
        if layout is not None:
            try:
                rendered = self.layouts.render(layout, self.view, self.layouts.page(meta, url, canonical_url))
            except LayoutError as error:
                raise BuildError(f"{path}: {error}") from None
            markdown = f"{markdown}\n\n{rendered}" if markdown.strip() else rendered
        markdown = f"{markdown}\n\n{self.abbreviations}\n"
        if self.settings.dump_markdown is not None:
            target = self.settings.dump_markdown / path
            target.parent.mkdir(parents=True, exist_ok=True)
            plain = self.view.html.inline(markdown, url)
            target.write_text(f"---\ntitle: {json.dumps(title, ensure_ascii=False)}\n---\n\n{plain}", encoding="utf-8")
        return markdown

    def page_html(self, html: str, url: str) -> str:
        """A page's HTML: the blocks of HTML the layout wrote put back in place (accords.html_chunks), and
        abbreviations that keyboard focus explains too."""
        return focusable_abbreviations(self.view.html.fill(html, url))

    def page_head(self, path: str, title: str, record_id: str | None) -> tuple[str | None, str]:
        """What a page says about itself in its head: a one-line description (for a record; escaped for the
        theme, which prints it as it is) and its JSON-LD."""
        description = self.linked_data.description(record_id) if record_id else ""
        return (attr_text(description) if description else None), self.linked_data.for_page(path, title, record_id)

    def served_page(self, html: str, url: str) -> str:
        """The page as written: under `mkdocs serve`, with the script that shows the data's problems."""
        return with_script(html, url) if self.serving else html

    # --- After the pages ----------------------------------------------------------------------------

    def finish(self, site_dir: Path) -> IndexReport | None:
        """The search index, written into the site by full builds (a quick rebuild keeps the first build's), or,
        deferred (`make build`), the records of names it needs, for accords.build to index once MkDocs has exited."""
        if self.rebuild is not None:
            return None
        if self.settings.defer_search_index is not None:
            save_name_records(self.settings.defer_search_index, self.search.name_records())
            return None
        return_freed_memory()
        return index_site(site_dir, self.search.name_records())
