"""Plain text, round 59 (structset81): a kicker closing on a number ("FROM 1921") over a title opening on its
own dotted section number is no label of it (``numbered_titles_keep_labels``), and section kickers in capitals
run to ``section_kicker_words`` words. Every text is invented."""

from __future__ import annotations

import pytest

from tests._plain_helpers import orchard_doc
from vitrina.structure.plainlayout import PLAIN_LIMITS

PROSE = [
    "The mill stood at the head of the creek, where the tide filled a pond twice a day and a sluice",
    "held the water back until the ebb, when it was let out to turn the great wheel for six hours.",
    "The miller's family worked the stones in shifts, and the sacks of flour went down the creek by barge.",
]
LINES = [
    "The Tide Mill",
    "For five hundred years a mill on the creek ground the parish corn with the power of the sea itself,",
    "filling its pond on the flood and working its wheel on the ebb, whatever the wind was doing.",
    "THE MEDIEVAL MILL, ABOUT 1200 TO 1500 AD",
    "1.1 A Pond Behind a Dam",
    *PROSE,
    "THE STEAM AGE, ABOUT 1850 TO 1900 AD",
    "1.2 Engines Beside the Wheel",
    *PROSE,
    "FROM 1921",
    "1.3 The Last Grinding",
    *PROSE,
]


def _sections(doc) -> list[tuple[str | None, str]]:
    return [(s.label, s.title) for s in doc.sections]


def test_numbered_kicker_over_an_own_number_is_no_label() -> None:
    assert _sections(orchard_doc(LINES))[1:] == [
        ("1.1", "A Pond Behind a Dam"), ("1.2", "Engines Beside the Wheel"), ("1.3", "The Last Grinding")]


def test_with_the_switch_off_the_kicker_labels_the_title(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(PLAIN_LIMITS, "numbered_titles_keep_labels", 0)
    assert ("1.3", "The Last Grinding") not in _sections(orchard_doc(LINES))


def test_kickers_longer_than_the_limit_stay_headings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(PLAIN_LIMITS, "section_kicker_words", 6)
    titles = [title for _, title in _sections(orchard_doc(LINES))]
    assert "THE MEDIEVAL MILL, ABOUT 1200 TO 1500 AD" in titles


LEAFLET = [
    "The Tide Mill",
    "In this leaflet:",
    "1 A Pond Behind a Dam",
    "2 Engines Beside the Wheel",
    "For five hundred years a mill on the creek ground the parish corn with the power of the sea itself,",
    "filling its pond on the flood and working its wheel on the ebb, whatever the wind was doing.",
    "A Pond Behind a Dam",
    *PROSE,
    "Engines Beside the Wheel",
    *PROSE,
]


def test_a_contents_lists_numbers_label_the_headings_it_names() -> None:
    assert _sections(orchard_doc(LEAFLET))[1:] == [("1", "A Pond Behind a Dam"), ("2", "Engines Beside the Wheel")]


def test_with_the_switch_off_the_headings_stay_unlabelled(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(PLAIN_LIMITS, "contents_label_headings", 0)
    assert [label for label, _ in _sections(orchard_doc(LEAFLET))[1:]] == [None, None]
