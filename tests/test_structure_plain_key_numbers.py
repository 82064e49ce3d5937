"""Raw text: the numbers printed on a caption key's pictures, each extracted alone on a line
over a heading or glued before the key's title ("1" / "II The Heading", "2 In the Pictures"),
are no text (plainlayout.key_numbers, ``key_numbers``). Every text is invented."""

from __future__ import annotations

import pytest

from vitrina.structure import rebuild
from vitrina.structure.plainlayout import PLAIN_LIMITS

LINES = [
    "The Lock Keepers of the Upper Canal",
    "Twelve locks lifted the canal over the ridge, and a keeper lived beside each one in",
    "a cottage built by the company, with a garden and the right to keep a pig.",
    "1",
    "I A Cottage by the Gates",
    "The keeper's day began before the first boat and ended after the last, and his wife",
    "worked the gates as often as he did while he mended the banks and the paddles.",
    "II The Last Keepers",
    "When the trade fell away the cottages were sold one by one, and the last keeper left",
    "the top lock in the year the canal was closed to boats for good.",
    "\f2 In the Pictures",  # the key on the facing page
    "1 A lock keeper's windlass, worn bright where it was held.",
    "Photograph: Upper Canal Society",
    "2 The cottage at the top lock with its garden in flower.",
    "Lent by the Ridge Valley Museum",
]


def _read() -> tuple[list[tuple[str | None, str]], str]:
    doc = rebuild("\n".join(LINES) + "\n", "locks", "locks.txt", "text")
    blocks = " ".join(doc.text[b.start : b.end] for b in doc.blocks)
    return [(s.label, s.title) for s in doc.sections], blocks


def test_the_pictures_numbers_are_no_text() -> None:
    sections, blocks = _read()
    assert ("I", "A Cottage by the Gates") in sections
    assert ("II", "The Last Keepers") in sections
    assert not [title for _, title in sections if "In the Pictures" in title]
    assert "In the Pictures" not in blocks


def test_without_the_rule_the_number_stays(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(PLAIN_LIMITS, "key_numbers", 0)
    sections, _ = _read()
    assert ("1", "I A Cottage by the Gates") in sections
    assert (None, "2 In the Pictures") in sections
