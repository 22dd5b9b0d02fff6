"""Open data: downloads, the JSON API, feeds, the calendar and citations, read back with other tools."""

from __future__ import annotations

import csv
import functools
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import feedparser
import icalendar
import jsonschema
import pytest
import yaml
from conftest import LAST_COMMIT_EPOCH, ROOT, DataDir, copy_project

from accords.addresses import Addresses
from accords.kinds import TYPE_OF_COLLECTION
from accords.model import Agreement, Country, Event, EventStatus

BIN = Path(sys.executable).parent


def read_json(site, path: str):
    return json.loads((site.path / path).read_text(encoding="utf-8"))


@functools.cache
def validator(name: str) -> jsonschema.Draft202012Validator:
    """The committed JSON Schema of a collection, checked once and compiled once (jsonschema.validate checks
    the schema again on every call: most of these tests' time)."""
    schema = json.loads((ROOT / "schemas" / f"{name}.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_dataset_json_holds_every_record_valid_against_its_schema(site, real_data):
    dataset = read_json(site, "data/dataset.json")
    for collection, cls in TYPE_OF_COLLECTION.items():
        records = dataset["records"][collection]
        assert sorted(r["id"] for r in records) == sorted(real_data.ids_of_type(cls))
        for record in records:
            validator(collection).validate(record)


def test_published_schemas_are_the_committed_ones(site):
    for collection in TYPE_OF_COLLECTION:
        published = (site.path / "data" / "schemas" / f"{collection}.schema.json").read_text(encoding="utf-8")
        assert published == (ROOT / "schemas" / f"{collection}.schema.json").read_text(encoding="utf-8")


def read_csv(site, name: str) -> list[dict[str, str]]:
    raw = (site.path / "data" / f"{name}.csv").read_bytes()
    assert b"\r\n" in raw and not raw.startswith(b"\xef\xbb\xbf")  # RFC 4180 line ends, UTF-8 without BOM
    with (site.path / "data" / f"{name}.csv").open(encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file))


def test_agreement_csvs_round_trip_to_the_records(site, real_data):
    rows = {row["id"]: row for row in read_csv(site, "agreements")}
    parties = read_csv(site, "agreement_parties")
    assert sorted(rows) == sorted(real_data.ids_of_type(Agreement))
    for agreement_id, a in real_data.of_type(Agreement):
        row = rows[agreement_id]
        assert row["title"] == a.title and row["kind"] == a.kind.value and row["status"] == a.status.value
        assert row["date_signed"] == (str(a.date_signed) if a.date_signed else "")
        assert row["parties"].split(";") == a.parties
        assert (row["sectors"].split(";") if row["sectors"] else []) == a.sectors
        assert row["summary"] == (a.summary or "")
        mine = [p for p in parties if p["agreement_id"] == agreement_id]
        assert [p["actor_id"] for p in mine if p["role"] == "party"] == a.parties
        assert [(p["actor_id"], p["office"], p["on_behalf_of"]) for p in mine if p["role"] == "signatory"] == [
            (s.person, s.office, s.on_behalf_of) for s in a.signatories
        ]
        assert [p["actor_id"] for p in mine if p["role"] == "witness"] == a.witnesses


def test_other_csvs_list_every_record_once(site, real_data):
    for name, cls in [("events", Event), ("sources", TYPE_OF_COLLECTION["sources"]), ("glossary", TYPE_OF_COLLECTION["glossary"])]:
        ids = [row["id"] for row in read_csv(site, name)]
        assert sorted(ids) == sorted(real_data.ids_of_type(cls)), name
    actors = read_csv(site, "actors")
    assert len(actors) == len(real_data.ids_of_type(Country)) + len(real_data.ids_of_type(TYPE_OF_COLLECTION["actors"]))
    kz = next(a for a in actors if a["id"] == "kazakhstan")
    assert kz["type"] == "country" and kz["country_iso2"] == "KZ"


def test_datapackage_is_valid_for_frictionless(site):
    result = subprocess.run([str(BIN / "frictionless"), "validate", "--json", "datapackage.json"],
                            cwd=site.path / "data", capture_output=True, text=True, timeout=300)
    report = json.loads(result.stdout)
    assert report["valid"], json.dumps(report, indent=1)[:3000]
    package = read_json(site, "data/datapackage.json")
    assert {r["path"] for r in package["resources"]} == {p.name for p in (site.path / "data").glob("*.csv")} | {"signatures.graphml", "places.geojson"}


def test_places_are_points_at_the_city_each_record_names(site):
    places = read_json(site, "data/places.geojson")
    assert places["type"] == "FeatureCollection" and "GeoNames" in places["attribution"]
    by_id = {f["id"]: f for f in places["features"]}
    summit = by_id["ots-summit-samarkand-2022"]
    longitude, latitude = summit["geometry"]["coordinates"]
    assert summit["geometry"]["type"] == "Point" and abs(latitude - 39.65) < 0.1 and abs(longitude - 66.96) < 0.1
    assert summit["properties"] | {"page": "", "name": ""} == {
        "id": "ots-summit-samarkand-2022", "type": "event", "name": "", "page": "", "place": "Samarkand", "city": "Samarkand",
        "country": "UZ", "geonames_id": 1216265, "date": "2022-11-11"}
    assert "uzbekistan-azerbaijan-strategic-partnership-declaration-2022" not in by_id  # Kuksaroy: a residence, not a city
    package = read_json(site, "data/datapackage.json")
    resource = next(r for r in package["resources"] if r["path"] == "places.geojson")
    assert resource["mediatype"] == "application/geo+json" and {licence["path"] for licence in resource["licenses"]} == {
        "https://creativecommons.org/licenses/by/4.0/", "https://www.geonames.org/"}
    listed = [a.get_text() for a in site.html("data").select("article table a")]
    assert "places.geojson" in listed


def test_the_signature_graph_reads_in_networkx_with_each_part_its_role_and_date(site):
    import networkx  # here, not at the top: the unit tier collects this module without needing it

    graph = networkx.read_graphml(site.path / "data" / "signatures.graphml")
    agreement = "azerbaijan-kazakhstan-uzbekistan-green-energy-strategic-partnership-agreement"
    parts = sorted((actor, data["role"], data.get("date")) for actor, _, data in graph.in_edges(agreement, data=True))
    assert parts == [("azerbaijan", "party", "2024-11-13"), ("ilham-aliyev", "witness", "2024-11-13"),
                     ("kassym-jomart-tokayev", "witness", "2024-11-13"), ("kazakhstan", "party", "2024-11-13"),
                     ("shavkat-mirziyoyev", "witness", "2024-11-13"), ("uzbekistan", "party", "2024-11-13")]
    assert graph.nodes[agreement]["kind"] == "agreement" and graph.nodes["ilham-aliyev"]["kind"] == "person"
    assert graph.nodes["kazakhstan"]["name"] == "Kazakhstan"
    declaration = [(a, d["role"], d.get("date")) for a, _, d in graph.in_edges("kyrgyzstan-china-new-era-partnership-declaration-2023", data=True)]
    assert sorted(declaration) == [("china", "party", "2023-05"), ("kyrgyzstan", "party", "2023-05")]  # a month stays a month
    with open(site.path / "data" / "agreement_parties.csv", encoding="utf-8", newline="") as table:
        rows = list(csv.DictReader(table))
    assert graph.number_of_edges() == len(rows)  # one edge per part, as the table has one row per part


@pytest.mark.parametrize("collection", ["agreements", "actors", "countries", "events", "projects"])
def test_api_documents_validate_and_match_the_index(site, collection):
    index = read_json(site, f"api/{collection}.json")
    entries = index[collection]
    assert index["count"] == len(entries) > 0
    for entry in entries:
        document = read_json(site, entry["api"])
        assert document["id"] == entry["id"]
        record_schema = "countries" if collection == "countries" else TYPE_OF_COLLECTION_OF_KIND[document["type"]]
        validator(record_schema).validate(document["record"])


def openapi_routes(spec: dict) -> list[tuple[re.Pattern[str], dict]]:
    """(pattern of the published path, schema of the document it serves) for each path of the description."""
    routes = []
    for path, item in spec["paths"].items():
        pattern = re.compile("^api" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(path)) + "$")
        routes.append((pattern, {**item["get"]["responses"]["200"]["content"]["application/json"]["schema"],
                                 "components": spec["components"]}))
    return routes


