"""The clauses of a sentence, and what a verb's own clause says: negation, possibility, the future (sentences made up
for the test, not from reports)."""

from __future__ import annotations

import re

import pytest

from accords.drafting.clauses import clause_text, future, hypothetical, inserted, negated


def at(sentence: str, word: str) -> tuple[int, int]:
    match = re.search(rf"\b{word}\b", sentence)
    assert match, word
    return match.start(), match.end()


@pytest.mark.parametrize(("sentence", "word", "clause"), [
    ("The sides did not sign the roadmap but adopted a joint statement.", "adopted", "but adopted a joint statement."),
    ("The presidents signed a declaration; a roadmap will be signed next year.", "declaration", "The presidents signed a declaration"),
    ("They signed a memorandum on Monday, and the ministers will meet in May.", "Monday", "They signed a memorandum on Monday"),
    # a list of subjects with its serial comma is one clause: no verb before its ", and"
    ("Azerbaijan, Kazakhstan, and Uzbekistan have inked an agreement.", "inked", "Azerbaijan, Kazakhstan, and Uzbekistan have inked an agreement."),
    # what a document provides, told without a comma (a shape of the blind set's development half, kazinform-kz-cn-copper-smelter-jv)
    ("The governor signed a memorandum under which the company will build a school.", "signed", "The governor signed a memorandum"),
])
def test_a_sentence_splits_into_its_clauses(sentence, word, clause):
    assert clause_text(sentence, *at(sentence, word)).strip() == clause


def test_a_comma_in_a_quoted_name_closes_no_aside():
    sentence = "The agreement, which was signed in 2020 to finance the “Programme to Combat Tuberculosis, Stage VI”, is in force."
    assert inserted(sentence, at(sentence, "Stage")[0])  # the aside runs to the comma after the name, not to the one in it
    assert not inserted(sentence, at(sentence, "force")[0])


def test_an_inserted_clause_is_left_out_of_the_clause_around_it():
    sentence = "The ministers, who will meet again next year, signed the memorandum."
    start, end = at(sentence, "signed")
    assert not future(sentence, start, end)
    assert inserted(sentence, at(sentence, "next")[0]) and not inserted(sentence, start)


@pytest.mark.parametrize(("sentence", "negative", "possible", "planned"), [
    ("Kazakhstan did not sign the memorandum.", True, False, False),
    ("Kazakhstan refused to sign the memorandum.", True, False, False),
    ("The sides have yet to sign the agreement.", True, False, False),
    # denied by its subject
    ("A financing agreement with the company was discussed in Bishkek, but no document was signed.", True, False, False),
    ("Nothing has been signed yet.", True, False, False),
    ("The two countries could sign the agreement.", False, True, False),
    ("The agreement may be signed soon.", False, True, False),
    ("The agreement is expected to be signed in March.", False, False, True),
    ("The ministers will sign the agreement.", False, False, True),
    ("The ministers signed the agreement.", False, False, False),
    # wished, offered or talked of: no signing
    ("The minister confirmed the readiness of the Kyrgyz side to sign the agreement.", False, True, False),
    ("The exact timeframe for signing the agreement remains uncertain.", False, True, False),
    ("They agreed to start discussions on and the signing of the joint declaration.", False, True, False),
    ("The ministers held negotiations and signed the agreement.", False, False, False),  # talks, then a signing
    ("Uzbekistan proposed signing a free trade agreement with Azerbaijan.", False, True, False),
    ("The ministers considered the signing of a roadmap.", False, True, False),
    ("The ministers welcomed the signing of the roadmap.", False, False, False),  # welcomed as done
    # a wire's lead: names, then "to sign" with no verb of their own, is what will be; a verb before "to" is not that
    ("Azerbaijan, Uzbekistan to sign memorandum on energy cooperation", False, False, True),
    ("Officials gathered in Astana to sign the agreement on Monday.", False, False, False),
    # a document told of by its signing done, in a clause of what is to come: the signing is done
    ("The two countries agreed to develop the field jointly, according to a memorandum signed in Ashgabat on January 21.",
     False, False, False),
    # what a speaker says will be signed is a plan; a condition is only possible
    ("Tokayev said the countries would sign an agreement on visa-free travel later this year.", False, False, True),
    ("The countries would sign the agreement if the talks succeed, Tokayev said.", False, True, False),
])
def test_a_verb_is_read_in_its_own_clause(sentence, negative, possible, planned):
    start, end = at(sentence, "sign(?:ed|ing)?")
    assert (negated(sentence, start), hypothetical(sentence, start), future(sentence, start, end)) == (negative, possible, planned)


