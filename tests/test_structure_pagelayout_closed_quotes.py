"""A heading-type line wholly in quotation marks closing a sentence inside them is a pull
quote however short, while a title in quotation marks (closing no sentence) stays a
heading (vitrina.structure.pagelayout._display_quotes, ``LIMITS["closed_quotes"]``). Every
text is invented."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import glyph_line
from vitrina.structure.pagelayout import LIMITS, Placed, _display_quotes


def _placed(quote: str) -> list[Placed]:
    rows: list[tuple[str, float, str]] = [
        ("1 The Harbour Wall", 14.0, "heading"),
        ("The wall was built in the dry summer before the storms came.", 10.0, "body"),
        (quote, 15.0, "heading"),
        ("2 The New Quay", 14.0, "heading"),
        ("The quay opened to the boats in the spring of the next year.", 10.0, "body"),
    ]
    placed = []
    for n, (text, size, kind) in enumerate(rows):
        line = glyph_line(1, 56, 100 + 30 * n, text, size=size)
        placed.append(Placed(line, (1, 0), 56.0, 400.0, kind=kind))
    return placed


def _kind(quote: str) -> str:
    placed = _placed(quote)
    _display_quotes(placed, 10.0, False)
    return placed[2].kind


def test_a_short_quotation_closing_its_sentence_is_a_pull_quote() -> None:
    assert _kind("\u201cThe sea keeps nothing.\u201d") == "quote"
    assert _kind("\u201cHold the wall!\u201d") == "quote"


def test_with_the_switch_off_it_stays_a_heading(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(LIMITS, "closed_quotes", 0)
    assert _kind("\u201cThe sea keeps nothing.\u201d") == "heading"


def test_a_title_in_quotation_marks_stays_a_heading() -> None:
    assert _kind("\u201cThe Wall of Stones\u201d") == "heading"
    assert _kind("\u201cThe Wall of Stones\u201d: Building the Quay") == "heading"
