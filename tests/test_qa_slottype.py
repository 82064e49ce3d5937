"""The answer's type against the asked slot's (qa/slottype.py, round 43 red team D5)."""

from __future__ import annotations

import pytest

from vitrina.qa import slottype
from vitrina.qa.parse import parse
from vitrina.qa.question import analyse


@pytest.mark.parametrize(("noun", "matter"), [("chemical", True), ("fuel", True), ("substance", True),
                                              ("company", False), ("ship", False), (None, False)])
def test_a_kind_of_matter_by_wordnet(noun: str | None, matter: bool) -> None:
    assert slottype.asks_matter(noun) is matter


def test_a_company_is_no_answer_to_what_fuel() -> None:
    q = analyse("What fuel did the ferry burn?")
    assert slottype.mistyped_name(q, {"organization"})
    assert not slottype.mistyped_name(q, {"other"})
    assert not slottype.mistyped_name(analyse("Which firm built the ferry?"), {"organization"})


def test_a_past_date_of_another_act_does_not_answer_when_will() -> None:
    q = analyse("When will the ferry sail again?")
    assert slottype.asks_future(q) and not slottype.asks_future(analyse("When did the ferry sail again?"))
    text = "The storm, which sank two boats in April, closed the harbour."
    at = text.index("April")
    assert slottype.past_other_act(parse(text), at, at + len("April"), q)
    told = "The ferry will sail again in June."
    at = told.index("June")
    assert not slottype.past_other_act(parse(told), at, at + len("June"), q)


def test_a_past_date_of_the_asked_act_stays() -> None:
    q = analyse("When will the bridge reopen?")
    text = "The bridge reopened in May after the repairs."
    at = text.index("May")
    assert not slottype.past_other_act(parse(text), at, at + len("May"), q)


@pytest.mark.parametrize(("question", "noun"), [("What was the assessed value of 9 Mill Lane?", "value"),
                                                ("What was the cost of the new organ?", "cost"),
                                                ("What is the price of a ticket?", "price"),
                                                ("What was the name of the ferry?", None),
                                                ("Who owned 9 Mill Lane?", None)])
def test_a_measure_asked_by_the_copula_noun(question: str, noun: str | None) -> None:
    assert slottype.asked_measure(analyse(question), parse(question)) == noun


def test_a_person_is_no_amount() -> None:
    question = "What was the assessed value of 9 Mill Lane?"
    q, doc = analyse(question), parse(question)
    assert slottype.mistyped_amount(q, doc, {"person"})
    assert not slottype.mistyped_amount(q, doc, {"quantity", "named"})
    named = "What was the name of the tenant of 9 Mill Lane?"
    assert not slottype.mistyped_amount(analyse(named), parse(named), {"person"})
