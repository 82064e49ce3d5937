"""bench/ask_trees.py: a forest of regression trees read node by node and as arrays (round 51)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import ask_trees as trees  # noqa: E402

# Two trees of my own: the first splits on a candidate input, then on what the question asks; the second is a leaf.
FOREST = [
    [["kind_date", 0.5, 1, 2], [-0.5], ["asks_date", 0.5, 3, 4], [0.25], [1.0]],
    [[0.125]],
]


def test_a_missing_input_reads_zero() -> None:
    assert trees.score({}, {}, FOREST) == -0.375
    assert trees.score({"kind_date": 1.0}, {"asks_date": 1.0}, FOREST) == 1.125
    assert trees.score({"kind_date": 1.0}, {}, FOREST) == 0.375


def test_the_arrays_agree_with_the_nodes() -> None:
    rows = [{}, {"kind_date": 1.0}, {"kind_date": 0.7, "other": 3.0}]
    for asks in ({}, {"asks_date": 1.0}):
        expected = [trees.score(r, asks, FOREST) for r in rows]
        assert np.allclose(trees.Forest.of(FOREST).scores(rows, asks), expected)


def test_no_trees_add_nothing() -> None:
    assert trees.Forest.of([]).scores([{"kind_date": 1.0}], {}).tolist() == [0.0]


def test_the_shipped_forest_reads_only_inputs_ask_computes_before_ranking() -> None:
    """Every split of the shipped trees reads a ranker input (RANKER, RANKER_ADDED) or what the question asks: the
    features `ask` has computed when it ranks (a measured-only input would read 0 there)."""
    import json
    from importlib import resources

    from vitrina.qa.weights import RANKER, RANKER_ADDED

    path = resources.files("vitrina.data").joinpath(trees.TREES)
    if not path.is_file():
        return
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["generated"].startswith("bench/ask_boost.py")
    forest = trees.forest()
    assert len(forest.feature) == len(data["trees"])
    assert all(n in RANKER or n in RANKER_ADDED or n.startswith("asks_") for n in forest.inputs)
