"""bench/forward_report.py: a forward split's figures, from an invented result."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
import forward_report  # noqa: E402


def _fold(decided: list) -> dict:
    return {"correct": 1, "n": len(decided), "top": 1, "abstained": 1, "unanswerable": 1, "wrong08": 1,
            "decided": decided}


def test_a_confident_wrong_answer_counts_only_when_shown() -> None:
    decided = [("a", 0.99, False, 0.95, True),  # shown (gate above the threshold), confident, wrong
               ("b", 0.99, False, 0.50, True),  # withheld by the gate
               ("c", 0.99, True, 0.95, True),  # shown and right
               ("d", 0.30, False, 0.95, False)]  # shown, not confident
    assert forward_report.shown_wrong(_fold(decided), 0.9) == 1
    assert forward_report.shown_wrong(_fold(decided), 0.96) == 0


def test_one_line_per_group_and_one_pooled_at_each_threshold() -> None:
    fold = _fold([("a", 0.99, True, 0.95, True)])
    result = {"threshold": 0.9, "chosen": 0.8, "fixed": {"g1": fold, "g2": fold}, "at_chosen": {"g1": fold}}
    out = forward_report.lines("x", result)
    assert len(out) == 5
    assert out[2].startswith("x all at 0.900 (fixed): correct 2 top 2")
    assert out[4].startswith("x all at 0.800 (at_chosen): correct 1")
