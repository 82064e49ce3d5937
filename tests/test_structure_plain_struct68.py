"""Raw text, round 53 (struct68): running heads that change with the section they name, each beside its page's
folio ("12 I · The Mill Race" / "13" + "II · Wheel and Stones": ``lines._labelled_folio_heads``); the keys printed on the
pictures without their brackets ("a" / "b") under captions keyed "(a)" / "(b)" (``bare_picture_keys``); a
paragraph stopping on a function word at a page's foot going on over the page in a paragraph opening on a
capital (``function_word_cuts``). Every text is invented."""

from __future__ import annotations

import pytest

from vitrina.structure import lines as lines_module
from vitrina.structure import rebuild
from vitrina.structure.assemble import NOTES_TITLE
from vitrina.structure.captions import marked_date
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
    notes = {s.id for s in doc.sections if s.title == NOTES_TITLE}
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind == kind and b.section not in notes]


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
    monkeypatch.setitem(lines_module.ECHO_SWITCHES, "cut_page_heads", 0)  # (round 57 reads that head so too)
    doc = _doc()
    paragraphs = _blocks(doc, "paragraph")
    assert not any("help of Thomas Orme" in p for p in paragraphs)
    assert any(p.startswith("II · Wheel and Stones ab Thomas Orme") for p in paragraphs)


# A panel whose section numbers hang in the margin: the extraction reads each after its heading's first line
# ("A Scribe Who Kept the" / "1" / "Accounts"), a date line under the cover's title, a numbered strip of stops
# with dates carrying era marks under the text.
STONE = [
    "GALLERY 5 · EARLY WRITING",
    "The Tablet Room",
    "Clay Records of a Temple",
    "c. 2100 BC",
    "Four thousand years ago the scribes of a temple kept its accounts on small tablets of clay, and the",
    "store rooms of the temple held many thousands of them when the diggers opened it.",
    "A Scribe Who Kept the",
    "1",
    "Accounts",
    "A scribe learned to write in a school attached to the temple, copying signs and",
    "lists for years before he was trusted with a real account of grain or wool.",
    "Finding the Store Rooms",
    "2",
    "The store rooms were found by a small expedition working on the mound in the",
    "spring, when rain had washed the loose earth from the walls of the building.",
    "1",
    "c. 2100 BC",
    "Tablets written",
    "2",
    "9th c. BC",
    "Temple abandoned",
    "3",
    "AD 1911",
    "Store rooms dug",
    "Harwick Museum of Writing · Panel 2",
]


def _stone():
    return rebuild("\n".join(STONE) + "\n\f", "stone", "stone.txt", "text")


def test_hanging_numbers_a_dated_cover_and_a_marked_strip() -> None:
    doc = _stone()
    assert [(s.label, s.title) for s in doc.sections if s.title != NOTES_TITLE] == [
        (None, "The Tablet Room Clay Records of a Temple"), ("1", "A Scribe Who Kept the Accounts"),
        ("2", "Finding the Store Rooms")]
    paragraphs = _blocks(doc, "paragraph")
    assert len(paragraphs) == 3 and not any("Tablets written" in p or "2100" in p for p in paragraphs)


def test_without_hanging_numbers_the_headings_are_lost(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(PLAIN_LIMITS, "labels_inside_headings", 0)
    assert ("1", "A Scribe Who Kept the Accounts") not in [(s.label, s.title) for s in _stone().sections]


def test_a_unit_word_over_its_number_is_one_label_not_a_heading() -> None:
    lines = [*STONE[:6], "Activity", "1", "Sorting the Tablets", STONE[9], STONE[10], "Activity", "2",
             "Reading a Sign", STONE[13], STONE[14]]
    doc = rebuild("\n".join(lines) + "\n\f", "stone", "stone.txt", "text")
    assert "Activity" not in [s.title for s in doc.sections]


def test_marked_dates() -> None:
    assert marked_date("c. 2100 BC") and marked_date("9th c. BC") and marked_date("AD 1911") and marked_date("1911")
    assert not marked_date("Tablets written") and not marked_date("3 tablets") and not marked_date("9th of May")


def test_without_marked_dates_the_date_joins_the_title_and_the_strip_is_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(PLAIN_LIMITS, "marked_date_lines", 0)
    assert _stone().sections[0].title.endswith("c. 2100 BC")
    monkeypatch.setitem(PLAIN_LIMITS, "marked_date_lines", 1)
    monkeypatch.setitem(PLAIN_LIMITS, "marked_strip_dates", 0)
    assert "Store rooms dug" in _blocks(_stone(), "paragraph")


# Sections numbered as parts of one number ("7a", "7b"), each heading over a deck in sentence case, the first
# after a quotation's source line.
DECKED = [
    "ROOM 7 · HARBOURS",
    "The Harbour Board",
    "Keeping the Port",
    "For a century the board dredged the channel, lit the lights and set the tolls for every ship in the port.",
    "“A harbour is a promise kept by dredging.”",
    "— from a board minute, 1871",
    "The Channel Dredged",
    "7a",
    "Mud, sand and the tide",
    "The channel silted up every winter, and the board kept two steam dredgers working from October",
    "to March to hold the depth that the largest ships needed at low water on the spring tides.",
    "The Lights Lit",
    "7b",
    "Oil, gas and electricity",
    "The lights along the quay burned oil until 1860, gas until 1912 and electricity after that, and",
    "the keepers who trimmed them were paid by the board from the tolls on every ship that entered.",
]


def test_sub_numbered_hanging_labels_over_decked_headings() -> None:
    doc = rebuild("\n".join(DECKED) + "\n\f", "harbour", "harbour.txt", "text")
    assert [(s.label, s.title) for s in doc.sections][1:] == [("7a", "The Channel Dredged"), ("7b", "The Lights Lit")]
    paragraphs = _blocks(doc, "paragraph")
    assert paragraphs[-2].startswith("The channel silted") and paragraphs[-1].startswith("The lights along")
