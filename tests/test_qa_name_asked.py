"""qa/question.name_asked and the naming ask it makes of a question; qa/candidates.no_name and names_something
(round 37, issue #12): a question asking a name in the wordings people use, a demonym or a modifier that is no
name, a sentence's naming construction standing for the question's naming words. Invented sentences."""

from __future__ import annotations

import pytest

from vitrina.qa.candidates import Candidate, Sentence, names_something, no_name
from vitrina.qa.question import analyse, name_asked


@pytest.mark.parametrize(("question", "how"), [
    ("What do the weavers call the spring fair of Orlen?", "verb"),
    ("What was the spring fair of Orlen called?", "verb"),
    ("What is the spring fair of Orlen known as?", "verb"),
    ("What was the raid on the toll house code-named?", "verb"),
    ("What nickname did the weavers give the toll bridge?", "noun"),
    ("What was the name of the fair the weavers held in May?", "noun"),
    ("What is the other name for the toll bridge of Orlen?", "noun"),
    ("What motto did the weavers' banner carry?", "noun"),
])
def test_a_question_asking_a_name_is_recognised_by_its_parse(question: str, how: str) -> None:
    assert name_asked(question) == how


@pytest.mark.parametrize("question", [
    "Which abbot was the toll bridge named after?",  # a person is asked, not a name
    "Why was the spring fair called the Lantern Fair?",
    "Who built the toll bridge of Orlen?",
    "What did the weavers sell at the spring fair?",
])
def test_a_question_asking_something_else_asks_no_name(question: str) -> None:
    assert name_asked(question) is None


@pytest.mark.parametrize("question", [
    "What nickname did the weavers give the toll bridge?",
    "What nickname did the old toll bridge of Orlen get?",
    "What do the weavers call the spring fair of Orlen?",
])
def test_a_naming_ask_asks_the_complement_of_the_naming_act(question: str) -> None:
    q = analyse(question)
    assert q.naming and q.slot == "complement"
    assert q.name_words


def test_the_naming_words_are_kept_for_coverage() -> None:
    assert {"nickname", "name"} <= analyse("What nickname did the weavers give the toll bridge?").name_words
    assert "called" in analyse("What was the spring fair of Orlen called?").name_words
    assert not analyse("Who built the toll bridge of Orlen?").name_words


def _candidate(text: str, part: str) -> tuple[Sentence, Candidate]:
    s = Sentence(1, "d", None, 0, len(text), text, -1.0)
    start = text.index(part)
    return s, Candidate(s, start, start + len(part), part, "named")


@pytest.mark.parametrize(("text", "part"), [
    ("Danish merchants came to the fair, which the weavers called the Lantern Fair.", "Danish"),
    ("Initially, the weavers called the fair the Lantern Fair.", "Initially"),
])
def test_a_demonym_or_a_modifier_is_no_name(text: str, part: str) -> None:
    assert no_name(*_candidate(text, part))


@pytest.mark.parametrize(("text", "part"), [
    ("Danish merchants came to the fair, which the weavers called the Lantern Fair.", "the Lantern Fair"),
    ("The weavers' rule, the so-called “pay-and-take” rule, lasted a decade.", "pay-and-take"),
    ("The guild hired the barge Swift for the fair.", "Swift"),
])
def test_a_capitalised_or_quoted_term_may_be_a_name(text: str, part: str) -> None:
    assert not no_name(*_candidate(text, part))


@pytest.mark.parametrize(("text", "names"), [
    ("The fair soon became known as the Lantern Fair.", True),
    ("Critics dubbed the bridge the Weavers' Folly.", True),
    ("The guild's banner bore the words “Spin or Starve.”", True),
    ("The weavers held a fair in Orlen every May.", False),
])
def test_a_naming_construction_is_found_in_a_sentence(text: str, names: bool) -> None:
    assert names_something(text) is names


def test_an_adjective_before_a_name_modifies_it() -> None:
    assert no_name(*_candidate("Envoys of Communist Varnia met the weavers in Orlen.", "Communist"))
