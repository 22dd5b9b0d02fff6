"""data/datapackage.json: the CSV tables and the graph described as a Frictionless data package."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..addresses import DATA_DIR
from .context import LICENCE, LIST_SEPARATOR, TITLE, ExportContext
from .dataset_json import as_json
from .graph import GRAPH_PATH
from .tables import TABLES


def datapackage() -> dict[str, Any]:
    resources = []
    for table in TABLES:
        fields = [{"name": c.name, "type": "string", "description": table.describe(c)} for c in table.columns]
        schema: dict[str, Any] = {"fields": fields}
        if table.columns[0].name == "id":
            schema["primaryKey"] = ["id"]
        resources.append({
            "name": table.name.replace("_", "-"),
            "path": f"{table.name}.csv",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "dialect": {"delimiter": ",", "lineTerminator": "\r\n", "quoteChar": '"', "header": True},
            "schema": schema,
        })
    resources.append({
        "name": "signatures",
        "path": GRAPH_PATH.removeprefix(f"{DATA_DIR}/"),
        "format": "graphml",
        "mediatype": "application/graphml+xml",
        "encoding": "utf-8",
        "description": "Who took part in which agreement (GraphML): agreements and actors as nodes, each part "
                       "(party, signatory, witness) as an edge with its role and the date of signing.",
    })
    return {
        "name": "central-asia-cooperation-tracker",
        "title": TITLE,
        "description": "Cooperation agreements between the states of Central Asia, Türkiye, Azerbaijan, China and their "
                       "partners, with their parties, signatories, events and sources. Dates keep the precision of the "
                       f"sources (YYYY, YYYY-MM or YYYY-MM-DD); list cells are separated by '{LIST_SEPARATOR}'.",
        "licenses": [LICENCE],
        "resources": resources,
    }


def files(ctx: ExportContext) -> dict[str, Callable[[], str]]:
    return {f"{DATA_DIR}/datapackage.json": lambda: as_json(datapackage())}
