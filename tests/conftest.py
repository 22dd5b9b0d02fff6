"""Shared fixtures: the real dataset and a built copy of the real site (once per session), small datasets
written on the fly, the project's commands run as processes, a local server, Chromium.

Tiers come from fixtures: a test that asks for `browser` is in the browser tier; one that asks for `site`,
`run`, `search_indexer`, `serve` or `synthetic` (it builds the site or starts another program) is in the build
tier; every other test is a unit test, which may start no process at all (a guard below fails one that does).
"""

from __future__ import annotations

import contextlib
import dataclasses
import fcntl
import functools
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
from collections.abc import Callable
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
import static_server  # noqa: E402 (the local server, shared with scripts/bench.py)

ROOT = Path(__file__).resolve().parent.parent
MKDOCS = [sys.executable, "-m", "mkdocs"]
# As in the Makefile: dates MkDocs writes come from the last commit, so builds are reproducible.
LAST_COMMIT_EPOCH = subprocess.run(
    ["git", "log", "-1", "--format=%ct"], cwd=ROOT, capture_output=True, text=True
).stdout.strip() or "0"


# As `make build` runs it: `mkdocs build --strict`, then the search index once MkDocs has exited.
BUILD = [sys.executable, "-m", "accords.build"]
BUILD_ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": LAST_COMMIT_EPOCH}
SEEDS = ROOT.parent / "shared" / "seeds"  # the three news articles the dataset starts from, beside the repository


class Run:
    """The project's commands, and other programs, run as processes (the build tier)."""

    def accords(self, *args: str, cwd: Path = ROOT, env: dict[str, str] | None = None, stdin: str | None = None,
                timeout: int = 120) -> subprocess.CompletedProcess[str]:
        """`python -m accords …`, as a contributor runs it (GitHub's annotations off unless `env` says so)."""
        return subprocess.run([sys.executable, "-m", "accords", *args], cwd=cwd, capture_output=True, text=True, timeout=timeout,
                              env={**os.environ, "GITHUB_ACTIONS": "false", **(env or {})}, input=stdin)

    def command(self, args: list[str], cwd: Path = ROOT, timeout: int = 300, **options: object) -> subprocess.CompletedProcess[str]:
        return subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=timeout, **options)  # type: ignore[call-overload]

    def build(self, site_dir: Path, data_dir: Path | None = None) -> subprocess.CompletedProcess[str]:
        """Build the project as `make build` does, optionally with another data folder."""
        env = dict(BUILD_ENV)
        if data_dir is not None:
            env["TRACKER_DATA"] = str(data_dir)
        return subprocess.run([*BUILD, "--site-dir", str(site_dir)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)

    def build_project(self, project: Path, site_dir: Path) -> subprocess.CompletedProcess[str]:
        """A build as `make build` does it in a copied project (`copy_project`), with its own copy of the package."""
        env = {**BUILD_ENV, "PYTHONPATH": str(project)}
        return subprocess.run([*BUILD, "--site-dir", str(site_dir)], cwd=project, env=env, capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="session")
def run() -> Run:
    return Run()


@dataclasses.dataclass
class Ran:
    returncode: int
    stdout: str
    stderr: str


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch):
    """`accords …` run in this process (the unit tier): what it prints, and its exit code. For commands that start
    no program; `run.accords` runs it as a process."""
    from accords.cli import main

    def call(*args: str, cwd: Path = ROOT, env: dict[str, str] | None = None, stdin: str = "") -> Ran:
        out, err = io.StringIO(), io.StringIO()
        with monkeypatch.context() as patch:
            patch.chdir(cwd)
            patch.setenv("GITHUB_ACTIONS", "false")
            for name, value in (env or {}).items():
                patch.setenv(name, value)
            patch.setattr(sys, "stdin", io.StringIO(stdin))
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                try:
                    code = main(list(args))
                except SystemExit as exit:  # argparse's usage errors
                    code = exit.code if isinstance(exit.code, int) else 2
        return Ran(code, out.getvalue(), err.getvalue())

    return call


@functools.cache
def the_real_dataset():
    """The real dataset (data/), loaded once per session (1.5 s at 922 agreements), for the fixture and the parts of it
    tests copy. Tests read it and never change it."""
    from accords.loader import load_dataset

    return load_dataset(ROOT / "data")


@pytest.fixture(scope="session")
def real_data():
    """The real dataset (data/), loaded once per session."""
    return the_real_dataset()


