"""A note set in the body's own type at the page's foot, answering a raised call in the
text, is a note; a line set lower by its raised note call (a web page's line box grows by
the raise) does not open a paragraph. Pages drawn with reportlab; every text is invented."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import canvas_pdf, draw_lines
from vitrina.ingest import pdf

reportlab = pytest.importorskip("reportlab")

BEFORE = [
    "The mill pond filled on every flood tide, and the miller",
    "shut the sluice at high water to hold the pond until the",
    "tide had fallen far enough below the wheel. The largest",
    "pond in the county lay behind the mill and held",
]
AFTER = [
    "tide mill ran for six hours on every ebb, and the stones",
    "could grind a ton of wheat before the water ran out. In",
    "the winter the pond froze at its edges, and the miller",
    "broke the ice each morning with a long pole so that the",
    "sluice gate would open when the tide turned, and the",
    "wheel would not stand still for the whole of the day.",
]
NOTE = "1 The pond covered about four hectares at high water."


def _page(c, number: int) -> None:
    c.setFont("Helvetica-Bold", 22)
    c.drawString(72, 720, "The Tide Mill")
    y = draw_lines(c, 72, 690, BEFORE, size=10, leading=13)
    y -= 5  # the line box grown by the call's raise
    text = c.beginText(72, y)
    text.setFont("Times-Roman", 10)
    text.textOut("enough water to turn the wheel")
    text.setFont("Times-Roman", 5)
    text.setRise(5)
    text.textOut("1")
    text.setRise(0)
    text.setFont("Times-Roman", 10)
    text.textOut(". The")
    c.drawText(text)
    draw_lines(c, 72, y - 13, AFTER, size=10, leading=13)
    draw_lines(c, 72, 90, [NOTE], size=10)


def test_a_body_type_note_at_the_foot_answering_a_call_is_a_note_and_the_call_opens_no_paragraph() -> None:
    (doc,) = pdf.read(canvas_pdf(_page), "/tmp/mill.pdf")
    notes = [s for s in doc.sections if s.title == "Notes"]
    assert len(notes) == 1
    body = [" ".join(doc.text[b.start : b.end].split()) for b in doc.blocks
            if b.kind == "paragraph" and b.section != notes[0].id]
    assert len(body) == 1 and "held enough water" in body[0] and body[0].endswith("of the day.")


def _quote_page(c, number: int) -> None:
    c.setFont("Helvetica-Bold", 22)
    c.drawString(72, 720, "The Tide Mill")
    c.setFont("Helvetica-Bold", 15)
    c.drawString(72, 690, "The Pond")
    y = draw_lines(c, 72, 672, BEFORE[:3] + AFTER[2:], size=10, leading=13)
    draw_lines(c, 72, y - 8, ["\u201cThe tide decides the hours we keep at the stones.\u201d \u2013 a miller,",
                              "as told to his grandson"], font="Times-Italic", size=12, leading=15)
    c.setFont("Helvetica-Bold", 15)
    c.drawString(72, y - 50, "The Wheel")
    draw_lines(c, 72, y - 68, AFTER, size=10, leading=13)


def test_an_italic_display_quotation_with_its_speaker_after_a_dash_is_a_pull_quote() -> None:
    (doc,) = pdf.read(canvas_pdf(_quote_page), "/tmp/mill.pdf")
    assert [s.title for s in doc.sections] == ["The Tide Mill", "The Pond", "The Wheel"]
    assert "tide decides" not in doc.text
