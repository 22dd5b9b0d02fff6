"""`accords new KIND`: write a correct, commented record file from a few answers.

What it asks for comes from the kind's entry in `accords.kinds` (`ask`: the fields, their options, defaults and
prompts) and from the model (every required field; allowed values; whether a field holds a list). The file
has the answered fields, and every other field of the model commented out, with an example and the field's
description: the same words editors show from the JSON Schema.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from slugify import slugify

from .kinds import KIND_OF_NAME, RecordKind
from .model import field_enum, field_reference, field_shape, item_model
from .names import NameIndex

MAX_ID_LENGTH = 80
# Fields of every record that a new record leaves out: the id is the file name; the others come with renaming and review.
NOT_ASKED = ("id", "former_ids", "distinct_from")


@dataclass(frozen=True)
class Question:
    """One value the new record needs: the field, the option that gives it, the prompt, whether it repeats."""

    field: str
    option: str
    prompt: str
    required: bool = True
    repeated: bool = False
    choices: tuple[str, ...] = ()
    default: str | None = None
    kinds: frozenset[str] | None = None  # a reference: the kinds of record it may name (resolved by name)


class MissingAnswer(Exception):
    pass


class UnknownName(Exception):
    pass


def questions(kind: RecordKind) -> list[Question]:
    """What `accords new` asks for a kind: its entry's `ask`, then every other required field."""
    model = kind.cls
    asked = {a.field: a for a in kind.ask}
    fields = [*asked, *(n for n, info in model.model_fields.items() if info.is_required() and n not in asked and n not in NOT_ASKED)]
    found = []
    for name in fields:
        info = model.model_fields[name]
        ask = asked.get(name)
        ref = field_reference(info)
        repeated = field_shape(model, name) == "values"
        prompt = ask.prompt if ask and ask.prompt else _prompt(name, info.description, repeated)
        found.append(Question(name, ask.option if ask and ask.option else name.replace("_", "-"), prompt,
                              required=info.is_required() and not (ask and ask.default), repeated=repeated,
                              choices=field_enum(model, name), default=ask.default if ask else None,
                              kinds=ref.kinds if ref is not None else None))
    return found


def _prompt(name: str, description: str | None, repeated: bool) -> str:
    said = name.replace("_", " ").capitalize()
    if repeated:
        said += ", comma-separated"
    return f"{said} ({description.rstrip('.')})" if description else said


def resolve_names(kind: RecordKind, answers: dict[str, object], names: NameIndex) -> list[str]:
    """Replace names in the answers by the ids of their records; what was resolved, in words.

    An id is kept as it is; a name with the same key as one record's name becomes its id; anything
    else raises UnknownName with the closest records ("did you mean 'uzbekistan'?"). References to
    records that are not looked up by name (sources) are left for the validation to check."""
    resolved = []
    for question in questions(kind):
        value = answers.get(question.field)
        if not value or question.kinds is None or not _looked_up_by_name(question.kinds):
            continue
        values = value if isinstance(value, list) else [value]
        ids = []
        for text in values:
            text = str(text)
            record_id, hint = names.lookup(text, question.kinds)
            if record_id is None:
                raise UnknownName(f"--{question.option} '{text}': {hint or 'no record has that name; add it first'}")
            if record_id != text:
                resolved.append(f"--{question.option} '{text}' is {record_id}")
            ids.append(record_id)
        answers[question.field] = ids if isinstance(value, list) else ids[0]
    return resolved


def _looked_up_by_name(kinds: frozenset[str]) -> bool:
    return all(k in KIND_OF_NAME and KIND_OF_NAME[k].names.searchable for k in kinds)


def gather(kind: RecordKind, given: dict[str, object], ask: Callable[[Question], str] | None) -> dict[str, object]:
    """The answers by field: from options where given, else from `ask` (an interactive prompt) if there is one."""
    answers: dict[str, object] = {}
    for question in questions(kind):
        value = given.get(question.field)
        if value in (None, [], "") and ask is not None:
            value = ask(question)
            if question.repeated:
                value = [v.strip() for v in str(value).split(",") if v.strip()]
        if value in (None, [], "") and question.default is not None:
            value = [question.default] if question.repeated else question.default
        if value in (None, [], "") and question.required:
            raise MissingAnswer(f"--{question.option} is required ({question.prompt[:1].lower()}{question.prompt[1:]})")
        if question.choices and value and value not in question.choices:
            raise MissingAnswer(f"--{question.option} must be one of: {', '.join(question.choices)}")
        answers[question.field] = value
    return answers


def record_id(kind: RecordKind, answers: dict[str, object]) -> str:
    """An id from the record's name ('ministry-of-energy'), with the year for dated kinds ('…-mou-2026')."""
    name_field = next((f for f in kind.names.primary if answers.get(f)), None)
    base = str(answers[name_field]) if name_field else kind.name
    if kind.date and answers.get(kind.date):
        date = str(answers[kind.date])
        base = f"{base} {date}" if kind.collection == "sources" else f"{base} {date[:4]}"
    return slugify(base, max_length=MAX_ID_LENGTH, word_boundary=True) or "record"


