"""ask: "How long did X last?" prefers an amount of time (qa/duration.py, the ranking's ``duration`` input) over a
count of other things or a date of its sentence (round 46 askdur; invented texts)."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest

from tests._qa_helpers import one_paragraph_document
from vitrina.ask import ask
from vitrina.qa.weights import RANKER_ADDED
from vitrina.store import connect_readonly, write_exhibit
from vitrina.store.read import as_knowledge_base

STRIKE = ["In 1911 the dockers of the harbour went on strike for higher wages.",
          "Dockers from eleven ports joined the harbour strike, the largest the dockers had known.",
          "The stoppage lasted nine weeks and ended with a new agreement."]
ASKED = "How long did the dockers strike?"


@pytest.fixture
def kb(tmp_path: Path):
    docs = [one_paragraph_document("strike", STRIKE)]
    path = tmp_path / "a.db"
    write_exhibit(path, [(f"sha-{d.id}", d) for d in docs], docs, [])
    with contextlib.closing(connect_readonly(path)) as conn:
        yield as_knowledge_base(conn)


def test_how_long_ranks_the_amount_of_time_over_a_count_of_a_better_covered_sentence(kb):
    result = ask(kb, ASKED, explain=True)
    assert result["ranked"][0]["text"] == "nine weeks"
    assert result["citations"][0]["text"].startswith("The stoppage lasted")


def test_without_the_duration_input_the_count_wins(kb, monkeypatch):
    monkeypatch.setitem(RANKER_ADDED, "duration", 0.0)
    assert ask(kb, ASKED, explain=True)["ranked"][0]["text"] == "eleven ports"
