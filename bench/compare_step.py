"""The comparisons stage of one build, run alone in this process: CPU, wall, peak RSS and what it stored (round 56,
issue #18).

    PYTHONPATH=src .venv/bin/python bench/compare_step.py DB [--earlier EARLIER.db] [--write] [--json FILE]

Runs ``compare.store_comparisons`` on the exhibit ``DB`` as a build runs it (every entry consumed), with the
exhibit ``EARLIER.db`` as the one the build replaces (its kept statements read: ``vitrina.keptstatements``; a code
without kept statements is run without it). Reports the stage's CPU seconds (this process), wall seconds, the
process's peak RSS, the sha256 of the comparison entries (``comparisons:…``, in key order: what must not change),
the number of kept-statement entries written and how many of them the earlier exhibit held (documents not read
again), and (round 57) the kept judgements' entries and how many judgements were read kept or made
(``vitrina.keptjudgements``), and (round 59) the kept parses' entries and how many sentences were rebuilt from
them or parsed (``vitrina.keptparses``). ``--write`` stores the entries in ``DB`` (its former comparison and kept entries
replaced), so that a copy of it can be the next run's ``--earlier``.
"""

from __future__ import annotations

import argparse
import hashlib
import inspect
import json
import resource
import sqlite3
import time
from pathlib import Path

KEPT = "compare-kept:"
JUDGED = "compare-judged:"
PARSED = "compare-parsed:"


def _keys(db: Path, prefix: str) -> set[str]:
    with sqlite3.connect(db) as conn:
        return {k for (k,) in conn.execute("SELECT key FROM meta WHERE key >= ? AND key < ?",
                                           (prefix, prefix[:-1] + chr(ord(prefix[-1]) + 1)))}


def _judgements_seen() -> list:
    """The ``KeptJudgements`` objects whose entries are written (a code without them: none)."""
    seen: list = []
    try:
        from vitrina import keptjudgements
    except ImportError:
        return seen
    entries = keptjudgements.KeptJudgements.entries

    def noted(self):  # type: ignore[no-untyped-def]
        seen.append(self)
        return entries(self)

    keptjudgements.KeptJudgements.entries = noted  # type: ignore[method-assign]
    return seen


def _parses_seen() -> list:
    """The ``KeptParses`` objects whose entries are written (a code without them: none)."""
    seen: list = []
    try:
        from vitrina import keptparses
    except ImportError:
        return seen
    entries = keptparses.KeptParses.entries

    def noted(self):  # type: ignore[no-untyped-def]
        seen.append(self)
        return entries(self)

    keptparses.KeptParses.entries = noted  # type: ignore[method-assign]
    return seen


def _parses_counted(seen: list) -> dict:
    """The sentences rebuilt from kept parses and those parsed (round 59; nothing for a code without them)."""
    return {"parses_read": sum(p.read for p in seen), "parses_made": sum(p.made for p in seen)} if seen else {}


def run(db: Path, earlier: Path | None, write: bool) -> dict:
    from vitrina.compare import store_comparisons
    from vitrina.store import open_knowledge_base

    judgements = _judgements_seen()
    parses = _parses_seen()
    takes_earlier = "earlier" in inspect.signature(store_comparisons).parameters
    before = _keys(earlier, KEPT) if earlier else set()
    written: list[tuple[str, str]] | None = [] if write else None  # (held: --write is for small exhibits)
    kb = open_knowledge_base(db)
    digest, counts = hashlib.sha256(), {"comparison_entries": 0, "kept_entries": 0, "kept_chars": 0, "reused": 0,
                                        "judged_entries": 0, "judged_chars": 0, "parsed_entries": 0,
                                        "parsed_chars": 0}
    cpu, wall = time.process_time(), time.perf_counter()
    for key, value in (store_comparisons(kb, earlier=str(earlier)) if earlier and takes_earlier
                       else store_comparisons(kb)):  # (parts come in key order)
        if key.startswith("comparisons:"):
            digest.update(value.encode() + b"\n")
            counts["comparison_entries"] += 1
        elif key.startswith(KEPT):
            counts["kept_entries"] += 1
            counts["kept_chars"] += len(value)
            counts["reused"] += key in before
        elif key.startswith(JUDGED):
            counts["judged_entries"] += 1
            counts["judged_chars"] += len(value)
        elif key.startswith(PARSED):
            counts["parsed_entries"] += 1
            counts["parsed_chars"] += len(value)
        if written is not None:
            written.append((key, value))
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    kb.close()
    if written is not None:
        with sqlite3.connect(db) as conn:
            conn.execute("DELETE FROM meta WHERE key LIKE 'comparisons:%' OR key LIKE ? OR key LIKE ? OR key LIKE ?",
                         (KEPT + "%", JUDGED + "%", PARSED + "%"))
            conn.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", written)
    return {"db": str(db), "earlier": str(earlier) if earlier else None, "cpu_s": round(cpu, 1),
            "wall_s": round(wall, 1), "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
            "comparisons_sha256": digest.hexdigest()[:16], **counts,
            "judgements_read": sum(j.read for j in judgements), "judgements_made": sum(j.made for j in judgements),
            **_parses_counted(parses)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--earlier", type=Path)
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    row = run(args.db, args.earlier, args.write)
    print(json.dumps(row), flush=True)
    if args.json:
        args.json.write_text(json.dumps(row, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
