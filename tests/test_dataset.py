"""The Dataset's queries on small datasets written by hand, each answer worked out by hand (unit tier)."""

from __future__ import annotations

import datetime as dt

from accords.loader import load_dataset
from accords.model import Agreement

TODAY = dt.date(2026, 12, 1)


def agreement(data_dir, name: str, parties: str, date: str | None = None, extra: str = "") -> None:
    data_dir.write(f"agreements/{name}.yml", f"title: {name}\nkind: agreement\nparties: [{parties}]\n"
                   + (f"date_signed: {date}\n" if date else "") + extra + "sources: [report]\n")


def three_countries(data_dir):
    data_dir.write("sources/report.yml", "publisher: example-wire\ndate: 2026\n")
    for record_id, iso2 in (("kazakhstan", "KZ"), ("uzbekistan", "UZ"), ("tajikistan", "TJ")):
        data_dir.write(f"countries/{record_id}.yml", f"iso2: {iso2}\nsources: [report]\n")
    return data_dir


def test_an_actor_belongs_to_the_country_of_its_parent_or_of_the_body_it_works_for(data_dir):
    three_countries(data_dir)
    data_dir.write("actors/ministry.yml", "kind: government-body\nname: Ministry of Water\ncountry: tajikistan\nsources: [report]\n")
    data_dir.write("actors/agency.yml", "kind: government-body\nname: Water Agency\nparent: ministry\nsources: [report]\n")
    data_dir.write("actors/director.yml", "kind: person\nname: A. Director\npositions:\n  - office: Director\n"
                   "    body: agency\n    sources: [report]\nsources: [report]\n")
    agreement(data_dir, "water-plan", "agency, uzbekistan")
    dataset = load_dataset(data_dir.path, today=TODAY)
    assert [dataset.country_of(i) for i in ("ministry", "agency", "director", "uzbekistan")] == [
        "tajikistan", "tajikistan", "tajikistan", "uzbekistan"]
    assert dataset.countries_of_agreement("water-plan") == ["tajikistan", "uzbekistan"]
    assert dataset.agreements_of("tajikistan") == ["water-plan"]  # through the agency's parent


def test_partners_count_shared_agreements_most_first_then_by_name(data_dir):
    three_countries(data_dir)
    agreement(data_dir, "a", "kazakhstan, uzbekistan")
    agreement(data_dir, "b", "kazakhstan, uzbekistan, tajikistan")
    agreement(data_dir, "c", "kazakhstan, tajikistan")
    agreement(data_dir, "d", "uzbekistan, tajikistan")
    dataset = load_dataset(data_dir.path, today=TODAY)
    assert dataset.partners_of("kazakhstan") == [("tajikistan", 2), ("uzbekistan", 2)]  # a tie: Tajikistan < Uzbekistan
    assert dataset.partners_of("uzbekistan") == [("kazakhstan", 2), ("tajikistan", 2)]


def test_partial_dates_sort_newest_first_the_more_precise_first_within_a_period_and_undated_last(data_dir):
    three_countries(data_dir)
    for name, date in (("year-only", "2024"), ("month", "2024-05"), ("day", "2024-05-03"), ("later", "2024-11-30"),
                       ("earlier", "2023-12"), ("undated", None)):
        agreement(data_dir, name, "kazakhstan, uzbekistan", date)
    dataset = load_dataset(data_dir.path, today=TODAY)
    assert dataset.by_date(dataset.ids_of_type(Agreement)) == ["later", "day", "month", "year-only", "earlier", "undated"]


def test_an_agreement_without_its_own_date_takes_its_events_and_says_so(data_dir):
    three_countries(data_dir)
    data_dir.write("events/summit.yml", "name: A summit\nkind: summit\nstatus: held\ndate: 2025-06\nsources: [report]\n")
    agreement(data_dir, "at-summit", "kazakhstan, uzbekistan", extra="event: summit\n")
    dataset = load_dataset(data_dir.path, today=TODAY)
    date, from_event = dataset.date_of("at-summit")
    assert (str(date), from_event) == ("2025-06", True)


def test_a_topic_finds_what_is_tagged_with_a_narrower_topic(data_dir):
    three_countries(data_dir)
    data_dir.write("topics/mining.yml", "kind: sector\nname: Mining\n")
    data_dir.write("topics/gold-mining.yml", "kind: sector\nname: Gold mining\nparent: mining\n")
    agreement(data_dir, "gold", "kazakhstan, uzbekistan", "2025", "sectors: [gold-mining]\n")
    agreement(data_dir, "mines", "kazakhstan, tajikistan", "2024", "sectors: [mining]\n")
    agreement(data_dir, "untagged", "uzbekistan, tajikistan", "2026")
    dataset = load_dataset(data_dir.path, today=TODAY)
    assert dataset.narrower_topics("mining") == ["gold-mining"]
    assert dataset.tagged("mining", Agreement) == ["gold", "mines"]
    assert dataset.tagged("gold-mining", Agreement) == ["gold"]


def test_related_agreements_are_seen_from_both_ends(data_dir):
    three_countries(data_dir)
    agreement(data_dir, "programme", "kazakhstan, uzbekistan", "2022")
    agreement(data_dir, "plan", "kazakhstan, uzbekistan", "2024",
              "related:\n  - kind: implements\n    agreement: programme\n")
    dataset = load_dataset(data_dir.path, today=TODAY)
    assert dataset.related_agreements("plan") == [("outgoing", "implements", "programme")]
    assert dataset.related_agreements("programme") == [("incoming", "implements", "plan")]
