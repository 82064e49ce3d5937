"""bench/select_stage.py: the stage's fit in raw coefficients and what its best sentences add, on invented data."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
import select_stage  # noqa: E402

from vitrina.qa import select  # noqa: E402


def _question(group: str, rng: np.random.Generator) -> dict:
    rows = []
    for k in range(8):
        x = rng.normal(size=len(select.FEATURES)).round(3).tolist()
        x[select.FEATURES.index("cosine")] = 2.0 if k == 5 else 0.0  # the cosine marks the stating sentence
        rows.append({"id": 10 + k, "label": int(k == 5), "hit": int(k < 4), "x": x})
    return {"group": group, "gold": [15], "pool": [10, 11], "rows": rows,
            "X": np.array([r["x"] for r in rows]), "Y": np.array([float(r["label"]) for r in rows])}


def test_the_raw_coefficients_score_as_the_standardised_fit() -> None:
    rng = np.random.default_rng(0)
    questions = [_question(g, rng) for g in ("a", "b") for _ in range(10)]
    model = select_stage.fitted(questions)
    assert set(model) == {"intercept", *select.FEATURES}
    row = dict(zip(select.FEATURES, questions[0]["rows"][5]["x"], strict=True))
    other = dict(zip(select.FEATURES, questions[0]["rows"][6]["x"], strict=True))
    assert select.score(row, model) > select.score(other, model)  # the table as `ask` reads it


def test_the_best_outside_the_pool_reach_the_stating_sentence() -> None:
    rng = np.random.default_rng(1)
    questions = [_question(g, rng) for g in ("a", "b") for _ in range(10)]
    tally = select_stage.tally(questions[0], select_stage.fitted(questions[1:]))
    assert tally["today"] == 0 and tally["add2"] == 1 and tally["from dense"] == 1  # not a first-look hit
