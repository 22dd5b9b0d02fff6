"""The search index: Pagefind's indexing service, given each page of the finished site and the records of names.

One way for every build (`index_site`): the pages are read back from the built site once it is written.
`make build` (accords.build) does it once MkDocs has exited, because Pagefind's index build is the build's
memory peak and the MkDocs process, alive beside it, held another 350-400 MiB at 10,000 agreements (peak
1,043-1,152 MiB in one process tree; see docs/maintenance.md); `mkdocs serve` and a plain `mkdocs build` do it
at the end of the build (accords.mkdocs_plugin), and a quick rebuild keeps the first build's index. Pages
without `data-pagefind-body` (listings, see `overrides/main.html`) are not sent: Pagefind would leave them out
anyway. What Pagefind reports is shown (`IndexReport.warnings`): a page it found no words on is a broken page.

Pagefind's own Python client waits 0.1 s for every reply (a sleep in its polling loop): 20 minutes
for 13,000 pages. So this speaks the service's protocol directly, as that client does: each request
is a JSON message, base64-encoded and followed by a comma, on the service's stdin; replies come the
same way on its stdout, in order. Replies are read at the end; the service queues them meanwhile.
"""

from __future__ import annotations

import base64
import json
import subprocess
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pagefind.service import get_executable

from .output import write_files

# Pagefind's own search interfaces and highlighter: the site answers in Material's search box
# (docs/assets/search.js) and publishes only what that loads.
UNUSED_FILES = frozenset({
    "pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
    "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js",
})

# Left out of the index besides what layouts mark `data-pagefind-ignore`: the labels of the facts
# tables ("Kind", "Signed", "Parties" …), on every record page, would make every page match them.
EXCLUDE_SELECTORS = [".tracker-facts td:first-child"]


# (page URL from the site root, words, metadata): a record's names, leading to its page (accords.search_data)
NameRecord = tuple[str, str, dict[str, str]]
BUNDLE = "pagefind"  # the index's folder in the site


class SearchIndexError(Exception):
    pass


@dataclass(frozen=True)
class IndexReport:
    """What Pagefind indexed, and what it found wrong."""

    pages: int
    records: int
    words: int
    warnings: tuple[str, ...] = ()

    def summary(self) -> str:
        return f"Pagefind indexed {self.pages} pages ({self.words:,} words) and {self.records} records of names"


def index_site(site_dir: Path, name_records: Iterable[NameRecord], indexer: SearchIndexer | None = None) -> IndexReport:
    """Index a built site's pages and the records of names; write the index into the site. With no `indexer`, a
    Pagefind service is started for it and stopped after."""
    service = indexer or SearchIndexer()
    try:
        for url, html in site_pages(site_dir):
            service.add(url, html)
        return service.finish(site_dir, name_records)
    finally:
        if indexer is None:
            service.close()


def site_pages(site_dir: Path) -> Iterator[tuple[str, str]]:
    """(URL from the site root, HTML) of each page with a search body, in a fixed order (the index is the
    same for the same site). The URL is the page's folder, as MkDocs links it: /agreements/x/."""
    for path in sorted(site_dir.rglob("*.html")):
        relative = path.relative_to(site_dir).as_posix()
        if relative.startswith(f"{BUNDLE}/") or path.is_symlink():
            continue
        html = path.read_text(encoding="utf-8")
        if "data-pagefind-body" in html:
            yield "/" + relative.removesuffix("index.html"), html


def save_name_records(path: Path, records: Iterable[NameRecord]) -> None:
    path.write_text(json.dumps([list(r) for r in records], ensure_ascii=False), encoding="utf-8")


def load_name_records(path: Path) -> list[NameRecord]:
    return [(url, words, meta) for url, words, meta in json.loads(path.read_text(encoding="utf-8"))]


