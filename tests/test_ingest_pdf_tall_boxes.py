"""Glyph boxes implausibly tall for their type (a font's ascent and descent written in its
own units, not thousandths of an em) are set to a usual height about their baseline."""

from __future__ import annotations

import pytest

from vitrina.ingest.pdf import LINE_LIMITS, _usual_extent


def test_tall_box_set_to_usual_height_about_its_baseline() -> None:
    size = 12.0
    top, bottom = 100.0, 100.0 + 2.27 * size  # metrics in 2048ths of an em read as thousandths
    new_top, new_bottom = _usual_extent(top, bottom, size)
    assert new_bottom - new_top == pytest.approx(LINE_LIMITS["box_height"] * size)
    baseline = top + LINE_LIMITS["box_ascent"] * (bottom - top)
    assert new_top < baseline < new_bottom
    assert baseline - new_top == pytest.approx(LINE_LIMITS["box_ascent"] * LINE_LIMITS["box_height"] * size)


def test_lines_of_tall_boxes_no_longer_overlap() -> None:
    size, pitch = 12.0, 16.0  # 12-point type on a 16-point pitch
    first = _usual_extent(100.0, 100.0 + 2.27 * size, size)
    second = _usual_extent(100.0 + pitch, 100.0 + pitch + 2.27 * size, size)
    assert first[1] <= second[0]


def test_threshold_leaves_usual_boxes_alone() -> None:
    assert LINE_LIMITS["tall_box"] > 1.5  # the tallest usual boxes run about 1.5 em
