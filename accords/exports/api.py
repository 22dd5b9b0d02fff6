"""The static JSON API: a document per record (api/<collection>/<id>.json) with its relations, an
index per collection (api/<collection>.json) and a root (api/index.json)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from ..addresses import API_DIR, DATA_DIR
from ..kinds import ApiRelation, kind_of
from .context import LICENCE, LISTED, TITLE, ExportContext, Output
from .dataset_json import as_json


def summary(ctx: ExportContext, record_id: str) -> dict[str, Any]:
    date, _ = ctx.data.date_of(record_id)
    entry: dict[str, Any] = {"id": record_id, "type": ctx.data.kind(record_id), "name": ctx.data.name(record_id), "page": ctx.page(record_id)}
    if date:
        entry["date"] = str(date)
    api = ctx.api(record_id)
    if api:
        entry["api"] = api
    return entry


def document(ctx: ExportContext, record_id: str) -> dict[str, Any]:
    """A record's document: what it is and where, the record as its file says it, its git dates, and the
    relations its kind declares (accords.kinds; accords.exports.openapi describes each)."""
    history = ctx.history(record_id)
    doc: dict[str, Any] = {**summary(ctx, record_id), "record": ctx.record_json(record_id)}
    if history:
        doc["added"], doc["changed"] = str(history.added), str(history.changed)
    for relation in kind_of(ctx.data.get(record_id)).relations:
        doc[relation.name] = relation_value(ctx, record_id, relation)
    return doc


def relation_value(ctx: ExportContext, record_id: str, relation: ApiRelation) -> Any:
    """A relation as the document writes it, by its shape."""
    found = getattr(ctx.data, relation.query)(record_id)
    if relation.shape == "reference":
        return {"iso3": found.iso3, "numeric": found.numeric, "official_name": found.official_name,
                "official_language_names": found.official_language_names}
    if relation.shape == "records":
        return [summary(ctx, i) for i in found]
    if relation.shape == "counted":
        return [{**summary(ctx, i), relation.count_key: n} for i, n in found]
    if relation.shape == "related":
        return [{"relation": kind, "direction": direction, **summary(ctx, other)} for direction, kind, other in found]
    raise ValueError(f"unknown relation shape '{relation.shape}'")


def index(ctx: ExportContext, collection: str) -> dict[str, Any]:
    """`api/<collection>.json`: a summary of every record of the collection."""
    entries = [summary(ctx, i) for i, r in ctx.data.records.items()
               if kind_of(r).collection == collection and ctx.addresses.api(i)]
    return {"title": f"{TITLE}: {collection}", "count": len(entries), collection: entries}


def root(ctx: ExportContext) -> dict[str, Any]:
    return {
        "title": TITLE,
        "licence": LICENCE,
        "collections": {name: ctx.link(path) for name, path in ctx.addresses.api_collections().items()},
        "dataset": ctx.link(f"{DATA_DIR}/dataset.json"),
        "schemas": {name: ctx.link(path) for name, path in ctx.addresses.schemas().items()},
        "downloads": [{"path": ctx.link(o.path), "title": o.title, "media_type": o.media_type, "description": o.description}
                      for o in ctx.outputs if o.group in LISTED],
    }


def outputs(ctx: ExportContext) -> list[Output]:
    made = [Output(f"{API_DIR}/index.json", "application/json", "JSON API: where everything is",
                   "The collections, the downloads and the schemas, with their addresses", functools.partial(_json_of, root, ctx), "api")]
    for name, index_path in ctx.addresses.api_collections().items():
        made.append(Output(index_path, "application/json", f"JSON API: every {name}", f"Id, name, date, page and API address of every record in {name}",
                           functools.partial(_json_of, index, ctx, name), "api"))
    for record_id in ctx.data.records:
        if (path := ctx.addresses.api(record_id)) is not None:
            made.append(Output(path, "application/json", ctx.data.name(record_id), "The record and its relations",
                               functools.partial(_json_of, document, ctx, record_id), "record"))
    return made


def _json_of(make: Callable[..., Any], *args: Any) -> str:
    return as_json(make(*args))
