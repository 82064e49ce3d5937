"""PDF layout, round 46: a page's boxed side-bar waits for the end of the paragraph the page
leaves open, not only of its sentence: a full line ending a sentence over a line with no indent
goes on. Pages drawn with reportlab; every text is invented."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import canvas_pdf
from tests.test_structure_pagelayout_carried_sentence import draw_mill_page
from vitrina.ingest import pdf
from vitrina.structure import pagelayout

CARRIED = [
    "and the pond silted up in the winter of that year.",
    "The building became a store for boats and nets,",
    "and it was kept dry by the family who owned it.",
]


def _draw(c, page: int) -> None:
    if page == 1:
        draw_mill_page(c)
    else:
        c.setFont("Times-Roman", 10)
        for k, line in enumerate(CARRIED):  # set justified: each line to the column's right edge
            c.drawString(72, 720 - 13 * k, line, charSpace=(228 - c.stringWidth(line, "Times-Roman", 10)) / max(len(line) - 1, 1))


def _body(doc) -> str:
    paragraphs = [" ".join(doc.text[b.start : b.end].split()) for b in doc.blocks if b.kind == "paragraph"]
    return next(p for p in paragraphs if p.startswith("The tide mill"))


def test_the_side_bar_waits_for_the_paragraphs_end() -> None:
    [doc] = pdf.read(canvas_pdf(_draw, pages=2), "mill.pdf")
    assert _body(doc).endswith("kept dry by the family who owned it.")


def test_without_the_switch_it_waits_for_the_sentences_end(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(pagelayout.LIMITS, "carried_paragraphs", 0)
    [doc] = pdf.read(canvas_pdf(_draw, pages=2), "mill.pdf")
    assert _body(doc).endswith("silted up in the winter of that year.")
