"""Round 44 (structure, #17): a running head of two stacked lines; a footer pair whose label is
set larger than the text; a footnote under a small-type side-bar, called by a number set level in
the text's own type; a full line of a narrowed measure (beside a float) ending a sentence.
Every text is invented."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import glyph_line
from tests.test_structure_pagelayout_edge_pairs import (  # the ferry paragraph and its measure
    BODY,
    LEFT,
    RIGHT,
)
from vitrina.structure import pagelayout, zones
from vitrina.structure.geometry import PageGeometry, PdfContent
from vitrina.structure.pagelayout import rebuild_pdf


def _blocks(content: PdfContent) -> list[str]:
    doc = rebuild_pdf(content, "ferry", "/tmp/ferry.pdf")
    return [" ".join(doc.text[b.start:b.end].split()) for b in doc.blocks]


def _flush_right(page: int, top: float, text: str, size: float, bold: bool = False) -> object:
    return glyph_line(page, RIGHT - len(text) * size / 2, top, text, size, bold)


# a running head of two lines, stacked flush left, repeated on every page

def _stacked_head_pages() -> PdfContent:
    pages = []
    for n in (1, 2):
        lines = [
            glyph_line(n, LEFT, 20, "The Tideway Papers: Catalogue ·", 9),
            glyph_line(n, LEFT, 30, "Estuary Museum", 9),
            _flush_right(n, 30, "Crossings", 9),
        ]
        if n == 1:
            lines.append(glyph_line(1, LEFT, 70, "The Last Ferry", 28, bold=True))
        lines += [glyph_line(n, LEFT, 120 + 13 * k, text, 10) for k, text in enumerate(BODY)]
        lines.append(glyph_line(n, LEFT, 560, str(n), 9))
        pages.append(PageGeometry(n, 595, 595, lines))
    return PdfContent(pages)


def test_a_running_head_of_two_stacked_lines_is_running() -> None:
    text = " ".join(_blocks(_stacked_head_pages()))
    assert "Estuary Museum" not in text and "Catalogue" not in text
    assert "The ferryman kept a book" in text


def test_without_the_rule_the_stacked_lines_are_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(pagelayout.LIMITS, "stacked_heads", 0)
    assert "Estuary Museum" in " ".join(_blocks(_stacked_head_pages()))


# a footer pair: the museum's name flush left, the panel's label in larger bold type flush right

def _panel(label: str, label_size: float) -> PdfContent:
    lines = [glyph_line(1, LEFT, 70, "The Last Ferry", 28, bold=True)]
    lines += [glyph_line(1, LEFT, 120 + 13 * k, text, 10) for k, text in enumerate(BODY)]
    lines += [glyph_line(1, LEFT, 560, "Estuary Museum · Tideway Gallery", 9),
              _flush_right(1, 559, label, label_size, bold=True)]
    return PdfContent([PageGeometry(1, 595, 595, lines)])


@pytest.mark.parametrize("label", ["Panel 3.1", "Panel 4", "12"])
def test_a_footer_pair_with_a_larger_label_is_running(label: str) -> None:
    blocks = _blocks(_panel(label, 11.5))
    assert not any("Estuary Museum" in block or block == label for block in blocks)


def test_a_footer_label_no_larger_than_the_limit_allows(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(pagelayout.LIMITS, "pair_number_size", 1.0)
    assert "Panel 3.1" in " ".join(_blocks(_panel("Panel 3.1", 11.5)))


def test_a_pair_of_words_in_larger_type_stays_no_footer() -> None:
    assert "Tideway Crossings" in " ".join(_blocks(_panel("Tideway Crossings", 11.5)))


def test_edge_labels() -> None:
    assert pagelayout._edge_label("Panel 7.3") and pagelayout._edge_label("Panel 2")
    assert not pagelayout._edge_label("Crossings 7.3") and not pagelayout._edge_label("Tideway Crossings")


# a footnote under a boxed side-bar in small type, its call set level in the text ("there,1 the")

NOTED = [
    "The ferryman kept a book of every crossing, and by the account of those who were there,1 the",
    "book was read aloud at the manor court at Michaelmas, with every toll he took that year.",
]
BOX = [
    "The toll board that hung at the slip is kept in the museum's store,",
    "its figures painted over twice when the tolls were raised again.",
]
NOTE = "1. Two witnesses gave the day of the reading differently."


def _noted_page() -> PdfContent:
    lines = [glyph_line(1, LEFT, 70, "The Toll Book", 28, bold=True)]
    lines += [glyph_line(1, LEFT, 120 + 13 * k, text, 10) for k, text in enumerate(NOTED)]
    lines += [glyph_line(1, LEFT + 10, 200 + 11 * k, text, 8.5) for k, text in enumerate(BOX)]
    lines.append(glyph_line(1, LEFT, 520, NOTE, 7.5))
    box = (LEFT, 190.0, RIGHT, 230.0)
    return PdfContent([PageGeometry(1, 595, 595, lines, [], [box])])


def test_a_note_under_a_small_side_bar_called_level_in_the_text_is_a_note() -> None:
    doc = rebuild_pdf(_noted_page(), "tolls", "/tmp/tolls.pdf")
    notes = doc.sections[-1]
    body = [" ".join(doc.text[b.start:b.end].split()) for b in doc.blocks
            if b.kind == "paragraph" and b.section != notes.id]
    assert " ".join(NOTED).replace("there,1 the", "there, the") in body
    assert notes.title == "Notes"


def test_without_level_calls_the_note_is_read_as_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(zones.ZONE_LIMITS, "level_calls", 0)
    doc = rebuild_pdf(_noted_page(), "tolls", "/tmp/tolls.pdf")
    assert all(section.title != "Notes" for section in doc.sections)


def test_level_calls_are_numbers_glued_to_a_stop() -> None:
    lines = [glyph_line(1, LEFT, 100, "those who were there,1 said so.2 In 1846.3 the 3,000 men", 10)]
    assert zones.level_calls([lines], 10.0) == {"1", "2"}


# a line of a narrowed measure (beside a float that has ended) runs full: its sentence end
# ends no paragraph

NARROW = [  # each 61 characters: set justified to the narrowed measure beside a pull quote
    "The mill stood on the lower weir, where the water ran fastest",
    "in the spring floods, and its wheel turned even in a drought,",
    "and the miller paid his rent in corn to the manor at Easters,",
    "a due that his family then paid for some three hundred years.",
]
OPENING = "When the weir was rebuilt in stone the old wheel was kept."  # indented 3 characters
WIDE = [
    "The new race was cut deeper than the old one, and the wheel turned for another ninety years",
    "before the mill was closed.",
]


def _float_page() -> PdfContent:
    # (the float itself is left out: the narrowed measure is read from the lines alone)
    lines = [glyph_line(1, LEFT, 70, "The Lower Mill", 28, bold=True)]
    tops = iter(120 + 13 * k for k in range(12))
    lines += [glyph_line(1, LEFT, next(tops), text, 10) for text in NARROW]
    lines += [glyph_line(1, LEFT, next(tops), "It burnt down in a dry summer.", 10)]
    lines += [glyph_line(1, LEFT + 15, next(tops), OPENING, 10)]
    lines += [glyph_line(1, LEFT, next(tops), text, 10) for text in WIDE]
    return PdfContent([PageGeometry(1, 595, 595, lines)])


def test_a_full_line_of_a_narrowed_measure_ends_no_paragraph() -> None:
    assert {len(text) for text in NARROW} == {len(OPENING) + 3}  # one right edge
    assert _blocks(_float_page())[1:] == [
        " ".join([*NARROW, "It burnt down in a dry summer."]), " ".join([OPENING, *WIDE])]


def test_without_the_held_measure_the_sentence_end_parts_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(pagelayout.LIMITS, "held_edge_lines", 0)
    assert OPENING in _blocks(_float_page())


# lines of a card set at a slight slant: each glyph's box stands taller than the type, so the boxes of
# one line and the next overlap; they still follow one another at the usual pitch


def _tall_line(top: float, text: str, size: float = 10.0, height: float = 17.0) -> object:
    from vitrina.structure.geometry import TextLine

    boxes = [v for k in range(len(text)) for v in (LEFT + k * size / 2, top, LEFT + (k + 1) * size / 2, top + height)]
    return TextLine(1, text, boxes, size, False, False)


def test_slanted_lines_whose_boxes_overlap_are_close_below() -> None:
    first, second = _tall_line(100, "The card leans a little"), _tall_line(111, "to the left of the case.")
    assert second.top - first.bottom < -0.5 * second.size  # the boxes overlap by more than half the type
    assert pagelayout._close_below(first, second)


def test_without_slant_pitch_overlapping_boxes_are_not_close(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(pagelayout.LIMITS, "slant_pitch", 0)
    assert not pagelayout._close_below(_tall_line(100, "The card leans a little"), _tall_line(111, "to the left."))


def test_a_line_far_under_is_not_close_below() -> None:
    assert not pagelayout._close_below(_tall_line(100, "The card leans a little"), _tall_line(140, "Another card."))
