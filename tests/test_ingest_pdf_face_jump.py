"""A label–value table whose bold label cells and plain value cells stand on one baseline,
a wide gap apart, in embedded fonts that all bear one name ("Unknown"): only the fonts' own
programs tell bold from roman, and the gap into the other face parts the cells, so the
table is found and left out (no row read as a section). Every text is invented."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import (
    bare_descriptors,
    canvas_pdf,
    draw_lines,
    numbered_fonts,
    one_font_name,
)
from vitrina.ingest import pdf
from vitrina.structure.keytables import key_table_lines

ROWS = [("Ashore", "three fishing boats"), ("Afloat", "two ferries"), ("Lost", "one barge"), ("Saved", "the lifeboat")]
BODY = [
    "The harbour was crowded on the night of the gale, and the boats at the outer",
    "moorings dragged their anchors towards the rocks under the old signal station.",
    "By morning the wind had dropped and the crews counted what the sea had left them.",
]


@pytest.fixture
def table_pdf() -> bytes:
    pytest.importorskip("reportlab")
    fonts = numbered_fonts()

    def draw(c, _number: int) -> None:
        c.setFont(fonts["bold"], 20)
        c.drawString(72, 720, "The Night of the Gale")
        draw_lines(c, 72, 690, BODY, font=fonts["regular"], size=10, leading=13)
        c.setFont(fonts["bold"], 9)
        c.drawString(72, 620, "The boats that night")
        for n, (label, value) in enumerate(ROWS):  # each row one text object: no break between its cells
            row = c.beginText(72, 600 - 16 * n)
            row.setFont(fonts["bold"], 9)
            row.textOut(label)
            row.setFont(fonts["regular"], 9)
            row.moveCursor(78, 0)
            row.textOut(value)
            c.drawText(row)

    return one_font_name(bare_descriptors(canvas_pdf(draw)))


def _lines(data: bytes) -> list[str]:
    return [line.text for line in pdf.read_geometry(data).pages[0].lines]


def test_cells_in_another_face_a_wide_gap_apart_are_lines_of_their_own(table_pdf, monkeypatch):
    assert {"Ashore", "three fishing boats"} <= set(_lines(table_pdf))
    monkeypatch.setitem(pdf.LINE_LIMITS, "face_jump", 0)
    assert "Ashore three fishing boats" in _lines(table_pdf)


def _table_lines(data: bytes) -> set[str]:
    lines = pdf.read_geometry(data).pages[0].lines
    return {lines[n].text for n in key_table_lines(lines)}


def test_the_table_so_parted_is_found_and_left_out_of_the_text(table_pdf, monkeypatch):
    assert {"The boats that night", "Ashore", "the lifeboat"} <= _table_lines(table_pdf)
    doc = pdf.read(table_pdf, "gale.pdf")[0]
    assert "fishing boats" not in doc.text
    assert not any(label in s.title for s in doc.sections for label, _ in ROWS)
    monkeypatch.setitem(pdf.LINE_LIMITS, "face_jump", 0)
    assert not _table_lines(table_pdf)