def test_the_api_is_described_by_a_valid_openapi_document_that_every_api_file_follows(site, real_data):
    spec = read_json(site, "api/openapi.json")
    import openapi_spec_validator  # here, not at the top: the unit tier collects this module without needing it

    openapi_spec_validator.validate(spec)  # raises on an invalid description
    assert spec["openapi"] == "3.1.0" and spec["servers"] == [{"url": ".", "description": "The folder of this document."}]
    assert set(spec["paths"]) == {
        "/index.json", "/agreements.json", "/agreements/{id}.json", "/actors.json", "/actors/{id}.json",
        "/countries.json", "/countries/{iso2}.json", "/events.json", "/events/{id}.json", "/projects.json", "/projects/{id}.json",
        "/publishers.json", "/publishers/{id}.json",
    }
    routes = openapi_routes(spec)
    published = sorted(p.relative_to(site.path).as_posix() for p in (site.path / "api").rglob("*.json"))
    checked = 0
    for path in published:
        if path == "api/openapi.json":
            continue
        schemas = [s for pattern, s in routes if pattern.match(path)]
        assert len(schemas) == 1, f"{path}: described by {len(schemas)} paths"
        errors = [e.message for e in jsonschema.Draft202012Validator(schemas[0]).iter_errors(read_json(site, path))]
        assert errors == [], f"{path}: {errors[:3]}"
        checked += 1
    assert checked == 1 + 6 + len(real_data.records) - sum(1 for r in real_data.records.values() if type(r).__name__ in NOT_IN_API)
    assert "api/openapi.json" in {a["href"].removeprefix("../") for a in site.html("data").select("article a[href]")}


