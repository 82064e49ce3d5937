"""Round 45: census of the right first answers the answerability gate withholds, beside the unanswerable questions.

Reads bench/ask_features.py's cached rows (the groups named, or every cached one) and decides each question with the
shipped tables (RANKER + RANKER_ADDED, GATE, LEARNED_THRESHOLD), as bench/gate_withheld.py does. Per group: right
answers withheld at the gate, unanswerable questions answered. Then, for the evidence the gate might lack, each value
of the best answer against the unanswerable questions' best answers (AUC withheld-right > unanswerable and right-shown
> unanswerable, and the mean of each):

* how much of the question the stating sentence covers (``coverage``, ``missing_content``, ``missing_top``, through
  base forms and WordNet relatives; ``aligned_coverage``: the coverage when the question's predicate has a counterpart);
* whether the answer's type fits the asked slot (``head_category``: a WordNet kind of the head noun is the asked one;
  ``agrees``, ``kind_clash``, ``kind_near``), per asked kind;
* whether the answer is the argument the question's predicate governs (``governed``, ``in_slot``, ``role_slot``,
  ``event_slot``, ``argument_match``, ``frame_filled``);
* agreement between the first and the other pooled answers (``alike_share``, ``distinct_lead``: qa/answerable.py).

    PYTHONPATH=src .venv/bin/python bench/gate_census.py v40 v41 … redteam44 --group-db redteam41=RT41.db … \
        [--db build/dev.db] [--revision REV] [--list]
"""
from __future__ import annotations

import argparse
import math
import sys
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import ask_features  # noqa: E402
import fit_ask as F  # noqa: E402

from vitrina.qa.rank import confidence_values, gate_values  # noqa: E402
from vitrina.qa.weights import GATE, LEARNED_THRESHOLD, RANKER, RANKER_ADDED  # noqa: E402

EVIDENCE = {
    "coverage": ("coverage", "missing_content", "missing_top", "exact", "aligned_coverage", "best_coverage"),
    "type": ("unit_fits", "head_category", "agrees", "head_kind_of", "kind_clash", "kind_near", "fit"),
    "governed": ("governed", "in_slot", "role_slot", "event_slot", "argument_match", "frame_filled", "anchor_path"),
    "agreement": ("alike_share", "distinct_lead", "alike_documents", "share", "margin"),
}


def auc(pos: list[float], neg: list[float]) -> float:
    """P(a positive's value > a negative's), ties half."""
    if not pos or not neg:
        return float("nan")
    a, b = np.array(pos), np.array(neg)
    return float(((a[:, None] > b[None, :]).sum() + 0.5 * (a[:, None] == b[None, :]).sum()) / (len(a) * len(b)))


def decided(row: dict, names: list[str], w: np.ndarray) -> tuple[dict[str, float], float, bool] | None:
    """The best answer's values (its member's features, the gate's inputs, the agreement of the pooled answers),
    the shipped gate's probability and whether the best answer is right and cited."""
    d = F.rank_arrays([row], names)[0]
    top = F.top_of(d, w)
    if top is None:
        return None
    member, shares = top
    features = F.members_of(row)[member]
    values = gate_values(confidence_values(features, row["asks"], shares), F.top_log_score(row, d, w))
    values = {**features, **values, **F.agreement_of(row, d, w)}
    z = GATE["intercept"] + sum(c * values.get(n, 0.0) for n, c in GATE.items() if n != "intercept")
    return values, 1 / (1 + math.exp(-max(-30.0, min(30.0, z)))), bool(d[1][member])


