"""Which blocking keys make the comparisons' pairs (round 43, issue #18).

    PYTHONPATH=src .venv/bin/python bench/block_keys.py DB [DB ...] [--top 8]

On each written exhibit (e.g. ``bench/scale.py``'s ``linkN.db``), for each of the three pairings of the comparisons
stage — the pairs judged the same (``compare._class_blocks``, each statement its own class), who or where
(``roles._keys``) and the clause comparisons (``clauses._indexed``: an entity and a content word) — the keys by
family (what precedes the key's first ``:``, or the entity's type for the clauses): keys, keys cut (more members
than the pairing's ``max_block``), memberships of the blocks kept and the pairs inside them (every pair of members,
before the first-block and two-document tests), with the pairs per document; the others each member meets through
its keys (median, 90th and 99th percentile, most) and the pairs left in the blocks when each member is kept under
its rarest keys only (``compare._rarest_keys``, the budgets ``compare.WEIGHTS.key_partners``, ``name_key_partners`` and
``clauses.CLAUSE.key_partners``, round 43); then the keys that put the most pairs in their blocks. Counts only: no pair is judged. Several DBs (1x, 2x, 4x) give the growth of each family's pairs.
"""

from __future__ import annotations

import argparse
import dataclasses
import re
import time
from collections import Counter, defaultdict
from collections.abc import Iterable


def _family(key: str) -> str:
    head = key.split(":", 1)[0] if ":" in key else "entity"
    return re.sub(r"\d+", "#", head)


def _census(keyed: Iterable[tuple[str, str, int]], cap: int, budget: int) -> tuple:
    from vitrina import compare as c

    sizes: dict[tuple[str, str], int] = Counter()
    by_key: dict[tuple[str, str], list[int]] = defaultdict(list)
    for family, key, n in keyed:
        sizes[(family, key)] += 1
        by_key[(family, key)].append(n)
    partners: Counter = Counter()
    for key, members in by_key.items():
        if 1 < sizes[key] <= cap:
            for n in members:
                partners[n] += sizes[key] - 1
    ranked = sorted(partners.values())
    notes = []
    if ranked:
        at = [ranked[min(len(ranked) - 1, int(q * len(ranked)))] for q in (0.5, 0.9, 0.99)]
        notes = [f"  others met through the keys, per member: median {at[0]}, 90% {at[1]}, 99% {at[2]}, "
                 f"most {ranked[-1]} ({len(ranked):,} members)"]
    kept = c._rarest_keys({k: m for k, m in by_key.items() if 1 < sizes[k] <= cap}, sizes, None, budget)
    after = sum(len(m) * (len(m) - 1) // 2 for m in kept.values())
    notes.append(f"  kept under each member's rarest keys (budget {budget}): {after:,} pairs in blocks")
    keys, cut, members, pairs = Counter(), Counter(), Counter(), Counter()
    for (family, _key), size in sizes.items():
        keys[family] += 1
        if size > cap:
            cut[family] += 1
        elif size > 1:
            members[family] += size
            pairs[family] += size * (size - 1) // 2
    top = sorted(((s * (s - 1) // 2, f"{f} {k}", s) for (f, k), s in sizes.items() if 1 < s <= cap), reverse=True)
    return keys, cut, members, pairs, top, notes


def _print(title: str, documents: int, census: tuple, top: int, seconds: float) -> None:
    keys, cut, members, pairs, best, notes = census
    total = sum(pairs.values())
    print(f"## {title}: {total:,} pairs in blocks ({total / documents:,.0f} per document), {seconds:.1f} s")
    print("\n".join(notes))
    for family in sorted(keys, key=lambda f: -pairs[f]):
        print(f"  {family:12} keys {keys[family]:>8,} cut {cut[family]:>5,} members {members[family]:>9,} "
              f"pairs {pairs[family]:>11,} ({pairs[family] / documents:,.1f}/doc)")
    for n, key, size in best[:top]:
        print(f"    {n:>9,} pairs  {size:>4} members  {key[:90]}")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("db", nargs="+")
    ap.add_argument("--top", type=int, default=8)
    args = ap.parse_args(argv)
    from vitrina import clauses, roles
    from vitrina import compare as c
    from vitrina.store import connect_readonly
    from vitrina.store.read import as_knowledge_base
    from vitrina.store.scratch import Scratch

    for db in args.db:
        kb = as_knowledge_base(connect_readonly(db))
        documents = max(1, sum(1 for _ in kb.documents()))
        kinds = {e.id: (e.type, e.name) for e in kb.entities()}
        print(f"# {db}: {documents} documents", flush=True)
        with Scratch() as scratch:
            t = time.process_time()
            st = c._statements(kb, kinds, scratch.pickled_list(c.STATEMENT_CACHE), c.Capped())
            keyed = ((_family(k), f"{'date' if s.kind in c._DATE_KINDS else s.kind} {k}", i)
                     for i, s in enumerate(st) for k in dict.fromkeys(c._blocking_keys(s)))
            _print(f"judged the same ({len(st):,} statements)", documents, _census(keyed, c.WEIGHTS.max_block, c.WEIGHTS.key_partners),
                   args.top, time.process_time() - t)
        t = time.process_time()
        names = list(roles._named_statements(kb, kinds))
        keyed = ((_family(k), k, i) for i, n in enumerate(names) for k in dict.fromkeys(roles._keys(n)))
        _print(f"who or where ({len(names):,} names)", documents, _census(keyed, c.WEIGHTS.max_block, c.WEIGHTS.name_key_partners), args.top,
               time.process_time() - t)
        types = {e: kind for e, (kind, _name) in kinds.items()}
        with Scratch() as scratch:
            t = time.process_time()
            every = dataclasses.replace(clauses.CLAUSE, key_partners=1 << 30)  # every key, as before round 43
            sentences, keys = clauses._indexed(kb, scratch, c.Capped(), every)
            counted = _census(((types.get(e, "?"), f"{e} {base}", n) for e, base, n in keys.in_order()),
                              clauses.CLAUSE.max_block, clauses.CLAUSE.key_partners)
            _print(f"clauses ({len(sentences):,} sentences)", documents, counted, args.top, time.process_time() - t)
            words: dict[str, int] = defaultdict(int)  # the content words whose keys put the most pairs
            for n, key, _size in counted[4]:
                words[key.rsplit(" ", 1)[1]] += n
            print("  words:", ", ".join(f"{w} {n:,}" for w, n in sorted(words.items(), key=lambda x: -x[1])[:12]))


if __name__ == "__main__":
    main()
