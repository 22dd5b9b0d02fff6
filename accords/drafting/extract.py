"""What an article states: documents signed, planned, approved or ratified, and the events of the report, each
fact with the sentence it came from.

The drafting tool's passes, one job each:
  read      reading.py      the article's text, title, publisher and date from a page, a text copy or a PDF
  segment   sentences.py    sentences; clauses.py: the clauses of a sentence, and whether a verb's own clause is
                            negated, hypothetical or future
  predicates extract.py     (this module) documents and what was done to them, in the words documents.py shares;
                            lists.py: documents a report lists (in lines, in prose, or a page that is one);
                            packages.py: documents it counts or signs together; events.py: visits, talks, summits,
                            meetings; russian.py: both, for sentences in Russian (russian_text.py: their words,
                            grammar and names by natasha)
  arguments extract.py      parties, signatories, witnesses, sectors of a document (events.py: of an event);
                            titles.py: its title, and the documents one sentence lists or names by subject
  names     mentions.py     names in a sentence; actors.py: names to records or new draft actors, with offices;
                            russian_names.py: the names of a Russian report in English (chinese_names.py:
                            Chinese names written in Russian, back in pinyin)
  dates     when.py         dates at the text's precision (russian_text.py: dateparser for Russian)
  complete  complete.py     after the last sentence, what only the whole report settles (a package's parts, parties
                            the text implies, descriptive titles, the fields left to fill)
  write     write.py        draft files, each field under its sentence, and what a recorded record would gain

Rules, not a model: a sentence states a document when it names a kind of document (memorandum, agreement, treaty,
declaration, action plan …) and a verb done to it ("signed", "inked", "adopted", "ratified"); a later sentence that
speaks of "the memorandum" or "the document" adds to the last one. Parties are the countries, bodies and companies of
the signing sentence; people there are signatories (with the office the text gives them) or, where they "witness" the
signing, witnesses. Dates are the text's own, at its precision; a plan ("is expected to be signed") is planned, with
the text's words for it and the date its clause gives. A few facts only the whole report gives are read after its last
sentence: whose were the talks "the two leaders held" (events.EventReader.finish), a package's parties and date from
its parts, witnesses of every document signed then (complete.Completion).
"""

from __future__ import annotations

import dataclasses
import re

from ..dataset import Dataset
from ..dates import PartialDate
from ..duplicates import title_words
from ..model import AgreementKind, EventKind
from ..names import LEGAL_FORM, NameIndex
from .actors import COUNTRY, DEMONYMS, HEADS_OF_STATE, THE_HEADS_SIGNED, Actors
from .clauses import CAPITALISED_NAME, FINITE_VERB, FUTURE, SAYS, asides, clause_at, clause_text, hypothetical, inserted, main_text, negated, postponed, wished
from .complete import Completion
from .documents import (
    DATELINE,
    DOCUMENT,
    DOCUMENT_NOUNS,
    DOCUMENTS,
    ENTRY_INTO_FORCE,
    INITIALLING,
    MINISTRY_FIELDS,
    PARTY_KINDS,
    SIGNING,
    WITNESS,
    a_place,
    a_subject,
    all_states,
    between_on_a_route,
    drafted_as,
    in_a_route,
    kind_of,
    ministry_named,
    pair_parties,
    ratification_stage,
    region_parties,
    state_of,
    the_two_companies_before,
    without_when_and_where,
)
from .drafts import NO_OFFICE, DraftActor, DraftAgreement, DraftEvent, DraftProject, Drafts, Fact, party_key
from .events import EVENT_NAME, EVENT_PHRASE, PRESENCE, EventReader
from .lists import DECISION_ITEM, DECISIONS_INTRO, HEADING, INCLUDED, LIST_INTRO, LIST_ITEM, LISTED_KINDS, ListReader
from .mentions import (
    BODY_WORDS,
    CALENDAR_WORDS,
    COMPANY_ENDINGS,
    HONORIFIC,
    OFFICE_VOCABULARY,
    OFFICE_WORDS,
    PERSON_NAME,
    SIGNED_BY,
    SIGNS_NEXT,
    SURNAME,
    Mention,
    MentionFinder,
)
from .mentions import people as people_in
from .packages import PLANNED_PACKAGE, SIGNED_PACKAGE, PackageReader, a_tally, counted
from .reading import Article
from .russian import RussianReader
from .russian_text import is_russian
from .sentences import Sentence, sentences
from .titles import (
    DOCUMENT_ENTITLED,
    EACH_BETWEEN,
    MINUTES_OF,
    QUOTED_TITLE,
    Listed,
    coordinated_documents,
    documents_after,
    is_plural,
    is_proper,
    listed_documents,
    pairs_between,
    subjects_of_plural,
    title_of,
    titled_documents,
)
from .when import DateInText, clause_future, dates_in, day_of_span, is_future

# Bodies of states, unnamed, before the states: "the rail freight operators of Azerbaijan, Georgia and" (not "the governments of").
BODIES_OF_STATES = re.compile(r"\b(?:operators|companies|firms|carriers|railways|banks|businesses|enterprises|producers|exporters|ports|airlines)"
                              r"\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?:,\s+|\s+and\s+|,\s+and\s+))*$")
# A ministry that signs, by what it is: "the ministry signed", "the ministry has also signed".
THE_MINISTRY_SIGNED = re.compile(r"\b[Tt]he\s+ministry\s+(?:has\s+|had\s+)?(?:also\s+)?(?:signed|inked|concluded)\b")
# Who led the delegations, named: "The delegations were led by A, B and C".
# (and "The Tajik side was led by A, the Pakistani delegation by B")
# (and "The meeting was co-chaired by A and B": who "the co-chairs" are)
DELEGATIONS_LED_BY = re.compile(r"\b(?:delegations\s+were|(?:side|delegation)\s+was)\s+(?:led|headed)\s+by\b|\bwas\s+co-?chaired\s+by\b", re.IGNORECASE)
# They sign, by what they are: "the heads of the delegations signed", "the co-chairs signed the protocol".
# (and "ended with the heads of the Azerbaijani, Kazakh and Turkmen delegations signing the minutes")
HEADS_OF_DELEGATIONS_SIGNED = re.compile(r"\bthe\s+(?:two\s+|three\s+)?(?:heads\s+of\s+(?:the\s+)?(?:(?-i:[A-Z][\w-]*),?\s+(?:and\s+)?){0,5}delegations|co-?chairs(?:\s+of\s+the\s+(?:[A-Z][\w–-]*\s+){1,6})?)\s+"
                                         r"(?:also\s+)?sign(?:ed|ing)\b", re.IGNORECASE)
# A delegation by its state's adjective, before the name of who led it: "The Tajik side was led by …, the Pakistani delegation by …".
SIDE_OF = re.compile(r"\b(?P<adjective>[A-Z][\w-]+)\s+(?:side|delegation)\b")
# Adopting a text without signing it: the verb and who did it, as the text says ("approved by the heads of state").
APPROVAL = re.compile(r"\b(?:approved|endorsed|adopted|adoption(?=\s+of\b)|issued|(?<=decree on )approving|(?<=resolution on )approving)\b(?:\s+by\s+(?:the\s+)?(?:\w+\s+){0,4}?(?:heads of state|presidents|leaders|parliament|government|council|ministers|\w+))?",
                      re.IGNORECASE)
# A ratification: "the Senate ratified", "Tokayev signed a law on the ratification of": a step of a signed document's history.
RATIFICATION = re.compile(r"\bratif(?:y|ies|ied|ying)\b|"
                          # "The agreement on … entered into force on 1 January": its entry into force, a step of its history
                          r"\b(?:entered|came)\s+into\s+force\b|"
                          # "exchanged notes on the entry into force of the agreement": a step after its signing, not a signing
                          r"\bexchang(?:ed|es|ing)\s+(?:diplomatic\s+)?(?:notes|instruments\s+of\s+ratification|ratification\s+(?:instruments|letters))\b|\b(?:signed|adopted|passed)\s+(?:a\s+|the\s+)?(?:law|bill)\s+[«\"“]?(?:on|for)\s+(?:the\s+)?ratification\b"
                          # "The deputies approved the ratification of the agreement": a chamber's vote on it
                          r"|\b(?:approved|endorsed|backed|supported|voted\s+for)\s+(?:the\s+)?(?:(?:draft\s+)?(?:law|bill)\s+[«\"“]?(?:on|for)\s+(?:the\s+)?)?ratification\s+of\b",
                          re.IGNORECASE)
# A state's own acts, which one signs to ratify or approve a treaty without signing the treaty.
LAW_NOUNS = r"law|bill|decree|resolution"
# "An agreement was reached to hold …", "reached an agreement on …": an understanding, not a document.
# "An agreement on launching a dialogue platform was reached": its subject between them.
REACHED = re.compile(r"\bagreements?\s+(?:(?:on|to|about|regarding)\s+[^.;:,]{1,80}?\s+)?(?:was|were|has been|have been|had been)\s+(?:also\s+)?reached\b"
                     r"|\breached\s+(?:(?:an?|the)\s+(?:corresponding\s+|relevant\s+|mutual\s+|necessary\s+)?)?agreements?\b"
                     # "the implementation of agreements reached by the heads of state on May 9": understandings, told of
                     r"|\bagreements?\s+(?:(?:that|which)\s+(?:were|was|had\s+been|have\s+been)\s+)?reached\s+(?:by|at|during|between|in|on|earlier|previously|before)\b",
                     re.IGNORECASE)
# A sentence that adds to what the one before told: "In addition, agreements were signed …".
ADDITIONALLY = re.compile(r"(?:In addition|Additionally|Besides|Moreover|Furthermore|Also)\b")
# Documents not yet signed: "the package of bilateral documents under consideration by the parties".
# (and "the ministers reviewed the drafts of the Joint Statement …, as well as a package of final documents": drafts)
PENDING = re.compile(r"\bunder\s+(?:consideration|discussion|negotiation|preparation|review)\b|\bbeing\s+(?:prepared|drafted|negotiated|coordinated|discussed)\b"
                     r"|\b(?:reviewed|discussed|considered|examined|studied)\b[^.;]*\bdrafts?\b",
                     re.IGNORECASE)
REFERENCE = re.compile(r"\b(the|this|that|these|those|today['’]s|yesterday['’]s|such(?:\s+an?)?)\s+(?:(?:mining|new|newly|recently|just|previously|already|jointly|bilateral|trilateral|said|signed)\s+)*(?P<noun>document|pact|deal|"
                       + "|".join(f"(?:{p})" for p, _ in DOCUMENTS) + r")\b", re.IGNORECASE)
# Talks told of as held: "talks between the heads of state were held in Tashkent", "the Presidents held talks".
TALKS_HELD = re.compile(r"\b(?:talks|negotiations)\b[^.;]{0,120}?\b(?:were|was)\s+held\b|\bheld\s+(?:\w+\s+){0,2}(?:talks|negotiations)\b", re.IGNORECASE)
# Who signed, by their office alone, for the next sentence to name: "was signed … by the co-chairs of the commission".
SIGNED_BY_WHOM = re.compile(r"\b(?:signed|inked)\b[^.;]*?\bby\s+(?:the\s+)?(?:two\s+)?(?:co-?chairs|heads\s+of\s+(?:the\s+)?delegations|ministers|leaders)\b",
                            re.IGNORECASE)
# A sentence that names them: "They are …", "These were …".
THEY_ARE = re.compile(r"\s*(?:They|These)\s+(?:are|were)\b")
# The occasion of the document told of before: "At the same ceremony, …".
# (and "The same day, C Bank and D Bank signed …": the day of the one before)
SAME_OCCASION = re.compile(r"\s*(?:(?:At|During|On)\s+the|The|That)\s+same\s+(?:ceremony|event|occasion|meeting|day)\b")
# A step told with the one before, by who did both: "The parties also approved the Roadmap …", after "At the closing session
# on 18 November, the co-chairs signed the Protocol …": on its day.
THE_SIDES_ALSO = re.compile(r"\s*(?:The\s+(?:two\s+)?(?:parties|sides|co-chairs|delegations|ministers|leaders|presidents)|They|Both\s+sides)\s+"
                            r"(?:also|further)\s+(?:signed|inked|approved|adopted|endorsed|initialled|initialed)\b")
# Two companies told of before, by their kind: "the two companies", "both companies", "the partners".
THE_TWO_COMPANIES = re.compile(r"\b(?:the\s+two|both)\s+companies\b|\bthe\s+partners\b", re.IGNORECASE)
# Who signed a listed document, in brackets after its name: "(signed by O. Yusupov and F. Al-Harbi)".
SIGNERS_IN_BRACKETS = re.compile(r"\s\(signed\s+by\s+[^()]+\)")


def text_before_brackets(title: str) -> str:
    """A listed document's name without who signed it: "Memorandum … (signed by A and B)" is "Memorandum …"."""
    return SIGNERS_IN_BRACKETS.split(title)[0].rstrip(" ;,.")


# Who tells that something was done: "announced that it has signed", "said on Monday that the sides had signed".
ANNOUNCED_THAT = re.compile(r"\b(?:announced|said|says|reported|reports|stated|confirmed|revealed|told\s+\w+)\s+(?:\w+\s+){0,2}?that\b")
# The document of the sentence before, by its pronoun: "It was signed by …", "It was also signed on the sidelines of …".
# (and after the side it was signed on: "On the Kyrgyz side it was signed by A, and on behalf of the bank by B")
IT_WAS_SIGNED = re.compile(r"\s*(?:On\s+(?:the\s+)?[\w-]+\s+side,?\s+|On\s+behalf\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3},?\s+)?[Ii]t\s+was\s+(?:also\s+|jointly\s+)?(?:signed|inked)\s+(?:by|on|in|at|during)\b")
# An item of a list marked as one ("- Action Plan …", "• Agreement …", "3) Memorandum …"), and a sentence that tells of documents
# signed together, which such items may list after it.
MARKED_ITEM = re.compile(r"^(?:\d{1,2}[.)]\s*|[-•–—·]\s*)\S")
PLURAL_SIGNED = re.compile(r"\b(?:sign(?:ed|ing)|inked|adopted|exchanged)\b[^;]*\b(?:documents|agreements|accords|memorand(?:a|ums)|MoUs)\b", re.IGNORECASE)
# A signing told in an inverted passive, of a document the report adds: "Also inked was the agreement on …", "Signed too were …".
INVERTED_PASSIVE = re.compile(r"\s*(?:Also\s+|Additionally,?\s+)?(?:signed|inked|concluded|adopted)\s+(?:too\s+|also\s+)?(?:was|were)\s+(?:the|a|an)\s", re.IGNORECASE)
# A state's act named only by what it does to some document: 'a resolution "On approval of international agreement"'.
GENERIC_ACT_TITLE = re.compile(r"[“\"«]On\s+(?:the\s+)?(?:approval|ratification)\s+of\s+(?:an?\s+|the\s+)?(?:(?:international|intergovernmental|bilateral)\s+)?"
                               r"(?:agreements?|treat(?:y|ies)|documents?)[”\"»]", re.IGNORECASE)
# What a document is signed in or under, not with: "a protocol under the Intergovernmental Commission", "within the framework of the
# Council".
UNDER_A_FRAMEWORK = re.compile(r"\b(?:under|(?:with)?in\s+the\s+framework\s+of|under\s+the\s+auspices\s+of|as\s+part\s+of)\s+(?:the\s+)?$"
                               # "signed at the 11th Intergovernmental Commission": at its meeting (events.ORDINAL_BODY)
                               r"|\b(?:at|during|following|after|on\s+the\s+sidelines\s+of)\s+the\s+(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|"
                               r"sixth|seventh|eighth|ninth|tenth)\s+$", re.IGNORECASE)
# The nouns by which a report tells again of any document it named before, whatever its kind.
GENERIC_REFERENCE = re.compile(r"(?:document|pact|deal|accord|(?:intergovernmental |bilateral |strategic cooperation |cooperation |framework )?agreement)s?", re.IGNORECASE)
# The documents of the sentence before, told of again by who signed them: "The documents were signed by A and B."
THE_DOCUMENTS_SIGNED_BY = re.compile(r"\s*(?:The|These|Both)\s+(?:two\s+|three\s+)?(?:documents|agreements)\s+were\s+signed\s+by\b")
# A speaker's verb right after a name: "Tokayev said (that) …", "Aliyev noted …".
SPEAKS = re.compile(rf"(?:\s*,\s*[^,]{{1,80}},)?\s+(?:{SAYS})\b")
# Documents of another kind after the one signed, by their subjects: "… a protocol and a number of agreements in the fields of …".
MORE_OF_A_KIND = re.compile(r"\s+and\s+(?:a\s+number\s+of|several|a\s+series\s+of|some|other|also)\s+(?P<noun>agreements|memoranda|memorandums|contracts|protocols)\b",
                            re.IGNORECASE)
