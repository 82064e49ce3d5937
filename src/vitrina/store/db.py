"""Writing an exhibit atomically and opening it read-only.

A build writes a complete new database next to the target and renames it
over the target in one step (``os.replace``): readers and a killed build
only ever see the previous complete database or the new one.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import json
import logging
import os
import shutil
import sqlite3
import stat
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from vitrina.edtf_bounds import bounds
from vitrina.errors import StoreError
from vitrina.ingest.files import shown
from vitrina.model import Document, Entity
from vitrina.serialize import document_from_dict, document_to_dict
from vitrina.store.read import KnowledgeBase, SQLiteKnowledgeBase
from vitrina.store.schema import READABLE_VERSIONS, SCHEMA_VERSION, migrate
from vitrina.store.unspaced import index_text

# A build stage run on the written exhibit before it is swapped in: meta entries to keep.
# A stage run on a freshly written exhibit: meta entries computed from it, as a dict or as
# (key, value) pairs made one at a time (each is written before the next is made).
Derive = Callable[[KnowledgeBase], Mapping[str, str] | Iterable[tuple[str, str]]]


def release_memory() -> None:
    """Give the memory of what was let go back to the system (the link state, once every document
    is written), so the derive stages that follow do not start on top of it: a collection, then
    glibc's ``malloc_trim`` where there is one."""
    import ctypes
    import ctypes.util
    import gc

    gc.collect()
    name = ctypes.util.find_library("c")
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(name).malloc_trim(0)


# Meta key prefix of a derive stage that failed in a degraded build: ``failed_stage:<stage>``,
# its value JSON ``{"stage": …, "reason": …}`` (``StageFailure``).
FAILED_STAGE = "failed_stage:"
# Characters of a failure's reason kept (one line, for the terminal, the log and the pages).
REASON_CHARS = 300

log = logging.getLogger("vitrina.build")


@dataclass(frozen=True)
class StageFailure:
    """A derive stage that failed: the build is written without its entries (a degraded build)."""

    stage: str  # its name as pages and messages show it ("comparisons")
    reason: str  # one line

    def entry(self) -> tuple[str, str]:
        """The meta entry that records it in the exhibit."""
        return FAILED_STAGE + self.stage, json.dumps({"stage": self.stage, "reason": self.reason})


class StageFailed(StoreError):
    """A derive stage failed in a ``strict`` build: nothing was written."""

    def __init__(self, failure: StageFailure):
        super().__init__(f"the {failure.stage} stage failed ({failure.reason}); nothing was written (--strict)")
        self.failure = failure


def stage_label(stage: Callable[..., Any]) -> str:
    """A derive stage's name for people: its function's name (a ``functools.partial``'s function's) without
    ``store_``."""
    return str(getattr(getattr(stage, "func", stage), "__name__", "derive")).removeprefix("store_")


def stage_failure(stage: Callable[..., Any], exc: BaseException) -> StageFailure:
    """What failed and why, in one line; logged at debug level only (``vitrina.build``): the caller
    reports the returned failures (the command line's ``Warning:`` line), once."""
    from vitrina.store.apart import StageProcessFailed

    lines = str(exc).strip().splitlines()
    reason = f"{type(exc).__name__}: {lines[0]}" if lines else type(exc).__name__
    if isinstance(exc, StageProcessFailed):  # a stage run apart names itself and its error
        reason = lines[0]
    failure = StageFailure(stage_label(stage), reason[:REASON_CHARS])
    log.debug("%s unavailable for this build: %s", failure.stage, failure.reason)
    return failure


# Meta key prefix of work a derive stage left out of one document (a cap of ``limits.CROSS_DOCUMENT_LIMITS``
# reached): ``stage_note:<stage>:<n>``, its value JSON ``{"stage": …, "source": …, "reason": …}``. The build
# shows each as ``Warning: <source>: <reason>``, as it shows a file analysed in reduced mode.
STAGE_NOTE = "stage_note:"


def stage_note_entry(stage: str, number: int, source: str, reason: str) -> tuple[str, str]:
    """The meta entry of one document's note (``STAGE_NOTE``)."""
    return f"{STAGE_NOTE}{stage}:{number:06d}", json.dumps({"stage": stage, "source": source, "reason": reason})


