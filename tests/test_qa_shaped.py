"""The slot a question names by its shape (qa/shaped.py, ``LEXICAL["shaped_slot"]``, ``RANKER_ADDED["shaped"]``):
"What kind of N?" and what someone wanted, feared or tried; invented questions and sentences."""

from __future__ import annotations

import pytest

from vitrina.qa.lexical import desire_word
from vitrina.qa.parse import parse
from vitrina.qa.question import analyse
from vitrina.qa.shaped import asker_words, fills, spans
from vitrina.qa.weights import LEXICAL


@pytest.mark.parametrize(("text", "kind"), [
    ("What kind of boat did the ferryman build?", "boat"),
    ("What sort of school did the widow found in Arlen?", "school"),
    ("What type of tax did the council raise?", "tax"),
])
def test_a_kind_question_names_the_noun_whose_kind_is_asked(text: str, kind: str) -> None:
    assert analyse(text).kind_of == kind


@pytest.mark.parametrize("text", [
    "What boat did the ferryman build?",  # no kind word
    "What kind did the ferryman build?",  # no "of N"
    "Who built the boat?",
])
def test_other_questions_ask_no_kind(text: str) -> None:
    assert analyse(text).kind_of is None


@pytest.mark.parametrize("text", [
    "What did the weavers hope to achieve with the strike?",
    "What did the weavers hope for?",
    "What was the miller afraid would happen to the dam?",
    "What were the fishermen eager to do at the harbour?",
    "What did the guild try to do?",
    "What did the envoy seek from the duke?",
])
def test_a_desire_question_is_read(text: str) -> None:
    assert analyse(text).desire


@pytest.mark.parametrize("text", [
    "What did the weavers gain from the strike?",
    "What did the miller build on the dam?",
    "What did the miller fear the flood would carry away?",  # an argument of the feared act is asked
    "What was the guild trying to stop by closing the gates?",
])
def test_other_questions_ask_no_desire(text: str) -> None:
    assert not analyse(text).desire


def test_the_modified_phrase_of_the_asked_kind_fills_the_slot() -> None:
    doc = parse("The ferryman built a flat-bottomed boat of oak planks that carried six people.")
    found = [doc.text[a:b] for a, b in spans(doc, "boat", False)]
    assert "a flat-bottomed boat" in found
    assert "a flat-bottomed boat of oak planks" in found  # the relative clause ends the phrase
    assert not any("carried" in f for f in found)


def test_a_bare_noun_of_the_kind_says_no_kind() -> None:
    doc = parse("The ferryman built the boat in a week.")
    assert spans(doc, "boat", False) == []


@pytest.mark.parametrize(("sentence", "wanted"), [
    ("The weavers were keen on peace and hoped to win a shorter working day.", "to win a shorter working day"),
    ("The miller feared that the spring flood would break the dam.", "that the spring flood would break the dam"),
    ("The fishermen, anxious to sell their catch early, sailed at dawn.", "to sell their catch early"),
    ("The envoy carried the duke's request for a new road.", "a new road"),
])
def test_what_a_word_of_desire_governs_fills_the_slot(sentence: str, wanted: str) -> None:
    doc = parse(sentence)
    assert wanted in [doc.text[a:b] for a, b in spans(doc, None, True)]


@pytest.mark.parametrize(("sentence", "word", "expected"), [
    ("They sought a pardon.", "sought", True),
    ("She was afraid of the river.", "afraid", True),
    ("His aim was a fair price.", "aim", True),
    ("They built a bridge.", "built", False),
    ("The red barn stood empty.", "red", False),
])
def test_desire_words_come_from_wordnet(sentence: str, word: str, expected: bool) -> None:
    token = next(t for t in parse(sentence) if t.text == word)
    assert desire_word(token) is expected


def test_a_candidate_fills_a_shaped_constituent_when_it_is_most_of_it() -> None:
    assert fills(10, 30, [(10, 30)]) == 1.0
    assert fills(12, 30, [(10, 30)]) == 1.0  # without its determiner
    assert fills(10, 14, [(10, 30)]) == 0.0  # a word of it
    assert fills(0, 100, [(10, 30)]) == 0.0  # the whole sentence around it
    assert fills(40, 50, [(10, 30)]) == 0.0


