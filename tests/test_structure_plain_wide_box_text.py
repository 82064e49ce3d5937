"""Raw text: a box across the panel under its own heading (after a small table of figures), its
lines wider than the columns' (``PLAIN_LIMITS["wide_text_under_heading"]``), is the heading's
paragraph, not a caption set wide. Every text is invented."""

from __future__ import annotations

import pytest

from vitrina.structure import rebuild
from vitrina.structure.plainlayout import PLAIN_LIMITS

TEXT = [
    "The Lighthouse Keepers",
    "The keepers of the rock light lived in the tower",
    "for six weeks at a time, three men to a watch,",
    "and the supply boat came out to them only when",
    "the sea was calm enough for it to land safely.",
    "They trimmed the wicks and polished the great lens",
    "every morning, and kept a log of the weather and",
    "of every ship that passed the rock in the night.",
    "In the worst winters the boat could not reach the",
    "rock for weeks on end, and the keepers lived on the",
    "salt meat and biscuit stored in the lowest room of",
    "the tower, with rain water from the roof cistern.",
    "The last keepers left the rock when the light was",
    "made automatic, and the tower has stood empty since",
    "then, its lamp lit and put out by a clock below.",
    "The rock light in figures",
    "Tower height 41 metres",
    "First lit 1811",
    "Keepers three",
    "How Did a Keeper Signal for Help?",
    "A keeper who fell ill or hurt himself hung a red flag from the gallery rail by day and showed a red lamp",
    "by night, and the coastguard on the headland, who watched the rock with a telescope, sent the boat out.",
]


def _doc():
    return rebuild("\n".join(TEXT) + "\n\f", "light", "light.txt", "text")


def test_wide_text_under_its_heading_is_a_paragraph() -> None:
    doc = _doc()
    kinds = [b.kind for b in doc.blocks if doc.text[b.start : b.end].startswith("A keeper who fell ill")]
    assert kinds == ["paragraph"]


def test_with_the_pass_off_it_is_a_caption(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(PLAIN_LIMITS, "wide_text_under_heading", 0)
    monkeypatch.setitem(PLAIN_LIMITS, "shape_caption_words", 0)  # (round 47: a wide run this long is no caption either)
    doc = _doc()
    kinds = [b.kind for b in doc.blocks if doc.text[b.start : b.end].startswith("A keeper who fell ill")]
    assert kinds == ["caption"]
