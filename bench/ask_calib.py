"""What a near-miss unanswerable question looks like next to a right answer the threshold withholds.

Reads bench/fit_ask.py's candidate cache (every tuning set, every question's ranked candidates with the
features of their sentences) and splits the questions by what `ask` did with them:

* ``unanswerable``: labelled unanswerable (the two label cases of fit_ask aside);
* ``withheld``: answerable, the top candidate right (answer and citation) but withheld by the threshold;
* ``answered``: answerable, answered right.

For each group and set it counts how often the top candidate's sentence shows each structural property
(the asked act aligned, the asked slot filled at the aligned word, the question's participants among its
arguments, the predicate / a name / a modifier of the asked noun without counterpart, the asked noun
there but unnamed, a hedged number, the candidate from the best-covered sentence, the sentence that best
states the act not the candidate's) and, over all sets, how well each property separates withheld from
unanswerable (AUC: the chance a withheld question scores higher than an unanswerable one; 0.5 none); and the
same for graded values (round 17): the ranker's share and margin, the kind against the expected one, the stating
sentence's coverage of the question's content words.

    .venv/bin/python bench/ask_calib.py [--cache build/fit_ask_candidates.json] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fit_ask  # noqa: E402

Feature = dict[str, float]


def statements(row: dict) -> dict[float, float]:
    """Per examined sentence (keyed by its place in the coverage order): how well it states the asked act
    (aligned, and the share of the question's participants among the aligned word's arguments)."""
    out: dict[float, float] = defaultdict(float)
    for cand in row["candidates"]:
        for f in cand["members"]:
            key = f.get("sentence_order", 0.0)
            out[key] = max(out[key], f.get("aligned", 0.0) * (0.5 + 0.5 * f.get("argument_match", 0.0)))
    return out


def best_elsewhere(f: Feature, said: dict[float, float]) -> float:
    """Whether another examined sentence states the asked act better than the candidate's."""
    return float(max(said.values(), default=0.0) > said.get(f.get("sentence_order", 0.0), 0.0))


PROPERTIES: dict[str, Callable[[Feature, dict], float]] = {
    "aligned": lambda f, r: f.get("aligned", 0.0),
    "slot filled at the aligned word": lambda f, r: f.get("aligned", 0.0) * max(f.get("in_slot", 0.0),
                                                                                f.get("role_slot", 0.0)),
    "participants among its arguments": lambda f, r: float(f.get("argument_match", 0.0) >= 0.5),
    "predicate without counterpart": lambda f, r: f.get("predicate_missing", 0.0),
    "a question name missing": lambda f, r: f.get("missing_name", 0.0),
    "a modifier of the asked noun missing": lambda f, r: float(f.get("qualifier_missing", 0.0) > 0),
    "asked noun there, unnamed": lambda f, r: f.get("asked_unnamed", 0.0),
    "hedged number": lambda f, r: f.get("approximate", 0.0),
    "of the expected kind": lambda f, r: f.get("agrees", 0.0),
    "from the best-covered sentence": lambda f, r: f.get("sentence_first", 0.0),
    "best statement elsewhere": lambda f, r: best_elsewhere(f, statements(r)),
    "coverage >= 0.8": lambda f, r: float(f.get("coverage", 0.0) >= 0.8),
    # round 16: does the sentence state what was asked, or something else about the same people?
    "a constraint of the question unstated": lambda f, r: float(f.get("constraint_missing", 0.0) > 0),
    "another year than the asked one": lambda f, r: f.get("year_conflict", 0.0),
    "governed by the aligned word in its clause": lambda f, r: f.get("governed", 0.0),
    "reached through another clause": lambda f, r: f.get("clause_crossed", 0.0),
    "another document states a rival": lambda f, r: f.get("rival_stated", 0.0),
    "the question's doer and undergoer the other way round": lambda f, r: f.get("roles_reversed", 0.0),
    "the asked noun (or a kind of it) absent": lambda f, r: f.get("asked_absent", 0.0),
    "the asked noun names the candidate": lambda f, r: f.get("asked_tied", 0.0),
}
# Round 17: graded values rather than properties — the ranker's margin, the candidate's kind against the expected
# one, and how much of the question's content the stating sentence covers (WordNet relatives count partly).
GRADED: dict[str, Callable[[Feature, dict], float]] = {
    "share of the pooled scores": lambda f, r: shares(r)[0],
    "margin over the runner-up": lambda f, r: (lambda p: p[0] - (p[1] if len(p) > 1 else 0.0))(shares(r)),
    "of the expected kind (type or asked noun)": lambda f, r: f.get("agrees", 0.0),
    "head word of the expected WordNet kind": lambda f, r: f.get("head_category", 0.0),
    "coverage of the question (IDF, relatives partly)": lambda f, r: f.get("coverage", 0.0),
    "exact coverage (own base forms)": lambda f, r: f.get("exact", 0.0),
    "content words other than names absent (IDF share)": lambda f, r: -f.get("missing_content", 0.0),
    "heaviest absent word (IDF share)": lambda f, r: -f.get("missing_top", 0.0),
    "predicate with a counterpart": lambda f, r: 1.0 - f.get("predicate_missing", 0.0),
    "argument match": lambda f, r: f.get("argument_match", 0.0),
    "slot filled x aligned": lambda f, r: f.get("aligned", 0.0) * max(f.get("in_slot", 0.0), f.get("role_slot", 0.0)),
    "kind x slot x coverage": lambda f, r: f.get("agrees", 0.0) * max(f.get("in_slot", 0.0), f.get("role_slot", 0.0))
    * f.get("coverage", 0.0),
}


