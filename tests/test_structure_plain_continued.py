"""Raw text (``pdftotext -raw``): a paragraph left open before a side-bar (its text and a
timeline) goes on in the paragraph opening in lower case after it (on the next page); an
open paragraph in between stops the search. Every text is invented."""

from __future__ import annotations

import pytest

from vitrina.structure import rebuild
from vitrina.structure.plainlayout import PLAIN_LIMITS

OPEN = [
    "The Tide Mill",
    "The mill stood at the head of the creek for two hundred years and ground the",
    "grain of the valley farms on every tide. When the last miller left, the trust",
    "took down the wheel in the winter of 1962",
]
SIDEBAR = [
    "Where Did the Stones Go?",
    "The two pairs of millstones were sold to a farm across the valley. They stand in",
    "its yard to this day, one of them cracked across the middle.",
    "1794 Wheel built",
    "1851 Second pair of stones",
    "1962 Wheel taken down",
]
REST = [
    "and stored its timbers in the barn, where they lay for thirty years before the",
    "wheel was built again to the old drawings.",
]


def _paragraphs(first_page: list[str], second_page: list[str]) -> list[str]:
    text = "\n".join(first_page) + "\n\f" + "\n".join(second_page) + "\n\f"
    doc = rebuild(text, "mill", "mill.txt", "text")
    return [" ".join(doc.text[b.start : b.end].split()) for b in doc.blocks if b.kind == "paragraph"]


def test_an_open_paragraph_goes_on_after_a_side_bar() -> None:
    found = _paragraphs([*OPEN, *SIDEBAR], REST)
    assert " ".join([*OPEN[1:], *REST]) in found
    assert " ".join(SIDEBAR[1:3]) in found


def test_without_the_pass_the_continuation_stands_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(PLAIN_LIMITS, "continued_reach", 0)
    assert " ".join(REST) in _paragraphs([*OPEN, *SIDEBAR], REST)


def test_an_open_side_bar_paragraph_leaves_the_first_as_it_was() -> None:
    sidebar = [*SIDEBAR[:2], "its yard to this day, one of them cracked across", *SIDEBAR[3:]]
    found = _paragraphs([*OPEN, *sidebar], REST)
    assert " ".join(OPEN[1:]) in found
