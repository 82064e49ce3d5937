"""Raw text (``pdftotext -raw``) of a page whose columns were drawn last first: a
paragraph's second half, opening in lower case, is read before its first half and glued
onto the paragraph above it; it is parted from that paragraph (a sentence never opens in
lower case) and goes on from the later paragraph left open. A footnote read between two
lines of a paragraph is no sentence's end. Every text is invented."""

from __future__ import annotations

import pytest

from vitrina.structure import rebuild
from vitrina.structure.plainlayout import PLAIN_LIMITS

SIDEBAR = [
    "The Barometers",
    "The shop also sold barometers, which the owner made",
    "in the back room from glass tubes that he blew himself.",
]
REST = [  # column 2's head: the end of column 1's last paragraph
    "the harbour master bought one and hung it by the quay",
    "for the fishermen to read before they put out to sea.",
]
COLUMN_1 = [
    "The Workshop",
    "The owner trained three apprentices, and the best of",
    "them went on to sell clocks all along the coast. In",
    "the first winter after the shop opened",
]


def _paragraphs(lines: list[str]) -> list[str]:
    doc = rebuild("\n".join(lines) + "\n\f", "shop", "shop.txt", "text")
    return [" ".join(doc.text[b.start : b.end].split()) for b in doc.blocks if b.kind == "paragraph"]


def test_a_paragraphs_rest_read_first_goes_on_from_it() -> None:
    paragraphs = _paragraphs([*SIDEBAR, *REST, *COLUMN_1])
    assert " ".join(SIDEBAR[1:]) in paragraphs
    assert " ".join([*COLUMN_1[1:], *REST]) in paragraphs


def test_with_the_pass_off_the_rest_stays_glued(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(PLAIN_LIMITS, "continued_back_reach", 0)
    paragraphs = _paragraphs([*SIDEBAR, *REST, *COLUMN_1])
    assert " ".join(SIDEBAR[1:]) not in paragraphs


def test_a_footnote_line_opens_as_a_note() -> None:
    from vitrina.structure.footnotes import opens_like_note

    assert opens_like_note("1The ledger was lost in the fire.")
    assert opens_like_note("\u00b2 Now called the Outer Reef.")
    assert not opens_like_note("The ledger was lost in the fire.")
