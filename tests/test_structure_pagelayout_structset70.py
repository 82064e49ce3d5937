"""PDF reading, round 53 (structset70): a short line in body type right over a table's first row titles the
table and is set apart with it, the paragraph the table interrupts reading on over both
(``body_table_titles``). Every text is invented."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import glyph_line
from vitrina.structure import pagelayout
from vitrina.structure.geometry import PageGeometry, PdfContent
from vitrina.structure.pagelayout import rebuild_pdf

BEFORE = [
    "The valley farms sowed wheat on the same fields for a century, and the",
    "yield of each acre rose year by year through the decades, slowly at",
]
AFTER = [
    "first and then faster once the railway brought fertiliser up the valley.",
    "The mill at the valley's mouth ground the grain until the floods of 1968.",
]
ROWS = ["Year        Tonnes", "1900        about 40", "1950        about 95", "2000        about 180"]


def _page() -> PdfContent:
    lines = [glyph_line(1, 40, 14, "Wheat in the Valley", 30, True),
             glyph_line(1, 40, 100, "1 The Harvest", 14, True)]
    lines += [glyph_line(1, 40, 122 + 13 * n, text, 10) for n, text in enumerate(BEFORE)]
    lines += [glyph_line(1, 40, 150, "Grain harvested, by year", 10)]
    lines += [glyph_line(1, 40, 164 + 11 * n, row, 8.5) for n, row in enumerate(ROWS)]
    lines += [glyph_line(1, 40, 214 + 13 * n, text, 10) for n, text in enumerate(AFTER)]
    lines += [glyph_line(1, 40, 260, "2 The Mill", 14, True),
              glyph_line(1, 40, 282, "The mill was built of the valley's own stone and roofed in slate.", 10)]
    return PdfContent([PageGeometry(1, 612, 792, lines, [])])


def _read():
    return rebuild_pdf(_page(), "valley", "/tmp/valley.pdf")


def _paragraphs(doc) -> list[str]:
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]


def test_a_body_type_title_over_a_table_goes_with_it(monkeypatch: pytest.MonkeyPatch) -> None:
    whole = " ".join(BEFORE + AFTER[:1])
    texts = _paragraphs(_read())
    assert any(text.startswith(whole) for text in texts)
    assert not any("Grain harvested" in text for text in texts)
    monkeypatch.setitem(pagelayout.LIMITS, "body_table_titles", 0)
    assert any("Grain harvested" in text for text in _paragraphs(_read()))
