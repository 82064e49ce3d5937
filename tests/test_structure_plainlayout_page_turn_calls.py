"""Raw text: a note's call glued to a word or stop is left out of the text when its note
is printed on the page after the call's (``PLAIN_LIMITS`` next_page_notes), and a call
kept as a superscript figure ("cellar.¹") answers a note opening "¹ …" on its page.
Every text is invented."""

from __future__ import annotations

import pytest

from vitrina.structure import rebuild
from vitrina.structure.plainlayout import PLAIN_LIMITS

PAGE_ONE = [
    "The Ice House",
    "Every winter the estate's men cut blocks of ice from the lake and stacked them in a brick",
    "pit under the hill,1 packed in straw, where they kept until the end of the following summer.",
    "The cook sent down for ice whenever the house held a dinner, and the gardener's boy carried",
    "the blocks up the hill on a barrow.",
]
PAGE_TWO = [
    "Buying Ice",
    "In a mild winter there was no ice to cut, and the house bought it from a merchant in the",
    "town who shipped it from the northern lakes in the holds of timber ships.",
    "1 The pit was lined with a second wall to keep out the damp.",
]


def _body(text: str) -> list[str]:
    doc = rebuild(text, "ice", "ice.txt", "text")
    notes = {s.id for s in doc.sections if s.title == "Notes"}
    return [" ".join(doc.text[b.start : b.end].split()) for b in doc.blocks
            if b.kind == "paragraph" and b.section not in notes]


def _two_pages() -> str:
    return "\n".join(PAGE_ONE) + "\n\f" + "\n".join(PAGE_TWO) + "\n\f"


def test_a_call_whose_note_falls_on_the_next_page_is_left_out() -> None:
    body = _body(_two_pages())
    assert any("under the hill, packed in straw" in p for p in body)
    assert not any("hill,1" in p for p in body)


def test_without_the_switch_the_call_stays(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(PLAIN_LIMITS, "next_page_notes", 0)
    assert any("hill,1 packed" in p for p in _body(_two_pages()))


def test_a_superscript_call_answers_a_superscript_note_on_its_page() -> None:
    page = [PAGE_ONE[0], PAGE_ONE[1], "pit under the hill.\u00b9 The men packed them in straw, where they kept until",
            *PAGE_ONE[3:], *PAGE_TWO[:3], "\u00b9 The pit was lined with a second wall to keep out the damp."]
    body = _body("\n".join(page) + "\n\f")
    assert any("under the hill. The men packed" in p for p in body)
    assert not any("\u00b9" in p for p in body)
