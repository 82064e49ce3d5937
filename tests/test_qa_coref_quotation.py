"""qa/coref: a third-person pronoun inside a quotation does not stand for the speaker before it (round 53 red team
D6; invented texts)."""

from __future__ import annotations

from pathlib import Path

from vitrina.ask import ask
from vitrina.qa import coref

CITATION = [
    "Corporal Ivo Rendle was mentioned in despatches after the crossing of the Sava in May 1916.",
    'Major Aldous Keyne wrote: "He carried the wounded across the river under fire."',
]


def test_the_mark_left_open_is_found():
    assert coref.quotation_opening('Major Keyne wrote: "He carried') == len("Major Keyne wrote: ")
    assert coref.quotation_opening("Major Keyne wrote: “He carried") == len("Major Keyne wrote: ")
    assert coref.quotation_opening('"It is done," he said, and') is None
    assert coref.quotation_opening("He carried the wounded") is None


def test_the_speaker_is_not_the_one_he_writes_about(tmp_path: Path) -> None:
    from vitrina.pipeline import build
    from vitrina.store import reading

    source = tmp_path / "citation.txt"
    source.write_text("Mentions\n\n" + " ".join(CITATION) + "\n")
    db = tmp_path / "x.db"
    build([source], db, jobs=1)
    with reading(db) as kb:
        result = ask(kb, "Who carried the wounded across the river?", explain=True)
    # "He" inside the major's quotation is someone he writes about: never the major himself
    assert not any(r["antecedent"] and "Keyne" in r["text"] for r in result["ranked"])
