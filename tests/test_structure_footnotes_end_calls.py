"""Raw text: a raised call printed on a line of its own after a sentence's stop, the line it was
set in broken around it, calls the note of its number printed at the document's end on a later
page (an endnote, ``plain_note_calls``). Every text is invented."""

from __future__ import annotations

import pytest

from vitrina.structure import footnotes
from vitrina.structure.footnotes import plain_note_calls
from vitrina.structure.lines import split_lines

PAGE_ONE = [
    "For two hundred years the salt of the coastal pans came up",
    "the river to the market towns by cart, and the carters paid a",
    "toll at every bridge on the way to the",
    "hill country beyond.",
    "1",
    "The tolls were fixed",
    "by each town's council in the spring and posted at the bridge",
    "gate, and the carters complained of them for two hundred years.",
]
PAGE_TWO = [
    "In the end the council gave way and the tolls were lifted in",
    "the year the railway reached the valley towns at last.",
    "1 Some bridges were free on market days.",
]


def _calls(page_one: list[str]) -> list[str]:
    lines = split_lines("\n".join(page_one) + "\n\f" + "\n".join(PAGE_TWO) + "\n\f").lines
    note = next(line.index for line in lines if line.text.startswith("1 Some"))
    return [f"{lines[k].page}:{lines[k].text}" for k in sorted(plain_note_calls(lines, {note}))]


def test_a_lone_number_in_a_broken_line_calls_the_endnote_of_its_number() -> None:
    assert _calls(PAGE_ONE) == ["1:1"]


def test_without_the_limit_only_a_call_on_the_notes_page_is_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(footnotes.NOTE_LIMITS, "end_note_calls", 0)
    assert _calls(PAGE_ONE) == []


def test_a_number_over_a_heading_or_after_an_open_sentence_is_no_call() -> None:
    assert _calls([*PAGE_ONE[:5], "The Toll Gates.", *PAGE_ONE[6:]]) == []  # the line after it ends a sentence
    assert _calls([*PAGE_ONE[:3], "hill country beyond the", *PAGE_ONE[4:]]) == []  # no stop before it
    assert _calls([*PAGE_ONE[:4], "2", *PAGE_ONE[5:]]) == []  # no endnote of that number
    # the lines around it too long to have been one
    assert _calls([PAGE_ONE[0], "the river to the market towns by cart, and the carters paid.", *PAGE_ONE[4:]]) == []
