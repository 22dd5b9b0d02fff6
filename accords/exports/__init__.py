"""Open data: the whole dataset as JSON and CSV, a Frictionless data package, a static JSON API, Atom
feeds and an iCalendar of planned events. One module per output, each with `files(context)`: the
output's paths in the built site, each with the function that makes its content. The paths are cheap
(the build registers them with MkDocs so that links to them are checked); contents are made only by
whoever writes them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from pathlib import Path

from ..dataset import Dataset
from ..history import FileHistory
from ..output import write_files
from . import api, calendar, datapackage, dataset_json, feeds, graph, openapi, tables
from .context import ExportContext, build_date

OUTPUTS = (dataset_json, tables, datapackage, graph, api, openapi, feeds, calendar)

__all__ = ["OUTPUTS", "ExportContext", "Exporter", "build_date"]


class Exporter:
    """Every output's files, made from one ExportContext."""

    def __init__(self, dataset: Dataset, histories: Mapping[str, FileHistory], site_url: str = "", build_date: dt.date | None = None):
        self.context = ExportContext(dataset, histories, site_url, build_date)
        self._files: dict[str, Callable[[], str]] | None = None

    def files(self) -> dict[str, Callable[[], str]]:
        """Every output's files (path -> the function that makes its content), listed once per Exporter: the
        build asks for them three times (the open-data page's linked data, the writing, MkDocs' file list)."""
        if self._files is None:
            self._files = {}
            for output in OUTPUTS:
                self._files.update(output.files(self.context))
        return dict(self._files)

    def write(self, out: Path) -> int:
        """Write every export under `out` (the site folder); returns the number of files written. The
        records' JSON, made once for all outputs, is let go afterwards."""
        try:
            return write_files(out, ((path, make().encode("utf-8")) for path, make in self.files().items()))
        finally:
            self.context.forget()
