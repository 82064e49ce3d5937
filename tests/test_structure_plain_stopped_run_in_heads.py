"""Raw text: numbered heads set with stops ("1. The Title. Text …") run into their
paragraphs' first lines are parted from their text, the title's stop dropped
(vitrina.structure.plainlayout ``run_in_stops``). Every text is invented."""

from __future__ import annotations

import pytest

from vitrina.structure import rebuild
from vitrina.structure.plainlayout import PLAIN_LIMITS

TEXT = [
    "A Town by the River",
    "The mill stood at the bend of the river for two hundred years.",
    "1. The Old Mill Wheel. The wheel turned from the first thaw",
    "until the river froze again in the late autumn of each year.*",
    "2. Floods and Famine. The floods of the wet years drowned the",
    "low fields twice in one decade, and the whole village starved.",
    "3. A New Weir. Engineers built a stone weir above the bend in",
    "the last years of the century, and the floods never came back.",
]


def _doc(lines: list[str] = TEXT):
    return rebuild("\n".join(lines) + "\n\f", "mill", "mill.txt", "text")


def test_stopped_run_in_heads_counting_up_are_headings_without_their_stops() -> None:
    doc = _doc()
    assert [(s.label, s.title) for s in doc.sections][-3:] == [
        ("1", "The Old Mill Wheel"), ("2", "Floods and Famine"), ("3", "A New Weir")]
    paragraphs = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert paragraphs[-1].startswith("Engineers built")


def test_with_the_switch_off_the_heads_stay_in_their_paragraphs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(PLAIN_LIMITS, "run_in_stops", 0)
    assert "A New Weir" not in [section.title for section in _doc().sections]


def test_numbered_questions_closing_a_sentence_are_no_heads() -> None:
    # "1. Look at the map. Which …": an instruction is no title
    lines = [TEXT[0], TEXT[1],
             "1. Look at the wheel. Which way did the water turn",
             "it in the flood years, and why does that matter?",
             "2. Read the notice. Who paid for the stone weir",
             "above the bend, and who was paid to build it?",
             "3. Find the weir. How high does the water stand",
             "above it in spring, and how high in the autumn?"]
    assert [s.title for s in _doc(lines).sections] == ["A Town by the River"]
