"""Documents a report lists: the items of a list of documents signed ("4. Agreement between the Government of … on …"),
those named in running prose ("the signed documents include roadmaps to …, agreements on … and on …"), and the document
a page is the text of (its heading names it)."""

from __future__ import annotations

import re

from ..dates import PartialDate
from ..model import AgreementKind
from .actors import COUNTRY, Actors
from .documents import (
    BETWEEN_BODIES,
    DATELINE,
    DOCUMENT,
    DOCUMENT_NOUNS,
    MINISTRIES,
    PARTY_KINDS,
    a_place,
    a_subject,
    all_states,
    drafted_as,
    kind_of,
    ministry_of,
    pair_parties,
    region_parties,
    without_when_and_where,
)
from .drafts import DraftAgreement, Fact
from .events import HEADS_PRESENT, PRESENCE, EventReader
from .mentions import Mention, guess_kind
from .reading import LIST_BREAK, LIST_LEAD
from .sentences import Sentence
from .titles import is_plural, pairs_between, subjects_of_plural
from .when import dates_in, is_future

# A sentence that introduces a list of documents signed ("… signed a number of documents, which include:").
LIST_INTRO = re.compile(r"(?:\b(?:sign(?:ed|ing)|inked|adopted)\b.*:\s*$|\bfollowing (?:\w+\s+){0,4}documents\b.*:\s*$|^" + LIST_LEAD + r":?\s*$"
                        # a line that breaks off at its verb, the list on the lines after: "… the Member States signed"
                        r"|" + LIST_BREAK.pattern + ")", re.IGNORECASE)
# An item of such a list: a document named by its noun near the start.
LIST_ITEM = re.compile(r"^(?:\d{1,2}[.)]\s*|[-•–—·]\s*)?(?:[\w'’–-]+\s+){0,5}?(?P<noun>(?i:agreements?|accords?|memorand(?:um|ums|a)|mous?|protocols?|treaty|declaration|charter|"
                       r"decision|programme|program|roadmap|road map|action plan|plan|contract|joint statement|concept|resolutions?|regulations?|rules|letter))\b")
# An item of a list of decisions ("Decisions taken … included the"), named by what was decided: "Adoption of the Flag of
# the OTS", "Proclamation of Bishkek as the Digital Capital of the Turkic World in 2025".
DECISIONS_INTRO = re.compile(r"\b(?:decisions|resolutions)\b", re.IGNORECASE)
# Under "The following decisions have been signed:", an item is a decision by its first words too: "- To approve the SCO
# anti-drug strategy …", "- On the draft SCO development strategy until 2035" (not the strategy, nor a road map it approves).
DECISION_ITEM = re.compile(r"^(?:\d{1,2}[.)]\s*|[-•–—·]\s*)?(?P<noun>(?:Adoption|Proclamation|Appointments?|Approval|Award(?:ing)?|Granting|Admission)(?=\s+(?:of|to)\b)"
                           r"|To(?=\s+[a-z]+\s)|On(?=\s))")
# Nouns of LIST_ITEM and the kind of document each names, where DOCUMENTS does not say.
LISTED_KINDS = {"decision": AgreementKind.decision, "resolution": AgreementKind.decision, "programme": AgreementKind.programme,
                "program": AgreementKind.programme, "concept": AgreementKind.concept, "plan": AgreementKind.plan,
                "regulations": AgreementKind.other, "regulation": AgreementKind.other, "rules": AgreementKind.other, "letter": AgreementKind.other,
                "resolutions": AgreementKind.decision, **{noun: AgreementKind.decision for noun in (
                    "adoption", "proclamation", "appointment", "appointments", "approval", "award", "awarding", "granting", "admission", "to", "on")}}
