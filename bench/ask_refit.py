"""Round 40: refit `vitrina ask`'s ranker, calibration and gate on every judged group, leave one group out, against
the shipped tables.

Reads the rows bench/ask_features.py cached (one file, ``--merge``). Per held-out group:

* **before** — the group decided as `ask` decides it with the shipped tables (qa/weights.py RANKER + RANKER_ADDED,
  CALIBRATION, GATE, LEARNED_THRESHOLD; bench/ask_added_weight.decide);
* **after** — a ranker, calibration and gate fitted on the other groups alone (fit_ask.Model: the shipped inputs,
  the variant's added ranker inputs; a variant named ``shipped…`` keeps the shipped ranking and refits the
  calibration and gate alone, its added inputs read by them), and a threshold chosen on the other groups' out-of-fold decisions alone
  (the most right at which each group family's unanswerable questions, pooled, abstain on >= ABSTAIN_TARGET:
  Grid.choose) — nested, so the group's own answers choose nothing.

Printed per group and in all: right + cited, right but withheld, wrong at >= 0.8 (the learned confidence, as
fit_ask.score counts it), unanswerable abstained. ``--write VARIANT`` writes that variant's tables fitted on every
group into qa/weights.py (fit_ask.write_weights; RANKER_ADDED emptied, its inputs being in the refitted RANKER).

    PYTHONPATH=src .venv/bin/python bench/ask_refit.py --group-db redteam37=… --variants shipped= shippedform=members_match
    PYTHONPATH=src .venv/bin/python bench/ask_refit.py ROWS.json --variants refit= form=members_match   # a merged subset
    PYTHONPATH=src .venv/bin/python bench/ask_refit.py --group-db … --revision REV \
        --variants shippedcal= shippedcalagree=gate:alike_share+gate:distinct_lead   # round 41: the gate alone
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from pathlib import Path
from types import SimpleNamespace

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import ask_added_weight  # noqa: E402
import ask_features  # noqa: E402
import fit_ask as F  # noqa: E402

from vitrina.qa.answerable import FRAME, MEMBER  # noqa: E402
from vitrina.qa.weights import CALIBRATION, GATE, LEARNED_THRESHOLD, RANKER, RANKER_ADDED  # noqa: E402

SHIPPED_PROPOSED = ("document_share", "section_share")  # measured inputs the shipped RANKER reads (rank.PROPOSED)
SHIPPED_RANKER_ONLY = ("argument_match", *SHIPPED_PROPOSED, *F.RELATIVE)  # read by the ranker, not the calibration
KEYS = ("right", "withheld", "wrong08", "abstained", "unanswerable", "n")


def inputs(rows: list[dict], added: list[str]) -> tuple[list[str], list[str]]:
    """The ranker's and the calibration's inputs: the shipped ones (as fit_ask.main and bench/loso_variants.py
    name them) and ``added`` (ranker inputs, rank.PROPOSED)."""
    base = {n for r in rows for c in r["candidates"] for f in c["members"] for n in f} - set(F.NEAR_MISS) \
        - (set(F.STATEMENT) | set(F.PROPOSED) | set(F.HOLDS) | set(F.RELATIVE) | set(MEMBER) | set(FRAME))
    names = sorted(base | set(F.RELATIVE) | set(SHIPPED_PROPOSED) | set(added))
    asks = sorted({n for r in rows for n in r["asks"]})
    cnames = names + asks + list(F.CONFIDENCE_ONLY) + list(F.NEAR_MISS)
    return names, [n for n in cnames if n not in set(SHIPPED_RANKER_ONLY) | set(added)]


def figures(decided: list[F.Decision], threshold: float) -> dict[str, int]:
    """One group's figures at ``threshold``."""
    s = F.score(decided, threshold)
    un = sum(not r["answerable"] and r["id"] not in F.LABEL_CASES for r, _p, _ok, _g in decided)
    abstained = round(s["abstention"] * un)
    return {"right": s["correct"] - sum(not r["answerable"] and not F.answers(p, g, threshold)
                                        for r, p, _ok, g in decided),
            "withheld": s["withheld_right"], "wrong08": s["wrong_confident"], "abstained": abstained,
            "unanswerable": un, "n": s["n"]}


