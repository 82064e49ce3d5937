"""A table row is one paragraph of its cells parted by " | ", in HTML and TEI alike
(ingest._mapped.Inline.add_cells). Every text is invented."""

from __future__ import annotations

from vitrina.ingest import html, tei
from vitrina.model import Document


def _rows(doc: Document) -> list[str]:
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]


def test_an_html_row_is_its_cells_parted_by_a_bar() -> None:
    page = b"""<html><body><h1>Tolls</h1><table><tr><th>Cargo</th><th>Toll</th></tr>
    <tr><td>Salt</td><td><em>two</em> pence</td></tr></table></body></html>"""
    [doc] = html.read(page, "tolls.html")
    assert _rows(doc) == ["Cargo | Toll", "Salt | two pence"]


def test_a_tei_row_is_its_cells_parted_by_a_bar() -> None:
    data = b"""<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt>
    <title>Tolls</title></titleStmt></fileDesc></teiHeader><text><body><div><head>Tolls</head>
    <table><row><cell>Cargo</cell><cell>Toll</cell></row><row><cell>Salt</cell><cell>two pence</cell></row>
    </table></div></body></text></TEI>"""
    [doc] = tei.read(data, "tolls.xml")
    assert _rows(doc) == ["Cargo | Toll", "Salt | two pence"]
