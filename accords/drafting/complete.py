"""The pass after the report's last sentence: what only the whole report settles about each draft.

A document's date from the sentence before it, where that sentence names its parties; a package's date, event and
parties from its parts, and its parts' from it; witnesses of every document signed then; parties the text implies
("the two countries", the countries of the visit it was signed during, of the ministers who signed it, the organisation
whose summit it was); a descriptive title where the text gives none; and which fields the contributor must still fill.
"""

from __future__ import annotations

import re

from ..dataset import Dataset
from ..dates import PartialDate
from ..duplicates import days_apart
from ..model import AgreementKind, AgreementStatus, EventKind
from ..names import NameIndex
from .actors import COUNTRY, FIELDS, TWINNING, Actors
from .documents import BETWEEN_BODIES, DATELINE, MINISTRIES, OWN_SIDES_RU, all_states, display, displayed, ministry_of, state_of
from .drafts import DraftActor, DraftAgreement, DraftEvent, Drafts, Fact, Party, party_key
from .events import HEADS_PRESENT, PRESENCE, EventReader
from .mentions import DEMONYM_WORDS, OFFICE_VOCABULARY, MentionFinder
from .packages import PackageReader
from .sentences import Sentence
from .when import dates_in

# A Russian sentence that opens with what followed the event just told: "По его итогам …", "По её итогам …".
FOLLOWING_IT_RU = re.compile(r"\s*По\s+(?:его|её|ее)\s+итогам\b")

# One state's own executive approving a document for itself: its government or cabinet, or a decree or resolution ("the
# Cabinet approved the draft Action Plan for …", "постановлением Правительства РК утвержден Комплексный план …"); not a
# council of several heads of government.
OWN_GOVERNMENT = re.compile(r"(?<!heads of )\b(?:government|cabinet)\b(?!\s+of\s+(?:the\s+)?(?:member|participating))|\b(?:presidential|government)\s+(?:decree|resolution)"
                            r"|(?<!глав )\bправительств(?:о|ом|а|у)\b|\bкабинет\w*\s+министров|\bпостановлени\w*|\bуказ(?:ом)?\s+президента", re.IGNORECASE)
# The kinds of document a state also adopts for itself (a plan of its own, a programme), unlike an agreement or memorandum.
OWN_KINDS = frozenset({AgreementKind.plan, AgreementKind.action_plan, AgreementKind.programme, AgreementKind.concept})
# A sentence that speaks of the two countries without naming them ("both sides", "the leaders", "bilateral").
THE_TWO = re.compile(r"\b(?:the|both)\s+(?:two\s+)?(?:countries|sides|states|nations|governments|leaders|presidents|heads\s+of\s+state)\b"
                     # (not those of an organisation or a region: "the Council of the Heads of State of the Organization of Turkic States")
                     r"(?!\s+of\s+(?:the\s+(?-i:[A-Z])|(?:the\s+)?(?:region|member|Central\s+Asia)))"
                     r"|\bbilateral\b", re.IGNORECASE)


# A document between ministries or agencies, by its own word: "an interagency cooperation program".
INTERAGENCY = re.compile(r"\binter-?(?:agency|ministerial|departmental)\b", re.IGNORECASE)
# Words after a state's adjective for those who act for it, or its relations with another ("his Iranian counterpart", "the
# Qatari ruler", "the Kazakh-Tajik relations").
ACTING_FOR_A_STATE = frozenset("counterpart counterparts ruler rulers leader leaders side delegation delegations government authorities officials "
                               "relations ties cooperation partnership talks border friendship alliance".split())
# A document signed at a meeting or talks, as the sentence says: "was signed at the meeting of …", "Following the talks, … signed".
# ("witnessed the signing ceremony here after the two leaders had a one-on-one meeting")
_AT_A_MEETING = r"(?:at|during|following|after|in\s+the\s+course\s+of|on\s+the\s+sidelines\s+of)\s+(?:the|a|an|their|his|her)\s+(?:[\w-]+\s+){0,5}?(?:meeting|talks|negotiations)\b"
SIGNED_AT_A_MEETING = re.compile(rf"\b(?:signed|inked|signing)\b[^.;]{{0,80}}?\b{_AT_A_MEETING}|\b{_AT_A_MEETING}[^.;]{{0,120}}?\b(?:signed|inked)\b", re.IGNORECASE)