class Grid:
    """Out-of-fold decisions as arrays, scored at every threshold of fit_ask.THRESHOLDS at once (fit_ask.pooled and
    cv_threshold loop in Python: a nested choice over 44 groups took minutes)."""

    def __init__(self, folds: F.Folds) -> None:
        self.t = np.array(F.THRESHOLDS)
        self.per: dict[str, tuple[np.ndarray, np.ndarray, int, int]] = {}  # right, abstention, unanswerable, n
        for group, decided in folds.items():
            gate = np.array([-1.0 if p is None else (g if g is not None else p) for _r, p, _ok, g in decided])
            answered = gate[:, None] >= self.t[None, :]
            ok = np.array([ok for _r, _p, ok, _g in decided], dtype=bool)
            un = np.array([not r["answerable"] for r, _p, _ok, _g in decided], dtype=bool)
            counted = un & np.array([r["id"] not in F.LABEL_CASES for r, _p, _ok, _g in decided], dtype=bool)
            correct = (answered & ok[:, None]).sum(0) + (~answered & un[:, None]).sum(0)
            abstention = (~answered & counted[:, None]).sum(0) / max(1, int(counted.sum()))
            self.per[group] = (correct, abstention, int(counted.sum()), len(decided))

    def choose(self, groups: list[str]) -> float:
        """The most right (the lowest such threshold) at which every family's unanswerable questions, pooled over
        ``groups``, abstain on >= ABSTAIN_TARGET (the task's target per group family: a group of 7 unanswerable
        questions cannot hold 0.90 alone without a threshold that withholds most right answers)."""
        correct = sum(self.per[g][0] for g in groups)
        ok = np.ones(len(self.t), dtype=bool)
        for fam in {family(g) for g in groups}:
            mine = [g for g in groups if family(g) == fam]
            abstained = sum(self.per[g][1] * self.per[g][2] for g in mine)
            ok &= abstained >= F.ABSTAIN_TARGET * max(1, sum(self.per[g][2] for g in mine)) - 1e-9
        if not ok.any():
            return float(self.t[-1])
        best = np.flatnonzero(ok)[np.argmax(correct[ok])]  # the first (lowest) threshold of the most correct
        return float(self.t[best])


def shipped(rows: list[dict], groups: list[str]) -> dict[str, list[F.Decision]]:
    """Every group decided by the shipped tables (bench/ask_added_weight.decide)."""
    names = sorted(set(RANKER) | set(RANKER_ADDED))
    w = np.array([RANKER.get(n, 0.0) + RANKER_ADDED.get(n, 0.0) for n in names])
    out = {}
    for g in groups:
        mine = [r for r in rows if r["group"] == g]
        out[g] = ask_added_weight.decide(mine, F.rank_arrays(mine, names), w, names)
    return out


def check_shipped(rows: list[dict], decided: dict[str, list[F.Decision]]) -> int:
    """Questions whose shipped decision here (answered or not) differs from what `ask` did when the rows were
    collected: 0 when the rows reproduce the shipped code."""
    differ = 0
    for d in decided.values():
        for r, p, _ok, g in d:
            differ += F.answers(p, g, LEARNED_THRESHOLD) != (r["shown"] is not None)
    return differ


def loso(rows: list[dict], groups: list[str], names: list[str], cnames: list[str], label: str) -> F.Folds:
    folds: F.Folds = {}
    t0 = time.time()
    for held in groups:
        model = F.Model([r for r in rows if r["group"] != held], names, cnames, F.RANK_L2, F.CONF_L2, F.GATE_L2)
        folds[held] = model.decide([r for r in rows if r["group"] == held])
        print(f"  {label}: {held} held out ({time.time() - t0:.0f} s, {time.process_time():.0f} CPU s)", flush=True)
    return folds


SLIM = ("group", "id", "answerable", "rule", "shown", "confidence", "shown_right")  # what a decision reads of a row


