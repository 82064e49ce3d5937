"""A transcript's turns set one a line inside one paragraph, apart (structure.turnlines)."""

from __future__ import annotations

from vitrina.ingest import text


def _paragraphs(raw: str) -> list[str]:
    doc = text.read(raw.encode(), "hearing.txt")[0]
    return [doc.text[b.start:b.end] for b in doc.blocks if b.kind == "paragraph"]


def test_each_turn_line_of_a_paragraph_is_its_own_block() -> None:
    paragraphs = _paragraphs("The Quarry Inquiry\n\nWitness: Dora Pike, sworn.\n\nQ. When did the face give way?\n"
                             "A. Just after the noon whistle.\nQ. Was anyone below it?\nA. Two men and a boy.\n")
    assert paragraphs[-4:] == ["Q. When did the face give way?", "A. Just after the noon whistle.",
                               "Q. Was anyone below it?", "A. Two men and a boy."]


def test_a_turn_wrapped_onto_the_next_line_stays_one_block() -> None:
    paragraphs = _paragraphs("Notes, 1962\n\nRUSK: Where did the barges tie up in\nthose years?\n"
                             "HALE: At the coal wharf, below the lock.\nRUSK: And in winter?\nHALE: Nowhere at all.\n")
    turns = [p for p in paragraphs if p.startswith(("RUSK:", "HALE:"))]
    assert turns[0] == "RUSK: Where did the barges tie up in those years?" and len(turns) == 4


def test_wrapped_prose_with_one_labelled_line_is_one_paragraph() -> None:
    paragraphs = _paragraphs("The Wharf\n\nNote: the wharf was rebuilt twice, first in timber\nand later in "
                             "brick, after the flood of\nthat spring carried the old piles away.\n")
    assert len(paragraphs) == 1
