"""A built site served on 127.0.0.1, as GitHub Pages serves it: for the tests and the benchmark.

    server = start(site_dir, compressed=True)   # text files gzip-compressed to a client that accepts it
    …  http://127.0.0.1:{server.server_port}/
    server.shutdown(); server.server_close()

and the README's `make serve` started and stopped as a contributor does (`start_make_serve`, `interrupt`).
"""

from __future__ import annotations

import functools
import gzip
import io
import os
import signal
import subprocess
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import IO


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


def start_make_serve(port: int, env: dict[str, str], output: int | IO[bytes] = subprocess.DEVNULL) -> subprocess.Popen[bytes]:
    """`make serve` on 127.0.0.1:`port`, in a process group of its own. Ctrl-C reaches it whatever this process inherited:
    a shell that starts a program in the background without job control makes it ignore SIGINT, and Python keeps
    that for the programs it starts (MkDocs then never stopped: the serve test waited 30 s and failed)."""
    return subprocess.Popen(["make", "serve", f"SERVE_ADDR=127.0.0.1:{port}"], cwd=Path(__file__).resolve().parent.parent,
                            env=env, stdout=output, stderr=subprocess.STDOUT, start_new_session=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))


def interrupt(process: subprocess.Popen[bytes], timeout: float = 30) -> None:
    """Stops `make serve` and the server it started as Ctrl-C does (SIGTERM would leave MkDocs' copy of the site in the
    temporary folder), and waits until none of them runs; one still running after `timeout` seconds is killed, and
    that is an error."""
    os.killpg(process.pid, signal.SIGINT)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        process.poll()
        try:
            os.killpg(process.pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.05)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    raise RuntimeError(f"`make serve` still ran {timeout:g} s after Ctrl-C, and was killed")
