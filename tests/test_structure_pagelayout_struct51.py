"""PDF reading, round 51 (struct): a caption opening with a position label in the next column opens
its own run (``labelled_runs_apart``); a led credit spaced further under its caption is still its
credit (``led_credit_gap``); a block set at a slant reads line after line (``slanted_runs``); a
bold caption printed over its picture is no heading (``overlaid_captions``); a turned credit goes to
the caption beside its picture, not to the column's last caption (``turned_credit_own_run``).
Every text is invented."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import glyph_line
from vitrina.model import Document
from vitrina.structure import pagelayout
from vitrina.structure.geometry import ImageBox, PageGeometry, PdfContent, TextLine
from vitrina.structure.pagelayout import Placed, rebuild_pdf

BODY = [
    "The weir was rebuilt in stone after the flood, and the mill race was cut",
    "again along the old line, deeper than before, to carry the winter water.",
    "The new wheel turned for forty years before the steam mill took its trade.",
    "Its timbers were sold to a farmer who used them to roof a cart shed.",
]


def _captions(doc: Document) -> list[tuple[str, str | None]]:
    return [(doc.text[b.start : b.end], b.credit) for b in doc.blocks if b.kind == "caption"]


def test_a_labelled_caption_in_the_next_column_opens_its_own_run(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [glyph_line(1, 40, 200, "Above: The mill race in flood.", 8, italic=True),
             glyph_line(1, 40, 220, "Photo: Ada Marr, Weir Trust", 7),
             glyph_line(1, 400, 200, "Ci-dessus : Le bief en crue.", 8, italic=True)]
    placed = [Placed(line, (1, 10 + n // 2), 0, 600, "caption") for n, line in enumerate(lines)]
    assert [len(run) for run in pagelayout._caption_blocks(placed)] == [1, 1, 1]
    monkeypatch.setitem(pagelayout.LIMITS, "labelled_runs_apart", 0)
    assert [len(run) for run in pagelayout._caption_blocks(placed)] == [1, 2]


def _pictured(credit: str, gap: float) -> PdfContent:
    """Body text, a picture, a one-line caption in 9-point italic under it and a credit in 7 points
    ``gap`` points under the caption."""
    lines = [glyph_line(1, 40, 14, "The Lower Weir", 18, True)]
    lines += [glyph_line(1, 40, 40 + 13 * n, text, 10) for n, text in enumerate(BODY)]
    lines.append(glyph_line(1, 40, 206, "The quarry face above the weir.", 9, italic=True))
    lines.append(glyph_line(1, 40, 215 + gap, credit, 7))
    lines += [glyph_line(1, 40, 270 + 13 * n, text, 10) for n, text in enumerate(BODY)]
    return PdfContent([PageGeometry(1, 612, 792, lines, [ImageBox(1, (40, 100, 300, 200), (40, 30))])])


def test_a_led_credit_spaced_a_little_further_is_the_captions(monkeypatch: pytest.MonkeyPatch) -> None:
    content = _pictured("Photo: Ada Marr, Weir Trust", 12)
    assert _captions(rebuild_pdf(content, "mill", "/tmp/mill.pdf")) == [
        ("The quarry face above the weir.", "Photo: Ada Marr, Weir Trust")]
    monkeypatch.setitem(pagelayout.LIMITS, "led_credit_gap", pagelayout.LIMITS["caption_gap"])
    assert _captions(rebuild_pdf(content, "mill", "/tmp/mill.pdf"))[0][1] is None


def _slanted(text: str, x: float, top: float, rise: float, size: float = 10.0) -> TextLine:
    """A line set at a slant: each glyph a little higher than the one before, ``rise`` in all."""
    step = rise / max(len(text) - 1, 1)
    boxes = [v for k in range(len(text)) for v in (x + k * size / 2, top + rise - k * step, x + (k + 1) * size / 2,
                                                    top + rise - k * step + size)]
    return TextLine(1, text, boxes, size, False, False)


def test_a_slanted_blocks_lines_stay_one_run(monkeypatch: pytest.MonkeyPatch) -> None:
    block = [_slanted(text, 300, 100 + 12 * n, 10) for n, text in enumerate(
        ["The boat was copied by", "builders on three coasts", "and sailed on each of", "them for a hundred",
         "years after her loss."])]
    beside = [glyph_line(1, 300, 180, "1 Quay", 9), glyph_line(1, 400, 180, "2 Weir", 9)]
    ordered = sorted([*block, *beside], key=lambda ln: (round(ln.top, 1), ln.x0))
    assert pagelayout._interleaved(ordered)
    assert [ln.text for ln in pagelayout._by_runs(ordered)][:5] == [ln.text for ln in block]
    monkeypatch.setitem(pagelayout.LIMITS, "slanted_runs", 0)
    assert [ln.text for ln in pagelayout._by_runs(ordered)][:5] != [ln.text for ln in block]


def _overlaid(bold: bool) -> PdfContent:
    """Body text beside a picture whose caption is printed in bold on a band at its foot, its credit
    turned up the picture's right edge."""
    lines = [glyph_line(1, 40, 14, "The Lower Weir", 18, True)]
    lines += [glyph_line(1, 40, 40 + 16 * n, text[:40], 13) for n, text in enumerate(BODY * 3)]
    lines += [glyph_line(1, 388, 218, "The weir under snow, from a", 9.5, bold),
              glyph_line(1, 388, 229, "glass slide of about 1900.", 9.5, bold)]
    credit = "Lent by the Weir Trust, WT 12"
    boxes = [v for k in range(len(credit)) for v in (532, 240 - 5 * (k + 1), 539, 240 - 5 * k)]
    lines.append(TextLine(1, credit, boxes, 6.5, False, False, rotated=True))
    lines += [glyph_line(1, 380, 420 + 12 * n, text, 9, italic=True) for n, text in enumerate(
        ["Above: The sluice gate, about 1890."])]
    lines.append(glyph_line(1, 380, 432, "Lent by the Mill Society, MS 4", 7))
    regions = [(380.0, 40.0, 530.0, 246.0), (380.0, 210.0, 530.0, 246.0), (380.0, 300.0, 530.0, 410.0)]
    return PdfContent([PageGeometry(1, 612, 792, lines, [], regions)])


