"""Running lines and credits of hand-set PDF layouts: a footer whose page number is
read as its own line on one page and inside the name on another, a running head
that joins part of the title to a museum name, a credit wrapped after a spaced
slash, a subtitle under the title. Every text is invented."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import canvas_pdf as _canvas_pdf
from tests._pdf_helpers import draw_lines as _lines
from tests._pdf_helpers import glyph_line
from vitrina.ingest import pdf
from vitrina.structure.geometry import PageGeometry, PdfContent, TextLine
from vitrina.structure.pagelayout import rebuild_pdf

reportlab = pytest.importorskip("reportlab")

MILL = [
    "The tide mill on the estuary ground corn for four villages, its wheel turned",
    "by water held back in a pond at high tide and let out through the sluice as",
    "the tide fell, so the millers worked by the moon rather than by the clock.",
    "In a good year the mill ground enough flour to feed the parish all winter.",
]


def _line(page: int, x: float, top: float, text: str, size: float = 11.0, bold: bool = False) -> TextLine:
    """A line as the PDF reader gives it, each glyph half its size wide."""
    return glyph_line(page, x, top, text, size, bold)


def _footer_content() -> PdfContent:
    """Two pages whose footer is read as one line "Name 1" on the first page and as
    the name and, far to its right, the number on the second."""
    pages = []
    for number in (1, 2):
        lines = [_line(number, 72, 60, "Flour and Tide", 22, bold=True)] if number == 1 else []
        lines += [_line(number, 72, 120 + 14 * k, text) for k, text in enumerate(MILL * 3)]
        if number == 1:
            lines.append(_line(1, 72, 760, "Estuary Mills Trust 1", 8))
        else:
            lines += [_line(2, 72, 760, "Estuary Mills Trust", 8), _line(2, 536, 760, "2", 8)]
        pages.append(PageGeometry(number, 612, 792, lines))
    return PdfContent(pages)


def test_footer_with_its_number_apart_on_one_page_and_inside_it_on_another() -> None:
    doc = rebuild_pdf(_footer_content(), "mill", "/tmp/mill.pdf")
    assert "Estuary Mills Trust" not in doc.text
    body = [doc.text[b.start : b.end].strip() for b in doc.blocks if b.kind != "heading"]
    assert "2" not in body
    assert [b.kind for b in doc.blocks] == ["heading", "paragraph"]


def _echo_page(c, number: int) -> None:
    if number == 1:
        _lines(c, 72, 730, ["Flour and Tide:", "The Estuary Mills"], "Helvetica-Bold", 22, 26)
    else:
        _lines(c, 200, 760, ["Flour and Tide \u00b7 Museum of the Marsh Country"], "Helvetica", 8)
    _lines(c, 72, 660, MILL * 2, "Times-Roman", 11, 14)


def test_running_head_joining_part_of_the_title_to_another_name_on_one_page() -> None:
    (doc,) = pdf.read(_canvas_pdf(_echo_page, pages=2), "/tmp/echo.pdf")
    assert "Museum of the Marsh Country" not in doc.text
    assert doc.title == "Flour and Tide: The Estuary Mills"


def _slash_credit_page(c, number: int) -> None:
    _lines(c, 72, 730, ["Flour and Tide"], "Helvetica-Bold", 22)
    y = _lines(c, 72, 690, MILL, "Times-Roman", 11, 14)
    _lines(c, 72, y - 20, ["The sluice gate raised for the ebb."], "Times-Italic", 9, 11)
    _lines(c, 72, y - 31, ["Photo: Ines Caddow /", "Marsh Country Archive"], "Helvetica", 7.5, 9)
    _lines(c, 72, y - 70, MILL[::-1], "Times-Roman", 11, 14)


def test_credit_wrapped_after_a_spaced_slash_keeps_the_space() -> None:
    (doc,) = pdf.read(_canvas_pdf(_slash_credit_page), "/tmp/slash.pdf")
    credits = [b.credit for b in doc.blocks if b.kind == "caption"]
    assert credits == ["Photo: Ines Caddow / Marsh Country Archive"]


def _subtitle_page(deck: str):
    def page(c, number: int) -> None:
        _lines(c, 72, 730, ["Flour and Tide"], "Helvetica-Bold", 24)
        _lines(c, 72, 705, [deck], "Times-Italic", 13)
        y = _lines(c, 72, 670, MILL, "Times-Roman", 11, 14)
        _lines(c, 72, y - 20, ["The Pond"], "Helvetica-Bold", 15)
        y = _lines(c, 72, y - 44, MILL[::-1], "Times-Roman", 11, 14)
        _lines(c, 72, y - 20, ["The Sluice"], "Helvetica-Bold", 15)
        _lines(c, 72, y - 44, MILL, "Times-Roman", 11, 14)
    return page


def test_subtitle_in_a_style_of_its_own_under_the_title_is_no_section() -> None:
    # a deck in sentence case: a heading block of the title's section (round 33's subtitle convention)
    (doc,) = pdf.read(_canvas_pdf(_subtitle_page("Millers and the tides on the marsh, 1790\u20131880")), "/tmp/s.pdf")
    assert [s.title for s in doc.sections] == ["Flour and Tide", "The Pond", "The Sluice"]
    assert doc.title == "Flour and Tide"
    assert "Millers and the tides on the marsh" in doc.text  # kept, as a heading block


def test_subtitle_in_title_case_under_the_title_completes_it() -> None:
    (doc,) = pdf.read(_canvas_pdf(_subtitle_page("Millers and Tides on the Marsh, 1790\u20131880")), "/tmp/s.pdf")
    assert [s.title for s in doc.sections] == [
        "Flour and Tide Millers and Tides on the Marsh, 1790\u20131880", "The Pond", "The Sluice"]


def _kicker_page(c, number: int) -> None:
    _lines(c, 360, 770, ["Tide Mills of the Marsh: An Exhibit"], "Helvetica", 8)
    _lines(c, 72, 720, ["Flour and Tide"], "Helvetica-Bold", 22)
    _lines(c, 72, 680, MILL * 2, "Times-Roman", 11, 14)


def test_small_line_over_the_title_at_the_top_edge_of_a_one_page_exhibit_is_running() -> None:
    (doc,) = pdf.read(_canvas_pdf(_kicker_page), "/tmp/kicker.pdf")
    assert "An Exhibit" not in doc.text
    assert [b.kind for b in doc.blocks] == ["heading", "paragraph"]


def _narrow_credit_page(c, number: int) -> None:
    """A caption in body type set beside its picture, its credit wrapped over four narrow
    lines, a word of it broken at a hyphen; another whose credit's last name wraps."""
    _lines(c, 72, 730, ["Flour and Tide"], "Helvetica-Bold", 22)
    y = _lines(c, 72, 690, MILL, "Times-Roman", 11, 14)
    c.rect(72, y - 80, 80, 70)
    _lines(c, 170, y - 20, ["Above: The sluice", "gate at dawn. Im-", "age: Ines Caddow", "/ Marsh Country", "Archive"],
           "Times-Roman", 11, 13)
    y = _lines(c, 72, y - 110, MILL[::-1], "Times-Roman", 11, 14)
    c.rect(72, y - 80, 80, 70)
    _lines(c, 170, y - 20, ["Left: The miller's", "scales. Photo: Ada", "Brennan"], "Times-Roman", 11, 13)
    _lines(c, 72, y - 110, MILL, "Times-Roman", 11, 14)


