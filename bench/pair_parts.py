"""The pairings of the comparisons changed in round 35, alone, on one written exhibit.

    PYTHONPATH=src .venv/bin/python bench/pair_parts.py DB

The statements are read (``compare._statements``), then ``roles.when_candidates`` runs with no groups given and
``roles._pairs`` over the names of who or where: for each, the pairs made, CPU seconds and a digest of the list
(two versions of the code give the same list when the digests agree); the process's peak RSS last.
"""

from __future__ import annotations

import hashlib
import resource
import sys
import time


def main(db: str) -> None:
    from vitrina import compare as c
    from vitrina import roles
    from vitrina.store import connect_readonly
    from vitrina.store.read import as_knowledge_base
    from vitrina.store.scratch import Scratch

    kb = as_knowledge_base(connect_readonly(db))
    kinds = {e.id: (e.type, e.name) for e in kb.entities()}
    with Scratch() as scratch:
        t = time.process_time()
        st = c._statements(kb, kinds, scratch.pickled_list(c.STATEMENT_CACHE), c.Capped())
        print(f"statements {len(st)} {time.process_time() - t:.1f} s", flush=True)
        t = time.process_time()
        found = roles.when_candidates(st, {})
        listed = repr([(c._key(a), c._key(b), sorted(f.items())) for a, b, f in found])
        print(f"when_candidates {len(found)} {time.process_time() - t:.1f} s "
              f"{hashlib.sha256(listed.encode()).hexdigest()[:16]}", flush=True)
    names = list(roles._named_statements(kb, kinds))
    t = time.process_time()
    digest, n = hashlib.sha256(), 0
    for i, j in roles._pairs(names):
        n += 1
        digest.update(f"{i},{j};".encode())
    print(f"role pairs {n} {time.process_time() - t:.1f} s {digest.hexdigest()[:16]}", flush=True)
    print(f"peak {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB", flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