def asked(row: dict) -> str:
    return next((k[5:] for k, v in row["asks"].items() if v and k.startswith("asks_") and k[5:] in
                 ("date", "quantity", "person", "place", "name", "named", "list", "sentence", "truth")), "other")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("groups", nargs="*")
    parser.add_argument("--db", type=Path, default=F.eval_ask.DEFAULT_DB)
    parser.add_argument("--group-db", nargs="*", default=[], metavar="GROUP=DB")
    parser.add_argument("--cache-dir", type=Path, default=F.ROOT / "build" / "ask_features")
    parser.add_argument("--revision")
    parser.add_argument("--list", action="store_true", help="print every withheld right answer and answered "
                        "unanswerable question with its evidence")
    args = parser.parse_args()
    group_dbs = {g: Path(d) for g, _, d in (x.partition("=") for x in args.group_db)}
    cache = ask_features.Cache(args.cache_dir, revision=args.revision)
    chosen = ask_features.groups(group_dbs, args.db, args.groups or None)
    names = sorted(set(RANKER) | set(RANKER_ADDED))
    w = np.array([RANKER.get(n, 0.0) + RANKER_ADDED.get(n, 0.0) for n in names])
    shown, withheld, unans = [], [], []
    for g, (files, db) in chosen.items():
        if not cache.path(g, files, db).exists():
            print(f"{g}: not cached")
            continue
        rows = F.derive(cache.rows(g, files, db))
        n_with = n_un = 0
        for r in rows:
            got = decided(r, names, w)
            if got is None:
                continue
            values, gate, right = got
            item = (r, values, gate)
            if r["answerable"] and right:
                (shown if gate >= LEARNED_THRESHOLD else withheld).append(item)
                n_with += gate < LEARNED_THRESHOLD
            elif not r["answerable"] and r["id"] not in F.LABEL_CASES:
                unans.append(item)
                n_un += gate >= LEARNED_THRESHOLD
        F.ARRAYS.clear()
        print(f"{g}: withheld right {n_with}, unanswerable answered {n_un}", flush=True)
    print(f"\nall: right shown {len(shown)}, withheld right {len(withheld)}, unanswerable {len(unans)} "
          f"(answered {sum(g >= LEARNED_THRESHOLD for *_x, g in unans)})")
    gaps = sorted(LEARNED_THRESHOLD - g for *_x, g in withheld)
    print(f"withheld right short of the threshold by <= 0.05: {sum(x <= 0.05 for x in gaps)}, <= 0.15: "
          f"{sum(x <= 0.15 for x in gaps)}, <= 0.3: {sum(x <= 0.3 for x in gaps)} of {len(gaps)}")
    print("withheld right by asked kind:", dict(Counter(asked(r) for r, _v, _g in withheld).most_common()))
    print("\nevidence: AUC withheld-right > unanswerable · right-shown > unanswerable; means withheld / shown / "
          "unanswerable (* the gate reads it)")
    for family, feats in EVIDENCE.items():
        print(f" {family}:")
        for n in feats:
            wv, sv, uv = ([v.get(n, 0.0) for _r, v, _g in items] for items in (withheld, shown, unans))
            print(f"  {n}{'*' if n in GATE else ''}: {auc(wv, uv):.2f} · {auc(sv, uv):.2f}; "
                  f"{np.mean(wv):.2f} / {np.mean(sv):.2f} / {np.mean(uv):.2f}")
    print("\ntype fit (head_category) per asked kind: withheld / shown / unanswerable, share with it")
    for kind in sorted({asked(r) for r, _v, _g in withheld + unans}):
        cells = []
        for items in (withheld, shown, unans):
            mine = [v.get("head_category", 0.0) for r, v, _g in items if asked(r) == kind]
            cells.append(f"{sum(mine):.0f}/{len(mine)}")
        print(f"  {kind}: " + " · ".join(cells))
    if args.list:
        keys = [n for feats in EVIDENCE.values() for n in feats[:3]]
        for label, items in (("WITHHELD", withheld), ("UNANSWERABLE ANSWERED", [x for x in unans if x[2] >=
                                                                               LEARNED_THRESHOLD])):
            print(f"\n{label}")
            for r, v, g in sorted(items, key=lambda x: -x[2]):
                print(f"  {r['group']} {r['id']} gate {g:.3f} [{asked(r)}] {r['question'][:80]!r} -> "
                      f"{(r['shown'] or r['candidates'][0]['text'])[:40]!r}")
                print("     " + ", ".join(f"{n} {v.get(n, 0.0):.2f}" for n in keys))


if __name__ == "__main__":
    main()
