"""bench/ask_changed.py: a variant's setting read from the command line, and the figures of dump records."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
import ask_changed  # noqa: E402

from vitrina.qa import weights  # noqa: E402


def test_a_setting_names_a_key_of_a_weights_table() -> None:
    table, key, value = ask_changed.setting("RETRIEVAL.sections=4")
    assert table is weights.RETRIEVAL and key == "sections" and value == 4.0
    with pytest.raises(SystemExit):
        ask_changed.setting("RETRIEVAL.no_such_key=1")


def test_figures_count_what_ask_classes_prints() -> None:
    rows = [
        {"class": "", "ok": True, "shown": "X", "confidence": 0.9},  # right, stating sentence first
        {"class": "not examined", "ok": False, "shown": "Y", "confidence": 0.85},  # wrong and confident
        {"class": "other sentence", "ok": True, "shown": None, "confidence": 0.3},  # withheld: no answer shown
        {"class": "unanswerable", "ok": True, "shown": None, "confidence": 0.2},
        {"class": "unanswerable", "ok": False, "shown": "Z", "confidence": 0.6},
    ]
    f = ask_changed.figures(rows)
    assert f["right_cited"] == 3 and f["answered_right"] == 1 and f["answerable"] == 3
    assert f["abstained"] == 1 and f["unanswerable"] == 2
    assert f["examined"] == 2 and f["top1"] == 1 and f["not_examined"] == 1 and f["confident_wrong"] == 1
