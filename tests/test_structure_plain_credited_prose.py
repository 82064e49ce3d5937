"""Raw text, round 55 (structold): a block found by the credit-like line under it (an institution's name read as a
credit by its form) that holds more words than any caption (``PLAIN_LIMITS["credit_caption_words"]``) is a
paragraph, and no tail of it is a caption with that credit; a caption's few lines over the same line stay a
caption. Every text is invented."""

from __future__ import annotations

from tests._plain_helpers import ORCHARD, orchard_doc
from vitrina.structure import plainlayout

NAME = "Hollins Museum of Rural Crafts Sheet 3"  # the sheet's foot, a credit by its form
LONG = [
    "The gardeners kept a book of all",
    "the trees. Each winter they went",
    "along the rows and marked those",
    "that had failed, and in spring",
    "they grafted new ones from the",
    "best of the old stock. The book",
    "runs for sixty years without a",
    "single gap in its entries.",
]
SHORT = ["A pear tree trained flat", "against the south wall."]


def _captions(body: list[str]) -> list[str]:
    doc = orchard_doc([*ORCHARD, "3 Across the Sea", *body, NAME])
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "caption"]


def test_a_long_block_over_a_name_is_no_caption() -> None:
    assert not any("book" in c or "entries" in c for c in _captions(LONG))


def test_a_short_caption_over_the_name_stays() -> None:
    assert any(c.startswith("A pear tree") for c in _captions(SHORT))


def test_off_switch_reads_the_long_block_as_before() -> None:
    limits = dict(plainlayout.PLAIN_LIMITS)
    plainlayout.PLAIN_LIMITS["credit_caption_words"] = 0
    try:
        off = _captions(LONG)
    finally:
        plainlayout.PLAIN_LIMITS.clear()
        plainlayout.PLAIN_LIMITS.update(limits)
    assert any("entries" in c for c in off)
