"""Raw text (``pdftotext -raw``), round 49 (structset59): a title opening on the article "A" is no
label counting on with roman numerals of two letters ("II", "III": ``counting_labels``,
``PLAIN_LIMITS["mixed_letter_series"]``); a paragraph line ending a sentence with a note's call glued
after its stop ("… the river.2") ends the sentence, so the lines after it are no caption set inside
the paragraph (``PlainLayout._interrupting_caption_end``, ``PLAIN_LIMITS["end_call_captions"]``).
Every text is invented."""

from __future__ import annotations

import pytest

from vitrina.structure import rebuild
from vitrina.structure.plainlayout import PLAIN_LIMITS, counting_labels


def _doc(lines: list[str]):
    return rebuild("\n".join(lines) + "\n\f", "mill", "mill.txt", "text")


SERIES = ["A Mill on the Creek", "I The Wheel", "II The Stones", "III The Sluices"]


def test_an_article_before_roman_numerals_of_two_letters_is_no_label() -> None:
    assert counting_labels(SERIES) == {1: "I", 2: "II", 3: "III"}


def test_letters_still_count_on_with_a_one_letter_numeral() -> None:
    assert counting_labels(["A The Gate", "B The Yard", "C The Well"]) == {0: "A", 1: "B", 2: "C"}


def test_without_the_switch_the_article_counts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(PLAIN_LIMITS, "mixed_letter_series", 0)
    assert counting_labels(SERIES)[0] == "A"


PAGE = [
    "The Tide Mill",
    "I The Wheel",
    "The mill stood at the head of the creek for two hundred years and",
    "ground the grain of the valley farms on every tide. Barges brought",
    "the sacks up at high water and took the flour down to the town.1",
    "Because the wheel turned only on the ebb, the miller",
    "1 The tide tables of the port were printed",
    "each spring by the harbour master.",
    "worked by night as often as by day, and slept when the tide was in.",
    "The stones were dressed every spring and the sluices mended before the new",
    "grain came in from the farms along the valley road to the mill.",
    "II The Stones",
    "The busiest months came after the harvest, when carts queued along",
    "the lane and the wheel turned through the night. In spring the stones",
    "were dressed again and the sluices mended before the new grain came.",
]


def _blocks() -> list[tuple[str, str]]:
    doc = _doc(PAGE)
    return [(b.kind, " ".join(doc.text[b.start : b.end].split())) for b in doc.blocks]


def test_a_sentence_closed_by_a_glued_call_opens_no_caption() -> None:
    blocks = _blocks()
    assert not any(kind == "caption" for kind, _ in blocks)
    assert any("town. Because the wheel turned only on the ebb, the miller worked by night" in text
               for kind, text in blocks if kind == "paragraph")


def test_without_the_switch_the_lines_read_as_a_caption(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(PLAIN_LIMITS, "end_call_captions", 0)
    assert any(kind == "caption" for kind, _ in _blocks())


# ---------------------------------------------------------------- a title printed one word a line

TURNED = ["The", "Salt", "Pans", "of", "the", "Marsh,", "Saltby", "1790", "Walks · Panel 2 of 6",
          "Harbour Museum of the Marsh, Saltby",
          "For three hundred years the marsh was worked for salt, boiled from the sea in iron pans",
          "on the shore, and carried inland on pack horses to every market in the hills behind it.",
          "A The Boiling Houses",
          "The boiling houses stood in a row along the sea wall, each with its own chimney and",
          "a shed for the peat that fed the fires through the winter months of the year.",
          "B The Carriers",
          "The carriers loaded the salt in panniers and set off before dawn along the ridge road,",
          "selling it at every market town on the way and coming back with grain and wool."]


def test_a_line_printed_whole_after_a_title_printed_one_word_a_line_is_no_part_of_it() -> None:
    doc = _doc(TURNED)
    assert doc.sections[0].title == "The Salt Pans of the Marsh, Saltby 1790"
    assert not any("Harbour Museum" in doc.text[b.start : b.end] for b in doc.blocks)


def test_without_the_switch_the_line_is_read_into_the_title(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(PLAIN_LIMITS, "turned_title_ends", 0)
    assert "Harbour Museum" in _doc(TURNED).sections[0].title
