"""bench/fit_ask.py's shown-confidence map: isotonic regression and the confident band."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import fit_ask  # noqa: E402


def test_isotonic_pools_violators_into_a_non_decreasing_map() -> None:
    points = [(0.1, False), (0.2, True), (0.3, False), (0.6, True), (0.7, True)]
    knots = fit_ask.isotonic(points)
    assert [y for _x, y in knots] == sorted(y for _x, y in knots)
    assert knots[0] == (0.1, 0.0)
    assert knots[1] == (0.25, 0.5)  # 0.2 right and 0.3 wrong pooled: one half
    assert knots[-1][1] == 1.0


def test_the_confident_band_starts_where_the_answers_above_reach_the_precision() -> None:
    above = [(0.9 + i / 1000, True) for i in range(19)] + [(0.95, False)]  # 19 of 20: 0.95
    assert len(above) >= fit_ask.MIN_BAND
    below = [(0.5, True), (0.6, False)]
    assert fit_ask.confident_from(above + below) == 0.9  # the wrong 0.6 answer would pull it under
    assert fit_ask.confident_from([(0.7, False), (0.8, False)]) == 1.0  # no band at all


def test_a_band_is_trusted_only_once_it_holds_enough_answers() -> None:
    points = [(0.99, True)] * 5 + [(0.9 - i / 1000, i % 3 > 0) for i in range(fit_ask.MIN_BAND)]
    assert fit_ask.confident_from(points) == 1.0  # five right at the top, then one wrong in three
