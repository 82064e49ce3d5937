"""Display lines across the columns (vitrina.structure.pagelayout._spanning) and heading
lines completing the one above (_completes_heading). Every text is invented."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import glyph_line
from vitrina.structure.pagelayout import LIMITS, Placed, _completes_heading, _spanning

GUTTER = 300.0


def _body(x: float, tops: list[float]) -> list:
    return [glyph_line(1, x, top, "the ferry crossed at dawn with the mail", 10.0) for top in tops]


def _page(display_tops: list[float], right_tops: list[float]) -> tuple[list, list]:
    """Body lines in two columns, display lines (16 pt) in the left one, the left column
    going on under them where the right one starts again."""
    display = [glyph_line(1, 40, top, "Ice on the river", 16.0) for top in display_tops]
    left = _body(40, [100, 114, 128]) + _body(40, [200, 214, 228])
    right = _body(320, right_tops)
    return display, left + display + right


def test_a_picture_level_with_a_display_line_keeps_the_column_going(monkeypatch: pytest.MonkeyPatch) -> None:
    display, lines = _page([160], [100, 114, 128, 200, 214, 228])
    picture = (320.0, 140.0, 520.0, 190.0)  # in the right column, level with the display line
    assert _spanning(lines, GUTTER) == {id(display[0])}
    assert _spanning(lines, GUTTER, [picture]) == set()
    monkeypatch.setitem(LIMITS, "picture_level", 0)
    assert _spanning(lines, GUTTER, [picture]) == {id(display[0])}


def test_a_display_line_goes_across_only_with_the_line_it_goes_on_from(monkeypatch: pytest.MonkeyPatch) -> None:
    # a pull quote of two lines: the right column is level with its first, not its second
    display, lines = _page([146, 166], [100, 114, 128, 146, 200, 214, 228])
    assert _spanning(lines, GUTTER) == set()
    monkeypatch.setitem(LIMITS, "heading_lines_together", 0)
    assert _spanning(lines, GUTTER) == {id(display[1])}


def _heading_pair(second: str) -> tuple[Placed, Placed]:
    first = glyph_line(1, 40, 100, "A Cloak of Wool", 24.0)
    under = glyph_line(1, 40, 128, second, 16.0)
    return (Placed(first, (1, 0), 40.0, 500.0, kind="heading"), Placed(under, (1, 0), 40.0, 500.0, kind="heading"))


def test_a_heading_line_opening_in_lower_case_completes_the_one_above(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _completes_heading(*_heading_pair("from the Northern Hills"))
    assert not _completes_heading(*_heading_pair("The Northern Hills"))
    monkeypatch.setitem(LIMITS, "lower_completes", 0)
    assert not _completes_heading(*_heading_pair("from the Northern Hills"))


def _pair(first: str, second: str) -> tuple[Placed, Placed]:
    above = glyph_line(1, 40, 100, first, 18.0)
    under = glyph_line(1, 40, 124, second, 24.0)
    return (Placed(above, (1, 0), 40.0, 500.0, kind="heading"), Placed(under, (1, 0), 40.0, 500.0, kind="heading"))


def test_a_heading_line_ending_on_a_function_word_goes_on_in_any_size(monkeypatch: pytest.MonkeyPatch) -> None:
    # round 43: "The Fall of the" (18 pt) over "Old Harbour Bridge" (24 pt): one title
    assert _completes_heading(*_pair("The Fall of the", "Old Harbour Bridge"))
    assert not _completes_heading(*_pair("The Fall", "Old Harbour Bridge"))
    assert not _completes_heading(*_pair("Ships Come In", "Old Harbour Bridge"))  # a capitalised particle
    monkeypatch.setitem(LIMITS, "open_word_completes", 0)
    assert not _completes_heading(*_pair("The Fall of the", "Old Harbour Bridge"))
