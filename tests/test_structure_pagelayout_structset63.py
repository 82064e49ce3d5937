"""PDF reading, round 50 (structset63): a number set large beside the title is no word of it
(``title_side_numbers``); a foot line set like the page's head line is its footer
(``mirrored_footers``)."""

from __future__ import annotations

import pytest

from vitrina.structure import pagelayout
from vitrina.structure.geometry import PageGeometry, PdfContent, TextLine


def _line(text: str, x0: float, top: float, size: float = 10.0, font: str = "Serif-Roman") -> TextLine:
    boxes: list[float] = []
    for i in range(len(text)):
        boxes += [x0 + size * 0.5 * i, top, x0 + size * 0.5 * (i + 1), top + size]
    return TextLine(page=1, text=text, boxes=boxes, size=size, bold=False, italic=False, font=font)


def _page(lines: list[TextLine]) -> PdfContent:
    return PdfContent([PageGeometry(1, 800.0, 600.0, lines)])


def test_a_large_number_beside_the_title_is_no_word_of_it(monkeypatch: pytest.MonkeyPatch) -> None:
    number = _line("4", 700, 40, 60.0)
    content = _page([_line("Salt and the Sea", 40, 50, 40.0), number, _line("Body text of the panel.", 40, 200)])
    assert pagelayout._title_side_numbers(content) == {id(number)}
    monkeypatch.setitem(pagelayout.LIMITS, "title_side_numbers", 0)
    assert not pagelayout._title_side_numbers(content)


def test_a_number_close_to_the_title_or_smaller_stays() -> None:
    close = _page([_line("Salt and the Sea", 40, 50, 40.0), _line("4", 370, 40, 60.0)])
    small = _page([_line("Salt and the Sea", 40, 50, 40.0), _line("4", 700, 50, 20.0)])
    assert not pagelayout._title_side_numbers(close) and not pagelayout._title_side_numbers(small)


def test_a_foot_line_set_like_the_head_is_the_footer(monkeypatch: pytest.MonkeyPatch) -> None:
    head = _line("Rooms of the Coast", 40, 20, 9.0, "ABCDEF+Sans-Regular")
    foot = _line("Harbour Town Museum", 40, 571, 9.0, "GHIJKL+Sans-Bold")
    body = [_line("A line of the panel's text.", 40, 100 + 14 * k, 12.0) for k in range(4)]
    content = _page([head, *body, foot])
    assert pagelayout._mirrored_footers(content, {id(head)}) == {id(foot)}
    assert not pagelayout._mirrored_footers(content, set())  # no head found, no mirror
    monkeypatch.setitem(pagelayout.LIMITS, "mirrored_footers", 0)
    assert not pagelayout._mirrored_footers(content, {id(head)})


def test_a_foot_line_in_another_family_is_no_mirror() -> None:
    head = _line("Rooms of the Coast", 40, 20, 9.0, "Sans-Regular")
    foot = _line("Harbour Town Museum", 40, 571, 9.0, "Serif-Roman")
    content = _page([head, _line("Text.", 40, 100), _line("Text.", 40, 120), foot])
    assert not pagelayout._mirrored_footers(content, {id(head)})


def test_large_numbers_in_a_series_are_section_labels() -> None:
    content = _page([_line("Salt and the Sea", 40, 50, 40.0), _line("1", 700, 40, 60.0), _line("2", 700, 300, 60.0)])
    assert not pagelayout._title_side_numbers(content)
