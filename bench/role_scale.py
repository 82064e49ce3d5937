"""The who-or-where comparisons alone (``vitrina.roles.streamed_role_comparisons``) on a built database, counted.

    PYTHONPATH=src .venv/bin/python bench/role_scale.py DB [DB ...]

For each database (e.g. ``bench/scale.py``'s ``linkN.db``, N copies of the essays), in this interpreter: the
names read, the candidate pairs met (``roles._pairs``), the pairs judged (``roles._read_alike`` calls), the names
parsed, the comparisons made, the CPU seconds of the whole part, and a SHA-256 of the comparisons (kind, verdict,
subject, grouping, reasons, statements' documents and spans, in order) that tells two versions of the code apart.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import os
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run(db: str) -> dict[str, object]:
    from vitrina import roles
    from vitrina.store import connect_readonly
    from vitrina.store.db import SQLiteKnowledgeBase

    counts = {"pairs met": 0, "pairs judged": 0, "names parsed": 0}
    pairs, read_alike, parsed = roles._pairs, roles._read_alike, roles._parsed

    def met(names):  # type: ignore[no-untyped-def]
        for pair in pairs(names):
            counts["pairs met"] += 1
            yield pair

    def judged(a, b):  # type: ignore[no-untyped-def]
        counts["pairs judged"] += 1
        return read_alike(a, b)

    def parse(names, wanted):  # type: ignore[no-untyped-def]
        counts["names parsed"] += len(wanted)
        return parsed(names, wanted)

    roles._pairs, roles._read_alike, roles._parsed = met, judged, parse  # type: ignore[assignment]
    digest = hashlib.sha256()
    made = 0
    cpu = time.process_time()
    with contextlib.closing(connect_readonly(db)) as conn:
        kb = SQLiteKnowledgeBase(conn)
        documents = len(kb.documents())
        kinds = {e.id: (e.type, e.name) for e in kb.entities()}
        for c in roles.streamed_role_comparisons(kb, kinds):
            made += 1
            digest.update(repr((c.kind, c.verdict, c.subject, c.grouping, c.reasons,
                                [(s.document, s.start, s.end) for s in c.statements])).encode())
    cpu = time.process_time() - cpu
    return {"db": db, "documents": documents, **counts, "comparisons": made, "cpu_s": round(cpu, 1),
            "cpu_ms_per_doc": round(1000 * cpu / max(documents, 1), 1), "sha256": digest.hexdigest()[:16],
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024), "load": os.getloadavg()[0]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dbs", nargs="+")
    args = parser.parse_args()
    for db in args.dbs:
        print(run(db), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
