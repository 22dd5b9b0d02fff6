"""Every kind of record registered in accords.kinds reaches every part of the tracker that reads records.

The samples in tests/kinds/ hold one record of every kind (not real). Each check below is one consumer of the
registry; a kind a consumer ignores fails the walk with the consumer's name, so that a new kind cannot land
half-way (a page but no CSV table, an API document but no name search …).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import jsonschema
import pytest
import yaml

from accords import scaffold
from accords.addresses import page_url
from accords.dataset import Dataset
from accords.drafting.tables import import_rows
from accords.drafting.write import Value, draft_lines
from accords.duplicates import STRATEGIES, probable_duplicates
from accords.exports import api, dataset_json, feeds, openapi, tables
from accords.exports.context import ExportContext
from accords.history import FileHistory
from accords.kinds import KIND_NAMES, RECORD_KINDS, RecordKind
from accords.linked_data import LinkedData
from accords.loader import check_data, load_dataset
from accords.model import Ref, field_shape
from accords.names import NAME_RULES, NameIndex
from accords.pages import generated_pages
from accords.renderer import render_layout
from accords.schema import schema_documents
from accords.search_data import SearchData
from accords.view import SiteView

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "tests" / "kinds"
TODAY = dt.date(2026, 12, 1)


@dataclass
class Walk:
    """What the checks share: the samples loaded once, and a scratch copy of them to add records to."""

    data: Dataset
    scratch: Path

    def copy(self, name: str) -> Path:
        target = self.scratch / name / "data"
        shutil.copytree(SAMPLES, target)
        return target


@pytest.fixture(scope="module")
def walk(tmp_path_factory: pytest.TempPathFactory) -> Walk:
    return Walk(load_dataset(SAMPLES, today=TODAY, root=ROOT), tmp_path_factory.mktemp("kinds"))


def sample(walk: Walk, kind: RecordKind) -> str:
    ids = walk.data.ids_of_type(kind.cls)
    assert ids, f"tests/kinds/{kind.collection}/ has no sample {kind.name}: add one (see tests/kinds/README.md)"
    return ids[0]


def as_yaml(walk: Walk, record_id: str, **changes: object) -> str:
    """The sample's fields as written in its file, with `changes`."""
    raw = yaml.safe_load((ROOT / walk.data.data_path(record_id)).read_text(encoding="utf-8"))
    raw.update(changes)
    return yaml.safe_dump(raw, allow_unicode=True, sort_keys=False)


# --- The consumers ----------------------------------------------------------------------------------
# Each takes the walk, the kind and its sample's id, and fails (with a message) where the kind is ignored.


def loader(walk: Walk, kind: RecordKind, record_id: str) -> None:
    assert walk.data.data_path(record_id) == f"tests/kinds/{kind.collection}/{record_id}.yml"
    assert walk.data.kind(record_id) in kind.kinds


def names(walk: Walk, kind: RecordKind, record_id: str) -> None:
    index = NameIndex(walk.data)
    found = index.names(record_id)
    if not kind.names.searchable:
        assert found == [], "names of a kind that is not looked up by name"
        return
    assert found and found[0].text == walk.data.name(record_id)
    assert index.resolve(walk.data.name(record_id).upper(), kind.kinds) == record_id  # by its name, in any case
    for rule in KIND_NAMES[walk.data.kind(record_id)].name_rules:
        assert rule in NAME_RULES, f"name rule '{rule}' is not one of accords.names.NAME_RULES"


def duplicates(walk: Walk, kind: RecordKind, record_id: str) -> None:
    """A second file with the same content is refused by the loader (an ISO code used twice) or reported as a probable duplicate."""
    if kind.duplicates is None:
        return
    assert kind.duplicates in STRATEGIES
    data = walk.copy(f"duplicate-{kind.name}")
    (data / kind.collection / f"{record_id}-again.yml").write_text(as_yaml(walk, record_id), encoding="utf-8")
    dataset, problems = check_data(data, today=TODAY)
    if dataset is None:
        assert problems, "the copy neither loads nor fails"
        return
    assert {(d.record_id, d.existing_id) for d in probable_duplicates(dataset)} & {(f"{record_id}-again", record_id), (record_id, f"{record_id}-again")}


