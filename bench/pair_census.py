"""How many pairs each pairing of the comparisons stage makes and how many could come to anything (round 35).

    PYTHONPATH=src .venv/bin/python bench/pair_census.py DB

On a written exhibit (e.g. ``bench/scale.py``'s ``linkN.db``): the pairs the who-or-where stage makes
(``roles._pairs``) and those of two names of one entity among them; the pairs inside the blocks of the pairs
judged the same (``compare._class_blocks``, each statement its own class), the candidates (first block both share, two documents), those not
comparable by kind or unit, of other years, and those ``_same_thing`` is asked about; the "when" pairs of every
date of an entity and those ``roles._when_comparable`` keeps. Counts only: no pair is judged.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from itertools import combinations


def main(db: str) -> None:
    from vitrina import compare as c
    from vitrina import roles
    from vitrina.store import connect_readonly
    from vitrina.store.read import as_knowledge_base
    from vitrina.store.scratch import Scratch

    kb = as_knowledge_base(connect_readonly(db))
    kinds = {e.id: (e.type, e.name) for e in kb.entities()}
    names = list(roles._named_statements(kb, kinds))
    made = Counter(one_entity=0, pairs=0)
    for i, j in roles._pairs(names):
        made["pairs"] += 1
        made["one_entity"] += names[i].statement.about[0] == names[j].statement.about[0]
    print("who or where", dict(made), flush=True)
    with Scratch() as scratch:
        st = c._statements(kb, kinds, scratch.pickled_list(c.STATEMENT_CACHE), c.Capped())
        t = time.process_time()
        print("judged the same", dict(_same_pairs_census(c, st)), f"{time.process_time() - t:.1f} s", flush=True)
        print("when", dict(_when_census(c, roles, st)), flush=True)


def _same_pairs_census(c, st) -> Counter:
    blocks = c._class_blocks(st)[0]  # every statement a class of its own
    where = c._blocks_of(blocks, len(st))
    n: Counter = Counter()
    for b, members in enumerate(blocks):
        for i, j in combinations(members, 2):
            a, other = st[i], st[j]
            n["in blocks"] += 1
            if a.document == other.document or c._first_common(where[i], where[j]) != b:
                continue
            n["candidates"] += 1
            if a.kind == other.kind == "quantity" and a.dimension and other.dimension:
                n["dimension"] += 1
            elif not (c._comparable(a, other) or c._durations_in_two_units(a, other)):
                n["not comparable"] += 1
            elif c._told_of_other_years(a, other):
                n["other years"] += 1
            else:
                n["judged"] += 1
    return n


def _when_census(c, roles, st) -> Counter:
    dates = [s for s in st if s.kind in c._DATE_KINDS and roles._when_eligible(s)]
    by_entity: dict[str, list[int]] = {}
    for i, s in enumerate(dates):
        for e in sorted({x[0] for x in s.named}):
            by_entity.setdefault(e, []).append(i)
    w: Counter = Counter()
    for members in by_entity.values():
        if 1 < len(members) <= c.WEIGHTS.max_block:
            for i, j in combinations(members, 2):
                w["pairs"] += 1
                w["comparable"] += dates[i].document != dates[j].document and roles._when_comparable(dates[i], dates[j])
    return w


if __name__ == "__main__":
    main(sys.argv[1])
