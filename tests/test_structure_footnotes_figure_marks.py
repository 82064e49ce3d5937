"""Round 48 (structset60): a reference mark glued to the stop after a figure ("built by about
1790,† it") is the note's call, left out of the raw text's paragraph and the PDF line; a
number there stays (a list of figures, "1,2"). Every text is invented."""

from __future__ import annotations

from array import array

from vitrina.structure import rebuild
from vitrina.structure.geometry import TextLine
from vitrina.structure.zones import without_note_calls

BODY = [
    "The Tide Mill",
    "The mill stood at the head of the creek for two hundred years and ground the",
    "grain of the valley farms on every tide. Its wheel was built by about 1790,†",
    "and the new stones came from a quarry far to the south of the river that year.",
    "The miller kept a ledger of every sack that he ground and every barge he loaded.",
]
NOTE = "† The date rests on a single bill of sale in the county archive."


def _paragraphs(lines: list[str]) -> list[str]:
    doc = rebuild("\n".join(lines) + "\n\f", "mill", "mill.txt", "text")
    notes = {s.id for s in doc.sections if s.title == "Notes"}
    return [" ".join(doc.text[b.start : b.end].split()) for b in doc.blocks
            if b.kind == "paragraph" and b.section not in notes]


def test_a_mark_after_a_figures_stop_is_left_out_of_the_raw_text() -> None:
    text = " ".join(_paragraphs([*BODY, NOTE]))
    assert "about 1790, and the new stones" in text


def test_a_number_after_a_figures_comma_stays() -> None:
    from vitrina.structure.assemble import Piece
    from vitrina.structure.assemble import without_note_calls as plain_calls

    pieces = [Piece("the years 1,2 and 3 of the lease", None)]
    assert plain_calls(pieces, frozenset({"2"})) == pieces


def _line(text: str) -> TextLine:
    boxes = array("d")
    for k in range(len(text)):
        boxes.extend((10.0 + 5 * k, 100.0, 15.0 + 5 * k, 110.0))
    return TextLine(1, text, boxes, 10.0, False, False, "Helvetica")


def test_a_mark_after_a_figures_stop_is_left_out_of_a_pdf_line() -> None:
    assert without_note_calls(_line("built by about 1790,† and the")).text == "built by about 1790, and the"
    assert without_note_calls(_line("built by about 1790 and the")).text == "built by about 1790 and the"
