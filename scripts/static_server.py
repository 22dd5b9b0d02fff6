"""A built site served on 127.0.0.1, as GitHub Pages serves it: for the tests and the benchmark.

    server = start(site_dir, compressed=True)   # text files gzip-compressed to a client that accepts it
    …  http://127.0.0.1:{server.server_port}/
    server.shutdown(); server.server_close()
"""

from __future__ import annotations

import functools
import gzip
import io
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


class GzipHandler(QuietHandler):
    """As GitHub Pages serves a site: text files gzip-compressed to a client that accepts it."""

    COMPRESSED = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".atom", ".ics", ".csv", ".map", ".geojson", ".graphml")

    def send_head(self):
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


def start(directory: Path, compressed: bool = False) -> ThreadingHTTPServer:
    """A server on 127.0.0.1 (a free port) for `directory`, running in a thread; shut it down after use."""
    handler = GzipHandler if compressed else QuietHandler
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(directory)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server
