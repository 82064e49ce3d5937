"""A derive stage run in a process of its own, on a large exhibit.

The stages that follow the write (the cross-document comparisons) parse
sentences and keep indexes over the whole collection; run in the build's
process they start on top of what linking left there (memory let go but not
all given back: +30 MB at 3,280 documents), so the build's peak grows with
the collection although neither part alone grows much. In their own
interpreter they start clean: the child opens the written (committed, not
yet renamed) database read-only, runs the stage, and leaves its entries in a
temporary SQLite file that the build copies in one entry at a time, so
neither process holds them all.

Run here: ``python -m vitrina.store.apart MODULE:FUNCTION DATABASE OUT``.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from importlib import import_module
from pathlib import Path
from typing import Any

# A derive stage runs apart from the build when the exhibit has at least this many documents:
# below it what linking leaves behind is small (~5 MB at 205 essays), and a second interpreter
# (imports and the model loaded again, ~3 s CPU) costs more than it saves.
APART_MIN_DOCUMENTS = 500


def stage_name(stage: Callable[..., Any]) -> str | None:
    """``module:function`` of a module-level stage (one a new interpreter can import), else None."""
    module, name = getattr(stage, "__module__", None), getattr(stage, "__qualname__", "")
    if not module or not name or "<" in name or module == "__main__":
        return None
    return f"{module}:{name}"


@contextlib.contextmanager
def entries_apart(name: str, database: str | Path) -> Iterator[Iterator[tuple[str, str]]]:
    """The (key, value) entries of the stage ``name`` run on ``database`` in a new interpreter,
    read back one at a time; a failure of the stage (or of its process) raises RuntimeError."""
    database = Path(database)
    fd, out = tempfile.mkstemp(prefix=f".{database.name}.derive.", suffix=".tmp", dir=database.parent)
    os.close(fd)
    try:
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
        done = subprocess.run([sys.executable, "-m", "vitrina.store.apart", name, str(database), out],
                              env=env, stdin=subprocess.DEVNULL, check=False)
        conn = sqlite3.connect(out)
        try:
            failed = _failure(conn)
            if done.returncode != 0 or failed is not None:
                raise RuntimeError(f"{name} failed in its own process (exit {done.returncode})"
                                   + (f": {failed}" if failed else ""))
            yield (tuple(row) for row in conn.execute("SELECT key, value FROM entries ORDER BY n"))
        finally:
            conn.close()
    finally:
        with contextlib.suppress(OSError):
            os.unlink(out)


def _failure(conn: sqlite3.Connection) -> str | None:
    try:
        row = conn.execute("SELECT message FROM failure").fetchone()
    except sqlite3.OperationalError:  # the child died before it made its tables
        return "it stopped before it began"
    return row[0] if row else None


def run(name: str, database: str, out: str) -> int:
    """The child's side: run the stage on the database, its entries (or its failure) into ``out``."""
    from vitrina.store.db import SQLiteKnowledgeBase, connect_readonly, derived_entries

    conn = sqlite3.connect(out, isolation_level=None)
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("CREATE TABLE entries (n INTEGER PRIMARY KEY, key TEXT NOT NULL, value TEXT NOT NULL)")
    conn.execute("CREATE TABLE failure (message TEXT NOT NULL)")
    try:
        module, function = name.split(":")
        stage = getattr(import_module(module), function)
        with contextlib.closing(connect_readonly(database)) as source:
            for key, value in derived_entries(stage(SQLiteKnowledgeBase(source))):
                conn.execute("INSERT INTO entries (key, value) VALUES (?, ?)", (key, value))
    except Exception as exc:  # noqa: BLE001 - reported to the build, which raises it
        conn.execute("INSERT INTO failure VALUES (?)", (f"{type(exc).__name__}: {exc}",))
        return 1
    finally:
        conn.close()
    return 0


if __name__ == "__main__":
    sys.exit(run(*sys.argv[1:4]))