def fixed_inputs(rows: list[dict], cnames: list[str]) -> tuple[list[dict], np.ndarray, np.ndarray, np.ndarray,
                                                             list[int], list[float]]:
    """Under the shipped ranking (RANKER + RANKER_ADDED): the rows' slim copies, the calibration's and the gate's
    inputs, the labels, the indices of the rows with a candidate and the unfilled factor of each — all a fold of
    the shipped-ranking variants reads, so a group's full rows need not stay in memory."""
    names = sorted(set(RANKER) | set(RANKER_ADDED))
    w = np.array([RANKER.get(n, 0.0) + RANKER_ADDED.get(n, 0.0) for n in names])
    data = F.rank_arrays(rows, names)
    x, y, idx = F.confidence_rows(rows, data, w, names, cnames)
    xg = F.gate_inputs(rows, data, w, x, idx)
    unfilled = []
    for i in idx:
        member = F.top_of(data[i], w)
        best = dict(zip(names, data[i][0][member[0]].tolist(), strict=True)) if member else {}
        unfilled.append(F.unfilled(best))
    F.ARRAYS.clear()  # rank_arrays keeps every row it saw
    return [{k: r.get(k) for k in SLIM} for r in rows], x, xg, y, idx, unfilled


Inputs = tuple[list[dict], np.ndarray, np.ndarray, np.ndarray, list[int], list[float]]


def joined(parts: list[Inputs]) -> Inputs:
    """Several groups' fixed_inputs as one."""
    rows: list[dict] = []
    xs, xgs, ys, idx, unfilled = [], [], [], [], []
    for slim, x, xg, y, i, u in parts:
        idx += [k + len(rows) for k in i]
        rows += slim
        xs.append(x)
        xgs.append(xg)
        ys.append(y)
        unfilled += u
    return rows, np.vstack(xs), np.vstack(xgs), np.concatenate(ys), idx, unfilled


def fit_added(x: np.ndarray, y: np.ndarray, offset: np.ndarray, l2: float) -> np.ndarray:
    """Coefficients of the columns ``x`` of an L2-regularised logistic regression whose other terms are fixed
    (``offset``, the log-odds they give each row): no intercept of its own (Newton's method)."""
    w = np.zeros(x.shape[1])
    for _ in range(50 if x.shape[1] else 0):
        p = 1 / (1 + np.exp(-(offset + x @ w)))
        grad = x.T @ (p - y) + l2 * w
        hess = x.T @ (x * (p * (1 - p))[:, None]) + np.diag(np.full(len(w), l2 + 1e-9))
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


AIM_GRID = tuple(k / 4 for k in range(-16, 17))  # coefficients tried by aim_added, per added input (-4 … 4)


def aim_added(x: np.ndarray, offset: np.ndarray, right: np.ndarray, unanswerable: np.ndarray,
              groups: np.ndarray) -> np.ndarray:
    """Round 45: coefficients of the gate's added inputs chosen for the decision at the shipped threshold, not for
    calibration (a logistic fit beside the fixed gate calibrates and withholds what sits near the threshold: round
    44): of AIM_GRID (one input after the other, the rest at their best so far, twice over), the one answering the
    most right first answers and withholding the most unanswerable questions of the training rows at
    LEARNED_THRESHOLD, provided no training group's unanswerable questions abstain less than with the input at 0
    (a gain may not come from answering what the sources do not say). Ties go to the smallest coefficient."""
    cut = math.log(LEARNED_THRESHOLD / (1 - LEARNED_THRESHOLD))
    base_z = offset
    names = np.unique(groups)
    floor = {g: int(((base_z < cut) & unanswerable & (groups == g)).sum()) for g in names}
    w = np.zeros(x.shape[1])

    def score(z: np.ndarray) -> float:
        answered = z >= cut
        if any(int((~answered & unanswerable & (groups == g)).sum()) < floor[g] for g in names):
            return -math.inf
        return float((answered & (right > 0)).sum() + (~answered & unanswerable).sum())

    for _sweep in range(2):
        for j in range(x.shape[1]):
            best = (score(base_z + x @ w), -abs(w[j]), w[j])
            for c in AIM_GRID:
                trial = w.copy()
                trial[j] = c
                got = (score(base_z + x @ trial), -abs(c), c)
                if got > best:
                    best = got
            w[j] = best[2]
    return w


KEPT: list[str] = []  # round 45: shipped gate inputs read beside the calibration's (GATE["record"]) kept at their value
# by the shippedgate variants (before, such an input was no column of theirs: dropped from the gate they decide with)


