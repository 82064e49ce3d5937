"""qa/docpass.py: the document pass — every sentence of the first look's best documents covered with its paragraph."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest

from tests._qa_helpers import asked, one_paragraph_document
from vitrina.ask import in_documents
from vitrina.qa import docpass
from vitrina.qa.candidates import Sentence
from vitrina.store import connect_readonly, write_exhibit
from vitrina.store.read import as_knowledge_base

# invented texts: the stating sentence names neither the mill nor the owner; the paragraph does
MILL = [
    "The Varrow paper mill opened beside the weir in 1791.",
    "Its founder, Osric Pell, had learnt the trade in Leiden.",
    "After a flood in 1802 the works were rebuilt in stone at a cost of four hundred guineas.",
]
OTHER = [
    "The Varrow ferry crossed the river twice a day.",
    "Its boatmen were paid in grain.",
]


@pytest.fixture
def kb(tmp_path: Path):
    docs = [one_paragraph_document("mill", MILL), one_paragraph_document("ferry", OTHER)]
    path = tmp_path / "d.db"
    write_exhibit(path, [(f"sha-{d.id}", d) for d in docs], docs, [])
    with contextlib.closing(connect_readonly(path)) as conn:
        yield as_knowledge_base(conn)




def test_document_rows_come_in_order_with_their_ids(kb) -> None:
    rows = kb.document_sentence_rows(["mill"])
    assert [r["text"] for r in rows] == MILL
    assert [r["id"] for r in rows] == sorted(r["id"] for r in rows)
    assert kb.document_sentence_rows([]) == []


def test_a_sentences_context_is_its_paragraph(kb) -> None:
    rows = {r["text"]: r["id"] for r in kb.document_sentence_rows(["mill", "ferry"])}
    context = docpass.contexts(kb.document_sentence_rows(["mill", "ferry"]))
    assert context[rows[MILL[2]]] == " ".join(MILL)
    assert context[rows[MILL[0]]] is context[rows[MILL[1]]]  # one text per paragraph
    assert context[rows[OTHER[1]]] == " ".join(OTHER)


def test_the_paragraph_lends_the_question_its_names(kb) -> None:
    q, weights, aliases = asked(kb, "How much did rebuilding the Varrow mill cost?")
    ranked = in_documents(kb, q, weights, aliases, ["mill"])
    assert ranked[0].text == MILL[2]  # "Varrow" and "mill" only in the paragraph around it
    assert ranked[0].indirect > 0
    assert MILL[1] not in [s.text for s in ranked]  # no common word of the question: its context alone says nothing


def test_chosen_takes_the_best_of_each_document_not_examined_above_the_floor(monkeypatch) -> None:
    def sentence(i: int, doc: str, coverage: float) -> Sentence:
        return Sentence(i, doc, None, 0, 1, "x", 0.0, coverage=coverage)

    ranked = [sentence(1, "a", 0.8), sentence(2, "a", 0.7), sentence(3, "b", 0.6), sentence(4, "b", 0.2)]
    monkeypatch.setitem(docpass.DOCPASS, "per_document", 1)
    monkeypatch.setitem(docpass.DOCPASS, "floor", 0.35)
    monkeypatch.setitem(docpass.DOCPASS, "share", 0.5)
    picked = docpass.chosen(ranked, [ranked[0]], best=0.9)
    assert [s.id for s in picked] == [2, 3]  # 1 is examined already; 4 is under the floor
    assert all(s.added for s in picked)
    assert docpass.chosen(ranked, [], best=2.0) == []  # nothing within the share of a far better hit


def test_documents_are_those_of_the_best_covered_hits(monkeypatch) -> None:
    monkeypatch.setitem(docpass.DOCPASS, "documents", 2)
    hits = [Sentence(i, d, None, 0, 1, "x", 0.0) for i, d in enumerate(["b", "b", "a", "c"])]
    assert docpass.documents(hits) == ["b", "a"]


def test_loose_relatives_reach_a_kind_and_a_sister_sense() -> None:
    assert "hostage" in docpass.loose_relatives("captive")  # a kind of captive
    assert "captive" not in docpass.loose_relatives("captive")
    lexicon = {"captives": (frozenset({"captive"}), {}), "Pell": (frozenset({"pell"}), {})}
    wider = docpass.loosened(lexicon, {"captives": "n"}, {"Pell"})
    assert wider["captives"][1]["hostage"] == docpass.DOCPASS["loose_credit"]
    assert wider["Pell"][1] == {}  # a name has no relatives
