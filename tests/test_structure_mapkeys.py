"""A map's numbered key (vitrina.structure.mapkeys), round 50: markers and key lines on a PDF page."""

from __future__ import annotations

import pytest

from vitrina.structure import mapkeys
from vitrina.structure.geometry import TextLine


def _line(text: str, x0: float, top: float, size: float = 10.0) -> TextLine:
    boxes: list[float] = []
    for i in range(len(text)):
        boxes += [x0 + 5 * i, top, x0 + 5 * i + 5, top + size]
    return TextLine(page=1, text=text, boxes=boxes, size=size, bold=False, italic=False)


def _page() -> list[TextLine]:
    return [
        _line("1 The Orchard", 40, 60, 16),  # a numbered heading over the text: no key line
        _line("The orchard was planted on the slope above the river in the 1790s.", 40, 80),
        _line("THE VALLEY", 40, 300, 12),
        _line("2", 200, 330), _line("1", 120, 360), _line("3", 90, 400),
        _line("1 Upper orchard – pears", 40, 450), _line("2 Lower orchard – apples", 40, 465),
        _line("3 Fruit room – stores", 220, 450),
    ]


def test_the_markers_the_key_and_its_title_go() -> None:
    assert mapkeys.map_key_lines(_page()) == set(range(2, 9))


def test_a_marker_missing_keeps_them(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [line for line in _page() if line.text != "3"]
    assert mapkeys.map_key_lines(lines) == set()
    monkeypatch.setitem(mapkeys.KEY_LIMITS, "numbers", 0)
    assert mapkeys.map_key_lines(_page()) == set()


def test_numbered_captions_wrapping_are_no_key() -> None:
    lines = [*_page()[:6], _line("1 A brass level made in London, about", 40, 450), _line("1800.", 40, 462),
             _line("2 Lower orchard – apples", 40, 480), _line("3 Fruit room – stores", 220, 450)]
    assert mapkeys.map_key_lines(lines) == set()


def _across_page() -> list[TextLine]:
    return [
        _line("4", 500, 20, 60),  # the panel's number, set large: no marker of the map
        _line("The mill stood where the ford was easiest to cross in winter.", 40, 80),
        _line("2", 200, 330), _line("1", 120, 360), _line("3", 90, 400),
        _line("1 Upper mill 2 Old ford 3 Weir, below the bridge", 40, 450),
        _line("The weir was rebuilt after the flood of 1852.", 40, 480),
    ]


def test_a_key_set_across_one_line_goes(monkeypatch: pytest.MonkeyPatch) -> None:
    assert mapkeys.map_key_lines(_across_page()) == {2, 3, 4, 5}
    monkeypatch.setitem(mapkeys.KEY_LIMITS, "key_across", 0)
    assert mapkeys.map_key_lines(_across_page()) == set()


def test_a_numbered_sentence_is_no_key_across() -> None:
    lines = [*_across_page()[:5], _line("1 Upper mill 2 Old ford 3 Weir, below the bridge.", 40, 450)]
    assert mapkeys.map_key_lines(lines) == set()
    assert not mapkeys._entries_across("1 Mill 3 Ford 2 Weir", 3)


# round 56 (struct74): a drawing's parts lettered A, B, C one a line and their key, read from plain text
LETTERED = [
    "The lamp could now be lit from the street below, while the keeper stayed",
    "Parts of the lamp",
    "A", "B", "C",
    "A wick and its holder", "B glass hood", "C oil reservoir",
    "dry inside his box all night.",
]


def _plain_keys(texts: list[str]) -> list[list[str]]:
    from vitrina.structure.lines import split_lines

    lines = [line for line in split_lines("\n".join(texts)).lines if line.text.strip()]
    return [[line.text for line in key] for key in mapkeys.numbered_keys(lines)]


def test_lettered_parts_and_their_key_are_a_key() -> None:
    assert _plain_keys(LETTERED) == [LETTERED[1:8]]


def test_letters_not_counting_on_are_no_key(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _plain_keys([*LETTERED[:5], "D wick", *LETTERED[6:]]) == []
    monkeypatch.setitem(mapkeys.KEY_LIMITS, "lettered", 0)
    assert _plain_keys(LETTERED) == []
