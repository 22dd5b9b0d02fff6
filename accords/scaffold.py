"""`accords new`: write a correct, commented record file from a few answers."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from slugify import slugify

from .model import PARTY_KINDS, RECORD_KIND_NAMED, ActorKind, AgreementKind, EventKind, EventStatus
from .names import NameIndex

MAX_ID_LENGTH = 80


@dataclass(frozen=True)
class Question:
    """One value the new record needs: the option name, the prompt, and whether it repeats."""

    name: str
    prompt: str
    required: bool = True
    repeated: bool = False
    choices: tuple[str, ...] = ()
    default: str | None = None


QUESTIONS: dict[str, list[Question]] = {
    "agreement": [
        Question("title", "Title (the document's own, or a short description)"),
        Question("kind", "Kind", choices=tuple(k.value for k in AgreementKind), default="memorandum of understanding"),
        Question("date", "Date signed (YYYY, YYYY-MM or YYYY-MM-DD; empty if not stated)", required=False),
        Question("party", "Party ids (countries, bodies or companies), comma-separated", repeated=True),
        Question("source", "Source ids, comma-separated", repeated=True),
    ],
    "actor": [
        Question("name", "Name"),
        Question("kind", "Kind", choices=tuple(k.value for k in ActorKind)),
        Question("country", "Country id (empty if not stated)", required=False),
        Question("source", "Source ids, comma-separated", repeated=True),
    ],
    "event": [
        Question("name", "Name"),
        Question("kind", "Kind", choices=tuple(k.value for k in EventKind)),
        Question("status", "Status", choices=tuple(k.value for k in EventStatus), default="held"),
        Question("date", "Date (YYYY, YYYY-MM or YYYY-MM-DD; empty if not stated)", required=False),
        Question("country", "Country id (empty if not stated)", required=False),
        Question("source", "Source ids, comma-separated", repeated=True),
    ],
    "term": [
        Question("term", "Term"),
        Question("abbreviation", "Abbreviation (empty if none)", required=False),
        Question("definition", "Definition"),
        Question("source", "Source ids, comma-separated", repeated=True),
    ],
    "source": [
        Question("publisher", "Publisher"),
        Question("title", "Title (empty if the source has none)", required=False),
        Question("date", "Date published (YYYY, YYYY-MM or YYYY-MM-DD)"),
        Question("url", "URL (only if you have the actual address)", required=False),
    ],
}

NAME_FIELD = {"agreement": "title", "actor": "name", "event": "name", "term": "term", "source": "publisher"}


class MissingAnswer(Exception):
    pass


# Answers that name a record, and the kinds of record they may name: a name in any spelling is
# resolved to the record's id ("Özbekistan" → uzbekistan).
NAMED_ANSWERS: dict[str, frozenset[str]] = {"party": PARTY_KINDS, "country": frozenset({"country"})}


class UnknownName(Exception):
    pass


def resolve_names(answers: dict[str, object], names: NameIndex) -> list[str]:
    """Replace names in the answers by the ids of their records; what was resolved, in words.

    An id is kept as it is; a name with the same key as one record's name becomes its id; anything
    else raises UnknownName with the closest records ("did you mean 'uzbekistan'?")."""
    resolved = []
    for field, kinds in NAMED_ANSWERS.items():
        value = answers.get(field)
        if not value:
            continue
        values = value if isinstance(value, list) else [value]
        ids = []
        for text in values:
            text = str(text)
            record_id, hint = names.lookup(text, kinds)
            if record_id is None:
                raise UnknownName(f"--{field} '{text}': {hint or 'no record has that name; add it first'}")
            if record_id != text:
                resolved.append(f"--{field} '{text}' is {record_id}")
            ids.append(record_id)
        answers[field] = ids if isinstance(value, list) else ids[0]
    return resolved


def gather(kind: str, given: dict[str, object], ask: Callable[[Question], str] | None) -> dict[str, object]:
    """The answers: from options where given, else from `ask` (an interactive prompt) if there is one."""
    answers: dict[str, object] = {}
    for question in QUESTIONS[kind]:
        value = given.get(question.name)
        if value in (None, [], "") and ask is not None:
            value = ask(question)
            if question.repeated:
                value = [v.strip() for v in str(value).split(",") if v.strip()]
        if value in (None, [], "") and question.default is not None:
            value = question.default
        if value in (None, [], "") and question.required:
            raise MissingAnswer(f"--{question.name} is required ({question.prompt.lower()})")
        if question.choices and value and value not in question.choices:
            raise MissingAnswer(f"--{question.name} must be one of: {', '.join(question.choices)}")
        answers[question.name] = value
    return answers


def record_id(kind: str, answers: dict[str, object]) -> str:
    base = str(answers[NAME_FIELD[kind]])
    if kind == "source" and answers.get("date"):
        base = f"{base} {answers['date']}"
    elif kind == "agreement" and answers.get("date"):
        base = f"{base} {str(answers['date'])[:4]}"
    return slugify(base, max_length=MAX_ID_LENGTH, word_boundary=True) or "record"


def _q(value: object) -> str:
    """A YAML scalar: JSON strings are valid YAML and quote anything that needs it."""
    return json.dumps(str(value), ensure_ascii=False)


def _list(values: Any) -> str:
    return "[" + ", ".join(str(v) for v in values) + "]"  # ids only: no quoting needed


def render(kind: str, answers: dict[str, object]) -> str:
    collection = RECORD_KIND_NAMED[kind].collection
    head = [
        f"# yaml-language-server: $schema=../../schemas/{collection}.schema.json",
        f"# A new {kind}. Every field is described in schemas/{collection}.schema.json; rules in CONTRIBUTING.md.",
        "# State only what the sources state. Leave out (or keep commented) what they do not give.",
    ]
    a = answers
    body: list[str]
    if kind == "agreement":
        body = [
            f"title: {_q(a['title'])}",
            "# title_is_official: true   # only if the sources give this as the document's own title",
            f"kind: {a['kind']}",
            f"date_signed: {a['date']}   # as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD" if a.get("date")
            else "# date_signed: 2026-01-29   # as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD",
            "# place: Ankara",
            "# event: <event id>",
            f"parties: {_list(a['party'])}",
            "# signatories:",
            "#   - person: <person id>",
            "#     office: <the office, as the source words it>",
            "#     on_behalf_of: <one of the parties>",
            "# witnesses: [<person id>]",
            "# sectors: [mining]",
            "# minerals: [critical-minerals]",
            "status: signed   # planned, signed, in force, expired, superseded, unknown",
            "# summary: |",
            "#   What it covers, in one or two sentences from the sources.",
            "evidence: press report   # or: official statement, full text public",
            f"sources: {_list(a['source'])}",
        ]
    elif kind == "actor":
        body = [
            f"kind: {a['kind']}",
            f"name: {_q(a['name'])}",
            "# abbreviation: ABC",
            "# aliases: [Other spelling]",
            "# names: {ru: Название}",
            f"country: {a['country']}" if a.get("country") else "# country: <country id>",
            "# parent: <id of the body this one belongs to>",
        ]
        if a["kind"] == "person":
            body += [
                "# positions:",
                "#   - office: <the office, as the source words it>",
                "#     country: <country id>",
                "#     as_of: 2026-01",
                f"#     sources: {_list(a['source'])}",
            ]
        body.append(f"sources: {_list(a['source'])}")
    elif kind == "event":
        body = [
            f"name: {_q(a['name'])}",
            f"kind: {a['kind']}",
            f"status: {a['status']}",
            f"date: {a['date']}" if a.get("date") else "# date: 2026-02   # as precise as the source",
            "# place: Ankara",
            f"country: {a['country']}" if a.get("country") else "# country: <country id>",
            "# participants: [<actor id>]",
            "# chairs: [<person id>]",
            f"sources: {_list(a['source'])}",
        ]
    elif kind == "term":
        body = [
            f"term: {_q(a['term'])}",
            f"abbreviation: {_q(a['abbreviation'])}" if a.get("abbreviation") else "# abbreviation: ABC",
            f"definition: {_q(a['definition'])}",
            "# related: [<record id>]",
            f"sources: {_list(a['source'])}",
        ]
    else:
        body = [
            f"publisher: {_q(a['publisher'])}",
            f"title: {_q(a['title'])}" if a.get("title") else "# title: <omit if the source has none>",
            f"date: {a['date']}",
            f"url: {_q(a['url'])}" if a.get("url") else "# url: <only the actual address, never a guess>",
        ]
    return "\n".join(head + body) + "\n"


def target_path(data_dir: Path, kind: str, new_id: str) -> Path:
    return data_dir / RECORD_KIND_NAMED[kind].collection / f"{new_id}.yml"
