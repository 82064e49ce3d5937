"""Raw text, round 59 (struct80): a quotation and a labelled caption read into a paragraph mid-sentence, the
sentence going on in lower case after the caption's credit: the quotation set apart, the paragraph whole
(``quotes_before_captions``)."""

from __future__ import annotations

import pytest

from vitrina.ingest import reader_for
from vitrina.structure.plainlayout import PLAIN_LIMITS

_TEXT = """The Mill on the Brook
The mill stood by the brook for two hundred years and ground the corn
of the valley for every farm within a day's walk of its wheel.
1 The Wheel
The wheel was rebuilt in oak in 1820 after a flood carried the old one
away. The miller kept a book of the river's height and noticed that the
“The wheel turned the year round, and the
valley ate its bread.”
Left: The oak wheel of 1820 seen from the
tail race, about 1900.
Lent by the Brook Mill Trust; BMT 12
water rose a week after rain fell on the hills above the valley.
2 The Stones
The stones came from France and were dressed by hand every month by
a travelling mason who walked from mill to mill along the river.
"""

WHOLE = ("The wheel was rebuilt in oak in 1820 after a flood carried the old one away. The miller kept a book of the "
         "river's height and noticed that the water rose a week after rain fell on the hills above the valley.")


def _paragraphs() -> list[str]:
    doc = reader_for("text")(_TEXT.encode(), "mill.txt")[0]
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]


def test_the_sentence_crossing_the_quotation_and_caption_is_whole() -> None:
    assert WHOLE in _paragraphs()


def test_switch_off_leaves_it_parted(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(PLAIN_LIMITS, "quotes_before_captions", 0)
    assert WHOLE not in _paragraphs()
