"""The asker's frame around a question (qa/question.asker_frame), on invented questions: an attribution to a
source, a lead-in before a colon, a wh-clause under "I need to know" / "can you tell me"."""

from __future__ import annotations

import pytest

from vitrina.qa.parse import parse
from vitrina.qa.question import analyse, asker_frame
from vitrina.qa.weights import LEXICAL


def _inner(text: str) -> str | None:
    doc = parse(text)
    cut = asker_frame(doc)
    return None if cut is None else doc[cut[0]:cut[1]].text


@pytest.mark.parametrize(("text", "inner"), [
    ("According to the panel on the mills, who built the Varnby lighthouse?", "who built the Varnby lighthouse"),
    ("Who built the Varnby lighthouse, according to the panel?", "Who built the Varnby lighthouse"),
    ("For a school essay: when did the Oskar Bay mill close?", "when did the Oskar Bay mill close"),
    ("We read a novel about the strike and I wondered: how many weavers joined it?",
     "how many weavers joined it"),
    ("I am preparing a talk and I need to know who built the Varnby lighthouse?", "who built the Varnby lighthouse"),
    ("Can you tell me why the harbour was dredged in 1890?", "why the harbour was dredged in 1890"),
    ("My teacher asked me which ship carried the first cargo of tea?", "which ship carried the first cargo of tea"),
])
def test_the_question_proper_is_found_inside_the_frame(text: str, inner: str) -> None:
    assert _inner(text) == inner


@pytest.mark.parametrize("text", [
    "Who built the Varnby lighthouse?",
    "Who knew which ship carried the tea?",  # the question's own clause embeds another
    "Which historian asked which ship carried the tea?",
    "In 1890, who dredged the harbour?",  # a fronted phrase of the question's own
    "How many tons of grain did the mill grind per day?",  # "per" of a rate
    "Did the guild sell wool: yes or no?",
])
def test_a_question_without_a_frame_is_read_whole(text: str) -> None:
    assert _inner(text) is None


def test_the_frame_sets_the_scene_and_is_no_predicate() -> None:
    q = analyse("According to the panel about the harbour, what did the guild sell to the weavers?")
    assert q.predicate == "sell"
    assert "according" not in q.content
    assert {"panel", "harbour"} <= q.background
    assert {"guild", "weavers"}.isdisjoint(q.background)


def test_the_askers_own_words_weigh_as_background() -> None:
    q = analyse("I'm writing a report for my club and I need to know which captain sailed the Merla to Kell?")
    assert (q.type, q.predicate) == ("which", "sail")
    assert {"writing", "report", "club", "need", "know"} <= q.background
    assert "i" not in q.names and "kell" in q.names
    assert {"captain", "sailed", "merla"}.isdisjoint(q.background)


def test_the_frame_reading_can_be_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(LEXICAL, "asker_frame", 0)
    q = analyse("According to the panel, what did the guild sell to the weavers?")
    assert "according" in q.content and not q.background


def test_the_askers_pronoun_is_no_name_but_a_numeral_of_a_name_is() -> None:
    assert "i" not in analyse("For my essay I need to know: who built the Varnby lighthouse?").names
    assert "i" in analyse("For my essay: which treaty ended the Kell War I in 1802?").names
    assert "i" in analyse("Which treaty ended the Kell War I in 1802?").names


def test_a_fronted_preposition_left_unattached_is_the_asked_slot(monkeypatch: pytest.MonkeyPatch) -> None:
    from vitrina.qa.question import _fronted_preposition

    doc = parse("Against whom did the weavers of the lower town rise up in May?")
    wh = next(t for t in doc if t.lower_ == "whom")
    assert (_fronted_preposition(wh) is not None) == (wh.dep_ != "pobj")
    monkeypatch.setitem(LEXICAL, "fronted_preposition", 1)
    assert analyse("Against whom did the weavers of the lower town rise up in May?").slot == "prep:against"
    assert _fronted_preposition(next(t for t in parse("Who rose up in May?") if t.lower_ == "who")) is None