# A plural document noun in the singular, for one document of its list ("MoUs for cooperation in the fields of …").
# A document signed this many days or more before the report is one it recalls, not the occasion it reports.
RECALLED_AFTER_DAYS = 60
SINGULAR = {"mous": "MoU", "memoranda": "Memorandum", "memorandums": "Memorandum", "agreements": "Agreement", "protocols": "Protocol"}
# Documents listed in running prose: "the signed documents include roadmaps to increase mutual trade, agreements for … and
# for joint research, memorandums of understanding on cooperation in machine and aircraft building".
INCLUDED = re.compile(r"\b(?:signed\s+)?(?:documents|agreements|deals|accords|pacts|contracts|memoranda|memorandums)\s+(?:signed\s+)?(?:include|included|includes)\s+(?P<list>(?:[^.;:]|\.(?=\d))+)"
                      r"|\bamong\s+(?:the\s+)?(?:documents|agreements|those|them)\s+signed\s+(?:are|were)\s+(?P<among>[^.;:]+)"
                      # "These included cooperation in the field of …", after a package signed
                      r"|^(?:These|They|Those)\s+(?:documents\s+)?(?:include|included|includes)\s+(?P<these>[^.;:]+)"
                      # "Among them is the agreement on cooperation in education and science", after a package signed
                      r"|^Among\s+(?:them|these|those)\s+(?:is|are|was|were)\s+(?P<among_them>[^.;:]+)", re.IGNORECASE)
# A page that is itself a document: its heading names it ("Joint Statement of the Ministers of Foreign Affairs of the
# Republic of Türkiye and the Republic of Kazakhstan Following the 8th Meeting of …, 2 February 2026").
HEADING = re.compile(r"^(?P<title>(?P<noun>Joint Statement|Joint Declaration|Joint Communiqu[eé]|Declaration|Communiqu[eé])\s+(?:of|on|by|between)\s+"
                     r"(?:the\s+)?[A-Z][^.;:]{10,300}?)(?:,\s*(?P<date>\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\s+\d{1,2},\s+\d{4}))?\s*$")


