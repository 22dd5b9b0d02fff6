"""Sentences of an article, each with its place (paragraph and sentence number) for the evidence."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

# Words ending in a full stop that do not end a sentence.
ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st no nos vs etc jan feb mar apr jun jul aug sep sept oct nov dec gen col lt gov sen rep "
    "inc ltd co corp dept univ approx fig e.g i.e u.s u.k u.n h.e h.h "
    # Russian: "в г. Тяньцзинь" (город), "им. Гейдара Алиева", "тыс. тонн"
    "гг им ул пр тыс млн млрд руб обл".split())  # "H.E. Mr. Zheenbek Kulubaev": His Excellency
# The companies' legal forms among them, after which a Russian word starts a sentence.
LEGAL_FORMS = frozenset({"inc", "ltd", "co", "corp"})
# A full stop, then space or (a slip of typing: "relations.We achieved") a capitalised word straight after a lower-case one.
# (or after a year: "in March 2023.Moreover, …"); a quotation may open the next one or close this one, in guillemets too
# ("… сдержанно. «Соглашение закрепило …», — считает аналитик").
_BREAK = re.compile(r"(?<=[.!?…])([\"”’')\]»]*)\s+(?=[\"“‘'(\[«„]?[A-Z0-9А-ЯЁ])|(?<=[a-zа-яё]{3}[.!?])()(?=[A-ZА-ЯЁ][a-zа-яё])"
                    r"|(?<=\b(?:19|20)\d\d[.!?])()(?=[A-ZА-ЯЁ][a-zа-яё]{2})")


@dataclass(frozen=True)
class Sentence:
    text: str
    paragraph: int  # 1-based, in the article's main text
    number: int  # 1-based within the paragraph

    @property
    def place(self) -> str:
        return f"paragraph {self.paragraph}, sentence {self.number}"


def split_sentences(paragraph: str) -> list[str]:
    """A paragraph's sentences; a full stop after an abbreviation or an initial does not end one."""
    parts: list[str] = []
    start = 0
    for match in _BREAK.finditer(paragraph):
        end = match.start() + len(match.group(1) or "")
        before = paragraph[start:match.start()]
        last_word = re.split(r"\s+", before.strip())[-1].rstrip(".").lstrip("([«\"“").lower() if before.strip() else ""  # "(г. Сеул"
        # (but a Latin legal form before a Russian word ends one: "… Logistics Co., Ltd. Стороны договорились …")
        legal_form_then_russian = last_word in LEGAL_FORMS and re.match(r"[А-ЯЁ][а-яё]", paragraph[match.end():]) is not None
        if (last_word in ABBREVIATIONS or last_word.rsplit("-", 1)[-1] in ABBREVIATIONS or re.fullmatch(r"[a-zа-яё]", last_word)
                or re.fullmatch(r"\d{1,2}", before.strip().rstrip("."))) and not legal_form_then_russian:
            continue  # "Dec. 3", "A. Karimov", "4. Agreement between …" (a numbered list item), "the Kazakhstan-U.K. Strategic Dialogue"
        parts.append(paragraph[start:end].strip())
        start = match.end()
    parts.append(paragraph[start:].strip())
    return [p for p in parts if p]


def sentences(paragraphs: Iterable[str]) -> list[Sentence]:
    result = []
    for p_number, paragraph in enumerate(paragraphs, start=1):
        for s_number, text in enumerate(split_sentences(paragraph), start=1):
            result.append(Sentence(text, p_number, s_number))
    return result
