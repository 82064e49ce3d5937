"""PDF layouts of the kind people set by hand: a lede in display type, a label in a
box beside its title or on a line above it, credits known by their style, a running
head that repeats the title. Every text is invented."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import canvas_pdf as _canvas_pdf
from tests._pdf_helpers import draw_lines as _lines
from vitrina.ingest import pdf
from vitrina.structure.captions import alone_label, is_credit

reportlab = pytest.importorskip("reportlab")






BODY = [
    "The salt works on the northern marsh boiled brine in iron pans",
    "from spring to the first frost, and the families who tended them",
    "traded salt for flour with the farms up the valley road.",
]
LEDE = [
    "For a hundred years the marsh fed the towns along the bay with salt,",
    "and the pans that once stood in rows along the shore are now a field",
    "of reeds. This room tells how the works began, how the families who ran",
    "them lived, and why the last fire under the pans went out one winter.",
]


def _boxed_label_page(c, number: int) -> None:
    """A number in a box beside the title, a lede in larger type, lettered panels
    whose letter sits in its own box, a label line above one title."""
    c.setFillGray(0.3)
    c.rect(70, 700, 24, 26, fill=1)
    c.setFillGray(0)
    _lines(c, 76, 706, ["7"], "Helvetica-Bold", 20)
    _lines(c, 112, 706, ["Salt from the Marsh"], "Helvetica-Bold", 20)
    y = _lines(c, 72, 670, LEDE, "Times-Roman", 12.5, 16)
    c.setFont("Helvetica-Bold", 15)
    c.drawString(74, y - 20, "A")
    c.drawString(100, y - 20, "Boiling the Brine")
    y = _lines(c, 72, y - 44, BODY)
    _lines(c, 72, y - 20, ["Part Two"], "Helvetica-Bold", 8.5)
    _lines(c, 72, y - 36, ["A Trade in Flour"], "Helvetica-Bold", 15)
    _lines(c, 72, y - 60, BODY[::-1])


def test_label_in_a_box_lede_and_label_line() -> None:
    (doc,) = pdf.read(_canvas_pdf(_boxed_label_page), "/tmp/salt.pdf")
    assert [(s.label, s.title) for s in doc.sections] == [
        ("7", "Salt from the Marsh"),
        ("A", "Boiling the Brine"),
        ("Two", "A Trade in Flour"),  # "A" is the article here: no gap sets it apart
    ]
    paragraphs = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert paragraphs[0].startswith("For a hundred years") and paragraphs[0].endswith("one winter.")


def _credit_style_page(c, number: int) -> None:
    if number == 1:
        _lines(c, 72, 720, ["The Lamp Makers of Harbour Street"], "Helvetica-Bold", 22)
        y = _lines(c, 72, 680, BODY)
        y = _lines(c, 72, y - 100, [
            "A brass lamp of the kind sold to fishing boats. Each was tested",
            "in a tank of cold water before it left the shop.",
        ], "Times-Roman", 8.5, 10)
        _lines(c, 72, y, ["Lent by a family of the town"], "Times-Italic", 7.5)
        _lines(c, 72, y - 40, BODY[::-1])
    else:
        _lines(c, 72, 760, ["The Lamp Makers"], "Times-Italic", 9)  # echoes the title
        _lines(c, 72, 700, BODY)


def test_credit_on_its_own_line_by_style_and_title_running_head() -> None:
    (doc,) = pdf.read(_canvas_pdf(_credit_style_page, pages=2), "/tmp/lamps.pdf")
    captions = [b for b in doc.blocks if b.kind == "caption"]
    assert len(captions) == 1
    assert doc.text[captions[0].start : captions[0].end].endswith("before it left the shop.")
    assert captions[0].credit == "Lent by a family of the town"
    body = [doc.text[b.start : b.end] for b in doc.blocks if b.kind != "heading"]
    assert not any("The Lamp Makers" in text for text in body)


def test_label_identifier_without_its_unit_word() -> None:
    assert alone_label("Panel 3") == "3"
    assert alone_label("Part Four") == "Four"
    assert alone_label("iv.") == "IV"
    assert alone_label("Part of the Story") is None
    assert alone_label("Four") is None  # a number word labels only after a unit word


def test_credit_listed_as_a_hierarchy() -> None:
    listed = ["Harbour", "News", "Agency,", "Glass", "Plates", "Division,", "Museum", "of", "the", "Coast"]
    assert is_credit(listed, closes_caption=True)
    assert not is_credit(["the", "boats", "came", "home", "late,", "and", "the", "harbour", "was", "quiet", "at", "last"], True)


MILL = [
    "The mill on the weir ground oats for the parish from the thaw until",
    "the first hard frost, and its wheel turned the stones, the sack hoist",
    "and a saw bench that the carpenters of the valley shared between them.",
]


def _tall_number_page(c, number: int) -> None:
    """A tall number beside a title set over two lines, labels on lines above the
    panel titles, a "Below:" caption over its picture and a paragraph under it."""
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    if number == 1:
        c.setFont("Times-Bold", 40)
        c.drawString(72, 686, "9")
        _lines(c, 110, 700, ["Wheels on the Weir:", "The Valley Mills, 1790-1910"], "Times-Bold", 20, 24)
        _lines(c, 72, 640, ["Panel 1"], "Helvetica-Bold", 9)
        _lines(c, 72, 626, ["Grinding for the Parish"], "Times-Bold", 15)
        y = _lines(c, 72, 606, MILL)
        y = _lines(c, 72, y - 14, ["Below: The wheel pit after the great flood of the valley."],
                   "Helvetica", 8.5, 10)
        picture = Image.new("RGB", (40, 30), (90, 90, 90))
        c.drawImage(ImageReader(picture), 72, y - 150, width=220, height=150)
        _lines(c, 72, y - 166, MILL[::-1])
    else:
        _lines(c, 72, 760, ["Wheels on the Weir - p. 2"], "Helvetica", 8)
        _lines(c, 72, 700, MILL)


def test_tall_number_beside_a_two_line_title_and_a_caption_over_its_picture() -> None:
    (doc,) = pdf.read(_canvas_pdf(_tall_number_page, pages=2), "/tmp/mill.pdf")
    assert [(s.label, s.title) for s in doc.sections][:2] == [
        ("9", "Wheels on the Weir: The Valley Mills, 1790-1910"),
        ("1", "Grinding for the Parish"),
    ]
    captions = [b for b in doc.blocks if b.kind == "caption"]
    assert [c.position for c in captions] == ["Below"]  # the paragraph under the picture is body
    assert doc.figures[0].caption == captions[0].id


def test_running_head_with_an_abbreviated_page_number_on_one_page() -> None:
    (doc,) = pdf.read(_canvas_pdf(_tall_number_page, pages=2), "/tmp/mill.pdf")
    body = [doc.text[b.start : b.end] for b in doc.blocks if b.kind != "heading"]
    assert not any("Wheels on the Weir" in text for text in body)


def _dash_credit_page(c, number: int) -> None:
    _lines(c, 72, 720, ["The Ferry Crossing"], "Helvetica-Bold", 22)
    y = _lines(c, 72, 680, MILL)
    y = _lines(c, 72, y - 20, [
        "The chain ferry loaded with hay carts on a market morning. \u2014 Courtesy of",
        "the Riverside Parish Archive",
    ], "Times-Italic", 8.5, 10)
    y = _lines(c, 72, y - 20, MILL[::-1])
    _lines(c, 72, y - 20, [
        "The ferryman's cottage and its boat shed on the far bank.",
        "Courtesy of the Riverside Parish Archive.",
    ], "Times-Italic", 8.5, 10)


def test_credit_after_a_dash_and_a_credit_closed_by_a_full_stop() -> None:
    (doc,) = pdf.read(_canvas_pdf(_dash_credit_page), "/tmp/ferry.pdf")
    captions = [(doc.text[b.start : b.end], b.credit) for b in doc.blocks if b.kind == "caption"]
    assert captions == [
        ("The chain ferry loaded with hay carts on a market morning.",
         "Courtesy of the Riverside Parish Archive"),
        ("The ferryman's cottage and its boat shed on the far bank.",
         "Courtesy of the Riverside Parish Archive"),
    ]


def _browser_print_page(c, number: int) -> None:
    _lines(c, 24, 780, ["30/11/2026, 14:22   Wheels on the Weir | Valley Museums"], "Helvetica", 8)
    _lines(c, 72, 720, ["Wheels on the Weir"], "Times-Bold", 24)
    _lines(c, 72, 680, MILL, "Times-Roman", 12, 15)
    _lines(c, 24, 20, ["file:///home/visitor/mill.html   1/1"], "Helvetica", 8)


def test_browser_print_header_with_the_stated_title_on_a_single_page() -> None:
    data = _canvas_pdf(_browser_print_page, title="Wheels on the Weir | Valley Museums")
    (doc,) = pdf.read(data, "/tmp/mill-print.pdf")
    assert "Valley Museums" not in doc.text and "14:22" not in doc.text and "file:" not in doc.text
    assert [s.title for s in doc.sections] == ["Wheels on the Weir"]
