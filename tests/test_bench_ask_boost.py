"""bench/ask_boost.py: boosted trees over the linear ranking score, fitted and read back (round 51)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
import ask_boost as B  # noqa: E402
import ask_trees as trees  # noqa: E402


def members(questions: int = 40) -> B.Members:
    """Invented questions of two candidates, one member each: input 0 says which is right, but only when the
    question asks a date (input 1, the same for both candidates, two questions in three); otherwise input 0 points at the wrong one — a
    crossing a linear score over one question's candidates cannot form."""
    xs, ys = [], []
    for q in range(questions):
        asks_date = float(q % 3 != 0)  # two questions in three ask a date
        for right in (True, False):
            marked = float(right) if asks_date else float(not right)
            xs.append([marked, asks_date])
            ys.append(right)
    n = 2 * questions
    return B.Members(np.array(xs, dtype=np.float32), np.zeros(n), np.array(ys), np.arange(n), np.zeros(n),
                     np.repeat(np.arange(questions), 2), np.arange(0, n + 1, 2), np.arange(0, n + 1, 2))


def test_gradients_vanish_on_a_decided_question_and_push_the_right_candidate_up() -> None:
    m = members(2)
    rows, g, h, loss = B.gradients(m, np.zeros(4))
    assert len(rows) == 4 and np.isclose(loss, 2 * np.log(2))
    assert (g[m.y[rows]] < 0).all() and (g[~m.y[rows]] > 0).all() and (h > 0).all()


def test_boosting_learns_the_crossing_and_the_runtime_reads_the_same_trees() -> None:
    m = members()
    forest = B.boost(m, depth=2, trees=30, rate=0.3)
    s = B.scores(m, forest)
    assert B.gradients(m, s)[3] < 0.2 * B.gradients(m, m.offset)[3]
    named = [[n if len(n) == 1 else [["marked", "asks_date"][n[0]], n[1], n[2], n[3]] for n in t] for t in forest]
    for k, (marked, asks_date) in enumerate(m.x.tolist()):
        assert np.isclose(trees.score({"marked": marked}, {"asks_date": asks_date}, named), s[k])
    for asks_date in (0.0, 1.0):  # the runtime's arrays, every candidate of a question at once
        rows = [{"marked": marked} for marked, a in m.x.tolist() if a == asks_date]
        expected = [v for v, (_m, a) in zip(s.tolist(), m.x.tolist(), strict=True) if a == asks_date]
        assert np.allclose(trees.Forest.of(named).scores(rows, {"asks_date": asks_date}), expected)



def test_bin_edges_split_between_distinct_values() -> None:
    x = np.array([[0.0], [0.0], [1.0], [3.0]], dtype=np.float32)
    edges = B.bin_edges(x)
    assert edges[0].tolist() == [0.5, 2.0]
    assert B.binned(x, edges)[:, 0].tolist() == [0, 0, 1, 2]