class ListReader:
    """The listed documents of one report, into the drafts it shares with the extractor."""

    def __init__(self, actors: Actors, events: EventReader):
        self.dataset, self.names, self.finder, self.published, self.drafts = actors.dataset, actors.names, actors.finder, actors.published, actors.drafts
        self.actors = actors
        self.events = events
        self.before_lists: list[Sentence] = []  # sentences about the signing just before a list of documents
        self.talks_before: list[Sentence] = []  # sentences before a list that tell of talks held

    def item(self, sentence: Sentence, mentions: list[Mention], item: re.Match[str], intro: Sentence,
             intros: list[Sentence]) -> DraftAgreement:
        """The documents of one item of a list of documents signed ('4. Agreement between the Government of … on …'): one,
        or, for a plural noun and pairs of names ('Memorandums between the media of X and Y — in particular, A and B, as
        well as C and D'), one per pair; the last of them."""
        plural = is_plural(item.group("noun"))
        pairs: list[tuple[int, int] | None] = list(pairs_between(sentence.text, item.end("noun"))) if plural else []
        # "- Intergovernmental accords on environmental protection, science and higher education;": one for each subject
        document = DOCUMENT.match(sentence.text, item.start("noun")) if plural and not pairs else None
        subjects = subjects_of_plural(sentence.text, document) if document is not None else []
        if subjects:
            return [self._item(sentence, mentions, item, intro, intros, None, about) for about in subjects][-1]
        made = [self._item(sentence, mentions, item, intro, intros, pair) for pair in pairs or [None]]
        return made[-1]

    def _item(self, sentence: Sentence, mentions: list[Mention], item: re.Match[str], intro: Sentence,
              intros: list[Sentence], pair: tuple[int, int] | None, about: str | None = None) -> DraftAgreement:
        """One document of a list of documents signed: its title as the report lists it, its parties from the item (or
        the pair of it) or else from the list's introduction."""
        noun = item.group("noun")
        kind = LISTED_KINDS.get(noun.lower()) or kind_of(noun.lower())
        title = re.sub(r"^(?:\d{1,2}[.)]|[-•–—·])\s*", "", sentence.text).rstrip(" ;.,")
        title = re.sub(r"^(?:a|an|the)\s+", "", title, flags=re.IGNORECASE)  # "the Investment Agreement on …" of a list in one sentence
        title = title[:1].upper() + title[1:]
        title = re.sub(r";?\s*and$", "", title)
        if noun in ("To", "On"):  # a decision told by what it does: "Decision to approve …", "Decision on …"
            title = f"Decision {title[:1].lower()}{title[1:]}"
        agreement = DraftAgreement(Fact(kind.value, sentence), sentence)
        agreement.title = Fact(title, sentence, "the name the report lists the document under")
        agreement.title_is_official = True
        if pair is not None:
            head = SINGULAR.get(noun.lower(), re.sub(r"s$", "", noun))
            agreement.title = Fact(f"{head[:1].upper() + head[1:]} between {sentence.text[pair[0]:pair[1]].strip()}", sentence,
                                   "descriptive: the text's words for it")
            agreement.title_is_official = False
        if about is not None:  # one subject of a plural's
            head = SINGULAR.get(noun.lower(), re.sub(r"s$", "", noun))
            agreement.title = Fact(f"{head[:1].upper() + head[1:]} {about}", sentence, "descriptive: the text's words for it")
            agreement.title_is_official = False
        agreement.evidence_of += [intro, sentence]
        # Parties the item names: those 'between' whom it is, or those before its noun ('KTZ and ADY agreement'); a body
        # it is about ('on the supply of equipment for the Water Resources Service') is not one.
        # (not of a decision on what others sign: "- On signing a memorandum between the SCO Secretariat and …")
        between = re.search(r"\bbetween\s+.+?\s+and\s+.+?(?=\s+(?:on|in|for|regarding|concerning)\s|[,;.]|$)", sentence.text) \
            if noun not in ("To", "On") else None
        for mention in mentions:
            named = not a_subject(sentence.text, mention) and (between is not None and between.start() < mention.start < between.end()) or \
                mention.end <= item.start("noun") or bool(
                re.fullmatch(r"\s+of\s+(?:the\s+)?", sentence.text[item.end("noun"):mention.start])  # "Decision of the Supreme Council"
                # "Joint Statement of the Republic of Kazakhstan and the Republic of Türkiye": the second of two too
                or re.fullmatch(r"\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]*){0,4},?\s+and\s+(?:the\s+)?",
                                sentence.text[item.end("noun"):mention.start]))
            if named and mention.kind in PARTY_KINDS and mention.how != "demonym" and not a_place(sentence.text, mention):
                if not any(p.value == (mention.record_id or mention.text) for p in agreement.parties):
                    agreement.parties.append(Fact(self.actors.actor(mention, sentence), sentence))
            if mention.kind in ("sector", "mineral"):
                target = agreement.sectors if mention.kind == "sector" else agreement.minerals
                if not any(f.value == mention.record_id for f in target):
                    target.append(Fact(mention.record_id, sentence))
        if between is not None and pair is None and about is None:
            for first, side in _unnamed_sides(sentence.text, between.start(), mentions):
                # "Contract between Shymkent Textile Cluster LLP and Tessitura Valsesia S.r.l. for …": a side no name was found
                # for, named as a name is (capitals, a foreign legal form), is a party all the same
                agreement.parties.insert(0 if first else len(agreement.parties), Fact(self.actors.actor(side, sentence), sentence))
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
                        and all_states(self.dataset, a.parties or a.fallback_parties)]
            if reported:
                agreement.parties = [Fact(p.value, intro, "the countries of the agreement reported before the list") for p in reported[-1]]
        ministries = MINISTRIES.search(sentence.text)
        occasion = self.events.occasion()
        occasion_countries = self.events.countries_of(occasion) if occasion is not None else []
        if not agreement.parties and ministries:
            # "between the foreign ministries": the ministries of the two countries the list's introduction is about
            reported = [a.parties for a in self.drafts.agreements if a is not agreement and len(a.parties) > 1 and all_states(self.dataset, a.parties)]
            if reported:
                agreement.parties = [Fact(self.actors.body_of(str(p.value), ministry_of(ministries), sentence), sentence,
                                          f"'{ministries.group(0)}': those of the countries of the agreement reported before the list")
                                     for p in reported[-1]]
            elif occasion is not None and len(occasion_countries) == 2:
                agreement.parties = [Fact(self.actors.body_of(c, ministry_of(ministries), sentence), sentence,
                                          f"'{ministries.group(0)}': those of the countries of {occasion.name.value}")
                                     for c in occasion_countries]
        if not agreement.parties and occasion is not None and not between_others and (re.search(
                r"\b(?:bilateral|following|after|during)\b", intro.text, re.IGNORECASE) or len(occasion_countries) == 2):
            # "Following the talks, a number of bilateral documents were signed:", or a list after a visit or talks of two
            # states told before ("25 documents were signed, including:"): the countries of those who met.
            agreement.parties = [Fact(c, occasion.name.sentence, f"the countries of {occasion.name.value}, as the text tells of it before the list")
                                 for c in occasion_countries]
        region_parties(self.actors, agreement, sentence)
        if pair is not None:  # the pair's names, or the contributor's: no other name of the item or its introduction
            agreement.parties = [Fact(self.actors.actor(m, sentence), sentence) for m in pair_parties(self.actors, sentence.text, *pair)]
        if not agreement.parties and not between_others and pair is None:
            # "… with the signing of a package of agreements", then "a dozen documents were signed, including:" and the list: one
            # of the documents of that package, whose parties and date it takes where the list gives none (complete.Completion)
            agreement.part_of = next((a for a in reversed(self.drafts.agreements) if a.is_package and not a.planned
                                      and (a.statement.paragraph, a.statement.number) <= (intro.paragraph, intro.number)), None)
        # (under "Among them:" alone, the sentence before it, which told of the signing, introduces the list: "Following the
        # talks, in the presence of the heads of delegations, a total of nine documents were signed. Among them:")
        told = [intro, *self.before_lists[-1:]] if re.fullmatch(rf"{LIST_LEAD}\s*:", intro.text.strip(), re.IGNORECASE) else [intro]
        # "In the presence of the heads of state, 8 documents were signed:": those it names, else the heads of the talks
        # told of before, else the people the list's first introduction names ("A and B signed documents, which include:")
        agreement.witnesses = self.events.present(intro, self.actors.mentions_of(intro.text, self.actors.surnames))
        if not agreement.witnesses and any(PRESENCE.search(t.text) for t in told):
            for earlier in reversed(intros):
                people = self.actors.people(earlier.text, self.actors.mentions_of(earlier.text, self.actors.surnames))
                if people:
                    agreement.witnesses = [Fact(self.actors.actor(m, earlier), earlier) for m in people]
                    break
        for earlier in [intro, *reversed(intros), *reversed(self.before_lists)]:  # the same occasion
            dateline = DATELINE.match(earlier.text)
            dated = [d for d in dates_in(earlier.text, self.published) if not (dateline and d.start < dateline.end())]
            if dated and earlier not in (intro, *intros) and self._of_a_document_long_before(earlier, dated[0].date):
                continue  # "… the Roadmap … signed by the two governments in Astana in December 2023.", in a report of 2025: its date
            if dated and not is_future(earlier.text):
                agreement.date_signed = Fact(dated[0].date, earlier, None if earlier is intro else
                                             f"the date the text gives for the signing ('{dated[0].text}')")
                break
        if agreement.date_signed is None and occasion is not None and occasion.date is not None and not occasion.date.value.is_range and any(re.search(
                r"\b(?:following|after|during|at the end of)\s+(?:the\s+)?(?:talks|meeting|negotiations|visit|forum|summit)\b", t.text, re.IGNORECASE) for t in told):
            agreement.date_signed = Fact(occasion.date.value, occasion.date.sentence, f"the date of {occasion.name.value}, which the signing followed")
        just_before = next((a for a in reversed(self.drafts.agreements) if (a.statement.paragraph, a.statement.number) < (intro.paragraph, intro.number)),
                           None) if agreement.date_signed is None and re.search(r"\balso\s+signed\b", intro.text, re.IGNORECASE) else None
        if just_before is not None and not just_before.planned and just_before.date_signed is not None and not just_before.date_signed.value.is_range:
            # "Following the talks, the heads of state signed a Joint Statement …", then "In the presence of the heads of state, the
            # following documents were also signed:": signed with it, that day
            agreement.date_signed = Fact(just_before.date_signed.value, just_before.date_signed.sentence,
                                         f"the date of the {just_before.kind.value} signed just before, which the list's documents were signed with")
        presence = PRESENCE.search(intro.text)
        same_day = re.search(r"\b(?:on\s+)?the\s+same\s+day\b", intro.text, re.IGNORECASE)
        if agreement.date_signed is None and (presence is not None and HEADS_PRESENT.match(intro.text, presence.end()) or same_day):
            # "On 16 April, … talks between the heads of state were held in Tashkent …", then "In the presence of the heads of
            # state, the following documents were signed:" (or "… were signed in Tashkent on the same day:"): the day of the
            # talks, the last the report told of, where it names one day
            for talks in reversed(self.talks_before):
                days = [d for d in dates_in(talks.text, self.published) if d.date.day is not None and not d.date.is_range and not is_future(talks.text)]
                if days:
                    agreement.date_signed = Fact(days[0].date, talks, f"the day of the talks told of before ('{days[0].text}'), in the heads' presence")
                    break
        self.events.of_agreement(agreement, intro, self.finder.find(intro.text))
        agreement.context = []
        self.drafts.agreements.append(agreement)
        return agreement

    def _of_a_document_long_before(self, sentence: Sentence, date: PartialDate) -> bool:
        """Whether a sentence before a list dates a document drafted from it, signed months before the report: a signing
        the report recalls, not the occasion of the list."""
        if self.published is None or (self.published.earliest() - date.latest()).days <= RECALLED_AFTER_DAYS:
            return False
        return any(a.statement is sentence and a.date_signed is not None and a.date_signed.value == date for a in self.drafts.agreements)

    def included(self, sentence: Sentence, match: re.Match[str], before: list[Sentence]) -> list[DraftAgreement]:
        """The documents a prose list names, each item that starts with a document's noun ('roadmaps to increase mutual
        trade') or goes on with the noun before it ('… and for joint research'); an item without a noun ('cooperation in the
        field of culture', 'movie production') is a document of a kind the text does not say; one told of before is the same. Their parties: those of the package or agreement the text
        reported before, or the countries of the occasion."""
        # "the signed documents include …", "Among the agreements signed are …", "These included …", "Among them is …"
        group = next(g for g in ("list", "among", "these", "among_them") if match.group(g))
        listed = match.group(group)
        listed = re.sub(r"(?:\s+[–—-]\s+|,\s+)which\b.*$", "", listed)  # "… a wind farm – which will be the largest": an aside on it
        # "Among them is a contract on …, signed on Tuesday between A and B": its own signing, told by the participle
        own_signing = re.search(r",\s+signed\b(?P<clause>[^;]*)$", listed)
        listed = listed[:own_signing.start()] if own_signing else listed
        items = [item.strip() for item in re.split(r",?\s+as\s+well\s+as\s+|,\s+(?:and\s+)?|\s+and\s+(?=(?:for|on|in|to|an?)\s|(?:[\w-]+\s+){0,2}?(?:"
                                                   + DOCUMENT_NOUNS + r")\b)", listed, flags=re.IGNORECASE) if item.strip()]
        reported = [a.parties for a in self.drafts.agreements if a.parties and all_states(self.dataset, a.parties)]
        occasion = self.events.occasion()
        countries = [(str(p.value), p.sentence, "the countries of the documents the text reported before") for p in reported[-1]] if reported else \
            [(c, occasion.name.sentence, f"the countries of {occasion.name.value}") for c in self.events.countries_of(occasion)] if occasion else []
        made: list[DraftAgreement] = []
        noun: str | None = None
        fields: str | None = None  # "MoUs for cooperation in the fields of": the words before the first field, for the next fields
        for item in items:
            if re.match(r"(?!including\b|during\b)[a-z]+ing\s", item):
                break  # "…, focusing on legal, digital and green sectors": what the documents are about, not more of them
            own = re.match(rf"(?:(?:a|an|the|two|new)\s+)?(?:[\w-]+\s+){{0,3}}?(?P<noun>{DOCUMENT_NOUNS})\b", item, re.IGNORECASE)  # "a Heads of Terms agreement"
            field = None
            if own:
                noun = own.group("noun")
                fields_of = re.search(r"\bin\s+the\s+fields\s+of\s+(?=\S)", item) if is_plural(noun) else None
                # "agreements on cooperation in healthcare, …": the words before the first field
                lead = re.search(r"\b(?:on\s+cooperation\s+in|in\s+the\s+field\s+of)\s+(?=[a-z])", item) if is_plural(noun) else None
                fields = None
                if fields_of:  # "MoUs for cooperation in the fields of tourism, energy, sports": one per field
                    fields = item[:fields_of.start()].rstrip() + " in the field of "
                    item = fields + item[fields_of.end():]
                elif lead:
                    fields = item[:lead.end()]
            elif noun and fields and len(item.split()) <= 5 and item[:1].islower() and not re.match(r"(?:for|on|in|to)\s", item):
                # "energy", "sports", "medical education and science": the next fields of the plural before
                field = item
            elif not (noun and re.match(r"(?:for|on|in|to)\s", item)):
                noun = fields = None
                if re.match(r"[a-z][\w-]*(?:\s+[\w-]+){1,8}$", item) and not re.match(r"(?:others?|more|many|several|various|etc)\b", item):
                    # "the signed documents include …, cooperation in the field of culture, …": a document the list names
                    # by its subject alone, of a kind it does not say
                    made.append(self._listed(AgreementKind.other, item, sentence, before, countries, "the text names its subject, not its kind"))
                continue
            assert noun is not None
            kind = kind_of(noun)
            title = re.sub(r"^(?:a|an|the)\s+", "", f"{fields}{field}" if field and fields else item, flags=re.IGNORECASE) if own or field \
                else f"{re.sub(r's$', '', noun)} {item}"
            if is_plural(noun) and (fields or field):
                # "Intergovernmental agreements on cooperation in healthcare" goes on with "Intergovernmental agreement on …"
                title = re.sub(rf"\b{re.escape(noun)}\b", SINGULAR.get(noun.lower(), re.sub(r"s$", "", noun)), title, count=1, flags=re.IGNORECASE)
            made.append(self._listed(kind, title, sentence, before, countries))
        if own_signing is not None and len(made) == 1:
            self._signed_as_told(made[0], sentence, match.start(group) + own_signing.start("clause"), match.start(group) + own_signing.end("clause"))
        return made

    def _signed_as_told(self, agreement: DraftAgreement, sentence: Sentence, start: int, end: int) -> None:
        """The day the participle's clause after a listed document gives its signing ("…, signed on Tuesday between A and B"),
        before the span of the package it is one of."""
        dated = [d for d in dates_in(sentence.text[start:end], self.published) if not d.date.is_range]
        if dated:
            agreement.date_signed = Fact(dated[0].date, sentence, f"'{dated[0].text}', of its own signing")

    def _listed(self, kind: AgreementKind, title: str, sentence: Sentence, before: list[Sentence], countries: list[tuple[str, Sentence, str]],
                kind_note: str | None = None) -> DraftAgreement:
        """One document of a prose list, titled in the list's words: the one the lead told of already, else a new draft."""
        told = drafted_as(self.drafts, self.names, kind, title)
        if told is not None:  # the lead told of it, and the list tells again
            told.evidence_of.append(sentence)
            return told
        agreement = DraftAgreement(Fact(kind.value, sentence, kind_note), sentence)
        agreement.evidence_of.append(sentence)
        agreement.title = Fact(without_when_and_where(title[:1].upper() + title[1:]), sentence, "descriptive: the text's words for it")
        agreement.parties = [Fact(c, where, note) for c, where, note in countries]
        agreement.context = before[-2:]
        # one of the documents of the package signed just before ("14 agreements and memoranda were signed … Among
        # those signed are …"): its parties and date, where the list gives none (complete.Completion)
        agreement.part_of = self.drafts.last_package()
        self.drafts.agreements.append(agreement)
        return agreement

    def heading(self, sentence: Sentence, mentions: list[Mention], heading: re.Match[str]) -> DraftAgreement:
        """The document a page is the text of, from its heading: its kind and name, adopted by those the heading names
        (the ministries, where it names the ministers), on the date the heading gives."""
        kind = kind_of(heading.group("noun"))
        agreement = DraftAgreement(Fact(kind.value, sentence), sentence)
        agreement.evidence_of.append(sentence)
        agreement.title, agreement.title_is_official = Fact(heading.group("title").strip(), sentence, "the page's heading: the page is its text"), True
        agreement.approved = Fact("issued", sentence, "the page is the text of the document, as its heading says")
        countries = [m for m in mentions if m.kind == "country" and m.how != "demonym" and m.start < heading.end("title")
                     and not re.search(r"\b(?:Following|after|at)\b", heading.group("title")[:m.start], re.IGNORECASE)]
        if (ministries := MINISTRIES.search(heading.group("title"))) and countries:
            for country in countries:
                assert country.record_id is not None
                agreement.parties.append(Fact(self.actors.body_of(country.record_id, ministry_of(ministries), sentence, country.text), sentence,
                                              f"its {ministries.group(0).lower()}, as the heading names them"))
        else:
            agreement.parties = [Fact(self.actors.actor(m, sentence), sentence) for m in countries]
        if heading.group("date"):
            dated = dates_in(heading.group("date"), self.published)
            if dated:
                agreement.date_signed = Fact(dated[0].date, sentence, f"'{heading.group('date')}' in the heading")
        self.drafts.agreements.append(agreement)
        return agreement


