"""Raw text, round 43: a name over the short lines closing the page (an address, opening hours)
heads the institution's imprint: it is no credit making the paragraph above it a caption
(``PlainLayout._imprint_name``, switch ``imprint_close``). Every text is invented."""

from __future__ import annotations

import pytest

from vitrina.structure import rebuild
from vitrina.structure.plainlayout import PLAIN_LIMITS

LINES = [
    "Salt on the Hill Roads, 1790",
    "For two hundred years the salt of the coastal pans came up the river to",
    "the market towns, and the carters paid a toll at every bridge on the way",
    "to the hill country beyond it and back again.",
    "The Pans by the Shore",
    "The pans were shallow pools cut into the clay above the tide line and",
    "were lined with flat stones. The women of the village raked the salt",
    "each evening, a lesson their daughters learnt in turn.",
    "Saltings Harbour Museum",
    "The Old Store, Quay Lane",
    "Open Tuesday to Sunday, 11-4",
    "Entry by donation",
]


def _kinds() -> list[tuple[str, str]]:
    doc = rebuild("\n".join(LINES) + "\n\f", "salt", "salt.txt", "text")
    return [(b.kind, " ".join(doc.text[b.start : b.end].split())[:24]) for b in doc.blocks]


def test_a_name_over_the_address_closing_the_page_credits_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    assert ("paragraph", "The pans were shallow po") in _kinds()
    monkeypatch.setitem(PLAIN_LIMITS, "imprint_close", 0)
    assert ("caption", "The pans were shallow po") in _kinds()


# round 44: the address block inside the page (a leaflet's back panel read before its cover), its
# short lines ending on opening hours, the cover's title and text after it on the same page

COVER = [
    "The Salt Roads",
    "Carters and tolls between the coast and the hills.",
    "This leaflet follows the salt from the pans by the shore to the hill markets, and the carters who took it there.",
]


def _inside_kinds(address: list[str]) -> list[tuple[str, str]]:
    text = "\n".join([*LINES[:8], "Saltings Harbour Museum", *address, *COVER]) + "\n\f"
    doc = rebuild(text, "salt", "salt.txt", "text")
    return [(b.kind, " ".join(doc.text[b.start : b.end].split())[:24]) for b in doc.blocks]


def test_a_name_over_an_address_ending_on_opening_hours_credits_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    address = ["The Old Store, Quay Lane", "Open Tuesday to Sunday 11-4 · Entry by donation at the door"]
    assert ("paragraph", "The pans were shallow po") in _inside_kinds(address)
    monkeypatch.setitem(PLAIN_LIMITS, "imprint_hours", 0)
    assert ("caption", "The pans were shallow po") in _inside_kinds(address)


def test_short_lines_without_opening_hours_keep_the_credit() -> None:
    assert ("caption", "The pans were shallow po") in _inside_kinds(["The Old Store, Quay Lane", "Gift of the family"])
