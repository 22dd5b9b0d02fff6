#!/usr/bin/env python3
"""Benchmark the tracker at N = 100, 1,000 and 10,000 synthetic agreements. Reports; asserts nothing.

For each N, in one run:
  - our build as `make build` runs it (`python -m accords.build`: MkDocs with the accords plugin, layouts and
    exports, then Pagefind): wall time, and peak memory as the most that the build and the processes it starts
    (MkDocs, Pagefind) hold at one time;
  - the baseline: the same pages, written out as plain Markdown by an extra build of ours, built by mkdocs-material
    alone (its default lunr search included); wall time, peak memory, and our/baseline ratio;
  - each build runs `--runs` times (default 2), alternating with the baseline; the fastest run counts, the
    largest memory peak counts;
  - time per record, and its growth from one N to the next (1.0 = linear);
  - HTML size of the largest record page and of the largest listing page; total site size;
  - search in headless Chromium on a cold page load: bytes fetched for the first query, time from the
    last keystroke to the first result, the longest main-thread task while typing; the same for a misspelt
    name (`--typo`), answered by the names fallback, and the fallback's size compressed;
  - the explorer on a cold load: bytes fetched (uncompressed: this server does not compress) and the
    time until its table of every agreement is filled;
  - the HTML size of the compare and network pages, and of the largest country page (with its network);
  - (N = 1,000) the time from saving one record file under `make serve` to the changed page being served.

    make bench                       # all three sizes
    .venv/bin/python scripts/bench.py --sizes 100 1000
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import subprocess
import sys
import time
import urllib.request
from http.server import ThreadingHTTPServer
from pathlib import Path
from typing import Any

import static_server
import yaml

from accords.kinds import RECORD_KINDS
from accords.synthetic import generate

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "build" / "bench"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync"]
PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")
# Folders of record pages (agreements/<id>/), from the registry of record kinds.
RECORD_DIRS = tuple(k.page.split("/")[0] for k in RECORD_KINDS if k.layout)
LISTING_SKIP = set(RECORD_DIRS) | {"pagefind", "api", "data", "feeds", "calendar", "assets", "search"}


def run_measured(command: list[str], env: dict[str, str], cwd: Path) -> tuple[float, int]:
    """Wall seconds, and peak memory (bytes): the most that the process and all its children (the
    MkDocs process, Pagefind) held at one time, as the sum of their resident sizes, sampled every 20 ms."""
    start = time.perf_counter()
    with open(WORK / "last-build.log", "w+b") as log:  # a file, not a pipe: a full pipe would stall the build
        process = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=log)
        peak = 0
        while process.poll() is None:
            peak = max(peak, tree_rss(process.pid))
            time.sleep(0.02)
        elapsed = time.perf_counter() - start
        if process.returncode != 0:
            log.seek(0)
            raise SystemExit(f"{' '.join(command)} failed:\n{log.read().decode()[-3000:]}")
    return elapsed, peak


def tree_rss(root: int) -> int:
    """Resident bytes of a process and its descendants now (Linux /proc; reads only this tree)."""
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        try:
            with open(f"/proc/{pid}/statm", "rb") as statm:
                total += int(statm.read().split()[1]) * PAGE_SIZE
            for thread in os.listdir(f"/proc/{pid}/task"):
                with open(f"/proc/{pid}/task/{thread}/children", "rb") as children:
                    todo += [int(child) for child in children.read().split()]
        except (OSError, ValueError):
            continue  # it ended meanwhile
    return total


def build_ours(data: Path, site: Path, dump: Path | None = None) -> tuple[float, int]:
    """Our build as `make build` runs it; with `dump`, an extra (untimed) build that also writes each page's Markdown."""
    shutil.rmtree(site, ignore_errors=True)
    env = {**os.environ, "TRACKER_DATA": str(data), "NO_MKDOCS_2_WARNING": "1"}
    if dump is not None:
        shutil.rmtree(dump, ignore_errors=True)
        env["TRACKER_DUMP_MARKDOWN"] = str(dump)
    command = ["-m", "mkdocs", "build", "--quiet"] if dump is not None else ["-m", "accords.build"]  # `make build`'s command
    return run_measured([sys.executable, *command, "--site-dir", str(site)], env, ROOT)


