"""Raw text, round 58 (structset79): a small table set inside a paragraph's column and read into it mid-sentence
(``_inset_tables_out``); a column's note written before the line that calls it, the sentence going on after it
(``calls_after_notes``); a credit whose holder and object number a semicolon parts (``semicolon_lists``, the
number wrapped after the semicolon). Every text is invented."""

from __future__ import annotations

import pytest

from vitrina.structure import rebuild
from vitrina.structure.captions import (
    CREDIT_WORDS,
    REGISTER_WRAPS,
    is_credit,
    register_number_wraps,
)
from vitrina.structure.footnotes import NOTE_LIMITS
from vitrina.structure.plainlayout import PLAIN_LIMITS

TABLED = [
    "The Rope Walk",
    "Ropes were laid by hand in a shed a quarter of a mile long, and the",
    "spinners walked backwards down it paying out the hemp from bundles",
    "tied at their waists. Thicker ropes took more strands and more",
    "Rope Strands",
    "anchor cable 12 to 18",
    "mooring line 6 to 9",
    "lashing cord 3 to 4",
    "men at the wheel, so the largest cables were laid only twice a year.",
    "The shed closed in 1921, when wire rope had taken most of the trade.",
]


def _paragraphs(lines: list[str]) -> list[str]:
    doc = rebuild("\n".join(lines) + "\n\f", "rope", "rope.txt", "text")
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]


@pytest.mark.parametrize("lines", [TABLED, [*TABLED[:8], "Table: the strands a rope of each kind takes.", *TABLED[8:]]])
def test_a_table_read_into_a_sentence_is_taken_out_and_the_sentence_joined(lines: list[str]) -> None:
    paragraphs = _paragraphs(lines)
    assert any("took more strands and more men at the wheel" in text for text in paragraphs)
    assert not any("anchor cable" in text for text in paragraphs)


def test_with_the_switch_off_the_table_stays_in_the_sentence(monkeypatch) -> None:
    monkeypatch.setitem(PLAIN_LIMITS, "inset_table_lines", 0)
    assert not any("took more strands and more men at the wheel" in text for text in _paragraphs(TABLED))


def test_short_lines_of_prose_with_years_are_no_table() -> None:
    lines = [
        "The Rope Walk",
        "The walk made cables for the navy and for merchant ships of",
        "every size, and its ledgers survive in the county archive from",
        "Its First Years. The owners kept",
        "the accounts from 1790 onwards",
        "and again, rebuilt, in 1840, after a",
        "fire had burned the western end of the long shed to the ground.",
    ]
    paragraphs = _paragraphs(lines)
    assert any("the accounts from 1790 onwards" in text for text in paragraphs)


NOTED = [
    "The Glass Cone",
    "The cone was built of brick in 1790 to draw the furnace's heat upwards, and",
    "its draught was strong enough to keep eight pots of glass molten all week.",
    "The early batches were made with sand from the estuary, and they often showed",
    "a fault",
    "* Seed is the glassmakers' word for tiny bubbles trapped in the glass.",
    "called seed.* A finer sand from inland cured it within a few years, and the",
    "works grew to employ two hundred people before the cone was capped in 1936.",
]


@pytest.mark.parametrize("switch", [1, 0])
def test_a_note_written_before_the_line_that_calls_it_is_no_text(monkeypatch, switch: int) -> None:
    monkeypatch.setitem(NOTE_LIMITS, "calls_after_notes", switch)
    paragraphs = _paragraphs(NOTED)
    assert any("a fault called seed." in " ".join(text.split()) for text in paragraphs) is bool(switch)


@pytest.mark.parametrize("switch", [1, 0])
def test_a_semicolon_parts_a_credits_holder_and_number(monkeypatch, switch: int) -> None:
    monkeypatch.setitem(CREDIT_WORDS, "semicolon_lists", switch)
    run = ["Lent", "by", "the", "Worshipful", "Company", "of", "Rope", "Makers", "of", "the", "Port;", "RM", "212"]
    assert is_credit(run, closes_caption=True) is bool(switch)


@pytest.mark.parametrize("switch", [1, 0])
def test_an_object_number_wraps_after_the_holders_semicolon(monkeypatch, switch: int) -> None:
    monkeypatch.setitem(REGISTER_WRAPS, "semicolon", switch)
    assert register_number_wraps("Lent by the Harbour Rope Works Archive;", "HRW 1987.44") is bool(switch)
    assert register_number_wraps("Lent by the Harbour Rope Works Archive,", "HRW 1987.44")