def test_the_api_description_refuses_what_the_api_never_writes(site):
    """The schemas bite: an unknown key, a date in words, a list given as text."""
    spec = read_json(site, "api/openapi.json")
    validator = jsonschema.Draft202012Validator({"$ref": "#/components/schemas/AgreementDocument", "components": spec["components"]})
    document = read_json(site, "api/agreements/astana-declaration-2025.json")
    assert list(validator.iter_errors(document)) == []
    assert not validator.is_valid({**document, "extra": 1})
    assert not validator.is_valid({**document, "record": {**document["record"], "date_signed": "June 2025"}})
    assert not validator.is_valid({**document, "record": {**document["record"], "parties": "kazakhstan"}})
    assert not validator.is_valid({**document, "date": "2025-6"})


NOT_IN_API = {"Term", "Topic", "Source", "Search", "Gap"}  # the coverage ledger is in the JSON dataset, not the API
TYPE_OF_COLLECTION_OF_KIND = {
    "agreement": "agreements", "event": "events", "project": "projects",
    **{k: "actors" for k in ("government-body", "organisation", "mechanism", "company", "person")},
}


def partial_date_order(date: str) -> tuple[int, ...]:
    """'2025' < '2025-01' < '2025-01-09': a year alone sorts before its months, a month before its days; a range
    ('2023-05-18/2023-05-19') by its first date."""
    first = date.split("/")[0]
    return tuple(int(part) for part in first.split("-")) + (0,) * (3 - first.count("-") - 1)


def test_country_api_lists_its_agreements_and_its_bodies_newest_first(site):
    """Written from the data files: Kazakhstan signed the first itself, its National Bank the second, its
    Ministry of Energy the third; two ministries of Türkiye and Uzbekistan signed the fourth; the six states the fifth."""
    document = read_json(site, "api/countries/kz.json")
    ids = [a["id"] for a in document["agreements"]]
    assert {"azerbaijan-kazakhstan-uzbekistan-green-energy-strategic-partnership-agreement",
            "kazakhstan-cerberus-private-equity-agreement-2025", "caspian-green-energy-corridor-feasibility-memorandum-2025"} <= set(ids)
    assert "turkiye-uzbekistan-critical-minerals-mou-2026" not in ids
    assert "astana-declaration-2025" in ids  # its text, as nCa publishes it, names all six states
    assert len(ids) == len(set(ids))
    dates = [a["date"] for a in document["agreements"] if "date" in a]
    assert dates == sorted(dates, key=partial_date_order, reverse=True)
    assert document["reference"] == {"iso3": "KAZ", "numeric": "398", "official_name": "Republic of Kazakhstan",
                                     "official_language_names": document["reference"]["official_language_names"]}
    assert document["reference"]["official_language_names"]["kk"] == "Қазақстан"


