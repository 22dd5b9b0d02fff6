"""What happened to an agreement after its signing, party by party (issue 27): each state's steps towards ratification,
entry into force for a party or for all, suspension and termination, as the record's `status_history` gives them, and
what they add up to. Nothing is inferred: a state with no step has "no report of ratification", never "awaiting"."""

from __future__ import annotations

from dataclasses import dataclass

from .dataset import Dataset
from .dates import PartialDate
from .model import Agreement, AgreementKind, AgreementStatus, Ratification, Stage, StatusChange

# The stages that complete one state's ratification ("ratified", without a stage, as older records say it).
RATIFYING = frozenset({Stage.law_signed, Stage.instrument_deposited, Stage.notes_exchanged})
ENDING = (Stage.terminated, Stage.suspended)
# Documents states ratify, where they ratify any: only for these does a page say "no report of ratification".
RATIFIED_KINDS = frozenset({AgreementKind.treaty, AgreementKind.agreement, AgreementKind.protocol, AgreementKind.charter})


@dataclass(frozen=True)
class PartyLifecycle:
    """One state party: its steps, oldest first, and whether its ratification and entry into force are reported."""

    party: str
    steps: tuple[StatusChange, ...]
    ratified: StatusChange | None  # the step that completed its ratification
    in_force: StatusChange | None  # in force for it (its own step, or one for every party)

    @property
    def standing(self) -> str:
        """Where it stands: in force (for it), ratified, reported (steps short of ratification) or no report."""
        return "in force" if self.in_force else "ratified" if self.ratified else "reported" if self.steps else "no report"


@dataclass(frozen=True)
class Lifecycle:
    signed: PartialDate | None
    parties: tuple[PartyLifecycle, ...]  # the state parties, as the record lists them
    in_force_for_all: StatusChange | None
    ended: StatusChange | None  # terminated or suspended for every party
    ratification: Ratification | None

    @property
    def status(self) -> str:
        """What the steps add up to: terminated, suspended, in force, ratified (by every state party), ratified by some,
        or nothing after the signing ('' then: the record's own status stands)."""
        if self.ended is not None:
            return self.ended.status.value
        if self.in_force_for_all is not None or (self.parties and all(p.in_force for p in self.parties)):
            return AgreementStatus.in_force.value
        if self.parties and all(p.ratified for p in self.parties):
            return AgreementStatus.ratified.value
        if any(p.ratified for p in self.parties):
            return "ratified by some parties"
        return ""


# What the explorer's "After signing" filter offers, in this order.
SUMMARIES = ("in force", "ratified by every party", "ratified by some parties", "steps reported, not ratified", "no report of ratification",
             "needs no ratification", "terminated", "suspended")


def summary(life: Lifecycle) -> str:
    """One of SUMMARIES: what the steps after the signing add up to, as a filter offers it."""
    status = life.status
    if status in ("in force", "terminated", "suspended", "ratified by some parties"):
        return status
    if status == "ratified":
        return "ratified by every party"
    if any(p.steps for p in life.parties):
        return "steps reported, not ratified"
    return "needs no ratification" if life.ratification is Ratification.not_required else "no report of ratification"


def of(dataset: Dataset, agreement: Agreement) -> Lifecycle:
    """The agreement's lifecycle from its history; a step `by` a body (a parliament, a ministry) is its state's."""
    states = [p for p in agreement.parties if dataset.kind(p) == "country"]
    for_all = [c for c in agreement.status_history if not c.by and (c.stage in (Stage.in_force, *ENDING) or c.stage is None and c.status in (
        AgreementStatus.in_force, AgreementStatus.suspended, AgreementStatus.terminated))]
    in_force_for_all = next((c for c in reversed(for_all) if c.status is AgreementStatus.in_force), None)
    parties = []
    for state in states:
        steps = tuple(c for c in agreement.status_history if _after_signing(c) and c.by and state in {_state(dataset, b) for b in c.by})
        ratified = next((c for c in reversed(steps) if c.stage in RATIFYING or c.stage is None and c.status is AgreementStatus.ratified), None)
        own_force = next((c for c in reversed(steps) if c.stage is Stage.in_force or c.stage is None and c.status is AgreementStatus.in_force), None)
        parties.append(PartyLifecycle(state, steps, ratified, own_force or in_force_for_all))
    return Lifecycle(
        signed=agreement.date_signed,
        parties=tuple(parties),
        in_force_for_all=in_force_for_all,
        ended=next((c for c in reversed(for_all) if c.status in (AgreementStatus.suspended, AgreementStatus.terminated)), None),
        ratification=agreement.ratification)


def _after_signing(change: StatusChange) -> bool:
    """A step of the document's life after its signing: one with a stage, or a ratification, entry into force,
    suspension or termination as older records give them (not an approval or initialling that stood for a signing)."""
    return change.stage is not None or change.status in (AgreementStatus.ratified, AgreementStatus.in_force, AgreementStatus.suspended,
                                                         AgreementStatus.terminated)


