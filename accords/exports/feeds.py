"""Atom feeds of the records added or changed (feeds/all.atom, and one per record kind that has a feed:
each country's), from the git history of the record files; and of the steps after the agreements' signing
(feeds/steps-after-signing.atom), by the steps' own dates."""

from __future__ import annotations

import datetime as dt
import functools
import uuid
from collections.abc import Callable
from xml.etree import ElementTree as ET

from .. import lifecycle
from ..addresses import ALL_FEED, STEPS_FEED, page_url
from ..history import FileHistory
from ..kinds import kind_of
from .context import TITLE, ExportContext, Output

FEED_LIMIT = 200
ATOM = "{http://www.w3.org/2005/Atom}"


def entries(ctx: ExportContext, keep: Callable[[str], bool] = lambda _: True) -> list[tuple[FileHistory, str]]:
    """Records of the kinds that say so (accords.kinds: `changes_feed`) with a git history, most recently changed first."""
    found = []
    for record_id, record in ctx.data.records.items():
        history = ctx.history(record_id)
        if history and kind_of(record).changes_feed and keep(record_id):
            found.append((history, record_id))
    found.sort(key=lambda e: (e[0].changed, e[0].added, e[1]), reverse=True)
    return found[:FEED_LIMIT]


def _feed(ctx: ExportContext, path: str, title: str, updated: dt.date) -> ET.Element:
    """An Atom feed's head: title, id, links, author and rights."""
    ET.register_namespace("", "http://www.w3.org/2005/Atom")
    feed = ET.Element(f"{ATOM}feed")
    if not ctx.site_url:
        # Links are relative to the site root; the feed file sits `depth` folders below it.
        feed.set("{http://www.w3.org/XML/1998/namespace}base", "../" * path.count("/"))
    ET.SubElement(feed, f"{ATOM}title").text = title
    ET.SubElement(feed, f"{ATOM}id").text = _id(ctx, path)
    ET.SubElement(feed, f"{ATOM}updated").text = _timestamp(updated)
    ET.SubElement(feed, f"{ATOM}link", rel="self", href=ctx.link(path))
    ET.SubElement(feed, f"{ATOM}link", rel="alternate", href=ctx.link(""))
    author = ET.SubElement(feed, f"{ATOM}author")
    ET.SubElement(author, f"{ATOM}name").text = f"{TITLE} contributors"
    ET.SubElement(feed, f"{ATOM}rights").text = "Data: CC BY 4.0"
    return feed


def _written(feed: ET.Element) -> str:
    ET.indent(feed)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="unicode") + "\n"


def atom(ctx: ExportContext, path: str, title: str, items: list[tuple[FileHistory, str]]) -> str:
    feed = _feed(ctx, path, title, max((h.changed for h, _ in items), default=ctx.build_date))
    for history, record_id in items:
        entry = ET.SubElement(feed, f"{ATOM}entry")
        kind = ctx.data.kind(record_id).replace("-", " ").capitalize()
        ET.SubElement(entry, f"{ATOM}title").text = f"{kind}: {ctx.data.name(record_id)}"
        ET.SubElement(entry, f"{ATOM}id").text = _id(ctx, page_url(ctx.addresses.page(record_id)))
        ET.SubElement(entry, f"{ATOM}link", rel="alternate", href=ctx.page(record_id))
        ET.SubElement(entry, f"{ATOM}published").text = _timestamp(history.added)
        ET.SubElement(entry, f"{ATOM}updated").text = _timestamp(history.changed)
        date, _ = ctx.data.date_of(record_id)
        status = "added" if history.added == history.changed else "changed"
        summary = f"{kind}{', ' + date.display() if date else ''}. Record {status} on {history.changed}."
        ET.SubElement(entry, f"{ATOM}summary").text = summary
    return _written(feed)


def steps_feed(ctx: ExportContext) -> str:
    """Each dated step after an agreement's signing (a chamber's vote, a law on ratification, instruments exchanged, entry
    into force), newest first by the step's own date (its last possible day, for a month or a span)."""
    d = ctx.data
    steps = sorted(((change.date, agreement_id, index, change) for agreement_id, index, change in d.dated_steps()),
                   key=lambda s: (s[0].latest(), s[1], s[2]), reverse=True)[:FEED_LIMIT]
    feed = _feed(ctx, STEPS_FEED, f"{TITLE}: steps after signing", max((s[0].latest() for s in steps), default=ctx.build_date))
    for date, agreement_id, index, change in steps:
        entry = ET.SubElement(feed, f"{ATOM}entry")
        ET.SubElement(entry, f"{ATOM}title").text = f"{lifecycle.step_label(d, change)}: {d.name(agreement_id)}"
        ET.SubElement(entry, f"{ATOM}id").text = _id(ctx, page_url(ctx.addresses.page(agreement_id)) + f"#step-{index}")
        ET.SubElement(entry, f"{ATOM}link", rel="alternate", href=ctx.page(agreement_id))
        ET.SubElement(entry, f"{ATOM}updated").text = _timestamp(date.latest())
        ET.SubElement(entry, f"{ATOM}summary").text = f"{change.verb} ({date.display()}). Sources: {ctx.sources_named(change.sources)}."
    return _written(feed)


def feed_of_all(ctx: ExportContext) -> str:
    return atom(ctx, ALL_FEED, f"{TITLE}: records added or changed", entries(ctx))


def record_feed(ctx: ExportContext, record_id: str, path: str) -> str:
    """Records that concern a country: itself, its agreements, events, actors and projects."""
    d = ctx.data
    involved = set(d.agreements_of(record_id)) | set(d.events_of(record_id)) | set(d.actors_in(record_id))
    involved |= set(d.projects_of(record_id)) | {record_id}
    return atom(ctx, path, f"{TITLE}: {d.name(record_id)}", entries(ctx, involved.__contains__))


def _id(ctx: ExportContext, path: str) -> str:
    """A permanent entry id: the address where known, else a name-based UUID of the path."""
    return ctx.link(path) if ctx.site_url else f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'accords:' + path)}"


def _timestamp(date: dt.date) -> str:
    return f"{date.isoformat()}T00:00:00Z"


def outputs(ctx: ExportContext) -> list[Output]:
    made = [Output(ALL_FEED, "application/atom+xml", "Atom feed of records added or changed",
                   "Newest first, dated from the repository's history", functools.partial(feed_of_all, ctx), "feed"),
            Output(STEPS_FEED, "application/atom+xml", "Atom feed of the steps after signing",
                   "Each dated chamber vote, law on ratification, exchange of instruments and entry into force, newest first by its "
                   "own date", functools.partial(steps_feed, ctx), "feed")]
    for record_id in ctx.data.records:
        if path := ctx.addresses.feed(record_id):
            made.append(Output(path, "application/atom+xml", f"{ctx.data.name(record_id)}: records added or changed",
                               f"Records that concern {ctx.data.name(record_id)}", functools.partial(record_feed, ctx, record_id, path), "record"))
    return made
