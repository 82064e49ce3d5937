"""A raised initial (a large first letter standing on the line's baseline) does not
set its line apart from the next one; a drop cap hanging below the baseline keeps its
extent. Every text is invented."""

from __future__ import annotations

from array import array

from vitrina.structure.geometry import TextLine
from vitrina.structure.pagelayout import with_drop_caps


def _line(top: float, text: str, size: float = 10.0, initial: float | None = None, sink: float = 0.0) -> TextLine:
    boxes = array("d")
    x = 40.0
    for k in range(len(text)):
        if k == 0 and initial:
            boxes.extend((x, top + size - initial + sink, x + initial / 2, top + size + sink))
            x += initial / 2
        else:
            boxes.extend((x, top, x + size / 2, top + size))
            x += size / 2
    return TextLine(1, text, boxes, size, False, False)


def test_raised_initial_takes_the_extent_of_its_line() -> None:
    [line] = with_drop_caps([_line(100, "Walls of flint rose round the harbour town", initial=18)])
    assert (line.top, line.bottom) == (100, 110)
    assert line.text.startswith("Walls")


def test_line_without_an_initial_and_a_hanging_initial_keep_their_extent() -> None:
    [plain] = with_drop_caps([_line(100, "Walls of flint rose round the harbour town")])
    [hanging] = with_drop_caps([_line(100, "Walls of flint rose round the harbour town", initial=18, sink=8)])
    assert (plain.top, plain.bottom) == (100, 110)
    assert (hanging.top, hanging.bottom) == (100, 118)
