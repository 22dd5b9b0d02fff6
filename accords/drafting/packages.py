"""Packages of documents: those a report counts ("signed 14 cooperation documents"), those it says were signed or are to
be signed without counting or naming them ("signed various agreements", "the documents being prepared for signing"), and
the documents it then tells of one by one as parts of a package."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable

from ..counts import Count
from ..model import AgreementKind
from .actors import THE_HEADS_SIGNED, Actors
from .clauses import clause_at, hypothetical, negated
from .documents import DATELINE, SIGNING, WITNESS, a_place, displayed
from .drafts import DraftAgreement, Fact
from .events import EventReader
from .mentions import Mention
from .sentences import Sentence
from .when import clause_future, dates_in

# A package the text counts: "signed 14 cooperation documents", "exchanged more than fifteen intergovernmental,
# interregional and sectoral documents", "47 documents worth $22 billion were signed", "a package of documents".
_NUMBER_WORDS = {w: n for n, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
                                            "sixteen seventeen eighteen nineteen twenty".split())}
_NUMBER_WORDS.update({"thirty": 30, "forty": 40, "fifty": 50, "dozens": 24, "a dozen": 12})
PACKAGE = re.compile(
    r"(?<!\d)\b(?:(?P<bound>more than|over|at least|some|about|around|nearly|almost|up to)\s+)?(?P<count>\d{1,3}|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
    + r"|a package of)\s+(?:(?!(?:the|a|an|of|in|on|and|were|was|have|has|signed|inked|concluded|exchanged)\b)[a-z][a-z-]*,?\s+(?:and\s+)?){0,5}?"
    r"(?:documents|agreements|deals|accords|memoranda|memorandums|instruments|contracts)\b",
    re.IGNORECASE)
# Documents the text says are to be signed, without counting or naming them: a planned package.
PLANNED_PACKAGE = re.compile(r"\bdocuments\s+(?:(?:that\s+are|which\s+are)\s+)?(?:being\s+)?prepared\s+for\s+signing\b"
                             # "a solid package of bilateral documents is planned to be adopted", "It is planned to adopt a set of …"
                             r"|\b(?:package|set|number|series)\s+of\s+(?:[\w-]+\s+){0,3}?(?:documents|agreements)\s+(?:is|are)\s+(?:also\s+)?"
                             r"(?:expected|scheduled|planned|due|set)\s+to\s+be\s+(?:signed|adopted)\b"
                             # "A solid package of documents will be signed following the talks"
                             r"|\b(?:package|set|number|series)\s+of\s+(?:[\w-]+\s+){0,3}?(?:documents|agreements)\s+will\s+(?:also\s+)?be\s+(?:signed|adopted)\b"
                             r"|\b(?:is|are)\s+(?:planned|expected|scheduled)\s+to\s+(?:sign|adopt)\s+(?:a\s+)?(?:(?:solid|large|whole)\s+)?(?:package|set|number|series)\s+of\s+"
                             r"(?:[\w-]+\s+){0,3}?(?:documents|agreements)\b"
                             r"|\bdocuments\s+(?:are|were)\s+(?:expected|scheduled|planned|due|set)\s+to\s+be\s+signed\b"
                             r"|\b(?:expected|plan|plans|planned|set|scheduled|due)\s+to\s+sign\s+(?:a\s+number\s+of|several|a\s+package\s+of|a\s+series\s+of|"
                             r"(?:(?:about|around|some|more\s+than|over|up\s+to)\s+)?\d{1,3})\s+(?:\w+\s+){0,2}?(?:documents|agreements)\b"
                             # "The visit is expected to result in the signing of several agreements and MoUs"
                             r"|\b(?:expected\s+to|will|is\s+to)\s+result\s+in\s+the\s+signing\s+of\s+(?:a\s+number\s+of|several|a\s+package\s+of|a\s+series\s+of|various)\s+"
                             r"(?:\w+\s+){0,2}?(?:documents|agreements)\b"
                             # "a Joint Declaration and several bilateral documents will be adopted"
                             r"|\b(?:several|a\s+number\s+of|various|a\s+package\s+of|a\s+series\s+of)\s+(?:[\w-]+\s+){0,2}?(?:documents|agreements)\s+"
                             r"(?:will|are\s+to|are\s+expected\s+to)\s+be\s+(?:signed|adopted)\b", re.IGNORECASE)
# Documents signed, neither counted nor named: "signed various agreements and memorandums", "a number of documents
# were signed", "the summit followed with a signing solid package of documents". The words of such a signing: a verb or
# its noun ("witnessed the signing ceremony of several agreements", "the exchange of a number of documents"), a word
# that leaves the number unsaid ("several", "a series of", "numerous") and a plural kind of document, in either order
# ("a series of Memoranda of Understanding and agreements were signed").
_UNCOUNTED = (r"(?:several|various|a\s+number\s+of|a\s+series\s+of|a\s+range\s+of|a\s+host\s+of|a\s+raft\s+of|a\s+slew\s+of|"
              r"a\s+batch\s+of|a\s+set\s+of|multiple|numerous|many|dozens\s+of|scores\s+of|several\s+dozen)")  # (a headline's "signs dozens of … agreements, MOUs")
_PLURAL_DOCUMENTS = r"(?:documents|agreements|deals|accords|memoranda|memorandums|MoUs|contracts|protocols|instruments)"
_DESCRIBED = r"(?:(?!(?:the|a|an|of|in|on|and|were|was|have|has|with|between)\b)[\w-]+,?\s+){0,3}?"  # "bilateral", "partnership"
_SIGNING_WORDS = r"(?:signed|signs|inked|inks|sealed|exchanged|concluded|signing(?:\s+ceremony)?\s+(?:of|for)|exchange\s+of|inking\s+of)"
SIGNED_PACKAGE = re.compile(rf"\b{_SIGNING_WORDS}\s+(?:the\s+)?(?:{_UNCOUNTED}|new)\s+{_DESCRIBED}{_PLURAL_DOCUMENTS}\b"
                            rf"|\b{_UNCOUNTED}\s+{_DESCRIBED}{_PLURAL_DOCUMENTS}(?:\s+and\s+{_DESCRIBED}{_PLURAL_DOCUMENTS})?(?:\s+[\w-]+){{0,6}}?"
                            r"\s+(?:was|were|have\s+been|had\s+been)\s+(?:also\s+)?(?:signed|inked|concluded|exchanged)\b"  # "a number of new agreements and contracts were signed"
                            # "signed agreements on trade … to the tune of $15 bln": documents counted by their worth, not in number
                            r"|\b(?:signed|inked)\s+(?:agreements|deals|documents|contracts)\b[^.;]{0,80}?\b(?:worth|to\s+the\s+tune\s+of|totall?ing|valued\s+at)\s+"
                            r"(?:about\s+|over\s+|more\s+than\s+)?(?:\$|USD|US\$|€)"
                            # "witnessed the signing of agreements and Memorandums of Understanding": two kinds, neither counted
                            r"|\b(?:signed|inked|signing\s+of)\s+(?:(?:new|several|various|bilateral)\s+)?(?:agreements|documents|memoranda|memorandums|MoUs)"
                            r"\s+and\s+(?:[\w-]+\s+){0,2}?(?:agreements|documents|memoranda|memorandums|MoUs)\b"
                            # "a ceremony of signing Azerbaijani-Kazakh documents was held"
                            # (its two states named so; "the ceremony of signing bilateral documents", a list after it, is the list's)
                            r"|\bceremony\s+of\s+(?:the\s+)?signing\s+(?:of\s+)?[A-Z][a-z]+[-–][A-Z][a-z]+\s+(?:documents|agreements)\b"
                            # "attended a ceremony held to exchange documents signed during the visit"
                            # ("An exchange of documents signed during Vladimir Putin's state visit … was conducted")
                            r"|\bexchange\s+(?:of\s+)?(?:the\s+)?documents\s+signed\s+(?:during|at|in\s+the\s+course\s+of)\s+"
                            r"(?:the|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}['’]s)\s+(?:(?:state|official|working)\s+)?(?:visit|talks|summit|meeting|negotiations)\b"
                            # "the visit …, which culminated in the signing of agreements for … projects": documents signed then
                            r"|\b(?:culminated|resulted|ended|concluded)\s+(?:in|with)\s+the\s+signing\s+of\s+(?:(?:new|several|various|bilateral|a\s+number\s+of)\s+)?"
                            r"(?:agreements|documents|memoranda|memorandums|MoUs|deals)\b"
                            # "signed agreements on many fields", "signed cooperation agreements in 13 fields": documents of
                            # fields the text does not give one by one
                            r"|\b(?:signed|inked)\s+(?:(?:new|cooperation|bilateral)\s+){0,2}(?:agreements|documents|memoranda|memorandums|MoUs)\s+"
                            r"(?:on|in)\s+(?:many|several|various|a\s+number\s+of|a\s+range\s+of|\d+)\s+(?:fields|areas|sectors|spheres)\b",
                            re.IGNORECASE)


def a_tally(text: str) -> bool:
    """Whether the text counts the documents of a span of years: "Since 1992, the two countries have signed more than 200
    documents" is the record of a relation, not one signing."""
    return re.search(r"\b(?:since|over the (?:past|last)|in the (?:past|last)|so far|to date|in total|over the years|over \d+ years|history of)\b",
                     text, re.IGNORECASE) is not None \
        and re.search(r"\bhave\s+(?:already\s+)?signed\b|\bhas\s+been\s+signed\b|\bhave\s+been\s+signed\b", text, re.IGNORECASE) is not None


