"""Round 51: a non-linear ranker for `vitrina ask` — gradient-boosted trees over the shipped linear score, held out
by family.

The shipped ranker is linear (qa/weights.py RANKER + RANKER_ADDED, a softmax over one question's candidates, each
candidate scored as its best member). A linear score cannot cross what a question asks (constant within a question,
so the softmax ignores it) with what a candidate is, nor let one input count only when another holds. This fits
regression trees on the same member rows (bench/ask_features.py → bench/ask_rankfit.py's arrays) by gradient
boosting the same objective (LambdaMART's scheme with the listwise softmax loss of fit_ask.fit_ranker): the shipped
linear score is the starting point (offset), each tree adds a step fitted by Newton's rule to the gradient and
hessian of minus the log softmax mass on the right candidates, taken at each candidate's best member. The trees read
the shipped ranker's inputs and the question's ``asks_*`` values (rank.question_features), so a split can cross the
asked kind with the candidate's kind, form or role.

Folds hold out whole families (``FAMILIES``); the family that decides shipping is the newest fresh sets (ask_v48–v51),
fitted on every other group. Each held-out group is decided by the shipped calibration, gate and threshold over the
new scores (fit_ask's rule, as bench/ask_rankfit.decide); "before" is the shipped tables on the same arrays.

    PYTHONPATH=src .venv/bin/python bench/ask_boost.py --cache-dir build/ask_features --revision-root /tmp/base \\
        --grid 3:60:0.1 3:120:0.1 [--write 3:120:0.1]
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import ask_features  # noqa: E402
import ask_rankfit as R  # noqa: E402
import ask_refit  # noqa: E402
import fit_ask as F  # noqa: E402

from vitrina.qa.weights import CALIBRATION, GATE, LEARNED_THRESHOLD, RANKER, RANKER_ADDED, RETRIEVAL  # noqa: E402

# Families held out together: (name, first set, last set) by ask_vN's N (dev counts as 0). ask_v48–v51 are the
# newest fresh sets: the family that decides shipping.
FAMILIES = (("dev-v12", 0, 12), ("v13-v25", 13, 25), ("v26-v33", 26, 33), ("v34-v47", 34, 47), ("v48-v51", 48, 51))
DECIDING = "v48-v51"
BINS = 32  # most split points tried per input (quantiles of its values)
LAMBDA = 1.0  # L2 penalty of a leaf's value (Newton step -G / (H + LAMBDA))
MIN_HESSIAN = 1.0  # least summed hessian on either side of a split
TREES_FILE = F.ROOT / "src" / "vitrina" / "data" / "ask_ranker_trees.json"


def variant(spec: str) -> tuple[int, int, float, float]:
    """DEPTH:TREES:RATE[:LEAST] (LEAST: the least summed hessian on either side of a split, MIN_HESSIAN)."""
    parts = spec.split(":")
    return int(parts[0]), int(parts[1]), float(parts[2]), float(parts[3]) if len(parts) > 3 else MIN_HESSIAN


def family_of(group: str) -> str:
    number = 0 if group == "dev" else int(group.lstrip("v"))
    return next(name for name, first, last in FAMILIES if first <= number <= last)


# ------------------------------------------------------------ the members as one matrix


@dataclass
class Members:
    """Every question's members stacked: tree inputs ``x``, shipped linear score ``offset``, label ``y``, global
    candidate id ``cid`` (candidates consecutive, questions consecutive), per candidate its bonus and question."""

    x: np.ndarray
    offset: np.ndarray
    y: np.ndarray
    cid: np.ndarray
    bonus: np.ndarray
    cq: np.ndarray  # question of each candidate
    qstart: np.ndarray  # first member of each question (and the end)
    cstart: np.ndarray  # first candidate of each question (and the end)


def pruned(x: np.ndarray, y: np.ndarray, cand: np.ndarray, bonus: np.ndarray, w: np.ndarray, top: int
           ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray] | None:
    """A question's ``top`` candidates by the linear score (their members renumbered), for training: None when
    they are not both right and wrong (its gradient is 0). The others' softmax shares are near 0 (their gradient
    too), and leaving them out makes a fold several times faster."""
    s = x @ w
    best = np.full(len(bonus), -np.inf)
    np.maximum.at(best, cand, s)
    kept = np.argsort(-(best + bonus), kind="stable")[:top]
    right = np.zeros(len(bonus), dtype=bool)
    np.logical_or.at(right, cand, y.astype(bool))
    if not right[kept].any() or right[kept].all():
        return None
    new = np.full(len(bonus), -1)
    new[np.sort(kept)] = np.arange(len(kept))
    rows = new[cand] >= 0
    return x[rows], y[rows], new[cand[rows]], bonus[np.sort(kept)]


def members_of(groups: Sequence[R.Group], names: Sequence[str], w: np.ndarray, asks: Sequence[str],
               top: int | None = None) -> Members:
    """The groups' members stacked; ``top``: for training, only each question's ``pruned`` candidates."""
    xs, offs, ys, cids, bonuses, cqs, qstarts, cstarts = [], [], [], [], [], [], [0], [0]
    members = candidates = questions = 0
    for g in groups:
        col = {n: k for k, n in enumerate(g.asks_names)}
        for q, arrays in enumerate(g.rank_arrays(names)):
            if top is not None:
                kept = pruned(*arrays, w, top)
                if kept is None:
                    continue
                arrays = kept
            x, y, cand, bonus = arrays
            a = np.array([g.asks[q, col[n]] if n in col else 0.0 for n in asks])
            xs.append(np.hstack([x, np.broadcast_to(a, (len(x), len(asks)))]).astype(np.float32))
            offs.append(x @ w)
            ys.append(y.astype(bool))
            cids.append(cand + candidates)
            bonuses.append(bonus)
            cqs.append(np.full(len(bonus), questions))
            members += len(x)
            candidates += len(bonus)
            questions += 1
            qstarts.append(members)
            cstarts.append(candidates)
    out = Members(np.vstack(xs), np.concatenate(offs), np.concatenate(ys), np.concatenate(cids),
                  np.concatenate(bonuses), np.concatenate(cqs), np.array(qstarts), np.array(cstarts))
    assert (np.diff(out.cid) >= 0).all() and len(np.unique(out.cid)) == len(out.bonus)  # consecutive, none empty
    return out


def best_of(m: Members, s: np.ndarray) -> np.ndarray:
    """Each candidate's best member under ``s`` (ties: the earliest, as fit_ask.best_members; a candidate's members
    are consecutive, as fit_ask.rank_arrays lays them out)."""
    starts = np.flatnonzero(np.r_[True, m.cid[1:] != m.cid[:-1]])
    top = np.maximum.reduceat(s, starts)
    hit = np.flatnonzero(s == top[m.cid])
    first = np.r_[True, m.cid[hit][1:] != m.cid[hit][:-1]]
    return hit[first]


def gradients(m: Members, s: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
    """Per member: gradient and hessian of minus the log softmax mass on the right candidates (questions with a right
    and a wrong candidate; each candidate as its best member, the others 0); the rows that carry them; the loss."""
    best = best_of(m, s)
    sc = s[best] + m.bonus
    y = m.y[best].astype(float)
    starts = m.cstart[:-1]
    nonempty = np.diff(m.cstart) > 0
    top = np.full(len(starts), -np.inf)
    top[nonempty] = np.maximum.reduceat(sc, starts[nonempty])
    e = np.exp(sc - top[m.cq])
    total = np.zeros(len(starts))
    total[nonempty] = np.add.reduceat(e, starts[nonempty])
    p = e / total[m.cq]
    right = np.zeros(len(starts))
    right[nonempty] = np.add.reduceat(y, starts[nonempty])
    mass = np.zeros(len(starts))
    mass[nonempty] = np.add.reduceat(p * y, starts[nonempty])
    valid = (right > 0) & (right < np.diff(m.cstart))
    v = valid[m.cq]
    g = np.where(v, p - y * p / np.where(mass[m.cq] > 0, mass[m.cq], 1.0), 0.0)
    h = np.where(v, np.maximum(p * (1 - p), 1e-6), 0.0)
    loss = float(-np.log(np.maximum(mass[valid], 1e-300)).sum())
    return best[v], g[v], h[v], loss


# ------------------------------------------------------------ trees


def bin_edges(x: np.ndarray) -> list[np.ndarray]:
    """Per input the thresholds tried: midpoints between consecutive distinct quantiles of its values."""
    out = []
    qs = np.linspace(0, 1, BINS + 1)[1:-1]
    for k in range(x.shape[1]):
        values = np.unique(np.quantile(x[:, k], qs)) if len(x) else np.array([])
        distinct = np.unique(x[:, k])
        if len(distinct) <= BINS:
            values = distinct
        out.append(((values[1:] + values[:-1]) / 2).astype(np.float32) if len(values) > 1 else np.array([], np.float32))
    return out


def binned(x: np.ndarray, edges: Sequence[np.ndarray]) -> np.ndarray:
    """Bin index of each value: x <= edges[k] exactly when its bin <= k."""
    out = np.zeros(x.shape, dtype=np.uint8)
    for k, e in enumerate(edges):
        if len(e):
            out[:, k] = np.searchsorted(e, x[:, k], side="left")
    return out


def grow(b: np.ndarray, edges: Sequence[np.ndarray], g: np.ndarray, h: np.ndarray, depth: int, rate: float,
         least: float = MIN_HESSIAN) -> list[list]:
    """One regression tree by Newton's rule on (g, h) over the binned rows ``b``, as a node list:
    [input, threshold, left, right] for a split, [value] for a leaf (node 0 the root)."""
    nodes: list[list] = []

    def build(rows: np.ndarray, level: int) -> int:
        at = len(nodes)
        nodes.append([])
        G, H = g[rows].sum(), h[rows].sum()
        split = best_split(b[rows], edges, g[rows], h[rows], least) if level < depth else None
        if split is None:
            nodes[at] = [float(-rate * G / (H + LAMBDA))]
            return at
        k, cut = split
        go_left = b[rows, k] <= cut
        left = build(rows[go_left], level + 1)
        right = build(rows[~go_left], level + 1)
        nodes[at] = [k, float(edges[k][cut]), left, right]
        return at

    build(np.arange(len(g)), 0)
    return nodes


def best_split(b: np.ndarray, edges: Sequence[np.ndarray], g: np.ndarray, h: np.ndarray, least: float = MIN_HESSIAN
               ) -> tuple[int, int] | None:
    """The input and bin whose split gains most (None: none gains or keeps ``least`` hessian on both sides)."""
    G, H = g.sum(), h.sum()
    parent = G * G / (H + LAMBDA)
    best, where = 1e-9, None
    for k, e in enumerate(edges):
        if not len(e):
            continue
        n = len(e) + 1
        gl = np.cumsum(np.bincount(b[:, k], weights=g, minlength=n))[:-1]
        hl = np.cumsum(np.bincount(b[:, k], weights=h, minlength=n))[:-1]
        gr, hr = G - gl, H - hl
        ok = (hl >= least) & (hr >= least)
        if not ok.any():
            continue
        gain = np.where(ok, gl * gl / (hl + LAMBDA) + gr * gr / (hr + LAMBDA) - parent, -np.inf)
        j = int(np.argmax(gain))
        if gain[j] > best:
            best, where = float(gain[j]), (k, j)
    return where


def predict(tree: Sequence[list], x: np.ndarray) -> np.ndarray:
    """A tree's values for every row of ``x`` (unbinned: x <= threshold goes left)."""
    out = np.zeros(len(x))
    stack = [(0, np.arange(len(x)))]
    while stack:
        node, rows = stack.pop()
        n = tree[node]
        if len(n) == 1:
            out[rows] = n[0]
            continue
        left = x[rows, n[0]] <= n[1]
        stack += [(n[2], rows[left]), (n[3], rows[~left])]
    return out


