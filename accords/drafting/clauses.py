"""Clauses of a sentence, and what the clause of a verb says of it: negated, hypothetical, or future.

A report's sentence often holds more than one statement ("The ministers, who will meet again next year, signed the
memorandum on Monday"; "The sides did not sign the roadmap but adopted a statement"). What the signing verb's own
clause says decides whether a document was signed, planned, or neither; a "will" or a "not" elsewhere in the
sentence says nothing about it.
"""

from __future__ import annotations

import re

# Where one clause ends and another begins: semicolons, colons and dashes; a comma before a word that opens a new
# clause; "but", "while", "whereas" anywhere.
BOUNDARY = re.compile(
    r"\s*[;:]\s+|\s+[—–]\s+|,\s+(?=(?:(?:according\s+to|under|by|through|in)\s+which|whereby|which|who|while|whereas|but|although|though|after|before|as(?!\s+well\s+as)|since|when|where|and\s+(?:will|would|is|are|was|were|has|have|had|that)\b)\b)"
    r"|\s+(?=(?:but|while|whereas)\s)"
    # a relative clause of what a document provides, without its comma: "signed a memorandum under which Hengtai will build …"
    r"|\s+(?=(?:(?:according\s+to|under|through)\s+which|whereby)\s)"
    # a relative clause in the future after what it is about: "signed a grant agreement that will help the Ministry …" is
    # signed (not after a verb of saying or hoping: "said that the agreement will be signed" is a plan)
    r"|(?<!said)(?<!noted)(?<!stated)(?<!announced)(?<!added)(?<!agreed)(?<!confirmed)(?<!reported)(?<!expects)(?<!expected)"
    r"(?<!hopes)(?<!hoped)(?<!believes)(?<!stressed)(?<!emphasized)(?<!emphasised)(?<!underlined)(?<!ensure)(?<!so)"
    r"\s+(?=(?:that|which)\s+will\s)"
    # an apposition with a clause of its own: "…, a strategic initiative that will benefit all of Eurasia" is not the signing's tense
    # (a noun phrase, no verb in it: not "…, an additional agreement was inked that …")
    r"|,\s+(?=an?\s+(?:(?!(?:was|were|is|are|has|have|had|will|signed|inked)\b)[\w-]+\s+){0,4}?(?:that|which|who)\s)"
    # a participle's clause: "…, expressing confidence that its results will contribute …" is not the visit's tense
    r"|,\s+(?=(?:expressing|noting|stressing|adding|saying|emphasi[sz]ing|underlining|hoping|expecting)\b)"
    # who says it: "The agreement will enhance transit, Director-General Taleh Ziyadov said at the signing ceremony"
    r"|,\s+(?=(?:[^\s,;:]+\s+){1,12}?(?:said|says|told|stated|noted|added)\b)", re.IGNORECASE)
# ", and" before a subject and its verb ("…, and the presidents of the countries also signed a joint statement"): a clause
# boundary only where the words before it have a verb of their own, so that "A, B, and the President of Uzbekistan
# Shavkat Mirziyoyev signed" and "Azerbaijan, Kazakhstan, and Uzbekistan have inked" stay one subject.
AND_CLAUSE = re.compile(r",\s+and\s+(?=(?:\S+\s+){0,7}?(?:will|would|shall|is|are|was|were|has|have|had|signed|held|met|agreed|discussed)\b)",
                        re.IGNORECASE)
FINITE_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|shall|said|signed|inked|approved|adopted|held|met|agreed|discussed|"
                         r"visited|reached|concluded|exchanged)\b", re.IGNORECASE)
# A verb's own negation or refusal, close before it: "did not sign", "have yet to sign", "refused to sign".
NEGATION = re.compile(r"\b(?:not|never|no longer|n't|refused\s+to|declined\s+to|failed\s+to|yet\s+to|without)\s+(?:\w+\s+){0,2}$"
                      # (or its subject: "… was discussed, but no document was signed", "nothing has been signed")
                      r"|\b(?:no\s+(?:\w+\s+){1,2}|nothing\s+)(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+$",
                      re.IGNORECASE)
