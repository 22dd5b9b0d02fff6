"""What the page layouts (Jinja/Markdown templates in `accords/layouts/`) can ask for: the `tracker`
variable. Each part has one job:

- `tracker.data`: the Dataset's named queries (`agreements_of`, `people_in`, `agreements_at` …);
- `tracker.lists`: records in the order pages list them, pagination, timeline, coverage (`accords.lists`);
- `tracker.addresses`: where each page and file lives (`accords.addresses`);
- `tracker.figures`: maps and charts as static SVG (`accords.visuals`);
- `tracker.explorer`: the explorer's and the timeline's filters (`accords.explorer`);
- `tracker.repo`: links into the repository and the git history of a record's file;
- `tracker.limits`: how many items each short list shows;
- and on `tracker` itself, the writing of data as safe Markdown: links, names, dates, citations.

Templates hold the layout and the wording; these hold the logic. Every part is a pure function of
the Dataset (and of the git history and map shapes it is given).
"""

from __future__ import annotations

import calendar
import datetime as dt
import html
import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any
from urllib.parse import urlencode, urlsplit

from pydantic import BaseModel

from . import lifecycle
from .addresses import Addresses, relative_url
from .dataset import Dataset
from .dates import PartialDate
from .explorer import ExplorerData
from .exports import Exporter
from .exports.context import Output, build_date
from .geo import Shape
from .history import FileHistory
from .html_chunks import HtmlChunks
from .kinds import API_KINDS, TYPE_OF_COLLECTION, RecordKind, kind_of, label
from .lists import Lists
from .model import OUTCOME_WORDS, Event, MineralResource, ReportOutcome, Term, field_reference, prose_fields
from .render import attr_text, date_html, md_text
from .visuals import Figures

# Abbreviations that can be marked up safely wherever they appear in text.
ABBREVIATION = re.compile(r"[A-Za-z][A-Za-z0-9]{1,11}")

# Fields every record has that a facts table leaves out: shown elsewhere on the page (sources, notes) or editorial.
NOT_FACTS = ("id", "sources", "notes", "former_ids", "distinct_from")

# A state's standing on an agreement (lifecycle.PartyLifecycle.standing), as its country page groups its agreements.
COUNTRY_STANDING = {"in force": "in force for it", "ratified": "ratified by it", "reported": "steps reported, ratification not complete",
                    "no report": "no report of its ratification"}
RELATION_LABELS = {
    "outgoing": {"follows up": "Follows up", "implements": "Implements", "part of": "Part of", "supersedes": "Supersedes"},
    "incoming": {"follows up": "Followed up by", "implements": "Implemented by", "part of": "Includes", "supersedes": "Superseded by"},
}


@dataclass(frozen=True)
class Limits:
    """How many records each short list shows before it links to the full list: `tracker.limits` in
    layouts, so that the numbers live here and not in the templates."""

    related: int = 20  # a record page's list of other records, then a link to the full, filtered list
    country_agreements: int = 10  # a country page's latest agreements, then the filtered explorer
    country_events: int = 10
    country_actors: int = 20  # then the actors list
    event_agreements: int = 100  # an event page's agreements
    home_agreements: int = 10  # the home page's latest agreements
    home_events: int = 10  # and its upcoming events
    source_citing: int = 10  # records citing a source, on the sources list
    explorer_without_script: int = 50  # the explorer's table for readers without JavaScript
    compare_together: int = 20  # the compare page's agreements signed together, then the filtered explorer (a pair)
    timeline_first_page: int = 300  # the timeline's first page (the newest entries); each year has a page


LIMITS = Limits()


