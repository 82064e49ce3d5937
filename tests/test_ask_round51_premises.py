"""ask: a role in parentheses names who held it, a denial of the asked argument answers No, a year the answering
document never writes is a false premise (round 51 red team D01, D02, D03; invented texts)."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest

from tests._qa_helpers import one_paragraph_document
from vitrina.ask import ask
from vitrina.store import connect_readonly, write_exhibit
from vitrina.store.read import as_knowledge_base

MINUTES = [
    "Guild of Weavers, meeting of 9 May 1883 in Halden.",
    "Attending: Rosa Vell (presiding), Tom Kerr, Iris Lamb and Amos Pry.",
    "The members agreed to buy 120 looms for the new shed.",
]
BAKERY = [
    "The Kestrel Bakery was a family bakery in Orne, opened by Jon Brack in 1902 and named after his mother.",
    "It had no link with the river Kestrel.",
]


@pytest.fixture
def kb(tmp_path: Path):
    docs = [one_paragraph_document("minutes", MINUTES), one_paragraph_document("bakery", BAKERY)]
    path = tmp_path / "a.db"
    write_exhibit(path, [(f"sha-{d.id}", d) for d in docs], docs, [])
    with contextlib.closing(connect_readonly(path)) as conn:
        yield as_knowledge_base(conn)


def test_the_name_with_the_asked_role_in_parentheses_ranks_first(kb):
    result = ask(kb, "Who presided over the guild meeting in 1883?", explain=True)
    assert result["ranked"][0]["text"] == "Rosa Vell"


def test_a_denied_argument_is_no_yes(kb):
    result = ask(kb, "Was the Kestrel Bakery named after the river Kestrel?", explain=True)
    assert result["answer"] != "Yes"
    assert result["ranked"][0]["text"] == "No"


def test_a_year_the_minutes_never_write_withholds_their_count(kb):
    result = ask(kb, "How many looms did the Guild of Weavers buy in 1899?", explain=True)
    assert result["answer"] is None
    assert result["evidence"].get("denied_premise") == 1.0
