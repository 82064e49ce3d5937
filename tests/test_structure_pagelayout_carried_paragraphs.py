"""PDF layout, round 46: a page's boxed side-bar waits for the end of the paragraph the page
leaves open, not only of its sentence: a full line ending a sentence over a line with no indent
goes on. Pages drawn with reportlab; every text is invented."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import canvas_pdf, draw_lines
from vitrina.ingest import pdf
from vitrina.structure import pagelayout

BODY = [
    "The tide mill stood at the head of the creek for",
    "two hundred years. Its pond filled through a gate",
    "that closed itself as the water began to fall,",
    "and the miller worked the stones through the ebb.",
    "In a good month the mill ground four hundred sacks",
    "of wheat, and the barges carried the flour away to",
    "the town on the next high water. The last miller",
    "kept the wheel turning long after the steam mills",
    "had taken the trade, until a storm broke the gate",
]
BOX = [
    "The stones were cut from a quarry in France",
    "and shipped across in pairs. A new pair lasted",
    "about twenty years of steady grinding work.",
]
CARRIED = [
    "and the pond silted up in the winter of that year.",
    "The building became a store for boats and nets,",
    "and it was kept dry by the family who owned it.",
]


def _draw(c, page: int) -> None:
    if page == 1:
        c.setFont("Helvetica-Bold", 18)
        c.drawString(72, 720, "The Mill on the Creek")
        draw_lines(c, 72, 690, BODY, size=10, leading=13)
        c.setFillGray(0.9)
        c.rect(330, 560, 220, 150, stroke=1, fill=1)
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 12)
        c.drawString(340, 690, "Millstones")
        draw_lines(c, 340, 670, BOX, size=10, leading=13)
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
