"""A sidenote in a narrow column of notes beside the text whose sentence runs onto a last
line that alone would read as a picture credit (a record office's register number after a
comma: "… kept in the Valley Archive," / "VA TL/12."): the note is a note, closing the
document, not text set in the middle of the paragraph beside it
(vitrina.structure.zones.sidenotes, ``note_sentence_credit``). Drawn with reportlab; every
text is invented."""

from __future__ import annotations

import textwrap

import pytest

from tests._pdf_helpers import canvas_pdf, draw_lines
from vitrina.ingest import pdf
from vitrina.structure import zones
from vitrina.structure.pagelayout import rebuild_pdf

STORY = (
    "The ferry between the two villages ran for ninety years, and the ferryman kept a ledger of every "
    "crossing, with the fares, the tides and the cargo that went over in each boat. Farmers took their "
    "sheep across in the autumn and brought them back in the spring, and the miller sent his flour over "
    "twice a week to the bakers of the far bank. In a hard winter the river froze from bank to bank and "
    "the ferry was drawn up on the shingle, while people walked across the ice with lanterns after dark. "
    "When the bridge was built upstream the trade fell away, and in the last years the ferry carried "
    "little but schoolchildren and the post. The ferryman retired when the council closed the crossing, "
    "and his boat was given to the village museum, where it stands under the roof of the old tithe barn."
)
CALL_AFTER = "each boat."
NOTES = {
    4: ["1 The ferryman's ledgers are", "kept in the Valley Archive,", "VA TL/12."],
    11: ["2 The council minutes give the", "date of the closing."],
}


def _draw(c, _number: int) -> None:
    c.setFont("Times-Bold", 20)
    c.drawString(56, 720, "The Valley Ferry")
    lines = textwrap.wrap(STORY, 62)
    y = 690.0
    for n, line in enumerate(lines):
        c.setFont("Times-Roman", 10.5)
        if CALL_AFTER in line:  # the note's call, raised small after the stop
            head, tail = line.split(CALL_AFTER)
            c.drawString(56, y, head + CALL_AFTER)
            x = 56 + c.stringWidth(head + CALL_AFTER, "Times-Roman", 10.5)
            c.setFont("Times-Roman", 6.5)
            c.drawString(x, y + 4, "1")
            c.setFont("Times-Roman", 10.5)
            c.drawString(x + 6, y, tail.strip())
        else:
            c.drawString(56, y, line)
        note = NOTES.get(n)
        if note is not None:  # the number hangs, the note's lines indented under its text
            draw_lines(c, 394, y + 1, note[:1], font="Helvetica", size=7.5, leading=9.5)
            draw_lines(c, 404, y + 1 - 9.5, note[1:], font="Helvetica", size=7.5, leading=9.5)
        y -= 14.2
    c.setFont("Times-Roman", 6.5)
    c.drawString(56 + c.stringWidth(lines[-1], "Times-Roman", 10.5), y + 14.2 + 4, "2")


@pytest.fixture
def ferry_pdf() -> bytes:
    pytest.importorskip("reportlab")
    return canvas_pdf(_draw)


def _body(data: bytes) -> str:
    doc = rebuild_pdf(pdf.read_geometry(data), "ferry", "/tmp/ferry.pdf")
    notes = doc.sections[-1].id if doc.sections[-1].title == "Notes" else None
    return " ".join(" ".join(doc.text[b.start : b.end].split()) for b in doc.blocks if b.section != notes)


def test_a_note_running_onto_a_register_number_is_a_note(ferry_pdf, monkeypatch):
    body = _body(ferry_pdf)
    assert "Valley Archive" not in body and "council minutes" not in body
    assert "each boat. Farmers took" in body
    monkeypatch.setitem(zones.ZONE_LIMITS, "note_sentence_credit", 0)
    assert "Valley Archive" in _body(ferry_pdf)
