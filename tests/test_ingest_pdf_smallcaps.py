"""Synthetic small capitals in a PDF line: case read from the letters' sizes. Every
text is invented."""

from __future__ import annotations

from array import array

from vitrina.ingest.pdf import _small_caps


def _glyphs(pattern: str, text: str, big: float = 14.0, small: float = 10.0, raise_small: float = 0.0):
    """``pattern`` marks each glyph B (full size) or s (small); feet on one baseline."""
    boxes = array("d")
    for k, mark in enumerate(pattern):
        height = big if mark in "B " else small
        foot = 100.0 - (raise_small if mark == "s" else 0.0)
        boxes.extend((10.0 * k, foot - height, 10.0 * k + 8, foot))
    styles = {(big, False, False, "Serif"): pattern.count("B"), (small, False, False, "Serif"): pattern.count("s")}
    return list(text), boxes, styles


def test_scrambled_case_of_synthetic_small_caps_is_read_from_the_sizes() -> None:
    chars, boxes, styles = _glyphs("BBBBBss BsssssBs", "4.2 THe mILLeR's")
    found = _small_caps(chars, boxes, styles)
    assert found is not None
    assert "".join(found[0]) == "4.2 The Miller's" and found[1] == 14.0


def test_small_caps_already_in_capitals_and_superscripts_stay() -> None:
    chars, boxes, styles = _glyphs("BssssBsss", "MILLSTONE")
    found = _small_caps(chars, boxes, styles)  # (round 45: the case by the sizes is kept aside)
    assert found is not None and found[0] is chars and found[2] == "MillsTone"
    chars, boxes, styles = _glyphs("BBBBBss", "Mill 1st"[:7], raise_small=5.0)
    assert _small_caps(chars, boxes, styles) is None


def test_a_smaller_label_beside_a_heading_is_no_small_caps() -> None:
    # "Room C" in smaller type on the heading's line: each word keeps to one size
    chars, boxes, styles = _glyphs("ssss s BBBBB BBBB", "Room C Quiet Hall")
    assert _small_caps(chars, boxes, styles) is None
    # the same sizes meeting inside words are small capitals
    chars, boxes, styles = _glyphs("Bsss B Bssss Bsss", "RoOM C QuIET HaLL")
    found = _small_caps(chars, boxes, styles)
    assert found is not None and "".join(found[0]) == "Room C Quiet Hall"