# A hypothetical: "could sign", "may be signed", "would sign", "might adopt".
MODAL = re.compile(r"\b(?:could|(?-i:may)|might|would|should|can)\s+(?:\w+\s+){0,3}$", re.IGNORECASE)  # ("On 12 May Kazakhstan … signed": the month)
# A signing only wished, offered or talked of in the verb's clause: "the readiness of the Uzbek side to sign", "a proposal to
# sign", "the timeframe for signing … remains uncertain", "discussions on the signing of": no document is signed by it.
INTENT = re.compile(r"\b(?:read(?:y|iness)|willing(?:ness)?|propos(?:ed|es|al|als|ing)|possib(?:le|ility|ilities)|options?|feasibility|prospects?|time\s*frame|timeline|"
                    r"consider(?:s|ed|ing|ation)?|hopes?|hoped|discuss(?:ed|es|ing|ions?)?|negotiat(?:e|ed|es|ing|ions?)|intention|desire|"
                    # "noted the importance of preparing and signing a program": a signing called for, not done
                    r"importance|need|necessity|advisability|expediency)\b"
                    r"(?:\s+[\w'’-]+){0,5}?\s+(?:to|for|on|of|about)\s+(?:and\s+)?(?:the\s+)?(?:\w+\s+(?:and\s+)?){0,1}$", re.IGNORECASE)
# A signing wished soon, a noun's: "the soonest signing of the agreement was called for", "an early signing of".
# A verb that only offers or weighs what follows it: "Uzbekistan proposed signing a free trade agreement".
OFFERED = re.compile(r"\b(?:propos(?:ed|es|e|ing)|suggest(?:ed|s|ing)?|consider(?:ed|s|ing)?|discuss(?:ed|es|ing)?|envisag(?:e|es|ed|ing)|"
                     r"recommend(?:ed|s|ing)?|favou?r(?:ed|s|ing)?|welcom(?:ed|es|e|ing)\s+the\s+prospect\s+of)\s+(?:the\s+)?$"
                     r"|\bpropos(?:al|als)\s+(?:was|is|were|are)\s+(?:the\s+)?$", re.IGNORECASE)  # "A key proposal was the adoption of …"
SOON = re.compile(r"\b(?:soonest|earliest|early|speedy|speediest|swift|prompt)\s+$", re.IGNORECASE)
# "will" the noun, after a possessive or an adjective: "our will to develop", "their political will to sign" (a lookbehind each).
NOT_THE_NOUN_WILL = "".join(rf"(?<!\b{word}\s)" for word in "our their its his her the good political strong common mutual".split())
# A future, expected or planned act of the clause's own verb: "will sign", "is expected to be signed", "plans to sign".
FUTURE = re.compile(
    rf"\b({NOT_THE_NOUN_WILL}will|shall|to be (?:held|signed|adopted|concluded|launched|approved|ratified)|is (?:expected|scheduled|set|due|planned) to|"
    r"(?:is|are|am) going to|"  # "X is going to visit Russia"
    r"expects? to (?=sign|ink|conclude|adopt|seal)|"  # "the parties expect to sign a full investment agreement in May"
    r"(?:is|are) (?:scheduled|planned|slated|set) for|"  # "the signing is scheduled for June"
    # a signing near, not done: "are close to signing", "on the verge of sealing", "nearing the signing of"
    r"(?:close|closer) to (?:signing|sealing|concluding|adopting|inking)|on the verge of (?:signing|sealing|concluding|adopting|inking)|"
    r"near(?:s|ing)? (?:the )?(?:signing|conclusion)|"
    r"are (?:expected|scheduled|set|due|planned) to|(?<!\baction\s)(?<!\ban\s)(?<!\ba\s)(?<!\bthe\s)(?-i:plans?) to|intends? to|(?:is|are) being (?:prepared|drafted|negotiated|finali[sz]ed)|prepared for signing|agreed to (?:sign|adopt|conclude|develop|prepare|draft)|agreed\b[^.;]*?\band to (?:sign|adopt|conclude|develop|prepare|draft)|are to sign|is to sign|upcoming|(?<!for the )(?<!over the )next(?=\s+(?:[\w-]+\s+){0,2}?(?:year|month|week|day|time|summit|meeting|session|sitting|forum|round|conference|congress|visit|"
    r"talks|consultations|council|commission|edition|stage|phase|spring|summer|autumn|fall|winter|(?-i:[A-Z]\w+)|\d))|planned|in the near future"
    # "reaffirmed Uzbekistan's commitment to participating in the Regional Environmental Summit": an attendance to come
    r"|(?:commitment|readiness|intention|invitation)\s+to\s+(?:participate|participating|attend|attending|take\s+part|taking\s+part))\b"
    # a wire's lead or headline: names, then "to sign" with no verb of their own ("Azerbaijan, Uzbekistan to sign memorandum",
    # "Turkish FM Fidan to pay an official visit to Kazakhstan")
    r"|^\W*(?-i:(?:(?:[A-Z][\w'’.-]*|and|the|of)(?:,\s*|\s+))+)to (?:sign|ink|conclude|adopt|pay|make|visit|hold|host|attend|meet)\b",
    re.IGNORECASE)


