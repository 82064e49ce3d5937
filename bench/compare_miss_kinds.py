"""The annotated contradictions missed, by what differs and why missed, over two halves of the pair sets.

    python bench/compare_miss_kinds.py DB PAIRS.jsonl [PAIRS.jsonl ...] --dumped GROUPS.jsonl [--cache FILE] [-v]

Each "differ" pair of the sets is read against the groups an ``eval_compare.py --dump`` wrote and the statements
`vitrina.compare` reads from DB (kept in ``--cache`` between runs), and put in one cause:

* ``found`` — shown as a contradiction;
* ``no statement`` — one side holds no statement of `vitrina.compare` (an act with no date, amount or quotation);
* ``not grouped`` — both sides hold statements, never judged one fact (``judged apart`` when their values differ,
  ``values alike`` when what differs is not the values read);
* ``uncertain`` — grouped, shown uncertain;
* ``other verdict`` — grouped, shown agreeing or more precise.

What differs comes from ``compare_census.what_differs`` (a date, a number, a person, a place, an organization,
roles swapped, a quotation's speaker or words, other wording: an outcome, a post, a verb). The pair sets are split
into two families by their number (odd: ``pairs``, ``pairs_v3`` …; even: ``pairs_v2`` …), each set's panels
written together, and every table is given for each half and both.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))


def statements(db: Path, cache: Path | None) -> list:
    if cache and cache.exists():
        return pickle.loads(cache.read_bytes())
    import contextlib

    from vitrina import compare as C
    from vitrina.store import connect_readonly
    from vitrina.store.read import as_knowledge_base

    with contextlib.closing(connect_readonly(db)) as conn:
        kb = as_knowledge_base(conn)
        kinds = {e.id: (e.type, e.name) for e in kb.entities()}
        found = list(C._statements(kb, kinds, []))
    if cache:
        cache.write_bytes(pickle.dumps(found))
    return found


def family(path: Path) -> str:
    number = path.stem.removeprefix("pairs").removeprefix("_v") or "1"
    return "odd" if int(number) % 2 else "even"


def cause(pair: dict, groups: list[dict], made: list) -> str:
    import eval_compare as E

    from vitrina import compare as C

    got = E.predicted_verdict(groups, pair)
    if got == "differ":
        return "found"
    if got == "uncertain":
        return "uncertain"
    if got != "not-grouped":
        return "other verdict"
    side_a = [s for s in made if E._matches(s.citation({}), pair["a"])]
    side_b = [s for s in made if E._matches(s.citation({}), pair["b"])]
    if not side_a or not side_b:
        return "no statement"
    both = [(a, b) for a in side_a for b in side_b if a.document != b.document and C._comparable(a, b)]
    if not both:
        return "not grouped: not comparable"
    if any(C._relation(*C._as_compared(a, b)) == "differ" for a, b in both):
        return "not grouped: judged apart"
    return "not grouped: values alike"


def main() -> None:
    import compare_census as K

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("pairs", type=Path, nargs="+")
    parser.add_argument("--dumped", type=Path, required=True)
    parser.add_argument("--cache", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    groups = [json.loads(x) for x in args.dumped.read_text(encoding="utf-8").splitlines() if x.strip()]
    made = statements(args.db, args.cache)
    rows = []
    for path in args.pairs:
        for line in path.read_text(encoding="utf-8").splitlines():
            pair = json.loads(line) if line.strip() else None
            if pair is None or pair["verdict"] != "differ":
                continue
            why = cause(pair, groups, made)
            differs = "" if why == "found" else K.what_differs(pair)
            rows.append((family(path), path.stem, pair, why, differs))
            if args.verbose and why != "found":
                print(f"{path.stem:9} {pair['id']} {why:28} {differs:12} {pair['a']['text'][:50]!r} / "
                      f"{pair['b']['text'][:50]!r}")
    for half in ("odd", "even", "all"):
        mine = [r for r in rows if half in ("all", r[0])]
        print(f"\n== {half}: {len(mine)} contradictions; " + ", ".join(
            f"{c} {n}" for c, n in Counter(r[3] for r in mine).most_common()))
        missed = [r for r in mine if r[3] != "found"]
        table = Counter((r[4], r[3]) for r in missed)
        causes = [c for c, _ in Counter(r[3] for r in missed).most_common()]
        print("| what differs | missed | " + " | ".join(causes) + " |")
        print("| --- | ---: |" + " ---: |" * len(causes))
        for what, n in Counter(r[4] for r in missed).most_common():
            print(f"| {what} | {n} | " + " | ".join(str(table[(what, c)]) for c in causes) + " |")


if __name__ == "__main__":
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    main()
