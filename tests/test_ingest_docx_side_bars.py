"""DOCX reader: a shaded one-cell table of a title paragraph over prose is a side-bar read
before the document's closing notes; a caption set above its picture; a bold kicker over a
Heading 1. Documents built here with python-docx (invented content)."""

from __future__ import annotations

import base64
import io

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt

from vitrina.ingest import docx as docx_reader

_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg==")
SIDE = ("Three families kept the lamp in turn over a hundred years, and each of them left a log of the"
        " weather, the wrecks and the ships that passed.")
BODY = "The keepers lit the lamp at dusk and trimmed its wick through the night."


def _read(document) -> object:
    buf = io.BytesIO()
    document.save(buf)
    [doc] = docx_reader.read(buf.getvalue(), "lamp.docx")
    return doc


def _texts(doc, kind: str) -> list[str]:
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind == kind]


def _shaded_box(document, shaded: bool = True) -> None:
    cell = document.add_table(rows=1, cols=1).cell(0, 0)
    cell.paragraphs[0].add_run("Who Kept the Lamp?").bold = True
    cell.add_paragraph(SIDE)
    if shaded:
        cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:fill="E8E2D0"/>'))


def _document() -> docx.Document:
    document = docx.Document()
    document.add_paragraph("The Harbour Lamp", style="Heading 1")
    document.add_paragraph("The Tower", style="Heading 2")
    document.add_paragraph(BODY)
    return document


def test_a_shaded_titled_box_is_a_side_bar_before_the_closing_notes() -> None:
    document = _document()
    _shaded_box(document)
    document.add_paragraph("The Keepers", style="Heading 2")
    document.add_paragraph(BODY)
    document.add_paragraph("Notes", style="Heading 3")
    document.add_paragraph("1 The log is kept in the harbour office.")
    doc = _read(document)
    assert [s.title for s in doc.sections][-2:] == ["Who Kept the Lamp?", "Notes"]
    assert SIDE in _texts(doc, "paragraph")


def test_a_shaded_box_under_a_panel_label_is_a_section_where_it_stands() -> None:
    document = _document()
    cell = document.add_table(rows=1, cols=1).cell(0, 0)
    cell.paragraphs[0].add_run("Bay 2")
    head = cell.add_paragraph()
    head.add_run("The Keepers' Log.").bold = True
    head.add_run(" " + SIDE)
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:fill="E8E2D0"/>'))
    document.add_paragraph("The Keepers", style="Heading 2")
    document.add_paragraph(BODY)
    doc = _read(document)
    texts = [doc.text[b.start : b.end] for b in doc.blocks]
    log = next(k for k, t in enumerate(texts) if "Three families kept the lamp" in t)
    assert log < texts.index("The Keepers")  # read where it stands, not after the body
    assert "Bay 2" not in [s.title for s in doc.sections]


def test_an_unshaded_box_stays_where_it_is() -> None:
    document = _document()
    _shaded_box(document, shaded=False)
    document.add_paragraph("The Keepers", style="Heading 2")
    doc = _read(document)
    assert [s.title for s in doc.sections][-1] == "The Keepers"


def test_a_caption_over_its_credit_and_picture_is_the_picture_caption() -> None:
    document = _document()
    document.add_paragraph("Below: The lamp room in 1910.")
    document.add_paragraph("Courtesy of the Harbour Trust")
    document.add_picture(io.BytesIO(_PNG))
    doc = _read(document)
    [caption] = [b for b in doc.blocks if b.kind == "caption"]
    assert (doc.text[caption.start : caption.end], caption.position) == ("The lamp room in 1910.", "Below")
    assert caption.credit == "Courtesy of the Harbour Trust"


def test_a_small_bold_kicker_over_heading_1_is_not_the_title() -> None:
    document = docx.Document()
    kicker = document.add_paragraph().add_run("Harbour Gallery · Room 2")
    kicker.bold, kicker.font.size = True, Pt(8)
    document.add_paragraph("The Harbour Lamp", style="Heading 1")
    document.add_paragraph("The Tower", style="Heading 2")
    body = document.add_paragraph().add_run(BODY)
    body.font.size = Pt(11)
    doc = _read(document)
    assert doc.title == "The Harbour Lamp"
    assert "Harbour Gallery · Room 2" not in [s.title for s in doc.sections]


def _superscript(paragraph, text: str) -> None:
    run = paragraph.add_run(text)
    run.font.superscript = True


def test_a_raised_number_after_a_word_is_a_note_call_and_a_unit_power_stays() -> None:
    document = _document()
    called = document.add_paragraph("The lamp burned colza oil")
    _superscript(called, "1")
    called.add_run(" until the tower was wired in 1931.")
    area = document.add_paragraph("The lantern room covers 12 m")
    _superscript(area, "2")
    area.add_run(" of floor.")
    paragraphs = _texts(_read(document), "paragraph")
    assert "The lamp burned colza oil until the tower was wired in 1931." in paragraphs
    assert "The lantern room covers 12 m2 of floor." in paragraphs
