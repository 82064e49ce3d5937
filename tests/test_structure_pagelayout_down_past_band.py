"""Two columns read down past a pull quote set across their middle (vitrina.structure.
pagelayout._columns_down_past_band): the left column's sentence cut at the band goes on
under it, so the page is read left column above and under the band, then the right column;
a band the text gives no reason to read past keeps the page read band by band. Every text
is invented."""

from __future__ import annotations

from tests._pdf_helpers import glyph_line
from vitrina.structure.pagelayout import LIMITS, reading_order

LEFT_ABOVE = [
    "The lamp on the north pier was first lit",
    "in the winter of the great storm, when a",
    "brig was lost on the bar with all hands",
    "and the harbour master asked the town to",
    "pay for a light that could be seen from",
]
LEFT_UNDER = [
    "the open sea on the darkest night of the",
    "year. The town paid, and the keepers lit",
    "the lamp at dusk and trimmed its wick at",
    "midnight, and each keeper kept the lamp",
    "burning from the first frost until the",
]
RIGHT_ABOVE = [
    "last boats were drawn up in the spring.",
    "The keepers wrote the weather in a book",
    "that the harbour office still keeps, and",
    "the book shows that the lamp went out on",
    "only three nights in forty years of use.",
]
RIGHT_UNDER = [
    "The pier was rebuilt in stone after the",
    "second storm, and an electric lamp took",
    "the place of the oil one. The old lantern",
    "stands now in the hall of the town museum",
    "beside the keepers' book and their coats.",
]
QUOTE = "\u201cA light seen from the open sea\u201d"


def _lines(right_above: list[str], left_under: list[str]) -> list:
    def column(x: float, first: float, texts: list[str]) -> list:
        return [glyph_line(1, x, first + 14 * n, text, 10.0) for n, text in enumerate(texts)]

    return (column(40, 100, LEFT_ABOVE) + column(300, 100, right_above)
            + [glyph_line(1, 60, 190, QUOTE, 16.0)]
            + column(40, 230, left_under) + column(300, 230, RIGHT_UNDER))


def _order(lines: list) -> list[str]:
    return [p.line.text for p in reading_order(lines)]


def test_the_left_column_is_read_on_under_the_band_when_its_sentence_goes_on_there(monkeypatch) -> None:
    order = _order(_lines(RIGHT_ABOVE, LEFT_UNDER))
    assert order.index(LEFT_UNDER[0]) == order.index(LEFT_ABOVE[-1]) + 1
    assert order.index(RIGHT_ABOVE[0]) == order.index(LEFT_UNDER[-1]) + 1
    assert order.index(QUOTE) < order.index(RIGHT_UNDER[0])
    monkeypatch.setitem(LIMITS, "down_past_band", 0)
    order = _order(_lines(RIGHT_ABOVE, LEFT_UNDER))
    assert order.index(RIGHT_ABOVE[0]) == order.index(LEFT_ABOVE[-1]) + 1


def test_a_band_the_text_gives_no_reason_to_read_past_keeps_the_bands() -> None:
    # the left column ends its sentence over the band and the right one opens a new one
    # under its top: band by band reads as well as down the columns, and is kept
    left_under = ["Ships " + LEFT_UNDER[0], *LEFT_UNDER[1:-1], "burning all night."]
    right_above = ["When " + RIGHT_ABOVE[0], *RIGHT_ABOVE[1:]]
    closing = "pay for a light. It was lit that winter."
    lines = _lines(right_above, left_under)
    lines[4] = glyph_line(1, 40, 156, closing, 10.0)
    order = _order(lines)
    assert order.index(right_above[0]) == order.index(closing) + 1
