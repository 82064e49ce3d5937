"""bench/fit_geo.py: replaying the geocoder's floor and margin, and the leave-one-set-out choice."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import fit_geo  # noqa: E402
from fit_geo import Record  # noqa: E402


def test_a_decision_is_mapped_from_the_floor_on_and_only_with_the_margin() -> None:
    recs = [Record("a", "Town", [8.0, 6.0], [True, False]),  # clear winner
            Record("a", "Twin", [8.0, 7.5], [False, True]),  # too close to its runner-up
            Record("a", "Hamlet", [7.0], [True]),  # under the floor
            Record("a", "Word", [9.0], None)]  # an annotated non-place
    got = fit_geo.replay(recs, floor=7.5, margin=1.0)["a"]
    assert (got.right, got.wrong, got.nonplaces) == (1, 0, 1)
    looser = fit_geo.replay(recs, floor=6.5, margin=0.0)["a"]
    assert (looser.right, looser.wrong, looser.nonplaces) == (2, 1, 1)


def test_each_set_is_scored_with_thresholds_chosen_on_the_others() -> None:
    # sets a and b reward a strict floor (their weak decisions are wrong); set c alone would
    # reward a loose one: left out, c is scored with the floor its two neighbours choose
    recs = [Record(s, "Weak", [6.6], [False]) for s in ("a", "b")]
    recs += [Record(s, "Sure", [9.5], [True]) for s in ("a", "b", "c")]
    recs += [Record("c", "Weak", [6.6], [True])]
    chosen = fit_geo.leave_one_set_out(recs, ["a", "b", "c"], cost=4)
    (floor, _margin), tally = chosen["c"]
    assert floor > 6.6
    assert (tally.right, tally.wrong) == (1, 0)


def test_the_namesake_of_a_feature_is_the_word_beside_its_feature_noun() -> None:
    assert fit_geo._eponym("Ardmore Bay") == "Ardmore"
    assert fit_geo._eponym("Strait of Kelby") == "Kelby"
    assert fit_geo._eponym("Kelby") is None
