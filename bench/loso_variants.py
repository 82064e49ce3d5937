"""Leave one set out over every group at a fixed threshold, for several input variants, one load of the rows
(round 24; fit_ask's folds, without each fold's unused in-sample threshold, the variants fold by fold so a run cut
short still pairs them). Run from the repository root with src on PYTHONPATH:

    bench/loso_variants.py CACHE THRESHOLD [PART.json …] -- control= both=section_share+document_share ro=:section_share

VARIANT is name=added+inputs:ranker+only+inputs[:gate+only+inputs[:calibration+inputs+the+gate+leaves+out[:gate_l2]]],
added to the shipped inputs (rank.RELATIVE read by the ranker
alone); the first variant is the control (SHIPPED_RANKER=1: every fold ranks by the shipped RANKER, round 31). PART files (fit_ask.collect shards) are merged into CACHE when it does not
exist. Per-fold figures go to build/loso_NAME.json; SHIP=NAME writes that variant's RANKER and GATE (fitted on
every group) into qa/weights.py if it beats the control (right + cited up, wrong at >= 0.8 not up) — check the
abstention floor and the cross-validated threshold it prints before keeping them. LOSO_GROUPS=a,b restricts the groups.
FORWARD=a,b (round 34): instead of leave one set out, each variant fitted once on the other groups and judged on these,
at THRESHOLD and at one chosen on the training groups (TRAIN_FOLDS=k: over k inner folds' out-of-fold decisions; 0:
in sample); figures to build/forward_NAME[TAG].json.

usage: loso_variants.py OUT_CACHE THRESHOLD PART.json… -- VARIANT…   (VARIANT: name=feat+feat:ranker_only_feat+…)
Merges the parts into OUT_CACHE (group order of fit_ask.GROUPS) when it does not exist, else reads it."""
import json
import os
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, "bench")
import fit_ask as F  # noqa: E402

from vitrina.qa.answerable import FRAME, MEMBER, RIVALRY  # noqa: E402

out, threshold = Path(sys.argv[1]), float(sys.argv[2])
rest = sys.argv[3:]
parts, variants = rest[:rest.index("--")], rest[rest.index("--") + 1:]
if os.environ.get("LOSO_GROUPS"):
    F.GROUPS = {g: F.GROUPS[g] for g in os.environ["LOSO_GROUPS"].split(",")}
order = {g: i for i, g in enumerate(F.GROUPS)}
if out.exists():
    rows = json.loads(out.read_text())
else:
    rows = [r for p in parts for r in json.loads(Path(p).read_text()) if r["group"] in order]
    rows.sort(key=lambda r: order[r["group"]])
    out.write_text(json.dumps(rows))
rows = [r for r in rows if r["group"] in order]
print(len(rows), "rows;", len({r["group"] for r in rows}), "groups", flush=True)
for r in rows:  # what no fit reads
    r.pop("question", None)
    for c in r["candidates"]:
        c.pop("stating", None)


class FoldModel(F.Model):
    """F.Model without the in-sample threshold (a decide over the training rows this run never reads)."""

    def __init__(self, rows, names, cnames, rank_l2, conf_l2, gate_l2, gnames=None):
        self.names, self.cnames = names, cnames
        self.gnames = gnames if gnames is not None else cnames  # the gate's inputs: the calibration's + gate-only
        data = F.rank_arrays(rows, names)
        self.ranker = np.array([F.RANKER.get(n, 0.0) + F.RANKER_ADDED.get(n, 0.0) for n in names]) if SHIPPED_RANKER \
            else F.cached_ranker(data, len(names), rank_l2, names)
        x, y, idx = F.confidence_rows(rows, data, self.ranker, names, cnames)
        self.calibration = F.fit_logistic(x, y, conf_l2)
        self.gate = F.fit_logistic(*F.gate_rows(rows, self.gate_matrix(rows, data, x, idx), y, idx), gate_l2)
        self.threshold = threshold

    def gate_matrix(self, rows, data, x, idx):
        """The gate's inputs: the calibration's, then the gate-only ones (the top member's own features)."""
        extra = [n for n in self.gnames if n not in self.cnames]
        kept = [self.cnames.index(n) for n in self.gnames if n in self.cnames]  # calibration inputs the gate reads
        x = x[:, kept] if len(kept) < len(self.cnames) else x
        if not extra:
            return x
        xe, _y, _idx = F.confidence_rows([rows[i] for i in idx], [data[i] for i in idx], self.ranker, self.names,
                                         extra)
        if "top_score" in extra:  # the best answer's own log pooled score (rank.GATE_ONLY), not a member feature
            column = extra.index("top_score")
            xe[:, column] = [F.gate_values({}, F.top_log_score(rows[i], data[i], self.ranker))["top_score"]
                             for i in idx]
        rivals = [n for n in extra if n in RIVALRY]
        if rivals:  # round 31: the runner-up's kind and sentence, from the pooled answers under this ranker
            for i_row, i in enumerate(idx):
                values = F.rivalry_of(rows[i], data[i], self.ranker, F.agreeing(rows[i]))
                for n in rivals:
                    xe[i_row, extra.index(n)] = values[n]
        return np.hstack([x, xe])

    def decide(self, rows):
        data = F.rank_arrays(rows, self.names)
        out = [(r, None, False, None) for r in rows]
        x, y, idx = F.confidence_rows(rows, data, self.ranker, self.names, self.cnames)
        if len(idx):
            probs = 1 / (1 + np.exp(-(self.calibration[0] + x @ self.calibration[1:])))
            xg = self.gate_matrix(rows, data, x, idx)
            gates = (1 / (1 + np.exp(-(self.gate[0] + xg @ self.gate[1:])))).tolist()
            for i, p, right, g in zip(idx, probs.tolist(), y.tolist(), gates, strict=True):
                member = F.top_of(data[i], self.ranker)
                best = dict(zip(self.names, data[i][0][member[0]].tolist(), strict=True)) if member else {}
                out[i] = (rows[i], F.gated(p * F.unfilled(best), rows[i].get("rule", 1.0)), bool(right), g)
        return out


