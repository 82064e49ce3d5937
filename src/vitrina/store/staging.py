"""Analyses and link summaries parked on disk during a build, so memory holds neither.

A build analyses every file, links the whole collection, then writes it.
Holding every analysis (or every link summary) until the write makes peak
memory grow with the collection; instead each analysis and its link summary
are serialised to a temporary SQLite file next to the database as soon as
they arrive, in whatever order the workers finish, the build keeps a
:class:`DocRef` (id, source, where both lie), linking reads the summaries
back one at a time in the exhibit's order, and the write reads the
analyses back one at a time. The staging file is removed when the build
ends; one left by a killed build is swept by ``build_lock`` (same name
pattern as the database's temporary file).

On a Dask cluster the workers park the analyses themselves: each task writes
its documents' analyses to a shard of its own (a SQLite file named after the
staging file, in the same folder: :func:`park`) and sends back only the link
summaries and where each analysis lies (:attr:`Packed.shard`, :attr:`Packed.row`),
so analyses never travel through the client. The write reads them from the
shards; the shards are removed with the staging file.
"""

from __future__ import annotations

import contextlib
import json
import os
import pickle
import sqlite3
import tempfile
import uuid
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import TracebackType
from typing import Any

from vitrina.link import LinkSummary, summarize
from vitrina.model import Document
from vitrina.serialize import document_from_dict, document_to_dict
from vitrina.store.read import KnowledgeBase

# SQLite page cache of the staging file, in KiB (negative cache_size): small on
# purpose, the file is written once and read once in order.
STAGING_CACHE_KIB = 8 * 1024
# Shards kept open for reading during the write: documents are written in file order and a
# shard holds a run of consecutive files, so few are needed; each open one costs a page cache.
OPEN_SHARDS = 8
# SQLite page cache of a shard opened for reading, in KiB: read once in order.
SHARD_CACHE_KIB = 512


@dataclass(frozen=True)
class Packed:
    """One analysed document ready to stage: what a worker sends back (no objects to rebuild)."""

    id: str
    source: str
    summary: LinkSummary
    analysis: bytes  # compact JSON of ``document_to_dict``
    words: int  # for progress reports
    warnings: tuple[str, ...] = ()  # what reading the file noticed (e.g. invalid UTF-8 bytes)
    shard: str | None = None  # the shard file a Dask worker parked ``analysis`` in (then sent empty)
    row: int = 0  # its row there


def park(packed: Sequence[Packed], prefix: str) -> list[Packed] | None:
    """Store the analyses in a new shard ``<prefix><unique>.tmp`` (a Dask task's side) and
    return the packed documents without them, pointing at their rows; None when the shard's
    folder cannot be written here (the analyses are then sent back whole)."""
    name = f"{prefix}{uuid.uuid4().hex}.tmp"
    try:
        conn = sqlite3.connect(name)
    except sqlite3.OperationalError:  # no such folder on this worker
        return None
    try:
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("CREATE TABLE analyses (n INTEGER PRIMARY KEY, analysis BLOB NOT NULL)")
        rows = [conn.execute("INSERT INTO analyses (analysis) VALUES (?)", (p.analysis,)).lastrowid or 0
                for p in packed]
        conn.commit()
    except sqlite3.Error:
        conn.close()
        with contextlib.suppress(OSError):
            os.unlink(name)
        return None
    conn.close()
    return [replace(p, analysis=b"", shard=name, row=n) for p, n in zip(packed, rows, strict=True)]


def pack(doc: Document) -> Packed:
    warnings = tuple(value for key, value in doc.meta if key == "warning")
    return Packed(doc.id, doc.source, summarize(doc), dumps(doc), len(doc.text.split()), warnings)


def read_parked(shard: str, rows: Sequence[int]) -> Iterator[str]:
    """The analyses at ``rows`` of a shard, in that order (a Dask worker reading its task's shard)."""
    with contextlib.closing(sqlite3.connect(shard)) as conn:
        conn.execute(f"PRAGMA cache_size = -{SHARD_CACHE_KIB}")
        for n in rows:
            yield bytes(conn.execute("SELECT analysis FROM analyses WHERE n = ?", (n,)).fetchone()[0]).decode()