def shipped_gate(cnames: list[str], extra: list[str]) -> np.ndarray:
    """The shipped GATE over the gate's inputs (``cnames`` and ``extra``), intercept first; an input of ``extra``
    other than top_score and KEPT (an input the variant adds, fitted by `fit_added`) at 0."""
    return np.array([GATE.get("intercept", 0.0)] + [GATE.get(n, 0.0) for n in cnames]
                    + [GATE.get(n, 0.0) if n == "top_score" or n in KEPT else 0.0 for n in extra])


def shipped_ranker_folds(inputs: Inputs, groups: list[str], cnames: list[str], label: str,
                         keep_calibration: bool = False, keep_gate: bool = False, gate_l2: float | None = None,
                         aim: bool = False) -> tuple[F.Folds, SimpleNamespace]:
    """Leave one group out with the shipped ranking fixed (RANKER + RANKER_ADDED) and the calibration and gate
    refitted: every row's inputs are computed once (fixed_inputs), each fold is two logistic fits on the other
    groups' rows. Also the fit on every group (what fit_ask.write_weights writes: the shipped RANKER unchanged).
    ``keep_calibration`` (round 41, a variant named ``shippedcal…``): the shipped CALIBRATION in every fold, the gate
    alone refitted — the confidence shown, and so the wrong answers at >= 0.8 among those answered, as shipped.
    ``keep_gate`` (round 44, a variant named ``shippedgate…``): the shipped calibration and gate, and only the
    coefficients of the gate inputs the variant adds (GATE_EXTRA beyond top_score) fitted, the shipped gate's log-odds
    as their offset. ``gate_l2``: the gate's penalty (F.GATE_L2 unless given). ``aim`` (round 45, ``aim:1`` in a
    shippedgate variant): those coefficients chosen for the decision at the shipped threshold (aim_added)."""
    rows, x, xg, y, idx, unfilled = inputs
    shipped_calibration = np.array([CALIBRATION.get("intercept", 0.0)] + [CALIBRATION.get(n, 0.0) for n in cnames])
    group_of = np.array([rows[i]["group"] for i in idx])
    at = {i: k for k, i in enumerate(idx)}
    folds: F.Folds = {}
    t0 = time.time()
    l2 = F.GATE_L2 if gate_l2 is None else gate_l2
    fixed_gate = shipped_gate(cnames, F.GATE_EXTRA)
    added_at = len(cnames) + np.flatnonzero([n != "top_score" and n not in KEPT for n in F.GATE_EXTRA])  # what
    # shippedgate fits

    def fit_gate(train: np.ndarray) -> np.ndarray:
        xt, yt = F.gate_rows(rows, xg[train], y[train], [idx[k] for k in train])
        if not keep_gate:
            return F.fit_logistic(xt, yt, l2)
        gate = fixed_gate.copy()
        if aim:
            gate[1 + added_at] = aim_added(xg[train][:, added_at], gate[0] + xg[train] @ gate[1:], y[train],
                                           np.array([not rows[idx[k]]["answerable"] for k in train]),
                                           group_of[train])
            return gate
        gate[1 + added_at] = fit_added(xt[:, added_at], yt, gate[0] + xt @ gate[1:], l2)
        return gate

    for held in groups:
        train = np.flatnonzero(group_of != held)
        calibration = shipped_calibration if keep_calibration else F.fit_logistic(x[train], y[train], F.CONF_L2)
        gate = fit_gate(train)
        if keep_gate:
            print(f"  {label}: {held} held out: " + ", ".join(f"{F.GATE_EXTRA[k - len(cnames)]} {gate[1 + k]:.3f}"
                                                              for k in added_at))
        decided: list[F.Decision] = []
        for i, r in enumerate(rows):
            if r["group"] != held:
                continue
            if i not in at:
                decided.append((r, None, False, None))
                continue
            k = at[i]
            p = 1 / (1 + np.exp(-(calibration[0] + x[k] @ calibration[1:])))
            g = 1 / (1 + np.exp(-(gate[0] + xg[k] @ gate[1:])))
            decided.append((r, F.gated(float(p) * unfilled[k], r.get("rule", 1.0)), bool(y[k]), float(g)))
        folds[held] = decided
        print(f"  {label}: {held} held out ({time.time() - t0:.0f} s, {time.process_time():.0f} CPU s)", flush=True)
    own = sorted(RANKER)  # what is written: the fitted RANKER as shipped (RANKER_ADDED stays apart)
    model = SimpleNamespace(names=own, ranker=np.array([RANKER[n] for n in own]), cnames=cnames,
                            calibration=shipped_calibration if keep_calibration else F.fit_logistic(x, y, F.CONF_L2),
                            gate=fit_gate(np.arange(len(idx))), threshold=0.0)
    if keep_gate:  # round 49: the added inputs' coefficients fitted (or aimed) on every group, as --write writes them
        print(f"  {label}: on every group: " + ", ".join(f"{F.GATE_EXTRA[k - len(cnames)]} {model.gate[1 + k]:.3f}"
                                                      for k in added_at))
    return folds, model


