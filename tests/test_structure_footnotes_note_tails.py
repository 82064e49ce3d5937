"""Raw text, round 54 (structset72): a note's wrapped end closing its page in a short lower-case line stays with
the note (``note_tails``), and the end of a note carried over to the next page, set over that page's closing
notes, is no paragraph of the text. Every text is invented."""

from __future__ import annotations

import pytest

from vitrina.structure import footnotes
from vitrina.structure.footnotes import plain_footnotes
from vitrina.structure.lines import split_lines

PAGE_ONE = [
    "The salt of the coastal pans came up the river to the market",
    "towns by cart, and the carters paid a toll at every bridge.1",
    "The tolls were fixed by each town's council in the spring and",
    "posted at the bridge gate, and the carters disliked them.2",
    "1 Some bridges were free on market days, when the town wanted the carters' trade more than the",
    "tolls of a single morning,",
]
PAGE_TWO = [
    "In the end the council gave way and the tolls were lifted in",
    "the year the railway3 reached the valley towns at last.",
    "which the council's minutes record in full. See the list, part B.",
    "3 The railway came in 1851.",
]


def _notes(page_two: list[str]) -> list[str]:
    lines = split_lines("\n".join(PAGE_ONE) + "\n\f" + "\n".join(page_two) + "\n\f").lines
    return [lines[k].text for k in sorted(plain_footnotes(lines))]


def test_a_notes_wrapped_end_and_its_carried_end_are_the_notes() -> None:
    found = _notes(PAGE_TWO)
    assert "tolls of a single morning," in found
    assert "which the council's minutes record in full. See the list, part B." in found


def test_text_going_on_after_an_open_line_is_no_carried_note(monkeypatch: pytest.MonkeyPatch) -> None:
    open_end = [PAGE_TWO[0], "the year the railway3 reached the valley towns at", *PAGE_TWO[2:]]
    assert "which the council's minutes record in full. See the list, part B." not in _notes(open_end)
    monkeypatch.setitem(footnotes.NOTE_LIMITS, "note_tails", 0)
    assert "tolls of a single morning," not in _notes(PAGE_TWO)
