"""What the search box knows besides the pages' text: every record's names and their spelling variants
(for Pagefind's index), and the fallback file the box reads when Pagefind has no good answer.
"""

from __future__ import annotations

import json
from functools import cached_property

from .addresses import Addresses
from .kinds import kind_of, label
from .names import NameIndex


class SearchData:
    def __init__(self, addresses: Addresses):
        self.addresses = addresses
        self.data = addresses.data

    @cached_property
    def names(self) -> NameIndex:
        """Every record's names and their keys (accords.names), built once per build."""
        return NameIndex(self.data)

    def label(self, record_id: str) -> str:
        """'Person · Kazakhstan': what a search result says a record is."""
        said = label(self.data.kind(record_id))
        country = self.data.country_of(record_id)
        return f"{said[:1].upper()}{said[1:]}" + (f" · {self.data.name(country)}" if country and country != record_id else "")

    def name_records(self) -> list[tuple[str, str, dict[str, str]]]:
        """(page URL from the site root, words, metadata) for the search index: for every record whose kind
        says so (not agreements, whose pages carry their titles; not sources), its names and their spelling
        variants, so that "Tokaev" finds Kassym-Jomart Tokayev. Never shown as text: the search box shows the page."""
        records = []
        for record_id, record in self.data.records.items():
            names = kind_of(record).names
            if not (names.searchable and names.index_records):
                continue
            words = self.names.search_words(record_id)
            if not words:
                continue
            meta = {"title": self.data.name(record_id), "kind": self.label(record_id), "names": "|".join(words), "names_of": record_id}
            records.append(("/" + self.addresses.url(record_id), " ".join(words), meta))
        return records

    def names_json(self) -> str:
        """The search box's fallback: the fold and key rules, and for every named record its page, name,
        kind and keys. Agreements are in it by their own titles and aliases only: Pagefind finds a
        descriptive title with a typo by its other words. Kinds are listed once and named by their
        place in the list."""
        labels: dict[str, int] = {}
        records = []
        for record_id, record in self.data.records.items():
            fields = kind_of(record).names
            if not fields.searchable:
                continue
            descriptive = fields.official is not None and not getattr(record, fields.official)
            if descriptive and not any(getattr(record, f) for f in (*fields.aliases, *fields.native)):
                continue
            # A descriptive title is not a name: its key is left out, the aliases and titles kept.
            keys = list(dict.fromkeys(k for n in self.names.names(record_id) if not (descriptive and n.how == "name")
                                      and (k := self.names.rules.key(n.text))))
            kind_index = labels.setdefault(self.label(record_id), len(labels))
            records.append([self.addresses.url(record_id), self.data.name(record_id), kind_index, "|".join(keys)])
        data = {"rules": self.names.rules.browser_rules(), "kinds": list(labels), "records": records}
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))
