"""Round 59 (struct80): a bracketed cross-reference after a caption's last sentence is no caption text."""

from __future__ import annotations

from vitrina.ingest import reader_for
from vitrina.structure.captions import cross_reference, without_trailing_reference

_TEXT = """The Mill on the Brook
The mill stood by the brook for two hundred years and ground the corn
of the valley for every farm within a day's walk of its wheel.
1 The Wheel
The wheel was rebuilt in oak in 1820 after a flood carried the old one
away down the valley towards the sea, and it turned until the miller's
death in the hard winter of 1881.
Left: The oak wheel of 1820 seen from the tail race of the mill, with
the sluice gate open.{ref}
Collection of the Harbour Trust, Millford; HT 0412
2 The Stones
The stones came from France and were dressed by hand every month by
a travelling mason who walked from mill to mill along the river.
"""


def _blocks(text: str) -> list[tuple[str, str, str | None]]:
    doc = reader_for("text")(text.encode(), "mill.txt")[0]
    return [(b.kind, doc.text[b.start : b.end], b.credit) for b in doc.blocks]


def test_cross_reference_forms() -> None:
    assert cross_reference("see ¶ 6")
    assert cross_reference("cf. p. 12")
    assert cross_reference("¶6")
    assert cross_reference("see panel 3")
    assert not cross_reference("see the mill")
    assert not cross_reference("about 1820")


def test_reference_after_the_sentence_is_cut() -> None:
    assert without_trailing_reference("with its leather case. (see ¶ 6)") == "with its leather case."
    # inside the sentence it is the sentence's own
    assert without_trailing_reference("in Somerset (see ¶ 2).") == "in Somerset (see ¶ 2)."
    assert without_trailing_reference("in Somerset. (about 1820)") == "in Somerset. (about 1820)"


def test_raw_caption_closes_before_its_credit_and_drops_the_reference() -> None:
    blocks = _blocks(_TEXT.format(ref=" (see ¶ 2)"))
    caption = next(b for b in blocks if b[0] == "caption")
    assert caption[1] == "The oak wheel of 1820 seen from the tail race of the mill, with the sluice gate open."
    assert caption[2] == "Collection of the Harbour Trust, Millford; HT 0412"
    assert ("heading", "The Stones", None) in blocks


def test_reference_inside_the_sentence_stays() -> None:
    blocks = _blocks(_TEXT.format(ref="").replace("gate open.", "gate open (see ¶ 2)."))
    caption = next(b for b in blocks if b[0] == "caption")
    assert caption[1].endswith("gate open (see ¶ 2).")