def counted(text: str) -> re.Match[str] | None:
    """Where the text counts documents ('signed 14 cooperation documents'); a day of a month is no count ('May 18 47 …',
    'On 5 January Kazakhstan and Uzbekistan signed agreements')."""
    months = r"(?:" + "|".join(calendar.month_name[1:]) + r"|" + "|".join(calendar.month_abbr[1:]) + r")\b"
    if a_tally(text):
        return None
    count = next((m for m in PACKAGE.finditer(text) if not re.search(months + r"\.?\s+$", text[:m.start()])
                  and not re.match(months, text[m.end("count"):].lstrip())), None)
    framework = re.search(r"\b(?:legal|treaty|contractual|regulatory)(?:[\s-]+(?:and[\s-]+)?(?:legal|contractual))?\s+(?:framework|base|basis)\b", text)
    if count is not None and framework is not None and framework.start() < count.start():
        # "There is a very broad legal framework between us – 245 documents have been signed": the treaty base, no signing (not
        # "four documents that establish a solid legal framework", nor a title's "Legal and Contractual Framework", in capitals)
        return None
    return count


def _number_of(count: re.Match[str]) -> int | None:
    """The number a PACKAGE match counts, in figures or in words ("14", "fourteen")."""
    written = count.group("count").lower()
    return int(written) if written.isdigit() else _NUMBER_WORDS.get(written)


