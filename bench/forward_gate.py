"""Round 34: gate inputs judged by a forward split — the calibration and the gate fitted on the older groups, judged on
the newer ones — the shipped RANKER in every fit (fitted on dev … ask_v25, so out of sample for the newer groups).
The threshold is chosen as the project chooses it, on the training groups' own leave-one-set-out decisions
(fit_ask.cv_threshold), and also reported at the shipped LEARNED_THRESHOLD. Run from the repository root with src on
PYTHONPATH:

    bench/forward_gate.py PART_DIR [--split v25] [--loso] -- control= clause=clause_arguments frame=clause_frame

VARIANT is name=gate+only+inputs (added to the shipped gate inputs, top_score included) [:gate_l2]. ``--loso`` also
pools leave one set out over every group (each fold fitted on all the others, the threshold cross-validated and
nested as bench/loso_variants.py does).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fit_ask as F  # noqa: E402

from vitrina.qa.answerable import FRAME, MEMBER, RIVALRY  # noqa: E402
from vitrina.qa.weights import LEARNED_THRESHOLD, RANKER  # noqa: E402

F.SHIPPED_RANKER = True


class GateModel:
    """The shipped ranker; a calibration and a gate fitted on ``rows`` (the gate reads ``gnames``)."""

    def __init__(self, rows: list[dict], names: list[str], cnames: list[str], gnames: list[str], gate_l2: float):
        self.names, self.cnames, self.gnames = names, cnames, gnames
        self.ranker = np.array([RANKER.get(n, 0.0) for n in names])
        data = F.rank_arrays(rows, names)
        x, y, idx = F.confidence_rows(rows, data, self.ranker, names, cnames)
        self.calibration = F.fit_logistic(x, y, F.CONF_L2)
        self.per_kind = PER_KIND_GATES in gnames
        xg = self.gate_matrix(rows, data, x, idx)
        if self.per_kind:  # one small gate per asked kind, the calibration shared
            kinds = [asked_kind(rows[i]) for i in idx]
            self.gates = {k: F.fit_logistic(*F.gate_rows(rows, xg[sel], y[sel], [idx[j] for j in sel]), gate_l2)
                          for k in sorted(set(kinds)) for sel in [[j for j, kk in enumerate(kinds) if kk == k]]}
            self.gate = self.gates.get("quantity", next(iter(self.gates.values())))
        else:
            self.gate = F.fit_logistic(*F.gate_rows(rows, xg, y, idx), gate_l2)

    def gate_matrix(self, rows: list[dict], data: list, x: np.ndarray, idx: list[int]) -> np.ndarray:
        extra = [n for n in self.gnames if n not in self.cnames and n != PER_KIND_GATES]
        plain = [n for n in extra if not INTERACTION.fullmatch(n)]
        xe = np.zeros((len(idx), len(plain)))
        for k, i in enumerate(idx if plain else []):
            xe[k] = cached_extra(rows[i], data[i], self.ranker, tuple(plain))
        columns = dict(zip(self.cnames + plain, np.hstack([x, xe]).T, strict=True))
        for n in extra:  # an input times the asked-kind indicator ("top_score_for_quantity")
            if n not in columns:
                m = INTERACTION.fullmatch(n)
                columns[n] = columns[m.group(1)] * columns[f"asks_{m.group(2)}"]
        return np.array([columns[n] for n in self.cnames + extra]).T.reshape(len(idx), len(self.cnames) + len(extra))

    def decide(self, rows: list[dict]) -> list:
        data = F.rank_arrays(rows, self.names)
        out = [(r, None, False, None) for r in rows]
        x, y, idx = F.confidence_rows(rows, data, self.ranker, self.names, self.cnames)
        if len(idx):
            probs = 1 / (1 + np.exp(-(self.calibration[0] + x @ self.calibration[1:])))
            xg = self.gate_matrix(rows, data, x, idx)
            if self.per_kind:
                gws = [self.gates.get(asked_kind(rows[i]), self.gate) for i in idx]
                gates = np.array([1 / (1 + np.exp(-(gw[0] + xg[k] @ gw[1:]))) for k, gw in enumerate(gws)])
            else:
                gates = 1 / (1 + np.exp(-(self.gate[0] + xg @ self.gate[1:])))
            for i, p, right, g in zip(idx, probs.tolist(), y.tolist(), gates.tolist(), strict=True):
                member = F.top_of(data[i], self.ranker)
                best = dict(zip(self.names, data[i][0][member[0]].tolist(), strict=True)) if member else {}
                out[i] = (rows[i], F.gated(p * F.unfilled(best), rows[i].get("rule", 1.0)), bool(right), g)
        return out


EXTRA: dict[tuple[int, tuple[str, ...]], list[float]] = {}
KINDS = ("date", "quantity", "person", "place", "named")  # rank.FACTOIDS: the kinds a gate input is split by
INTERACTION = re.compile(r"(.+)_for_(" + "|".join(KINDS) + ")")
PER_KIND_GATES = "@kinds"  # in a variant's inputs: one gate per asked kind (the rest share one) instead of one


def asked_kind(row: dict) -> str:
    """The factoid kind a question asks (rank.FACTOIDS), else "other"."""
    return next((k for k in KINDS if row["asks"].get(f"asks_{k}")), "other")


def cached_extra(row: dict, d: F.Arrays, w: np.ndarray, extra: tuple[str, ...]) -> list[float]:
    """The gate-only inputs of one row under the shipped ranker (the same in every fit: computed once)."""
    key = (id(row), extra)
    if key not in EXTRA:
        top = F.top_of(d, w)
        member = F.members_of(row)[top[0]] if top is not None else {}
        rivals = F.rivalry_of(row, d, w, F.agreeing(row)) if set(extra) & set(RIVALRY) else {}
        EXTRA[key] = [F.gate_values({}, F.top_log_score(row, d, w))["top_score"] if n == "top_score"
                      else rivals[n] if n in rivals else member.get(n, 0.0) for n in extra]
    return EXTRA[key]


def loso(rows: list[dict], groups: list[str], spec: tuple) -> dict[str, list]:
    """Each group decided by a model fitted on the other groups of ``groups``."""
    _name, names, cnames, gnames, l2 = spec
    folds = {}
    for held in groups:
        model = GateModel([r for r in rows if r["group"] in groups and r["group"] != held], names, cnames, gnames, l2)
        folds[held] = model.decide([r for r in rows if r["group"] == held])
    return folds


def figures(decided: list, threshold: float) -> dict[str, float]:
    s = F.score(decided, threshold)
    un = [r for r, _p, _ok, _g in decided if not r["answerable"] and r["id"] not in F.LABEL_CASES]
    answered_right = sum(ok and F.answers(p, g, threshold) for r, p, ok, g in decided if r["answerable"])
    return {"right_cited": s["correct"], "answered_right": answered_right,
            "abstained": round(s["abstention"] * len(un)), "unanswerable": len(un), "wrong08": s["wrong_confident"],
            "withheld_right": s["withheld_right"]}


def line(label: str, fig: dict[str, float]) -> str:
    return (f"{label}: right + cited {fig['right_cited']}, answered right {fig['answered_right']}, unanswerable "
            f"abstained {fig['abstained']}/{fig['unanswerable']} ({fig['abstained'] / max(1, fig['unanswerable']):.3f})"
            f", wrong >= 0.8 {fig['wrong08']}, right withheld {fig['withheld_right']}")


def specs_of(variants: list[str], rows: list[dict]) -> list[tuple]:
    relative = list(F.RELATIVE)
    base = {n for r in rows for c in r["candidates"] for f in c["members"] for n in f} - set(F.NEAR_MISS) \
        - (set(F.STATEMENT) | set(F.PROPOSED) | set(F.HOLDS) | set(F.RELATIVE) | set(MEMBER) | set(FRAME))
    asks = sorted({n for r in rows for n in r["asks"]})
    names = sorted(base | set(relative))
    cnames = [n for n in names + asks + list(F.CONFIDENCE_ONLY) + list(F.NEAR_MISS)
              if n not in F.RANKER_ONLY | set(relative)]
    out = []
    for spec in variants:
        name, _, body = spec.partition("=")
        added, _, l2 = body.partition(":")
        gnames = cnames + ["top_score"] + [a for a in added.split("+") if a]
        out.append((name, names, cnames, gnames, float(l2) if l2 else F.GATE_L2))
    return out


def main() -> None:
    argv = sys.argv[1:]
    cut = argv.index("--")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("parts", type=Path)
    parser.add_argument("--split", default="v25", help="the last training group")
    parser.add_argument("--loso", action="store_true")
    parser.add_argument("--at", nargs="*", type=float, default=[],
                        help="also pool leave one set out at these fixed thresholds (one threshold for every variant)")
    args = parser.parse_args(argv[:cut])
    groups = [g for g in F.GROUPS if (args.parts / f"{g}.json").exists()]
    rows = [r for g in groups for r in json.loads((args.parts / f"{g}.json").read_text(encoding="utf-8"))]
    train = groups[:groups.index(args.split) + 1]
    test = groups[groups.index(args.split) + 1:]
    print(f"{len(rows)} rows; train {train[0]} … {train[-1]} ({len(train)}), judged {test[0]} … {test[-1]} "
          f"({len(test)})", flush=True)
    result = {}
    for spec in specs_of(argv[cut + 1:], rows):
        name = spec[0]
        inner = loso(rows, train, spec)
        cv = F.cv_threshold(inner)
        model = GateModel([r for r in rows if r["group"] in train], *spec[1:])
        decided = model.decide([r for r in rows if r["group"] in test])
        result[name] = {"cv": cv, "at_cv": figures(decided, cv), "at_shipped": figures(decided, LEARNED_THRESHOLD),
                        "gate": dict(zip(["intercept", *[n for n in spec[3] if n != PER_KIND_GATES]],
                                         model.gate.tolist(), strict=True))}
        print(f"{name}: threshold chosen on the training groups {cv:.3f}", flush=True)
        print("  " + line(f"judged at {cv:.3f}", result[name]["at_cv"]), flush=True)
        print("  " + line(f"judged at {LEARNED_THRESHOLD}", result[name]["at_shipped"]), flush=True)
        for t in args.at:
            result[name][f"at_{t}"] = figures(decided, t)
            print("  " + line(f"judged at {t}", result[name][f"at_{t}"]), flush=True)
        for n in spec[3][len(spec[2]):]:
            if n in result[name]["gate"]:
                print(f"  gate weight {n} {result[name]['gate'][n]:+.3f}")
        if args.loso:
            folds = loso(rows, groups, spec)
            cvl = F.cv_threshold(folds)
            pooled = F.pooled(folds, cvl)
            nested = sum(F.score(d, F.cv_threshold({h: e for h, e in folds.items() if h != g}))["correct"]
                         for g, d in folds.items())
            at = F.pooled(folds, LEARNED_THRESHOLD)
            result[name]["loso"] = {"cv": cvl, "correct": pooled["correct"], "nested": nested,
                                    "wrong08": pooled["wrong_confident"], "abstention": pooled["abstention"],
                                    "at_shipped": at["correct"], "at_shipped_abstention": at["abstention"],
                                    "at_shipped_wrong08": at["wrong_confident"]}
            print(f"  leave one set out over {len(groups)} groups: cv threshold {cvl:.3f} right + cited "
                  f"{pooled['correct']}/{pooled['n']} (mean abstention {pooled['abstention']:.3f}, least "
                  f"{pooled['least_abstention']:.2f}, wrong >= 0.8 {pooled['wrong_confident']}); nested {nested}; "
                  f"at {LEARNED_THRESHOLD}: {at['correct']} (abstention {at['abstention']:.3f}, wrong >= 0.8 "
                  f"{at['wrong_confident']})", flush=True)
            for t in args.at:
                fixed = F.pooled(folds, t)
                result[name]["loso"][f"at_{t}"] = fixed
                print(f"  leave one set out at {t}: right + cited {fixed['correct']} (mean abstention "
                      f"{fixed['abstention']:.3f}, least {fixed['least_abstention']:.2f}, wrong >= 0.8 "
                      f"{fixed['wrong_confident']})", flush=True)
    out = Path(os.environ.get("FORWARD_OUT", "build/forward_gate.json"))
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(result, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
