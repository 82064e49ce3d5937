"""The store, behind one read API and one set of writers, on either backend.

``db`` is a SQLite file (the default; store/db.py, FTS5) or a
``postgresql://`` URL (store/postgres.py, the ``postgres`` extra): the
functions here pick the backend, so callers never know which one it is.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vitrina.store import db as sqlite_store
from vitrina.store.db import (
    DamagedDatabase,
    SchemaMismatch,
    StageFailed,
    StageFailure,
    check_intact,
    connect_readonly,
    failed_stages,
    is_damaged,
    is_vitrina_database,
    readonly_uri,
)
from vitrina.store.read import KnowledgeBase, SQLiteKnowledgeBase

if TYPE_CHECKING:
    from vitrina.model import Document, Entity
    from vitrina.store.db import Derive, Row

SERVER_SCHEMES = ("postgresql://", "postgres://")


def is_server_url(db: str | Path) -> bool:
    """Whether ``db`` names a database server (``postgresql://…``) rather than a SQLite file."""
    return isinstance(db, str) and db.startswith(SERVER_SCHEMES)


def display_name(db: str | Path) -> str:
    """``db`` as messages show it: a server URL without its password."""
    if is_server_url(db):
        from vitrina.store.postgres import target

        where = target(str(db))
        return where.shown + ("" if where.schema == "vitrina" else f"?schema={where.schema}")
    return str(db)


def open_knowledge_base(db: str | Path) -> KnowledgeBase:
    """The read API over the exhibit at ``db`` (a StoreError if it is missing or foreign)."""
    if is_server_url(db):
        from vitrina.store.postgres import PostgresKnowledgeBase

        return PostgresKnowledgeBase.open(str(db))
    return SQLiteKnowledgeBase(connect_readonly(db))


@contextlib.contextmanager
def reading(db: str | Path) -> Iterator[KnowledgeBase]:
    """``open_knowledge_base`` as a context manager: closed on exit."""
    kb = open_knowledge_base(db)
    try:
        yield kb
    finally:
        kb.close()


def store_identity(db: str | Path) -> tuple[Any, ...] | None:
    """What changes when the exhibit at ``db`` is rebuilt (None when there is none): for a
    file its path, inode, time and size; on a server the id of its last build."""
    if is_server_url(db):
        from vitrina.store import postgres

        return postgres.identity(str(db))
    return sqlite_store.file_identity(Path(db))


def check_replaceable(db: str | Path) -> None:
    """Refuse to build over anything but nothing, an empty file or a vitrina exhibit."""
    if is_server_url(db):
        from vitrina.store import postgres

        postgres.check_replaceable(str(db))
    else:
        sqlite_store.check_replaceable(db)


def build_lock(db: str | Path) -> contextlib.AbstractContextManager[None]:
    """Held for the whole build: one build at a time per exhibit."""
    if is_server_url(db):
        from vitrina.store import postgres

        return postgres.build_lock(str(db))
    return sqlite_store.build_lock(db)


def load_analyses(db: str | Path) -> dict[str, tuple[str, Document]]:
    """Previously built documents (pre-linking) keyed by id, with their file hash."""
    if is_server_url(db):
        from vitrina.store import postgres

        return postgres.load_analyses(str(db))
    return sqlite_store.load_analyses(db)


def write_stream(db: str | Path, entities: Iterable[Entity], rows: Iterable[Row],
                 derive: Sequence[Derive] = (), strict: bool = False) -> list[StageFailure]:
    """Write a whole exhibit atomically, one document at a time; the derive stages that failed
    (a degraded build, written without their entries), or StageFailed if ``strict`` (see store/db.py)."""
    if is_server_url(db):
        from vitrina.store import postgres

        return postgres.write_stream(str(db), entities, rows, derive, strict)
    return sqlite_store.write_stream(db, entities, rows, derive, strict)


def write_exhibit(db: str | Path, analyses: Sequence[tuple[str, Document]], linked: Sequence[Document],
                  entities: Sequence[Entity], derive: Sequence[Derive] = (), strict: bool = False,
                  ) -> list[StageFailure]:
    """Write a whole exhibit atomically from analysed and linked documents (see store/db.py)."""
    rows = ((sha, analysis, doc) for (sha, analysis), doc in zip(analyses, linked, strict=True))
    return write_stream(db, entities, rows, derive, strict)


__all__ = ["DamagedDatabase", "KnowledgeBase", "SchemaMismatch", "StageFailed", "StageFailure", "build_lock", "check_intact", "check_replaceable", "connect_readonly", "display_name",
           "failed_stages", "is_damaged", "is_server_url", "is_vitrina_database", "load_analyses", "open_knowledge_base", "reading",
           "readonly_uri", "store_identity", "write_exhibit", "write_stream"]