def as_counted(number: int, bound: str | None) -> Count | None:
    """A number of documents as the text counts them: "more than 30" or "over 30" is at least 31, "at least 30" at least
    30, "30" thirty; "about 30" gives no count."""
    said = " ".join((bound or "").lower().split())
    return Count(number + 1, at_least=True) if said in ("more than", "over") else Count(number, at_least=said == "at least") \
        if said in ("", "at least") else None


class PackageReader:
    """The packages of one report, into the drafts it shares with the extractor."""

    def __init__(self, actors: Actors, events: EventReader, signatories: Callable[[DraftAgreement, Sentence, list[Mention], tuple[int, int]], None]):
        self.dataset, self.published, self.drafts = actors.dataset, actors.published, actors.drafts
        self.actors = actors
        self.events = events
        self.signatories = signatories  # adds to a document the people a part of a sentence says sign it (Extractor.add_signatories)

    def package(self, sentence: Sentence, mentions: list[Mention], current: DraftAgreement | None) -> None:
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
            names = displayed(self.dataset, (p.value for p in package.parties))
            package.title = Fact(f"Agreements signed between {names}" if names else "Agreements signed together", sentence)
            self.drafts.agreements.append(package)
        else:
            package.evidence_of.append(sentence)
        for mention in mentions:
            if mention.kind == "sector" and not any(f.value == mention.record_id for f in package.sectors):
                package.sectors.append(Fact(mention.record_id, sentence))
        if current is not None and current is not package and re.search(r"\bpart of\b|\bone of\b", sentence.text, re.IGNORECASE):
            current.part_of = package

    def counted_in(self, sentence: Sentence, mentions: list[Mention], signing: re.Match[str] | None, before: list[Sentence],
                   listed: int = 0) -> bool:
        """A package the sentence counts, signed in the clause that counts it (not planned): drafted once per report; not
        where the sentence lists as many documents as it counts ('signed three documents: the Protocol on …, …'), each drafted."""
        text = sentence.text
        found = counted(text)
        if found is None or signing is None or any(a.is_package for a in self.drafts.agreements):
            return False
        if listed > 1 and _number_of(found) == listed and not found.group("bound"):
            return False
        named_before = self._counted_and_named_before(_number_of(found)) if not found.group("bound") else []
        if named_before:
            # "… with the signing of two important documents", the two drafted from "signed two agreements, including A and B":
            # those two, and who the sentence says signed them
            for agreement in named_before:
                if not agreement.signatories and not agreement.planned:
                    self.signatories(agreement, sentence, mentions, (0, len(text)))
            return False
        verb = next((v for v in SIGNING.finditer(text) if clause_at(text, v.start(), v.end()) == clause_at(text, found.start(), found.end())), None)
        if verb is None or clause_future(text, verb.start(), verb.end()) or negated(text, verb.start()) or hypothetical(text, verb.start()):
            return False
        if re.match(r"\s+(?:the\s+|a\s+)?laws?\s+(?:on\s+)?(?:ratifying|ratification\s+of|approving)\b", text[verb.end():found.start()] + " ", re.IGNORECASE):
            return False  # "signed laws ratifying two key agreements": laws signed, the agreements signed before (not that day)
        self.counted_package(sentence, mentions, found, before)
        return True

    def _counted_and_named_before(self, number: int | None) -> list[DraftAgreement]:
        """The documents of a sentence before that counted as many as this one and named each of them (each drafted)."""
        by_sentence: dict[int, list[DraftAgreement]] = {}
        for agreement in self.drafts.agreements:
            if not agreement.is_package:
                by_sentence.setdefault(id(agreement.statement), []).append(agreement)
        return next((drafted for drafted in by_sentence.values() if number is not None and number > 1 and len(drafted) == number
                     and (count := counted(drafted[0].statement.text)) is not None and _number_of(count) == number), [])

    def counted_package(self, sentence: Sentence, mentions: list[Mention], match: re.Match[str], before: list[Sentence]) -> None:
        """'Kazakhstan and Azerbaijan signed 14 cooperation documents': one package record, counted as the text counts
        it, between the countries its clause names (or those of the talks or visit told of before), dated by its
        clause (or by the occasion it followed)."""
        package = DraftAgreement(Fact(AgreementKind.package.value, sentence), sentence, is_package=True)
        package.evidence_of.append(sentence)
        number = _number_of(match)
        value = as_counted(number, match.group("bound")) if number else None
        if value is not None:
            package.documents = Fact(value, sentence, f"'{match.group(0)}'")
        self._parties_and_date(package, sentence, mentions, match, "during which the text says they were signed", before)
        names = displayed(self.dataset, (p.value for p in package.parties))
        package.title = Fact(f"Documents signed between {names}" if names else "Documents signed together", sentence, "descriptive: the text gives no title")
        self.events.of_agreement(package, sentence, mentions)
        package.context = before[-2:]
        self.drafts.agreements.append(package)

    def uncounted(self, sentence: Sentence, mentions: list[Mention], match: re.Match[str], planned: bool, before: list[Sentence]) -> None:
        """'The documents being prepared for signing' (planned, in the text's words), 'signed various agreements and
        memorandums' (signed, dated by its clause or the occasion): a package between the countries of its clause or else
        of the occasion told of before."""
        package = DraftAgreement(Fact(AgreementKind.package.value, sentence), sentence, is_package=True, planned=planned)
        package.evidence_of.append(sentence)
        if planned:
            package.plan = Fact(" ".join(match.group(0).split()), sentence)
            number = re.search(r"(?:(?P<bound>about|around|some|more\s+than|over|up\s+to)\s+)?(?P<count>\d{1,3})\s", match.group(0))
            if number is not None and (value := as_counted(int(number.group("count")), number.group("bound"))) is not None:
                package.documents = Fact(value, sentence, f"'{number.group(0).strip()}'")  # "expected to sign 30 documents"
        self._parties_and_date(package, sentence, mentions, match, "as the text tells of it before", before)
        if not planned:
            self.events.of_agreement(package, sentence, mentions)
        names = displayed(self.dataset, (p.value for p in package.parties))
        what = "Documents to be signed" if planned else "Documents signed"
        package.title = Fact(f"{what} between {names}" if names else what, sentence, "descriptive: the text gives no title")
        self.drafts.agreements.append(package)

    def _parties_and_date(self, package: DraftAgreement, sentence: Sentence, mentions: list[Mention], match: re.Match[str], told: str,
                          before: list[Sentence]) -> None:
        """A package's parties: the countries of the clause that tells of it, else those of the occasion told of before
        (`told` says how, in the note), else where "they signed", those of the heads the sentence before names; its date, unless planned: its clause's, else the occasion's where that is one day."""
        text = sentence.text
        begin, end = clause_at(text, match.start(), match.end())
        for mention in mentions:
            # the states of its clause, and a company it is signed with ("Uzbekistan has signed three agreements with China Energy
            # International Group")
            if begin <= mention.start < end and (
                    mention.kind in ("country", "new-country") and mention.how != "demonym" and not a_place(text, mention)
                    or mention.kind in ("company", "organisation") and re.search(r"\bwith\s+(?:the\s+)?$", text[:mention.start])
                    # and the company that signs them ("ACWA Power, the Saudi power generation company, has signed three … agreements")
                    or mention.kind == "company" and re.match(r"\s?(?:,\s+[^,;]{1,80},)?\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?(?:signed|inked|concluded)\b",
                                                              text[mention.end:])):
                party = self.actors.actor(mention, sentence)
                if not any(p.value == party for p in package.parties):
                    package.parties.append(Fact(party, sentence))
        if not package.parties:
            # "a ceremony of signing Azerbaijani-Kazakh documents": the two states its adjectives name
            package.parties = [Fact(c, sentence, "a state its adjective names before the documents' noun") for c in self.actors.paired_states(text[begin:end])]
        if not package.parties and not WITNESS.search(text):
            # "Turkish President Recep Tayyip Erdogan and Kyrgyz President Sadyr Japarov have signed 19 agreements": the
            # presidents sign, for the states of their offices
            self.signatories(package, sentence, mentions, (begin, end))
            for _, _, country in package.signatories:
                if isinstance(country, str) and not any(p.value == country for p in package.parties):
                    package.parties.append(Fact(country, sentence, "the state of a signatory's office"))
        occasion = self.events.occasion()
        countries = self.events.countries_of(occasion) if occasion is not None else []
        # "During the state visit of the President of Kazakhstan to Kyrgyzstan, a series of documents were signed": one
        # state in the clause (the other is where, no party), two in the visit it was signed during: the visit's
        if occasion is not None and (not package.parties or (len(package.parties) == 1 and len(countries) > 1 and package.parties[0].value in countries)):
            package.parties = [Fact(c, occasion.name.sentence, f"the countries of {occasion.name.value}, {told}") for c in countries]
        if not package.parties and before and THE_HEADS_SIGNED.search(text):
            package.parties = [Fact(c, before[-1], "the countries of the heads of state named just before") for c in self.actors.heads_countries(before[-1].text)]
        if package.planned:
            return
        dateline = DATELINE.match(text)
        dated = [d for d in dates_in(text, self.published) if begin <= d.start < end and not (dateline and d.start < dateline.end())]
        if dated:
            package.date_signed = Fact(dated[0].date, sentence)
        elif occasion is not None and occasion.date is not None and not occasion.date.value.is_range:
            package.date_signed = Fact(occasion.date.value, occasion.date.sentence, f"the date of {occasion.name.value}, during which they were signed")

    def of_the_package_before(self, agreement: DraftAgreement) -> None:
        """'Pakistan and Uzbekistan on Thursday signed various agreements …', then 'The MoU on … was signed by …': a document
        told of one by one in the next paragraphs after a dated package, with no date of its own, is one of that package
        and takes its date (said in a note)."""
        if agreement.is_package or agreement.planned or agreement.date_signed is not None or agreement.part_of is not None:
            return
        packages = [p for p in self.drafts.agreements if p.is_package and not p.planned and p.date_signed is not None
                    and p.statement.paragraph <= agreement.statement.paragraph <= p.statement.paragraph + 10
                    and (p.statement.paragraph, p.statement.number) < (agreement.statement.paragraph, agreement.statement.number)]
        # ("Both sides exchanged MoUs between …": documents of the package, exchanged at its ceremony)
        if len(packages) != 1 or not re.search(r"\b(?:signed|exchanged)\b", agreement.statement.text, re.IGNORECASE):
            return
        package = packages[0]
        agreement.part_of = package
        assert package.date_signed is not None
        agreement.date_signed = Fact(package.date_signed.value, package.date_signed.sentence,
                                     "the date of the documents signed together, which the report then tells of one by one")
        agreement.evidence_of.append(package.statement)
