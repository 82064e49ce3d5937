"""bench/gate_census.py: the AUC it reports and the asked kind it files a question under (round 45)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import gate_census  # noqa: E402


def test_auc_counts_ties_half() -> None:
    assert gate_census.auc([1.0, 1.0], [0.0, 0.0]) == 1.0
    assert gate_census.auc([0.5], [0.5]) == 0.5
    assert gate_census.auc([0.0, 1.0], [0.5]) == 0.5


def test_a_question_is_filed_under_the_kind_it_asks() -> None:
    assert gate_census.asked({"asks": {"asks_plural": 1.0, "asks_quantity": 1.0}}) == "quantity"
    assert gate_census.asked({"asks": {"asks_negated": 1.0}}) == "other"