def shown(agreement: Agreement, life: Lifecycle) -> bool:
    """Whether a page shows the lifecycle: a treaty, agreement, protocol or charter (documents that are ratified, where
    any are) signed by states, or any document with a step after its signing."""
    return bool(life.parties) and (any(p.steps for p in life.parties) or life.in_force_for_all is not None or life.ended is not None or (
        agreement.kind in RATIFIED_KINDS and agreement.status in (AgreementStatus.signed, AgreementStatus.ratified, AgreementStatus.in_force)))


def shown_of(dataset: Dataset, agreement: Agreement) -> Lifecycle | None:
    """The agreement's lifecycle where the site shows one (`shown`), else None: what pages, the explorer and the tables ask."""
    life = of(dataset, agreement)
    return life if shown(agreement, life) else None


def step_label(dataset: Dataset, change: StatusChange) -> str:
    """A step in a few words, as the timeline and the feed title it: "Chamber vote (Jogorku Kenesh), Kyrgyzstan"."""
    stage = change.stage.value if change.stage else change.status.value
    chamber = f" ({dataset.name(change.chamber)})" if change.chamber else ""
    return f"{stage.capitalize()}{chamber}, {', '.join(dataset.name(b) for b in change.by) or 'every party'}"


def _state(dataset: Dataset, actor: str) -> str | None:
    """The state an actor acts for: a country is itself; a parliament, ministry or person is its country's."""
    return actor if dataset.kind(actor) == "country" else dataset.country_of(actor)


def problems(dataset: Dataset, agreement: Agreement) -> list[tuple[str, str]]:
    """What `accords check` asks a reviewer to look at (message, hint): a step dated before the signing, a step by a
    state that is not a party, entry into force for every party before each ratification where all are required, and
    a `status` the steps do not bear out."""
    found: list[tuple[str, str]] = []
    states = {p for p in agreement.parties if dataset.kind(p) == "country"} | {
        c for p in agreement.parties if (c := dataset.country_of(p))}
    signed = agreement.date_signed
    steps = [(index, change, change.stage) for index, change in enumerate(agreement.status_history) if change.stage is not None]
    for index, change, stage in steps:
        if signed is not None and change.date is not None and change.date.latest() < signed.earliest():
            found.append((f"status_history[{index}] ({stage.value}, {change.date}) is dated before the signing ({signed})",
                          "check both dates against their sources"))
    for index, change, stage in steps:
        outside = [b for b in change.by if _state(dataset, b) not in states]
        if outside:
            found.append((f"status_history[{index}] ({stage.value}) is by {', '.join(outside)}, which is not a party nor a party's body",
                          "a step belongs to a state that signed the document: check `by` and `parties`"))
    life = of(dataset, agreement)
    if agreement.ratification is Ratification.required_of_every_party and life.in_force_for_all is not None:
        force = life.in_force_for_all.date
        missing = [p.party for p in life.parties if p.ratified is None]
        later = [p.party for p in life.parties if p.ratified is not None and force is not None and p.ratified.date is not None
                 and p.ratified.date.earliest() > force.latest()]
        if missing or later:
            found.append((f"in force for every party{f' on {force}' if force else ''}, but the ratification of "
                          f"{', '.join(missing + later)} is {'not recorded' if missing else 'recorded later'}, while every party's is required",
                          "add the ratification steps the sources give, or check the date of entry into force"))
    if agreement.status is AgreementStatus.ratified and life.status == "ratified by some parties":
        waiting = [dataset.name(p.party) for p in life.parties if p.ratified is None]
        found.append((f"status 'ratified', while the steps record no ratification by {', '.join(waiting)}",
                      "set `status: signed` (the page shows each state's steps, and 'ratified by some parties'), or add the "
                      "missing ratifications the sources give"))
    if agreement.status in (AgreementStatus.ratified, AgreementStatus.in_force) and life.parties and not life.status:
        found.append((f"status '{agreement.status.value}', while no step says which party ratified it or for whom it is in force",
                      "give the step's `by` (the state that ratified it; none for in force for every party) and, where the "
                      "source says, its `stage`"))
    return found


def text(dataset: Dataset, life: Lifecycle) -> str:
    """The lifecycle in a line: "ratified by Kyrgyzstan (2 December 2024); no report of ratification by Kazakhstan"."""
    if life.ended is not None:
        return f"{life.ended.status.value}{_on(life.ended.date)}"
    if life.in_force_for_all is not None:
        return f"in force{_on(life.in_force_for_all.date)}"
    if life.ratification is Ratification.not_required:
        return "needs no ratification, as its sources say"
    parts = []
    for party in life.parties:
        name = dataset.name(party.party)
        if party.in_force is not None:
            parts.append(f"in force for {name}{_on(party.in_force.date)}")
        elif party.ratified is not None:
            parts.append(f"ratified by {name}{_on(party.ratified.date)}")
        elif party.steps:
            last = party.steps[-1]
            what = f"passed by {dataset.name(last.chamber)}" if last.stage is Stage.chamber_vote and last.chamber else (
                last.stage.value if last.stage else last.status.value)
            parts.append(f"{name}: {what}{_on(last.date)}, ratification not reported as complete")
        else:
            parts.append(f"no report of ratification by {name}")
    return "; ".join(parts)


def _on(date: PartialDate | None) -> str:
    return f" ({date.display()})" if date is not None else ""