SHIPPED_RANKER = bool(os.environ.get("SHIPPED_RANKER"))  # round 31: every fold ranks by qa/weights.py's RANKER
# (gate-only variants measured in minutes on a loaded machine; the ranker is then in-sample for the groups it was
# fitted on, alike for every variant)
PER_ROW: dict = {}  # with one ranker for every fold, a row's calibration and gate inputs are computed once
CONFIDENCE_ROWS = F.confidence_rows


def _per_row(function, key_of):
    """``function`` memoised by the row and ``key_of``'s key (the ranker's weights and the inputs asked)."""
    def wrapped(row, *args):
        key = (function.__name__, id(row), key_of(*args))
        if key not in PER_ROW:
            PER_ROW[key] = function(row, *args)
        return PER_ROW[key]
    return wrapped


def _confidence_rows(rows, data, w, names, cnames):
    """F.confidence_rows, each row's values computed once per ranker and inputs."""
    one = _per_row(lambda r, d: CONFIDENCE_ROWS([r], [d], w, names, cnames),
                   lambda d: (w.tobytes(), tuple(cnames)))
    xs, ys, idx = [], [], []
    for i, (r, d) in enumerate(zip(rows, data, strict=True)):
        x1, y1, i1 = one(r, d)
        if i1:
            xs.append(x1[0])
            ys.append(y1[0])
            idx.append(i)
    return np.array(xs).reshape(len(xs), len(cnames)), np.array(ys), idx


if SHIPPED_RANKER:
    F.confidence_rows = _confidence_rows
    F.top_log_score = _per_row(F.top_log_score, lambda d, w: w.tobytes())
    F.rivalry_of = _per_row(F.rivalry_of, lambda d, w, agreeing: (w.tobytes(), agreeing))
F.RANKERS_FILE = out.with_name(out.stem + "_rankers.json")
if F.RANKERS_FILE.exists():
    F.RANKERS.update(json.loads(F.RANKERS_FILE.read_text()))
REL = list(F.RELATIVE)
base = {n for r in rows for c in r["candidates"] for f in c["members"] for n in f} - set(F.NEAR_MISS) \
    - (set(F.STATEMENT) | set(F.PROPOSED) | set(F.HOLDS) | set(F.RELATIVE) | set(MEMBER) | set(FRAME))
asks = sorted({n for r in rows for n in r["asks"]})
specs = []
GATE_PENALTY: dict[str, float] = {}  # per variant: the gate's ridge penalty
for spec in variants:
    name, _, body = spec.partition("=")
    add, _, rest_spec = body.partition(":")
    only, _, gate_spec = rest_spec.partition(":")
    gate_only, _, gate_rest = gate_spec.partition(":")  # gate-only inputs; calibration inputs the gate leaves out
    gate_without, _, gate_penalty = gate_rest.partition(":")  # … and the gate's own ridge penalty (default GATE_L2)
    add_l = [a for a in add.split("+") if a]
    only_l = [a for a in only.split("+") if a]
    gate_l = [a for a in gate_only.split("+") if a]
    gate_out = {a for a in gate_without.split("+") if a}
    rank_add = REL + add_l + only_l
    ranker_only = set(REL) | set(only_l)
    names = sorted(base | set(rank_add))  # as fit_ask.main orders them
    cnames = names + asks + list(F.CONFIDENCE_ONLY) + list(F.NEAR_MISS)
    cnames = [n for n in cnames if n not in F.RANKER_ONLY | ranker_only]
    specs.append((name, names, cnames, [n for n in cnames if n not in gate_out] + gate_l))
    GATE_PENALTY[name] = float(gate_penalty) if gate_penalty else F.GATE_L2
