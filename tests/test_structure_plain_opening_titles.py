"""Raw text (``pdftotext -raw``): a title in two sizes read into one paragraph with its
lede at the very start of the text (its kicker taken out as a running line, or none
printed) is a heading; its lines may go on in lower case ("beneath" / "the Salt Marsh"). Every text is invented."""

from __future__ import annotations

import pytest

from vitrina.structure import rebuild
from vitrina.structure.plainlayout import PLAIN_LIMITS

OPENING = [
    "A Bell of Bronze",
    "beneath",
    "the Salt Marsh, 1911",
    "In 1911 two cocklers digging on the foreshore at low water struck a",
    "bronze bell buried upright in the silt. It took the village a whole",
    "summer to raise it, and nobody has ever said where it came from.",
]
REST = [
    "The Find",
    "The bell was green with age and its clapper was missing, but it still rang",
    "when struck with a spade. The cocklers hauled it up the shingle on a door.",
]


def _doc(lines: list[str]):
    return rebuild("\n".join(lines) + "\n\f", "bell", "bell.txt", "text")


def test_a_title_opening_the_text_over_its_lede_is_a_heading() -> None:
    doc = _doc([*OPENING, *REST])
    assert doc.sections[0].title == "A Bell of Bronze beneath the Salt Marsh, 1911"
    paragraphs = [" ".join(doc.text[b.start : b.end].split()) for b in doc.blocks if b.kind == "paragraph"]
    assert " ".join(OPENING[3:]) in paragraphs


def test_with_the_pass_off_the_title_stays_in_the_lede(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(PLAIN_LIMITS, "cover_title_opening", 0)
    doc = _doc([*OPENING, *REST])
    assert doc.sections[0].title != "A Bell of Bronze beneath the Salt Marsh, 1911"


def test_a_sentence_opening_the_text_is_no_title() -> None:
    lines = ["The bell was found in 1911.", *OPENING[3:], *REST]
    doc = _doc(lines)
    assert all(s.title != "The bell was found in 1911." for s in doc.sections)
