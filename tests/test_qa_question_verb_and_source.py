"""The question's verb re-read with WordNet when the parse gives none (qa/question._verb_by_sense,
``LEXICAL["verb_by_sense"]``), and "How does the exhibit say X V?" read as "How does X V?" (qa/question.source_frame,
``LEXICAL["source_frame"]``); invented questions."""

from __future__ import annotations

import pytest

from vitrina.qa.question import analyse
from vitrina.qa.weights import LEXICAL


@pytest.fixture(autouse=True)
def _switched_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(LEXICAL, "verb_by_sense", 1)  # measured and shipped off: the reading itself is tested
    monkeypatch.setitem(LEXICAL, "prompt_question", 1)


@pytest.mark.parametrize(("text", "verb"), [
    ("Why did Mr Arno Velt, the harbour master's brother, resign?", "resign"),
    ("When did the old brewery close?", "close"),
    ("How long did the boycott last?", "last"),
])
def test_a_verb_the_parse_misses_is_read_by_its_verb_senses(text: str, verb: str) -> None:
    assert analyse(text).predicate == verb


def test_a_name_is_not_read_as_a_verb() -> None:
    assert analyse("Where did Dr Velt live?").predicate == "live"
    assert analyse("When did the Varn Trust Fund open?").predicate != "fund"


def test_the_verb_reading_can_be_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(LEXICAL, "verb_by_sense", 0)
    assert analyse("Why did Mr Arno Velt, the harbour master's brother, resign?").predicate is None


def test_what_a_source_says_is_read_as_the_question_it_frames() -> None:
    q = analyse("Why does the panel say the old brewery closed?")
    assert (q.type, q.slot, q.predicate) == ("why", "reason", "close")
    assert {"panel", "say"} <= q.background  # the source's words set the scene
    q = analyse("When does the report say the lighthouse was built?")
    assert (q.type, q.predicate) == ("when", "build")


def test_what_a_person_says_keeps_its_reading() -> None:
    q = analyse("What did the harbour master say the strikers wanted?")
    assert q.predicate == "say" and "master" not in q.background
    assert analyse("How do historians say the strike ended?").predicate == "say"  # historians are people


def test_the_source_frame_can_be_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(LEXICAL, "source_frame", 0)
    assert analyse("Why does the panel say the old brewery closed?").predicate == "say"


def test_a_question_asking_the_source_keeps_its_reading() -> None:
    assert analyse("Which report says forty sailors drowned?").predicate == "say"


@pytest.mark.parametrize(("text", "asked"), [
    ("Name the keeper who lit the Varn lamp in 1880.", "Which keeper lit the Varn lamp in 1880?"),
    ("Name the pilot the Dutch hired to chart the bay.", "Which pilot did the Dutch hire to chart the bay?"),
    ("Name the charter signed at Varn in 1844.", "Which charter was signed at Varn in 1844?"),
])
def test_a_prompt_about_one_thing_is_read_as_its_question(text: str, asked: str) -> None:
    from vitrina.qa.parse import parse
    from vitrina.qa.question import prompt_question

    assert prompt_question(parse(text)) == asked


def test_a_prompt_for_several_keeps_the_list_reading() -> None:
    q = analyse("Name the three schooners the harbour trust sold in 1901.")
    assert q.type == "list"


def test_a_prompt_read_as_its_question_asks_the_clause_role() -> None:
    q = analyse("Name the clerk Olt appointed in 1901.")
    assert (q.type, q.slot, q.predicate, q.head) == ("which", "object", "appoint", "clerk")
