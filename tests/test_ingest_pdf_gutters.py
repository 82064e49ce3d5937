"""Two columns written row by row (a left line, then the right line on its baseline) are
parted at the gutter the page's other lines show; a table's rows and a full-width line are
not. Every text is invented."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import canvas_pdf
from vitrina.ingest import pdf
from vitrina.ingest._gutters import column_gutters
from vitrina.structure.geometry import TextLine

reportlab = pytest.importorskip("reportlab")

LEFT = ["The ferry crossed the estuary twice a", "day in summer, and once a day in the",
        "winter months when the tide ran hard", "against the old landing stage.", "",
        "In the year of the great flood the", "landing stage was swept away and a",
        "new one was built further upstream."]
RIGHT = ["", "The keeper of the lighthouse kept a", "log of every ship that passed the",
         "point, with its name and its cargo", "whenever he could read them through",
         "his brass telescope from the lamp", "room at the top of the tower.", ""]


def _row_by_row(c, _page) -> None:
    c.setFont("Times-Roman", 10)
    for row, (left, right) in enumerate(zip(LEFT, RIGHT, strict=True)):
        text = c.beginText(72, 700 - 13 * row)  # one text object a row, across both columns
        text.textOut(left)
        text.moveCursor(250, 0)
        text.textOut(right)
        c.drawText(text)


def test_two_columns_written_row_by_row_are_parted_at_their_gutter() -> None:
    lines = [line.text for page in pdf.read_geometry(canvas_pdf(_row_by_row)).pages for line in page.lines]
    assert all(text in lines for text in LEFT + RIGHT if text)


def _line(text: str, x0: float, bottom: float, gap_at: int | None = None, gap: float = 0.0) -> TextLine:
    boxes: list[float] = []
    x = x0
    for n, _ch in enumerate(text):
        if n == gap_at:
            x += gap
        boxes.extend((x, bottom - 10, x + 5, bottom))
        x += 5
    return TextLine(1, text, boxes, 10.0, False, False, "Times")


def test_a_table_of_short_cells_shows_no_gutter() -> None:
    rows = [_line("1801 | Sluice", 72, 100 + 12 * n, gap_at=4, gap=40) for n in range(6)]
    cells = [_line("built", 72 + 65 + 40, 172 + 12 * n) for n in range(3)]
    assert column_gutters(rows + cells) == []


def test_a_line_crossing_a_column_gutter_shows_it() -> None:
    left = [_line("a column line of text on the left side", 72, 100 + 12 * n) for n in range(5)]
    right = [_line("a column line of text on the right side", 300, 106 + 12 * n) for n in range(5)]
    joined = _line("ends here" + "and goes on in the right column", 72, 160, gap_at=9, gap=300 - 72 - 45)
    [(a, b, _, _)] = column_gutters(left + right + [joined])
    assert (a, b) == (72 + 45, 300)
    heads = [_line("The River Museum", 72, 40, gap_at=9, gap=200)]  # a running head far over the columns
    assert len(column_gutters(left + right + [joined] + heads)) == 1


def test_a_page_of_many_table_rows_asks_each_column_once() -> None:
    rows = [_line("1801 | Sluice", 72, 40 + 0.5 * n, gap_at=4, gap=40) for n in range(1500)]
    assert column_gutters(rows) == []  # (each row asked the page's pieces anew: seconds)
