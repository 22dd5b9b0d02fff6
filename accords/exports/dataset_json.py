"""data/dataset.json (every record, with the ISO reference facts of the countries) and the JSON Schemas."""

from __future__ import annotations

import functools
import json
from typing import Any

from ..addresses import DATA_DIR, schema_path
from ..kinds import TYPE_OF_COLLECTION
from ..schema import schema_documents
from .context import LICENCE, TITLE, ExportContext, Output


def dataset_json(ctx: ExportContext) -> dict[str, Any]:
    collections = {name: [ctx.record_json(i) for i in ctx.data.ids_of_type(cls)] for name, cls in TYPE_OF_COLLECTION.items()}
    reference = {
        i: {"iso2": f.iso2, "iso3": f.iso3, "numeric": f.numeric, "short_name": f.short_name,
            "official_name": f.official_name, "official_language_names": f.official_language_names}
        for i, f in sorted(ctx.data.facts.items())
    }
    return {
        "title": TITLE,
        "licence": LICENCE,
        "schemas": {name: ctx.link(path) for name, path in ctx.addresses.schemas().items()},
        "records": collections,
        "country_reference": {"source": "ISO 3166-1 via pycountry; names: Unicode CLDR via Babel", "countries": reference},
    }


def as_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")) + "\n"


def outputs(ctx: ExportContext) -> list[Output]:
    schemas: dict[str, str] = {}

    def schema(collection: str) -> str:
        """The collection's JSON Schema, as `accords schemas` writes it to schemas/."""
        if not schemas:
            schemas.update(schema_documents())
        return schemas[f"{collection}.schema.json"]

    made = [Output(f"{DATA_DIR}/dataset.json", "application/json", "dataset.json",
                   "Every record of every kind, with ids and references, plus ISO codes and names of countries",
                   lambda: as_json(dataset_json(ctx)))]
    for name in TYPE_OF_COLLECTION:
        made.append(Output(schema_path(name), "application/schema+json", f"{name}.schema.json",
                           f"JSON Schema of the records in data/{name}/", functools.partial(schema, name), "schema"))
    return made
