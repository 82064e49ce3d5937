"""DOCX reader: a table whose cells hold a heading set by its type over prose places a page's
panels (read as sections and paragraphs), a short line in the cell beside such a heading labels
it, a repeated header row of such a table is a running head, and a line in smaller type under a
picture whose labelled caption is set above it is that caption's credit. Documents built here
with python-docx (invented content)."""

from __future__ import annotations

import io

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt

from vitrina.ingest import docx as docx_reader

MILL = ("The tide mill on the creek ground corn for three parishes, and its wheel turned twice a day"
        " whenever the ebb ran strong enough to drive it.")
POND = ("Its pond filled on the flood through a gate that closed by itself, and the miller worked by the"
        " tide table rather than by the clock.")
KILN = ("The lime kiln beside the quay burned chalk brought down the river by barge, and the lime went"
        " to the fields of the valley as dressing.")
PICTURE = ("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")


def _read(document) -> object:
    buf = io.BytesIO()
    document.save(buf)
    [doc] = docx_reader.read(buf.getvalue(), "creek.docx")
    return doc


def _line(container, text: str, bold: bool = False, size: float | None = None):
    paragraph = container.add_paragraph()
    run = paragraph.add_run(text)
    run.bold = bold or None
    if size is not None:
        run.font.size = Pt(size)
    return paragraph


def _panel_table(document, panels: list[tuple[str, str, list[str]]], header: bool = False):
    table = document.add_table(rows=len(panels) + header, cols=2)
    if header:
        left, right = table.rows[0].cells
        left.paragraphs[0].add_run("Stop").bold = True
        right.paragraphs[0].add_run("The Creek Walk").bold = True
        table.rows[0]._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))
    for row, (label, heading, texts) in zip(table.rows[header:], panels, strict=True):
        left, right = row.cells
        left.paragraphs[0].add_run(label).bold = True
        head = right.paragraphs[0].add_run(heading)
        head.bold, head.font.size = True, Pt(15)
        for text in texts:
            right.add_paragraph(text)
    return table


def _document() -> docx.Document:
    document = docx.Document()
    _line(document, "Along the Creek", bold=True, size=28)
    _line(document, "An introduction to the working buildings of the creek and the people who kept them going.")
    return document


def test_cells_holding_headings_over_prose_are_read_as_sections_with_their_side_labels() -> None:
    document = _document()
    _panel_table(document, [("Stop one", "The Tide Mill", [MILL, POND]), ("Stop two", "The Lime Kiln", [KILN])])
    doc = _read(document)
    assert [(s.label, s.title) for s in doc.sections][1:] == [
        ("Stop one", "The Tide Mill"), ("Stop two", "The Lime Kiln")]
    paragraphs = [doc.text[b.start:b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert MILL in paragraphs and POND in paragraphs and KILN in paragraphs
    assert not any(b.kind == "table" for b in doc.blocks)


def test_the_repeated_header_row_of_a_panel_table_is_no_text() -> None:
    document = _document()
    _panel_table(document, [("Stop one", "The Tide Mill", [MILL])], header=True)
    doc = _read(document)
    assert "The Creek Walk" not in doc.text
    assert [s.title for s in doc.sections][1:] == ["The Tide Mill"]


def test_a_data_table_with_a_bold_header_row_stays_a_table() -> None:
    document = _document()
    table = document.add_table(rows=3, cols=2)
    for cell, text in zip(table.rows[0].cells, ("Building", "Built"), strict=True):
        cell.paragraphs[0].add_run(text).bold = True
    for row, values in zip(table.rows[1:], (("Tide mill", "1790"), ("Lime kiln", "1822")), strict=True):
        for cell, text in zip(row.cells, values, strict=True):
            cell.paragraphs[0].add_run(text)
    doc = _read(document)
    assert [doc.text[b.start:b.end] for b in doc.blocks if b.kind == "table"][-2:] == [
        "Tide mill | 1790", "Lime kiln | 1822"]


def test_a_description_cell_of_prose_without_a_heading_keeps_its_table() -> None:
    document = _document()
    table = document.add_table(rows=2, cols=2)
    for row, (name, text) in zip(table.rows, (("Tide mill", MILL), ("Lime kiln", KILN)), strict=True):
        row.cells[0].paragraphs[0].add_run(name).bold = True
        row.cells[1].paragraphs[0].add_run(text)
    assert not docx_reader._headed_prose_cell(table)


def test_a_smaller_line_under_the_picture_of_a_caption_set_above_it_is_its_credit() -> None:
    import base64

    document = _document()
    _line(document, MILL)
    _line(document, "Above: The mill wheel in its race at low water, drawn in the year it stopped.", size=9)
    document.add_picture(io.BytesIO(base64.b64decode(PICTURE)))
    _line(document, "Ellery Hall papers, on loan, EH 12", size=7.5)
    _line(document, KILN)
    doc = _read(document)
    [caption] = [b for b in doc.blocks if b.kind == "caption"]
    assert caption.credit == "Ellery Hall papers, on loan, EH 12"
    paragraphs = [doc.text[b.start:b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert "Ellery Hall papers, on loan, EH 12" not in paragraphs