def render(kind: RecordKind, answers: dict[str, object]) -> str:
    """The record file: the answered fields, then each other field commented out with an example and what it holds."""
    collection, model = kind.collection, kind.cls
    head = [
        f"# yaml-language-server: $schema=../../schemas/{collection}.schema.json",
        f"# A new {kind.name}. Every field is described in schemas/{collection}.schema.json; rules in CONTRIBUTING.md.",
        "# State only what the sources state. Leave out (or keep commented) what they do not give.",
    ]
    body: list[str] = []
    for name in _field_order(model):
        value = answers.get(name)
        if value not in (None, [], ""):
            body.append(f"{name}: {_yaml(model, name, value)}")
        else:
            body += _commented(model, name)
    return "\n".join(head + body) + "\n"


def _field_order(model: type[BaseModel]) -> list[str]:
    """The kind's own fields in the model's order, then the notes and the sources."""
    own = [n for n in model.model_fields if n not in (*NOT_ASKED, "notes", "sources")]
    return own + [n for n in ("notes", "sources") if n in model.model_fields]


def _yaml(model: type[BaseModel], name: str, value: object) -> str:
    """A value as YAML: ids and allowed values bare, text quoted (JSON strings are valid YAML)."""
    if isinstance(value, list):
        return "[" + ", ".join(_scalar(model, name, v) for v in value) + "]"
    return _scalar(model, name, value)


def _scalar(model: type[BaseModel], name: str, value: object) -> str:
    text = str(value)
    bare = field_reference(model.model_fields[name]) is not None or text in field_enum(model, name) or _is_date(text)
    return text if bare else json.dumps(text, ensure_ascii=False)


def _is_date(text: str) -> bool:
    from .dates import PartialDate

    try:
        PartialDate.parse(text)
    except ValueError:
        return False
    return True


def _commented(model: type[BaseModel], name: str, indent: str = "") -> list[str]:
    """A field left out, as a comment: `# place: Ankara   # Where it was signed, as the source says.`"""
    info = model.model_fields[name]
    note = f"   # {info.description}" if info.description else ""
    shape = field_shape(model, name)
    if shape in ("record", "records"):
        nested = item_model(model, name)
        lines = [f"{indent}# {name}:{note}"]
        fields = [n for n, i in nested.model_fields.items() if i.is_required()] if nested else []
        for index, field in enumerate(fields):
            prefix = "  - " if shape == "records" and index == 0 else "    " if shape == "records" else "  "
            lines.append(f"{indent}# {prefix}{field}: {_example(nested, field)}")  # type: ignore[arg-type]
        return lines
    return [f"{indent}# {name}: {_example(model, name)}{note}"]


def _example(model: type[BaseModel], name: str) -> str:
    """What a value of the field looks like: the field's own example, or one made from its type."""
    info = model.model_fields[name]
    shape = field_shape(model, name)
    if info.examples:
        example = info.examples[0]
        if isinstance(example, dict):
            return "{" + ", ".join(f"{k}: {v}" for k, v in example.items()) + "}"
        if isinstance(example, list):
            return "[" + ", ".join(str(v) for v in example) + "]"
        return str(example)
    default = info.get_default()
    if default not in (None, [], {}, "") and not isinstance(default, bool):
        return f"{getattr(default, 'value', default)}   # the default"
    ref = field_reference(info)
    if ref is not None:
        said = "<" + (" or ".join(sorted(ref.kinds)) if ref.kinds is not None else "record") + " id>"
        return f"[{said}]" if shape == "values" else said
    choices = field_enum(model, name)
    if choices:
        return choices[0] + (f"   # {', '.join(choices)}" if not info.description else "")
    if shape == "flag":
        return "true"
    if shape == "names":
        return "{ru: …}"
    if shape == "values":
        return "[…]"
    annotation = str(info.annotation)
    if "PartialDate" in annotation:
        return "2026-01-29"
    if "int" in annotation or "float" in annotation:
        return "1"
    return "…"


def target_path(data_dir: Path, kind: RecordKind, new_id: str) -> Path:
    return data_dir / kind.collection / f"{new_id}.yml"


def given_answers(kind: RecordKind, options: dict[str, Any]) -> dict[str, object]:
    """The answers given as command-line options, by field (options may repeat and hold commas: --party a,b)."""
    given: dict[str, object] = {}
    for question in questions(kind):
        value = options.get(question.option.replace("-", "_"))
        if isinstance(value, list):
            value = [part.strip() for item in value for part in str(item).split(",") if part.strip()]
        given[question.field] = value
    return given
