"""A response asked and the responder's own act in a sentence (qa/respond.py, ``LEXICAL["response_asked"]``,
``RANKER_ADDED["responder"]``); invented questions and sentences."""

from __future__ import annotations

import pytest

from vitrina.qa.parse import parse
from vitrina.qa.question import analyse
from vitrina.qa.respond import PRONOUN_VALUE, responder, responder_act
from vitrina.qa.weights import LEXICAL


@pytest.mark.parametrize(("text", "head"), [
    ("How did the harbour board respond to the petition of the fishermen?", "board"),
    ("How did Governor Ilsen react when the mill owners closed the gates?", "ilsen"),
    ("How did the weavers retaliate against the new tariff?", "weavers"),
    ("How did the villagers feel about the railway?", "villagers"),
    ("What was Mayor Brandt's reply to the guild's letter?", "brandt"),
    ("What was the council's attitude toward the new bridge?", "council"),
])
def test_a_response_question_names_its_responder(text: str, head: str) -> None:
    assert responder(parse(text))[0] == head
    assert analyse(text).responder[0] == head


@pytest.mark.parametrize("text", [
    "Who answered the guild's letter?",  # the responder is asked, not the response
    "How did the harbour board raise the money?",  # no response verb
    "What was the council's budget in that year?",  # no stance noun
])
def test_other_questions_ask_no_response(text: str) -> None:
    assert responder(parse(text)) == ()


def test_the_switch_turns_the_reading_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(LEXICAL, "response_asked", 0)
    assert analyse("How did the harbour board respond to the petition?").responder == ()


def _head(doc, words: str):  # the head token of the first occurrence of ``words`` in the parsed sentence
    start = doc.text.index(words)
    span = doc.char_span(start, start + len(words), alignment_mode="expand")
    return span.root


def test_the_responders_own_act_counts_and_another_doers_not() -> None:
    doc = parse("The harbour board refused to renew the lease, and the fishermen sailed with heavy hearts to the "
                "next town.")
    words = ("board", "harbour")
    assert responder_act(doc, _head(doc, "to renew the lease"), False, words, set()) == 1.0
    assert responder_act(doc, _head(doc, "with heavy hearts"), False, words, set()) == 0.0
    assert responder_act(doc, _head(doc, "The harbour board"), False, words, set()) == 0.0  # the doer is no act
    assert responder_act(doc, None, True, words, set()) == 1.0  # the whole sentence: shown as the doer's act


def test_a_pronoun_doer_counts_half_and_another_name_of_the_responder_fully() -> None:
    doc = parse("Within a week he sent two clerks to the mill.")
    assert responder_act(doc, _head(doc, "two clerks"), False, ("ilsen",), set()) == PRONOUN_VALUE
    # the sentences before it name the responder: the pronoun stands for it
    assert responder_act(doc, _head(doc, "two clerks"), False, ("ilsen",), set(), frozenset({"ilsen"})) == 1.0
    named = parse("Governor Marta Ilsen sent two clerks to the mill.")
    assert responder_act(named, _head(named, "two clerks"), False, ("governor",), set()) == 1.0
    other = parse("Marta sent two clerks to the mill.")
    assert responder_act(other, _head(other, "two clerks"), False, ("ilsen",), {"marta"}) == 1.0
    assert responder_act(other, _head(other, "two clerks"), False, (), set()) == 0.0


def test_the_responders_clause_is_shown_of_two_about_the_question() -> None:
    from vitrina.qa.spans import predicate

    q = analyse("How did the mayor react to the deal Brandt made with the guild?")
    doc = parse("Brandt made a deal with the guild in May, but the mayor rejected the deal at once.")
    span = predicate(doc, q)
    assert span is not None and doc.text[span[0]:span[1]].startswith("rejected the deal")


def test_an_act_about_something_else_is_no_response(monkeypatch: pytest.MonkeyPatch) -> None:
    from vitrina.qa import rank
    from vitrina.qa.weights import RESPONSE

    q = analyse("How did the harbour board respond to the petition?")
    assert rank._tied_to_event(q, set()) == 1.0  # the sentence holds "petition"
    assert rank._tied_to_event(q, {"petition"}) == 0.0  # it holds none of what was responded to
    monkeypatch.setitem(RESPONSE, "tied", 0)
    assert rank._tied_to_event(q, {"petition"}) == 1.0
