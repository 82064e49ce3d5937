"""Round 58 askfirst58: census of "a2 not first" pairs over the fresh sets, from bench/collect_parts.py rows.

For every answerable question whose first candidate under the shipped ranker (``RANKER + RANKER_ADDED``) is wrong
while a right candidate is among the candidates, the winner's best member is set against the best right member
(the one the ranker scores highest), and counted by what differs:

* whether the right one stands in the winner's sentence (same sentence) or another;
* the asked kind (the question's ``asks_*``) against each one's kind (``kind_*``) and ``agrees``;
* the role against the question's predicate: ``in_slot``, ``role_slot``, ``span_slot``, ``stated_loose``;
* the distance to the question's words (``proximity``) and the sentence's rank (``sentence_order``, ``neighbour``);
* the margin: the score lead of the winner, the right candidate's rank among the candidates;
* the inputs whose weighted difference gives the winner its lead (largest three a question).

    PYTHONPATH=src .venv/bin/python bench/ask_first_pairs.py build/parts/v*.json [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Mapping
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import fit_ask as F  # noqa: E402

from vitrina.qa.rank import EXPECTS  # noqa: E402
from vitrina.qa.weights import RANKER, RANKER_ADDED  # noqa: E402

ROLE_INPUTS = ("in_slot", "role_slot", "span_slot", "stated_loose")
MARGINS = (0.5, 1.0, 2.0, 4.0)  # score leads counted below each


def weights(names: list[str]) -> np.ndarray:
    return np.array([RANKER.get(n, 0.0) + RANKER_ADDED.get(n, 0.0) for n in names])


def kind_of(member: Mapping[str, float]) -> str:
    kinds = [k[5:] for k, v in member.items() if k.startswith("kind_") and v]
    return kinds[0] if kinds else "?"


def asked_of(asks: Mapping[str, float]) -> str:
    return next((k[5:] for k in ("asks_" + e for e in EXPECTS) if asks.get(k)), "other")


def pair(row: dict, d: F.Arrays, w: np.ndarray, names: list[str]) -> dict | None:
    """The winner's best member against the best right member, or None when the first is right or none is."""
    best, scores, labels = F.best_members(d, w)
    order = np.argsort(-scores, kind="stable")
    if labels[order[0]] or not labels.any():
        return None
    right_rank = int(next(i for i, c in enumerate(order) if labels[c]))
    win_m, right_m = int(best[order[0]]), int(best[order[right_rank]])
    members = F.members_of(row)
    sentences = [s for c in row["candidates"] for s in c["member_sentences"]]
    win, right = members[win_m], members[right_m]
    lead = {n: float(w[i] * (d[0][win_m, i] - d[0][right_m, i])) for i, n in enumerate(names)}
    return {"group": row["group"], "id": row["id"], "question": row["question"],
            "winner": row["candidates"][int(order[0])]["text"],
            "right": row["candidates"][int(order[right_rank])]["text"],
            "same_sentence": sentences[win_m] == sentences[right_m], "asked": asked_of(row["asks"]),
            "win_kind": kind_of(win), "right_kind": kind_of(right),
            "win": {k: win.get(k, 0.0) for k in (*ROLE_INPUTS, "agrees", "proximity", "sentence_order",
                                                  "neighbour", "coverage", "aligned")},
            "right_f": {k: right.get(k, 0.0) for k in (*ROLE_INPUTS, "agrees", "proximity", "sentence_order",
                                                        "neighbour", "coverage", "aligned")},
            "margin": float(scores[order[0]] - scores[order[right_rank]]), "right_rank": right_rank + 1,
            "lead": sorted(lead.items(), key=lambda kv: -kv[1])[:3]}


def count(pairs: list[dict]) -> None:
    n = len(pairs)
    print(f"{n} 'not first' pairs (a right candidate among the candidates, a wrong one first)")
    print(f"  same sentence {sum(p['same_sentence'] for p in pairs)}, another sentence "
          f"{sum(not p['same_sentence'] for p in pairs)}")
    print("  right candidate's rank: " + ", ".join(
        f"{k} {v}" for k, v in sorted(Counter(min(p['right_rank'], 6) for p in pairs).items())) + " (6 = 6+)")
    print("  winner's lead below: " + ", ".join(f"{m} {sum(p['margin'] < m for p in pairs)}" for m in MARGINS))
    w_agree = sum(p["win"]["agrees"] > p["right_f"]["agrees"] for p in pairs)
    r_agree = sum(p["right_f"]["agrees"] > p["win"]["agrees"] for p in pairs)
    print(f"  of the asked kind (agrees): winner only {w_agree}, right only {r_agree}")
    print("  asked / winner kind / right kind (most common): " + ", ".join(
        f"{a}/{wk}/{rk} {v}" for (a, wk, rk), v in Counter(
            (p["asked"], p["win_kind"], p["right_kind"]) for p in pairs).most_common(12)))
    print("  asked: " + ", ".join(f"{k} {v}" for k, v in Counter(p["asked"] for p in pairs).most_common()))
    for k in (*ROLE_INPUTS, "proximity", "sentence_order", "neighbour", "coverage", "aligned"):
        wins = sum(p["win"][k] > p["right_f"][k] + 1e-9 for p in pairs)
        rights = sum(p["right_f"][k] > p["win"][k] + 1e-9 for p in pairs)
        print(f"  {k}: higher for the winner {wins}, for the right one {rights}, equal {n - wins - rights}")
    leads = Counter(name for p in pairs for name, v in p["lead"] if v > 0)
    print("  inputs giving the winner its lead (three a question): " + ", ".join(
        f"{k} {v}" for k, v in leads.most_common(15)))
    first = Counter(p["lead"][0][0] for p in pairs)
    print("  the largest one: " + ", ".join(f"{k} {v}" for k, v in first.most_common(10)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("parts", nargs="+", type=Path)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    pairs: list[dict] = []
    for path in args.parts:
        rows = [r for r in json.loads(path.read_text(encoding="utf-8")) if r["answerable"]]
        names = sorted({k for r in rows for c in r["candidates"] for m in c["members"] for k in m}
                       & (set(RANKER) | set(RANKER_ADDED)))
        w = weights(names)
        mine = [p for r, d in zip(rows, F.rank_arrays(rows, names), strict=True)
                if len(d[3]) and (p := pair(r, d, w, names)) is not None]
        print(f"{path.stem}: {len(mine)} not first, same sentence {sum(p['same_sentence'] for p in mine)}",
              flush=True)
        pairs += mine
        F.ARRAYS.clear()
    count(pairs)
    if args.json:
        args.json.write_text(json.dumps(pairs, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
