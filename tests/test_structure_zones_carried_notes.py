"""A note running unfinished to its page's foot goes on at the next page's foot with no mark: those
small-type lines under all the page's text, ending a sentence, are the note's end (vitrina.structure.zones,
``carried_foot_notes``, round 55 structset73). Lines built as the PDF reader gives them; invented text."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import glyph_line
from vitrina.structure import zones
from vitrina.structure.zones import ZONE_LIMITS

BODY = ["The ferry crossed the firth twice a day,", "and the ferryman kept a ledger of every", "passenger who paid."]


def _page(page: int, foot: list[str]):
    body = [glyph_line(page, 72, 100 + 13 * k, text) for k, text in enumerate(BODY)]
    notes = [glyph_line(page, 72, 300 + 9 * k, text, size=7.0) for k, text in enumerate(foot)]
    return body, notes


def test_the_end_of_a_note_carried_over_the_page_is_a_note(monkeypatch: pytest.MonkeyPatch) -> None:
    _, before = _page(1, ["* The ledger runs from 1790 to 1868 and names", "every passenger by the parish"])
    body, after = _page(2, ["he came from, as the ferry's charter asked."])
    assert zones.carried_foot_notes(before, [*body, *after], 10.0) == {id(ln) for ln in after}
    monkeypatch.setitem(ZONE_LIMITS, "carried_foot_notes", 0)
    assert zones.carried_foot_notes(before, [*body, *after], 10.0) == set()


def test_a_finished_note_before_or_a_marked_note_after_carries_nothing() -> None:
    _, done = _page(1, ["* The ledger runs from 1790 to 1868."])
    body, after = _page(2, ["The pier was rebuilt in 1871."])
    assert zones.carried_foot_notes(done, [*body, *after], 10.0) == set()
    _, open_ = _page(1, ["* The ledger runs from 1790 to 1868 and names"])
    body, marked = _page(2, ["† The pier was rebuilt in 1871."])
    assert zones.carried_foot_notes(open_, [*body, *marked], 10.0) == set()