def build_baseline(dump: Path, site: Path) -> tuple[float, int]:
    """Material alone on the dumped Markdown, with our nav, Markdown extensions and stylesheet."""
    ours = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_IgnoreTags)
    shutil.copytree(ROOT / "docs" / "assets", dump / "assets", dirs_exist_ok=True)
    config = {
        "site_name": "Baseline",
        "docs_dir": str(dump),
        "site_dir": str(site),
        "theme": {"name": "material", "font": False, "features": [f for f in ours["theme"]["features"] if "edit" not in f]},
        "nav": ours["nav"],
        "markdown_extensions": ours["markdown_extensions"],
        "extra_css": ours["extra_css"],
        "plugins": ["search"],
        "validation": {"omitted_files": "info", "absolute_links": "relative_to_docs", "unrecognized_links": "info", "anchors": "info"},
    }
    config_file = dump.parent / "baseline.yml"
    config_file.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    shutil.rmtree(site, ignore_errors=True)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return run_measured([sys.executable, "-m", "mkdocs", "build", "--quiet", "--config-file", str(config_file)], env, ROOT)


class _IgnoreTags(yaml.SafeLoader):
    pass


_IgnoreTags.add_multi_constructor("!", lambda loader, suffix, node: None)


def sizes(site: Path) -> dict[str, Any]:
    record_pages, listing_pages = [], []
    for html in site.rglob("index.html"):
        parts = html.relative_to(site).parts
        is_record = len(parts) == 3 and parts[0] in RECORD_DIRS  # e.g. agreements/<id>/index.html
        if is_record:
            record_pages.append((html.stat().st_size, "/".join(parts[:-1])))
        elif parts[0] not in LISTING_SKIP or len(parts) <= 2 or parts[1] == "page":
            listing_pages.append((html.stat().st_size, "/".join(parts[:-1]) or "(home)"))
    total = sum(p.stat().st_size for p in site.rglob("*") if p.is_file())
    return {"record": max(record_pages), "listing": max(listing_pages), "total": total, "pages": len(record_pages) + len(listing_pages)}


def serve(directory: Path) -> tuple[ThreadingHTTPServer, str]:
    server = static_server.start(directory)  # uncompressed: the bytes a page's files hold
    return server, f"http://127.0.0.1:{server.server_port}/"


def search_in_browser(site: Path, query: str, wait_for: str = "li.md-search-result__item") -> dict[str, Any]:
    from playwright.sync_api import sync_playwright

    server, base = serve(site)
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
            page = browser.new_context().new_page()  # a new context: a cold cache
            page.goto(base, wait_until="load")
            page.evaluate("""() => { window.__longest = 0; new PerformanceObserver(list => {
                for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration); })
                .observe({type: 'longtask', buffered: false}); }""")
            fetched: list[int] = []
            names_fetched: list[str] = []
            page.on("requestfinished", lambda r: fetched.append(r.sizes()["responseBodySize"]))
            page.on("request", lambda r: names_fetched.append(r.url) if r.url.endswith(NAMES_INDEX) else None)
            box = page.locator("input.md-search__input")
            box.click()
            box.type(query, delay=60)
            typed = time.perf_counter()
            # The list answers the whole query (results shown for a prefix typed earlier do not count).
            page.wait_for_function("([q, item]) => document.querySelector('.md-search-result__list').getAttribute('data-query') === q"
                                   " && document.querySelector(item) !== null", arg=[query, wait_for], timeout=60000, polling=5)
            first_result = time.perf_counter() - typed
            longest = page.evaluate("window.__longest")
            browser.close()
    finally:
        server.shutdown()
    return {"bytes": sum(fetched), "first_result": first_result, "longest_task_ms": longest, "names_index": bool(names_fetched)}


NAMES_INDEX = "search/names.json"  # the search box's fallback for names Pagefind does not find


def gzipped_size(path: Path) -> int:
    """Bytes of the file as a server sends it compressed (gzip, level 6 as GitHub Pages and nginx)."""
    return len(gzip.compress(path.read_bytes(), compresslevel=6, mtime=0))