# A document told of by its signing done, in a clause whose verb is of what is to come ("agreed to develop the field,
# according to a memorandum signed in Ashgabat on January 21"): what follows "signed" is of that past signing.
SIGNED_DOCUMENT = re.compile(r"\b(?:memorand(?:um|a|ums)|mous?|agreements?|accords?|treat(?:y|ies)|protocols?|declarations?|road ?maps?|contracts?|"
                             r"deals?|programmes?|programs?|plans?|statements?|charters?|documents?)\s+signed\b(?:(?!\b(?:will|shall|would|to|is|are)\b)[^,;.]){0,60}$",
                             re.IGNORECASE)
# A speaker's words told: "X said (that) …", "…, X said".
SAYS = r"said|says|told|announced|stated|noted|added|stressed|emphasi[sz]ed|recalled|explained|expects?|expected|mentioned|mentions"
REPORTED = re.compile(rf"\b(?:{SAYS})\b", re.IGNORECASE)
# An inserted clause or aside, closed on both sides: ", who will meet again next year," "(as planned)".
_NAMED = r"[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*)*(?:\s*\([^()]*\))?"
INSERTED = re.compile(r",\s+(?:who|which|whose|whom)\b[^,;:]*,|\([^()]*\)"
                      # names between dashes: "the co-chairs — Sulaymon Ziyozoda (Tajikistan) and Tangryguly Atakhallyev (Turkmenistan) — signed"
                      rf"|(?-i:\s+[—–]\s+{_NAMED}(?:,\s+{_NAMED})*,?\s+and\s+{_NAMED}\s+[—–](?=\s))", re.IGNORECASE)


# A dash before a list of names is the clause's own ("concluded with five countries – Azerbaijan, Belarus and Uzbekistan"):
# it does not end the clause.
CAPITALISED_NAME = r"[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*)*"
DASH_BEFORE_NAMES = re.compile(rf"\s+[—–]\s+{CAPITALISED_NAME}(?:,\s+{CAPITALISED_NAME})*,?\s+and\s+{CAPITALISED_NAME}")
# A name in quotation marks ("the “Central Asia – China” format"): its dashes do not end a clause.
QUOTED = re.compile(r"[“«\"][^”»\"]{1,120}[”»\"]")


def _quotes_plain(sentence: str) -> str:
    """The sentence with the punctuation of quoted names made plain, same length: a dash a hyphen, a comma, colon or
    semicolon a space ("the project “Programme to Combat Tuberculosis, Stage VI”" ends no clause at its comma)."""
    return QUOTED.sub(lambda m: m.group(0).replace("–", "-").replace("—", "-").translate(str.maketrans(",;:", "   ")), sentence)


def asides(sentence: str) -> list[re.Match[str]]:
    """The sentence's inserted clauses and asides (", who will meet again next year,", "(as planned)")."""
    return list(INSERTED.finditer(_quotes_plain(sentence)))


def main_text(sentence: str) -> str:
    """The sentence with its inserted clauses blanked out and the punctuation of quoted names made plain (same length,
    so positions hold)."""
    return INSERTED.sub(lambda m: " " * len(m.group(0)), _quotes_plain(sentence))