def test_parties_come_from_the_signing_verbs_own_clause(real_data):
    from accords.dates import PartialDate
    from accords.drafting.extract import Extractor
    from accords.drafting.sentences import sentences
    from accords.names import NameIndex

    text = ("The U.S. government has signed an agreement with Uzbekistan on critical minerals, as U.S. President Donald Trump "
            "moves to counter China's dominance of their supply chains.")
    [agreement] = Extractor(real_data, NameIndex(real_data), PartialDate(2026, 2, 18)).read(sentences([text])).agreements
    assert [p.value for p in agreement.parties] == ["united-states", "uzbekistan"]  # not China, of another clause


def test_a_dash_in_a_quoted_name_and_as_well_as_end_no_clause():
    from accords.drafting.clauses import clause_at

    text = "They signed a memorandum in the “Central Asia – China” format, as well as a protocol with China."
    assert clause_at(text, text.index("signed"), text.index("signed") + 6) == (0, len(text))


def test_and_before_a_subject_of_its_own_ends_a_clause_only_after_a_verb():
    from accords.drafting.clauses import clause_at

    two = "Delegations approved 27 agreements during the visit, and the presidents of the countries also signed a joint statement."
    assert clause_at(two, two.index("joint"), two.index("joint") + 5) == (two.index("the presidents"), len(two))
    one = "President Tokayev, President of Azerbaijan Ilham Aliyev, and President of Uzbekistan Shavkat Mirziyoyev signed an agreement."
    assert clause_at(one, one.index("signed"), one.index("signed") + 6) == (0, len(one))


def test_two_signings_in_clauses_of_their_own_are_two_statements(real_data):
    from accords.dates import PartialDate
    from accords.drafting.extract import Extractor
    from accords.drafting.sentences import Sentence, sentences
    from accords.names import NameIndex

    text = ("Delegations of Russia and Uzbekistan approved 27 agreements during the visit, and the presidents of the countries "
            "also signed a joint statement.")
    [sentence] = sentences([text])
    assert Extractor.statements(sentence) == [Sentence("Delegations of Russia and Uzbekistan approved 27 agreements during the visit", 1, 1),
                                              Sentence("the presidents of the countries also signed a joint statement.", 1, 1)]
    drafts = Extractor(real_data, NameIndex(real_data), PartialDate(2024, 5, 29)).read([sentence])
    assert [(a.kind.value, a.is_package) for a in drafts.agreements] == [("package", True), ("joint statement", False)]
    assert drafts.agreements[1].approved is None  # signed, by its own verb; the 27 were "approved"


def test_a_relative_clause_in_the_future_after_the_document_does_not_make_its_signing_a_plan(base_dataset):
    """Written for this test, on a shape of the blind set's development half (adb-uzbek-irrigation-loan): "They also signed a
    $2 million technical assistance grant agreement that will help the Ministry … introduce digital water metering" had been
    drafted as a signing to come (the relative clause's "will" read as the signing's); "said that the agreement will be
    signed in May" stays a plan."""
    from accords.dates import PartialDate
    from accords.drafting.extract import Extractor
    from accords.drafting.sentences import sentences

    _, dataset, names = base_dataset

    def planned(text: str) -> list[bool]:
        return [a.planned for a in Extractor(dataset, names, PartialDate(2025, 12, 11)).read(sentences([text])).agreements]

    assert planned("Kazakhstan and China signed a grant agreement that will help farmers introduce digital water metering.") == [False]
    assert planned("The minister said that the agreement will be signed in May.") == [True]
