"""What a document is called: the title a sentence gives it ("the Astana Declaration", "a Memorandum of Understanding on
deepening cooperation in artificial intelligence"), and the documents one sentence lists or names by subject ("a
memorandum on tourism, an agreement on air services and a protocol on …", "memoranda on e-commerce and on the digital
economy") — each a draft of its own, titled in the text's words."""

from __future__ import annotations

import re
from typing import NamedTuple

from ..model import AgreementKind
from .documents import DOCUMENT, ENTITLED, kind_of, without_when_and_where

# Documents named in quotation marks: '"Decision of the Fifth Meeting of the …"', '«Joint Statement of …»'.
QUOTED_TITLE = re.compile(r"[\"“«](?P<title>(?P<noun>Decision|Joint Statement|Joint Declaration|Declaration|Agreement|Memorandum|Protocol|Treaty|"
                          r"Road ?[Mm]ap|Action Plan|Plan|Programme|Program|Concept|Charter)\b[^\"”»]{3,200})[\"”»]")

# A document named by its quoted title: 'a document entitled "Strategy of Cooperation for 2025–2030"', 'the document "Roadmap …"'.
DOCUMENT_ENTITLED = re.compile(rf"\bdocument{ENTITLED}(?P<title>[^”\"»]{{3,200}})[”\"»]", re.IGNORECASE)

# A comma inside a subject of adjectives: "an agreement on economic, commercial and technical cooperation".
# The comma of a date inside a title: "the protocol on amendment of the December 10, 2010 treaty".
YEAR_COMMA = r",(?=\s*(?:19|20)\d\d\b)"
NUMBER_MARK = r"(?<=\d)[,.](?=\d)"  # "10,000 specialists", "1.5 GW": within a number
# (and of fields of one or two words each: "an MoU in the fields of Ecology, Climate Change and Disaster Risk Reduction")
ADJECTIVES_COMMA = r",(?=\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?(?:,\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)*,?\s+and\s+[a-z][\w-]*\s+[a-z])(?!\s+and\b)"

# A verb of its own after "and" ends a title: "a joint declaration on strategic partnership and witnessed the exchange of …".
AND_A_VERB = r"\s+and\s+(?:also\s+|then\s+)?(?:witnessed|held|signed|inked|adopted|approved|exchanged|discussed|agreed|noted|attended|visited|" \
             r"met|issued|expressed|reviewed|launched|opened|took|called|stressed|announced|reached|concluded|gave|made|welcomed)\b"
# Words that begin a date, not a subject: "an agreement on June 9" has no title of its own.
WHEN_WORDS = r"(?:\d|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|" \
             r"Thursday|Friday|Saturday|Sunday|the\s+sidelines|the\s+same\s+day|the\s+(?:very\s+)?near\s+future|due\s+course)"


def is_plural(noun: str) -> bool:
    head = noun.lower().split(" of ")[0].split()[-1]  # "strategic cooperation agreements", "memoranda of understanding"
    # ("the minutes of the meeting" is one record, not many)
    return head in ("memoranda", "memorandums", "mous") or (head.endswith("s") and not head.endswith("ss") and head != "minutes")


def is_proper(text: str, document: re.Match[str]) -> bool:
    """A document with a name of its own, not 'the memorandum' of before: 'the Astana Declaration',
    'the Road Map for 2022-2027', 'the Declaration on Allied Relations'."""
    entitled = DOCUMENT_ENTITLED.match(text, document.start())
    if entitled and not entitled.group("title").startswith("On "):
        return True  # 'the document "Roadmap for …"' (not 'the document “On the establishment of …”', the subject of one told before)
    before = text[:document.start()].split()
    if before and before[-1][:1].isupper() and before[-1].lower() not in ("the", "a", "an", "this", "that", "these", "those", "such"):
        return True
    noun = document.group("noun")
    # "Joint Statement Between the …", "the Joint Declaration on the establishment of a strategic partnership": a noun of
    # capitals, its subject after it
    named_after = bool(re.match(r"\s+(?i:on|for|of|between)\s+(?:the\s+)?(?:[A-Z\d])", text[document.end():])) or (
        len(noun.split()) > 1 and all(word[:1].isupper() for word in noun.split()) and bool(re.match(r"\s+(?:on|for|between)\s+\w", text[document.end():])))
    return noun[:1].isupper() and not noun.isupper() and noun.lower() not in ("mou", "mous") and named_after


