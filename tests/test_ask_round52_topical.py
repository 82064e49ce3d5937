"""ask: "what did X say about Y" is answered by X's words about Y, not by X's other quotation; a table's header row
is no answer (round 52 red team D8; invented texts)."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest

from tests._qa_helpers import one_paragraph_document
from vitrina.ask import ask
from vitrina.store import connect_readonly, write_exhibit
from vitrina.store.read import as_knowledge_base

LETTER = [
    "Dear Tom, the committee met on Monday.",
    'Colonel Marden said, "We shall not open the gardens on Sundays while I hold the keys."',
    "Nobody answered him.",
    'Later Ruth told me that Marden described Mr Quayle as "the finest gardener the parish has ever had."',
]
TABLE = [
    "Downland League, final table 1931–32 Pos Side P W D L Pts 1 Oakham Rovers 18 12 4 2 28 2 Brill Athletic 18 11 3 4 25",
]


@pytest.fixture
def kb(tmp_path: Path):
    docs = [one_paragraph_document("letter", LETTER), one_paragraph_document("table", TABLE)]
    path = tmp_path / "a.db"
    write_exhibit(path, [(f"sha-{d.id}", d) for d in docs], docs, [])
    with contextlib.closing(connect_readonly(path)) as conn:
        yield as_knowledge_base(conn)


def test_the_quotation_about_the_asked_topic_ranks_first(kb):
    result = ask(kb, "What did Colonel Marden say about Mr Quayle?", explain=True)
    assert "finest gardener" in result["ranked"][0]["text"]
    assert result["answer"] is None or "finest gardener" in result["answer"]


def test_a_header_row_is_no_answer(kb):
    result = ask(kb, "Which side finished top of the Downland League in 1931–32?", explain=True)
    assert result["answer"] is None or "Pts" not in result["answer"]
    assert all("Pts" not in r["text"] for r in result["ranked"][:1])
