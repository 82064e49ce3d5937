"""bench/collect_parts.py: which selection model a group is collected with (round 33)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
import collect_parts  # noqa: E402


def test_a_group_is_collected_with_the_model_fitted_without_it() -> None:
    models = {"v1": {"intercept": -1.0}, "v2": {"intercept": -2.0}}
    assert collect_parts.stage_model("v2", models, {"intercept": -9.0}) == {"intercept": -2.0}


def test_a_group_annotated_after_the_fit_falls_back_to_the_shipped_model() -> None:
    models = {"v1": {"intercept": -1.0}}
    assert collect_parts.stage_model("v7", models, {"intercept": -9.0}) == {"intercept": -9.0}
