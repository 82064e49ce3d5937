"""qa/premise.py: a question's presupposition contradicted by the stating sentence (round 43; invented sentences)."""

from __future__ import annotations

from vitrina.qa import premise
from vitrina.qa.parse import parse
from vitrina.qa.question import analyse
from vitrina.qa.structure import anchors


def check(question: str, sentence: str, others: list[str] | None = None) -> premise.Contradiction | None:
    q, doc = analyse(question), parse(sentence)
    aligned = frozenset(t.i for t, _credit in anchors(doc, q))
    return premise.date_contradiction(q, doc, aligned, others or []) or premise.act_contradiction(q, doc, aligned)


def test_another_year_for_the_asked_act_contradicts_the_question():
    found = check("Why did the barge Meridian sink in 1802?", "The barge Meridian sank off the weir in 1798.")
    assert found == premise.Contradiction("date", "1802", "1798")
    assert found.note == "The sources date it 1798, not 1802."


def test_another_year_for_the_dated_noun_contradicts_the_question():
    found = check("Who founded the Orvel Mill in 1950?", "Hana Orvel founded the Orvel Mill at Brno in 1887.")
    assert found is not None and found.stated == "1887"


def test_the_questions_own_year_or_a_year_of_another_act_is_no_contradiction():
    assert check("Who founded the Orvel Mill in 1887?", "Hana Orvel founded the Orvel Mill at Brno in 1887.") is None
    assert check("Who founded the Orvel Mill in 1950?", "Hana Orvel, who was born in 1850, founded the Orvel Mill.") \
        is None
    # another examined sentence states the question's year for the act: a second founding, not a false premise
    assert check("Who founded the Orvel Mill in 1950?", "Hana Orvel founded the Orvel Mill at Brno in 1887.",
                 ["Her grandson founded the Orvel Mill again in 1950."]) is None


def test_a_denied_act_contradicts_the_question():
    found = check("Who preached at the chapel?", "Dr Lind preached no sermon, but he sat with us.")
    assert found is not None and found.kind == "act"
    assert check("When did Tom Ash emigrate to Canada?", "Tom Ash never emigrated to Canada.") is not None


def test_an_act_delayed_or_asked_as_denied_is_no_contradiction():
    assert check("When did Tom Ash emigrate to Canada?", "Tom Ash did not emigrate to Canada until 1901.") is None
    assert check("Who did not sign the letter?", "Tom Ash did not sign the letter.") is None
    # another person's denied act says nothing of the question's
    assert check("When did Tom Ash emigrate to Canada?", "Ann Lee never emigrated to Canada.") is None


def test_a_modal_or_a_delaying_clause_denies_nothing():
    assert check("When did Tom Ash return from Hull?", "Tom Ash will not return until the war is over.") is None
    assert check("When did Tom Ash return from Hull?", "Tom Ash did not return from Hull until the war was over.") is None


def test_a_span_holding_the_questions_year_is_no_contradiction():
    assert check("Who led the Orvel Mill in 1950?", "Hana Orvel led the Orvel Mill from 1945 to 1955.") is None


def test_a_year_of_another_act_of_the_question_is_checked_against_that_act_only():
    # the question's year dates the sinking, not the asked dying: a year for the dying contradicts nothing
    assert check("How many people died when the barge Meridian sank in 1802?",
                 "Forty people died of fever in 1805.") is None


def test_an_attempt_asked_is_not_contradicted_by_its_failure():
    assert check("Who tried to buy the Orvel Mill?", "Tom Ash failed to buy the Orvel Mill.") is None
    assert check("Who bought the Orvel Mill?", "Tom Ash failed to buy the Orvel Mill.") is not None


# ------------------------------------------------------------ premises met in their roles (round 49 redask49)


def test_the_asked_act_done_by_another_named_subject_leaves_the_subject_unmet():
    q = analyse("When did the Ardent Star leave Marlow?")
    doc = parse("The lighter Kestrel Bay sailed from Reading and left Marlow on 9 June 1790.")
    assert premise.other_subject(q, doc) is not None


def test_the_questions_subject_in_the_sentence_meets_it():
    q = analyse("When did the Ardent Star leave Marlow?")
    doc = parse("The Ardent Star sailed from Reading and left Marlow on 9 June 1790.")
    assert premise.other_subject(q, doc) is None


def test_a_name_asked_twice_and_held_once_is_unmet():
    q = analyse("When did the barge Henley reach Henley?")
    assert premise.repeated_name(q, "The barge Henley, master Tom Illick, reached Windsor on 3 May 1790.") == "henley"
    assert premise.repeated_name(q, "The barge Henley reached Henley on 3 May 1790.") is None