# One more document of the kind, of another pair: "…, as well as on education between C and D".
ALSO_BETWEEN = re.compile(r",\s+as\s+well\s+as\s+(?P<topic>(?:on|in|for)\s+[^,;.]+?\s+)?between\s+", re.IGNORECASE)
PLURAL_LIST = re.compile(rf"\bwith\s+(?:the\s+)?(?:[\w-]+\s+){{0,6}}?(?:[–—:]\s+)?(?P<list>(?:{CAPITALISED_NAME})(?:,\s+(?:and\s+)?{CAPITALISED_NAME})*(?:,?\s+and\s+{CAPITALISED_NAME}))")
IMPLEMENTED = re.compile(rf"\bimplementation\s+of\s+the\s+(?P<doc>Action Plan|Road ?[Mm]ap|Agreement|Programme|Program|Memorandum)\s+of\s+the\s+(?P<event>{EVENT_NAME})")
PROJECT = re.compile(
    r"\b(?:construction|building|development|modernization|modernisation|completion|launch)\s+of\s+(?:the\s+|a\s+|an\s+|new\s+)*"
    r"(?P<name>(?:[A-Z][\w'’–-]*\s+)+(?P<kind>railway|railroad|pipeline|plant|refinery|schools?|highway|road|port|bridge|mine|power plant|line|cent(?:er|re)|park|terminal|dam))\b")
TOPICS = frozenset({"sector", "mineral", "corridor"})
# Documents told of as signed before the one a sentence is about: "the memoranda previously signed … on June 12, 2023".
PREVIOUSLY_SIGNED = re.compile(r"\b(?:previously|earlier|already|formerly)\s+(?:\w+\s+){0,2}?(?:signed|concluded|reached)\b"
                               r"|\bsigned\s+(?:earlier|previously|before)\b", re.IGNORECASE)
# A sentence that lists its documents after a colon, separated by semicolons: its introduction, up to the colon.
INLINE_LIST = re.compile(r"^[^:;]*\b(?:signed|inked|exchanged|adopted|include[ds]?|following)\b[^:;]*:\s+")
# A body named before its head's office: "Saudi Fund for Development CEO", "Asian Development Bank President".
HEADED_BODY = re.compile(r"^(?:the\s+)?(?P<body>(?:[A-Z][\w'’&.-]*\s+(?:(?:for|of|and)\s+)?){0,5}(?:Fund|Bank|Corporation|Company|Group|Holding|Agency)"
                         r"(?:\s+(?:for|of)\s+(?:[A-Z][\w'’&.-]*\s*){1,3})?)\s+(?:CEO|Chairman|Chairwoman|President|Director(?:\s+General)?|Head|Governor)$")
# Documents signed on many occasions, the background of a relation: "(a number of joint statements and agreements) signed
# during bilateral visits and meetings", "… concluded over the years".
OVER_THE_YEARS = re.compile(r"(?:\s+and\s+[\w-]+)?\s+(?:signed|concluded|adopted)\s+(?:(?:during|at|in\s+the\s+course\s+of)\s+(?:[\w-]+\s+){0,2}?"
                            r"(?:visits|meetings|summits|talks)\b|over\s+the\s+(?:past\s+)?(?:years|decades)\b|since\s+(?:independence|then)\b)", re.IGNORECASE)
# Two kinds of financing instrument before a plural noun: "loan and grant agreements" are two documents.
INSTRUMENTS = re.compile(r"\b(?P<first>loan|grant|credit|guarantee|financing)\s+and\s+(?P<second>loan|grant|credit|guarantee|financing)\s+$", re.IGNORECASE)
# The words before a document whose signing is told of by its ceremony: "at a signing ceremony of the MoU with …".
SIGNING_CEREMONY = re.compile(r"\bsigning\s+ceremony\s+(?:of|for)\s+(?:the\s+)?$", re.IGNORECASE)
# One of the documents counted before, by its ordinal: "The second agreement covers …", "while the third is related to …".
ORDINAL_PART = re.compile(r"\b(?:the|The)\s+(?:second|third|fourth|fifth|sixth)\s+(?:(?P<noun>agreement|memorandum|document|deal|contract|one)\s+)?"
                          r"(?P<verb>covers|concerns|relates\s+to|is\s+related\s+to|provides\s+for|envisages|involves|is\s+on|deals\s+with)\b")
# A document between two states' foreign ministries, named with the states: "between the Ministries of Foreign Affairs of
# the Republic of Uzbekistan and the Republic of Belarus", "between the foreign ministries of Kazakhstan and China".
# "between the Ministries of Foreign Affairs of A and B", "The Ministries of Energy of A, B, and C signed": each state's ministry.
MINISTRIES_OF_STATES = re.compile(rf"\b(?:(?i:between)\s+)?(?i:the)\s+(?i:(?P<adjective>foreign|foreign\s+affairs|{MINISTRY_FIELDS})\s+ministries"
                                  rf"|ministries\s+of\s+(?P<field>foreign\s+affairs|{MINISTRY_FIELDS}|economy|internal\s+affairs|emergency\s+situations)"
                                  r"|(?P<parliaments>parliaments|legislative\s+assemblies|legislatures)"
                                  # "The Central Banks of Azerbaijan (CBA) and Uzbekistan signed": each state's bank
                                  r"|(?P<banks>central|national)\s+banks)\s+of\s+"
                                  r"(?P<states>(?:the\s+)?[A-Z][^;.]*?,?\s+and\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*)*)")
# What joins a name to its state's: "ACWA Power of the Kingdom of Saudi Arabia", "… of the Republic of Uzbekistan".
STATE_OF_A_NAME = re.compile(r"\s+of\s+(?:the\s+)?(?:(?:Kingdom|Republic|State|Sultanate|Emirate|People['’]s\s+Republic|Islamic\s+Republic|"
                             r"Federal\s+Republic)\s+of\s+(?:the\s+)?)?")
# An anniversary a date is the day of: "July 27 marked 25 years since the signing of …", "the 30th anniversary of the signing".
# (not "signed a declaration on the occasion of the 30th anniversary of the establishment of their diplomatic relations")
ANNIVERSARY = re.compile(r"\b(?:marked|marks|marking|celebrated|celebrates|commemorated)\s+(?:the\s+)?(?:\d+(?:st|nd|rd|th)?|one|two|three|four|five|six|seven|eight|nine|ten|"
                         r"fifteen|twenty|twenty-five|thirty)\s*(?:years?\s+since|anniversary\s+of)\s+(?:the\s+)?"
                         # ("This month marks five years since we signed the memorandum …")
                         r"(?:signing|conclusion|adoption|(?:(?:we|they|the\s+(?:two\s+)?(?:sides|countries|parties)|(?-i:[A-Z][\w-]+\s+and\s+[A-Z][\w-]+))\s+)?(?:signed|concluded|adopted))\b"
                         r"|\b\d+(?:st|nd|rd|th)\s+anniversary\s+of\s+(?:the\s+)?(?:signing|conclusion|adoption)\b", re.IGNORECASE)
AGAIN: list = []  # a signing sentence that tells again of the agreement just read


# "between the two countries", "both sides signed", "the leaders witnessed the signing": the parties are those of the report
# The body an office is of, the last named: "Chairman of the Board of Kazakhstan Railways SC" → "Kazakhstan Railways SC".
SIGNS_FOR = re.compile(r"\bof\s+(?:the\s+)?(?P<org>[A-Z][\w'’&.-]*(?:\s+(?:and|[A-Z][\w'’&.-]*))*)\s*$")


# Who signed, said as a group before their names: "signed by the heads of the two companies, Aidos Mukanov and Emil Sydykov".
# ("signed by the chairman of Garagum Gas, Merdan Annayev, and …": one, whose office it is)
SIGNERS_NAMED_AFTER = re.compile(r"(?:the\s+)?(?P<office>(?P<head>heads?|chiefs?|leaders?|chief\s+executives?|directors?|chairm[ae]n|CEOs?)\b[^,;]{0,60}),\s+"
                                 r"(?P<names>(?:[A-Z][\w'’-]*|and|,|\s)*)")
# The signatories of the document just told of, signing another: "They also signed a … grant agreement".
THEY_ALSO_SIGNED = re.compile(r"\s*They\s+(?:also|then|later|additionally)\s+(?:signed|inked)\b")


def _body_signing(office: str) -> str | None:
    """The body an office is of, by its name ('Chairman of the Board of Kazakhstan Railways SC': Kazakhstan Railways SC;
    '… of the Cabinet of Ministers' Office': the Cabinet of Ministers' Office); none for a minister's ('First Deputy
    Minister of Mining and Geology' names the field of a ministry, not a body called so)."""
    org = SIGNS_FOR.search(office)
    if org is None or re.search(r"\bMinister\s*$", office[:org.start()]):
        return None
    return ("Cabinet of " if re.search(r"\bCabinet\s*$", office[:org.start()]) else "") + org.group("org")


# After a name, more names only and then the signing verb: "[Kassym-Jomart Tokayev] and Ilham Aliyev signed".
NAMES_THEN_SIGNED = re.compile(r"(?:(?:\s*,\s*|\s+and\s+)[A-Z][\w'’-]*(?:\s+(?:(?:of|for|the)\s+)*[A-Z][\w'’-]*){0,8})*" + SIGNS_NEXT.pattern)
# (and the other's office with them: "Tilek Asanov and Federal Minister for Communications of Pakistan Shahid Mehmood Awan signed")
# The lower-case words of a subject that is offices and names only: "the President of Tajikistan, Emomali Rahmon, and
# his counterpart", "Commission President Ursula von der Leyen and Alikhan Smailov, Prime Minister of Kazakhstan, yesterday".
SUBJECT_WORDS = frozenset({"the", "of", "and", "for", "jointly", "also", "s", "his", "her", "counterpart", "have", "has", "von", "der", "van", "den", "de",
                           "bin", "al", "yesterday", "today"})  # "s" of "People's"


def participle_asides(text: str) -> list[tuple[int, int]]:
    """The asides of a participle or a relative clause after a document, between commas: ", initialled by the civil aviation
    authorities in December last year,", ", which had been expected to be signed during the visit," (their steps and dates
    are of another time than the sentence's own verb)."""
    return [(m.start(), m.end()) for m in re.finditer(r",\s+(?:initiall?ed|signed|concluded|adopted|approved|agreed|which|that)\b[^,;]*,",
                                                      text, re.IGNORECASE)
            if re.search(rf"\b(?:{DOCUMENT_NOUNS})\b[^,;]*$", text[:m.start()], re.IGNORECASE)]


def blank_asides(text: str) -> str:
    """The text with its asides after a document (`participle_asides`) blanked out, same length."""
    for start, end in participle_asides(text):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


# Those present who chair the meeting, opening a sentence: "Witnessed by the co-chairs, A and B signed …".
WITNESSED_BY_THE_CO_CHAIRS = re.compile(r"(?:Witnessed\s+by|In\s+the\s+presence\s+of)\s+the\s+(?:two\s+)?co-?chairs\b")
# Between a document and its signing verb, a relative clause the verb ends: "the memorandum on critical minerals that the
# Uzbek Ministry … and the Korean Ministry of Trade, Industry and Energy signed", "the accord which was signed".
SIGNED_IN_A_RELATIVE_CLAUSE = re.compile(r"(?:\s+(?:on|of|for|in)\s+[^;.]{0,80}?)?,?\s+(?:that|which)\s+[^;.]{0,200}?\s+", re.IGNORECASE)


def main_signing(text: str) -> re.Match[str] | None:
    """The sentence's signing verb, past a participle's aside after a document ("The agreement on air services, initialled in
    December last year, is expected to be signed in October": "signed", not "initialled")."""
    verb = SIGNING.search(text)
    asides = participle_asides(text)
    while verb is not None and any(a <= verb.start() < b for a, b in asides) and (later := SIGNING.search(text, verb.end())) is not None:
        verb = later
    return verb


def _opening_the_clause(text: str, date: DateInText, clause: tuple[int, int]) -> bool:
    """'On Tuesday, after talks between A and B, C and D signed …': a date in the verbless phrase that opens the sentence, just
    before the phrase of "after" or "before" that the verb's clause begins with, is that clause's."""
    begin, finish = clause_at(text, date.start, date.start + len(date.text))
    return begin == 0 and FINITE_VERB.search(text, begin, finish) is None \
        and re.fullmatch(r",\s+", text[finish:clause[0]]) is not None and re.match(r"(?:after|before)\s", text[clause[0]:], re.IGNORECASE) is not None


# A subsidiary's parent, in apposition up to its comma: "Balkhash Copper Smelting LLP, a subsidiary of the national mining holding
# Altyn Dala Mining, and China's Hengtai … signed".
SUBSIDIARY_OF = re.compile(r"\b(?:a|the)\s+(?:wholly[- ]owned\s+)?(?:subsidiary|unit|division|daughter\s+company)\s+of\s+[^,;()–—]*$", re.IGNORECASE)


