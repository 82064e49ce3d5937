"""A font whose base name ends in a style naming a face lighter than bold ("…-Roman") is
not read as bold when its stem width is heavy: pdfium guesses the weight from the stem
width, the name is the producer's own word. Every text is invented."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import canvas_pdf, draw_lines, heavy_stems_named, numbered_fonts
from vitrina.ingest import pdf

BODY = [
    "The ferry crossed twice a day in summer and once a day in winter, and the",
    "island's post came over with it in a locked bag that the skipper signed for.",
]


@pytest.fixture
def heavy_pdf() -> bytes:
    pytest.importorskip("reportlab")
    fonts = numbered_fonts()

    def draw(c, _number: int) -> None:
        c.setFont(fonts["bold"], 16)
        c.drawString(72, 720, "The Island Ferry")
        draw_lines(c, 72, 690, BODY, font=fonts["regular"], size=10, leading=13)

    # (numbered_fonts' faces keep their family's name, their style words blanked)
    names = {b"BitstreamVeraSans-Fnnnn": b"Serif-Roman", b"BitstreamVeraSans-Fbbb": b"Serif-Bold"}
    return heavy_stems_named(canvas_pdf(draw), names)


def _faces(data: bytes) -> dict[str, bool]:
    return {line.text: line.bold for line in pdf.read_geometry(data).pages[0].lines}


def test_a_roman_named_font_with_heavy_stems_is_not_bold(heavy_pdf):
    faces = _faces(heavy_pdf)
    assert faces["The Island Ferry"] is True
    assert faces[BODY[0]] is False


def test_without_the_name_the_stem_width_reads_it_bold(heavy_pdf, monkeypatch):
    monkeypatch.setitem(pdf.LINE_LIMITS, "named_faces", 0)
    assert _faces(heavy_pdf)[BODY[0]] is True


def test_only_a_style_part_after_a_hyphen_or_comma_names_the_face():
    assert pdf._named_lighter("serif-roman") and pdf._named_lighter("sans,italic")
    assert not pdf._named_lighter("romanesque") and not pdf._named_lighter("serif-bold")