class Listed(NamedTuple):
    """A document of several one sentence tells of, with where its words stand in the sentence."""
    kind: AgreementKind
    title: str
    start: int
    end: int


def listed_documents(text: str, first: re.Match[str]) -> list[Listed]:
    """Documents listed in one sentence, each with its own subject: 'a memorandum on tourism, an
    agreement on air services and a protocol on veterinary inspection'."""
    found = []
    offset = max(first.start() - 40, 0)
    # (words before the noun are its own: "a military and financial cooperation agreement, and a protocol on financial aid")
    for match in re.finditer(rf"\b(?:a|an|one)\s+(?P<words>(?:(?!(?:a|an|one)\s)[\w-]+\s+){{0,4}}?)(?P<doc>(?:{DOCUMENT.pattern}))"
                             rf"(?P<about>\s+(?:on|in|for|about)\s+[^,;.]+?)?(?=,|;|\.|\s+and\s+(?:a|an)\s|$)",
                             text[offset:], re.IGNORECASE):
        noun = match.group("noun")
        if is_plural(noun) or re.search(r"\b(?:signed|inked|concluded|of|to|with|by)\b", match.group("words"), re.IGNORECASE):
            continue
        title = (match.group("words") + match.group("doc") + (match.group("about") or "")).strip()
        # (not its verb, date or place: "… on the water resources of the Andijan reservoir were signed on Thursday between …")
        title = without_when_and_where(re.split(r"\s+(?:was|were|has|have|had|is|are|signed|inked|adopted)\b", title)[0])
        found.append(Listed(kind_of(noun), title[:1].upper() + title[1:], offset + match.start(), offset + match.end()))
    return found if len(found) > 1 else []


# The capitalised head of a document's own title: "the Protocol on …", "Memorandum of Understanding on …".
TITLED_HEAD = (r"(?:Joint\s+)?(?:Declaration|Agreement|Treaty|Charter|Protocol|Road\s?[Mm]ap|(?:Action|Cooperation|Implementation)\s+Plan|"
               r"Program(?:me)?|Memorandum(?:\s+of\s+Understanding)?|MoU|MOU|Concept|Statement|Communiqu[eé]|Contract)")
TITLED_ITEM = re.compile(rf"(?:(?:the|a|an)\s+)?(?P<title>(?P<noun>{TITLED_HEAD})\s+(?:on|in|for|of|between|to|about)\s+[^,;:.()]+?)"
                         rf"(?=\s*(?:[,;.(]|$)|\s+and\s+(?:(?:the|a|an)\s+)?{TITLED_HEAD}\b|\s+(?:was|were|signed|by)\b)")
ITEM_SEPARATOR = re.compile(rf"\s*(?:[,;]\s*(?:and\s+)?|\s+and\s+)(?=(?:(?:the|a|an)\s+)?{TITLED_HEAD}\b)")


def titled_documents(text: str, document: re.Match[str]) -> list[Listed]:
    """Documents a sentence lists by their own capitalised titles, from the document noun on or after a colon that follows
    it: 'signed three documents: the Protocol on …, Memorandum of Understanding on …, and Memorandum of Understanding on …'."""
    colon = re.match(r"[^.;:]*:\s*", text[document.end():])
    starts = [document.start() - (4 if text[:document.start()].endswith("the ") else 0)] + ([document.end() + colon.end()] if colon else [])
    for start in starts:
        found, at = [], start
        while (item := TITLED_ITEM.match(text, at)) is not None:
            # (not its date: "… and a Bilateral Investment Treaty on 12 May 2025")
            found.append(Listed(kind_of(item.group("noun")), without_when_and_where(" ".join(item.group("title").split())), item.start(), item.end()))
            separator = ITEM_SEPARATOR.match(text, item.end())
            if separator is None:
                break
            at = separator.end()
        if len(found) > 1:
            return found
    return []


# What joins a document to the one before it in a sentence: "signed a Joint Statement and adopted the Program for …", "the
# final protocol on … and a memorandum on … were signed", "an agreement on …, an agreement between … on …, and a program …"
# (an article after the joint, and words of its own before the noun: "the final protocol", not "of the treaty").
COORDINATED = re.compile(r"(?:,\s+(?:and\s+|as\s+well\s+as\s+)?|\s+(?:and|as\s+well\s+as)\s+(?:also\s+)?"
                         r"(?:(?:signed|adopted|issued|approved|exchanged|concluded|inked)\s+)?)"
                         r"(?:the|a|an)\s+(?:(?!(?:of|on|to|for|with|between|by|in|and|the|a|an)\s)[\w'’-]+\s+){0,3}$", re.IGNORECASE)


