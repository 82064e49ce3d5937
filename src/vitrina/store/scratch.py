"""Scratch space for a stage that must see a whole collection without holding it in memory.

A ``Scratch`` is a private temporary SQLite database (deleted when closed);
``PickledList`` keeps objects there, pickled, numbered in the order they were
added, and reads them back by number through a small cache, or in order;
``Pairs`` keeps numbered pairs and gives them back a group at a time;
``SortedTexts`` gives texts back in the order of their keys; ``FirstPairs``
keeps the first pair of numbers noted under each (key, kind). The
cross-document comparisons keep their statements, the pairs they judged the
same and their results in one, so the memory they use does not grow with the
collection (only their blocking indexes do, a few bytes per statement).
"""

from __future__ import annotations

import pickle
import sqlite3
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from itertools import groupby
from operator import itemgetter
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

    def _table(self) -> str:
        self._lists += 1
        return f"t{self._lists}"

    def pickled_list(self, cache: int) -> PickledList[Any]:
        return PickledList(self, self._table(), cache)

    def pairs(self) -> Pairs:
        return Pairs(self, self._table())

    def sorted_texts(self, keys: int) -> SortedTexts:
        return SortedTexts(self, self._table(), keys)

    def first_pairs(self) -> FirstPairs:
        return FirstPairs(self, self._table())


class FirstPairs:
    """The first pair of numbers noted under each (key, kind), later ones ignored; read back a key
    at a time, in the order the keys were first noted (as a dict of dicts filled with
    ``setdefault`` iterates), each with its kinds."""

    def __init__(self, scratch: Scratch, table: str) -> None:
        self._scratch, self._table, self._seq = scratch, table, 0
        scratch.execute(f"CREATE TABLE {table} (key TEXT NOT NULL, kind TEXT NOT NULL, seq INTEGER NOT NULL, "
                        "a INTEGER NOT NULL, b INTEGER NOT NULL, PRIMARY KEY (key, kind)) WITHOUT ROWID")

    def note_all(self, rows: Iterable[tuple[str, str, int, int]]) -> None:
        """Rows of (key, kind, a, b), in the order they were met."""
        def numbered() -> Iterator[tuple[str, str, int, int, int]]:
            for key, kind, a, b in rows:
                self._seq += 1
                yield key, kind, self._seq, a, b
        self._scratch.insert_many(f"INSERT OR IGNORE INTO {self._table} VALUES (?, ?, ?, ?, ?)", numbered())

    def by_key(self, min_kinds: int = 1) -> Iterator[tuple[str, dict[str, tuple[int, int]]]]:
        """Each key noted under at least ``min_kinds`` kinds, with its first pair of each kind."""
        rows = self._scratch.execute(
            f"SELECT t.key, t.kind, t.a, t.b FROM {self._table} t JOIN (SELECT key, MIN(seq) AS first "
            f"FROM {self._table} GROUP BY key HAVING COUNT(*) >= ?) f ON f.key = t.key ORDER BY f.first, t.seq",
            (min_kinds,))
        for key, in_key in groupby(rows, key=itemgetter(0)):
            yield key, {kind: (a, b) for _key, kind, a, b in in_key}


class Pairs:
    """Pairs of numbers with a code (i, j, code), read back one group at a time."""

    def __init__(self, scratch: Scratch, table: str) -> None:
        self._scratch, self._table = scratch, table
        scratch.execute(f"CREATE TABLE {table} (i INTEGER NOT NULL, j INTEGER NOT NULL, code INTEGER NOT NULL)")

    def add_all(self, rows: Iterable[tuple[int, int, int]]) -> None:
        self._scratch.insert_many(f"INSERT INTO {self._table} VALUES (?, ?, ?)", rows)

    def by_group(self, group_of: Callable[[int], int]) -> Iterator[list[tuple[int, int, int]]]:
        """The pairs whose first numbers are in one group (``group_of`` said after every pair was
        added), a group at a time."""
        self._scratch.conn.create_function(f"group_{self._table}", 1, group_of, deterministic=True)
        rows = self._scratch.execute(
            f"SELECT group_{self._table}(i) AS g, i, j, code FROM {self._table} ORDER BY g")
        for _g, in_group in groupby(rows, key=itemgetter(0)):
            yield [(i, j, code) for _g2, i, j, code in in_group]


class SortedTexts:
    """Texts each with ``keys`` sort keys (numbers or strings; strings compare by code point, as
    Python's do), read back in key order. Only the keys are sorted (an index), not the texts."""

    def __init__(self, scratch: Scratch, table: str, keys: int) -> None:
        self._scratch, self._table = scratch, table
        self._keys = ", ".join(f"k{n}" for n in range(keys))
        self._marks = ", ".join("?" * (keys + 1))
        scratch.execute(f"CREATE TABLE {table} ({self._keys}, text TEXT NOT NULL)")

    def add_all(self, rows: Iterable[tuple[Any, ...]]) -> None:
        """Rows of (key, …, text)."""
        self._scratch.insert_many(f"INSERT INTO {self._table} VALUES ({self._marks})", rows)

    def in_order(self) -> Iterator[str]:
        self._scratch.execute(f"CREATE INDEX {self._table}_order ON {self._table} ({self._keys})")
        for (text,) in self._scratch.execute(f"SELECT text FROM {self._table} ORDER BY {self._keys}"):
            yield text


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


