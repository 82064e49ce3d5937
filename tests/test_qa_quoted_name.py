"""A name a sentence gives by quoting it (qa/quoted_name.py, ``LEXICAL["quoted_name"]``,
``RANKER_ADDED["quoted_name"]``); invented questions and sentences."""

from __future__ import annotations

import pytest

from vitrina.qa.question import analyse
from vitrina.qa.quoted_name import asked, given, quoted, spans
from vitrina.qa.weights import LEXICAL, QUOTED_NAME


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