def test_credit_wrapped_over_narrow_lines_beside_a_picture() -> None:
    (doc,) = pdf.read(_canvas_pdf(_narrow_credit_page), "/tmp/narrow.pdf")
    captions = [(doc.text[b.start : b.end], b.credit) for b in doc.blocks if b.kind == "caption"]
    assert captions == [
        ("The sluice gate at dawn.", "Image: Ines Caddow / Marsh Country Archive"),
        ("The miller's scales.", "Photo: Ada Brennan"),
    ]


def _left_caption_page(c, number: int) -> None:
    """A body-type caption set on the left of its picture, level with its top, right
    under a paragraph; a section numbered with its sign over its heading."""
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    _lines(c, 72, 730, ["Flour and Tide"], "Helvetica-Bold", 22)
    y = _lines(c, 72, 690, MILL, "Times-Roman", 11, 14)
    picture = ImageReader(Image.new("RGB", (40, 30), (120, 140, 160)))
    c.drawImage(picture, 340, y - 114, 200, 124)  # its top level with the caption's
    _lines(c, 72, y + 2, ["The sluice gate at dawn. Marsh Country Archive"], "Times-Roman", 11, 14)
    y = _lines(c, 72, y - 150, ["\u00a7 2"], "Times-Bold", 11, 14)
    y = _lines(c, 72, y, ["The Sluice"], "Times-Bold", 11, 20)
    _lines(c, 72, y, MILL, "Times-Roman", 11, 14)


def test_body_type_caption_left_of_its_picture_and_a_section_sign_label() -> None:
    (doc,) = pdf.read(_canvas_pdf(_left_caption_page), "/tmp/left.pdf")
    assert [(s.label, s.title) for s in doc.sections][-1] == ("2", "The Sluice")
    captions = [(doc.text[b.start : b.end], b.credit) for b in doc.blocks if b.kind == "caption"]
    assert captions == [("The sluice gate at dawn.", "Marsh Country Archive")]


def _two_column_picture_page(c, number: int) -> None:
    """A picture in the right column level with body lines of the left column."""
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    _lines(c, 72, 740, ["Flour and Tide"], "Helvetica-Bold", 22)
    _lines(c, 72, 700, [line[:40] for line in MILL * 6], "Times-Roman", 11, 14)
    _lines(c, 330, 700, [line[:40] for line in MILL[::-1] * 3], "Times-Roman", 11, 14)
    picture = ImageReader(Image.new("RGB", (40, 30), (120, 140, 160)))
    c.drawImage(picture, 330, 420, 200, 120)  # its top level with a line of the left column


def test_body_line_of_one_column_beside_a_picture_in_the_other_is_body() -> None:
    (doc,) = pdf.read(_canvas_pdf(_two_column_picture_page), "/tmp/columns.pdf")
    assert not any(b.kind == "caption" for b in doc.blocks)
