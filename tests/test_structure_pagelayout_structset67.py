"""PDF reading, round 52 (structset67): a paragraph cut in mid-sentence by a fact box set into its column (cleared
as a key table, or read as small headings and rows) goes on over it in lower case (``paragraphs_over_boxes``); a date alone
under a title in two parts is neither a heading labelled by the deck over it nor a third part of the title
(``dates_unkicked``). Every text is invented."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import glyph_line
from vitrina.structure import pagelayout
from vitrina.structure.geometry import PageGeometry, PdfContent
from vitrina.structure.keytables import pdf_without_key_tables
from vitrina.structure.pagelayout import rebuild_pdf

BEFORE = [
    "The weir was rebuilt in stone after the flood, and the mill race was cut",
    "again along the old line, deeper than before, so that it would carry the",
]
AFTER = [
    "winter water without flooding the meadows that lay below the old mill.",
    "The new wheel turned for forty years before the steam mill took its trade.",
]


def _page() -> PdfContent:
    lines = [glyph_line(1, 40, 14, "The Lower Weir", 24, True),
             glyph_line(1, 40, 48, "A Mill on the Dene", 18, italic=True),
             glyph_line(1, 40, 90, "1790–1921", 20, True),
             glyph_line(1, 40, 140, "1 The Race", 14, True)]
    lines += [glyph_line(1, 40, 162 + 13 * n, text, 10) for n, text in enumerate(BEFORE)]
    lines += [glyph_line(1, 44, 196, "Mill facts", 7, True)]
    for n, (label, value) in enumerate((("Built", "by the abbey"), ("Wheel", "iron, twenty feet"), ("Stones", "two pairs"))):
        lines += [glyph_line(1, 44, 206 + 10 * n, label, 7, True), glyph_line(1, 110, 206 + 10 * n, value, 7)]
    lines += [glyph_line(1, 40, 246 + 13 * n, text, 10) for n, text in enumerate(AFTER)]
    lines += [glyph_line(1, 40, 290, "2 The Wheel", 14, True),
              glyph_line(1, 40, 312, "The wheel was cast at a foundry in the town and carried up by cart.", 10)]
    return PdfContent([PageGeometry(1, 612, 792, lines, [])])


def _paragraphs(doc) -> list[str]:
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]


def _cleared(content: PdfContent):
    """The page read as the PDF reader reads it: its key table (the fact box's rows) cleared first."""
    return rebuild_pdf(content, "weir", "/tmp/weir.pdf", prepare=pdf_without_key_tables)


def test_a_paragraph_goes_on_over_a_cleared_fact_box(monkeypatch: pytest.MonkeyPatch) -> None:
    whole = " ".join(BEFORE + AFTER[:1])
    assert any(text.startswith(whole) for text in _paragraphs(_cleared(_page())))
    monkeypatch.setitem(pagelayout.LIMITS, "paragraphs_over_boxes", 0)
    assert not any(text.startswith(whole) for text in _paragraphs(_cleared(_page())))


def test_a_date_under_a_two_part_title_heads_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = rebuild_pdf(_page(), "weir", "/tmp/weir.pdf")
    assert [(s.label, s.title) for s in doc.sections][:2] == [
        (None, "The Lower Weir A Mill on the Dene"), ("1", "The Race")]
    monkeypatch.setitem(pagelayout.LIMITS, "dates_unkicked", 0)
    doc = rebuild_pdf(_page(), "weir", "/tmp/weir.pdf")
    assert [(s.label, s.title) for s in doc.sections][:2] != [
        (None, "The Lower Weir A Mill on the Dene"), ("1", "The Race")]
