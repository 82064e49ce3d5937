"""Raw text: a scale drawn down a panel's edge, printed by the extraction one mark a line
before the text ("0 m" / "500 m" / …), is no text (vitrina.structure.plainlayout.number_columns);
a timeline's years alone on their lines, rising by uneven steps, are left alone. Every text is
invented."""

from __future__ import annotations

import pytest

from vitrina.structure import rebuild
from vitrina.structure.lines import split_lines
from vitrina.structure.plainlayout import PLAIN_LIMITS, number_columns

SCALE = ["0 m", "500 m", "1,000 m", "1,500 m", "2,000 m", "2,300 m"]
TEXT = [
    "Into the Deep Water",
    "The diving bell went down on a cable from the ship's crane in the calm of the morning.",
    "The Lamps",
    "At the bottom the men switched on the lamps and saw fish that no one had seen alive before.",
]


def _doc(lines: list[str]):
    return rebuild("\n".join(lines) + "\n\f", "bell", "bell.txt", "text")


def test_a_scale_printed_before_the_text_is_no_text() -> None:
    doc = _doc(SCALE + TEXT)
    assert "1,500 m" not in doc.text
    assert [s.title for s in doc.sections] == ["Into the Deep Water", "The Lamps"]


def test_with_the_pass_off_the_marks_stay(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(PLAIN_LIMITS, "number_columns", 0)
    assert "1,500 m" in _doc(SCALE + TEXT).text


def test_years_rising_unevenly_are_no_scale() -> None:
    lines = split_lines("\n".join(["1768", "1771", "1779", "1801", "The voyages of the ship."]) + "\n").lines
    assert number_columns(lines) == set()
    even = split_lines("\n".join(SCALE + ["The voyages of the ship."]) + "\n").lines
    assert number_columns(even) == set(range(len(SCALE)))
