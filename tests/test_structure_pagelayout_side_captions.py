"""A caption set beside its picture with the credit right under the picture: the credit is
the caption's. Pages drawn with reportlab; every text is invented."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import canvas_pdf, draw_lines
from vitrina.ingest import pdf

reportlab = pytest.importorskip("reportlab")

BODY = [
    "The lighthouse on the point was first lit in the spring of the year",
    "after the great storm, and its keeper wrote in his log every night",
    "how far the beam could be seen from the deck of the pilot boat.",
    "The lamp burned whale oil at first and later paraffin, and the lens",
    "was brought from a workshop in the capital in eleven wooden crates.",
]
MORE = [
    "The keeper and his wife raised six children in the cottage under",
    "the tower, and the youngest kept the light alone for a winter when",
    "her father fell ill and the relief boat could not land at the jetty.",
]
CAPTION = ["Left: The brass lamp", "that burned in the", "tower until the lens", "was replaced."]


def _page(c, number: int) -> None:
    c.setFont("Helvetica-Bold", 20)
    c.drawString(72, 720, "The Light on the Point")
    y = draw_lines(c, 72, 690, BODY, size=10, leading=13)
    c.setFillGray(0.7)
    c.rect(72, y - 110, 150, 100, stroke=0, fill=1)  # the picture
    c.setFillGray(0)
    draw_lines(c, 232, y - 18, CAPTION, font="Helvetica", size=8, leading=10)  # beside it, at its top
    c.setFont("Helvetica-Oblique", 7)
    c.drawString(72, y - 120, "Lent by the Harbour Trust, HT 1977.4")  # under it
    c.setFont("Helvetica-Bold", 13)
    c.drawString(72, y - 150, "The Keeper's Family")
    draw_lines(c, 72, y - 168, MORE, size=10, leading=13)


def test_a_credit_under_a_picture_belongs_to_the_caption_beside_it() -> None:
    (doc,) = pdf.read(canvas_pdf(_page), "/tmp/light.pdf")
    captions = [(" ".join(doc.text[b.start : b.end].split()), b.position, b.credit)
                for b in doc.blocks if b.kind == "caption"]
    assert captions == [("The brass lamp that burned in the tower until the lens was replaced.", "Left",
                         "Lent by the Harbour Trust, HT 1977.4")]


SECTIONS = [("Part One", "The Tower"), ("Part Two", "The Lamp"), ("Part Three", "The Keepers")]


def _margin_label_page(c, number: int) -> None:
    c.setFont("Helvetica-Bold", 20)
    c.drawString(150, 720, "The Light on the Point")
    y = 680.0
    for label, title in SECTIONS:
        c.setFont("Times-Bold", 14)
        c.drawRightString(138, y, label)  # the label in the margin, on the heading's baseline
        c.drawString(150, y, title)
        y = draw_lines(c, 150, y - 20, BODY[:3], size=10, leading=13) - 16


def test_a_unit_label_in_the_margin_on_the_headings_baseline_is_its_label() -> None:
    (doc,) = pdf.read(canvas_pdf(_margin_label_page), "/tmp/margin.pdf")
    assert [(s.label, s.title) for s in doc.sections][1:] == [
        ("Part One", "The Tower"), ("Part Two", "The Lamp"), ("Part Three", "The Keepers")]


def _tab_label_page(c, number: int) -> None:
    c.setFont("Helvetica-Bold", 20)
    c.drawString(72, 720, "The Light on the Point")
    y = 690.0
    for n, title in enumerate(["The Tower", "The Lamp and the", "The Keepers"], start=1):
        c.setFont("Times-Bold", 12.5)
        c.drawString(72, y, title)
        c.setFont("Helvetica-Bold", 7.5)  # the label on a tab at the right end of the heading's first line
        c.drawString(72 + c.stringWidth(title, "Times-Bold", 12.5) + 14, y + 1.5, f"Room {n}")
        if n == 2:
            c.setFont("Times-Bold", 12.5)
            y -= 15
            c.drawString(72, y, "Lens")  # the heading wraps under its tab
        y = draw_lines(c, 72, y - 18, BODY[:3], size=10, leading=13) - 16


def test_a_label_on_a_tab_right_of_a_heading_is_its_label() -> None:
    (doc,) = pdf.read(canvas_pdf(_tab_label_page), "/tmp/tabs.pdf")
    assert [(s.label, s.title) for s in doc.sections][1:] == [
        ("1", "The Tower"), ("2", "The Lamp and the Lens"), ("3", "The Keepers")]


def _quote_page(c, number: int) -> None:
    c.setFont("Helvetica-Bold", 20)
    c.drawString(72, 720, "The Light on the Point")
    c.setFont("Times-Bold", 13)
    c.drawString(72, 690, "The Tower")
    y = draw_lines(c, 72, 672, BODY, size=10, leading=13) - 10
    c.setFont("Times-BoldItalic", 15)  # set in from the column's edge, one statement
    c.drawString(77, y, "The beam could be seen from")
    c.drawString(77, y - 18, "thirty miles out at sea.")
    c.setFont("Times-Bold", 13)
    c.drawString(72, y - 50, "The Keepers")
    draw_lines(c, 72, y - 68, MORE, size=10, leading=13)


def test_an_indented_statement_in_display_type_is_a_pull_quote() -> None:
    (doc,) = pdf.read(canvas_pdf(_quote_page), "/tmp/quote.pdf")
    assert [s.title for s in doc.sections] == ["The Light on the Point", "The Tower", "The Keepers"]
    assert "thirty miles" not in doc.text


def _margin_quote_page(c, number: int) -> None:
    c.setFont("Helvetica-Bold", 20)
    c.drawString(150, 720, "The Light on the Point")
    c.setFont("Times-Bold", 13)
    c.drawString(150, 690, "The Tower")
    y = draw_lines(c, 150, 672, BODY, size=11, leading=14) - 10
    c.setFont("Times-BoldItalic", 12)  # in the margin, beside the next section
    c.drawString(40, y - 20, "The beam reached")
    c.drawString(40, y - 35, "thirty miles out.")
    c.setFont("Times-Bold", 13)
    c.drawString(150, y, "The Keepers")
    draw_lines(c, 150, y - 18, MORE, size=11, leading=14)


def test_a_statement_in_the_margin_in_body_size_italics_is_a_pull_quote() -> None:
    (doc,) = pdf.read(canvas_pdf(_margin_quote_page), "/tmp/margin_quote.pdf")
    assert [b.kind for b in doc.blocks if "thirty miles" in doc.text[b.start : b.end]] == []
    assert [s.title for s in doc.sections] == ["The Light on the Point", "The Tower", "The Keepers"]


def _run_on_pages(c, number: int) -> None:
    if number == 1:
        c.setFont("Helvetica-Bold", 20)
        c.drawString(72, 720, "The Light on the Point")
        c.setFillGray(0.9)
        c.rect(380, 560, 160, 120, stroke=0, fill=1)  # a tinted side-bar beside the text
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 12)
        c.drawString(388, 660, "The Fog Bell")
        draw_lines(c, 388, 644, ["A bell rang in fog every", "half minute from the", "gallery of the tower."],
                   font="Helvetica", size=9, leading=11)
        c.setFont("Times-Bold", 13)
        c.drawString(72, 690, "The Tower")
        draw_lines(c, 72, 672, [line[:50] for line in BODY] + ["and the keeper kept the"], size=10, leading=13)
    else:
        draw_lines(c, 72, 720, ["lamp burning through the whole of that long winter."], size=10, leading=13)
        c.setFont("Times-Bold", 13)
        c.drawString(72, 690, "The Keepers")
        draw_lines(c, 72, 672, MORE, size=10, leading=13)


def test_a_side_bar_beside_text_running_on_over_the_page_is_read_after_it() -> None:
    (doc,) = pdf.read(canvas_pdf(_run_on_pages, pages=2), "/tmp/run_on.pdf")
    # read as soon as the sentence the page left open has ended, before the next page's own sections
    assert [s.title for s in doc.sections] == ["The Light on the Point", "The Tower", "The Fog Bell", "The Keepers"]
    assert any(doc.text[b.start : b.end].endswith("kept the lamp burning through the whole of that long winter.")
               for b in doc.blocks if b.kind == "paragraph")


LEDE = ["For a hundred years a lamp on", "the point guided the boats of", "the bay home through fog", "and storm alike."]


def _lede_beside_page(c, number: int) -> None:
    c.setFont("Times-Bold", 30)
    c.drawString(72, 720, "The Light")
    c.drawString(72, 688, "on the Point")
    draw_lines(c, 380, 730, LEDE, font="Times-Italic", size=11, leading=14)  # beside the title
    c.setFont("Times-Bold", 13)
    c.drawString(72, 640, "The Tower")
    y = draw_lines(c, 72, 622, BODY, size=11.5, leading=14)
    c.setFont("Times-Bold", 13)
    c.drawString(72, y - 10, "The Keepers")
    draw_lines(c, 72, y - 28, MORE, size=11.5, leading=14)


def test_an_italic_lede_beside_the_title_is_body_text_after_it() -> None:
    (doc,) = pdf.read(canvas_pdf(_lede_beside_page), "/tmp/lede.pdf")
    assert [b.kind for b in doc.blocks if "guided the boats" in doc.text[b.start : b.end]] == ["paragraph"]
    assert doc.blocks[1].kind == "paragraph" and "guided the boats" in doc.text[doc.blocks[1].start : doc.blocks[1].end]


def _label_over_heading_page(c, number: int) -> None:
    c.setFont("Times-Bold", 20)
    c.drawString(72, 720, "The Lighthouse")
    c.drawString(72, 696, "on the Point")
    draw_lines(c, 72, 668, [line[:26] for line in BODY], size=10, leading=13)
    c.setFont("Times-Bold", 13.5)
    c.drawString(225, 722, "A")  # a panel label in the next column, level with the title, over its heading
    c.drawString(225, 706, "The Tower")
    draw_lines(c, 225, 688, [line[:40] for line in MORE], size=10, leading=13)


def test_a_label_over_its_own_heading_beside_the_title_stays_that_headings() -> None:
    (doc,) = pdf.read(canvas_pdf(_label_over_heading_page), "/tmp/over.pdf")
    assert [(s.label, s.title) for s in doc.sections] == [(None, "The Lighthouse on the Point"), ("A", "The Tower")]
