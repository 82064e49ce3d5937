"""Round 56 (struct74, raw text): a numbered note a text extraction set at a column's foot, inside
the paragraph the next column goes on with, is a note (``footnotes.plain_column_foot_notes``,
``column_foot_notes``); a line of the pictures' keys alone ("(a) (b)") opening a block is no margin
note (``keys_no_notes``); a paragraph a key's captions close mid-sentence goes on with the next
paragraph (``key_cut_resumed``). Every text is invented."""

from __future__ import annotations

import pytest

from tests._plain_helpers import paragraphs
from vitrina.structure import rebuild
from vitrina.structure.footnotes import NOTE_LIMITS
from vitrina.structure.plainlayout import PLAIN_LIMITS

COLUMN_NOTE = [
    "The Salt Road",
    "Carts came over the hills from the pans on the coast every week of the year, and",
    "the inns along the road grew rich on the drivers and their horses over the winter.",
    "1",
    "The tolls on the road were farmed out to a family of the town, who kept the gate",
    "at the bridge and took a penny for every cart and a halfpenny for every horse",
    "1 The toll board of the bridge is shown in the next room.",
    "that crossed, whatever its load, until the county bought the road in 1870.",
]

NOTE = "The toll board of the bridge is shown in the next room."
TOLLS = ("The tolls on the road were farmed out to a family of the town, who kept the gate at the bridge and took "
         "a penny for every cart and a halfpenny for every horse that crossed, whatever its load, until the county "
         "bought the road in 1870.")


def _doc(lines: list[str]):
    return rebuild("\n".join(lines) + "\n\f", "salt", "salt.txt", "text")


def test_a_note_at_a_columns_foot_leaves_the_paragraph_whole() -> None:
    doc = _doc(COLUMN_NOTE)
    assert TOLLS in paragraphs(doc)
    assert not any(NOTE in text and "crossed" in text for text in paragraphs(doc))


def test_column_foot_notes_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(NOTE_LIMITS, "column_foot_notes", 0)
    assert TOLLS not in paragraphs(_doc(COLUMN_NOTE))


def test_a_note_line_after_a_sentence_end_is_no_column_foot_note() -> None:
    lines = [*COLUMN_NOTE[:5], "at the bridge and took a penny for every cart that crossed.", *COLUMN_NOTE[6:]]
    from vitrina.structure.footnotes import plain_column_foot_notes
    from vitrina.structure.lines import split_lines

    assert plain_column_foot_notes(split_lines("\n".join(lines)).lines) == set()


KEYED = [
    "44 Roads of the County",
    "The Salt Road",
    "Carts came over the hills from the pans on the coast every",
    "week of the year, and the inns along the road grew rich on",
    "the drivers and their horses. The tolls were farmed out to a",
    "family of the town, who kept the gate at the bridge and took",
    "a penny for every cart and a halfpenny for every horse. In",
    "(a) The toll gate at the bridge, with the keeper's cottage,",
    "about 1860.",
    "Lent by the Bridge Trust, BT 12",
    "(b) A salt cart on the hill road above the town, drawn by",
    "two horses, 1902.",
    "Lent by the Bridge Trust, BT 40",
    "\fSalt and Tolls 45",
    "(a) (b)",
    "1870 the county bought the road, the last of the keepers",
    "retired to a cottage by the river, and the gate at the",
    "bridge was taken down and sold for firewood that spring.",
]


def test_a_paragraph_the_keyed_captions_broke_goes_on_after_them() -> None:
    doc = _doc(KEYED)
    text = " ".join(paragraphs(doc))
    assert "halfpenny for every horse. In 1870 the county" in text
    assert "(a) (b)" not in doc.text
    captions = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "caption"]
    assert captions == ["The toll gate at the bridge, with the keeper's cottage, about 1860.",
                        "A salt cart on the hill road above the town, drawn by two horses, 1902."]


def test_keys_no_notes_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(PLAIN_LIMITS, "keys_no_notes", 0)
    assert "halfpenny for every horse. In 1870 the county" not in " ".join(paragraphs(_doc(KEYED)))


def _key_blocks() -> list:
    """KEYED's paragraph broken by its captions (its text, the keyed captions) and the paragraph read after them."""
    from vitrina.structure.layout import Fragment
    from vitrina.structure.lines import split_lines

    lines = [line for line in split_lines("\n".join(KEYED[2:13] + KEYED[15:])).lines if line.text.strip()]
    return [Fragment("paragraph", lines[:11]), Fragment("paragraph", lines[11:])]


@pytest.mark.parametrize(("on", "paragraphs_left"), [(1, 1), (0, 2)])
def test_key_cut_resumed(monkeypatch: pytest.MonkeyPatch, on: int, paragraphs_left: int) -> None:
    from vitrina.structure.plainlayout import _letter_key_captions

    monkeypatch.setitem(PLAIN_LIMITS, "key_cut_resumed", on)
    out = _letter_key_captions(_key_blocks(), keyed=True)
    assert sum(1 for e in out if getattr(e, "kind", None) == "paragraph") == paragraphs_left


INSET = [
    "The Salt Road",
    "Carts came over the hills from the pans on the coast every week of the year, and the inns along",
    "the road grew rich on the drivers and their horses. The tolls were farmed out to a family of the",
    "town, and the drivers who would not pay them slept",
    "“We lay under the carts",
    "with the horses, and",
    "the frost was on us",
    "by morning.”",
    "— Diary of a carter’s boy,",
    "winter of 1841",
    "beside the road rather than cross the bridge at night, and many of them lost their horses to the",
    "cold before the county bought the road and took the gate down.",
]


def test_a_quotation_inset_in_a_paragraph_leaves_it_whole() -> None:
    text = " ".join(paragraphs(_doc(INSET)))
    assert "the drivers who would not pay them slept beside the road rather than cross" in text


def test_inset_quotes_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(PLAIN_LIMITS, "inset_quotes", 0)
    text = " ".join(paragraphs(_doc(INSET)))
    assert "the drivers who would not pay them slept beside the road rather than cross" not in text


def test_a_source_closing_on_its_year_takes_no_wrap() -> None:
    lines = [*INSET[:8], "— a carter’s boy, 1841", "beside the road rather",
             "than cross the bridge at night, and many of them lost their horses to the cold that winter."]
    text = " ".join(paragraphs(_doc(lines)))
    assert "the drivers who would not pay them slept beside the road rather than cross" in text