# "в присутствии глав государств подписаны …": before the heads, whom the sentence does not name
HEADS_PRESENT_RU = re.compile(r"\bв\s+присутствии\s+(?:обоих\s+|двух\s+)?(?:глав\s+(?:государств|правительств)|президентов|лидеров)\b", re.IGNORECASE)


class Completion:
    """The drafts of one report (`drafts`, read from `sentences`), completed by `complete`."""

    def __init__(self, dataset: Dataset, names: NameIndex, finder: MentionFinder, actors: Actors, events: EventReader,
                 packages: PackageReader, published: PartialDate | None, drafts: Drafts, sentences: list[Sentence]):
        self.dataset = dataset
        self.names = names
        self.finder = finder
        self.actors = actors
        self.events = events
        self.packages = packages
        self.published = published
        self.drafts = drafts
        self._sentences = sentences

    def _heads_present(self) -> None:
        """Documents signed "in the presence of the heads of state" (who are not named there): the heads of the talks, meeting
        or visit the report tells of, as the whole report gives them ("talks between the heads of state were held", whose the
        visitor and host say, are drafted only once the report is read), added to those found when the sentence was read."""
        for agreement in self.drafts.agreements:
            said = next((s for s in [agreement.statement, *agreement.evidence_of] if (presence := PRESENCE.search(s.text))
                         and HEADS_PRESENT.match(s.text, presence.end()) or HEADS_PRESENT_RU.search(s.text)), None)
            if said is None:
                continue
            at = (said.paragraph, said.number)
            russian = HEADS_PRESENT_RU.search(said.text) is not None
            # the occasion told of last up to that sentence (not one the report tells of after it); in a Russian report, the
            # talks of two people (its reader names them in English, without their states)
            occasion = next((e for e in reversed(self.drafts.events) if not e.planned and (e.name.sentence.paragraph, e.name.sentence.number) <= at
                             and (len(self.events.countries_of(e)) > 1 if not russian else e.kind is EventKind.meeting and len(e.participants) == 2)), None)
            if occasion is None:
                continue
            for person in self.events.people_at(occasion) if not russian else occasion.participants:
                witness = Fact(person.value, person.sentence, f"the heads the text says were present: those of {occasion.name.value}")
                if not any(party_key(w.value) == party_key(witness.value) for w in agreement.witnesses) \
                        and not any(party_key(s[0].value) == party_key(witness.value) for s in agreement.signatories):
                    agreement.witnesses.append(witness)

    def complete(self, witnesses: list[Fact]) -> None:
        """Witnesses (of a signing of documents the text does not name) join the agreements of the article; packages take
        the date and event of their parts; an event dated after the report has not been held ("invited him on a state
        visit in 2026", reported in 2025): it is planned."""
        self.events.finish()
        for event in self.drafts.events:
            if not event.planned and event.date is not None and self.published is not None and event.date.value.earliest() > self.published.latest():
                event.planned = True
            elif event.planned and event.date is not None and self.published is not None and event.date.value.precision == "day" \
                    and self.published.precision == "day" and not self.published.is_range and event.date.value.earliest() <= self.published.earliest():
                # "will pay a state visit to China from May 18 to 19", reported on May 18: begun by the day of the report
                event.planned = False
                event.date_note = event.date_note or "announced as to come, on a day the report's own day has reached"
        self.drafts.agreements = [a for a in self.drafts.agreements if not self._own_act(a)]
        self._parties_of_listed_packages()
        whole_lists = self._whole_lists()
        for agreement in self.drafts.agreements:
            self._of_the_meeting_just_told(agreement)
            self._year_after_its_name(agreement)
            self._date_from_context(agreement)
            self.packages.of_the_package_before(agreement)
            signed = agreement.date_signed
            if signed is not None and not agreement.planned and self.published is not None and signed.value.earliest() > self.published.latest():
                agreement.date_signed = None  # signed after the report that says it was signed: a number read as a date
        self._meetings_dated_by_their_signings()
        self._heads_present()
        for agreement in self.drafts.agreements:
            if witnesses:  # a package and each document signed then, also those told of one by one as its parts
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
            if agreement.title is not None:
                # "… connectivity and infrastructure”", the end of the quotation the title was read from: not the title's
                agreement.title.value = without_unmatched_close(str(agreement.title.value))
                # "Agreement on international road transport": transport, as its title says
                for sector in self.dataset.sectors_named_in(str(agreement.title.value)):
                    if not any(f.value == sector for f in agreement.sectors):
                        agreement.sectors.append(Fact(sector, agreement.title.sentence, "a sector its title names"))
            if not agreement.parties and not agreement.signatories:
                # "the documents signed following the 10th Summit of the Organization of Turkic States", no state named: the
                # organisation whose summit it was (as the data records such documents)
                held_at = agreement.event.value if agreement.event is not None else self.events.summit()
                owner = self.events.organisation_of(held_at if isinstance(held_at, str | DraftEvent) else None)
                if owner:
                    agreement.parties = [Fact(owner, agreement.statement, "the organisation whose summit or meeting it was; the text names no state")]
            bodies = BETWEEN_BODIES.search(agreement.statement.text)
            ministries = MINISTRIES.search(agreement.statement.text)
            if not agreement.parties and ministries:
                # "the Cooperation Plan between the Foreign Ministries of the two countries", signed by their ministers
                agreement.parties = [Fact(self.actors.body_of(c, ministry_of(ministries), agreement.statement), agreement.statement,
                                          f"'{ministries.group(0)}': those of the countries its signatories sign for")
                                     for c in dict.fromkeys(c for _, _, c in agreement.signatories if isinstance(c, str))]
            if not agreement.parties and not bodies:
                # Signed by ministers of two countries and no party named: the countries they sign for (not where the text
                # says it is between their ministries: those are the parties, which the contributor names).
                countries = list(dict.fromkeys(c for _, _, c in agreement.signatories if isinstance(c, str)))
                agreement.parties = [Fact(c, agreement.statement, "the country of a signatory's office; the text names no party")
                                     for c in countries]
                other = self._other_state_of_the_visit(agreement, countries)
                if other is not None:
                    agreement.parties.append(other)
            states = [p.value for p in agreement.parties if isinstance(p.value, str) and self.dataset.kind(p.value) == "country"]
            if len(states) > 1 and len(states) == len(agreement.parties):
                self._their_ministries(agreement, states, ministries)
            counted = re.search(r"\bthe (?P<n>two|three|four|five) (countries|sides|governments|states)\b", agreement.statement.text, re.IGNORECASE)
            if not agreement.parties and counted:
                number = ("two", "three", "four", "five").index(counted["n"].lower()) + 2
                earlier = [a for a in self.drafts.agreements if a is not agreement and a.parties and a.statement.paragraph <= agreement.statement.paragraph
                           and (number == 2 or len(a.parties) == number)]
                # (the last between states where there is one: not the two ministries of a memorandum listed last; "the three
                # countries", those of a document of three)
                between_states = [a for a in earlier if all_states(self.dataset, a.parties)]
                # (or the states of the sides before, a body or company of each: "the two countries" are countries, never the
                # two companies of the contract just told)
                of_states = [states for a in earlier if len(states := self._states_of(a.parties)) == number]
                if between_states or of_states:
                    agreement.parties = [Fact(p, agreement.statement, f"'{counted.group(0)}': those of the agreement before")
                                         for p in ([str(p.value) for p in between_states[-1].parties] if between_states else of_states[-1])]
                    if ministries:  # "a program between the foreign ministries of the two countries": theirs
                        self._their_ministries(agreement, [str(p.value) for p in agreement.parties], ministries)
            if not agreement.parties and not agreement.signatories:
                agreement.parties = self._the_two(agreement)
                title = agreement.title
                if agreement.parties and title is not None and " between " not in title.value:
                    self._retitled(agreement)  # "Documents signed together", now with whom
            whole = agreement.part_of
            # (not where its sentence names its own sides, which were not read: "… между Агентством по продвижению экспорта при
            # Министерстве … и Торгово-промышленной палатой Бахрейна", whose sides the contributor names)
            if whole is not None and not agreement.parties and whole.parties and not OWN_SIDES_RU.search(agreement.statement.text):
                agreement.parties = [Fact(p.value, p.sentence, "the parties of the documents signed together, of which the text lists it")
                                     for p in whole.parties]
            self._other_country_of_the_visit(agreement)
            self._other_of_the_two(agreement)
            self._other_state_of_the_talks(agreement)
            self._state_of_a_signers_body(agreement)
            self._cities_not_their_states(agreement)
            self._states_beside_their_ministries(agreement)
            if whole is not None and agreement.date_signed is None and whole.date_signed is not None and not agreement.planned:
                agreement.date_signed = Fact(whole.date_signed.value, whole.date_signed.sentence, "the date of the documents signed together")
            held_at = agreement.event.value if agreement.event is not None else None
            if agreement.date_signed is None and not agreement.planned and agreement.ratified is None and isinstance(held_at, DraftEvent) and not held_at.planned \
                    and held_at.date is not None and held_at.kind in (EventKind.summit, EventKind.meeting, EventKind.forum, EventKind.council):
                # "adopted at the Extraordinary Summit … held in Ankara", the summit dated in another sentence: its day (or days)
                agreement.date_signed = Fact(held_at.date.value, held_at.date.sentence, f"the date of {held_at.name.value}, at which it was signed or adopted")
            if agreement.title is None:
                names = displayed(self.dataset, (p.value for p in agreement.parties))
                label = _label(agreement)
                joined = "between" if len(agreement.parties) > 1 else "with"  # one party named: "Agreement with China Power International"
                agreement.title = Fact(f"{str(label)[:1].upper()}{str(label)[1:]} {joined} {names}" if names else str(label).capitalize(),
                                       agreement.statement, "descriptive: the text gives no title")
            for name, fact in (("date_signed", agreement.date_signed), ("place", agreement.place), ("event", agreement.event)):
                if fact is None and not (name == "date_signed" and agreement.planned):
                    agreement.open.append(name)
            if not agreement.signatories:
                agreement.open.append("signatories")
        for package in whole_lists:  # each document of its list is drafted on its own, with what it took from the package
            for part in self.drafts.agreements:
                if part.part_of is package:
                    part.part_of = None
            self.drafts.agreements.remove(package)

    def _own_act(self, agreement: DraftAgreement) -> bool:
        """Whether a draft is a plan or programme one state's government approved for itself, no document of cooperation:
        approved (not signed), of OWN_KINDS, by OWN_GOVERNMENT, with no party but that state ("Правительство утвердило план
        подготовки к отопительному сезону")."""
        return agreement.approved is not None and not agreement.planned and agreement.kind.value in OWN_KINDS \
            and OWN_GOVERNMENT.search(agreement.approved.sentence.text) is not None \
            and len(agreement.parties) <= 1 and all_states(self.dataset, agreement.parties)

    def _meetings_dated_by_their_signings(self) -> None:
        """'Today the two ministries signed the Program. It was signed at the meeting of A with B': a meeting or talks
        (held in a day) at which, as its sentence says, a document was signed, undated, was held the day that document was
        signed, where that is one day (not a meeting where someone only spoke of the signing)."""
        for event in self.drafts.events:
            if event.date is not None or event.planned or event.kind is not EventKind.meeting:
                continue
            told = event.name.sentence
            signings = [a.date_signed for a in self.drafts.agreements if not a.planned and a.date_signed is not None
                        and a.date_signed.value.precision == "day" and not a.date_signed.value.is_range
                        and (a.statement is told or any(s is told for s in a.evidence_of))]
            if len({signing.value for signing in signings}) == 1 and SIGNED_AT_A_MEETING.search(told.text):
                event.date = Fact(signings[0].value, signings[0].sentence, "the day of the document its sentence says was signed at it")
                event.date_note = "the day of a signing the source reports at it"

    def _whole_lists(self) -> list[DraftAgreement]:
        """'15 documents were signed …' and exactly fifteen documents signed told of after it, before another package: the
        package is its list (CONTRIBUTING: documents a report only counts are one package; those it names are drafted one by
        one). Its documents become its parts, to take its date and parties, and the package is dropped once they have. A
        package 'at least' so many, or with fewer or more told of after it, stays: the report does not name just its
        documents. A document told of after it as only ratified, approved or initialled, or as signed on a day not the
        package's ("in 2019"), is not one of them."""
        def place(agreement: DraftAgreement) -> tuple[int, int]:
            return agreement.statement.paragraph, agreement.statement.number

        def of_its_days(agreement: DraftAgreement, package: DraftAgreement) -> bool:
            one, other = agreement.date_signed, package.date_signed
            return one is None or other is None or days_apart(one.value, other.value) == 0

        whole = []
        packages = [a for a in self.drafts.agreements if a.is_package]
        for package in packages:
            if package.planned or package.documents is None or package.documents.value.at_least:
                continue
            end = min((place(p) for p in packages if place(p) > place(package)), default=(10**9, 0))
            told = [a for a in self.drafts.agreements if not a.is_package and a.status is AgreementStatus.signed
                    and place(package) < place(a) < end and a.part_of in (None, package) and of_its_days(a, package)]
            if len(told) == package.documents.value.number:
                for part in told:
                    part.part_of = package
                whole.append(package)
        return whole

    def _parties_of_listed_packages(self) -> None:
        """'Nine documents were signed, including:' and the list after it: a package that names no party has those that
        every document listed after it shares."""
        for package in [a for a in self.drafts.agreements if a.is_package and not a.parties]:
            listed = [a for a in self.drafts.agreements if a is not package and not a.is_package
                      and a.statement is not package.statement and package.statement in a.evidence_of]
            shared = {tuple(p.value if isinstance(p.value, str) else id(p.value) for p in a.parties) for a in listed}
            if len(shared) == 1 and listed[0].parties:
                package.parties = [Fact(p.value, p.sentence, "the parties of every document the text lists as one of these")
                                   for p in listed[0].parties]

    def _cities_not_their_states(self, agreement: DraftAgreement) -> None:
        """'twin-city relations between the cities of Khujand of the Republic of Tajikistan and Turkestan of the Republic of
        Kazakhstan': the cities are the parties; their states are where they are, not parties too."""
        if not TWINNING.search(agreement.statement.text):
            return
        cities = {country for p in agreement.parties for country in [self._city_country(p.value)] if country}
        agreement.parties = [p for p in agreement.parties if not (isinstance(p.value, str) and p.value in cities)]

    def _states_beside_their_ministries(self, agreement: DraftAgreement) -> None:
        """"Министерство экономики Азербайджанской Республики и Министерство финансов и экономики Туркменистана подписали
        меморандум", then "Со стороны Азербайджана меморандум подписал …": each side is its ministry, and its state, named as
        the side a signer signed for, is no party beside it."""
        states = {c for p in agreement.parties if re.match(r"(?:Ministry|State Committee|Agency)\b", display(self.dataset, p.value))
                  and (c := state_of(self.dataset, p.value))}
        if states:
            agreement.parties = [p for p in agreement.parties if not (isinstance(p.value, str) and p.value in states)]

    def _city_country(self, value: object) -> str | None:
        """The state of a city's administration that is a party, recorded or drafted ('City of Khujand')."""
        if isinstance(value, DraftActor):
            return value.country if str(value.name.value).startswith("City of ") else None
        return self.dataset.country_of(value) if isinstance(value, str) and self.dataset.kind(value) == "government-body" and re.search(
            r"^City of |\bCity$", self.dataset.name(value)) else None

    def _other_country_of_the_visit(self, agreement: DraftAgreement) -> None:
        """'a joint statement issued during the official visit of the President of Uzbekistan to the State of Kuwait': one of
        the visit's two countries named as its party, the other one too (the country visited is named as a place)."""
        visit = agreement.event.value if agreement.event is not None and isinstance(agreement.event.value, DraftEvent) else None
        if visit is None or visit.kind != EventKind.visit or len(agreement.parties) != 1 or agreement.ratified is not None:
            return
        countries = self.events.countries_of(visit)
        if len(countries) == 2 and agreement.parties[0].value in countries:
            agreement.parties += [Fact(c, visit.name.sentence, f"the other country of {visit.name.value}, during which it was signed")
                                  for c in countries if c != agreement.parties[0].value]

    def _other_state_of_the_talks(self, agreement: DraftAgreement) -> None:
        """'The agreement was signed … by Kyrgyz Minister X during the SCO Summit, following talks between Kyrgyz President Y
        and Chinese President Z': one state named, the other of the two whose talks its own sentence says it followed."""
        if len(agreement.parties) != 1 or not all_states(self.dataset, agreement.parties) or not re.search(
                r"\b(?:following|after|during|at)\s+(?:the\s+)?(?:talks|negotiations|(?:a|the)\s+meeting)\s+between\b", agreement.statement.text):
            return
        talks = next((e for e in self.drafts.events if e.name.sentence is agreement.statement and not e.planned and e.kind == EventKind.meeting), None)
        both = self.events.countries_of(talks) if talks is not None else []
        one = agreement.parties[0].value
        if talks is not None and len(both) == 2 and one in both:
            agreement.parties += [Fact(c, agreement.statement, f"the other state of {talks.name.value}, which its sentence says it followed")
                                  for c in both if c != one]

    def _of_the_meeting_just_told(self, agreement: DraftAgreement) -> None:
        """"Напомним, что 7-е заседание … комиссии … прошло 2–3 октября в Ашхабаде. По его итогам стороны подписали протокол.":
        a document signed following "it" is of the meeting the sentence before told of, held: of its days, linked to it, and,
        where "стороны" gave it the sides of another document, between the meeting's two states."""
        statement = agreement.statement
        if agreement.planned or not FOLLOWING_IT_RU.match(statement.text):
            return
        meeting = next((e for e in reversed(self.drafts.events) if not e.planned and e.date is not None
                        and (e.name.sentence.paragraph, e.name.sentence.number) == (statement.paragraph, statement.number - 1)), None)
        if meeting is None or meeting.date is None:
            return
        note = f"the days of {meeting.name.value}, told in the sentence before, following which it was signed"
        agreement.date_signed = Fact(meeting.date.value, meeting.date.sentence, note)
        agreement.event = Fact(meeting, statement, "the meeting the sentence before told of ('По его итогам')")
        # (the states its name's adjectives give: "Azerbaijani–Turkmen Intergovernmental Commission")
        states = self.events.countries_of(meeting) or list(dict.fromkeys(
            m.record_id for m in self.finder.find(str(meeting.name.value), COUNTRY) if m.record_id))
        if len(states) == 2 and all((p.note or "").startswith("the sides of the document told of before") for p in agreement.parties):
            agreement.parties = [Fact(c, meeting.name.sentence, f"a state of {meeting.name.value}, following which it was signed") for c in states]

    def _states_of(self, parties: list[Fact[Party]]) -> list[str]:
        """The states of the parties, each once, where every party's is known ("Kazakh company Saryarka Geo Survey" is of
        Kazakhstan); none where one's is not."""
        states = [state_of(self.dataset, p.value) for p in parties]
        return list(dict.fromkeys(s for s in states if isinstance(s, str))) if all(isinstance(s, str) for s in states) else []

    def _other_state_of_the_visit(self, agreement: DraftAgreement, countries: list[str]) -> Fact | None:
        """'President Shavkat Mirziyoyev and President Sadyr Zhaparov signed a Declaration' on the state visit of the
        President of Uzbekistan to Kyrgyzstan: one signer's state known, the other's not told, is the visit's other country."""
        if len(countries) != 1 or not any(c is None for _, _, c in agreement.signatories):
            return None
        visit = agreement.event.value if agreement.event is not None and isinstance(agreement.event.value, DraftEvent) else self.events.occasion()
        if visit is None or visit.kind != EventKind.visit:
            return None
        both = self.events.countries_of(visit)
        if len(both) != 2 or countries[0] not in both:
            return None
        other = next(c for c in both if c != countries[0])
        return Fact(other, visit.name.sentence, f"the other country of {visit.name.value}, whose other signer's state the text does not give")

    def _other_of_the_two(self, agreement: DraftAgreement) -> None:
        """'To strengthen cooperation between the two countries, 14 agreements were signed in the presence of … Uzbekistan
        Deputy Prime Minister …', in a report of Saudi Arabia and Uzbekistan: one state named, the two the report names up
        to it (and the documents of the package its list names, which took their one state from it)."""
        if len(agreement.parties) != 1 or not THE_TWO.search(agreement.statement.text) or not all_states(self.dataset, agreement.parties):
            return
        named = self._named_up_to(agreement.statement)
        one = agreement.parties[0].value
        if len(named) != 2 or one not in named:
            return
        other = next(c for c in named if c != one)
        fact: Fact[Party] = Fact(other, named[other], "the other of 'the two countries' its sentence speaks of, the only two the report names up to it")
        for each in [agreement, *(a for a in self.drafts.agreements if a.part_of is agreement)]:
            if [p.value for p in each.parties] == [one]:
                each.parties.append(fact)
                if each.is_package and each.title is not None and str(each.title.value).startswith("Documents signed between "):
                    self._retitled(each)

    @staticmethod
    def _year_after_its_name(agreement: DraftAgreement) -> None:
        """'… complements the earlier Treaty on Eternal Friendship (1997)': the year in parentheses after its name is the
        year it was signed, not the day the sentence's signing was. (A Russian sentence, whose drafts are titled in English,
        is read so where its documents are: russian.YEAR_AFTER_NAME.)"""
        title = agreement.title
        if title is None or agreement.planned or title.sentence is not agreement.statement:
            return
        year = re.search(re.escape(str(title.value)) + r"\s*\((?P<year>(?:19|20)\d{2})\)", agreement.statement.text, re.IGNORECASE)
        if year is not None:
            agreement.date_signed = Fact(PartialDate(int(year.group("year"))), agreement.statement, f"'({year.group('year')})' after its name")

    def _state_of_a_signers_body(self, agreement: DraftAgreement) -> None:
        """'signed by President of Azerbaijan Ilham Aliyev, President of Uzbekistan Shavkat Mirziyoyev and Chairman of the
        People's Council of Turkmenistan Gurbanguly Berdimuhamedov': beside states, a body named only in its signer's office
        is the state he signs for, as the others' offices are theirs."""
        states = [p for p in agreement.parties if all_states(self.dataset, [p])]
        if len(states) < 2 or len(states) == len(agreement.parties):
            return
        parties: list[Fact[Party]] = []
        for party in agreement.parties:
            name = str(party.value.name.value) if isinstance(party.value, DraftActor) else self.dataset.name(str(party.value))
            state = next((c for _, office, c in agreement.signatories if isinstance(c, str) and office and name in office
                          and c not in [p.value for p in agreement.parties]), None) if party not in states else None
            parties.append(party if state is None else Fact[Party](state, party.sentence, f"the state its signer signs for: '{name}' is of his office"))
        agreement.parties = parties
        if agreement.title is not None and " between " in str(agreement.title.value):
            self._retitled(agreement)

    def _retitled(self, agreement: DraftAgreement) -> None:
        """A title written for want of one ("Documents signed together", "Documents signed between Uzbekistan") named anew
        with the parties it has now."""
        title = agreement.title
        if title is None or title.note != "descriptive: the text gives no title":
            return
        head = str(title.value).split(" between ")[0].removesuffix(" together")
        agreement.title = Fact(f"{head} between {displayed(self.dataset, (p.value for p in agreement.parties))}", title.sentence, title.note)

    def _named_up_to(self, statement: Sentence) -> dict[str, Sentence]:
        """The states the report names up to a sentence, each with the sentence that first names it (by an adjective only
        before an office or those who act for a state: "Chinese President Xi Jinping", "his Iranian counterpart", not "the
        War of Resistance against Japanese Aggression")."""
        named: dict[str, Sentence] = {}
        for sentence in self._sentences:
            for mention in self.finder.find(sentence.text, COUNTRY):
                after = re.match(r"(?:[-–][A-Z][\w'’]*)*\s+([\w-]+)", sentence.text[mention.end:])  # (after "Kazakh-Tajik" too)
                if mention.how == "demonym" and not (after and (after.group(1).lower() in OFFICE_VOCABULARY or after.group(1).lower() in ACTING_FOR_A_STATE)):
                    continue
                if mention.record_id and mention.record_id not in named:
                    named[mention.record_id] = sentence
            if sentence is statement:
                break
        return named

    def _their_ministries(self, agreement: DraftAgreement, states: list[str], ministries: re.Match[str] | None) -> None:
        """States as a document's parties that the text says it is between the ministries of: "Türkiye and Tajikistan have
        signed a Cooperation Program between their respective foreign ministries" (those ministries), "Russian Foreign
        Minister … and Tajik Foreign Minister … have signed an interagency cooperation program" (the ministries its signers
        head, where each office names one)."""
        text = agreement.statement.text
        if ministries is not None and (re.search(r"\bbetween\s+(?:their|the\s+two\s+(?:countries|states)['’]?)\s+(?:respective\s+)?$", text[:ministries.start()])
                                       # "between the foreign ministries of the two countries"
                                       or re.search(r"\bbetween\s+(?:the\s+)?$", text[:ministries.start()])
                                       and re.match(r"\s+of\s+(?:the\s+)?(?:two|both)\s+(?:countries|states|sides)\b", text[ministries.end():])):
            agreement.parties = [Fact(self.actors.body_of(c, ministry_of(ministries), agreement.statement), agreement.statement,
                                      f"'{ministries.group(0)}' of the states it is between") for c in states]
        elif interagency := INTERAGENCY.search(text):
            agreement.parties = self._ministries_of_signers(agreement, states, interagency.group(0)) or agreement.parties

    def _ministries_of_signers(self, agreement: DraftAgreement, states: list[str], said: str) -> list[Fact]:
        """The ministry each signer heads, by the field the office names ("Foreign Minister", "Minister of Energy"), where
        every state has one signer and each office names a field."""
        fields: dict[str, str] = {}
        for _, office, country in agreement.signatories:
            named = re.search(r"\b(?P<adjective>[A-Z][a-z]+)\s+Minister\b|\bMinister\s+of\s+(?P<of>[A-Z][\w ,]+?)\s*$", office or "")
            field = (named.group("adjective") or named.group("of")) if named else None
            if field is None or not isinstance(country, str) or field.lower() in DEMONYM_WORDS or field in ("Prime", "Deputy", "First", "Vice"):
                return []
            fields[country] = FIELDS.get(field.lower(), field)
        if sorted(fields) != sorted(states):
            return []
        return [Fact(self.actors.body_of(c, f"Ministry of {fields[c]}", agreement.statement), agreement.statement,
                     f"the ministry its signer heads, of an '{said}' document") for c in states]

    def _the_two(self, agreement: DraftAgreement) -> list[Fact]:
        """No party named, nor anyone who signed: the two countries of the visit or talks it was signed at, or, where its
        sentence speaks of 'the two countries' ('both sides', 'the leaders'), the only two the report names up to it, or
        where it names none up to it, the two of the one visit or talks of two states it tells of."""
        if BETWEEN_BODIES.search(agreement.statement.text) or re.search(r"\b(?:companies|firms|businesses|concerns|enterprises|banks|universities)\b",
                                                                      agreement.statement.text, re.IGNORECASE):
            return []  # "Turkmen and Japanese companies have signed several documents": bodies, which the contributor names
        event = agreement.event.value if agreement.event is not None and isinstance(agreement.event.value, DraftEvent) else None
        countries = self.events.countries_of(event) if event is not None else []
        if len(countries) == 2 and event is not None:
            return [Fact(c, event.name.sentence, f"a country of {event.name.value}, at which it was signed; the text names no party")
                    for c in countries]
        if not THE_TWO.search(agreement.statement.text):
            return []
        named = self._named_up_to(agreement.statement)
        if len(named) != 2:
            # "Both leaders also witnessed the signing of several agreements", a report's first sentence: the two states of the
            # one visit or talks of two states the report tells of, where there is one
            held = {tuple(states): e for e in self.drafts.events if not e.planned and len(states := self.events.countries_of(e)) == 2}
            if len(held) != 1:
                return []
            [(pair, event)] = held.items()
            return [Fact(c, event.name.sentence, f"a country of {event.name.value}, the one of two states the report tells of; its sentence says "
                                                 "'the two' and names none") for c in pair]
        return [Fact(c, told, "one of the two countries the report names; its sentence says 'the two' and names none")
                for c, told in named.items()]

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


def _label(agreement: DraftAgreement) -> str:
    """What a descriptive title calls the document: its kind, or for a communiqué (of kind other), the text's word."""
    communique = re.search(r"\b(?P<joint>joint\s+|совместн\w+\s+)?(?:communiqu[eé]|коммюнике)", agreement.statement.text, re.IGNORECASE)
    if agreement.kind.value == AgreementKind.other.value and communique:
        return "joint communiqué" if communique.group("joint") else "communiqué"
    return str(agreement.kind.value)


def without_unmatched_close(title: str) -> str:
    """A title without a closing quotation mark at its end that no opening one in it matches."""
    if title.endswith(("”", "»")) and not any(mark in title for mark in "“«„") or title.endswith('"') and title.count('"') % 2:
        return title[:-1].rstrip()
    return title
