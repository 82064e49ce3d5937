"""Boosted regression trees added to the ranker's linear score (round 51).

The linear ranker (``RANKER`` in qa/weights.py) cannot cross what a question asks with what a candidate is: what a
question asks is the same for all its candidates, so a linear softmax over them ignores it. bench/ask_boost.py fits
regression trees by gradient boosting on the same member rows, starting from the linear score, and writes them to
``data/ask_ranker_trees.json`` (a generated file: its ``generated`` entry names the script, groups and revision).
Each tree is a list of nodes, node 0 its root: ``[input, threshold, left, right]`` (the input's value ``<=``
threshold goes left; an input the candidate lacks reads 0) or ``[value]`` for a leaf. Without the file the sum is 0.

A question has a few hundred candidates, so the forest is evaluated for all of them at once with numpy (``Forest``):
every tree's nodes in padded arrays, a leaf pointing to itself, one step per level for every candidate and tree.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np

TREES = "ask_ranker_trees.json"

Node = Sequence[object]


@dataclass(frozen=True)
class Forest:
    """Trees as arrays (trees × nodes): each node's input (a column of ``inputs``), threshold, children and value."""

    inputs: tuple[str, ...]
    feature: np.ndarray
    threshold: np.ndarray
    left: np.ndarray
    right: np.ndarray
    value: np.ndarray
    depth: int

    @classmethod
    def of(cls, trees: Sequence[Sequence[Node]]) -> Forest:
        inputs = tuple(sorted({str(n[0]) for t in trees for n in t if len(n) == 4}))
        col = {name: k for k, name in enumerate(inputs)}
        width = max((len(t) for t in trees), default=1)
        shape = (len(trees), width)
        feature, left, right = np.zeros(shape, int), np.zeros(shape, int), np.zeros(shape, int)
        threshold, value = np.zeros(shape), np.zeros(shape)
        for i, tree in enumerate(trees):
            for j, node in enumerate(tree):
                if len(node) == 4:
                    feature[i, j], threshold[i, j] = col[str(node[0])], float(node[1])  # type: ignore[arg-type]
                    left[i, j], right[i, j] = int(node[2]), int(node[3])  # type: ignore[call-overload]
                else:
                    left[i, j] = right[i, j] = j  # a leaf stays where it is
                    value[i, j] = float(node[0])  # type: ignore[arg-type]
        return cls(inputs, feature, threshold, left, right, value, max((_depth(t) for t in trees), default=0))

    def scores(self, rows: Sequence[Mapping[str, float]], asks: Mapping[str, float]) -> np.ndarray:
        """The trees' sum for each candidate's features ``rows`` under the question's ``asks``."""
        if not len(self.feature) or not rows:
            return np.zeros(len(rows))
        x = np.array([[r.get(n, asks.get(n, 0.0)) for n in self.inputs] for r in rows]).reshape(len(rows), -1)
        trees = np.arange(len(self.feature))[None, :]
        node = np.zeros((len(rows), len(self.feature)), int)
        cands = np.arange(len(rows))[:, None]
        for _ in range(self.depth):
            goes_left = x[cands, self.feature[trees, node]] <= self.threshold[trees, node]
            node = np.where(goes_left, self.left[trees, node], self.right[trees, node])
        return self.value[trees, node].sum(axis=1)


def _depth(tree: Sequence[Node], at: int = 0) -> int:
    node = tree[at]
    if len(node) != 4:
        return 0
    return 1 + max(_depth(tree, int(node[2])), _depth(tree, int(node[3])))  # type: ignore[call-overload]


@lru_cache(maxsize=1)
def forest() -> Forest:
    """The shipped trees (none when the data file is absent)."""
    path = resources.files("vitrina.data").joinpath(TREES)
    if not path.is_file():
        return Forest.of([])
    return Forest.of(json.loads(path.read_text(encoding="utf-8"))["trees"])


def tree_value(tree: Sequence[Node], values: Mapping[str, float], asks: Mapping[str, float]) -> float:
    """One tree's leaf value for a candidate's features ``values`` and the question's ``asks`` (node by node)."""
    node = tree[0]
    while len(node) == 4:
        name, cut, left, right = node
        value = values.get(str(name), asks.get(str(name), 0.0))
        node = tree[int(left) if value <= float(cut) else int(right)]  # type: ignore[call-overload,arg-type]
    return float(node[0])  # type: ignore[arg-type]


def score(values: Mapping[str, float], asks: Mapping[str, float], trees: Sequence[Sequence[Node]]) -> float:
    """The trees' sum for one candidate, node by node (the reference ``Forest.scores`` agrees with)."""
    return sum(tree_value(t, values, asks) for t in trees)