def stage_note_entries(kb: KnowledgeBase) -> list[tuple[str, str]]:
    """The exhibit's notes of work its derive stages left out, each (file, reason), in order."""
    found = (json.loads(value) for value in kb.meta_values(STAGE_NOTE))
    return [(entry["source"], entry["reason"]) for entry in found]


def stage_notes(kb: KnowledgeBase) -> list[str]:
    """The same notes, each ``"<file>: <reason>"``."""
    return [f"{source}: {reason}" for source, reason in stage_note_entries(kb)]


def failed_stages(kb: KnowledgeBase) -> dict[str, str]:
    """The derive stages that failed in the exhibit's build, with why (empty for a whole build)."""
    found = (json.loads(value) for value in kb.meta_values(FAILED_STAGE))
    return {entry["stage"]: entry["reason"] for entry in found}


def derived_entries(found: Mapping[str, str] | Iterable[tuple[str, str]]) -> Iterable[tuple[str, str]]:
    """A derive stage's entries as (key, value) pairs."""
    return found.items() if isinstance(found, Mapping) else found

# ``PRAGMA application_id`` of every database vitrina writes ("VITR").
APPLICATION_ID = 0x56495452


@contextlib.contextmanager
def build_lock(path: str | Path) -> Iterator[None]:
    """Hold the exhibit's build lock: one build at a time per database.

    Under the lock no other build can be writing, so temporary files left
    by a killed build are stale and are removed. The lock file is removed
    when the build ends; a build that locked a file since removed (another
    build finished meanwhile) locks the new one instead.
    """
    path = Path(path)
    lock_path = path.with_name(path.name + ".lock")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"{shown(path)}: cannot make its folder {shown(path.parent)} "
                         f"({_write_refusal(exc, path.parent)}); nothing was built") from None
    if not _our_lock(lock_path):
        raise StoreError(f"{shown(lock_path)}: a file vitrina did not make has the name of its build lock; "
                         "move it or choose another --db (nothing was built)")
    try:
        handle = _locked(lock_path)
    except OSError as exc:  # the database is written beside itself (temporary file, lock): said of the database
        raise StoreError(f"{shown(path)}: cannot write in its folder {shown(path.parent)} "
                         f"({_write_refusal(exc, path.parent)}); nothing was built") from None
    try:
        if not handle.tell():  # appended to: the mark says the file is vitrina's to remove
            handle.write(LOCK_MARK)
            handle.flush()
        for stale in path.parent.glob(f".{path.name}.*.tmp"):
            with contextlib.suppress(OSError):
                if stale.is_dir() and not stale.is_symlink():  # an archive's member copies (``archives.Unpacker``)
                    shutil.rmtree(stale, ignore_errors=True)
                else:
                    stale.unlink()
        yield
    finally:
        with contextlib.suppress(OSError):
            lock_path.unlink()  # still ours: nobody else holds the lock
        fcntl.flock(handle, fcntl.LOCK_UN)
        handle.close()


def _write_refusal(exc: OSError, folder: Path) -> str:
    """Why a file could not be made in ``folder`` (or the folder itself), in the user's terms."""
    if isinstance(exc, PermissionError):
        return "permission denied"
    if exc.errno == errno.EROFS:
        return "read-only file system"
    blocker = next((p for p in (folder, *folder.parents) if p.exists() and not p.is_dir()), None)
    if blocker is not None:
        return f"{shown(blocker)} is a file, not a folder"
    existing = next((p for p in (folder, *folder.parents) if p.is_dir()), None)
    if isinstance(exc, FileNotFoundError) and existing is not None:  # a virtual file system (/proc)
        return "the folder does not take new files" if existing == folder else f"{shown(existing)} does not take new folders"
    return (exc.strerror or type(exc).__name__).lower()


# the first line of every build lock file vitrina writes: one without it is somebody else's, never removed
LOCK_MARK = "vitrina build lock\n"


def _our_lock(lock_path: Path) -> bool:
    """No file at ``lock_path``, an empty one, or one vitrina wrote (its mark)."""
    try:
        with open(lock_path, "rb") as handle:
            head = handle.read(len(LOCK_MARK) + 1)
    except FileNotFoundError:
        return True
    except OSError:
        return False  # a folder, a file we cannot read: not ours
    return head in (b"", LOCK_MARK.encode())


