"""An edge line naming where a panel hangs, by its unit labels or its label counted in a
series, is a running stamp (structure.lines). Every text is invented."""

from __future__ import annotations

from vitrina.structure.lines import _locator


def test_a_label_counted_in_its_series_after_a_place_is_a_stamp() -> None:
    assert _locator("East Wing of the Boat House Panel 2 of 5")
    assert _locator("Gallery 3 Case 4 / 9")


def test_a_sentence_counting_things_is_no_stamp() -> None:
    assert not _locator("The council sent 3 of 5 ships")
    assert not _locator("Panel 2 of 5")  # the label alone names no place
    assert not _locator("A room I liked as a child")
