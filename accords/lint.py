"""Softer problems: not wrong, but worth a reviewer's look (`accords check`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from . import lifecycle
from .dataset import Dataset
from .duplicates import probable_duplicates
from .model import (
    FIRSTHAND_PUBLISHERS,
    SECOND_HAND_PUBLISHERS,
    Actor,
    ActorKind,
    Agreement,
    AgreementStatus,
    Country,
    Event,
    Project,
    Source,
    Topic,
    iter_references,
)
from .problems import Problem

# How long after an event a report of it counts as a report of its signings, for the relay-only warning.
REPORT_DAYS = 14

# Fields through which an actor takes part in an agreement (a parliament by voting on its ratification).
SIGNING_FIELDS = ("parties", "signatories.person", "signatories.on_behalf_of", "witnesses", "status_history.by", "status_history.chamber")


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
        found += lifecycle.problems(dataset, record)
        found += _taken_from_the_event(dataset, record)
    if isinstance(record, Agreement | Event):
        found += _second_hand_only(dataset, record_id, record)
    if isinstance(record, Actor) and record.kind in (ActorKind.person, ActorKind.government_body, ActorKind.company):
        if not any(link.field in SIGNING_FIELDS for link in dataset.backlinks(record_id)):
            found.append(("this actor signed nothing recorded here", None))
    if isinstance(record, Event) and dataset.plan_passed(record_id, today):
        found.append((f"planned event dated {record.date} has passed, and no later report is recorded",
                       "search for a report of it: set status: held (or cancelled) and cite it; the site shows it as planned as of its "
                       "last report, with no later report found"))
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
    untagged = [s for s in dataset.sectors_named_in(agreement.title) if s not in agreement.sectors]
    if untagged:
        found.append((f"the title names the sector{'s' if len(untagged) > 1 else ''} {', '.join(untagged)}, not among its sectors",
                      f"add it to `sectors` (sectors: [{', '.join([*agreement.sectors, *untagged])}]), or, if the title means "
                      "something else by the word, leave it"))
    if agreement.status is not AgreementStatus.planned and not agreement.date_signed and agreement.event:
        # Signed at an event that, by its own date, began after every report of the agreement: the event or a source may be wrong.
        event_date = dataset.event(agreement.event).date
        published = [dataset.source(s).date for s in agreement.sources]
        if event_date and published and event_date.earliest() > max(d.latest() for d in published):
            found.append((f"signed at {agreement.event}, dated {event_date}, after its latest source was published "
                          f"({max(published, key=lambda d: d.latest())})", "check the event, or give the signing its own date_signed"))
    return found


def _taken_from_the_event(dataset: Dataset, agreement: Agreement) -> list[Warning]:
    """A date or place equal to the event's, while the record shares no source with the event: probably copied
    from the event's sources, which the record does not cite."""
    if not agreement.event:
        return []
    event = dataset.event(agreement.event)
    if set(agreement.sources) & set(event.sources):
        return []
    found: list[Warning] = []
    cite = ", ".join(event.sources)
    if agreement.place and event.place and agreement.place.casefold() == event.place.casefold():
        found.append((f"place '{agreement.place}' is the event's, and no source of the event is cited here",
                      f"if this record's sources do not name it, remove `place` (the page shows the event's place as such), or cite {cite}"))
    # A report of the day or the day after dates what it reports ("today", "on Thursday"); a later one may not.
    same_day = agreement.date_signed is not None and any(
        0 <= (dataset.source(s).date.earliest() - agreement.date_signed.latest()).days <= 1 for s in agreement.sources)
    if agreement.date_signed and event.date and agreement.date_signed == event.date and not event.end_date and not same_day:
        found.append((f"date {agreement.date_signed} is the event's, and no source of the event is cited here",
                      f"if this record's sources do not date it, remove `date_signed` (the page dates it during the event), or cite {cite}"))
    return found


def _second_hand_only(dataset: Dataset, record_id: str, record: Agreement | Event) -> list[Warning]:
    """Every source a relay or an aggregator, while an official or agency report of the same event is cited
    elsewhere in the data (by the event, or by a record of the same event)."""
    if not record.sources or any(dataset.publisher_kind(s) not in SECOND_HAND_PUBLISHERS for s in record.sources):
        return []
    event_id = record_id if isinstance(record, Event) else record.event
    if event_id is None:
        return []
    same_event = [event_id, *(link.source_id for link in dataset.backlinks(event_id) if link.field == "event")]
    event_date = dataset.event(event_id).date
    firsthand = sorted({s for i in same_event for s in dataset.get(i).sources
                        if dataset.publisher_kind(s) in FIRSTHAND_PUBLISHERS
                        and (event_date is None or (dataset.source(s).date.earliest() - event_date.latest()).days <= REPORT_DAYS)}
                       - set(record.sources))
    if not firsthand:
        return []
    return [(f"every source is a relay or an aggregator ({', '.join(record.sources)}), while an official or agency report of "
             f"the same event is cited elsewhere: {', '.join(firsthand)}",
             "cite the official or agency report first, if it reports this; check the record's claims against it")]
