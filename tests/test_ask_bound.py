"""ask: a value answers of the holder it is bound to, and "Who was christened B?" of the act B completes (round 56,
red team D-ASK-WRONG; invented texts). The parse rules are tested in test_qa_bound.py."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest

from tests._qa_helpers import one_paragraph_document
from vitrina.ask import ask
from vitrina.store import connect_readonly, write_exhibit
from vitrina.store.read import as_knowledge_base

POLL = ["At Wexcombe in 1881, Dame Hilda Orme polled 3,118 votes and Mr. Cyril Pask polled 2,904 votes."]
GATES = ["Lantern Day, 4 May 1911, brought the largest crowd: 9,120 pilgrims passed the gates.",
         "On the following Tuesday only 410 pilgrims had come, because of the floods."]
FONT = ["Sefu, christened Paul", "Tembo, christened Bartholomew at Easter, later kept the school."]


@pytest.fixture
def kb(tmp_path: Path):
    docs = [one_paragraph_document("poll", POLL), one_paragraph_document("font", FONT),
            one_paragraph_document("gates", GATES)]
    path = tmp_path / "b.db"
    write_exhibit(path, [(f"sha-{d.id}", d) for d in docs], docs, [])
    with contextlib.closing(connect_readonly(path)) as conn:
        yield as_knowledge_base(conn)


def test_a_count_is_the_asked_holders_not_a_neighbours(kb):
    result = ask(kb, "How many votes did Cyril Pask get in 1881?", explain=True)
    assert "3,118 votes" not in [r["text"] for r in result["ranked"]]
    assert result["answer"] in (None, "2,904 votes", "2,904")


def test_no_other_converts_name_for_the_asked_new_name(kb):
    result = ask(kb, "Who was christened Bartholomew?", explain=True)
    assert "Paul" not in [r["text"] for r in result["ranked"]]
    assert result["answer"] != "Paul"


def test_a_count_of_another_named_day_is_no_answer(kb):
    """Round 58: "on Lantern Day" is not answered by the figure of "the following Tuesday"."""
    result = ask(kb, "How many pilgrims came on Lantern Day?", explain=True)
    assert "410" not in (result["answer"] or "")
