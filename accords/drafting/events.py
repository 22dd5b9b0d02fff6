"""Events a report states: visits, talks, summits, forums, commission and council meetings, held or planned.

Each shape below gives an event's kind and its name; the clause of the words that name it says whether it was held
or is planned (accords.drafting.clauses), and gives its date at the text's precision ("14–15 May" is a range) and its
place (a city of the gazetteer). An event the dataset holds already is linked, not drafted again; an event told of
twice in one report ("the summit", "the Second Central Asia–China Summit") is one draft.
"""

from __future__ import annotations

import calendar
import datetime
import re

from rapidfuzz import fuzz

from ..dates import PartialDate
from ..model import Event, EventKind, EventStatus
from .actors import COUNTRY, Actors
from .clauses import FUTURE, SAYS, asides, clause_at, clause_text, inserted, main_text
from .clauses import future as clause_future
from .documents import DATELINE, DOCUMENT_NOUNS, display, state_of
from .drafts import DraftActor, DraftAgreement, DraftEvent, Fact, Party, party_key
from .mentions import EVENT_NAME_WORDS, OFFICE_WORDS, Mention
from .sentences import Sentence
from .when import MONTH_NAME, WEEKDAYS, dates_in, is_future, of_year

# Words that name no gathering in particular: "Business Forum", "Council of Ministers meeting", "Third Ministerial Conference".
GENERIC_EVENT_WORDS = frozenset("""the a an high-level high level state official working visit talks meeting summit session forum business investment
ministerial conference council ministers heads government joint commission regular another dialogue roundtable
congress expo exhibition fair week international""".split())
EVENT_WORDS = r"Summit|Forum|Meeting|Session|Conference|Council|Congress|Visit|Expo|Exhibition|Week|Dialogue"
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
            "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "inaugural": 1}
ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10, "XI": 11, "XII": 12}
_ORDINAL = r"(?:\d{1,2}(?:st|nd|rd|th)|" + "|".join(ORDINALS) + r"|" + "|".join(sorted(ROMAN, key=len, reverse=True)) + r")"
VISIT_REPORTED_WITHIN = 31  # days: a report of a visit published up to a month after it tells of that visit
NOT_EVENTS = frozenset({"person", "government-body", "company", "organisation", "mechanism", "country", "project", "sector", "mineral", "corridor"})

# Where a signing took place: "during the visit of …", "on the sidelines of the summit".
EVENT_PHRASE = re.compile(
    rf"\b(?:during|at|on the sidelines of|in the framework of|within the framework of|following|as part of)\s+(?:the\s+|a\s+)?(?P<event>(?:[\w'’–-]+\s+){{0,14}}?(?:{EVENT_WORDS}|visit|summit|forum|meeting)\b(?:\s+(?:of|in|to|on|by)\s+[^,.;]+?)?)(?=[,.;]|\s+(?:the|a|an|two|which|where|on|in)\s|$)",
    re.IGNORECASE)
SIDELINES = re.compile(r"\bon the sidelines of\b", re.IGNORECASE)
EVENT_NAME = (r"(?i:the\s+)?(?i:upcoming\s+)?(?:\d+(?:st|nd|rd|th)\s+|(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+)?"
               r"(?i:meeting|summit|session|forum|visit|conference)s?\s+of\s+the\s+(?:(?:[A-Z][\w'’–-]*|of|the|and)\s+)*[A-Z][\w'’–-]*")
PLANNED_EVENT = re.compile(
    rf"(?P<event>{EVENT_NAME})(?:\s*\([A-Z]+\))?[^.;]*?\s+(?:to be|will be|is to be) held(?:\s+in\s+(?P<place>[A-Z][^.;]*?))?(?:\s+(?:in|on)\s+(?P<when>(?:[A-Z][a-z]+\s+)?(?:\d{{1,2}}\s+)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d))?(?=[,.;]|$)")
HELD_EVENT = re.compile(
    rf"(?P<event>{EVENT_NAME})\s*(?:\([A-Z]+\))?\s*,?\s*(?:held\s+)?on\s+(?P<date>[A-Z][a-z]+\s+\d{{1,2}},\s+\d{{4}}|\d{{1,2}}\s+[A-Z][a-z]+\s+\d{{4}}),?\s+in\s+(?P<place>[A-Z][\w'’-]+)")
CHAIRED_EVENT = re.compile(rf"\b(?:co-)?(?:chaired|hosted|attended|held)\s+(?P<event>{EVENT_NAME})")

# "a state visit to China", "the official visit of President X to Y", "X's working visit to Y", "arrived in Y on a state visit".
VISIT = re.compile(r"\b(?P<manner>(?:official\s+and\s+)?(?:state|official|working|official[ -]working|official-friendly|friendly)\s+)?visits?\b"
                   r"|\btrip\b(?=\s+to\s+[A-Z])", re.IGNORECASE)  # "Vladimir Putin's trip to Tajikistan"
# "held talks with", "talks between", "negotiations were held", "met with", "a meeting between", "a meeting took place in
# Tashkent yesterday, between", "X received Y" or "called on Y" (a meeting; not "received an invitation").
TALKS = re.compile(r"\b(?P<several>meetings)\s+with\b|\b(?:will|to|would|shall)\s+(?:also\s+)?meet\s+with\b|\b(?P<what>talks|negotiations|discussions(?=\s+held\s+with\b))\b|\bmet\s+with\b|\b(?:received|called\s+on)\s+(?=(?-i:[A-Z])|the\s+(?-i:[A-Z])|(?:his|her)\s+)|\b(?P<meeting>meeting)\s+(?:(?:took place|was held)\s+[^.;]{0,60}?\s+|of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+(?:of\s+)?){1,8})?(?:between|with)\b|\b(?:met|convened)\b(?=[^.;]*\bin\s+[A-Z])"
                   r"|\b(?:held|had)\s+(?:an?\s+)?(?:bilateral\s+|(?P<three>trilateral|tripartite)\s+|separate\s+|one-on-one\s+|tête-à-tête\s+|face-to-face\s+|closed-door\s+|private\s+)?(?P<held>meeting)\b(?!\s+of\b)",
                   re.IGNORECASE)
# A named gathering: "the Second Central Asia–China Summit", "the 11th Southern Gas Corridor Advisory Council Ministerial
# Meeting", "the Kazakh-Chinese Investment Roundtable", "the 4th Consultative Meeting of the Heads of State of Central Asia".
_CALENDAR = "(?:" + "|".join([*calendar.month_name[1:], *calendar.day_name]) + ")"
_CAP = r"[A-Z][\w'’.+-]*(?:(?:[–—-]|\s+[–—]\s+)[A-Z][\w'’.+-]*)*"  # "C5+1" too  # "Central Asia–China", "Central Asia — China"
NAMED_EVENT = re.compile(
    # (a joining word before a name only: "Forum for Cooperation", not "arrived in China for the summit"; a format's "+":
    # "the Central Asia + Germany summit")
    rf"(?:\b(?P<ordinal>{_ORDINAL})\s+)?(?P<name>(?:(?:{_CAP}|\d{{1,2}}(?:st|nd|rd|th)(?=\s+[A-Z]))\s+(?:\([A-Z][A-Za-z+]{{1,8}}\)\s+)?(?:(?:of|and|on|for)\s+(?:the\s+)?(?=[A-Z])|\+\s+(?=[A-Z]))?){{1,8}}"
    # (a forum's field in lower case after its names: "the Uzbekistan–Azerbaijan business forum")
    r"(?:(?:business|investment|economic|trade|industrial|interregional|energy|transport)\s+(?=(?i:forum|roundtable|round table|conference|summit)))?"
    r"(?i:summit|forum|meeting|ministerial|session|conference|congress|roundtable|round table|dialogue|expo|exhibition|fair|week)s?)\b"
    rf"(?P<tail>\s+of\s+the\s+(?:(?:{_CAP}|of|the|and|on|for)\s+)*{_CAP}"
    # what it is on, in capitals: "the Global Forum on Sustainable Transport" (not "the summit on Monday")
    rf"|\s+on\s+(?!{_CALENDAR}\b)(?:[A-Z][\w'’–-]*\s+(?:and\s+)?){{0,4}}[A-Z][\w'’–-]*)?")
# A meeting of a body named in lower case: "the 27th meeting of the intergovernmental commission on trade".
BODY_MEETING = re.compile(
    rf"(?:\b(?P<ordinal>{_ORDINAL})\s+(?:(?:ministerial|plenary|regular|extraordinary|annual)\s+)?)?\b(?P<name>(?i:meeting|session|sitting)\s+of\s+the\s+(?:[\w'’–-]+\s+){{0,10}}?"
    r"(?i:commission|council|committee|group|forum)(?:\s+(?:on|for)\s+(?:[\w'’–-]+\s+){0,6}?(?:cooperation|affairs|issues))?"
    # a capitalised name goes on: "the Council of Foreign Ministers of Central Asia and the GCC"
    # (or says what it is on: "the Joint Turkmen-Uzbek Intergovernmental Commission on Water Management")
    # (not a day: "… Cooperation Committee on September 3")
    r"(?-i:(?:(?:\s+(?:of|for)\s+(?:the\s+)?|\s+on\s+(?:the\s+)?(?!" + _CALENDAR + r"\b))[A-Z][\w'’–-]*(?:\s+(?:(?:of|and|the|for)\s+)*[A-Z][\w'’–-]*)*))?)\b", re.IGNORECASE)
# A meeting of the ministers of a field of an organisation, named in lower case: "the fifth meeting of the ministers of
# health of the Organization of Turkic States", "the fifth meeting of ministers responsible for information and
# communication technologies (ICT) of the member states of the Organisation of Turkic States".
MINISTERS_MEETING = re.compile(
    rf"(?:\b(?P<ordinal>{_ORDINAL})\s+)?\b(?P<name>(?i:meeting|session)\s+of\s+(?:the\s+)?(?:[\w'’–-]+\s+){{0,2}}?(?i:ministers)\s+(?:[\w'’()–-]+\s+){{0,10}}?"
    r"(?i:of|from)\s+(?:the\s+)?(?i:member\s+states\s+of\s+the\s+)?[A-Z][\w'’–-]*(?:\s+(?:(?:of|and|the|for)\s+)*[A-Z][\w'’–-]*)*"
    # (and the states listed: "the foreign ministers of Azerbaijan, Türkiye and Turkmenistan", kept where each is a state)
    r"(?P<listed>(?:,\s+(?:and\s+)?(?:the\s+)?[A-Z][\w'’–-]*(?:\s+[A-Z][\w'’–-]*)?)+(?:,?\s+and\s+(?:the\s+)?[A-Z][\w'’–-]*(?:\s+[A-Z][\w'’–-]*)?)?)?)")
COP = re.compile(r"\bCOP[- ]?(?P<number>\d{1,2})\b")
# A body that "held its 12th meeting": the meeting of that body, by its ordinal.
HELD_ITS = re.compile(rf"\b(?:the\s+)?(?P<body>(?:[\w'’–—-]+\s+){{0,3}}(?i:commission|council|committee|working group)(?:\s+(?:on|for)\s+(?:[\w'’-]+\s+){{0,5}}?"
                      rf"(?i:cooperation|affairs|issues|relations))?"
                      # a capitalised name goes on: "the Council of Heads of State of the Commonwealth of Independent States"
                      r"(?-i:(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:(?:of|and|the)\s+)*[A-Z][\w'’-]*)*))?)"
                      rf"\s+(?:held\s+its\s+(?:(?P<ordinal>{_ORDINAL})\s+)?(?P<what>meeting|session|sitting|summit)|(?P<met>(?:(?:that|which)\s+)?(?:met|convened|gathered)|will\s+(?:meet|convene)))\b", re.IGNORECASE)
# A body's meeting told by its ordinal and the body's name: "during the 6th Supreme Council of Cooperation", "at the 11th
# Intergovernmental Commission".
ORDINAL_BODY = re.compile(rf"\b(?i:during|at|on\s+the\s+sidelines\s+of|following|after|within|in\s+the\s+framework\s+of|ahead\s+of)\s+the\s+"
                          rf"(?P<ordinal>(?i:{_ORDINAL}))\s+(?P<body>(?:[A-Z][\w'’–-]*\s+){{0,5}}(?:Council|Commission|Committee)"
                          r"(?:\s+(?:of|on|for)\s+(?:the\s+)?[A-Z][\w'’–-]*(?:\s+(?:and\s+)?[A-Z][\w'’–-]*)*)?)(?!\s+(?:meeting|session|sitting|summit)\b)")
# "… reached the agreement during its 86th meeting", "approved it at its 12th session": the meeting of the body the
# sentence named before (NAMED_BODY), by its ordinal.
DURING_ITS = re.compile(rf"\b(?:during|at|in\s+the\s+course\s+of)\s+its\s+(?P<ordinal>{_ORDINAL})\s+(?P<what>meeting|session|sitting)\b", re.IGNORECASE)
NAMED_BODY = re.compile(r"\b(?:[A-Z][\w'’-]*\s+){1,5}(?:Commission|Council|Committee)(?:\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?")
# "Turkmenistan and Tajikistan discussed … during the 14th meeting of their Joint Intergovernmental Commission": the
# commission of the two states the clause names before it.
THEIR_BODY = re.compile(rf"\b(?:(?P<ordinal>{_ORDINAL})\s+)?(?:meeting|session|sitting)\s+of\s+their\s+"
                        r"(?P<body>(?:[\w'’-]+\s+){0,4}?(?:commission|council|committee))\b", re.IGNORECASE)
# "The Council of Heads of State of the Organization of Turkic States met …": its summit.
HEADS_COUNCIL = re.compile(r"^Council\s+of\s+(?:the\s+)?Heads\s+of\s+States?\b")
# "an informal summit", "a summit", where the clause names the organisation whose it is ("Leaders of the Organization of
# Turkic States gathered in Gabala for an informal summit").
# "the first tripartite summit with his counterparts from Azerbaijan and Turkmenistan": the summit of the three states.
BARE_SUMMIT = re.compile(rf"\b(?:an?|the)\s+(?:(?P<ordinal>{_ORDINAL})\s+)?(?:landmark\s+|historic\s+|bilateral\s+)?(?P<manner>informal|extraordinary|regular|jubilee|anniversary|trilateral|tripartite)?\s*"
                         r"(?P<what>summit)\b(?!\s+of\b)", re.IGNORECASE)
