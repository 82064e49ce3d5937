"""A feeling asked and the word of feeling a sentence gives its experiencer (qa/feeling.py, ``LEXICAL["feeling_asked"]``,
``RANKER_ADDED["felt"]``); invented questions and sentences."""

from __future__ import annotations

import pytest

from vitrina.qa.feeling import emotion_verb, feeling_adjective, felt, spans
from vitrina.qa.parse import parse
from vitrina.qa.question import analyse
from vitrina.qa.weights import FEELING, LEXICAL

MILLERS = ("millers", "miller")


def _found(sentence: str, words: tuple[str, ...] = MILLERS) -> dict[str, float]:
    doc = parse(sentence)
    return {doc.text[a:b]: credit for a, b, credit in spans(doc, words)}


@pytest.mark.parametrize("word", ["delighted", "furious", "enthusiastic", "alarmed"])
def test_words_of_feeling_are_read_from_wordnet(word: str) -> None:
    assert feeling_adjective(word)


@pytest.mark.parametrize("word", ["wooden", "ready", "northern", "firm"])
def test_other_adjectives_are_no_feeling(word: str) -> None:
    assert not feeling_adjective(word)


def test_an_emotion_verb_by_its_first_sense() -> None:
    assert emotion_verb("dismayed") and emotion_verb("angered")
    assert not emotion_verb("sold") and not emotion_verb("built")


def test_how_someone_felt_is_asked_by_a_how_question_with_a_responder() -> None:
    assert analyse("How did the millers feel about the new weir?").feeling
    assert analyse("How did the millers react when the weir was built?").feeling
    assert not analyse("What did the millers build on the river?").feeling
    assert not analyse("How did the millers raise the money for the weir?").feeling


def test_the_switch_turns_the_reading_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(LEXICAL, "feeling_asked", 0)
    assert not analyse("How did the millers feel about the new weir?").feeling


def test_a_feeling_completing_a_linking_verb_with_its_degree() -> None:
    found = _found("When the weir was finished, the millers were mostly delighted.")
    assert found == {"mostly delighted": FEELING["named"]}


def test_the_object_of_an_emotion_verb_is_who_felt_it() -> None:
    found = _found("The new toll on the weir, which angered the millers, was lifted a year later.")
    assert found.get("angered") == FEELING["named"]


def test_a_passive_emotion_verb_and_its_subject() -> None:
    assert _found("The millers were dismayed by the toll.").get("dismayed") == FEELING["named"]


def test_another_experiencer_counts_less_and_a_pronoun_between() -> None:
    assert _found("The toll dismayed the bakers.").get("dismayed") == FEELING["other"]
    assert _found("The toll dismayed them.").get("dismayed") == FEELING["pronoun"]


def test_a_feeling_only_named_or_caused_elsewhere_is_no_answer() -> None:
    assert _found("The millers sent an angry letter about the toll.") == {}
    assert _found("The council hoped to please the millers with a lower toll.") == {}
    assert _found("The millers built a wooden weir.") == {}


def test_the_candidate_must_be_the_word_of_feeling() -> None:
    found = [(10, 19, 1.0)]
    assert felt(10, 19, found) == 1.0
    assert felt(3, 19, found) == 1.0  # "mostly delighted" around "delighted"
    assert felt(0, 60, found) == 0.0  # the whole sentence is not the feeling


def test_a_verb_moving_its_object_to_act_tells_no_feeling() -> None:
    assert _found("The guild invited the millers to join the new company.") == {}
