"""Raw text, round 45 (structset54): a key of captions printed in the middle of a paragraph
carried over a page (each entry's credit on a line of its own, the pictures' keys alone on a line of
the next page) is read as its entries, though the credit lines had split it into several blocks
(``PLAIN_LIMITS["key_runs_joined"]``). Every text is invented; the test fails with the switch off."""

from __future__ import annotations

import pytest

from vitrina.structure import rebuild
from vitrina.structure.plainlayout import PLAIN_LIMITS

LINES = [
    "The Valley Mill",
    "For two hundred years the mill ground the grain of the farms along the upper river.",
    "1 The Weir",
    "The mill stood on a bend of the river where a weir of timber",
    "and stone held back the water, and the race was cut along",
    "the bank to carry it to the wheel.",
    "2 The Wheel",
    "The wheel was rebuilt in iron in the last years of the old",
    "century, and its buckets were cast at a foundry in the",
    "market town a day's journey down the valley, and in 1871",
    "(a) The race below the weir, with the sluice",
    "gate open.",
    "Lent by the Valley Society, VS 12.4",
    "(b) An iron bucket from the wheel, as found in",
    "the silt after the flood.",
    "Upper River Museum, URM 1990.7",
    "(a) (b)",
    "the mill was sold to the county, which kept it turning.",
]


def _blocks(lines: list[str]) -> list[tuple[str, str, str | None]]:
    doc = rebuild("\n".join(lines) + "\n\f", "mill", "mill.txt", "text")
    return [(b.kind, doc.text[b.start : b.end], b.credit) for b in doc.blocks]


def test_a_key_split_by_its_credit_lines_gives_one_caption_an_entry() -> None:
    captions = [b for b in _blocks(LINES) if b[0] == "caption"]
    assert captions == [
        ("caption", "The race below the weir, with the sluice gate open.", "Lent by the Valley Society, VS 12.4"),
        ("caption", "An iron bucket from the wheel, as found in the silt after the flood.",
         "Upper River Museum, URM 1990.7"),
    ]


def test_without_the_rule_the_entries_stay_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(PLAIN_LIMITS, "key_runs_joined", 0)
    captions = [b for b in _blocks(LINES) if b[0] == "caption"]
    assert len(captions) < 2 or any(b[2] is None for b in captions)
