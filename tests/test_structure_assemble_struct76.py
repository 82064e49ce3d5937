"""Round 57 (struct76): a quotation with its source on a dash line, set between a caption (and its credit) and
the next heading, is a pull quote set apart, as one after a finished paragraph is
(``QUOTE_SWITCHES["quotes_after_captions"]``). Every text is invented."""

from __future__ import annotations

import pytest

from vitrina.structure import rebuild
from vitrina.structure.assemble import QUOTE_SWITCHES

LINES = [
    "The Ferry Crossing",
    "1. The Chain Ferry",
    "The ferry was hauled across the river on two chains laid along the bed, and a small",
    "steam engine on board wound them round its drums so that the boat could not drift",
    "downstream when the tide ran hard against it in the spring.",
    "Left: The ferry's engine",
    "house, about 1905.",
    "Lent by the Riverside",
    "Heritage Society, RHS 44",
    "\u201cThe chains sang when the",
    "tide was running.\u201d",
    "\u2014 A ferryman's daughter, 1950",
    "2. The New Bridge",
    "A bridge opened upstream in 1961, and the ferry made its last crossing on the evening",
    "before, with the whole village on board and a band playing on the slipway behind it.",
]


def _paragraphs() -> list[str]:
    doc = rebuild("\n".join(LINES) + "\n\f", "ferry", "ferry.txt", "text")
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]


def test_a_quote_after_a_caption_is_set_apart() -> None:
    assert not any("chains sang" in p for p in _paragraphs())


def test_quotes_after_captions_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(QUOTE_SWITCHES, "quotes_after_captions", 0)
    assert any("chains sang" in p for p in _paragraphs())
