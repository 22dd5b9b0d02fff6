"""data/datapackage.json: the files of the open data that its outputs say belong in it (the CSV tables, the graph,
the places), described as a Frictionless data package. Each resource is what its Output says of itself."""

from __future__ import annotations

from typing import Any

from ..addresses import DATA_DIR
from .context import LICENCE, LIST_SEPARATOR, TITLE, ExportContext, Output
from .dataset_json import as_json

PACKAGE_PATH = f"{DATA_DIR}/datapackage.json"


def datapackage(outputs: list[Output]) -> dict[str, Any]:
    resources = []
    for output in outputs:
        if output.package is None:
            continue
        name = output.path.removeprefix(f"{DATA_DIR}/").rsplit(".", 1)[0]
        resource: dict[str, Any] = {"name": name.replace("_", "-"), "path": output.path.removeprefix(f"{DATA_DIR}/"),
                                    "mediatype": output.media_type, "description": output.description, **output.package}
        if output.licences != (LICENCE,):
            resource["licenses"] = [dict(licence) for licence in output.licences]
        resources.append(resource)
    return {
        "name": "central-asia-cooperation-tracker",
        "title": TITLE,
        "description": "Cooperation agreements between the states of Central Asia, Türkiye, Azerbaijan, China and their "
                       "partners, with their parties, signatories, events and sources. Dates keep the precision of the "
                       f"sources (YYYY, YYYY-MM or YYYY-MM-DD); list cells are separated by '{LIST_SEPARATOR}'.",
        "licenses": [LICENCE],
        "resources": resources,
    }


def outputs(ctx: ExportContext) -> list[Output]:
    return [Output(PACKAGE_PATH, "application/json", "datapackage.json",
                   "A Frictionless data package describing the CSV files, the graph and the places",
                   lambda: as_json(datapackage(ctx.outputs)))]
