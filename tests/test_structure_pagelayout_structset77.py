"""PDF reading, round 57 (structset77): a place and a date alone under a title set in two types (a title and its
deck) is the panel's date line, no third part of the title (``placed_dates_unkicked``). Every text is invented;
pages built from glyph lines."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import glyph_line
from vitrina.structure import pagelayout
from vitrina.structure.geometry import PageGeometry, PdfContent
from vitrina.structure.pagelayout import rebuild_pdf

BODY = ["The rope walk ran for a quarter of a mile behind the dockyard wall, and every",
        "cable of the fleet was laid there by hand from hemp that the barges brought down",
        "the river each week from the farms of the flat country to the east of the town."]


def _titled(date_line: str) -> PdfContent:
    lines = [glyph_line(1, 40, 60, "The Rope Walk", 46), glyph_line(1, 40, 120, "Hemp and Tar on the River", 22),
             glyph_line(1, 40, 185, date_line, 24)]
    lines += [glyph_line(1, 40, 235 + 18 * n, text, 14) for n, text in enumerate(BODY)]
    for n, head in enumerate(("The Spinners", "The Wheel")):
        lines.append(glyph_line(1, 40, 330 + 90 * n, head, 14, True))
        lines += [glyph_line(1, 40, 350 + 90 * n + 14 * k, text, 10) for k, text in enumerate(BODY)]
    return PdfContent([PageGeometry(1, 612, 792, lines, [], [])])


def _title(content: PdfContent) -> str:
    return rebuild_pdf(content, "rope", "/tmp/rope.pdf").sections[0].title


@pytest.mark.parametrize("date_line", ["Chatham, 1790–1842", "Chatham, May 1790"])
def test_a_placed_date_under_a_title_and_its_deck_joins_no_title(date_line: str) -> None:
    assert _title(_titled(date_line)) == "The Rope Walk Hemp and Tar on the River"


def test_placed_dates_unkicked_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(pagelayout.LIMITS, "placed_dates_unkicked", 0)
    assert "Chatham" in _title(_titled("Chatham, 1790–1842"))