def _locked(lock_path: Path) -> TextIO:
    """The open, exclusively locked lock file that is still the one at ``lock_path``."""
    while True:
        handle = open(lock_path, "a+")  # noqa: SIM115 - closed by build_lock
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            if os.fstat(handle.fileno()).st_ino == os.stat(lock_path).st_ino:
                return handle
        except FileNotFoundError:
            pass  # removed by the build that held it: lock the next one
        fcntl.flock(handle, fcntl.LOCK_UN)
        handle.close()


class SchemaMismatch(StoreError):
    """A vitrina database written with another schema version."""

    def __init__(self, path: str | Path, version: int):
        super().__init__(f"{shown(path)}: schema version {version}, expected {SCHEMA_VERSION}; "
                         "rebuild it with `vitrina build --replace-all` (drops its documents)")
        self.version = version


class DamagedDatabase(StoreError):
    """A vitrina database (its header says so) that SQLite cannot read: truncated or overwritten."""

    def __init__(self, path: str | Path, reason: str):
        super().__init__(f"{shown(path)}: damaged vitrina database ({reason}); "
                         "rebuild it with `vitrina build --replace-all` (drops its documents)")
        self.reason = reason


def file_identity(path: Path) -> tuple[Any, ...] | None:
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


def readonly_uri(path: str | Path) -> str:
    """A SQLite URI opening ``path`` read-only: the path percent-quoted, never pasted.

    ``?``, ``#`` and ``%`` in a file name stay part of the name, so they can
    neither drop ``mode=ro`` nor add parameters such as ``vfs=``.
    """
    return Path(path).resolve().as_uri() + "?mode=ro"


