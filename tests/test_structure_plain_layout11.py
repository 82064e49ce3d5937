"""Plain text extracted from a PDF, round 10b: facing pages' running heads with their folios
at the outer edge. Every text is invented."""

from __future__ import annotations

from vitrina.structure import rebuild

BODY = [
    "The tide mill on the creek ground corn for three parishes, and its pond",
    "filled twice a day through a gate that shut as the water began to fall.",
    "The miller kept a ledger of every sack, and the ledger survives in the",
    "county archive, bound in calf with the mill's name on the spine.",
]


def _doc(heads: tuple[str, str]):
    pages = [[heads[0], "Tide Mills of the Creek", *BODY], [heads[1], *BODY[::-1]]]
    text = "\f".join("\n".join(lines) + "\n" for lines in pages)
    return rebuild(text, "mill", "mill.txt", "text")


def _texts(doc) -> str:
    return " ".join(doc.text[b.start : b.end] for b in doc.blocks)


def test_folio_heads_alternating_sides_and_counting_are_running() -> None:
    doc = _doc(("48 Creek Society Journal · Spring", "Tide Mills 49"))
    assert "Creek Society" not in _texts(doc) and "Mills 49" not in _texts(doc)
    assert doc.sections[0].title == "Tide Mills of the Creek"


def test_numbered_headings_on_the_same_side_are_not_running() -> None:
    doc = _doc(("3 The Pond Gate", "4 The Ledger"))
    assert "The Pond Gate" in _texts(doc) and "The Ledger" in _texts(doc)
