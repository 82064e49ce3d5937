"""Parallel texts side by side (a translation in italics beside the original), a year in
the margin beside its heading, a display quote over a mixed body. Every text is invented."""

from __future__ import annotations

from tests._pdf_helpers import glyph_line
from vitrina.structure.geometry import PageGeometry, PdfContent, TextLine
from vitrina.structure.pagelayout import (
    LIMITS,
    Placed,
    _display_quotes,
    _italic_share,
    body_style,
    rebuild_pdf,
)

ENGLISH = [
    "The ferry crossed the estuary twice a day while the tide",
    "allowed it, and the ferryman kept a bell on the far bank",
    "for anyone who wished to cross, and rowed over when it",
    "rang, in fog and in storm, for forty years and more.",
]
FRENCH = [
    "Le bac traversait l'estuaire deux fois par jour quand la",
    "marée le permettait, et le passeur gardait une cloche sur",
    "l'autre rive pour qui voulait passer, et traversait quand",
    "elle sonnait, par brouillard et par tempête, quarante ans.",
]


def _parallel_block(top: float, heading: str | None) -> tuple[list[TextLine], float]:
    lines = []
    if heading:
        lines.append(glyph_line(1, 40, top, heading, 13, True))
        top += 30
    lines += [glyph_line(1, 40, top + 12 * k, text, 9.0) for k, text in enumerate(ENGLISH)]
    lines += [glyph_line(1, 430, top + 12 * k, text, 9.0, italic=True) for k, text in enumerate(FRENCH)]
    return lines, top + 12 * len(ENGLISH) + 40


def test_a_heading_closing_its_column_opens_what_follows_both_columns() -> None:
    lines = [glyph_line(1, 200, 40, "The Ferry at the Estuary / Le bac de l'estuaire", 20, True)]
    block, top = _parallel_block(90, None)
    lines += block
    block, top = _parallel_block(top, "The Ferryman / Le passeur")
    lines += block
    lines.append(glyph_line(1, 40, top, "The Bell / La cloche", 13, True))
    content = PdfContent([PageGeometry(1, 842, 595, lines)])
    doc = rebuild_pdf(content, "ferry", "/tmp/ferry.pdf")
    ferryman = next(s for s in doc.sections if s.title.startswith("The Ferryman"))
    text = doc.text[ferryman.start:ferryman.end]
    assert "Le bac traversait" in text  # the translation stays in its section


def test_a_year_in_the_margin_beside_its_heading_is_its_label() -> None:
    lines = [glyph_line(1, 62, 40, "Along the Towpath", 22, True)]
    top = 100.0
    for year, title in (("1802", "The Cut Is Dug"), ("1846", "Horses Give Way")):
        lines.append(glyph_line(1, 62, top, title, 12.5, True))
        lines.append(glyph_line(1, 6, top + 14, year, 13, True))  # in the margin, a little lower
        lines += [glyph_line(1, 62, top + 19 + 12 * k, text, 9.3) for k, text in enumerate(ENGLISH)]
        top += 19 + 12 * len(ENGLISH) + 30
    doc = rebuild_pdf(PdfContent([PageGeometry(1, 420, 595, lines)]), "towpath", "/tmp/towpath.pdf")
    assert [(s.label, s.title) for s in doc.sections[1:]] == [
        ("1802", "The Cut Is Dug"), ("1846", "Horses Give Way")]


def test_a_display_quote_over_a_half_italic_body_is_no_heading() -> None:
    body = [Placed(glyph_line(1, 40, 90 + 12 * k, text, 9.0), (1, 1), 40, 400) for k, text in enumerate(ENGLISH)]
    body += [Placed(glyph_line(1, 430, 90 + 12 * k, text, 9.0, italic=True), (1, 2), 430, 800)
             for k, text in enumerate(FRENCH)]
    quote = Placed(glyph_line(1, 300, 160, "The bell was rung in every weather.", 15.8, italic=True),
                   (1, 3), 40, 800, kind="heading")
    dash = Placed(glyph_line(1, 340, 184, "\u2014 On sonnait la cloche par tous les temps.", 9.0), (1, 3), 40, 800)
    placed = [*body, quote, dash]
    size, _bold, _italic = body_style(placed)
    assert 0.4 < _italic_share(placed, size) < LIMITS["italic_body_share"]
    _display_quotes(placed, size, _italic_share(placed, size) >= LIMITS["italic_body_share"])
    assert quote.kind == dash.kind == "quote"