def binding(question: str, sentence: str, answer: str) -> bool | None:
    at = sentence.index(answer)
    return premise.date_binding(analyse(question), parse(sentence), at, at + len(answer))


def test_the_stated_date_binds_the_phrase_it_hangs_from():
    sentence = ("The lighter Kestrel Bay left Reading on 2 June 1790 and reached Oxford on 9 June 1790, "
                "calling at Abingdon (5 June 1790).")
    question = "Which town did the Kestrel Bay reach on 5 June 1790?"
    assert binding(question, sentence, "Oxford") is False
    assert binding(question, sentence, "Abingdon") is True
    assert binding("Which town did the Kestrel Bay reach?", sentence, "Oxford") is None


def test_a_word_only_ever_part_of_longer_names_is_no_repeated_premise():
    q = analyse("When did Ada Penrose open the Penrose Library?")
    assert premise.repeated_name(q, "The Penrose Library was opened on 3 May 1901.") is None


def test_a_passive_question_or_a_common_noun_subject_sets_no_subject_premise():
    doc = parse("The Marlow Company launched the Ardent Star on 9 June 1790.")
    assert premise.other_subject(analyse("When was the Ardent Star launched?"), doc) is None
    doc = parse("The Marlow Company boxes held flour and lard.")
    assert premise.other_subject(analyse("What did the Ardent grocery boxes hold?"), doc) is None


def test_the_questions_addressee_as_the_sentences_writer_reverses_the_roles():
    q = analyse("What did Ida Brennick send to Tomas Vell?")
    reversed_ = premise.reversed_roles(q, parse("In May Tomas Vell sent to Ida Brennock a short note of thanks."))
    assert reversed_ == "tomas vell"
    assert premise.reversed_roles(q, parse("Ida Brennick sent to Tomas Vell a short note of thanks.")) is None


def test_a_place_the_document_writes_only_inside_longer_names_is_unstated():
    q = analyse("Who designed the Arlo Mill in Arlo?")
    document = "The Arlo Mill, Kettering\n\nJoan Arlo owned it. Peter Fane designed the mill in 1880."
    assert premise.place_only_in_names(q, "Peter Fane designed the mill in 1880.", document) == "arlo"
    stated = document + "\nIn Arlo the mill stood empty."
    assert premise.place_only_in_names(q, "Peter Fane designed the mill in 1880.", stated) is None


def test_a_value_in_figures_the_document_never_writes_is_unstated():
    q = analyse("Who printed the 1:20,000 issue of the Tollin map?")
    assert premise.value_unstated(q, "Printer: Jan Keel. Scale: 1:40,000.") == "1:20,000"
    assert premise.value_unstated(q, "Printer: Jan Keel. Scale: 1:20000.") is None
    assert premise.value_unstated(analyse("Who printed the map in 1905?"), "Printer: Jan Keel.") is None


def test_a_year_the_document_never_writes_is_unwritten():
    q = analyse("How many looms did the Marsh Mill buy in 1874?")
    mill = "The Marsh Mill Ledger, 1851. The partners bought 30 looms for the weaving shed."
    assert premise.year_unwritten(q, "The partners bought 30 looms for the weaving shed.", mill) == "1874"
    assert premise.year_unwritten(q, "They bought 30 looms.", mill + " In 1874 the mill closed.") is None
    assert premise.year_unwritten(q, "They bought 30 looms.", "Owners: Ada Marsh, 1860–1890.") is None  # a span holds it
    assert premise.year_unwritten(q, "They bought 30 looms.", "The partners bought 30 looms.") is None  # no year at all


def _occasion(question: str, sentence: str) -> bool:
    q, doc = analyse(question), parse(sentence)
    return premise.denied_on_an_occasion(q, doc, frozenset(t.i for t, _credit in anchors(doc, q)))


def test_a_denial_on_a_named_occasion_contradicts_nothing():
    # round 59 red team D7: "not sent on that day" says when it was not sent, not that it never was
    assert check("When was the Corve letter sent?", "The Corve letter was not sent on that day.") is None
    assert _occasion("When was the Corve letter sent?", "The Corve letter was not sent on that day.")


def test_a_denial_without_an_occasion_is_no_occasion():
    assert not _occasion("When was the Corve letter sent?", "The Corve letter was never sent.")
    assert check("When was the Corve letter sent?", "The Corve letter was never sent.") is not None
