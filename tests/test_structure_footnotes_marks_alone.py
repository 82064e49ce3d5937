"""Raw text: a reference symbol the extraction set alone on its line over its note's text
("*" / "The ferryman's book …") is that note's mark (footnotes._mark_alone): the note is held
out of the text and its call, glued after the stop, leaves the paragraph. Invented text."""

from __future__ import annotations

import pytest

from vitrina.structure import footnotes, rebuild

LINES = [
    "The Ferry Crossing",
    "The ferry crossed the estuary four times a day and carried carts and cattle over the",
    "water whenever the tide allowed, and the tolls were written in a leather book.*",
    "The ferryman kept a lamp at the landing and a horn to call the boat in from the fog,",
    "and the farmers paid him in coin or in eggs when the market was poor.",
    "*",
    "The book is now kept in the county archive at Saltmouth.",
]


def _paragraphs(lines: list[str]) -> tuple[list[str], str]:
    doc = rebuild("\n".join(lines) + "\n", "ferry", "ferry.txt", "text")
    notes = doc.sections[-1].id if doc.sections and doc.sections[-1].title == "Notes" else None
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph" and b.section != notes], doc.text


def test_a_mark_alone_over_its_note_holds_the_note_out_and_clears_its_call() -> None:
    paragraphs, _text = _paragraphs(LINES)
    assert any("written in a leather book. The ferryman" in p for p in paragraphs)
    assert not any("county archive" in p for p in paragraphs)


def test_a_mark_alone_with_no_call_is_no_note() -> None:
    lines = [line.replace("book.*", "book.") for line in LINES]
    paragraphs, _text = _paragraphs(lines)
    assert any("county archive" in p for p in paragraphs)


def test_with_the_rule_off_the_note_stays_in_the_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(footnotes.NOTE_LIMITS, "marks_alone", 0)
    paragraphs, _text = _paragraphs(LINES)
    assert any("county archive" in p for p in paragraphs)
