"""The measure a column's lines are set to (vitrina.structure.pagelayout._Flow): a line
running past the column's right edge (a band across the page read in the column's number)
does not widen it, so a justified paragraph's full line ending a sentence goes on."""

from __future__ import annotations

from tests._pdf_helpers import glyph_line
from vitrina.structure.geometry import PageGeometry, PdfContent
from vitrina.structure.lines import split_lines
from vitrina.structure.pagelayout import Placed, _Flow


def _flow(band: bool) -> tuple[_Flow, list[Placed]]:
    texts = ["The keeper trimmed the wick each evening and", "wound the clock that turned the lens, and then",
             "he climbed down to his supper at the foot.", "In the morning he cleaned the soot off the"]
    lines = [glyph_line(1, 40, 100 + 14 * k, text, 10.0) for k, text in enumerate(texts)]
    if band:  # a tinted box across the page, read in the same column
        lines.append(glyph_line(1, 40, 400, "A wide box across the whole page runs on far past the column here.", 10.0))
    right = max(line.x1 for line in lines[:4]) + 20
    placed = [Placed(line, (1, 0), 40.0, right) for line in lines]
    text_lines = split_lines("\n".join(line.text for line in lines)).lines
    return _Flow(placed, text_lines, PdfContent([PageGeometry(1, 595, 842, lines)])), placed


def test_a_line_past_the_column_edge_does_not_widen_its_measure() -> None:
    plain, placed = _flow(band=False)
    banded, placed_b = _flow(band=True)
    assert banded.measure[((1, 0), -1)] == plain.measure[((1, 0), -1)] == max(p.line.x1 for p in placed[:4])
    assert banded._fits(placed_b[1], placed_b[2].line) == plain._fits(placed[1], placed[2].line)
