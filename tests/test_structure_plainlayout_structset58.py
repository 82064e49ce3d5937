"""Raw text, round 47 (structset58): the keys set on pictures read one a line ("(a)" / "(b)")
are no text and show a key of captions, whose entries close on a credit line of their own with
no credit word (``keys_one_a_line``); unlabelled headings in capitals right over labelled headings
are the sections' kickers (``section_kickers``); a jump line pointed by an arrow may open in lower
case (``pointed_jumps_lower``). Every text is invented; each test fails with its switch off."""

from __future__ import annotations

import pytest

from vitrina.structure import rebuild
from vitrina.structure.plainlayout import PLAIN_LIMITS, is_jump_line

LINES = [
    "The Harbour Light",
    "For a hundred years the light on the pier guided the fishing boats home across the bay.",
    "(a)",
    "(b)",
    "THE STONE",
    "3.1 The Harbour Wall",
    "The harbour wall was built of granite blocks brought by sea from a quarry on the far side",
    "of the bay, each one dressed by hand before it was lowered into place by a crane.",
    "THE LIGHT",
    "3.2 The Great Lamp",
    "The great lamp burned colza oil in six wicks and was turned by a clockwork train that the",
    "keeper wound every four hours through the night, whatever the weather outside.",
    "Pictures on the facing page",
    "(a) The harbour wall from the north pier, drawn for the engineers in 1841.",
    "Westgate Papers, Folio 9.3",
    "(b) A wick trimmer of brass and steel from the lamp room, about 1850.",
    "Tollbridge Hall, Case 4.11",
]


def _doc(lines: list[str]):
    return rebuild("\n".join(lines) + "\n\f", "harbour", "harbour.txt", "text")


def test_keys_one_a_line_show_a_key_of_captions_with_their_credits() -> None:
    doc = _doc(LINES)
    assert [(doc.text[b.start : b.end], b.credit) for b in doc.blocks if b.kind == "caption"] == [
        ("The harbour wall from the north pier, drawn for the engineers in 1841.", "Westgate Papers, Folio 9.3"),
        ("A wick trimmer of brass and steel from the lamp room, about 1850.", "Tollbridge Hall, Case 4.11"),
    ]
    assert "(a)" not in doc.text and "facing page" not in doc.text


def test_without_the_rule_the_keys_stay_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(PLAIN_LIMITS, "keys_one_a_line", 0)
    assert "(a)" in _doc(LINES).text


def test_capitals_over_labelled_headings_are_kickers() -> None:
    doc = _doc(LINES)
    assert [(s.label, s.title) for s in doc.sections][1:] == [("3.1", "The Harbour Wall"), ("3.2", "The Great Lamp")]


def test_without_the_rule_the_kickers_are_sections(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(PLAIN_LIMITS, "section_kickers", 0)
    assert "THE STONE" in [s.title for s in _doc(LINES).sections]


def test_a_pointed_jump_line_may_open_in_lower_case(monkeypatch: pytest.MonkeyPatch) -> None:
    assert is_jump_line("continued overleaf \u00bb") and not is_jump_line("continued overleaf")
    monkeypatch.setitem(PLAIN_LIMITS, "pointed_jumps_lower", 0)
    assert not is_jump_line("continued overleaf \u00bb")