class Extractor:
    def __init__(self, dataset: Dataset, names: NameIndex, published: PartialDate | None):
        self.dataset = dataset
        self.names = names
        self.finder = MentionFinder(dataset, names)
        self.published = published
        self.drafts = Drafts()
        self.actors = Actors(dataset, names, self.finder, published, self.drafts)
        self._before_lists: list[Sentence] = []  # sentences about the signing just before a list of documents
        self._delegations_led: list[Sentence] = []  # the sentences, one after another, that name who led the delegations
        self._pending_witnesses: list[Fact] = []  # people who witness a signing of documents the text does not name
        self._last_company: Mention | None = None  # the company the last sentence that named one company alone named
        self._company_before: Mention | None = None  # the one named last before the sentence read: whom its "The company" is
        self._ministries: dict[str, Mention] = {}  # the ministries the sentences so far named, each once
        self._ministries_before: dict[str, Mention] = {}  # those named before the sentence read: whom its "the ministry" is, if one
        self.russian = RussianReader(self.actors)
        self.events = EventReader(self.actors)
        self.lists = ListReader(self.actors, self.events)
        self.packages = PackageReader(self.actors, self.events, self.add_signatories)

    # --- Actors -----------------------------------------------------------------------------------

    @staticmethod
    def _signs(text: str, person: Mention, mentions: list[Mention]) -> bool:
        if re.search(r"\binvitation\s+of\s+[^,;]{0,80}$", text[:person.start]):
            return False  # "this visit, at the invitation of the President of Italy Sergio Mattarella, … signed by President Aliyev": who invited
        return Extractor._signs_alone(text, person, mentions) or Extractor._in_signing_subject(text, person)

    @staticmethod
    def _in_signing_subject(text: str, person: Mention) -> bool:
        """'The President of Tajikistan, Emomali Rahmon, and the President of China, Xi Jinping, signed':
        the words before the verb are offices and names only."""
        # (or "A and B concluded their negotiations in Tashkent with the signing of two documents")
        verb = re.search(r"\b(?:signed|inked)\b|\b(?:concluded|completed|ended)\s+(?:their|the)\s+[^,;]{0,60}?\bwith\s+the\s+signing\b", text[person.end:])
        if verb is None:
            return False
        subject = _after_dateline(text[:person.end + verb.start()])
        # "Attending the COP27 in Egypt, …", "On the sidelines of the meeting, …", "Witnessed by the co-chairs, …": the opening
        # words, before who signs
        # (and a day before them: "On Tuesday, after talks between X and Y, A and B signed")
        clause = re.sub(r"^(?:On\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s+(?=(?:following|after|during)\b))?"
                        r"(?:[A-Z][a-z]+ing|[A-Z][a-z]+ed\s+by|[Ff]ollowing|[Aa]fter|[Dd]uring|On\s+the\s+(?:sidelines|margins)\s+of)\b[^,]*,\s+", "", subject)
        if person.start < person.end + verb.start() - len(clause):
            return False  # "During President X's official visit to Beijing, A and B signed": X is of the opening words, not who signs
        return _offices_and_names(clause)

    @staticmethod
    def _signs_alone(text: str, person: Mention, mentions: list[Mention]) -> bool:
        """Whether the person is who signs: before 'signed' with no party or other clause between, or
        after 'signed by'. 'Kholikzoda's visit to Bishkek, KyrgyzAltyn signed' is not his signature."""
        verb = SIGNING.search(text, person.end)
        if verb is not None and SPEAKS.match(text, person.end):
            return False  # "President Tokayev said the two countries signed …": who tells of the signing, not who signs
        if verb is not None and re.search(r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?$", text[:verb.start()]):
            verb = None  # "Xi made the remarks as the agreement was signed": a signing in the passive, whose signers come after "by"
        if verb is not None:
            between = text[person.end:verb.start()]
            others = [m for m in mentions if person.end <= m.start < verb.start() and m.kind in PARTY_KINDS and m.how != "demonym"]
            # (not "… his meeting with President Kassym-Jomart Tokayev, the delegations … signed": another subject signs)
            if not others and not re.match(r"['’]s\b", between) and not re.search(
                    r"[,;]\s+(?:the\s+)?(?:[A-Z]|(?:two\s+)?(?:delegations|sides|parties|officials|companies|governments|countries|agencies)\b)", between):
                return True
        # "Tokayev signed a joint declaration with Uzbek President Shavkat Mirziyoyev": who signed it with him, by office and name
        signed_with = re.search(r"\b(?:signed|inked)\s+(?:an?|the)\s+[^,;.]{0,80}?\s+with\s+(?P<who>(?:(?:his|her|the)\s+)?(?:[\w'’-]+\s+){0,6}?)$",
                                text[:person.start])
        if signed_with is not None and verb is None and all(w[:1].isupper() or w in SUBJECT_WORDS or w.lower() in OFFICE_VOCABULARY
                                                            for w in signed_with.group("who").split()):
            return True
        signed_by = re.search(SIGNED_BY, text[:person.start])
        # "The joint statement was signed between Iranian President X and his Tajik counterpart Y": people, so who signs (not
        # "signed between BOTAŞ and Turkmengaz, Energy Minister X has announced")
        signed_between = re.search(r"\bsigned\s+between\b", text[:person.start])
        # (not "were signed between the two countries following a meeting
        # between President X and Y": they met)
        # (nor "signed … by Minister X during the SCO Summit, following talks between President Y and Z": who met, after his signature)
        # (an initial is no sentence's end: "signed by O. Yusupov")
        return signed_by is not None and not re.search(r"[.;]|\b(?:following|after|during|before|within|in\s+the\s+presence\s+of|witnessed\s+by)\b",
                                                       _plain_list(re.sub(r"\b[A-Z]\.", "", text[signed_by.end():person.start]))) or \
            signed_between is not None and not re.search(r"[.;,]|\b(?:following|after|during|at|before|within)\b", text[signed_between.end():person.start])

    # --- Reading ----------------------------------------------------------------------------------

    @staticmethod
    def statements(sentence: Sentence) -> list[Sentence]:
        """A sentence that states two signings in clauses of their own, each with its verb and its document
        ("delegations approved 27 agreements …, and the presidents also signed a joint statement"), as two statements;
        any other sentence as it is. Each part keeps the sentence's place, and its words are the source's."""
        text = sentence.text
        if is_russian(text):
            return [sentence]
        inline = INLINE_LIST.match(text)
        if inline:
            # "The documents signed included: the Investment Agreement …; an Implementation Agreement between …; …": the
            # introduction and each item, as a list on lines of their own is read
            pieces = [re.sub(r"^(?:and\s+)", "", piece.strip(" .")) for piece in text[inline.end():].split(";") if piece.strip(" .")]
            if len(pieces) > 1 and all(LIST_ITEM.match(piece) for piece in pieces):
                return [Sentence(text[:inline.end()].strip(), sentence.paragraph, sentence.number)] + [
                    Sentence(piece, sentence.paragraph, 1) for piece in pieces]
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
        last_document: tuple[Sentence, re.Match[str], list[Mention]] | None = None  # (and the names read in that sentence)
        list_intro: Sentence | None = None
        intros: list[Sentence] = []
        told: tuple[Sentence, list[Mention], int] | None = None  # the English sentence before, its mentions, the drafts before it
        for index, sentence in enumerate(sentences):
            self._witnesses_present(told)
            told = None
            text = sentence.text
            if is_russian(text):
                self.russian.read(sentence)
                continue
            self.actors.remember(text)
            if DELEGATIONS_LED_BY.search(text):
                # "The delegations were led by A, B and C", or "The Turkmen delegation was led by A." then "The Japanese delegation
                # was headed by B.": who "the heads of the delegations" and "the co-chairs" are
                follows = index > 0 and self._delegations_led and self._delegations_led[-1] is sentences[index - 1]
                self._delegations_led = [*self._delegations_led, sentence] if follows else [sentence]
                if current is not None:  # (told after the signing they made: "… the heads of the delegations signing the minutes.")
                    self._signed_by_the_heads_of_delegations(current, current.statement)
            mentions = self.actors.mentions_of(text, self.actors.surnames)
            told = (sentence, mentions, len(self.drafts.agreements))
            self._company_before = self._last_company
            companies = {m.record_id or m.text: m for m in mentions if m.kind == "company"}
            if len(companies) == 1:  # (a sentence naming two, "A and B signed a contract", does not say which "the company" is)
                self._last_company = next(iter(companies.values()))
            self._ministries_before = dict(self._ministries)
            self._ministries.update({(m.record_id or m.text): m for m in mentions if m.kind == "government-body" and re.match(r"Ministry\b", m.text)})
            for mention in mentions:
                if mention.record_id:
                    self.drafts.linked.setdefault(mention.record_id, []).append(sentence)
            # (under a list of decisions, a decision first: "- To approve the road map …" is the decision, not the road map)
            item = (DECISION_ITEM.match(text) if list_intro is not None and DECISIONS_INTRO.search(list_intro.text) else None) or LIST_ITEM.match(text)
            if item and is_plural(item.group("noun")) and SIGNING.search(text, item.end("noun")):
                item = None  # "Memorandums were also signed on …" after a list: a sentence of its own, not an item
            if list_intro is None and item and sentence.number == 1 and index > 0 and MARKED_ITEM.match(text) and PLURAL_SIGNED.search(sentences[index - 1].text):
                # "… oversaw the signing of a total of 16 bilateral accords." and then "- Joint program for …;": the list of them,
                # under a sentence that ends with a full stop, not a colon
                list_intro = sentences[index - 1]
                intros.append(list_intro)
            if list_intro is not None and item and sentence.number == 1:
                current = self.lists.item(sentence, mentions, item, list_intro, intros)
                signers = SIGNERS_IN_BRACKETS.search(text)
                if signers is not None and current.title is not None:
                    # "1. Memorandum … (signed by O. Yusupov and F. Al-Harbi);": who signed it, in brackets after its name
                    self.add_signatories(current, sentence, mentions, signers.span())
                    current.title = Fact(text_before_brackets(str(current.title.value)), current.title.sentence, current.title.note)
                continue
            if list_intro is not None and sentence.number == 1 and (text.rstrip().endswith(";") or re.match(r"[•·]\s", text)):
                continue  # an item of the list this reader does not take for a document (";", a bullet): the list goes on
            if LIST_INTRO.search(text):
                self.events.read(sentence, mentions)  # "Following the talks between …, 12 documents were signed:": the talks too
                list_intro = sentence
                intros.append(sentence)
                self.packages.counted_in(sentence, mentions, SIGNING.search(text), sentences[:index])  # "25 documents were signed, including:"
                self.lists.before_lists = [s for s in sentences[max(0, index - 2):index] if re.search(r"\bsign(?:ed|ing)\b", s.text, re.IGNORECASE)]
                self.lists.talks_before = [s for s in sentences[:index] if TALKS_HELD.search(s.text)]
                continue
            list_intro = None if sentence.number == 1 else list_intro
            self.events.read(sentence, mentions)
            heading = HEADING.match(text) if index == 0 and not SIGNING.search(text) else None
            if heading:
                current = self.lists.heading(sentence, mentions, heading)
                continue
            document = self._object_of_signing(text)
            if document and re.match(r"\s+(?:to|for|before)\s+(?:the\s+)?(?:media|press|journalists|reporters|mass media)\b", text[document.end():], re.IGNORECASE):
                document = None  # "issued a joint statement to media representatives": words to the press, not a document
            if document and (generic := GENERIC_ACT_TITLE.search(text)) and generic.start() <= document.start() < generic.end():
                document = None  # 'signed a resolution "On approval of international agreement"': the act's own name, no document named
            reference = REFERENCE.search(text)
            if reference and not self._refers_back(reference, sentences[:index]):
                reference = None  # "signed the minutes of the meeting" after an agreement: a document of its own, not that one
            signing = main_signing(text) or RATIFICATION.search(text)  # "passed a bill on the ratification of the agreement"
            if reference and document and signing and reference.start("noun") < document.start() \
                    and SIGNED_IN_A_RELATIVE_CLAUSE.fullmatch(text, document.end(), signing.start()):
                reference = None  # "The agreement builds on the memorandum … that A and B signed in 2023": the memorandum's signing
            while signing is not None and re.search(r"\bof\s+(?:the\s+)?$", text[:signing.start()]) and re.match(rf"\s+(?:documents?|{DOCUMENT_NOUNS})\b", text[signing.end():], re.IGNORECASE):
                signing = SIGNING.search(text, signing.end())  # "an inventory of adopted documents": documents told of, not an act
            # "readiness was noted to accelerate …, as well as to sign the corresponding agreement": a signing not done, where
            # the clause does not plan it ("agreed to sign")
            infinitive = signing is not None and re.search(r"\bto\s+$", text[:signing.start()]) is not None and not clause_future(
                text, signing.start(), signing.end()) and signing.group(0).lower() in ("sign", "ink", "conclude", "adopt", "approve", "initial")
            # "the progress of implementation of agreements reached following the meetings": understandings told of, no document
            reached = signing is not None and signing.group(0).lower() == "reached" and re.search(
                rf"\b(?:{DOCUMENT_NOUNS})\s+$", text[:signing.start()], re.IGNORECASE) is not None
            if signing and postponed(text, signing.start(), signing.end()):
                continue  # "The signing of the agreement … has been postponed", "postponed the signing of": nothing signed, no date set
            if signing and (infinitive or reached or negated(text, signing.start()) or hypothetical(text, signing.start()) and not (
                    wished(text, signing.start()) and clause_future(text, signing.start(), signing.end()))):
                # "did not sign", "refused to sign", "could sign", "ready to sign": no document was signed ("proposed for signing
                # in the near future" is a plan)
                signing = None
                # (a plan told only in an aside is not the sentence's: "…, which had been expected to be signed …, was not signed")
                if document and not is_future(blank_asides(text)):
                    continue
            included = INCLUDED.search(text)
            # "the documents signed include …", or, after a package signed, "key defence agreements include …": its parts
            # (the list's own clause: "… include a Heads of Terms agreement for a wind farm – which will be the largest")
            if included and not clause_future(text, included.start(), included.start() + 1) and (
                    signing is not None or any(a.is_package and not a.planned for a in self.drafts.agreements)):
                named = self.lists.included(sentence, included, sentences[:index])
                if named:
                    current = named[-1]
                    continue
            parts = self._ordinal_parts(sentence, sentences[:index])
            if parts:
                current = parts[-1]
                continue
            witnessing = WITNESS.search(text) and re.search(r"\b(?:signing|inking|exchange)\b", text, re.IGNORECASE)
            # "ratified the agreement on the establishment of …": a document signed before, told of as known.
            ratifying = (RATIFICATION.search(text) or APPROVAL.search(text)) and document and re.match(
                r"\s+(?:on|of|establishing|between|with)\b", text[document.end():])  # "ratified the agreement with China on …"
            # "The agreement on the accession of … has been signed" as a report's first document: told for the first time,
            # not a reference to one before
            # (its own verb, in the passive: not "the joint declaration adopted as a result is historic", a document told of)
            first_told = reference is not None and document is not None and reference.start("noun") == document.start() and reference.group(1).lower() == "the" \
                and signing is not None and (re.search(r"\b(?:was|were|has\s+been|have\s+been|had\s+been|will\s+be|(?:is|are)\s+(?:\w+\s+){0,2}?to\s+be)\s+(?:\w+ly\s+)?$",
                                                       text[:signing.start()]) is not None
                                             # "The signing of the agreement on … is scheduled for June": a signing to come, told first
                                             or signing.end() <= reference.start() and re.fullmatch(r"signing\s+of\s+", text[signing.start():reference.start()], re.IGNORECASE) is not None
                                             and clause_future(text, signing.start(), signing.end())
                                             or self._object_told_first(text, reference, signing)) \
                and (last_document is None and not self.drafts.agreements or self._first_of_its_kind_in_a_package(text, reference, signing))
            # "Also inked was the agreement on …": the inverted passive tells of one more, whatever came before
            first_told = first_told or (reference is not None and document is not None and reference.start("noun") == document.start()
                                        and INVERTED_PASSIVE.match(text) is not None)
            new_statement = document and (signing or is_future(text)) and not (
                reference and reference.start() <= document.start() and not is_proper(text, document) and not ratifying
                and not self._described_anew(text, document, mentions) and not first_told) \
                and not (document.group("noun").lower() in ("agreement", "agreements") and REACHED.search(text))
            if witnessing:
                singular = document and not is_plural(document.group("noun"))
                made = self._agreements_in(sentence, mentions, document, sentences[:index], forced=True) if singular and document else None
                relative = re.search(r"\bwho\s+(?:also\s+|had\s+|have\s+)*signed\b", text, re.IGNORECASE)
                if made and made is not AGAIN and relative and document is not None and relative.end() <= document.start():
                    # "Imran Khan and Shavkat Mirziyoyev, who also signed the joint declaration, witnessed the signing ceremony":
                    # they sign that one, and witness the others signed then
                    current = made[-1]
                    self.add_signatories(current, sentence, mentions)
                    self._witnesses(sentence, mentions)
                elif made and made is not AGAIN:
                    current = made[-1]
                    for person in self.actors.people(text, mentions):
                        current.witnesses.append(Fact(self.actors.actor(person, sentence), sentence))
                else:
                    signed_package = SIGNED_PACKAGE.search(text)
                    number = counted(text)
                    if number and not made and not is_future(text) and not any(a.is_package for a in self.drafts.agreements) and re.search(
                            r"\b(?:signing|exchange|inking)\s+of\s+(?:the\s+)?$", text[:number.start()], re.IGNORECASE):
                        # "The two leaders witnessed the exchange of more than 20 … documents": a package signed then
                        self.packages.counted_package(sentence, mentions, number, sentences[:index])
                    elif signed_package and not made and not any(a.is_package for a in self.drafts.agreements):
                        self.packages.uncounted(sentence, mentions, signed_package, False, sentences[:index])  # "witnessed the signing of agreements and MoUs"
                    self._witnesses(sentence, mentions)
                continue
            if new_statement and document and (signing or re.search(r"\bto be (signed|adopted)\b|\bexpected to sign", text, re.IGNORECASE)):
                made = self._agreements_in(sentence, mentions, document, sentences[:index])
                if made or made is AGAIN:  # "signed a Joint Statement and exchanged more than fifteen … documents": the package too,
                    # also where the document is one told of before ("16 documents were signed, including the Treaty …")
                    self.packages.counted_in(sentence, mentions, signing, sentences[:index], len(made) if made is not AGAIN else 0)
                if made is AGAIN and current is not None:
                    self._add_to(current, sentence, mentions, True)
                    continue
                if made:
                    current = made[-1]
                    continue
            # (not "the agreements reached by the leaders in February": understandings, not a document told of again)
            understandings = reference is not None and re.match(r"\s+reached\b", text[reference.end():])
            if current is not None and not current.is_package and THE_DOCUMENTS_SIGNED_BY.match(text):
                # "The documents were signed by …" after "signed loan and grant agreements": each of that sentence's documents
                for each in [a for a in self.drafts.agreements if a.statement is current.statement and not a.is_package]:
                    self._add_to(each, sentence, mentions, True)
            elif reference and current is not None and not understandings:
                self._add_to(current, sentence, mentions, signing is not None)
            elif current is not None and not current.is_package and IT_WAS_SIGNED.match(text):
                self._add_to(current, sentence, mentions, True)  # "It was signed by A, B and C": the document just told of
            elif current is not None and not current.is_package and not current.signatories and THEY_ARE.match(text) and any(
                    SIGNED_BY_WHOM.search(s.text) for s in current.evidence_of[-1:]):
                # "The protocol … was signed on Thursday by the co-chairs of the commission. They are Azerbaijan's Deputy Minister
                # of Economy, Elnur Gasimov, and …": those the sentence before said signed, by name
                current.evidence_of.append(sentence)
                self.add_signatories(current, sentence, mentions, all_named=True)
            elif reference and signing and last_document is not None and not understandings:
                first_sentence, match, first_mentions = last_document
                made = self._agreements_in(first_sentence, first_mentions, match, sentences[:index], forced=True)
                if made:
                    current = made[-1]
                    self._add_to(current, sentence, mentions, True)
            if document:
                last_document = (sentence, document, mentions)
            for project in PROJECT.finditer(text):
                self._project(sentence, mentions, project)
            implemented = IMPLEMENTED.search(text)
            if implemented:
                self._implemented(sentence, mentions, implemented)
            planned_package = PLANNED_PACKAGE.search(text)
            signed_package = SIGNED_PACKAGE.search(text)
            if planned_package and not negated(text, planned_package.start()) and not any(a.is_package for a in self.drafts.agreements):
                self.packages.uncounted(sentence, mentions, planned_package, True, sentences[:index])
            elif signed_package and not negated(text, signed_package.start()) and not hypothetical(text, signed_package.start()) \
                    and not clause_future(text, signed_package.start(), signed_package.end()) and not any(a.is_package for a in self.drafts.agreements) \
                    and not counted(text):
                self.packages.uncounted(sentence, mentions, signed_package, False, sentences[:index])
            elif not is_future(text) and not PENDING.search(text) and not self.packages.counted_in(sentence, mentions, signing, sentences[:index]) and re.search(r"\b(package|suite|set) of\b.*\b(agreements|documents|memoranda)\b|\byielded\b.*\bagreements\b", text, re.IGNORECASE):
                self.packages.package(sentence, mentions, current)
        self._witnesses_present(told)
        Completion(self.dataset, self.names, self.finder, self.actors, self.events, self.packages, self.published, self.drafts,
                   sentences).complete(self._pending_witnesses)
        self.events.on_a_visit_then()
        return self.drafts

    @staticmethod
    def _object_of_signing(text: str) -> re.Match[str] | None:
        """The document the signing verb is done to: the first after the verb in its clause ("We achieved certain
        agreements and signed a joint statement": the joint statement), else the sentence's first."""
        among = re.match(r"\s*(?:Among|Of|Including)\s+(?:the|these|them|those)\b[^,;]*,\s*", text)
        first = DOCUMENT.search(text, among.end() if among and DOCUMENT.search(text, among.end()) else 0)  # (not "Among the key pacts, a MoU …")
        including = re.search(r"\bincluding\s+(?:the\s+|a\s+|an\s+)?", text)
        if first is not None and including is not None and first.end() <= including.start() and is_plural(first.group("noun")) and (
                named := DOCUMENT.search(text, including.end())) is not None and named.start() - including.end() < 40:
            return named  # "20 agreements were signed, including a Joint Declaration on …": the one named, of the package counted
        if first is not None and GENERIC_REFERENCE.fullmatch(first.group("noun")) and (
                named := re.match(rf"\s+(?:is|was)\s+(?:an?|the)\s+(?=(?:{DOCUMENT_NOUNS})\b)", text[first.end():], re.IGNORECASE)) is not None:
            return DOCUMENT.match(text, first.end() + named.end())  # "One key agreement is an MOU on …": the MOU
        verb = main_signing(text)
        if first is None or verb is None or first.start() > verb.start():
            return first
        antecedents = [d for d in DOCUMENT.finditer(text, 0, verb.start()) if SIGNED_IN_A_RELATIVE_CLAUSE.fullmatch(text, d.end(), verb.start())]
        if antecedents:
            # "The agreement builds on the memorandum on critical minerals that the Uzbek Ministry … and the Korean Ministry …
            # signed in Tashkent in June 2023": the document the clause "that … signed" is about
            return antecedents[-1]
        _, end = clause_at(text, verb.start(), verb.end())
        after = DOCUMENT.search(text, verb.end(), end)
        if after is not None and re.fullmatch(r"\s+(?:(?:a|an|the|two|three|new|joint)\s+)?(?:[\w-]+\s+){0,3}?", text[verb.end():after.start()]) and (
                first.group("noun").lower().endswith("s") and not re.search(r"\b(?:the|this|these)\s+$", text[:first.start()])
                # "The agreement … will enhance transit, X said at a signing ceremony of the MoU with …": the MoU
                or re.fullmatch(r"\s+ceremony\s+(?:of|for)\s+(?:the\s+|a\s+|an\s+)?", text[verb.end():after.start()]) is not None):
            return after
        return first




    @staticmethod
    def _object_told_first(text: str, reference: re.Match[str], signing: re.Match[str]) -> bool:
        """"Uzbekistan and Tajikistan signed the agreement on trade": the signing verb's object, told for the first time (not
        "they signed the memorandum", "ratified the agreement", "sealed the deal", a document of before)."""
        return re.fullmatch(r"\s+(?:also\s+)?", text[signing.end():reference.start()]) is not None \
            and signing.group(0).lower() in ("signed", "signs", "inked", "concluded") \
            and not re.search(r"\b(?:they|we|he|she|it|who|which|that)\s+(?:have\s+|has\s+|had\s+|also\s+)*$", text[:signing.start()], re.IGNORECASE) \
            and not re.fullmatch(r"(?:deal|pact|document|accord)s?", reference.group("noun"), re.IGNORECASE)

    def _first_of_its_kind_in_a_package(self, text: str, reference: re.Match[str], signing: re.Match[str]) -> bool:
        """After a package signed, "Also, the Protocol was signed on making additions to …": the first document of its kind,
        told with "the" and its own passive, is one of the package, not a document drafted before told again (not a plural,
        a generic noun, nor "The declaration mentioned that … was approved")."""
        noun = reference.group("noun")
        return any(a.is_package and not a.planned for a in self.drafts.agreements) and not is_plural(noun) \
            and not GENERIC_REFERENCE.fullmatch(noun) and signing.start() > reference.end() \
            and re.fullmatch(r"(?:\s+(?:on|of|between|for|to)\s+[^;]{0,200}?)?\s+(?:was|were|has\s+been|have\s+been)\s+(?:also\s+)?",
                             text[reference.end():signing.start()]) is not None \
            and not any(a.kind.value == kind_of(noun).value and not a.is_package for a in self.drafts.agreements)

    def _refers_back(self, reference: re.Match[str], before: list[Sentence]) -> bool:
        """Whether 'the <noun>' can be a document told of before: a noun of any document ('the agreement', 'the deal'),
        several ('the MoUs'), one of a kind named before ('this action plan' after 'a protocol, which includes a 110-point
        action plan') or where a package was drafted ('the joint declaration adopted at the summit' after 'signed 12
        documents'); not 'the minutes' after an agreement only."""
        noun = reference.group("noun")
        if GENERIC_REFERENCE.fullmatch(noun) or is_plural(noun) or not self.drafts.agreements or any(a.is_package for a in self.drafts.agreements):
            return True
        kind = kind_of(noun)
        return any(kind_of(named.group("noun")) is kind for sentence in before for named in DOCUMENT.finditer(sentence.text))

    def _described_anew(self, text: str, document: re.Match[str], mentions: list[Mention]) -> bool:
        """'The MoU between the Uzbek Ministry of Tourism and … was signed by …': a document the report names by what it is
        about and who signed it, one by one after the lead; not 'the memorandum' of before unless a draft of that kind and
        title is there already."""
        signed_by = re.search(r"\s+(?:was|were)\s+signed\s+by\b", text)
        # "the joint statement signed by Presidents A, B and C following the summit", "the Joint Statement on … signed
        # today", "The roadmap, signed in 2023, provides for …": a document the participle tells of as signed then (not the
        # passive's "was signed on Thursday by", which tells of one told before)
        participle = re.match(r"(?:\s+(?:on|between|for|of)\s+[^,;.]+?)?(?<!\bwas)(?<!\bwere)(?<!\bbeen)(?P<verb>,?\s+signed\s+(?:on\s+[^,;.]{3,30}?\s+(?=by\b))?(?:today|yesterday|by|following|during|at\s+the|in\s+the\s+presence|(?:in|on)\s+(?:[A-Z][a-z]+\s+)?\d+)\b)",
                              text[document.end():])
        if SIGNING_CEREMONY.search(text[:document.start()]) and any(m.start >= document.end() and m.kind in PARTY_KINDS and m.how != "demonym"
                                                                   for m in mentions):
            described_to = document.end()  # "at a signing ceremony of the Memorandum of Understanding with Albayrak Holding"
        elif participle is not None:
            described_to = document.end() + participle.start("verb")
        elif signed_by is not None and signed_by.start() >= document.end() and re.match(r"\s+(?:on|between|for|of)\s+\S+\s+\S+", text[document.end():]):
            described_to = signed_by.start()
        elif (minutes := MINUTES_OF.match(text, document.end())) and document.group("noun").lower() in ("protocol", "minutes", "communique", "communiqué"):
            if re.fullmatch(r"\s+of\s+(?:the|this|that)\s+(?:meeting|session)", minutes.group(0)) and any(
                    a.kind.value == kind_of(document.group("noun")).value for a in self.drafts.agreements):
                return False  # "The protocol of the meeting was signed by …" after "ended with the signing of a protocol": that one
            described_to = minutes.end()  # "signed the protocol of the seventh meeting of the commission": the record of that meeting
        elif (about := re.match(r"\s+(?:on|for)\s+[^,;.]+", text[document.end():])) and (verb := main_signing(text)) is not None \
                and verb.start() > document.end() and clause_future(text, verb.start(), verb.end()):
            # "the intergovernmental agreement on air services … is expected to be signed in October", after a list's "Agreement on
            # the establishment of a joint investment platform": a signing to come of a document named by its subject
            described_to = document.end() + about.end()
        else:
            return False
        kind = kind_of(document.group("noun"))
        described = self.names.rules.key(text[document.start():described_to])
        return not any(a.kind.value == kind.value and a.title and (self.names.rules.key(str(a.title.value)) in described or described in
                                                                   self.names.rules.key(str(a.title.value))) for a in self.drafts.agreements)

    def _agreements_in(self, sentence: Sentence, mentions: list[Mention], document: re.Match[str], before: list[Sentence],
                       forced: bool = False) -> list[DraftAgreement]:
        """The agreements a signing sentence states: one, or one per company of a list ('signed
        memorandums with A, B and C')."""
        text = sentence.text
        kind = kind_of(document.group("noun"))
        noun = document.group("noun")
        if is_plural(noun) and (OVER_THE_YEARS.match(text, document.end()) or a_tally(text)):
            # "joint statements and agreements signed during bilateral visits and meetings", "Since 2017, the two countries have
            # signed over 200 agreements": what ties rest on, no signing told
            return []
        entitled = DOCUMENT_ENTITLED.match(text, document.start())
        if entitled and (its_noun := DOCUMENT.match(entitled.group("title"))):
            kind = kind_of(its_noun.group("noun"))  # 'the document "Roadmap for the development of trade"' is a roadmap
        verb = main_signing(text)
        begin, end = clause_at(text, verb.start(), verb.end()) if verb else (0, len(text))
        if verb and document.end() <= begin and re.match(r"(?:which|that)\b", text[begin:]):
            begin = clause_at(text, document.start(), document.end())[0]  # "the agreement between A and B, which was signed in 2020": its clause too
        # The signing verb's own clause: "…, as U.S. President Donald Trump moves to counter China's dominance" names no party.
        # (not in a relative clause that tells what the document does: "a document on air communication …, which provides for
        # direct flights between Tashkent and Budapest,")
        what_it_does = [a for a in asides(text) if a.start() >= document.end() and re.match(r",\s+(?:which|that)\b", a.group(0))]
        parties = [m for m in mentions if m.kind in PARTY_KINDS and m.how != "demonym" and not a_place(text, m)
                   and (begin <= m.start < end or inserted(text, m.start)) and not between_on_a_route(text, m.start)
                   and not any(a.start() <= m.start < a.end() for a in what_it_does)
                   and not a_framework(text, m) and not the_occasions_body(text, m)]
        # "ACWA Power of the Kingdom of Saudi Arabia": whose the company is, not a party of its own
        parties = [m for m in parties if not (m.kind in ("country", "new-country") and any(
            o.kind not in ("country", "new-country") and re.fullmatch(STATE_OF_A_NAME, text[o.end:m.start]) for o in parties))]
        parties = [m for m in parties if not self._state_of_the_city_before(text, m)]
        # "Balkhash Copper Smelting LLP, a subsidiary of the national mining holding Altyn Dala Mining, and …": whose subsidiary signs
        parties = [m for m in parties if not SUBSIDIARY_OF.search(text, 0, m.start)]
        # "The rail freight operators of Azerbaijan, Georgia and Kazakhstan signed a protocol": whose the operators are, not
        # parties (the bodies are, where the text names them)
        parties = [m for m in parties if not states_bodies(text, m)]
        # "…, ratified by the Jogorku Kenesh in January": the chamber that ratified it is no party
        parties = [m for m in parties if not re.search(r"\bratifi\w*\s+by\s+(?:the\s+)?$", text[:m.start], re.IGNORECASE)]
        # "SOCAR (State Oil Company of the Republic of Azerbaijan)": the name in brackets is the one before it, spelt out
        parties = [m for m in parties if not (re.match(r"\s*\)", text[m.end:]) and any(re.fullmatch(r"\s*\(\s*", text[o.end:m.start]) for o in parties if o.end <= m.start))]
        if SIGNING_CEREMONY.search(text[:document.start()]):  # "X said at a signing ceremony of the MoU with Y": its names only
            parties = [m for m in parties if m.start >= document.end()]
        minutes = MINUTES_OF.match(text, document.end()) if noun.lower() in ("protocol", "minutes") else None
        if minutes:  # "the protocol of the 14th convening of the Joint Intergovernmental Commission": the meeting's record, not its party
            parties = [m for m in parties if not document.end() <= m.start < minutes.end()]
        the_company = re.match(r"\s*The\s+(?:company|firm|group|developer|operator|miner|producer|corporation)\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?"
                               r"(?:signed|inked|concluded)\b", text)
        if the_company and self._company_before is not None and not any(m.kind == "company" and m.start < the_company.end() for m in parties):
            # "The company signed a memorandum of understanding with state-owned Kazakhstan Engineering", after a sentence that
            # named Masdar: Masdar
            parties.append(dataclasses.replace(self._company_before, start=0, end=0))
        the_ministry = THE_MINISTRY_SIGNED.search(text)
        if the_ministry and len(self._ministries_before) == 1 and not any(m.kind == "government-body" and m.start < the_ministry.end() for m in parties):
            # "Earlier this month, the ministry signed a similar memorandum with Hanbit Cloud", in a report that has named one
            # ministry: that ministry
            parties.append(dataclasses.replace(next(iter(self._ministries_before.values())), start=0, end=0))
        parties.sort(key=lambda m: m.start)
        every_mention = list(parties)  # a pair's own names, also where the clause named one of them before ("X's parliament approved … between X and Y")
        # (before the document too, where a name follows the state: "Federal Minister for Communications of Pakistan Shahid
        # Mehmood Awan signed a memorandum …"; and before the names are made one each, so that "Deputy Minister of Energy of
        # Azerbaijan … recalled that … the three countries – Azerbaijan, Kazakhstan and Uzbekistan – signed" keeps the second)
        in_an_office = [m for m in parties if (m.start > document.end() or re.match(rf"\s+{PERSON_NAME}\b", text[m.end:])) and re.search(
            rf"\b(?:{OFFICE_WORDS})(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*)*){{0,2}}\s+of\s+(?:the\s+)?$", text[:m.start])]
        if in_an_office and len(parties) > len(in_an_office):
            # "Orano and Kazatomprom signed a memorandum … as part of the visit of President of Kazakhstan Kassym-Jomart Tokayev",
            # "… during a meeting of the Minister of Foreign Affairs of the Republic of Kazakhstan …": whose president or minister,
            # not a party
            parties = [m for m in parties if m not in in_an_office]
        seen: set[str] = set()
        parties = [m for m in parties if (m.record_id or m.text) not in seen and not seen.add(m.record_id or m.text)]  # type: ignore[func-returns-value]
        if any(not in_a_route(text, m) for m in parties):
            parties = [m for m in parties if not in_a_route(text, m)]  # the companies that sign on the China–Kyrgyzstan–Uzbekistan railway, not its states
        plural = is_plural(noun)
        # (the reading that finds the most: "an agreement on …, an agreement on … and a program of …" is three)
        documents = max((listed_documents(text, document), titled_documents(text, document), coordinated_documents(text, document, begin, end)), key=len)
        if len(documents) > 1:
            # "signed a memorandum on tourism, an agreement on air services and a protocol on …": one each.
            everyone = [m for m in mentions if m.kind in PARTY_KINDS and m.how != "demonym" and not a_place(text, m)]
            # "…, a memorandum of cooperation between the Ministry of … and the Uzarkhiv Agency, and …": the pair its own words
            # name, where they name one; else the sentence's names that no other document's own words hold
            owns: list[list[Mention] | None] = []
            for item in documents:
                owns.append(_own_pair(text, item, everyone))
            claimed = {id(m) for own in owns if own for m in own}
            for item, own in zip(documents, owns, strict=True):
                made = self._agreement(sentence, item.kind, own or [m for m in everyone if id(m) not in claimed], mentions, before)
                if own is None and claimed:  # (not the names of the others, which a sentence naming no party of its own gives it)
                    theirs = {party_key(self.actors.actor(m, sentence)) for m in everyone if id(m) in claimed}
                    made.parties = [p for p in made.parties if party_key(p.value) not in theirs]
                made.title = Fact(item.title, sentence, "descriptive: the text's words for it")
                own_verb = list(re.finditer(rf"{SIGNING.pattern}|{APPROVAL.pattern}", text[:item.start], re.IGNORECASE))[-1:]
                if own_verb and APPROVAL.fullmatch(own_verb[0].group(0)) and not made.planned and made.ratified is None:
                    # "signed a Joint Statement and adopted the Program …": the programme adopted, by no one's signature
                    made.approved = Fact(own_verb[0].group(0), sentence)
                    made.signatories = []
            self._own_signers(sentence, mentions, documents, self.drafts.agreements[-len(documents):])
            return self.drafts.agreements[-len(documents):]
        count = counted(text)
        in_count = count is not None and count.start() <= document.start() < count.end()  # "signed 19 agreements …": a package
        instruments = INSTRUMENTS.search(text[:document.start()]) if plural and not in_count else None
        if instruments is not None:
            # "signed loan and grant agreements" (a lender's words): a loan agreement and a grant agreement
            head = re.sub(r"s$", "", noun.split()[-1].lower())
            for word in (instruments.group("first"), instruments.group("second")):
                made = self._agreement(sentence, kind, [m for m in parties if not a_subject(text, m)], mentions, before)
                made.title = Fact(f"{word.capitalize()} {head}", sentence, "descriptive: the text's words for it")
            return self.drafts.agreements[-2:]
        subjects = subjects_of_plural(text, document) if plural and not in_count else []  # two or more, or none
        listed_pairs = pairs_between(text, document.end()) if plural else []
        also = ALSO_BETWEEN.search(text, document.end()) if not plural and not in_count else None
        topics: list[str | None] = []
        if also is not None:
            # "a memorandum on tourism was signed between A and B, as well as on education between C and D": one more of the
            # kind, each of its own pair and on its own subject
            listed_pairs = [(document.end() + m.start("pair"), document.end() + m.end("pair")) for m in EACH_BETWEEN.finditer(text[document.end():])]
            first = re.match(r"\s+((?:on|in|for)\s+[^,;.]+?)(?=\s+(?:was|were|has|have|had|is|are|between|signed)\b)", text[document.end():])
            topics = [first.group(1) if first else None, also.group("topic").strip() if also.group("topic") else None]
            if len(listed_pairs) != 2:
                listed_pairs, topics = [], []
        if subjects or listed_pairs:
            # "memoranda on e-commerce and on the digital economy": one each, of the parties of the clause; "… as well as
            # between A and B, C and D": one for each pair, of the pair's two names
            words = noun.lower().split()
            of_what = " of " in noun.lower()  # "Memorandums of understanding": the first word is the plural
            singular = {"memoranda": "memorandum", "memorandums": "memorandum", "mous": "memorandum"}.get(words[0] if of_what else words[-1])
            head = (f"{singular} {' '.join(words[1:])}" if of_what else singular) if singular else \
                re.sub(r"(?<=[a-z])(?:ies)$", "y", re.sub(r"(?<=[a-rt-z])s$", "", noun.lower()))
            head = head[:1].upper() + head[1:]
            in_pairs = listed_pairs[0][0] if listed_pairs else len(text)
            # what the pairs' documents are on: "Agreements on twin-city relations between …", "… as well as on cooperation between …"
            topic = re.search(r"\b((?:on|in|for)\s+[^,;.]+?)\s+between\s+$", text[document.end():in_pairs]) if listed_pairs else None
            # (the last subject as the text words it: "with regard to labour inspection" is "on labour inspection")
            last_subject = re.sub(r"^(?:on|in|for|in the field of)\s+", "", subjects[-1]) if subjects else ""
            last = text.find(last_subject, document.end()) if subjects else -1
            joined = documents_after(text, last + len(last_subject), end) if last >= 0 and not listed_pairs else []
            # the plural's parties are named before the documents joined to it, which a pair of their own may follow
            in_pairs = min(in_pairs, joined[0].start) if joined else in_pairs
            outside = [m for m in mentions if m.start < in_pairs]
            for about in subjects:
                made = self._agreement(sentence, kind, [m for m in parties if not a_subject(text, m) and m.start < in_pairs], outside, before)
                made.title = Fact(without_when_and_where(f"{head} {about}"), sentence, "descriptive: the text's words for it")
                if not made.parties and not made.planned:  # "15 documents were signed … Memorandums were also signed on …": of those
                    made.part_of = self.drafts.last_package()
            for item in joined:  # "… agreements on customs and on education, and a memorandum on tourism": the memorandum too
                # ("…, as well as a Memorandum of Understanding between the X Fund and the Y Agency": that pair's)
                own = _own_pair(text, item, [m for m in mentions if m.kind in PARTY_KINDS and m.how != "demonym"])
                made = self._agreement(sentence, item.kind, own or [m for m in parties if not a_subject(text, m) and m.start < in_pairs],
                                       mentions if own else outside, before)
                made.title = Fact(item.title, sentence, "descriptive: the text's words for it")
                if not made.parties and not made.planned:
                    made.part_of = self.drafts.last_package()
            if joined:
                return self.drafts.agreements[-(len(subjects) + len(joined)):]
            for index, (start, stop) in enumerate(listed_pairs):
                own = pair_parties(self.actors, text, start, stop) or self._named_pair(text, start, stop)
                made = self._agreement(sentence, kind, own, mentions, before)
                made.parties = [Fact(self.actors.actor(m, sentence), sentence) for m in own]  # the pair's, or the contributor's
                made.fallback_parties = []
                pair_topic = topics[index] if topics else topic.group(1) if topic else None
                made.title = Fact(f"{head} {pair_topic + ' ' if pair_topic else ''}between {text[start:stop].strip()}", sentence,
                                  "descriptive: the text's words for it")
            return self.drafts.agreements[-(len(subjects) + len(listed_pairs)):]
        pairs = [p for p in EACH_BETWEEN.finditer(text[document.end():])
                 if not any(a.start() <= document.end() + p.start("pair") < a.end() for a in what_it_does)
                 and not between_on_a_route(text, document.end() + p.start("pair"))]
        own_pair: list[Mention] | None = None
        joins = [document.end() + pairs[0].start("pair") + j.start() for j in re.finditer(r"\sand\s", pairs[0].group("pair"))] if pairs else []
        if pairs and (len(pairs) == 1 or pairs[0].start() <= 1) and not plural and document.end() + pairs[0].start() < end \
                and re.match(r"(?:the\s+)?[A-Z]", pairs[0].group("pair")) \
                and not any(m.start < j < m.end for j in joins for m in every_mention):  # the one pair, or the one right after the document
            # (not "between the Ministry of Economic Development and Trade of Tajikistan, the German Development Bank, and …":
            # an "and" within a name joins no pair)
            # "… was signed between Turkmen and Uzbek railways": the pair after the document names its parties, not the
            # countries of the talks before it; national railways named by their countries' adjectives are those companies
            start, stop = document.end() + pairs[0].start("pair"), document.end() + pairs[0].end("pair")
            own_pair = [m for m in every_mention if start <= m.start < stop]
            carriers = re.fullmatch(rf"(?P<first>{DEMONYMS})\s+and\s+(?P<second>{DEMONYMS})\s+(?P<noun>railways|airlines)(?:\s+(?:on|in|at)\b.*)?", pairs[0].group("pair").strip(),
                                    re.IGNORECASE)
            if carriers:
                own_pair = [Mention(f"{carriers.group(side).title()} {carriers.group('noun').title()}", start, stop, None, "company", "new",
                                    self.actors.country_in(carriers.group(side))) for side in ("first", "second")]
            elif len(own_pair) < 2:
                # "between the EU and Kazakhstan", the EU not in the dataset: the pair's two names, each the record where it is one
                named = self._named_pair(text, start, stop)
                known = own_pair
                own_pair = [next((m for m in known if m.start < n.end and n.start < m.end), n) for n in named] if len(named) == 2 else known
                if len(own_pair) < 2 and len([m for m in parties if not start <= m.start < stop]) >= 2:
                    # "Azerbaijan and Iran signed a memorandum on links between the X region and the Y Republic through the territory
                    # of Iran": a pair that gives no two parties does not replace the two the subject names
                    own_pair = None
        quoted = [(m.group("title"), m.group("noun")) for m in QUOTED_TITLE.finditer(text)]
        if len(quoted) > 1:
            # 'the "Decision of the Fifth Meeting of …" and the "Joint Statement of …" were signed': one each, by its name
            for title, head in quoted:
                made = self._agreement(sentence, LISTED_KINDS.get(head.lower()) or kind_of(head), [m for m in parties if not a_subject(text, m)],
                                       mentions, before)
                made.title, made.title_is_official = Fact(title, sentence, "the name the text gives it, in quotation marks"), True
            return self.drafts.agreements[-len(quoted):]
        listed = PLURAL_LIST.search(text)
        agreements: list[DraftAgreement] = []
        if plural and listed and parties:
            subject = [m for m in parties if m.end <= listed.start() and m.kind != "country"] or [m for m in parties if m.end <= listed.start()]
            others = [m for m in parties if m.start >= listed.start("list")]
            if len(others) > 1:
                # "signed memorandums with A, B and C", "Agreements were inked with A, B, C and D": one with each
                for other in others:
                    agreements.append(self._agreement(sentence, kind, [subject[-1], other] if subject else [other], mentions, before))
                return agreements
        if plural and in_count:
            return []  # "signed 27 agreements": a package, counted (packages.py)
        if plural and (SIGNED_PACKAGE.search(text) or PLANNED_PACKAGE.search(text)):
            return []  # "signed various agreements and memorandums", "are set to sign several agreements": a package, uncounted (packages.py)
        # ("The sides signed memorandums on …": those the report is about, naming no one else)
        the_sides = not parties and re.search(r"\b(?:the|both)\s+(?:sides|parties|countries)\b", text[:document.start()], re.IGNORECASE)
        if plural and not forced and len(parties) <= 1 and not re.search(r"\bthe two (countries|sides)\b", text) and not the_sides:
            return []  # "agreements with several companies": the next sentences name them
        # (a signing to come is not one of the documents of the kind already signed: "The sides agreed that the agreement on air
        # services … is expected to be signed in October", after a signed agreement)
        verb = main_signing(text)
        to_come = verb is not None and clause_future(text, verb.start(), verb.end()) and not any(
            a.planned or a.approved or a.initialled for a in self.drafts.agreements if a.kind.value == kind.value)
        if not parties and not to_come and (re.search(r"\bthe two (countries|sides)\b", text, re.IGNORECASE) or re.search(r"\bthe (?:two\s+)?(?:sides|parties)\b", text[:document.start()],
                                                                                                           re.IGNORECASE)) and self.drafts.agreements and (
                self.drafts.agreements[-1].kind.value == kind.value):
            return AGAIN  # the same agreement told again ("the two countries signed a MOU", "the parties … signed a memorandum")
        another = re.search(r"\b(?:additional|another|further|separate|second|supplementary)\s+(?:[\w-]+\s+){0,2}$", text[:document.start()], re.IGNORECASE)
        if parties and another is None and self._lead_told_again(kind, text, document):
            return AGAIN  # "A Memorandum … was signed regarding the establishment of X." then "During the summit, A, B and C signed a Memorandum … for the establishment of X"
        told = title_of(text, kind)
        again = self._told_again(kind, parties, sentence) if another is None else None  # "an additional agreement was signed": one more
        if again is not None and told and again.title and _capitalised(told[0]) and _capitalised(str(again.title.value)) and \
                self.names.rules.key(told[0]) != self.names.rules.key(str(again.title.value)):
            again = None  # "… signed an Agreement on Mutual Protection of Investments", after their Agreement on Allied Relations: another
        if again is not None and told and again.title and not set(title_words(self.names, told[0], set()).split()) & set(
                title_words(self.names, str(again.title.value), set()).split()):
            again = None  # "… also initialled an agreement on a joint logistics centre", after one on multimodal transport: no word shared
        if again is not None:
            self._bodies_for_states(again, parties, sentence)
            return AGAIN
        if told and drafted_as(self.drafts, self.names, kind, told[0]) is not None:
            return AGAIN  # "I signed a treaty on allied relations today", after the report said so
        # "We welcome the signing of the project road map": the one the report told of, by the definite article (not "The grant
        # agreement between A and B was signed", after the loan agreement of others: one of its own)
        told_again = not told and not plural and not to_come and re.search(r"\bthe\s+(?:[\w-]+\s+){0,2}$", text[:document.start()], re.IGNORECASE) and any(
            a.kind.value == kind.value and not a.is_package for a in self.drafts.agreements)
        latest = self.drafts.agreements[-1] if self.drafts.agreements else None
        if told_again and own_pair and latest is not None and latest.parties:
            pair_values = [self.actors.actor(m, sentence) for m in own_pair]
            if not {party_key(v) for v in pair_values} >= {party_key(p.value) for p in latest.parties}:
                told_again = False
            elif latest.kind.value == kind.value:
                # "the Government approved the draft investment agreement", then "The investment agreement between the Government
                # and Varzob Metals is expected to be signed in March": its sides, in full
                latest.parties += [Fact(v, sentence) for v in pair_values if not any(party_key(p.value) == party_key(v) for p in latest.parties)]
        if told_again:
            return AGAIN
        made = self._agreement(sentence, kind, parties if own_pair is None else own_pair, mentions, before)
        if own_pair is not None:
            made.fallback_parties = []  # the parties the pair names, or the contributor's: no country of the sentence in their place
        agreements.append(made)
        more = MORE_OF_A_KIND.match(text, document.end())
        plural_noun = DOCUMENT.match(text, more.start("noun")) if more else None
        if plural_noun is not None and not plural:
            # "signed a protocol and a number of agreements in the fields of agriculture and transport": one agreement for
            # each field too, of the same parties
            more_kind = kind_of(plural_noun.group("noun"))
            for about in subjects_of_plural(text, plural_noun):
                more_made = self._agreement(sentence, more_kind, parties if own_pair is None else own_pair, mentions, before)
                more_made.title = Fact(without_when_and_where(f"{more_kind.value.capitalize()} {about}"), sentence, "descriptive: the text's words for it")
                agreements.append(more_made)
        return agreements

    def _named_pair(self, text: str, start: int, stop: int) -> list[Mention]:
        """'… was signed between Uzbekneftegaz and Lukoil': two names the dataset does not know, capitalised, after
        'between', are the bodies that sign (a document is not between people: a surname or a named person is left out)."""
        pair = re.fullmatch(r"(?:the\s+)?(?P<first>[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,4})\s+and\s+(?:the\s+)?"
                            r"(?P<second>[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,4})(?:\s+(?:on|in|at)\b.*)?", text[start:stop].strip())
        if pair is None:
            return []
        offset = start + (len(text[start:stop]) - len(text[start:stop].lstrip()))
        people = people_in(text)
        found = []
        for side in ("first", "second"):
            name = pair.group(side)
            at = offset + pair.start(side)
            if SURNAME.search(name) or any(p.start < at + len(name) and at < p.end for p in people) or name.casefold() in CALENDAR_WORDS:
                return []
            found.append(Mention(name, at, at + len(name), None, "company" if " " not in name or re.search(r"\b(?:Company|Corporation|LLC|JSC|Group)\b", name)
                                 else "organisation", "new"))
        return found

    def _state_of_the_city_before(self, text: str, mention: Mention) -> bool:
        """'a sister-city agreement with Almaty, Kazakhstan, while …': the state a city named just before is in, where its
        phrase ends there, not a party too (not 'In Ankara, Türkiye and Uzbekistan signed')."""
        city = re.search(r"(?P<city>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?),\s+(?:the\s+)?$", text[:mention.start])
        if mention.kind != "country" or city is None or not re.match(r"\s*(?:[,.;)]|$)", text[mention.end:]):
            return False
        found = self.actors.city(city.group("city"))
        return found is not None and self.dataset.country_by_iso2.get(found.country) == mention.record_id

    def _countries(self, values: list[object]) -> set[str]:
        found = set()
        for value in values:
            country = state_of(self.dataset, value)
            if country:
                found.add(country)
        return found

    def _lead_told_again(self, kind: AgreementKind, text: str, document: re.Match[str]) -> bool:
        """Whether the document is the one just drafted with no party, a lead's, told again with its parties: of its kind, signed
        (neither to come), on the same subject in the same first words."""
        last = self.drafts.agreements[-1] if self.drafts.agreements else None
        if last is None or last.parties or last.is_package or last.planned or last.kind.value != kind.value or is_future(text):
            return False
        subject = _subject_after(text, document.end())
        return subject is not None and any(_subject_after(last.statement.text, told.end()) == subject for told in DOCUMENT.finditer(last.statement.text)
                                           if kind_of(told.group("noun")) is kind)

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
        last_keys = {self.names.rules.key(party_key(p.value)) for p in last.parties}
        if any(not p.record_id and not self.actors.country_in(p.text) and self.names.rules.key(p.text) not in last_keys for p in parties):
            return None  # "… signed a memorandum with the European Union", after one with the United States: another
        return last if named and named <= known else None

    def _bodies_for_states(self, agreement: DraftAgreement, parties: list[Mention], sentence: Sentence) -> None:
        """"Kazakhstan and Uzbekistan signed a memorandum", then "The memorandum between the Ministry of … of Kazakhstan and the
        Ministry of … of Uzbekistan was signed …": a wire's states were its shorthand for a body of each, which are its
        parties (where the bodies told are one of each of its states, and of no other)."""
        states = [p.value for p in agreement.parties]
        if len(parties) != len(states) or not all(isinstance(v, str) and self.dataset.kind(v) == "country" for v in states):
            return
        bodies = [self.actors.actor(m, sentence) for m in parties]
        countries = [state_of(self.dataset, b) for b in bodies]
        if any(isinstance(b, str) and self.dataset.kind(b) == "country" for b in bodies) or sorted(map(str, countries)) != sorted(map(str, states)):
            return
        agreement.parties = [Fact(b, sentence) for b in bodies]
        agreement.fallback_parties = []

    def _agreement(self, sentence: Sentence, kind: AgreementKind, parties: list[Mention], mentions: list[Mention],
                   before: list[Sentence]) -> DraftAgreement:
        text = sentence.text
        agreement = DraftAgreement(Fact(kind.value, sentence), sentence)
        agreement.evidence_of.append(sentence)
        verb = main_signing(text)
        agreement.planned = clause_future(text, verb.start(), verb.end()) if verb else is_future(text)
        if agreement.planned and verb is not None and re.search(r"\b(?:that|which)\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+$", text[:verb.start()]):
            agreement.planned = False  # "supplies under the contract that was signed between A and B will begin on March 1": signed
        if agreement.planned:
            self._plan(agreement, sentence, verb)
        initialling = INITIALLING.search(text)
        if initialling and not agreement.planned and (verb is None or clause_at(text, verb.start(), verb.end()) == clause_at(
                text, initialling.start(), initialling.end())):
            agreement.initialled = Fact(initialling.group(0), sentence)
        approval = APPROVAL.search(text)
        ratification = RATIFICATION.search(text)
        ratifies = ratification is not None and not agreement.planned and (verb is None or clause_at(text, verb.start(), verb.end()) == clause_at(
            text, ratification.start(), ratification.end()))
        # (who "signed a decree on approving" the agreement approves it; who signs it does not)
        if approval and not ratifies and not agreement.planned and not re.search(r"\bsign(?:ed|ing)\b(?!\s+(?:a|the)\s+(?:decree|resolution|order)\b)",
                                                                                 clause_text(text, approval.start(), approval.end()), re.IGNORECASE):
            agreement.approved = Fact(" ".join(approval.group(0).split()), sentence)
        for party in parties:
            if a_subject(text, party):
                continue
            if ratifies and ratification is not None and party.start < ratification.start() and party.kind not in ("country", "new-country"):
                continue  # "The Lower House of the Parliament of Tajikistan ratified the agreement between …": who ratified (its state is a party)
            value = self.actors.actor(party, sentence)
            if not any(p.value == value for p in agreement.parties):
                agreement.parties.append(Fact(value, sentence))  # once, however often the sentence names it
        if ratifies and ratification is not None:
            self._ratification(agreement, sentence, ratification, mentions)
        ministries = self._ministries_of_states(sentence, mentions)
        if ministries:
            agreement.parties = ministries
        if not agreement.parties:
            # No party named: the countries the sentence names, also within a name ("the Second
            # China–Central Asia Summit"), said in a note for the reviewer.
            named = [m for m in mentions if m.kind == "country" and m.how != "demonym" and not a_place(text, m)]  # not "pass to Turkmenistan"
            for mention in mentions:
                if mention.kind in ("event", "project", "mechanism"):
                    named += [m for m in self.finder.find(mention.text, COUNTRY) if m.how != "demonym"]
            for country in self.actors.region_countries(text):  # "the Central Asia – China summit": the five and China
                agreement.fallback_parties.append(Fact(country, sentence, "a state of Central Asia, which the sentence names as a whole"))
            for mention in named:
                if mention.record_id and not any(p.value == mention.record_id for p in agreement.fallback_parties):
                    agreement.fallback_parties.append(Fact(mention.record_id, sentence, "named in the sentence; the text names no signatory"))
            # ("The two sides signed agreements … during the talks", after a visit told of later: the talks')
            said = re.search(r"\b(?:the|their)\s+(?P<what>talks|negotiations|meeting|visit)\b", text)
            occasion = self.events.occasion(said.group("what") if said else None)
            countries = self.events.countries_of(occasion) if occasion is not None else []
            if not named and occasion is not None and len(countries) > 1 and re.search(
                    rf"\bthe (?:two )?(?:{HEADS_OF_STATE}|presidents|leaders|sides|ministers|parties)\b"
                    r"|\b(?:the|this|that|their)\s+(?:state\s+|official\s+)?(?:visit|talks|meeting|negotiations|discussions)\b"
                    r"|\bwe\s+(?:have\s+)?(?:also\s+)?(?:\w+\s+){0,4}?(?:signed|adopted)\b"
                    r"|^They\s+(?:\w+\s+){0,3}?(?:welcomed|stressed|noted|hailed|praised|signed|adopted)\b"
                    # ("To solidify these goals, they signed the Astana Communiqué", after the ministers' meeting)
                    r"|^[^,;]{0,60},\s+they\s+(?:also\s+|then\s+|jointly\s+)?(?:signed|adopted)\b", text, re.IGNORECASE):
                # "the two presidents signed", "one of the key outcomes of the visit was the signing of a treaty", a president's
                # "we … signed a joint statement" on it, "They stressed the significance of the Joint Statement … signed
                # today" after the meeting: its countries
                agreement.fallback_parties = self._sides_of(occasion, countries)
            elif not named and re.match(r"\s*(?:The|Both)\s+(?:two\s+)?(?:parties|sides|companies)\s", text) and (told_before := next((
                    a for a in reversed(self.drafts.agreements) if a is not agreement and a.parties and not a.is_package), None)) is not None:
                # "The parties expect to sign a full investment agreement in May", after the memorandum between the ministry and
                # the company: the sides of that one
                agreement.parties = [Fact(p.value, p.sentence, "the sides of the document told of before") for p in told_before.parties]
            elif not named and before and THE_HEADS_SIGNED.search(text):
                # "The heads of state signed a Joint Statement", "They signed 20 documents": the states of those the
                # sentence before names
                for country in self.actors.heads_countries(before[-1].text):
                    if not any(p.value == country for p in agreement.fallback_parties):
                        agreement.fallback_parties.append(Fact(country, before[-1], "the countries of the heads of state named just before"))
            elif not named and kind is not AgreementKind.contract and ADDITIONALLY.match(text) and not (
                    verb is not None and re.match(r"adopt|approv|endors", verb.group(0), re.IGNORECASE)) and (reported := self._countries_reported_before()):
                # (not "In addition, the Cabinet approved the draft Action Plan for … irrigation in the Chui … regions": a body's
                # own approval, whose document is not the one before's)
                # "Mirziyoyev and Scholz signed a joint declaration. In addition, agreements were signed covering …": the
                # states of the document reported just before (a contract is a company's, whoever signed before)
                agreement.fallback_parties = [Fact(c, where, "the states of the document reported just before, which this one adds to")
                                              for c, where in reported]
            elif not named and verb is not None and re.match(r"adopt|approv|issued", verb.group(0), re.IGNORECASE):
                # "President Kassym-Jomart Tokayev and French President Emmanuel Macron adopted a joint declaration": the
                # states of those the verb's subject names, two at least (who sign are signatories, their states told there)
                agreement.fallback_parties += [Fact(state, sentence, "the states of those who, as the sentence says, did so")
                                               for state in self._states_of_subject(text, verb, mentions)]
        if not agreement.parties and not agreement.fallback_parties and (capitals := self.actors.capitals_that_sign(text)):
            # "Moscow, Tashkent sign contract", "a trilateral agreement … was signed between Moscow, Baku and Tehran"
            agreement.fallback_parties = [Fact(c, sentence, "the state whose capital the sentence names as a side") for c in capitals]
        if not agreement.parties and (paired := self.actors.paired_states(text)):
            # "a Kazakh-Uzbek agreement on transit": the two states its adjectives name
            agreement.fallback_parties = [Fact(c, sentence, "a state its adjective names before the document's noun") for c in paired]
        region_parties(self.actors, agreement, sentence)
        self._signed_by_those_who_met(agreement, sentence)
        self._signed_by_the_heads_of_delegations(agreement, sentence)
        title = title_of(text, kind)
        if title:
            agreement.title = Fact(title[0], sentence)
            agreement.title_is_official = title[1]
        self._add_to(agreement, sentence, mentions, True)
        agreement.context = before[-2:]
        if re.match(r"(?:Following|After|At the end of|Upon the conclusion of)\s+(?:the|their)\s+(?:meeting|talks|negotiations|discussions)"
                    r"|(?:The|This|That)\s+(?:meeting|talks|negotiations)\s+(?:was|were)\s+(?:then\s+)?followed\s+(?:by|with)\b"
                    # "The meeting concluded with the signing of a protocol"
                    r"|(?:The|This|That)\s+(?:meeting|talks|negotiations|session)\s+(?:concluded|ended|culminated|wrapped\s+up|closed)\s+(?:with|in)\b"
                    # "A key political outcome of the talks was the signing of …"
                    r"|(?:An?|The)\s+(?:[\w-]+\s+){0,2}?(?:outcome|result)s?\s+of\s+(?:the|these|those)\s+(?:meeting|talks|negotiations)\s+(?:was|were)\b", text, re.IGNORECASE):
            # "Following the meeting, the ministers signed …", "The meeting was followed with the signing of a protocol …": the
            # day of the meeting the text dates.
            for earlier in reversed(before):
                dated = dates_in(earlier.text, self.published)
                if dated and re.search(r"\b(met|meeting|talks|negotiations)\b", earlier.text, re.IGNORECASE) and agreement.date_signed is None:
                    agreement.date_signed = Fact(dated[0].date, earlier, "the date of the meeting it followed")
                    agreement.evidence_of.append(earlier)
                    break
        self.drafts.agreements.append(agreement)
        return agreement

    def _dated_by_its_occasion(self, agreement: DraftAgreement, sentence: Sentence) -> None:
        """'During the meeting, the Decision … was signed': the date of the meeting told of last (a range where the text gives
        one); 'During the summit, the Central Banks of … signed': of the summit told of last (an organisation's, of no country named)."""
        # ("As a result of the talks", "Following the results of the talks", "At the end of the meeting": what the talks gave)
        during = re.match(r"(?:During|At|In the course of|On the (?:sidelines|margins) of|Following|After|As a result of|(?:Following|Based on|Upon|On)\s+the\s+results\s+of"
                          r"|At the (?:end|conclusion|close) of)\s+(?:the|this)\s+(?P<what>meeting|talks|negotiations|visit|summit|session)\b",
                          sentence.text)
        if during is None and (late := re.search(r"\b(?P<verb>signed|inked)\b[^.;]*?\b(?:during|at)\s+the\s+(?P<what>talks|negotiations)\s*[.;]?$", sentence.text)) \
                and not re.search(rf"\b(?:{DOCUMENT_NOUNS})\s+$", sentence.text[:late.start("verb")], re.IGNORECASE):
            during = late  # "The two sides signed agreements on trade … during the talks." (not "… the agreements signed during the talks")
        # "Witnessed by the co-chairs, A and B signed …": during the meeting they co-chair
        what = during.group("what") if during is not None else "meeting" if WITNESSED_BY_THE_CO_CHAIRS.match(sentence.text) else None
        if what is None or agreement.date_signed is not None or agreement.planned:
            return
        occasion = self.events.occasion(what)
        if what == "summit" and not re.match(r"Following|After", sentence.text):  # (not a day after it, perhaps)
            occasion = next((e for e in reversed(self.drafts.events) if e.kind == EventKind.summit and not e.planned), occasion)
        if occasion is None and what == "meeting":
            # "On the margins of the meeting", after "the 20th EU–Central Asia Ministerial Meeting", whose name gives one country
            # or none: the meeting told of last
            occasion = next((e for e in reversed(self.drafts.events) if e.kind == EventKind.meeting and not e.planned), None)
        if occasion is not None and occasion.date is not None:
            agreement.date_signed = Fact(occasion.date.value, occasion.date.sentence, f"the date of {occasion.name.value}, during which it was signed")

    def _dated_by_its_day_of_a_span(self, agreement: DraftAgreement, sentence: Sentence) -> None:
        """'On the first day, A and B signed …': that day (or the second, the third, the last) of the span of the meeting or
        visit told of last whose date is one."""
        if agreement.date_signed is not None or agreement.planned or sentence is not agreement.statement:
            return
        nth = re.match(r"(?:On|During)\s+the\s+(?P<which>first|second|third|last|final|closing)\s+day\b(?!\s+of\s+(?!the\s+(?:meeting|visit|forum|summit|session)\b))",
                       sentence.text, re.IGNORECASE)
        span = next((e.date.value for e in reversed(self.drafts.events) if not e.planned and e.date is not None
                     and isinstance(e.date.value, PartialDate) and e.date.value.is_range and e.date.value.precision == "day"), None) if nth else None
        if nth is None or span is None:
            return
        day = day_of_span(span, {"first": 0, "second": 1, "third": 2}.get(nth["which"].lower()))
        if day is not None:
            agreement.date_signed = Fact(day, sentence, f"'{nth.group(0)}' of {span}")

    def _sides_of(self, occasion: DraftEvent, countries: list[str]) -> list[Fact]:
        """The sides of the meeting or visit told of before: the countries of its participants, or the body a participant
        heads where the office names one ("Saudi Fund for Development CEO Sultan Al-Marshad": the fund, not Saudi Arabia)."""
        note = f"the countries of {occasion.name.value}, told of before"
        bodies = {}
        for participant in occasion.participants:
            value = participant.value
            office = value.office if isinstance(value, DraftActor) else None
            body = HEADED_BODY.match(office) if office else None
            if body and isinstance(value, DraftActor) and value.country:
                bodies[value.country] = Fact(self.actors.actor(Mention(body.group("body"), 0, 0, None, "organisation", "new"), participant.sentence),
                                             participant.sentence, f"the body {value.name.value} heads, as {occasion.name.value} told before")
        return [bodies.get(c) or Fact(c, occasion.name.sentence, note) for c in countries]

    def _countries_reported_before(self) -> list[tuple[str, Sentence]]:
        """The states of the last document drafted, where its parties are states."""
        last = self.drafts.agreements[-1] if self.drafts.agreements else None
        parties = (last.parties or last.fallback_parties) if last is not None else []
        if not parties or not all_states(self.dataset, parties):
            return []
        return [(str(p.value), p.sentence) for p in parties]

    def _states_of_subject(self, text: str, verb: re.Match[str], mentions: list[Mention]) -> list[str]:
        """The states of the people the verb's subject names, offices and names only ("President X and French President
        Y adopted"), where they are two at least."""
        subject = _after_dateline(text[:verb.start()])
        if not re.search(r"\band\b", subject) or not _offices_and_names(subject):
            return []
        begin = verb.start() - len(subject)
        states = dict.fromkeys(state for person in self.actors.people(text, mentions) if begin <= person.start < verb.start()
                               and (state := self.actors.state_of(person, self.actors.offices.get((text, person.start)))))
        return list(states) if len(states) > 1 else []

    def _ordinal_parts(self, sentence: Sentence, before: list[Sentence]) -> list[DraftAgreement]:
        """'has signed three agreements … The second agreement covers an Investment Cooperation Agreement …; while the third
        is related to charting a roadmap': the parts of the documents counted before, one for each ordinal the text goes on
        with, of the kind they were counted as, titled with the words the text gives it."""
        package = next((a for a in reversed(self.drafts.agreements) if a.is_package and not a.planned and a.documents is not None), None)
        if package is None:
            return []
        counted_as = re.search(r"\b(?P<noun>agreements|memorand(?:a|ums)|contracts)\b", package.statement.text, re.IGNORECASE)
        made = []
        for match in ORDINAL_PART.finditer(sentence.text):
            _, end = clause_at(sentence.text, match.start(), match.end())
            about = " ".join(sentence.text[match.end():end].strip(" ,;.").split()[:14])
            noun = match.group("noun") if match.group("noun") not in (None, "one", "document", "deal") else counted_as.group("noun") if counted_as else None
            if noun is None or not about:
                continue  # "the second document": of a kind the count does not say either
            kind = kind_of(noun)
            agreement = DraftAgreement(Fact(kind.value, sentence), sentence)
            agreement.evidence_of.append(sentence)
            agreement.title = Fact(f"{kind.value[:1].upper()}{kind.value[1:]} that {match.group('verb')} {about}", sentence,
                                   "descriptive: the text's words for it")
            agreement.part_of = package
            agreement.context = before[-2:]
            self.drafts.agreements.append(agreement)
            made.append(agreement)
        return made

    def _ministries_of_states(self, sentence: Sentence, mentions: list[Mention]) -> list[Fact]:
        """'between the Ministries of Foreign Affairs of the Republic of Uzbekistan and the Republic of Belarus', 'The
        Ministries of Energy of Kyrgyzstan, Kazakhstan, and Uzbekistan signed': each state's ministry, under the name a
        record has or, for a state without a record, as the text names the state."""
        between = MINISTRIES_OF_STATES.search(sentence.text)
        if between is None:
            return []
        states = [m for m in mentions if m.kind in ("country", "new-country") and m.how != "demonym" and between.start("states") <= m.start < between.end("states")]
        if len(states) < 2:
            return []
        # ("the legislative assemblies of A and B": each one's parliament)
        ministry = "Parliament" if between.group("parliaments") else f"{between.group('banks').capitalize()} Bank" if between.group("banks") else \
            ministry_named(between.group("field") or between.group("adjective"))
        note = f"'{' '.join(between.group(0).split()[:6])} …': the ministries of the states it names"
        return [Fact(self.actors.body_of(m.record_id, ministry, sentence) if m.record_id else self.actors.actor(
            Mention(f"{ministry} of {m.text}", m.start, m.end, None, "government-body", "new"), sentence), sentence, note)
            for m in states]

    def _signed_by_those_who_met(self, agreement: DraftAgreement, sentence: Sentence) -> None:
        """'Following the talks, the two presidents signed a Joint Statement': the two who held the talks told of before
        signed it, where the text names them there."""
        text = sentence.text
        said = re.search(rf"\bthe\s+(?:two\s+)?(?P<who>presidents|{HEADS_OF_STATE}|leaders)\b(?:\s+of\s+(?:the\s+(?:two\s+)?countries|[A-Z][\w'’-]+\s+and\s+[A-Z][\w'’-]+))?\s+(?:also\s+)?signed\b",
                         text, re.IGNORECASE) or re.match(r"(?P<who>They)\s+(?:also\s+|jointly\s+|then\s+){0,2}signed\b", text) or re.search(
            # "At the meeting, the participants also signed a memorandum …": those the meeting told of before had
            r"\b(?:the|its)\s+(?P<who>participants)(?:\s+of\s+the\s+(?:meeting|talks|negotiations))?\s+(?:also\s+)?signed\b", text, re.IGNORECASE)
        if said is None or agreement.planned:
            return
        participants = said.group("who").lower() == "participants"
        occasion = next((e for e in reversed(self.drafts.events) if not e.planned and (len(self.events.people_at(e)) == 2 or participants and e.kind is EventKind.meeting
                                                                                       and len(self.events.people_at(e)) > 1)), None)
        if occasion is None:
            return
        told = occasion.name.sentence
        if said.group("who") == "They" and not (told.paragraph == sentence.paragraph and told.number == sentence.number - 1
                                               or told.paragraph == sentence.paragraph - 1 and sentence.number == 1):
            return  # "They signed …": the two whose talks the sentence just before tells of, none further back
        named = {m.record_id for m in self.finder.find(said.group(0), COUNTRY) if m.record_id and m.how != "demonym"}
        theirs = [self.dataset.country_of(p) if isinstance(p, str) else p.country if isinstance(p, DraftActor) else None
                  for p in (f.value for f in self.events.people_at(occasion))]
        if named and any(c is not None and c not in named for c in theirs):
            return  # "The presidents of Kazakhstan and Kyrgyzstan signed …": not two who met of other states
        for person in (p.value for p in self.events.people_at(occasion)):
            country = self.dataset.country_of(person) if isinstance(person, str) else person.country if person is not None else None
            if said.group("who") == "They" or participants:  # the office the talks' sentence gives him, where it gives one
                office = person.office if isinstance(person, DraftActor) and person.office else NO_OFFICE
            else:
                office = "President" if said.group("who").lower() == "presidents" else "Head of State"
            agreement.signatories.append((Fact(person, occasion.name.sentence, f"'{said.group(0)}': those of {occasion.name.value}, told of before"),
                                          office, country))

    def _signed_by_the_heads_of_delegations(self, agreement: DraftAgreement, sentence: Sentence) -> None:
        """'The heads of the delegations signed the protocol', after 'The delegations were led by A, B and C': those people
        signed it, each for the state of the office the text gives them; and where the sentence names no party, those states
        are its parties."""
        said = HEADS_OF_DELEGATIONS_SIGNED.search(sentence.text)
        if said is None or not self._delegations_led or agreement.signatories or agreement.planned:
            return
        states: dict[str, Sentence] = {}  # each state, with the sentence that first gives it a head of delegation
        for named in self._delegations_led:
            mentions = self.actors.mentions_of(named.text, self.actors.surnames)
            people = self.actors.people(named.text, mentions)  # (first: it notes the offices written before a state and a name)
            offices: dict[int, str | None] = {p.start: p.office for p in people_in(named.text)}
            offices.update({start: office for (text, start), office in self.actors.offices.items() if text == named.text})
            for person in people:
                office = offices.get(person.start)
                if not office:
                    continue
                side = list(SIDE_OF.finditer(named.text[:person.start]))[-1:]  # the side named last before the person
                country = self.actors.country_in(office) or (self.actors.country_in(side[0].group("adjective")) if side else None)
                agreement.signatories.append((Fact(self.actors.actor(person, named, office), named,
                                                   f"'{said.group(0)}': those the text names as such before"), _office_text(office), country))
                if country is not None:
                    states.setdefault(country, named)
        if not agreement.parties and len(states) > 1:
            agreement.parties = [Fact(c, where, "the state of a head of delegation who signed it") for c, where in states.items()]

    def _ratification(self, agreement: DraftAgreement, sentence: Sentence, match: re.Match[str], mentions: list[Mention]) -> None:
        """'The Kazakh President ratified the treaty': a step of its history in the text's words, by the countries the agent
        after the verb ('ratified by the Jogorku Kenesh') or else the words before it name ('Kazakh', 'the Senate of
        Kazakhstan'); the date of its clause dates the step. An entry into force told after it is the last step."""
        text = sentence.text
        agreement.ratified = Fact(" ".join(match.group(0).split()), sentence)
        # "…, ratified by the Jogorku Kenesh in January, entered into force on 20 February": in force last (not where a law, the
        # one on its ratification, is what entered into force)
        entry = ENTRY_INTO_FORCE.search(text, match.start())
        if entry is not None and not re.search(rf"\b(?:{LAW_NOUNS})\b", text[:entry.start()], re.IGNORECASE):
            agreement.in_force = Fact(" ".join(entry.group(0).split()), sentence)
        if ratification_stage(match.group(0)) == "in force":
            return  # its entry into force: a step of every party's (accords.model.Stage), by no one in particular
        begin, end = clause_at(text, match.start(), match.end())
        # "…, ratified by the Jogorku Kenesh in January": the ratifier is the agent after the verb (the countries named before
        # it are the document's parties); else the words before the verb name it
        agent = re.match(r"\s+by\s+[^,.;]{1,80}", text[match.end():end])
        span = (match.end(), match.end() + agent.end()) if agent else (begin, match.start())
        if agent and not any(span[0] <= m.start < span[1] and m.record_id for m in mentions) \
                and not any(n.record_id for n in self.finder.find(text[span[0]:span[1]], COUNTRY)):
            span = (begin, match.start())  # "ratified by the deputies": no state named after it
        for mention in mentions:
            if span[0] <= mention.start < span[1] and mention.record_id:
                country = mention.record_id if mention.kind == "country" else self.dataset.country_of(mention.record_id)
                if country and country not in agreement.ratified_by:
                    agreement.ratified_by.append(country)
        for named in self.finder.find(text[span[0]:span[1]], COUNTRY):  # "the Senate of Kazakhstan", "Kazakh President"
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
        asides = participle_asides(text)
        dated = [d for d in dates_in(text, self.published) if begin <= d.start < end and not inserted(text, d.start)
                 and not (dateline and d.start < dateline.end()) and not any(a <= d.start < b for a, b in asides)]
        if dated:
            agreement.planned_for = Fact(dated[0].date, sentence, f"'{dated[0].text}'")

    def _add_to(self, agreement: DraftAgreement, sentence: Sentence, mentions: list[Mention], speaks_of_signing: bool) -> None:
        """What a sentence about the agreement adds: date, place, event, signatories, sectors, minerals."""
        text = sentence.text
        if sentence not in agreement.evidence_of:
            agreement.evidence_of.append(sentence)
        to_sign = SIGNING.search(text) if speaks_of_signing and agreement.approved is not None and not agreement.planned else None
        if to_sign is not None and re.match(r"sign", to_sign.group(0), re.IGNORECASE) and FUTURE.search(clause_text(text, *clause_at(text, to_sign.start(), to_sign.end()))) \
                and not negated(text, to_sign.start()):
            # "The agreement is expected to be signed in June", of a draft the text said was approved: its signing is to come
            agreement.planned = True
            self._plan(agreement, sentence, to_sign)
            return
        # "… held in Baku on November 1–2, ended with the signing of a protocol. The protocol … was signed on Thursday": the day
        # within the span the signing was first dated by
        spanned = agreement.date_signed.value if agreement.date_signed is not None and isinstance(agreement.date_signed.value, PartialDate) \
            and agreement.date_signed.value.is_range and agreement.date_signed.sentence is not sentence else None
        if speaks_of_signing and not agreement.planned and (agreement.date_signed is None or spanned is not None or (
                agreement.ratified is not None and agreement.ratified.sentence is sentence and agreement.ratified_on is None)):
            dateline = DATELINE.match(text)
            verb = self._verb_of(agreement, text)
            own = clause_at(text, verb.start(), verb.end()) if verb else (0, len(text))
            # Dates of the signing verb's own clause only: "who will meet next year" does not date the signing.
            stated = dates_in(text, self.published)
            dated = [d for d in stated if not (dateline and d.start < dateline.end())
                     and (not verb or ((clause_at(text, d.start, d.start + len(d.text)) == own or _opening_the_clause(text, d, own))
                                       and not inserted(text, d.start)))
                     # a document signed is not signed after the report ("a decision on the chairmanship in 2026", reported in 2025)
                     and (self.published is None or d.date.earliest() <= self.published.latest())
                     # "This signing is a step towards the memoranda previously signed … on June 12, 2023": theirs, not its
                     and not (verb and PREVIOUSLY_SIGNED.search(text, verb.end(), d.start))
                     # "a protocol amending the December 10, 2010 treaty": the date names another document (as does "the
                     # Agreement … dated August 29, 2008")
                     and not re.match(rf"\s+(?:{DOCUMENT_NOUNS})\b", text[d.start + len(d.text):], re.IGNORECASE)
                     and not re.search(r"\bdated\s+(?:on\s+)?$", text[:d.start], re.IGNORECASE)
                     # "the protocol for the 2023 growing season, signed … in March": a year that qualifies a noun names it
                     and not (d.date.precision == "year" and re.search(r"\b(?:for|of)\s+the\s+$", text[:d.start])
                              and re.match(r"\s+[a-z]", text[d.start + len(d.text):]))
                     # "July 27 marked 25 years since the signing of the Declaration …": the anniversary's day, not the signing's
                     and not ANNIVERSARY.search(text, d.start + len(d.text))
                     # "… today announced that it has signed …": the day of the telling, not of the signing
                     and not (verb and d.start < verb.start() and ANNOUNCED_THAT.search(text, d.start + len(d.text), verb.start()))]
            if spanned is not None:
                dated = [d for d in dated if not d.date.is_range and spanned.earliest() <= d.date.earliest() and d.date.latest() <= spanned.latest()]
            ratification = agreement.ratified is not None and agreement.ratified.sentence is sentence
            if ratification:
                # "ratified the treaty …, signed on August 23, 2024": the participle's date is the signing's, the others the ratification's
                # (and "signed during the President's state visit to China in April, … entered into force on July 16": the
                # date of the participle's own words, up to their comma)
                signed_on = [d for d in dated if re.search(rf"\b(?:signed|concluded|inked)\b(?!\s+(?:a\s+|the\s+)?(?:{LAW_NOUNS})\b)[^,;]*$",
                                                           text[:d.start], re.IGNORECASE)]  # (not "signed a law on the ratification … on May 20")
                others = [d for d in dated if d not in signed_on]
                # "…, which was signed in Washington on 9 June 2023", "the Agreement … (Tashkent, April 15, 2024)": the signing's
                # date in a clause of the document's own, after the ratifying verb's
                signed_on += [d for d in stated if d not in dated and (verb is None or d.start > verb.end()) and (
                    re.search(r",\s+(?:which|that)\s+(?:was|were|had\s+been|has\s+been)\s+(?:signed|concluded)\b[^,;()]*$", text[:d.start])
                    or re.search(r"\((?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,\s+)?$", text[:d.start]) and text[d.start + len(d.text):].startswith(")"))]
                if others:
                    agreement.ratified_on = agreement.ratified_on or Fact(others[0].date, sentence)  # the ratification's, not the signing's
                dated = signed_on if agreement.date_signed is None else []
            when = re.search(r"\b(?P<year>(?:19|20)\d{2}),\s+when\s+[^,;]*$", text[:verb.start()]) if verb is not None and not dated else None
            if when is not None and agreement.date_signed is None:
                # "ties date back to 1997, when both countries signed a protocol": the year whose "when" its clause is
                agreement.date_signed = Fact(PartialDate(int(when.group("year"))), sentence, f"'{when.group(0).split(',')[0]}, when' before its signing")
            if dated:
                first = dated[0]
                note = f"'{first.text}', read against the publication date {self.published}" if first.relative else None
                agreement.date_signed = Fact(first.date, sentence, note)
                event = agreement.event.value if agreement.event else None
                phrase = EVENT_PHRASE.search(text)
                if isinstance(event, DraftEvent) and event.date is None and phrase and self.names.rules.key(
                        re.sub(r"^(the|a|an)\s+", "", phrase.group("event").strip(), flags=re.IGNORECASE)) == self.names.rules.key(str(event.name.value)):
                    event.date = Fact(first.date, sentence, "the date the text gives for the signing during it")
                    event.date_note = "the day of a signing the source reports during it"
        same_occasion = (SAME_OCCASION.match(text) or THE_SIDES_ALSO.match(text)) if agreement.date_signed is None and not agreement.planned else None
        if same_occasion is not None:
            # "At the same ceremony, A and B signed a memorandum …": the day of the document signed there before it
            signed_there = next((a for a in reversed(self.drafts.agreements) if a is not agreement and not a.planned
                                 and a.date_signed is not None and a.statement is not sentence), None)
            if signed_there is not None and signed_there.date_signed is not None:
                agreement.date_signed = Fact(signed_there.date_signed.value, signed_there.date_signed.sentence,
                                             f"'{same_occasion.group(0).strip()}' as the {signed_there.kind.value} signed before it")
            if signed_there is not None and not agreement.parties and THE_SIDES_ALSO.match(text):
                # "The ministers also approved the … Action Plan", after the declaration they signed: between its sides
                agreement.parties = [Fact(p.value, p.sentence, f"'{same_occasion.group(0).strip()}': the sides of the {signed_there.kind.value} before it")
                                     for p in signed_there.parties]
        # (not who witnessed it: only where the opening phrase names them, "Witnessed by the co-chairs, A and B signed …")
        opening = re.match(r"Witnessed\s+by\b[^,;]*,\s+", text)
        if speaks_of_signing and re.search(r"\b(?:sign(?:ed|s)?|inked)\b", text, re.IGNORECASE) and not WITNESS.search(text, opening.end() if opening else 0):
            if not re.search(rf"\bsigned\s+(?:a\s+|the\s+)?(?:{LAW_NOUNS}|order)\b", text, re.IGNORECASE):  # who signs a law ratifying it, or a resolution approving it, does not sign it
                self.add_signatories(agreement, sentence, mentions)  # ("was inked by A and B" too)
            earlier = next((a for a in reversed(self.drafts.agreements) if a is not agreement and a.signatories and a.statement is not sentence), None)
            if THEY_ALSO_SIGNED.match(text) and not agreement.signatories and earlier is not None:
                # "A and B signed the loan agreement. They also signed a … grant agreement": the same two, for the same sides
                agreement.signatories = list(earlier.signatories)
                if not agreement.parties:
                    agreement.parties = [Fact(p.value, p.sentence, "the sides of the document before, whose signatories 'They' are")
                                         for p in earlier.parties]
            if not agreement.parties and re.search(r"\bsign(ed|s)?\b", text, re.IGNORECASE):  # (not after "inked": the check half lost by it)
                # (not in a clause of what the document is to do: "a grant agreement that will help the Ministry …")
                signing = SIGNING.search(text)
                purpose = re.search(r"\s(?:that|which)\s+will\s", text[signing.end():]) if signing else None
                cut = signing.end() + purpose.start() if signing and purpose else len(text)
                for mention in [m for m in mentions if m.start < cut]:
                    value = self.actors.actor(mention, sentence) if mention.kind in PARTY_KINDS and mention.how != "demonym" and not a_place(
                        text, mention) and not a_subject(text, mention) and not a_framework(text, mention) and not states_bodies(text, mention) \
                        and not between_on_a_route(text, mention.start) else None
                    if value is not None and not any(party_key(p.value) == party_key(value) for p in agreement.parties):
                        agreement.parties.append(Fact(value, sentence))  # once: "India-Kyrgyzstan … Kyrgyz Republic" names one state twice

        self._bodies_that_signed(agreement, sentence, mentions, speaks_of_signing)
        if not agreement.parties and THE_TWO_COMPANIES.search(text):
            # "… a memorandum of understanding the two companies signed in Muscat", "The partners expect to sign the … contract"
            agreement.parties = the_two_companies_before(self.dataset, self.drafts, agreement, sentence)
        if speaks_of_signing:
            self._dated_by_its_occasion(agreement, sentence)
            self._dated_by_its_day_of_a_span(agreement, sentence)
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

    def _bodies_that_signed(self, agreement: DraftAgreement, sentence: Sentence, mentions: list[Mention], speaks_of_signing: bool) -> None:
        """'Pakistan, Afghanistan and Uzbekistan have signed a framework agreement …', then 'The framework agreement … was
        signed between Afghanistan's Ministry of Public Works, Uzbekistan's Ministry of Transport, and Pakistan's Ministry
        of Railways': the bodies, one of each state, are its parties in place of the states."""
        between = re.search(r"\bsigned\s+between\s+", sentence.text)
        states = {p.value if isinstance(p.value, str) else self.names.rules.key(str(p.value.name.value)) for p in agreement.parties
                  if isinstance(p.value, str) and self.dataset.kind(p.value) == "country" or isinstance(p.value, DraftActor) and p.value.kind == "country"}
        if not speaks_of_signing or between is None or sentence is agreement.statement or not agreement.parties or len(states) != len(agreement.parties):
            return  # (its parties all states, recorded or not: "Afghanistan")
        bodies = [m for m in mentions if m.kind in ("government-body", "company", "organisation") and m.start >= between.end()]
        theirs = [self.actors.state_of(m, None) for m in bodies]
        if len(bodies) == len(states) and any(theirs) and all(state is None or state in states for state in theirs):
            agreement.parties = [Fact(self.actors.actor(m, sentence), sentence, "the bodies the text says it was signed between")
                                 for m in bodies]

    @staticmethod
    def _verb_of(agreement: DraftAgreement, text: str) -> re.Match[str] | None:
        """The signing verb of the clause that names a document of the agreement's kind ("In April, a similar document was
        signed with the EU, and a recent declaration was inked with Germany": the declaration's "inked"), else the sentence's own
        (main_signing)."""
        verbs = list(SIGNING.finditer(text))
        for verb in verbs:
            begin, end = clause_at(text, verb.start(), verb.end())
            if any(kind_of(d.group("noun")).value == agreement.kind.value for d in DOCUMENT.finditer(text, begin, end)):
                return verb
        return main_signing(text)

    def _own_signers(self, sentence: Sentence, mentions: list[Mention], documents: list[Listed], made: list[DraftAgreement]) -> None:
        """Documents one sentence lists, each followed by its own signers ("…, an agreement between A and B …, signed by X and
        Y, a memorandum between C and D …, signed by Z and W, …"): each is signed by those of its own words, and one whose
        words name none by none of the others'."""
        text = sentence.text
        ends = [item.start for item in documents[1:]] + [len(text)]
        spans = [(item.start, finish) for item, finish in zip(documents, ends, strict=True)]
        own = [re.search(rf"{SIGNED_BY}\b", text[a:b]) is not None for a, b in spans]
        if not any(own) or len(made) != len(documents):
            return
        for agreement, span, by_own in zip(made, spans, own, strict=True):
            if by_own and not agreement.approved:
                agreement.signatories = []
                self.add_signatories(agreement, sentence, mentions, within=span)
        theirs = {party_key(s[0].value) for agreement, by_own in zip(made, own, strict=True) if by_own for s in agreement.signatories}
        for agreement, by_own in zip(made, own, strict=True):
            if not by_own:
                agreement.signatories = [s for s in agreement.signatories if party_key(s[0].value) not in theirs]

    def add_signatories(self, agreement: DraftAgreement, sentence: Sentence, mentions: list[Mention], within: tuple[int, int] | None = None,
                        all_named: bool = False) -> None:
        """The people the sentence (or the part of it `within`) says sign, each with the office the text gives them and the
        country they sign for; `all_named`: every person it names (a sentence that names those the one before said signed)."""
        text = sentence.text
        people = self.actors.people(text, mentions)
        offices: dict[int, str | None] = {p.start: p.office for p in people_in(text)}  # people the dataset does not know
        offices.update({start: office for (said, start), office in self.actors.offices.items() if said == text})
        offices.update({m.start: m.text for m in people if m.how == "office"})
        signs_for: list[str] = []  # the offices of those who sign, as the text gives them
        for person in people:
            if within is not None and not within[0] <= person.start < within[1]:
                continue
            office = offices.get(person.start) if person.start in offices else (
                self.actors.office_comma_before(text, person) or self.actors.office_before(text, person, mentions) or self.actors.office_after(text, person))
            signed_by = re.search(rf"{SIGNED_BY}\s+", text[:person.start])
            if office is None and signed_by and re.fullmatch(r"(?:[A-Z][\w'’-]*|and|,|\s)*", text[signed_by.end():person.start]):
                office = NO_OFFICE  # "was signed by Mikayil Jabbarov and Arman Shakkaliyev": who signed, without an office
            last_signed_by = [m for m in re.finditer(rf"{SIGNED_BY}\s+", text[:person.start])][-1:]
            named_after = SIGNERS_NAMED_AFTER.fullmatch(text[last_signed_by[0].end():person.start]) if last_signed_by else None
            if office is None and named_after:
                # "signed by the heads of the two companies, Aidos Mukanov and Emil Sydykov": they, by name
                one = not named_after["names"] and not re.search(r"(?:s|men)$", named_after["head"])
                office = named_after["office"] if one else NO_OFFICE
            if office is None and NAMES_THEN_SIGNED.match(text, person.end):
                office = NO_OFFICE  # "Kassym-Jomart Tokayev and Ilham Aliyev signed": names only, then the verb
            if office is None and signed_by and re.search(r"\band\s+(?:on\s+(?:the\s+)?[A-Z][\w'’-]*\s+side\s+)?by\s+$", text[:person.start]):
                # "signed by the Energy Minister on behalf of Kazakhstan and by Parviz Shahbazov on behalf of …", "signed on the
                # Kazakh side by A, …, and on the Azerbaijani side by B"
                office = NO_OFFICE
            if office is None and signed_by and within is not None:
                # in brackets after a listed document: "(signed by O. Yusupov and F. Al-Harbi)", "(signed by Tashkent region hokim
                # Ulugbek Ergashev and …)": each name signs, with the words before it, if any, for an office
                lead = re.search(r"\b(?:by|and)\s+(?P<words>(?:[\w'’-]+\s+){0,4}?)(?:[A-Z]\.\s*)?$", text[:person.start])
                office = (lead["words"].strip() or NO_OFFICE) if lead else None
            possessive = re.search(r"\b(?P<state>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)['’]s\s+$", text[:person.start])
            whose = self.actors.country_in(possessive.group("state")) if possessive and signed_by and office is None else None
            if whose is not None:
                office = NO_OFFICE  # "signed by Hakan Fidan, his Azerbaijani counterpart Jeyhun Bayramov and Uzbekistan's Bakhtiyor Saidov"
            if office is None and all_named:
                office = NO_OFFICE
            if office is None or not (all_named or self._signs(text, person, mentions)):
                continue
            behalf = re.match(r"(?:\s*,)?\s+on\s+behalf\s+of\s+(?:the\s+)?", text[person.end:])
            for_state = next((m.record_id for m in mentions if behalf and m.kind == "country" and m.start == person.end + behalf.end()), None)
            # "… and by Parviz Shahbazov on behalf of Azerbaijan": the state he signs for, as the text says
            envoy = re.search(r"(?:\b(?P<state>[A-Z][\w.'’-]*)\s+)?(?:Ambassador|Envoy|Representative)\s+to\s+[^,;]*$", text[:person.start])
            if envoy is not None:  # "the U.S. Ambassador to Uzbekistan Jonathan Henick" signs for the U.S., not Uzbekistan
                country = for_state or whose or (self.actors.country_in(envoy.group("state")) if envoy.group("state") else None)
            else:
                # (not the state an office is for: "ADB Country Director for Uzbekistan" signs for the bank)
                is_for = re.search(r"\s+for\s+(?:the\s+)?(?P<state>[A-Z].*)$", office) if office and office != NO_OFFICE else None
                whose_office = office[:is_for.start()] if is_for and self.names.resolve(is_for["state"], ("country",)) else office
                country = for_state or whose or self.actors.country_in(whose_office) or self.actors.state_of(person, None)  # a recorded person's, where no office says
            before = text[:person.start].rstrip()
            if country is None and office and office != NO_OFFICE and before.endswith(office) and (
                    lead := re.search(r"((?:[A-Z]\.){2,}|[A-Z][\w'’-]+)\s*$", before[:-len(office)])):
                country = self.actors.country_in(lead.group(1))  # "U.S. Deputy Secretary of State X": the office read without its "U.S."
            on_behalf = next((p.value for p in agreement.parties if p.value == country), country)
            person_id = self.actors.actor(person, sentence, office)
            if not any(s[0].value == person_id for s in agreement.signatories):
                agreement.signatories.append((Fact(person_id, sentence), _office_text(office), on_behalf))
                signs_for.append(office)
        # (and a company of one word: "Chairman of AzerTelecom", not "Chairman of Kazakhstan")
        bodies = [org for office in signs_for if (org := _body_signing(office)) and (re.search(rf"\b(?:{BODY_WORDS}|{COMPANY_ENDINGS}|CJSC|SC|Co|Port)\b", org) or (
            re.fullmatch(r"[A-Z][a-z]+[A-Za-z]*", org) and not self.finder.find(org) and not self.actors.a_city(org)))]
        for body in dict.fromkeys(LEGAL_FORM.sub("", org.strip()) for org in bodies):
            for index, party in enumerate(agreement.parties):
                if not isinstance(party.value, DraftActor) or party.value.kind == "person":
                    continue
                short = party.value.name.value
                if isinstance(short, str) and body.startswith(short + " "):
                    # "Golden Valley and … signed a contract", then "signed by Chief Executive Officer of Golden Valley Agro Holding …":
                    # the company by its name in full
                    agreement.parties[index] = Fact(self.actors.actor(Mention(body, 0, 0, None, party.value.kind, "new"), sentence),
                                                    party.sentence, "its name in full, as its signatory's office gives it")
        if len(bodies) > 1 and all(p.sentence is sentence for p in agreement.parties):
            # "signed by A, Director General of Baku International Sea Trade Port CJSC, B, Chairman of the Board of Kazakhstan
            # Railways SC, and C, …": the bodies they head sign, not the words of their offices read as names
            agreement.parties = [Fact(self.actors.actor(Mention(LEGAL_FORM.sub("", org.strip()), 0, 0, None, "company", "new"), sentence),
                                      sentence, "the body its signatory's office is of") for org in dict.fromkeys(bodies)]

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
        kind = kind_of(match.group("doc").lower()) if match.group("doc").lower() != "programme" else AgreementKind.other
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
            if mention.kind == "country" and mention.how != "demonym" and mention.record_id and not any(p.value == mention.record_id for p in agreement.fallback_parties):
                agreement.fallback_parties.append(Fact(mention.record_id, sentence, "named in the sentence; the text names no signatory"))
        agreement.context = []
        self.drafts.agreements.append(agreement)

    def _witnesses_present(self, told: tuple[Sentence, list[Mention], int] | None) -> None:
        """'14 agreements were signed in the presence of the heads of state': who was present witnesses the documents the
        sentence drafted (EventReader.present), where none is given already."""
        if told is None or not PRESENCE.search(told[0].text):
            return
        sentence, mentions, before = told
        drafted = [a for a in self.drafts.agreements[before:] if not a.witnesses and not a.planned]
        present = self.events.present(sentence, mentions)
        if len(self.drafts.agreements) == before and re.search(r"\bsigning\b", sentence.text, re.IGNORECASE):
            # "The signing of agreements was held in the presence of the heads of both countries": of those the text tells
            self._pending_witnesses += [p for p in present if not any(party_key(w.value) == party_key(p.value) for w in self._pending_witnesses)]
        signers = {party_key(s[0].value) for a in drafted for s in a.signatories}
        for agreement in drafted:
            agreement.witnesses = [p for p in present if party_key(p.value) not in signers]

    def _witnesses(self, sentence: Sentence, mentions: list[Mention]) -> None:
        """People who 'witness the signing': witnesses of the agreements signed then (those of this
        paragraph and of the article, once they are read)."""
        for mention in self.actors.people(sentence.text, mentions):
            self._pending_witnesses.append(Fact(self.actors.actor(mention, sentence), sentence))

def draft_article(dataset: Dataset, names: NameIndex, published: PartialDate | None, article: Article) -> Drafts:
    """The drafts of a report: of its text, or, where its text states no document, of its headline and text ("Uzbekistan
    and Kazakhstan signed the Treaty of Alliance" above a text that tells only of the talks). Where the text states one,
    the headline is not read: it retells in fewer words what the text tells."""
    drafts = Extractor(dataset, names, published).read(sentences(article.paragraphs))
    with_headline = article.with_headline()
    if drafts.agreements or with_headline is None:
        return drafts
    return Extractor(dataset, names, published).read(sentences(with_headline))


def _own_pair(text: str, item: Listed, candidates: list[Mention]) -> list[Mention] | None:
    """The names after "between" in one listed document's own words ("…, a memorandum of cooperation between the Ministry of
    … and the Uzarkhiv Agency, and …"), where they are two at least; else None."""
    between = re.search(r"\bbetween\s", text[item.start:item.end])
    named = [m for m in candidates if between and item.start + between.end() <= m.start < item.end]
    return named if len(named) > 1 else None


def states_bodies(text: str, mention: Mention) -> bool:
    """Whether a state is named as whose the bodies before it are, not named themselves ("the rail freight operators of
    Azerbaijan, Georgia and Kazakhstan signed"): no party."""
    return mention.kind in ("country", "new-country") and BODIES_OF_STATES.search(text[:mention.start]) is not None


def a_framework(text: str, mention: Mention) -> bool:
    """A body named as what a document is signed under or at, not with: "a protocol under the Intergovernmental Commission",
    "signed at the 11th Intergovernmental Commission" (its meeting)."""
    return mention.kind in ("mechanism", "organisation", "government-body") and UNDER_A_FRAMEWORK.search(text[:mention.start]) is not None


# Where a document is signed, by the words that open its occasion: "on the sidelines of the SCO summit".
OCCASION_OPENS = r"(?:at|during|on\s+the\s+(?:sidelines|margins)\s+of|following|after|ahead\s+of|(?:with)?in\s+the\s+framework\s+of)\s+(?:the\s+)?"
OCCASION_NOUNS = r"summit|forum|meeting|session|conference|congress"


def the_occasions_body(text: str, mention: Mention) -> bool:
    """A body named as whose summit or meeting a document is signed at, not as a party: "on the sidelines of the Shanghai
    Cooperation Organisation summit", "during the summit of the Organization of Turkic States, A and B signed"."""
    return mention.kind in ("mechanism", "organisation", "government-body") and bool(
        re.search(rf"\b{OCCASION_OPENS}(?:[\w'’-]+\s+){{0,3}}$", text[:mention.start], re.IGNORECASE)
        and re.match(rf"\s+(?:{OCCASION_NOUNS})\b", text[mention.end:], re.IGNORECASE)
        or re.search(rf"\b{OCCASION_OPENS}(?:[\w'’-]+\s+){{0,2}}(?:{OCCASION_NOUNS})\s+of\s+(?:the\s+)?$", text[:mention.start], re.IGNORECASE))


def _plain_list(words: str) -> str:
    """Words after "signed by" with the stops that end no sentence there taken out: initials ("the U.S. Ambassador"), an
    honorific ("Dr."), and a list's semicolons ("by A, First Deputy Minister …; B, Deputy Minister …; and C, …")."""
    return re.sub(r";(?=\s+(?:and\s+)?(?:[A-Z]|$))", ",", HONORIFIC.sub(" ", re.sub(r"\b(?:[A-Z]\.){2,}", "", words)))


def _subject_after(text: str, end: int) -> str | None:
    """The first five words of what a document is on, after its noun ("for the establishment of the Council of …", "was signed
    regarding the establishment of …"), as a key."""
    subject = re.match(r"(?:\s+(?:was|were|has\s+been|have\s+been)\s+(?:signed|inked|concluded))?\s+(?:on|for|regarding|concerning|about|in\s+the\s+(?:field|area|sphere)s?\s+of)\s+(?:the\s+)?(?P<words>(?:[\w'’-]+\s+){5})", text[end:])
    return " ".join(subject.group("words").lower().split()) if subject else None


def _capitalised(title: str) -> bool:
    """A title written as a name, three of its words or more capitalised ("Agreement on Mutual Protection of Investments")."""
    return sum(word[:1].isupper() for word in title.split()) >= 3


def _after_dateline(text: str) -> str:
    """The words after a report's dateline or a colon ("ASTANA – President …": "President …")."""
    return re.split(r"\s[–—-]\s|:\s", text)[-1]


def _offices_and_names(subject: str) -> bool:
    """Whether a verb's subject is offices and names only: its words in lower case are those that join them ("the
    President of Tajikistan, Emomali Rahmon, and …")."""
    lower = re.findall(r"(?<![\w'’-])[a-z][\w'-]*\b", subject)  # (not the "hoon" of "Kim Tae-hoon")
    return bool(lower) and all(w in SUBJECT_WORDS for w in lower)


def _office_text(office: str) -> str:
    return " ".join(office.split())