TOLD_BY = re.compile(r"\b(?:said|says|reported|reports|carried|according)\b")


def coordinated_documents(text: str, first: re.Match[str], begin: int, end: int) -> list[Listed]:
    """Documents of one clause (`begin`–`end`) joined by "and", a comma or "as well as", each with an article of its own
    and told in the singular, the first of them `first` or before it: one draft each, titled in the text's words. Fewer
    than two: an empty list (a document inside another's title, "a protocol on amendments to the agreement", is no other)."""
    matches = [m for m in DOCUMENT.finditer(text, begin, end) if not is_plural(m.group("noun"))
               and not text[:m.start()].endswith("(")]  # "Memorandum of Understanding (MoU)": one document

    def has_first(chain: list[re.Match[str]]) -> bool:
        return any(m.start() < first.end() and first.start() < m.end() for m in chain)

    chain: list[re.Match[str]] = []
    for match in matches:
        if chain and COORDINATED.search(text, chain[-1].end(), match.start()) is not None:
            chain.append(match)
        elif chain and has_first(chain):
            break
        else:
            chain = [match]
    if not has_first(chain) or len(chain) < 2:
        return []
    joints = [COORDINATED.search(text, one.end(), other.start()) for one, other in zip(chain, chain[1:], strict=False)]
    told_by = TOLD_BY.search(text, chain[-1].end(), end)
    if told_by and re.search(r"\b(?:was|were)\s+(?:\w+\s+)?(?:signed|adopted|inked|approved|concluded)\b", text[chain[-1].end():told_by.start()]):
        told_by = None  # "… and the Khujand Declaration … were signed today in Khujand, Kabar reports": the report's source, after the verb
    if not any(re.search(r"\b(?:and|as\s+well\s+as)\b", joint.group(0)) for joint in joints if joint) or told_by:
        return []  # commas alone are no list, and "…, a joint statement carried by the agency said" is who tells
    found = []
    for match, joint, before in zip(chain, [*joints, None], [None, *joints], strict=True):
        stop = joint.start() if joint else end
        kind = kind_of(match.group("noun"))
        # "the Astana Declaration", "… and the Khujand Declaration on Eternal Friendship": a name of its own before the noun
        named = re.search(r"(?<![.!?]\s)\b(?:[A-Z][\w'’-]*\s+){1,3}$", text[:match.start()]) if before is None else \
            re.search(r"(?<=\s)(?:[A-Z][\w'’-]*\s+){1,3}$", text[before.start():match.start()])
        if named is not None and before is not None:
            named = re.search(re.escape(named.group(0)) + r"$", text[:match.start()])
        told = title_of(text[named.start() if named else match.start():stop], kind)
        # "a program of economic cooperation", "a memorandum of cooperation between …", "… and a plan of measures were signed"
        own = re.split(r"\s+(?:was|were|has|have|had|is|are|signed|inked|adopted)\b", " ".join(text[match.start():stop].split()))[0]
        between = re.match(r"(?P<head>.+?)\s+between\s+.+?\s+(?P<about>(?:on|in|for|about)\s+.+)$", own)  # "an agreement between … on …"
        own = without_when_and_where((f"{between.group('head')} {between.group('about')}" if between else own.split(" between ")[0]).rstrip(" ,;.:"))
        title = told[0] if told else own if len(own.split()) <= 14 else match.group("noun")
        found.append(Listed(kind, title[:1].upper() + title[1:], named.start() if named else match.start(), stop))
    return found


# A document joined to what goes before it: ", and a memorandum on tourism", " as well as an action plan for 2025–2027".
JOINED_DOCUMENT = re.compile(rf"(?:,\s+(?:and\s+|as\s+well\s+as\s+)?|\s+(?:and|as\s+well\s+as)\s+)(?:the|a|an)\s+(?:(?!(?:of|on|to|for|with|between|by|in|and)\s)[\w'’-]+\s+){{0,3}}?"
                             rf"{DOCUMENT.pattern}", re.IGNORECASE)


