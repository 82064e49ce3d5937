"""Round 58 askfirst58: the shipped ranker moved toward the fresh sets, each set held out in turn.

Reads the part files of bench/collect_parts.py (every candidate's members with their features). The ranker `ask`
uses is ``RANKER + RANKER_ADDED`` (qa/weights.py); a full refit (bench/fit_ask.py) starts from zero and lost out of
family in rounds 42-44. Here the fit starts from the shipped weights and penalises the *change* (L2 ``--l2`` on
``w - w_shipped``), with fit_ask's objective (log softmax mass on the right candidates, each as its best member):
for each held-out group the change is fitted on the other groups alone, then the group is decided as `ask` decides it
(shipped calibration, gate and threshold: bench/ask_added_weight.decide). Printed per group and penalty: right +
cited, top candidate right, unanswerable abstained, wrong at >= 0.8, wrong shown, before (shipped, re-decided) and
after.

``--only PREFIX …`` lets only the inputs whose names start so move (the rest stay shipped); ``--cross INPUT …`` adds
inputs "what the question asks x what the candidate is" (``asks_E*INPUT`` for every asked kind E of
rank.question_features): a linear softmax cannot otherwise let one input count one way for "who" and another for
"how many" (round 51's trees did it non-linearly).

    PYTHONPATH=src .venv/bin/python bench/ask_first_refit.py build/parts/v*.json --l2 30 100 300
    PYTHONPATH=src .venv/bin/python bench/ask_first_refit.py PARTS --l2 100 --cross agrees kind_span
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import ask_added_weight as A  # noqa: E402
import fit_ask as F  # noqa: E402

from vitrina.qa.weights import RANKER, RANKER_ADDED  # noqa: E402

STEPS = 300  # Adam steps of the change
RATE = 0.05  # Adam step size (the change starts at 0: smaller steps than fit_ask's from-zero fit)


def shipped_weights(names: Sequence[str]) -> np.ndarray:
    """The weights `ask` ranks by: the fitted RANKER plus the hand-weighed RANKER_ADDED."""
    return np.array([RANKER.get(n, 0.0) + RANKER_ADDED.get(n, 0.0) for n in names])


def cross_name(asked: str, feature: str) -> str:
    return f"{asked}*{feature}"


def add_crosses(rows: list[dict], features: Sequence[str]) -> list[str]:
    """Give every member the inputs ``asks_E*F`` (the question's asks_E times the member's F); their names."""
    made: set[str] = set()
    for r in rows:
        asked = {k: v for k, v in r["asks"].items() if v}
        for c in r["candidates"]:
            for m in c["members"]:
                for a, v in asked.items():
                    for f in features:
                        if m.get(f):
                            m[cross_name(a, f)] = v * m[f]
                            made.add(cross_name(a, f))
    return sorted(made)


def fit_change(data: list[F.Arrays], base: np.ndarray, movable: np.ndarray, l2: float) -> np.ndarray:
    """The ranker ``base + change`` maximising the log softmax mass on the right candidates, L2 on the change,
    only the ``movable`` inputs changing (Adam, as fit_ask.fit_ranker)."""
    usable = [d for d in data if len(d[3]) > 1 and d[1].any()]
    change = np.zeros(len(base))
    if not usable:
        return base
    stacked = F.Stacked(usable)
    m = np.zeros(len(base))
    v = np.zeros(len(base))
    for step in range(1, STEPS + 1):
        grad = (l2 * change + stacked.gradient(base + change)) / len(usable) * movable
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        change -= RATE * (m / (1 - 0.9 ** step)) / (np.sqrt(v / (1 - 0.999 ** step)) + 1e-8)
    return base + change


def figures(rows: list[dict], data: list[F.Arrays], w: np.ndarray, names: list[str]) -> dict[str, int]:
    decided = A.decide(rows, data, w, names)
    out = A.figures(decided)
    out["shown_wrong"] = F.score(decided, A.LEARNED_THRESHOLD)["wrong_shown"]
    return out


def line(f: dict[str, int]) -> str:
    return (f"{f['correct']} / top {f['top']} / abst {f['abstained']}/{f['unanswerable']} / w08 {f['wrong08']}"
            f" / wrong shown {f['shown_wrong']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("parts", nargs="+", type=Path)
    parser.add_argument("--l2", nargs="+", type=float, default=[100.0], help="penalties on the change")
    parser.add_argument("--only", nargs="*", default=[], help="only inputs starting so move")
    parser.add_argument("--cross", nargs="*", default=[], help="inputs crossed with what the question asks")
    parser.add_argument("--show", type=int, default=12, help="largest changes printed (fit on every group)")
    args = parser.parse_args()
    rows = list(itertools.chain.from_iterable(json.loads(p.read_text(encoding="utf-8")) for p in args.parts))
    crosses = add_crosses(rows, args.cross)
    names = sorted(set(RANKER) | set(RANKER_ADDED) | set(crosses))
    base = shipped_weights(names)
    movable = np.array([float(not args.only or any(n.startswith(p) for p in args.only) or n in crosses)
                        for n in names])
    groups = {g: [r for r in rows if r["group"] == g] for g in dict.fromkeys(r["group"] for r in rows)}
    data = {g: F.rank_arrays(rs, names) for g, rs in groups.items()}
    for l2 in args.l2:
        total_before: dict[str, int] = {}
        total_after: dict[str, int] = {}
        gains = losses = 0
        print(f"l2 {l2}: group: shipped (re-decided) -> held out", flush=True)
        for held in groups:
            train = [d for g in groups if g != held for d in data[g]]
            w = fit_change(train, base, movable, l2)
            before = figures(groups[held], data[held], base, names)
            after = figures(groups[held], data[held], w, names)
            gains += after["correct"] > before["correct"]
            losses += after["correct"] < before["correct"]
            for total, f in ((total_before, before), (total_after, after)):
                for k, v in f.items():
                    total[k] = total.get(k, 0) + v
            print(f"  {held}: {line(before)} -> {line(after)}", flush=True)
        print(f"  all: {line(total_before)} -> {line(total_after)}; groups up {gains}, down {losses}", flush=True)
        w = fit_change([d for g in groups for d in data[g]], base, movable, l2)
        order = np.argsort(-np.abs(w - base))[:args.show]
        print("  largest changes fitted on every group: " + ", ".join(
            f"{names[i]} {base[i]:+.2f}->{w[i]:+.2f}" for i in order), flush=True)


if __name__ == "__main__":
    main()
