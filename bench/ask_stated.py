"""Round 53 askrank: "a2 not first" by what the winner has that the right answer lacks, and the stated-role input
(qa/stated.py) weighed with the newest family held out.

Reads the part files of bench/collect_parts.py (every candidate's members with their features).

``census``: for every answerable question whose outcome was "a2 not first" (the stating sentence was examined, a
candidate of another sentence won), the winner's best member against the best right member of the stating
sentence: the shipped ranker's inputs whose weighted difference favours the winner most (its three largest
contributions counted per question), a few named contrasts (caption or heading, the asked slot, the asked kind,
coverage) and ``stated_role`` on each side.

``family``: the weight of the added inputs chosen on the tuning groups alone (the groups not named by
``--held``), by bench/ask_added_weight.py's grid and coordinate ascent, then every group decided with it as `ask`
decides (shipped calibration, gate and threshold): right + cited, top candidate right, unanswerable abstained,
wrong at >= 0.8, before and after.

    PYTHONPATH=src .venv/bin/python bench/ask_stated.py census PARTS/*.json
    PYTHONPATH=src .venv/bin/python bench/ask_stated.py family PARTS/*.json --add stated_role --held v48 v49 …
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import ask_added_weight as A  # noqa: E402

from vitrina.qa.weights import RANKER, RANKER_ADDED  # noqa: E402

Features = Mapping[str, float]
CONTRASTS = {  # (winner, right) -> does the winner have it and the right one not
    "winner in a caption or heading, right in running text":
        lambda w, g: w.get("terminal", 1) < g.get("terminal", 1) or w.get("heading", 0) > g.get("heading", 0),
    "winner fills the asked slot, right not":
        lambda w, g: max(w.get("in_slot", 0), w.get("role_slot", 0)) > max(g.get("in_slot", 0), g.get("role_slot", 0)),
    "winner of the asked kind, right not": lambda w, g: w.get("agrees", 0) > g.get("agrees", 0),
    "winner's sentence covers more (> 0.1)": lambda w, g: w.get("coverage", 0) > g.get("coverage", 0) + 0.1,
    "winner's sentence aligned, right's not": lambda w, g: w.get("aligned", 0) > g.get("aligned", 0),
    "right one a parse span only": lambda w, g: g.get("kind_span", 0) > w.get("kind_span", 0),
    "right one in a neighbour or follower":
        lambda w, g: g.get("neighbour", 0) + g.get("follower", 0) + g.get("follower_far", 0) > 0,
}


def linear(features: Features) -> float:
    return sum(c * features.get(n, 0.0) for n, c in (*RANKER.items(), *RANKER_ADDED.items()) if n != "intercept")


def pair(row: dict) -> tuple[Features, Features] | None:
    """(winner's best member, the best right member of the stating sentence) of a row, or None."""
    cands = row["candidates"]
    if not cands:
        return None
    winner = max(cands[0]["members"], key=linear)
    right = [m for c in cands for m, ok in zip(c["members"], c["right_members"], strict=False) if ok]
    return (winner, max(right, key=linear)) if right else None


def stated_side(w: Features, g: Features, name: str = "stated_role") -> str:
    a, b = w.get(name, 0) > 0, g.get(name, 0) > 0
    return {(True, True): "both", (True, False): "winner only", (False, True): "right only"}.get((a, b), "neither")


def census(rows: Sequence[dict]) -> None:
    first: Counter[str] = Counter()
    contrasts: Counter[str] = Counter()
    sides: Counter[str] = Counter()
    loose: Counter[str] = Counter()
    n = 0
    for row in rows:
        if row.get("outcome") != "a2 not first" or (p := pair(row)) is None:
            continue
        w, g = p
        n += 1
        gains = sorted(((c * (w.get(f, 0.0) - g.get(f, 0.0)), f) for f, c in RANKER.items() if f != "intercept"),
                       reverse=True)
        first.update(f for gain, f in gains[:3] if gain > 0)
        contrasts.update(name for name, test in CONTRASTS.items() if test(w, g))
        sides[stated_side(w, g)] += 1
        loose[stated_side(w, g, "stated_loose")] += 1
    print(f"a2 not first with a right member: {n}")
    print("stated_role:", ", ".join(f"{k} {v}" for k, v in sides.most_common()))
    print("stated_loose:", ", ".join(f"{k} {v}" for k, v in loose.most_common()))
    print("contrasts (winner has, right lacks):")
    for name, v in contrasts.most_common():
        print(f"  {v:4d}  {name}")
    print("the ranker's inputs favouring the winner most (three largest weighted differences a question):")
    for name, v in first.most_common(15):
        print(f"  {v:4d}  {name} ({RANKER[name]:+.3f})")


DERIVED = {  # inputs derived from a member's features (computed on the rows, not by `ask`)
    "stated_agrees": lambda f: f.get("stated_role", 0.0) * f.get("agrees", 0.0),  # stated, and of the asked kind
    "stated_aligned": lambda f: f.get("stated_role", 0.0) * f.get("aligned", 0.0),
}


def derive(rows: Sequence[dict], added: Sequence[str]) -> None:
    """Write the derived inputs of ``added`` into every member's features."""
    wanted = [(name, DERIVED[name]) for name in added if name in DERIVED]
    for row in rows if wanted else ():
        for cand in row["candidates"]:
            for member in cand["members"]:
                member.update({name: rule(member) for name, rule in wanted})


def family(rows: Sequence[dict], added: Sequence[str], held: Sequence[str]) -> None:
    derive(rows, added)
    names = sorted(set(RANKER) | set(RANKER_ADDED) | set(added))
    groups = A.Groups(list(rows), names, added)
    groups.base = np.array([RANKER.get(n, 0.0) + RANKER_ADDED.get(n, 0.0) for n in names])  # as `ask` ranks
    order = list(groups.by_group)
    tuning = [g for g in order if g not in held]
    weights = groups.choose(tuning)
    print("weights chosen on the tuning groups:", ", ".join(f"{n} {w:+.2f}" for n, w in zip(added, weights,
                                                                                               strict=True)))
    totals: dict[str, Counter[str]] = {"tuning": Counter(), "held": Counter()}
    for group in order:
        zero, after = groups.figures(group, [0.0] * len(added)), groups.figures(group, weights)
        part = "held" if group in held else "tuning"
        for k in ("correct", "top", "abstained", "unanswerable", "wrong08"):
            totals[part][f"{k}0"] += zero[k]
            totals[part][f"{k}1"] += after[k]
        ran = sum(r["shown_right"] for r in groups.by_group[group][0])
        print(f"  {group} ({part}): as it ran {ran}; right+cited {zero['correct']} -> {after['correct']}, top {zero['top']} -> "
              f"{after['top']}, abstained {zero['abstained']} -> {after['abstained']} of {zero['unanswerable']}, "
              f"wrong>=0.8 {zero['wrong08']} -> {after['wrong08']}")
    for part, t in totals.items():
        print(f"{part}: right+cited {t['correct0']} -> {t['correct1']}, top {t['top0']} -> {t['top1']}, abstained "
              f"{t['abstained0']} -> {t['abstained1']} of {t['unanswerable0']}, wrong>=0.8 {t['wrong080']} -> "
              f"{t['wrong081']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=("census", "family"))
    parser.add_argument("parts", nargs="+", type=Path)
    parser.add_argument("--add", nargs="+", default=["stated_role"])
    parser.add_argument("--held", nargs="*", default=[])
    parser.add_argument("--each", action="store_true", help="weigh each input of --add alone, one after another")
    args = parser.parse_args()
    rows = list(itertools.chain.from_iterable(json.loads(p.read_text(encoding="utf-8")) for p in args.parts))
    if args.what == "census":
        census(rows)
    else:
        for added in ([a] for a in args.add) if args.each else [args.add]:
            print("added:", " ".join(added))
            family(rows, added, args.held)


if __name__ == "__main__":
    main()