def explorer_in_browser(site: Path) -> dict[str, float]:
    """The explorer on a cold load: bytes fetched and seconds until its table of every agreement is filled."""
    from playwright.sync_api import sync_playwright

    server, base = serve(site)
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
            page = browser.new_context().new_page()
            fetched: list[int] = []
            page.on("requestfinished", lambda r: fetched.append(r.sizes()["responseBodySize"]))
            start = time.perf_counter()
            page.goto(base + "explore/", wait_until="commit")
            page.wait_for_selector(".tracker-explorer__table tbody tr", timeout=60000)
            ready = time.perf_counter() - start
            browser.close()
    finally:
        server.shutdown()
    return {"bytes": sum(fetched), "ready": ready}


LIGHTHOUSE_PAGES = ["", "countries/kz/", "agreements/a-7/", "explore/", "compare/", "network/", "timeline/"]


def lighthouse_performance(site: Path) -> dict[str, float]:
    """Lighthouse's performance score (mobile, simulated throttling) of the pages readers land on, served compressed
    as GitHub Pages serves them. It depends on the machine's speed, so the tests assert what does not (bytes,
    requests, render-blocking resources, layout shift, accessibility, best practices, SEO) and this reports it."""
    server = static_server.start(site, compressed=True)
    try:
        base = f"http://127.0.0.1:{server.server_port}/"
        result = subprocess.run(["node", str(ROOT / "tests" / "audit" / "lighthouse.mjs"), "--performance", base, *LIGHTHOUSE_PAGES],
                                cwd=ROOT, capture_output=True, text=True, timeout=900, env={**os.environ, "CHROME_PATH": CHROMIUM})
    finally:
        server.shutdown()
        server.server_close()
    if result.returncode != 0:
        return {}
    return {path or "home": report["scores"].get("performance", 0.0) for path, report in json.loads(result.stdout).items()}


def serve_edit_latency(data: Path) -> float:
    """Seconds from saving one record to `make serve` serving the changed page."""
    port = 8000 + os.getpid() % 900
    env = {**os.environ, "TRACKER_DATA": str(data), "NO_MKDOCS_2_WARNING": "1"}
    serve_process = static_server.start_make_serve(port, env)  # the README's command; its output dropped (a full pipe would stall it)
    url = f"http://127.0.0.1:{port}/agreements/a-7/"
    try:
        deadline = time.time() + 600
        while time.time() < deadline:
            try:
                urllib.request.urlopen(url, timeout=2).read()
                break
            except OSError:
                time.sleep(0.5)
        time.sleep(2)  # let the watcher settle after the first build
        record = data / "agreements" / "a-7.yml"
        text = record.read_text(encoding="utf-8")
        marker = f"Edited for the benchmark {time.time_ns()}"
        start = time.perf_counter()
        record.write_text(text.replace("title: ", f"title: {marker} ", 1), encoding="utf-8")
        while time.perf_counter() - start < 120:
            try:
                if marker in urllib.request.urlopen(url, timeout=5).read().decode():
                    return time.perf_counter() - start
            except OSError:
                pass
            time.sleep(0.05)
        return float("inf")
    finally:
        static_server.interrupt(serve_process)  # as Ctrl-C: MkDocs removes its folder
        generate(data.parent, int(data.parent.name.split("-")[-1]))  # restore the edited file


