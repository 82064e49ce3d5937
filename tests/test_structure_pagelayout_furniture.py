"""Labels and page furniture read by geometry: a short line closing on its number in caption
type right over a heading is the heading's label, whatever its unit word; a one-page
sheet's footer line of several parts is no body text, and a band drawn across the page
under it is no picture. Every text is invented."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import canvas_pdf
from tests._pdf_helpers import draw_lines as _lines
from vitrina.ingest import pdf
from vitrina.structure.pagelayout import _word_count, rebuild_pdf

reportlab = pytest.importorskip("reportlab")

FERRY = [
    "The chain ferry crossed the river forty times a day, hauled along two iron chains",
    "laid on the river bed, and carried carts, cattle and the mail between the towns.",
    "Its engine house on the north bank still stands, though the chains were lifted.",
]


def _rooms(c, number: int) -> None:
    _lines(c, 72, 730, ["Crossing the River"], "Helvetica-Bold", 22)
    y = _lines(c, 72, 690, FERRY * 2, "Times-Roman", 11, 14)
    for n, title in ((1, "The Chain Ferry"), (2, "The Engine House")):
        y = _lines(c, 72, y - 16, [f"Bay {n}"], "Times-Italic", 9, 11)
        y = _lines(c, 72, y + 2, [title], "Helvetica-Bold", 14, 16)
        y = _lines(c, 72, y - 2, FERRY * 2, "Times-Roman", 11, 14)


def test_a_short_line_closing_on_its_number_over_a_heading_is_its_label() -> None:
    doc = rebuild_pdf(pdf.read_geometry(canvas_pdf(_rooms)), "ferry", "/tmp/ferry.pdf")
    assert [(s.label, s.title) for s in doc.sections][-2:] == [("Bay 1", "The Chain Ferry"),
                                                              ("Bay 2", "The Engine House")]
    assert not [b for b in doc.blocks if b.kind == "caption"]


FOOTER = "Riverside Museum of the Towns · Crossing the River · 3 May – 30 September"


def _sheet(c, number: int) -> None:
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    _lines(c, 72, 730, ["Crossing the River"], "Helvetica-Bold", 22)
    c.drawImage(ImageReader(Image.new("RGB", (40, 30), (120, 140, 160))), 420, 700, 120, 60)
    _lines(c, 420, 688, ["Above: the ferry in 1890."], "Times-Italic", 9, 11)
    y = _lines(c, 72, 690, FERRY * 12, "Times-Roman", 11, 14)
    _lines(c, 72, y - 10, FERRY, "Times-Roman", 10, 12)  # a side-bar in smaller type, over the band
    c.setFillColorRGB(0.1, 0.2, 0.4)
    c.rect(0, 0, 612, 40, stroke=0, fill=1)  # a band across the page's foot
    c.setFillColorRGB(1, 1, 1)
    _lines(c, 72, 16, [FOOTER], "Helvetica", 8)


def test_a_one_page_footer_in_a_band_is_running_and_the_band_no_picture() -> None:
    doc = rebuild_pdf(pdf.read_geometry(canvas_pdf(_sheet)), "sheet", "/tmp/sheet.pdf")
    assert "Riverside Museum" not in doc.text
    assert [b.kind for b in doc.blocks if b.kind != "heading"][-2:] == ["paragraph", "paragraph"]


def test_separators_are_no_words() -> None:
    assert _word_count(FOOTER) == 12


def test_title_lines_whose_font_boxes_overlap_are_one_heading() -> None:
    from array import array

    from vitrina.structure.geometry import TextLine
    from vitrina.structure.pagelayout import _same_heading

    def line(top: float, text: str) -> TextLine:  # boxes far taller than the leading
        boxes = array("d", [v for k in range(len(text)) for v in (40 + 19 * k, top, 59 + 19 * k, top + 62)])
        return TextLine(1, text, boxes, 38.0, True, False)

    first, second = line(57.0, "The Salt Road:"), line(95.0, "Carts and Barges")
    assert _same_heading(first, second)
    assert not _same_heading(first, line(60.0, "Carts and Barges"))  # level with it, not under it


def _loose_caption(c, number: int) -> None:
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    _lines(c, 72, 742, ["WEST HALL · THE RIVER TRADES"], "Helvetica", 8)  # close over the title
    _lines(c, 72, 712, ["Crossing the River"], "Helvetica-Bold", 26)
    y = _lines(c, 72, 680, FERRY * 4, "Times-Roman", 11, 14)
    c.drawImage(ImageReader(Image.new("RGB", (40, 30), (120, 140, 160))), 300, y - 130, 200, 120)
    y = _lines(c, 72, y - 20, ["Right: The ferry's winding", "drum, cast at the town", "foundry in 1861."],
               "Helvetica", 8, 16)  # loose leading
    _lines(c, 72, y, ["Lent by the Society of", "River Engineers"], "Helvetica-Oblique", 7, 16)


def test_a_capitals_line_right_over_the_title_is_a_kicker_and_a_credit_keeps_the_captions_leading() -> None:
    doc = rebuild_pdf(pdf.read_geometry(canvas_pdf(_loose_caption)), "ferry", "/tmp/ferry.pdf")
    assert "WEST HALL" not in doc.text
    captions = [(doc.text[b.start : b.end], b.credit) for b in doc.blocks if b.kind == "caption"]
    assert captions == [("The ferry's winding drum, cast at the town foundry in 1861.",
                         "Lent by the Society of River Engineers")]


def test_a_part_of_the_footer_line_in_its_size_but_another_weight_is_footer_too() -> None:
    def draw(c, _page: int) -> None:
        _lines(c, 72, 730, ["Crossing the River"], "Helvetica-Bold", 22)
        _lines(c, 72, 690, FERRY * 3, "Times-Roman", 11, 14)
        _lines(c, 72, 30, ["Riverside Museum of the Towns"], "Helvetica-Bold", 8)
        _lines(c, 420, 30, ["Please leave this sheet here"], "Helvetica", 8)

    doc = rebuild_pdf(pdf.read_geometry(canvas_pdf(draw)), "ferry", "/tmp/ferry.pdf")
    assert "Riverside Museum" not in doc.text and "Please leave this sheet" not in doc.text
