"""bench/rows_outcomes.py: what `ask` answered, counted from invented collect rows."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
import rows_outcomes  # noqa: E402


def _row(qid: str, answerable: bool, shown: str | None, right: bool, confidence: float, reached: bool) -> dict:
    return {"id": qid, "answerable": answerable, "shown": shown, "shown_right": right, "confidence": confidence,
            "candidates": [{"right_members": [False, reached]}]}


def test_abstaining_on_an_unanswerable_question_counts_as_right_and_a_confident_wrong_answer_is_counted() -> None:
    rows = [_row("a", True, "the harbour master", True, 0.6, True),
            _row("b", True, "a ferry", False, 0.85, True),
            _row("c", True, None, False, 0.2, False),
            _row("d", False, None, True, 0.1, False),
            _row("e", False, "a lighthouse", False, 0.5, False)]
    counts = rows_outcomes.outcomes(rows)
    assert counts == {"right_cited": 2, "n": 5, "answered_right": 1, "answerable": 3, "reached": 2,
                      "unanswerable": 2, "abstained": 1, "wrong08": 1}