def connect_readonly(path: str | Path) -> sqlite3.Connection:
    """A read-only connection; a missing or foreign file is a StoreError."""
    path = Path(path)
    if not path.is_file():
        raise StoreError(f"{shown(path)}: no such database (run `vitrina build` first)")
    if path.stat().st_size == 0:  # what a build accepts and fills: nothing built into it yet
        raise StoreError(f"{shown(path)}: no exhibit built in it yet (run `vitrina build --db {shown(path)} …` first)")
    try:
        conn = sqlite3.connect(readonly_uri(path), uri=True, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        if is_damaged(exc) and _header_says_vitrina(path):
            raise DamagedDatabase(path, str(exc)) from None
        raise StoreError(f"{shown(path)}: not a vitrina database ({exc})") from None
    if version not in READABLE_VERSIONS:
        conn.close()
        if not is_vitrina_database(path):  # another program's SQLite file: no rebuild would replace it
            raise StoreError(f"{shown(path)}: not a vitrina database (another program's SQLite file?)")
        raise SchemaMismatch(path, version)
    return conn


# what SQLite answers for a file whose pages are damaged (or that is no database past its header)
_DAMAGED_CODES = frozenset({sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB})


def is_damaged(exc: sqlite3.DatabaseError) -> bool:
    """Whether SQLite refused a read because the database file is damaged (not locked, full or gone)."""
    code = getattr(exc, "sqlite_errorcode", None)
    return code in _DAMAGED_CODES or (code is None and "malformed" in str(exc))


def check_intact(conn: sqlite3.Connection) -> None:
    """Read every page of the database once (``PRAGMA quick_check``: linear in its size, 0.07 s for a
    16 MB exhibit), so a damaged file is refused before a server starts on it; a
    ``sqlite3.DatabaseError`` if it is damaged."""
    problems = [row[0] for row in conn.execute("PRAGMA quick_check(3)")]
    if problems != ["ok"]:  # said as SQLite says a damaged page it meets (its report is several lines)
        damaged = sqlite3.DatabaseError("database disk image is malformed")
        damaged.sqlite_errorcode = sqlite3.SQLITE_CORRUPT
        raise damaged


def is_vitrina_database(path: str | Path) -> bool:
    """Whether ``path`` is a SQLite database vitrina wrote (application id or schema)."""
    try:
        with contextlib.closing(sqlite3.connect(readonly_uri(path), uri=True)) as conn:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            if app_id == APPLICATION_ID:
                return True
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            # Written before the application id was set: recognised by its own tables.
            return app_id == 0 and {"meta", "documents", "sentences_fts"} <= tables and bool(
                conn.execute("SELECT 1 FROM meta WHERE key = 'schema_version'").fetchone())
    except sqlite3.DatabaseError:
        return _header_says_vitrina(path)  # damaged past its header (truncated, zeroed pages)


def _header_says_vitrina(path: str | Path) -> bool:
    """Whether the file's SQLite header carries vitrina's application id (bytes 68-71, big-endian),
    which a damaged database keeps while SQLite refuses to read it."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
    except OSError:
        return False
    return (len(header) == 100 and header.startswith(b"SQLite format 3\x00")
            and int.from_bytes(header[68:72], "big") == APPLICATION_ID)


def check_replaceable(path: str | Path) -> None:
    """Refuse to build over anything but nothing, an empty file or a vitrina database."""
    path = Path(path)
    if not os.path.lexists(path):
        return
    if path.is_dir():
        raise StoreError(f"{shown(path)}: is a folder, not a database file")
    if path.is_file() and path.stat().st_size == 0:
        return
    if not path.is_file() or not is_vitrina_database(path):
        raise StoreError(
            f"{shown(path)}: not a vitrina database; refusing to replace it (choose another --db)")


def load_analyses(path: str | Path) -> dict[str, tuple[str, Document]]:
    """Previously built documents (pre-linking) keyed by id, with their file hash."""
    path = Path(path)
    if not path.exists() or path.stat().st_size == 0:
        return {}
    with contextlib.closing(connect_readonly(path)) as conn:
        rows = conn.execute("SELECT id, sha256, analysis FROM documents ORDER BY ordinal").fetchall()
    return {row["id"]: (row["sha256"], document_from_dict(json.loads(row["analysis"]))) for row in rows}


def write_exhibit(
    path: str | Path,
    analyses: Sequence[tuple[str, Document]],
    linked: Sequence[Document],
    entities: Sequence[Entity],
    derive: Sequence[Derive] = (),
    strict: bool = False,
) -> list[StageFailure]:
    """Write a whole exhibit to ``path`` atomically.

    ``analyses`` are (sha256, extracted document with local ids) kept for
    incremental rebuilds; ``linked`` the same documents with global ids.
    ``derive`` are stages that read the written exhibit and return meta
    entries computed from it (cross-document comparisons), stored before the
    file is swapped in. A stage that fails leaves no entry: the exhibit is
    written without it and the failure is recorded in it and returned (a
    degraded build), unless ``strict``, when nothing is written
    (``StageFailed``).
    """
    rows = ((sha, analysis, doc) for (sha, analysis), doc in zip(analyses, linked, strict=True))
    return write_stream(path, entities, rows, derive, strict)


def write_stream(
    path: str | Path,
    entities: Iterable[Entity],
    rows: Iterable[Row],
    derive: Sequence[Derive] = (),
    strict: bool = False,
) -> list[StageFailure]:
    """Write a whole exhibit to ``path`` atomically, one document at a time.

    ``rows`` yields, in reading order, (sha256, extracted document with local
    ids or its JSON as already serialised, the same document with global ids),
    or the document's rows made already (``PreparedRows``); it may read them
    lazily, so the write holds one document at a time.
    ``derive`` and ``strict`` as for ``write_exhibit``; the stages that failed.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        conn = sqlite3.connect(tmp_name)
        try:
            conn.execute("PRAGMA journal_mode = OFF")
            conn.execute("PRAGMA synchronous = OFF")
            migrate(conn)
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            with conn:
                _insert_all(conn, rows, entities)
            release_memory()
            failures = [failure for stage in derive if (failure := _run_stage(stage, conn, tmp_name, strict))]
            conn.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", (f.entry() for f in failures))
            conn.execute("INSERT INTO sentences_fts(sentences_fts) VALUES ('optimize')")
            conn.commit()
        finally:
            conn.close()
        os.chmod(tmp_name, _mode_for(path))
        _fsync(tmp_name)
        os.replace(tmp_name, path)
        _fsync_dir(path.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    return failures


def _run_stage(stage: Derive, conn: sqlite3.Connection, written: str, strict: bool) -> StageFailure | None:
    """Run one derive stage and store its entries; on a failure remove those it stored (the
    file is written without a rollback journal, so by key) and say why, or raise if ``strict``."""
    keys: list[str] = []
    try:
        with _derived(stage, conn, written) as entries:
            for key, value in entries:
                conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))
                keys.append(key)
        conn.commit()
        return None
    except Exception as exc:  # noqa: BLE001 - one stage's failure degrades the build, it does not sink it
        failure = stage_failure(stage, exc)
        if strict:
            raise StageFailed(failure) from exc
    conn.commit()
    conn.executemany("DELETE FROM meta WHERE key = ?", ((key,) for key in keys))
    conn.commit()
    return failure


