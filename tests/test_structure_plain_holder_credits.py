"""Raw text: a caption key whose entry is closed by a credit without a lead naming its
holder, its register number wrapped onto a line of its own ("… Museum of Crafts, WMC" /
"1911.4"; plainlayout.caption_key, ``key_holder_credits``), under a short title. Every text is invented."""

from __future__ import annotations

import pytest

from vitrina.structure import rebuild
from vitrina.structure.plainlayout import PLAIN_LIMITS

BODY = [
    "The Slate Quarries of Carrow",
    "For a century the hillside above the village was cut back in terraces, and the",
    "slate was split by hand in sheds at the foot of each level before it was sent",
    "down the incline to the wharf. The splitters worked in pairs and were paid by",
    "the thousand roofing slates, counted by the foreman at the end of the week.",
    "The last level closed in the year of the great storm, and the sheds fell in.",
]
KEY = [
    "On These Pages",
    "1 A splitter's chisel and mallet from the sheds at the foot of the",
    "third level.",
    "Westmoor Museum of Crafts, WMC",
    "1911.4",
    "2 The incline to the wharf with a loaded wagon at its head.",
    "Photograph: Carrow Village Society",
]


def _captions() -> list[tuple[str, str | None]]:
    doc = rebuild("\n".join([*BODY, *KEY]) + "\n", "slate", "slate.txt", "text")
    return [(" ".join(doc.text[b.start : b.end].split()), b.credit) for b in doc.blocks if b.kind == "caption"]


def test_a_holder_credit_closes_a_key_entry() -> None:
    assert _captions() == [
        ("A splitter's chisel and mallet from the sheds at the foot of the third level.",
         "Westmoor Museum of Crafts, WMC 1911.4"),
        ("The incline to the wharf with a loaded wagon at its head.", "Photograph: Carrow Village Society"),
    ]


def test_without_the_rule_the_entry_keeps_its_number(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(PLAIN_LIMITS, "key_holder_credits", 0)
    assert not any(text.startswith("A splitter's chisel") for text, _ in _captions())
