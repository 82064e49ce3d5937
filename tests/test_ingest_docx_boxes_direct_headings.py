"""DOCX reader: paragraphs drawn as one bordered or shaded box, titled, are a side-bar
read after the body; a heading set by direct formatting in a document whose other headings
are styled is a section heading. Documents built here with python-docx (invented content)."""

from __future__ import annotations

import io

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt

from vitrina.ingest import docx as docx_reader

BODY = ("The ferry crossed the estuary twice a day, and in winter the crossing could take an hour"
        " against the tide.")
MORE = "Its captain kept a log of every crossing, and of the weather on each of them, for forty years."
LONG = ("In the hard winter of the great frost the ferry was laid up for six weeks, and the villagers walked"
        " across the ice to the market on the far bank.")
SIDE = ("The old landing stage was rebuilt in stone after a storm carried the timber one away, and"
        " the new stage still stands at the foot of the hill.")


def _read(document) -> object:
    buf = io.BytesIO()
    document.save(buf)
    [doc] = docx_reader.read(buf.getvalue(), "ferry.docx")
    return doc


def _boxed(paragraph, sides: tuple[str, ...] = ("top", "left", "bottom", "right"), fill: str | None = "EEE8DD"):
    rules = "".join(f'<w:{side} w:val="single" w:sz="8" w:space="4" w:color="333333"/>' for side in sides)
    props = paragraph._p.get_or_add_pPr()
    props.append(parse_xml(f'<w:pBdr {nsdecls("w")}>{rules}</w:pBdr>'))
    if fill:
        props.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))
    return paragraph


def _document() -> docx.Document:
    document = docx.Document()
    document.add_paragraph("The Estuary Ferry", style="Title")
    document.add_paragraph("Crossing the Water", style="Heading 2")
    document.add_paragraph(BODY)
    return document


def _box(document, **kwargs) -> None:
    head = document.add_paragraph()
    head.add_run("The Landing Stage").bold = True
    _boxed(head, **kwargs)
    _boxed(document.add_paragraph(SIDE), **kwargs)


def test_a_titled_box_of_paragraphs_is_a_side_bar_after_the_body() -> None:
    document = _document()
    _box(document)
    document.add_paragraph("The Captain", style="Heading 2")
    document.add_paragraph(MORE)
    doc = _read(document)
    assert [s.title for s in doc.sections] == [
        "The Estuary Ferry", "Crossing the Water", "The Captain", "The Landing Stage"]


def test_a_box_open_at_the_join_of_its_paragraphs_is_one_side_bar() -> None:
    document = _document()
    head = document.add_paragraph()
    head.add_run("The Landing Stage").bold = True
    _boxed(head, sides=("top", "left", "right"))  # the box's top; its bottom closes the last paragraph
    _boxed(document.add_paragraph(SIDE), sides=("left", "bottom", "right"))
    document.add_paragraph("The Captain", style="Heading 2")
    document.add_paragraph(MORE)
    doc = _read(document)
    assert [s.title for s in doc.sections] == [
        "The Estuary Ferry", "Crossing the Water", "The Captain", "The Landing Stage"]


def test_paragraphs_ruled_above_and_below_only_are_no_box() -> None:
    document = _document()
    _box(document, sides=("top", "bottom"), fill=None)
    document.add_paragraph("The Captain", style="Heading 2")
    doc = _read(document)
    assert [s.title for s in doc.sections][-1] == "The Captain"


def test_a_bold_line_over_prose_among_styled_headings_is_a_heading() -> None:
    document = _document()
    run = document.add_paragraph().add_run("The Captain")
    run.bold, run.font.size = True, Pt(14)
    document.add_paragraph(MORE)
    doc = _read(document)
    assert [s.title for s in doc.sections] == ["The Estuary Ferry", "Crossing the Water", "The Captain"]


def test_a_bold_line_over_a_table_or_sentence_stays_a_paragraph() -> None:
    document = _document()
    document.add_paragraph().add_run("Fares in 1900").bold = True
    document.add_table(rows=2, cols=2).cell(0, 0).text = "Adult"
    document.add_paragraph().add_run("Note well").bold = True
    document.add_paragraph("Short line")
    doc = _read(document)
    assert [s.title for s in doc.sections] == ["The Estuary Ferry", "Crossing the Water"]


def test_a_one_row_table_of_prose_columns_is_read_cell_by_cell() -> None:
    document = _document()
    row = document.add_table(rows=1, cols=2).rows[0]
    row.cells[0].paragraphs[0].text = LONG
    row.cells[1].paragraphs[0].text = SIDE
    doc = _read(document)
    paragraphs = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert paragraphs == [BODY, LONG, SIDE]
    assert [s.title for s in doc.sections] == ["The Estuary Ferry", "Crossing the Water"]
