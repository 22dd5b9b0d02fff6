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


class HistoryUnreadable(Exception):
    """A git checkout whose history cannot be read: every page would say "not yet committed"."""


def file_histories(root: Path, *folders: str) -> dict[str, FileHistory]:
    """Repository path -> dates of the first and the latest commit that touched it.

    Empty when `root` is not a git checkout (a source tarball). In a checkout whose history git cannot
    read (git missing, a broken or foreign-owned repository) it raises HistoryUnreadable, so that the
    build says so instead of calling every record uncommitted. A shallow clone would give wrong "added"
    dates: the deploy workflow checks out the full history.
    """
    # Data outside the repository (TRACKER_DATA elsewhere, a test's copy) has no history here.
    folders = tuple(f for f in folders if (root / f).resolve().is_relative_to(root.resolve()))
    if not folders:
        return {}
    try:
        log = subprocess.run(
            ["git", "-C", str(root), "log", "--no-renames", f"--format={COMMIT_MARK}%cI", "--name-only", "--", *folders],
            capture_output=True, text=True, check=True, timeout=120,
        ).stdout
    except (OSError, subprocess.SubprocessError) as error:
        if not (root / ".git").exists():
            return {}
        detail = (getattr(error, "stderr", None) or str(error)).strip().splitlines()
        raise HistoryUnreadable(f"the git history of {root} cannot be read ({detail[0] if detail else 'no output'}); "
                                "records would show no dates added and changed") from None
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