def documents_after(text: str, start: int, end: int) -> list[Listed]:
    """The singular documents joined one after another from `start` in a clause ending at `end` (", and a memorandum on
    tourism, as well as a protocol …"), each titled in the text's words."""
    found: list[Listed] = []
    at = start
    while (joined := JOINED_DOCUMENT.match(text, at, end)) is not None and not is_plural(joined.group("noun")):
        following = JOINED_DOCUMENT.search(text, joined.end(), end)
        stop = following.start() if following else end
        kind = kind_of(joined.group("noun"))
        told = title_of(text[joined.start("noun"):stop], kind)
        own = without_when_and_where(re.split(r"\s+(?:was|were|has|have|had|is|are|signed|inked|adopted)\b", " ".join(text[joined.start("noun"):stop].split()))[0].rstrip(" ,;.:"))
        title = told[0] if told else own if len(own.split()) <= 14 else joined.group("noun")
        found.append(Listed(kind, title[:1].upper() + title[1:], joined.start("noun"), stop))
        at = stop
    return found


# What a protocol records: "the protocol of (for) the seventh meeting of the … commission", "the minutes of the session".
MINUTES_OF = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?(?:[\w'’–-]+\s+){0,3}?(?:meeting|session|sitting|convening)\b(?:\s+of\s+the\s+(?:[\w'’–-]+\s+){0,6}?"
                        r"(?:commission|committee|council))?", re.IGNORECASE)


# The words of a contract's or a lender's instrument that are part of what a document is: "a power purchase agreement for …".
INSTRUMENT_WORDS = r"(?i:power\s+purchase|(?:gas\s+|electricity\s+)?supply|purchase|offtake|off-take|investment|loan|grant|credit|financing|concession|stabili[sz]ation|" \
                   r"production\s+sharing|joint\s+venture|shareholders['’]?)"


def title_of(text: str, kind: AgreementKind) -> tuple[str, bool] | None:
    """A title the text gives: 'the Astana Declaration' (official), 'a Memorandum of Understanding on
    deepening cooperation in artificial intelligence' (capitalised: the document's own words)."""
    quoted = DOCUMENT_ENTITLED.search(text)
    if quoted:  # 'a document entitled "Strategy of Cooperation for 2025–2030"': its own name, whole
        return " ".join(quoted.group("title").split()), True
    after = re.search(r"(?<![\w–-])(?P<title>(?:(?-i:[A-Z][\w'’–-]+)\s+){0,2}(?:Declaration|Treaty|Charter|Road ?[Mm]ap|Cooperation Program(?:me)?|Program(?:me)?|Concept)\s+(?:on|for|of|between)\s+"
                      rf"(?:the\s+)?[A-Z\d][\w'’–-]*(?:(?!\s+and\s+(?:(?:the|a|an)\s+)?{TITLED_HEAD}\b)\s+(?:[A-Z\d][\w'’–-]*|of|and|the|on|for|between|an?(?=\s+[A-Z])|\d{{4}}-\d{{4}}))*)",
                      text)  # up to "and the MOU …", a document of its own ("… Deepening EU–Central Asia Engagement": an en dash joins names)
    if after:  # "the Declaration on Allied Relations", "the Road Map for 2022-2027", "the Khujand Declaration on Eternal Friendship"
        return without_when_and_where(re.sub(r"^(?:The|This|That|A|An)\s+", "", after.group("title").strip())), True
    between = re.search(r"\b(?P<title>(?P<head>(?i:agreement|memorandum of understanding|memorandum|protocol|program(?:me)?|road ?map|(?:action )?plan))\s+between\s+"
                        r"(?:the\s+)?[A-Z](?:(?!\s(?:was|were|is|are|has|have|had|will|would|shall|said|says)\s)[^.;,]|,(?=\s+(?:the\s+)?[A-Z]))+?"
                        r"\s+(?P<about>(?:[«\"“](?=On\s))?(?:on|On)\s+[^,.;()«»\"“”]+?))(?=\s+(?:was|were|is|are|has|have|signed|by)\b|[,.;(»\"”]|$)", text)
    if between:
        # "Agreement between the Government of … and the Government of … on cooperation in the field of transport", whole;
        # "an agreement between Kazakhstan and … on electricity transit" by what it is on, as joined documents are (the parties
        # are its parties)
        official = between.group("head")[:1].isupper()
        title = between.group("title") if official else f"{between.group('head')} {between.group('about')}"
        title = without_when_and_where(re.sub(r"[«\"“]", "", re.sub(r"[«\"“]On\b", "on", title)).strip())
        return title[:1].upper() + title[1:], False
    record = re.search(r"\b(?P<head>protocol|minutes)(?=\s+(?:of|for)\s+the\s)", text, re.IGNORECASE)
    if record and (minutes := MINUTES_OF.match(text, record.end("head"))):  # "the protocol of the seventh meeting of the … commission"
        return f"{record.group('head').capitalize()}{minutes.group(0)}", False
    named = re.search(r"\b(?:the\s+)?(?P<title>(?:[A-Z][\w'’-]+\s+){1,4}(?:Declaration|Agreement|Treaty|Charter|Protocol|Road ?[Mm]ap|Action Plan|Memorandum|Communiqu[eé]))(?!\w)", text)
    if named:
        title = re.sub(r"^(The|This|That)\s+", "", named.group("title").strip())
        if not re.match(r"(A|An)\b", title) and len(title.split()) > 1:
            return title, True
    # the first told by its subject that is of the kind: not "… agreements in the fields of …" for the protocol of "signed a
    # protocol and a number of agreements in the fields of agriculture and transport"
    described = next((m for m in re.finditer(rf"\b(?P<title>(?:{INSTRUMENT_WORDS}\s+)?(?:{DOCUMENT.pattern})\s+(?:on|in|for|(?<=[Pp]rotocol\s)to|(?<=[Cc]harter\s)of|(?<=[Cc]oncept\s)of)\s+(?!{WHEN_WORDS}\b)(?:[^,.;()]|{ADJECTIVES_COMMA}|{YEAR_COMMA}|{NUMBER_MARK})+?)(?=\s+(?:was|were|is|are|has|have|had|will|shall|would|could|(?-i:may)|between|signed|aimed|at|during|following|after|today|yesterday|by|with|to|in\s+\d|in\s+[A-Z])\b|{AND_A_VERB}|(?!{ADJECTIVES_COMMA}|{YEAR_COMMA}|{NUMBER_MARK})[,.;(]|$)", text, re.IGNORECASE)
                      if kind in (AgreementKind.package, AgreementKind.other) or kind_of(m.group("noun")) is kind), None)
    if described:
        title = without_when_and_where(described.group("title").strip())
        if re.search(r"\b(?:which|whose|whom)\b", title):
            return None  # "the relevant memorandum on the establishment of which was signed": a relative clause, not a subject
        return title[:1].upper() + title[1:], False
    return None