per = {name: {} for name, _n, _c, _g in specs}
t0 = time.time()
KEYS = ("correct", "n", "top", "answerable", "abstained", "unanswerable", "wrong08", "answered", "withheld_right")


def record(decided, at: float) -> dict:
    """One judged group's figures at threshold ``at``, with its decisions (loso_combine.py reads them)."""
    s = F.score(decided, at)
    un = sum(not r["answerable"] and r["id"] not in F.LABEL_CASES for r, _p, _ok, _g in decided)
    return {"correct": s["correct"], "n": s["n"], "top": sum(ok for r, _p, ok, _g in decided if r["answerable"]),
            "answerable": sum(r["answerable"] for r, _p, _ok, _g in decided),
            "abstained": round(s["abstention"] * un), "unanswerable": un, "wrong08": s["wrong_confident"],
            "answered": s["answered"], "withheld_right": s["withheld_right"],
            "decided": [(r["id"], p, ok, g, r["answerable"]) for r, p, ok, g in decided]}


def training_threshold(train, name, names, cnames, gnames, model, folds_wanted: int) -> float:
    """The threshold chosen on the training groups alone (fit_ask.cv_threshold): over their out-of-fold decisions
    when ``folds_wanted`` > 1 (the training groups dealt round-robin into that many folds, each decided by a model
    fitted on the others), else over the full fit's in-sample decisions."""
    groups = list(dict.fromkeys(r["group"] for r in train))
    if folds_wanted <= 1:
        decided = {g: model.decide([r for r in train if r["group"] == g]) for g in groups}
        return F.cv_threshold(decided)
    decided = {}
    for k in range(folds_wanted):
        inner = set(groups[k::folds_wanted])
        fold = FoldModel([r for r in train if r["group"] not in inner], names, cnames, F.RANK_L2, F.CONF_L2,
                         GATE_PENALTY[name], gnames)
        decided.update({g: fold.decide([r for r in train if r["group"] == g]) for g in inner})
        print(f"  {name} inner fold {k + 1}/{folds_wanted} ({time.time() - t0:.0f}s)", flush=True)
    return F.cv_threshold({g: decided[g] for g in groups})


def forward(judged: list[str], folds_wanted: int) -> None:
    """Round 34: each variant fitted once on the groups not judged and judged on ``judged`` (a forward split: the
    judged groups are newer than any the fit saw), at the driver's threshold and at one chosen on the training
    groups alone; per variant build/forward_NAME[TAG].json."""
    train = [r for r in rows if r["group"] not in judged]
    for name, names, cnames, gnames in specs:
        model = FoldModel(train, names, cnames, F.RANK_L2, F.CONF_L2, GATE_PENALTY[name], gnames)
        print(f"{name}: fitted on {len(train)} rows ({time.time() - t0:.0f}s)", flush=True)
        chosen = training_threshold(train, name, names, cnames, gnames, model, folds_wanted)
        result = {"threshold": threshold, "chosen": chosen, "fixed": {}, "at_chosen": {}}
        for group in judged:
            decided = model.decide([r for r in rows if r["group"] == group])
            result["fixed"][group], result["at_chosen"][group] = record(decided, threshold), record(decided, chosen)
        for label, at in (("fixed", threshold), ("at_chosen", chosen)):
            for group, v in result[label].items():
                print(f"  {name} {group} at {at:.3f}: right+cited {v['correct']}/{v['n']} top-1 {v['top']}/"
                      f"{v['answerable']} abstained {v['abstained']}/{v['unanswerable']} wrong>=0.8 {v['wrong08']}")
            tot = {k: sum(v[k] for v in result[label].values()) for k in KEYS}
            print(f"{name} ALL at {at:.3f} ({label}): {tot}", flush=True)
        Path(f"build/forward_{name}{TAG}.json").write_text(json.dumps(result))


TAG = os.environ.get("LOSO_TAG", "")  # apart per process when the held-out groups are split between processes
if os.environ.get("FORWARD"):  # round 34: FORWARD=v26,v27,… judged by one fit on the other groups
    forward(os.environ["FORWARD"].split(","), int(os.environ.get("TRAIN_FOLDS", "0")))
    sys.exit(0)
