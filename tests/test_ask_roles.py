"""ask: a question on a named person's role or trade ("What was X's job?", "What did X do for a living?") answered
by how the sources describe X — an apposition, a role noun or title before the name — cited there (round 45
askroles; invented texts)."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest

from tests._qa_helpers import one_paragraph_document
from vitrina.ask import ask
from vitrina.store import connect_readonly, write_exhibit
from vitrina.store.read import as_knowledge_base

MILL = ["In 1841 the owners hired Jonas Brekke, a skilled millwright from Drammen, to rebuild the wheel.",
        "The wheel turned again in the spring of 1842."]
HARBOUR = ["The new pier was opened by Harbour Master Elsa Rund in June 1860."]


@pytest.fixture
def kb(tmp_path: Path):
    docs = [one_paragraph_document("mill", MILL), one_paragraph_document("harbour", HARBOUR)]
    path = tmp_path / "a.db"
    write_exhibit(path, [(f"sha-{d.id}", d) for d in docs], docs, [])
    with contextlib.closing(connect_readonly(path)) as conn:
        yield as_knowledge_base(conn)


def test_a_trade_is_read_from_the_apposition(kb):
    result = ask(kb, "What did Jonas Brekke do for a living?")
    assert result["answer"] == "a skilled millwright from Drammen"
    assert result["citations"] and "Jonas Brekke" in result["citations"][0]["text"]


def test_an_office_is_read_from_the_title_before_the_name(kb):
    assert ask(kb, "What was Elsa Rund's job?")["answer"] == "Harbour Master"
