"""DOCX reader: content controls, hidden text and table header rows (invented content)."""

from __future__ import annotations

import io

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from vitrina.ingest import docx as docx_reader


def _save(document) -> bytes:
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def _texts(data: bytes) -> list[tuple[str, str]]:
    [doc] = docx_reader.read(data, "kilns.docx")
    return [(b.kind, doc.text[b.start : b.end]) for b in doc.blocks]


def test_title_inside_a_block_content_control_is_read() -> None:
    document = docx.Document()
    body = document.element.body
    title = document.add_paragraph("The Brick Kilns of Wendle", style="Title")._p
    sdt = parse_xml(f"<w:sdt {nsdecls('w')}><w:sdtPr><w:alias w:val='Heading'/></w:sdtPr><w:sdtContent/></w:sdt>")
    body.remove(title)
    sdt[1].append(title)
    body.insert(0, sdt)
    document.add_paragraph("Six kilns fired bricks for the canal.")
    [doc] = docx_reader.read(_save(document), "kilns.docx")
    assert doc.title == "The Brick Kilns of Wendle"
    assert _texts(_save(document))[0] == ("heading", "The Brick Kilns of Wendle")


def test_hidden_runs_are_left_out() -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("The kilns burned coal. ")
    note = paragraph.add_run("[EDITOR: check the count] ")
    note.font.hidden = True
    paragraph.add_run("They closed in 1911.")
    shown = paragraph.add_run(" Rebuilt later.")
    shown._r.get_or_add_rPr().append(parse_xml(f"<w:vanish {nsdecls('w')} w:val='0'/>"))
    assert _texts(_save(document)) == [("paragraph", "The kilns burned coal. They closed in 1911. Rebuilt later.")]


def _table(document, style: str | None, repeat_header: bool = False) -> None:
    table = document.add_table(rows=3, cols=2)
    if style:
        table.style = document.styles[style]
    for r, (year, event) in enumerate((("Year", "Event"), ("1850", "First kiln lit."), ("1911", "Last firing."))):
        table.cell(r, 0).text, table.cell(r, 1).text = year, event
    if repeat_header:
        table.rows[0]._tr.get_or_add_trPr().append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))


def test_header_row_of_a_styled_or_repeating_table_is_left_out() -> None:
    for style, repeat in (("Light List Accent 1", False), (None, True)):
        document = docx.Document()
        _table(document, style, repeat)
        # the rows set text out (a date, then a sentence): each reads as one line
        assert [t for _, t in _texts(_save(document))] == ["1850 First kiln lit.", "1911 Last firing."]


def test_first_row_of_a_plain_table_stays() -> None:
    document = docx.Document()
    _table(document, "Table Grid")
    assert [t for _, t in _texts(_save(document))][0] == "Year Event"
