"""bench/ask_shown.py: the first ranked candidate is named by the text shown for it, and the summary counts
answered right, wrong spans, abstentions and confident wrong answers."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
import ask_shown  # noqa: E402


def test_the_first_candidate_takes_the_text_shown_for_it() -> None:
    result = {"answer": None, "ranked": [{"text": "the Old Pact, which bound the towns"}, {"text": "the towns"}]}
    shown = ask_shown._shown_first(result, {"the Old Pact": "the Old Pact, which bound the towns"})
    assert [r["text"] for r in shown["ranked"]] == ["the Old Pact", "the towns"]
    assert result["ranked"][0]["text"] == "the Old Pact, which bound the towns"  # the run's own result is kept


def test_the_summary_counts_outcomes_abstentions_and_confident_wrong_answers() -> None:
    rows = [{"answer": "a", "shown": "a", "ok": True, "confidence": 0.9, "outcome": "right"},
            {"answer": "b", "shown": "c", "ok": False, "confidence": 0.85, "outcome": "b wrong span"},
            {"answer": None, "shown": None, "ok": True, "confidence": 0.1}]
    line = ask_shown.summary(rows)
    assert line.startswith("answered right 1/2; b wrong span 1; unanswerable abstained 1/1; right + cited 2/3")
    assert "wrong at >= 0.8 1" in line
