"""A parse span filling the asked role when a thing is asked (qa/span_role.py, ``LEXICAL["span_role"]``,
``RANKER_ADDED["span_role"]``); invented questions."""

from __future__ import annotations

import pytest

from vitrina.qa.question import analyse
from vitrina.qa.span_role import span_role
from vitrina.qa.weights import LEXICAL

THING = "What did the lighthouse keepers receive for their long winter?"
PERSON = "Who gave the lighthouse keepers a new boat?"
OBJECT = {"span_slot": 1.0, "span_object": 1.0}  # a noun phrase, the object of its verb, filling the asked slot


@pytest.fixture(autouse=True)
def _on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(LEXICAL, "span_role", 1)  # shipped off (measured without a gain); the reading is tested on


def test_a_span_in_the_asked_role_of_a_thing_asked() -> None:
    q = analyse(THING)
    assert q.expects == "named"
    assert span_role("span", OBJECT, 1.0, q) == 1.0


@pytest.mark.parametrize("kind, structure, role_slot", [
    ("person", OBJECT, 1.0),  # a typed candidate: its kind features weigh it already
    ("span", {"span_slot": 0.0, "span_object": 1.0}, 1.0),  # the span's own role does not fill the slot
    ("span", OBJECT, 0.0),  # its head hangs on no aligned word in that role
    ("span", {"span_slot": 1.0, "span_clause": 1.0}, 1.0),  # a clause names an act, not a thing
])
def test_not_a_span_in_the_asked_role(kind: str, structure: dict[str, float], role_slot: float) -> None:
    assert span_role(kind, structure, role_slot, analyse(THING)) == 0.0


def test_a_person_asked_is_not_reached() -> None:
    q = analyse(PERSON)
    assert q.expects != "named"
    assert span_role("span", OBJECT, 1.0, q) == 0.0


def test_the_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(LEXICAL, "span_role", 0)
    assert span_role("span", OBJECT, 1.0, analyse(THING)) == 0.0