def test_every_address_inside_the_exports_resolves_to_a_built_file(site):
    missing = []

    def check(value):
        if isinstance(value, dict):
            for key, item in value.items():
                if key in ("page", "api") or (key in ("collections", "schemas", "dataset") and isinstance(item, str)):
                    target = site.path / item
                    if not (target.is_file() or (target / "index.html").is_file()):
                        missing.append(item)
                check(item)
        elif isinstance(value, list):
            for item in value:
                check(item)
    for path in ["data/dataset.json", "api/index.json"] + [f"api/{c}.json" for c in ["agreements", "actors", "countries", "events", "projects"]]:
        document = read_json(site, path)
        check(document)
        for key in ("collections", "schemas"):
            for item in document.get(key, {}).values():
                if not (site.path / item).is_file():
                    missing.append(item)
    for name in ["agreements", "actors", "events"]:
        for row in read_csv(site, name):
            if not (site.path / row["page"] / "index.html").is_file():
                missing.append(row["page"])
    assert missing == []


def test_atom_feeds_parse_newest_first_and_link_to_pages(site, real_data):
    feed = feedparser.parse((site.path / "feeds" / "all.atom").read_bytes())
    assert not feed.bozo, feed.bozo_exception
    assert feed.entries
    updated = [e.updated for e in feed.entries]
    assert updated == sorted(updated, reverse=True)
    for entry in feed.entries:
        assert (site.path / entry.links[0].href / "index.html").is_file(), entry.links[0].href
    kz = feedparser.parse((site.path / "feeds" / "countries" / "kz.atom").read_bytes())
    assert not kz.bozo
    titles = " ".join(e.title for e in kz.entries)
    assert "Kazakhstan" in titles
    assert "cooperation in the mining sector" not in titles  # signed by two ministries of Turkiye and Uzbekistan
    # Kazakhstan's only, the multilateral ones too (the 200 newest: the feed's length, accords.exports.feeds)
    agreements = [e.links[0].href.rstrip("/").rsplit("/", 1)[1] for e in kz.entries if "agreements/" in e.links[0].href]
    assert agreements and all("kazakhstan" in real_data.countries_of_agreement(a) for a in agreements)
    assert any(len(real_data.countries_of_agreement(a)) > 2 for a in agreements)


def test_the_steps_after_signing_have_a_feed_newest_first_by_their_own_dates(site):
    """data/agreements/kyrgyzstan-tajikistan-state-border-treaty-2025.yml: Kyrgyzstan and Tajikistan exchanged the
    instruments of ratification on 31 March 2025 (InfoRos)."""
    feed = feedparser.parse((site.path / "feeds" / "steps-after-signing.atom").read_bytes())
    assert not feed.bozo, feed.bozo_exception
    updated = [e.updated for e in feed.entries]
    assert updated and updated == sorted(updated, reverse=True)
    [exchange] = [e for e in feed.entries if e.title.startswith("Notes exchanged, Kyrgyzstan, Tajikistan: ")
                  and "kyrgyzstan-tajikistan-state-border-treaty-2025" in e.links[0].href]
    assert exchange.updated.startswith("2025-03-31") and "InfoRos" in exchange.summary
    for entry in feed.entries:
        assert (site.path / entry.links[0].href / "index.html").is_file(), entry.links[0].href


def test_feeds_and_calendar_are_announced_in_the_page_head(site):
    head = site.html("countries/kz").select("head link[rel~=alternate]")
    hrefs = {link["href"] for link in head}
    assert {"../../feeds/all.atom", "../../feeds/countries/kz.atom", "../../calendar/planned-events.ics"} <= hrefs


def test_calendar_holds_planned_events_at_their_true_precision(site, real_data):
    calendar = icalendar.Calendar.from_ical((site.path / "calendar" / "planned-events.ics").read_bytes())
    events = {str(e["uid"]).split("@")[0]: e for e in calendar.walk("VEVENT")}
    planned = {i for i, e in real_data.of_type(Event) if e.status is EventStatus.planned and e.date}
    assert set(events) == planned
    for event_id, entry in events.items():
        date = real_data.get(event_id).date
        assert entry.decoded("dtstart") == date.earliest()
        assert (entry.decoded("dtend") - entry.decoded("dtstart")).days == (date.latest() - date.earliest()).days + 1
        if date.precision != "day":
            assert "not announced" in str(entry["summary"])


