"""Why the stating sentence's right candidate loses to another sentence's, feature by feature.

Reads bench/fit_ask.py's candidate cache. For every answerable question whose top candidate (by the shipped
``RANKER``, abstention ignored) is wrong while a right candidate stated by the expected sentence exists, it
splits the score difference between the winner and that right candidate into the ranker's features
(coefficient × difference of values) and counts, per feature, how often and by how much it favours the winner.
It also prints, per set, the coarse outcomes `ask_classes.outcome` recorded in the cache (a1 / a2 / b / c /
right) and, for the "a2 not first" questions, whether the right answer was among the candidates at all.

    .venv/bin/python bench/ask_lose.py [--cache build/fit_ask_candidates.json] [--sets v17 v18 …] [--top 25]
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fit_ask  # noqa: E402

from vitrina.qa.weights import RANKER  # noqa: E402


def member_score(features: dict[str, float]) -> float:
    return sum(RANKER.get(k, 0.0) * v for k, v in features.items())


def best_member(cand: dict, only_right: bool = False) -> tuple[float, dict] | None:
    """A candidate's best member (score, features) under the shipped ranker, with the support bonus."""
    members = [(member_score(f), f) for f, ok in zip(cand["members"], cand["right_members"], strict=True)
               if ok or not only_right]
    if not members:
        return None
    score, features = max(members, key=lambda m: m[0])
    return score + math.log(1 + fit_ask.SUPPORT_BONUS * min(cand["sentences"] - 1, 3)), features


def losses(rows: list[dict]) -> tuple[Counter, dict[str, list[float]], int]:
    """Per feature: how often it favours the winner over the right candidate, and the score differences."""
    favours: Counter = Counter()
    diffs: dict[str, list[float]] = defaultdict(list)
    n = 0
    for r in rows:
        if not r["answerable"] or not r["candidates"]:
            continue
        scored = [(best_member(c), best_member(c, only_right=True), c) for c in r["candidates"]]
        top = max(scored, key=lambda s: s[0][0] if s[0] else -1e9)
        rights = [s for s in scored if s[1] is not None]
        if not rights or top[1] is not None:
            continue
        right = max(rights, key=lambda s: s[1][0])
        n += 1
        won, lost = top[0][1], right[1][1]
        for k in set(won) | set(lost):
            d = RANKER.get(k, 0.0) * (won.get(k, 0.0) - lost.get(k, 0.0))
            if d:
                diffs[k].append(d)
                favours[k] += d > 0
    return favours, diffs, n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=fit_ask.ROOT / "build" / "fit_ask_candidates.json")
    parser.add_argument("--sets", nargs="*", help="groups to read (default: all)")
    parser.add_argument("--top", type=int, default=25, help="features listed")
    args = parser.parse_args()
    rows = json.loads(args.cache.read_text(encoding="utf-8"))
    if args.sets:
        rows = [r for r in rows if r["group"] in args.sets]
    print("outcomes of the answerable questions (ask_classes.outcome), per set:")
    for group in dict.fromkeys(r["group"] for r in rows):
        mine = [r for r in rows if r["group"] == group and r["answerable"]]
        counts = Counter(r.get("outcome", "?") for r in mine)
        a2 = [r for r in mine if r.get("outcome") == "a2 not first"]
        with_right = sum(any(any(c["right_members"]) for c in r["candidates"]) for r in a2)
        print(f"  {group}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
              + f"; a2 with a right candidate of the stating sentence: {with_right}/{len(a2)}")
    favours, diffs, n = losses(rows)
    print(f"\nquestions whose right candidate (stating sentence) loses to another candidate: {n}")
    print("feature | favours the winner (of n) | mean contribution to the winner's lead | total")
    ranked = sorted(diffs, key=lambda k: -sum(diffs[k]))
    for k in ranked[:args.top]:
        d = diffs[k]
        print(f"  {k} | {favours[k]} | {sum(d) / n:+.3f} | {sum(d):+.1f}")
    print("features favouring the right candidate most:")
    for k in ranked[::-1][:10]:
        print(f"  {k} | {len(diffs[k]) - favours[k]} | {sum(diffs[k]) / n:+.3f} | {sum(diffs[k]):+.1f}")


if __name__ == "__main__":
    main()
