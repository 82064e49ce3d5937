"""Round 47 (asksent): does the question's frame (qa/frame.py) tell the stating sentence from the winner's?

Reads the part files of bench/collect_parts.py (fit_ask.collect rows, asked with the code that computes
``holds_frame`` and its relative forms). Over the answerable rows whose outcome is "a2 not first" (a right
candidate, another sentence's candidate first) it sets the best right member (by the shipped ranker) against the
winner (the best member of the top candidate) and counts, per frame input, whether the right one's value is higher,
equal or lower; and, over every answerable row with a right member and a wrong one, the same for the best right
against the best wrong member (how often the input points the right way where the ranker already ranks).

    PYTHONPATH=src .venv/bin/python bench/ask_frame_census.py build/parts/v4*.json [-v]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Mapping
from pathlib import Path

INPUTS = ("holds_frame", "alone_frame", "over_best_frame")


def score(features: Mapping[str, float], ranker: Mapping[str, float]) -> float:
    return sum(ranker.get(k, 0.0) * v for k, v in features.items())


def pair(row: dict, ranker: Mapping[str, float]) -> tuple[dict, dict] | None:
    """The best right member and the winner's best member of a row (None without a right member or a winner)."""
    if not row["candidates"]:
        return None
    best = [max(c["members"], key=lambda m: score(m, ranker)) for c in row["candidates"]]
    top = max(range(len(best)), key=lambda i: score(best[i], ranker))
    right = [m for c in row["candidates"] for m, ok in zip(c["members"], c["right_members"], strict=True) if ok]
    if not right:
        return None
    return max(right, key=lambda m: score(m, ranker)), best[top]


def compare(rows: list[dict], ranker: Mapping[str, float], outcome: str | None) -> Counter[str]:
    """Per input: right higher / equal / lower than the winner, over the rows of ``outcome`` (None: all answerable
    rows whose winner is wrong or right alike, the right one set against the best wrong member)."""
    out: Counter[str] = Counter()
    for row in rows:
        if not row["answerable"] or outcome is not None and row.get("outcome") != outcome:
            continue
        if outcome is None:
            wrong = [m for c in row["candidates"] for m, ok in zip(c["members"], c["right_members"], strict=True)
                     if not ok]
            right = [m for c in row["candidates"] for m, ok in zip(c["members"], c["right_members"], strict=True)
                     if ok]
            if not wrong or not right:
                continue
            found = (max(right, key=lambda m: score(m, ranker)), max(wrong, key=lambda m: score(m, ranker)))
        else:
            found = pair(row, ranker)
            if found is None:
                continue
        mine, theirs = found
        out["rows"] += 1
        for name in INPUTS:
            a, b = mine.get(name, 0.0), theirs.get(name, 0.0)
            out[f"{name} {'higher' if a > b + 1e-9 else 'lower' if a < b - 1e-9 else 'equal'}"] += 1
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("parts", nargs="+", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true", help="print each not-first row's values")
    args = parser.parse_args(argv)
    from vitrina.qa.weights import RANKER, RANKER_ADDED

    ranker = {**RANKER, **RANKER_ADDED}
    rows = [r for p in args.parts for r in json.loads(p.read_text(encoding="utf-8"))]
    for label, outcome in (("a2 not first: right vs winner", "a2 not first"), ("answerable: best right vs best wrong",
                                                                                None)):
        counts = compare(rows, ranker, outcome)
        print(f"{label} ({counts['rows']} rows)")
        for name in INPUTS:
            print(f"  {name}: higher {counts[name + ' higher']}, equal {counts[name + ' equal']}, "
                  f"lower {counts[name + ' lower']}")
    if args.verbose:
        for row in rows:
            if row.get("outcome") == "a2 not first" and (found := pair(row, ranker)) is not None:
                print(row["group"], row["id"], " ".join(f"{n}={found[0].get(n, 0):.2f}/{found[1].get(n, 0):.2f}"
                                                        for n in INPUTS), row["question"][:70])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
