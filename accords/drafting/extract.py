"""What an article states: documents signed, planned, approved or ratified, and the events of the report, each
fact with the sentence it came from.

The drafting tool's passes, one job each:
  read      reading.py      the article's text, title, publisher and date from a page, a text copy or a PDF
  segment   sentences.py    sentences; clauses.py: the clauses of a sentence, and whether a verb's own clause is
                            negated, hypothetical or future
  predicates extract.py     (this module) documents and what was done to them; events.py: visits, talks, summits,
                            meetings; russian.py: both, for sentences in Russian
  arguments extract.py      parties, signatories, witnesses, titles, sectors of a document (events.py: of an event)
  names     mentions.py     names in a sentence; actors.py: names to records or new draft actors, with offices
  dates     when.py         dates at the text's precision (russian.py: dateparser for Russian)
  write     write.py        draft files, each field under its sentence, and what a recorded record would gain

Rules, not a model: a sentence states a document when it names a kind of document (memorandum, agreement, treaty,
declaration, action plan …) and a verb done to it ("signed", "inked", "adopted", "ratified"); a later sentence that
speaks of "the memorandum" or "the document" adds to the last one. Parties are the countries, bodies and companies of
the signing sentence; people there are signatories (with the office the text gives them) or, where they "witness" the
signing, witnesses. Dates are the text's own, at its precision; a plan ("is expected to be signed") is planned, with
the text's words for it and the date its clause gives.
"""

from __future__ import annotations

import calendar
import re

from ..counts import Count
from ..dataset import Dataset
from ..dates import PartialDate
from ..model import AgreementKind
from ..names import NameIndex
from .actors import COUNTRY, Actors
from .clauses import FUTURE, clause_at, clause_text, hypothetical, inserted, main_text, negated
from .drafts import DraftActor, DraftAgreement, DraftEvent, DraftProject, Drafts, Fact, Party
from .events import EVENT_NAME, EVENT_PHRASE, EventReader
from .mentions import Mention, MentionFinder, absorb
from .mentions import people as people_in
from .reading import LIST_LEAD
from .russian import RussianReader, is_russian
from .sentences import Sentence
from .when import clause_future, dates_in, is_future

# Document nouns and the kind of agreement each names; plurals in brackets.
DOCUMENTS: list[tuple[str, AgreementKind]] = [
    (r"memorand(?:um|a|ums) of understanding|mou?s?\b|memorand(?:um|a|ums)", AgreementKind.memorandum),
    (r"joint declarations?|declarations?", AgreementKind.declaration),
    (r"joint statements?|joint communiqu[eé]s?", AgreementKind.joint_statement),
    (r"action plans?|plans? of action", AgreementKind.action_plan),
    (r"road ?maps?", AgreementKind.roadmap),
    (r"(?:cooperation|work|working|joint) plans?", AgreementKind.plan),
    (r"protocols?", AgreementKind.protocol),
    (r"contracts?", AgreementKind.contract),
    (r"(?:cooperation )?program(?:me)?s?", AgreementKind.programme),
    (r"treat(?:y|ies)", AgreementKind.treaty),
    (r"(?:intergovernmental |bilateral |strategic cooperation |cooperation |framework )?agreements?|pacts?|deals?", AgreementKind.agreement),
]
DOCUMENT_NOUNS = "|".join(f"(?:{p})" for p, _ in DOCUMENTS)
DOCUMENT = re.compile(r"\b(?P<noun>" + DOCUMENT_NOUNS + r")\b", re.IGNORECASE)
SIGNING = re.compile(r"\b(sign(?:ed|ing|s)?|inked|ink|penned|sealed|conclud(?:ed|es|e)|adopt(?:ed|s)?|approv(?:ed|es)|endorsed|finali[sz]ed|reached|exchanged|ratif(?:y|ies|ied))\b",
                     re.IGNORECASE)
# Adopting a text without signing it: the verb and who did it, as the text says ("approved by the heads of state").
APPROVAL = re.compile(r"\b(?:approved|endorsed|adopted)\b(?:\s+by\s+(?:the\s+)?(?:\w+\s+){0,4}?(?:heads of state|presidents|leaders|parliament|government|council|ministers|\w+))?",
                      re.IGNORECASE)
# A ratification: "the Senate ratified", "Tokayev signed a law on the ratification of": a step of a signed document's history.
RATIFICATION = re.compile(r"\bratif(?:y|ies|ied|ying)\b|\b(?:signed|adopted|passed)\s+(?:a\s+|the\s+)?(?:law|bill)\s+(?:on|for)\s+(?:the\s+)?ratification\b",
                          re.IGNORECASE)
# Documents named in quotation marks: '"Decision of the Fifth Meeting of the …"', '«Joint Statement of …»'.
QUOTED_TITLE = re.compile(r"[\"“«](?P<title>(?P<noun>Decision|Joint Statement|Joint Declaration|Declaration|Agreement|Memorandum|Protocol|Treaty|"
                          r"Road ?[Mm]ap|Action Plan|Plan|Programme|Program|Concept|Charter)\b[^\"”»]{3,200})[\"”»]")
# A package the text counts: "signed 14 cooperation documents", "exchanged more than fifteen intergovernmental,
# interregional and sectoral documents", "47 documents worth $22 billion were signed", "a package of documents".
_NUMBER_WORDS = {w: n for n, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
                                            "sixteen seventeen eighteen nineteen twenty".split())}
_NUMBER_WORDS.update({"thirty": 30, "forty": 40, "fifty": 50, "dozens": 24, "a dozen": 12})
PACKAGE = re.compile(
    r"(?<!\d)\b(?:(?P<bound>more than|over|at least|some|about|around|nearly|almost|up to)\s+)?(?P<count>\d{1,3}|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
    + r"|a package of)\s+(?:(?!(?:the|a|an|of|in|on|and|were|was|have|has)\b)[a-z][a-z-]*,?\s+(?:and\s+)?){0,5}?(?:documents|agreements|deals|accords|memoranda|memorandums|instruments|contracts)\b",
    re.IGNORECASE)
# Documents listed in running prose: "the signed documents include roadmaps to increase mutual trade, agreements for … and
# for joint research, memorandums of understanding on cooperation in machine and aircraft building".
INCLUDED = re.compile(r"\b(?:signed\s+)?documents\s+(?:signed\s+)?(?:include|included|includes)\s+(?P<list>[^.;:]+)", re.IGNORECASE)
# Documents the text says are to be signed, without counting or naming them: a planned package.
PLANNED_PACKAGE = re.compile(r"\bdocuments\s+(?:(?:that\s+are|which\s+are)\s+)?(?:being\s+)?prepared\s+for\s+signing\b"
                             r"|\bdocuments\s+(?:are|were)\s+(?:expected|scheduled|planned|due|set)\s+to\s+be\s+signed\b"
                             r"|\b(?:expected|plan|plans|planned|set|scheduled|due)\s+to\s+sign\s+(?:a\s+number\s+of|several|a\s+package\s+of|a\s+series\s+of)\s+"
                             r"(?:\w+\s+){0,2}?documents\b", re.IGNORECASE)
# Documents signed, neither counted nor named: "signed various agreements and memorandums", "a number of documents
# were signed", "the summit followed with a signing solid package of documents".
SIGNED_PACKAGE = re.compile(r"\b(?:signed|inked|exchanged)\s+(?:various|several|a\s+number\s+of|a\s+series\s+of|a\s+range\s+of|multiple)\s+"
                            r"(?:[\w-]+\s+){0,2}?(?:documents|agreements|deals|memoranda|memorandums)\b"
                            r"|\b(?:a\s+number\s+of|several|various)\s+(?:[\w-]+\s+){0,2}?(?:documents|agreements)\s+(?:was|were|have\s+been)\s+signed\b",
                            re.IGNORECASE)
# "An agreement was reached to hold …", "reached an agreement on …": an understanding, not a document.
REACHED = re.compile(r"\bagreement\s+(?:was|has been|had been)\s+(?:also\s+)?reached\b|\breached\s+(?:an?\s+)?agreement\b", re.IGNORECASE)
WITNESS = re.compile(r"\bwitness(?:ed|es)?\b", re.IGNORECASE)
REFERENCE = re.compile(r"\b(the|this|that|these|those)\s+(?:(?:mining|new|bilateral|trilateral|said|signed)\s+)*(?P<noun>document|pact|deal|"
                       + "|".join(f"(?:{p})" for p, _ in DOCUMENTS) + r")\b", re.IGNORECASE)
PLURAL_LIST = re.compile(r"\bwith\s+(?:the\s+)?(?:[\w-]+\s+){0,6}?(?P<list>(?:[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*)*)(?:,\s+(?:and\s+)?[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*)*)*(?:,?\s+and\s+[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*)*))")
IMPLEMENTED = re.compile(rf"\bimplementation\s+of\s+the\s+(?P<doc>Action Plan|Road ?[Mm]ap|Agreement|Programme|Program|Memorandum)\s+of\s+the\s+(?P<event>{EVENT_NAME})")
PROJECT = re.compile(
    r"\b(?:construction|building|development|modernization|modernisation|completion|launch)\s+of\s+(?:the\s+|a\s+|an\s+|new\s+)*"
    r"(?P<name>(?:[A-Z][\w'’–-]*\s+)+(?P<kind>railway|railroad|pipeline|plant|refinery|schools?|highway|road|port|bridge|mine|power plant|line|cent(?:er|re)|park|terminal|dam))\b")
