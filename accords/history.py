"""When each file was added and last changed, read from git in one pass (not one call per file)."""

from __future__ import annotations

import datetime as dt
import subprocess
from dataclasses import dataclass
from pathlib import Path

COMMIT_MARK = "\x1e"  # starts each commit's line in the log output


@dataclass(frozen=True)
class FileHistory:
    added: dt.date
    changed: dt.date


def file_histories(root: Path, *folders: str) -> dict[str, FileHistory]:
    """Repository path -> dates of the first and the latest commit that touched it.

    Empty when `root` is not a git work tree (a source tarball) or git is missing. A shallow clone
    would give wrong "added" dates: the deploy workflow checks out the full history.
    """
    try:
        log = subprocess.run(
            ["git", "-C", str(root), "log", "--no-renames", f"--format={COMMIT_MARK}%cI", "--name-only", "--", *folders],
            capture_output=True, text=True, check=True, timeout=120,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return {}
    changed: dict[str, dt.date] = {}
    added: dict[str, dt.date] = {}
    date: dt.date | None = None
    for line in log.split("\n"):  # not splitlines(): it also splits at the \x1e mark
        if line.startswith(COMMIT_MARK):
            date = dt.datetime.fromisoformat(line[1:]).date()
        elif line and date is not None:
            changed.setdefault(line, date)  # newest first: the first sighting is the latest change
            added[line] = date  # the last sighting is the oldest
    return {path: FileHistory(added[path], changed[path]) for path in changed}
