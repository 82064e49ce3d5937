"""Tables setting text out vs data tables (vitrina.ingest._tables), and a row as one paragraph of its
cells in HTML and TEI alike (ingest._mapped.Inline.add_cells). Every text is invented."""

from __future__ import annotations

from vitrina.ingest import html, tei
from vitrina.ingest._tables import prose_rows, separator
from vitrina.model import Document


def test_prose_rows_needs_short_labels_and_text_in_the_last_cell() -> None:
    assert prose_rows([["1794", "The lock opens."], ["1802", "A cottage is built."]])
    assert not prose_rows([["1794", "The lock opens."], ["1802", "310"]])  # a figure
    assert not prose_rows([["a", "b", "c", "The lock opens to barges."]])  # four columns
    assert not prose_rows([["the keeper of the upper lock and his two sons", "They opened the gates."]])
    assert not prose_rows([["The lock opens to barges."]])  # one cell: nothing to join


def test_a_header_row_is_left_out_of_the_decision() -> None:
    rows = [["Year", "Event"], ["1794", "The lock opens to barges."], ["1802", "A cottage is built."]]
    assert separator(rows) == " "
    assert separator([["Year", "Tolls"], ["1794", "310"], ["1802", "251"]]) == " | "


def test_a_header_row_naming_three_columns_makes_records_data() -> None:
    rows = [["Trip", "Paid by", "Outcome"], ["1801", "The town", "A new sluice was built at the quay."],
            ["1803", "The guild", "Two barges were lost in a gale."]]
    assert separator(rows) == " | "
    assert separator([row[1:] for row in rows]) == " "  # a label and its text, named: still text


def test_dated_rows_in_note_form_are_data_and_written_as_sentences_are_text() -> None:
    notes = [["Year", "Event"], ["1794", "Lock opens to barges"], ["1802", "Keeper's cottage built"],
             ["1851", "Last toll taken"]]
    assert separator(notes) == " | "  # no row ends a sentence: a table of notes
    sentences = [[year, event + "."] for year, event in notes[1:]]
    assert separator(sentences) == " "
    assert separator([*sentences[:2], notes[3]]) == " "  # most rows written as sentences


def test_an_html_timeline_in_note_form_is_table_blocks() -> None:
    page = b"""<html><body><h1>The Canal</h1><p>The canal was cut across the marsh.</p>
    <table><tr><th>Year</th><th>Event</th></tr><tr><td>1794</td><td>Lock opens to barges</td></tr>
    <tr><td>1802</td><td>Keeper's cottage built</td></tr></table></body></html>"""
    [doc] = html.read(page, "canal.html")
    assert _rows(doc) == ["The canal was cut across the marsh."]
    assert [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "table"][-1] == "1802 | Keeper's cottage built"


def _rows(doc: Document) -> list[str]:
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]


def test_an_html_data_row_is_its_cells_parted_by_a_bar() -> None:
    page = b"""<html><body><h1>Tolls</h1><table><tr><th>Cargo</th><th>Toll</th></tr>
    <tr><td>Salt</td><td><em>two</em> pence</td></tr></table></body></html>"""
    [doc] = html.read(page, "tolls.html")
    rows = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "table"]  # data: table blocks
    assert rows == ["Cargo | Toll", "Salt | two pence"] and [s.title for s in doc.sections] == ["Tolls"]


def test_a_tei_row_is_its_cells_parted_by_a_bar() -> None:
    data = b"""<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt>
    <title>Tolls</title></titleStmt></fileDesc></teiHeader><text><body><div><head>Tolls</head>
    <table><row><cell>Cargo</cell><cell>Toll</cell></row><row><cell>Salt</cell><cell>two pence</cell></row>
    </table></div></body></text></TEI>"""
    [doc] = tei.read(data, "tolls.xml")
    assert _rows(doc) == ["Cargo | Toll", "Salt | two pence"]
