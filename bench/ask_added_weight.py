"""Round 39: ranker inputs added to the shipped ranking one weight at a time, each weight chosen leave one set out.

A full refit (bench/fit_ask.py --write: ranker, calibration, gate, threshold and confident band on every group)
needs every group's rows; this measures what an added input does with everything else as shipped. The rows of
bench/collect_parts.py (fit_ask.collect) hold every candidate's members with all their features; each question is
decided as `ask` decides it — candidates ranked by the shipped ``RANKER`` plus ``weight × input`` for the inputs
added, the best one's confidence by the shipped ``CALIBRATION``, answered when the shipped ``GATE`` reaches
``LEARNED_THRESHOLD`` — so with every added weight 0 it reproduces the shipped decisions (checked per group).

For each held-out group the added weights are chosen on the other groups alone (the most right + cited among
``GRID``, ties to the smallest weights; coordinate ascent over the inputs, ``PASSES`` passes) and the group is then
decided with them: leave one set out. Printed per group: right + cited, top candidate right, unanswerable
abstained, wrong at >= 0.8, for the shipped tables and for the added inputs; and the weights chosen on every group.

    PYTHONPATH=src .venv/bin/python bench/ask_added_weight.py build/parts/v*.json --add kind_clash members_short
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fit_ask as F  # noqa: E402

from vitrina.qa.weights import CALIBRATION, GATE, LEARNED_THRESHOLD, RANKER  # noqa: E402

GRID = (-3.0, -2.0, -1.0, -0.5, -0.25, 0.0, 0.25, 0.5, 1.0, 2.0, 3.0)  # weights tried for each added input
PASSES = 2  # coordinate-ascent passes over the added inputs


def logistic(z: float) -> float:
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def decide(rows: list[dict], data: list[F.Arrays], w: np.ndarray, names: list[str]) -> list[F.Decision]:
    """Each question decided as `ask` decides it with ranker weights ``w`` and the shipped calibration and gate."""
    out: list[F.Decision] = []
    for r, d in zip(rows, data, strict=True):
        top = F.top_of(d, w)
        if top is None:
            out.append((r, None, False, None))
            continue
        member, shares = top
        features = F.members_of(r)[member]
        values = F.confidence_values(features, r["asks"], shares)
        p = logistic(linear(values, CALIBRATION))
        gate_in = {**values, **F.gate_values({}, F.top_log_score(r, d, w))}
        g = logistic(linear(gate_in, GATE))
        best = dict(zip(names, d[0][member].tolist(), strict=True))
        out.append((r, F.gated(p * F.unfilled(best), r.get("rule", 1.0)), bool(d[1][member]), g))
    return out


def linear(values: dict[str, float], table: dict[str, float]) -> float:
    return table.get("intercept", 0.0) + sum(c * values.get(n, 0.0) for n, c in table.items() if n != "intercept")


def figures(decided: list[F.Decision]) -> dict[str, int]:
    s = F.score(decided, LEARNED_THRESHOLD)
    un = sum(not r["answerable"] and r["id"] not in F.LABEL_CASES for r, _p, _ok, _g in decided)
    return {"correct": s["correct"], "top": sum(ok for r, _p, ok, _g in decided if r["answerable"]),
            "abstained": round(s["abstention"] * un), "unanswerable": un, "wrong08": s["wrong_confident"],
            "n": s["n"]}


class Groups:
    """The rows by group, their arrays, and each group's figures per weight vector (memoised)."""

    def __init__(self, rows: list[dict], names: list[str], added: Sequence[str]) -> None:
        self.names, self.added = names, list(added)
        self.by_group: dict[str, tuple[list[dict], list[F.Arrays]]] = {}
        for group in dict.fromkeys(r["group"] for r in rows):
            mine = [r for r in rows if r["group"] == group]
            self.by_group[group] = (mine, F.rank_arrays(mine, names))
        self.base = np.array([RANKER.get(n, 0.0) for n in names])
        self.memo: dict[tuple[str, tuple[float, ...]], dict[str, int]] = {}

    def vector(self, weights: Sequence[float]) -> np.ndarray:
        w = self.base.copy()
        for name, value in zip(self.added, weights, strict=True):
            w[self.names.index(name)] += value
        return w

    def figures(self, group: str, weights: Sequence[float]) -> dict[str, int]:
        key = (group, tuple(weights))
        if key not in self.memo:
            rows, data = self.by_group[group]
            self.memo[key] = figures(decide(rows, data, self.vector(weights), self.names))
        return self.memo[key]

    def total(self, groups: Sequence[str], weights: Sequence[float]) -> tuple[int, int]:
        per = [self.figures(g, weights) for g in groups]
        return sum(f["correct"] for f in per), -sum(f["wrong08"] for f in per)

    def choose(self, groups: Sequence[str]) -> list[float]:
        """The added weights most right + cited on ``groups`` (fewer wrong at >= 0.8, then smaller weights)."""
        weights = [0.0] * len(self.added)
        for _ in range(PASSES):
            for k in range(len(self.added)):
                def key(value: float, k: int = k) -> tuple[int, int, float]:
                    trial = [*weights[:k], value, *weights[k + 1:]]
                    right, wrong = self.total(groups, trial)
                    return right, wrong, -abs(value)
                weights[k] = max(GRID, key=key)
        return weights


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("parts", nargs="+", type=Path)
    parser.add_argument("--add", nargs="+", required=True, help="ranker inputs added (rank.PROPOSED, rank.STATEMENT)")
    args = parser.parse_args()
    rows = list(itertools.chain.from_iterable(json.loads(p.read_text(encoding="utf-8")) for p in args.parts))
    names = sorted(set(RANKER) | set(args.add))
    groups = Groups(rows, names, args.add)
    order = list(groups.by_group)
    print("group: shipped as it ran (right+cited) | shipped re-decided | added, weights chosen on the other groups")
    totals = {"ran": 0, "shipped": {}, "added": {}}
    for held in order:
        rows_g = groups.by_group[held][0]
        ran = sum(r["shown_right"] for r in rows_g)
        zero = groups.figures(held, [0.0] * len(args.add))
        weights = groups.choose([g for g in order if g != held])
        added = groups.figures(held, weights)
        totals["ran"] += ran
        for label, f in (("shipped", zero), ("added", added)):
            for k, v in f.items():
                totals[label][k] = totals[label].get(k, 0) + v
        print(f"  {held}: ran {ran} | shipped {zero['correct']} (top {zero['top']}, abstained {zero['abstained']}/"
              f"{zero['unanswerable']}, wrong>=0.8 {zero['wrong08']}) | added {added['correct']} (top {added['top']}, "
              f"abstained {added['abstained']}/{added['unanswerable']}, wrong>=0.8 {added['wrong08']}) weights "
              + ", ".join(f"{n} {w:+.2f}" for n, w in zip(args.add, weights, strict=True)), flush=True)
    print(f"all: ran {totals['ran']} | shipped {totals['shipped']} | added {totals['added']}")
    final = groups.choose(order)
    print("weights chosen on every group: " + ", ".join(f"{n} {w:+.2f}" for n, w in zip(args.add, final, strict=True)))


if __name__ == "__main__":
    main()