def test_a_bold_caption_over_its_picture_takes_its_turned_credit(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = rebuild_pdf(_overlaid(True), "mill", "/tmp/mill.pdf")
    assert ("The weir under snow, from a glass slide of about 1900.", "Lent by the Weir Trust, WT 12") in _captions(doc)
    monkeypatch.setitem(pagelayout.LIMITS, "turned_credit_own_run", 0)
    doc = rebuild_pdf(_overlaid(True), "mill", "/tmp/mill.pdf")
    assert ("The weir under snow, from a glass slide of about 1900.", None) in _captions(doc)
    monkeypatch.setitem(pagelayout.LIMITS, "overlaid_captions", 0)
    doc = rebuild_pdf(_overlaid(True), "mill", "/tmp/mill.pdf")
    assert all(not text.startswith("The weir under snow") for text, _credit in _captions(doc))


def test_a_drop_capitals_line_is_no_slant() -> None:
    line = glyph_line(1, 40, 100, "On the night of the gale", 12)
    boxes = list(line.boxes)
    boxes[1] -= 30  # the drop capital "O" stands three lines tall
    dropped = TextLine(1, line.text, boxes, 12, False, False)
    assert not pagelayout._at_slant(dropped) and not pagelayout._at_slant(line)
    assert pagelayout._at_slant(_slanted("builders on three coasts", 40, 100, 10))


def _roman_heads() -> tuple[PdfContent, TextLine]:
    """A cover page under a small running head, then a page opening on the label "I" over its heading."""
    cover = [glyph_line(1, 40, 51, "WEIR GALLERY", 8), glyph_line(1, 40, 71, "The Weir Company", 30, True)]
    cover += [glyph_line(1, 40, 140 + 13 * n, text, 11) for n, text in enumerate(BODY)]
    first = glyph_line(2, 40, 41, "I", 8, True)
    lines = [first, glyph_line(2, 40, 55, "A Mill by the Water", 12.5, True)]
    lines += [glyph_line(2, 40, 77 + 13 * n, text, 11) for n, text in enumerate(BODY * 3)]
    lines += [glyph_line(2, 40, 300, "II", 8, True), glyph_line(2, 40, 314, "The Flood Year", 12.5, True)]
    lines += [glyph_line(2, 40, 336 + 13 * n, text, 11) for n, text in enumerate(BODY * 3)]
    return PdfContent([PageGeometry(1, 612, 792, cover), PageGeometry(2, 612, 792, lines)]), first


def test_a_series_first_label_at_the_top_edge_is_no_folio(monkeypatch: pytest.MonkeyPatch) -> None:
    content, first = _roman_heads()
    assert id(first) not in pagelayout.running_lines(content)
    assert [(s.label, s.title) for s in rebuild_pdf(content, "weir", "/tmp/weir.pdf").sections][1:3] == [
        ("I", "A Mill by the Water"), ("II", "The Flood Year")]
    monkeypatch.setitem(pagelayout.LIMITS, "series_head_labels", 0)
    monkeypatch.setitem(pagelayout.LIMITS, "edge_labels_kept", 0)  # structset65's rule keeps such a label too
    assert id(first) in pagelayout.running_lines(content)
