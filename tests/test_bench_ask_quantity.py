"""bench/ask_quantity.py: quantity questions picked by their form, and a gate weight replayed from the two runs."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
import ask_quantity  # noqa: E402


def test_the_form_picks_amounts_and_measures() -> None:
    assert ask_quantity.FORM.search("How far did the drovers walk?")
    assert ask_quantity.FORM.search("What share of the catch went to the abbey?")
    assert not ask_quantity.FORM.search("Who rebuilt the mill?")


def _row(gate: float, stated: float) -> dict:
    return {"set": "ask_v1", "gold": "40", "gate": gate, "stated": stated, "features": {"quantity_agrees": stated},
            "a": {"shown": None, "ok": False, "confidence": 0.4},
            "b": {"shown": "40 masons", "ok": True, "confidence": 0.4}}


def test_a_weight_lets_through_what_its_log_odds_lift_over_the_threshold() -> None:
    row = _row(0.8, 1.0)  # logit 1.39; 0.888 needs 2.07
    assert ask_quantity.decided(row, 0.5, 0.888)["shown"] is None
    assert ask_quantity.decided(row, 1.0, 0.888)["shown"] == "40 masons"


def test_without_the_input_the_first_run_decides() -> None:
    assert ask_quantity.decided(_row(0.8, 0.0), 5.0, 0.888)["shown"] is None


def test_the_tally_counts_right_abstained_and_confident_wrong() -> None:
    rows = [_row(0.8, 1.0), {**_row(0.8, 1.0), "gold": None, "b": {"shown": "9", "ok": False, "confidence": 0.85}}]
    tally = ask_quantity.tally(rows, 1.0, 0.888)
    assert (tally["right"], tally["abstained"], tally["wrong_08"]) == (1, 0, 1)
