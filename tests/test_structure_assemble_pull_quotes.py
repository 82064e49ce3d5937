"""Pull quotes said once: a quoted statement set as display type is no section title.
Every text is invented."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import canvas_pdf as _canvas_pdf
from tests._pdf_helpers import draw_lines as _lines
from vitrina.ingest import pdf
from vitrina.structure.assemble import quoted_statement

reportlab = pytest.importorskip("reportlab")

MILL = [
    "The mill on the weir ground oats for the farms of the valley, and in a dry",
    "summer the miller let the pond fill overnight before he opened the race.",
    "A second wheel was added when the tannery took over the lower floor.",
]


def test_a_quoted_statement_ends_with_a_full_stop_inside_its_quotation_marks() -> None:
    assert quoted_statement("\u201cThe river ran white with flour that spring.\u201d")
    assert quoted_statement('"We never once saw the far bank."')
    assert not quoted_statement("\u201cRemember the Weir!\u201d")  # a slogan named as a title
    assert not quoted_statement("\u201cForty Acres\u201d and the Valley Farms")
    assert not quoted_statement("The river ran white with flour that spring.")
    assert not quoted_statement("\u201cHe said \u201cno\u201d to the miller.\u201d")


def _quote_page(c, number: int) -> None:
    _lines(c, 72, 720, ["The Valley Mill"], "Helvetica-Bold", 22)
    _lines(c, 72, 680, ["Oats and Water"], "Helvetica-Bold", 14)
    y = _lines(c, 72, 660, MILL, "Times-Roman", 11, 14)
    _lines(c, 110, y - 24, ["\u201cThe pond was never empty in", "forty years of grinding.\u201d"],
           "Times-Italic", 16, 20)
    _lines(c, 72, y - 90, ["The Tannery Floor"], "Helvetica-Bold", 14)
    _lines(c, 72, y - 110, MILL[::-1], "Times-Roman", 11, 14)


def test_a_pull_quote_said_once_is_no_section() -> None:
    (doc,) = pdf.read(_canvas_pdf(_quote_page), "/tmp/mill.pdf")
    assert [s.title for s in doc.sections] == ["The Valley Mill", "Oats and Water", "The Tannery Floor"]
    texts = [doc.text[b.start : b.end] for b in doc.blocks]
    assert not any("never empty" in t for t in texts)


def _box_quote_page(c, number: int) -> None:
    _lines(c, 72, 720, ["The Valley Mill"], "Helvetica-Bold", 22)
    _lines(c, 72, 680, ["Oats and Water"], "Helvetica-Bold", 14)
    y = _lines(c, 72, 660, [*MILL, "When the flood came in the spring of that year the water rose so"],
               "Times-Roman", 11, 14)
    _lines(c, 90, y - 20, ["The whole valley was under water in one night."], "Helvetica-Bold", 14)
    y = _lines(c, 72, y - 60, ["fast that the miller lost the lower floor, the sacks and the cart.", *MILL[1:]],
               "Times-Roman", 11, 14)
    _lines(c, 72, y - 30, ["The Tannery Floor"], "Helvetica-Bold", 14)
    _lines(c, 72, y - 50, MILL[::-1], "Times-Roman", 11, 14)


def test_a_sentence_set_as_display_type_inside_a_paragraph_is_no_section_and_the_paragraph_is_whole() -> None:
    (doc,) = pdf.read(_canvas_pdf(_box_quote_page), "/tmp/mill.pdf")
    assert [s.title for s in doc.sections] == ["The Valley Mill", "Oats and Water", "The Tannery Floor"]
    texts = [" ".join(doc.text[b.start : b.end].split()) for b in doc.blocks if b.kind == "paragraph"]
    assert any("the water rose so fast that the miller" in t for t in texts)
    assert not any("under water in one night" in t for t in texts)
