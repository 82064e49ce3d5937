"""PDF page layout: a side-bar's title in the body's own size, set over the box's smaller text,
heads the box (its type stands out from the text under it); a short line over body text of
its own size stays text. Every text is invented."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import glyph_line
from vitrina.structure import pagelayout
from vitrina.structure.geometry import PageGeometry, PdfContent
from vitrina.structure.pagelayout import rebuild_pdf

BODY = [
    "The weir was rebuilt in stone after the great flood of that",
    "spring, and the mill race was cut again along the old line,",
    "deeper than before, to carry the winter water off the meadows",
    "and away from the cottages that stood along the lower bank.",
]
BOX = [
    "Eels were trapped at the weir in wicker baskets set",
    "under the sluice, and sold in the market on Fridays",
    "by the miller's wife, who kept the accounts herself.",
]


def _sections(box_size: float) -> list[str]:
    lines = [glyph_line(1, 40, 14, "The Lower Weir", 20, True)]
    lines += [glyph_line(1, 40, 50 + 16 * n, text, 12) for n, text in enumerate(BODY * 3)]
    lines += [glyph_line(1, 40, 260 + 16 * n, text, 12) for n, text in enumerate(BODY)]
    lines.append(glyph_line(1, 52, 340, "Eels at the Sluice", 12))
    lines += [glyph_line(1, 52, 358 + 12 * n, text, box_size) for n, text in enumerate(BOX)]
    doc = rebuild_pdf(PdfContent([PageGeometry(1, 612, 792, lines, [], [])]), "weir", "/tmp/weir.pdf")
    return [s.title for s in doc.sections]


def test_a_line_over_a_boxs_smaller_text_heads_it() -> None:
    assert "Eels at the Sluice" in _sections(9)


def test_a_line_over_text_of_its_own_size_stays_text() -> None:
    assert "Eels at the Sluice" not in _sections(12)


def test_without_the_limit_the_boxs_title_stays_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(pagelayout.LIMITS, "box_head_lines", 0)
    assert "Eels at the Sluice" not in _sections(9)


def test_a_line_going_on_from_the_text_above_it_is_no_heading() -> None:
    lines = [glyph_line(1, 40, 14, "The Lower Weir", 20, True)]
    lines += [glyph_line(1, 40, 50 + 16 * n, text, 12) for n, text in enumerate(BODY * 3)]
    lines.append(glyph_line(1, 40, 242, "In the spring the keeper, Ann", 12))
    lines += [glyph_line(1, 40, 258 + 12 * n, text, 9) for n, text in enumerate(BOX)]
    doc = rebuild_pdf(PdfContent([PageGeometry(1, 612, 792, lines, [], [])]), "weir", "/tmp/weir.pdf")
    assert "In the spring the keeper, Ann" not in [s.title for s in doc.sections]
