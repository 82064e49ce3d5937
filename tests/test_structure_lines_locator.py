"""A line naming where a panel hangs, by its unit labels or its label counted in a series,
is a stamp: a running line at a page's edge, a kicker over a plain text's title
(structure.lines.locator, the one test both readers use). Every text is invented."""

from __future__ import annotations

from vitrina.structure.lines import locator


def test_a_label_counted_in_its_series_after_a_place_is_a_stamp() -> None:
    assert locator("East Wing of the Boat House Panel 2 of 5")
    assert locator("Gallery 3 Case 4 / 9")


def test_unit_labels_joined_by_separators_are_a_stamp() -> None:
    assert locator("Gallery 3 · Panel 5")
    assert locator("Room B | Case 4")


def test_a_unit_and_its_label_inside_the_line_or_opening_it_before_a_separator() -> None:
    assert locator("Wing B · Room 4")
    assert locator("Gallery 4 · Wall C")


def test_a_sentence_counting_things_is_no_stamp() -> None:
    assert not locator("The council sent 3 of 5 ships")
    assert not locator("Panel 2 of 5")  # the label alone names no place
    assert not locator("A room I liked as a child")
    assert not locator("Room 4 The Mill")  # a label opening its heading