# What may stand between a plural document noun and its subjects: "Memorandums were also signed on …".
PASSIVE_SIGNED = r"(?:\s+(?:were|have\s+been|had\s+been)\s+(?:also\s+)?(?:signed|inked|concluded))?"


# The ending of an adjective that shares the noun after it ("economic and technical cooperation").
ADJECTIVE_ENDING = re.compile(r"(?:ic|al|ary|ive|ous|ian|ese|ish|ed)$")


def subjects_of_plural(text: str, document: re.Match[str]) -> list[str]:
    """The subjects of a plural document noun, each with its own preposition: 'memoranda on e-commerce and on the digital
    economy' → ['on e-commerce', 'on the digital economy']; 'memorandums were signed on cooperation in customs, justice,
    horticulture and greenhouses, as well as …' → one per field (an 'and' inside a field before the last is the field's);
    one subject, or none, gives an empty list."""
    after = text[document.end():]
    verb = re.match(PASSIVE_SIGNED, after)
    after = after[verb.end():] if verb else after
    # "Cooperation agreements were signed between ministries and agencies in agriculture, energy, customs, …, as well as
    # a Plan …": signers named by their kind alone, then the fields (lower case: "in Tashkent and Samarkand" are places)
    generic = re.match(r"\s+between\s+(?:the\s+)?(?:ministries|agencies|departments)(?:\s+and\s+(?:agencies|departments|ministries))?(?=\s+in\s+[a-z])", after)
    if generic is not None:
        after = " in the fields of" + after[generic.end() + len(" in"):]
    listed = re.match(r"\s+((?:on|in)\s+[^,;.]+?)((?:,\s+(?:on|in)\s+[^,;.]+?)*),?\s+and\s+((?:on|in)\s+[^,;.]+?)(?=[,;.]|\s+(?:between|with|were|was)\b|$)",
                      after)
    if listed is not None:
        middle = [part.strip() for part in re.split(r",\s+", listed.group(2)) if part.strip()]
        return [listed.group(1).strip(), *middle, listed.group(3).strip()]
    # "agreements on cooperation in the fields of energy, transport and agriculture": one for each field; the list ends
    # at its last "and", or where ", as well as" goes on to something else
    fields = re.match(r"\s+(?P<lead>(?:on\s+cooperation\s+)?in\s+the\s+(?:fields?|areas?|spheres?|sectors?)\s+of|on\s+cooperation\s+in|covering|concerning"
                      r"|(?:on|with\s+regard\s+to|regarding)(?!\s+the\b))\s+"
                      r"(?:(?P<open>(?:[\w-]+\s+){0,5}[\w-]+(?:,\s+(?:[\w-]+\s+){0,5}[\w-]+)+)(?=,\s+as\s+well\s+as\b)"
                      r"|(?P<items>(?:[\w-]+\s+){0,5}[\w-]+(?:,\s+(?:[\w-]+\s+){0,5}[\w-]+)*,?\s+and\s+(?:[\w-]+\s+){0,3}?[\w-]+)"
                      r"(?=[,;.]|\s+(?:between|with|were|was|in|on|during)\b|$))", after)
    if fields is None:
        return []
    if fields.group("open"):
        items = [re.sub(r"^and\s+", "", item.strip()) for item in fields.group("open").split(",") if item.strip()]  # "…, and labour inspection"
    else:
        items = [item.strip() for item in re.split(r",\s+(?:and\s+)?", fields.group("items")) if item.strip()]
        items[-1:] = [part.strip() for part in re.split(r"\s+and\s+", items[-1]) if part.strip()]  # the list's own "and"
    on = fields.group("lead") in ("on", "regarding") or fields.group("lead").startswith("with")  # "with regard to" is "on"
    if on and (len(items) < 3 or any(ADJECTIVE_ENDING.search(item) for item in items[:-1]) or re.search(
            r"\b(?:including|such\s+as|fields|areas|sectors|spheres|many|several|various|number)\b", fields.group(0))):
        # "agreements on trade, economic and technical cooperation": adjectives of one field, not fields; "agreements on
        # establishing French schools and French learning classes": what one "and" joins may be one subject; "agreements on
        # many fields, including …": fields the report does not give one by one
        return []
    lead = "in the field of" if re.search(r"\b(?:fields?|areas?|spheres?|sectors?)\s+of$", fields.group("lead")) else \
        "on" if on or fields.group("lead") in ("covering", "concerning") else fields.group("lead")  # "agreements covering migration, …"
    return [f"{lead} {item}" for item in items] if len(items) > 1 else []


