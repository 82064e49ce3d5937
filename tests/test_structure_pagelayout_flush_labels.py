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


COLUMN = [
    "The ferry crossed the estuary twice a day in",
    "every season, and the ferryman wrote each",
    "crossing in a ledger kept dry in a tin box.",
    "He noted the passengers, the carts and the",
    "sheep, and the fare each of them had paid.",
]


def _label_beside_a_caption(c, number: int) -> None:
    """Column 1: a small label right over its heading; column 2, level with the label: a
    picture and its caption to the right of it, under a picture as wide as the page."""
    def top(y: float) -> float:  # reportlab's baseline from a distance below the page's top
        return 792 - y

    c.setFont("Helvetica-Bold", 24)
    c.drawString(56, top(100), "Over the Water")
    draw_lines(c, 56, top(130), ["The estuary ferry ran for two hundred years before the bridge was built."],
               font="Times-Italic", size=11.5)
    c.setFillGray(0.7)
    c.rect(56, top(314), 483, 120, stroke=0, fill=1)  # a picture across the page
    c.rect(307, top(396), 97, 70, stroke=0, fill=1)  # a picture at the head of column 2
    c.setFillGray(0)
    draw_lines(c, 410, top(335), ["Left: The ferry ledger open", "at the page for June."], font="Helvetica-Oblique",
               size=7.5, leading=9)
    c.setFont("Helvetica", 6.5)
    c.drawString(410, top(352), "Lent by the Quay Society")
    c.setFont("Helvetica", 8)
    c.drawString(56, top(344), "Chapter 1")  # level with the caption, right over its heading
    c.setFont("Helvetica-Bold", 12.5)
    c.drawString(56, top(360), "The Ferryman")
    y = draw_lines(c, 56, top(376), COLUMN, size=10.5, leading=13.4)
    c.setFont("Helvetica", 8)
    c.drawString(56, y - 6, "Chapter 2")
    c.setFont("Helvetica-Bold", 12.5)
    c.drawString(56, y - 19, "The Ledger")
    draw_lines(c, 56, y - 35, COLUMN, size=10.5, leading=13.4)
    draw_lines(c, 307, top(416), COLUMN, size=10.5, leading=13.4)


def test_a_label_read_into_a_caption_level_with_it_goes_back_over_its_heading() -> None:
    (doc,) = pdf.read(canvas_pdf(_label_beside_a_caption), "/tmp/ferry.pdf")
    assert [(s.label, s.title) for s in doc.sections][-2:] == [("1", "The Ferryman"), ("2", "The Ledger")]
    assert [" ".join(doc.text[b.start : b.end].split()) for b in doc.blocks if b.kind == "caption"] == [
        "The ferry ledger open at the page for June."]
