"""PDF layout, round 47: a title set up the page's edge in display type, beside the lede, with a
smaller upright deck line over that lede, is read first, the deck after it (before, the turned
title was put at the lede's start, after the deck: "Deck Title"). Pages drawn with reportlab;
every text is invented."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import canvas_pdf, draw_lines
from vitrina.ingest import pdf
from vitrina.structure import pagelayout

LEDE = [
    "The ferry crossed the sound twice a day for",
    "ninety years, carrying post, sheep and the",
    "doctor, until a causeway was built across the",
    "shallows at the narrow end in the dry summer.",
]
BODY = [
    "The first boat was a rowing boat with a small sail, and its master",
    "kept a log of every crossing, the weather and the cargo on board.",
    "Later boats were driven by steam and could carry a cart and horse.",
    "The log books survive in the island's school, bound in blue cloth.",
]


def _turned(c, x: float, y: float, text: str, font: str, size: float) -> None:
    c.saveState()
    c.translate(x, y)
    c.rotate(90)
    c.setFont(font, size)
    c.drawString(0, 0, text)
    c.restoreState()


def _cover(c, _page: int) -> None:
    _turned(c, 90, 330, "Across the Sound", "Helvetica-Bold", 32)
    c.setFont("Times-Italic", 17)
    c.drawString(120, 700, "The Island Ferry, 1890")
    draw_lines(c, 120, 560, LEDE, size=10.5, leading=14)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(120, 440, "The Boats")
    draw_lines(c, 120, 420, BODY, size=10.5, leading=14)


def test_a_turned_title_is_read_before_the_smaller_deck_over_its_lede() -> None:
    [doc] = pdf.read(canvas_pdf(_cover), "ferry.pdf")
    text = " ".join(doc.text.split())
    assert text.index("Across the Sound") < text.index("The Island Ferry, 1890") < text.index("The ferry crossed")


def test_without_the_switch_the_deck_comes_first(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(pagelayout.LIMITS, "turned_over_smaller_heads", 0)
    [doc] = pdf.read(canvas_pdf(_cover), "ferry.pdf")
    text = " ".join(doc.text.split())
    assert text.index("The Island Ferry, 1890") < text.index("Across the Sound")
