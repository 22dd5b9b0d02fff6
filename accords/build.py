"""`make build`: MkDocs builds the site, then Pagefind indexes it once MkDocs has exited.

    python -m accords.build --site-dir build/site-next

Pagefind building its index is the build's memory peak; done inside the MkDocs build, the MkDocs process
holds its own 350-400 MiB beside it (10,000 agreements: 1,043-1,152 MiB for both). Here the two never run at
the same time. `mkdocs serve` indexes the same way at the end of its first build (accords.mkdocs_plugin).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from .search_index import SearchIndexError, index_site, load_name_records


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m accords.build", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--site-dir", type=Path, required=True, help="the folder to build the site in")
    parser.add_argument("--config-file", type=Path, default=Path("mkdocs.yml"))
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="accords-build-") as temporary:
        names = Path(temporary) / "name-records.json"
        env = {**os.environ, "TRACKER_DEFER_SEARCH_INDEX": str(names)}
        command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--config-file", str(args.config_file),
                   "--site-dir", str(args.site_dir)]
        built = subprocess.run(command, env=env)
        if built.returncode != 0:
            return built.returncode
        try:
            report = index_site(args.site_dir, load_name_records(names))
        except (SearchIndexError, OSError, ValueError) as error:
            print(f"ERROR   -  The search index could not be built: {error}", file=sys.stderr)
            return 1
    for warning in report.warnings:
        print(f"WARNING -  {warning}", file=sys.stderr)
    print(f"INFO    -  {report.summary()}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
