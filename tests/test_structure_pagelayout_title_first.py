"""The block the document's title opens is read first where the reading order puts text
before it: a leaflet printed inside first, its cover (title, deck, lede) on the second side;
a title set in a band beside the columns (``pagelayout._title_block_first``,
``LIMITS["title_first"]``). Every text is invented."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import glyph_line
from vitrina.structure.geometry import PageGeometry, PdfContent
from vitrina.structure.pagelayout import LIMITS, rebuild_pdf

ROPE = [
    "The ropewalk ran for a quarter of a mile behind the",
    "houses, and the spinners walked it backwards all day.",
    "Hemp came in bales from the ships at the far quay and",
    "left the yard as cables for the fishing fleet.",
]


def _leaflet() -> PdfContent:
    """Page 1, the inside: two headed sections. Page 2, the outside: a visitors' note in the
    first panel, the cover (a kicker, the title, a lede) in the last."""
    inside = [glyph_line(1, 40, 40, "The Long Shed", 14, bold=True)]
    inside += [glyph_line(1, 40, 62 + 12 * k, text, 10) for k, text in enumerate(ROPE)]
    inside += [glyph_line(1, 40, 130, "Cables for the Fleet", 14, bold=True)]
    inside += [glyph_line(1, 40, 152 + 12 * k, text, 10) for k, text in enumerate(ROPE[::-1])]
    outside = [glyph_line(2, 40, 40, "Opening hours", 10, bold=True),
               glyph_line(2, 40, 56, "The shed opens on summer weekends.", 9)]
    outside += [glyph_line(2, 600, 40, "YARD HISTORY", 8, bold=True),
                glyph_line(2, 600, 52, "Rope Makers at Work", 28, bold=True)]
    outside += [glyph_line(2, 600, 92 + 12 * k, text, 10) for k, text in enumerate(ROPE[:2])]
    return PdfContent([PageGeometry(1, 842, 595, inside, []), PageGeometry(2, 842, 595, outside, [])])


def _titles() -> list[str]:
    return [s.title for s in rebuild_pdf(_leaflet(), "rope", "/tmp/rope.pdf").sections]


def test_the_cover_printed_on_the_second_side_is_read_first() -> None:
    titles = _titles()
    assert titles[0] == "Rope Makers at Work"
    assert titles.index("The Long Shed") < titles.index("Cables for the Fleet")


def test_with_the_rule_off_the_cover_comes_last(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(LIMITS, "title_first", 0)
    assert _titles()[0] == "The Long Shed"
