"""Open data: the whole dataset as JSON and CSV, a Frictionless data package, a static JSON API, Atom
feeds and an iCalendar of planned events. One module per output, each with `outputs(context)`: the files it
publishes, each describing itself (accords.exports.context.Output: path, media type, title, description, its
place in the data package, licences) with the function that makes its content. The descriptions are cheap (the
build registers the paths with MkDocs so that links to them are checked; the open-data page, the data package,
the JSON-LD and the API's index list them); contents are made only by whoever writes them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from pathlib import Path

from ..dataset import Dataset
from ..history import FileHistory
from ..output import write_files
from . import api, calendar, datapackage, dataset_json, feeds, graph, openapi, places, tables
from .context import LISTED, ExportContext, Output, build_date

OUTPUTS = (dataset_json, tables, datapackage, graph, places, api, openapi, feeds, calendar)  # in the order the open-data page lists them

__all__ = ["OUTPUTS", "ExportContext", "Exporter", "build_date"]


class Exporter:
    """Every output's files, made from one ExportContext."""

    def __init__(self, dataset: Dataset, histories: Mapping[str, FileHistory], site_url: str = "", build_date: dt.date | None = None):
        self.context = ExportContext(dataset, histories, site_url, build_date)

    def outputs(self) -> list[Output]:
        """Every output, listed once per Exporter: the build asks several times (the open-data page, its linked
        data, the writing, MkDocs' file list)."""
        if not self.context.outputs:
            self.context.outputs = [made for output in OUTPUTS for made in output.outputs(self.context)]
        return list(self.context.outputs)

    def listed(self) -> list[Output]:
        """The outputs a reader is offered by name: downloads, schemas, the API's description and index, feeds."""
        return [o for o in self.outputs() if o.group in LISTED]

    def files(self) -> dict[str, Callable[[], str]]:
        """Every output's path, and the function that makes its content."""
        return {o.path: o.make for o in self.outputs()}

    def write(self, out: Path) -> int:
        """Write every export under `out` (the site folder); returns the number of files written. The
        records' JSON, made once for all outputs, is let go afterwards."""
        try:
            return write_files(out, ((path, make().encode("utf-8")) for path, make in self.files().items()))
        finally:
            self.context.forget()
