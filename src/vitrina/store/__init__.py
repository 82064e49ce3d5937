"""The store: SQLite with FTS5, written atomically, read read-only, behind one read API."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from vitrina.store.db import (
    SchemaMismatch,
    build_lock,
    check_replaceable,
    connect_readonly,
    file_identity,
    is_vitrina_database,
    load_analyses,
    readonly_uri,
    write_exhibit,
    write_stream,
)
from vitrina.store.read import KnowledgeBase, SQLiteKnowledgeBase


def is_server_url(db: str | Path) -> bool:
    """Whether ``db`` names a database server (``postgresql://…``) rather than a SQLite file."""
    return isinstance(db, str) and db.startswith(("postgresql://", "postgres://"))


def open_knowledge_base(db: str | Path) -> KnowledgeBase:
    """The read API over the exhibit at ``db`` (a StoreError if it is missing or foreign)."""
    return SQLiteKnowledgeBase(connect_readonly(db))


def store_identity(db: str | Path) -> tuple[Any, ...] | None:
    """What changes when the exhibit at ``db`` is rebuilt (None when there is none):
    for a file its path, inode, time and size (see vitrina.web.cache)."""
    return file_identity(Path(db))


@contextlib.contextmanager
def reading(db: str | Path) -> Iterator[KnowledgeBase]:
    """``open_knowledge_base`` as a context manager: closed on exit."""
    kb = open_knowledge_base(db)
    try:
        yield kb
    finally:
        kb.close()

__all__ = ["KnowledgeBase", "SchemaMismatch", "open_knowledge_base", "reading", "build_lock", "check_replaceable", "connect_readonly",
           "is_vitrina_database", "load_analyses", "readonly_uri", "write_exhibit", "write_stream"]
