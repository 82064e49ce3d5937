"""A label set turned on a tab beside a box ("Activity 2" up the box's left edge) labels
the section whose heading heads that box. Every text is invented."""

from __future__ import annotations

from dataclasses import replace

from tests._pdf_helpers import glyph_line
from vitrina.structure.geometry import PageGeometry, PdfContent, TextLine
from vitrina.structure.pagelayout import rebuild_pdf

BODY = [
    "The rope walk was a shed a quarter of a mile long where hemp was twisted",
    "into yarn by men walking backwards from the wheel, and the yarns were laid",
    "into strands and the strands into cables for the ships of the navy yard.",
]


def _line(x: float, top: float, text: str, size: float = 10.0, bold: bool = False) -> TextLine:
    return glyph_line(1, x, top, text, size, bold)


def _tab(top: float, text: str) -> TextLine:
    """Glyphs going up the page, read as a turned line."""
    boxes = [v for k in range(len(text)) for v in (40, top - (k + 1) * 6, 50, top - k * 6)]
    return replace(TextLine(1, text, boxes, 10.0, True, False, rotated=True), x0=40, x1=50, top=top - 6 * len(text),
                   bottom=top)


def test_a_turned_tab_label_labels_the_box_beside_it() -> None:
    lines = [_line(70, 40, "The Rope Walk", 20, True)]
    lines += [_line(70, 80, "Twisting the Yarn", 14, True)]
    lines += [_line(70, 100 + 13 * k, text) for k, text in enumerate(BODY * 3)]
    lines += [_tab(200, "Activity 1")]
    lines += [_line(70, 240, "Laying the Cable", 14, True)]
    lines += [_line(70, 260 + 13 * k, text) for k, text in enumerate(BODY * 3)]
    lines += [_tab(360, "Activity 2")]
    doc = rebuild_pdf(PdfContent([PageGeometry(1, 595, 842, lines)]), "rope", "/tmp/rope.pdf")
    assert [(s.label, s.title) for s in doc.sections] == [
        (None, "The Rope Walk"), ("1", "Twisting the Yarn"), ("2", "Laying the Cable"),
    ]
    assert "Activity" not in doc.text.replace("\n", " ").split("Twisting")[1]