def park_rows(name: str, rows: Iterator[Any]) -> None:
    """Each of ``rows`` (one document's exhibit rows) pickled in order into a new file ``name``
    (a Dask worker's side of the rows' map step; read back with ``parked_rows``)."""
    with contextlib.closing(sqlite3.connect(name)) as conn:
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("CREATE TABLE rows (n INTEGER PRIMARY KEY, data BLOB NOT NULL)")
        for row in rows:
            conn.execute("INSERT INTO rows (data) VALUES (?)", (pickle.dumps(row, protocol=pickle.HIGHEST_PROTOCOL),))
        conn.commit()


def parked_rows(name: str) -> Iterator[Any]:
    """The rows ``park_rows`` wrote into ``name``, in their order."""
    with contextlib.closing(sqlite3.connect(name)) as conn:
        for (data,) in conn.execute("SELECT data FROM rows ORDER BY n"):
            yield pickle.loads(data)


def dumps(doc: Document) -> bytes:
    return json.dumps(document_to_dict(doc), ensure_ascii=False, separators=(",", ":")).encode()


@dataclass(frozen=True, slots=True)
class DocRef:
    """A document of the build by reference: id, source, and how to read its link summary and
    its analysis back. Small, one per document of the collection held until the write: the
    readers are shared (one bound method per staging file or earlier exhibit), each reference
    keeps only the keys it reads with."""

    id: str
    source: str
    load_summary: Callable[[int], LinkSummary] = field(repr=False, compare=False)
    summary_key: int = field(repr=False, compare=False)  # its row among the staged summaries
    reader: Callable[[Any], str] = field(repr=False, compare=False)  # the analysis as stored (JSON), by ``key``
    key: Any = field(repr=False, compare=False)
    shard: str | None = field(default=None, compare=False)  # the shard a Dask worker parked it in
    row: int = field(default=0, compare=False)  # its row there

    @property
    def summary(self) -> LinkSummary:
        """The document's link summary, read back from the staging file; the document's id is the reference's
        own (a renamed document's summary, staged under its old id, cites it by the new one: round 50 red team
        D10, entity roles kept the old id)."""
        summary = self.load_summary(self.summary_key)
        return summary if summary.document in ("", self.id) else replace(summary, document=self.id)

    def read(self) -> str:
        """The analysis as stored (JSON)."""
        return self.reader(self.key)

    def evolve(self, **changes: Any) -> DocRef:
        return replace(self, **changes)

    def document(self) -> Document:
        return self.stored()[0]

    def stored(self) -> tuple[Document, str]:
        """The analysis, and its JSON to store: as staged, unless the build renamed the document or its source."""
        raw = self.read()
        doc = document_from_dict(json.loads(raw))
        if doc.id == self.id and doc.source == self.source:
            return doc, raw
        doc = doc.evolve(id=self.id, source=self.source, source_map=_followed(doc, self.source))
        return doc, dumps(doc).decode()  # renamed, or its file named otherwise (``renamed_sources``)


def _followed(doc: Document, source: str) -> Any:
    """The document's source map citing ``source``, the file it is read from now, where it cited the file by the
    document's earlier name (round 56 red team D-RENAME-STALE-SOURCE: citations, annotations, TEI and the pages'
    source disclosure named a file no longer there); a map citing another file (a reader's own) is kept."""
    smap = doc.source_map
    return replace(smap, path=source) if smap.path == doc.source and source != doc.source else smap


