"""Raw text: a credit whose sentence opens on a word or two before its lead ("Model lent
by …") is credited whole. Every text is invented."""

from __future__ import annotations

from vitrina.structure import rebuild
from vitrina.structure.plainlayout import _credit_subject

BODY = [
    "The tide mill on the estuary ground corn for four villages, its wheel turned by",
    "water held back in a pond at high tide and let out through the sluice as the",
    "tide fell, so the millers worked by the moon rather than by the clock.",
]


def test_the_words_before_a_credit_lead_open_the_credit() -> None:
    lines = ["The Tide Mill", *BODY, "Right: Model of the mill wheel,", "carved in oak in 1850.",
             "Model lent by the Society of", "Mill Engineers", *BODY]
    doc = rebuild("\n".join(lines) + "\n\f", "mill", "mill.txt", "text")
    captions = [(doc.text[b.start : b.end], b.credit) for b in doc.blocks if b.kind == "caption"]
    assert captions == [("Model of the mill wheel, carved in oak in 1850.",
                         "Model lent by the Society of Mill Engineers")]


def test_a_credit_subject_is_a_sentence_opening() -> None:
    words = ["Carved", "in", "oak.", "Model", "lent", "by", "the", "Society"]
    assert _credit_subject(words, 4) == 3  # "Model"
    assert _credit_subject(["the", "wheel", "lent", "by", "the", "Society"], 2) == 2  # no sentence opens there