def write_gate(model: SimpleNamespace, note: str) -> None:
    """Write a refitted gate (inputs: the calibration's and GATE_EXTRA) and its threshold into qa/weights.py's
    learned block, the rest of it as it is."""
    gate = {"intercept": float(model.gate[0]),
            **dict(zip(model.cnames + F.GATE_EXTRA, model.gate[1:].tolist(), strict=True))}
    text = F.WEIGHTS.read_text(encoding="utf-8")
    begin = text.index("GATE: dict[str, float] = {\n")
    end = text.index("\n}\n", begin) + 3
    text = text[:begin] + f"# GATE refitted alone by {note}.\n" + F.table("GATE", gate) + "\n" + text[end:]
    begin = text.index("LEARNED_THRESHOLD = ")
    end = text.index("  #", begin)
    F.WEIGHTS.write_text(text[:begin] + f"LEARNED_THRESHOLD = {model.threshold:.3f}" + text[end:], encoding="utf-8")


def family(group: str) -> str:
    """The family of a group: the red teams' (each over its own collection), the tuning sets' (dev, ask_v*)."""
    return "redteam" if group.startswith("redteam") else "sets"


def total(per: dict[str, dict[str, int]]) -> dict[str, int]:
    return {k: sum(v[k] for v in per.values()) for k in KEYS}


def show(v: dict[str, int]) -> str:
    return f"{v['right']} / {v['withheld']} / {v['wrong08']} / {v['abstained']}/{v['unanswerable']}"


