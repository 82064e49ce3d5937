"""Round 41 (structset44, PDF): an object label's tombstone lines (date, medium, lender) set in a
smaller type right over its text, no wider space between: the text's first line, opening in
capitals in the body's size, opens a paragraph of its own (``size_step_opens``). Drawn with
reportlab; every text is invented."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import canvas_pdf, draw_lines
from vitrina.ingest import pdf
from vitrina.structure.pagelayout import LIMITS, rebuild_pdf

reportlab = pytest.importorskip("reportlab")

TOMBSTONE = ["About 1890", "Oak, iron and brass", "Lent by the Saltmarsh Guild"]
TEXT = [
    "The ferryman's bell hung on a post at the end of the north pier, and a traveller",
    "who wanted to cross rang it until the boat put out from the far side of the water.",
    "In fog the ferryman rang it himself every few minutes so that other boats would",
    "know where the pier stood, and the sound carried far along the shore.",
]


def _label(c, _number: int) -> None:
    c.setFont("Helvetica-Bold", 20)
    c.drawString(72, 720, "Crossing the Water")
    c.setFont("Helvetica-Bold", 12)
    c.drawString(72, 680, "The Ferry Bell")
    draw_lines(c, 72, 660, TOMBSTONE, size=7.8, leading=10)
    draw_lines(c, 72, 627, TEXT, size=9, leading=12)


def _paragraphs() -> list[str]:
    doc = rebuild_pdf(pdf.read_geometry(canvas_pdf(_label)), "bell", "/tmp/bell.pdf")
    return [" ".join(doc.text[b.start:b.end].split()) for b in doc.blocks if b.kind == "paragraph"]


def test_text_under_smaller_tombstone_lines_opens_a_paragraph(monkeypatch: pytest.MonkeyPatch) -> None:
    assert " ".join(TEXT) in _paragraphs()
    monkeypatch.setitem(LIMITS, "size_step_opens", 0)
    assert " ".join(TEXT) not in _paragraphs()
