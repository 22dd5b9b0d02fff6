"""Reading record files: YAML 1.2's core schema on libyaml's fast parser, with the place of every value.

PyYAML's C parser is about ten times faster than a pure-Python one, which matters at 10,000 files.
On top of it:
- scalars resolve as in YAML 1.2: only `true`/`false` are booleans (`no`, `yes`, `on` stay text),
  and dates stay text (`2025-12-11` becomes a PartialDate later, `2026-02-30` a clear error);
- a key given twice is an error, not a silent overwrite;
- every key and value keeps its line and column, so that errors point at them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml

Path_ = tuple[str | int, ...]


class YamlProblem(Exception):
    def __init__(self, message: str, line: int | None = None, column: int | None = None):
        super().__init__(message)
        self.message, self.line, self.column = message, line, column


class _Resolver(yaml.resolver.BaseResolver):
    """YAML 1.2 core schema: null, true/false, integers, floats; everything else is text."""


_Resolver.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))
_Resolver.add_implicit_resolver("tag:yaml.org,2002:int", re.compile(r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$"), list("-+0123456789"))
_Resolver.add_implicit_resolver(
    "tag:yaml.org,2002:float",
    re.compile(r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"),
    list("-+0123456789."),
)
_Resolver.add_implicit_resolver("tag:yaml.org,2002:null", re.compile(r"^(?:~|null|Null|NULL|)$"), ["~", "n", "N", ""])


class _Loader(yaml.CSafeLoader, _Resolver):  # libyaml: PyYAML's wheels bundle it
    pass


# Use our resolver, not SafeLoader's YAML 1.1 one.
_Loader.yaml_implicit_resolvers = _Resolver.yaml_implicit_resolvers


@dataclass
class Document:
    """Plain data (dicts, lists, scalars) and the 1-based (line, column) of each key and value."""

    data: Any
    values: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    keys: dict[Path_, tuple[int, int]] = field(default_factory=dict)

    def position(self, loc: Path_, *, at_key: bool = False) -> tuple[int, int]:
        """The place of `loc` (of its key with `at_key`), or of its deepest existing parent."""
        loc = tuple(loc)
        if at_key and loc in self.keys:
            return self.keys[loc]
        for depth in range(len(loc), -1, -1):
            if loc[:depth] in self.values:
                return self.values[loc[:depth]]
        return (1, 1)


# Limits on what one record file may hold: far above any real record (the largest nests 4 levels and
# holds ~200 values), far below what would take a reviewer's machine seconds to read.
MAX_DEPTH = 20
MAX_VALUES = 20_000


def load(text: str) -> Document:
    """Parse one YAML document; raise YamlProblem with its place.

    Built in one pass from the parser's events, so that limits apply before anything is built: anchors
    and aliases are refused (an alias repeats a value without writing it again: a few lines could stand
    for billions of values), nesting is at most MAX_DEPTH deep and a file holds at most MAX_VALUES values.
    """
    loader = _Loader(text)
    try:
        return _build(loader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        message = (error.problem or error.context or "invalid YAML").strip()
        raise YamlProblem(message, mark.line + 1 if mark else None, mark.column + 1 if mark else None) from None
    except yaml.YAMLError as error:
        raise YamlProblem(str(error)) from None
    finally:
        loader.dispose()


def _place(event: Any) -> tuple[int, int]:
    return event.start_mark.line + 1, event.start_mark.column + 1


def _build(loader: _Loader) -> Document:
    document = Document(None)
    # Open containers: (the container, its place in the document, the key awaiting a value, for mappings).
    stack: list[tuple[Any, Path_, list[str | None]]] = []
    values = documents = 0
    get_event, resolve = loader.get_event, loader.resolve
    while loader.check_event():
        event: Any = get_event()
        kind = type(event)
        if kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
            stack.pop()
            continue
        if kind is yaml.DocumentStartEvent:
            documents += 1
            if documents > 1:
                raise YamlProblem("a record file holds one YAML document; remove the line '---' and what follows", *_place(event))
            continue
        if kind is yaml.StreamStartEvent or kind is yaml.StreamEndEvent or kind is yaml.DocumentEndEvent:
            continue
        place = _place(event)
        if kind is yaml.AliasEvent or event.anchor:
            raise YamlProblem("anchors and aliases (&name, *name) are not used in record files: write each value out", *place)
        values += 1
        if values > MAX_VALUES:
            raise YamlProblem(f"more than {MAX_VALUES:,} values in one file; a record is far smaller", *place)
        # Where the new value goes: the document itself, the next item of a list, or a key's value.
        if stack:
            parent, parent_loc, pending = stack[-1]
            if type(parent) is dict:
                if pending[0] is None:  # this event is a key
                    if kind is not yaml.ScalarEvent:
                        raise YamlProblem("a key must be a plain word", *place)
                    if event.value in parent:
                        raise YamlProblem(f"the key '{event.value}' appears twice", *place)
                    pending[0] = event.value
                    document.keys[parent_loc + (event.value,)] = place
                    continue
                key, pending[0] = pending[0], None
                loc: Path_ = parent_loc + (key,)
            else:
                loc = parent_loc + (len(parent),)
        else:
            parent, loc = None, ()
        document.values[loc] = place
        value: Any
        if kind is yaml.ScalarEvent:
            tag = event.tag if event.tag not in (None, "!") else resolve(yaml.ScalarNode, event.value, event.implicit)
            value = event.value if tag == "tag:yaml.org,2002:str" else _scalar(event.value, tag, place)
        elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
            if len(stack) >= MAX_DEPTH:
                raise YamlProblem(f"values nested more than {MAX_DEPTH} levels deep; a record needs a few", *place)
            value = {} if kind is yaml.MappingStartEvent else []
            stack.append((value, loc, [None]))
        else:
            raise YamlProblem(f"unexpected {kind.__name__}", *place)
        if parent is None:
            document.data = value
        elif type(parent) is dict:
            parent[loc[-1]] = value
        else:
            parent.append(value)
    return document


def _scalar(value: str, tag: str, place: tuple[int, int]) -> Any:
    if tag == "tag:yaml.org,2002:null":
        return None
    if tag == "tag:yaml.org,2002:bool":
        return value.lower() == "true"
    if tag == "tag:yaml.org,2002:int":
        try:
            return int(value, 0) if value.startswith(("0o", "0x")) else int(value)
        except ValueError:  # more digits than Python converts (4,300)
            raise YamlProblem(f"a number of {len(value):,} digits is too long to read; quote it if it is text", *place) from None
    if tag == "tag:yaml.org,2002:float":
        special = {".inf": "inf", "+.inf": "inf", "-.inf": "-inf", ".nan": "nan"}
        return float(special.get(value.lower()) or value)
    return value  # text, including explicit !!str and anything unresolved
