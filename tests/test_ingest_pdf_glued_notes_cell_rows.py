"""Footnotes whose number is set against their first word in their own type ("1The"), and tables
of small-type rows with no header row (invented pages)."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import canvas_pdf, draw_lines, glyph_line
from vitrina.ingest import pdf
from vitrina.structure import zones

reportlab = pytest.importorskip("reportlab")

BODY = [
    "The mill on the river was rebuilt in stone after the fire of 1821, and",
    "its new wheel drove four pairs of stones and a saw bench in the yard.",
    "The miller kept a ledger of every load of grain brought to the door,",
]
ROWS = [("1821", "the fire and the rebuilding in stone"), ("1840", "a second wheel for the saw bench"),
        ("1902", "steam engine installed beside the race"), ("1931", "milling stopped, the wheel kept")]


def _paragraphs(doc) -> list[str]:
    return [doc.text[b.start:b.end] for b in doc.blocks if b.kind == "paragraph"]


def _body_calling_note_1(c) -> float:
    """The title and the body, its last line calling note 1 with a raised small "1"; the y under the body."""
    last = "and the ledger survives in the county archive today."
    c.setFont("Times-Bold", 20)
    c.drawString(72, 720, "The Mill on the River")
    y = draw_lines(c, 72, 680, BODY, size=11, leading=14)
    c.setFont("Times-Roman", 11)
    c.drawString(72, y, last)
    c.setFont("Times-Roman", 7)
    c.drawString(72 + c.stringWidth(last, "Times-Roman", 11), y + 4, "1")
    return y


def _notes_page(note: str) -> bytes:
    def draw(c, _page):
        _body_calling_note_1(c)
        c.setFont("Times-Roman", 8)
        c.drawString(72, 80, note)

    [doc] = pdf.read(canvas_pdf(draw), "mill.pdf")
    return doc


def test_a_note_opening_with_a_called_number_against_its_word_is_a_note() -> None:
    doc = _notes_page("1The ledger runs from 1821 to 1858 and is kept in two volumes.")
    notes = doc.sections[-1]
    assert notes.title == "Notes"
    [note] = [b for b in doc.blocks if b.section == notes.id and b.kind == "paragraph"]
    assert doc.text[note.start:note.end] == "The ledger runs from 1821 to 1858 and is kept in two volumes."
    assert all(b.section != notes.id for b in doc.blocks if "mill on the river" in doc.text[b.start:b.end])


def test_glued_mark_needs_a_capital_and_a_called_number() -> None:
    assert zones.glued_mark(glyph_line(1, 72, 700, "1The ledger runs on."), {"1"})
    assert not zones.glued_mark(glyph_line(1, 72, 700, "1The ledger runs on."), {"2"})
    assert not zones.glued_mark(glyph_line(1, 72, 700, "2nd printing of the ledger."), {"2"})


def _table_page(size: float) -> bytes:
    def draw(c, _page):
        c.setFont("Times-Bold", 20)
        c.drawString(72, 720, "The Mill on the River")
        y = draw_lines(c, 72, 680, BODY + ["and the ledger survives in the county archive today."], size=11, leading=14)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(72, y - 20, "The mill, year by year")
        for k, (year, what) in enumerate(ROWS):
            c.setFont("Helvetica", size)
            c.drawString(78, y - 40 - k * 16, year)
            c.drawString(200, y - 40 - k * 16, what)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(72, y - 130, "The Miller's Family")
        draw_lines(c, 72, y - 150, BODY, size=11, leading=14)

    [doc] = pdf.read(canvas_pdf(draw), "mill.pdf")
    return doc


def test_small_rows_parted_at_the_same_places_are_a_table_under_its_title() -> None:
    doc = _table_page(8.5)
    tables = [doc.text[b.start:b.end] for b in doc.blocks if b.kind == "table"]
    assert any("1902" in t for t in tables) and any("year by year" in t for t in tables)
    assert [s.title for s in doc.sections[1:]] == ["The Miller's Family"]
    assert not any(b.kind == "caption" for b in doc.blocks)


def _rows(starts: list[int], size: float = 8.0, kind: str = "caption"):
    from vitrina.structure.pagelayout import Placed

    lines = [glyph_line(1, 72, 400 + 12 * k, f"{year}{' ' * gap}{what}", size=size)
             for k, ((year, what), gap) in enumerate(zip(ROWS, starts, strict=False))]
    return [Placed(line, (1, 0), 60.0, 400.0, kind=kind) for line in lines]


def test_cell_rows_need_cells_at_the_same_places_in_small_type() -> None:
    from vitrina.structure.pagelayout import _cell_rows

    aligned = _rows([8, 8, 8, 8])
    _cell_rows(aligned, 11.0)
    assert [p.kind for p in aligned] == ["table"] * 4
    ragged = _rows([8, 12, 5, 9])
    _cell_rows(ragged, 11.0)
    assert [p.kind for p in ragged] == ["caption"] * 4
    body = _rows([8, 8, 8, 8], size=11.0, kind="body")
    _cell_rows(body, 11.0)
    assert [p.kind for p in body] == ["body"] * 4


def test_a_called_note_under_many_small_lines_is_still_a_note() -> None:
    def draw(c, _page):
        y = _body_calling_note_1(c)
        box = [f"Open day {k}" for k in range(1, 15)]  # a programme of small lines, more than a foot's notes
        draw_lines(c, 90, y - 40, box, font="Helvetica", size=8, leading=10)
        c.setFont("Times-Roman", 8)
        c.drawString(72, 60, "1The ledger runs from 1821 to 1858 and is kept in two volumes.")

    [doc] = pdf.read(canvas_pdf(draw), "mill.pdf")
    notes = doc.sections[-1]
    assert notes.title == "Notes"
    assert [doc.text[b.start:b.end] for b in doc.blocks if b.section == notes.id and b.kind == "paragraph"] == [
        "The ledger runs from 1821 to 1858 and is kept in two volumes."]
