"""Round 41: what tells a right first-ranked answer near the gate's threshold from a wrong one (and from an
unanswerable question's guess), among inputs the gate does not read yet.

Reads bench/ask_features.py's cache group by group (every pooled candidate with its best members' features), decides
each question as `ask` does with the shipped tables (bench/ask_added_weight.decide), and keeps the questions whose
first-ranked answer has a gate probability in ``--band`` (default 0.6–0.95, around LEARNED_THRESHOLD). Each is
*right* (the first answer right and cited), *wrong* (an answerable question, the first answer wrong) or
*unanswerable*. For every candidate input — each feature of the best member the gate does not read (the measured
ones of earlier rounds: rank.STATEMENT, PROPOSED, HOLDS, answerable.MEMBER, FRAME, argument_match …), the rivalry of
the pooled answers (answerable.RIVALRY) and the agreement values of qa/answerable.py (``agreement``: the pooled
answers that are the first one in other words, their documents, the lead over the first distinct rival) — it prints
the mean per class and two AUCs (the gate's own inputs too, marked), and over every question with an answer the drop
in deviance when the input is read beside logit(gate probability) — right against wrong, right against unanswerable
(the gate is fitted on the second pair: a wrong first answer is no row of its fit): right over wrong, right over unanswerable (0.5: no separation).

    PYTHONPATH=src .venv/bin/python bench/gate_near.py --group-db redteam37=build/rt37.db … [--revision REV]

``--revision``: read the rows cached under that code revision (ask_features prints it) instead of the current one —
rows collected before an edit that adds an input computed from what the rows already hold.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import ask_added_weight  # noqa: E402
import ask_features  # noqa: E402
import fit_ask as F  # noqa: E402

from vitrina.qa.weights import GATE, RANKER, RANKER_ADDED  # noqa: E402

CLASSES = ("right", "wrong", "unanswerable")


def auc(pos: list[float], neg: list[float]) -> float:
    """P(a positive's value > a negative's), ties half (Mann–Whitney)."""
    if not pos or not neg:
        return float("nan")
    a, b = np.array(pos)[:, None], np.array(neg)[None, :]
    return float(((a > b).sum() + 0.5 * (a == b).sum()) / (len(pos) * len(neg)))


def added_deviance(gate: list[float], values: list[float], labels: list[float]) -> float:
    """How much an input adds to the gate's own probability: the drop in deviance of a logistic regression of
    ``labels`` on logit(gate) when the input is read beside it (0: nothing beyond the gate)."""
    z = np.log(np.clip(gate, 1e-6, 1 - 1e-6)) - np.log(np.clip(1 - np.array(gate), 1e-6, 1))
    y = np.array(labels)

    def deviance(x: np.ndarray) -> float:
        w = F.fit_logistic(x, y, 1e-3)
        p = np.clip(1 / (1 + np.exp(-(w[0] + x @ w[1:]))), 1e-9, 1 - 1e-9)
        return float(-2 * (y * np.log(p) + (1 - y) * np.log(1 - p)).sum())

    v = np.array(values)
    v = (v - v.mean()) / (v.std() or 1.0)
    return deviance(z[:, None]) - deviance(np.column_stack([z, v]))


def candidate_inputs(row: dict, d: F.Arrays, w: np.ndarray) -> dict[str, float]:
    """Every value measured for the question's first answer that the gate might read."""
    top = F.top_of(d, w)
    assert top is not None
    member = F.members_of(row)[top[0]]
    values = {**F.confidence_values(member, row["asks"], top[1]), **F.rivalry_of(row, d, w, F.agreeing(row)),
              **F.agreement_of(row, d, w)}
    # the answer in the asked slot of a word aligned with the question's predicate, the question's participants in
    # that word's clause (frame_filled, rank.PROPOSED, reads them among the word's own arguments)
    values["frame_cover"] = member.get("clause_frame", 0.0) * max(member.get("in_slot", 0.0),
                                                                  member.get("role_slot", 0.0))
    return values


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache-dir", type=Path, default=F.ROOT / "build" / "ask_features")
    parser.add_argument("--db", type=Path, default=F.eval_ask.DEFAULT_DB)
    parser.add_argument("--group-db", nargs="*", default=[], metavar="GROUP=DB")
    parser.add_argument("--revision", help="the code revision whose cached rows to read (default: the current)")
    parser.add_argument("--band", type=float, nargs=2, default=(0.6, 0.95))
    parser.add_argument("--show", type=int, default=40, help="inputs printed, by right-over-wrong separation")
    parser.add_argument("--by", choices=("auc", "deviance"), default="auc",
                        help="order: the band's right-over-wrong AUC, or the deviance added against unanswerable")
    args = parser.parse_args()
    group_dbs = {g: Path(x) for g, _, x in (s.partition("=") for s in args.group_db)}
    cache = ask_features.Cache(args.cache_dir, revision=args.revision)
    names = sorted(set(RANKER) | set(RANKER_ADDED))
    w = np.array([RANKER.get(n, 0.0) + RANKER_ADDED.get(n, 0.0) for n in names])
    near: dict[str, list[dict[str, float]]] = {c: [] for c in CLASSES}
    every: dict[str, list[dict[str, float]]] = {c: [] for c in CLASSES}  # every question with an answer
    per_group: dict[str, dict[str, int]] = {}
    for group, (files, db) in ask_features.groups(group_dbs, args.db).items():
        if not cache.path(group, files, db).exists():
            print(f"  {group}: not cached, left out", flush=True)
            continue
        rows = cache.rows(group, files, db)
        data = F.rank_arrays(rows, names)
        counts = dict.fromkeys(CLASSES, 0)
        for (r, _p, ok, g), d in zip(ask_added_weight.decide(rows, data, w, names), data, strict=True):
            if g is None:
                continue
            kind = "unanswerable" if not r["answerable"] else "right" if ok else "wrong"
            every[kind].append({**candidate_inputs(r, d, w), "_gate": g})
            if args.band[0] <= g < args.band[1]:
                counts[kind] += 1
                near[kind].append(every[kind][-1])
        F.ARRAYS.clear()
        per_group[group] = counts
        print(f"  {group}: " + ", ".join(f"{k} {v}" for k, v in counts.items()), flush=True)
    print(f"\ngate probability in [{args.band[0]}, {args.band[1]}): "
          + ", ".join(f"{k} {len(v)}" for k, v in near.items()))
    above = {k: sum(x["_gate"] >= 0.892 for x in v) for k, v in near.items()}
    print("  of them at or above the threshold: " + ", ".join(f"{k} {v}" for k, v in above.items()))
    inputs = sorted({n for v in near.values() for x in v for n in x} - {"_gate"})
    table = []
    for n in inputs:
        vals = {k: [x.get(n, 0.0) for x in v] for k, v in near.items()}
        if len({round(x, 9) for v in vals.values() for x in v}) < 2:
            continue
        added = []
        for other in ("wrong", "unanswerable"):  # beside the gate, on every question with an answer
            pair = every["right"] + every[other]
            added.append(added_deviance([x["_gate"] for x in pair], [x.get(n, 0.0) for x in pair],
                                        [1.0] * len(every["right"]) + [0.0] * len(every[other])))
        table.append((n, auc(vals["right"], vals["wrong"]), auc(vals["right"], vals["unanswerable"]), *added,
                      *(float(np.mean(vals[k])) if vals[k] else float("nan") for k in CLASSES)))
    table.sort(key=lambda t: -abs(t[1] - 0.5) if args.by == "auc" else -t[4])
    print("\n(* the gate reads it already)")
    print(f"{'input':28} {'AUC r>w':>8} {'AUC r>u':>8} {'dev r/w':>8} {'dev r/u':>8} {'mean right':>11} {'wrong':>8}"
          f" {'unans.':>8}")
    for n, a_rw, a_ru, d_rw, d_ru, mr, mw, mu in table[:args.show]:
        print(f"{n + ('*' if n in GATE else ''):28} {a_rw:8.3f} {a_ru:8.3f} {d_rw:8.1f} {d_ru:8.1f} {mr:11.3f} "
              f"{mw:8.3f} {mu:8.3f}")
    print("\nthe gate's own probability: AUC r>w "
          f"{auc([x['_gate'] for x in near['right']], [x['_gate'] for x in near['wrong']]):.3f}, r>u "
          f"{auc([x['_gate'] for x in near['right']], [x['_gate'] for x in near['unanswerable']]):.3f}")


if __name__ == "__main__":
    main()
