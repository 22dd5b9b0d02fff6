"""`accords check` warns about records that are probably one (accords.duplicates)."""

from __future__ import annotations

from conftest import DataDir

from accords.dates import PartialDate
from accords.duplicates import days_apart, probable_duplicates
from accords.lint import warnings
from accords.loader import load_dataset


def duplicates(data_dir) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(d.record_id, d.existing_id, d.matched) for d in probable_duplicates(load_dataset(data_dir.path))]


def test_no_probable_duplicate_in_the_real_data(real_data):
    """(`accords check` prints what probable_duplicates finds: test_cli reads its output on the real data.)"""
    assert [(d.record_id, d.existing_id) for d in probable_duplicates(real_data)] == []


def test_a_new_actor_under_another_spelling_is_reported_on_the_new_file(tmp_path, run):
    # the part of the real data Tokayev and the source are in (the report is of the new file against the record)
    data = DataDir(tmp_path / "data").copy_real_part("kassym-jomart-tokayev", "trend-2026-02-03").path
    (data / "actors" / "kassym-jomart-tokaev.yml").write_text(
        "kind: person\nname: Kassym-Jomart Tokaev\nsources: [trend-2026-02-03]\n", encoding="utf-8")
    result = run.accords("check", "--data", str(data), cwd=tmp_path)
    assert ("data/actors/kassym-jomart-tokaev.yml:1: warning: probably the same as kassym-jomart-tokayev "
            "(data/actors/kassym-jomart-tokayev.yml): name 'Kassym-Jomart Tokaev' and name 'Kassym-Jomart Tokayev' "
            "are one name") in result.stdout
    assert "kassym-jomart-tokayev.yml:1: warning: probably" not in result.stdout  # only the newer file


def test_people_of_one_name_in_two_countries_are_not_reported(data_dir):
    data_dir.minimal()
    data_dir.write("actors/energy-ministry-kz.yml", "kind: government-body\nname: Ministry of Energy\ncountry: kazakhstan\nsources: [report]\n")
    data_dir.write("actors/energy-ministry-uz.yml", "kind: government-body\nname: Ministry of Energy\ncountry: uzbekistan\nsources: [report]\n")
    assert duplicates(data_dir) == []


def test_a_body_spelled_almost_alike_is_reported(data_dir):
    data_dir.minimal()
    data_dir.write("actors/mining-ministry-2.yml", "kind: government-body\nname: Mining Ministery\ncountry: uzbekistan\nsources: [report]\n")
    [(new, old, matched)] = duplicates(data_dir)
    assert (new, old) == ("mining-ministry-2", "mining-ministry")
    assert matched == ("name 'Mining Ministery' and name 'Mining Ministry' are 97% alike",)


AGREEMENT = """
title: {title}
kind: memorandum of understanding
date_signed: {date}
parties: [kazakhstan, uzbekistan]
sources: [report]
"""


def test_an_agreement_recorded_twice_is_reported_with_what_matched(data_dir):
    data_dir.minimal()
    data_dir.write("agreements/critical-minerals-mou.yml", AGREEMENT.format(title="MoU on critical minerals", date="2025-06-11"))
    data_dir.write("agreements/critical-minerals-memorandum.yml",
                   AGREEMENT.format(title="Memorandum of understanding on cooperation in critical minerals", date="2025-06-12"))
    [(new, old, matched)] = duplicates(data_dir)
    assert (new, old) == ("critical-minerals-mou", "critical-minerals-memorandum")  # by id: neither is committed
    assert matched == ("the same parties", "dated 2025-06-11 and 2025-06-12", "titles 100% alike",
                       "both a memorandum of understanding")


def test_agreements_on_different_subjects_signed_together_are_not_reported(data_dir):
    data_dir.minimal()
    data_dir.write("agreements/energy-mou.yml", AGREEMENT.format(title="Memorandum of understanding on energy cooperation", date="2025-06-11"))
    data_dir.write("agreements/tourism-mou.yml", AGREEMENT.format(title="Memorandum of understanding on tourism cooperation", date="2025-06-11"))
    data_dir.write("agreements/energy-mou-2024.yml", AGREEMENT.format(title="Memorandum of understanding on energy cooperation", date="2024-06-11"))
    assert duplicates(data_dir) == []


def test_distinct_from_says_two_alike_records_are_different(data_dir):
    data_dir.minimal()
    data_dir.write("agreements/energy-mou.yml", AGREEMENT.format(title="Energy MoU", date="2025-06-11"))
    data_dir.write("agreements/energy-mou-b.yml", AGREEMENT.format(title="Energy MoU", date="2025-06-11") + "distinct_from: [energy-mou]\n")
    assert duplicates(data_dir) == []
    dataset = load_dataset(data_dir.path)
    # A record linked only by `distinct_from` is still an orphan for the other warnings.
    assert not any("energy-mou.yml" in p.path and "probably" in p.message for p in warnings(dataset))


def test_the_same_meeting_of_a_series_is_reported(data_dir):
    data_dir.minimal()
    data_dir.write("actors/council.yml", "kind: mechanism\nname: Joint Council\nsources: [report]\n")
    event = "name: {name}\nkind: meeting\nstatus: held\ndate: {date}\nseries: council\nnumber: 4\nsources: [report]\n"
    data_dir.write("events/council-4.yml", event.format(name="Fourth meeting of the Joint Council", date="2025-03-02"))
    data_dir.write("events/joint-council-session.yml", event.format(name="Joint Council session in Tashkent", date="2025-03"))
    [(new, old, matched)] = duplicates(data_dir)
    assert {new, old} == {"council-4", "joint-council-session"}
    assert matched == ("dated 2025-03 and 2025-03-02", "meeting 4 of council")


def test_days_apart_of_partial_dates():
    assert days_apart(PartialDate(2025, 6, 11), PartialDate(2025, 6, 14)) == 3
    assert days_apart(PartialDate(2025, 6), PartialDate(2025, 6, 30)) == 0
    assert days_apart(PartialDate(2025, 6), PartialDate(2025, 7, 2)) == 2
    assert days_apart(PartialDate(2024), PartialDate(2025, 1, 1)) == 1

