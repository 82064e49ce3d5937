"""Columns of dated entries down a PDF page's gutter (vitrina.structure.datecolumns), round 50."""

from __future__ import annotations

import pytest

from vitrina.structure import datecolumns
from vitrina.structure.geometry import TextLine


def _line(text: str, x0: float, top: float, size: float = 11.0, step: float = 5.0) -> TextLine:
    boxes: list[float] = []
    for i in range(len(text)):
        boxes += [x0 + step * i, top, x0 + step * i + step, top + size]
    return TextLine(page=1, text=text, boxes=boxes, size=size, bold=False, italic=False)


def _body(top: float) -> TextLine:
    return _line("The mill was rebuilt after the flood and the wheel", 40, top, 12.0, 5.5)


def _page(across: bool = False) -> list[TextLine]:
    lines = [_body(100 + 16 * k) for k in range(12)]
    entries = [("1790", "Orchard planted", "on the slope"), ("1815", "Walls raised", "in brick"),
               ("1840", "Stoves set", "behind the walls")]
    for k, (year, first, second) in enumerate(entries):
        x = 340 + 90 * k if across else 340
        top = 110 if across else 110 + 60 * k
        lines += [_line(year, x, top), _line(first, x, top + 13, 7.5, 3.5), _line(second, x, top + 22, 7.5, 3.5)]
    return lines


def test_a_column_of_dated_entries_goes() -> None:
    lines = _page()
    assert datecolumns.date_column_lines(lines, 12.0) == set(range(12, 21))


def test_entries_side_by_side_stay() -> None:
    assert datecolumns.date_column_lines(_page(across=True), 12.0) == set()


def test_a_line_reaching_into_the_band_keeps_them() -> None:
    lines = [*_page(), _line("A caption set across the gutter in its own small type", 300, 150, 7.5, 4.0)]
    assert datecolumns.date_column_lines(lines, 12.0) == set()


def test_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(datecolumns.LIMITS, "rows", 4)
    assert datecolumns.date_column_lines(_page(), 12.0) == set()
