"""Raw text, round 44: lines set narrower beside a float (a pull quote) run full to that narrowed
measure, so a sentence ending on the first line after them, at their length, ends no paragraph
(``PlainLayout._held_full``, ``held_lines``). Every text is invented."""

from __future__ import annotations

import pytest

from vitrina.structure import rebuild
from vitrina.structure.plainlayout import PLAIN_LIMITS

WIDE = [
    "The harbour board met every Tuesday in the long room above the customs house, and its clerk kept",
    "the minutes in a bound book that still survives, with the names of every member who came to sit.",
    "In the winter of the great gale the board sat every day, and the clerk wrote until his hand ached.",
]
NARROW = [  # set beside a pull quote: each wraps mid-sentence at about sixty characters
    "The new wall was begun in the spring after the storm and the",
    "masons worked on it through the summer, setting each stone in",
    "lime mortar brought by cart from the kilns up on the hill, and",
    "the engineer came down from the city every week to measure it",
]
AFTER = [
    "The first ship tied up at the finished wall in the autumn, a collier with her hold full of coal.",
    "The harbour master rang the bell, and the town came down to the quay to watch her warp in slowly.",
]
ENDS = "to the inch."
OPENS = "Nobody thought the wall would stand the first winter storms."  # as long as the narrow lines


def _blocks(held: bool, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    if not held:
        monkeypatch.setitem(PLAIN_LIMITS, "held_lines", 0)
    text = "\n".join(["The Harbour Wall", *WIDE, *NARROW, ENDS, OPENS, *AFTER]) + "\n"
    doc = rebuild(text, "wall", "wall.txt", "text")
    return [" ".join(doc.text[b.start : b.end].split()) for b in doc.blocks if b.kind != "heading"]


def test_a_sentence_ending_on_a_full_narrowed_line_ends_no_paragraph(monkeypatch: pytest.MonkeyPatch) -> None:
    assert abs(len(OPENS) - len(NARROW[0])) <= 2
    assert " ".join([OPENS, *AFTER]) in _blocks(True, monkeypatch)


def test_without_the_rule_the_line_stands_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    blocks = _blocks(False, monkeypatch)
    assert OPENS in blocks and " ".join([OPENS, *AFTER]) not in blocks
