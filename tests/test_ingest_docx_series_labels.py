"""DOCX reader: short paragraphs in one label style of their own right before several
section headings are their labels, whatever their words (invented content, python-docx)."""

from __future__ import annotations

import io

import docx
from docx.enum.style import WD_STYLE_TYPE

from vitrina.ingest import docx as docx_reader

HEADS = [("Morning, 2 May", "The Thaw"), ("Noon, 2 May", "The River Rises"), ("The week after", "The Levee")]


def _read(heads: list[tuple[str, str]]):
    document = docx.Document()
    document.styles.add_style("Stage Label", WD_STYLE_TYPE.PARAGRAPH)
    document.add_paragraph("Flood Year", style="Title")
    document.add_paragraph("The water stood in the streets of the lower town for many days that spring.")
    for label, title in heads:
        document.add_paragraph(label, style="Stage Label")
        document.add_paragraph(title, style="Heading 1")
        document.add_paragraph("Boats were rowed down the main street past the shuttered shops.")
    buf = io.BytesIO()
    document.save(buf)
    [doc] = docx_reader.read(buf.getvalue(), "flood.docx")
    return doc


def _paragraphs(doc) -> list[str]:
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]


def test_a_label_style_before_every_heading_gives_the_labels() -> None:
    doc = _read(HEADS)
    assert [(s.label, s.title) for s in doc.sections[1:]] == HEADS
    assert not any(label in _paragraphs(doc) for label, _ in HEADS)


def test_a_short_styled_line_before_too_few_headings_stays_text() -> None:
    doc = _read(HEADS[:2])
    assert [s.label for s in doc.sections[1:]] == [None, None]
    assert "Morning, 2 May" in _paragraphs(doc)
