"""A catalogue entry's number hanging before its caption (round 54, structset72): the number is left out of the
caption's text when the entry's next line starts flush with the text after it. Every text is invented."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import glyph_line
from vitrina.structure import entrynumbers
from vitrina.structure.entrynumbers import hanging_entry_numbers
from vitrina.structure.pagelayout import Placed

ENTRY = "7.2 Pewter tankard with a hinged lid, made for a guild of carters about 1760."
CREDIT = "Lent by the Harrow Lane Trust, HL 55.3"


def _placed(credit_x: float, entry: str = ENTRY) -> list[Placed]:
    first = glyph_line(1, 40, 300, entry, 8)
    indent = 40 + 4 * (len(entry.split()[0]) + 1)  # the second word's edge (glyphs half the size wide)
    return [Placed(first, (1, 0), 40, 300, "caption"),
            Placed(glyph_line(1, indent + credit_x, 311, CREDIT, 7, italic=True), (1, 0), 40, 300, "caption")]


def test_a_number_hanging_before_its_entry_is_the_entrys_label(monkeypatch: pytest.MonkeyPatch) -> None:
    placed = _placed(0)
    hanging_entry_numbers(placed)
    assert placed[0].numbered == 1
    monkeypatch.setitem(entrynumbers.ENTRY_NUMBERS, "on", 0)
    placed = _placed(0)
    hanging_entry_numbers(placed)
    assert placed[0].numbered == 0


def test_a_caption_wrapping_to_its_own_edge_keeps_its_opening_number() -> None:
    placed = _placed(-16)  # the next line back at the caption's edge: a figure opening the caption
    hanging_entry_numbers(placed)
    assert placed[0].numbered == 0
    worded = _placed(0, "Tankard of pewter with a hinged lid, made for a guild of carters.")  # no number
    hanging_entry_numbers(worded)
    assert worded[0].numbered == 0


def _caption_fragments(number: str) -> list:
    from vitrina.structure.layout import Fragment
    from vitrina.structure.lines import split_lines

    lines = split_lines(f"The carters paid a toll at every bridge.\n{number} Pewter tankard with a hinged lid.\n").lines
    return [Fragment("paragraph", [lines[0]], deferred=[Fragment("caption", [lines[1]])])]


def test_raw_text_a_dotted_entry_number_leads_its_caption(monkeypatch: pytest.MonkeyPatch) -> None:
    from vitrina.structure.entrynumbers import dotted_entry_numbers

    dotted = _caption_fragments("7.2")
    dotted_entry_numbers(dotted)
    assert dotted[0].deferred[0].label_words == 1
    plain = _caption_fragments("1760")  # a year or a count opening a caption stays its text
    dotted_entry_numbers(plain)
    assert plain[0].deferred[0].label_words == 0
    monkeypatch.setitem(entrynumbers.ENTRY_NUMBERS, "dotted", 0)
    off = _caption_fragments("7.2")
    dotted_entry_numbers(off)
    assert off[0].deferred[0].label_words == 0
