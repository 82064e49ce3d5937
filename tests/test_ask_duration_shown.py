"""ask: the span shown for "How long …?" keeps the amount of time the ranking chose and never swaps it for a count
of other things in its sentence (red team 48 D7: "sixty performances" for "How long does X last?"; invented text)."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest

from tests._qa_helpers import one_paragraph_document
from vitrina.ask import ask
from vitrina.store import connect_readonly, write_exhibit
from vitrina.store.read import as_knowledge_base

CLAIM = ["The soprano claims from the impresario the sum of £95, being fees unpaid for forty concerts of the "
         "cantata Miralda, between 2 April 1851 and 9 June 1852."]


@pytest.fixture
def kb(tmp_path: Path):
    docs = [one_paragraph_document("claim", CLAIM)]
    path = tmp_path / "a.db"
    write_exhibit(path, [(f"sha-{d.id}", d) for d in docs], docs, [])
    with contextlib.closing(connect_readonly(path)) as conn:
        yield as_knowledge_base(conn)


def test_how_long_never_shows_a_count_of_other_things(kb):
    result = ask(kb, "How long does Miralda last?", explain=True)
    assert "concerts" not in (result["answer"] or "")
    assert "concerts" not in (result.get("candidate") or "")
