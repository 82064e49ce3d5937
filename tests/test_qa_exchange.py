"""What someone got in exchange (qa/exchange.py, ``LEXICAL["exchange_asked"]``, ``RANKER_ADDED["exchanged"]``);
invented questions and sentences."""

from __future__ import annotations

import pytest

from vitrina.qa.exchange import _exchange_verb, asked, spans, within
from vitrina.qa.parse import parse
from vitrina.qa.question import analyse
from vitrina.qa.weights import LEXICAL


def _got(sentence: str) -> list[str]:
    doc = parse(sentence)
    return [doc.text[a:b] for a, b in spans(doc)]


@pytest.mark.parametrize("text", [
    "What did the weavers get in return for closing the old mill?",
    "What did the town receive as compensation for the flooded fields?",
    "What did the ferrymen obtain in exchange for their boats?",
])
def test_an_exchange_is_asked(text: str) -> None:
    assert asked(parse(text))
    assert analyse(text).exchange


@pytest.mark.parametrize("text", [
    "What did the weavers get from the guild?",  # no exchange named
    "What did the weavers do on their return from the fair?",  # a return that is no exchange phrase with "for"
])
def test_other_questions_ask_no_exchange(text: str) -> None:
    assert not analyse(text).exchange


def test_the_switch_turns_the_reading_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(LEXICAL, "exchange_asked", 0)
    assert not analyse("What did the weavers get in return for closing the old mill?").exchange


def test_a_verb_of_getting_gives_its_object() -> None:
    got = _got("In exchange for the flooded meadow, the parish received a strip of the common.")
    assert got == ["a strip of the common"]


def test_another_verb_is_what_was_given_and_the_phrase_names_what_was_got() -> None:
    got = _got("In return for a promise of grain, the chief agreed to move his camp from the ford.")
    assert got == ["a promise of grain"]


def test_a_passive_verb_of_giving_gives_its_kept_object() -> None:
    got = _got("In exchange for its loyalty, the town was granted a charter.")
    assert got == ["a charter"]


def test_an_exchange_verb_names_what_was_got_after_for() -> None:
    assert _got("The trappers exchanged their furs for salt, powder and cloth.") == ["salt, powder and cloth"]


def test_a_sentence_without_an_exchange_gives_nothing() -> None:
    assert _got("The parish received a strip of the common.") == []


def test_the_candidate_must_be_what_was_got() -> None:
    assert within(10, 30, [(10, 30)]) == 1.0
    assert within(0, 80, [(10, 30)]) == 0.0


@pytest.mark.parametrize("verb", ["returned", "returns", "return"])
def test_a_verb_of_giving_back_is_no_exchange(verb: str) -> None:
    assert not _exchange_verb(verb)


@pytest.mark.parametrize("verb", ["exchanged", "exchanges", "recompensed"])
def test_the_exchange_nouns_own_verbs_of_possession_are_exchanges(verb: str) -> None:
    assert _exchange_verb(verb)