QUOTES = re.compile(r"[“”„«»\"]")
QUOTED_SUMMIT = re.compile(r"\b(?P<head>summit|meeting|forum)\s+of\s+the\s+heads\s+of\s+states?\s+[“«\"](?P<name>[^”»\"]{3,60})[”»\"]", re.IGNORECASE)
# A gathering named by its format in quotation marks before words in lower case: 'the "Central Asia – China" foreign
# ministers’ meeting', '«Central Asia – Russia» summit'.
QUOTED_FORMAT = re.compile(r"[“«\"](?P<name>[A-Z][^”»\"]{2,60})[”»\"]\s+(?P<what>(?:(?:foreign|economy|energy|transport|trade)\s+ministers['’]?\s+|heads\s+of\s+state\s+"
                           r"|(?:business|investment|economic)\s+)?"  # ('a "Central Asia plus Japan" business forum')
                           r"(?:meeting|summit|forum|dialogue|conference|ministerial))\b")
# Where and when an event is told in the relative clause after its name: "the upcoming OTS Summit, which will be held in
# Samarkand on 11 November", "the Global Gateway Investor Forum …, which takes place on January 29-30 in Brussels".
HELD_AFTER = re.compile(r",?\s+(?:which|that)\s+(?:(?:will\s+be|was|is|is\s+being|has\s+been|had\s+been)\s+held|(?:takes|took|will\s+take)\s+place)\b[^,;.]*"
                        r"|,?\s+to\s+be\s+held\b[^,;.]*")
# Words before a date that is not the event's: its format's founding, or a day it was moved from.
NOT_ITS_DATE = re.compile(r"\b(?:launched|established|founded|created|set\s+up|inaugurated|initiated)\s+(?:in|on)\s+$"
                          r"|\b(?:initially|originally|previously|first)\s+(?:scheduled|planned|set|slated)\s+(?:for|on)\s+$", re.IGNORECASE)
# An event told of again by its noun, held: "The summit was held in Ankara on 16 March 2023".
TOLD_AGAIN = re.compile(r"(?:The|This|That)\s+(?:[\w-]+\s+){0,2}?(?P<noun>summit|meeting|forum|session|conference)\s+"
                        r"(?:was\s+held|was\s+convened|took\s+place)\b")
# One on a visit at the time of what a sentence tells: "Wang Yi, who is in Tajikistan with an official visit", "who is currently
# on a state visit to Kazakhstan".
ON_A_VISIT = re.compile(r"\bwho\s+(?:is|was)\s+(?:currently\s+|now\s+)?(?:in\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+)?(?:on|with)\s+(?:an?|his|her)\s+"
                        r"(?:(?:state|official|working|official[ -]working)\s+)?visit\b", re.IGNORECASE)
# The one at whose invitation someone comes, named after these words: no host of the meetings the guest has.
INVITED_BY = re.compile(r"\binvitation\s+of\s+(?:[\w'’-]+\s+){0,6}$", re.IGNORECASE)
# Two named events joined by "and" in what reads as one name: "a Meeting of the … Commission and the First Meeting of …".
EVENT_HEADS = r"Meeting|Summit|Forum|Session|Conference|Congress"
JOINED_EVENTS = re.compile(rf"\s+and\s+(?:the\s+|a\s+)?(?=(?:[A-Z][\w'’-]*\s+){{0,3}}(?:{EVENT_HEADS})\b)")
# The first of events listed before their one verb: "…, as well as the business forum and the 6th meeting … were held".
LISTED_HELD = re.compile(r"\s*,?\s*(?:as\s+well\s+as|and)\s+[^.;]*?\b(?:(?:were|(?P<future>will\s+be|are\s+to\s+be))\s+(?:also\s+)?(?:held|organi[sz]ed|convened)"
                         r"|took\s+place|yielded|produced)\b")
# The place of two or more events named together: "…, both of which were held in Baku".
BOTH_HELD_IN = re.compile(r",\s+(?:both|all)\s+of\s+which\s+(?:were|was)\s+held\s+in\s+(?P<city>[A-Z][\w'’-]+)")
# A summit or meeting named in lower case before a capitalised name: "the extraordinary summit of the OTS Heads of State".
LOWER_EVENT = re.compile(
    r"(?:\b(?P<ordinal>(?i:\d{1,2}(?:st|nd|rd|th)|" + "|".join(ORDINALS) + r")|[IVX]{1,4})\s+)?\b(?P<name>(?:(?i:extraordinary|informal|regular|jubilee|anniversary|consultative)\s+)?"
    # ("the extraordinary summit of leaders of the Organization of Turkic States": of the organisation's leaders)
    r"(?i:summit|meeting|session|forum)\s+of\s+(?:(?:the\s+)?(?i:leaders|heads\s+of\s+states?)\s+of\s+)?the\s+(?:[A-Z][\w'’–-]*(?:\s+(?:of\s+(?:the\s+)?|and\s+)?(?=[A-Z])|\b)){1,8})")
# The next meeting announced: "the next meeting will be held next year in Ashgabat".
NEXT_MEETING = re.compile(
    r"\b(?:the\s+)?next\s+(?P<what>meeting|session|summit|sitting|forum)\b(?P<of>\s+of\s+the\s+[^,.;]+?)?"
    # what it is of runs to its verb ("of the commission will be held"), not to the first letter that lets the verb follow
    r"(?(of)(?=\s+(?:will|would|is\s+to|shall)\s+(?:be\s+)?(?:held|take\s+place|convene))|(?=[^.;]*\b(?:will|would|is to|shall|to)\s+(?:be\s+)?(?:held|take place|convene)))",
    re.IGNORECASE)
# "the 12th meeting will be held in 2027 in Pakistan": the next of the series told of before, by its number alone
ORDINAL_NEXT = re.compile(rf"\b[Tt]he\s+(?P<ordinal>(?i:{_ORDINAL}))\s+(?P<what>meeting|session|summit|sitting|forum)"
                          r"(?=\s+(?:will|would|is\s+to|shall)\s+(?:be\s+)?(?:held|take\s+place|convene)\b)", re.IGNORECASE)
NUMBERED_MEETING = re.compile(rf"\b(?P<ordinal>(?i:{_ORDINAL}))\s+(?:[\w'’-]+\s+)?(?i:summit|meeting|session|sitting|forum|conference|congress)\b")
# Words of a clause that say an event took place (not merely named, "ahead of the summit").
HELD_WORDS = re.compile(r"\b(?:held|took place|takes place|taking place|underway|under way|hosted|chaired|co-chaired|attended|attending|participated|participating|took part|during|at|on the sidelines of|"
                        r"within the framework of|in the framework of|following|after|opened|addressed|adopted|signed|convened|gathered|"
                        r"arrived|paid|pays|made|met|visited|concluded|completed|ended|closed|began|started|kicked off|wrapped up|results of|outcomes of|saw|brought together|"
                        r"followed\s+by|"  # "The meeting was followed by a C5+1 Business Forum"
                        r"served|spoke|speaking|speech|address|remarks|yielded|produced|successful(?:ly)?\s+(?:holding|hosting|held|hosted))\b", re.IGNORECASE)
# Words before talks that say they took place: "Following the meeting between …, it was agreed to organise a visit next year".
AFTER_IT = re.compile(r"\b(?:following|after|during|at\s+the\s+end\s+of)\s+(?:the|a|their)\s+$", re.IGNORECASE)
# Words before "the talks" that speak of talks told of before, not of whoever the sentence names: "Following the talks, …".
TOLD_BEFORE = re.compile(r"\b(?:following|after|during|at\s+the\s+end\s+of|upon\s+the\s+conclusion\s+of)\s+the\s+$", re.IGNORECASE)
# A part of the world, not a state: "on a visit to Central Asia", "a tour of the Gulf".
WORLD_REGION = re.compile(r"(?:(?:Central|South|North|East|West|Southeast|South-East|Eastern|Western|Northern|Southern)\s+(?:Asia|Europe|Caucasus|America|Africa)"
                          r"|Asia|Europe|Africa|Eurasia|Middle\s+East|Gulf|Caucasus|Balkans)\b")

# The verb of a host: "Erdogan received Bektenov", "the Crown Prince welcomed the President".
RECEIVED = re.compile(r"\b(?:received|welcomed|hosted)\s+(?:the\s+|his\s+|her\s+)?(?:[A-Z]|visiting\b)")
# A wire's dateline, the city it is written in: "ASTANA, March 12 (Reuters) -", "TASHKENT, 5 June —".
DATELINE_CITY = re.compile(r"\s*(?P<city>[A-ZÀ-Ý][A-ZÀ-Ý'’-]+(?:\s+[A-ZÀ-Ý][A-ZÀ-Ý'’-]+)?),\s+(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)\b")
# A phrase that opens a sentence before its subject: "During his visit …, X met …", "As part of her state visit …, X …".
INTRODUCTORY = re.compile(r"\s*(?:During|Within\s+the\s+framework\s+of|As\s+part\s+of|In\s+the\s+course\s+of|On\s+the\s+sidelines\s+of|In)\s*$")
# "Upon arrival, the two leaders held talks": on the day the visit began.
UPON_ARRIVAL = re.compile(r"\s*(?:Upon|On|After)\s+(?:(?:his|her|their)\s+)?arriv(?:al|ing)\b")
# What a visit's phrase runs to before a date of its own: "… of the President of Kazakhstan Nurlan Abdikarimov to Uzbekistan on".
VISIT_DATED = re.compile(r"(?:[^,;()]{0,160}?\bto\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,4}|\s+)(?:on|from)\s+")  # (or "on an official visit on 17–18 January")
# "in the presence of": who a signing was held before; "the heads of state", "the two presidents": the heads of the
# occasion, whom the sentence does not name.
PRESENCE = re.compile(r"\bin\s+the\s+presence\s+of\s+", re.IGNORECASE)
HEADS_PRESENT = re.compile(r"(?:the\s+)?(?:two\s+|both\s+)?(?:heads\s+of\s+(?:state|states|both\s+countries|the\s+two\s+countries)|presidents|leaders)\b",
                           re.IGNORECASE)
# A state's head or minister by the state's adjective, whose visit it is: "the Kazakh President's", "Turkish Foreign Minister's".
POSSESSIVE_OFFICE = re.compile(r"\b(?P<adjective>[A-Z][\w-]+)\s+(?P<office>President|Prime Minister|Foreign Minister|Vice President)['’]s\s+"
                               r"(?:(?:first|recent|last|latest|current|upcoming|forthcoming)\s+)?$")
VISIT_WORDS = re.compile(r"\b(?:visits?|visiting|visited|arrived|arrival|tour)\b", re.IGNORECASE)
# A spouse named before: "Xi Jinping and his wife Peng Liyuan hold a welcoming ceremony for …".
SPOUSE = re.compile(r"\b(?:his|her)\s+(?:wife|husband|spouse)(?:,)?\s+$|\bFirst\s+Lady\s+$", re.IGNORECASE)
# Words that tell of an event someone comes for: "arrived … to participate in the foreign ministers' meeting".
TO_ATTEND = re.compile(r"\bto\s+(?:participate|take\s+part|attend)\s+(?:in\s+)?(?:the\s+|a\s+)?[“«\"]?$", re.IGNORECASE)
# Words that make an event one to come: "Baku was chosen to host the 29th UN Climate Change Conference".
# (and "The sides agreed to hold the 5th meeting of the … Commission in Astana in 2024": one to come)
TO_HOST = re.compile(r"\b(?:chosen|selected|elected)\s+(?:as\s+the\s+venue\s+)?to\s+host\b"
                     r"|\b(?:agreed|decided|plans?|planned|intends?|intended)\s+to\s+(?:hold|host|convene|organi[sz]e)\s+(?:the\s+|a\s+|its\s+)?(?:next\s+)?", re.IGNORECASE)
CHAIRS = re.compile(r"\b(?:co-?)?chaired\s+by\b|\bunder the (?:co-)?chairmanship of\b", re.IGNORECASE)
# An arrival that is a visit: "has arrived in Azerbaijan to attend the summit", "arrived in Beijing earlier that day".
ARRIVED = re.compile(r"\b(?:arrived|arrives|landed)\s+in\b|\b(?:visited|(?:is|was)\s+visiting)\s+(?=(?:the\s+)?[A-Z])"  # "Cameron visited Turkmenistan", "… the Kyrgyz Republic"
                     r"|\b(?:travel(?:l)?ed|flew|headed|(?<=will\s)(?:head|travel|fly))\s+to\s+(?=(?:the\s+)?[A-Z])")  # "Japarov traveled to Tashkent for talks with …"
# A state's delegation that visits: "Afghanistan's delegation visited Ashgabat", "a delegation of Uzbekistan arrived in Baku".
DELEGATION_OF = re.compile(r"\b(?P<whose>[A-Z][\w-]+)['’]s\s+(?:[\w-]+\s+){0,2}delegation\s+(?:\w+\s+){0,1}$"
                           r"|\bdelegation\s+(?:of|from)\s+(?:the\s+)?(?P<of>[A-Z][\w-]+)\s+(?:\w+\s+){0,1}$")
# A subject that names the visitor by the leader of a state: "The Russian leader", "the Kazakh President".
LEADER_SUBJECT = re.compile(r"^\s*(?:[\w,'’-]+\s+){0,4}?(?:the\s+)?(?P<who>[A-Z][\w'’-]+)\s+(?:leader|president|head\s+of\s+state|prime\s+minister)\b", re.IGNORECASE)
# Consultations of two states' ministries: "held political consultations", "inter-ministerial consultations took place".
CONSULTATIONS = re.compile(r"\b(?:(?P<what>political|inter-?ministerial|consular|bilateral|regular)\s+)?consultations\b", re.IGNORECASE)
# "talks between the heads of state were held": whose, the report's visitor and host say (where it names one of them there)
HEADS_TALKS_HELD = re.compile(r"\b(?:talks|negotiations)\s+between\s+the\s+(?:two\s+)?(?:leaders|presidents|heads\s+of\s+state)\s+(?:were|was)\s+held\b",
                              re.IGNORECASE)
# Talks the text gives to the leaders without naming them: "the two countries' leaders held talks", "during the bilateral
# talks, the presidents …", "Following the high-level talks".
LEADERS_TALKS = re.compile(r"\b(?:leaders|presidents|heads\s+of\s+state)\b[^.;]{0,40}?\b(?:held|had|conducted)\s+(?:\w+\s+){0,2}?(?:talks|negotiations)\b"
                           + r"|" + HEADS_TALKS_HELD.pattern +
                           r"|\b(?:following|after|during|at|in\s+the\s+course\s+of)\s+the\s+(?:high-level|top-level|summit|bilateral|official)\s+(?:talks|negotiations)\b",
                           re.IGNORECASE)
