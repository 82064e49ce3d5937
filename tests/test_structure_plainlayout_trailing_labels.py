"""Raw text, round 41: a panel's section numbers printed beside the headings but written by
the extraction after each section's text ("… the law." / "2") go to the headings they follow
(``plainlayout.trailing_labels``, switch ``trailing_labels``); numbers set over their headings
keep their usual reading. Every text is invented."""

from __future__ import annotations

import pytest

from vitrina.structure import rebuild
from vitrina.structure.plainlayout import PLAIN_LIMITS

AFTER = [
    "The Salt Road to the Hills",
    "For two hundred years the salt of the coastal pans came up the river to the market towns.",
    "The Pans",
    "The pans were shallow pools cut into the clay above the tide line and lined with stones.",
    "The women of the village raked the salt each evening and carried it up in baskets.",
    "1",
    "The Carts",
    "The carters paid a toll at every bridge on the way to the hill country beyond the river.",
    "They complained of the tolls for two hundred years, and in the end the council gave way.",
    "2",
    "Below: A carter's lantern found in the old toll house.",
    "The Railway",
    "The railway reached the valley towns in 1868 and the salt carts went on for ten years more.",
    "The last carter sold his horses and the road was left to the drovers and their sheep.",
    "3",
    "Saltpans Heritage Centre",
]


def _sections(lines: list[str]) -> list[tuple[str | None, str]]:
    doc = rebuild("\n".join(lines) + "\n\f", "salt", "salt.txt", "text")
    return [(s.label, s.title) for s in doc.sections]


def test_numbers_after_their_sections_go_to_the_headings_they_follow(monkeypatch: pytest.MonkeyPatch) -> None:
    found = _sections(AFTER)
    assert ("1", "The Pans") in found and ("2", "The Carts") in found and ("3", "The Railway") in found
    monkeypatch.setitem(PLAIN_LIMITS, "trailing_labels", 0)
    assert ("1", "The Pans") not in _sections(AFTER)


def test_numbers_over_their_headings_keep_them() -> None:
    over = [line for line in AFTER if line not in ("1", "2", "3")]
    for number, head in (("1", "The Pans"), ("2", "The Carts"), ("3", "The Railway")):
        over.insert(over.index(head), number)
    found = _sections(over)
    assert ("1", "The Pans") in found and ("2", "The Carts") in found and ("3", "The Railway") in found
