"""PDF page layout: a line of small numbers counting up by one under a strip of pictures is
the strip's key (a table row), not their caption; the labelled caption under it is. Every text
is invented."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import glyph_line
from vitrina.structure import pagelayout
from vitrina.structure.geometry import ImageBox, PageGeometry, PdfContent
from vitrina.structure.pagelayout import rebuild_pdf

BODY = [
    "The weir was rebuilt in stone after",
    "the flood, and the mill race was cut",
    "again along the old line, deeper than",
    "before, to carry the winter water off.",
]
CAPTION = "Above: The weir in four stages of the flood."


def _kinds(numbers: str) -> dict[str, list[str]]:
    lines = [glyph_line(1, 40, 14, "The Lower Weir", 18, True)]
    lines += [glyph_line(1, 40, 40 + 13 * n, text, 10) for n, text in enumerate(BODY)]
    lines += [glyph_line(1, 40, 306, numbers, 8), glyph_line(1, 40, 322, CAPTION, 8)]
    images = [ImageBox(1, (40 + 70 * n, 240, 100 + 70 * n, 300), (40, 30)) for n in range(4)]
    doc = rebuild_pdf(PdfContent([PageGeometry(1, 612, 792, lines, images, [])]), "weir", "/tmp/weir.pdf")
    found: dict[str, list[str]] = {}
    for block in doc.blocks:
        found.setdefault(block.kind, []).append(doc.text[block.start : block.end])
    return found


def test_numbers_counting_up_under_a_picture_strip_are_no_caption() -> None:
    kinds = _kinds("1 2 3 4")
    assert kinds["caption"] == ["The weir in four stages of the flood."]
    assert "1 2 3 4" in kinds.get("table", [])


def test_without_the_limit_the_numbers_are_read_as_a_caption(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(pagelayout.LIMITS, "number_strips", 0)
    assert "1 2 3 4" in _kinds("1 2 3 4")["caption"]


def test_numbers_not_counting_up_stay_as_read() -> None:
    assert "1 3 7 9" not in _kinds("1 3 7 9").get("table", [])
