"""DOCX reader, round 42: panels laid as one-cell tables -- a converter's copy of a nested
table's rows, a caption's credit in its own cell paragraph, a quotation between panels or in a
box of its own, a bold "Notes" line over the notes, a table title over the body's last table
with a text box after it. Documents built here with python-docx (invented content)."""

from __future__ import annotations

import copy
import io

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from vitrina.ingest import docx as docx_reader

ONE = "The lock keepers of the upper canal worked in shifts through the long winter nights."
TWO = "Ice on the gates had to be broken by hand before the first barge of the morning."
THREE = "In the spring thaw the basin flooded and the towpath was closed for a fortnight."
CAPTION = "Below: The lower gate frozen shut, a pencil drawing of about 1890."
CREDIT = "Canal Trust Archive, Gift of the Lock family, CT 1990.4"
QUOTE = "“We broke the ice with poles until our hands bled.”"


def _png() -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (30, 20), (90, 120, 60)).save(buf, format="PNG")
    return buf.getvalue()


def _panel(document, label: str, title: str, texts: list[str], figure: bool = False, copied: bool = True):
    """A panel as htmldocx writes one: a one-cell table of a label line, a bold title line and
    text; with ``figure``, a nested table of the caption over its picture, whose rows the converter
    adds to the outer table too (``copied``)."""
    table = document.add_table(rows=1, cols=1)
    cell = table.cell(0, 0)
    cell.paragraphs[0].add_run(label)
    cell.add_paragraph().add_run(title).bold = True
    for text in texts:
        cell.add_paragraph(text)
    if figure:
        inner = cell.add_table(rows=2, cols=1)
        inner.cell(0, 0).paragraphs[0].add_run(CAPTION)
        inner.cell(0, 0).add_paragraph(CREDIT)
        inner.cell(1, 0).paragraphs[0].add_run().add_picture(io.BytesIO(_png()))
        if copied:
            for row in inner._tbl.findall(f"{{{inner._tbl.nsmap['w']}}}tr"):
                table._tbl.append(copy.deepcopy(row))
    document.add_paragraph()
    return table


def _document(between: str | None = None, figure: bool = True) -> bytes:
    document = docx.Document()
    document.add_heading("Winter on the Canal", level=1)
    document.add_paragraph("How the canal kept working through the hard winters of the 1890s.")
    _panel(document, "Stage 1", "The Upper Locks", [ONE, TWO])
    if between is not None:
        document.add_paragraph(between)
    _panel(document, "Stage 2", "The Frozen Basin", [THREE], figure=figure)
    _panel(document, "Stage 3", "The Thaw", [TWO, ONE])
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def _read(data: bytes):
    [doc] = docx_reader.read(data, "canal.docx")
    return doc


def _blocks(doc, kind: str) -> list[str]:
    return [doc.text[b.start:b.end] for b in doc.blocks if b.kind == kind]


def test_rows_repeating_a_nested_table_are_a_copy_and_the_panel_is_read_as_one() -> None:
    doc = _read(_document())
    assert [(s.label, s.title) for s in doc.sections[1:]] == [
        ("Stage 1", "The Upper Locks"), ("Stage 2", "The Frozen Basin"), ("Stage 3", "The Thaw")]
    assert THREE in _blocks(doc, "paragraph")
    [caption] = [b for b in doc.blocks if b.kind == "caption"]
    assert (doc.text[caption.start:caption.end], caption.position, caption.credit) == (
        "The lower gate frozen shut, a pencil drawing of about 1890.", "Below", CREDIT)


