"""A table set across (its label cells side by side on one baseline, each over its value
cell: a timeline row of numbered dates over events) found by geometry
(vitrina.structure.keytables, ``LIMITS["across"]``). Every text is invented."""

from __future__ import annotations

import pytest

from vitrina.structure import keytables
from vitrina.structure.geometry import TextLine


def _line(text: str, x0: float, top: float, bold: bool = False, size: float = 8.0) -> TextLine:
    boxes: list[float] = []
    for i in range(len(text)):
        boxes += [x0 + 4 * i, top, x0 + 4 * i + 4, top + size]
    return TextLine(page=1, text=text, boxes=boxes, size=size, bold=bold, italic=False)


def _across(columns: int = 4) -> list[TextLine]:
    """Body text, then a titled row of dated cells, each column drawn label then value."""
    events = [["Mill wheel built"], ["First flood on", "the lower fields"], ["Weir raised"],
              ["Mill closed for", "good"], ["Museum opens"]]
    lines = [_line("The mill stood at the bend of the river for two hundred years.", 40, 100, size=10),
             _line("Along the river", 40, 140, bold=True, size=9)]
    for k, event in enumerate(events[:columns]):
        x = 40 + 110 * k
        lines.append(_line(f"{k + 1} 17{k}4", x, 158, bold=True))
        lines.extend(_line(text, x, 173 + 10 * m) for m, text in enumerate(event))
    lines.append(_line("The wheel still turns on summer weekends for visitors.", 40, 240, size=10))
    return lines


def test_a_row_of_labels_over_their_values_and_its_title_go() -> None:
    lines = _across()
    assert keytables.key_table_lines(lines) == set(range(1, len(lines) - 1))


def test_with_the_rule_off_the_row_stays(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(keytables.LIMITS, "across", 0)
    assert keytables.key_table_lines(_across()) == set()


def test_two_columns_are_no_table() -> None:
    assert keytables.key_table_lines(_across(2)) == set()


def test_headings_side_by_side_over_prose_are_no_table() -> None:
    """Three column heads on one baseline, each over a paragraph: its value cell would run
    past ``cell_lines`` lines, so the columns are text."""
    lines = []
    for k in range(3):
        x = 40 + 180 * k
        lines.append(_line(f"Part {k + 1}", x, 100, bold=True, size=10))
        lines.extend(_line("the river rose and fell with", x, 116 + 12 * m, size=10) for m in range(6))
    assert keytables.key_table_lines(lines) == set()