def test_the_switch_turns_the_reading_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(LEXICAL, "shaped_slot", 0)
    q = analyse("What kind of boat did the ferryman hope to build?")
    assert q.kind_of is None and not q.desire


@pytest.mark.parametrize(("sentence", "asker", "kept"), [
    ("The council, which feared that the river would rise, built a dyke.", {"council"}, True),
    ("The guild feared that the river would rise.", {"council"}, False),
    ("The council's request for a new road was refused.", {"council"}, True),
    ("Everyone hoped to see the new road.", {"council"}, False),
    ("It was hoped that the road would be finished.", {"council"}, True),  # no holder named: kept
])
def test_a_desire_counts_when_the_question_names_its_holder(sentence: str, asker: set[str], kept: bool) -> None:
    doc = parse(sentence)
    assert bool(spans(doc, None, True, frozenset(asker))) is kept


def test_a_pronoun_holder_is_not_checked() -> None:
    doc = parse("He feared that the river would rise.")
    assert spans(doc, None, True, frozenset({"council"}))


def test_the_asker_words_keep_an_initialism_as_the_parser_folds_it() -> None:
    words = asker_words("What were the U.S. millers eager to do?", ["u", "s", "millers", "eager"], set())
    assert {"u.s.", "miller"} <= words
    assert "what" not in words  # a stop word names no holder


# round 58 askv58: what someone promised, pledged or guaranteed (lexical.commitment_word, shaped.asked_commitment)

@pytest.mark.parametrize(("text", "promiser"), [
    ("What did the abbot promise the weavers?", frozenset()),
    ("What did Aldwin pledge to do after the flood?", frozenset({"aldwin"})),
    ("What did the charter guarantee the fishermen?", frozenset()),
    ("What had Mirela assured the council she would do?", frozenset({"mirela"})),
])
def test_a_promise_asked_is_read_with_its_promiser(text: str, promiser: frozenset[str]) -> None:
    q = analyse(text)
    assert q.commitment and not q.desire
    assert promiser <= q.promiser


@pytest.mark.parametrize("text", [
    "What was the point of the bridge the abbot promised the weavers?",  # the wh-word asks the point, not the promise
    "What did the abbot build after the flood?",  # no word of promising
    "What did the weavers hope to achieve?",  # a desire, read as before
])
def test_other_questions_ask_no_promise(text: str) -> None:
    assert not analyse(text).commitment


def test_the_promise_switch_off_reads_no_promise() -> None:
    LEXICAL["commitment_asked"] = 0
    try:
        assert not analyse("What did the abbot promise the weavers?").commitment
    finally:
        LEXICAL["commitment_asked"] = 1


@pytest.mark.parametrize(("sentence", "promised"), [
    ("The abbot pledged to rebuild the mill before winter.", "to rebuild the mill before winter"),
    ("The charter guaranteed that the fishermen would keep their nets.", "the fishermen would keep their nets"),
    ("The weavers accepted the abbot's promise to lower the rents.", "to lower the rents"),
])
def test_what_a_word_of_promising_governs_fills_the_slot(sentence: str, promised: str) -> None:
    found = [sentence[a:b] for a, b in spans(parse(sentence), None, False, frozenset(), frozenset())]
    assert any(promised in f for f in found)


def test_a_promise_held_by_another_named_promiser_fills_nothing() -> None:
    sentence = "Corwen pledged to rebuild the mill before winter."
    assert spans(parse(sentence), None, False, frozenset(), frozenset({"aldwin"})) == []
    assert spans(parse(sentence), None, False, frozenset(), frozenset({"corwen"})) != []


def test_no_promise_asked_reads_no_promised_span() -> None:
    sentence = "The abbot pledged to rebuild the mill before winter."
    assert spans(parse(sentence), None, False, frozenset(), None) == []
