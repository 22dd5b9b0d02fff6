"""Generated files written into a folder (the site folder in a build): the open data, the search index."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path, PurePosixPath


def write_files(out: Path, files: Iterable[tuple[str, bytes]]) -> int:
    """Write each (relative path, content) under `out`, creating each folder once; the number written.
    A path that would leave `out` (absolute, or with "..") is a ValueError, before anything is written there."""
    made: set[Path] = set()
    written = 0
    for path, content in files:
        relative = PurePosixPath(path)
        if relative.is_absolute() or ".." in relative.parts:
            raise ValueError(f"a file outside {out}: {path}")
        target = out / relative
        if target.parent not in made:
            target.parent.mkdir(parents=True, exist_ok=True)
            made.add(target.parent)
        target.write_bytes(content)
        written += 1
    return written