class NotedPairs:
    """Pairs of numbers, each noted once: ``first`` says whether a pair is met for the first time."""

    def __init__(self, scratch: Scratch, table: str) -> None:
        self._scratch, self._table = scratch, table
        scratch.execute(f"CREATE TABLE {table} (i INTEGER NOT NULL, j INTEGER NOT NULL, PRIMARY KEY (i, j)) "
                        "WITHOUT ROWID")

    def first(self, i: int, j: int) -> bool:
        return bool(self.fresh([(i, j)]))

    def fresh(self, pairs: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
        """The pairs met for the first time, in order, all noted in one transaction (not one each)."""
        conn, sql = self._scratch.conn, f"INSERT OR IGNORE INTO {self._table} VALUES (?, ?)"
        conn.execute("BEGIN")
        try:
            return [(i, j) for i, j in pairs if conn.execute(sql, (i, j)).rowcount == 1]
        finally:
            conn.execute("COMMIT")


class NumberedBlobs:
    """Bytes kept by number, each written once."""

    def __init__(self, scratch: Scratch, table: str) -> None:
        self._scratch, self._table = scratch, table
        scratch.execute(f"CREATE TABLE {table} (n INTEGER PRIMARY KEY, data BLOB NOT NULL)")

    def get(self, n: int) -> bytes | None:
        return self.get_many([n]).get(n)

    def get_many(self, numbers: Iterable[int]) -> dict[int, bytes]:
        """The bytes kept of these numbers (those kept), read a batch of numbers at a time."""
        found: dict[int, bytes] = {}
        wanted = list(numbers)
        for first in range(0, len(wanted), WRITE_BATCH):
            batch = wanted[first:first + WRITE_BATCH]
            rows = self._scratch.execute(
                f"SELECT n, data FROM {self._table} WHERE n IN ({', '.join('?' * len(batch))})", batch)
            found.update((n, bytes(data)) for n, data in rows)
        return found

    def put_many(self, rows: Iterable[tuple[int, bytes]]) -> None:
        self._scratch.insert_many(f"INSERT INTO {self._table} VALUES (?, ?)", rows)


class KeyedNumbers:
    """Numbers filed under two text keys, given back in the order of (key, key, number)."""

    def __init__(self, scratch: Scratch, table: str) -> None:
        self._scratch, self._table = scratch, table
        scratch.execute(f"CREATE TABLE {table} (a TEXT NOT NULL, b TEXT NOT NULL, n INTEGER NOT NULL)")

    def add_many(self, rows: Iterable[tuple[str, str, int]]) -> None:
        """File the rows (``rows`` may be a generator that writes to this scratch database)."""
        self._scratch.insert_many(f"INSERT INTO {self._table} VALUES (?, ?, ?)", rows)
        self._scratch.execute(f"CREATE INDEX IF NOT EXISTS {self._table}_order ON {self._table} (a, b, n)")

    def in_order(self) -> Iterator[tuple[str, str, int]]:
        yield from self._scratch.execute(f"SELECT a, b, n FROM {self._table} ORDER BY a, b, n")

    def keep_rarest(self, max_size: int, budget: int) -> None:
        """Keep each number only under its rarest keys (``compare._rarest_keys``' rule): a pair of keys filed with one
        number or more than ``max_size`` numbers is dropped; each number's others are taken in the order of their
        sizes (ties in the keys' order) until the numbers they hold besides it reach ``budget``."""
        t = self._table
        self._scratch.execute(
            f"CREATE TEMP TABLE {t}_kept AS SELECT a, b, n FROM ("
            "SELECT a, b, n, SUM(size - 1) OVER (PARTITION BY n ORDER BY size, a, b ROWS UNBOUNDED PRECEDING)"
            " - (size - 1) AS others FROM ("
            f"SELECT a, b, n, COUNT(*) OVER (PARTITION BY a, b) AS size FROM {t}) WHERE size BETWEEN 2 AND ?)"
            " WHERE others < ?", (max_size, budget))
        self._scratch.execute(f"DELETE FROM {t}")
        self._scratch.execute(f"INSERT INTO {t} SELECT a, b, n FROM {t}_kept")
        self._scratch.execute(f"DROP TABLE {t}_kept")


class RankedBlobs:
    """Bytes with a score and two numbers, given back best score first (ties in the order of the numbers)."""

    def __init__(self, scratch: Scratch, table: str) -> None:
        self._scratch, self._table = scratch, table
        scratch.execute(f"CREATE TABLE {table} (score REAL NOT NULL, i INTEGER NOT NULL, j INTEGER NOT NULL, "
                        "data BLOB NOT NULL)")

    def add_many(self, rows: Iterable[tuple[float, int, int, bytes]]) -> None:
        self._scratch.insert_many(f"INSERT INTO {self._table} VALUES (?, ?, ?, ?)", rows)

    def best_first(self) -> Iterator[bytes]:
        for (data,) in self._scratch.execute(f"SELECT data FROM {self._table} ORDER BY score DESC, i, j"):
            yield bytes(data)
