"""Raw text of newspaper-like columns: a crosshead asking a question, a drop cap the
extraction set apart by a space. Every text is invented."""

from __future__ import annotations

from vitrina.structure import rebuild

COLUMN = [
    "The Mill at Saltings",
    "The tide mill stood on a dam across",
    "the creek and ground corn whenever",
    "the sea ran out, its wheel turned by",
    "the water held back at high tide.",
    "Who Built the Dam?",
    "Nobody in the village remembers the",
    "builders, but the oldest timbers of the",
    "sluice were cut from oaks that grew",
    "on the hill above the church.",
    "Why did the miller leave the mill?",
    "He grew old, and his sons had gone",
    "to work in the boatyards downriver.",
]


def _doc(lines: list[str]):
    return rebuild("\n".join(lines) + "\n", "saltings", "saltings.txt", "text")


def test_a_crosshead_asking_a_question_is_a_heading() -> None:
    doc = _doc(COLUMN)
    assert [s.title for s in doc.sections] == ["The Mill at Saltings", "Who Built the Dam?"]
    paragraphs = [" ".join(doc.text[b.start : b.end].split()) for b in doc.blocks if b.kind == "paragraph"]
    assert paragraphs[1].startswith("Nobody in the village")
    assert any(p.startswith("Why did the miller leave the mill? He grew old") for p in paragraphs)


def test_a_drop_cap_set_apart_by_a_space_joins_its_word() -> None:
    lines = [*COLUMN[:5], "S altings was a busy port in those days,",
             "and Saltings barges sailed to the city.", *COLUMN[5:]]
    doc = _doc(lines)
    paragraphs = [" ".join(doc.text[b.start : b.end].split()) for b in doc.blocks if b.kind == "paragraph"]
    assert any(p.startswith("Saltings was a busy port") for p in paragraphs)
    assert doc.text.count("S altings") == 0


def test_a_capital_before_a_word_of_its_own_stays_apart() -> None:
    lines = [*COLUMN[:5], "A tide came in twice a day, and the mill",
             "ground on every ebb.", *COLUMN[5:]]
    doc = _doc(lines)
    assert "A tide came in" in doc.text
