"""A map's numbered key, round 59 (struct80): numbered headings elsewhere on the page in another size are no key
lines (``key_size``); in plain text a caption and credit under the key are read as such (``key_caption``)."""

from __future__ import annotations

import pytest

from vitrina.ingest import reader_for
from vitrina.structure import mapkeys
from vitrina.structure.captions import is_credit
from vitrina.structure.geometry import TextLine


def _line(text: str, x0: float, top: float, size: float = 10.0) -> TextLine:
    boxes: list[float] = []
    for i in range(len(text)):
        boxes += [x0 + 5 * i, top, x0 + 5 * i + 5, top + size]
    return TextLine(page=1, text=text, boxes=boxes, size=size, bold=False, italic=False)


def _page() -> list[TextLine]:
    return [
        _line("2", 200, 130, 8), _line("1", 120, 160, 8), _line("3", 90, 200, 8),
        _line("1 Upper orchard", 40, 250, 8.5), _line("2 Lower orchard", 40, 262, 8.5), _line("3 Fruit room", 40, 274, 8.5),
        _line("2 Picking the Pears", 400, 300, 13),  # the page's next numbered heading, set large: no key line
        _line("The pears were picked by hand in the first week of September.", 400, 320),
    ]


def test_a_numbered_heading_in_another_size_is_no_key_line() -> None:
    assert mapkeys.map_key_lines(_page()) == set(range(6))


def test_without_key_size_the_heading_spoils_the_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(mapkeys.KEY_LIMITS, "key_size", 0)
    assert mapkeys.map_key_lines(_page()) == set()


def _credit(text: str) -> bool:
    return is_credit(text.split(), True)


def test_a_thing_made_by_someone_is_a_credit() -> None:
    assert _credit("Plan drawn for this guide by Ann Reed after an estate survey of 1810")
    assert not _credit("Bridge built by Telford over the Menai Strait.")
    assert not _credit("The stones were dressed by hand every month")


_TEXT = """The Orchard Trail
The orchard was planted on the slope above the river in the 1790s and
gave the village its pears for more than a century and a half.
1 The Slope
The trees were set in rows running down the slope so that the cold air
drained away from the blossom on frosty spring nights.
The Trees
1
2
3
1 Upper orchard
2 Lower orchard
3 Fruit room
Where the pear trees stood in the summer of 1880.
Plan drawn for this guide by Ann Reed after an estate survey
of 1810
2 Picking the Pears
The pears were picked by hand in the first week of September and laid
in the fruit room on slatted shelves until they were sold.
"""


def _caption(text: str) -> tuple[str, str | None] | None:
    doc = reader_for("text")(text.encode(), "trail.txt")[0]
    return next(((doc.text[b.start : b.end], b.credit) for b in doc.blocks if b.kind == "caption"), None)


_FOUND = ("Where the pear trees stood in the summer of 1880.",
          "Plan drawn for this guide by Ann Reed after an estate survey of 1810")


def test_caption_and_credit_under_a_plain_key() -> None:
    assert _caption(_TEXT) == _FOUND


def test_switch_off_loses_the_wrapped_credit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(mapkeys.KEY_LIMITS, "caption_lines", 0)
    assert _caption(_TEXT) != _FOUND