def boost(m: Members, depth: int, trees: int, rate: float, least: float = MIN_HESSIAN) -> list[list[list]]:
    """Trees added to the shipped linear score, fitted on the members ``m``."""
    edges = bin_edges(m.x)
    b = binned(m.x, edges)
    s = m.offset.copy()
    out = []
    for _ in range(trees):
        rows, g, h, _loss = gradients(m, s)
        tree = grow(b[rows], edges, g, h, depth, rate, least)
        out.append(tree)
        s += predict(tree, m.x)
    return out


def scores(m: Members, forest: Sequence[Sequence[list]]) -> np.ndarray:
    s = m.offset.copy()
    for tree in forest:
        s += predict(tree, m.x)
    return s


# ------------------------------------------------------------ deciding a group under member scores


def decide_scored(g: R.Group, names: Sequence[str], s_all: np.ndarray, linear: np.ndarray | None = None
                  ) -> list[F.Decision]:
    """Each question of ``g`` decided as ask_rankfit.decide does under the shipped calibration and gate, its members
    scored by ``s_all`` (the group's members in order) instead of a linear ranker. ``linear`` (the members' linear
    scores): the first candidate is the boosted one, but the shares and top score the calibration and gate read
    are the linear ranking's (the gate as it was fitted)."""
    data = g.rank_arrays(names)
    index, values, right, top_score, unfilled = [], [], [], [], []
    halve = math.log(RETRIEVAL["added_score"])
    for q, (x, y, cand, bonus) in enumerate(data):
        if not len(bonus):
            continue
        s = s_all[g.member_at[q]:g.member_at[q + 1]]
        order = np.lexsort((np.arange(len(s)), -s, cand))
        first = np.ones(len(order), dtype=bool)
        first[1:] = cand[order][1:] != cand[order][:-1]
        best = order[first]
        sc = s[best] + bonus
        p = np.exp(sc - sc.max())
        p /= p.sum()
        rank = np.argsort(-sc, kind="stable")
        member = int(best[int(rank[0])])
        if linear is not None:  # the pooled shares of the linear scores, the boosted first candidate's first
            lin = linear[g.member_at[q]:g.member_at[q + 1]]
            lbest = np.full(len(bonus), -np.inf)
            np.maximum.at(lbest, cand, lin)
            sc = lbest + bonus
            p = np.exp(sc - sc.max())
            p /= p.sum()
            first = int(rank[0])
            rank = np.r_[first, [j for j in np.argsort(-sc, kind="stable") if j != first]].astype(int)
        index.append(q)
        values.append(F.confidence_values(g.member(q, member), g.asked(q), p[rank].tolist()))
        right.append(bool(y[member]))
        added = g.member(q, member).get("section_stage", 0.0)
        top_score.append(F.gate_values({}, float(sc[rank[0]]) + (halve if added else 0.0))["top_score"])
        unfilled.append(F.unfilled(dict(zip(names, x[member].tolist(), strict=True))))
    t = R.Tops(index, values, np.array(right, dtype=bool), top_score, unfilled)
    return R.decide(g, t, CALIBRATION, GATE)


