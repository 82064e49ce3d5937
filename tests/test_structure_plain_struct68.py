"""Raw text, round 53 (struct68): running heads that change with the section they name, each beside its page's
folio ("12 I · The Mill Race" / "13" + "II · Wheel and Stones": ``lines._labelled_folio_heads``); the keys printed on the
pictures without their brackets ("a" / "b") under captions keyed "(a)" / "(b)" (``bare_picture_keys``); a
paragraph stopping on a function word at a page's foot going on over the page in a paragraph opening on a
capital (``function_word_cuts``). Every text is invented."""

from __future__ import annotations

import pytest

from vitrina.structure import lines as lines_module
from vitrina.structure import rebuild
from vitrina.structure.plainlayout import PLAIN_LIMITS

PAGE_ONE = [
    "12 I · The Mill Race",
    "The Valley Mill",
    "A corn mill stood on the stream below the village for three hundred years, and this page",
    "follows its wheel, its millers and its end.",
    "I The Race and the Pond",
    "The water came to the wheel along a race cut from the stream a mile above the village, and",
    "a pond behind a bank of earth kept enough of it to grind through a dry summer. The millers",
    "cleared the race of weed every spring with the help of",
    "(a) The mill pond in winter, frozen from bank to bank, with the",
    "sluice gate shut.",
    "Valley Mill Trust, VMT 12",
    "(b) A miller's ledger open at the harvest of 1851, with the tolls",
    "paid in flour written in the margin.",
    "Lent by the Orme Family Papers, OFP 7",
    "Valley Mill Trust · Guide to the Mill",
]
PAGE_TWO = [
    "13",
    "II · Wheel and Stones",
    "a",
    "b",
    "Thomas Orme, who farmed the land along the race and took his pay in flour at the end",
    "of each year. The pond was drained in the dry summer of 1868, and the bank of earth",
    "behind it was raised by a yard so that the wheel could turn through the driest months.",
    "Flour from the mill went to the bakers of three parishes, carried in carts along the lane",
    "that still runs beside the race to the village green.",
    "II The Wheel House",
    "The wheel was rebuilt in iron in 1851, when the old wooden one could no longer be mended,",
    "and it turned until the last miller retired in the year the village hall was built.",
    "The house beside the wheel held the millstones on its upper floor, and the sacks were",
    "hoisted to them by a chain driven from the wheel itself, so that one man could work the",
    "mill alone on a quiet day.",
    "Valley Mill Trust · Guide to the Mill",
]


def _doc():
    return rebuild("\n".join(PAGE_ONE) + "\n\f" + "\n".join(PAGE_TWO) + "\n\f", "mill", "mill.txt", "text")


def _blocks(doc, kind: str) -> list[str]:
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind == kind]


def test_changing_heads_bare_keys_and_a_cut_after_a_function_word() -> None:
    doc = _doc()
    assert [(s.label, s.title) for s in doc.sections][1:] == [("I", "The Race and the Pond"), ("II", "The Wheel House")]
    assert {doc.text[b.start : b.end]: b.credit for b in doc.blocks if b.kind == "caption"} == {
        "The mill pond in winter, frozen from bank to bank, with the sluice gate shut.": "Valley Mill Trust, VMT 12",
        "A miller's ledger open at the harvest of 1851, with the tolls paid in flour written in the margin.":
            "Lent by the Orme Family Papers, OFP 7",
    }
    paragraphs = _blocks(doc, "paragraph")
    assert any("with the help of Thomas Orme, who farmed the land along the race and took his pay in "
                          "flour at the end of each year." in p for p in paragraphs)
    assert "Wheel and Stones" not in doc.text and "The Mill Race" not in doc.text


def test_without_the_mechanisms(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(PLAIN_LIMITS, "function_word_cuts", 0)
    monkeypatch.setitem(PLAIN_LIMITS, "bare_picture_keys", 0)
    monkeypatch.setitem(lines_module.ECHO_SWITCHES, "labelled_folio_heads", 0)
    doc = _doc()
    paragraphs = _blocks(doc, "paragraph")
    assert not any("help of Thomas Orme" in p for p in paragraphs)
    assert any(p.startswith("II · Wheel and Stones ab Thomas Orme") for p in paragraphs)
