"""Layouts met in round 10b: a numeral stacked over its heading in one text line. Every
text is invented."""

from __future__ import annotations

from vitrina.structure.geometry import TextLine
from vitrina.structure.pagelayout import _label_set_apart


def _stacked_line(label: str, title: str, label_x1: float, title_x0: float) -> TextLine:
    """A big label glyph over a 12-point heading, read by the PDF reader as one line."""
    boxes = [30.0, 40.0, label_x1, 86.0, label_x1, 40.0, label_x1, 86.0]  # the label and its space
    for k in range(len(title)):
        boxes += [title_x0 + 7 * k, 84.0, title_x0 + 7 * (k + 1), 100.0]
    return TextLine(1, f"{label} {title}", boxes, 12.0, True, False)


def test_a_numeral_over_the_heading_is_its_label() -> None:
    assert _label_set_apart(_stacked_line("3", "Salt on the Wind", 48.0, 30.0)) == "3"


def test_a_numeral_beside_the_heading_with_a_word_space_is_a_word() -> None:
    line = _stacked_line("3", "Salt on the Wind", 48.0, 52.0)
    line.boxes = [30.0, 84.0, 48.0, 100.0, 48.0, 84.0, 52.0, 100.0, *line.boxes[8:]]
    assert _label_set_apart(line) is None