# ------------------------------------------------------------ main


def load(cache_dir: Path, revision: str, db: Path, keep: set[str]) -> dict[str, R.Group]:
    cache = ask_features.Cache(cache_dir, revision=revision)
    out = {}
    for group, (files, gdb) in ask_features.groups({}, db).items():
        path = R.ensure(cache, group, files, gdb)
        if path is not None:
            with np.load(path) as arrays:
                out[group] = R.Group.of({k: arrays[k] for k in arrays.files}, keep)
    return out


def figures(decided: Mapping[str, list[F.Decision]]) -> dict[str, dict[str, int]]:
    return {g: ask_refit.figures(d, LEARNED_THRESHOLD) for g, d in decided.items()}


def report(label: str, before: Mapping[str, dict], after: Mapping[str, dict]) -> dict:
    print(f"\n{label}: right+cited / withheld / wrong>=0.8 / unanswerable abstained, shipped -> boosted "
          f"(at the shipped threshold {LEARNED_THRESHOLD})", flush=True)
    for g in after:
        mark = "  LOSES >1" if after[g]["right"] < before[g]["right"] - 1 else ""
        print(f"  {g}: {ask_refit.show(before[g])} -> {ask_refit.show(after[g])}{mark}")
    totals = {}
    for fam in [*dict.fromkeys(map(family_of, after)), "ALL"]:
        mine = [g for g in after if fam in ("ALL", family_of(g))]
        b = ask_refit.total({g: before[g] for g in mine})
        a = ask_refit.total({g: after[g] for g in mine})
        totals[fam] = (b, a)
        print(f"  {fam}: {ask_refit.show(b)} -> {ask_refit.show(a)}")
    return totals