@pytest.fixture(scope="session")
def base_dataset(tmp_path_factory):
    """Countries, publishers, sources and topics of data/ only (what the drafting tool's figures are measured
    against: every person, body and event is new to it), written once per session: (folder, dataset, names)."""
    from accords.drafting.evaluate import base_data
    from accords.loader import load_dataset
    from accords.names import NameIndex

    folder = tmp_path_factory.mktemp("base") / "data"
    base_data(ROOT / "data", folder)
    dataset = load_dataset(folder)
    return folder, dataset, NameIndex(dataset)


@pytest.fixture(scope="session")
def seeds() -> Path:
    """The seed articles (../shared/seeds): beside the repository here and in CI. A test that needs them fails,
    saying so, where they are missing; it is never skipped."""
    if not SEEDS.is_dir():
        pytest.fail(f"{SEEDS} is missing: the seed articles live beside the repository (../shared/seeds, read-only); "
                    "check the project out beside them")
    return SEEDS


@pytest.fixture
def search_indexer():
    """Starts Pagefind's indexing service (as often as the test asks); each is stopped after the test."""
    from accords.search_index import SearchIndexer

    started: list[SearchIndexer] = []

    def start() -> SearchIndexer:
        started.append(SearchIndexer())
        return started[-1]

    yield start
    for indexer in started:
        indexer.close()


def copy_project(project: Path) -> Path:
    """The repository's files (as git lists them) copied to `project`, with the installed map shapes: a
    project to break on purpose."""
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout.split(b"\0")
    for name in filter(None, (n.decode() for n in listed)):
        (project / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, project / name)
    (project / "node_modules").symlink_to(ROOT / "node_modules")
    return project


def every_kind_of_record(folder: Path, text: str, markdown: str) -> Path:
    """A dataset in `folder` (not real records) with one record of every kind: `text` in each of their text
    fields, `markdown` in each Markdown field. For tests of what data text can and cannot do."""
    t, m = json.dumps(text, ensure_ascii=False), json.dumps(markdown, ensure_ascii=False)  # YAML double-quoted strings
    files = {
        "publishers/wire.yml": f"name: {t}\nkind: news outlet\naliases: [{t}]\nnotes: {m}\n",
        "sources/report.yml": f"publisher: wire\ntitle: {t}\ndate: 2025-06-10\nurl: https://tracker-test.invalid/report\nvia: {t}\n"
                              f"notes: {m}\n",
        "countries/kazakhstan.yml": f"iso2: KZ\naliases: [{t}]\ndescription: {m}\nnotes: {m}\nsources: [report]\n",
        "countries/uzbekistan.yml": "iso2: UZ\nsources: [report]\n",
        "topics/mining.yml": f"kind: sector\nname: {t}\naliases: [{t}]\ndescription: {m}\nsources: [report]\n",
        "actors/ministry.yml": f"kind: government-body\nname: {t}\nabbreviation: {t}\naliases: [{t}]\ncountry: uzbekistan\n"
                               f"description: {m}\nnotes: {m}\nsources: [report]\n",
        "actors/jane-doe.yml": f"kind: person\nname: {json.dumps('Jane ' + text, ensure_ascii=False)}\n"
                               f"positions:\n  - office: {t}\n    body: ministry\n    sources: [report]\nsources: [report]\n",
        "events/forum.yml": f"name: {t}\nkind: forum\nstatus: planned\ndate: 2026-12\nplace: {t}\ncountry: kazakhstan\n"
                            f"participants: [kazakhstan, uzbekistan]\nsummary: {m}\nnotes: {m}\nsources: [report]\n",
        "agreements/mou.yml": f"title: {t}\nkind: memorandum of understanding\ndate_signed: 2025-06\nplace: {t}\nevent: forum\n"
                              f"parties: [kazakhstan, ministry]\nsignatories:\n  - person: jane-doe\n    office: {t}\n"
                              f"    on_behalf_of: ministry\nsectors: [mining]\nsummary: {m}\nnotes: {m}\nsources: [report]\n",
        "projects/railway.yml": f"name: {t}\nkind: {t}\ncountries: [kazakhstan]\nagreements: [mou]\nsummary: {m}\nsources: [report]\n",
        "glossary/term.yml": f"term: {t}\nabbreviation: {t}\naliases: [{t}]\ndefinition: {m}\nsources: [report]\n",
    }
    for path, content in files.items():
        (folder / path).parent.mkdir(parents=True, exist_ok=True)
        (folder / path).write_text(content, encoding="utf-8")
    return folder


