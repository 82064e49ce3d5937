"""Raw text (``pdftotext -raw``), round 49 (structset59): a title opening on the article "A" is no
label counting on with roman numerals of two letters ("II", "III": ``counting_labels``,
``PLAIN_LIMITS["mixed_letter_series"]``); a paragraph line ending a sentence with a note's call glued
after its stop ("… the river.2") ends the sentence, so the lines after it are no caption set inside
the paragraph (``PlainLayout._interrupting_caption_end``, ``PLAIN_LIMITS["end_call_captions"]``).
Every text is invented."""

from __future__ import annotations

import pytest

from vitrina.structure import rebuild
from vitrina.structure.assemble import QUOTE_SWITCHES
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
    monkeypatch.setitem(PLAIN_LIMITS, "held_stop_insets", 0)  # (round 55: the held note stops the caption too)
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


# ---------------------------------------------------------------- a quotation's dated attribution, a wide fact table

QUOTED = [
    "The Salt Pans",
    "The boiling houses stood in a row along the sea wall, each with its",
    "own chimney and a shed for the peat that fed the fires through the",
    "long winter.",
    "“The pans were never cold from",
    "Michaelmas to Lady Day, and the",
    "smoke hid the church.”",
    "Ann Tull, 1821",
    "The carriers loaded the salt in panniers and set off before dawn",
    "along the ridge road, selling it at every market town on the way",
    "to the hills.",
    "The Marsh",
    "The marsh was drained in the last century and the pans were broken",
    "up, but the sea wall still stands and the row of boiling houses can",
    "be traced in the turf.",
    "The toll at the bridge",
    "Load Paid at the bridge",
    "Pannier of salt carried on one pack horse over the hill 1d",
    "Cart of salt drawn by two horses or by a yoke of oxen 4d",
    "Wagon of salt with its team of four horses and its driver 6d",
    "Walker carrying salt in a basket on the back or head 1 farthing",
]


def _texts(lines: list[str]) -> list[tuple[str, str]]:
    doc = _doc(lines)
    return [(b.kind, " ".join(doc.text[b.start : b.end].split())) for b in doc.blocks], [s.title for s in doc.sections]


def test_a_dated_attribution_goes_out_with_its_quotation() -> None:
    blocks, titles = _texts(QUOTED)
    assert "Ann Tull, 1821" not in titles
    assert not any("Ann Tull" in text or "Michaelmas" in text for _, text in blocks)


def test_without_the_switch_the_attribution_heads_a_section(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(QUOTE_SWITCHES, "dated_attributions", 0)
    assert "Ann Tull, 1821" in _texts(QUOTED)[1]


def test_a_paragraph_of_fact_rows_is_a_table_however_wide() -> None:
    blocks, _ = _texts(QUOTED)
    assert not any("Cart of salt drawn" in text for kind, text in blocks if kind == "paragraph")


def test_without_the_switch_the_wide_rows_are_a_paragraph(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(PLAIN_LIMITS, "whole_fact_tables", 0)
    blocks, _ = _texts(QUOTED)
    assert any("Cart of salt drawn" in text for kind, text in blocks if kind == "paragraph")


# ---------------------------------------------------------------- a heading set right under a fact table

UNDER_TABLE = [
    "The Salt Pans",
    "I The Boiling Houses",
    "The boiling houses stood in a row along the sea wall, each with its",
    "own chimney and a shed for the peat that fed the fires through the",
    "long winter.",
    "II The Carriers",
    "The carriers loaded the salt in panniers and set off before dawn",
    "along the ridge road, selling it at every market town on the way",
    "to the hills.",
    "The tolls in 1820",
    "Pack horses a day 40",
    "Carts in a week about 25",
    "Toll for a cart 4d",
    "Keeper at the bridge John Hale",
    "How the Ridge Road Ran",
    "The road kept to the top of the ridge, out of the marsh mud, and came",
    "down to the river only at the bridge, where the keeper took the toll.",
]


def test_a_title_case_line_under_a_sentence_case_table_heads_the_prose_after_it() -> None:
    doc = _doc(UNDER_TABLE)
    assert "How the Ridge Road Ran" in [s.title for s in doc.sections]


def test_without_the_switch_it_is_the_table_s_last_row(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(PLAIN_LIMITS, "title_case_run_heads", 0)
    assert "How the Ridge Road Ran" not in [s.title for s in _doc(UNDER_TABLE).sections]
