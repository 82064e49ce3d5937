"""Raw text: a caption key (the numbers printed on the pictures alone on their lines, the
captions gathered under a short heading as numbered entries with their credits:
plainlayout.caption_key). Written by round 38's pdfkey for its own raw-text rule; at the merge
rawtext's rule (the same convention) was kept and this test holds it too. Every text is invented."""

from __future__ import annotations

import pytest

from vitrina.structure import rebuild
from vitrina.structure.assemble import NOTES_TITLE
from vitrina.structure.plainlayout import PLAIN_LIMITS

KEY_TEXT = [
    "The Estuary Ferry",
    "For two centuries a ferry crossed the estuary below the town, first under oars and then under",
    "steam, until the bridge upstream took its trade away.",
    "1",
    "The ferry across the estuary ran from the stone slip below the inn to the sands on the far",
    "shore, and for two hundred years the same family kept the boats and the tolls they paid.",
    "2",
    "A steam launch took the place of the rowing boats in the year the railway reached the town,",
    "and it carried carts and cattle as well as people across the water on the market days.",
    "Pictured",
    "1 The stone slip below the inn, with the ferry bell on its post by the steps down to",
    "the water.",
    "Photograph: Estuary Society",
    "2 The steam launch loaded with cattle for the market, from a postcard.",
    "Lent by the Harbour Trust, HT 41",
]

def _doc(lines: list[str], name: str):
    return rebuild("\n".join(lines) + "\n\f", name, f"{name}.txt", "text")


def _blocks(doc, kind: str) -> list[str]:
    notes = {s.id for s in doc.sections if s.title == NOTES_TITLE}
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind == kind and b.section not in notes]


def test_the_key_entries_are_captions_with_their_credits() -> None:
    doc = _doc(KEY_TEXT, "ferry")
    captions = {doc.text[b.start : b.end]: b.credit for b in doc.blocks if b.kind == "caption"}
    assert captions == {
        "The stone slip below the inn, with the ferry bell on its post by the steps down to the water.":
            "Photograph: Estuary Society",
        "The steam launch loaded with cattle for the market, from a postcard.": "Lent by the Harbour Trust, HT 41",
    }
    assert "Pictured" not in doc.text
    assert len(_blocks(doc, "paragraph")) == 3


def test_without_the_rule_the_key_is_no_caption(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(PLAIN_LIMITS, "key_entries", 0)
    doc = _doc(KEY_TEXT, "ferry")
    assert not any(b.credit == "Photograph: Estuary Society" for b in doc.blocks if b.kind == "caption")
