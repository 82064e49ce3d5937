"""bench/ask_doc_pass.py: the stating sentence's place among the first look's documents and inside its own."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

from tests._qa_helpers import one_paragraph_document
from vitrina.store import connect_readonly, write_exhibit
from vitrina.store.read import as_knowledge_base

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
import ask_doc_pass  # noqa: E402

# invented texts: the stating sentence names neither the mill nor its town; its paragraph does
MILL = [
    "The Varrow paper mill opened beside the weir in 1791.",
    "Its founder, Osric Pell, had learnt the trade in Leiden.",
    "After a flood in 1802 the works were rebuilt in stone at a cost of four hundred guineas.",
]


def test_the_stating_sentence_is_placed_in_its_document(tmp_path: Path) -> None:
    docs = [one_paragraph_document("mill", MILL)]
    path = tmp_path / "p.db"
    write_exhibit(path, [(f"sha-{d.id}", d) for d in docs], docs, [])
    with contextlib.closing(connect_readonly(path)) as conn:
        kb = as_knowledge_base(conn)
        rows = [r for r in kb.document_sentence_rows(["mill"]) if r["text"] == MILL[2]]
        item = {"question": "How much did rebuilding the Varrow mill cost?"}
        doc_place, out = ask_doc_pass.place(kb, item, rows)
    assert doc_place == 1
    assert out["plain"][0] == 1 and out["loose"][0] == 1  # the best covered of its document either way
