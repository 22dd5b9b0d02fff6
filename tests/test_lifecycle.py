"""After the signing, party by party (issue 27): each state's steps, what they add up to, and what `accords check` asks a
reviewer to look at. Fictional records; the expected values are written by hand."""

from __future__ import annotations

import pytest

from accords import lifecycle
from accords.lint import warnings
from accords.loader import DataError, load_dataset

pytestmark = pytest.mark.unit

TREATY = """
    title: Treaty on allied relations
    kind: treaty
    date_signed: 2024-04-19
    parties: [kazakhstan, uzbekistan]
    status: ratified
    status_history:
      - status: approved
        verb: adopted by the Senate
        stage: chamber vote
        by: [uzbekistan]
        chamber: senate
        date: 2024-10-30
        sources: [report]
      - status: ratified
        verb: the President signed the law on its ratification
        stage: law signed
        by: [uzbekistan]
        law: No. 17
        date: 2024-12-02
        sources: [report]
    sources: [report]
    """
IN_FORCE = """
      - status: in force
        verb: entered into force
        stage: in force
        date: {date}
        sources: [report]
"""


def with_force(treaty: str, date: str) -> str:
    """The treaty with a last step: in force for every party."""
    head, tail = treaty.rsplit("    sources: [report]\n", 1)
    return head + IN_FORCE.format(date=date).lstrip("\n") + "    sources: [report]\n" + tail


def dataset_with(data_dir, *records: tuple[str, str]):
    data_dir.minimal()
    data_dir.write("actors/senate.yml", "kind: government-body\nname: Senate\ncountry: uzbekistan\nsources: [report]\n")
    data_dir.write("countries/china.yml", "iso2: CN\nsources: [report]\n")
    for path, text in records:
        data_dir.write(path, text)
    return load_dataset(data_dir.path)


def test_a_bilateral_treaty_ratified_by_one_party_is_ratified_by_it_and_unreported_for_the_other(data_dir):
    dataset = dataset_with(data_dir, ("agreements/treaty.yml", TREATY))
    life = lifecycle.of(dataset, dataset.get("treaty"))
    assert [(p.party, p.ratified is not None, len(p.steps)) for p in life.parties] == [("kazakhstan", False, 0), ("uzbekistan", True, 2)]
    assert life.status == "ratified by some parties"
    assert lifecycle.text(dataset, life) == "no report of ratification by Kazakhstan; ratified by Uzbekistan (2 December 2024)"


def test_entry_into_force_for_every_party_and_a_memorandum_that_needs_no_ratification(data_dir):
    in_force = with_force(TREATY, "2025-01-10")
    memorandum = """
    title: Memorandum on water
    kind: memorandum of understanding
    date_signed: 2024-04-19
    parties: [kazakhstan, uzbekistan]
    ratification: not required
    sources: [report]
    """
    dataset = dataset_with(data_dir, ("agreements/treaty.yml", in_force.replace("status: ratified\n", "status: in force\n", 1)),
                           ("agreements/memorandum.yml", memorandum))
    life = lifecycle.of(dataset, dataset.get("treaty"))
    assert (life.status, lifecycle.text(dataset, life)) == ("in force", "in force (10 January 2025)")
    memo = lifecycle.of(dataset, dataset.get("memorandum"))
    assert (memo.status, lifecycle.shown(dataset.get("memorandum"), memo), lifecycle.text(dataset, memo)) == (
        "", False, "needs no ratification, as its sources say")


def test_check_asks_about_a_step_by_a_non_party_before_the_signing_and_force_before_every_ratification(data_dir):
    treaty = TREATY.replace("by: [uzbekistan]\n        chamber: senate\n        date: 2024-10-30",
                            "by: [china]\n        chamber: senate\n        date: 2024-03-30")
    treaty = treaty.replace("    status: ratified\n", "    ratification: required of every party\n    status: in force\n", 1)
    treaty = with_force(treaty, "2024-12-20")
    dataset = dataset_with(data_dir, ("agreements/treaty.yml", treaty))
    found = [p.message for p in warnings(dataset) if str(p.path).endswith("treaty.yml") and p.message != "agreement has no summary"]
    assert found == [
        "status_history[0] (chamber vote, 2024-03-30) is dated before the signing (2024-04-19)",
        "status_history[0] (chamber vote) is by china, which is not a party nor a party's body",
        "in force for every party on 2024-12-20, but the ratification of kazakhstan is not recorded, while every party's is required",
    ]


@pytest.mark.parametrize(("change", "message"), [
    ("chamber: senate\n", "stage 'chamber vote' needs `chamber`"),
    ("stage: law signed\n", "stage 'law signed' goes with status 'ratified', not 'approved'"),
])
def test_a_step_that_does_not_fit_its_stage_is_refused(data_dir, change, message):
    broken = TREATY.replace(f"        {change}", "", 1) if change.startswith("chamber") else TREATY.replace(
        "stage: chamber vote\n", change, 1)
    with pytest.raises(DataError, match=message.replace("(", r"\(").replace(")", r"\)")):
        dataset_with(data_dir, ("agreements/treaty.yml", broken))
