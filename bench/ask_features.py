"""Round 40: every judged group's question-candidate features, extracted once and cached on disk per group.

A fit of `vitrina ask`'s ranker and gate (bench/fit_ask.py) reads, per question, every pooled candidate with the
features of its best sentences (fit_ask.collect: ``ask(..., explain=True)``). Asking the questions is what costs —
about an hour for every group at a shared machine's load — while the fit itself is numpy over those rows. This
keeps each group's rows in ``CACHE_DIR/GROUP.KEY.json``, where KEY digests everything the rows depend on:

* the code revision: the bytes of every file under src/vitrina and of the bench scripts that label the rows
  (``LABELLING``, and the source of fit_ask's collect_group and _labelled), with the Python and spaCy versions —
  any edit of them, committed or not, gives a new key (an edit of fit_ask's fitting does not);
* the database: the SHA-256 of its file (one built again from the same texts may differ in its bytes; that only
  asks the questions again, it never reads stale rows);
* the group's question files (an annotation fixed is a new key).

A group whose key has no file is asked again and its file written (atomically: a run stopped midway keeps the groups
it finished); files of the same group under another key are removed. ``--merge OUT`` writes the rows of the groups
asked, in order, as one file for ``fit_ask.py --cache OUT`` and bench/loso_variants.py. The red teams' groups
(fit_ask.REDTEAM) are asked on their own collections, given by ``--group-db GROUP=DB``; without one they are left
out.

    PYTHONPATH=src .venv/bin/python bench/ask_features.py --db build/dev.db \\
        --group-db redteam37=build/rt37.db redteam38=build/rt38.db redteam39=build/rt39.db --merge build/all_rows.json
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import inspect
import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import eval_ask  # noqa: E402
import fit_ask as F  # noqa: E402

ROOT = F.ROOT
LABELLING = ("bench/eval_ask.py", "bench/ask_classes.py")  # scripts whose code labels the rows, besides fit_ask's
# collect_group and _labelled (their source alone: editing fit_ask's fitting keeps the cache)
CHUNK = 1 << 20  # bytes read at a time when hashing a file

Collector = Callable[[Path, str, list[Path]], list[dict]]


def file_digest(path: Path) -> str:
    """SHA-256 of a file's bytes."""
    h = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(CHUNK):
            h.update(chunk)
    return h.hexdigest()


def code_revision(root: Path = ROOT) -> str:
    """A digest of the code that makes the rows: every file under ``root``/src/vitrina (caches aside) and the
    labelling scripts, with their paths, and the Python and spaCy versions."""
    h = hashlib.sha256()
    source = root / "src" / "vitrina"
    files = sorted(p for p in source.rglob("*") if p.is_file() and "__pycache__" not in p.parts
                   and p.suffix not in (".pyc", ".pyo"))
    for path in files + [root / name for name in LABELLING if (root / name).exists()]:
        h.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes() + b"\0")
    for function in (F.collect_group, F._labelled):
        h.update(inspect.getsource(function).encode())
    h.update(repr(F.MEMBERS).encode())
    h.update(sys.version.encode())
    with contextlib.suppress(Exception):  # spaCy's version: its parses are features
        from importlib.metadata import version

        h.update(version("spacy").encode())
    return h.hexdigest()


def group_key(revision: str, db_digest: str, files: list[Path]) -> str:
    """The cache key of one group's rows."""
    parts = [revision, db_digest] + [file_digest(f) for f in files]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:24]


def ask_group(db: Path, group: str, files: list[Path]) -> list[dict]:
    """fit_ask.collect for one group on ``db``."""
    from vitrina.store import connect_readonly

    with contextlib.closing(connect_readonly(db)) as conn:
        return F.collect_group(conn, group, files)


class Cache:
    """Per-group rows on disk under a key of the code, the database and the questions."""

    def __init__(self, directory: Path, revision: str | None = None, collector: Collector = ask_group) -> None:
        self.directory = directory
        self.revision = revision if revision is not None else code_revision()
        self.collector = collector
        self.db_digests: dict[Path, str] = {}
        self.asked: list[str] = []  # groups asked in this run (no valid file)

    def path(self, group: str, files: list[Path], db: Path) -> Path:
        if db not in self.db_digests:
            self.db_digests[db] = file_digest(db)
        return self.directory / f"{group}.{group_key(self.revision, self.db_digests[db], files)}.json"

    def rows(self, group: str, files: list[Path], db: Path) -> list[dict]:
        """The group's rows: read when cached under the current key, else asked and written."""
        path = self.path(group, files, db)
        if path.exists():
            return json.loads(path.read_text(encoding="utf-8"))
        rows = self.collector(db, group, files)
        self.directory.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(path.name + f".{os.getpid()}.tmp")
        partial.write_text(json.dumps(rows), encoding="utf-8")
        partial.replace(path)
        for stale in self.directory.glob(f"{group}.*.json"):
            if stale != path:
                stale.unlink()
        self.asked.append(group)
        return rows


def groups(group_dbs: dict[str, Path], db: Path, wanted: list[str] | None = None) -> dict[str, tuple[list[Path], Path]]:
    """The groups to read (fit_ask.GROUPS on ``db``, the red teams' on their own databases), each with its question
    files and database; ``wanted`` restricts them (in its order)."""
    out = {g: (files, db) for g, files in F.GROUPS.items()}
    out.update({g: (files, group_dbs[g]) for g, files in F.REDTEAM.items() if g in group_dbs})
    if wanted:
        missing = [g for g in wanted if g not in out]
        if missing:
            raise SystemExit(f"unknown groups or red-team groups without --group-db: {', '.join(missing)}")
        return {g: out[g] for g in wanted}
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("groups", nargs="*", help="groups to read (default: all)")
    parser.add_argument("--db", type=Path, default=eval_ask.DEFAULT_DB)
    parser.add_argument("--group-db", nargs="*", default=[], metavar="GROUP=DB",
                        help="a red team's group and the database of its collection")
    parser.add_argument("--cache-dir", type=Path, default=ROOT / "build" / "ask_features")
    parser.add_argument("--merge", type=Path, help="write every group's rows, in order, into this file")
    args = parser.parse_args()
    group_dbs = {g: Path(d) for g, _, d in (x.partition("=") for x in args.group_db)}
    chosen = groups(group_dbs, args.db, args.groups)
    cache = Cache(args.cache_dir)
    print(f"code revision {cache.revision[:12]}", flush=True)
    merged: list[dict] = []
    for group, (files, db) in chosen.items():
        start, cpu = time.time(), time.process_time()
        rows = cache.rows(group, files, db)
        if args.merge:  # every group's rows held at once only to merge them (gigabytes as Python objects)
            merged += rows
        how = "asked" if cache.asked[-1:] == [group] else "cached"
        print(f"{group}: {len(rows)} rows {how} ({time.time() - start:.0f} s, {time.process_time() - cpu:.0f} CPU s)",
              flush=True)
    if args.merge:
        args.merge.parent.mkdir(parents=True, exist_ok=True)
        args.merge.write_text(json.dumps(merged), encoding="utf-8")
        print(f"{len(merged)} rows of {len(chosen)} groups -> {args.merge}")


if __name__ == "__main__":
    main()
