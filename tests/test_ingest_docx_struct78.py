"""DOCX reader, round 58 (struct78): an empty shaded one-cell table (a grey box standing in for a picture) right
over a one-cell table holding a short italic paragraph and a credit line makes that table the picture's caption
and credit (``placeholder_pictures``). Documents built here with python-docx (invented content)."""

from __future__ import annotations

import io

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from vitrina.ingest import docx as docx_reader
from vitrina.ingest.docx import DOCX_SWITCHES

BEFORE = "The mill wheel turned for ninety years before the river was diverted to feed the new reservoir."
AFTER = "After the mill closed, its stones were sold to a farmer who laid them as a garden path."
CAPTION = "A millstone dressed with its radial grooves, about 1850."
CREDIT = "Lent by the Weir Valley Society"


def _shade_cell(cell, fill: str = "BBBBBB") -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def _document(shaded: bool = True, placeholder_text: str = "") -> docx.document.Document:
    document = docx.Document()
    document.add_heading("The Weir Mill", level=1)
    document.add_paragraph(BEFORE)
    box = document.add_table(rows=1, cols=1)
    box.cell(0, 0).paragraphs[0].add_run(placeholder_text or " ")
    if shaded:
        _shade_cell(box.cell(0, 0))
    held = document.add_table(rows=1, cols=1)
    cell = held.cell(0, 0)
    cell.paragraphs[0].add_run(CAPTION).italic = True
    cell.add_paragraph().add_run(CREDIT)
    document.add_paragraph(AFTER)
    return document


def _read(document: docx.document.Document):
    buf = io.BytesIO()
    document.save(buf)
    [doc] = docx_reader.read(buf.getvalue(), "mill.docx")
    return doc


def _captions(doc) -> list[tuple[str, str | None]]:
    return [(doc.text[b.start:b.end], b.credit) for b in doc.blocks if b.kind == "caption"]


def test_caption_table_under_a_grey_stand_in_is_the_pictures_caption():
    assert _captions(_read(_document())) == [(CAPTION, CREDIT)]


def test_the_caption_and_credit_are_no_paragraphs():
    doc = _read(_document())
    paragraphs = [doc.text[b.start:b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert CAPTION not in paragraphs and CREDIT not in paragraphs
    assert paragraphs == [BEFORE, AFTER]


def test_an_unshaded_empty_table_stands_in_for_no_picture():
    assert _captions(_read(_document(shaded=False))) == []


def test_a_shaded_cell_holding_text_is_no_stand_in():
    assert _captions(_read(_document(placeholder_text="Picture to come"))) == []


def test_switch_off_reads_the_cell_as_text(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setitem(DOCX_SWITCHES, "placeholder_pictures", 0)
    assert _captions(_read(_document())) == []