# The offices of a head of state or government, whose talks "the leaders held" are.
HEAD_OFFICE = re.compile(r"\b(?:President|Prime Minister|Premier|Chairman of the People's Republic of China|Emir|King|Crown Prince|Chancellor)\b", re.IGNORECASE)
TITLES = {"state": "State visit", "official": "Official visit", "working": "Working visit", "friendly": "Friendly visit"}


# What an event left behind, which a future verb carries out: "will implement the spirit and arrangements of the X
# Conference", "will carry out the decisions of the summit" (the event is told of, not to come).
TOLD_OF = re.compile(r"\b(?:spirit|outcomes?|results?|decisions?|arrangements?|instructions?|agreements?|documents?|resolutions?)"
                     r"(?:\s+and\s+\w+)?\s+(?:of|adopted\s+at|reached\s+at)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)


class EventReader:
    """The events of one report. It shares the drafts, and the way actors are found and made, with the extractor."""

    def __init__(self, actors: Actors):
        self.dataset, self.names, self.finder, self.published, self.drafts = actors.dataset, actors.names, actors.finder, actors.published, actors.drafts
        self.actors = actors
        self.people = actors.people
        self.actor = actors.actor
        self.offices = actors.offices
        self._recorded: dict[str, tuple[str, str, set[str], EventKind, PartialDate | None]] | None = None  # id -> (canonical name, key, numbers, kind, date)
        self._keys: dict[int, tuple] = {}  # id(draft event) -> what makes it the same event (visits and talks)
        self._told: dict[int, list[Sentence]] = {}  # id(draft event) -> the sentences that tell of it
        self._visiting: dict[int, str] = {}  # id(draft visit) -> the visitor's country, where the text gives it by office only
        self._leaders_talks: list[tuple[Sentence, int, int]] = []  # "the two leaders held talks": whose, the whole report says
        self._heads: list[tuple[Sentence, Mention]] = []  # the heads of state or government the report names, in order
        self._tells_of_visit = False  # whether the report speaks of a visit, an arrival or a tour anywhere

    # --- Names --------------------------------------------------------------------------------------

    def canonical(self, name: str) -> str:
        """A name with the records it names written as their ids: 'the OTS' and 'the Organization of
        Turkic States' read alike; ordinals as numbers ('Fourth' → 4)."""
        text = name
        for mention in sorted(self.finder.find(name, NOT_EVENTS), key=lambda m: m.start, reverse=True):
            if mention.record_id:
                text = text[:mention.start] + f" {mention.record_id.replace('-', '')} " + text[mention.end:]
        key = self.names.rules.key(text)
        for word, number in ORDINALS.items():
            key = re.sub(rf"\b{self.names.rules.key(word)}\b", str(number), key)
        key = re.sub(r"\b(\d+)(?:st|nd|rd|tk)\b", r"\1", key)  # 8th, as its key spells it
        return re.sub(r"\b(summit|meeting|session|forum|visit)s\b", r"\1", key)

    def existing(self, name: str, when: PartialDate | None = None) -> str | None:
        """The recorded event a name is, where one is alike enough (the 6th meeting is never the 8th), and, where the text
        dates it, held then (the summit of November 2024 is not the recorded one of 2022)."""
        if not [w for w in re.findall(r"[A-Za-z][\w'’-]*", name) if w[0].isupper() and w.lower() not in GENERIC_EVENT_WORDS]:
            return None  # "the high-level visit" names no event in particular
        key, raw = self.canonical(name), self.names.rules.key(name)
        numbers = set(re.findall(r"\d+", key))
        scores: dict[str, float] = {}
        if self._recorded is None:
            self._recorded = {}
            for i, event in self.dataset.of_type(Event):
                other = self.canonical(self.dataset.name(i))
                numbers_of = set(re.findall(r"\d+", other)) | ({str(event.number)} if event.number else set())
                self._recorded[i] = (other, self.names.rules.key(self.dataset.name(i)), numbers_of, event.kind, event.date)
        # a numbered meeting is only a record of that number: "the 11th summit" is not the un-numbered summit planned in
        # 2026 (but "First" in "First Deputy Prime Minister X's visit" numbers no meeting)
        numbered = meeting_number(name) is not None
        kind = _kind(name)
        for event_id, (other, other_key, recorded_numbers, recorded_kind, recorded_date) in self._recorded.items():
            if {kind, recorded_kind} in ({EventKind.visit, EventKind.summit}, {EventKind.visit, EventKind.forum}):
                continue  # "the SCO summit" is not a visit whose name says it was to the summit
            if when is not None and recorded_date is not None and (
                    when.earliest() > recorded_date.latest() or recorded_date.earliest() > when.latest()):
                continue
            if numbers and (recorded_numbers or numbered) and numbers != recorded_numbers:
                continue
            score = max(fuzz.token_set_ratio(key, other), fuzz.token_set_ratio(raw, other_key))
            scores[event_id] = score
        best_score = max(scores.values(), default=0.0)
        if best_score < 85:
            return None
        best = [i for i, score in scores.items() if score == best_score]
        if len(best) > 1:
            # "the Summit of the Heads of State of the Organization of Turkic States" is as much one recorded summit of it as
            # another: the one held in the ten days up to the report, where there is one alone; else none
            recent = [i for i, score in scores.items() if score >= 85 and self._just_before_publication(self._recorded[i][4])]
            return recent[0] if len(recent) == 1 else None
        return best[0]

    def _just_before_publication(self, date: PartialDate | None) -> bool:
        """Whether a recorded event's date falls within the ten days up to the report's publication."""
        if date is None or self.published is None:
            return False
        return date.latest() <= self.published.latest() and date.latest() >= self.published.earliest() - datetime.timedelta(days=10)

    def new(self, name: str, sentence: Sentence, mentions: list[Mention], planned: bool = False, number: int | None = None,
            key: tuple | None = None) -> DraftEvent:
        """The draft event of that name: one already drafted from this report where it is the same, else a new one."""
        clean = re.sub(r"^(?:the|a|an)\s+", "", name.strip(), flags=re.IGNORECASE)
        # "Thursday's meeting in Bishkek": a day's possessive names no event (its date is read as dates are)
        clean = re.sub(rf"^(?:{'|'.join(WEEKDAYS)}|today|yesterday|tomorrow)['’]s\s+", "", clean, flags=re.IGNORECASE)
        clean = " ".join(re.sub(r"\s*[—–]\s*", "–", clean).split())  # "Central Asia — China" is "Central Asia–China"
        clean = clean[:1].upper() + clean[1:]
        clean = re.sub(r"(?<=[a-z]{2})\.$", "", clean)  # "… of the Heads of State of Central Asia." at a sentence's end
        ordinal = re.match(rf"(?P<ordinal>{_ORDINAL})\s+", clean, re.IGNORECASE)
        if ordinal and number is None:
            number = _number(ordinal.group("ordinal"))
        same = self._same(clean, number, planned, key)
        self._told.setdefault(id(same), []).append(sentence) if same is not None else None
        if same is not None:
            if number and not same.number:
                same.number = number
                same.name = Fact(clean, sentence)
            elif len(clean) > len(str(same.name.value)) and clean.lower().startswith(str(same.name.value).lower()):
                same.name, same.kind = Fact(clean, sentence), _kind(clean)  # its whole name, where it was read cut short before
            return same
        event = DraftEvent(Fact(clean, sentence), _kind(clean), planned, number=number)
        countries = [m for m in self.finder.find(clean) if m.kind == "country" and m.how != "demonym"]
        if countries:
            event.country = Fact(countries[-1].record_id, sentence)
        series = [m for m in self.finder.find(clean) if m.kind in ("mechanism", "organisation")]
        if series:
            event.series = series[-1].record_id
        if key is not None:
            self._keys[id(event)] = key
        self._told[id(event)] = [sentence]
        self.drafts.events.append(event)
        return event

    def _same(self, name: str, number: int | None, planned: bool, key: tuple | None) -> DraftEvent | None:
        if key is not None and (keyed := next((e for e in self.drafts.events if self._keys.get(id(e)) == key), None)):
            return keyed
        wanted = _without_ordinal(self.canonical(name))
        for event in self.drafts.events:
            if event.planned != planned or (number and event.number and number != event.number):
                continue
            other = _without_ordinal(self.canonical(str(event.name.value)))
            if other == wanted:
                return event  # the same name, however it was read ("the next meeting of the commission will be held …")
            shorter, longer = sorted((other, wanted), key=len)
            if len(shorter.split()) >= 3 and longer.startswith(shorter + " "):
                return event  # "First session of the High-level" is "First session of the High-level interstate council" cut short
            if key is None and id(event) not in self._keys and len(wanted.split()) > 1 and fuzz.token_set_ratio(wanted, other) >= 95 \
                    and _kind(name) == event.kind:
                return event
            if number and event.number == number and _kind(name) == event.kind and _acronym_of(name, str(event.name.value)):
                return event  # "the 17th Summit of the Economic Cooperation Organization", then "the 17th ECO Summit"
        return None

    # --- Reading ------------------------------------------------------------------------------------

    def read(self, sentence: Sentence, mentions: list[Mention]) -> None:
        """The events the sentence states."""
        text = sentence.text
        for match in HELD_EVENT.finditer(text):
            dated = dates_in(match.group("date"), self.published)
            if not dated or self.existing(match.group("event")):
                continue
            event = self.new(match.group("event"), sentence, mentions)
            event.date = self._fact(dated[0].date, sentence)
            event.place = self._fact(match.group("place"), sentence)
        for match in CHAIRED_EVENT.finditer(text):
            if not self.existing(match.group("event")) and not any(m.kind == "event" for m in mentions):
                self.new(match.group("event"), sentence, mentions)
        self._heads += [(sentence, person) for person in self.people(text, mentions) if self._a_head(person, self.offices.get((text, person.start)))]
        self._tells_of_visit = self._tells_of_visit or VISIT_WORDS.search(text) is not None
        self._planned(sentence, mentions)
        self._consultations(sentence, mentions)
        self._visits(sentence, mentions)
        self._arrivals(sentence, mentions)
        self._talks(sentence, mentions)
        self._named(sentence, mentions)
        self._next(sentence, mentions)
        self._told_again(sentence)

    def on_a_visit_then(self) -> None:
        """'… met with Chinese Foreign Minister Wang Yi, who is in Tajikistan with an official visit', the meeting dated: the
        visit, undated, was under way that day, which is the day it is dated by (the text gives no other). Read after the
        whole report is complete (a meeting may be dated by the document signed at it)."""
        for visit in self.drafts.events:
            sentence = visit.name.sentence
            if visit.kind is not EventKind.visit or visit.planned or visit.date is not None or not ON_A_VISIT.search(sentence.text):
                continue
            dated = [e for e in self.drafts.events if e.name.sentence is sentence and e.kind is not EventKind.visit and not e.planned
                     and e.date is not None and e.date.value.day and e.date.value.end is None]
            if len({str(e.date.value) for e in dated if e.date is not None}) == 1 and dated[0].date is not None:
                visit.date = Fact(dated[0].date.value, dated[0].date.sentence, f"a day of the visit: the visitor was on it at {dated[0].name.value}")

    def _told_again(self, sentence: Sentence) -> None:
        """'The summit was held in Ankara on 16 March 2023', after the summit was told of undated: its date and place."""
        again = TOLD_AGAIN.match(sentence.text)
        if again is None:
            return
        noun = again.group("noun").lower()
        event = next((e for e in reversed(self.drafts.events) if noun in str(e.name.value).lower() and e.name.sentence is not sentence), None)
        if event is None or event.planned:
            return
        self._date(event, sentence, 0, len(sentence.text))
        place = self.actors.city_after_in(sentence.text[again.end("noun"):])
        if place and event.place is None:
            event.place = self._fact(place, sentence)

    def _fact(self, value, sentence: Sentence, note: str | None = None):


        return Fact(value, sentence, note)

    def _planned(self, sentence: Sentence, mentions: list[Mention]) -> None:
        text = sentence.text
        for match in PLANNED_EVENT.finditer(text):
            name = re.sub(r"^(?:the\s+)?upcoming\s+", "", match.group("event").strip(), flags=re.IGNORECASE)
            # (the place's own names: "in Astana in the coming days" is in Astana)
            where = re.match(r"[A-Z][\w'’-]*(?:\s+(?:\([^)]*\)|and|[A-Z][\w'’-]*))*", match.group("place") or "")
            places = [p.strip() for p in re.split(r"\s+and\s+", where.group(0) if where else "") if p.strip()]
            # "Summits … to be held in Kazakhstan (Turkistan) and Türkiye": one event in each place.
            if len(places) > 1 and all(self.finder.find(p, COUNTRY) for p in places):
                named = [(re.sub(r"^(\w+?)s\b", r"\1", name) + f" in {p}", p) for p in places]
            else:
                named = [(name, places[0] if places else None)]
            for event_name, place in named:
                if len(event_name.split()) < 2 or self.existing(event_name):
                    continue
                event = self.new(event_name, sentence, mentions, planned=True)
                event.planned = True
                if place:
                    countries = self.finder.find(place, COUNTRY)
                    city = re.search(r"\(([^)]+)\)", place)
                    event.place = self._fact(city.group(1) if city else place, sentence)
                    if countries:
                        event.country = self._fact(countries[0].record_id, sentence)
                if match.group("when"):
                    dated = dates_in(match.group("when"), self.published)
                    if dated:
                        event.date = self._fact(dated[0].date, sentence)

    def _consultations(self, sentence: Sentence, mentions: list[Mention]) -> None:
        """'Turkmenistan and Kyrgyzstan held political consultations', 'political consultations between the foreign
        ministries of Kazakhstan and China took place in Astana': the consultations of the two states the clause names."""
        text = sentence.text
        for match in CONSULTATIONS.finditer(text):
            if re.search(rf"\b(?:{DOCUMENT_NOUNS}|plans?|programm?es?|schedules?)\s+(?:of|on|for)\s+(?:[\w-]+\s+){{0,2}}$", text[:match.start()], re.IGNORECASE):
                continue  # "signed a plan of consultations for 2025–2026": what a document is on, not consultations held
            begin, end = clause_at(text, match.start(), match.end())
            # (the states, or the states whose ministries hold them: "between the Ministries of Foreign Affairs of A and B")
            countries = list(dict.fromkeys(c for m in mentions if begin <= m.start < end and (
                c := m.record_id if m.kind == "country" else m.country if m.kind == "government-body" and m.how == "new" else None)))
            planned = clause_future(text, match.start(), match.end())
            if len(countries) != 2 or not planned and not HELD_WORDS.search(text[begin:end]):
                continue
            what = (match.group("what") or "").capitalize()
            name = f"{what + ' c' if what else 'C'}onsultations between {self.dataset.name(countries[0])} and {self.dataset.name(countries[1])}"
            event = self.new(name, sentence, mentions, planned=planned, key=("consultations", frozenset(countries), planned))
            place = self.actors.city_after_in(clause_text(text, begin, end))
            if place and event.place is None:
                event.place = self._fact(place, sentence)
            self._date(event, sentence, begin, end)

    def _arrivals(self, sentence: Sentence, mentions: list[Mention]) -> None:
        """'President X arrived in Baku to attend the summit', 'The Russian leader arrived in Beijing': a visit, where the
        sentence does not say 'visit' (the visits' reading takes those); by the one named before, or by the leader of the
        state the subject names."""
        text = sentence.text
        if VISIT.search(text):
            return
        for match in ARRIVED.finditer(text):
            if inserted(text, match.start()) and not re.search(r",\s+who\s+(?:has\s+|had\s+)?$", text[:match.start()]):
                continue  # (but "Mirziyoyev, who arrived in the United States on Wednesday, met …" tells of his visit)
            found = self._where_and_who(sentence, match, mentions)
            if found is None:
                continue
            begin, end, country, place, visitor = found
            leader = LEADER_SUBJECT.match(text[begin:match.start()])
            visiting = self.finder.find(leader.group("who"), COUNTRY) if leader else []
            delegation = DELEGATION_OF.search(text[begin:match.start()]) if visitor is None and not visiting else None
            whose = [m for m in mentions if delegation and m.kind in ("country", "new-country") and m.start == begin + delegation.start("whose" if delegation.group("whose") else "of")]
            office = f"a delegation of {self.dataset.name(whose[0].record_id) if whose[0].record_id else whose[0].text}" if whose else None
            if whose and whose[0].record_id != country:
                # "Afghanistan's delegation visited Ashgabat": a visit of that state's delegation, its members unnamed
                event = self._visit(sentence, mentions, "Visit", None, whose[0].record_id, country, place, clause_future(text, match.start(), match.end()),
                                    office)
                if event is not None:
                    self._date(event, sentence, begin, end)
                continue
            if visitor is None and not (visiting and visiting[0].record_id != country):
                continue  # "the delegation arrived in Tashkent": whose, the sentence does not say
            # "The Russian leader": the visitor's state, by office only ("will head to Turkmenistan on Tuesday": a visit to come)
            event = self._visit(sentence, mentions, "Visit", visitor, visiting[0].record_id if visiting else None, country, place,
                                clause_future(text, match.start(), match.end()))
            if event is not None:
                self._date(event, sentence, begin, end)

    def _visits(self, sentence: Sentence, mentions: list[Mention]) -> None:
        """'President X paid a state visit to China on 5–6 January': the visit of X to China, held, dated."""
        text = sentence.text
        for match in VISIT.finditer(text):
            aside = inserted(text, match.start()) and not re.search(
                r"\bwho\s+(?:is\s+in|was\s+in|(?:has\s+|had\s+)?arrived\s+in)\s+[A-Z][\w'’-]+\s+(?:on|for)\s+an?\s+"
                r"|\bwho\s+(?:is|was|(?:has\s+|had\s+)?arrived)\s+here\s+on\s+an?\s+"
                r"|\bwho\s+(?:is|was)\s+(?:currently\s+|now\s+)?on\s+an?\s+(?:[\w-]+\s+)?$", text[:match.start()] + " ")  # ", who is on a visit to Georgia,"
            if aside or re.match(r"\s+(?:program|programme|schedule)\b", text[match.end():], re.IGNORECASE):
                continue  # (but ", who is in Kazakhstan on a state visit," tells of the visit)
            if re.search(r"\b(?:invit(?:ed|es|ing)|invitation)\s+[^.;]*?to\s+(?:(?:make|pay)\b[^.;]*)?$", text[:match.start()], re.IGNORECASE):
                continue  # "invited the French leader to make a return state visit", "… to visit Kazakhstan": an invitation, neither held nor planned
            found = self._where_and_who(sentence, match, mentions)
            if found is None:
                continue
            begin, end, country, place, visitor = found
            # "the state visit of the President of Turkmenistan to …": the visitor's country, where no name is given
            office_of = re.match(rf"\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+)?(?:{OFFICE_WORDS})\s+of\s+(?:the\s+)?(?P<country>(?:[A-Z][\w'’-]*\s*){{1,4}})",
                                 text[match.end():])
            visiting = self.names.resolve(office_of.group("country").strip(), ("country",)) if office_of else None
            # "during the Kazakh President's visit to China": the visit of that state's head, whose name the text does not give
            possessive = POSSESSIVE_OFFICE.search(text[:match.start()]) if visitor is None else None
            state = self.actors.country_in(possessive.group("adjective")) if possessive else None
            if state is not None and possessive is not None and state != country:
                visiting, office = state, f"the {possessive.group('office')} of {self.dataset.name(state)}"
            else:
                office = None
            if visitor is None and not match.group("manner") and office is None:
                continue  # "a visit" with nobody who makes it: too loose to draft
            manner = (match.group("manner") or "").lower().split()
            title = TITLES.get(manner[-1].split("-")[0] if manner else "", "Visit") if manner else "Visit"
            # "a roadmap for preparing the state visit of …": a visit to come
            preparing = re.search(r"\bprepar(?:e|es|ed|ing|ations?)\s+(?:for\s+)?(?:the|a|an)\s+(?:[\w-]+\s+){0,2}$", text[:match.start()], re.IGNORECASE)
            planned = clause_future(text, match.start(), match.end()) or preparing is not None
            if not planned and re.search(r"\b(?:This|It|That)\s+(?:is|will\s+be)\s+(?:the|his|her|their)\s+(?:[\w-]+\s+){0,2}$", text[:match.start()]):
                # "This is the first visit of James Cleverly to Kazakhstan", after his visit to come was told: that one
                planned = self._same_visit(("visit", self.names.rules.key(self._display(visitor[0])) if visitor else None, country, True)) is not None
            event = self._visit(sentence, mentions, title, visitor, visiting, country, place, planned, office)
            if event is None:
                continue
            own = next((d for d in dates_in(text, self.published) if match.end() <= d.start < end and VISIT_DATED.fullmatch(text[match.end():d.start])), None)
            if own is not None and event.date is None:
                # "On 16 April, within the framework of the state visit of … to Uzbekistan on 15–16 April, talks …": the dates
                # right after the visit's destination are the visit's, not the sentence's first
                event.date = self._fact(own.date, sentence, f"'{own.text}' after the visit's destination" if own.relative else None)
            if not re.search(r"\b(?:\w+)\s+day\s+of\s+(?:the\s+|his\s+|her\s+)?(?:\w+\s+)?$", text[:match.start()], re.IGNORECASE):
                self._date(event, sentence, begin, end)  # "on the second day of the state visit": the date is not the visit's first

    def _where_and_who(self, sentence: Sentence, match: re.Match[str], mentions: list[Mention]
                       ) -> tuple[int, int, str, str | None, tuple[Mention, Party] | None] | None:
        """A visit's clause, the country (and city) visited and who visits, for the words that tell of it; None where the
        clause names no place visited."""
        begin, end = clause_at(sentence.text, match.start(), match.end())
        destination = self._destination(sentence.text, match, mentions, begin, end)
        if destination is None and (re.match(r"\s+(?:by|of)\s", sentence.text[match.end():]) and re.search(
                r"\bduring\s+(?:a|an|the)\s+(?:[\w-]+\s+)?$", sentence.text[:match.start()], re.IGNORECASE)
                or re.match(r"\s+here\b", sentence.text[match.end():]) or re.search(
                    r"\bhere\s+(?:on|for)\s+(?:a|an|his|her)\s+(?:[\w-]+\s+){0,2}$", sentence.text[:match.start()])) and (
                lead := DATELINE_CITY.match(sentence.text)):
            # "ASTANA, March 12 (Reuters) - … during a visit by South Korean President Yoon Suk Yeol", "TASHKENT, Feb 26 (APP) -
            # … Shehbaz Sharif, who arrived here on a two-day visit": to the dateline's city
            city = lead.group("city").title()
            destination = (country, city) if (country := self._country_of_city(city)) else None
        if destination is None and re.match(r"\s+to\s+the\s+country\b", sentence.text[match.end():]):
            # "signed in Ankara during British Prime Minister Keir Starmer's first visit to the country": the city's
            cities = self._cities_after_in(sentence.text[:match.start()])
            destination = cities[-1] if cities else None
        if destination is None and re.match(r"\s+to\s+the\s+(?:Kingdom|Sultanate|Emirate|Republic)\b", sentence.text[match.end():]):
            # "on a visit to the Kingdom, met with the Crown Prince … in Jeddah": the state of the city the sentence goes on to
            cities = self._cities_after_in(sentence.text[match.end():])
            destination = cities[0] if cities else None
        if destination is None:
            return None
        country, place = destination
        return begin, end, country, place, self._visitor(sentence, match, mentions, begin, end, country)

    def _visit(self, sentence: Sentence, mentions: list[Mention], title: str, visitor: tuple[Mention, Party] | None, visiting: str | None,
               country: str, place: str | None, planned: bool, office: str | None = None) -> DraftEvent | None:
        """The visit of the visitor (or of someone from the state `visiting`, named by `office` where the text gives it)
        to the country, in the place: the one drafted already where it is the same, else a new one; None where the name
        read is of another kind of event."""
        recorded = country in self.dataset.records  # else a state the dataset does not hold, by its English name
        who = f" of {self._display(visitor[0])}" if visitor else f" of {office}" if office else ""
        key = ("visit", self.names.rules.key(self._display(visitor[0])) if visitor else None, country, planned)
        event = self._same_visit(key) or self.new(f"{title}{who} to {self.dataset.name(country) if recorded else country}", sentence, mentions,
                                                  planned=planned, key=key)
        self._told.setdefault(id(event), []).append(sentence)
        if event.kind != EventKind.visit:
            return None
        if visitor and not event.participants and self._keys.get(id(event), (None, None))[1] is None:
            # "Turkish FM Fidan to pay an official visit to Kazakhstan", then "… Hakan Fidan will pay …": named by its visitor
            event.name = Fact(f"{title}{who} to {self.dataset.name(country) if recorded else country}", sentence)
            self._keys[id(event)] = key
        if visitor and not event.participants:
            event.participants.append(self._fact(visitor[1], sentence))
        if visiting and visiting != country:
            self._visiting[id(event)] = visiting
        if recorded:
            event.country = event.country or self._fact(country, sentence)
            event.existing = event.existing or self.recorded_visit(country, visitor[1] if visitor else None, planned)
        if place and event.place is None:
            event.place = self._fact(place, sentence)
        return event

    def recorded_visit(self, country: str, visitor: object, planned: bool) -> str | None:
        """The recorded visit a report tells of: the one visit to that country held (or planned) within the month before
        the report's publication, by that visitor or by anyone where the text names none; or, told of later, the one visit
        of the year before by the visitor the text names, recorded among its participants."""
        if self.published is None:
            return None
        published = self.published.earliest()
        found = []
        for event_id, event in self.dataset.of_type(Event):
            if event.kind is not EventKind.visit or event.country != country or (event.status is EventStatus.planned) != planned or event.date is None:
                continue
            if isinstance(visitor, str) and event.participants and visitor not in event.participants:
                continue
            days_before = (published - event.date.latest()).days
            since_start = (published - event.date.earliest()).days  # a visit known to the month: reported within it
            if since_start >= -1 and days_before <= VISIT_REPORTED_WITHIN or planned and days_before < 0 or \
                    isinstance(visitor, str) and visitor in event.participants and 0 <= days_before <= 366:
                found.append(event_id)
        return found[0] if len(found) == 1 else None

    def _same_visit(self, key: tuple) -> DraftEvent | None:
        """A visit told of again: the same visitor and country, or one of them not named the second time."""
        for event in self.drafts.events:
            other = self._keys.get(id(event))
            if other and other[0] == "visit" and other[2] == key[2] and other[3] == key[3] and (other[1] == key[1] or None in (other[1], key[1])):
                return event
        return None

    def _destination(self, text: str, match: re.Match[str], mentions: list[Mention], begin: int, end: int) -> tuple[str, str | None] | None:
        """The country visited, and the city where the text names one: 'to China', 'to Beijing', 'arrived in Tashkent'."""
        # ("his fifth visit to the friendly neighbor Kazakhstan": the words before the name describe it; "was on an official visit
        # in Astana": in the city)
        after = re.match(r"(?:\s+(?:of|by)\s+[^,;]{0,80}?(?:,\s+[a-z][^,;]{0,60},|,\s+(?:[A-Z][\w'’.-]*\s*){1,4},)?)?(?:\s+paid)?\s+(?:to|in(?=\s+[A-Z]))\s+(?:the\s+)?(?:capital\s+(?:city\s+)?of\s+(?:the\s+)?|[A-Z][\w'’-]+\s+capital,?\s+)?(?:(?:friendly|fraternal|brotherly|"
                         r"neighbou?ring|neighbou?r|neighbou?rly|allied|partner)\s+){0,3}(?P<where>[A-Z][\w'’-]+(?:\s+(?:of\s+)?[A-Z][\w'’-]+){0,3})", text[match.end():end])
        spans = []
        if after:
            spans.append((match.end() + after.start("where"), match.end() + after.end("where")))
        # the verb and its object: "is expected to visit Baku next month", "will visit Azerbaijan in June"
        verb = re.search(r"\b(?:to|will|would|shall)\s+(?:also\s+)?$", text[:match.start()]) and re.match(r"\s+(?P<where>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)", text[match.end():end])
        if verb:
            spans.append((match.end() + verb.start("where"), match.end() + verb.end("where")))
        # ("arrived in the Kazakh capital Astana", "flew to the Chinese capital, Beijing")
        # ("is set to arrive in Ashgabat … for a state visit", "will fly to Tashkent … for a state visit")
        arrived = re.search(r"\b(?:(?:arrived|arrives|arriving|landed|(?<=to\s)arrive|(?<=will\s)arrive)\s+in|visited|(?:is|was)\s+visiting|(?:is|was)\s+in|"
                            r"(?:travel(?:l)?ed|flew|headed|(?<=to\s)(?:fly|travel)|(?<=will\s)(?:fly|travel|head))\s+to)\s+"
                            # ("arrived in the United States")
                            r"(?:the\s+(?:[A-Z][\w'’-]+\s+)?capital(?:\s+city)?(?:\s+of)?,?\s+|the\s+(?=[A-Z]))?(?P<where>[A-Z][\w'’-]+)", text[begin:end])
        if arrived:
            spans.append((begin + arrived.start("where"), begin + arrived.end("where")))
        for start, finish in spans:
            if WORLD_REGION.match(text, start):
                continue  # "a visit to Central Asia": a region, not a state (nor a town called "Central")
            for mention in mentions:
                if mention.kind == "country" and mention.how != "demonym" and start <= mention.start < finish and mention.record_id:
                    return mention.record_id, None
                if mention.kind == "new-country" and start <= mention.start < finish:
                    return mention.text, None  # "arrived in Japan": a state without a record, by its name
            words = text[start:finish].rstrip(",.").split()
            for length in range(len(words), 0, -1):  # the longest name first: "Abu Dhabi", not a town called "Abu"
                place = " ".join(words[:length])
                country = self._country_of_city(place)
                if country:
                    return country, place
        return None

    def _cities_after_in(self, text: str) -> list[tuple[str, str]]:
        """Each "in <City>" of the text whose city the gazetteer knows, as (its country, the city)."""
        return [(country, m.group(1)) for m in re.finditer(r"\bin\s+([A-Z][\w'’-]+)", text) if (country := self._country_of_city(m.group(1)))]

    def _country_of_city(self, name: str) -> str | None:
        city = self.actors.city(name)
        return self.dataset.country_by_iso2.get(city.country) if city is not None else None

    def _visitor(self, sentence: Sentence, match: re.Match[str], mentions: list[Mention], begin: int, end: int,
                 country: str) -> tuple[Mention, Party] | None:
        """Who makes the visit: a person of the clause from another country than the one visited, the nearest before
        the word 'visit' (or after 'visit of')."""
        text = sentence.text
        everyone = [p for p in self.people(text, mentions) if self._state_of(p, sentence) != country
                    and not re.search(r"\binvitation\s+of\s+[^,;]*(?:,\s*)?$", text[:p.start], re.IGNORECASE)]  # "At the invitation of President Y, X paid" (or "of the President of Türkiye, Y,")
        people = [p for p in everyone if begin <= p.start < end]
        if not people:  # "… met President of France Emmanuel Macron, who arrived in Astana on an official visit": the one before "who"
            people = [p for p in everyone if p.end <= match.start() and re.match(r"\s*,\s*who\b", text[p.end:])][-1:]
        his = re.search(r"\b(?:his|her)\s+(?:[\w-]+\s+){0,2}$", text[:match.start()]) or (
            # "During a working visit to New York, Uzbekistan's President Shavkat Mirziyoyev met …": as "his visit" there
            None if any(p.end <= match.start() for p in people) else re.search(r"\b(?:a|an)\s+(?:[\w-]+\s+){0,2}$", text[:match.start()]))
        if his and not [p for p in people if p.end <= match.start()]:
            # "Tokayev named Azerbaijan a strategic partner, and noted the importance of his visit to Baku": the one before
            people = [p for p in everyone if p.end <= match.start()][-1:] + people
        opening = his is not None and INTRODUCTORY.match(text[:his.start()]) is not None and not [p for p in people if p.end <= match.start()]
        if opening:
            # "During his official visit to Baku, Recep Tayyip Erdogan met …": the subject of the clause after the phrase
            comma = text.find(",", match.end())
            people = [p for p in everyone if comma >= 0 and p.start > comma][:1]
            # only where nothing but the person's office stands before the name (not "…, Recep Tayyip Erdogan met with X", Erdogan unread)
            people = [p for p in people if re.fullmatch(r"\s*(?:(?:[A-Z][\w'’.-]*|the|of|for|and|,)\s*)*", text[comma + 1:p.start])]
        who = re.search(r",\s*who\b[^,;]*$", text[:match.start()])
        if who is not None:
            # "X met with Speaker … Y, who arrived in Astana for an official visit": Y, whom the aside is about
            people = [p for p in everyone if p.end <= who.start() and not text[p.end:who.start()].strip()][-1:] or people
        if not people:
            return None
        # "the visit of X", "a visit by X", "a visit paid to China by a delegation led by X": the one named after
        after_of = re.match(r"\s+(?:of|by)\s+|\s+paid\s+to\s+[^,;]*?\s+by\s+", text[match.end():])
        before = [p for p in people if p.end <= match.start()]
        # "Wang Yi said that in July last year, President Xi Jinping paid a state visit …": the speaker tells of the visit
        # of the one named after his words, and does not make it
        before = [p for p in before if not (re.match(rf"\s+(?:{SAYS})\b", text[p.end:]) and any(q.start > p.end for q in before))]
        chosen = (next((p for p in people if p.start >= match.end()), None) if after_of or opening else None) or (before[0] if before else None)
        if chosen is None:
            return None
        return chosen, self.actor(chosen, sentence, self.offices.get((text, chosen.start)))

    def _state_of(self, person: Mention, sentence: Sentence) -> str | None:
        """The state a person is of: the record's, or the one the office the text gives names (Actors.state_of)."""
        return self.actors.state_of(person, self.offices.get((sentence.text, person.start)))

    def _display(self, mention: Mention) -> str:
        return self.dataset.name(mention.record_id) if mention.record_id else mention.text

    def _talks(self, sentence: Sentence, mentions: list[Mention]) -> None:
        """'President X held talks with President Y in Tashkent': the talks of X and Y, with the place and date of
        their clause. Two people must be named: 'the sides held talks' names no event in particular."""
        text = sentence.text
        for match in TALKS.finditer(text):
            if inserted(text, match.start()):
                # "Putin, during a meeting with Xi Jinping, also said …": the subject's meeting with the one the aside names
                during = re.search(r",\s*(?:during|at|in\s+the\s+course\s+of)\s+(?:a|an|the|his|her)\s+(?:[\w-]+\s+)?$", text[:match.start()])
                if during is None:
                    continue
                aside_end = text.find(",", match.end())
                aside_end = aside_end if aside_end >= 0 else len(text)
                people = self.people(text, mentions)
                subject = [p for p in people if p.end <= during.start()][-1:]
                named = [p for p in people if match.end() <= p.start < aside_end][:1]
                if subject and named:
                    planned = clause_future(text, match.start(), match.end())
                    self._meeting(sentence, mentions, subject + named, "Talks" if match.group("what") else "Meeting", planned, during.start(), aside_end)
                continue
            if TOLD_BEFORE.search(text[:match.start()]) and re.fullmatch(r"talks|negotiations|meeting", match.group(0), re.IGNORECASE) \
                    and not re.match(r"(?:\s+held(?:\s+(?:today|yesterday|on\s+[A-Z]?\w+))?(?:\s+in\s+[A-Z][\w'’-]+)?)?\s+(?:between|of|with)\b", text[match.end():]):
                continue  # "Following the talks, Bayraktar and Rubio signed the memorandum": talks told of before, not theirs (not
                # "Following the talks held today in Astana between A and B, …": theirs)
            if re.search(r"\bThe\s+$", text[:match.start()]) and re.match(r"\s+(?:were|was)\s+(?:also\s+)?attended\s+by\b", text[match.end():]):
                continue  # "The talks were also attended by A and B": those told of before, and who else was there
            if re.match(rf"(?:\s+in\s+[A-Z][\w'’-]+)?(?:\s+on\s+[A-Z][a-z]+)?\s+(?:for|at)\s+the\s+(?:[\w'’–-]+\s+){{0,8}}?(?:{EVENT_NAME_WORDS}|Meeting|Session)\b",
                        text[match.end():]):
                continue  # "Foreign ministers … met in Bishkek on Tuesday for the 20th EU–Central Asia Ministerial Meeting, co-chaired by A
                # and B": the meeting named, not one of its co-chairs
            begin, end = clause_at(text, match.start(), match.end())
            if begin == 0 and end < len(text) - 2 and re.match(r"\s*(?:Speaking|Addressing|Talking)\s+(?:at|during|to)\b", text):
                # "Speaking at a meeting with X on Wednesday in Bishkek, Putin said …": the participle's subject is the other
                end = clause_at(text, end + 2, end + 3)[1]
            if match.group("several"):  # "meetings with the ministers of Belarus – A, Iran B, …": the list runs on over its dashes
                semicolon = text.find(";", match.end())
                end = max(end, semicolon if semicolon >= 0 else len(text))
            people = [p for p in self.people(text, mentions) if begin <= p.start < end
                      and not SPOUSE.search(text[:p.start])]  # "and his wife Ziroatkhon Mirziyoyeva": at the ceremony, not at the talks
            if re.match(r"\s+between\b", text[match.end():]) and sum(p.start >= match.end() for p in people) >= 2:
                # "signed by Minister X during the SCO Summit, following talks between President Y and Z": the talks of Y and Z
                people = [p for p in people if p.start >= match.end()]
            what = "Talks" if match.group("what") else "Meeting"
            future = clause_future(text, match.start(), match.end())
            planned = future and not AFTER_IT.search(text[:match.start()])  # "Following the meeting …, it was agreed to … next year"
            if len(people) < 2:
                # "the presidents of Turkmenistan and Uzbekistan held talks": the talks of the two heads, by their offices
                # (and of three, "the energy ministers of Kazakhstan, Kyrgyzstan and Uzbekistan held a trilateral meeting")
                heads = re.search(r"\b(?:the\s+)?(?P<who>presidents|leaders|heads\s+of\s+state|prime\s+ministers|(?:(?!the\b)[a-z]+\s+){1,2}?ministers)\s+(?:of|from)\s+"
                                  # (the states' names in their capitals: not "… and Uzbekistan met")
                                  r"(?P<countries>(?-i:(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:,\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)*,?\s+and\s+"
                                  r"(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?))",
                                  clause_text(text, begin, end), re.IGNORECASE) or re.search(
                    # "the meeting between the Kazakhstani and South Korean Foreign Ministers": the states by their adjectives
                    r"\b(?:the\s+)?(?P<countries>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+and\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+"
                    r"(?P<who>(?i:presidents|leaders|prime\s+ministers|foreign\s+ministers))\b", clause_text(text, begin, end))
                countries = [m.record_id or m.text for m in self.finder.find(heads.group("countries")) if m.kind in ("country", "new-country")
                             and (m.record_id or m.how == "new")] if heads else []
                listed = len(re.split(r",\s+(?:and\s+)?|\s+and\s+", heads.group("countries"))) if heads else 0
                expected = 3 if match.group("three") else listed  # each state named, as many as the meeting's manner says
                between_heads = HEADS_TALKS_HELD.search(clause_text(text, begin, end))  # (who the heads are, one named or none)
                if (heads is None or len(countries) != expected) and (not people or between_heads) and LEADERS_TALKS.search(clause_text(text, begin, end)) \
                        and not future:
                    self._leaders_talks.append((sentence, begin, end))  # "Upon arrival, the two countries' leaders held talks"
                    continue
                if heads is None or len(countries) != expected or len(countries) != listed:
                    continue
                if listed > 2 and not match.group("three") and (begin + heads.end() > match.start() or re.search(r"\bwith\s+$", text[:begin + heads.start()])):
                    continue  # "Biden met with the Presidents of A, B, C, D and E": his meeting with them, at the summit the text names
                names = [self.dataset.name(c) if c in self.dataset.records else c for c in countries]
                shown = " and ".join(names) if len(names) == 2 else f"{', '.join(names[:-1])} and {names[-1]}"
                what = f"{match.group('three').capitalize()} meeting" if match.group("three") else what
                event = self.new(f"{what} of the {' '.join(heads.group('who').lower().split())} of {shown}", sentence, mentions, planned=planned,
                                 key=("talks", frozenset(countries), planned))
                place = self.actors.city_after_in(clause_text(text, begin, end))
                if place and event.place is None:
                    event.place = self._fact(place, sentence)
                self._date(event, sentence, begin, end)
                return
            # (not the one at whose invitation the subject comes: "X is going to visit Russia at the invitation of … Valentina
            # Matviyenko and will have a meeting with … Vyacheslav Volodin" is X's meeting)
            inviters = [p for p in people if INVITED_BY.search(text[:p.start])]
            hosts = [p for p in people if p.end <= match.start() and p not in inviters]
            guests = [p for p in people if p.start >= match.end()]
            if match.group("several") and hosts and len(guests) > 1:
                # "X held separate meetings with A, B and C": a meeting of X with each
                for guest in guests:
                    self._meeting(sentence, mentions, [hosts[-1], guest], "Meeting", planned, begin, end)
                return
            pair = hosts[-2:]
            if len(pair) == 2 and not guests and re.fullmatch(r",?\s+and\s+(?:[\w'’-]+\s+){0,4}", text[pair[0].end:pair[1].start]) \
                    and re.fullmatch(r"\s+(?:have\s+|has\s+|had\s+)?(?:also\s+)?(?:held|hold|holds)\s+(?:[\w-]+\s+)?", text[pair[1].end:match.start()]):
                people = pair  # "Meredov recalled that …, President X and South Korean President Y held talks": those two
            if not guests and re.search(r"\bwith\s*$", match.group(0)) and re.match(r"\s*(?:their|his|her)\s+(?:\w+\s+)?counterparts?\b", text[match.end():]):
                return  # "A, B and C met with their counterparts": whom they met, the sentence does not name; not a meeting of A and B
            people = [p for p in people if p not in inviters]
            self._meeting(sentence, mentions, people[:4], what, planned, begin, end)
            return

    def _meeting(self, sentence: Sentence, mentions: list[Mention], people: list[Mention], what: str, planned: bool, begin: int, end: int) -> None:
        """The talks or meeting of the people named, with the place and date of their clause."""
        text = sentence.text
        # each once: "Xi Jinping … Shavkat Mirziyoyev …, Xi said, … Mirziyoyev": the same two
        once: dict[str, Mention] = {}
        for person in people:
            once.setdefault(self.names.rules.key(self._display(person)), person)
        people = list(once.values())
        names = [self._display(p) for p in people]
        if len(names) < 2:
            return
        key = ("talks", frozenset(self.names.rules.key(n) for n in names), planned)
        event = self.new(f"{what} of {' and '.join(names)}" if len(names) == 2 else f"{what} of {', '.join(names[:-1])} and {names[-1]}",
                         sentence, mentions, planned=planned, key=key)
        if not event.participants:
            event.participants = [self._fact(self.actor(p, sentence, self.offices.get((text, p.start))), sentence) for p in people]
        place = self.actors.city_after_in(clause_text(text, begin, end))
        if place and event.place is None:
            event.place = self._fact(place, sentence)
        self._date(event, sentence, begin, end)
        if not planned and event.existing is None:
            event.existing = self._during_recorded_visit(event)

    def finish(self) -> None:
        """What only the whole report says: whose were the talks 'the two leaders held' — the visitor of the visit the
        report tells of and the first head of state or government of the host country it names; without a visit, the
        first two heads of two countries it names in one sentence. Not drafted where talks of theirs are drafted already.
        And the visits of guests (`_visits_of_guests`)."""
        self._visits_of_guests()
        if not self._leaders_talks:
            return
        # (their actors are made here, only where there are such talks: (sentence, mention, actor, state))
        heads: list[tuple[Sentence, Mention, Party, str | None]] = [
            (s, m, self.actor(m, s, self.offices.get((s.text, m.start))), self._state_of(m, s)) for s, m in self._heads]
        pair = self._visit_pair(heads) or self._sentence_pair(heads)
        if pair is None:
            return
        sentence, begin, end = self._leaders_talks[0]
        names = [self._display(m) for m, _ in pair]
        key = ("talks", frozenset(self.names.rules.key(n) for n in names), False)
        if any(self._keys.get(id(e)) == key for e in self.drafts.events):
            return
        event = self.new(f"Talks of {names[0]} and {names[1]}", sentence, [], key=key)
        event.participants = [Fact(party, sentence, "one of the two leaders the report names; its sentence names neither")
                              for _, party in pair]
        place = self.actors.city_after_in(clause_text(sentence.text, begin, end))
        if place and event.place is None:
            event.place = self._fact(place, sentence)
        self._date(event, sentence, begin, end)
        visit = next((e for e in reversed(self.drafts.events) if e.kind is EventKind.visit and not e.planned and e.date is not None), None)
        if event.date is None and visit is not None and visit.date is not None and visit.date.value.day and UPON_ARRIVAL.match(sentence.text):
            # "He arrived in Xi'an on May 17 for a state visit. Upon arrival, the two countries' leaders held talks": that day
            first = visit.date.value
            event.date = Fact(PartialDate(first.year, first.month, first.day), visit.date.sentence, f"the day {visit.name.value} began: the talks were held upon arrival")

    def _visits_of_guests(self) -> None:
        """Talks or a meeting of two people of two states held in the country of one of them — 'X received Y', or 'X and
        Y met in Samarkand' in a report that speaks of a visit — or a document the heads of two states sign, adopt or
        witness in a city of one of them, in a report that tells of no summit or forum: the visit of the guest to that
        country, where no visit of the guest, or to that country, is drafted. Dated by the talks or the signing, with a
        note: the visit may have lasted longer than that day."""
        for talks in [e for e in self.drafts.events if e.kind is EventKind.meeting and not e.planned and len(e.participants) == 2]:
            parties = [f.value for f in talks.participants]
            states = [self.dataset.country_of(p) if isinstance(p, str) else p.country if isinstance(p, DraftActor) else None for p in parties]
            if None in states or states[0] == states[1]:
                continue
            sentence = talks.name.sentence
            received = RECEIVED.search(sentence.text)
            place = str(talks.place.value) if talks.place else None
            host = 0 if received else states.index(where) if place and (where := self._country_of_city(place)) in states else None
            if host is None or not (received or self._tells_of_visit):
                continue
            guest, country = parties[1 - host], states[host]
            if guest is None or country is None or any(e.kind is EventKind.visit and (any(party_key(f.value) == party_key(guest) for f in e.participants)
                                                                                       or e.country is not None and e.country.value == country)
                                                       for e in self.drafts.events):
                continue  # a visit of the guest, or one to that country, told of already
            who = Mention(display(self.dataset, guest), 0, 0, guest if isinstance(guest, str) else None, "person", "name")
            visit = self._visit(sentence, [], "Visit", (who, guest), None, country, place, False)
            if visit is not None and visit.date is None and talks.date is not None:
                visit.date = self._fact(talks.date.value, talks.date.sentence, "the day of the talks the source reports during it")
                visit.date_note = "the day of talks the source reports during the visit"
        for agreement in [a for a in self.drafts.agreements if not a.planned and a.place is not None]:
            # "X and French President Y adopted a joint declaration … in Paris": the heads of two states who sign, adopt or
            # witness a document in a city of one of them, the other's visit there
            place = str(agreement.place.value) if agreement.place is not None else ""
            country = self._country_of_city(place)
            heads = [(sentence, person, state) for sentence, person in self._heads if sentence is agreement.statement
                     and (state := self._state_of(person, sentence)) is not None]
            states = list(dict.fromkeys(state for _, _, state in heads))
            if country is None or len(states) != 2 or country not in states or any(
                    e.kind in (EventKind.summit, EventKind.forum) and not e.planned for e in self.drafts.events):
                continue  # (not where the report tells of a summit or forum: "on the sidelines of COP29 in Baku", the guest's reason)
            sentence, person, home = next(head for head in heads if head[2] != country)
            guest = self.actor(person, sentence, self.offices.get((sentence.text, person.start)))
            if any(e.kind is EventKind.visit and (any(party_key(f.value) == party_key(guest) for f in e.participants)
                                                   or e.country is not None and e.country.value == country) for e in self.drafts.events):
                continue  # a visit of the guest, or one to that country, told of already
            visit = self._visit(sentence, [], "Visit", (person, guest), home, country, place, False)
            if visit is not None and visit.date is None and agreement.date_signed is not None:
                visit.date = self._fact(agreement.date_signed.value, agreement.date_signed.sentence, "the day of the signing the source reports in that city")
                visit.date_note = "the day of a signing the source reports during the visit"

    def _a_head(self, person: Mention, office: str | None) -> bool:
        """A head of state or government, by the office the text gives or, for a recorded person, one the data records."""
        if office:
            offices = [office]
        else:
            record = self.dataset.records.get(person.record_id) if person.record_id else None
            offices = [str(p.office) for p in getattr(record, "positions", [])]
        return any(HEAD_OFFICE.search(o) and not re.search(r"\b(?:Vice|Deputy)\b", o, re.IGNORECASE) for o in offices)

    def _visit_pair(self, heads: list[tuple[Sentence, Mention, Party, str | None]]) -> list[tuple[Mention, Party]] | None:
        visit = next((e for e in self.drafts.events if e.kind is EventKind.visit and not e.planned and e.participants and e.country), None)
        if visit is None or visit.country is None:
            return None
        visitor = next(((m, p) for _, m, p, _ in heads if p == visit.participants[0].value), None)
        host = next(((m, p) for _, m, p, state in heads if state == visit.country.value), None)
        return [visitor, host] if visitor and host else None

    def _sentence_pair(self, heads: list[tuple[Sentence, Mention, Party, str | None]]) -> list[tuple[Mention, Party]] | None:
        for sentence in dict.fromkeys(s for s, _, _, _ in heads):
            own = [(m, p, state) for s, m, p, state in heads if s is sentence]
            if len(own) == 2 and None not in (own[0][2], own[1][2]) and own[0][2] != own[1][2]:
                return [(m, p) for m, p, _ in own]
        return None

    def _during_recorded_visit(self, talks: DraftEvent) -> str | None:
        """Talks of two people one of whom the data records visiting the other's country when the report was written
        (recorded_visit): talks held during that visit, which the data records as the visit, not a record of their own."""
        people = [f.value for f in talks.participants if isinstance(f.value, str) and self.dataset.kind(f.value) == "person"]
        countries = {c for p in people if (c := self.dataset.country_of(p))}
        for visitor in people:
            for host in countries - {self.dataset.country_of(visitor)}:
                visit = self.recorded_visit(host, visitor, planned=False)
                if visit is not None:
                    return visit
        return None

    def _named(self, sentence: Sentence, mentions: list[Mention]) -> None:
        """Summits, forums and meetings named in the text, where its clause says they were held or will be."""
        text = QUOTES.sub(" ", sentence.text)  # the “Central Asia–China” summit: quotation marks blanked, positions kept
        found: list[tuple[int, int, str, int | None]] = []
        for match in QUOTED_SUMMIT.finditer(sentence.text):  # "the summit of the heads of state “Central Asia – China”"
            found.append((match.start(), match.end(), f"{match.group('name').strip()} {match.group('head').lower()}", None))
        for match in QUOTED_FORMAT.finditer(sentence.text):  # 'the "Central Asia – China" foreign ministers’ meeting'
            if not any(st < match.end() and match.start() < e for st, e, _, _ in found):
                found.append((match.start(), match.end(), f"{match.group('name').strip()} {' '.join(match.group('what').split())}", None))
        for pattern in (NAMED_EVENT, BODY_MEETING, MINISTERS_MEETING, LOWER_EVENT):
            for match in pattern.finditer(text):
                name = (match.group("name") + (match.groupdict().get("tail") or "")).strip()
                name = re.sub(r"\s+\([A-Z][A-Za-z+]{1,8}\)(?=\s)", "", name)  # "the Economic Cooperation Organization (ECO) Summit"
                listed = match.groupdict().get("listed")
                if listed and not all(any(m.kind == "country" and m.how != "demonym" for m in self.finder.find(item))
                                      for item in re.split(r",\s+(?:and\s+)?|\s+and\s+", listed.strip(" ,")) if item):
                    name = name[:len(name) - len(listed)]  # "… of Azerbaijan, President X said": the list ends at the first that is no state
                # the words a sentence opens with before the name: "Ahead of the summit, …", "After meeting with …"
                name = re.sub(r"^(?:(?:The|A|An|This|That|During|At|On|Ahead\s+of|After|Before|Following|Prior\s+to|Since|Until)\s+(?:(?:the|a|an)\s+)?)+", "", name,
                              flags=re.IGNORECASE if name.isupper() else 0)  # (and a headline's capitals: "FOLLOWING THE FIRST …")
                if any(s < match.end() and match.start() < e for s, e, _, _ in found):
                    continue
                words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", name) if w[0].isupper() and w.lower() not in GENERIC_EVENT_WORDS]
                if pattern is NAMED_EVENT and not words or re.search(r"(?:summit|meeting|session|forum|conference)s$", match.group("name"), re.IGNORECASE):
                    continue  # "regular meetings of the commission", "the Business Forum": no one event
                if re.search(r"\b(?:President|Prime Minister|Minister|Premier|Chancellor|Emir|King|Leader)s?$", name):
                    continue  # "a meeting of the Uzbek President": talks with someone, which the talks' reading names
                if name.endswith("Congress") and re.search(r"\b(?:took\s+place|held|met)\s+(?:in|at)\s+(?:the\s+)?$", text[:match.start("name")]):
                    continue  # "the meeting took place in the National People’s Congress": where, not an event of that name
                if re.search(r"['’]s\s+(?:\w+\s+)?(?i:meeting|summit|talks|session|conference)$", name):
                    continue  # "President Tokayev's meeting with Aliyev": someone's talks, which the talks' reading names
                if re.fullmatch(r"(?i)(?:last|next|this|past)\s+week", name):
                    continue  # "Last week, Erdogan toured …": a time, not an event called a week
                ordinal = match.group("ordinal")
                inner = re.search(r"\s(\d{1,2}(?:st|nd|rd|th))\s", name) if pattern is NAMED_EVENT and not ordinal else None
                if inner:  # "the Southern Gas Corridor Advisory Council 11th Ministerial Meeting": the 11th of that council's
                    ordinal, name = inner.group(1), name[:inner.start()] + " " + name[inner.end():]
                lead = re.match(r"(\d{1,2}(?:st|nd|rd|th))\s+(?=[A-Z])", name) if not ordinal else None
                if lead:  # "The 11th OTS Summit was held …" (the sentence's "The" read as a name's first word): its ordinal
                    ordinal, name = lead.group(1), name[lead.end():]
                if re.match(r"\d", name):
                    continue  # an ordinal and no name before it
                if name.startswith("Conference of the Parties") and COP.search(text):
                    continue  # "the 29th Conference of the Parties (COP29)": COP29, as the COP reading names it
                two = JOINED_EVENTS.search(name)
                if two and re.search(rf"\b(?:{EVENT_HEADS})\b", name[:two.start()]):
                    # "a Meeting of the Joint Intergovernmental Commission and the First Meeting of the Ministers of …": two events
                    first, second = name[:two.start()], name[two.end():]
                    first_at = match.start() + text[match.start():match.end()].find(first)
                    second_at = match.start() + text[match.start():match.end()].find(second)
                    second_ordinal = re.match(rf"(?i:{_ORDINAL})(?=\s)", second)
                    found.append((match.start(), first_at + len(first), f"{ordinal} {first}" if ordinal else first, _number(ordinal) if ordinal else None))
                    found.append((second_at, match.end(), second, _number(second_ordinal.group(0)) if second_ordinal else None))
                    continue
                found.append((match.start(), match.end(), f"{ordinal} {name}" if ordinal else name, _number(ordinal) if ordinal else None))
        for match in COP.finditer(text):
            found.append((match.start(), match.end(), f"COP{match.group('number')}", None))
        for match in HELD_ITS.finditer(text):
            if not any(st < match.end() and match.start() < e for st, e, _, _ in found):
                body = re.sub(r"^(?:The|the)\s+", "", " ".join(match.group("body").split()))
                ordinal = match.group("ordinal")
                heads = HEADS_COUNCIL.match(body)
                what = "summit" if heads else (match.group("what") or "meeting").lower()  # "the … Council met": its meeting
                found.append((match.start(), match.end(), f"{ordinal + ' ' if ordinal else ''}{what} of the {body}",
                               _number(ordinal) if ordinal else None))
        for match in ORDINAL_BODY.finditer(text):
            # "signed at the 11th Intergovernmental Commission in Baku": that body's 11th meeting
            if not any(st < match.end("body") and match.start("ordinal") < e for st, e, _, _ in found):
                ordinal = match.group("ordinal")
                found.append((match.start("ordinal"), match.end("body"), f"{ordinal} meeting of the {' '.join(match.group('body').split())}", _number(ordinal)))
        for match in DURING_ITS.finditer(text):
            # "The Interstate Coordination Water Commission, which includes …, reached the agreement during its 86th meeting":
            # the meeting of the body named before, its subject
            bodies = list(NAMED_BODY.finditer(text, 0, match.start()))
            if bodies and not any(st < match.end() and match.start() < e for st, e, _, _ in found):
                ordinal = match.group("ordinal")
                body = re.sub(r"^(?:The|the)\s+", "", " ".join(bodies[-1].group(0).split()))
                found.append((match.start(), match.end(), f"{ordinal + ' ' if ordinal else ''}{match.group('what').lower()} of the {body}",
                              _number(ordinal) if ordinal else None))
        for match in THEIR_BODY.finditer(text):
            begin, _ = clause_at(text, match.start(), match.end())
            pair = list(dict.fromkeys(m.record_id for m in mentions if m.kind == "country" and m.how != "demonym" and m.record_id
                                      and begin <= m.start and m.end <= match.start()))
            if len(pair) == 2 and not any(st < match.end() and match.start() < e for st, e, _, _ in found):
                ordinal = match.group("ordinal")
                body = " ".join(match.group("body").split())
                found.append((match.start(), match.end(), f"{ordinal + ' ' if ordinal else ''}meeting of the "
                              f"{self.dataset.name(pair[0])}–{self.dataset.name(pair[1])} {body}", _number(ordinal) if ordinal else None))
        for match in BARE_SUMMIT.finditer(text):
            if re.match(r"\s+(?:talks|meeting|negotiations)\b", text[match.end():], re.IGNORECASE):
                continue  # "Following the summit talks in Baku, …": the talks (the talks' reading), no summit besides
            if re.fullmatch(r"(?:The|the)\s+summit", match.group(0).strip()) and any(e.kind is not EventKind.visit for e in self.drafts.events):
                continue  # "The summit was attended by …", after the meeting it is: that one told again, no other
            begin, finish = clause_at(text, match.start(), match.end())
            owners = [m.record_id for m in mentions if m.kind in ("organisation", "mechanism") and begin <= m.start < finish and m.record_id]
            people = [p for p in self.people(sentence.text, mentions) if begin <= p.start < finish]
            opening = re.match(r"\s*(?:After|When|Once|Before|Until|As\s+soon\s+as)\b[^,;]*,", text[begin:])
            if opening is not None and begin + opening.end() > match.end():
                # "After the summit was over, Putin and Lukashenko had a private conversation": theirs is no summit
                people = [p for p in people if p.start < begin + opening.end()]
            if any(st < match.end() and match.start() < e for st, e, _, _ in found):
                continue
            manner = f"{match.group('manner').capitalize()} summit" if match.group("manner") else "Summit"
            if match.group("ordinal"):
                manner = f"{match.group('ordinal').capitalize()} {manner[:1].lower()}{manner[1:]}"
            # a summit of three states, by its manner, of the people and states its clause names ("Erdoğan attended the
            # first tripartite summit with his counterparts from Azerbaijan and Turkmenistan")
            three = [] if owners or (match.group("manner") or "").lower() not in ("trilateral", "tripartite") else list(dict.fromkeys(
                [self.dataset.name(c) for p in people if (c := self._state_of(p, sentence))]
                + [self.dataset.name(m.record_id) if m.record_id else m.text for m in mentions if m.kind in ("country", "new-country")
                   and begin <= m.start < finish and not re.search(r"\b(?:in|at)\s+(?:the\s+)?$", text[:m.start])]))
            if len(three) == 3:
                shown = f"{three[0]}, {three[1]} and {three[2]}"
                found.append((match.start(), match.end(), f"{manner} of {shown}", _number(match.group("ordinal")) if match.group("ordinal") else None))
            elif len(owners) == 1:
                found.append((match.start(), match.end(), f"{manner} of the {self.dataset.name(owners[0])}", None))
            elif not owners and len(people) == 2:  # "a landmark summit in Beijing saw President X of Uzbekistan and President Y of China …"
                found.append((match.start(), match.end(), f"{manner} of {self._display(people[0])} and {self._display(people[1])}", None))
            elif not owners and len(people) > 2:
                # "the joint statement signed by the Presidents of Azerbaijan, Uzbekistan and Turkmenistan following the trilateral
                # summit": the summit of their states
                states = list(dict.fromkeys(c for p in people if (c := self._state_of(p, sentence))))
                if len(states) == len(people):
                    shown = ", ".join(self.dataset.name(c) for c in states[:-1]) + f" and {self.dataset.name(states[-1])}"
                    found.append((match.start(), match.end(), f"{manner} of {shown}", None))
        found.sort()
        for index, (start, end, name, number) in enumerate(found):
            if any(m.kind == "event" and m.start < end and start < m.end for m in mentions):
                continue
            following = NEXT_MEETING.match(text, before.start()) if (before := re.search(r"(?:the\s+)?next\s+$", text[:start], re.IGNORECASE)) else None
            if following and (following.group("of") or self._series_held() is not None):
                continue  # "at the next meeting of the commission, to be held in Bishkek": the next of the series (_next), not one more
            if re.match(r"(?i)meeting\s+of\b", name) and any(start <= p.start < end and text[p.start:p.end] in name for p in self.people(text, mentions)):
                continue  # "the meeting of the Minister of Foreign Affairs X with Y": people's meeting (the meetings' pass), no name
            begin, finish = clause_at(text, start, end)
            when = next((d.date for d in dates_in(text[begin:finish], self.published) if d.date.precision != "year" or not d.relative), None)
            recorded = self.existing(name, when)
            if recorded:  # told of as the recorded event it is: linked, not drafted again
                self.drafts.linked.setdefault(recorded, []).append(sentence)
                continue
            if any(m.kind in ("mechanism", "organisation", "government-body", "company") and m.start <= start and end <= m.end for m in mentions):
                continue  # a part of a body's name ("the Summit Secretariat")
            if re.search(r"\b(?:establishment|establishing|creation|creating|founding|setting\s+up)\s+of\s+(?:the\s+|a\s+|an\s+)?$", text[:start], re.IGNORECASE) \
                    or re.match(rf"(?:{DOCUMENT_NOUNS})\b", name, re.IGNORECASE) \
                    or re.match(r"(?:[A-Z][\w'’-]*\s+){1,3}(?:Declaration|Statement|Communiqu[eé]|Agreement|Memorandum|Charter|Protocol)\s+(?:of|on)\s", name) \
                    or re.search(rf"\b(?=(?-i:[A-Z]))(?:{DOCUMENT_NOUNS})\s+(?:for|on|of)\s+(?:(?:[A-Z][\w-]*|the)\s+){{0,3}}$", text[:start], re.IGNORECASE):
                # "an Agreement for the Establishment of the Pakistan-Uzbekistan Interregional Forum": a body to be set up; a
                # document's name, "the Tokyo Declaration of the Central Asia + Japan Dialogue" (as "the Joint Statement of the …
                # Meeting"), or an event within one, "the Roadmap for Implementing the Consensus of the Video Summit"
                continue
            if re.fullmatch(r"\s*(?:Launched|Established|Founded|Created|Set\s+up|Initiated)\b[^,]*,\s+(?:the\s+)?", text[:start]):
                continue  # "Launched in 2004 at Japan's initiative, the Central Asia + Japan Dialogue has seen 15 meetings": a format, no event
            # Its own words: its clause, up to the next event the clause names ("the JSPG meeting discussed the
            # preparation of the 6th meeting to be held in Astana": the plan is the 6th meeting's).
            clause_begin, clause_finish = begin, finish
            begin = max([begin, *(e for _, e, _, _ in found[:index] if e <= start)])
            finish = min([finish, *(s for s, _, _, _ in found[index + 1:] if s >= end)])
            told_after = HELD_AFTER.match(text, end)
            finish = max(finish, told_after.end()) if told_after else finish
            own = main_text(text)[begin:finish]
            planned = bool(FUTURE.search(own) or TO_HOST.search(text[begin:start]))
            # "a meeting dedicated to the preparations for the Seventh Consultative Meeting …, scheduled …, was held": what the
            # meeting held prepared, to come
            # (its day is not the sentence's, which is the held meeting's)
            prepared = re.search(r"\bprepar(?:ations?|ing|e)\s+(?:for|of)\s+(?:the\s+)?$", text[:start], re.IGNORECASE) is not None
            planned = planned or prepared
            if planned and re.search(r"\b(?:annually|every\s+(?:year|two\s+years|other\s+year)|each\s+year|regularly|on\s+a\s+regular\s+basis)\b", own, re.IGNORECASE):
                continue  # "the meeting of the … Council henceforth will be held annually": how often, no one meeting to come
            if planned and TOLD_OF.search(text[:start]) and FUTURE.search(main_text(text)[begin:start]):
                continue  # "will implement the spirit and arrangements of the Central Conference …": one told of, not to come
            after = next(iter(dates_in(text[end:finish], self.published)), None)
            if not planned and after is not None and self.published is not None and after.date.earliest() > self.published.latest() \
                    and re.fullmatch(r"\s+(?:in|on|from)\s+", text[end:end + after.start]):
                planned = True  # "welcomed the hosting of the International Forum on Peace and Trust in December 2025", in 2024: to come
            if TO_ATTEND.search(text[begin:start]) and self._same(name, number, False, None) is None:
                planned = True  # "arrived in Almaty to participate in the … meeting": that it was held, the text does not say
            eve = re.search(r"\bon\s+the\s+eve\s+of\s+(?:the\s+)?(?:planned\s+|upcoming\s+|forthcoming\s+)?$", text[:start], re.IGNORECASE)
            # ("a business meeting on November 8, on the eve of the planned XVI ECO Summit": the day is the eve's, and the summit after it)
            # "held within the A Meeting and the B Meeting in Baku": the two share the words before the first
            joined = index > 0 and re.fullmatch(r"\s*(?:,|and|,\s*and)\s+(?:the\s+)?", text[found[index - 1][1]:start]) is not None
            # "the first meeting of the Supreme Interstate Council, as well as the business forum and the 6th meeting of the Business
            # Council were held": the first of a list shares the verb after the last
            listed = LISTED_HELD.match(text, end, clause_finish)
            planned = planned or bool(listed and listed.group("future"))
            if not planned and listed is None and not HELD_WORDS.search(text[clause_begin if joined else begin:finish]):  # asides count here: ", which was held in Ankara"
                continue
            event = self.new(name, sentence, mentions, planned=planned, number=number)
            place = self.actors.city_after_in(text[end:finish])
            host = re.search(r"(?:^|[,;]\s+|\bwhen\s+)(?P<city>[A-Z][\w'’-]+)\s+(?:hosted|welcomed)\s+(?:the\s+)?(?:[\w-]+\s+)?$", text[begin:start])
            if place is None and host and self.actors.a_city(host.group("city")):
                place = host.group("city")  # "Astana hosted the 20th meeting of …": the city that hosts it
            where = re.search(r"\bin\s+(?P<city>[A-Z][\w'’-]+),\s+where\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", text[:start]) or re.search(
                # "arrived in Astana for the 6th Consultative Meeting", "… to take part in the summit": where it is
                r"\barrived\s+in\s+(?P<city>[A-Z][\w'’-]+)\s+(?:(?:on\s+\w+\s+)?to\s+(?:attend|participate\s+in|take\s+part\s+in)|for)\s+(?:the\s+)?$", text[:start])
            if place is None and where and self.actors.a_city(where.group("city")):
                place = where.group("city")  # "The announcement was made in Xi'an, where the China–Central Asia Summit was held"
            signed_in = re.search(r"\b(?:signed|inked|adopted)\s+in\s+(?P<city>[A-Z][\w'’-]+)\b[^,;]{0,80}?\s+(?:during|at|on\s+the\s+sidelines\s+of)\s+(?:the\s+)?$",
                                  text[begin:start])
            if place is None and signed_in and self.actors.a_city(signed_in.group("city")):
                place = signed_in.group("city")  # "The agreement was signed in Tianjin by … during the SCO Summit": where it was held
            shared = BOTH_HELD_IN.search(text, end)
            if place is None and shared and index + 1 < len(found) and self.actors.a_city(shared.group("city")):
                place = shared.group("city")  # "the A meeting and the B meeting, both of which were held in Baku": A's too
            if place and event.place is None:
                event.place = self._fact(place, sentence)
            chaired = CHAIRS.search(text, begin, finish)
            if chaired and not event.chairs:
                event.chairs = [self._fact(self.actor(p, sentence), sentence) for p in self.people(text, mentions)
                                if chaired.end() <= p.start < finish]
            bracket = re.match(r"\s*\((?P<inside>[^()]{4,80})\)", text[end:])
            if bracket and event.date is None and (told := dates_in(bracket.group("inside"), self.published)):
                # "the 10th World Water Forum (May 18-24, 2024, Bali, Indonesia)": its days and place in brackets after its name
                event.date = self._fact(told[0].date, sentence, f"'{told[0].text}', in brackets after its name")
                city = next((part for part in (p.strip() for p in bracket.group("inside").split(",")) if self.actors.a_city(part)), None)
                if city and event.place is None:
                    event.place = self._fact(city, sentence)
            of_year = re.search(r"\b(?i:the|its|this)\s+((?:19|20)\d\d)\s+$", text[:start])
            if not eve:  # (the day of the sentence is the eve's, not the event's; and the held meeting's, not what it prepared)
                # ("In early August, a Meeting of … and the First Meeting of … yielded": both share the words before the first)
                self._date(event, sentence, end if prepared else clause_begin if joined else begin, finish,
                           year=int(of_year.group(1)) if of_year else None)
            if of_year is not None and event.date is None:
                # "During the 2024 Tajikistan–Uzbekistan business forum, held as part of …": the year its name is given
                event.date = self._fact(PartialDate(int(of_year.group(1))), sentence, f"'{of_year.group(1)}' before its name")

    def _next(self, sentence: Sentence, mentions: list[Mention]) -> None:
        """'The next meeting of the commission will be held next year in Ashgabat': planned, dated as the text dates it."""
        text = sentence.text
        for match in ORDINAL_NEXT.finditer(text):
            number = _number(match.group("ordinal"))
            series = next((e for e in reversed(self.drafts.events) if not e.planned and e.number and e.kind is not EventKind.visit
                           and number is not None and e.number < number), None)
            if series is None or number is None:
                continue  # whose the meeting is, no numbered meeting told of before says
            name = _without_ordinal_words(str(series.name.value))
            name = f"{_ordinal_word(number)} {name[:1].lower() + name[1:]}"
            event = self.new(name, sentence, mentions, planned=True, number=number, key=("next", name))
            event.series = event.series or series.series
            self._where_and_when_to_come(event, sentence, match)
        for match in NEXT_MEETING.finditer(text):
            of = (match.group("of") or "").strip()
            series = self._series_held()
            if of:
                name = f"{match.group('what').capitalize()} {of}"
            elif series is not None:
                name = _without_ordinal_words(str(series.name.value))
            else:
                continue
            number = series.number + 1 if series is not None and series.number and not of else None
            if number:
                name = f"{_ordinal_word(number)} {name[:1].lower() + name[1:]}" if not re.match(r"\d", name) else name
            event = self.new(name, sentence, mentions, planned=True, number=number, key=("next", name))
            event.series = event.series or (series.series if series is not None else None)
            place = self._where_and_when_to_come(event, sentence, match)
            country = self._country_of_city(place) if place else None
            if country:
                event.country = self._fact(country, sentence)

    def _series_held(self) -> DraftEvent | None:
        """The last meeting, council or summit told of as held: the one "the next meeting" follows."""
        return next((e for e in reversed(self.drafts.events) if not e.planned and e.kind in (EventKind.meeting, EventKind.council, EventKind.summit)), None)

    def _where_and_when_to_come(self, event: DraftEvent, sentence: Sentence, match: re.Match[str]) -> str | None:
        """A meeting to come, told of at `match`: the city after it and the date of its clause, which runs on past a comma
        ("…, the ministers agreed, in Tashkent next year"); the city, if any."""
        text = sentence.text
        begin, finish = clause_at(text, match.start(), match.end())
        finish = len(text) if finish < len(text) and not re.search(r"[;:]", text[finish:finish + 3]) else finish
        place = self.actors.city_after_in(text[match.end():finish])
        if place:
            event.place = self._fact(place, sentence)
        self._date(event, sentence, begin, finish, future=True)
        return place

    def _date(self, event: DraftEvent, sentence: Sentence, begin: int, end: int, future: bool = False, year: int | None = None) -> None:
        """The first date of the clause (not of an aside in it), at the text's precision; a month or day without a year, of
        `year` where its name gives one ("the 2023 forum was held in June"), else of the year the publication date implies."""
        if event.date is not None:
            return
        dateline = DATELINE.match(sentence.text)
        # not a wire's dateline, "BEIJING, Nov. 28 (Xinhua) --": the day it was filed, which the event's need not be
        found_dates = [d for d in dates_in(sentence.text, self.published) if not (dateline and d.start < dateline.end())]
        # not a founding's year ("a platform launched in 2007") nor a day given up ("initially scheduled for 4 March")
        found_dates = [d for d in found_dates if not NOT_ITS_DATE.search(sentence.text[:d.start])]
        if not event.planned and self.published is not None:  # held: not on a day after the report ("… agreed to meet next year")
            found_dates = [d for d in found_dates if d.date.earliest() <= self.published.latest()]
        for found in found_dates:
            aside = next((m for m in asides(sentence.text) if m.start() <= found.start < m.end()), None)
            of_the_event = aside is not None and begin <= aside.start() and re.match(
                r",\s+which\s+(?:was|were|is|will be)\s+(?:held|hosted|convened)|,\s+which\s+took\s+place", aside.group(0))
            if begin <= found.start < end and (aside is None or of_the_event):  # ", which was held in Ankara on July 29,": its own
                if found.date.precision == "year" and not found.relative and not future and not event.planned and not re.search(
                        r"\bin\s+$", sentence.text[:found.start]):
                    continue  # "the 2023 summit" names it; "in 2023" dates it
                note = f"'{found.text}', read against the publication date {self.published}" if found.relative else None
                if year is not None and found.relative and found.date.month is not None and MONTH_NAME.search(found.text):
                    event.date = self._fact(of_year(found.date, year), sentence, f"'{found.text}' of {year}, the year before its name")
                    return
                event.date = self._fact(found.date, sentence, note)
                return
        past = [d for d in found_dates if not clause_future(sentence.text, d.start, d.start + len(d.text)) and d.date.precision == "day"]
        if not event.planned and len({str(d.date) for d in past}) == 1:  # "… met on the sidelines of the summit, which is taking place today, June 17"
            event.date = self._fact(past[0].date, sentence, f"'{past[0].text}', the one date of the sentence that tells of it")
        elif not found_dates and not event.planned and (re.match(r"\s*(?:On\s+|That\s+)?(?:the|that)\s+same\s+day\b|\s*On\s+that\s+day\b", sentence.text, re.IGNORECASE)
                                                          or re.search(r"\bon\s+the\s+same\s+day\b", sentence.text[begin:end], re.IGNORECASE)):
            # "On the same day, political consultations took place …": the day of the event told of just before
            told = next((e for e in reversed(self.drafts.events) if e is not event and not e.planned and e.date is not None), None)
            if told is not None and told.date is not None and told.date.value.precision == "day" and not told.date.value.is_range:
                event.date = self._fact(told.date.value, told.date.sentence, f"'the same day' as {told.name.value}")

    def summit(self) -> DraftEvent | str | None:
        """The one summit or meeting of an organisation the report tells of as held, drafted or recorded (by its id), if
        there is exactly one."""
        held: list[DraftEvent | str] = [e for e in self.drafts.events if not e.planned and self.organisation_of(e)]
        held += [i for i in self.drafts.linked if self.dataset.kind(i) == "event" and self.organisation_of(i)
                 and self.dataset.get(i).status is EventStatus.held]
        return held[0] if len(held) == 1 else None

    def present(self, sentence: Sentence, mentions: list[Mention]) -> list[Fact[Party]]:
        """Who a signing was held before, as "in the presence of …" says: the people it names; where it names none but
        speaks of the heads ("in the presence of the heads of state", "… of the two presidents"), the people of the talks,
        meeting or visit told of before."""
        text = sentence.text
        presence = PRESENCE.search(text)
        if presence is None:
            return []
        named = [p for p in self.actors.people(text, mentions) if p.start >= presence.end()]
        if named:
            return [self._fact(self.actor(p, sentence), sentence) for p in named]
        occasion = self.occasion()
        if not HEADS_PRESENT.match(text, presence.end()) or occasion is None:
            return []
        return [Fact(p.value, p.sentence, f"the heads the text says were present: those of {occasion.name.value}") for p in self.people_at(occasion)]

    def people_at(self, event: DraftEvent) -> list[Fact[Party]]:
        """The participants of an event who are people, not bodies or states."""
        return [p for p in event.participants if isinstance(p.value, str) and self.dataset.kind(p.value) == "person"
                or isinstance(p.value, DraftActor) and p.value.kind == "person"]

    def occasion(self, said: str | None = None) -> DraftEvent | None:
        """The talks, meeting, visit or summit the report told of last, held, with the people who took part or the countries
        its name gives ('the fifth meeting of the Türkiye-Kazakhstan High-Level Strategic Cooperation Council'); where the
        text says which ("during the talks"), the last of that kind, if there is one."""
        held = [e for e in reversed(self.drafts.events) if not e.planned and len(self.countries_of(e)) > 1]
        kinds = {"talks": EventKind.meeting, "negotiations": EventKind.meeting, "meeting": EventKind.meeting, "visit": EventKind.visit}
        kind = kinds.get((said or "").lower())
        of_its_kind = next((e for e in held if e.kind == kind), None) if kind else None
        return of_its_kind or next(iter(held), None)

    def organisation_of(self, event: DraftEvent | str | None) -> str | None:
        """The one organisation or mechanism a summit or meeting is of, by its name ('the 11th summit of the Organization of
        Turkic States'); for a recorded event, its series. None for a visit, talks, or a name with no body or several."""
        if isinstance(event, str):
            record = self.dataset.get(event) if event in self.dataset.records else None
            series = getattr(record, "series", None)
            return series if series and self.dataset.kind(series) in ("organisation", "mechanism") else None
        if event is None or event.kind in (EventKind.visit,) or re.match(r"(?:Talks|Meeting)\s+of\s+(?!the\b)", str(event.name.value)):
            return None
        bodies = {m.record_id for m in self.finder.find(str(event.name.value)) if m.kind in ("organisation", "mechanism") and m.record_id}
        return bodies.pop() if len(bodies) == 1 else None

    def countries_of(self, event: DraftEvent) -> list[str]:
        """The countries of an event's participants (a person's country, or the country of the office the text gives
        them), and the country visited."""
        countries: list[str] = []
        for fact in event.participants:
            value = fact.value
            country = state_of(self.dataset, value)
            if country and country not in countries:
                countries.append(country)
        if id(event) in self._visiting and self._visiting[id(event)] not in countries:
            countries.append(self._visiting[id(event)])
        if event.kind == EventKind.visit and event.country and isinstance(event.country.value, str) and event.country.value not in countries:
            countries.append(event.country.value)
        if not event.participants and event.kind != EventKind.visit:
            for mention in self.finder.find(str(event.name.value), COUNTRY):
                if mention.how != "demonym" and mention.record_id and mention.record_id not in countries:
                    countries.append(mention.record_id)
        return countries

    # --- The event of a signing ------------------------------------------------------------------------

    def of_agreement(self, agreement: DraftAgreement, sentence: Sentence, mentions: list[Mention]) -> None:
        """The event a signing took place at: a recorded one the sentence names, one drafted from it, or the one its
        words ('during the visit', 'on the sidelines of the summit') describe."""
        text = sentence.text
        events = [m for m in mentions if m.kind == "event"]
        sidelines = SIDELINES.search(text)
        if events:
            agreement.event = self._fact(events[0].record_id, sentence)
            if sidelines:
                agreement.event_note = f"signed on the sidelines of {events[0].text}"
            return
        phrase = EVENT_PHRASE.search(text)
        if phrase:
            name = re.sub(r"\s+(?:of|in|to|on|by)$", "", phrase.group("event").strip())  # "a visit by X to the region": "… by X"
            existing = self.existing(name)
            if existing:
                agreement.event = self._fact(existing, sentence, f"'{name}' is taken to be this event")
                self.drafts.linked.setdefault(existing, []).append(sentence)
            elif re.search(r"\bvisits?\b", name, re.IGNORECASE) and (not re.match(
                    r"(?:(?i:state|official|working|friendly)\s+)?(?i:visits?)\s+(?:of|by)\s+(?:\S.*\s+to\s+\S|(?:the\s+)?[A-Z])", name)
                    or re.search(rf"\b(?:of|by)\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?(?:{DOCUMENT_NOUNS})\b", name, re.IGNORECASE)):
                # "during the visit", "during his visit to Ashgabat city", "during British Prime Minister Keir Starmer's
                # first visit to the country": the visit this sentence or the report told of (drafted by the visits' pass,
                # with its visitor and country), never a new event named by those words; "the visit of X to Y" names one
                # ("the signing during the visit of the Intergovernmental Declaration": the document's, not a visitor's)
                visit = self._drafted_in(sentence) or next((e for e in reversed(self.drafts.events) if e.kind == EventKind.visit and not e.planned), None)
                if visit is not None:
                    agreement.event = self._fact(visit, sentence, f"'{name}': the visit the text tells of")
            elif (name[:1].isupper() or re.search(r"\bvisits?\b", name, re.IGNORECASE)) and not re.match(
                    r"(?i)(?:last|next|this|past)\s+(?:week|month|year)\b", name):
                told = self._drafted_in(sentence)
                event = told or self.new(name, sentence, mentions)
                agreement.event = self._fact(event, sentence)
                dated = dates_in(text, self.published)
                if event.date is None and dated and not is_future(text):
                    event.date = self._fact(dated[0].date, sentence, "the date the text gives for the signing during it")
                    event.date_note = "the day of a signing the source reports during it"
            if sidelines and agreement.event is not None:
                agreement.event_note = f"signed on the sidelines of the {name}"

    def _drafted_in(self, sentence: Sentence) -> DraftEvent | None:
        """The event this sentence tells of, drafted from its words (read before the signing is)."""
        return next((e for e in self.drafts.events if any(told is sentence for told in self._told.get(id(e), []))), None)


def meeting_number(text: str) -> int | None:
    """The number of the meeting a text names by its ordinal ('the Declaration of the 10th anniversary Summit': 10)."""
    numbered = NUMBERED_MEETING.search(text)
    return _number(numbered.group("ordinal")) if numbered else None


def _acronym_of(one: str, other: str) -> bool:
    """Whether one name's acronym ("ECO") stands for capitalised words of the other's in a row ("Economic Cooperation
    Organization"), either way round."""
    for short, long in ((one, other), (other, one)):
        initials = "".join(word[0] for word in re.findall(r"[A-Z][\w'’-]*", long) if word not in ("The",))
        if any(len(acronym) >= 3 and acronym in initials for acronym in re.findall(r"\b[A-Z]{3,}\b", short)):
            return True
    return False


def _number(ordinal: str) -> int | None:
    word = ordinal.lower()
    if word in ORDINALS:
        return ORDINALS[word]
    if ordinal.upper() in ROMAN and ordinal.isupper():
        return ROMAN[ordinal.upper()]
    digits = re.match(r"\d+", ordinal)
    return int(digits.group(0)) if digits else None


def _ordinal_word(number: int) -> str:
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def _without_ordinal(key: str) -> str:
    return re.sub(r"^\d+\s+|\b(?:ii|iii|iv|vi|vii|viii|ix)\s+", "", key)


def _without_ordinal_words(name: str) -> str:
    name = re.sub(rf"^(?:the\s+)?{_ORDINAL}\s+", "", name, flags=re.IGNORECASE)
    return name[:1].upper() + name[1:]


def _kind(name: str) -> EventKind:
    lowered = name.lower()
    return (EventKind.summit if "summit" in lowered else EventKind.forum if "forum" in lowered else
            EventKind.visit if re.search(r"\bvisit\b", lowered) else EventKind.council if "council" in lowered and "meeting" not in lowered
            else EventKind.meeting if re.search(r"meeting|session|conference|dialogue|talks|negotiations|consultations|roundtable|round table|sitting", lowered)
            else EventKind.other)