def load(args: argparse.Namespace, fixed_cnames: dict[str, list[str]], gate_extra: dict[str, list[str]] | None = None
         ) -> tuple[list[dict], list[str], dict[str, dict[str, int]], int, dict[str, Inputs]]:
    """The rows (a merged file), or for shipped-ranking variants alone each cached group read in turn and kept
    only as its fixed_inputs (every group's full rows hold gigabytes): the rows (full or slim), the groups, the
    shipped tables' figures per group, the questions they decide otherwise than when collected, and per fixed
    variant its inputs (``gate_extra``: per variant, the gate's inputs beyond the calibration's — GATE_EXTRA)."""
    before: dict[str, dict[str, int]] = {}
    differ = 0
    parts: dict[str, list[Inputs]] = {name: [] for name in fixed_cnames}
    if args.rows is not None:
        rows = json.loads(args.rows.read_text(encoding="utf-8"))
        sources = [[r for r in rows if r["group"] == g] for g in dict.fromkeys(r["group"] for r in rows)]
    else:
        group_dbs = {g: Path(d) for g, _, d in (x.partition("=") for x in args.group_db)}
        cache = ask_features.Cache(args.cache_dir, revision=args.revision)
        chosen = ask_features.groups(group_dbs, args.db)
        present = {g: v for g, v in chosen.items() if cache.path(g, *v).exists()}
        print(f"cached: {len(present)} of {len(chosen)} groups; not cached: {sorted(set(chosen) - set(present))}")
        sources = (F.derive(cache.rows(g, files, db)) for g, (files, db) in present.items())
        rows = []
    for mine in sources:
        group = mine[0]["group"]
        decided = shipped(mine, [group])
        before[group] = figures(decided[group], LEARNED_THRESHOLD)
        differ += check_shipped(mine, decided)
        for name, cnames in fixed_cnames.items():
            F.GATE_EXTRA[:] = (gate_extra or {}).get(name, ["top_score"])
            parts[name].append(fixed_inputs(mine, cnames))
        if args.rows is None:
            rows += [{k: r.get(k) for k in SLIM} for r in mine]
        F.ARRAYS.clear()
        print(f"  read {group} ({time.process_time():.0f} CPU s)", flush=True)
    return rows, list(before), before, differ, {name: joined(p) for name, p in parts.items() if p}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows", type=Path, nargs="?", help="bench/ask_features.py --merge's file (else --cache-dir)")
    parser.add_argument("--cache-dir", type=Path, default=F.ROOT / "build" / "ask_features",
                        help="bench/ask_features.py's cache, read group by group (shipped-ranking variants only)")
    parser.add_argument("--db", type=Path, default=F.eval_ask.DEFAULT_DB)
    parser.add_argument("--group-db", nargs="*", default=[], metavar="GROUP=DB")
    parser.add_argument("--revision", help="read the rows cached under this code revision (ask_features prints it), "
                        "not the current one: rows collected before an edit that adds an input they already hold")
    parser.add_argument("--variants", nargs="*", default=["refit="],
                        help="NAME=input+input: the ranker inputs (rank.PROPOSED) added to the shipped ones; "
                             "gate:INPUT an input of the gate alone (a shipped… variant's); l2:X the gate's penalty")
    parser.add_argument("--write", help="write this variant's tables fitted on every group into qa/weights.py")
    parser.add_argument("--out", type=Path, default=F.ROOT / "build" / "ask_refit.json")
    parser.add_argument("--at", type=float, help="also report every variant at this one threshold (not nested; "
                        "round 44: the shipped LEARNED_THRESHOLD for a variant that changes one input)")
    args = parser.parse_args()
    F.GATE_EXTRA[:] = ["top_score"]
    F.SHIPPED_RANKER = False
    F.in_sample_threshold = lambda _decided: LEARNED_THRESHOLD  # each fold's in-sample threshold is never read here
    F.RANKERS_FILE = F.ROOT / "build" / "ask_refit_rankers.json"
    if F.RANKERS_FILE.exists():
        F.RANKERS.update(json.loads(F.RANKERS_FILE.read_text(encoding="utf-8")))
    specs, gate_extra, gate_l2 = [], {}, {}
    aimed: dict[str, bool] = {}
    for spec in args.variants:
        name, _, body = spec.partition("=")
        added = [a for a in body.split("+") if a and not a.startswith(("gate:", "l2:", "aim:"))]
        aimed[name] = "aim:1" in body.split("+")
        gate_l2[name] = next((float(a[3:]) for a in body.split("+") if a.startswith("l2:")), None)
        gate_extra[name] = ["top_score"] + [a[5:] for a in body.split("+") if a.startswith("gate:")]
        if name.startswith("shippedgate"):  # the shipped gate's other inputs beyond the calibration's, kept
            KEPT[:] = [n for n in GATE if n not in ("intercept", "top_score", *CALIBRATION, *gate_extra[name])]
            gate_extra[name] += KEPT
        specs.append((name, added, name.startswith("shipped")))
    if any(len(gate_extra[name]) > 1 and not fixed for name, _a, fixed in specs):
        raise SystemExit("gate:INPUT is read by the shipped-ranking variants (shipped…) alone")
    if args.rows is None and not all(fixed for _n, _a, fixed in specs):
        raise SystemExit("a refitted ranker needs the rows in memory: give a merged file")
    shipped_inputs = [n for n in CALIBRATION if n != "intercept"]  # the shipped calibration's (and gate's) inputs
    fixed_cnames = {name: shipped_inputs + [a for a in added if a not in shipped_inputs]
                    for name, added, fixed in specs if fixed}
    rows, groups, before, differ, fixed_data = load(args, fixed_cnames, gate_extra)
    F.GATE_EXTRA[:] = ["top_score"]
    F.GROUPS = {g: (F.GROUPS | F.REDTEAM)[g] for g in groups}
    print(f"{len(rows)} rows, {len(groups)} groups; shipped tables: {differ} questions decided otherwise than when "
          "collected", flush=True)
    results: dict = {"before": before}
    for name, added, fixed in specs:
        cpu = time.process_time()
        if fixed:
            cnames = fixed_cnames[name]
            F.GATE_EXTRA[:] = gate_extra[name]
            folds, full = shipped_ranker_folds(fixed_data[name], groups, cnames, name,
                                               name.startswith(("shippedcal", "shippedgate")),
                                               name.startswith("shippedgate"), gate_l2[name], aimed[name])
            F.GATE_EXTRA[:] = ["top_score"]
        else:
            names, cnames = inputs(rows, added)
            missing = sorted(set(RANKER) - set(names))
            if missing:
                print(f"  {name}: shipped ranker inputs not among the rows' features: {missing}")
            folds = loso(rows, groups, names, cnames, name)
        grid = Grid(folds)
        after, chosen = {}, {}
        for g in groups:
            chosen[g] = grid.choose([h for h in groups if h != g])
            after[g] = figures(folds[g], chosen[g])
        cv = grid.choose(groups)
        gated = "+".join(gate_extra[name][1:])
        print(f"\n{name} (+{'+'.join(added) or 'nothing'}{', gate +' + gated if gated else ''}), {time.process_time() - cpu:.0f} CPU s; "
              f"per group right+cited / withheld / wrong>=0.8 / unanswerable abstained, shipped -> LOSO (threshold):")
        for g in groups:
            b, a = before[g], after[g]
            mark = "  LOSES >1" if a["right"] + a["abstained"] < b["right"] + b["abstained"] - 1 else ""
            print(f"  {g}: {show(b)} -> {show(a)} ({chosen[g]:.3f}){mark}")
        tb, ta = total(before), total(after)
        print(f"  ALL: {show(tb)} -> {show(ta)}; right + abstained {tb['right'] + tb['abstained']} -> "
              f"{ta['right'] + ta['abstained']}; cross-validated threshold on every group {cv:.3f}", flush=True)
        for fam in dict.fromkeys(map(family, groups)):
            mine = [g for g in groups if family(g) == fam]
            b, a = total({g: before[g] for g in mine}), total({g: after[g] for g in mine})
            print(f"  family {fam}: unanswerable abstained {b['abstained']}/{b['unanswerable']} -> "
                  f"{a['abstained']}/{a['unanswerable']}, wrong at >= 0.8 {b['wrong08']} -> {a['wrong08']}")
        if args.at is not None:
            at_fixed = {g: figures(folds[g], args.at) for g in groups}
            for g in groups:
                if at_fixed[g] != before[g]:
                    print(f"  at {args.at:.3f}: {g}: {show(before[g])} -> {show(at_fixed[g])}")
            tb, ta = total(before), total(at_fixed)
            print(f"  ALL at {args.at:.3f}: {show(tb)} -> {show(ta)}; right + abstained "
                  f"{tb['right'] + tb['abstained']} -> {ta['right'] + ta['abstained']}")
        shown08 = sum(r["shown"] is not None and r["confidence"] >= F.CONFIDENT and not r["shown_right"] for r in rows)
        print(f"  as collected (the shipped code, shown confidence): wrong at >= 0.8 {shown08}")
        results[name] = {"after": after, "chosen": chosen, "cv": cv, "added": added, "gate": gate_extra[name][1:]}
        if args.write == name:
            F.GATE_EXTRA[:] = gate_extra[name]  # the written gate's inputs beyond the calibration's
            model = full if fixed else F.Model(rows, names, cnames, F.RANK_L2, F.CONF_L2, F.GATE_L2)
            model.threshold = cv
            if name.startswith(("shippedcal", "shippedgate")):  # the gate and the threshold alone: the calibration stays as shipped
                write_gate(model, f"bench/ask_refit.py --write {name}, {len(rows)} questions, {len(groups)} groups")
                print(f"wrote GATE and LEARNED_THRESHOLD into {F.WEIGHTS}")
                continue
            knots, start = F.report_shown(folds, cv)
            F.write_weights(model, f"bench/ask_refit.py, {len(rows)} questions, groups {', '.join(groups)}",
                            knots, start)
            if not fixed:  # RANKER_ADDED's inputs are in the refitted RANKER now
                text = F.WEIGHTS.read_text(encoding="utf-8")
                head = "RANKER_ADDED: dict[str, float] = {\n"
                begin = text.index(head)
                end = text.index("\n}\n", begin) + 3
                F.WEIGHTS.write_text(text[:begin] + "RANKER_ADDED: dict[str, float] = {}\n" + text[end:],
                                     encoding="utf-8")
            print(f"wrote {F.WEIGHTS}")
    F.RANKERS_FILE.write_text(json.dumps(F.RANKERS), encoding="utf-8")
    args.out.write_text(json.dumps(results), encoding="utf-8")


if __name__ == "__main__":
    main()
