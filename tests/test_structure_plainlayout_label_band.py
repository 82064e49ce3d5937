"""Raw text, round 43: labels drawn in one pass before the text, one right after the other
("Stage 1" / "Stage 2" / "Stage 3", any word with its number), go to the headings after them
in order, kept as printed (``plainlayout.route_band``, switch ``label_band``). Every text is
invented."""

from __future__ import annotations

import pytest

from vitrina.structure import rebuild
from vitrina.structure.plainlayout import PLAIN_LIMITS

LINES = [
    "Salt on the Hill Roads, 1790",
    "For two hundred years the salt of the coastal pans came up the river to the market towns.",
    "Step 1",
    "Step 2",
    "Step 3",
    "The Pans by the Shore",
    "The pans were shallow pools cut into the clay above the tide line and lined with stones.",
    "The Carts on the Road",
    "The carters paid a toll at every bridge on the way to the hill country beyond the river.",
    "The Railway Arrives",
    "The railway reached the valley towns in 1868 and the salt carts went on for ten years more.",
]


def _sections(lines: list[str]) -> list[tuple[str | None, str]]:
    doc = rebuild("\n".join(lines) + "\n\f", "salt", "salt.txt", "text")
    return [(s.label, s.title) for s in doc.sections]


def test_labels_one_after_the_other_go_to_the_headings_after_them(monkeypatch: pytest.MonkeyPatch) -> None:
    found = _sections(LINES)
    assert [s for s in found if s[0]] == [("Step 1", "The Pans by the Shore"), ("Step 2", "The Carts on the Road"),
                                          ("Step 3", "The Railway Arrives")]
    monkeypatch.setitem(PLAIN_LIMITS, "label_band", 0)
    assert ("Step 2", "The Carts on the Road") not in _sections(LINES)


def test_labels_of_two_words_or_not_counting_are_no_band() -> None:
    mixed = [line.replace("Step 2", "Stair 2") for line in LINES]
    assert ("Step 1", "The Pans by the Shore") not in _sections(mixed)
