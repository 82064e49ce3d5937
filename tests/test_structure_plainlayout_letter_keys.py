"""Raw text, round 45 (structset53): captions keyed by bracketed letters in a list under a short
heading (on the page facing their pictures, whose keys stand alone on a line) are captions of
their own, each read in the section citing its key (``PLAIN_LIMITS["letter_keys"]``). Every
text is invented; the test fails with the switch off."""

from __future__ import annotations

import pytest

from vitrina.structure import rebuild
from vitrina.structure.plainlayout import PLAIN_LIMITS

LINES = [
    "The Valley Mill",
    "For two hundred years the mill ground the grain of the farms along the upper river.",
    "The Weir and the Race",
    "The mill stood on a bend of the river where a weir of timber and stone held back the water,",
    "and the race was cut along the bank to carry it to the wheel (a).",
    "The Iron Wheel",
    "The wheel was rebuilt in iron in the last years of the old century, and its buckets were cast",
    "at a foundry in the market town a day's journey down the valley (b).",
    "(a) (b)",
    "It turned until the flood of the wet spring broke the weir and the mill fell into ruin.",
    "Opposite",
    "(a) The race below the weir, with the sluice gate open. Photograph: Valley Society",
    "(b) An iron bucket from the wheel, now kept in the museum. Photograph: Valley Society",
]


def _captions(lines: list[str]) -> list[tuple[str, str, str | None]]:
    doc = rebuild("\n".join(lines) + "\n\f", "mill", "mill.txt", "text")
    title = {s.id: s.title for s in doc.sections}
    return [(title[b.section], doc.text[b.start : b.end], b.credit) for b in doc.blocks if b.kind == "caption"]


def test_keyed_captions_are_read_in_the_sections_citing_them() -> None:
    assert _captions(LINES) == [
        ("The Weir and the Race", "The race below the weir, with the sluice gate open.", "Photograph: Valley Society"),
        ("The Iron Wheel", "An iron bucket from the wheel, now kept in the museum.", "Photograph: Valley Society"),
    ]


def test_without_a_line_of_keys_alone_a_bracketed_list_stays_text() -> None:
    assert _captions([line for line in LINES if line != "(a) (b)"]) == []


def test_without_the_rule_the_key_is_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(PLAIN_LIMITS, "letter_keys", 0)
    assert _captions(LINES) == []
