"""ask: a count answers only of its own noun (round 40, red team D1; invented texts). The clause rule of "sources
differ" (D3) is tested in test_qa_attach.py."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest

from tests._qa_helpers import one_paragraph_document
from vitrina.ask import ask
from vitrina.store import connect_readonly, write_exhibit
from vitrina.store.read import as_knowledge_base

GUIDE = [
    "Halls: rooms opened one after another, as at Lyon (three rooms) and at Nantes (nine rooms).",
]
LOG = ["On 5 June 1851 the ferry Arden reached Calais after a calm crossing."]


@pytest.fixture
def kb(tmp_path: Path):
    docs = [one_paragraph_document("guide", GUIDE), one_paragraph_document("log", LOG)]
    path = tmp_path / "a.db"
    write_exhibit(path, [(f"sha-{d.id}", d) for d in docs], docs, [])
    with contextlib.closing(connect_readonly(path)) as conn:
        yield as_knowledge_base(conn)


def test_a_count_is_not_taken_from_a_siblings_parenthesis(kb):
    result = ask(kb, "How many rooms are there at Nantes?", explain=True)
    assert result["answer"] == "nine rooms"
    assert "three rooms" not in [r["text"] for r in result["ranked"]]  # not even a rival
    result = ask(kb, "How many rooms are there at Lyon?", explain=True)
    assert "nine rooms" not in [r["text"] for r in result["ranked"]]

