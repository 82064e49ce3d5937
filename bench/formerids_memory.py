"""Peak memory of the former-entity-ids stage (``formerids``) on a built exhibit.

    PYTHONPATH=src .venv/bin/python bench/formerids_memory.py DB [--drop N]

Runs the stage with ``DB`` as both the last build and this one (every id kept: the common rebuild) and, with
``--drop N``, against a copy whose N entities with the most mentions are renamed (their ids gone, their mentions
each now one entity's: the case that records former ids). Prints the mentions, the peak traced memory and the
seconds of the stage as shipped, and of round 49's way (every mention of both builds held: ``--old``).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import tempfile
import time
import tracemalloc
from pathlib import Path

from vitrina.formerids import (
    FORMER_ENTITY_IDS_META,
    EarlierEntities,
    entity_renames,
    entity_spans,
    former_entity_ids_stage,
)
from vitrina.store import reading


def renamed_copy(db: Path, n: int, folder: Path) -> Path:
    """A copy of ``db`` whose ``n`` most mentioned entities have new ids (entities and mentions rewritten)."""
    copy = folder / "now.db"
    shutil.copy(db, copy)
    with sqlite3.connect(copy) as conn:
        top = [row[0] for row in conn.execute(
            "SELECT entity FROM mentions GROUP BY entity ORDER BY count(*) DESC LIMIT ?", (n,))]
        for entity in top:
            conn.execute("UPDATE entities SET id = ? WHERE id = ?", (entity + "-renamed", entity))
            conn.execute("UPDATE mentions SET entity = ? WHERE entity = ?", (entity + "-renamed", entity))
    return copy


def measure(label: str, run) -> None:
    tracemalloc.start()
    started = time.perf_counter()
    result = run()
    seconds = time.perf_counter() - started
    _now, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"{label}: peak {peak / 1e6:.1f} MB, {seconds:.2f} s, {len(result)} former ids")


def old_way(earlier_db: Path, now_db: Path) -> dict[str, str]:
    with reading(earlier_db) as kb:
        earlier = entity_spans(kb)
    with reading(now_db) as kb:
        now = entity_spans(kb)
    return dict(entity_renames(earlier, now))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--drop", type=int, default=0)
    args = parser.parse_args()
    with reading(args.db) as kb:
        print(f"{len(kb.mentions())} mentions, {len(kb.entity_ids())} entities")
    with tempfile.TemporaryDirectory() as folder:
        now_db = renamed_copy(args.db, args.drop, Path(folder)) if args.drop else args.db
        stage = former_entity_ids_stage(EarlierEntities(source=lambda: reading(args.db)), [])

        def shipped() -> dict[str, str]:
            with reading(now_db) as kb:
                return json.loads(stage(kb).get(FORMER_ENTITY_IDS_META, "{}"))

        measure("shipped (round 50)", shipped)
        measure("round 49 (every mention of both builds)", lambda: old_way(args.db, now_db))


if __name__ == "__main__":
    main()
