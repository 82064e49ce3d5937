"""Round 34: what the answerability gate sees in a right answer it withholds, next to the unanswerable questions it
shows or nearly shows. Reads fit_ask.collect rows (part files), recomputes the shipped gate's probability of every
question (shipped RANKER, GATE), and classes each withheld right answer by the group of gate inputs that pushes it
furthest under the threshold (its inputs' contributions against the mean of the right answers the gate shows).
Run from the repository root with src on PYTHONPATH:

    bench/gate_withheld.py PART.json … [--dump OUT.jsonl] [--near 0.75] [--auc]

``--auc``: every candidate feature of the best member (and the new frame values, qa/answerable.py ``FRAME``, when the
rows hold them), AUC of right-shown > unanswerable and withheld-right > unanswerable.
"""
from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fit_ask as F  # noqa: E402

from vitrina.qa.rank import confidence_values, gate_values  # noqa: E402
from vitrina.qa.weights import GATE, LEARNED_THRESHOLD, RANKER  # noqa: E402

# The gate's inputs grouped by what they tell (a withheld answer is classed by the group pushing it furthest down).
INPUT_GROUPS = {
    "retrieval score": ("top_score", "bm25_share", "rule_share", "sentence_first", "sentence_order",
                        "coverage_gap", "best_coverage", "section_share", "document_share"),
    "question words in the sentence": ("coverage", "exact", "missing_content", "missing_top", "missing_name",
                                       "indirect", "question_overlap", "proximity"),
    "predicate match": ("aligned", "align_credit", "predicate_missing", "missing_event",
                        *(f"unaligned_{k}" for k in ("date", "quantity", "person", "place", "named"))),
    "answer type": ("agrees", "fit", "capitalised", "head_category", "head_kind_of", "holds_agreeing", "names_head",
                    "count_mismatch", "precision_short", "asked_unnamed", "qualifier_missing", "approximate"),
    "candidate kind": tuple(f"kind_{k}" for k in ("date", "quantity", "person", "place", "organization", "named",
                                                  "term", "list", "clause", "sentence", "span", "truth")),
    "slot and parse": ("in_slot", "off_slot", "role_slot", "event_slot", "anchor_path", "inside_larger",
                       "span_anchor", "span_slot", "span_form", "span_part", "span_subject", "span_object",
                       "span_prep", "span_clause", "span_adverbial", "span_chunk", "whole_sentence", "length"),
    "spread of the answers": ("share", "margin", "top3", "entropy", "candidates", "support"),
    "question form": (),  # asks_*
    "sentence form": ("follower", "follower_far", "heading", "terminal", "sentence_length", "neighbour",
                      "resolved", "named_by"),
}


def group_of(name: str) -> str:
    if name.startswith("asks_"):
        return "question form"
    return next((g for g, names in INPUT_GROUPS.items() if name in names), "other")


def gate_row(row: dict, names: list[str], w: np.ndarray) -> tuple[dict, dict[str, float], float] | None:
    """The best member's features, the gate's inputs and the gate's probability under the shipped tables."""
    d = F.rank_arrays([row], names)[0]
    top = F.top_of(d, w)
    if top is None:
        return None
    member, shares = top
    features = F.members_of(row)[member]
    values = gate_values(confidence_values(features, row["asks"], shares), F.top_log_score(row, d, w))
    z = GATE["intercept"] + sum(c * values.get(n, 0.0) for n, c in GATE.items() if n != "intercept")
    return features, values, 1 / (1 + math.exp(-max(-30, min(30, z))))


def auc(pos: list[float], neg: list[float]) -> float:
    """P(a positive's value > a negative's), ties half."""
    if not pos or not neg:
        return float("nan")
    a, b = np.array(pos), np.array(neg)
    greater = (a[:, None] > b[None, :]).sum() + 0.5 * (a[:, None] == b[None, :]).sum()
    return float(greater / (len(a) * len(b)))


