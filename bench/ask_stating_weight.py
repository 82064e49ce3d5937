"""Round 59 askfirst59: an evidence of bench/ask_stating_census.py added to the shipped ranking, its weight chosen
leave one set out.

Each member (a sentence stating a candidate) of the rows of bench/collect_parts.py gets the census's evidence of its
sentence against the question (``ask_stating_census.evidence``, read from the database the rows were asked on), as
``ev_NAME``; the shipped ranker (``RANKER + RANKER_ADDED``) is then given one added weight per named evidence, chosen
on the other sets from ask_added_weight.GRID (coordinate ascent: most right + cited, then fewer wrong at >= 0.8,
then the smaller weight), and the held-out set decided as `ask` decides it (shipped calibration, gate and
threshold: ask_added_weight.decide). With every added weight 0 it is the shipped ranking re-decided.

    PYTHONPATH=src .venv/bin/python bench/ask_stating_weight.py DB build/parts/v*.json --add pairs dates_held
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import ask_added_weight as A  # noqa: E402
import ask_stating_census as C  # noqa: E402

from vitrina.qa.parse import parse_many  # noqa: E402
from vitrina.qa.weights import RANKER, RANKER_ADDED  # noqa: E402
from vitrina.store import connect_readonly  # noqa: E402


def add_evidence(rows: list[dict], db: C.Sentences, wanted: list[str], cache: dict[str, dict[str, float]]) -> None:
    """Give every member the evidence ``ev_NAME`` of its sentence for its question (once per question and sentence,
    kept in ``cache`` by set, question and sentence)."""
    for row in rows:
        for cand in row["candidates"]:
            for member, sid in zip(cand["members"], cand["member_sentences"], strict=True):
                key = f"{row['group']}|{row['id']}|{sid}"
                if key not in cache or any(n not in cache[key] for n in wanted):
                    q = parse_many([row["question"]], lemmas=True)[0]
                    s = parse_many([db.row(sid)[0]], lemmas=True)[0]
                    cache[key] = C.evidence(q, s, db.title(sid), db.first_in_block(sid))
                member.update({f"ev_{n}": cache[key][n] for n in wanted})


class Shipped(A.Groups):
    """ask_added_weight.Groups over the weights `ask` ranks by: RANKER plus RANKER_ADDED."""

    def __init__(self, rows: list[dict], names: list[str], added: list[str]) -> None:
        super().__init__(rows, names, added)
        self.base = np.array([RANKER.get(n, 0.0) + RANKER_ADDED.get(n, 0.0) for n in names])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("parts", nargs="+", type=Path)
    parser.add_argument("--add", nargs="+", required=True, help="evidence names of ask_stating_census.evidence")
    parser.add_argument("--cache", type=Path, help="JSON file keeping the evidence between runs")
    args = parser.parse_args()
    rows = [r for p in args.parts for r in json.loads(p.read_text(encoding="utf-8"))]
    cache = json.loads(args.cache.read_text(encoding="utf-8")) if args.cache and args.cache.exists() else {}
    with contextlib.closing(connect_readonly(args.db)) as conn:
        add_evidence(rows, C.Sentences(conn), args.add, cache)
    if args.cache:
        args.cache.write_text(json.dumps(cache), encoding="utf-8")
    added = [f"ev_{n}" for n in args.add]
    names = sorted(set(RANKER) | set(RANKER_ADDED) | set(added))
    groups = Shipped(rows, names, added)
    order = list(groups.by_group)
    print("set: ran (right + cited) | shipped re-decided | added, weight chosen on the other sets "
          "(right + cited, top right, abstained, wrong >= 0.8)")
    total = {"ran": 0, "zero": [0, 0, 0, 0], "added": [0, 0, 0, 0]}
    for held in order:
        ran = sum(r["shown_right"] for r in groups.by_group[held][0])
        zero = groups.figures(held, [0.0] * len(added))
        weights = groups.choose([g for g in order if g != held])
        got = groups.figures(held, weights)
        total["ran"] += ran
        for key, f in (("zero", zero), ("added", got)):
            for i, k in enumerate(("correct", "top", "abstained", "wrong08")):
                total[key][i] += f[k]
        print(f"  {held}: ran {ran} | {zero['correct']} / {zero['top']} / {zero['abstained']} / {zero['wrong08']} | "
              f"{got['correct']} / {got['top']} / {got['abstained']} / {got['wrong08']}  "
              + ", ".join(f"{n} {w:+.2f}" for n, w in zip(added, weights, strict=True)), flush=True)
    print(f"all: ran {total['ran']} | shipped {total['zero']} | added {total['added']}")
    final = groups.choose(order)
    print("weights chosen on every set: " + ", ".join(f"{n} {w:+.2f}" for n, w in zip(added, final, strict=True)))


if __name__ == "__main__":
    main()
