"""The static JSON API: a document per record (api/<collection>/<id>.json) with its relations, an
index per collection (api/<collection>.json) and a root (api/index.json)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from ..addresses import API_DIR, DATA_DIR
from ..model import RECORD_KIND_OF, Actor, Agreement, Country, Event
from .context import LICENCE, TITLE, ExportContext
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
    d = ctx.data
    record = d.get(record_id)
    history = ctx.history(record_id)
    doc: dict[str, Any] = {**summary(ctx, record_id), "record": ctx.record_json(record_id)}
    if history:
        doc["added"], doc["changed"] = str(history.added), str(history.changed)
    if isinstance(record, Agreement):
        doc["countries"] = [summary(ctx, c) for c in d.countries_of_agreement(record_id)]
        doc["related"] = [{"relation": kind, "direction": direction, **summary(ctx, other)}
                          for direction, kind, other in d.related_agreements(record_id)]
    elif isinstance(record, Country):
        f = d.facts[record_id]
        doc["reference"] = {"iso3": f.iso3, "numeric": f.numeric, "official_name": f.official_name,
                            "official_language_names": f.official_language_names}
        doc["agreements"] = [summary(ctx, a) for a in d.agreements_of(record_id)]
        doc["partners"] = [{**summary(ctx, c), "agreements": n} for c, n in d.partners_of(record_id)]
        doc["events"] = [summary(ctx, e) for e in d.events_of(record_id)]
    elif isinstance(record, Actor):
        doc["agreements"] = [summary(ctx, a) for a in d.agreements_of(record_id)]
        doc["events"] = [summary(ctx, e) for e in d.events_of(record_id)]
    elif isinstance(record, Event):
        doc["agreements"] = [summary(ctx, a) for a in d.agreements_at(record_id)]
    return doc


def index(ctx: ExportContext, collection: str) -> dict[str, Any]:
    """`api/<collection>.json`: a summary of every record of the collection."""
    entries = [summary(ctx, i) for i, r in ctx.data.records.items()
               if RECORD_KIND_OF[type(r)].collection == collection and ctx.addresses.api(i)]
    return {"title": f"{TITLE}: {collection}", "count": len(entries), collection: entries}


def root(ctx: ExportContext) -> dict[str, Any]:
    return {
        "title": TITLE,
        "licence": LICENCE,
        "collections": {name: ctx.link(path) for name, path in ctx.addresses.api_collections().items()},
        "dataset": ctx.link(f"{DATA_DIR}/dataset.json"),
        "schemas": {name: ctx.link(path) for name, path in ctx.addresses.schemas().items()},
    }


def files(ctx: ExportContext) -> dict[str, Callable[[], str]]:
    made: dict[str, Callable[[], str]] = {}
    for record_id in ctx.data.records:
        path = ctx.addresses.api(record_id)
        if path is not None:
            made[path] = functools.partial(_json_of, document, ctx, record_id)
    for name, path in ctx.addresses.api_collections().items():
        made[path] = functools.partial(_json_of, index, ctx, name)
    made[f"{API_DIR}/index.json"] = functools.partial(_json_of, root, ctx)
    return made


def _json_of(make: Callable[..., Any], *args: Any) -> str:
    return as_json(make(*args))
