"""The one reader of negation (vitrina.negation), for compare's outcomes and ask's truth
questions. Every sentence is invented."""

from __future__ import annotations

from typing import Any

from vitrina.negation import negated, negations
from vitrina.qa.parse import parse_many


def _doc(text: str) -> Any:
    return parse_many([text])[0]


def _pairs(text: str) -> list[tuple[str, str]]:
    return [(cue.text, predicate.text) for cue, predicate in negations(_doc(text))]


def _word(text: str, word: str) -> Any:
    return next(t for t in _doc(text) if t.text == word)


def test_a_negative_word_negates_its_predicate() -> None:
    assert _pairs("The harbour board did not approve the new quay.") == [("not", "approve")]
    assert _pairs("The two guilds reached no agreement.") == [("no", "reached")]


def test_a_negative_implicative_and_a_negative_subordinator_negate_their_clause() -> None:
    assert ("failed", "open") in _pairs("The mill failed to open that winter.")
    assert ("unless", "paid") in _pairs("The ferry would stop unless the town paid the toll.")


def test_not_only_and_not_until_are_no_negation_of_an_outcome() -> None:
    assert _pairs("The guild not only built the bridge but also paved the road.") == []
    assert _pairs("The charter was not signed until the spring of 1702.") == []


def test_a_predicate_is_negated_by_its_own_negation_its_subject_or_its_governor() -> None:
    assert negated(_word("The harbour board did not approve the new quay.", "approve"))
    assert negated(_word("Neither the mayor nor the council wanted a new tax.", "wanted"))
    assert negated(_word("The mill failed to open that winter.", "open"))
    assert negated(_word("The guild left without paying the carpenters.", "paying"))
    assert not negated(_word("The harbour board approved the new quay.", "approved"))


def test_a_question_reads_a_copula_denied_which_an_outcome_does_not_pair() -> None:
    text = "The island was not a free port."
    assert negated(_word(text, "was"))
    assert _pairs(text) == []


def test_a_negative_determiner_denies_the_event_noun_it_heads() -> None:
    assert negated(_word("There was no settlement between the two guilds.", "settlement"))
    assert not negated(_word("There was a settlement between the two guilds.", "settlement"))


def test_a_verb_of_denial_denies_its_clause_unless_negated_itself() -> None:
    assert negated(_word("The warden denied that the guild had opened the gate.", "opened"))
    assert not negated(_word("The warden did not deny that the guild had opened the gate.", "opened"))
    assert not negated(_word("The warden said that the guild had opened the gate.", "opened"))


def test_an_act_annulled_by_a_verb_of_annulment_is_negated() -> None:
    # red team 48 D2: "the grant … is set aside" does not say the grant stands
    assert negated(_word("On appeal the grant of the mill to the weaver is set aside.", "grant"))
    assert negated(_word("The higher court quashed the conviction of the ferryman.", "conviction"))
    assert negated(_word("The ruling of the harbour court is reversed.", "ruling"))


def test_an_annulment_itself_denied_or_another_verb_leaves_the_act_standing() -> None:
    assert not negated(_word("The higher court did not quash the conviction of the ferryman.", "conviction"))
    assert not negated(_word("The higher court confirmed the conviction of the ferryman.", "conviction"))
    assert not negated(_word("The clerk set the ledger aside on the bench.", "ledger"))
