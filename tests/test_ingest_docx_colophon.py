"""DOCX reader: the body's last paragraph all in italic type much smaller than the body's, alone
in that type and after no picture or caption, is the producer's colophon, not text
(``DOCX_LIMITS["colophon_size"]``). Every text is invented."""

from __future__ import annotations

import io

import pytest
from docx import Document
from docx.shared import Pt

from vitrina.ingest import docx as docx_reader

_PROSE = "The keepers trimmed the wicks at dusk and wrote the weather in a book before they slept each night."
_COLOPHON = "Trail written by the learning team of the harbour museum. Copies in large print are at the desk."


def _read(last_size: float, italic: bool = True, closing: list[str] | None = None):
    doc = Document()
    doc.styles["Normal"].font.size = Pt(11)
    doc.add_paragraph("The Harbour Lamps", style="Title")
    doc.add_heading("The Keepers", level=1)
    for text in [_PROSE, _PROSE, *(closing or [])]:
        doc.add_paragraph(text)
    run = doc.add_paragraph().add_run(_COLOPHON)
    run.italic, run.font.size = italic, Pt(last_size)
    out = io.BytesIO()
    doc.save(out)
    [read] = docx_reader.read(out.getvalue(), "lamps.docx")
    return [read.text[b.start : b.end] for b in read.blocks if b.kind == "paragraph"]


def test_a_small_italic_closing_paragraph_is_the_colophon() -> None:
    assert _read(8) == [_PROSE, _PROSE]


def test_closing_text_in_the_body_s_size_or_upright_stays() -> None:
    assert _read(10)[-1] == _COLOPHON  # not much smaller than the body
    assert _read(8, italic=False)[-1] == _COLOPHON


def test_with_the_limit_off_the_colophon_stays(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(docx_reader.DOCX_LIMITS, "colophon_size", 0)
    assert _read(8)[-1] == _COLOPHON


def test_the_last_of_a_run_of_small_italic_paragraphs_stays() -> None:
    doc = Document()
    doc.styles["Normal"].font.size = Pt(11)
    doc.add_paragraph("The Harbour Lamps", style="Title")
    doc.add_paragraph(_PROSE)
    for text in (_PROSE, _COLOPHON):
        run = doc.add_paragraph().add_run(text)
        run.italic, run.font.size = True, Pt(8)
    out = io.BytesIO()
    doc.save(out)
    [read] = docx_reader.read(out.getvalue(), "lamps.docx")
    assert _COLOPHON in read.text[read.blocks[-1].start : read.blocks[-1].end]