class RepositoryLinks:
    """Links into the project's repository (edit, report, history) and the git dates of a record's file."""

    def __init__(self, dataset: Dataset, repo_url: str | None, branch: str, histories: Mapping[str, FileHistory]):
        self.data = dataset
        self.url = (repo_url or "").rstrip("/")
        self.branch = branch
        self.histories = histories

    def edit_url(self, repo_path: str) -> str:
        return f"{self.url}/edit/{self.branch}/{repo_path}" if self.url else ""

    def history_url(self, repo_path: str) -> str:
        return f"{self.url}/commits/{self.branch}/{repo_path}" if self.url else ""

    def report_url(self, record_id: str) -> str:
        """A new issue from the "incorrect details" form, prefilled with the record."""
        if not self.url:
            return ""
        query = urlencode({"template": "incorrect-details.yml", "title": f"Incorrect details: {self.data.name(record_id)}", "record": record_id})
        return f"{self.url}/issues/new?{query}"

    def history(self, repo_path: str) -> FileHistory | None:
        """When the file was added and last changed, from git; None if not committed yet."""
        return self.histories.get(repo_path)

    def citation(self, record_id: str, permalink: str) -> dict[str, str]:
        """APA and BibTeX for a record page, dated by the record's last change."""
        history = self.history(self.data.data_path(record_id))
        title = self.data.name(record_id)
        changed = history.changed if history else None
        apa_date = f"{changed.year}, {calendar.month_name[changed.month]} {changed.day}" if changed else "n.d."
        apa = f"Central Asia Cooperation Tracker. ({apa_date}). {title} [Data record]. {permalink}"
        fields = {
            "title": _bibtex(title),
            "author": "{Central Asia Cooperation Tracker}",
            "howpublished": f"\\url{{{permalink}}}",
            "note": _bibtex(f"Data record {record_id}" + (f", last changed {changed}" if changed else "") + "; licensed CC BY 4.0"),
        }
        if changed:
            fields["year"], fields["month"] = str(changed.year), calendar.month_abbr[changed.month].lower()
        body = ",\n".join(f"  {k} = {{{v}}}" if k != "month" else f"  {k} = {v}" for k, v in fields.items())
        return {"apa": apa, "bibtex": f"@misc{{tracker-{record_id},\n{body}\n}}", "changed": str(changed) if changed else ""}


def _bibtex(text: str) -> str:
    """Escape BibTeX's special characters in a field value."""
    for char in "\\{}&%$#_^~":
        text = text.replace(char, "\\" + char)
    return text


