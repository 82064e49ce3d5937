"""PDF page layout, round 58 (structset79): a heading set in capitals smaller than the body (the size of its small
letters) right over the text it heads is a heading, not a caption (``_small_capitals_heads``); a caption in the
same small capitals with no body line right under it stays a caption. Every text is invented."""

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


def _read(gap: float):
    lines = [glyph_line(1, 40, 14, "The Lower Weir", 24, True)]
    lines += [glyph_line(1, 40, 60 + 15 * n, text, 11.5) for n, text in enumerate(BODY * 2)]
    lines.append(glyph_line(1, 40, 200, "EELS AT THE SLUICE", 8.6))
    lines += [glyph_line(1, 40, 200 + 8.6 + gap + 15 * n, text, 11.5) for n, text in enumerate(BODY * 2)]
    return rebuild_pdf(PdfContent([PageGeometry(1, 612, 792, lines, [], [])]), "weir", "/tmp/weir.pdf")


def test_small_capitals_right_over_the_body_head_it() -> None:
    assert "EELS AT THE SLUICE" in [s.title for s in _read(3).sections]


def test_with_the_switch_off_they_stay_small_type(monkeypatch) -> None:
    monkeypatch.setitem(pagelayout.LIMITS, "small_caps_heading_share", 0)
    assert "EELS AT THE SLUICE" not in [s.title for s in _read(3).sections]


@pytest.mark.parametrize("gap", [30.0])
def test_small_capitals_set_well_apart_from_the_text_under_them_head_nothing(gap: float) -> None:
    assert "EELS AT THE SLUICE" not in [s.title for s in _read(gap).sections]