def search(walk: Walk, kind: RecordKind, record_id: str) -> None:
    view = SiteView(walk.data)
    data = SearchData(view.addresses)
    urls = {url for url, _, _ in data.name_records()}
    expected = kind.names.searchable and kind.names.index_records
    assert (f"/{view.addresses.url(record_id)}" in urls) == expected, "search index records"
    fallback = {r[0] for r in json.loads(data.names_json())["records"]}
    record = walk.data.get(record_id)
    descriptive = kind.names.official is not None and not getattr(record, kind.names.official)  # not a name: an agreement's own description
    other_names = any(getattr(record, f) for f in (*kind.names.aliases, *kind.names.native))
    assert (view.addresses.url(record_id) in fallback) == (kind.names.searchable and (not descriptive or other_names)), "the search box's names"


def linked_data(walk: Walk, kind: RecordKind, record_id: str) -> None:
    view = SiteView(walk.data)
    page = page_url(view.addresses.page(record_id)).partition("#")[0]
    item = LinkedData(walk.data, view.addresses).record(record_id, page)
    assert item["@type"] == KIND_NAMES[walk.data.kind(record_id)].schema_org != "Thing"
    assert item["name"] == walk.data.name(record_id)


def counts(walk: Walk, kind: RecordKind, record_id: str) -> None:
    assert walk.data.counts()[kind.noun] == len(walk.data.ids_of_type(kind.cls))


def csv_table(walk: Walk, kind: RecordKind, record_id: str) -> None:
    ctx = ExportContext(walk.data, {})
    holding = [t for t in tables.TABLES if t.name == kind.csv.name]
    assert holding, f"no CSV table '{kind.csv.name}'"
    rows = list(csv.DictReader(io.StringIO(tables.csv_text(ctx, holding[0]))))
    assert [r["id"] for r in rows].count(record_id) == 1
    row = next(r for r in rows if r["id"] == record_id)
    record = walk.data.get(record_id)
    for name in row:
        if name in kind.cls.model_fields and field_shape(kind.cls, name) == "value" and getattr(record, name) is not None:
            value = getattr(record, name)
            assert row[name] == str(getattr(value, "value", value)), f"column {name}"


def open_data(walk: Walk, kind: RecordKind, record_id: str) -> None:
    ctx = ExportContext(walk.data, {})
    assert record_id in [r["id"] for r in dataset_json.dataset_json(ctx)["records"][kind.collection]]
    assert f"{kind.collection}.schema.json" in schema_documents()


def api_document(walk: Walk, kind: RecordKind, record_id: str) -> None:
    ctx = ExportContext(walk.data, {})
    path = ctx.addresses.api(record_id)
    if kind.api is None:
        assert path is None
        return
    assert path in [o.path for o in api.outputs(ctx)]
    document = api.document(ctx, record_id)
    assert {r.name for r in kind.relations} <= set(document)
    spec = openapi.document(ctx)
    template = "/" + kind.api.removeprefix("api/")
    assert template in spec["paths"] and f"/{kind.collection}.json" in spec["paths"]
    schema = {**spec["paths"][template]["get"]["responses"]["200"]["content"]["application/json"]["schema"], "components": spec["components"]}
    errors = [e.message for e in jsonschema.Draft202012Validator(schema).iter_errors(json.loads(json.dumps(document)))]
    assert errors == []


def feed(walk: Walk, kind: RecordKind, record_id: str) -> None:
    history = {walk.data.data_path(i): FileHistory(dt.date(2026, 1, 1), dt.date(2026, 1, 2)) for i in walk.data.records}
    listed = [i for _, i in feeds.entries(ExportContext(walk.data, history))]
    assert (record_id in listed) == kind.changes_feed
    if kind.feed:
        ctx = ExportContext(walk.data, history)
        assert ctx.addresses.feed(record_id) in [o.path for o in feeds.outputs(ctx)]


