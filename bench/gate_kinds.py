"""Round 35: how well the answer's own evidence separates right answers from guesses inside each asked kind, and the
gate variants' out-of-fold AUC on the training groups — the cheap pick before bench/forward_gate.py. Run from the
repository root with src on PYTHONPATH:

    bench/gate_kinds.py PART_DIR [--split v25] -- control= inter=top_score_for_quantity+… kinds=@kinds

Per asked kind (rank.FACTOIDS, else "other"): the AUC of each evidence input (the shipped ranker's best answer)
for "the best answer is right" against "the question is unanswerable", on the training groups (dev … split). Per
variant (as bench/forward_gate.py reads them): the AUC of the gate's probability, each training group decided by a
gate fitted on the other training groups, pooled and per kind.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fit_ask as F  # noqa: E402
import forward_gate as G  # noqa: E402

EVIDENCE = ("top_score", "share", "margin", "entropy", "top3", "bm25_share", "coverage", "sentence_first")


def auc(pos: list[float], neg: list[float]) -> float:
    """P(a positive scores above a negative), ties half."""
    if not pos or not neg:
        return float("nan")
    p, n = np.array(pos), np.array(neg)
    return float(((p[:, None] > n[None, :]).sum() + 0.5 * (p[:, None] == n[None, :]).sum()) / (len(p) * len(n)))


def labelled(decided: list) -> list[tuple[dict, bool, float]]:
    """(row, right, gate probability) for the questions the gate is fitted on: best answer right, or unanswerable."""
    return [(r, ok, g) for r, p, ok, g in decided if p is not None and (ok or (not r["answerable"]
                                                                              and r["id"] not in F.LABEL_CASES))]


def evidence_aucs(rows: list[dict], spec: tuple) -> None:
    """Per asked kind, each evidence input's AUC (in-sample values: nothing is fitted on them)."""
    _name, names, cnames, _gnames, l2 = spec
    model = G.GateModel(rows, names, cnames, cnames + ["top_score"], l2)
    data = F.rank_arrays(rows, names)
    x, y, idx = F.confidence_rows(rows, data, model.ranker, names, cnames)
    xg = model.gate_matrix(rows, data, x, idx)
    column = {n: xg[:, k] for k, n in enumerate(cnames + ["top_score"])}
    keep = [k for k, i in enumerate(idx) if y[k] > 0 or (not rows[i]["answerable"] and rows[i]["id"] not in F.LABEL_CASES)]
    kinds = [G.asked_kind(rows[idx[k]]) for k in keep]
    print("evidence AUC per asked kind (right best answer > unanswerable; training groups):")
    print("  kind (right / unanswerable): " + ", ".join(EVIDENCE))
    for kind in [*G.KINDS, "other", "all"]:
        sel = [k for k, kk in zip(keep, kinds, strict=True) if kind in (kk, "all")]
        pos = [k for k in sel if y[k] > 0]
        neg = [k for k in sel if y[k] == 0]
        cells = [f"{auc([column[n][k] for k in pos], [column[n][k] for k in neg]):.2f}" for n in EVIDENCE]
        print(f"  {kind} ({len(pos)} / {len(neg)}): " + ", ".join(cells))


def main() -> None:
    argv = sys.argv[1:]
    cut = argv.index("--")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("parts", type=Path)
    parser.add_argument("--split", default="v25", help="the last training group")
    args = parser.parse_args(argv[:cut])
    groups = [g for g in F.GROUPS if (args.parts / f"{g}.json").exists()]
    train = groups[:groups.index(args.split) + 1]
    rows = [r for g in train for r in json.loads((args.parts / f"{g}.json").read_text(encoding="utf-8"))]
    specs = G.specs_of(argv[cut + 1:], rows)
    evidence_aucs(rows, specs[0])
    print("gate AUC, each training group out of fold (right best answer > unanswerable):")
    for spec in specs:
        got = [t for d in G.loso(rows, train, spec).values() for t in labelled(d)]
        cells = []
        for kind in ["all", *G.KINDS, "other"]:
            sel = [(ok, g) for r, ok, g in got if kind in ("all", G.asked_kind(r))]
            cells.append(f"{kind} {auc([g for ok, g in sel if ok], [g for ok, g in sel if not ok]):.3f}")
        guesses = sorted((g for _r, ok, g in got if not ok), reverse=True)
        cut = guesses[int(len(guesses) * (1 - F.ABSTAIN_TARGET))]  # the gate value 0.95 of the guesses stay under
        passed = sum(ok and g > cut for _r, ok, g in got)
        print(f"  {spec[0]}: " + ", ".join(cells) + f"; right answers above the gate value {cut:.3f} that "
              f"{F.ABSTAIN_TARGET:.0%} of the unanswerable stay under: {passed}", flush=True)


if __name__ == "__main__":
    main()