class Staging:
    """The temporary store of a build's analyses (a context manager; removed on exit)."""

    def __init__(self, db: str | Path) -> None:
        from vitrina.store import is_server_url

        self.db = db
        # beside a database file (swept by its build lock); for a server, in the temporary folder
        if is_server_url(db):
            fd, name = tempfile.mkstemp(prefix=".vitrina.staging.", suffix=".tmp")
        else:
            db = Path(db)
            db.parent.mkdir(parents=True, exist_ok=True)
            fd, name = tempfile.mkstemp(prefix=f".{db.name}.staging.", suffix=".tmp", dir=db.parent)
        os.close(fd)
        self.path = Path(name)
        self._conn = sqlite3.connect(name, check_same_thread=False)
        self._conn.execute("PRAGMA journal_mode = OFF")
        self._conn.execute("PRAGMA synchronous = OFF")
        self._conn.execute(f"PRAGMA cache_size = -{STAGING_CACHE_KIB}")
        self._conn.execute("CREATE TABLE analyses (n INTEGER PRIMARY KEY, analysis BLOB NOT NULL)")
        self._conn.execute("CREATE TABLE summaries (n INTEGER PRIMARY KEY, summary BLOB NOT NULL)")
        self._previous: KnowledgeBase | None = None
        self.previous_version: int | None = None  # the schema version of the exhibit built over
        self._shards: OrderedDict[str, sqlite3.Connection] = OrderedDict()  # open for reading, last used last
        # the readers every reference shares (a bound method made once, not one per document)
        self._summary_reader, self._analysis_reader, self._shard_reader = self._summary, self._read, self._read_shard

    @property
    def shard_prefix(self) -> str:
        """Where Dask tasks park analyses (:func:`park`): beside the staging file, same name."""
        return str(self.path.with_suffix("")) + ".shard-"

    def __enter__(self) -> Staging:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        self._conn.close()
        if self._previous is not None:
            self._previous.close()
        while self._shards:
            self._shards.popitem()[1].close()
        prefix = Path(self.shard_prefix)
        for path in [self.path, *prefix.parent.glob(prefix.name + "*.tmp")]:
            with contextlib.suppress(OSError):
                path.unlink()

    def add(self, doc: Document | Packed) -> DocRef:
        """Stage an analysed document (or one a worker packed), its analysis and link summary
        written to the staging file as it arrives: only its reference stays in memory."""
        packed = doc if isinstance(doc, Packed) else pack(doc)
        summary = self._park_summary(packed.summary)
        if packed.shard is not None:  # a Dask worker parked it already
            return DocRef(packed.id, packed.source, self._summary_reader, summary, self._shard_reader,
                          (packed.shard, packed.row), packed.shard, packed.row)
        n = self._conn.execute("INSERT INTO analyses (analysis) VALUES (?)", (packed.analysis,)).lastrowid
        return DocRef(packed.id, packed.source, self._summary_reader, summary, self._analysis_reader, n)

    def _park_summary(self, summary: LinkSummary) -> int:
        blob = pickle.dumps(summary, protocol=pickle.HIGHEST_PROTOCOL)
        return self._conn.execute("INSERT INTO summaries (summary) VALUES (?)", (blob,)).lastrowid or 0

    def _summary(self, n: int) -> LinkSummary:
        row = self._conn.execute("SELECT summary FROM summaries WHERE n = ?", (n,)).fetchone()
        summary: LinkSummary = pickle.loads(row[0])
        return summary

    def _read(self, n: int | None) -> str:
        row = self._conn.execute("SELECT analysis FROM analyses WHERE n = ?", (n,)).fetchone()
        return bytes(row[0]).decode()

    def _read_shard(self, where: tuple[str, int]) -> str:
        shard, n = where
        conn = self._shards.pop(shard, None)
        if conn is None:
            conn = sqlite3.connect(shard, check_same_thread=False)
            conn.execute(f"PRAGMA cache_size = -{SHARD_CACHE_KIB}")
            if len(self._shards) >= OPEN_SHARDS:
                self._shards.popitem(last=False)[1].close()
        self._shards[shard] = conn
        row = conn.execute("SELECT analysis FROM analyses WHERE n = ?", (n,)).fetchone()
        return bytes(row[0]).decode()

    def previous(self, db: str | Path) -> dict[str, tuple[str, DocRef]]:
        """The documents already built into ``db`` (pre-linking), keyed by id, with their file hash.

        Each is read once to summarise it and again when written; the database
        stays open (and readable after the build renames a new one over it).
        """
        from vitrina.store import is_server_url, open_knowledge_base, store_identity

        if store_identity(db) is None or (not is_server_url(db) and Path(db).stat().st_size == 0):
            return {}
        kb = self._previous = open_knowledge_base(db)
        self.previous_version = kb.schema_version()
        reader = kb.analysis_json
        found: dict[str, tuple[str, DocRef]] = {}
        for doc_id, sha, analysis in kb.stored_analyses():
            doc = document_from_dict(json.loads(analysis))
            found[doc_id] = (sha, DocRef(doc.id, doc.source, self._summary_reader,
                                         self._park_summary(summarize(doc)), reader, doc_id))
        return found
