"""Captions set over their pictures with the pictures pushed to the next page: a caption
closed by its credit at one page's foot is not continued by the next caption at the top
of the following page. Every text is invented."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import canvas_pdf
from tests._pdf_helpers import draw_lines as _lines
from vitrina.ingest import pdf
from vitrina.structure.pagelayout import rebuild_pdf

reportlab = pytest.importorskip("reportlab")

MILL = [
    "The tide mill on the estuary ground corn for four villages, its wheel turned",
    "by water held back in a pond at high tide and let out through the sluice as",
    "the tide fell, so the millers worked by the moon rather than by the clock.",
    "In a good year the mill ground enough flour to feed the parish all winter.",
]


def _pages(c, number: int) -> None:
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    picture = ImageReader(Image.new("RGB", (40, 30), (120, 140, 160)))
    if number == 1:
        _lines(c, 72, 730, ["Flour and Tide"], "Helvetica-Bold", 22)
        y = _lines(c, 72, 690, MILL * 8, "Times-Roman", 11, 14)
        _lines(c, 72, y - 8, ["The sluice gate at dawn, with the pond full behind the wheel house and",
                              "the gate. Courtesy of the Marsh Country Archive"], "Times-Italic", 9, 11)
    else:
        _lines(c, 72, 740, ["The miller's house from the causeway. Photo: Ann Reed"], "Times-Italic", 9, 11)
        c.drawImage(picture, 72, 560, 200, 160)
        c.drawImage(picture, 300, 560, 200, 160)
        _lines(c, 72, 530, MILL * 2, "Times-Roman", 11, 14)


def test_a_caption_closed_by_its_credit_is_not_continued_over_the_page() -> None:
    data = canvas_pdf(_pages, pages=2)
    doc = rebuild_pdf(pdf.read_geometry(data), "mill", "/tmp/mill.pdf")
    captions = [(doc.text[b.start : b.end], b.credit) for b in doc.blocks if b.kind == "caption"]
    assert ("The sluice gate at dawn, with the pond full behind the wheel house and the gate.",
            "Courtesy of the Marsh Country Archive") in captions
    assert ("The miller's house from the causeway.", "Photo: Ann Reed") in captions