def clause_at(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the clause that holds the span `start`–`end` of the sentence (inserted clauses left out of
    the search for its bounds)."""
    begin, finish = 0, len(sentence)
    text = main_text(sentence)
    boundaries = [b for b in BOUNDARY.finditer(text) if not DASH_BEFORE_NAMES.match(text, b.start())]
    for joined in AND_CLAUSE.finditer(text):
        before = max((b.end() for b in boundaries if b.end() <= joined.start()), default=0)
        if FINITE_VERB.search(text, before, joined.start()) and not any(b.start() <= joined.start() < b.end() for b in boundaries):
            boundaries.append(joined)
    for boundary in sorted(boundaries, key=lambda b: b.start()):
        if boundary.end() <= start:
            begin = boundary.end()
        elif boundary.start() >= end:
            finish = boundary.start()
            break
    return begin, finish


def inserted(sentence: str, position: int) -> bool:
    """Whether the position lies in an inserted clause or aside (", who will meet again next year,")."""
    return any(m.start() <= position < m.end() for m in asides(sentence))


def clause_text(sentence: str, start: int, end: int) -> str:
    """The clause of the span, its inserted clauses blanked out."""
    begin, finish = clause_at(sentence, start, end)
    return main_text(sentence)[begin:finish]


def _before(sentence: str, start: int) -> str:
    """The words of the verb's own clause before it (inserted clauses blanked out): where its negation or modal stands."""
    begin, _ = clause_at(sentence, start, start)
    return main_text(sentence)[begin:start]


def negated(sentence: str, start: int) -> bool:
    """Whether the verb at `start` is negated or refused in its own clause ("did not sign", "refused to sign")."""
    return bool(NEGATION.search(_before(sentence, start)))


# Putting a signing off: "postponed", "put off", "delayed", "cancelled", "called off".
POSTPONING = r"(?:postpone[sd]?|postponing|put\s+off|delay(?:ed|s)?|deferred|cancel(?:l)?ed|called\s+off|shelved)"


def postponed(sentence: str, start: int, end: int) -> bool:
    """Whether the signing at `start`–`end` was put off: "postponed the signing of …", "The signing of … has been postponed"
    (an inserted clause between them aside)."""
    main = main_text(sentence)
    if re.search(rf"\b{POSTPONING}\s+(?:the\s+)?$", main[:start], re.IGNORECASE):
        return True
    return sentence[start:end].lower().startswith("signing") and re.match(
        rf"[^;.]*?\b(?:has|have|had|was|were|is|are)\s+(?:been\s+|being\s+)?(?:\w+ly\s+)?{POSTPONING}\b", main[end:], re.IGNORECASE) is not None


def hypothetical(sentence: str, start: int) -> bool:
    """Whether the verb at `start` is only possible, wished, talked of or a condition ("could sign", "may be signed", "ready to
    sign", "discussions on the signing of", "if … was signed")."""
    before = _before(sentence, start)
    # (or a condition: "promised assistance if an official migration agreement … was signed", "the agreement, once signed,
    # would cut …")
    return (bool(MODAL.search(before)) and not _reported_would(sentence, before)) or _wish(before) \
        or re.search(r"\b(?:if|unless|whether)\s+[^,;]*$|\b(?:once|until)\s+$", before, re.IGNORECASE) is not None


def _reported_would(sentence: str, before: str) -> bool:
    """"Tokayev said the countries would sign …", "… would sign an agreement later this year, he said": what a speaker
    says will be done, a plan; not "would sign if …", a condition."""
    return bool(re.search(r"\bwould\s+(?:\w+\s+){0,2}$", before, re.IGNORECASE)) and bool(REPORTED.search(sentence)) \
        and not re.search(r"\b(?:if|unless|provided|once)\b", sentence, re.IGNORECASE)


def wished(sentence: str, start: int) -> bool:
    """Whether the verb at `start` is only wished, offered or talked of ("ready to sign", "proposed for signing", "the
    soonest signing")."""
    return _wish(_before(sentence, start))


def _wish(before: str) -> bool:
    """Whether the words of a verb's clause before it only wish, offer or talk of it."""
    return bool(INTENT.search(before) or SOON.search(before) or OFFERED.search(before))


def future(sentence: str, start: int, end: int) -> bool:
    """Whether the clause of the span speaks of a plan or of what will happen; not what a document signed is told of
    with ("… a memorandum signed in Ashgabat on January 21", "… signed by the two ministers")."""
    return (bool(FUTURE.search(clause_text(sentence, start, end))) or _reported_would(sentence, _before(sentence, start))) \
        and not SIGNED_DOCUMENT.search(sentence[:end])
