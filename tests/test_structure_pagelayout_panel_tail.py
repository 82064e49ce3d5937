"""A flow that ends in the next panel with two lines at its head (a leaflet's text
carried over a fold) is read after the panel it goes on from. Every text is invented."""

from __future__ import annotations

from tests._pdf_helpers import glyph_line
from vitrina.structure.pagelayout import reading_order

ROPE = [
    "The ropewalk ran the length of the harbour wall, and the men",
    "walked backwards along it all day, paying out hemp from bundles",
    "round their waists while a boy turned the wheel at the far end",
    "of the shed. A good walker could spin a quarter of a mile of",
    "yarn before the dinner bell, and the best of them were paid by",
]
TAIL = ["the fathom rather than by the day, which the owners came", "to regret."]


def test_two_lines_at_the_next_panels_head_are_read_after_the_panel() -> None:
    lines = [glyph_line(1, 300, 32 + 14 * k, text, 10) for k, text in enumerate(ROPE)]
    lines += [glyph_line(1, 640, 30 + 14 * k, text, 10) for k, text in enumerate(TAIL)]
    order = [p.line.text for p in reading_order(lines)]
    assert order == ROPE + TAIL
