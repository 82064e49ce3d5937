"""Raw text (``pdftotext -raw``): a question in title case on a line of its own opens a
heading wherever the text before it stopped — after an address line or a list row that
ends no sentence, or inside a paragraph the extraction left open. Every text is invented."""

from __future__ import annotations

import pytest

from vitrina.structure import rebuild
from vitrina.structure.plainlayout import PLAIN_LIMITS

STORY = [
    "The Tide Mill",
    "The mill stood at the head of the creek for two hundred years and ground the",
    "grain of the valley farms on every tide. Barges brought the sacks up the creek at",
    "high water and carried the flour away again before the ebb left them stranded.",
    "Creekside Mill Trust",
    "Quay Lane, Halden",
    "Open Saturdays, ten till four",
]
QUESTION = [
    "Why Did the Wheel Stop?",
    "The last miller retired in the year the new road opened, and the lorries that",
    "came down it carried flour more cheaply from the port than the creek could.",
]


def _sections(lines: list[str]) -> list[str | None]:
    doc = rebuild("\n".join(lines) + "\n\f", "mill", "mill.txt", "text")
    return [s.title for s in doc.sections]


def test_a_question_title_after_an_address_line_opens_a_section() -> None:
    assert "Why Did the Wheel Stop?" in _sections([*STORY, *QUESTION])


def test_without_the_pass_the_question_stays_in_the_address_block(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(PLAIN_LIMITS, "question_heads_anywhere", 0)
    assert "Why Did the Wheel Stop?" not in _sections([*STORY, *QUESTION])


def test_a_question_in_sentence_case_inside_a_paragraph_is_no_heading() -> None:
    lines = [*STORY[:3], "high water. But who would carry the flour when the creek silted",
             "Why did no one ask?", "It was a question the trust asked only much later, when the records came."]
    assert _sections(lines) == [s for s in _sections(STORY[:4])]
