"""Computed page data cached per database file identity.

The identity of the database is ``(path, inode, mtime, size)`` (and the same
for a ``-wal`` file beside it), read *before* the request opens its
connection: an atomic rebuild replaces the file, so its identity changes and
the next request computes fresh data. Data computed from a connection that
saw a newer file is at worst stored under the older identity, never the
reverse, so a stale page cannot outlive a rebuild.

Each (identity, name) is computed once even when many requests ask at the
same moment: the others wait for the first one and share its result.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")
Identity = tuple[Any, ...]


def file_identity(path: Path) -> Identity | None:
    """``(path, inode, mtime_ns, size)`` of the database and its WAL, or None if absent."""
    parts: list[Any] = [str(path)]
    for candidate in (path, path.with_name(path.name + "-wal")):
        try:
            st = os.stat(candidate)
        except OSError:
            if candidate == path:
                return None
            continue
        parts += [st.st_ino, st.st_mtime_ns, st.st_size]
    return tuple(parts)


class PageCache:
    """Values computed from one database version, dropped when the file changes."""

    def __init__(self) -> None:
        self._identity: Identity | None = None
        self._values: dict[str, Any] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()
        self.computed = 0  # how many values were computed (for tests and benchmarks)

    def get(self, identity: Identity | None, name: str, compute: Callable[[], T]) -> T:
        """The cached value of ``name`` for this identity, computing it at most once."""
        if identity is None:  # unknown file: never cache
            return compute()
        key_lock = self._lock_for(identity, name)
        with key_lock:
            with self._guard:
                if self._identity == identity and name in self._values:
                    return self._values[name]
            value = compute()
            with self._guard:
                if self._identity == identity:
                    self._values[name] = value
                self.computed += 1
            return value

    def _lock_for(self, identity: Identity, name: str) -> threading.Lock:
        with self._guard:
            if self._identity != identity:  # a new database version: forget the old one
                self._identity = identity
                self._values = {}
                self._locks = {}
            return self._locks.setdefault(name, threading.Lock())

    def clear(self) -> None:
        with self._guard:
            self._identity, self._values, self._locks = None, {}, {}
