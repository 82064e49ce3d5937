"""Raw text, round 42 (structset47): the first label of a counted series before a short
name not in title case, and a credit closed by a register number whose letters a hyphen
parts. Invented lines."""

from __future__ import annotations

import pytest

from vitrina.structure import plainlayout
from vitrina.structure.captions import register_number_wraps
from vitrina.structure.plainlayout import _accession_closed, counting_labels

LINES = [
    "I Boats under Sail",
    "The ferry crossed the estuary twice a day.",
    "II The Steam Ferry",
    "Its captain kept a log of every crossing.",
    "III The Last Crossing",
    "A bridge upstream took the carts.",
]


def test_the_first_label_before_a_short_name_counts_when_the_next_two_follow() -> None:
    assert counting_labels(LINES) == {0: "I", 2: "II", 4: "III"}


def test_without_the_next_two_or_the_switch_it_does_not(monkeypatch: pytest.MonkeyPatch) -> None:
    assert 0 not in counting_labels(LINES[:4])  # "I Boats under Sail" before "II" alone: maybe a sentence
    monkeypatch.setitem(plainlayout.PLAIN_LIMITS, "first_named_label", 0)
    assert 0 not in counting_labels(LINES)


def test_a_hyphenated_register_number_closes_the_credit(monkeypatch: pytest.MonkeyPatch) -> None:
    words = ["Lent", "by", "the", "Estuary", "Society,", "ES-K", "14"]
    assert _accession_closed(words)
    assert register_number_wraps("Lent by the Estuary Society,", "ES-K 14")
    monkeypatch.setitem(plainlayout.PLAIN_LIMITS, "register_closes", 0)
    assert not _accession_closed(words)
