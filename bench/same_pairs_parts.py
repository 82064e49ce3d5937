"""The pairs judged the same (``compare._same_pairs``) on one database: pairs met, judgements made, their CPU.

    PYTHONPATH=src .venv/bin/python bench/same_pairs_parts.py DB

The statements are read as the comparisons stage reads them (into a scratch file), then ``_same_pairs`` runs
through with ``_same_thing`` counted and timed; with ``compare._Copies`` (round 36) the pairs met are counted too
(before it, every pair met was judged). Used for docs/benchmarks.md, "Round 36".
"""

from __future__ import annotations

import sys
import time
from typing import Any


def main(db: str) -> None:
    from vitrina import compare as C
    from vitrina.store import open_knowledge_base
    from vitrina.store.scratch import Scratch

    kb = open_knowledge_base(db)
    kinds = {e.id: (e.type, e.name) for e in kb.entities()}
    n = {"met": 0, "judged": 0, "same": 0}
    spent = [0.0]
    judge = C._same_thing

    def timed(a: Any, b: Any) -> Any:
        n["judged"] += 1
        t = time.process_time()
        out = judge(a, b)
        spent[0] += time.process_time() - t
        return out

    C._same_thing = timed  # type: ignore[assignment]
    if hasattr(C, "_Copies"):
        judged = C._Copies.judged

        def met(self: Any, i: int, j: int, a: Any, b: Any, how: Any) -> Any:
            n["met"] += 1
            return judged(self, i, j, a, b, how)

        C._Copies.judged = met  # type: ignore[method-assign]
    with Scratch() as scratch:
        t = time.process_time()
        statements = C._statements(kb, kinds, scratch.pickled_list(C.STATEMENT_CACHE))
        print(f"{db}: {len(statements)} statements read in {time.process_time() - t:.1f} s CPU", flush=True)
        t = time.process_time()
        for _ in C._same_pairs(statements):
            n["same"] += 1
        total = time.process_time() - t
    print(f"_same_pairs {total:.1f} s CPU; in _same_thing {spent[0]:.1f} s; pairs met {n['met']:,}, "
          f"judged {n['judged']:,}, the same {n['same']:,}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
