"""A note's number printed inline in the text's own type, glued to a word or its stop
("… the toll.1 The"), is the call of the footnote of that number on the page: it leaves
the text as a raised call does (vitrina.structure.pagelayout._calls_of_notes). Drawn with
reportlab; every text is invented."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import canvas_pdf, draw_lines
from vitrina.ingest import pdf
from vitrina.structure.pagelayout import LIMITS

BODY = [
    "The ferry across the estuary ran every hour from the stone slip below the",
    "inn, and the ferrymen kept a penny of every toll.1 The rest went to the",
    "parish, which mended the slip each spring and paid for a lamp on the",
    "landing stage, lit at dusk through the winter months.2 In the hard winter",
    "the channel froze from bank to bank and the ferry did not run at all.",
]
NOTES = [
    "1 The toll was raised to twopence for a cart.",
    "2 The lamp burned whale oil until the new gas works opened.",
]


def _page(c, number: int) -> None:
    c.setFont("Helvetica-Bold", 18)
    c.drawString(72, 720, "The Estuary Ferry")
    y = draw_lines(c, 72, 690, BODY, size=11, leading=14)
    draw_lines(c, 72, 96, NOTES, size=8, leading=10)
    assert y > 96


def _body(doc) -> list[str]:
    notes = doc.sections[-1]
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph" and b.section != notes.id]


def test_inline_note_numbers_leave_the_text() -> None:
    pytest.importorskip("reportlab")
    (doc,) = pdf.read(canvas_pdf(_page), "/tmp/ferry.pdf")
    assert doc.sections[-1].title == "Notes"
    [body] = _body(doc)
    assert "toll. The rest" in body and "months. In the hard" in body
    assert "toll.1" not in body


def test_with_the_pass_off_the_numbers_stay(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("reportlab")
    monkeypatch.setitem(LIMITS, "inline_note_calls", 0)
    (doc,) = pdf.read(canvas_pdf(_page), "/tmp/ferry.pdf")
    assert any("toll.1" in text for text in _body(doc))
