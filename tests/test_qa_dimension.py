"""qa/dimension.py: the dimension or counted noun a quantity question asks, and whether an amount is of it
(round 53 askquant; invented questions and phrases)."""

from __future__ import annotations

import pytest

from vitrina.qa.dimension import (
    adjective_dimensions,
    agreement,
    amount_unit,
    asked_dimensions,
    count_agrees,
    disagrees,
    measuring,
    unit_dimensions,
    verb_dimensions,
)
from vitrina.qa.question import analyse
from vitrina.qa.weights import LEXICAL


def test_a_unit_noun_is_of_every_dimension_its_senses_measure() -> None:
    assert unit_dimensions("pounds") == {"mass", "money"}
    assert unit_dimensions("kilometres") == {"length"} or unit_dimensions("kilometers") == {"length"}
    assert unit_dimensions("percent") == {"proportion"}
    assert unit_dimensions("acres") == {"area"}
    assert unit_dimensions("lighthouses") == frozenset()


def test_an_adjective_asks_the_attribute_it_is_a_value_of() -> None:
    assert adjective_dimensions("heavy") == {"mass"}
    assert adjective_dimensions("far") == {"length"}
    assert "length" in adjective_dimensions("tall")


def test_a_stative_verb_asks_the_dimension_its_definition_names() -> None:
    assert verb_dimensions("weigh") == {"mass"}
    assert verb_dimensions("sail") == frozenset()


@pytest.mark.parametrize(("question", "dimensions"), [
    ("How much did the old ferry weigh?", {"mass"}),
    ("How far did the pilgrims walk to the abbey?", {"length"}),
    ("How many dollars did the guild lend the mayor?", {"money"}),
    ("What percentage of the harvest was lost?", {"proportion"}),
])
def test_the_question_names_its_dimension(question: str, dimensions: set[str]) -> None:
    assert asked_dimensions(analyse(question)) == dimensions


def test_a_bare_how_much_asks_an_amount_not_a_count() -> None:
    q = analyse("How much did the town pay for the bridge?")
    assert "money" in asked_dimensions(q)
    assert agreement("£300", q) == 1.0
    assert agreement("twelve masons", q) == 0.0


def test_the_amount_reads_its_sign_or_its_own_noun() -> None:
    assert amount_unit("$4.5 million") == ({"money"}, None)
    assert amount_unit("some 900 weavers") == (frozenset(), "weavers")
    assert amount_unit("within twelve miles of the coast")[1] == "miles"


def test_a_weight_in_pounds_answers_a_weighing_question() -> None:
    q = analyse("How much did the old ferry weigh?")
    assert measuring(q)
    assert agreement("90 pounds", q) == 1.0
    assert agreement("90 miles", q) == 0.0 and disagrees("90 miles", q)


def test_a_counted_noun_tied_by_wordnet_counts_the_asked_one() -> None:
    q = analyse("How many governments joined the river convention?")
    assert agreement("eleven nations", q) == 1.0
    assert agreement("eleven committees", q) == 0.0 or count_agrees("committees", "government")
    assert agreement("eleven rivers", q) == 0.0


def test_count_agreement_is_not_a_shared_root() -> None:
    assert count_agrees("nations", "government")  # groups: organizations both
    assert not count_agrees("slaves", "sailor")  # people: workers both, but one is not counted for the other
    assert not count_agrees("aircraft", "ship")  # things: craft both
    assert not count_agrees("members", "country")
    assert not count_agrees("civilians", "soldier")


def test_no_quantity_asked_no_agreement() -> None:
    assert agreement("35 nations", analyse("Which nations joined the river convention?")) == 0.0


@pytest.mark.parametrize("question", [
    "How long did the weavers' strike last?",
    "How many years did the abbot rule the valley?",
])
def test_an_amount_of_time_is_left_to_the_duration_reading(question: str) -> None:
    q = analyse(question)
    assert asked_dimensions(q) == frozenset()
    assert agreement("every 20 minutes", q) == agreement("nine weeks", q) == agreement("twelve years", q) == 0.0
    assert not disagrees("every 20 minutes", q)


def test_a_group_of_persons_counts_its_members() -> None:
    q = analyse("How many people drowned when the ferry sank?")
    assert agreement("forty passengers", q) == 1.0
    assert agreement("two countries", q) == 0.0
    assert agreement("three generations", q) == 0.0


def test_a_bare_how_much_with_a_verb_of_paying_asks_money() -> None:
    q = analyse("How much did the abbey pay the duke for the mill?")
    assert asked_dimensions(q) == {"money"}
    assert agreement("£40", q) == 1.0
    assert agreement("300 acres", q) == 0.0


def test_a_rate_agrees_with_a_how_often_question() -> None:
    """Round 58 askv58: a rate or a count of occurrences is the amount "How often …?" asks; a span of time or a
    count of things is not."""
    q = analyse("How often did the ferry cross to the island in winter?")
    assert agreement("every 20 minutes", q) == agreement("twice a day", q) == 1.0
    assert agreement("nine weeks", q) == agreement("forty passengers", q) == 0.0
    assert not disagrees("every 20 minutes", q)
    LEXICAL["rate_agrees"] = 0
    try:
        assert agreement("every 20 minutes", q) == 0.0
    finally:
        LEXICAL["rate_agrees"] = 1