def main() -> int:
    WORK.mkdir(parents=True, exist_ok=True)
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    parser.add_argument("--query", default="Kazakhstan")
    parser.add_argument("--typo", default="Uzbekstan", help="a misspelt name: Pagefind finds nothing, the fallback suggests")
    parser.add_argument("--no-serve", action="store_true", help="skip the live-reload measurement")
    parser.add_argument("--runs", type=int, default=2,
                        help="builds of each kind, alternating ours and the baseline; the fastest counts (default: 2)")
    args = parser.parse_args()
    rows = []
    for n in args.sizes:
        folder = WORK / f"n-{n}"
        generate(folder, n)
        build_ours(folder / "data", folder / "dump-site", folder / "dump")  # the baseline's input, not timed
        ours_runs, base_runs = [], []
        for _ in range(args.runs):  # alternating, so that a slow spell of the machine touches both
            ours_runs.append(build_ours(folder / "data", folder / "site"))
            base_runs.append(build_baseline(folder / "dump", folder / "baseline-site"))
        print(f"N={n:>6}: ours " + ", ".join(f"{t:.1f} s" for t, _ in ours_runs) +
              " | baseline " + ", ".join(f"{t:.1f} s" for t, _ in base_runs), flush=True)
        ours_time, ours_mem = min(t for t, _ in ours_runs), max(m for _, m in ours_runs)
        base_time, base_mem = min(t for t, _ in base_runs), max(m for _, m in base_runs)
        measured = sizes(folder / "site")
        search = search_in_browser(folder / "site", args.query)
        search["typo"] = search_in_browser(folder / "site", args.typo, "li.tracker-search__suggestion")
        search["names_gzip"] = gzipped_size(folder / "site" / NAMES_INDEX)
        explorer = explorer_in_browser(folder / "site")
        baseline_index = folder / "baseline-site" / "search" / "search_index.json"
        rows.append((n, ours_time, ours_mem, base_time, base_mem, measured, search, explorer, baseline_index.stat().st_size))
    print()
    print("| N | compare page (HTML) | network page (HTML) | country page with its network (largest) |")
    print("|---|---|---|---|")
    for n, *_ in rows:
        site = WORK / f"n-{n}" / "site"
        countries = max((p.stat().st_size for p in (site / "countries").glob("*/index.html")), default=0)
        print(f"| {n:,} | {(site / 'compare' / 'index.html').stat().st_size / 1024:.1f} KB | "
              f"{(site / 'network' / 'index.html').stat().st_size / 1024:.1f} KB | {countries / 1024:.1f} KB |")
    print()
    print("| N | build (s) | baseline (s) | ratio | ms/record | growth | peak MiB | baseline MiB | largest record page | "
          "largest listing page | site | search fetched | first result | longest task | lunr index | explorer fetched | explorer ready | "
          "typo: fetched / suggestion / longest task | names index (gzip) |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    previous = None
    for n, ours_time, ours_mem, base_time, base_mem, measured, search, explorer, lunr in rows:
        per_record = ours_time / n * 1000
        growth = f"{per_record / previous:.2f}" if previous else "—"
        previous = per_record
        record_size, record_page = measured["record"]
        listing_size, listing_page = measured["listing"]
        print(f"| {n:,} | {ours_time:.1f} | {base_time:.1f} | {ours_time / base_time:.2f} | {per_record:.2f} | {growth} | "
              f"{ours_mem / 2**20:.0f} | {base_mem / 2**20:.0f} | {record_size / 1024:.1f} KB ({record_page}) | "
              f"{listing_size / 1024:.1f} KB ({listing_page}) | {measured['total'] / 2**20:.1f} MiB | "
              f"{search['bytes'] / 1024:.0f} KB | {search['first_result']:.2f} s | {search['longest_task_ms']:.0f} ms | "
              f"{lunr / 2**20:.1f} MiB | {explorer['bytes'] / 1024:.0f} KB | {explorer['ready']:.2f} s | "
              f"{search['typo']['bytes'] / 1024:.0f} KB / {search['typo']['first_result']:.2f} s / {search['typo']['longest_task_ms']:.0f} ms | "
              f"{search['names_gzip'] / 1024:.0f} KB{'' if not search['names_index'] else ' (fetched for the plain query!)'} |")
    if 1000 in args.sizes:
        scores = lighthouse_performance(WORK / "n-1000" / "site")
        print("\nLighthouse performance, N=1,000: " + (", ".join(f"{page} {score:.2f}" for page, score in scores.items()) or "did not run"))
    if not args.no_serve and 1000 in args.sizes:
        latency = serve_edit_latency(WORK / "n-1000" / "data")
        print(f"\nmake serve, N=1,000: an edited record is served {latency:.2f} s after saving")
    return 0


if __name__ == "__main__":
    sys.exit(main())
