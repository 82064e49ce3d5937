"""DOCX reader, round 59 (struct80): a one-row table of two cells, a section label alone in the first and a short
bold title in the second, the body outside the table, is a section heading with its label
(``label_heading_rows``). Documents built here with python-docx (invented content)."""

from __future__ import annotations

import io

import docx
import pytest

from vitrina.ingest import docx as docx_reader
from vitrina.ingest.docx import DOCX_SWITCHES

FIRST = "The ferry crossed the estuary twice a day until the bridge opened in the spring of 1936."
SECOND = "Its last master kept the bell, which now hangs in the chapel by the old slipway."


def _heading_row(document, label: str, title: str, bold: bool = True) -> None:
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).paragraphs[0].add_run(label).bold = True
    table.cell(0, 1).paragraphs[0].add_run(title).bold = bold


def _document(bold: bool = True, label: str = "A") -> docx.document.Document:
    document = docx.Document()
    document.add_paragraph("The Estuary Ferry", style="Title")
    document.add_paragraph("A short history of the crossing and the people who worked it over two centuries.")
    _heading_row(document, label, "Two Crossings a Day", bold)
    document.add_paragraph(FIRST)
    _heading_row(document, "B" if label == "A" else label + "2", "The Bell Kept", bold)
    document.add_paragraph(SECOND)
    return document


def _sections(document) -> list[tuple[str | None, str]]:
    buf = io.BytesIO()
    document.save(buf)
    [doc] = docx_reader.read(buf.getvalue(), "ferry.docx")
    return [(s.label, s.title) for s in doc.sections]


def test_label_and_title_cells_head_a_section():
    assert _sections(_document())[1:] == [("A", "Two Crossings a Day"), ("B", "The Bell Kept")]


def test_a_plain_title_cell_heads_nothing():
    assert ("A", "Two Crossings a Day") not in _sections(_document(bold=False))


def test_a_first_cell_that_is_no_label_heads_nothing():
    assert all(label is None for label, _ in _sections(_document(label="Monday ferry")))


def test_switch_off_reads_the_row_as_a_table(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setitem(DOCX_SWITCHES, "label_heading_rows", 0)
    assert ("A", "Two Crossings a Day") not in _sections(_document())