@contextlib.contextmanager
def _derived(stage: Derive, conn: sqlite3.Connection, written: str) -> Iterator[Iterable[tuple[str, str]]]:
    """A derive stage's entries: in a process of its own on a large exhibit (``store.apart``),
    else here."""
    from vitrina.store.apart import APART_MIN_DOCUMENTS, entries_apart, stage_arguments, stage_name

    name = stage_name(stage)
    if name is None or conn.execute("SELECT count(*) FROM documents").fetchone()[0] < APART_MIN_DOCUMENTS:
        yield derived_entries(stage(SQLiteKnowledgeBase(conn)))
        return
    with entries_apart(name, written, arguments=stage_arguments(stage)) as entries:
        yield entries


def _mode_for(path: Path) -> int:
    """The replaced file's permissions, or the usual ones for a new file (umask applied)."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _fsync(name: str) -> None:
    with open(name, "rb") as handle:
        os.fsync(handle.fileno())


def _fsync_dir(directory: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _insert_all(conn: sqlite3.Connection, rows: Iterable[Row], entities: Iterable[Entity]) -> None:
    conn.execute("INSERT INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
    conn.executemany(f"INSERT INTO entities ({', '.join(ENTITY_COLUMNS)}) VALUES ({', '.join('?' * 8)})",
                     (entity_row(e) for e in entities))  # one row at a time, no list of every row
    sentence = 1
    for ordinal, row in enumerate(rows):
        found = rows_of(row, ordinal, sentence)
        _insert_document(conn, found)
        sentence += len(found["sentences"])


@dataclass(frozen=True)
class PreparedRows:
    """A document's rows for every table made elsewhere (by a Dask worker: ``scaleout``), made
    as the exhibit's first document (ordinal 0, sentences numbered from 1)."""

    tables: dict[str, list[tuple[Any, ...]]]

    def at(self, ordinal: int, first_sentence: int) -> dict[str, list[tuple[Any, ...]]]:
        """The rows where the document lies in the exhibit: its ordinal, its sentences' numbers."""
        (document,) = self.tables["documents"]
        shift = first_sentence - 1
        return {**self.tables, "documents": [(*document[:6], ordinal, *document[7:])],
                "sentences": [(row[0] + shift, *row[1:]) for row in self.tables["sentences"]]}


# What a writer takes per document, in reading order: (sha256, analysis with local ids or its
# JSON, the same document with global ids), or its rows made already.
Row = tuple[str, Document | str, Document] | PreparedRows


def rows_of(row: Row, ordinal: int, first_sentence: int) -> dict[str, list[tuple[Any, ...]]]:
    """A document's rows for every table (``COLUMNS``), at its place in the exhibit."""
    if isinstance(row, PreparedRows):
        return row.at(ordinal, first_sentence)
    sha, analysis, doc = row
    return document_rows(ordinal, sha, analysis, doc, first_sentence)


def entity_details(e: Entity) -> dict:
    """How an entity was made: its geocoding (place sense, candidates), merges and titles."""
    details: dict = {}
    if e.type == "place" and (e.geocoding or e.candidates):
        details["geocoding"] = {
            "decision": e.geocoding, "country": e.country, "kind": e.place_kind, "key": e.place_key,
            "candidates": [dict(zip(("key", "name", "country", "lat", "lon", "score"), c, strict=True))
                           for c in e.candidates],
        }
    if e.merges:
        details["merges"] = [{"rule": r, "a": a, "b": b} for r, a, b in e.merges]
    if e.roles:
        details["roles"] = [{"role": r, "document": d, "start": a, "end": b} for r, d, a, b in e.roles]
    if e.header_roles:  # no span of the text: cited by the element of the input that states it
        details.setdefault("roles", []).extend(
            {"role": r, "document": d, "header": {"cited": w, "start": a, "end": b}}
            for r, d, w, a, b in e.header_roles)
    return details


