"""PDF reading, round 51 (struct2): a caption set in two languages in narrow columns side by side, over one
credit across them, reads each column whole, left to right (``level_runs_across``), and the caption in the
document's language takes the credit, its translation set apart (``translated_captions``). Every text is
invented."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import glyph_line
from vitrina.model import Document
from vitrina.structure import pagelayout
from vitrina.structure.geometry import ImageBox, PageGeometry, PdfContent
from vitrina.structure.pagelayout import rebuild_pdf

BODY = [
    "The weir was rebuilt in stone after the flood, and the mill race was cut",
    "again along the old line, deeper than before, to carry the winter water.",
    "The new wheel turned for forty years before the steam mill took its trade.",
    "Its timbers were sold to a farmer who used them to roof a cart shed.",
]
ENGLISH = ["Above: The weir after", "the flood, seen from", "the bridge."]
GERMAN = ["Das Wehr nach der Flut,", "von der Brücke aus im", "Winter und bei Nacht", "gesehen."]
FRENCH = ["Le barrage après la", "crue, vu du pont dans", "la nuit et en hiver", "par le meunier."]
CREDIT = "Photo: Ada Marr, Weir Trust and the Mill Archive, Lower Weir"


def _content() -> PdfContent:
    """Body text, a picture, the caption in English, German and French in three narrow columns side by
    side under it (8 points, 11 apart), one credit under them all, then a long body text (the translations a small share of the words)."""
    lines = [glyph_line(1, 40, 14, "The Lower Weir", 18, True)]
    lines += [glyph_line(1, 40, 40 + 13 * n, text, 10) for n, text in enumerate(BODY)]
    for column, texts in ((40, ENGLISH), (140, GERMAN), (240, FRENCH)):
        lines += [glyph_line(1, column, 206 + 11 * n, text, 8) for n, text in enumerate(texts)]
    lines.append(glyph_line(1, 40, 253, CREDIT, 7.5))
    lines += [glyph_line(1, 40, 270 + 13 * n, text, 10) for n, text in enumerate(BODY * 4)]
    return PdfContent([PageGeometry(1, 612, 792, lines, [ImageBox(1, (40, 100, 300, 200), (40, 30))])])


def _captions(doc: Document) -> list[tuple[str, str | None]]:
    return [(doc.text[b.start : b.end], b.credit) for b in doc.blocks if b.kind == "caption"]


def test_a_caption_beside_its_translation_takes_the_credit() -> None:
    doc = rebuild_pdf(_content(), "weir", "/tmp/weir.pdf")
    assert _captions(doc) == [("The weir after the flood, seen from the bridge.", CREDIT)]


def test_without_the_switch_the_translation_keeps_the_credit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(pagelayout.LIMITS, "translated_captions", 0)
    doc = rebuild_pdf(_content(), "weir", "/tmp/weir.pdf")
    assert _captions(doc) != [("The weir after the flood, seen from the bridge.", CREDIT)]


def _columns() -> list:
    lines = [glyph_line(1, column, 206 + 11 * n, text, 8)
             for column, texts in ((40, ENGLISH), (140, GERMAN), (240, FRENCH)) for n, text in enumerate(texts)]
    lines.append(glyph_line(1, 40, 253, CREDIT, 7.5))
    return sorted(lines, key=lambda ln: (round(ln.top, 1), ln.x0))


def test_level_runs_side_by_side_read_whole_left_to_right(monkeypatch: pytest.MonkeyPatch) -> None:
    order = [ln.text for ln in pagelayout._by_runs(_columns())]
    assert order == [*ENGLISH, *GERMAN, *FRENCH, CREDIT]
    monkeypatch.setitem(pagelayout.LIMITS, "level_runs_across", 0)
    assert [ln.text for ln in pagelayout._by_runs(_columns())] != order
