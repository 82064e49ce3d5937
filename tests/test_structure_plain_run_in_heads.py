"""Raw text: numbered heads run into their paragraphs' first lines (the head's type lost in
extraction) are parted from their text where the numbers count up 1, 2, 3 …
(vitrina.structure.plainlayout.run_in_heads_parted). Every text is invented."""

from __future__ import annotations

import pytest

from vitrina.structure import rebuild
from vitrina.structure.plainlayout import PLAIN_LIMITS

TEXT = [
    "A Town by the River",
    "The mill stood at the bend of the river for two hundred years.",
    "1 The Old Mill Wheel The wheel turned from the first thaw until",
    "the river froze again in the late autumn of every single year.",
    "2 Floods and Famine The floods of the wet years drowned the low",
    "fields twice in one decade, and the whole village went hungry.",
    "3 A New Weir Engineers built a stone weir above the bend in the",
    "last years of the century, and the floods never came back again.",
]


def _doc():
    return rebuild("\n".join(TEXT) + "\n\f", "mill", "mill.txt", "text")


def test_numbered_run_in_heads_counting_up_are_headings() -> None:
    titles = [section.title for section in _doc().sections]
    assert titles[-3:] == ["The Old Mill Wheel", "Floods and Famine", "A New Weir"]


def test_with_the_pass_off_the_heads_stay_in_their_paragraphs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(PLAIN_LIMITS, "run_in_series", 0)
    assert "A New Weir" not in [section.title for section in _doc().sections]


def test_two_numbered_lines_are_no_series() -> None:
    lines = TEXT[:6]
    doc = rebuild("\n".join(lines) + "\n\f", "mill", "mill.txt", "text")
    assert "Floods and Famine" not in [section.title for section in doc.sections]
