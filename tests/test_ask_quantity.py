"""ask: a quantity question takes the amount of the asked dimension or counting the asked noun, and the gate reads
that agreement (``quantity_stated``, weights.QUANTITY_GATE) (round 53 askquant; invented texts)."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest

from tests._qa_helpers import one_paragraph_document
from vitrina.ask import ask
from vitrina.qa.weights import QUANTITY_GATE
from vitrina.store import connect_readonly, write_exhibit
from vitrina.store.read import as_knowledge_base

CONVENTION = ["The river convention of 1902 was signed by eleven nations at the lakeside town of Orvel.",
              "Its delegates met in four rooms of the old customs house for nine days."]
BELL = ["The great bell of the harbour church was cast at the foundry of Mira Tollen.",
        "At 2,400 pounds, the bell was far heavier than any other in the province."]


@pytest.fixture
def kb(tmp_path: Path):
    docs = [one_paragraph_document("convention", CONVENTION), one_paragraph_document("bell", BELL)]
    path = tmp_path / "a.db"
    write_exhibit(path, [(f"sha-{d.id}", d) for d in docs], docs, [])
    with contextlib.closing(connect_readonly(path)) as conn:
        yield as_knowledge_base(conn)


def _top(result: dict) -> dict:
    return result["ranked"][0]["members"][0]


def test_a_count_of_a_noun_wordnet_ties_to_the_asked_one_is_stated(kb):
    result = ask(kb, "How many governments signed the river convention?", explain=True)
    assert result["ranked"][0]["text"] == "eleven nations"
    assert _top(result)["features"]["quantity_stated"] == 1.0


def test_a_weight_answers_a_weighing_question_without_its_verb(kb):
    result = ask(kb, "How much did the great bell of the harbour church weigh?", explain=True)
    assert result["ranked"][0]["text"] == "2,400 pounds"
    assert _top(result)["features"]["quantity_stated"] == 1.0  # weigh measures what the pounds state


def test_a_count_of_other_things_is_not(kb):
    result = ask(kb, "How many rooms did the delegates of the river convention use?", explain=True)
    stated = {c["text"]: c["members"][0]["features"]["quantity_stated"] for c in result["ranked"]}
    assert stated.get("four rooms") == 1.0
    assert not stated.get("eleven nations")


def test_the_gate_reads_the_input_by_its_own_weight(kb, monkeypatch):
    import vitrina.ask as ask_module

    seen: list[float] = []
    shipped = ask_module._gate_probability
    monkeypatch.setattr(ask_module, "_gate_probability", lambda v, p, q: seen.append(shipped(v, p, q)) or seen[-1])
    monkeypatch.setitem(QUANTITY_GATE, "quantity_stated", 0.0)
    ask(kb, "How many governments signed the river convention?")
    monkeypatch.setitem(QUANTITY_GATE, "quantity_stated", 2.0)
    ask(kb, "How many governments signed the river convention?")
    assert seen[1] > seen[0]
