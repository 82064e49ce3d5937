"""A worksheet's questions set in bold body type under larger headings are bold
paragraphs, not headings; a bold title-case crosshead stays a heading. Every text is
invented."""

from __future__ import annotations

from tests._pdf_helpers import glyph_line
from vitrina.structure.geometry import PageGeometry, PdfContent, TextLine
from vitrina.structure.pagelayout import rebuild_pdf

BODY = [
    "The lighthouse keepers lived in a row of cottages behind the tower and",
    "took turns to climb the stairs every four hours through the night to wind",
    "the clockwork that turned the great lens and to trim the wicks of the lamp.",
]


def _line(top: float, text: str, size: float = 10.0, bold: bool = False) -> TextLine:
    return glyph_line(1, 40, top, text, size, bold)


def test_bold_questions_are_paragraphs_and_a_title_case_crosshead_is_a_heading() -> None:
    lines = [_line(40, "The Lamp Room", 16, True)]
    lines += [_line(70 + 13 * k, text) for k, text in enumerate(BODY)]
    lines += [_line(120, "1. Why did the keepers wind the clockwork", bold=True)]
    lines += [_line(133, "every four hours?", bold=True)]
    lines += [_line(170, "Who Kept the Lamp?", bold=True)]
    lines += [_line(190 + 13 * k, text) for k, text in enumerate(BODY)]
    doc = rebuild_pdf(PdfContent([PageGeometry(1, 595, 842, lines)]), "lamp", "/tmp/lamp.pdf")
    assert [s.title for s in doc.sections] == ["The Lamp Room", "Who Kept the Lamp?"]
    paragraphs = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert "1. Why did the keepers wind the clockwork every four hours?" in paragraphs