class SiteView:
    """The `tracker` variable in page layouts. Its own methods return ready, escaped Markdown."""

    limits = LIMITS

    def __init__(
        self,
        dataset: Dataset,
        repo_url: str | None = None,
        branch: str = "main",
        histories: Mapping[str, FileHistory] | None = None,
        shapes: Mapping[str, Shape] | None = None,
        downloads: list[Output] | None = None,
        today: dt.date | None = None,
    ):
        self.data = dataset
        self.today = today or build_date()  # the build's day (the last commit's, in `make`): what is still upcoming
        self._downloads = downloads  # the open data offered by name (accords.exports); made on demand without a build
        self.addresses = Addresses(dataset)
        self.lists = Lists.of(dataset, histories)
        self.figures = Figures(self.addresses, shapes or {}, self.lists.agreements)
        self.explorer = ExplorerData(dataset, self.lists)
        self.repo = RepositoryLinks(dataset, repo_url, branch, histories or {})
        self.html = HtmlChunks()  # `{% call tracker.html() %}`: a block of HTML the page's Markdown pass leaves alone
        self._kind_abbreviations = {t.term.casefold(): t.abbreviation for _, t in dataset.of_type(Term) if t.abbreviation}
        self._abbreviations = self._abbreviation_titles()
        # As Python-Markdown's abbr extension finds them: longest first, whole words.
        self._abbreviation = re.compile(r"\b(?:" + "|".join(re.escape(a) for a in sorted(self._abbreviations, key=len, reverse=True))
                                        + r")\b") if self._abbreviations else None

    # --- Records ---------------------------------------------------------------------------------

    def get(self, record_id: str) -> Any:
        return self.data.get(record_id)

    def _kind_words(self, kind: str, sentence: bool) -> str:
        """An agreement kind as shown: with its glossary abbreviation, 'memorandum of understanding (MoU)'."""
        abbreviation = self._kind_abbreviations.get(kind.casefold())
        text = f"{kind} ({abbreviation})" if abbreviation else kind
        return text[:1].upper() + text[1:] if sentence else text

    def kind_text(self, kind: str, sentence: bool = False) -> str:
        return md_text(self._kind_words(kind, sentence))

    def sources_named(self, source_ids: list[str]) -> str:
        """'Trend, 3 February 2026; Kazinform, 4 February 2026': each source by its publisher and date, linked to it."""
        return "; ".join(f"{self.link(sid, self.data.name(self.get(sid).publisher))}, {self.date(self.get(sid).date)}" for sid in source_ids)

    def host(self, url: str) -> str:
        """The site an address is on, as a link's words: 'en.inform.kz' (the address itself is the link's target)."""
        return md_text(urlsplit(url).hostname or url)

    def outcome(self, outcome: ReportOutcome) -> str:
        """What became of a report of the coverage ledger, in words ('already recorded')."""
        return md_text(OUTCOME_WORDS[outcome])

    def kind_label(self, record_id: str) -> str:
        return label(self.data.kind(record_id))

    def _latest_office(self, person_id: str) -> str:
        positions = self.data.actor(person_id).positions
        return positions[-1].office if positions else ""

    def office_of(self, person_id: str) -> str:
        """The person's latest recorded office, escaped."""
        office = self._latest_office(person_id)
        return md_text(office) if office else ""

    def figure(self, resource: MineralResource) -> str:
        """`230,000,000 tons`, or the source's words where it gives no number."""
        if resource.amount is not None:
            amount = f"{resource.amount:,.0f}" if float(resource.amount).is_integer() else f"{resource.amount:,}"
            return md_text(f"{amount} {resource.unit}")
        return md_text(resource.as_stated) if resource.as_stated else "—"

    def relations(self, agreement_id: str) -> list[tuple[str, str]]:
        """(label, other agreement): what this follows from, implements, is part of or supersedes, and the documents
        a package includes. What came of it (later documents that follow it up) is `came_of_it`."""
        return [(RELATION_LABELS[direction][kind], other) for direction, kind, other in self.data.related_agreements(agreement_id)
                if direction == "outgoing" or kind == "part of"]

    def upcoming_events(self) -> list[str]:
        """Planned events that may still come (a date not yet passed, or none announced), soonest first."""
        planned = self.data.by_date(i for i in self.data.planned_events() if not self.data.plan_passed(i, self.today))
        dated = [i for i in planned if self.data.get(i).date is not None]
        return dated[::-1] + [i for i in planned if self.data.get(i).date is None]

    def passed_plans(self) -> list[str]:
        """Planned events whose date has passed with no later report recorded, newest first."""
        return self.data.by_date(i for i in self.data.planned_events() if self.data.plan_passed(i, self.today))

    def plan_html(self, record_id: str) -> str:
        """A plan as the tracker knows it: "planned as of 3 February 2026" (its latest report), and "; no later report
        found" once its date has passed."""
        last = self.data.last_report(self.data.get(record_id))
        passed = "; no later report found" if self.data.plan_passed(record_id, self.today) else ""
        return f'<span class="tracker-badge">planned</span>{" as of " + date_html(last) if last else ""}{passed}'

    def came_of_it(self, agreement_id: str) -> list[tuple[str, str, str]]:
        """(label, record, what is known of it, as HTML) for what the data records as coming of the agreement: later
        documents that implement, follow up or supersede it, projects it stands behind (with their latest reported
        status), and meetings that discussed it; each dated. Nothing is inferred: only links a record states."""
        found = [(RELATION_LABELS["incoming"][kind], other, self.date_of(other))
                 for direction, kind, other in self.data.related_agreements(agreement_id) if direction == "incoming" and kind != "part of"]
        for project_id in self.data.projects_of(agreement_id):
            project = self.data.get(project_id)
            latest = project.status_history[-1] if project.status_history else None
            status = self.h(project.status.value) if latest is None else f"{self.h(latest.verb)}, {date_html(latest.date)}"
            found.append(("Project", project_id, status))
        for event_id in self.data.by_date(self.data.referrers(agreement_id, Event, "discussed")):
            found.append(("Discussed at", event_id, self.date_of(event_id)))
        return found

    # --- Text (all return escaped Markdown) -------------------------------------------------------

    def date(self, value: PartialDate | None, empty: str = "date not stated") -> str:
        return date_html(value, empty)

    def date_of(self, record_id: str) -> str:
        """The record's date as its page and tables show it: '18–19 May 2023, during the summit' (linked) for
        a record dated by its event, '4 August 2022 (approved)' for a text dated by a step other than signing."""
        date, from_event = self.data.date_of(record_id)
        shown = date_html(date)
        if from_event:
            return f"{shown}, during {self.a(self.data.get(record_id).event, self.data.during(record_id))}"
        step = self.data.dating_step(record_id)
        return f"{shown} ({self.h(step.verb or step.status.value)})" if step else shown

    def status_html(self, record_id: str) -> str:
        """The status in the source's words where the history gives them: 'approved by the heads of state';
        'endorsed (approved)' where the words do not begin with the status; the bare status otherwise."""
        record = self.data.get(record_id)
        status = record.status.value
        verb = next((c.verb for c in reversed(record.status_history) if c.status is record.status and c.verb), None)
        if not verb:
            return self.h(status)
        shown = verb if verb.casefold().startswith(status.casefold()) else f"{verb} ({status})"
        return f'<span class="tracker-status" data-status="{attr_text(status)}">{self.h(shown)}</span>'

    def lifecycle(self, record_id: str) -> lifecycle.Lifecycle | None:
        """The agreement's steps after its signing, party by party, where its page shows them (accords.lifecycle)."""
        return lifecycle.shown_of(self.data, self.data.get(record_id))

    def lifecycle_html(self, record_id: str) -> str:
        """The lifecycle strip: signed → each state party's steps (or "no report of ratification") → in force. HTML for a
        layout's block."""
        life = self.lifecycle(record_id)
        if life is None:
            return ""
        record = self.data.get(record_id)
        signed = next((c for c in record.status_history if c.status.value == "signed"), None)
        cited = self.cite(record_id, signed.sources) if signed is not None else ""
        items = [f'<li data-stage="signed">Signed{", " + date_html(life.signed) if life.signed else ""}{cited}</li>']
        if life.ratification is not None:
            items.append(f'<li data-stage="ratification">Ratification {self.h(life.ratification.value)}, as its sources say</li>')
        for party in life.parties:
            steps = [self._step_html(record_id, c) for c in party.steps]
            if not steps and life.ratification is not lifecycle.Ratification.not_required:
                steps = ["no report of ratification"]
            if steps:
                items.append(f'<li data-stage="{attr_text(party.standing)}">{self.a(party.party)}: {"; ".join(steps)}</li>')
        for ending in [c for c in (life.in_force_for_all, life.ended) if c is not None]:
            items.append(f'<li data-stage="{attr_text(ending.status.value)}">For every party: {self._step_html(record_id, ending)}</li>')
        return f'<ol class="tracker-lifecycle">{"".join(items)}</ol>'

    def timeline_step_html(self, entry: Any, here: str) -> str:
        """A step after a signing as a timeline entry: its date, what happened and by whom, and the agreement; matched by
        the filters as the agreement is (its countries, sectors, kind), by the step's own status and year."""
        record = self.data.get(entry.record_id)
        change = record.status_history[entry.step]
        facets = self.explorer.timeline_facets(entry.record_id)
        attributes = {"data-id": f"{entry.record_id}#step-{entry.step}", "data-date": str(change.date), "data-kind": facets["kind"],
                      "data-status": change.status.value, "data-countries": " ".join(facets["countries"]),
                      "data-sectors": " ".join(facets["sectors"]), "data-minerals": " ".join(facets["minerals"]),
                      "data-year": str(change.date.year)}
        shown = " ".join(f'{k}="{attr_text(v)}"' for k, v in attributes.items())
        firsthand = " data-firsthand=\"\"" if facets["firsthand"] else ""
        link = f'<a href="{relative_url(here, self.page(entry.record_id))}">{self.h(self.data.name(entry.record_id))}</a>'
        what = self.h(lifecycle.step_label(self.data, change))
        return f'<li {shown}{firsthand} class="tracker-timeline__step">{date_html(change.date)} · {what}: {link}</li>'

    def last_report_html(self, record_id: str) -> str:
        """How long since the last report of the record: "No report since 21 May 2025" (the latest publication date among
        the sources it and its history cite); a copy dated only by a range is said to be so."""
        last = self.data.last_report(self.data.get(record_id))
        if last is None:
            return "—"
        if last.is_range:
            return f'<span class="tracker-last-report">the latest shows no date of its own; published on or after {date_html(last.first())}</span>'
        return f'<span class="tracker-last-report">No report since {date_html(last)}</span>'

    def lifecycle_of_country(self, country_id: str) -> list[tuple[str, list[str]]]:
        """(what is reported, agreement ids) for the treaties, agreements, protocols and charters the country signed with
        other states: in force for it, ratified by it, steps reported short of ratification, no report of its ratification.
        Documents whose sources say they need no ratification are left out."""
        groups: dict[str, list[str]] = {label: [] for label in COUNTRY_STANDING.values()}
        for agreement_id in self.data.agreements_of(country_id):
            life = lifecycle.shown_of(self.data, self.data.get(agreement_id))
            party = next((p for p in life.parties if p.party == country_id), None) if life is not None else None
            if life is None or party is None or life.ratification is lifecycle.Ratification.not_required:
                continue
            groups[COUNTRY_STANDING[party.standing]].append(agreement_id)
        return [(label, ids) for label, ids in groups.items() if ids]

    def _step_html(self, record_id: str, change: Any) -> str:
        what = self.h(change.verb or (change.stage.value if change.stage else change.status.value))
        if change.chamber:
            what += f" ({self.a(change.chamber)})"
        if change.law:
            what += f", law {self.h(change.law)}"
        when = f", {date_html(change.date)}" if change.date else ""
        return f"{what}{when}{self.cite(record_id, change.sources)}"

    def place_of(self, record_id: str) -> str:
        """The record's place; one taken from its event is shown as the event's, with the event's sources."""
        place, from_event = self.data.place_of(record_id)
        if place is None:
            return "not stated"
        if not from_event:
            return self.h(place)
        event = self.data.get(record_id).event
        cited = ", ".join(self.a(s, self.data.name(self.data.get(s).publisher)) for s in self.data.get(event).sources)
        return f"{self.h(place)} <em>(the place of the {self.a(event, 'event')}, as its sources give it: {cited})</em>"

    def name(self, record_id: str) -> str:
        return md_text(self.data.name(record_id))

    def name_html(self, record_id: str) -> str:
        """The record's name for raw HTML in a layout."""
        return attr_text(self.data.name(record_id))

    # --- Links ------------------------------------------------------------------------------------

    def page(self, record_id: str) -> str:
        return self.addresses.page(record_id)

    def link(self, record_id: str, label: str | None = None) -> str:
        """A Markdown link to the record's page; mkdocs resolves and checks it."""
        return f"[{md_text(label if label is not None else self.data.name(record_id))}](/{self.addresses.page(record_id)})"

    def links(self, record_ids: list[str], empty: str = "—") -> str:
        return ", ".join(self.link(i) for i in record_ids) if record_ids else empty

    def url(self, here: str, page: str) -> str:
        """A relative URL from the page at `here` to a Markdown page, for raw HTML in layouts."""
        return relative_url(here, page)

    def cite(self, record_id: str, source_ids: list[str]) -> str:
        """Superscript numbers pointing into the record's numbered list of sources: HTML, in Markdown or in a
        block alike (the list is in a block, where MkDocs does not look for anchors; tests/test_site checks them)."""
        order = self.data.sources_of(record_id)
        marks = [f'<a href="#source-{s}">{order.index(s) + 1}</a>' for s in source_ids]
        return f"<sup>{' '.join(marks)}</sup>" if marks else ""

    def _abbreviation_titles(self) -> dict[str, str]:
        """Abbreviation -> what it stands for: glossary terms first, then organisations and bodies; each once."""
        seen: dict[str, str] = {}
        for record_id in self.lists.terms() + self.lists.actors():
            abbreviation = getattr(self.data.get(record_id), "abbreviation", None)
            if abbreviation and ABBREVIATION.fullmatch(abbreviation) and abbreviation not in seen:
                seen[abbreviation] = " ".join(self.data.name(record_id).split())
        return seen

    def abbreviations(self) -> str:
        """Markdown abbreviation definitions (`*[OTS]: Organization of Turkic States`) for every page."""
        return "\n".join(f"*[{a}]: {title}" for a, title in self._abbreviations.items())

    # --- HTML, for blocks a layout writes itself (`{% call tracker.html() %}`) ------------------------

    def h(self, value: Any) -> str:
        """Text as HTML: escaped, whitespace folded, and each abbreviation explained as Python-Markdown
        explains it in the rest of the page (`<abbr>`; made focusable with the page's, render.focusable_abbreviations)."""
        text = " ".join(str(value).split())
        if self._abbreviation is None:
            return html.escape(text)
        parts, last = [], 0
        for match in self._abbreviation.finditer(text):
            title = html.escape(self._abbreviations[match.group()])
            parts += [html.escape(text[last:match.start()]), f'<abbr title="{title}">{match.group()}</abbr>']
            last = match.end()
        parts.append(html.escape(text[last:]))
        return "".join(parts)

    def a(self, record_id: str, label: str | None = None) -> str:
        """An HTML link to the record's page (relative to the page, see accords.html_chunks)."""
        return f'<a href="{self.html.root}{self.addresses.url(record_id)}">{self.h(label if label is not None else self.data.name(record_id))}</a>'

    def a_list(self, record_ids: list[str], empty: str = "—") -> str:
        return ", ".join(self.a(i) for i in record_ids) if record_ids else empty

    def kind_html(self, kind: str, sentence: bool = False) -> str:
        return self.h(self._kind_words(kind, sentence))

    def office_html(self, person_id: str) -> str:
        """The person's latest recorded office."""
        office = self._latest_office(person_id)
        return self.h(office) if office else ""

    # --- Any kind of record: the generic layouts (record.md, records.md) ----------------------------

    def facts(self, record_id: str) -> list[tuple[str, str]]:
        """(label, HTML) for each field of the record that holds a fact, in the model's order: what a kind
        without a layout of its own shows in its facts table. Names, prose and sources have their own places."""
        record = self.data.get(record_id)
        kind = kind_of(record)
        skip = {*NOT_FACTS, *kind.names.primary, *kind.names.aliases, *kind.names.native, *prose_fields(type(record))}
        rows = []
        for name in type(record).model_fields:
            value = getattr(record, name)
            if name in skip or value in (None, [], {}, ""):
                continue
            rows.append((name.replace("_", " ").capitalize(), self.value_html(type(record), name, value)))
        return rows

    def prose(self, record_id: str) -> list[str]:
        """The record's Markdown texts (summary, description …), each as it is written."""
        record = self.data.get(record_id)
        return [text for name in prose_fields(type(record)) if (text := getattr(record, name))]

    def value_html(self, model: type[BaseModel], name: str, value: Any) -> str:
        """One field's value as HTML: links for references, dates at their precision, nested records field by field."""
        info = model.model_fields[name]
        if isinstance(value, list):
            return ", ".join(self.value_html(model, name, item) for item in value)
        if isinstance(value, BaseModel):
            parts = [f"{n.replace('_', ' ')}: {self.value_html(type(value), n, v)}" for n, v in value if v not in (None, [], {}, "")
                     and n != "sources"]
            return "; ".join(parts)
        if field_reference(info) is not None and value in self.data.records:
            return self.a(value)
        if isinstance(value, PartialDate):
            return date_html(value)
        if isinstance(value, bool):
            return "yes" if value else "no"
        if isinstance(value, int | float):
            return f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"
        if isinstance(value, Enum):
            return self.h(value.value)
        return self.h(value)

    def referred_by(self, record_id: str) -> list[str]:
        """Records that refer to this one, in any field but their sources, each once."""
        return list(dict.fromkeys(link.source_id for link in self.data.backlinks(record_id) if link.field != "distinct_from"))

    # --- The open-data page -------------------------------------------------------------------------

    def collections(self) -> list[str]:
        return list(TYPE_OF_COLLECTION)

    def api_kinds(self) -> list[RecordKind]:
        """The kinds with a document per record in the API, in the API's order."""
        return list(API_KINDS)

    def downloads(self, group: str) -> list[Output]:
        """The files of the open data of one group (download, schema, api, feed), as each describes itself."""
        if self._downloads is None:
            self._downloads = Exporter(self.data, self.repo.histories).listed()
        return [o for o in self._downloads if o.group == group]

    def field_docs(self, collection: str) -> list[dict[str, str]]:
        """Field, type, whether required, and description, from the collection's JSON Schema."""
        model = TYPE_OF_COLLECTION[collection]
        schema = model.model_json_schema()
        required = set(schema.get("required", []))
        return [
            {
                "name": name,
                "type": _schema_type(prop, schema.get("$defs", {})),
                "required": "yes" if name in required else "",
                "description": prop.get("description") or model.model_fields[name].description or "",
            }
            for name, prop in schema["properties"].items()
        ]


def _schema_type(prop: dict[str, Any], defs: dict[str, Any]) -> str:
    """A short type for documentation: 'text', 'list of id', 'date', one of the allowed values …"""
    if "$ref" in prop:
        target = defs.get(prop["$ref"].split("/")[-1], {})
        if "enum" in target:
            return "one of: " + ", ".join(str(v) for v in target["enum"])
        return str(target.get("title", "object")).lower()
    if "anyOf" in prop:
        options = [_schema_type(p, defs) for p in prop["anyOf"] if p.get("type") != "null"]
        return " or ".join(options)
    if prop.get("type") == "array":
        return "list of " + _schema_type(prop.get("items", {}), defs)
    if prop.get("type") == "object":
        return "names by language"
    if prop.get("pattern", "").startswith("^[0-9]{4}"):
        return "date (YYYY, YYYY-MM or YYYY-MM-DD)"
    if prop.get("pattern") == "^[a-z0-9]+(-[a-z0-9]+)*$":
        return "id"
    return {"string": "text", "integer": "whole number", "number": "number", "boolean": "true or false"}.get(prop.get("type", ""), "value")
