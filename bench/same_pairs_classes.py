"""The pairs judged the same (``compare._same_pairs``) met by classes of statements told alike against the same
pairs met one by one, on one database: CPU of each, the pairs' count and digest, and whether they are identical.

    PYTHONPATH=src .venv/bin/python bench/same_pairs_classes.py DB [--one-by-one [--one-by-one-first]]

The statements are read as the comparisons stage reads them (into a scratch file). ``_same_pairs`` then runs
through (round 39: blocks of classes, each pair of classes met once and expanded only when judged the same);
with ``--one-by-one`` so does the way before it (every pair of a block's statements met, a pair of classes judged
once through ``compare._Copies``, round 36), on the same statements, and the two lists of pairs (order and
reasons included) are compared; the second run finds the caches of the words' forms and senses warm, so
``--one-by-one-first`` runs the way before first. Used for docs/benchmarks.md, "Round 39".
"""

from __future__ import annotations

import argparse
import hashlib
import time
from collections.abc import Iterator
from itertools import combinations
from typing import Any


def one_by_one(C: Any, statements: Any) -> Iterator[tuple[int, int, str]]:
    """``_same_pairs`` as round 36 left it: every pair of a block's statements met."""
    copies = C._Copies()
    for s in statements:
        copies.add(s)
    blocks = C._class_blocks(statements)[0]  # every statement a class of its own
    where = C._blocks_of(blocks, len(statements))
    for b, members in enumerate(blocks):
        local = {m: statements[m] for m in members}
        for i, j in combinations(members, 2):
            if local[i].document != local[j].document and C._first_common(where[i], where[j]) == b \
                    and (why := copies.judged(i, j, local[i], local[j], C._same_thing)):
                yield i, j, why


def run(C: Any, pairs: Iterator[tuple[int, int, str]]) -> tuple[float, list[tuple[int, int, str]]]:
    t = time.process_time()
    seen: set[tuple[int, int]] = set()
    out = []
    for i, j, why in pairs:
        if (i, j) not in seen:  # a block meeting a statement twice (a key written twice) gives its pairs twice
            seen.add((i, j))
            out.append((i, j, why))
    return time.process_time() - t, out


def digest(pairs: list[tuple[int, int, str]]) -> str:
    return hashlib.sha256(repr(pairs).encode()).hexdigest()[:16]


def main() -> None:
    from vitrina import compare as C
    from vitrina.store import open_knowledge_base
    from vitrina.store.scratch import Scratch

    ap = argparse.ArgumentParser()
    ap.add_argument("db")
    ap.add_argument("--one-by-one", action="store_true", help="also meet every pair (the way before), and compare")
    ap.add_argument("--one-by-one-first", action="store_true", help="the way before first (its caches cold)")
    args = ap.parse_args()
    kb = open_knowledge_base(args.db)
    kinds = {e.id: (e.type, e.name) for e in kb.entities()}
    with Scratch() as scratch:
        t = time.process_time()
        statements = C._statements(kb, kinds, scratch.pickled_list(C.STATEMENT_CACHE))
        print(f"{args.db}: {len(statements)} statements read in {time.process_time() - t:.1f} s CPU", flush=True)
        ways = {"by classes": C._same_pairs, "one by one": lambda st: one_by_one(C, st)}
        order = ["by classes"] + (["one by one"] if args.one_by_one else [])
        found = {}
        for way in reversed(order) if args.one_by_one_first else order:
            spent, found[way] = run(C, ways[way](statements))
            print(f"{way}: {spent:.1f} s CPU, {len(found[way]):,} pairs, sha256 {digest(found[way])}", flush=True)
        if args.one_by_one:
            print("identical" if found["one by one"] == found["by classes"] else "DIFFERENT", flush=True)


if __name__ == "__main__":
    main()
