"""qa/otheract: the answer is the agent of another act than the asked one (round 53 red team D6; invented
sentences)."""

from __future__ import annotations

from vitrina.qa import otheract
from vitrina.qa.parse import parse_many
from vitrina.qa.question import analyse

OPENED = "The fountain in Carr Square was opened on 2 May 1903 by Lady Edith Vane."
BUILT = "The fountain in Carr Square was built in 1902 by Samuel Orme, a mason of Leek."


def _other(question: str, text: str, name: str) -> str | None:
    at = text.index(name)
    return otheract.other_act(analyse(question), parse_many([text])[0], at, at + len(name))


def test_the_agent_of_another_act_does_not_fill_the_asked_one():
    assert _other("Who designed the fountain in Carr Square?", OPENED, "Lady Edith Vane") == "opened"


def test_the_agent_of_the_asked_act_fills_it():
    assert _other("Who opened the fountain in Carr Square?", OPENED, "Lady Edith Vane") is None
    assert _other("Who constructed the fountain in Carr Square?", BUILT, "Samuel Orme") is None  # a relative


def test_a_verb_of_a_shared_class_may_state_the_act_in_other_words():
    text = "The garrison was led by Captain Ruth Dane through the winter."
    assert _other("Who commanded the garrison?", text, "Ruth Dane") is None


def test_only_who_questions_and_agents():
    assert _other("When was the fountain in Carr Square designed?", OPENED, "2 May 1903") is None
    assert otheract.governing_verb(parse_many([OPENED])[0], OPENED.index("Carr"), OPENED.index("Carr") + 4) is None
