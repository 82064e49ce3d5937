"""PDF reader, round 53 (structset70): a raised note call set into the word space after a word, the next word
placed where it would stand without the call (touching or overlapping it, pdfium reporting no space), keeps
that space (``LINE_LIMITS["calls_in_spaces"]``, ``pdf._call_in_space``). The decision is tested on its own:
reportlab's pages make pdfium report the space itself."""

from __future__ import annotations

import pytest

from vitrina.ingest import pdf

SPACE = 0.18 * 10  # ``space_gap`` at 10 points


@pytest.mark.parametrize(("call", "ch", "room", "expected"), [
    ("1", "g", 3.5, True),  # "Lumper,¹grown": the word starts a space and more past the word before the call
    ("3", "T", 4.0, True),
    ("1", "g", 1.0, False),  # the next letters glued to the word and its call: no space of their own
    ("c", "o", 3.5, False),  # a raised letter ("Mᶜ"): part of its word
    ("1", ",", 3.5, False),  # a stop after the call opens no word
    ("\u2019", "s", 3.5, False),  # an apostrophe's glyph stands as high as a call: "Caxton’s" is one word
    ("\u2020", "t", 3.5, True),
])
def test_call_in_space(call: str, ch: str, room: float, expected: bool) -> None:
    assert pdf._call_in_space(call, ch, room, SPACE) is expected


def test_switch_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(pdf.LINE_LIMITS, "calls_in_spaces", 0)
    assert not pdf._call_in_space("1", "g", 3.5, SPACE)
