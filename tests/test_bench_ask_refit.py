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
