"""Where someone came from or was born (qa/origin.py, ``LEXICAL["origin_asked"]``, round 58 askorigin58): the place
in the origin role; invented questions and sentences."""

from __future__ import annotations

import pytest

from vitrina.qa.origin import spans
from vitrina.qa.parse import parse
from vitrina.qa.question import analyse
from vitrina.qa.weights import LEXICAL


@pytest.mark.parametrize(("text", "asked"), [
    ("Where was the weaver Odda Brun from?", "source"),
    ("Which province did the ferryman hail from?", "source"),
    ("Where did the settlers come from?", "source"),
    ("From which country did the envoy arrive?", "source"),
    ("Where was Odda Brun born?", "birth"),
])
def test_an_origin_question_is_read(text: str, asked: str) -> None:
    assert analyse(text).origin == asked


@pytest.mark.parametrize("text", [
    "What kept the council from raising the tax?",  # "from" with a clause: a hindrance, not an origin
    "What did the weaver take from the shelf?",
    "Where did the settlers build the mill?",
    "When was Odda Brun born?",
])
def test_other_questions_ask_no_origin(text: str) -> None:
    assert analyse(text).origin == ""


def test_the_switch_turns_the_reading_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(LEXICAL, "origin_asked", 0)
    assert analyse("Where was the weaver Odda Brun from?").origin == ""


def _spans(sentence: str, asked: str) -> list[str]:
    return [sentence[a:b] for a, b in spans(parse(sentence), asked)]


def test_the_object_of_from_is_a_place_in_the_origin_role() -> None:
    found = _spans("The weaver Odda Brun came to the valley from Portugal in the spring.", "source")
    assert "Portugal" in found


def test_an_object_of_from_that_names_no_place_is_not() -> None:
    assert _spans("The weaver bought the loom from the Brun Company.", "source") == []


def test_a_birthplace_is_the_place_of_born_in() -> None:
    assert "Lisbon" in _spans("Odda Brun was born in Lisbon and worked as a weaver.", "birth")


@pytest.mark.parametrize(("sentence", "demonym"), [
    ("The council hired a Brazilian weaver to run the mill.", "Brazilian"),  # WordNet: pertains to Brazil
    ("The council hired a Nebraskan weaver to run the mill.", "Nebraskan"),  # derived from a GeoNames state
])
def test_a_demonym_before_a_person_answers_where_from_not_where_born(sentence: str, demonym: str) -> None:
    assert demonym in _spans(sentence, "source")
    assert _spans(sentence, "birth") == []


def test_a_demonym_before_a_thing_is_no_origin() -> None:
    assert _spans("The council bought a Brazilian loom for the mill.", "source") == []


@pytest.mark.parametrize("sentence", [
    "The weaver read the Lisbon Gazette every morning.",  # a place's own name in a name
    "The weaver sold cloth to the Soviet Union for years.",  # a demonym inside a place's name (WordNet)
])
def test_a_place_word_inside_a_name_is_part_of_the_name(sentence: str) -> None:
    assert _spans(sentence, "source") == []
