"""Captions of two pictures side by side: the caption under one picture, left open (no
full stop, no credit), does not run on into the caption under the other picture.
Every text is invented."""

from __future__ import annotations

from tests._pdf_helpers import glyph_line
from vitrina.structure.geometry import ImageBox, PageGeometry, PdfContent, TextLine
from vitrina.structure.pagelayout import rebuild_pdf

MILL = [
    "The tide mill stood on a dam across the creek and ground corn for the village",
    "whenever the sea ran out, its wheel turned by the water held back at high tide.",
    "The miller kept the sluice gates himself and knew every sandbank of the channel.",
    "Barges brought the grain up on the flood and carried the flour away on the ebb.",
]


def _line(x: float, top: float, text: str, size: float = 10.0, italic: bool = False) -> TextLine:
    return glyph_line(1, x, top, text, size, italic=italic)


def test_a_caption_stops_where_the_caption_of_the_next_picture_begins() -> None:
    left, right = (40.0, 154.0, 416.0, 342.0), (426.0, 164.0, 609.0, 292.0)
    lines = [_line(40, 48, "The Tide Mill", 40)]
    lines += [_line(40, 98 + 15 * k, text, 13.6, italic=True) for k, text in enumerate(MILL[:3])]
    lines += [_line(426, 296, "The mill wheel at low water, seen from the dam", 8.6, italic=True)]
    lines += [_line(40, 346, "The sluice gates in winter.", 8.6, italic=True)]
    lines += [_line(40, 357, "Photo: Ivo Marsh", 6.9)]
    words = " ".join(MILL * 12).split()
    column = [" ".join(words[k : k + 6]) for k in range(0, len(words), 6)]
    for x in (40, 233, 434):
        lines += [_line(x, 376 + 12.5 * k, text, 10.5) for k, text in enumerate(column[:40])]
    images = [ImageBox(1, left, (40, 30)), ImageBox(1, right, (40, 30))]
    doc = rebuild_pdf(PdfContent([PageGeometry(1, 842, 1191, lines, images)]), "mill", "/tmp/mill.pdf")
    captions = sorted((doc.text[b.start : b.end], b.credit) for b in doc.blocks if b.kind == "caption")
    assert captions == [("The mill wheel at low water, seen from the dam", None),
                        ("The sluice gates in winter.", "Photo: Ivo Marsh")]
