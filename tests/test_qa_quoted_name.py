"""A name a sentence gives by quoting it (qa/quoted_name.py, ``LEXICAL["quoted_name"]``,
``RANKER_ADDED["quoted_name"]``); invented questions and sentences."""

from __future__ import annotations

from typing import Any

import pytest

from vitrina.qa.question import analyse
from vitrina.qa.quoted_name import (
    asked,
    described,
    given,
    names_something,
    person_asked,
    quoted,
    sentence_words,
    spans,
    tied,
)
from vitrina.qa.weights import LEXICAL, QUOTED_NAME


def _parse(sentence: str) -> Any:
    from vitrina.qa.parse import parse  # the parser ask uses

    return parse(sentence)


def _quoted(sentence: str) -> list[str]:
    return [sentence[a:b] for a, b in spans(sentence)]


@pytest.mark.parametrize("text", [
    "What was the league of river towns called?",
    "What nickname did the harbour guards get from the sailors?",
    "What slogan did the strikers paint on the mill gate?",
    "What was the name of the plan to drain the marsh?",
])
def test_a_name_is_asked(text: str) -> None:
    assert asked(analyse(text))


@pytest.mark.parametrize("text", [
    "Who founded the league of river towns?",
    "When was the marsh drained?",
    "What did the mayor say about the marsh?",
    "Why did the sailors call the guards the blues?",  # a reason asked, not a name
    "What was the mayor's farewell message meant to announce?",  # what the message does, not its name
])
def test_other_questions_ask_no_name(text: str) -> None:
    assert not asked(analyse(text))


def test_the_switch_turns_the_reading_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(LEXICAL, "quoted_name", 0)
    assert not asked(analyse("What was the league of river towns called?"))


def test_a_short_quotation_is_a_name_without_its_marks_and_inner_comma() -> None:
    sentence = "Six towns joined the “river league,” which met each spring at the ford."
    assert _quoted(sentence) == ["river league"]


def test_straight_quotation_marks_count_too() -> None:
    assert _quoted('Critics mocked the fleet as "the paper navy" for years.') == ["the paper navy"]


def test_a_long_quotation_is_what_someone_said() -> None:
    sentence = "The mayor warned that “the marsh will swallow the lower town within ten years.”"
    assert len(sentence.split("“")[1].split()) > QUOTED_NAME["words"]
    assert _quoted(sentence) == []


def test_a_quoted_question_or_exclamation_is_said_not_named() -> None:
    assert _quoted("The crowd shouted “Down with the toll!” at the bridge.") == []
    assert _quoted("The clerk asked “Who pays?” and nobody answered.") == []


def test_several_quotations_each_count() -> None:
    sentence = "The guards were known as “the blues” and the sailors as “the tars.”"
    assert _quoted(sentence) == ["the blues", "the tars"]


def test_a_candidate_holding_the_quotation_or_most_of_it_is_the_name() -> None:
    sentence = "Six towns joined the “river league,” which met each spring at the ford."
    found = spans(sentence)
    start = sentence.index("the “river")
    assert quoted(start, start + len("the “river league"), found) == 1.0  # the article and the opening mark
    assert quoted(sentence.index("river"), sentence.index("league") + 6, found) == 1.0
    assert quoted(sentence.index("Six"), sentence.index("towns") + 5, found) == 0.0  # another phrase


def test_the_input_counts_a_quoted_name_or_one_after_a_naming_word_only_when_a_name_is_asked() -> None:
    sentence = "Six towns joined the “river league,” which met each spring at the ford."
    found, start = spans(sentence), sentence.index("river")
    end = start + len("river league")
    naming = analyse("What was the league of river towns called?")
    assert given(start, end, found, 0.0, naming) == 1.0
    assert given(0, 3, found, 1.0, naming) == 1.0  # a name after "known as" counts alike
    assert given(0, 3, found, 0.0, naming) == 0.0
    assert given(start, end, found, 1.0, analyse("Who founded the league of river towns?")) == 0.0


def _words(sentence: str) -> Any:
    return _parse(sentence)


@pytest.fixture(autouse=True)
def _tie_on(monkeypatch: pytest.MonkeyPatch) -> None:
    """The tie is measured with its switch on (shipped 0: docs/search-and-ask.md "Round 57 askname57")."""
    monkeypatch.setitem(LEXICAL, "quoted_name_tie", 1)


def test_a_quotation_is_tied_when_its_sentence_holds_a_described_noun() -> None:
    q = analyse("What was the name of the pact the two mill towns signed?")
    assert "pact" in described(q)
    assert tied(q, _words("The mill towns sealed their pact, the “Weir Compact,” in the spring."))
    assert not tied(q, _words("Sailors mocked the harbour guards as “the blue coats” that year."))


def test_a_wordnet_relative_of_a_described_noun_ties_the_quotation() -> None:
    q = analyse("What was the marsh towns' pact called?")
    assert tied(q, _words("Their treaty, the “Weir Compact,” held for a decade."))  # treaty: a relative of pact


def test_a_compound_of_the_question_ties_its_synonym_in_the_sentence() -> None:
    q = analyse("What was the table tennis match between the two schools called?")
    assert "table tennis" in described(q)
    assert "ping pong" in sentence_words(_words("It was played as ping-pong on a barge."))
    assert tied(q, _words("This friendly “Paddle Truce” was played as ping-pong on a barge."))


def test_a_sentence_with_a_verb_of_naming_gives_a_name_of_its_own() -> None:
    q = analyse("What was the name of the pact the two mill towns signed?")
    assert tied(q, _words("Locals soon called it the “Weir Compact.”"))
    assert names_something(_parse("Locals soon called it the “Weir Compact.”"))
    assert not names_something(_parse("Locals soon signed the “Weir Compact.”"))


def test_a_question_without_a_described_noun_ties_any_sentence() -> None:
    q = analyse("What was Ostrava called?")
    assert not described(q)
    assert tied(q, _words("Its rivals mocked it as “the smoky city” for years."))


@pytest.mark.parametrize("text", [
    "What was Marta Kolar's maiden name?",
    "What pen name did the harbour poet write under?",
])
def test_a_person_s_name_asked_takes_no_quotation(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(LEXICAL, "quoted_name_tie", 0)  # whatever the tie
    q = analyse(text)
    assert person_asked(q)
    assert not tied(q, _words("Locals soon called the envoy, a poet, “the grey heron.”"))


@pytest.mark.parametrize("text", [
    "What was the name of the plan to drain the marsh?",
    "What did the mayor call the striking dockers?",  # a coined name of a group of people
])
def test_a_thing_s_name_asked_is_not_a_person_s(text: str) -> None:
    assert not person_asked(analyse(text))


def test_the_tie_switch_off_ties_every_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(LEXICAL, "quoted_name_tie", 0)
    q = analyse("What was the name of the pact the two mill towns signed?")
    assert tied(q, _words("Sailors mocked the harbour guards as “the blue coats” that year."))
