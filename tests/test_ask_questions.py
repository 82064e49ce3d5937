"""Question analysis on invented questions: statements before the question, fronted clauses."""

from __future__ import annotations

from vitrina.qa.question import analyse, split_preamble


def test_statement_before_the_question_is_split_off() -> None:
    assert split_preamble("Ada Lind resigned in 1887. Who succeeded her?") == (
        "Ada Lind resigned in 1887.", "Who succeeded her?")
    assert split_preamble("Which U.S. ship reached Kell first?") == ("", "Which U.S. ship reached Kell first?")
    assert split_preamble("Dr. Ross sailed north. Where did he land?")[1] == "Where did he land?"


def test_the_question_sentence_gives_the_type_and_the_statement_the_scene() -> None:
    q = analyse("The Kell League was founded in 1850. When was it dissolved?")
    assert (q.type, q.expects, q.predicate) == ("when", "date", "dissolve")
    assert {"kell", "league"} <= set(q.names)
    assert "founded" in q.background  # the statement's words may be missing from the answering passage
    q = analyse("Ada Lind resigned in 1887. Did she return to the council?")
    assert q.type == "yes/no" and q.predicate == "return"


def test_a_wh_word_opening_a_sentence_is_no_name() -> None:
    q = analyse("The painter Ada Lind resigned in 1887. Who succeeded her?")
    assert "who" not in q.names and {"ada", "lind"} <= set(q.names)


def test_fronted_clause_before_an_inverted_auxiliary_is_a_yes_no_question() -> None:
    q = analyse("When the river flooded in 1850, did the council rebuild the bridge?")
    assert (q.type, q.expects, q.predicate) == ("yes/no", "truth", "rebuild")
    assert "flooded" in q.background
    q = analyse("During the winter talks, did the envoy accept the offer?")
    assert q.type == "yes/no" and q.predicate == "accept"
    assert analyse("When did the council rebuild the bridge?").type == "when"
