"""bench/ask_refit.py: the threshold chosen per group family, and one group's figures (round 40)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
import ask_refit  # noqa: E402


def row(group: str, ident: str, answerable: bool) -> dict:
    return {"group": group, "id": ident, "answerable": answerable}


def folds() -> dict:
    """Two tuning groups: a right answer at gate 0.70, an unanswerable question at 0.60 (one group) and 0.30."""
    return {
        "v1": [(row("v1", "a", True), 0.9, True, 0.70), (row("v1", "u", False), 0.5, False, 0.60)],
        "v2": [(row("v2", "a", True), 0.9, True, 0.75), (row("v2", "u", False), 0.5, False, 0.30)],
    }


def test_the_threshold_makes_the_family_abstain_and_keeps_the_most_right() -> None:
    grid = ask_refit.Grid(folds())
    chosen = grid.choose(["v1", "v2"])
    assert 0.60 < chosen <= 0.70  # both unanswerable withheld, both right answers shown
    assert ask_refit.figures(folds()["v1"], chosen) == {"right": 1, "withheld": 0, "wrong08": 0, "abstained": 1,
                                                        "unanswerable": 1, "n": 2}


def test_red_teams_and_tuning_sets_are_apart() -> None:
    assert ask_refit.family("redteam39") == "redteam"
    assert ask_refit.family("v12") == ask_refit.family("dev") == "sets"


def test_a_withheld_right_answer_is_counted() -> None:
    assert ask_refit.figures(folds()["v2"], 0.8) == {"right": 0, "withheld": 1, "wrong08": 0, "abstained": 1,
                                                     "unanswerable": 1, "n": 2}


def test_a_shippedcal_variant_keeps_the_shipped_calibration_and_refits_the_gate() -> None:
    import numpy as np

    from vitrina.qa.weights import CALIBRATION

    cnames = ["coverage"]
    rows = [{**row(g, f"{g}{i}", i != 2), "rule": 1.0} for g in ("v1", "v2") for i in range(3)]
    x = np.array([[0.9], [0.8], [0.2], [0.85], [0.7], [0.3]])
    y = np.array([1.0, 1.0, 0.0, 1.0, 0.0, 0.0])
    inputs = (rows, x, x.copy(), y, list(range(6)), [1.0] * 6)
    folds, model = ask_refit.shipped_ranker_folds(inputs, ["v1", "v2"], cnames, "t", keep_calibration=True)
    z = CALIBRATION.get("intercept", 0.0) + CALIBRATION.get("coverage", 0.0) * 0.9
    assert abs(folds["v1"][0][1] - 1 / (1 + np.exp(-z))) < 1e-9  # the shipped calibration's probability
    assert model.calibration.tolist() == [CALIBRATION.get("intercept", 0.0), CALIBRATION.get("coverage", 0.0)]
    refitted, _ = ask_refit.shipped_ranker_folds(inputs, ["v1", "v2"], cnames, "t")
    assert refitted["v1"][0][1] != folds["v1"][0][1]
    assert folds["v1"][0][3] == refitted["v1"][0][3]  # the gate is fitted alike either way


def test_fit_added_fits_the_added_input_beside_fixed_log_odds() -> None:
    import numpy as np

    # rows the fixed terms put at even odds; the added input is 1 on the right ones alone: its weight comes out
    # positive, and without it (an empty column set) nothing is fitted
    x = np.array([[1.0], [1.0], [0.0], [0.0], [1.0], [0.0]])
    y = np.array([1.0, 1.0, 0.0, 1.0, 1.0, 0.0])
    w = ask_refit.fit_added(x, y, np.zeros(6), 1.0)
    assert w.shape == (1,) and w[0] > 0.5
    assert ask_refit.fit_added(x[:, :0], y, np.zeros(6), 1.0).shape == (0,)


def test_a_shippedgate_variant_keeps_the_shipped_gate_and_fits_only_the_added_input() -> None:
    import fit_ask as F
    import numpy as np

    from vitrina.qa.weights import GATE

    cnames = ["coverage"]
    rows = [{**row(g, f"{g}{i}", i != 2), "rule": 1.0} for g in ("v1", "v2") for i in range(3)]
    x = np.array([[0.9], [0.8], [0.2], [0.85], [0.7], [0.3]])
    xg = np.hstack([x, np.array([[1.0], [0.0], [0.0], [1.0], [0.0], [0.0]])])  # the added input: "record"
    y = np.array([1.0, 1.0, 0.0, 1.0, 0.0, 0.0])
    inputs = (rows, x, xg, y, list(range(6)), [1.0] * 6)
    extra = F.GATE_EXTRA[:]
    F.GATE_EXTRA[:] = ["record"]
    try:
        _folds, model = ask_refit.shipped_ranker_folds(inputs, ["v1", "v2"], cnames, "t", keep_calibration=True,
                                                       keep_gate=True)
    finally:
        F.GATE_EXTRA[:] = extra
    assert model.gate[:2].tolist() == [GATE.get("intercept", 0.0), GATE.get("coverage", 0.0)]
    assert model.gate[2] > 0  # the added input is 1 on right answers alone


def test_aim_added_takes_a_coefficient_that_answers_right_and_keeps_each_group_abstaining() -> None:
    import math

    import numpy as np

    from vitrina.qa.weights import LEARNED_THRESHOLD

    cut = math.log(LEARNED_THRESHOLD / (1 - LEARNED_THRESHOLD))
    # four questions just under the threshold: two right answers with the input, two unanswerable without it
    offset = np.full(4, cut - 0.5)
    x = np.array([[1.0], [1.0], [0.0], [0.0]])
    right = np.array([1.0, 1.0, 0.0, 0.0])
    unanswerable = np.array([False, False, True, True])
    groups = np.array(["v1", "v2", "v1", "v2"])
    w = ask_refit.aim_added(x, offset, right, unanswerable, groups)
    assert 0.5 <= w[0] <= 1.0  # the smallest coefficient of the grid that lifts both right answers over the threshold
    # an input the unanswerable questions share too: lifting them would cost a group's abstention, so it stays 0
    shared = np.array([[1.0], [1.0], [1.0], [1.0]])
    assert ask_refit.aim_added(shared, offset, right, unanswerable, groups).tolist() == [0.0]
