"""ask: the name of the asked role in a record row, the row of the asked identifier, and no reason from a sentence
denying the asked tie (round 55 red team D3, D8; invented texts)."""

from __future__ import annotations

import contextlib
from pathlib import Path
from types import SimpleNamespace

import pytest

from tests._qa_helpers import one_paragraph_document
from vitrina.ask import _role_noun, ask
from vitrina.qa.question import analyse
from vitrina.qa.weights import ROLES55
from vitrina.store import connect_readonly, write_exhibit
from vitrina.store.read import as_knowledge_base

ROWS = [
    "The enclosure award of Stowley was made in 1806.",
    "Plot 40, Gorse Bank, owner Dame Ivy Penrose, occupier Saul Fenwick, 6 acres.",
    "Plot 41, Heath End, owner Dame Ivy Penrose, occupier Abel Grice, 4 acres.",
]
NOTE = [
    "Penrose Mill takes its name from the family of Walter Penrose and has no connection with the town of Penrose.",
]


@pytest.fixture
def kb(tmp_path: Path):
    docs = [one_paragraph_document("award", ROWS), one_paragraph_document("note", NOTE)]
    path = tmp_path / "a.db"
    write_exhibit(path, [(f"sha-{d.id}", d) for d in docs], docs, [])
    with contextlib.closing(connect_readonly(path)) as conn:
        yield as_knowledge_base(conn)


def _candidates(row: str, scores: dict[str, float]) -> list[SimpleNamespace]:
    sentence = SimpleNamespace(id=1, start=0, text=row)
    return [SimpleNamespace(sentence=sentence, start=row.index(name), text=name, key=name, score=score,
                            rule_score=score) for name, score in scores.items()]


def test_the_name_labelled_with_the_asked_role_takes_the_best_score():
    row = "Plot 40, Gorse Bank, owner Dame Ivy Penrose, occupier Saul Fenwick, 6 acres."
    found = _candidates(row, {"Ivy Penrose": 10.0, "Saul Fenwick": 6.0})
    _role_noun(found, analyse("Who occupied Gorse Bank?"))
    assert max(found, key=lambda c: c.score).text == "Saul Fenwick"
    assert found[0].score == 10.0 * ROLES55["unlabelled_share"]


def test_the_reading_is_off_with_its_switch(monkeypatch):
    monkeypatch.setitem(ROLES55, "on", 0)
    row = "Plot 40, Gorse Bank, owner Dame Ivy Penrose, occupier Saul Fenwick, 6 acres."
    found = _candidates(row, {"Ivy Penrose": 10.0, "Saul Fenwick": 6.0})
    _role_noun(found, analyse("Who occupied Gorse Bank?"))
    assert max(found, key=lambda c: c.score).text == "Ivy Penrose"


def test_the_row_of_the_asked_plot_answers(kb):
    result = ask(kb, "What is plot 41?", explain=True)
    assert result["ranked"][0]["text"] == "Heath End"


def test_a_sentence_denying_the_asked_tie_gives_no_reason(kb):
    result = ask(kb, "Why did Walter Penrose move to the town of Penrose?", explain=True)
    assert result["answer"] is None
