"""Softer problems: not wrong, but worth a reviewer's look (`accords check`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from .dataset import Dataset
from .duplicates import probable_duplicates
from .model import Actor, ActorKind, Agreement, AgreementStatus, Country, Event, EventStatus, Project, Source, Topic, iter_references
from .problems import Problem

# Fields through which an actor takes part in an agreement.
SIGNING_FIELDS = ("parties", "signatories.person", "signatories.on_behalf_of", "witnesses")


def links_out(dataset: Dataset, record: object) -> bool:
    """An event or project that refers to records of its own (a council, the people who chaired it, the
    agreements behind a plant) is connected, even where nothing refers to it."""
    if not isinstance(record, Event | Project):
        return False
    return any(not isinstance(dataset.get(target), Country | Topic | Source)
               for loc, target, _ in iter_references(record) if loc[0] not in ("distinct_from", "sources"))


def warnings(dataset: Dataset, today: dt.date | None = None, order: Callable[[str], object] | None = None) -> list[Problem]:
    """Every warning; `order` sorts records older first, so that a probable duplicate is reported on
    the newer of the two (default: by id)."""
    today = today or dt.date.today()
    found: list[Problem] = []
    for record_id, record in dataset.records.items():
        for message, hint in _record_warnings(dataset, record_id, record, today):
            found.append(Problem(dataset.data_path(record_id), message, line=1, hint=hint, severity="warning"))
    for duplicate in probable_duplicates(dataset, order=order):
        found.append(Problem(dataset.data_path(duplicate.record_id), f"probably the same as {duplicate.existing_id} "
                             f"({dataset.data_path(duplicate.existing_id)}): " + "; ".join(duplicate.matched), line=1, severity="warning",
                             hint="keep one record (the other spelling as an alias, the removed id in `former_ids`), or, if the sources "
                                  f"show two, add `distinct_from: [{duplicate.existing_id}]`"))
    return sorted(found, key=Problem.sort_key)


Warning = tuple[str, str | None]  # message, hint


def _record_warnings(dataset: Dataset, record_id: str, record: object, today: dt.date) -> list[Warning]:
    """What a reviewer should look at in one record."""
    linked = any(link.field != "distinct_from" for link in dataset.backlinks(record_id)) or links_out(dataset, record)
    found: list[Warning] = []
    if isinstance(record, Actor | Event | Project) and not linked:
        found.append(("no other record refers to this one", "link it from an agreement, event or project, or remove it"))
    if isinstance(record, Topic) and not linked:
        found.append(("no record is tagged with this topic", None))
    if isinstance(record, Source):
        found += _source_warnings(record, linked)
    if isinstance(record, Agreement):
        found += _agreement_warnings(dataset, record)
    if isinstance(record, Actor) and record.kind in (ActorKind.person, ActorKind.government_body, ActorKind.company):
        if not any(link.field in SIGNING_FIELDS for link in dataset.backlinks(record_id)):
            found.append(("this actor signed nothing recorded here", None))
    if isinstance(record, Event) and record.status is EventStatus.planned and record.date and record.date.latest() < today:
        found.append((f"planned event dated {record.date} has passed", "set status: held (or cancelled) and cite a source"))
    return found


def _source_warnings(source: Source, linked: bool) -> list[Warning]:
    found: list[Warning] = [] if linked else [("no record cites this source", None)]
    if not source.url:
        found.append(("source has no URL", "add `url:` if the publication is online (never a guessed address)"))
    return found


def _agreement_warnings(dataset: Dataset, agreement: Agreement) -> list[Warning]:
    found: list[Warning] = []
    if not agreement.summary:
        found.append(("agreement has no summary", "one or two sentences on what it covers, from the sources"))
    if agreement.status is not AgreementStatus.planned and not agreement.date_signed and agreement.event:
        # Signed at an event that, by its own date, began after every report of the agreement: the event or a source may be wrong.
        event_date = dataset.event(agreement.event).date
        published = [dataset.source(s).date for s in agreement.sources]
        if event_date and published and event_date.earliest() > max(d.latest() for d in published):
            found.append((f"signed at {agreement.event}, dated {event_date}, after its latest source was published "
                          f"({max(published, key=lambda d: d.latest())})", "check the event, or give the signing its own date_signed"))
    return found
