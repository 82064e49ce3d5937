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
HARBOUR = ["The new pier was opened by Harbour Master Elsa Rund in June 1860.",
           "In 1863 the town sent its able clerk Oskar Vik to Bergen, not as a councillor but as its agent at the fair."]


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


def test_a_capacity_is_read_from_the_as_phrase_of_the_persons_verb(kb):
    result = ask(kb, "In what capacity did Oskar Vik go to Bergen?")
    assert result["answer"] == "its agent at the fair"  # not his description "its able clerk"
    assert result["citations"] and "Oskar Vik" in result["citations"][0]["text"]


def test_a_job_is_still_the_description(kb):
    assert ask(kb, "What was Oskar Vik's job?")["answer"] == "its able clerk"
