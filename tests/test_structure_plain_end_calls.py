"""Raw text (``pdftotext -raw``): a paragraph's last line closing on a note call glued to its
stop ("… in the spring.1") ends the paragraph; a line broken at such a call, the two halves
no longer than one line, does not. Every text is invented."""

from __future__ import annotations

import pytest

from vitrina.structure import rebuild
from vitrina.structure.plainlayout import PLAIN_LIMITS, _without_end_call

FIRST = [
    "The Tide Mill",
    "The mill stood at the head of the creek for two hundred years and ground the",
    "grain of the valley farms on every tide. Barges brought the sacks up the creek at",
    "high water and carried the flour away again in the spring.1",
]
SECOND = [
    "The wheel was rebuilt in iron after the great flood, and the new stones came from",
    "a quarry far to the south. Its miller kept a ledger of every sack that he ground.",
]
NOTES = ["Notes", "1 The barges were towed by horses along the bank."]


def _paragraphs(lines: list[str]) -> list[str]:
    doc = rebuild("\n".join(lines) + "\n\f", "mill", "mill.txt", "text")
    return [" ".join(doc.text[b.start : b.end].split()) for b in doc.blocks if b.kind == "paragraph"]


def test_a_call_glued_to_a_stop_is_no_part_of_the_sentence_end() -> None:
    assert _without_end_call("in the spring.1") == "in the spring."
    assert _without_end_call("said the miller.”²") == "said the miller.”"
    assert _without_end_call("a ratio of 3.5") == "a ratio of 3.5"


def test_a_short_last_line_closing_on_a_call_ends_its_paragraph() -> None:
    found = _paragraphs([*FIRST, *SECOND, *NOTES])
    assert any(p.startswith("The wheel was rebuilt") for p in found)


def test_without_the_switch_the_paragraphs_run_together(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(PLAIN_LIMITS, "end_calls", 0)
    assert not any(p.startswith("The wheel was rebuilt") for p in _paragraphs([*FIRST, *SECOND, *NOTES]))


def test_a_line_broken_at_its_call_goes_on() -> None:
    lines = [*FIRST[:3], "high water before the ebb.1", "The carts took it on to the market.",
             *SECOND, *NOTES]
    found = _paragraphs(lines)
    assert not any(p.startswith("The carts took") for p in found)
