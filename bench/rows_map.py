"""The write of a Dask build with and without the rows' map step (issue #18): who makes the linked rows.

    PYTHONPATH=src .venv/bin/python bench/rows_map.py --base build/corpus.db [--copies 2] [--workers 2]

The analyses of ``--base`` (a built exhibit), copied ``--copies`` times as
``bench/scale.py``'s linking rows copy them (new ids and sources, c trailing
spaces), are parked in shards of ``FILES_PER_TASK`` documents as Dask tasks
park them, and linked; then the exhibit is written twice, without the
comparisons: once with every row made in this process (read back, relinked,
turned into rows: the build before the map step), once with the rows made by
a local cluster of ``--workers`` workers (``scaleout.linked_rows``), this
process only writing them. Prints the write's wall time and this process's
CPU seconds for each (``--repeat`` times, alternated), and checks both files
hold the same rows.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sqlite3
import sys
import time
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", type=Path, required=True)
    ap.add_argument("--copies", type=int, default=2)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--out", type=Path, default=Path("build/rows-map"))
    args = ap.parse_args(argv)

    from vitrina.link import link_summaries
    from vitrina.pipeline import StagedSummaries, _linked_rows
    from vitrina.scaleout import FILES_PER_TASK, Cluster, DaskOptions
    from vitrina.serialize import document_from_dict
    from vitrina.store import connect_readonly, write_stream
    from vitrina.store.staging import Staging, pack, park

    args.out.mkdir(parents=True, exist_ok=True)
    results: dict[str, list[tuple[float, float]]] = {}
    with Staging(args.out / "staging.db") as staging, contextlib.closing(connect_readonly(args.base)) as base, \
            Cluster(DaskOptions(workers=args.workers)) as cluster:
        analyses, batch = [], []
        for c in range(args.copies):
            for sha, raw in base.execute("SELECT sha256, analysis FROM documents ORDER BY ordinal"):
                doc = document_from_dict(json.loads(raw))
                batch.append((sha, pack(doc.evolve(id=f"{doc.id}-c{c}", source=f"{doc.source}-c{c}",
                                                   text=doc.text + " " * c))))
                if len(batch) == FILES_PER_TASK:
                    analyses += _parked(staging, batch, park)
                    batch = []
        analyses += _parked(staging, batch, park)
        linked = link_summaries(StagedSummaries(analyses))
        cluster.client  # noqa: B018 - started (and the model loaded in each worker) before the clock
        for _ in range(args.repeat):  # alternated: the machine's load drifts
            for name, on in (("here", None), ("workers", cluster)):
                target = args.out / f"{name}.db"
                target.unlink(missing_ok=True)
                wall, cpu = time.perf_counter(), time.process_time()
                write_stream(target, linked.complete(), _linked_rows(list(analyses), linked, on))
                results.setdefault(name, []).append((time.perf_counter() - wall, time.process_time() - cpu))
    same = _rows(args.out / "here.db") == _rows(args.out / "workers.db")
    print(f"{len(analyses)} documents; write wall / build-process CPU s, each run: "
          + "; ".join(f"{name} " + ", ".join(f"{w:.1f} / {c:.2f}" for w, c in runs) for name, runs in results.items())
          + f"; same rows: {same}")
    return 0 if same else 1


def _parked(staging, batch, park):
    parked = park([p for _, p in batch], staging.shard_prefix) if batch else []
    return [(sha, staging.add(p)) for (sha, _), p in zip(batch, parked or [], strict=True)]


def _rows(db: Path) -> list:
    with contextlib.closing(sqlite3.connect(db)) as conn:
        return [conn.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()
                for table in ("documents", "mentions", "sentences", "events", "quotes", "entities")]


if __name__ == "__main__":
    sys.exit(main())