class SearchIndexer:
    """One Pagefind index, fed page by page; `write` finishes it. Always `close` it (also on errors)."""

    def __init__(self) -> None:
        binary = get_executable()
        if binary is None:
            raise SearchIndexError("the Pagefind binary is missing: install the project's dependencies (make does it)")
        self._log = tempfile.TemporaryFile()  # a file, not a pipe: a full pipe would stall the service
        self._process = subprocess.Popen([str(binary), "--service"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._log)
        self._last_id = 0
        self._pages: dict[int, str] = {}  # message id -> page URL, to name the pages Pagefind could not read
        self._records: set[int] = set()  # message ids of the records of names
        self._buffer = b""
        reply = self._reply(self._send({"type": "NewIndex", "config": {"exclude_selectors": EXCLUDE_SELECTORS}}))
        if reply.get("type") != "NewIndex":
            raise SearchIndexError(f"Pagefind could not start an index: {reply}")
        self._index = reply["index_id"]

    def add(self, url: str, html: str) -> None:
        """Index one page, shown in results at `url` (from the site root, as `/agreements/x/`)."""
        message_id = self._send({"type": "AddFile", "index_id": self._index, "file_path": None, "url": url, "file_contents": html})
        self._pages[message_id] = url

    def add_record(self, url: str, content: str, meta: dict[str, str]) -> None:
        """Index a record that is not a page: words (a record's names and their spellings) that lead
        to the page at `url`. The search box shows it as that page, never its words as an excerpt."""
        message_id = self._send({"type": "AddRecord", "index_id": self._index, "url": url, "content": content,
                                 "language": "en", "meta": meta, "filters": None, "sort": None})
        self._pages[message_id] = f"{url} (names)"
        self._records.add(message_id)

    def finish(self, site_dir: Path, name_records: Iterable[NameRecord]) -> IndexReport:
        """Add the records of names and write the index into the site (`pagefind/`)."""
        for url, words, meta in name_records:
            self.add_record(url, words, meta)
        return self.write(site_dir / BUNDLE)

    def write(self, bundle_dir: Path) -> IndexReport:
        """Build the index and write it to `bundle_dir`; what was indexed, and what Pagefind found wrong.

        Pagefind hands the files over (GetFiles) and they are written here. Its own WriteFiles replies
        before its last writes reach the disk, and the service exits at the end of its input without
        finishing them: about one index in 30 had an empty `pagefind-entry.json` or a WebAssembly file
        cut at 64 KiB, a search that fails in the reader's browser."""
        done = self._send({"type": "GetFiles", "index_id": self._index})
        failed, indexed, words, warnings = [], 0, 0, []
        while True:
            message_id, payload = self._next_reply()
            if payload.get("type") == "Error":
                failed.append(f"{self._pages.get(message_id, 'the index') if message_id is not None else 'the index'}: {payload.get('message')}")
            elif message_id in self._pages:
                indexed += 1
                if message_id not in self._records:
                    words += int(payload.get("page_word_count") or 0)
                if message_id not in self._records and not payload.get("page_word_count"):
                    warnings.append(f"{self._pages[message_id]}: Pagefind found no words to index on the page")
                elif message_id not in self._records and not (payload.get("page_meta") or {}).get("title"):
                    warnings.append(f"{self._pages[message_id]}: Pagefind found no title on the page")
            if message_id == done:
                break
        if failed:
            raise SearchIndexError("Pagefind could not index:\n  " + "\n  ".join(failed))
        if indexed != len(self._pages):
            raise SearchIndexError(f"Pagefind indexed {indexed} of {len(self._pages)} pages")
        if payload.get("type") != "GetFiles":
            raise SearchIndexError(f"Pagefind did not hand over the index: {payload}")
        published = ((f["path"], base64.b64decode(f["content"])) for f in payload["files"] if f["path"] not in UNUSED_FILES)
        try:
            write_files(bundle_dir, published)
        except ValueError as error:
            raise SearchIndexError(f"Pagefind named {error}") from None
        return IndexReport(indexed - len(self._records), len(self._records), words, tuple(warnings))

    def close(self) -> None:
        """Stop the service (it exits when its input ends)."""
        if self._process.poll() is None:
            try:
                self._process.stdin.close()  # type: ignore[union-attr]
                self._process.wait(timeout=10)
            except (OSError, subprocess.TimeoutExpired):
                self._process.kill()
                self._process.wait()
        self._log.close()

    # --- The protocol -------------------------------------------------------------------------------

    def _send(self, payload: dict[str, Any]) -> int:
        self._last_id += 1
        message = json.dumps({"message_id": self._last_id, "payload": payload}, ensure_ascii=False)
        self._write(lambda stdin: stdin.write(base64.b64encode(message.encode("utf-8")) + b","))
        return self._last_id

    def _write(self, action: Any) -> None:
        try:
            action(self._process.stdin)
        except OSError:  # a broken pipe: the service has ended
            raise SearchIndexError(f"Pagefind stopped unexpectedly:\n{self._output()}") from None

    def _reply(self, message_id: int) -> dict[str, Any]:
        while True:
            got, payload = self._next_reply()
            if got == message_id:
                return payload

    def _next_reply(self) -> tuple[int | None, dict[str, Any]]:
        self._write(lambda stdin: stdin.flush())
        parts = [self._buffer]  # joined once: the index's files come as one reply of several MB
        while b"," not in parts[-1]:
            chunk = self._process.stdout.read1(1 << 20)  # type: ignore[union-attr]
            if not chunk:
                raise SearchIndexError(f"Pagefind stopped unexpectedly:\n{self._output()}")
            parts.append(chunk)
        encoded, self._buffer = b"".join(parts).split(b",", 1)
        reply = json.loads(base64.b64decode(encoded))
        return reply.get("message_id"), reply.get("payload") or {}

    def _output(self) -> str:
        self._log.seek(0)
        return self._log.read().decode("utf-8", "replace")[-3000:]