def pages(walk: Walk, kind: RecordKind, record_id: str) -> None:
    """Its page (or its place on a listing) exists and renders from its layout, naming it; its listing lists it."""
    view = SiteView(walk.data, repo_url="https://example.org/repo")
    generated = {p.path: p for p in generated_pages(walk.data)}
    own = view.addresses.page(record_id)
    assert own.partition("#")[0] in generated, f"no page at {own}"
    page = generated[own.partition("#")[0]]
    meta = {"record": page.record_id, **dict(page.extra_meta)} if page.record_id else dict(page.extra_meta)
    markdown = render_layout(view, page.layout, page_url(page.path), **meta)
    assert walk.data.name(record_id).split()[0] in markdown
    if kind.listing is not None:
        listing = generated[kind.listing.path]
        text = render_layout(view, listing.layout, page_url(listing.path), **dict(listing.extra_meta))
        assert walk.data.name(record_id).split()[0] in text, f"{kind.listing.path} does not list it"
        nav = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
        assert f": {kind.listing.path}\n" in nav, f"{kind.listing.path} is not in the navigation (mkdocs.yml nav)"
    if kind.timeline:
        assert record_id in [e.record_id for e in walk.data.timeline()]
        assert walk.data.name(record_id).split()[0] in render_layout(view, "timeline.md", "timeline/"), "the timeline does not show it"


def generic_layout(walk: Walk, kind: RecordKind, record_id: str) -> None:
    """The layouts a kind without its own uses (record.md, records.md) show it too: its facts and its listing."""
    view = SiteView(walk.data)
    markdown = render_layout(view, "record.md", "records/x/", record=record_id)
    assert walk.data.name(record_id).split()[0] in markdown or not kind.names.primary
    listing = render_layout(view, "records.md", "records/", collection=kind.collection)
    assert view.addresses.url(record_id).partition("#")[0].rstrip("/").split("/")[-1] in listing or walk.data.name(record_id) in listing


def new_record(walk: Walk, kind: RecordKind, record_id: str) -> None:
    """`accords new KIND` with the sample's answers writes a file that validates."""
    record = walk.data.get(record_id)
    given = {}
    for question in scaffold.questions(kind):
        value = getattr(record, question.field)
        given[question.field] = [str(v) for v in value] if isinstance(value, list) else (None if value is None else str(getattr(value, "value", value)))
    if kind.collection == "countries":
        given["iso2"] = "TJ"  # an ISO code is used once
    answers = scaffold.gather(kind, given, None)
    data = walk.copy(f"new-{kind.name}")
    path = scaffold.target_path(data, kind, "brand-new")
    path.write_text(scaffold.render(kind, answers), encoding="utf-8")
    _, problems = check_data(data, files=[path], today=TODAY)
    assert problems == [], [str(p) for p in problems]


def import_table(walk: Walk, kind: RecordKind, record_id: str) -> None:
    """`accords import --collection` takes a table of the kind's fields, one row per record."""
    record = walk.data.get(record_id)
    columns = [n for n in kind.cls.model_fields if n != "id" and field_shape(kind.cls, n) in ("value", "flag", "values")
               and getattr(record, n) not in (None, [])]
    cells = []
    for name in columns:
        value = getattr(record, name)
        cells.append("; ".join(map(str, value)) if isinstance(value, list) else str(getattr(value, "value", value)).lower()
                     if isinstance(value, bool) else str(getattr(value, "value", value)))
    if kind.collection == "countries":
        cells[columns.index("iso2")] = "TJ"
    result = import_rows([columns, cells], kind.collection, walk.data, NameIndex(walk.data), {}, "dmy", None)
    assert [p.text("table") for p in result.problems] == [] and len(result.records) == 1


