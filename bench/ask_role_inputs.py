"""Round 46: the role rule ("Who V-ed Y?": the aligned verb's doer) as ranker inputs derived from fit_ask rows.

Reads the part files of bench/collect_parts.py (fit_ask.collect rows: every candidate's members with all their
features, which of them are right, the question's ``asks``) and adds to every member the inputs below, computed
from features the rows already hold, so that bench/ask_added_weight.py can weigh them leave one set out without
asking the questions again:

* ``person_filled``: the question asks a person and the candidate fills the asked slot of a word aligned with the
  question's predicate (``in_slot``, from qa/structure.py, or ``role_slot``, its head's dependency role);
* ``named_filled``: the same for a person or another named thing (an organisation, a ship);
* ``person_off``: the question asks a person and the candidate, a person, fills no such slot.

It also counts, over the rows whose outcome is "a2 not first", the questions where the best right member has an
input and the winner (the best member of the top candidate by the shipped ranker) does not: how many the input
could reach at most.

    PYTHONPATH=src .venv/bin/python bench/ask_role_inputs.py build/parts/v4*.json --out build/parts_role
    PYTHONPATH=src .venv/bin/python bench/ask_added_weight.py build/parts_role/v4*.json --add person_filled
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Mapping
from pathlib import Path

INPUTS = ("person_filled", "named_filled", "person_off")


def derive(member: Mapping[str, float], asks: Mapping[str, float]) -> dict[str, float]:
    """The role inputs of one candidate member, from its features and the question's ``asks``."""
    filled = max(member.get("in_slot", 0.0), member.get("role_slot", 0.0)) > 0
    person = asks.get("asks_person", 0.0) > 0
    named = person or asks.get("asks_named", 0.0) > 0
    return {"person_filled": float(person and filled), "named_filled": float(named and filled),
            "person_off": float(person and not filled and member.get("kind_person", 0.0) > 0)}


def add_inputs(rows: list[dict]) -> list[dict]:
    """The rows with the role inputs added to every member (in place)."""
    for row in rows:
        asks = row.get("asks", {})
        for cand in row["candidates"]:
            for member in cand["members"]:
                member.update(derive(member, asks))
    return rows


def reach(rows: list[dict], ranker: Mapping[str, float]) -> Counter[str]:
    """Per input, the "a2 not first" questions whose best right member has it and whose winner has not."""
    def score(features: Mapping[str, float]) -> float:
        return sum(ranker.get(k, 0.0) * v for k, v in features.items())

    out: Counter[str] = Counter()
    for row in rows:
        if row.get("outcome") != "a2 not first" or not row["candidates"]:
            continue
        best = [max(c["members"], key=score) for c in row["candidates"]]
        top = max(range(len(best)), key=lambda i: score(best[i]))
        right = [m for c in row["candidates"] for m, ok in zip(c["members"], c["right_members"], strict=True) if ok]
        if not right:
            continue
        member = max(right, key=score)
        for name in INPUTS:
            if member.get(name, 0.0) > best[top].get(name, 0.0):
                out[f"{name}: right has it, winner not"] += 1
            elif member.get(name, 0.0) < best[top].get(name, 0.0):
                out[f"{name}: winner has it, right not"] += 1
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("parts", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, required=True, help="directory for the part files with the inputs added")
    args = parser.parse_args(argv)
    from vitrina.qa.weights import RANKER, RANKER_ADDED

    ranker = {k: RANKER.get(k, 0.0) + RANKER_ADDED.get(k, 0.0) for k in {*RANKER, *RANKER_ADDED}}
    args.out.mkdir(parents=True, exist_ok=True)
    total: Counter[str] = Counter()
    for path in args.parts:
        rows = add_inputs(json.loads(path.read_text(encoding="utf-8")))
        (args.out / path.name).write_text(json.dumps(rows), encoding="utf-8")
        counted = reach(rows, ranker)
        total.update(counted)
        print(f"{path.stem}: " + ", ".join(f"{k} {v}" for k, v in sorted(counted.items())))
    print("all: " + ", ".join(f"{k} {v}" for k, v in sorted(total.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