# One side of "between A and B" in a list item, named as a body or company is: capitalised words, with "of", "the", "per",
# "l'", "&" and a legal form ("Tessitura Valsesia S.r.l.", "the Akimat of Mangystau Region", "Banca Veneta per l'Export S.p.A.").
NAMED_SIDE = re.compile(r"(?:the\s+)?(?P<name>[A-Z][\w'’.&-]*(?:\s+(?:of|the|per|de|di|del|della|für|l['’]?[A-Z][\w'’.-]*|&|[A-Z][\w'’.&-]*))*)")


# "between A and B" of a list item, up to what it is on ("on", "for", …) or the item's end (a legal form's full stop is none).
BETWEEN_SIDES = re.compile(r"between\s+(?P<one>.+?)\s+and\s+(?P<other>.+?)(?=\s+(?:on|in|for|regarding|concerning)\s|[,;]|\.?\s*$)")


def _unnamed_sides(text: str, at: int, mentions: list[Mention]) -> list[tuple[bool, Mention]]:
    """The sides of a list item's "between A and B" (at `at`) for which no name was found, each whether it is the first, where
    each is named as a body or company is (NAMED_SIDE; a legal form's full stops are no end) and has no "and" of its own;
    none where a side is not such a name."""
    sides = BETWEEN_SIDES.match(text, at)
    if sides is None:
        return []
    found = []
    for group in ("one", "other"):
        start, end = sides.start(group), sides.end(group)
        if any(start <= m.start < end for m in mentions):
            continue
        named = NAMED_SIDE.fullmatch(text, start, end)
        if named is None or re.search(r"\b(?:and|between)\b", named.group("name")):
            return []
        name = named.group("name").rstrip(",")
        found.append((group == "one", Mention(name, named.start("name"), named.start("name") + len(name), None, guess_kind(name, "company"), "new")))
    return found
