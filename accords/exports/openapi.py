"""`api/openapi.json`: an OpenAPI 3.1 description of the static JSON API (accords.exports.api), with a JSON
Schema for every document: the envelope (summary, relations, dates) and the record within, generated from
the model as it is written (`model_dump(mode="json")`). The server is the document's own folder, so the
description holds wherever the site is published.
"""

from __future__ import annotations

import functools
import json
from typing import Any

from pydantic.json_schema import models_json_schema

from ..addresses import API_DIR
from ..dates import RANGE_PATTERN
from ..kinds import API_COLLECTIONS, API_KINDS, RECORD_KINDS, ApiRelation, RecordKind
from ..model import RelationKind
from .context import LICENCE, TITLE, ExportContext, Output

OPENAPI_PATH = f"{API_DIR}/openapi.json"
DIALECT = "https://json-schema.org/draft/2020-12/schema"
REF = "#/components/schemas/{model}"
# A date as precise as the sources give it: a year, a month or a day (2025, 2025-06, 2025-06-10), or a range of
# two such dates (2023-05-18/2023-05-19, ISO 8601) where the sources give a span.
PARTIAL_DATE = {"type": "string", "pattern": RANGE_PATTERN}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": REF.format(model=name)}


def _summary_properties() -> dict[str, Any]:
    kinds = sorted(name for kind in RECORD_KINDS for name in kind.kinds)
    return {
        "id": {"type": "string", "description": "The record's id (its file name under data/)."},
        "type": {"enum": kinds, "description": "The kind of record."},
        "name": {"type": "string", "description": "Its name or title, as the site shows it."},
        "page": {"type": "string", "description": "Its page on the site."},
        "date": {**PARTIAL_DATE, "description": "Signed, held or published: as precise as the sources say; a range where they give "
                                                  "a span (an event's days, or the days of the event a document was signed during)."},
        "api": {"type": "string", "description": "Its own document in this API, where it has one."},
    }


def _object(properties: dict[str, Any], required: list[str], description: str = "") -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "object", "properties": properties, "required": required, "additionalProperties": False}
    if description:
        schema["description"] = description
    return schema


def _list_of(name: str, description: str) -> dict[str, Any]:
    return {"type": "array", "items": _ref(name), "description": description}


# How each shape of relation (accords.kinds.ApiRelation) is written: accords.exports.api.relation_value.
def _relation_schema(relation: ApiRelation) -> dict[str, Any]:
    if relation.shape == "records":
        return _list_of("Summary", relation.description)
    if relation.shape == "counted":
        return {"type": "array", "description": relation.description,
                "items": _object({**_summary_properties(), relation.count_key: {"type": "integer", "minimum": 1}},
                                 ["id", "type", "name", "page", relation.count_key])}
    if relation.shape == "related":
        return {"type": "array", "description": relation.description,
                "items": _object({**_summary_properties(),
                                  "relation": {"enum": [k.value for k in RelationKind], "description": "How the two are related, as the data says."},
                                  "direction": {"enum": ["outgoing", "incoming"],
                                                "description": "outgoing: this agreement names the other; incoming: the other names it."}},
                                 ["id", "type", "name", "page", "relation", "direction"])}
    if relation.shape == "reference":
        return _object({
            "iso3": {"type": "string"}, "numeric": {"type": "string"},
            "official_name": {"type": ["string", "null"]},
            "official_language_names": {"type": "object", "additionalProperties": {"type": "string"}},
        }, ["iso3", "numeric", "official_name", "official_language_names"], relation.description)
    raise ValueError(f"unknown relation shape '{relation.shape}'")


def _relations(kind: RecordKind) -> dict[str, Any]:
    """What each kind's document adds to the envelope: the relations its entry declares."""
    return {relation.name: _relation_schema(relation) for relation in kind.relations}


