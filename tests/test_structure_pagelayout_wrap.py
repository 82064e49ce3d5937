"""The measure of a line (vitrina.structure.pagelayout._Flow._fits): beside a box the text
wraps around, a line is as long as the lines beside the box, not the column, so a full
line there ending a sentence goes on into the next; a boxed band read in the column's flow
keeps a measure of its own. Every text is invented."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import glyph_line
from vitrina.structure.geometry import PageGeometry, PdfContent
from vitrina.structure.lines import split_lines
from vitrina.structure.pagelayout import LIMITS, Placed, _Flow

SHORT = [  # 36 characters each: set beside the box
    "The ferry ran from the slip at dawn.",
    "Carts and cattle crossed in the hold",
    "while the post went in a locked box.",
]
LONG = [  # 60 characters each: set under the box, the column's full measure
    "In the hard winter the channel froze over from bank to bank,",
    "and the ferrymen walked the mail across the ice for a month.",
]


def _flow(box: bool) -> tuple[_Flow, list[Placed]]:
    lines = [glyph_line(1, 40, 100 + 14 * k, text, 10.0) for k, text in enumerate([*SHORT, *LONG])]
    regions = [(240.0, 95.0, 340.0, 140.0)] if box else []  # right of the short lines, level with them
    placed = [Placed(line, (1, 0), 40.0, 340.0) for line in lines]
    text_lines = split_lines("\n".join(line.text for line in lines)).lines
    return _Flow(placed, text_lines, PdfContent([PageGeometry(1, 595, 842, lines, regions=regions)])), placed


def test_a_full_line_beside_a_wrapped_box_goes_on() -> None:
    flow, placed = _flow(box=True)
    assert not flow._fits(placed[0], placed[1].line)  # "… at dawn." fills the measure beside the box


def test_without_the_box_the_short_line_ends_its_paragraph() -> None:
    flow, placed = _flow(box=False)
    assert flow._fits(placed[0], placed[1].line)


def test_with_the_pass_off_the_column_measure_holds(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(LIMITS, "wrap_measure", 0)
    flow, placed = _flow(box=True)
    assert flow._fits(placed[0], placed[1].line)


def _framed_flow(framed: bool) -> tuple[_Flow, list[Placed]]:
    texts = ["The keeper trimmed the wicks each evening and", "wound the clock that turned the lens, and then",
             "climbed down to his supper in the tower foot.", "In the morning he cleaned the soot off the"]
    lines = [glyph_line(1, 40, 100 + 14 * k, text, 10.0) for k, text in enumerate(texts)]
    # a boxed notice across the page's width under the column, read in its flow
    lines.append(glyph_line(1, 40, 400, "Guided walks leave the harbour steps at ten on Sundays in the summer.", 10.0))
    regions = [(30.0, 390.0, 400.0, 420.0)] if framed else []
    placed = [Placed(line, (1, 0), 40.0, 400.0) for line in lines]
    text_lines = split_lines("\n".join(line.text for line in lines)).lines
    return _Flow(placed, text_lines, PdfContent([PageGeometry(1, 595, 842, lines, regions=regions)])), placed


def test_a_boxed_band_in_the_flow_keeps_its_own_measure() -> None:
    framed, placed = _framed_flow(framed=True)
    assert not framed._fits(placed[2], placed[3].line)  # "… tower foot." ran full: the sentence goes on
    unframed, placed = _framed_flow(framed=False)
    assert unframed._fits(placed[2], placed[3].line)  # the band's long line widened the measure
