"""Raw text, round 43: a counted label's title whole on its line ("2 The Toll Road") is the
whole title when the next line's first word would have fitted after it: that line heads
something else (a box's title read right after it), not the title's second line
(``labelled_title_fits``); a title left open on a function word still goes on. Every text is
invented."""

from __future__ import annotations

import pytest

from vitrina.structure import rebuild
from vitrina.structure.plainlayout import PLAIN_LIMITS

LINES = [
    "Salt on the Hill Roads, 1790",
    "For two hundred years the salt of the coastal pans came up the river to the market towns.",
    "1 The Pans",
    "The pans were shallow pools cut into the clay above the tide line and lined with stones.",
    "2 The Toll Road",
    "A Ledger of the Tolls Kept",
    "The carters paid a toll at every bridge on the way to the hill country beyond the river.",
    "3 The Railway Came to",
    "the Valley",
    "The railway reached the valley towns in 1868 and the salt carts went on for ten years more.",
]


def _sections() -> list[tuple[str | None, str]]:
    doc = rebuild("\n".join(LINES) + "\n\f", "salt", "salt.txt", "text")
    return [(s.label, s.title) for s in doc.sections]


def test_a_whole_labelled_title_line_is_the_whole_title(monkeypatch: pytest.MonkeyPatch) -> None:
    found = _sections()
    assert ("2", "The Toll Road") in found and (None, "A Ledger of the Tolls Kept") in found
    assert ("3", "The Railway Came to the Valley") in found  # left open on "to": it goes on
    monkeypatch.setitem(PLAIN_LIMITS, "labelled_title_fits", 0)
    assert ("2", "The Toll Road A Ledger of the Tolls Kept") in _sections()