class Site:
    """A built site on disk, read as HTML."""

    def __init__(self, path: Path):
        self.path = path

    def html(self, page: str) -> BeautifulSoup:
        return BeautifulSoup((self.path / page / "index.html").read_text(encoding="utf-8"), "html.parser")

    def text(self, page: str) -> str:
        """The visible text of a page's article, whitespace folded."""
        article = self.html(page).select_one("article")
        return " ".join(article.get_text(" ").split())

    def exists(self, page: str) -> bool:
        return (self.path / page / "index.html").is_file()


def shared_temp(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The session's temporary folder that all its processes share: under pytest-xdist (`make test` runs the tests in
    4 processes), the folder that holds each process's own."""
    worker_temp = tmp_path_factory.getbasetemp()
    return worker_temp.parent if os.environ.get("PYTEST_XDIST_WORKER") else worker_temp


def built_once(tmp_path_factory: pytest.TempPathFactory, name: str, build: Callable[[Path], None]) -> Path:
    """The folder `name` that `build(folder)` makes, made once per test session, also when the tests run in several
    processes: the first process to need it builds it, holding a lock the others wait on, and they read what it built.
    A build that failed is tried again by the next process that needs it (and fails there too)."""
    shared = shared_temp(tmp_path_factory)
    folder = shared / name
    with open(shared / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (shared / f"{name}.built").exists():
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir()
            build(folder)
            (shared / f"{name}.built").touch()
    return folder


class RealSiteBuild:
    """The real site, built once per test session in the background: started before the session's first test (where a
    test of the session needs it), so that the tests that do not need it run meanwhile (in one process they come
    first: `pytest_collection_modifyitems`), and started once for all the session's processes. The build holds a lock on its
    folder while it runs (the lock's file is open in the build's process); a test that needs the site waits on that lock."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.site = folder / "site"
        self.log = folder / "build.log"
        self.exit_code = folder / "build.exit"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        self.folder.mkdir(exist_ok=True)
        with open(self.folder / "lock", "w") as lock:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                return  # another process of the session is building it
            if (self.folder / "started").exists():
                return
            (self.folder / "started").touch()
            script = '"$@" > "$LOG" 2>&1; echo $? > "$EXIT_CODE"'
            env = {**BUILD_ENV, "LOG": str(self.log), "EXIT_CODE": str(self.exit_code)}
            self.process = subprocess.Popen(["sh", "-c", script, "sh", *BUILD, "--site-dir", str(self.site)], cwd=ROOT, env=env,
                                            pass_fds=(lock.fileno(),), start_new_session=True)

    def wait(self) -> Site:
        """The built site, once the build has ended; built here where it was not started or was stopped."""
        with open(self.folder / "lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            if not self.exit_code.exists():
                shutil.rmtree(self.site, ignore_errors=True)
                result = Run().build(self.site)
                self.log.write_text(result.stdout + result.stderr, encoding="utf-8")
                self.exit_code.write_text(f"{result.returncode}\n", encoding="utf-8")
        assert self.exit_code.read_text(encoding="utf-8").strip() == "0", self.log.read_text(encoding="utf-8")[-5000:]
        return Site(self.site)

    def stop(self) -> None:
        """Stops the build this process started, if it still runs (a session that ended or was interrupted first)."""
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait()


def reads_the_site(item: pytest.Item) -> bool:
    """Whether a test reads the real site (asks for `site`, itself or through another fixture)."""
    return "site" in getattr(item, "fixturenames", ())


@pytest.fixture(scope="session", autouse=True)
def _real_site_build(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    build = RealSiteBuild(shared_temp(tmp_path_factory) / "real-site")
    if any(map(reads_the_site, request.session.items)):
        build.start()
    yield build
    build.stop()


@pytest.fixture(scope="session")
def site(_real_site_build: RealSiteBuild) -> Site:
    """The real dataset, built once per test session."""
    return _real_site_build.wait()


@pytest.fixture(scope="session")
def edited_site(tmp_path_factory: pytest.TempPathFactory, run: Run) -> Site:
    """The project with what contributors' pull requests bring, built once per session in a copy of it (`copy_project`):
    a record whose text holds template code, HTML and a script link (agreements/injection-test), a record renamed with
    its former id kept (astana-declaration-2025 is now astana-declaration), and template code in hand-written prose
    (docs/methodology.md ends "Sum {{ 7*7 }} and {{ tracker.data.counts() }}."; the introduction docs/topics/
    middle-corridor.md starts "Corridor {{ 6*7 }} {% include 'home.md' %}"). One build for the three tests that read it
    (the prose test made a build of its own), of the part of the real data they need (`copy_real_part`: a build of all
    of it took 20 s at 759 agreements)."""
    return Site(built_once(tmp_path_factory, "edited-site", lambda folder: _build_edited(folder, run)) / "site")


def _build_edited(folder: Path, run: Run) -> None:
    project = copy_project(folder / "project")
    data = DataDir(project / "data").copy_real_part("astana-declaration-2025", "trend-2026-02-03", "turkiye")
    data.write("agreements/injection-test.yml", """
        title: "Title {{ 7*7 }} <b>bold</b>"
        kind: agreement
        parties: [turkiye]
        summary: |
          Sum {{ 7*7 }} and {% include "home.md" %} and <script>alert("x")</script>.

          [a link](javascript:alert(1))
        notes: "{{ config.site_name }}"
        sources: [trend-2026-02-03]
        """)
    old = data.path / "agreements" / "astana-declaration-2025.yml"
    data.write("agreements/astana-declaration.yml", old.read_text(encoding="utf-8") + "former_ids: [astana-declaration-2025]\n")
    old.unlink()
    methodology = project / "docs" / "methodology.md"
    methodology.write_text(methodology.read_text(encoding="utf-8") + "\nSum {{ 7*7 }} and {{ tracker.data.counts() }}.\n", encoding="utf-8")
    intro = project / "docs" / "topics" / "middle-corridor.md"
    intro.write_text("Corridor {{ 6*7 }} {% include 'home.md' %}\n\n" + intro.read_text(encoding="utf-8"), encoding="utf-8")
    result = run.build_project(project, folder / "site")
    assert result.returncode == 0, result.stderr


@pytest.fixture
def data_dir(tmp_path: Path) -> DataDir:
    return DataDir(tmp_path / "data")


class DataDir:
    """A small dataset in a temporary folder: a part of the real data, or records written by hand. Every one
    written by hand has the publisher `example-wire` (not real), which its sources cite."""

    def __init__(self, path: Path):
        self.path = path
        self.path.mkdir(parents=True, exist_ok=True)
        self.write("publishers/example-wire.yml", "# Not real: a test publisher.\nname: Example Wire\nkind: news outlet\n")

    def copy_real_part(self, *record_ids: str) -> DataDir:
        """A part of the real data that loads by itself: the records named and every record they refer to, and those
        refer to, and so on (their sources, publishers, parties, events, people …), with every topic. For a test of the
        build's machinery (the preview, a renamed record), which a site of all the data only makes slower."""
        from accords.model import Topic, iter_references

        data = the_real_dataset()
        wanted: set[str] = set()
        todo = [*record_ids, *data.ids_of_type(Topic)]
        while todo:
            record_id = todo.pop()
            if record_id not in wanted:
                wanted.add(record_id)
                todo += [target for _, target, _ in iter_references(data.get(record_id))]
        shutil.rmtree(self.path)
        for record_id in wanted:
            path = ROOT / data.data_path(record_id)
            (self.path / path.relative_to(ROOT / "data")).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, self.path / path.relative_to(ROOT / "data"))
        return self

    def write(self, relative: str, text: str | bytes) -> Path:
        path = self.path / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
        return path

    def minimal(self) -> DataDir:
        """Two countries, a ministry, a person, a source and one agreement between them."""
        self.write("sources/report.yml", "publisher: example-wire\ndate: 2025-06\n")
        self.write("countries/kazakhstan.yml", "iso2: KZ\nsources: [report]\n")
        self.write("countries/uzbekistan.yml", "iso2: UZ\nsources: [report]\n")
        self.write("topics/mining.yml", "kind: sector\nname: Mining\n")
        self.write("actors/mining-ministry.yml", "kind: government-body\nname: Mining Ministry\ncountry: uzbekistan\nsources: [report]\n")
        self.write("actors/jane-doe.yml", "kind: person\nname: Jane Doe\nsources: [report]\n")
        self.write(
            "agreements/mining-mou.yml",
            """
            title: Mining memorandum
            kind: memorandum of understanding
            date_signed: 2025-06
            parties: [kazakhstan, uzbekistan]
            signatories:
              - person: jane-doe
                office: Minister
                on_behalf_of: uzbekistan
            sectors: [mining]
            sources: [report]
            """,
        )
        return self


