"""Round 57 (structset77, raw text): a caption set inside a paragraph in a measure wider than the column's (a
picture across both columns mid-page) is the picture's, with its credit (``wide_inset_captions``); a name line
opening a later page of folioed pages, the text going on under it in lower case, is that page's running head
(``lines.ECHO_SWITCHES["cut_page_heads"]``). Every text is invented."""

from __future__ import annotations

import pytest

from tests._plain_helpers import paragraphs
from vitrina.structure import rebuild
from vitrina.structure.lines import ECHO_SWITCHES
from vitrina.structure.plainlayout import PLAIN_LIMITS

WIDE_CAPTION = [
    "The Rope Walk",
    "Hemp came up the river in bales",
    "from the docks, and the spinners",
    "walked backwards along the shed",
    "twisting the yarn as they went.",
    "The shed was a quarter of a mile",
    "long and so narrow that two men",
    "could hardly pass, and the owners",
    "kept it unheated for fear of",
    "A ropemaker's hook and jack from the walk, with the owner's initials cut in the handle.",
    "Riverside Trades Collection, RTC 44/2",
    "fire among the dry hemp.",
    "The ropes went to the navy yard",
    "by barge every second week.",
]

ROPE = ("The shed was a quarter of a mile long and so narrow that two men could hardly pass, and the owners kept "
        "it unheated for fear of fire among the dry hemp.")
HOOK = "A ropemaker's hook and jack from the walk, with the owner's initials cut in the handle."


def _doc(lines: list[str], pages: list[list[str]] | None = None):
    text = "\n\f".join("\n".join(page) for page in (pages or [lines])) + "\n\f"
    return rebuild(text, "rope", "rope.txt", "text")


def _captions(doc) -> list[tuple[str, str | None]]:
    return [(doc.text[b.start : b.end], b.credit) for b in doc.blocks if b.kind == "caption"]


def test_a_wide_caption_inside_a_paragraph_is_the_pictures() -> None:
    doc = _doc(WIDE_CAPTION)
    assert (HOOK, "Riverside Trades Collection, RTC 44/2") in _captions(doc)
    assert any(ROPE in text for text in paragraphs(doc))


def test_wide_inset_captions_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(PLAIN_LIMITS, "wide_inset_captions", 0)
    assert not any(ROPE in text for text in paragraphs(_doc(WIDE_CAPTION)))


def test_a_caption_in_the_columns_measure_needs_the_short_line() -> None:
    lines = [*WIDE_CAPTION[:9], "A ropemaker's hook and jack", "from the walk, kept in full.", *WIDE_CAPTION[10:]]
    assert not any(text.startswith("A ropemaker") for text, _ in _captions(_doc(lines)))


PAGE_ONE = [
    "Trades of the River",
    "The Rope Walk",
    "Hemp came up the river in bales from the docks, and the spinners walked",
    "backwards along the shed twisting the yarn as they went. The shed was a",
    "quarter of a mile long and so narrow that two men could hardly pass, and",
    "the owners kept it unheated for fear of fire among the",
    "32",
]
PAGE_TWO = [
    "Hemp and Tar",
    "dry hemp. The ropes went to the navy yard by barge every second week, and",
    "the tar boilers stood at the far end of the walk, away from the spinners.",
    "The walk closed when wire rope took its trade in the last years of the",
    "century, and the shed was pulled down soon after.",
    "33",
]
TURN = ("quarter of a mile long and so narrow that two men could hardly pass, and the owners kept it unheated for "
        "fear of fire among the dry hemp.")


def test_a_name_line_over_a_sentence_going_on_is_the_pages_running_head() -> None:
    doc = _doc([], [PAGE_ONE, PAGE_TWO])
    assert any(TURN in text for text in paragraphs(doc))
    assert "Hemp and Tar" not in doc.text


def test_cut_page_heads_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(ECHO_SWITCHES, "cut_page_heads", 0)
    assert "Hemp and Tar" in _doc([], [PAGE_ONE, PAGE_TWO]).text


def test_a_heading_over_a_new_sentence_stays() -> None:
    page = [PAGE_TWO[0], "Dry hemp was stored in the loft over the walk, away from the boilers and", *PAGE_TWO[2:]]
    assert "Hemp and Tar" in _doc([], [PAGE_ONE, page]).text
