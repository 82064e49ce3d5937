"""DOCX reader, round 35: a table of contents in a content control, a bold title under a lighter
kicker in body type, and a caption-style line over a table (invented documents)."""

from __future__ import annotations

import io

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from vitrina.ingest import docx as docx_reader

_PROSE = "The ferry crossed the firth twice a day and carried mail, sheep and the doctor to the island."
_HEADS = ["The First Crossing", "Winter Storms"]


def _contents(document) -> None:
    """A Word table of contents listing the headings again, in a ``w:sdt`` marked as one."""
    entries = "".join(f'<w:p><w:pPr><w:pStyle w:val="TOC1"/></w:pPr><w:r><w:t>{h}</w:t></w:r><w:r><w:tab/></w:r>'
                      f"<w:r><w:t>{n}</w:t></w:r></w:p>" for n, h in enumerate(_HEADS, start=2))
    sdt = parse_xml(
        f"<w:sdt {nsdecls('w')}><w:sdtPr><w:docPartObj><w:docPartGallery w:val=\"Table of Contents\"/>"
        f"</w:docPartObj></w:sdtPr><w:sdtContent><w:p><w:r><w:t>Contents</w:t></w:r></w:p>{entries}"
        "</w:sdtContent></w:sdt>")
    document.element.body.insert(len(document.element.body) - 1, sdt)


def _document(with_contents: bool = True) -> bytes:
    document = docx.Document()
    document.add_paragraph().add_run("Ferry museum · Room 1").italic = True
    document.add_paragraph().add_run("The Island Ferry, 1890–1930").bold = True
    document.add_paragraph(_PROSE)
    if with_contents:
        _contents(document)
    for head in _HEADS:
        document.add_heading(head, level=1)
        document.add_paragraph(_PROSE)
    document.add_paragraph("Crossings by year", style="Caption")
    table = document.add_table(rows=2, cols=2)
    for row, (year, count) in zip(table.rows, [("1890", "610"), ("1900", "702")], strict=True):
        row.cells[0].text, row.cells[1].text = year, count
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _read(data: bytes):
    (doc,) = docx_reader.read(data, "ferry.docx")
    return doc


def _blocks(doc, kind: str) -> list[str]:
    return [doc.text[b.start:b.end] for b in doc.blocks if b.kind == kind]


def test_a_table_of_contents_control_is_not_read() -> None:
    doc = _read(_document())
    assert [s.title for s in doc.sections[1:]] == _HEADS
    assert not any("Contents" in p or p.startswith(_HEADS[0]) for p in _blocks(doc, "paragraph"))


def test_a_table_of_contents_is_read_with_the_switch_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(docx_reader.DOCX_SWITCHES, "contents_controls", 0)
    assert "Contents" in _blocks(_read(_document()), "paragraph")


def test_a_bold_line_under_an_italic_kicker_is_the_title() -> None:
    doc = _read(_document())
    assert doc.title == "The Island Ferry, 1890–1930"
    assert "Ferry museum · Room 1" not in _blocks(doc, "paragraph")


def test_without_the_rule_the_kicker_line_is_no_title(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(docx_reader.DOCX_SWITCHES, "bold_under_kicker", 0)
    assert _read(_document()).title != "The Island Ferry, 1890–1930"


def test_a_caption_line_over_a_table_is_the_tables_title_not_a_caption() -> None:
    doc = _read(_document())
    assert "Crossings by year" in _blocks(doc, "table")
    assert not _blocks(doc, "caption")
