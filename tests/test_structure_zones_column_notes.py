"""A note set at the foot of the column that calls it, higher on the page than the text of the column beside
it, is a note (vitrina.structure.zones, ``column_foot_notes``, round 53 struct68), where the page's foot holds
no notes (the other column's text runs lower). Lines built as the PDF reader gives them; every text is
invented."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import glyph_line
from vitrina.structure import zones
from vitrina.structure.zones import ZONE_LIMITS

LEFT = ["The ferry crossed the firth twice", "a day, and the ferryman kept a", "ledger of every passenger."]
RIGHT = [f"The pier on the north shore stood {n}" for n in range(12)]


def _lines(note_size: float = 7.0, note: str = "1 The ledger runs from 1790 to 1868."):
    left = [glyph_line(1, 72, 100 + 13 * k, text) for k, text in enumerate(LEFT)]
    right = [glyph_line(1, 320, 100 + 13 * k, text) for k, text in enumerate(RIGHT)]
    return left, right, glyph_line(1, 72, 170, note, size=note_size)


def test_a_called_note_at_its_columns_foot() -> None:
    left, right, note = _lines()
    assert zones.footnotes([*left, *right, note], 10.0, {"1"}) == {id(note)}


def test_an_uncalled_line_a_credit_or_the_switch_off_is_no_note(monkeypatch: pytest.MonkeyPatch) -> None:
    left, right, note = _lines()
    assert zones.footnotes([*left, *right, note], 10.0, {"2"}) == set()
    left, right, credit = _lines(note="1 Courtesy of the County Archive")
    assert zones.footnotes([*left, *right, credit], 10.0, {"1"}) == set()
    monkeypatch.setitem(ZONE_LIMITS, "column_foot_notes", 0)
    left, right, note = _lines()
    assert zones.footnotes([*left, *right, note], 10.0, {"1"}) == set()


def test_a_numbered_strip_entry_ending_no_sentence_is_no_note() -> None:
    left, right, entry = _lines(note="1 c. 1790 First ledger kept")
    assert zones.footnotes([*left, *right, entry], 10.0, {"1"}) == set()