# A sentence that introduces a list of documents signed ("… signed a number of documents, which include:").
LIST_INTRO = re.compile(r"(?:\b(?:sign(?:ed|ing)|inked|adopted)\b.*:\s*$|\bfollowing (?:\w+\s+){0,4}documents\b.*:\s*$|^" + LIST_LEAD + r":?\s*$)",
                        re.IGNORECASE)
# An item of such a list: a document named by its noun near the start.
LIST_ITEM = re.compile(r"^(?:\d{1,2}[.)]\s*|[-•–·]\s*)?(?:[\w-]+\s+){0,3}?(?P<noun>(?i:agreement|memorandum|protocol|treaty|declaration|"
                       r"decision|programme|program|roadmap|road map|action plan|plan|contract|joint statement|concept|resolution|regulations|rules|letter))\b")
# Nouns of LIST_ITEM and the kind of document each names, where DOCUMENTS does not say.
LISTED_KINDS = {"decision": AgreementKind.decision, "resolution": AgreementKind.decision, "programme": AgreementKind.programme,
                "program": AgreementKind.programme, "concept": AgreementKind.concept, "plan": AgreementKind.plan,
                "regulations": AgreementKind.other, "rules": AgreementKind.other, "letter": AgreementKind.other}
# A report's dateline: "TAJIKISTAN, May 18 -", "DUSHANBE, Tajikistan, June 17.", "ASTANA, Kazakhstan, October 1."
DATELINE = re.compile(r"^[A-ZÀ-Ý][A-ZÀ-Ý .'-]+,\s+(?:[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*,\s+)?[A-Z][a-z]+\.?\s+\d{1,2}(?:,\s+\d{4})?\s*[.\-–—:]")
# A document between bodies of the countries, not the countries: "between the foreign ministries", "between Tajikistan's
# Sughd region and China's Shaanxi province" (the bodies are its parties; no country is put in their place).
BETWEEN_BODIES = re.compile(r"\bbetween\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}(?:ministries|agencies|media|newspapers?|companies|regions?|provinces?|"
                            r"cities|universities|banks|chambers|committees)\b", re.IGNORECASE)
# A page that is itself a document: its heading names it ("Joint Statement of the Ministers of Foreign Affairs of the
# Republic of Türkiye and the Republic of Kazakhstan Following the 8th Meeting of …, 2 February 2026").
HEADING = re.compile(r"^(?P<title>(?P<noun>Joint Statement|Joint Declaration|Joint Communiqu[eé]|Declaration|Communiqu[eé])\s+(?:of|on|by|between)\s+"
                     r"(?:the\s+)?[A-Z][^.;:]{10,300}?)(?:,\s*(?P<date>\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\s+\d{1,2},\s+\d{4}))?\s*$")
# The ministries of the countries, named by their kind: "between the foreign ministries", "of the Ministers of Foreign Affairs".
MINISTRIES = re.compile(r"\b(?:foreign\s+ministries|foreign\s+ministers|ministers\s+of\s+foreign\s+affairs|ministries\s+of\s+foreign\s+affairs)\b",
                        re.IGNORECASE)
PARTY_KINDS = ("country", "new-country", "government-body", "organisation", "mechanism", "company")
TOPICS = frozenset({"sector", "mineral", "corridor"})
AGAIN: list = []  # a signing sentence that tells again of the agreement just read


