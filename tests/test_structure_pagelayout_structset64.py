"""PDF reading, round 50 (structset64): a folio level with a footer is an edge line however the
lines sort (``level_edge_lines``); a letter after a superscript and a reported break opens a word
(``raised_break_words``)."""

from __future__ import annotations

import pytest

from vitrina.ingest import pdf
from vitrina.structure import pagelayout
from vitrina.structure.geometry import TextLine


def _line(text: str, x0: float, top: float, size: float = 8.0) -> TextLine:
    boxes: list[float] = []
    for i in range(len(text)):
        boxes += [x0 + 4 * i, top, x0 + 4 * i + 4, top + size]
    return TextLine(page=1, text=text, boxes=boxes, size=size, bold=False, italic=False)


def test_a_folio_level_with_the_footer_is_at_the_edge(monkeypatch: pytest.MonkeyPatch) -> None:
    folio, footer, credit = _line("2", 790, 563.6), _line("Hall of Music · Makers", 340, 564.2), _line(
        "Lent by a private owner", 140, 566.1, 6.0)
    lines = sorted([_line("The body text ends here.", 40, 400), folio, footer, credit], key=lambda ln: ln.top)
    edge = pagelayout._with_level_lines(lines[-2:], lines, lines[-1:])
    assert folio in edge
    monkeypatch.setitem(pagelayout.LIMITS, "level_edge_lines", 0)
    assert folio not in pagelayout._with_level_lines(lines[-2:], lines, lines[-1:])


def test_a_letter_after_a_superscript_opens_a_word(monkeypatch: pytest.MonkeyPatch) -> None:
    assert pdf._word_after_raised("a") and not pdf._word_after_raised(".")
    monkeypatch.setitem(pdf.LINE_LIMITS, "raised_break_words", 0)
    assert not pdf._word_after_raised("a")
