"""Raw text: heads lettered A, B, C … with their titles in capitals (small capitals in the
PDF, their type lost in extraction) run into their paragraphs' first lines are parted from
their text (vitrina.structure.plainlayout.run_in_heads_parted). Every text is invented."""

from __future__ import annotations

import pytest

from vitrina.structure import rebuild
from vitrina.structure.plainlayout import PLAIN_LIMITS

TEXT = [
    "A Town by the River",
    "The mill stood at the bend of the river for two hundred years.",
    "A THE OLD WHEEL The wheel turned from the first thaw until",
    "the river froze again in the late autumn of every single year.",
    "B FLOODS AND FAMINE The floods of the wet years drowned the low",
    "fields twice in one decade, and the whole village went hungry.",
    "C A NEW WEIR Engineers built a stone weir above the bend in the",
    "last years of the century, and the floods never came back again.",
]


def _doc(lines: list[str] = TEXT):
    return rebuild("\n".join(lines) + "\n\f", "mill", "mill.txt", "text")


def _paragraphs(doc) -> list[str]:
    return [doc.text[b.start:b.end] for b in doc.blocks if b.kind == "paragraph"]


def test_lettered_run_in_heads_in_capitals_are_headings() -> None:
    doc = _doc()
    assert [(s.label, s.title) for s in doc.sections][-3:] == [
        ("A", "THE OLD WHEEL"), ("B", "FLOODS AND FAMINE"), ("C", "A NEW WEIR")]
    assert _paragraphs(doc)[-1].startswith("Engineers built")


def test_with_the_pass_off_the_heads_stay_in_their_paragraphs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(PLAIN_LIMITS, "run_in_letters", 0)
    assert "A NEW WEIR" not in [section.title for section in _doc().sections]


def test_letters_not_counting_up_are_no_series() -> None:
    lines = [*TEXT[:2], *TEXT[4:]]
    assert "A NEW WEIR" not in [section.title for section in _doc(lines).sections]
