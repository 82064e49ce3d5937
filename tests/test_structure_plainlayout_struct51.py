"""Raw text, round 51 (struct): a map's key set across one line under its markers
("1 Upper mill 2 Old ford 3 Weir") is a table, as a key set one entry a line is
(``mapkeys.KEY_LIMITS["key_across"]``); a number alone closing a cover title (the panel's number)
is no word of it (``cover_title_numbers``); a caption's credit listed on lines of its own after its
last sentence closes it (``listed_credit_lines``). Every text is invented."""

from __future__ import annotations

import pytest

from tests._plain_helpers import ORCHARD, orchard_doc, paragraphs
from vitrina.structure import mapkeys
from vitrina.structure.plainlayout import PLAIN_LIMITS

ACROSS = [*ORCHARD, "THE VALLEY", "1", "2", "3", "1 Upper orchard 2 Lower orchard 3 Fruit room, by the barn",
          "The Cider Press",
          "A press of oak stood in the yard, and the fallen fruit went to it every autumn for the farm."]


def test_a_key_set_across_one_line_is_a_table(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = orchard_doc(ACROSS)
    assert [s.title for s in doc.sections][-1] == "The Cider Press"
    assert not any("Upper orchard" in text for text in paragraphs(doc))
    monkeypatch.setitem(mapkeys.KEY_LIMITS, "key_across", 0)
    doc = orchard_doc(ACROSS)
    assert [s.title for s in doc.sections][-1] != "The Cider Press" or any(
        "Upper orchard" in text for text in paragraphs(doc))


NUMBERED_COVER = ["The Orchard House", "Pears and Apples on the River, 1790", "6", *ORCHARD[1:]]


def test_a_number_after_the_cover_title_is_no_word_of_it(monkeypatch: pytest.MonkeyPatch) -> None:
    first = orchard_doc(NUMBERED_COVER).sections[0]
    assert first.title == "The Orchard House Pears and Apples on the River, 1790"
    monkeypatch.setitem(PLAIN_LIMITS, "cover_title_numbers", 0)
    assert orchard_doc(NUMBERED_COVER).sections[0].title.endswith(" 6")


LISTED = [
    *ORCHARD[:4],
    "The walls were built of brick so that the warmth of the sun would be kept through the night,",
    "and the pears trained flat against them ripened weeks before those of the open orchards.",
    "Left: A pear tree trained",
    "flat on the south wall.",
    "Its branches were tied to",
    "nails set in the mortar.",
    "Marrowby Museum of Gardens,",
    "Tool Collection",
    "2 The Fruit Room",
    "The fruit was laid out on slatted shelves in a dark room and turned by hand every week of the winter.",
]


def test_a_listed_credit_on_its_own_lines_closes_the_caption(monkeypatch: pytest.MonkeyPatch) -> None:
    caption = ("A pear tree trained flat on the south wall. Its branches were tied to nails set in the mortar.",
               "Marrowby Museum of Gardens, Tool Collection")
    assert _captions(orchard_doc(LISTED)) == [caption]
    monkeypatch.setitem(PLAIN_LIMITS, "listed_credit_lines", 0)
    assert _captions(orchard_doc(LISTED)) != [caption]


def _captions(doc) -> list[tuple[str, str | None]]:
    return [(doc.text[b.start : b.end], b.credit) for b in doc.blocks if b.kind == "caption"]


BROKEN = [*LISTED[:8], "Marrowby Museum of Gardens, MMG.T", ".1901.4", *LISTED[10:]]


def test_an_object_number_broken_at_a_stop_stays_in_the_credit(monkeypatch: pytest.MonkeyPatch) -> None:
    assert not any(text.startswith(".1901") for text in paragraphs(orchard_doc(BROKEN)))
    monkeypatch.setitem(PLAIN_LIMITS, "stop_broken_numbers", 0)
    assert any(text.startswith(".1901") for text in paragraphs(orchard_doc(BROKEN)))
