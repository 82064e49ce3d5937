"""ask: "What was X's maiden name?" answered from "X (née Y)" when the ranking finds no answer (round 57, red team
D7; invented texts). The readings are tested in test_qa_formername.py."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest

from tests._qa_helpers import one_paragraph_document
from vitrina.ask import ask
from vitrina.store import connect_readonly, write_exhibit
from vitrina.store.read import as_knowledge_base

NOTES = ["Ottilie Marsh (née Penhale) kept the inn at Tresco from 1881.", "Her husband Amos Marsh was a pilot."]


@pytest.fixture
def kb(tmp_path: Path):
    docs = [one_paragraph_document("notes", NOTES)]
    path = tmp_path / "f.db"
    write_exhibit(path, [(f"sha-{d.id}", d) for d in docs], docs, [])
    with contextlib.closing(connect_readonly(path)) as conn:
        yield as_knowledge_base(conn)


def test_the_maiden_name_after_nee(kb):
    result = ask(kb, "What was Ottilie Marsh's maiden name?")
    assert result["answer"] == "Penhale"
    assert result["citations"][0]["text"] == NOTES[0]


def test_no_former_name_stated_is_no_answer(kb):
    assert ask(kb, "What was Amos Marsh's birth name?")["answer"] is None
