"""Round 41 (PDF): a footer whose folio stands at the outer edge of facing pages ("Harbour
Museum 14" on the left page, "15 Harbour Museum" on the right) is a running line
(``folio_ended_lines``); a lede set wider in larger type over the text does not widen the
measure by which a body line ends short (``measure_by_type``). Drawn with reportlab; every text
is invented."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import canvas_pdf, draw_lines
from vitrina.ingest import pdf
from vitrina.structure.pagelayout import LIMITS, rebuild_pdf

reportlab = pytest.importorskip("reportlab")

FIRST = [
    "The island school opened in the autumn with eleven children and one teacher, who",
    "had come over from the mainland on the mail boat with a trunk of books and slates.",
    "The children learned their letters by the light of the stove and the window, and",
    "in fine weather the lessons were held outside on the grass above the landing place.",
]
SECOND = [
    "When the boat came again in March it brought paper, a new stove and a letter from",
    "the board promising a second teacher, who arrived in the summer with her own books.",
    "The school stayed open for sixty years, until the last family left the island and",
    "the building was shut and its desks were shipped to a museum on the mainland.",
]


def _facing(c, number: int) -> None:
    if number == 1:
        c.setFont("Times-Bold", 22)
        c.drawString(72, 720, "A School on the Island")
        draw_lines(c, 72, 680, FIRST, size=10.5, leading=13.5)
        c.setFont("Times-Roman", 8)  # a note right over the footer: no blank sets the footer apart
        c.drawString(72, 52, "* The teacher's letters are kept in the museum's reading room.")
        c.drawString(72, 40, "Harbour Museum of Island Life 14")
    else:
        draw_lines(c, 72, 712, SECOND, size=10.5, leading=13.5)
        c.setFont("Times-Roman", 8)
        c.drawRightString(540, 40, "15 Harbour Museum of Island Life")


def _blocks(data: bytes) -> list[tuple[str, str]]:
    doc = rebuild_pdf(pdf.read_geometry(data), "school", "/tmp/school.pdf")
    return [(b.kind, doc.text[b.start : b.end]) for b in doc.blocks]


def test_a_footer_with_its_folio_at_the_outer_edge_is_a_running_line(monkeypatch: pytest.MonkeyPatch) -> None:
    data = canvas_pdf(_facing, pages=2)
    assert not any("Harbour Museum" in text for _kind, text in _blocks(data))
    monkeypatch.setitem(LIMITS, "folio_ended_lines", 0)
    assert any("Harbour Museum" in text for _kind, text in _blocks(data))


@pytest.mark.parametrize(("texts", "running"), [
    (("Harbour Museum 14", "15 Harbour Museum"), True),
    (("Harbour Museum 14", "Harbour Museum 14"), False),  # a number that does not count the pages
    (("Part 1", "Part 2"), False),  # a unit word and its label over each part's heading
    (("Harbour Museum 14", "15 Salt Road"), False),
])
def test_folio_ended_lines(texts: tuple[str, str], running: bool) -> None:
    from tests._pdf_helpers import glyph_line
    from vitrina.structure.pagelayout import _folio_ended_lines

    lines = [glyph_line(page, 72.0, 760.0, text, size=8.0) for page, text in enumerate(texts, start=1)]
    candidates = [(line, "b", 0.96) for line in lines]
    assert _folio_ended_lines(candidates) == ({id(line) for line in lines} if running else set())


LEDE = [
    "A teacher, a stove and eleven children from the farms along the shore: the island",
    "school in its first winter, told from the letters the teacher sent home each week to",
    "her sister on the mainland, which the family gave to the museum in the year 2001.",
]
BODY = [
    "The school opened in the autumn with eleven children and a teacher, who came",
    "over from the mainland on the mail boat with a trunk of books, slates and a globe.",
    "The children learned their letters by the light of the stove, and in fine",
    "weather the lessons were held outside above the landing place.",
]


def _lede_over_body(c, _number: int) -> None:
    c.setFont("Times-Bold", 22)
    c.drawString(72, 720, "A School on the Island")
    draw_lines(c, 72, 680, LEDE, size=13, leading=17)
    draw_lines(c, 72, 610, BODY, size=10.5, leading=13.5)


def test_a_wider_lede_leaves_a_full_body_line_going_on(monkeypatch: pytest.MonkeyPatch) -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    widths = [stringWidth(line, "Times-Roman", 10.5) for line in BODY]
    assert widths[1] == max(widths) < min(stringWidth(line, "Times-Roman", 13) for line in LEDE[:2])
    data = canvas_pdf(_lede_over_body)
    whole = " ".join(BODY)
    assert ("paragraph", whole) in _blocks(data)
    monkeypatch.setitem(LIMITS, "measure_by_type", 0)
    assert ("paragraph", whole) not in _blocks(data)