def test_every_record_page_can_be_cited(site, real_data):
    for page in ["agreements/astana-declaration-2025", "countries/kz", "actors/hakan-fidan"]:
        block = site.html(page).select_one("details.tracker-cite")
        codes = [c.get_text() for c in block.select("pre code")]
        assert codes[0].startswith("Central Asia Cooperation Tracker. (")
        assert codes[1].startswith("@misc{tracker-") and "howpublished" in codes[1]
    numbered = site.html("agreements/astana-declaration-2025").select("article ol li span[id^=source-]")
    assert [s["id"] for s in numbered] == ["source-qazinform-2025-06-17-astana-declaration", "source-newscentralasia-2025-06-20",
                                           "source-times-tengri-2025-12-15"]  # its sources, in its file's order


def test_licences_and_citation_file():
    citation = yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    assert citation["cff-version"] == "1.2.0" and citation["license"] == "CC-BY-4.0" and citation["type"] == "dataset"
    assert "MIT License" in (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert "CC BY 4.0" in (ROOT / "data" / "LICENSE.md").read_text(encoding="utf-8")


def test_api_path_covers_every_record_with_a_page(real_data):
    addresses = Addresses(real_data)
    for path, record_id in addresses.record_pages():
        if not path.startswith("topics/"):
            assert addresses.api(record_id) is not None, record_id


def test_accords_export_writes_what_the_site_publishes(site, tmp_path):
    """The build writes the open data with `accords export` (beside MkDocs); run alone, it gives the same files."""
    out = tmp_path / "out"
    result = subprocess.run(
        [str(BIN / "accords"), "export", "--out", str(out)],
        cwd=ROOT, env={**os.environ, "SOURCE_DATE_EPOCH": LAST_COMMIT_EPOCH}, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert {"data/dataset.json", "api/index.json", "feeds/all.atom", "calendar/planned-events.ics"} <= set(written)
    assert f"wrote {len(written)} files" in result.stdout
    for path in written:
        assert (out / path).read_bytes() == (site.path / path).read_bytes(), path


def test_a_failing_export_fails_the_build_with_its_error(tmp_path, run):  # the build reads git's dates
    """The open data is written in the build's own process (no forked copy that could outlive a failed
    build); an error there fails the build with what went wrong."""
    import dataclasses

    from accords.session import BuildError, Session, Settings

    class FailingExporter:
        def write(self, site_dir):
            raise OSError(f"disk full in {site_dir.name}")

    settings = Settings(project_dir=ROOT, data_dir=ROOT / "tests" / "kinds", docs_dir=ROOT / "docs",
                        shapes=ROOT / "node_modules/world-atlas/countries-110m.json", config_file=ROOT / "mkdocs.yml")
    build = dataclasses.replace(Session().build(settings), exporter=FailingExporter())
    with pytest.raises(BuildError, match="Writing the open data failed: disk full in site"):
        build.write_open_data(tmp_path / "site")


def test_a_build_that_a_broken_template_ends_leaves_nothing_running_or_written(tmp_path, run):
    """An undefined name in a layout fails the build, naming the layout and its line; nothing the build started may
    go on writing (a forked export once wrote 13,350 files after a template error ended the build). `make build`
    builds into build/site-next and throws a failed build's folder away."""
    project = copy_project(tmp_path / "project")
    DataDir(project / "data").copy_real_part("astana-declaration-2025")  # the build's machinery, not all the data (10 s)
    layout = project / "accords" / "layouts" / "agreement.md"
    layout.write_text(layout.read_text(encoding="utf-8") + "\n{{ no_such_macro() }}\n", encoding="utf-8")
    site_dir = tmp_path / "site"
    result = run.build_project(project, site_dir)
    assert result.returncode != 0 and re.search(r"accords/layouts/agreement\.md:\d+: 'no_such_macro' is undefined", result.stderr)
    written = sorted(site_dir.rglob("*"))  # the open data, written before any page
    assert not any(p.suffix == ".html" for p in written)  # no page of the failed build
    time.sleep(1)  # what a leftover process would write in the meantime (the forked export wrote ~2,000 files a second)
    assert sorted(site_dir.rglob("*")) == written
    running = subprocess.run(["ps", "-eo", "args"], capture_output=True, text=True).stdout
    assert str(site_dir) not in running