def pick(features: dict, values: dict[str, float], name: str) -> float:
    """A gate input's value, else the best member's feature."""
    return values.get(name, features.get(name, 0.0))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("parts", nargs="+", type=Path)
    parser.add_argument("--dump", type=Path)
    parser.add_argument("--near", type=float, default=0.75, help="an unanswerable question 'nearly shown' from here")
    parser.add_argument("--auc", action="store_true")
    args = parser.parse_args()
    rows = [r for p in args.parts for r in json.loads(p.read_text())]
    names = sorted(n for n in RANKER if n != "intercept")
    w = np.array([RANKER[n] for n in names])
    seen = []
    for r in rows:
        got = gate_row(r, names, w)
        if got is not None:
            seen.append((r, *got))
    shown_right = [(r, f, v, g) for r, f, v, g in seen if r["answerable"] and r["outcome"] == "right"]
    withheld = [(r, f, v, g) for r, f, v, g in seen if r["outcome"] == "c withheld"]
    unans = [(r, f, v, g) for r, f, v, g in seen if not r["answerable"] and r["id"] not in F.LABEL_CASES]
    agree = sum((g >= LEARNED_THRESHOLD) == (r["shown"] is not None) for r, _f, _v, g in seen)
    print(f"{len(rows)} questions, {len(seen)} with a candidate; gate recomputed agrees with ask's decision on "
          f"{agree}; right shown {len(shown_right)}, withheld right {len(withheld)}, unanswerable {len(unans)} "
          f"(shown {sum(g >= LEARNED_THRESHOLD for *_x, g in unans)}, nearly ≥ {args.near} "
          f"{sum(args.near <= g < LEARNED_THRESHOLD for *_x, g in unans)})")
    inputs = [n for n in GATE if n != "intercept"]
    mean = {n: float(np.mean([v.get(n, 0.0) for _r, _f, v, _g in shown_right])) for n in inputs}
    classes: Counter[str] = Counter()
    lead: Counter[str] = Counter()
    out = args.dump.open("w", encoding="utf-8") if args.dump else None
    for label, group in (("withheld", withheld), ("unanswerable", unans)):
        for r, _f, v, g in group:
            contrib = {n: GATE[n] * (v.get(n, 0.0) - mean[n]) for n in inputs}
            by_group: Counter[str] = Counter()
            for n, c in contrib.items():
                by_group[group_of(n)] += c
            worst = min(by_group, key=lambda k: by_group[k])
            if label == "withheld":
                classes[worst] += 1
                lead[min(contrib, key=lambda k: contrib[k])] += 1
            if out and (label == "withheld" or g >= args.near):
                out.write(json.dumps({"kind": label, "group": r["group"], "id": r["id"], "question": r.get("question"),
                                      "expected": r["expected"], "shown": r["shown"], "gate": round(g, 3),
                                      "pushed_by": worst, "inputs": {k: round(x, 3) for k, x in
                                                                     sorted(contrib.items(), key=lambda x: x[1])[:5]},
                                      "groups": {k: round(x, 3) for k, x in by_group.most_common()[::-1][:4]}})
                          + "\n")
    if out:
        out.close()
    print("withheld right by the input group pushing furthest down:", ", ".join(f"{k} {v}" for k, v in
                                                                                  classes.most_common()))
    print("… by the single input:", ", ".join(f"{k} {v}" for k, v in lead.most_common(12)))
    gaps = sorted(LEARNED_THRESHOLD - g for *_x, g in withheld)
    print("withheld right: gate short of the threshold by ≤ 0.05", sum(x <= 0.05 for x in gaps), "≤ 0.15",
          sum(x <= 0.15 for x in gaps), "of", len(gaps))
    if args.auc:
        features = sorted({n for _r, f, _v, _g in seen for n in f} | {n for _r, _f, v, _g in seen for n in v})
        table = []
        for n in features:
            a1 = auc([pick(f, v, n) for _r, f, v, _g in shown_right], [pick(f, v, n) for _r, f, v, _g in unans])
            a2 = auc([pick(f, v, n) for _r, f, v, _g in withheld], [pick(f, v, n) for _r, f, v, _g in unans])
            table.append((abs(a2 - 0.5), n, a1, a2, n in GATE))
        print("feature: AUC right shown > unanswerable · withheld right > unanswerable (gate input *)")
        for _d, n, a1, a2, in_gate in sorted(table, reverse=True):
            print(f"  {n}{'*' if in_gate else ''}: {a1:.2f} · {a2:.2f}")


if __name__ == "__main__":
    main()
