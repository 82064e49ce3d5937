"""Raw text, round 51 (struct): a map's key set across one line under its markers
("1 Upper mill 2 Old ford 3 Weir") is a table, as a key set one entry a line is
(``mapkeys.KEY_LIMITS["key_across"]``); a number alone closing a cover title (the panel's number)
is no word of it (``cover_title_numbers``). Every text is invented."""

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
