"""A credit printed in brackets after its caption ("(Photo: Name / Archive)"): its lead
is read through the bracket. Every text is invented."""

from __future__ import annotations

from vitrina.structure import rebuild
from vitrina.structure.captions import is_credit, lead_at


def test_a_lead_opens_a_credit_in_brackets() -> None:
    words = ["weir.", "(Photo:", "Ada", "Marr", "/", "Dene", "Archive)"]
    assert lead_at(words, 1) and is_credit(words[1:], True)
    assert not lead_at(["(see", "the", "map)"], 0)


def test_a_caption_closed_by_a_bracketed_credit_is_found() -> None:
    lines = [
        "The Salt Road",
        "For two hundred years salt came up from the coastal pans to the river towns by cart and",
        "later by barge, and the towns that stood on the road grew rich on the tolls they took.",
        "The carters paid at every bridge.",
        "A loaded barge waiting at the weir above the ferry, with its crew standing on the deck at",
        "dawn. (Photo: Ada Marr / Dene Valley Archive)",
        "The Tolls",
        "The tolls were fixed by each town's council every spring and written into a ledger that",
        "the bridge wardens kept, so that no carter could say he had not been told the rate.",
    ]
    doc = rebuild("\n".join(lines) + "\n", "salt", "salt.txt", "text")
    captions = [b for b in doc.blocks if b.kind == "caption"]
    assert [b.credit for b in captions] == ["Photo: Ada Marr / Dene Valley Archive"]
    assert [s.title for s in doc.sections] == ["The Salt Road", "The Tolls"]
