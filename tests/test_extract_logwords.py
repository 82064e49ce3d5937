"""A log's notation read as names: a measure's or a time scale's label (round 59 red team D4)."""

from __future__ import annotations

import pytest

from vitrina.extract.entities import RawMention
from vitrina.extract.logwords import notation_label, without_notation_labels


def _at(text: str, surface: str, etype: str = "place") -> RawMention:
    start = text.index(surface)
    return RawMention(start, start + len(surface), etype, "GPE")  # type: ignore[arg-type]


@pytest.mark.parametrize("text, surface", [
    ("The lamp stood at AZ 12h 40m that night.", "AZ"),  # before a number
    ("Read at 9h 5m G.M. by the keeper.", "G.M."),  # after a number and its unit letters
    ("The epoch is KD 2400000.5 throughout.", "KD"),
])
def test_a_notations_label_is_no_name(text, surface):
    assert notation_label(text, _at(text, surface))


@pytest.mark.parametrize("text, surface", [
    ("He wrote to Albany, NY 12207 at once.", "NY"),  # after a comma: a state's code before a postcode
    ("They lost 131 U.S. citizens.", "U.S."),  # a plain count before it
    ("He met NATO 4 times.", "NATO"),  # more than three capitals
])
def test_codes_that_name_places_stay(text, surface):
    assert not notation_label(text, _at(text, surface))


def test_markup_is_trusted():
    text = "The lamp stood at AZ 12h 40m."
    marked = RawMention(text.index("AZ"), text.index("AZ") + 2, "place", "markup")
    assert without_notation_labels(text, [marked]) == [marked]
    assert without_notation_labels(text, [_at(text, "AZ")]) == []