def shares(row: dict) -> list[float]:
    """The pooled candidates' shares of the scores as `ask` ranked them (best first)."""
    scores = [max(0.0, c.get("rule", 0.0)) for c in row["candidates"]]
    total = sum(scores) or 1.0
    return [x / total for x in scores] or [0.0]


def group_of(row: dict, threshold: float) -> str | None:
    if not row["candidates"]:
        return None
    if not row["answerable"]:
        return None if row["id"] in fit_ask.LABEL_CASES else "unanswerable"
    if not any(row["candidates"][0]["right_members"]):
        return None
    return "answered" if row["shown_right"] and row["confidence"] >= threshold else "withheld"


def auc(high: list[float], low: list[float]) -> float:
    """The chance that a value of ``high`` exceeds one of ``low`` (ties count half)."""
    if not high or not low:
        return 0.5
    wins = sum((a > b) + 0.5 * (a == b) for a in high for b in low)
    return wins / (len(high) * len(low))


def census(rows: list[dict], threshold: float) -> dict:
    """Per set and group: questions and the count showing each property; AUCs over all sets."""
    per: dict[str, dict[str, dict[str, float]]] = defaultdict(lambda: defaultdict(lambda: defaultdict(float)))
    values: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    for row in rows:
        group = group_of(row, threshold)
        if group is None:
            continue
        top = row["candidates"][0]["members"][0]
        cell = per[row["group"]][group]
        cell["n"] += 1
        for name, prop in PROPERTIES.items():
            value = prop(top, row)
            cell[name] += value
            values[name][group].append(value)
        for name, graded in GRADED.items():
            values[name][group].append(graded(top, row))
        values["confidence"][group].append(row["confidence"])
    aucs = {name: auc(v["withheld"], v["unanswerable"]) for name, v in values.items()}
    means = {name: {g: sum(v) / max(1, len(v)) for g, v in by.items()} for name, by in values.items()}
    return {"sets": {s: {g: dict(c) for g, c in groups.items()} for s, groups in per.items()}, "auc": aucs,
            "means": means}


def report(result: dict) -> None:
    groups = ("unanswerable", "withheld", "answered")
    print("| property | " + " | ".join(groups) + " | AUC withheld > unanswerable |")
    print("| --- | ---: | ---: | ---: | ---: |")
    totals = {g: defaultdict(float) for g in groups}
    for cells in result["sets"].values():
        for g in groups:
            for k, v in cells.get(g, {}).items():
                totals[g][k] += v
    print("| questions | " + " | ".join(f"{totals[g]['n']:.0f}" for g in groups) + " | |")
    for name in PROPERTIES:
        shares = [totals[g][name] / max(1, totals[g]["n"]) for g in groups]
        print(f"| {name} | " + " | ".join(f"{s:.2f}" for s in shares) + f" | {result['auc'][name]:.2f} |")
    print(f"| (the confidence as it ran) | | | | {result['auc']['confidence']:.2f} |")
    print("\n| graded value (top candidate) | mean unanswerable | mean withheld | mean answered | AUC withheld > "
          "unanswerable |\n| --- | ---: | ---: | ---: | ---: |")
    for name in GRADED:
        means = [result["means"][name].get(g, 0.0) for g in groups]
        print(f"| {name} | " + " | ".join(f"{m:.2f}" for m in means) + f" | {result['auc'][name]:.2f} |")
    print("\nper set (unanswerable / withheld): questions; asked noun unnamed; modifier missing; predicate "
          "without counterpart; slot filled at the aligned word")
    for name, cells in result["sets"].items():
        u, w = cells.get("unanswerable", {}), cells.get("withheld", {})
        print(f"  {name}: " + "; ".join(
            f"{u.get(k, 0):.0f}/{w.get(k, 0):.0f}" for k in ("n", "asked noun there, unnamed",
                                                             "a modifier of the asked noun missing",
                                                             "predicate without counterpart",
                                                             "slot filled at the aligned word")))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=fit_ask.ROOT / "build" / "fit_ask_candidates.json")
    parser.add_argument("--threshold", type=float, default=0.0,
                        help="answered right only at this confidence or above (0: as the code ran)")
    parser.add_argument("--json", type=Path, help="write the counts as JSON")
    args = parser.parse_args()
    rows = json.loads(args.cache.read_text(encoding="utf-8"))
    result = census(rows, args.threshold)
    report(result)
    if args.json:
        args.json.write_text(json.dumps(result, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
