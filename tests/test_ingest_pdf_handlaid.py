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