def start_server(directory: Path, compressed: bool = False) -> ThreadingHTTPServer:
    """A server on 127.0.0.1 (a free port) for `directory`, running in a thread; shut it down after use."""
    return static_server.start(directory, compressed)


CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync",
]


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium through Playwright; never a downloaded browser."""
    from playwright.sync_api import sync_playwright

    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium package (.ci/run does)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


def wait_for_search_answer(page, query: str) -> None:
    """Wait until Material's search results answer the whole query typed (search.js marks the list with the query it
    answers), not a part of it typed so far: a busy machine showed the answer to "Organization of Turkic St…", and to
    "Bayra…" (Bayramov before Bayraktar), when the results were read."""
    page.wait_for_function("""query => { const list = document.querySelector('.md-search-result__list');
        return list && list.getAttribute('data-query') === query && list.querySelector('a.md-search-result__link'); }""",
                           arg=query, timeout=15000)


def watch(page) -> dict[str, list[str]]:
    """Record console errors, uncaught exceptions and requests to any host but 127.0.0.1."""
    from urllib.parse import urlsplit

    seen: dict[str, list[str]] = {"errors": [], "other_origins": []}
    page.on("console", lambda m: seen["errors"].append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: seen["errors"].append(str(e)))
    page.on("request", lambda r: seen["other_origins"].append(r.url) if urlsplit(r.url).hostname != "127.0.0.1" else None)
    return seen


@pytest.fixture(scope="session")
def _servers():
    """The servers `serve` started, one per folder, kept until the session ends: a server holds no state between
    requests, and stopping one waits out its half-second poll (a third of a second, on average, after every test)."""
    servers: dict[tuple[Path, bool], ThreadingHTTPServer] = {}
    yield servers
    for server in servers.values():
        server.shutdown()
        server.server_close()


@pytest.fixture
def serve(_servers: dict[tuple[Path, bool], ThreadingHTTPServer]):
    """Serve a folder on 127.0.0.1 (a free port): the session's server for that folder, started on first use."""

    def start(directory: Path, compressed: bool = False) -> str:
        key = (Path(directory).resolve(), compressed)
        if key not in _servers:
            _servers[key] = start_server(directory, compressed)
        return f"http://127.0.0.1:{_servers[key].server_port}/"

    return start


