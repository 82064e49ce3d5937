"""A panel label set flush right at the end of its heading's line, in the heading's font but
smaller: drawn right after the title it is split off the title's line; drawn after the
section's text it still labels the heading level with it in the same column, however far
right it stands. Pages drawn with reportlab; every text is invented."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import canvas_pdf, draw_lines
from vitrina.ingest import pdf

reportlab = pytest.importorskip("reportlab")

BODY = [
    "The ferry crossed the estuary twice a day in every season,",
    "and the ferryman wrote each crossing in a ledger kept dry",
    "in a tin box under the stern seat of the boat.",
]
SECTIONS = [("Part I", "The Ferryman"), ("Part II", "The Ledger"), ("Part III", "The Last Boat")]
RIGHT_EDGE = 340.0


def _page(label_after_text: bool):
    def draw(c, number: int) -> None:
        c.setFont("Helvetica-Bold", 22)
        c.drawString(72, 720, "Over the Water")
        y = 680.0
        for label, title in SECTIONS:
            c.setFont("Helvetica-Bold", 11)
            c.drawString(72, y, title)
            if not label_after_text:
                c.setFont("Helvetica-Bold", 8)
                c.drawRightString(RIGHT_EDGE, y, label)
            after = draw_lines(c, 72, y - 16, BODY, size=10, leading=13)
            if label_after_text:
                c.setFont("Helvetica-Bold", 8)
                c.drawRightString(RIGHT_EDGE, y, label)
            y = after - 20
    return draw


@pytest.mark.parametrize("label_after_text", [False, True])
def test_a_flush_right_label_in_the_heading_font_labels_its_heading(label_after_text: bool) -> None:
    (doc,) = pdf.read(canvas_pdf(_page(label_after_text)), "/tmp/ferry.pdf")
    assert [(s.label, s.title) for s in doc.sections][-3:] == [("I", "The Ferryman"), ("II", "The Ledger"),
                                                                ("III", "The Last Boat")]


def test_smaller_words_in_the_line_font_that_are_no_label_stay_on_the_line() -> None:
    def draw(c, number: int) -> None:
        c.setFont("Helvetica-Bold", 22)
        c.drawString(72, 720, "Over the Water")
        c.setFont("Helvetica-Bold", 11)
        c.drawString(72, 680, "The Ferryman")
        c.setFont("Helvetica-Bold", 8)
        c.drawRightString(RIGHT_EDGE, 680, "and his boat")
        draw_lines(c, 72, 664, BODY, size=10, leading=13)

    (doc,) = pdf.read(canvas_pdf(draw), "/tmp/ferry.pdf")
    assert not any(s.label for s in doc.sections)
