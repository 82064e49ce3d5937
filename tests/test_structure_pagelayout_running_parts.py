"""A running head on the second page only: the museum's name flush left and, flush right, the
section in progress, which repeats a numbered heading of the text without its number ("The
Long Winter" over "3 The Long Winter"). Both parts are running lines, in no block of the text
(vitrina.structure.pagelayout._heading_echoes, ``echo_parts``). Drawn with reportlab; every
text is invented."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import canvas_pdf, draw_lines
from vitrina.ingest import pdf
from vitrina.structure.pagelayout import LIMITS, rebuild_pdf

FIRST = [
    "The island school opened in the autumn with eleven children and one teacher, who",
    "had come over from the mainland on the mail boat with a trunk of books and slates.",
    "The children learned their letters by the light of the stove and the window, and",
    "in fine weather the lessons were held outside on the grass above the landing place.",
]
WINTER = [
    "The winter that followed was the hardest the islanders could remember. The boat",
    "could not cross for six weeks, and the school ran out of paper, so the children",
    "wrote on the slates and rubbed them clean with their sleeves at the end of the day.",
]
SECOND = [
    "When the boat came again in March it brought paper, a new stove and a letter from",
    "the board promising a second teacher, who arrived in the summer with her own books.",
    "The school stayed open for sixty years, until the last family left the island and",
    "the building was shut and its desks were shipped to a museum on the mainland.",
]


def _draw(c, number: int, right_face: str = "Times-Italic") -> None:
    if number == 1:
        c.setFont("Times-Bold", 22)
        c.drawString(72, 720, "A School on the Island")
        c.setFont("Times-Bold", 13)
        c.drawString(72, 680, "2 The First Term")
        draw_lines(c, 72, 662, FIRST, size=10.5, leading=13.5)
        c.setFont("Times-Bold", 13)
        c.drawString(72, 590, "3 The Long Winter")
        draw_lines(c, 72, 572, WINTER, size=10.5, leading=13.5)
    else:
        c.setFont("Times-Roman", 8)
        c.drawString(72, 750, "Harbour Museum of Island Life")
        c.setFont(right_face, 8)
        c.drawRightString(540, 750, "The Long Winter")
        draw_lines(c, 72, 712, SECOND, size=10.5, leading=13.5)


@pytest.fixture(params=["Times-Italic", "Times-Roman"])
def school_pdf(request) -> bytes:
    """The section's name in italics (a line of its own) or in the museum's roman (one line
    with it, the parts a wide blank apart)."""
    pytest.importorskip("reportlab")
    return canvas_pdf(lambda c, number: _draw(c, number, request.param), pages=2)


def _texts(data: bytes) -> list[str]:
    doc = rebuild_pdf(pdf.read_geometry(data), "school", "/tmp/school.pdf")
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind != "heading"]


def test_a_running_head_repeating_a_numbered_heading_is_left_out_with_the_museum_beside_it(school_pdf, monkeypatch):
    texts = _texts(school_pdf)
    assert not any("Harbour Museum" in t or "The Long Winter" in t for t in texts)
    monkeypatch.setitem(LIMITS, "echo_parts", 0)
    monkeypatch.setitem(LIMITS, "edge_pairs", 0)  # (round 42: a pair set flush left and right is running too)
    texts = _texts(school_pdf)
    assert any("Harbour Museum" in t or "The Long Winter" in t for t in texts)
