"""PDF page layout, round 49 (structset59), on invented text: a deck in title case under the title
is the title's second part though a kicker line stands over the title (``_Flow._title_at``,
``LIMITS["kicker_title_decks"]``); a short line in smaller type right under a display quote, flush
with its right edge, naming its speaker, is the quote's attribution, no caption
(``_flush_attribution``, ``LIMITS["flush_attributions"]``)."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import glyph_line
from vitrina.structure.geometry import PageGeometry, PdfContent
from vitrina.structure.pagelayout import LIMITS, rebuild_pdf

LEDE = [
    "For two hundred years a flat ferry carried carts and cattle over the",
    "river at the bend below the church, hauled across on a chain by one",
    "boatman who lived in the cottage on the near bank with his family.",
]
BODY = [
    "The landing stage was built of oak piles driven into the mud, and the",
    "boatman kept a lantern lit on a post there through the winter nights",
    "so that anyone who called from the far side could be fetched over.",
    "Carts paid twopence, a horse a penny and a walker a halfpenny, and the",
    "tolls were written in a book that the parish still keeps in its chest.",
]


def _page(kicker: bool) -> PdfContent:
    lines = [glyph_line(1, 56, 71, "Town Notes · River Crossings", 9, italic=True)] if kicker else []
    lines += [glyph_line(1, 56, 86, "The Ferry at Low Water", 30, bold=True),
              glyph_line(1, 56, 127, "Boatmen and Tolls on the River Wey, 1820", 17, italic=True)]
    lines += [glyph_line(1, 56, 161 + 15 * k, text, 9, bold=True) for k, text in enumerate(LEDE)]
    lines += [glyph_line(1, 45, 240, "I The Landing Stage", 12.5, bold=True)]
    lines += [glyph_line(1, 56, 260 + 16 * k, text, 9) for k, text in enumerate(BODY)]
    lines += [glyph_line(1, 45, 360, "II The Chain", 12.5, bold=True)]
    lines += [glyph_line(1, 56, 380 + 16 * k, text, 9) for k, text in enumerate(BODY[::-1])]
    return PdfContent([PageGeometry(1, 595, 842, lines, [])])


def _titles(kicker: bool) -> list[str]:
    doc = rebuild_pdf(_page(kicker), "ferry", "/tmp/ferry.pdf")
    return [s.title for s in doc.sections]


@pytest.mark.parametrize("kicker", [False, True])
def test_the_deck_joins_the_title_under_a_kicker_too(kicker: bool) -> None:
    titles = _titles(kicker)
    assert titles[0] == "The Ferry at Low Water Boatmen and Tolls on the River Wey, 1820"
    assert "Boatmen and Tolls on the River Wey, 1820" not in titles


def test_without_the_switch_the_deck_under_a_kicker_is_a_section(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(LIMITS, "kicker_title_decks", 0)
    assert "Boatmen and Tolls on the River Wey, 1820" in _titles(True)


QUOTE = ["“The river gave us our living", "and took two of our boats.”"]


def _quote_page(attribution: str) -> PdfContent:
    lines = [glyph_line(1, 56, 40, "The Ferry at Low Water", 30, bold=True)]
    lines += [glyph_line(1, 56, 90 + 16 * k, text, 9) for k, text in enumerate(BODY)]
    lines += [glyph_line(1, 60, 180 + 17 * k, text, 13.5, italic=True) for k, text in enumerate(QUOTE)]
    width = len(attribution) * 4.0
    right = 60 + max(len(t) for t in QUOTE) * 13.5 / 2
    lines += [glyph_line(1, right - width, 218, attribution, 8)]
    lines += [glyph_line(1, 56, 250 + 16 * k, text, 9) for k, text in enumerate(BODY[::-1])]
    return PdfContent([PageGeometry(1, 595, 842, lines, [])])


def _blocks(attribution: str) -> list[tuple[str, str]]:
    doc = rebuild_pdf(_quote_page(attribution), "ferry", "/tmp/ferry.pdf")
    return [(b.kind, doc.text[b.start : b.end]) for b in doc.blocks]


def test_a_flush_attribution_under_a_display_quote_is_no_caption() -> None:
    blocks = _blocks("Ann Tull, 1821")
    assert not any("Ann Tull" in text for _, text in blocks)


def test_without_the_switch_the_attribution_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(LIMITS, "flush_attributions", 0)
    assert any("Ann Tull" in text for _, text in _blocks("Ann Tull, 1821"))
