"""Raw text of a panel in lettered bands: a title opening with the article "A" before the
bands' own "A", "B", "C" (vitrina.structure.plainlayout.counting_labels, ``_given_again``), a
pull quote right over a band's lettered heading (``counted_heads_no_credit``), and a caption's
credit wrapped after a comma and closing on one lower-case word (``comma_credit_lines``).
Every text is invented."""

from __future__ import annotations

import pytest

from vitrina.structure import rebuild
from vitrina.structure.plainlayout import PLAIN_LIMITS, counting_labels

TEXT = [
    "A Bell for the Harbour:",
    "The Fog Signal of the North Pier, 1872",
    "Ships coming into the bay in fog could not see the pier lights, and many ran onto the rocks.",
    "A The Rocks",
    "The rocks at the mouth of the bay lay hidden at high water, and in",
    "fog the pilots could not tell how near they had come to them.",
    "The bell could be heard from three",
    "miles out to sea.",
    "B The Bell of the Harbour Society",
    "The harbour board hung a great bronze bell at the end of the north pier",
    "in the autumn of 1872, rung by a clockwork hammer every twenty seconds.",
    "Right: The bell on its iron frame at the",
    "pier head, about 1890.",
    "Northbay Harbour Museum,",
    "NHM 1960.4, gift of the Carrow",
    "family",
    "C The Horn",
    "A steam horn replaced the bell in 1911, and the bell went to the town",
    "museum, where it still hangs in the entrance hall for visitors to ring.",
]


def _doc(lines: list[str]):
    return rebuild("\n".join(lines) + "\n\f", "bell", "bell.txt", "text")


def test_the_title_article_is_no_label() -> None:
    labels = counting_labels(["A Bell for the Harbour:", "A The Rocks", "B The Bell of the Harbour Society", "C The Horn"])
    assert labels == {1: "A", 2: "B", 3: "C"}


def test_two_lines_opening_with_a_before_b_make_the_last_one_the_label() -> None:
    sections = [(s.label, s.title) for s in _doc(TEXT).sections]
    assert ("A", "The Rocks") in sections
    assert ("B", "The Bell of the Harbour Society") in sections
    assert sections[0][0] is None


def test_a_counted_heading_is_no_credit() -> None:
    doc = _doc(TEXT)
    assert ("B", "The Bell of the Harbour Society") in [(s.label, s.title) for s in doc.sections]
    assert not any(b.credit and b.credit.startswith("B ") for b in doc.blocks)


def test_with_the_pass_off_the_heading_credits_the_quote(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(PLAIN_LIMITS, "counted_heads_no_credit", 0)
    assert ("B", "The Bell of the Harbour Society") not in [(s.label, s.title) for s in _doc(TEXT).sections]


def test_a_credit_wrapped_after_a_comma_is_read_whole() -> None:
    credits = [b.credit for b in _doc(TEXT).blocks if b.kind == "caption"]
    assert "Northbay Harbour Museum, NHM 1960.4, gift of the Carrow family" in credits


def test_with_the_pass_off_the_credit_is_cut(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(PLAIN_LIMITS, "comma_credit_lines", 0)
    credits = [b.credit for b in _doc(TEXT).blocks if b.kind == "caption"]
    assert "Northbay Harbour Museum, NHM 1960.4, gift of the Carrow family" not in credits
