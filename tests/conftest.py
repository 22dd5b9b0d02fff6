"""Shared fixtures: a built copy of the real site, small datasets written on the fly, a local server."""

from __future__ import annotations

import functools
import gzip
import inspect
import io
import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parent.parent
MKDOCS = [sys.executable, "-m", "mkdocs"]
# As in the Makefile: dates MkDocs writes come from the last commit, so builds are reproducible.
LAST_COMMIT_EPOCH = subprocess.run(
    ["git", "log", "-1", "--format=%ct"], cwd=ROOT, capture_output=True, text=True
).stdout.strip() or "0"


# As `make build` runs it: `mkdocs build --strict`, then the search index once MkDocs has exited.
BUILD = [sys.executable, "-m", "accords.build"]


def build_site(site_dir: Path, data_dir: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Build the project as `make build` does, optionally with another data folder."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": LAST_COMMIT_EPOCH}
    if data_dir is not None:
        env["TRACKER_DATA"] = str(data_dir)
    return subprocess.run([*BUILD, "--site-dir", str(site_dir)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)


def copy_project(project: Path) -> Path:
    """The repository's files (as git lists them) copied to `project`, with the installed map shapes: a
    project to break on purpose."""
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout.split(b"\0")
    for name in filter(None, (n.decode() for n in listed)):
        (project / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, project / name)
    (project / "node_modules").symlink_to(ROOT / "node_modules")
    return project


def build_project(project: Path, site_dir: Path) -> subprocess.CompletedProcess[str]:
    """A build as `make build` does it in a copied project, with its own copy of the package."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(project), "SOURCE_DATE_EPOCH": LAST_COMMIT_EPOCH}
    return subprocess.run([*BUILD, "--site-dir", str(site_dir)], cwd=project, env=env,
                          capture_output=True, text=True, timeout=600)


def every_kind_of_record(folder: Path, text: str, markdown: str) -> Path:
    """A dataset in `folder` (not real records) with one record of every kind: `text` in each of their text
    fields, `markdown` in each Markdown field. For tests of what data text can and cannot do."""
    t, m = json.dumps(text, ensure_ascii=False), json.dumps(markdown, ensure_ascii=False)  # YAML double-quoted strings
    files = {
        "sources/report.yml": f"publisher: {t}\ntitle: {t}\ndate: 2025-06-10\nurl: https://tracker-test.invalid/report\nvia: {t}\n"
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


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Site:
    """The real dataset, built once per test session."""
    out = tmp_path_factory.mktemp("site")
    result = build_site(out)
    assert result.returncode == 0, result.stderr
    return Site(out)


@pytest.fixture
def data_dir(tmp_path: Path) -> DataDir:
    return DataDir(tmp_path / "data")


class DataDir:
    """A small dataset in a temporary folder: a copy of the real data, or records written by hand."""

    def __init__(self, path: Path):
        self.path = path
        self.path.mkdir(parents=True, exist_ok=True)

    def copy_real(self) -> DataDir:
        shutil.rmtree(self.path)
        shutil.copytree(ROOT / "data", self.path)
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
        self.write("sources/report.yml", "publisher: Example Wire\ndate: 2025-06\n")
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


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


class _GzipHandler(_QuietHandler):
    """As GitHub Pages serves a site: text files gzip-compressed to a client that accepts it."""

    COMPRESSED = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".atom", ".ics", ".csv", ".map")

    def send_head(self):  # type: ignore[no-untyped-def]
        path = Path(self.translate_path(self.path))
        if path.is_dir() and self.path.split("?")[0].endswith("/"):
            path = path / "index.html"
        if not (path.is_file() and path.suffix in self.COMPRESSED and "gzip" in self.headers.get("Accept-Encoding", "")):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), compresslevel=6, mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


def start_server(directory: Path, compressed: bool = False) -> ThreadingHTTPServer:
    """A server on 127.0.0.1 (a free port) for `directory`, running in a thread; shut it down after use."""
    handler = _GzipHandler if compressed else _QuietHandler
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(directory)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


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


def watch(page) -> dict[str, list[str]]:
    """Record console errors, uncaught exceptions and requests to any host but 127.0.0.1."""
    from urllib.parse import urlsplit

    seen: dict[str, list[str]] = {"errors": [], "other_origins": []}
    page.on("console", lambda m: seen["errors"].append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: seen["errors"].append(str(e)))
    page.on("request", lambda r: seen["other_origins"].append(r.url) if urlsplit(r.url).hostname != "127.0.0.1" else None)
    return seen


@pytest.fixture
def serve():
    """Serve a folder on 127.0.0.1 (a free port) for the test; stopped afterwards."""
    servers: list[ThreadingHTTPServer] = []

    def start(directory: Path, compressed: bool = False) -> str:
        server = start_server(directory, compressed)
        servers.append(server)
        return f"http://127.0.0.1:{server.server_port}/"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


# --- Test tiers ------------------------------------------------------------------------------------
# unit: in-process, seconds, the edit loop (`make test-fast`); build: builds the site or runs the
# project's commands as processes (`accords …`, make, MkDocs); browser: drives Chromium (marked in its
# modules). Each test gets its tier from what it uses.
BUILD_FIXTURES = frozenset({"site", "serve", "synthetic"})
BUILD_CALLS = re.compile(r"\bbuild_(site|project)\(|\bMKDOCS\b|\bsubprocess\.|\baccords\(\s*\"|\[\s*\"make\"")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if item.get_closest_marker("browser"):
            continue
        function = getattr(item, "function", None)
        source = inspect.getsource(function) if function is not None else ""
        builds = BUILD_FIXTURES & set(getattr(item, "fixturenames", ())) or BUILD_CALLS.search(source)
        item.add_marker(pytest.mark.build if builds else pytest.mark.unit)