HELD = os.environ.get("LOSO_HELD", "").split(",") if os.environ.get("LOSO_HELD") else list(F.GROUPS)
for held in (HELD if os.environ.get("LOSO_HELD") else reversed(list(F.GROUPS))):  # newest first by default
    train = [r for r in rows if r["group"] != held]
    test = [r for r in rows if r["group"] == held]
    for name, names, cnames, gnames in specs:
        model = FoldModel(train, names, cnames, F.RANK_L2, F.CONF_L2, GATE_PENALTY[name], gnames)
        decided = model.decide(test)
        top = sum(ok for r, _p, ok, _g in decided if r["answerable"])
        count = sum(r["answerable"] for r, _p, _ok, _g in decided)
        s = F.score(decided, threshold)
        un = sum(not r["answerable"] and r["id"] not in F.LABEL_CASES for r, _p, _ok, _g in decided)
        per[name][held] = {"correct": s["correct"], "n": s["n"], "top": top, "answerable": count,
                           "abstained": round(s["abstention"] * un), "unanswerable": un,
                           "wrong08": s["wrong_confident"], "answered": s["answered"],
                           "withheld_right": s["withheld_right"],
                           "decided": [(r["id"], p, ok, g, r["answerable"]) for r, p, ok, g in decided]}
        print(f"{name} {held}: right+cited {s['correct']}/{s['n']} top-1 {top}/{count} "
              f"unanswerable abstained {per[name][held]['abstained']}/{un} wrong>=0.8 {s['wrong_confident']} "
              f"answered {s['answered']} ({time.time() - t0:.0f}s)", flush=True)
        Path(f"build/loso_{name}{TAG}.json").write_text(json.dumps(per[name]))  # loso_combine.py reads them
by_id = {(r["group"], r["id"]): r for r in rows}
for name, _n, _c, _g in specs:
    tot = {k: sum(v[k] for v in per[name].values()) for k in KEYS}
    print(f"{name} ALL: {tot}", flush=True)
    folds = {g: [(by_id[(g, i)], p, ok, gg) for i, p, ok, gg, _a in v["decided"]] for g, v in per[name].items()}
    cv = F.cv_threshold(folds)
    pc = F.pooled(folds, cv)
    print(f"{name} cross-validated threshold {cv:.2f}: {pc['correct']}/{pc['n']} mean/least abstention "
          f"{pc['abstention']:.2f}/{pc['least_abstention']:.2f} wrong>=0.8 {pc['wrong_confident']}", flush=True)
    nested = 0
    for g, decided in folds.items():  # each set's threshold chosen on the other sets' out-of-fold decisions only
        nested += F.score(decided, F.cv_threshold({h: d for h, d in folds.items() if h != g}))["correct"]
    print(f"{name} nested cross-validated threshold: {nested}/{sum(len(d) for d in folds.values())}", flush=True)
    for t in (0.85, 0.86, 0.87, 0.88, 0.89, 0.90, 0.91):
        pt = F.pooled(folds, t)
        print(f"  {name} at {t:.2f}: {pt['correct']} mean/least abstention {pt['abstention']:.3f}/"
              f"{pt['least_abstention']:.2f} wrong>=0.8 {pt['wrong_confident']} wrong shown {pt['wrong_shown']}")


def replace_table(text: str, name: str, values: dict) -> str:
    start = text.index(f"{name}: dict[str, float] = {{\n")
    end = text.index("\n}\n", start) + 3
    return text[:start] + F.table(name, values) + "\n" + text[end:]


ship = os.environ.get("SHIP")  # the variant whose ranker and gate are written if it beats the first variant
if ship and len(per[ship]) == len(F.GROUPS):
    control = specs[0][0]
    tc = {k: sum(v[k] for v in per[control].values()) for k in KEYS}
    ts = {k: sum(v[k] for v in per[ship].values()) for k in KEYS}
    if ts["correct"] > tc["correct"] and ts["wrong08"] <= tc["wrong08"]:
        _name, names, cnames, _gnames = next(s for s in specs if s[0] == ship)
        model = FoldModel(rows, names, cnames, F.RANK_L2, F.CONF_L2, F.GATE_L2)
        ranker = dict(zip(model.names, model.ranker.tolist(), strict=True))
        gate = {"intercept": float(model.gate[0]), **dict(zip(model.cnames, model.gate[1:].tolist(), strict=True))}
        text = F.WEIGHTS.read_text(encoding="utf-8")
        text = replace_table(replace_table(text, "RANKER", ranker), "GATE", gate)
        F.WEIGHTS.write_text(text, encoding="utf-8")
        print("wrote RANKER and GATE of", ship, "fitted on all", len(rows), "rows", flush=True)
        print("ranker:", ", ".join(f"{n} {w:+.3f}" for n, w in sorted(ranker.items(), key=lambda x: -abs(x[1]))))
    else:
        print("not written:", ship, ts, "against", control, tc, flush=True)
