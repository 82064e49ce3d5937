"""Scratch space for a stage that must see a whole collection without holding it in memory.

A ``Scratch`` is a private temporary SQLite database (deleted when closed);
``PickledList`` keeps objects there, pickled, numbered in the order they were
added, and reads them back by number through a small cache, or in order. The
cross-document comparisons keep their statements, the pairs they judged the
same and their results in one, so the memory they use does not grow with the
collection (only their blocking indexes do, a few bytes per statement).
"""

from __future__ import annotations

import pickle
import sqlite3
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from typing import Any, Generic, TypeVar

T = TypeVar("T")

# Pages of the scratch database kept in memory (KiB, as SQLite's negative cache_size): the rest is on disk.
CACHE_KIB = 2048
# Objects written per batch of inserts.
WRITE_BATCH = 500


class Scratch:
    """A private temporary database: ``sqlite3.connect("")`` is on disk and removed on close."""

    def __init__(self) -> None:
        self.conn = sqlite3.connect("", isolation_level=None)
        self.conn.execute("PRAGMA journal_mode = OFF")
        self.conn.execute("PRAGMA synchronous = OFF")
        self.conn.execute("PRAGMA temp_store = FILE")
        self.conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        self._lists = 0

    def __enter__(self) -> Scratch:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    def execute(self, sql: str, params: Iterable[Any] = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, tuple(params))

    def insert_many(self, sql: str, rows: Iterable[tuple[Any, ...]]) -> None:
        """Insert rows in batches, each batch one transaction (``rows`` may be a generator that
        reads this database: nothing of it is read while a batch is written)."""
        batch: list[tuple[Any, ...]] = []
        for row in rows:
            batch.append(row)
            if len(batch) >= WRITE_BATCH:
                self._write(sql, batch)
                batch = []
        self._write(sql, batch)

    def _write(self, sql: str, batch: list[tuple[Any, ...]]) -> None:
        if batch:
            self.conn.execute("BEGIN")
            self.conn.executemany(sql, batch)
            self.conn.execute("COMMIT")

    def pickled_list(self, cache: int) -> PickledList[Any]:
        self._lists += 1
        return PickledList(self, f"list{self._lists}", cache)


class PickledList(Generic[T]):
    """A list kept pickled in a ``Scratch``: ``append``/``extend``, ``len``, ``[i]`` (the last
    ``cache`` objects read stay in memory) and iteration in order."""

    def __init__(self, scratch: Scratch, table: str, cache: int) -> None:
        self._scratch, self._table, self._capacity = scratch, table, cache
        scratch.execute(f"CREATE TABLE {table} (i INTEGER PRIMARY KEY, data BLOB NOT NULL)")
        self._pending: list[tuple[int, bytes]] = []
        self._length = 0
        self._cache: OrderedDict[int, T] = OrderedDict()

    def __len__(self) -> int:
        return self._length

    def append(self, item: T) -> int:
        """Add an item; its number."""
        self._pending.append((self._length, pickle.dumps(item, protocol=pickle.HIGHEST_PROTOCOL)))
        self._length += 1
        if len(self._pending) >= WRITE_BATCH:
            self._flush()
        return self._length - 1

    def extend(self, items: Iterable[T]) -> None:
        for item in items:
            self.append(item)

    def _flush(self) -> None:
        self._scratch.insert_many(f"INSERT INTO {self._table} VALUES (?, ?)", self._pending)
        self._pending = []

    def __getitem__(self, i: int) -> T:
        found = self._cache.get(i)
        if found is not None:
            self._cache.move_to_end(i)
            return found
        if not 0 <= i < self._length:
            raise IndexError(i)
        self._flush()
        row = self._scratch.execute(f"SELECT data FROM {self._table} WHERE i = ?", (i,)).fetchone()
        item: T = pickle.loads(row[0])
        self._cache[i] = item
        if len(self._cache) > self._capacity:
            self._cache.popitem(last=False)
        return item

    def __iter__(self) -> Iterator[T]:
        self._flush()
        for (data,) in self._scratch.execute(f"SELECT data FROM {self._table} ORDER BY i"):
            yield pickle.loads(data)