def drafting(walk: Walk, kind: RecordKind, record_id: str) -> None:
    """A draft of the kind, written field by field as `accords draft` writes drafts, validates."""
    record = walk.data.get(record_id)
    fields = {}
    for name in kind.cls.model_fields:
        value = getattr(record, name)
        if name == "id" or value in (None, [], {}):
            continue
        if field_shape(kind.cls, name) in ("record", "records"):
            value = [item.model_dump(mode="json", exclude_none=True) for item in value]
        elif field_shape(kind.cls, name) == "names":
            continue
        fields[name] = Value([getattr(v, "value", v) for v in value] if isinstance(value, list) else getattr(value, "value", value))
    if kind.collection == "countries":
        fields["iso2"] = Value("TJ")
    lines = draft_lines(kind, fields, ["# a draft"])
    data = walk.copy(f"draft-{kind.name}")
    path = data / kind.collection / "drafted.yml"
    path.write_text("\n".join(line.replace("{schema}", "x") for line in lines) + "\n", encoding="utf-8")
    _, problems = check_data(data, files=[path], today=TODAY)
    assert problems == [], [str(p) for p in problems]


def distinct_from(walk: Walk, kind: RecordKind, record_id: str) -> None:
    """Any record can say it is not this one (`distinct_from`), whatever its kind."""
    assert Ref.any().accepts(walk.data.kind(record_id))
    data = walk.copy(f"distinct-{kind.name}")
    other = "sample-forum" if record_id == "sample-memorandum" else "sample-memorandum"
    path = data / walk.data.data_path(other).removeprefix("tests/kinds/")
    path.write_text(as_yaml(walk, other, distinct_from=[record_id]), encoding="utf-8")
    _, problems = check_data(data, files=[path], today=TODAY)
    assert problems == [], [str(p) for p in problems]


CONSUMERS: dict[str, Callable[[Walk, RecordKind, str], None]] = {
    "the loader (its folder and kind names)": loader,
    "names (search, `accords new`, drafting)": names,
    "duplicate warnings (`accords check`)": duplicates,
    "search (index records and the search box's names)": search,
    "linked data (its schema.org type)": linked_data,
    "record counts": counts,
    "CSV tables": csv_table,
    "dataset.json and the JSON Schemas": open_data,
    "the JSON API and its OpenAPI description": api_document,
    "feeds": feed,
    "pages, listing, navigation and timeline": pages,
    "the generic layouts": generic_layout,
    "`accords new`": new_record,
    "`accords import`": import_table,
    "`accords draft` (draft files)": drafting,
    "`distinct_from`": distinct_from,
}


@pytest.mark.parametrize("kind", RECORD_KINDS, ids=lambda k: k.name)
def test_every_consumer_takes_every_kind(walk, kind):
    record_id = sample(walk, kind)
    ignored = []
    for consumer, check in CONSUMERS.items():
        try:
            check(walk, kind, record_id)
        except AssertionError as error:
            ignored.append(f"{consumer}: {str(error).splitlines()[0] if str(error) else 'fails'}")
    assert ignored == [], f"the {kind.name} kind is ignored by:\n  " + "\n  ".join(ignored)


def test_every_kind_name_is_said_and_typed():
    """Each kind name a record can take has a label, a heading and a schema.org type, and references name only registered kinds."""
    for name, said in KIND_NAMES.items():
        assert said.label and said.plural[0].isupper() and said.schema_org[0].isupper(), name
    from accords.model import ACTOR_KINDS, BODY_KINDS, PARTY_KINDS

    assert ACTOR_KINDS | PARTY_KINDS | BODY_KINDS <= set(KIND_NAMES)


def test_kinds_share_a_table_only_with_the_same_columns():
    by_name: dict[str, tuple[str, ...]] = {}
    for kind in RECORD_KINDS:
        assert by_name.setdefault(kind.csv.name, kind.csv.columns) == kind.csv.columns, kind.name
