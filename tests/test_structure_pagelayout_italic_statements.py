"""An italic display statement or question (the body and most headings upright), set flush
in its column after text or a caption, is a pull quote, not a heading
(vitrina.structure.pagelayout._display_quotes, ``LIMITS["italic_statements"]``). Every text
is invented."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import glyph_line
from vitrina.structure.pagelayout import LIMITS, Placed, _display_quotes


def _placed(quote: list[str], headings_italic: bool = False) -> list[Placed]:
    rows: list[tuple[str, float, bool, str]] = [
        ("1 The Harbour Wall", 14.0, headings_italic, "heading"),
        ("The wall was built in the dry summer before the storms came.", 10.0, False, "body"),
        *[(text, 15.0, True, "heading") for text in quote],
        ("2 The New Quay", 14.0, headings_italic, "heading"),
        ("The quay opened to the boats in the spring of the next year.", 10.0, False, "body"),
    ]
    placed = []
    for n, (text, size, italic, kind) in enumerate(rows):
        line = glyph_line(1, 56, 100 + 20 * n, text, size=size, italic=italic)
        placed.append(Placed(line, (1, 0), 56.0, 400.0, kind=kind))
    return placed


def _kinds(placed: list[Placed]) -> list[str]:
    _display_quotes(placed, 10.0, False)
    return [p.kind for p in placed]


def test_an_italic_question_among_upright_headings_is_a_pull_quote() -> None:
    kinds = _kinds(_placed(["A wall against the sea,", "or a road for the carts?"]))
    assert kinds == ["heading", "body", "quote", "quote", "heading", "body"]


def test_with_the_switch_off_it_stays_a_heading(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(LIMITS, "italic_statements", 0)
    assert _kinds(_placed(["A wall against the sea,", "or a road for the carts?"]))[2:4] == ["heading", "heading"]


def test_a_short_italic_title_is_no_pull_quote() -> None:
    assert _kinds(_placed(["Who Built the Wall?"]))[2] == "heading"


def test_where_the_headings_are_italic_an_italic_statement_stays() -> None:
    placed = _placed(["The sea took the first wall in a single night."], headings_italic=True)
    assert _kinds(placed)[2] == "heading"
