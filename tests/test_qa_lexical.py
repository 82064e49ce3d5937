"""qa/lexical.py: WordNet relations beyond synonyms and derived forms (invented words and phrases)."""

from __future__ import annotations

from vitrina.qa.lexical import adverb_idiom, related
from vitrina.qa.weights import LEXICAL


def test_an_adjective_reaches_the_noun_it_is_a_value_of() -> None:
    near = related("heavy", "a")
    assert near.get("weight") == LEXICAL["attribute"]  # "how heavy" asks a weight
    assert "size" in related("large", "a") and "length" in related("long", "a")


def test_similar_adjectives_of_the_first_sense_only() -> None:
    assert related("heavy", "a").get("hefty") == LEXICAL["similar"]
    assert "harsh" not in related("heavy", "a")  # similar to a rarer sense of "heavy"


def test_a_phrasal_verb_reaches_the_usual_words_of_its_hypernym() -> None:
    near = related("kick_off", "v")  # inaugurate, kick off: its hypernym "start" is usually "begin"
    assert near.get("start") == LEXICAL["hypernym"]
    assert near.get("begin") == LEXICAL["hypernym"] * LEXICAL["synonym"]
    assert "begin" not in related("treaty", "n")


def test_multi_word_adverbs_are_known() -> None:
    assert adverb_idiom(("in", "the", "first", "place")) and adverb_idiom(("at", "all"))
    assert not adverb_idiom(("the", "first", "place")) and not adverb_idiom(("harbor",))