def document(ctx: ExportContext) -> dict[str, Any]:
    kinds = list(API_KINDS)
    _, record_schemas = models_json_schema([(k.cls, "serialization") for k in kinds], ref_template=REF)
    schemas: dict[str, Any] = dict(record_schemas["$defs"])
    for kind in kinds:  # the record as written in a document: its fields, and its id
        record = schemas[kind.cls.__name__]
        record["properties"] = {"id": {"type": "string"}, **record["properties"]}
        record["required"] = ["id", *record.get("required", [])]
    schemas["Summary"] = _object(_summary_properties(), ["id", "type", "name", "page"], "A record in a list: what it is and where.")
    paths: dict[str, Any] = {}
    for kind in kinds:
        name, collection = kind.cls.__name__, kind.collection
        relations = _relations(kind)
        schemas[f"{name}Document"] = _object({
            **_summary_properties(),
            "record": _ref(name),
            "added": {**PARTIAL_DATE, "description": "When its file was added to the repository (git)."},
            "changed": {**PARTIAL_DATE, "description": "When its file last changed (git)."},
            **relations,
        }, ["id", "type", "name", "page", "record", *relations], f"One {name.lower()} with its relations.")
        schemas[f"{name}Index"] = _object({
            "title": {"type": "string"}, "count": {"type": "integer", "minimum": 0},
            collection: _list_of("Summary", f"Every {name.lower()}."),
        }, ["title", "count", collection], f"Every {name.lower()} in a list.")
        parameter = kind.api.removeprefix(f"{API_DIR}/").split("{")[1].split("}")[0]  # type: ignore[union-attr]
        paths[f"/{collection}.json"] = _get(f"list_{collection}", f"Every {name.lower()}", f"{name}Index")
        paths["/" + kind.api.removeprefix(f"{API_DIR}/")] = {  # type: ignore[union-attr]
            "parameters": [{"name": parameter, "in": "path", "required": True, "schema": {"type": "string"},
                            "description": "The ISO 3166 alpha-2 code, in lower case" if parameter == "iso2" else "The record's id"}],
            **_get(f"get_{name.lower()}", f"One {name.lower()} with its relations", f"{name}Document"),
        }
    schemas["Root"] = _object({
        "title": {"type": "string"},
        "licence": _object({"name": {"type": "string"}, "title": {"type": "string"}, "path": {"type": "string"}}, ["name", "title", "path"]),
        "collections": _object({c: {"type": "string"} for c in API_COLLECTIONS}, list(API_COLLECTIONS)),
        "dataset": {"type": "string", "description": "The whole dataset as one JSON file."},
        "schemas": {"type": "object", "additionalProperties": {"type": "string"}, "description": "The JSON Schema of each collection's files."},
        "downloads": {"type": "array", "description": "Every file of the open data that is not one of many (a record's document, a country's feed).",
                      "items": _object({"path": {"type": "string"}, "title": {"type": "string"}, "media_type": {"type": "string"},
                                        "description": {"type": "string"}}, ["path", "title", "media_type", "description"])},
    }, ["title", "licence", "collections", "dataset", "schemas", "downloads"], "Where everything is.")
    return {
        "openapi": "3.1.0",
        "jsonSchemaDialect": DIALECT,
        "info": {
            "title": f"{TITLE}: static JSON API",
            "version": str(ctx.build_date),
            "summary": "Agreements, actors, countries, events and projects, one JSON document each.",
            "description": "Static files, regenerated on every build: no keys, no limits, no queries. Every document "
                           "carries the record as its data file says it and its relations. Dates are as precise as "
                           "the sources: 2025, 2025-06 or 2025-06-10.",
            "license": {"name": LICENCE["title"], "identifier": LICENCE["name"]},
        },
        "servers": [{"url": ".", "description": "The folder of this document."}],
        "paths": {"/index.json": _get("root", "Where everything is", "Root"), **paths},
        "components": {"schemas": schemas},
    }


def _get(operation: str, summary: str, schema: str) -> dict[str, Any]:
    return {"get": {"operationId": operation, "summary": summary,
                    "responses": {"200": {"description": summary, "content": {"application/json": {"schema": _ref(schema)}}}}}}


def outputs(ctx: ExportContext) -> list[Output]:
    return [Output(OPENAPI_PATH, "application/vnd.oai.openapi+json", "OpenAPI description of the JSON API",
                   "OpenAPI 3.1: every address of the API, and a JSON Schema for each document and the record within",
                   functools.partial(_text, ctx), "api")]


def _text(ctx: ExportContext) -> str:
    return json.dumps(document(ctx), ensure_ascii=False, indent=1) + "\n"