def first_right(decided: Mapping[str, list[F.Decision]]) -> int:
    """Answerable questions whose first candidate is right (the ranker's own figure, whatever the gate does)."""
    return sum(ok and r["answerable"] for d in decided.values() for r, _p, ok, _g in d)


def write_trees(forest: Sequence[Sequence[list]], inputs: Sequence[str], note: str) -> None:
    """The forest as src/vitrina/data/ask_ranker_trees.json: each split names its input."""
    named = [[n if len(n) == 1 else [inputs[n[0]], n[1], n[2], n[3]] for n in tree] for tree in forest]
    TREES_FILE.write_text(json.dumps({"generated": note, "trees": named}, separators=(",", ":")) + "\n",
                          encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache-dir", type=Path, default=F.ROOT / "build" / "ask_features")
    parser.add_argument("--revision-root", type=Path, default=F.ROOT,
                        help="the checkout whose code made the cached rows (its code revision names them)")
    parser.add_argument("--db", type=Path, default=F.eval_ask.DEFAULT_DB)
    parser.add_argument("--grid", nargs="*", default=["3:100:0.1"], help="DEPTH:TREES:RATE[:LEAST] variants")
    parser.add_argument("--stages", nargs="*", type=int, default=[25, 50, 100],
                        help="also report each variant's first K trees")
    parser.add_argument("--top", type=int, default=40, help="candidates of a question trained on (pruned)")
    parser.add_argument("--gate-linear", action="store_true",
                        help="the calibration and gate read the linear ranking's shares and top score")
    parser.add_argument("--blind", help="a family neither trained on nor reported (choosing a variant blind to it)")
    parser.add_argument("--families", nargs="*", help="families held out (default: every one)")
    parser.add_argument("--write", help="fit this variant on every group and write it to " + str(TREES_FILE))
    parser.add_argument("--write-without", help="a family --write does not train on (its figures stay held out)")
    parser.add_argument("--out", type=Path, default=F.ROOT / "build" / "ask_boost.json")
    args = parser.parse_args()
    revision = ask_features.code_revision(args.revision_root)
    names = sorted(set(RANKER) | set(RANKER_ADDED))
    w = np.array([RANKER.get(n, 0.0) + RANKER_ADDED.get(n, 0.0) for n in names])
    keep = set(R.READ_BY_VALUES) | set(RANKER) | set(RANKER_ADDED) | set(CALIBRATION) | set(GATE)
    groups = load(args.cache_dir, revision, args.db, keep)
    if args.blind:
        groups = {n: g for n, g in groups.items() if family_of(n) != args.blind}
    asks = sorted({n for g in groups.values() for n in g.asks_names})
    inputs = names + asks
    print(f"code revision {revision[:12]}: {len(groups)} groups ({sum(len(g.rows) for g in groups.values())} "
          f"questions), {len(inputs)} tree inputs; max RSS {R.max_rss_mb():.0f} MB", flush=True)
    shipped = {}
    for name, g in groups.items():
        shipped[name] = R.decide(g, R.tops(g, g.rank_arrays(names), names, w), CALIBRATION, GATE)
    before = figures(shipped)
    each = {name: members_of([g], names, w, asks) for name, g in groups.items()}
    same = sum(figures({n: decide_scored(groups[n], names, each[n].offset)})[n] == before[n] for n in groups)
    print(f"offset alone decides {same} of {len(groups)} groups as the shipped tables", flush=True)
    results: dict = {"before": before, "first_right_before": first_right(shipped)}
    families = args.families or list(dict.fromkeys(map(family_of, groups)))
    for spec in args.grid:
        depth, trees, rate, least = variant(spec)
        stages = sorted({k for k in args.stages if k < trees} | {trees})
        decided: dict[int, dict[str, list[F.Decision]]] = {k: {} for k in stages}
        for fam in families:
            t0 = time.process_time()
            train = members_of([g for n, g in groups.items() if family_of(n) != fam], names, w, asks, args.top)
            forest = boost(train, depth, trees, rate, least)
            del train
            for n in groups:
                if family_of(n) == fam:
                    for k in stages:  # the forest's first k trees
                        decided[k][n] = decide_scored(groups[n], names, scores(each[n], forest[:k]),
                                                      each[n].offset if args.gate_linear else None)
            print(f"  {spec}: {fam} held out ({time.process_time() - t0:.0f} CPU s, max RSS {R.max_rss_mb():.0f} MB)",
                  flush=True)
        for k in stages:
            after = figures(decided[k])
            label = f"{depth}:{k}:{rate}:{least}"
            totals = report(label, {g: before[g] for g in after}, after)
            print(f"  first right: {first_right({g: shipped[g] for g in decided[k]})} -> {first_right(decided[k])}")
            results[label] = {"after": after, "totals": totals, "first_right": first_right(decided[k])}
    if args.write:
        depth, trees, rate, least = variant(args.write)
        train = [n for n in groups if family_of(n) != args.write_without]
        forest = boost(members_of([groups[n] for n in train], names, w, asks, args.top), depth, trees, rate, least)
        write_trees(forest, inputs, f"bench/ask_boost.py --write {args.write} --top {args.top}; trained on groups "
                    f"{', '.join(train)} ({sum(len(groups[n].rows) for n in train)} questions; not on "
                    f"{args.write_without or 'none'}); rows of code revision {revision[:12]} (bench/ask_features.py)")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results), encoding="utf-8")


if __name__ == "__main__":
    main()