# The columns of every table a build fills, in the order ``document_rows`` gives them.
COLUMNS: dict[str, tuple[str, ...]] = {
    "documents": ("id", "title", "source", "format", "text", "sha256", "ordinal", "analysis"),
    "sections": ("document", "id", "label", "title", "start", "end", "level", "parent"),
    "blocks": ("document", "id", "section", "kind", "start", "end", "position", "credit"),
    "mentions": ("document", "entity", "start", "end", "type"),
    "dates": ("document", "start", "end", "edtf", "lower", "upper"),
    "quantities": ("id", "document", "start", "end", "value", "unit", "qualifier", "high"),
    "quotes": ("id", "document", "start", "end", "kind", "speaker", "date", "speaker_start", "speaker_end"),
    "events": ("id", "document", "label", "edtf", "date_start", "date_end", "lower", "upper",
               "participants", "places", "evidence"),
    "sentences": ("id", "document", "section", "block", "start", "end", "text"),
}
ENTITY_COLUMNS = ("id", "type", "name", "aliases", "lat", "lon", "identifier", "details")


def entity_row(e: Entity) -> tuple[Any, ...]:
    return (e.id, e.type, e.name, json.dumps(list(e.aliases)), e.lat, e.lon, e.identifier,
            json.dumps(entity_details(e), ensure_ascii=False))


def document_rows(ordinal: int, sha: str, analysis: Document | str, doc: Document,
                  first_sentence: int) -> dict[str, list[tuple[Any, ...]]]:
    """The rows of one document for every table (``COLUMNS``); its sentences are numbered
    from ``first_sentence`` (ids run on across documents, in reading order)."""
    if not isinstance(analysis, str):
        analysis = json.dumps(document_to_dict(analysis), ensure_ascii=False, separators=(",", ":"))
    sentences = []
    for n, (start, end) in enumerate(_passages(doc), start=first_sentence):
        block = doc.block_at(start)
        section = doc.section_at(start)
        sentences.append((n, doc.id, section.id if section else None, block.id if block else None,
                          start, end, doc.text[start:end]))
    return {
        "documents": [(doc.id, doc.title, doc.source, doc.format, doc.text, sha, ordinal, analysis)],
        "sections": [(doc.id, s.id, s.label, s.title, s.start, s.end, s.level, s.parent) for s in doc.sections],
        "blocks": [(doc.id, b.id, b.section, b.kind, b.start, b.end, b.position, b.credit) for b in doc.blocks],
        "mentions": [(doc.id, m.entity, m.start, m.end, m.type) for m in doc.mentions],
        "dates": [(doc.id, d.start, d.end, d.edtf, *bounds(d.edtf)) for d in doc.dates],
        "quantities": [(f"{doc.id}:{q.id}", doc.id, q.start, q.end, q.value, q.unit, q.qualifier, q.high)
                       for q in doc.quantities],
        "quotes": [(f"{doc.id}:{q.id}", doc.id, q.start, q.end, q.kind, q.speaker, q.date,
                    *(q.speaker_span or (None, None))) for q in doc.quotes],
        "events": [
            (f"{doc.id}:{e.id}", doc.id, e.label, e.edtf, e.date_start, e.date_end, *bounds(e.edtf),
             json.dumps(list(e.participants)), json.dumps(list(e.places)),
             json.dumps([list(span) for span in e.evidence]))
            for e in doc.events
        ],
        "sentences": sentences,
    }


def _insert_document(conn: sqlite3.Connection, rows: dict[str, list[tuple[Any, ...]]]) -> None:
    for table, values in rows.items():
        conn.executemany(f"INSERT INTO {table} VALUES ({', '.join('?' * len(COLUMNS[table]))})", values)
    conn.executemany("INSERT INTO sentences_fts(rowid, text) VALUES (?, ?)",
                     [(row[0], index_text(row[-1])) for row in rows["sentences"]])


def _passages(doc: Document) -> Iterator[tuple[int, int]]:
    """Sentences when the extract stage found them, else whole blocks."""
    if doc.sentences:
        yield from doc.sentences
    else:
        for block in doc.blocks:
            yield block.start, block.end
