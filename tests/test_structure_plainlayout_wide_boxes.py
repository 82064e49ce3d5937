"""Raw text, round 43: a side-bar set across the columns, which the extraction read in the middle
of a column's sentence, is found by its measure: its title after the column's unfinished line
heads it when the lines under the title are far longer than the column's
(``PlainLayout._measure_changed``); its second paragraph is no caption
(``wide_paragraph_goes_on``); a narrower column line after a caption that cut the box opens a
paragraph that goes on the column's open one (``_narrower_flow``). A credit opening on a kind
word and a colon and closing on an accession number is one (``captions.is_credit``). Every text
is invented."""

from __future__ import annotations

import pytest

from vitrina.structure import rebuild
from vitrina.structure.captions import is_credit
from vitrina.structure.plainlayout import PLAIN_LIMITS

BOX = [
    "Bells of the Valley, 1820",
    "The foundry by the mill race cast bells for every parish church between the hills and the sea, and it",
    "sent them over the pass on sledges when the ground was frozen hard enough to carry the weight.",
    "A Sand and Clay",
    "The moulds were built of loam and",
    "horse hair in a pit dug in front of the",
    "furnace door, and the founders dried",
    "them for a week over a slow fire.",
    "A bell took three days to cool in its",
    "pit before the men could dig it out,",
    "and the tuner then shaved metal from",
    "the inside of the bell until it rang",
    "The Founder's Ledger",
    "The ledger of the foundry survives in the parish chest, with the weight and price of every bell it cast",
    "and the names of the churches that paid at once and of those that paid in grain, wool or labour over",
    "many years. Its last pages record the closing of the works.",
    "Later owners kept the ledger in a drawer of the mill office, where the damp spoiled its first pages, and",
    "a clerk copied what he could still read into a new book in 1901. That copy is the one shown here.",
    "Right: The tenor bell of the valley church, cast in the last year of the",
    "foundry and hung in the tower the next spring.",
    "Model: Valley Bell Society, 2003; VB 2003.41",
    "true with the others in the tower. The",
    "tuner worked by ear and took a week for",
    "a peal of six, and his fee was paid in",
    "silver at the end of the work.",
    "B The Long Road",
    "Oxen hauled the largest bells over the",
    "pass on sledges when the ground froze.",
]


def _doc():
    return rebuild("\n".join(BOX) + "\n\f", "bells", "bells.txt", "text")


def _paragraphs(doc) -> list[str]:
    return [" ".join(doc.text[b.start : b.end].split()) for b in doc.blocks if b.kind == "paragraph"]


def test_a_box_across_the_columns_is_found_by_its_measure() -> None:
    doc = _doc()
    assert (None, "The Founder's Ledger") in [(s.label, s.title) for s in doc.sections]
    captions = [b for b in doc.blocks if b.kind == "caption"]
    assert [(c.position, c.credit) for c in captions] == [("Right", "Model: Valley Bell Society, 2003; VB 2003.41")]
    paragraphs = _paragraphs(doc)
    assert any(p.startswith("Later owners kept the ledger") for p in paragraphs)  # no caption
    assert any(p.startswith("A bell took three days") and p.endswith("until it rang true with the others in the "
               "tower. The tuner worked by ear and took a week for a peal of six, and his fee was paid in silver "
               "at the end of the work.") for p in paragraphs)


def test_without_the_measure_the_box_title_stays_in_the_column(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(PLAIN_LIMITS, "measure_change_heads", 0)
    monkeypatch.setitem(PLAIN_LIMITS, "wide_paragraph_goes_on", 0)
    doc = _doc()
    assert (None, "The Founder's Ledger") not in [(s.label, s.title) for s in doc.sections]


def test_a_kind_word_and_colon_over_an_accession_number_is_a_credit() -> None:
    assert is_credit(["Model:", "Valley", "Bell", "Society,", "2003;", "VB", "2003.41"], False)
    assert is_credit(["Cast:", "the", "foundry", "workshop,", "1999;", "1999.4.2"], False)
    assert not is_credit(["Model:", "the", "valley", "bell", "society", "kept", "the", "ledger"], False)
    assert not is_credit(["the", "founders", "cast", "it", "in", "1999;", "VB", "2003.41"], False)


def test_without_the_switch_the_column_line_goes_on_the_box(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(PLAIN_LIMITS, "wide_paragraph_goes_on", 0)
    assert any(p.endswith("shown here. true with the others in the tower. The tuner worked by ear and took a week "
                          "for a peal of six, and his fee was paid in silver at the end of the work.")
               for p in _paragraphs(_doc()))