class Extractor:
    def __init__(self, dataset: Dataset, names: NameIndex, published: PartialDate | None):
        self.dataset = dataset
        self.names = names
        self.finder = MentionFinder(dataset, names)
        self.published = published
        self.drafts = Drafts()
        self.actors = Actors(dataset, names, self.finder, published, self.drafts)
        self._before_lists: list[Sentence] = []  # sentences about the signing just before a list of documents
        self._pending_witnesses: list[Fact] = []  # people who witness a signing of documents the text does not name
        self.russian = RussianReader(self.actors)
        self.events = EventReader(self.actors)

    # --- Actors -----------------------------------------------------------------------------------

    @staticmethod
    def _signs(text: str, person: Mention, mentions: list[Mention]) -> bool:
        return Extractor._signs_alone(text, person, mentions) or Extractor._in_signing_subject(text, person)

    @staticmethod
    def _in_signing_subject(text: str, person: Mention) -> bool:
        """'The President of Tajikistan, Emomali Rahmon, and the President of China, Xi Jinping, signed':
        the words before the verb are offices and names only."""
        verb = re.search(r"\b(?:signed|inked)\b", text[person.end:])
        if verb is None:
            return False
        subject = text[:person.end + verb.start()]
        subject = re.split(r"\s[–—-]\s|:\s", subject)[-1]  # after a dateline ("ASTANA – President …")
        lower = [w for w in re.findall(r"\b[a-z][\w'-]*\b", subject)]
        return bool(lower) and all(w in ("the", "of", "and", "for", "jointly", "also", "s", "his", "her", "counterpart") for w in lower)  # "s" of "People's"

    @staticmethod
    def _signs_alone(text: str, person: Mention, mentions: list[Mention]) -> bool:
        """Whether the person is who signs: before 'signed' with no party or other clause between, or
        after 'signed by'. 'Kholikzoda's visit to Bishkek, KyrgyzAltyn signed' is not his signature."""
        verb = SIGNING.search(text, person.end)
        if verb is not None:
            between = text[person.end:verb.start()]
            others = [m for m in mentions if person.end <= m.start < verb.start() and m.kind in PARTY_KINDS and m.how != "demonym"]
            if not others and not re.match(r"['’]s\b", between) and not re.search(r"[,;]\s+(?:the\s+)?[A-Z]", between):
                return True
        signed_by = re.search(r"\bsigned\s+by\b", text[:person.start])
        return signed_by is not None and not re.search(r"[.;]", text[signed_by.end():person.start])

    # --- Reading ----------------------------------------------------------------------------------

    @staticmethod
    def statements(sentence: Sentence) -> list[Sentence]:
        """A sentence that states two signings in clauses of their own, each with its verb and its document
        ("delegations approved 27 agreements …, and the presidents also signed a joint statement"), as two statements;
        any other sentence as it is. Each part keeps the sentence's place, and its words are the source's."""
        text = sentence.text
        if is_russian(text):
            return [sentence]
        clauses: list[tuple[int, int]] = []
        for document in DOCUMENT.finditer(text):
            begin, end = clause_at(text, document.start(), document.end())
            verb = next((v for v in SIGNING.finditer(text, begin, end) if not negated(text, v.start())), None)
            if verb is not None and not inserted(text, document.start()) and (not clauses or clauses[-1][0] != begin):
                clauses.append((begin, end))
        if len(clauses) < 2:
            return [sentence]
        cuts = [begin for begin, _ in clauses[1:]]
        parts = [re.sub(r"(?:[\s,;:—–]+(?:and|but|while|whereas)?)+$", "", text[a:b]).strip() for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
        return [Sentence(part, sentence.paragraph, sentence.number) for part in parts if part]

    def read(self, sentences: list[Sentence]) -> Drafts:
        sentences = [part for sentence in sentences for part in self.statements(sentence)]
        current: DraftAgreement | None = None
        last_document: tuple[Sentence, re.Match[str]] | None = None
        list_intro: Sentence | None = None
        intros: list[Sentence] = []
        for index, sentence in enumerate(sentences):
            text = sentence.text
            if is_russian(text):
                self.russian.read(sentence)
                continue
            mentions, bodies = absorb(text, self.finder.find(text))
            mentions = sorted(mentions + bodies, key=lambda m: m.start)
            for mention in mentions:
                if mention.record_id:
                    self.drafts.linked.setdefault(mention.record_id, []).append(sentence)
            item = LIST_ITEM.match(text)
            if list_intro is not None and item and sentence.number == 1:
                current = self._list_item(sentence, mentions, item, list_intro, intros)
                continue
            if list_intro is not None and sentence.number == 1 and text.rstrip().endswith(";"):
                continue  # an item of the list this reader does not take for a document: the list goes on
            if LIST_INTRO.search(text):
                list_intro = sentence
                intros.append(sentence)
                self._before_lists = [s for s in sentences[max(0, index - 2):index] if re.search(r"\bsign(?:ed|ing)\b", s.text, re.IGNORECASE)]
                continue
            list_intro = None if sentence.number == 1 else list_intro
            self.events.read(sentence, mentions)
            heading = HEADING.match(text) if index == 0 and not SIGNING.search(text) else None
            if heading:
                current = self._heading(sentence, mentions, heading)
                continue
            document = self._object_of_signing(text)
            reference = REFERENCE.search(text)
            signing = SIGNING.search(text)
            if signing and (negated(text, signing.start()) or hypothetical(text, signing.start())):
                signing = None  # "did not sign", "refused to sign", "could sign": no document was signed
                if document and not is_future(text):
                    continue
            included = INCLUDED.search(text)
            if included and signing is not None and not is_future(text):
                named = self._included(sentence, included, sentences[:index])
                if named:
                    current = named[-1]
                    continue
            witnessing = WITNESS.search(text) and re.search(r"\bsigning\b", text, re.IGNORECASE)
            # "ratified the agreement on the establishment of …": a document signed before, told of as known.
            ratifying = RATIFICATION.search(text) and document and re.match(r"\s+(?:on|of|establishing|between)\b", text[document.end():])
            new_statement = document and (signing or is_future(text)) and not (
                reference and reference.start() <= document.start() and not self._is_proper(text, document) and not ratifying
                and not self._described_anew(text, document)) \
                and not (document.group("noun").lower() == "agreement" and REACHED.search(text))
            if witnessing:
                singular = document and not self._plural(document.group("noun"))
                made = self._agreements_in(sentence, mentions, document, sentences[:index], forced=True) if singular and document else None
                if made and made is not AGAIN:
                    current = made[-1]
                    for person in self.actors.people(text, mentions):
                        current.witnesses.append(Fact(self.actors.actor(person, sentence), sentence))
                else:
                    self._witnesses(sentence, mentions)
                continue
            if new_statement and document and (signing or re.search(r"\bto be (signed|adopted)\b|\bexpected to sign", text, re.IGNORECASE)):
                made = self._agreements_in(sentence, mentions, document, sentences[:index])
                if made:  # "signed a Joint Statement and exchanged more than fifteen … documents": the package too
                    self._counted_package_in(sentence, mentions, signing, sentences[:index])
                if made is AGAIN and current is not None:
                    self._add_to(current, sentence, mentions, True)
                    continue
                if made:
                    current = made[-1]
                    continue
            if reference and current is not None:
                self._add_to(current, sentence, mentions, signing is not None)
            elif reference and signing and last_document is not None:
                first_sentence, match = last_document
                made = self._agreements_in(first_sentence, self.finder.find(first_sentence.text), match, sentences[:index], forced=True)
                if made:
                    current = made[-1]
                    self._add_to(current, sentence, mentions, True)
            if document:
                last_document = (sentence, document)
            for project in PROJECT.finditer(text):
                self._project(sentence, mentions, project)
            implemented = IMPLEMENTED.search(text)
            if implemented:
                self._implemented(sentence, mentions, implemented)
            planned_package = PLANNED_PACKAGE.search(text)
            signed_package = SIGNED_PACKAGE.search(text)
            if planned_package and not negated(text, planned_package.start()) and not any(a.is_package for a in self.drafts.agreements):
                self._uncounted_package(sentence, mentions, planned_package, planned=True)
            elif signed_package and not negated(text, signed_package.start()) and not hypothetical(text, signed_package.start()) \
                    and not clause_future(text, signed_package.start(), signed_package.end()) and not any(a.is_package for a in self.drafts.agreements) \
                    and not _counted(text):
                self._uncounted_package(sentence, mentions, signed_package, planned=False)
            elif not self._counted_package_in(sentence, mentions, signing, sentences[:index]) and re.search(r"\b(package|suite|set) of\b.*\b(agreements|documents|memoranda)\b|\byielded\b.*\bagreements\b", text, re.IGNORECASE):
                self._package(sentence, mentions, current)
        self._finish()
        return self.drafts

    @staticmethod
    def _object_of_signing(text: str) -> re.Match[str] | None:
        """The document the signing verb is done to: the first after the verb in its clause ("We achieved certain
        agreements and signed a joint statement": the joint statement), else the sentence's first."""
        first = DOCUMENT.search(text)
        verb = SIGNING.search(text)
        if first is None or verb is None or first.start() > verb.start():
            return first
        _, end = clause_at(text, verb.start(), verb.end())
        after = DOCUMENT.search(text, verb.end(), end)
        if after is not None and re.fullmatch(r"\s+(?:(?:a|an|the|two|three|new|joint)\s+)?(?:[\w-]+\s+){0,3}?", text[verb.end():after.start()]) \
                and first.group("noun").lower().endswith("s") and not re.search(r"\b(?:the|this|these)\s+$", text[:first.start()]):
            return after
        return first

    @staticmethod
    def _plural(noun: str) -> bool:
        head = noun.lower().split(" of ")[0].split()[-1]  # "strategic cooperation agreements", "memoranda of understanding"
        return head in ("memoranda", "memorandums", "mous") or (head.endswith("s") and not head.endswith("ss"))

    def _listed_documents(self, text: str, first: re.Match[str]) -> list[tuple[AgreementKind, str]]:
        """Documents listed in one sentence, each with its own subject: 'a memorandum on tourism, an
        agreement on air services and a protocol on veterinary inspection'."""
        found = []
        for match in re.finditer(rf"\b(?:a|an|one)\s+(?P<doc>(?:{DOCUMENT.pattern}))(?P<about>\s+(?:on|in|for|about)\s+[^,;.]+?)?(?=,|;|\.|\s+and\s+(?:a|an)\s|$)",
                                 text[first.start() - 3 if first.start() >= 3 else 0:], re.IGNORECASE):
            noun = match.group("noun")
            if self._plural(noun):
                continue
            title = (match.group("doc") + (match.group("about") or "")).strip()
            found.append((self._kind(noun), title[:1].upper() + title[1:]))
        return found if len(found) > 1 else []

    @staticmethod
    def _is_proper(text: str, document: re.Match[str]) -> bool:
        """A document with a name of its own, not 'the memorandum' of before: 'the Astana Declaration',
        'the Road Map for 2022-2027', 'the Declaration on Allied Relations'."""
        before = text[:document.start()].split()
        if before and before[-1][:1].isupper() and before[-1].lower() not in ("the", "a", "an", "this"):
            return True
        noun = document.group("noun")
        named_after = re.match(r"\s+(?i:on|for|of|between)\s+(?:the\s+)?(?:[A-Z\d])", text[document.end():])  # "Joint Statement Between the …"
        return noun[:1].isupper() and not noun.isupper() and noun.lower() not in ("mou", "mous") and named_after is not None

    def _described_anew(self, text: str, document: re.Match[str]) -> bool:
        """'The MoU between the Uzbek Ministry of Tourism and … was signed by …': a document the report names by what it is
        about and who signed it, one by one after the lead; not 'the memorandum' of before unless a draft of that kind and
        title is there already."""
        signed_by = re.search(r"\s+(?:was|were)\s+signed\s+by\b", text)
        if not re.match(r"\s+(?:on|between|for|of)\s+\S+\s+\S+", text[document.end():]) or signed_by is None or signed_by.start() < document.end():
            return False
        kind = self._kind(document.group("noun"))
        described = self.names.rules.key(text[document.start():signed_by.start()])
        return not any(a.kind.value == kind.value and a.title and (self.names.rules.key(str(a.title.value)) in described or described in
                                                                   self.names.rules.key(str(a.title.value))) for a in self.drafts.agreements)

    def _kind(self, noun: str) -> AgreementKind:
        for pattern, kind in DOCUMENTS:
            if re.fullmatch(pattern, noun, re.IGNORECASE):
                return kind
        return AgreementKind.agreement

    def _agreements_in(self, sentence: Sentence, mentions: list[Mention], document: re.Match[str], before: list[Sentence],
                       forced: bool = False) -> list[DraftAgreement]:
        """The agreements a signing sentence states: one, or one per company of a list ('signed
        memorandums with A, B and C')."""
        text = sentence.text
        kind = self._kind(document.group("noun"))
        noun = document.group("noun")
        verb = SIGNING.search(text)
        begin, end = clause_at(text, verb.start(), verb.end()) if verb else (0, len(text))
        # The signing verb's own clause: "…, as U.S. President Donald Trump moves to counter China's dominance" names no party.
        parties = [m for m in mentions if m.kind in PARTY_KINDS and m.how != "demonym" and not _a_place(text, m)
                   and (begin <= m.start < end or inserted(text, m.start))]
        parties.sort(key=lambda m: m.start)
        seen: set[str] = set()
        parties = [m for m in parties if (m.record_id or m.text) not in seen and not seen.add(m.record_id or m.text)]  # type: ignore[func-returns-value]
        plural = self._plural(noun)
        documents = self._listed_documents(text, document)
        if len(documents) > 1:
            # "signed a memorandum on tourism, an agreement on air services and a protocol on …": one each.
            for listed_kind, title in documents:
                made = self._agreement(sentence, listed_kind, [m for m in mentions if m.kind in PARTY_KINDS and m.how != "demonym"
                                                               and not _a_place(text, m)], mentions, before)
                made.title = Fact(title, sentence, "descriptive: the text's words for it")
            return self.drafts.agreements[-len(documents):]
        subjects = _subjects_of_plural(text, document) if self._plural(noun) else []
        if len(subjects) > 1:
            # "memoranda on e-commerce and on the digital economy": one each, of the parties of the clause
            singular = {"memoranda": "memorandum", "memorandums": "memorandum", "mous": "memorandum"}.get(noun.lower().split()[-1])
            head = singular or re.sub(r"(?<=[a-z])(?:ies)$", "y", re.sub(r"(?<=[a-rt-z])s$", "", noun.lower()))
            for about in subjects:
                made = self._agreement(sentence, kind, [m for m in parties if not _a_subject(text, m)], mentions, before)
                made.title = Fact(_without_when_and_where(f"{head[:1].upper() + head[1:]} {about}"), sentence, "descriptive: the text's words for it")
            return self.drafts.agreements[-len(subjects):]
        pairs = list(re.finditer(r"\bbetween\s+(?P<pair>[^,;.]+?\s+and\s+[^,;.]+?)(?=\s*[,;.]|\s+(?:were|was|have|has|had)\b|$)", text[document.end():]))
        if self._plural(noun) and len(pairs) > 1:
            # "Agreements on twin-city relations between A's X and B's Y, as well as between R1 and R2": one per pair named
            topic = re.match(r"\s+((?:on|in|for)\s+[^,;.]+?)\s+between\b", text[document.end():])
            head = re.sub(r"(?<=[a-rt-z])s$", "", noun.split()[-1].lower())
            for pair in pairs:
                start = document.end() + pair.start("pair")
                end = document.end() + pair.end("pair")
                own = [m for m in mentions if start <= m.start < end and m.kind in PARTY_KINDS and m.how != "demonym" and not _a_place(text, m)]
                made = self._agreement(sentence, kind, own, mentions, before)
                # the pair names its parties, or the contributor does: never the sentence's other names or countries
                made.parties = [Fact(self.actors.actor(m, sentence), sentence) for m in own]
                made.fallback_parties = []
                title = f"{head} {topic.group(1) + ' ' if topic else ''}between {pair.group('pair').strip()}"
                made.title = Fact(title[:1].upper() + title[1:], sentence, "descriptive: the text's words for it")
            return self.drafts.agreements[-len(pairs):]
        quoted = [(m.group("title"), m.group("noun")) for m in QUOTED_TITLE.finditer(text)]
        if len(quoted) > 1:
            # 'the "Decision of the Fifth Meeting of …" and the "Joint Statement of …" were signed': one each, by its name
            for title, head in quoted:
                made = self._agreement(sentence, LISTED_KINDS.get(head.lower()) or self._kind(head), [m for m in parties if not _a_subject(text, m)],
                                       mentions, before)
                made.title, made.title_is_official = Fact(title, sentence, "the name the text gives it, in quotation marks"), True
            return self.drafts.agreements[-len(quoted):]
        listed = PLURAL_LIST.search(text)
        agreements: list[DraftAgreement] = []
        if plural and listed and parties:
            subject = [m for m in parties if m.end <= listed.start() and m.kind != "country"] or [m for m in parties if m.end <= listed.start()]
            others = [m for m in parties if m.start >= listed.start("list")]
            if subject and len(others) > 1:
                for other in others:
                    agreements.append(self._agreement(sentence, kind, [subject[-1], other], mentions, before))
                return agreements
        counted = _counted(text)
        if plural and counted and counted.start() <= document.start() < counted.end():
            return []  # "signed 27 agreements": a package, counted (_counted_package)
        if plural and SIGNED_PACKAGE.search(text):
            return []  # "signed various agreements and memorandums": a package, uncounted (_uncounted_package)
        if plural and not forced and len(parties) <= 1 and not re.search(r"\bthe two (countries|sides)\b", text):
            return []  # "agreements with several companies": the next sentences name them
        if not parties and re.search(r"\bthe two (countries|sides)\b", text, re.IGNORECASE) and self.drafts.agreements and (
                self.drafts.agreements[-1].kind.value == kind.value):
            return AGAIN  # the same agreement told again ("the two countries signed a MOU")
        again = self._told_again(kind, parties, sentence)
        if again is not None:
            return AGAIN
        told = self._title(text, kind)
        if told and any(a.kind.value == kind.value and a.title and self.names.rules.key(str(a.title.value)) == self.names.rules.key(told[0])
                        for a in self.drafts.agreements):
            return AGAIN  # "I signed a treaty on allied relations today", after the report said so
        agreements.append(self._agreement(sentence, kind, parties, mentions, before))
        return agreements

    def _countries(self, values: list[object]) -> set[str]:
        found = set()
        for value in values:
            country = self.dataset.country_of(value) if isinstance(value, str) else getattr(value, "country", None)
            if country:
                found.add(country)
        return found

    def _told_again(self, kind: AgreementKind, parties: list[Mention], sentence: Sentence) -> DraftAgreement | None:
        """The agreement read already that this statement tells of again: of the same kind, and its
        parties' countries include all that this one names."""
        if not self.drafts.agreements:
            return None
        last = self.drafts.agreements[-1]
        if last.kind.value != kind.value or last.is_package:
            return None
        named = self._countries([p.record_id for p in parties if p.record_id]) | {
            c for p in parties if not p.record_id and (c := self.actors.country_in(p.text))}
        known = self._countries([p.value for p in last.parties])
        return last if named and named <= known else None

    def _agreement(self, sentence: Sentence, kind: AgreementKind, parties: list[Mention], mentions: list[Mention],
                   before: list[Sentence]) -> DraftAgreement:
        text = sentence.text
        agreement = DraftAgreement(Fact(kind.value, sentence), sentence)
        agreement.evidence_of.append(sentence)
        verb = SIGNING.search(text)
        agreement.planned = clause_future(text, verb.start(), verb.end()) if verb else is_future(text)
        if agreement.planned:
            self._plan(agreement, sentence, verb)
        approval = APPROVAL.search(text)
        ratification = RATIFICATION.search(text)
        ratifies = ratification is not None and not agreement.planned and (verb is None or clause_at(text, verb.start(), verb.end()) == clause_at(
            text, ratification.start(), ratification.end()))
        if approval and not ratifies and not agreement.planned and not re.search(r"\bsign(?:ed|ing)\b", clause_text(text, approval.start(), approval.end()), re.IGNORECASE):
            agreement.approved = Fact(" ".join(approval.group(0).split()), sentence)
        for party in parties:
            if not _a_subject(text, party):
                agreement.parties.append(Fact(self.actors.actor(party, sentence), sentence))
        if ratifies and ratification is not None:
            self._ratification(agreement, sentence, ratification, mentions)
        if not agreement.parties:
            # No party named: the countries the sentence names, also within a name ("the Second
            # China–Central Asia Summit"), said in a note for the reviewer.
            named = [m for m in mentions if m.kind == "country" and m.how != "demonym"]
            for mention in mentions:
                if mention.kind in ("event", "project", "mechanism"):
                    named += [m for m in self.finder.find(mention.text, COUNTRY) if m.how != "demonym"]
            for country in self.actors.region_countries(text):  # "the Central Asia – China summit": the five and China
                agreement.fallback_parties.append(Fact(country, sentence, "a state of Central Asia, which the sentence names as a whole"))
            for mention in named:
                if not any(p.value == mention.record_id for p in agreement.fallback_parties):
                    agreement.fallback_parties.append(Fact(mention.record_id, sentence, "named in the sentence; the text names no signatory"))
            occasion = self.events.occasion()
            countries = self.events.countries_of(occasion) if occasion is not None else []
            if not named and occasion is not None and len(countries) > 1 and re.search(
                    r"\bthe (?:two )?(?:heads of state|presidents|leaders|sides|ministers|parties)\b"
                    r"|\b(?:the|this|that)\s+(?:state\s+|official\s+)?(?:visit|talks|meeting|negotiations)\b"
                    r"|\bwe\s+(?:have\s+)?(?:also\s+)?(?:\w+\s+){0,4}?(?:signed|adopted)\b", text, re.IGNORECASE):
                # "the two presidents signed", "one of the key outcomes of the visit was the signing of a treaty", a president's
                # "we … signed a joint statement" on it: its countries
                agreement.fallback_parties = [Fact(c, occasion.name.sentence, f"the countries of {occasion.name.value}, told of before")
                                              for c in countries]
            elif not named and before and re.search(r"\bthe (?:two )?(?:heads of state|presidents|leaders)\b", text, re.IGNORECASE):
                # "The heads of state signed a Joint Statement": the countries of those the sentence before names
                for mention in self.finder.find(before[-1].text, COUNTRY):
                    if mention.how != "demonym" and not any(p.value == mention.record_id for p in agreement.fallback_parties):
                        agreement.fallback_parties.append(Fact(mention.record_id, before[-1], "the countries of the heads of state named just before"))
        self._region(agreement, sentence)
        self._signed_by_those_who_met(agreement, sentence)
        title = self._title(text, kind)
        if title:
            agreement.title = Fact(title[0], sentence)
            agreement.title_is_official = title[1]
        self._add_to(agreement, sentence, mentions, True)
        agreement.context = before[-2:]
        if re.match(r"(?:Following|After|At the end of|Upon the conclusion of)\s+the\s+(?:meeting|talks|negotiations)", text, re.IGNORECASE):
            # "Following the meeting, the ministers signed …": the day of the meeting the text dates.
            for earlier in reversed(before):
                dated = dates_in(earlier.text, self.published)
                if dated and re.search(r"\b(met|meeting|talks|negotiations)\b", earlier.text, re.IGNORECASE) and agreement.date_signed is None:
                    agreement.date_signed = Fact(dated[0].date, earlier, "the date of the meeting it followed")
                    agreement.evidence_of.append(earlier)
                    break
        occasion = self.events.occasion()
        if agreement.date_signed is None and not agreement.planned and occasion is not None and occasion.date is not None and re.match(
                r"(?:During|At|In the course of|On the sidelines of|Following|After)\s+(?:the|this)\s+(?:meeting|talks|negotiations|visit|summit|session)\b", text):
            # "During the meeting, the Decision … was signed": the meeting's date (a range where the text gives one)
            agreement.date_signed = Fact(occasion.date.value, occasion.date.sentence, f"the date of {occasion.name.value}, during which it was signed")
        self.drafts.agreements.append(agreement)
        return agreement

    def _signed_by_those_who_met(self, agreement: DraftAgreement, sentence: Sentence) -> None:
        """'Following the talks, the two presidents signed a Joint Statement': the two who held the talks told of before
        signed it, where the text names them there."""
        text = sentence.text
        said = re.search(r"\bthe\s+(?:two\s+)?(?P<who>presidents|heads of state|leaders)\b(?:\s+of\s+the\s+(?:two\s+)?countries)?\s+(?:also\s+)?signed\b",
                         text, re.IGNORECASE)
        if said is None or agreement.planned:
            return

        def people_of(event: DraftEvent) -> list[str | DraftActor]:
            return [p.value for p in event.participants if isinstance(p.value, str) and self.dataset.kind(p.value) == "person"
                    or isinstance(p.value, DraftActor) and p.value.kind == "person"]

        occasion = next((e for e in reversed(self.drafts.events) if not e.planned and len(people_of(e)) == 2), None)
        if occasion is None:
            return
        for person in people_of(occasion):
            country = self.dataset.country_of(person) if isinstance(person, str) else person.country
            agreement.signatories.append((Fact(person, occasion.name.sentence, f"'{said.group(0)}': those of {occasion.name.value}, told of before"),
                                          "President" if said.group("who").lower() == "presidents" else "Head of State", country))

    def _region(self, agreement: DraftAgreement, sentence: Sentence) -> None:
        """'A Memorandum … in the “Central Asia – China” format': the states of Central Asia are parties beside those named."""
        region = self.actors.region_countries(sentence.text)
        if region and agreement.parties:
            named = [p.value for p in agreement.parties]
            added: list[Fact[Party]] = [Fact(c, sentence, "a state of Central Asia, which the sentence names as a whole") for c in region if c not in named]
            agreement.parties = added + agreement.parties

    def _ratification(self, agreement: DraftAgreement, sentence: Sentence, match: re.Match[str], mentions: list[Mention]) -> None:
        """'The Kazakh President ratified the treaty': a step of its history in the text's words, by the countries
        the words before the verb name ('Kazakh', 'the Senate of Kazakhstan'); the date of its clause dates the step."""
        text = sentence.text
        agreement.ratified = Fact(" ".join(match.group(0).split()), sentence)
        begin, _ = clause_at(text, match.start(), match.end())
        for mention in mentions:
            if begin <= mention.start < match.start() and mention.record_id:
                country = mention.record_id if mention.kind == "country" else self.dataset.country_of(mention.record_id)
                if country and country not in agreement.ratified_by:
                    agreement.ratified_by.append(country)
        for named in self.finder.find(text[begin:match.start()], COUNTRY):  # "the Senate of Kazakhstan", "Kazakh President"
            if named.record_id and named.record_id not in agreement.ratified_by:
                agreement.ratified_by.append(named.record_id)
        for country in agreement.ratified_by:  # a state ratifies a treaty it is party to
            if not any(p.value == country for p in agreement.parties):
                agreement.parties.insert(0, Fact(country, sentence, "the country that ratified it"))

    def _plan(self, agreement: DraftAgreement, sentence: Sentence, verb: re.Match[str] | None) -> None:
        """A signing to come: the text's words for the plan ('is expected to be signed') and the date its clause gives."""
        text = sentence.text
        begin, end = clause_at(text, verb.start(), verb.end()) if verb else (0, len(text))
        plan = FUTURE.search(main_text(text), begin, end)
        if plan is not None:
            last = max(plan.end(), verb.end() if verb and verb.start() >= plan.start() and verb.start() - plan.end() < 40 else 0)
            agreement.plan = Fact(" ".join(text[plan.start():last].split()), sentence)
        dateline = DATELINE.match(text)
        dated = [d for d in dates_in(text, self.published) if begin <= d.start < end and not inserted(text, d.start)
                 and not (dateline and d.start < dateline.end())]
        if dated:
            agreement.planned_for = Fact(dated[0].date, sentence, f"'{dated[0].text}'")

    def _date_from_context(self, agreement: DraftAgreement) -> None:
        """An agreement whose own sentences give no date takes that of the sentence just before, where
        that sentence names one of its parties ("On August 27, 2025, KyrgyzAltyn reached agreements …")."""
        if agreement.date_signed is None and not agreement.planned:
            for earlier in reversed(agreement.context):
                if any(other.statement is earlier for other in self.drafts.agreements if other is not agreement):
                    continue  # the sentence of another document's signing
                if DATELINE.match(earlier.text):
                    continue  # "TAJIKISTAN, May 18 - …": the date of the report, not of the signing
                said = f" {self.names.rules.key(earlier.text)} "
                party_keys = [self.names.keys(f.value) if isinstance(f.value, str) else [self.names.rules.key(str(f.value.name.value))]
                              for f in agreement.parties if isinstance(f.value, str | DraftActor)]
                if any(f" {key} " in said for keys in party_keys for key in keys if len(key) > 3):
                    dated = [d for d in dates_in(earlier.text, self.published)]
                    if dated:
                        agreement.date_signed = Fact(dated[0].date, earlier, f"the date of the sentence before, about the same parties ('{dated[0].text}')")
                        agreement.evidence_of.append(earlier)
                        if agreement.event is None:
                            self.events.of_agreement(agreement, earlier, self.finder.find(earlier.text))
                        event = agreement.event.value if agreement.event else None
                        if isinstance(event, DraftEvent) and event.date is None:
                            event.date = Fact(dated[0].date, earlier, "the date the text gives for the agreements signed during it")
                            event.date_note = "the day of a signing the source reports during it"
                        break

    def _title(self, text: str, kind: AgreementKind) -> tuple[str, bool] | None:
        """A title the text gives: 'the Astana Declaration' (official), 'a Memorandum of Understanding on
        deepening cooperation in artificial intelligence' (capitalised: the document's own words)."""
        after = re.search(r"\b(?P<title>(?:Declaration|Treaty|Charter|Road ?[Mm]ap|Cooperation Program(?:me)?|Program(?:me)?|Concept)\s+(?:on|for|of|between)\s+"
                          r"(?:the\s+)?[A-Z\d][\w'’-]*(?:\s+(?:[A-Z\d][\w'’-]*|of|and|the|on|for|between|\d{4}-\d{4}))*)", text)
        if after:  # "the Declaration on Allied Relations", "the Road Map for 2022-2027"
            return _without_when_and_where(after.group("title").strip()), True
        named = re.search(r"\b(?:the\s+)?(?P<title>(?:[A-Z][\w'’-]+\s+){1,4}(?:Declaration|Agreement|Treaty|Charter|Protocol|Road ?[Mm]ap|Action Plan|Memorandum))\b", text)
        if named:
            title = re.sub(r"^(The|This|That)\s+", "", named.group("title").strip())
            if not re.match(r"(A|An)\b", title) and len(title.split()) > 1:
                return title, True
        described = re.search(rf"\b(?P<title>(?:{DOCUMENT.pattern})\s+(?:on|in|for)\s+[^,.;()]+?)(?=\s+(?:was|were|is|are|between|signed|aimed|at|during|following|after|today|yesterday|by|with|to|in\s+\d|in\s+[A-Z])\b|[,.;(]|$)", text, re.IGNORECASE)
        if described:
            title = _without_when_and_where(described.group("title").strip())
            return title[:1].upper() + title[1:], False
        return None

    def _add_to(self, agreement: DraftAgreement, sentence: Sentence, mentions: list[Mention], speaks_of_signing: bool) -> None:
        """What a sentence about the agreement adds: date, place, event, signatories, sectors, minerals."""
        text = sentence.text
        if sentence not in agreement.evidence_of:
            agreement.evidence_of.append(sentence)
        if speaks_of_signing and not agreement.planned and (agreement.date_signed is None or (
                agreement.ratified is not None and agreement.ratified.sentence is sentence and agreement.ratified_on is None)):
            dateline = DATELINE.match(text)
            verb = SIGNING.search(text)
            own = clause_at(text, verb.start(), verb.end()) if verb else (0, len(text))
            # Dates of the signing verb's own clause only: "who will meet next year" does not date the signing.
            dated = [d for d in dates_in(text, self.published) if not (dateline and d.start < dateline.end())
                     and (not verb or (clause_at(text, d.start, d.start + len(d.text)) == own and not inserted(text, d.start)))]
            if dated and agreement.ratified is not None and agreement.ratified.sentence is sentence:
                agreement.ratified_on = agreement.ratified_on or Fact(dated[0].date, sentence)  # the ratification's, not the signing's
            elif dated:
                first = dated[0]
                note = f"'{first.text}', read against the publication date {self.published}" if first.relative else None
                agreement.date_signed = Fact(first.date, sentence, note)
                event = agreement.event.value if agreement.event else None
                phrase = EVENT_PHRASE.search(text)
                if isinstance(event, DraftEvent) and event.date is None and phrase and self.names.rules.key(
                        re.sub(r"^(the|a|an)\s+", "", phrase.group("event").strip(), flags=re.IGNORECASE)) == self.names.rules.key(str(event.name.value)):
                    event.date = Fact(first.date, sentence, "the date the text gives for the signing during it")
                    event.date_note = "the day of a signing the source reports during it"
        people = self.actors.people(text, mentions)
        offices: dict[int, str | None] = {p.start: p.office for p in people_in(text)}  # people the dataset does not know
        offices.update({start: office for (said, start), office in self.actors.offices.items() if said == text})
        offices.update({m.start: m.text for m in people if m.how == "office"})
        if speaks_of_signing and re.search(r"\bsign(ed|s)?\b", text, re.IGNORECASE) and not WITNESS.search(text):
            for person in people:
                office = offices.get(person.start) if person.start in offices else (
                    self.actors.office_comma_before(text, person) or self.actors.office_before(text, person, mentions) or self.actors.office_after(text, person))
                if office is None or not self._signs(text, person, mentions):
                    continue
                country = self.actors.country_in(office)
                on_behalf = next((p.value for p in agreement.parties if p.value == country), country)
                person_id = self.actors.actor(person, sentence, office)
                if not any(s[0].value == person_id for s in agreement.signatories):
                    agreement.signatories.append((Fact(person_id, sentence), _office_text(office), on_behalf))
            if not agreement.parties:
                for mention in mentions:
                    if mention.kind in PARTY_KINDS and mention.how != "demonym" and not _a_place(text, mention) and not _a_subject(text, mention):
                        agreement.parties.append(Fact(self.actors.actor(mention, sentence), sentence))

        for mention in mentions:
            if mention.kind == "agreement" and agreement.existing is None and (sentence is agreement.statement or speaks_of_signing):
                agreement.existing = mention.record_id  # the text names a recorded agreement
        for mention in self.finder.find(text, TOPICS):
            # Sectors only where the agreement is stated ("signed a memorandum … in the mining sector"):
            # a later sentence's words ("resources essential for clean energy") are not its subject.
            if mention.kind == "sector" and sentence is agreement.statement and not any(f.value == mention.record_id for f in agreement.sectors):
                agreement.sectors.append(Fact(mention.record_id, sentence))
            if mention.kind == "mineral" and not any(f.value == mention.record_id for f in agreement.minerals):
                agreement.minerals.append(Fact(mention.record_id, sentence))
        if agreement.event is None:
            self.events.of_agreement(agreement, sentence, mentions)
        if agreement.place is None and speaks_of_signing:
            place = re.search(r"\b(?:in|at the [A-Z][\w ]+ in)\s+(?P<place>[A-Z][a-zğışçöüə]+)(?:,\s+[A-Z][a-zğışçöüə]+)?\b", text)
            if place and not any(m.start <= place.start("place") < m.end for m in mentions if m.kind != "country"):
                found = place.group("place")
                if not any(m.text == found and m.kind == "country" for m in mentions) and self.actors.a_city(found):
                    agreement.place = Fact(found, sentence)

    def _list_item(self, sentence: Sentence, mentions: list[Mention], item: re.Match[str], intro: Sentence,
                   intros: list[Sentence]) -> DraftAgreement:
        """One document of a list of documents signed ('4. Agreement between the Government of … on …'):
        its title as the report lists it, its parties from the item or else from the list's introduction."""
        noun = item.group("noun")
        kind = LISTED_KINDS.get(noun.lower()) or self._kind(noun.lower())
        title = re.sub(r"^(?:\d{1,2}[.)]|[-•–·])\s*", "", sentence.text).rstrip(" ;.,")
        title = re.sub(r"^(?:A|An|The)\s+", "", title)
        title = title[:1].upper() + title[1:]
        title = re.sub(r";?\s*and$", "", title)
        agreement = DraftAgreement(Fact(kind.value, sentence), sentence)
        agreement.title = Fact(title, sentence, "the name the report lists the document under")
        agreement.title_is_official = True
        agreement.evidence_of += [intro, sentence]
        # Parties the item names: those 'between' whom it is, or those before its noun ('KTZ and ADY agreement'); a body
        # it is about ('on the supply of equipment for the Water Resources Service') is not one.
        between = re.search(r"\bbetween\b", sentence.text)
        for mention in mentions:
            named = not _a_subject(sentence.text, mention) and (between is not None and mention.start > between.end()) or mention.end <= item.start("noun") or bool(
                re.fullmatch(r"\s+of\s+(?:the\s+)?", sentence.text[item.end("noun"):mention.start]))  # "Decision of the Supreme Council"
            if named and mention.kind in PARTY_KINDS and mention.how != "demonym" and not _a_place(sentence.text, mention):
                if not any(p.value == (mention.record_id or mention.text) for p in agreement.parties):
                    agreement.parties.append(Fact(self.actors.actor(mention, sentence), sentence))
            if mention.kind in ("sector", "mineral"):
                target = agreement.sectors if mention.kind == "sector" else agreement.minerals
                if not any(f.value == mention.record_id for f in target):
                    target.append(Fact(mention.record_id, sentence))
        # "between the foreign ministries", "between Tajikistan's Sughd region and China's Shaanxi province": bodies the
        # dataset may not know are the parties; no country is put in their place.
        between_others = BETWEEN_BODIES.search(sentence.text)
        if between_others:
            agreement.parties = [p for p in agreement.parties if not (isinstance(p.value, str) and self.dataset.kind(p.value) == "country")]
        if not agreement.parties and not between_others:
            # "Kassym-Jomart Tokayev and Shavkat Mirziyoyev signed a number of documents": their countries.
            for earlier in reversed(intros):
                countries: list[str] = list(dict.fromkeys(country for m in self.actors.people(earlier.text, self.finder.find(earlier.text))
                                               if m.record_id and (country := self.dataset.country_of(m.record_id))))
                countries += [m.record_id for m in self.finder.find(earlier.text, COUNTRY)
                              if m.how != "demonym" and m.record_id and m.record_id not in countries]
                if countries:
                    agreement.parties = [Fact(c, earlier, "the countries of those who signed the list, as its introduction says") for c in countries]
                    break
        if not agreement.parties and not between_others:
            # "between the governments", "the two sides": those of the agreement the article reported just before.
            reported = [a.parties or a.fallback_parties for a in self.drafts.agreements if a is not agreement and (a.parties or a.fallback_parties)
                        and all(isinstance(p.value, str) and self.dataset.kind(p.value) == "country" for p in a.parties or a.fallback_parties)]
            if reported:
                agreement.parties = [Fact(p.value, intro, "the countries of the agreement reported before the list") for p in reported[-1]]
        ministries = MINISTRIES.search(sentence.text)
        if not agreement.parties and ministries:
            # "between the foreign ministries": the ministries of the two countries the list's introduction is about
            reported = [a.parties for a in self.drafts.agreements if a is not agreement and len(a.parties) > 1
                        and all(isinstance(p.value, str) and self.dataset.kind(p.value) == "country" for p in a.parties)]
            if reported:
                agreement.parties = [Fact(self.actors.body_of(str(p.value), "Ministry of Foreign Affairs", sentence), sentence,
                                          f"'{ministries.group(0)}': those of the countries of the agreement reported before the list")
                                     for p in reported[-1]]
        occasion = self.events.occasion()
        if not agreement.parties and occasion is not None and not between_others and re.search(
                r"\b(?:bilateral|following|after|during)\b", intro.text, re.IGNORECASE):
            # "Following the talks, a number of bilateral documents were signed:": the countries of those who met.
            agreement.parties = [Fact(c, occasion.name.sentence, f"the countries of {occasion.name.value}, as the text tells of it before the list")
                                 for c in self.events.countries_of(occasion)]
        self._region(agreement, sentence)
        if re.search(r"\bin the presence of\b", intro.text, re.IGNORECASE):
            for earlier in [intro, *reversed(intros)]:
                people = [m for m in self.actors.people(earlier.text, self.finder.find(earlier.text)) if m.record_id]
                if people:
                    agreement.witnesses = [Fact(m.record_id, earlier) for m in people]
                    break
        for earlier in [intro, *reversed(intros), *reversed(self._before_lists)]:  # the same occasion
            dateline = DATELINE.match(earlier.text)
            dated = [d for d in dates_in(earlier.text, self.published) if not (dateline and d.start < dateline.end())]
            if dated and not is_future(earlier.text):
                agreement.date_signed = Fact(dated[0].date, earlier, None if earlier is intro else
                                             f"the date the text gives for the signing ('{dated[0].text}')")
                break
        if agreement.date_signed is None and occasion is not None and occasion.date is not None and not occasion.date.value.is_range and re.search(
                r"\b(?:following|after|during|at the end of)\s+(?:the\s+)?(?:talks|meeting|negotiations|visit)\b", intro.text, re.IGNORECASE):
            agreement.date_signed = Fact(occasion.date.value, occasion.date.sentence, f"the date of {occasion.name.value}, which the signing followed")
        self.events.of_agreement(agreement, intro, self.finder.find(intro.text))
        agreement.context = []
        self.drafts.agreements.append(agreement)
        return agreement

    def _heading(self, sentence: Sentence, mentions: list[Mention], heading: re.Match[str]) -> DraftAgreement:
        """The document a page is the text of, from its heading: its kind and name, adopted by those the heading names
        (the ministries, where it names the ministers), on the date the heading gives."""
        kind = self._kind(heading.group("noun"))
        agreement = DraftAgreement(Fact(kind.value, sentence), sentence)
        agreement.evidence_of.append(sentence)
        agreement.title, agreement.title_is_official = Fact(heading.group("title").strip(), sentence, "the page's heading: the page is its text"), True
        agreement.approved = Fact("issued", sentence, "the page is the text of the document, as its heading says")
        countries = [m for m in mentions if m.kind == "country" and m.how != "demonym" and m.start < heading.end("title")
                     and not re.search(r"\b(?:Following|after|at)\b", heading.group("title")[:m.start], re.IGNORECASE)]
        if MINISTRIES.search(heading.group("title")) and countries:
            for country in countries:
                assert country.record_id is not None
                agreement.parties.append(Fact(self.actors.body_of(country.record_id, "Ministry of Foreign Affairs", sentence, country.text), sentence,
                                              "its ministers of foreign affairs, as the heading names them"))
        else:
            agreement.parties = [Fact(self.actors.actor(m, sentence), sentence) for m in countries]
        if heading.group("date"):
            dated = dates_in(heading.group("date"), self.published)
            if dated:
                agreement.date_signed = Fact(dated[0].date, sentence, f"'{heading.group('date')}' in the heading")
        self.drafts.agreements.append(agreement)
        return agreement

    def _project(self, sentence: Sentence, mentions: list[Mention], match: re.Match[str]) -> None:
        """'the construction of the China–Kyrgyzstan–Uzbekistan railway': a project, in the countries its
        name gives (a project the text places in no country is left to the contributor)."""
        name = match.group("name").strip()
        known = [m for m in mentions if m.kind == "project" and m.start < match.end() and match.start() < m.end]
        if known or any(self.names.rules.key(str(p.name.value)) == self.names.rules.key(name) for p in self.drafts.projects):
            return
        countries = list(dict.fromkeys(m.record_id for m in self.finder.find(name, COUNTRY) if m.how != "demonym" and m.record_id))
        if countries:
            self.drafts.projects.append(DraftProject(Fact(name, sentence), match.group("kind").lower(), countries))

    def _implemented(self, sentence: Sentence, mentions: list[Mention], match: re.Match[str]) -> None:
        """'the implementation of the Action Plan of the 13th meeting of the Joint Economic Commission':
        a document adopted at that meeting, its date and signature not given."""
        kind = self._kind(match.group("doc").lower()) if match.group("doc").lower() != "programme" else AgreementKind.other
        meeting = re.sub(r"^(?i:the)\s+", "", match.group("event"))
        title = f"{match.group('doc')} of the {meeting}"
        agreement = DraftAgreement(Fact(kind.value, sentence), sentence, status_unknown=True)
        agreement.title = Fact(title, sentence, "the text's name for it")
        agreement.evidence_of.append(sentence)
        existing = self.events.existing(match.group("event"))
        if existing:
            agreement.event = Fact(existing, sentence)
        else:
            event = next((e for e in self.drafts.events if self.names.rules.key(str(e.name.value)) == self.names.rules.key(
                re.sub(r"^(?i:the)\s+", "", match.group("event")))), None) or self.events.new(match.group("event"), sentence, mentions)
            agreement.event = Fact(event, sentence)
        for mention in mentions:
            if mention.kind == "agreement" and agreement.existing is None:
                agreement.existing = mention.record_id
            if mention.kind == "country" and mention.how != "demonym" and not any(p.value == mention.record_id for p in agreement.fallback_parties):
                agreement.fallback_parties.append(Fact(mention.record_id, sentence, "named in the sentence; the text names no signatory"))
        agreement.context = []
        self.drafts.agreements.append(agreement)

    def _witnesses(self, sentence: Sentence, mentions: list[Mention]) -> None:
        """People who 'witness the signing': witnesses of the agreements signed then (those of this
        paragraph and of the article, once they are read)."""
        for mention in self.actors.people(sentence.text, mentions):
            self._pending_witnesses.append(Fact(self.actors.actor(mention, sentence), sentence))

    def _package(self, sentence: Sentence, mentions: list[Mention], current: DraftAgreement | None) -> None:
        """'The pact is part of a broader package of bilateral agreements': one package record, and the
        agreement a part of it."""
        package = next((a for a in self.drafts.agreements if a.is_package), None)
        if package is None:
            anchor = current or (self.drafts.agreements[-1] if self.drafts.agreements else None)
            package = DraftAgreement(Fact(AgreementKind.package.value, sentence), sentence, is_package=True)
            package.evidence_of.append(sentence)
            if anchor is not None:
                package.parties = [Fact(p.value, p.sentence) for p in anchor.parties]
                package.date_signed = anchor.date_signed
                package.event = anchor.event
                package.event_note = anchor.event_note
                package.place = anchor.place
            names = " and ".join(str(self._display(p.value)) for p in package.parties)
            package.title = Fact(f"Agreements signed between {names}" if names else "Agreements signed together", sentence)
            self.drafts.agreements.append(package)
        else:
            package.evidence_of.append(sentence)
        for mention in mentions:
            if mention.kind == "sector" and not any(f.value == mention.record_id for f in package.sectors):
                package.sectors.append(Fact(mention.record_id, sentence))
        if current is not None and current is not package and re.search(r"\bpart of\b|\bone of\b", sentence.text, re.IGNORECASE):
            current.part_of = package

    def _counted_package_in(self, sentence: Sentence, mentions: list[Mention], signing: re.Match[str] | None, before: list[Sentence]) -> bool:
        """A package the sentence counts, signed in the clause that counts it (not planned): drafted once per report."""
        text = sentence.text
        counted = _counted(text)
        if counted is None or signing is None or any(a.is_package for a in self.drafts.agreements):
            return False
        verb = next((v for v in SIGNING.finditer(text) if clause_at(text, v.start(), v.end()) == clause_at(text, counted.start(), counted.end())), None)
        if verb is None or clause_future(text, verb.start(), verb.end()) or negated(text, verb.start()) or hypothetical(text, verb.start()):
            return False
        self._counted_package(sentence, mentions, counted, before)
        return True

    def _counted_package(self, sentence: Sentence, mentions: list[Mention], match: re.Match[str], before: list[Sentence]) -> None:
        """'Kazakhstan and Azerbaijan signed 14 cooperation documents': one package record, counted as the text counts
        it, between the countries its clause names (or those of the talks or visit told of before), dated by its
        clause (or by the occasion it followed)."""
        text = sentence.text
        package = DraftAgreement(Fact(AgreementKind.package.value, sentence), sentence, is_package=True)
        package.evidence_of.append(sentence)
        count = match.group("count").lower()
        number = int(count) if count.isdigit() else _NUMBER_WORDS.get(count)
        if number:
            bound = (match.group("bound") or "").lower()
            value = Count(number + 1, at_least=True) if bound in ("more than", "over") else Count(number, at_least=bound in ("at least",)) \
                if bound in ("", "at least") else None
            if value is not None:
                package.documents = Fact(value, sentence, f"'{match.group(0)}'")
        begin, end = clause_at(text, match.start(), match.end())
        for mention in mentions:
            if begin <= mention.start < end and mention.kind in ("country", "new-country") and mention.how != "demonym" and not _a_place(text, mention) \
                    and not any(p.value == (mention.record_id or self.actors.actor(mention, sentence)) for p in package.parties):
                package.parties.append(Fact(self.actors.actor(mention, sentence), sentence))
        occasion = self.events.occasion()
        if not package.parties and occasion is not None:
            package.parties = [Fact(c, occasion.name.sentence, f"the countries of {occasion.name.value}, during which the text says they were signed")
                               for c in self.events.countries_of(occasion)]
        dateline = DATELINE.match(text)
        dated = [d for d in dates_in(text, self.published) if begin <= d.start < end and not (dateline and d.start < dateline.end())]
        if dated:
            package.date_signed = Fact(dated[0].date, sentence)
        elif occasion is not None and occasion.date is not None and not occasion.date.value.is_range:
            package.date_signed = Fact(occasion.date.value, occasion.date.sentence, f"the date of {occasion.name.value}, during which they were signed")
        names = " and ".join(self._display(p.value) for p in package.parties)
        package.title = Fact(f"Documents signed between {names}" if names else "Documents signed together", sentence, "descriptive: the text gives no title")
        self.events.of_agreement(package, sentence, mentions)
        package.context = before[-2:]
        self.drafts.agreements.append(package)

    def _included(self, sentence: Sentence, match: re.Match[str], before: list[Sentence]) -> list[DraftAgreement]:
        """The documents a prose list names, each item that starts with a document's noun ('roadmaps to increase mutual
        trade') or goes on with the noun before it ('… and for joint research'); an item without a noun ('cooperation in the
        field of culture', 'movie production') is not guessed at; one told of before is the same. Their parties: those of the package or agreement the text
        reported before, or the countries of the occasion."""
        items = [item.strip() for item in re.split(r",\s+(?:and\s+)?|\s+and\s+(?=(?:for|on|in|to|an?)\s|(?:[\w-]+\s+){0,2}?(?:" + DOCUMENT_NOUNS + r")\b)",
                                                   match.group("list"), flags=re.IGNORECASE) if item.strip()]
        reported = [a.parties for a in self.drafts.agreements if a.parties
                    and all(isinstance(p.value, str) and self.dataset.kind(p.value) == "country" for p in a.parties)]
        occasion = self.events.occasion()
        countries = [(str(p.value), p.sentence, "the countries of the documents the text reported before") for p in reported[-1]] if reported else \
            [(c, occasion.name.sentence, f"the countries of {occasion.name.value}") for c in self.events.countries_of(occasion)] if occasion else []
        made: list[DraftAgreement] = []
        noun: str | None = None
        for item in items:
            own = re.match(rf"(?:(?:a|an|the|two|new)\s+)?(?:[\w-]+\s+){{0,2}}?(?P<noun>{DOCUMENT_NOUNS})\b", item, re.IGNORECASE)
            if own:
                noun = own.group("noun")
            elif not (noun and re.match(r"(?:for|on|in|to)\s", item)):
                noun = None
                continue
            assert noun is not None
            kind = self._kind(noun)
            title = re.sub(r"^(?:a|an|the)\s+", "", item, flags=re.IGNORECASE) if own else f"{re.sub(r's$', '', noun)} {item}"
            told = next((a for a in self.drafts.agreements if a.kind.value == kind.value and a.title and self.names.rules.key(str(a.title.value))
                         == self.names.rules.key(title)), None)
            if told is not None:  # the lead told of it, and the list tells again
                told.evidence_of.append(sentence)
                made.append(told)
                continue
            agreement = DraftAgreement(Fact(kind.value, sentence), sentence)
            agreement.evidence_of.append(sentence)
            agreement.title = Fact(_without_when_and_where(title[:1].upper() + title[1:]), sentence, "descriptive: the text's words for it")
            agreement.parties = [Fact(c, where, note) for c, where, note in countries]
            agreement.context = before[-2:]
            self.drafts.agreements.append(agreement)
            made.append(agreement)
        return made

    def _uncounted_package(self, sentence: Sentence, mentions: list[Mention], match: re.Match[str], planned: bool) -> None:
        """'The documents being prepared for signing' (planned, in the text's words), 'signed various agreements and
        memorandums' (signed, dated by its clause or the occasion): a package between the countries of its clause or else
        of the occasion told of before."""
        text = sentence.text
        package = DraftAgreement(Fact(AgreementKind.package.value, sentence), sentence, is_package=True, planned=planned)
        package.evidence_of.append(sentence)
        if planned:
            package.plan = Fact(" ".join(match.group(0).split()), sentence)
        begin, end = clause_at(text, match.start(), match.end())
        package.parties = [Fact(self.actors.actor(m, sentence), sentence) for m in mentions if begin <= m.start < end
                           and m.kind in ("country", "new-country") and m.how != "demonym" and not _a_place(text, m)]
        occasion = self.events.occasion()
        if not package.parties and occasion is not None:
            package.parties = [Fact(c, occasion.name.sentence, f"the countries of {occasion.name.value}, as the text tells of it before")
                               for c in self.events.countries_of(occasion)]
        if not planned:
            dateline = DATELINE.match(text)
            dated = [d for d in dates_in(text, self.published) if begin <= d.start < end and not (dateline and d.start < dateline.end())]
            if dated:
                package.date_signed = Fact(dated[0].date, sentence)
            elif occasion is not None and occasion.date is not None and not occasion.date.value.is_range:
                package.date_signed = Fact(occasion.date.value, occasion.date.sentence, f"the date of {occasion.name.value}, during which they were signed")
            self.events.of_agreement(package, sentence, mentions)
        names = " and ".join(self._display(p.value) for p in package.parties)
        what = "Documents to be signed" if planned else "Documents signed"
        package.title = Fact(f"{what} between {names}" if names else what, sentence, "descriptive: the text gives no title")
        self.drafts.agreements.append(package)

    def _display(self, value: object) -> str:
        if isinstance(value, str):
            return self.dataset.name(value)
        if isinstance(value, DraftActor):
            return str(value.name.value)
        return str(value)

    def _of_the_package_before(self, agreement: DraftAgreement) -> None:
        """'Pakistan and Uzbekistan on Thursday signed various agreements …', then 'The MoU on … was signed by …': a document
        told of one by one in the next paragraphs after a dated package, with no date of its own, is one of that package
        and takes its date (said in a note)."""
        if agreement.is_package or agreement.planned or agreement.date_signed is not None or agreement.part_of is not None:
            return
        packages = [p for p in self.drafts.agreements if p.is_package and not p.planned and p.date_signed is not None
                    and p.statement.paragraph <= agreement.statement.paragraph <= p.statement.paragraph + 6
                    and (p.statement.paragraph, p.statement.number) < (agreement.statement.paragraph, agreement.statement.number)]
        if len(packages) != 1 or not re.search(r"\bsigned\b", agreement.statement.text, re.IGNORECASE):
            return
        package = packages[0]
        agreement.part_of = package
        assert package.date_signed is not None
        agreement.date_signed = Fact(package.date_signed.value, package.date_signed.sentence,
                                     "the date of the documents signed together, which the report then tells of one by one")
        agreement.evidence_of.append(package.statement)

    def _finish(self) -> None:
        """Witnesses join the agreements of the article; packages take the date and event of their parts."""
        witnesses = self._pending_witnesses
        for agreement in self.drafts.agreements:
            self._date_from_context(agreement)
            self._of_the_package_before(agreement)
        for agreement in self.drafts.agreements:
            if witnesses and (agreement.is_package or agreement.part_of is None):
                for witness in witnesses:
                    if not any(w.value == witness.value for w in agreement.witnesses) and not any(s[0].value == witness.value for s in agreement.signatories):
                        agreement.witnesses.append(witness)
            if agreement.part_of is not None:
                package = agreement.part_of
                package.date_signed = package.date_signed or agreement.date_signed
                package.event = package.event or agreement.event
                package.event_note = package.event_note or agreement.event_note
            if not agreement.parties:
                agreement.parties = agreement.fallback_parties
            bodies = BETWEEN_BODIES.search(agreement.statement.text)
            ministries = MINISTRIES.search(agreement.statement.text)
            if not agreement.parties and ministries:
                # "the Cooperation Plan between the Foreign Ministries of the two countries", signed by their ministers
                agreement.parties = [Fact(self.actors.body_of(c, "Ministry of Foreign Affairs", agreement.statement), agreement.statement,
                                          f"'{ministries.group(0)}': those of the countries its signatories sign for")
                                     for c in dict.fromkeys(c for _, _, c in agreement.signatories if isinstance(c, str))]
            if not agreement.parties and not bodies:
                # Signed by ministers of two countries and no party named: the countries they sign for (not where the text
                # says it is between their ministries: those are the parties, which the contributor names).
                countries = list(dict.fromkeys(c for _, _, c in agreement.signatories if isinstance(c, str)))
                agreement.parties = [Fact(c, agreement.statement, "the country of a signatory's office; the text names no party")
                                     for c in countries]
            if not agreement.parties and re.search(r"\bthe two (countries|sides|governments)\b", agreement.statement.text, re.IGNORECASE):
                earlier = [a for a in self.drafts.agreements if a is not agreement and a.parties and a.statement.paragraph <= agreement.statement.paragraph]
                if earlier:
                    agreement.parties = [Fact(p.value, agreement.statement, "'the two countries': those of the agreement before")
                                         for p in earlier[-1].parties]
            if agreement.title is None:
                names = " and ".join(self._display(p.value) for p in agreement.parties)
                label = agreement.kind.value
                agreement.title = Fact(f"{str(label)[:1].upper()}{str(label)[1:]} between {names}" if names else str(label).capitalize(),
                                       agreement.statement, "descriptive: the text gives no title")
            for name, fact in (("date_signed", agreement.date_signed), ("place", agreement.place), ("event", agreement.event)):
                if fact is None and not (name == "date_signed" and agreement.planned):
                    agreement.open.append(name)
            if not agreement.signatories:
                agreement.open.append("signatories")


def _without_when_and_where(title: str) -> str:
    """'Roadmap on transit cooperation in 2022' → 'Roadmap on transit cooperation': a title's date and
    place are fields of their own."""
    dated = dates_in(title, None)
    if dated:
        title = title[:dated[0].start]
    title = re.sub(r"\s+(?:in|by|during)\s+(?:the\s+)?(?:(?:first|second)\s+half|early|late|mid|end|beginning|spring|summer|autumn|fall|winter)(?:\s+of)?\s*$",
                   "", title.strip(" ,"), flags=re.IGNORECASE)  # "… in the second half of 2026": its date, cut above
    title = re.sub(r"\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b.*$", "", title)
    title = re.sub(r"\s+(?:on|in)\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?$", "", title)  # "… on Nov." (cut at its full stop)
    title = re.sub(r"\s+(?:in|at)\s+(?:[A-Z][\w'’-]*(?:\s+|$))+.*$", "", title)
    return re.sub(r"\s+(?:in|on|at|of)\s*$", "", title.strip()).strip(" ,")


def _subjects_of_plural(text: str, document: re.Match[str]) -> list[str]:
    """The subjects of a plural document noun, each with its own preposition: 'memoranda on e-commerce and on the digital
    economy' → ['on e-commerce', 'on the digital economy']; one subject, or none, gives an empty list."""
    listed = re.match(r"\s+((?:on|in)\s+[^,;.]+?)((?:,\s+(?:on|in)\s+[^,;.]+?)*),?\s+and\s+((?:on|in)\s+[^,;.]+?)(?=[,;.]|\s+(?:between|with|were|was)\b|$)",
                      text[document.end():])
    if listed is None:
        return []
    middle = [part.strip() for part in re.split(r",\s+", listed.group(2)) if part.strip()]
    return [listed.group(1).strip(), *middle, listed.group(3).strip()]


def _counted(text: str) -> re.Match[str] | None:
    """Where the text counts documents ('signed 14 cooperation documents'); a day of a month is no count ('May 18 47 …')."""
    return next((m for m in PACKAGE.finditer(text) if not re.search(
        r"\b(?:" + "|".join(calendar.month_name[1:]) + r"|" + "|".join(calendar.month_abbr[1:]) + r")\.?\s+$", text[:m.start()])), None)


def _a_subject(text: str, mention: Mention) -> bool:
    """A body an agreement is about, not a party to it: 'the agreement on the establishment of the Turkic Investment Fund'."""
    return bool(re.search(r"\b(?:establishment|creation|founding|setting up|meeting|session|summit|sitting)\s+of\s+(?:the\s+|a\s+|an\s+)?$"
                          r"|\bunder\s+the\s+(?:[\w-]+\s+){1,3}of\s+(?:the\s+)?$",  # "the Agency … under the President of Tajikistan"
                          text[:mention.start], re.IGNORECASE))


def _a_place(text: str, mention: Mention) -> bool:
    """A country named as where something happens ('in Tajikistan', 'to Türkiye') or as whose a named place or body is
    ("Kazakhstan's Shymkent", "Tajikistan's Sughd region", "North Kazakhstan region"), not as a party."""
    return mention.kind in ("country", "new-country") and (bool(re.search(r"\b(in|to|at|from)\s+(the\s+)?$", text[:mention.start]))
                                          or bool(re.match(r"['’]s\s+[A-Z]|\s+(?:region|province|oblast)\b", text[mention.end:]))
                                          or bool(re.search(r"\b(?:North|South|East|West)\s+$", text[:mention.start])))


def _office_text(office: str) -> str:
    return " ".join(office.split())