# A pair after its "between": "between Kazakhstan's Aktau and Azerbaijan's Ganja".
EACH_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+(?:cities|towns|regions|provinces)\s+of\s+)?(?P<pair>[^,;.]+?\s+and\s+[^,;.]+?)(?=\s*[,;.]|\s+(?:were|was|have|has|had)\b|$)")


def pairs_between(text: str, start: int) -> list[tuple[int, int]]:
    """Where each pair stands in 'between A and B, C and D, as well as E and F' (or 'between the media of X and Y — in
    particular, A and B, as well as C and D') after start: two or more pairs, each of two names joined by 'and', else an
    empty list (one pair is the document's parties, told the usual way)."""
    between = re.search(r"\b(?:in\s+particular|namely)\b[\s,:]*", text[start:]) or re.search(r"\bbetween\s+", text[start:])
    if between is None:
        return []
    begin = start + between.end()
    end = re.search(r"\s*[;.]|\s+(?:were|was|have|has|had|are|is)\s|$", text[begin:])  # to the verb: "… were signed too"
    stop = begin + (end.start() if end else len(text) - begin)
    pieces: list[tuple[int, int]] = []
    at = begin
    for separator in re.finditer(r",\s+(?:as\s+well\s+as\s+|and\s+)?(?:between\s+)?", text[begin:stop]):
        pieces.append((at, begin + separator.start()))
        at = begin + separator.end()
    pieces.append((at, stop))
    # (each a pair of names: not "between Kyrgyz and German universities, alongside initiatives to promote … and …")
    if len(pieces) > 1 and all(re.search(r"\s+and\s+", text[a:b]) and re.match(r"(?:(?:the|a|an)\s+)?[A-Z«\"“]", text[a:b]) for a, b in pieces):
        return pieces
    # "between A's X and B's Y, as well as between R1 and R2, the ministry said": each pair after its own "between"
    each = [(start + m.start("pair"), start + m.end("pair")) for m in EACH_BETWEEN.finditer(text[start:])]
    return each if len(each) > 1 else []
