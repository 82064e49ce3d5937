"""SHA-256 digests of a built database, table by table, or of its comparisons made again: the check that a
speed change leaves the stored output identical.

    PYTHONPATH=src .venv/bin/python bench/db_digest.py build/corpus.db other.db     # a digest per table
    PYTHONPATH=src .venv/bin/python bench/db_digest.py --again build/corpus.db      # the comparisons made again

Each table's rows are sorted (their ``repr``) before hashing; the full-text index's own tables are left out
(they follow ``sentences``), and so is ``documents.sha256``, which salts the code's fingerprint and so differs
between any two versions. ``meta`` is hashed key by key (the stored comparisons included). ``--again`` runs
``compare.store_comparisons`` on the database in this process and hashes the entries it yields, with this
process's CPU seconds: the comparisons of one version against another's without building twice. With
several databases, the last line says whether they are all alike.
"""

from __future__ import annotations

import argparse
import hashlib
import sqlite3
import sys
import time
from pathlib import Path

SKIPPED_COLUMNS = {("documents", "sha256")}  # salted with the code's fingerprint


def table_digests(db: Path) -> dict[str, str]:
    """{table (or ``meta:KEY``): sha256 of its sorted rows}."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
              if not r[0].startswith("sentences_fts")]
    out: dict[str, str] = {}
    for table in tables:
        columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if (table, r[1]) not in SKIPPED_COLUMNS]
        rows = conn.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall()
        if table == "meta":
            for key, value in sorted(rows):
                out[f"meta:{key}"] = hashlib.sha256(repr(value).encode()).hexdigest()
            continue
        out[table] = hashlib.sha256("\n".join(sorted(map(repr, rows))).encode()).hexdigest()
    conn.close()
    return out


def whole(digests: dict[str, str]) -> str:
    return hashlib.sha256("\n".join(f"{k} {v}" for k, v in sorted(digests.items())).encode()).hexdigest()


def comparisons_again(db: Path) -> tuple[str, int, float]:
    """(sha256 of the entries, their number, CPU seconds) of ``store_comparisons`` run again on ``db``."""
    from vitrina.compare import store_comparisons
    from vitrina.store import open_knowledge_base

    digest = hashlib.sha256()
    cpu = time.process_time()
    count = 0
    for key, value in store_comparisons(open_knowledge_base(db)):
        digest.update(f"{key}\t{value}\n".encode())
        count += 1
    return digest.hexdigest(), count, time.process_time() - cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dbs", type=Path, nargs="+")
    parser.add_argument("--again", action="store_true", help="hash the comparisons made again, not the tables")
    parser.add_argument("--tables", action="store_true", help="print each table's digest")
    args = parser.parse_args()
    wholes = []
    for db in args.dbs:
        if args.again:
            digest, count, cpu = comparisons_again(db)
            print(f"{db}: comparisons {digest[:16]} ({count} entries, {cpu:.1f} CPU s)", flush=True)
            wholes.append(digest)
            continue
        digests = table_digests(db)
        if args.tables:
            for name, value in sorted(digests.items()):
                print(f"  {name} {value[:16]}")
        wholes.append(whole(digests))
        print(f"{db}: {wholes[-1][:16]} ({len(digests)} tables and meta keys)", flush=True)
    if len(wholes) > 1:
        print("all alike" if len(set(wholes)) == 1 else "DIFFERENT")
    return 0 if len(set(wholes)) == 1 else 1


if __name__ == "__main__":
    sys.exit(main())
