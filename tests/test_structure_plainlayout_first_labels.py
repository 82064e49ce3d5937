"""Raw text, round 42 (structset47): the first label of a counted series before a short
name not in title case, a credit closed by a register number whose letters a hyphen
parts, and a credit's line opening with the object's medium. Invented lines."""

from __future__ import annotations

import pytest

from vitrina.structure import plainlayout, rebuild
from vitrina.structure.captions import register_number_wraps
from vitrina.structure.plainlayout import _accession_closed, _medium_line_start, counting_labels

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


def _words(*lines: str) -> list[tuple[str, int, int]]:
    return [(w, n, k) for n, line in enumerate(lines) for k, w in enumerate(line.split())]


def test_a_line_opening_with_a_short_medium_before_the_lead_is_the_credits_whole(
        monkeypatch: pytest.MonkeyPatch) -> None:
    words = _words("The ferry's winding drum, cast at the", "town foundry.",
                   "Iron, about 1861. Lent by the Estuary Society")
    lead = [w for w, _, _ in words].index("Lent")
    assert _medium_line_start(words, lead) == lead - 3  # "Iron, about 1861." opens the credit
    run_on = _words("The ferry's winding drum, cast at the", "town foundry in iron in 1861. Lent by the Society")
    run_lead = [w for w, _, _ in run_on].index("Lent")
    assert _medium_line_start(run_on, run_lead) == run_lead  # the caption's own sentence runs on to the lead
    monkeypatch.setitem(plainlayout.PLAIN_LIMITS, "medium_line_credits", 0)
    assert _medium_line_start(words, lead) == lead


SALT = [
    "The Salt Road to the Hills",
    "For two hundred years the salt of the coastal pans came up the",
    "river to the market towns, and the towns grew rich on its tolls.",
    "A Salt from the Pans of the",
    "Coast",
    "Marsden founded the Coast Salt",
    "Company in 1850. The pans were shallow pools cut into the clay",
    "above the tide line, and the women raked the salt each evening.",
    "B The Carters and the Bridges",
    "The carters paid a toll at every bridge on the way to the hills.",
    "C The Railway Reaches the Valley",
    "The railway reached the valley towns and the salt carts went on.",
]


def _sections(lines: list[str]) -> list[tuple[str | None, str]]:
    doc = rebuild("\n".join(lines) + "\n\f", "salt", "salt.txt", "text")
    return [(s.label, s.title) for s in doc.sections]


def test_a_wrapped_title_ends_where_the_next_word_would_have_fitted(monkeypatch: pytest.MonkeyPatch) -> None:
    assert ("A", "Salt from the Pans of the Coast") in _sections(SALT)
    monkeypatch.setitem(plainlayout.PLAIN_LIMITS, "title_fill", 0)
    assert ("A", "Salt from the Pans of the Coast") not in _sections(SALT)
