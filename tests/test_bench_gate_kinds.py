"""bench/gate_kinds.py and bench/forward_gate.py's per-kind gate inputs, on invented values."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
import forward_gate  # noqa: E402
import gate_kinds  # noqa: E402


def test_auc_counts_pairs_and_halves_ties() -> None:
    assert gate_kinds.auc([0.9, 0.8], [0.1, 0.2]) == 1.0
    assert gate_kinds.auc([0.5], [0.5]) == 0.5
    assert gate_kinds.auc([0.1], [0.9, 0.05]) == 0.5


def test_a_question_asks_one_factoid_kind_or_other() -> None:
    assert forward_gate.asked_kind({"asks": {"asks_quantity": 1.0, "asks_plural": 1.0}}) == "quantity"
    assert forward_gate.asked_kind({"asks": {"asks_sentence": 1.0}}) == "other"


def test_an_interaction_is_the_input_times_the_asked_kind() -> None:
    model = forward_gate.GateModel.__new__(forward_gate.GateModel)
    model.cnames, model.gnames = ["share", "asks_quantity"], ["share", "asks_quantity", "share_for_quantity"]
    x = np.array([[0.7, 1.0], [0.6, 0.0]])
    got = model.gate_matrix([{}, {}], [None, None], x, [0, 1])
    assert got[:, 2].tolist() == [0.7, 0.0]
