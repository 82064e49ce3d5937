"""A derive stage run in a process of its own, on a large exhibit.

The stages that follow the write (the cross-document comparisons) parse
sentences and keep indexes over the whole collection; run in the build's
process they start on top of what linking left there (memory let go but not
all given back: +30 MB at 3,280 documents), so the build's peak grows with
the collection although neither part alone grows much. In their own
interpreter they start clean: the child opens the written (committed, not
yet renamed) database read-only, runs the stage, and leaves its entries in a
temporary SQLite file that the build copies in one entry at a time, so
neither process holds them all. On PostgreSQL the written exhibit is the
build's schema, committed under its temporary name (readers still see the
old exhibit), which the child reads.

Run here: ``python -m vitrina.store.apart MODULE:FUNCTION DATABASE OUT [SCHEMA] [--with=NAME=VALUE …]``
(``SCHEMA``: the build's schema when ``DATABASE`` is a ``postgresql://`` URL; ``--with``: a keyword argument of
the stage, a string, for a stage given as ``functools.partial(function, name=value)``).
"""

from __future__ import annotations

import contextlib
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from functools import partial
from importlib import import_module
from pathlib import Path
from typing import Any

# A derive stage runs apart from the build when the exhibit has at least this many documents:
# below it what linking leaves behind is small (~5 MB at 205 essays), and a second interpreter
# (imports and the model loaded again, ~3 s CPU) costs more than it saves.
APART_MIN_DOCUMENTS = 500


class StageProcessFailed(RuntimeError):
    """A derive stage failed in its own process (its message names the stage and the error)."""


_WITH = "--with="  # the prefix of a stage's keyword argument on the child's command line


def stage_name(stage: Callable[..., Any]) -> str | None:
    """``module:function`` of a module-level stage (one a new interpreter can import), or of the function of a
    ``functools.partial`` of one given only string keywords (``stage_arguments``), else None."""
    if isinstance(stage, partial):
        if stage.args or not all(isinstance(v, str) for v in stage.keywords.values()):
            return None
        stage = stage.func
    module, name = getattr(stage, "__module__", None), getattr(stage, "__qualname__", "")
    if not module or not name or "<" in name or module == "__main__":
        return None
    return f"{module}:{name}"


def stage_arguments(stage: Callable[..., Any]) -> tuple[str, ...]:
    """The keyword arguments of a stage given as a ``functools.partial`` (``stage_name``), for the child's command
    line; none for a plain function."""
    if not isinstance(stage, partial):
        return ()
    return tuple(f"{_WITH}{key}={value}" for key, value in stage.keywords.items())


@contextlib.contextmanager
def entries_apart(name: str, database: str | Path, schema: str | None = None,
                  arguments: Sequence[str] = ()) -> Iterator[Iterator[tuple[str, str]]]:
    """The (key, value) entries of the stage ``name`` run on ``database`` in a new interpreter,
    read back one at a time; a failure of the stage (or of its process) raises StageProcessFailed.
    ``database`` is a SQLite file, or a server URL whose exhibit is being built in ``schema``;
    ``arguments`` the stage's keywords (``stage_arguments``)."""
    if schema is None:
        where = Path(database)
        fd, out = tempfile.mkstemp(prefix=f".{where.name}.derive.", suffix=".tmp", dir=where.parent)
    else:
        fd, out = tempfile.mkstemp(prefix=".vitrina.derive.", suffix=".tmp")
    os.close(fd)
    try:
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
        done = subprocess.run([sys.executable, "-m", "vitrina.store.apart", name, str(database), out,
                               *([schema] if schema else []), *arguments],
                              env=env, stdin=subprocess.DEVNULL, check=False)
        conn = sqlite3.connect(out)
        try:
            failed = _failure(conn)
            if done.returncode != 0 or failed is not None:
                raise StageProcessFailed(f"{name} failed in its own process ({_exit(done.returncode)})"
                                         + (f": {failed}" if failed else ""))
            yield (tuple(row) for row in conn.execute("SELECT key, value FROM entries ORDER BY n"))
        finally:
            conn.close()
    finally:
        with contextlib.suppress(OSError):
            os.unlink(out)


def _exit(code: int) -> str:
    """How the stage's process ended: its exit status, or the signal that killed it (the
    kernel's out-of-memory killer sends 9)."""
    if code < 0:
        with contextlib.suppress(ValueError):
            return f"killed by {signal.Signals(-code).name}"
        return f"killed by signal {-code}"
    return f"exit {code}"


def _failure(conn: sqlite3.Connection) -> str | None:
    try:
        row = conn.execute("SELECT message FROM failure").fetchone()
    except sqlite3.OperationalError:  # the child died before it made its tables
        return "it stopped before it began"
    return row[0] if row else None


@contextlib.contextmanager
def _written(database: str, schema: str | None) -> Iterator[Any]:
    """The written exhibit, read-only: a SQLite file, or the build's schema on a server."""
    if schema is None:
        from vitrina.store.db import SQLiteKnowledgeBase, connect_readonly

        with contextlib.closing(connect_readonly(database)) as conn:
            yield SQLiteKnowledgeBase(conn)
        return
    from vitrina.store.postgres import PostgresKnowledgeBase, _connect, target

    server = _connect(target(database))
    try:
        server.execute(f'SET search_path TO "{schema}"')
        server.execute("SET default_transaction_read_only = on")
        yield PostgresKnowledgeBase(server)
    finally:
        server.close()


def run(name: str, database: str, out: str, schema: str | None = None, **keywords: str) -> int:
    """The child's side: run the stage on the database (with ``keywords``), its entries (or its failure) into
    ``out``."""
    from vitrina.store.db import derived_entries

    conn = sqlite3.connect(out, isolation_level=None)
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("CREATE TABLE entries (n INTEGER PRIMARY KEY, key TEXT NOT NULL, value TEXT NOT NULL)")
    conn.execute("CREATE TABLE failure (message TEXT NOT NULL)")
    try:
        module, function = name.split(":")
        stage = getattr(import_module(module), function)
        with _written(database, schema) as kb:
            for key, value in derived_entries(stage(kb, **keywords)):
                conn.execute("INSERT INTO entries (key, value) VALUES (?, ?)", (key, value))
    except Exception as exc:  # noqa: BLE001 - reported to the build, which raises it
        conn.execute("INSERT INTO failure VALUES (?)", (f"{type(exc).__name__}: {exc}",))
        return 1
    finally:
        conn.close()
    return 0


def _command_line(argv: Sequence[str]) -> tuple[list[str], dict[str, str]]:
    """The child's positional arguments and the stage's keywords (``--with=NAME=VALUE``)."""
    keywords = dict(a.removeprefix(_WITH).split("=", 1) for a in argv if a.startswith(_WITH))
    return [a for a in argv if not a.startswith(_WITH)], keywords


if __name__ == "__main__":
    positional, named = _command_line(sys.argv[1:])
    sys.exit(run(*positional[:4], **named))
