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

import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any, TypeVar

from vitrina.store.db import file_identity

__all__ = ["Identity", "PageCache", "ResponseCache", "file_identity"]

T = TypeVar("T")
Identity = tuple[Any, ...]


class PageCache:
    """Values computed from one database version, dropped when the file changes."""

    def __init__(self) -> None:
        self._identity: Identity | None = None
        self._values: dict[str, Any] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()
        self.computed = 0  # how many values were computed (for tests and benchmarks)
        self.responses = ResponseCache()

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
        self.responses.clear()


class ResponseCache:
    """Rendered response bodies by URL for one database version, least recently used
    dropped first once they add up to more than ``max_bytes``."""

    def __init__(self, max_bytes: int = 48 * 1024 * 1024) -> None:
        self.max_bytes = max_bytes
        self._identity: Identity | None = None
        self._bodies: OrderedDict[str, tuple[bytes, str]] = OrderedDict()
        self._size = 0
        self._guard = threading.Lock()

    def get(self, identity: Identity | None, key: str) -> tuple[bytes, str] | None:
        """(body, media type) rendered for ``key`` from this database version, or None."""
        with self._guard:
            if identity is None or identity != self._identity or key not in self._bodies:
                return None
            self._bodies.move_to_end(key)
            return self._bodies[key]

    def put(self, identity: Identity | None, key: str, body: bytes, media_type: str) -> None:
        if identity is None or len(body) > self.max_bytes // 8:
            return
        with self._guard:
            if identity != self._identity:
                self._identity, self._bodies, self._size = identity, OrderedDict(), 0
            old = self._bodies.pop(key, None)
            self._size += len(body) - (len(old[0]) if old else 0)
            self._bodies[key] = (body, media_type)
            while self._size > self.max_bytes and self._bodies:
                _, (dropped, _) = self._bodies.popitem(last=False)
                self._size -= len(dropped)

    def clear(self) -> None:
        with self._guard:
            self._identity, self._bodies, self._size = None, OrderedDict(), 0
