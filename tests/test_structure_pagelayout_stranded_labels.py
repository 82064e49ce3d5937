"""A panel label left alone at the foot of a column labels the heading that opens the next
column; a caption line opening on a position label in bold is still the caption's first
line, not a heading. Pages drawn with reportlab; every text is invented."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import canvas_pdf, draw_lines
from vitrina.ingest import pdf

reportlab = pytest.importorskip("reportlab")

COLUMN = [
    "The ferry crossed the estuary twice a day in",
    "every season, and the ferryman wrote each",
    "crossing in a ledger kept dry in a tin box.",
    "He noted the passengers, the carts and the",
    "sheep, and the fare each of them had paid.",
]


def _heading(c, x: float, y: float, label: str, title: str) -> float:
    c.setFont("Helvetica-Bold", 9.5)
    c.drawString(x, y, label)
    c.setFont("Helvetica-Bold", 15)
    c.drawString(x, y - 17, title)
    return y - 33


def _stranded_label_page(c, number: int) -> None:
    c.setFont("Helvetica-Bold", 24)
    c.drawString(56, 740, "Over the Water")
    y = _heading(c, 56, 700, "Part One", "The Ferryman")
    for _ in range(5):
        y = draw_lines(c, 56, y, COLUMN, size=10.2, leading=13) - 6
    c.setFont("Helvetica-Bold", 9.5)
    c.drawString(56, y - 8, "Part Two")  # the foot of column 1
    c.setFont("Helvetica-Bold", 15)
    c.drawString(310, 700, "The Ledger")  # the head of column 2
    y = 684.0
    for _ in range(5):
        y = draw_lines(c, 310, y, COLUMN, size=10.2, leading=13) - 6


def test_a_label_at_a_column_foot_labels_the_heading_opening_the_next_column() -> None:
    (doc,) = pdf.read(canvas_pdf(_stranded_label_page), "/tmp/ferry.pdf")
    assert [(s.label, s.title) for s in doc.sections][-2:] == [("One", "The Ferryman"), ("Two", "The Ledger")]


def _bold_position_page(c, number: int) -> None:
    c.setFont("Helvetica-Bold", 24)
    c.drawString(56, 740, "Over the Water")
    y = _heading(c, 56, 700, "Part One", "The Ferryman")
    y = draw_lines(c, 56, y, COLUMN, size=10.2, leading=13) - 10
    c.setFillGray(0.7)
    c.rect(150, y - 90, 120, 90, stroke=0, fill=1)  # the picture, right of its caption
    c.setFillGray(0)
    text = c.beginText(56, y - 8)
    text.setFont("Helvetica-Bold", 8.6)
    text.textOut("Right: ")
    text.setFont("Helvetica", 8.6)
    text.textOut("The")
    c.drawText(text)
    draw_lines(c, 56, y - 19, ["ferry ledger open", "at the page for", "June, 1861."], font="Helvetica", size=8.6,
               leading=11)
    draw_lines(c, 56, y - 110, COLUMN, size=10.2, leading=13)


def test_a_caption_line_opening_on_a_bold_position_label_is_no_heading() -> None:
    (doc,) = pdf.read(canvas_pdf(_bold_position_page), "/tmp/ferry.pdf")
    assert [(" ".join(doc.text[b.start : b.end].split()), b.position) for b in doc.blocks if b.kind == "caption"] == [
        ("The ferry ledger open at the page for June, 1861.", "Right")]
    assert [s.title for s in doc.sections] == ["Over the Water", "The Ferryman"]
