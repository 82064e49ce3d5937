"""The block the document's title opens is read first where the reading order puts text
before it: a leaflet printed inside first, its cover (title, deck, lede) on the second side;
a title set in a band beside the columns (``pagelayout._title_block_first``,
``LIMITS["title_first"]``). Every text is invented."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import glyph_line
from vitrina.structure.geometry import PageGeometry, PdfContent
from vitrina.structure.pagelayout import LIMITS, rebuild_pdf

MILL = [
    "The tide mill stood on a dam across the creek and",
    "ground corn for the village whenever the sea ran out.",
    "The miller kept the sluice gates himself and knew",
    "every sandbank of the channel from the quay down.",
]


def _leaflet() -> PdfContent:
    """Page 1, the inside: two headed sections. Page 2, the outside: a visitors' note in the
    first panel, the cover (a kicker, the title, a lede) in the last."""
    inside = [glyph_line(1, 40, 40, "The Wheel", 14, bold=True)]
    inside += [glyph_line(1, 40, 62 + 12 * k, text, 10) for k, text in enumerate(MILL)]
    inside += [glyph_line(1, 40, 130, "The Flour Trade", 14, bold=True)]
    inside += [glyph_line(1, 40, 152 + 12 * k, text, 10) for k, text in enumerate(MILL[::-1])]
    outside = [glyph_line(2, 40, 40, "Opening hours", 10, bold=True),
               glyph_line(2, 40, 56, "The mill opens on summer weekends.", 9)]
    outside += [glyph_line(2, 600, 40, "CREEK HERITAGE", 8, bold=True),
                glyph_line(2, 600, 52, "Tide Mill Days", 28, bold=True)]
    outside += [glyph_line(2, 600, 92 + 12 * k, text, 10) for k, text in enumerate(MILL[:2])]
    return PdfContent([PageGeometry(1, 842, 595, inside, []), PageGeometry(2, 842, 595, outside, [])])


def _titles() -> list[str]:
    return [s.title for s in rebuild_pdf(_leaflet(), "mill", "/tmp/mill.pdf").sections]


def test_the_cover_printed_on_the_second_side_is_read_first() -> None:
    titles = _titles()
    assert titles[0] == "Tide Mill Days"
    assert titles.index("The Wheel") < titles.index("The Flour Trade")


def test_with_the_rule_off_the_cover_comes_last(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(LIMITS, "title_first", 0)
    assert _titles()[0] == "The Wheel"