def test_without_the_switch_the_copied_rows_make_the_panel_a_table(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(docx_reader.DOCX_SWITCHES, "repeated_nested_rows", 0)
    doc = _read(_document())
    assert "The Frozen Basin" not in [s.title for s in doc.sections]


def test_a_credit_paragraph_under_a_labelled_caption_in_a_cell_is_its_credit() -> None:
    doc = _read(_document())
    assert CREDIT not in " ".join(_blocks(doc, "paragraph") + _blocks(doc, "caption"))


def test_a_quotation_standing_between_two_panels_is_a_pull_quote() -> None:
    doc = _read(_document(between=QUOTE))
    assert QUOTE not in _blocks(doc, "paragraph")
    assert [t for t in _blocks(doc, "paragraph") if t in (ONE, TWO, THREE)] == [ONE, TWO, THREE, TWO, ONE]


def test_a_quotation_between_paragraphs_of_plain_text_stays_text() -> None:
    document = docx.Document()
    document.add_heading("Winter on the Canal", level=1)
    document.add_heading("The Upper Locks", level=2)
    for text in (ONE, QUOTE, TWO):
        document.add_paragraph(text)
    buf = io.BytesIO()
    document.save(buf)
    assert QUOTE in _blocks(_read(buf.getvalue()), "paragraph")


def _boxed_quote(*lines: str, style: str | None = None) -> list[str]:
    document = docx.Document()
    document.add_heading("Winter on the Canal", level=1)
    document.add_heading("The Upper Locks", level=2)
    document.add_paragraph(ONE)
    cell = document.add_table(rows=1, cols=1).cell(0, 0)
    cell.paragraphs[0].add_run(lines[0])
    if style:
        cell.paragraphs[0].style = document.styles[style]
    for line in lines[1:]:
        cell.add_paragraph(line)
    document.add_paragraph(TWO)
    buf = io.BytesIO()
    document.save(buf)
    return _blocks(_read(buf.getvalue()), "paragraph")


def test_a_one_cell_box_holding_a_quotation_alone_is_no_text() -> None:
    assert _boxed_quote(QUOTE, style="Quote") == [ONE, TWO]
    assert _boxed_quote(QUOTE, "A lock keeper, 1891") == [ONE, TWO]


def test_a_one_cell_box_of_a_quotation_and_more_text_stays_text() -> None:
    assert _boxed_quote(QUOTE, THREE) == [ONE, QUOTE, THREE, TWO]


def _raised(paragraph, number: str) -> None:
    paragraph.add_run(number).font.superscript = True


def test_a_bold_notes_line_over_the_listed_notes_is_their_heading_not_a_paragraph() -> None:
    document = docx.Document()
    document.add_heading("Winter on the Canal", level=1)
    document.add_heading("The Upper Locks", level=2)
    body = document.add_paragraph(ONE)
    _raised(body, "1")
    document.add_paragraph(TWO)
    document.add_paragraph().add_run("Notes").bold = True
    document.add_paragraph("The shifts were twelve hours long.", style="List Number")
    buf = io.BytesIO()
    document.save(buf)
    doc = _read(buf.getvalue())
    assert "Notes" not in _blocks(doc, "paragraph")
    assert "The shifts were twelve hours long." not in _blocks(doc, "paragraph")[:2]


BOX = (
    '<w:r {ns} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape style="width:150pt;height:90pt">'
    "<v:textbox><w:txbxContent>"
    '<w:p><w:r><w:t xml:space="preserve">Right: A keeper’s pole hook, iron and ash.</w:t></w:r></w:p>'
    "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
)


def test_a_heading_over_the_bodys_last_table_titles_it_though_a_text_box_is_read_after_it() -> None:
    document = docx.Document()
    document.add_heading("Winter on the Canal", level=1)
    document.add_heading("The Upper Locks", level=2)
    anchor = document.add_paragraph(ONE)
    anchor._p.append(parse_xml(BOX.format(ns=nsdecls("w"))))
    document.add_heading("Canal dates", level=2)
    table = document.add_table(rows=3, cols=2)
    for row, (date, event) in zip(table.rows, [("1890", "Locks frozen"), ("1891", "Basin flooded"),
                                                ("1895", "Steam tugs arrive")], strict=True):
        row.cells[0].text, row.cells[1].text = date, event
    buf = io.BytesIO()
    document.save(buf)
    doc = _read(buf.getvalue())
    assert [s.title for s in doc.sections[1:]] == ["The Upper Locks"]
