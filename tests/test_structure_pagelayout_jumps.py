"""A PDF leaflet printed outside first: a text broken off on its inside page by a jump line
naming a panel ("Continued on the back panel") goes on on the page before, after a jump line
naming where it came from; the two halves read as one paragraph. Every text is invented."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import canvas_pdf, draw_lines
from vitrina.ingest import pdf

OUTSIDE = [
    "the last keeper left the tower when the lamp was made automatic in the spring of",
    "that year. The keepers' cottages are now let to visitors.",
]
INSIDE = [
    "The first tower on the point was built of timber and burned down within ten years of",
    "its lighting, so the harbour board raised a stone tower on the same rock and fitted",
    "it with a clockwork lamp that turned through the night, and",
]
KEEPERS = [
    "Keepers worked in pairs, one on watch while the other slept in the room under the",
    "lantern, and they logged the weather every four hours in a book kept by the lamp.",
]


@pytest.fixture
def leaflet() -> bytes:
    pytest.importorskip("reportlab")

    def draw(c, number: int) -> None:
        if number == 1:  # the outside, printed first
            c.setFont("Helvetica-Bold", 16)
            c.drawString(72, 720, "The Keepers")
            y = draw_lines(c, 72, 695, KEEPERS)
            y = draw_lines(c, 72, y - 8, ["Continued from the inside"], font="Times-Italic", size=9)
            draw_lines(c, 72, y - 4, OUTSIDE)
        else:
            c.setFont("Helvetica-Bold", 16)
            c.drawString(72, 720, "A Light on the Point")
            y = draw_lines(c, 72, 695, INSIDE)
            draw_lines(c, 72, y - 8, ["Continued on the back panel"], font="Times-Italic", size=9)

    return canvas_pdf(draw, pages=2)


def test_the_halves_parted_by_jump_lines_read_as_one_paragraph(leaflet: bytes) -> None:
    doc = pdf.read(leaflet, "light.pdf")[0]
    paragraphs = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert "Continued" not in doc.text
    assert any("turned through the night, and the last keeper left the tower" in p for p in paragraphs)
