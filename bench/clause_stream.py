"""The clause comparisons alone on a written exhibit: their digest, count, CPU seconds and peak RSS.

    PYTHONPATH=src .venv/bin/python bench/clause_stream.py DB [--json FILE]

Runs ``clauses.clause_comparisons`` (with nothing already compared) in this fresh interpreter once the
model, WordNet and the embeddings are loaded, consumes every comparison, and prints one JSON line: the
SHA-256 of the comparisons as ``comparisons_json`` gives them (in the order found), their number, CPU and
wall seconds, RSS before and the peak RSS of the process (``getrusage``) and the peak RSS inside the stage
(sampled every 50 ms); ``--warm`` measures a second run, once what the stage loads once is loaded. Run it with one version's ``src`` then another's on the same database (e.g. the
``linkN.db`` of ``bench/scale.py --no-compare``) to compare their output and memory (issue #18, round 32).
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import resource
import sys
import threading
import time
from pathlib import Path


def rss_mb() -> float:
    with open("/proc/self/statm", encoding="ascii") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


class Peak:
    """The largest RSS of this process seen every 50 ms until stopped."""

    def __init__(self) -> None:
        self.mb, self._done = rss_mb(), threading.Event()
        threading.Thread(target=self._sample, daemon=True).start()

    def _sample(self) -> None:
        while not self._done.wait(0.05):
            self.mb = max(self.mb, rss_mb())

    def stop(self) -> float:
        self._done.set()
        return max(self.mb, rss_mb())


def measure(db: Path, warm: bool = False) -> dict[str, object]:
    from vitrina import clauses, polarity, semantic
    from vitrina.compare import Capped, comparisons_json, document_titles
    from vitrina.qa.lexical import base_forms
    from vitrina.store import connect_readonly
    from vitrina.store.read import as_knowledge_base

    semantic.embed(["warm up"])  # the embeddings, WordNet and the parser's words loaded before the stage
    base_forms("warming")
    polarity._bases("warm up")
    with contextlib.closing(connect_readonly(db)) as conn:
        kb = as_knowledge_base(conn)
        titles = document_titles(kb)
        if warm:  # once untimed: what the stage loads once (the parser, word tables) is then loaded
            for _c in clauses.clause_comparisons(kb, set(), Capped()):
                pass
        before = rss_mb()
        peak = Peak()
        cpu, wall = time.process_time(), time.perf_counter()
        digest, count = hashlib.sha256(), 0
        for c in clauses.clause_comparisons(kb, set(), Capped()):
            digest.update(json.dumps(comparisons_json([c], titles)[0], sort_keys=True).encode() + b"\n")
            count += 1
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    return {"db": str(db), "comparisons": count, "sha256": digest.hexdigest()[:16], "cpu_s": round(cpu, 1),
            "wall_s": round(wall, 1), "rss_before_mb": round(before, 1), "stage_peak_mb": round(peak.stop(), 1),
            "process_peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
            "load": round(os.getloadavg()[0], 1), "warm": warm}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("db", type=Path)
    ap.add_argument("--json", type=Path, help="also append the result line here")
    ap.add_argument("--warm", action="store_true",
                    help="run the stage once untimed first: the second run's peak is the stage's own memory")
    args = ap.parse_args()
    line = json.dumps(measure(args.db, args.warm))
    print(line)
    if args.json:
        with args.json.open("a", encoding="utf-8") as f:
            f.write(line + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
