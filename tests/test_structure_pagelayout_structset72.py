"""PDF reading, round 54 (structset72): two columns cut by a picture set across both are read down each column
past it when the sentences run on so (``down_past_picture``), the caption at the first join ending a sentence.
Every text is invented."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import glyph_line
from vitrina.structure import pagelayout
from vitrina.structure.geometry import PageGeometry, PdfContent
from vitrina.structure.pagelayout import rebuild_pdf

LEFT_ABOVE = ["The rope walk ran for a quarter of a mile", "behind the dockyard wall, and every cable",
              "of the fleet was laid there by hand from", "hemp that the barges brought down the"]
LEFT_UNDER = ["river from the farms of the flat country", "to the east. The spinners walked backwards",
              "along the shed all day, paying out the", "yarn from bundles of fibre round their"]
RIGHT_ABOVE = ["waists, and a boy turned the wheel at", "the far end to give the yarn its twist.",
               "A good spinner walked many miles a day", "and was paid by the length of yarn laid."]
RIGHT_UNDER = ["The shed closed when wire rope came in,", "and its roof now shelters a museum of",
               "the trade with the old wheels and hooks", "and a short length of a great cable."]
CAPTION = "Above: The rope walk seen from its far end, with the wheel and the hooks of the spinners."


def _page() -> PdfContent:
    lines = [glyph_line(1, 40, 30, "The Rope Walk", 28, True), glyph_line(1, 40, 80, "1 The Spinners", 14, True)]
    for n in range(4):
        lines += [glyph_line(1, 40, 110 + 14 * n, LEFT_ABOVE[n], 10), glyph_line(1, 320, 110 + 14 * n, RIGHT_ABOVE[n], 10)]
    lines.append(glyph_line(1, 40, 330, CAPTION, 8))
    for n in range(4):
        lines += [glyph_line(1, 40, 360 + 14 * n, LEFT_UNDER[n], 10), glyph_line(1, 320, 360 + 14 * n, RIGHT_UNDER[n], 10)]
    return PdfContent([PageGeometry(1, 612, 792, lines, [], [(40.0, 175.0, 540.0, 322.0)])])


def _paragraphs() -> list[str]:
    doc = rebuild_pdf(_page(), "rope", "/tmp/rope.pdf")
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]


def test_columns_cut_by_a_picture_across_both_are_read_down_past_it(monkeypatch: pytest.MonkeyPatch) -> None:
    story = " ".join(LEFT_ABOVE + LEFT_UNDER + RIGHT_ABOVE)
    assert any(story in text for text in _paragraphs())
    monkeypatch.setitem(pagelayout.LIMITS, "down_past_picture", 0)
    assert not any(story in text for text in _paragraphs())
