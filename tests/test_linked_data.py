"""Linked data and link previews: schema.org JSON-LD in every page's head, read back with extruct; Open Graph
and Twitter meta (accords.linked_data, overrides/main.html)."""

from __future__ import annotations

import json

from accords.linked_data import script_json


def json_ld_items(html: str) -> list[dict]:
    """The JSON-LD items of a page, as extruct reads them."""
    import extruct  # here, not at the top: the unit tier collects this module without needing it

    return extruct.extract(html, syntaxes=["json-ld"], uniform=False)["json-ld"]


def json_ld(site, page: str) -> list[dict]:
    return json_ld_items((site.path / page / "index.html").read_text(encoding="utf-8"))


def test_every_page_carries_one_schema_org_item_with_its_type_name_and_address(site):
    pages = sorted(p for p in site.path.rglob("index.html") if "meta http-equiv" not in p.read_text(encoding="utf-8")[:2000])
    assert len(pages) > 400
    for path in pages:
        items = json_ld_items(path.read_text(encoding="utf-8"))
        page = path.relative_to(site.path).parent.as_posix()
        assert len(items) == 1, page
        assert items[0]["@context"] == "https://schema.org", page
        assert items[0]["@type"] and items[0]["name"] and items[0]["url"], page


def test_an_agreement_is_legislation_dated_at_the_precision_of_its_sources(site):
    [item] = json_ld(site, "agreements/kyrgyzstan-china-new-era-partnership-declaration-2023")
    assert item["@type"] == "Legislation"
    assert item["name"] == ("Joint Declaration of the Kyrgyz Republic and the People’s Republic of China on Establishing a "
                            "Comprehensive Strategic Partnership in the New Era")
    assert item["url"] == "./"
    assert item["legislationDate"] == "2023-05"  # a month, as the record says: never padded to a day
    assert item["legislationType"] == "declaration"
    assert [p["name"] for p in item["legislationPassedBy"]] == ["Kyrgyzstan", "China"]
    assert item["legislationPassedBy"][0]["url"] == "../../countries/kg/"
    assert "legislationLegalForce" not in item  # status "signed" says nothing about force
    # Each source names its publisher, a record of its own with its page.
    assert [(s["publisher"]["name"], s["publisher"]["url"]) for s in item["isBasedOn"]] == [
        ("Business Turkmenistan Information Centre (nCa)", "../../publishers/newscentralasia/"),
        ("America Times", "../../publishers/america-times/")]
    assert item["isBasedOn"][1]["datePublished"] == "2023-05-18"


def test_a_country_carries_its_codes_and_names_in_its_languages(site):
    [item] = json_ld(site, "countries/kz")
    assert item["@type"] == "Country" and item["name"] == "Kazakhstan"
    assert {"@value": "Қазақстан", "@language": "kk"} in item["alternateName"]
    assert {"@value": "Казахстан", "@language": "ru"} in item["alternateName"]
    assert "Republic of Kazakhstan" in item["alternateName"]
    assert {(i["propertyID"], i["value"]) for i in item["identifier"]} == {("ISO 3166-1 alpha-2", "KZ"), ("ISO 3166-1 alpha-3", "KAZ")}


def test_the_open_data_page_is_a_dataset_with_its_downloads_and_licence(site):
    [item] = json_ld(site, "data")
    assert item["@type"] == "Dataset"
    assert item["license"] == "https://creativecommons.org/licenses/by/4.0/"
    assert item["creator"]["name"] == "Central Asia Cooperation Tracker"
    downloads = {d["contentUrl"]: d["encodingFormat"] for d in item["distribution"]}
    assert downloads["dataset.json"] == "application/json"
    assert downloads["agreements.csv"] == "text/csv"
    assert downloads["schemas/agreements.schema.json"] == "application/schema+json"
    for address in downloads:  # each resolves to a published file
        assert (site.path / "data" / address).is_file(), address


def test_shared_links_show_a_card_with_the_pages_title_and_description(site):
    head = site.html("agreements/kyrgyzstan-china-new-era-partnership-declaration-2023").head
    meta = {m.get("property") or m.get("name"): m["content"] for m in head.select("meta[content]")}
    assert meta["og:title"] == meta["twitter:title"] == ("Joint Declaration of the Kyrgyz Republic and the People’s Republic of China "
                                                         "on Establishing a Comprehensive Strategic Partnership in the New Era")
    description = "Declaration, signed 2023-05; parties: Kyrgyzstan, China."
    assert meta["description"] == meta["og:description"] == meta["twitter:description"] == description
    assert meta["twitter:card"] == "summary" and meta["og:site_name"] == "Central Asia Cooperation Tracker"


def test_text_from_the_data_cannot_end_the_script_element():
    text = 'Pact </script><script>alert(1)</script> <!-- & "quoted"'
    written = script_json({"name": text})
    assert "<" not in written and ">" not in written and "&" not in written
    assert json.loads(written) == {"name": text}
