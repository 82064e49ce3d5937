"""A page's boxed side-bar is read after the sentence its page leaves open, not inside it.
Pages drawn with reportlab; every text is invented."""

from __future__ import annotations

from tests._pdf_helpers import canvas_pdf, draw_lines
from vitrina.ingest import pdf

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
    "and the pond silted up for good in the winter.",
    "The building became a store for boats and nets,",
    "and it was kept dry by the family who owned it.",
]


def draw_mill_page(c) -> None:
    """The first page: a title, a paragraph left open at the page's foot, a boxed side-bar beside it."""
    c.setFont("Helvetica-Bold", 18)
    c.drawString(72, 720, "The Mill on the Creek")
    draw_lines(c, 72, 690, BODY, size=10, leading=13)
    c.setFillGray(0.9)
    c.rect(330, 560, 220, 150, stroke=1, fill=1)
    c.setFillGray(0)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(340, 690, "Millstones")
    draw_lines(c, 340, 670, BOX, size=10, leading=13)


def _draw(c, page: int) -> None:
    if page == 1:
        draw_mill_page(c)
    else:
        draw_lines(c, 72, 720, CARRIED, size=10, leading=13)


def test_side_bar_waits_for_the_end_of_the_sentence_carried_over_the_page() -> None:
    [doc] = pdf.read(canvas_pdf(_draw, pages=2), "mill.pdf")
    paragraphs = [" ".join(doc.text[b.start : b.end].split()) for b in doc.blocks if b.kind == "paragraph"]
    body = next(p for p in paragraphs if p.startswith("The tide mill"))
    assert body.endswith("until a storm broke the gate and the pond silted up for good in the winter.")
    box = next(p for p in paragraphs if p.startswith("The stones"))
    assert "silted" not in box
