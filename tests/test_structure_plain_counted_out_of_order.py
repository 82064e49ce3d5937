"""Bare numbers opening title lines that count 1, 2, 3 in whatever order the text gives
them (frames extracted out of reading order) are labels; a number off the run is not.
Every text is invented."""

from __future__ import annotations

from vitrina.structure.plainlayout import counting_labels


def test_a_complete_series_out_of_order_labels_every_heading() -> None:
    texts = ["3 The Lock Cut", "A Mill on the River:", "1 The Timber Weir", "2 The Stone Weir", "46 47"]
    assert counting_labels(texts) == {0: "3", 2: "1", 3: "2"}


def test_a_short_series_out_of_order_stays_unlabelled_where_nothing_counts_before_it() -> None:
    assert counting_labels(["2 The Stone Weir", "1 The Timber Weir"]) == {}


def test_a_repeated_number_breaks_the_run() -> None:
    texts = ["3 The Lock Cut", "1 The Timber Weir", "1 The Mill Race", "2 The Stone Weir"]
    assert 0 not in counting_labels(texts)
