"""Type sizes of an OCR text layer (vitrina.ingest._ocr): invisible glyphs (text render
mode 3) whose sizes are a recogniser's estimates, a point off here and there, are settled
to their neighbours' size; a real change of type stays. Every text is invented."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import canvas_pdf, glyph_line
from vitrina.ingest import _ocr, pdf

reportlab = pytest.importorskip("reportlab")

BODY = [
    ("The lock keeper lived in the cottage by the upper gate and", 9),
    ("kept a log of every boat that passed, its cargo and its", 9),
    ("master, in a ledger that the canal company inspected once", 8),  # read a point small
    ("a quarter. In a dry summer he rationed the water by the", 9),
    ("hour and the boats queued for a day at a time below him.", 10),  # read a point large
]


def _page(mode: int):
    def draw(c, _number: int) -> None:
        c.setFillGray(0.9)
        c.rect(0, 0, 612, 792, stroke=0, fill=1)  # the page's picture
        text = c.beginText()
        text.setTextRenderMode(mode)
        text.setTextOrigin(72, 700)
        text.setFont("Helvetica", 12)
        text.textLine("Keeping the Lock")
        y = 680.0
        for line, size in BODY:
            text.setTextOrigin(72, y)
            text.setFont("Helvetica", size)
            text.textLine(line)
            y -= 12.5
        c.drawText(text)
    return canvas_pdf(draw)


def _sizes(mode: int) -> list[float]:
    content = pdf.extract(_page(mode), "/tmp/lock.pdf")
    return [line.size for line in sorted(content.pages[0].lines, key=lambda ln: ln.top)]


def test_an_invisible_layers_sizes_settle_to_their_neighbours() -> None:
    assert _sizes(3) == [12, 9, 9, 9, 9, 9]


def test_visible_text_keeps_its_sizes() -> None:
    assert _sizes(0) == [12, 9, 9, 8, 9, 10]


def test_with_the_switch_off_the_estimates_stay(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [glyph_line(1, 72, 100 + 12.5 * k, text, size) for k, (text, size) in enumerate(BODY)]
    assert [ln.size for ln in _ocr.settled_sizes(lines)] == [9, 9, 9, 9, 9]
    monkeypatch.setitem(_ocr.OCR_LIMITS, "settle_sizes", 0)
    assert [ln.size for ln in _ocr.settled_sizes(lines)] == [9, 9, 8, 9, 10]


def test_a_credit_under_its_caption_and_a_margin_line_keep_their_sizes() -> None:
    caption = [glyph_line(1, 40, 100 + 9 * k, text, 7.0) for k, text in enumerate(
        ["Left: the lock in flood,", "from a photograph of", "about 1900."])]
    credit = glyph_line(1, 40, 127, "Canal Trust, CT 4", 6.0)  # two neighbours at 7: a change of type
    beside = glyph_line(1, 200, 109, "A line of the next column", 8.0)
    lines = _ocr.settled_sizes([*caption, credit, beside])
    assert [ln.size for ln in lines] == [7.0, 7.0, 7.0, 6.0, 8.0]
