"""ask: "How many votes did X get when she won W?" over a collection whose result table of W gives another a larger
figure is a false premise, withheld with the table's row cited (round 57, red team D6; invented texts). The
readings are tested in test_qa_outcome.py."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest

from tests._qa_helpers import one_paragraph_document
from vitrina.ask import ask
from vitrina.store import connect_readonly, write_exhibit
from vitrina.store.read import as_knowledge_base

NOTES = ["As Mrs. Marsh she stood for Fenwick Vale at the election of 1902 and polled 6,905 votes."]
TABLE = ["Fenwick Vale, General Election of 1902.", "Bertram Hale | Radical | 7,310",
         "Ottilie Marsh | Liberal | 6,905"]


@pytest.fixture
def kb(tmp_path: Path):
    docs = [one_paragraph_document("notes", NOTES), one_paragraph_document("table", TABLE)]
    path = tmp_path / "o.db"
    write_exhibit(path, [(f"sha-{d.id}", d) for d in docs], docs, [])
    with contextlib.closing(connect_readonly(path)) as conn:
        yield as_knowledge_base(conn)


def test_a_count_asked_of_a_win_the_table_contradicts_is_withheld(kb):
    result = ask(kb, "How many votes did Ottilie Marsh get when she won Fenwick Vale?")
    assert result["answer"] is None
    assert result["premise"]["kind"] == "outcome" and result["premise"]["stated"] == "Bertram Hale"
    assert result["citations"][0]["text"] == "Bertram Hale | Radical | 7,310"


def test_the_count_without_the_premise_is_answered(kb):
    result = ask(kb, "How many votes did Ottilie Marsh get in 1902?")
    assert result.get("premise") is None


def test_the_winner_asked_is_the_result_tables_largest_row(kb):
    result = ask(kb, "Who won Fenwick Vale in 1902?")
    assert result["answer"] == "Bertram Hale"
    assert result["citations"][0]["text"] == "Bertram Hale | Radical | 7,310"