# --- Test tiers ------------------------------------------------------------------------------------
# unit: in-process, seconds, the edit loop (`make test-fast`); build: builds the site or starts another program;
# browser: drives Chromium. Each test's tier comes from the fixtures it asks for.
BROWSER_FIXTURES = frozenset({"browser"})
BUILD_FIXTURES = frozenset({"site", "edited_site", "run", "cli", "search_indexer", "serve", "synthetic"})


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # In one process, the test files that read the real site come last: it is built in the background meanwhile
    # (RealSiteBuild). `make test` runs them in several (pytest-xdist, --dist loadscope): each file goes whole to one
    # process, which computes the file's fixtures once (its Lighthouse run, its synthetic site), and the files with the
    # most tests go first, whatever this order.
    files_that_read_it = {item.path for item in items if reads_the_site(item)}
    items.sort(key=lambda item: item.path in files_that_read_it)
    for item in items:
        fixtures = set(getattr(item, "fixturenames", ()))
        if fixtures & BROWSER_FIXTURES or item.get_closest_marker("browser"):
            item.add_marker(pytest.mark.browser)
        elif fixtures & BUILD_FIXTURES:
            item.add_marker(pytest.mark.build)
        else:
            item.add_marker(pytest.mark.unit)


@pytest.fixture(autouse=True)
def _a_unit_test_starts_no_process(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """The unit tier is in-process: a unit test that starts a program (git, Pagefind, the CLI) fails here, saying
    which fixture to ask for instead."""
    if request.node.get_closest_marker("unit") is None:
        return

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"a unit test started a process ({args[1] if len(args) > 1 else args}): ask for the `run` fixture "
                             "(or `search_indexer`, `site`), which puts the test in the build tier")

    monkeypatch.setattr(subprocess.Popen, "__init__", refuse)
