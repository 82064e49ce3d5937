"""Raw text: a catalogue's paragraph numbers printed in its margin and read into each
paragraph's first line ("1 The wreck …") are no text where they count up 1, 2, 3 … across the
sections (vitrina.structure.plainlayout.numbered_paragraphs). Every text is invented."""

from __future__ import annotations

import pytest

from vitrina.structure import rebuild
from vitrina.structure.plainlayout import PLAIN_LIMITS

TEXT = [
    "The Wreck in the Cove",
    "A fishing boat found the wreck in the cove after the great storm of that winter.",
    "I The Finding",
    "1 The boat's crew saw timbers standing out of the sand at the lowest tide of the",
    "month and told the harbour master, who rowed out the next morning to look.",
    "2 Divers from the town went down in the summer and brought up a bronze bell, a",
    "sword hilt and a handful of silver coins struck in the reign of the old king.",
    "II The Ship",
    "3 The bell carried the name of the ship and the year she was launched, and the",
    "records of the port showed that she had sailed for the south with wine and salt.",
    "4 She had never arrived, and her owners had believed for years that pirates",
    "had taken her off the cape, until the storm uncovered her in the cove at last.",
]


def _paragraphs(doc) -> list[str]:
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]


def _doc(lines: list[str]):
    return rebuild("\n".join(lines) + "\n\f", "cove", "cove.txt", "text")


def test_numbered_paragraphs_lose_their_numbers() -> None:
    paragraphs = _paragraphs(_doc(TEXT))
    assert paragraphs[1].startswith("The boat's crew saw timbers")
    assert paragraphs[4].startswith("She had never arrived")
    assert [s.label for s in _doc(TEXT).sections][-2:] == ["I", "II"]


def test_with_the_pass_off_the_numbers_stay(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(PLAIN_LIMITS, "numbered_paragraphs", 0)
    assert _paragraphs(_doc(TEXT))[1].startswith("1 The boat")


def test_numbered_headings_stay_headings() -> None:
    lines = [
        "The Wreck in the Cove",
        "A fishing boat found the wreck in the cove after the great storm of that winter.",
        "1 The Finding",
        "The boat's crew saw timbers standing out of the sand at the lowest tide.",
        "2 The Divers",
        "Divers from the town went down in the summer and brought up a bronze bell.",
        "3 The Ship",
        "The bell carried the name of the ship and the year she was launched.",
    ]
    assert [s.title for s in _doc(lines).sections][-3:] == ["The Finding", "The Divers", "The Ship"]


def test_a_number_called_before_is_a_note() -> None:
    lines = list(TEXT)
    lines[1] = "A fishing boat found the wreck in the cove after the great storm.1 It lay open."
    paragraphs = _paragraphs(_doc(lines))
    assert not any(p.startswith("The boat's crew") for p in paragraphs)
