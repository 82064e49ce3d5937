"""The PostgreSQL backend: the same schema, writes and read API as SQLite, for a shared server.

``--db postgresql://user@host/dbname`` (any libpq URL; ``?schema=name``
chooses the schema holding the exhibit, default ``vitrina``). Needs the
driver from the ``postgres`` extra (``pip install 'vitrina[postgres]'``).

- Schema: the SQLite migration list (schema.py), translated (``postgres_ddl``):
  text columns sort bytewise (``COLLATE "C"``, as SQLite does), and the FTS5
  table becomes a stored ``tsvector`` column (English configuration) with a
  GIN index.
- Atomic rebuilds: a build fills a new schema and, in the same transaction,
  renames it over the old one; readers see the old exhibit or the new one
  whole, never a mix, and a failed build leaves nothing behind. One build at
  a time per schema (an advisory lock).
- Reads: ``PostgresKnowledgeBase``, the shared SQL with ``?`` turned into
  ``%s``, and its own full-text search (``ts_rank`` with length
  normalisation, ``ts_headline`` marks). Connections are pooled per URL, in
  autocommit, so each query sees the latest complete build.
"""

from __future__ import annotations

import contextlib
import math
import re
import threading
import time
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from vitrina.errors import StoreError
from vitrina.model import Document, Entity
from vitrina.store.read import MARK_CLOSE, MARK_OPEN, KnowledgeBase, QueryTimeout
from vitrina.store.schema import MIGRATIONS, SCHEMA_VERSION
from vitrina.store.unspaced import SPACED_SQL

if TYPE_CHECKING:
    import psycopg

    from vitrina.store.db import Derive, Row, StageFailure

DEFAULT_SCHEMA = "vitrina"
TEXT_CONFIG = "english"  # the text search configuration (stemming, stop words)
# Okapi BM25, as SQLite's FTS5 ranks (its defaults), so both backends put the same hits on top:
BM25_K1 = 1.2  # term-frequency saturation
BM25_B = 0.75  # length normalisation: 0 none, 1 full
BM25_MIN_IDF = 1e-6  # FTS5's floor for a term in more than half the passages
WORD = "[[:alnum:]]+"  # a token as FTS5's unicode61 tokenizer sees it (passage lengths)
IDLE_CONNECTIONS = 8  # pooled idle connections kept per URL
COPY_BATCH_DOCUMENTS = 200  # documents written per COPY round

_FTS5_TABLE = re.compile(r"CREATE VIRTUAL TABLE sentences_fts USING fts5\([^;]*\);")
_FTS_DDL = (
    f"ALTER TABLE sentences ADD COLUMN tsv tsvector "
    # (the letters of scripts written without word spaces set apart: each a lexeme, ``store.unspaced``)
    f"GENERATED ALWAYS AS (to_tsvector('{TEXT_CONFIG}', {SPACED_SQL})) STORED;\n"
    "CREATE INDEX sentences_tsv ON sentences USING GIN (tsv);"
)


def postgres_ddl(sqlite_sql: str) -> str:
    """A SQLite migration in PostgreSQL's dialect."""
    sql = _FTS5_TABLE.sub(lambda _: _FTS_DDL, sqlite_sql)  # (the DDL as written: its backslashes are its own)
    sql = re.sub(r"\bTEXT\b", 'TEXT COLLATE "C"', sql)
    return re.sub(r"\bREAL\b", "DOUBLE PRECISION", sql)


# ------------------------------------------------------------------ connecting


@dataclass(frozen=True)
class Target:
    """Where an exhibit lives on a server: the libpq URL and the schema."""

    conninfo: str
    schema: str

    @property
    def shown(self) -> str:
        """The URL without its password, for messages."""
        parts = urlsplit(self.conninfo)
        host = parts.netloc.rsplit("@", 1)[-1]
        user = parts.username
        return urlunsplit((parts.scheme, f"{user}@{host}" if user else host, parts.path, "", ""))


def target(url: str) -> Target:
    """The URL split into what libpq reads and our ``schema`` parameter."""
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    schema = next((v for k, v in query if k == "schema"), DEFAULT_SCHEMA)
    if not re.fullmatch(r"[a-z_][a-z0-9_]{0,40}", schema):
        raise StoreError(f"schema {schema!r}: use lower-case letters, digits and _ (at most 41)")
    rest = urlencode([(k, v) for k, v in query if k != "schema"])
    return Target(urlunsplit((parts.scheme, parts.netloc, parts.path, rest, parts.fragment)), schema)


def _driver() -> Any:
    try:
        import psycopg
    except ImportError:
        raise StoreError("a postgresql:// database needs the PostgreSQL driver: "
                         "pip install 'vitrina[postgres]'") from None
    return psycopg


def _connect(where: Target, autocommit: bool = True) -> psycopg.Connection:
    psycopg = _driver()
    try:
        conn = psycopg.connect(where.conninfo, autocommit=autocommit)
    except psycopg.Error as exc:
        raise StoreError(f"{where.shown}: cannot connect ({_reason(exc)})") from None
    return conn


def _reason(exc: BaseException) -> str:
    """The server's message in one line."""
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__


class _Pool:
    """Idle read connections per URL, reused by the next reader (a web server opens one per request)."""

    def __init__(self) -> None:
        self._idle: dict[str, list[psycopg.Connection]] = {}
        self._guard = threading.Lock()

    def take(self, where: Target) -> psycopg.Connection:
        with self._guard:
            idle = self._idle.get(where.conninfo, [])
            while idle:
                conn = idle.pop()
                if not conn.closed:
                    return conn
        return _connect(where)

    def give(self, where: Target, conn: psycopg.Connection) -> None:
        if conn.closed or conn.info.transaction_status != _driver().pq.TransactionStatus.IDLE:
            conn.close()
            return
        with self._guard:
            idle = self._idle.setdefault(where.conninfo, [])
            if len(idle) < IDLE_CONNECTIONS:
                idle.append(conn)
                return
        conn.close()


_POOL = _Pool()


def _schema_version(conn: psycopg.Connection, schema: str) -> int | None:
    """The schema version of the exhibit in ``schema``; None when there is no exhibit there."""
    found = conn.execute("SELECT to_regclass(%s)", (f'"{schema}".meta',)).fetchone()
    if not found or found[0] is None:
        return None
    row = conn.execute(f'SELECT value FROM "{schema}".meta WHERE key = \'schema_version\'').fetchone()
    return int(row[0]) if row else 0


# ------------------------------------------------------------------ reading

# the versions a reader opens: 4 only added sections.level and sections.parent, read as 1 and NULL from an
# exhibit of 3 (store/schema.py); one of 2 (no quantities.high) is rebuilt
PG_READABLE_VERSIONS = range(3, SCHEMA_VERSION + 1)


class PostgresKnowledgeBase(KnowledgeBase):
    """``KnowledgeBase`` over a PostgreSQL connection whose search path is the exhibit's schema."""

    def __init__(self, conn: psycopg.Connection, where: Target | None = None) -> None:
        self.conn = conn
        self._where = where  # set when the connection came from the pool (returned on close)
        self._deadline: float | None = None
        self._version: int | None = None

    def schema_version(self) -> int:
        if self._version is None:
            row = self._rows("SELECT value FROM meta WHERE key = 'schema_version'")
            self._version = int(row[0][0]) if row else SCHEMA_VERSION
        return self._version

    @classmethod
    def open(cls, url: str) -> PostgresKnowledgeBase:
        """The exhibit at ``url``; a StoreError if the server or the exhibit is not there."""
        from vitrina.store.db import SchemaMismatch

        where = target(url)
        conn = _POOL.take(where)
        try:
            version = _schema_version(conn, where.schema)
            if version is None:
                raise StoreError(f"{where.shown}: no exhibit in schema {where.schema} "
                                 "(run `vitrina build` first)")
            if version not in PG_READABLE_VERSIONS:
                raise SchemaMismatch(where.shown, version)
            conn.execute(f'SET search_path TO "{where.schema}"')
            conn.execute("SET statement_timeout = 0")
        except BaseException:
            conn.close()
            raise
        return cls(conn, where)

    def close(self) -> None:
        if self._where is not None:
            _POOL.give(self._where, self.conn)
        else:
            self.conn.close()

    def set_deadline(self, seconds: float) -> None:
        """Like SQLite's: a statement started after the deadline is refused, and the server
        cancels one still running when it comes (``statement_timeout``)."""
        self._deadline = time.monotonic() + seconds
        self.conn.execute(f"SET statement_timeout = {max(1, int(seconds * 1000))}")

    def _execute(self, sql: str, params: Sequence[Any]) -> Any:
        psycopg = _driver()
        if self._deadline is not None and time.monotonic() > self._deadline:
            raise QueryTimeout("the query took too long")
        try:
            return self.conn.execute(sql.replace("%", "%%").replace("?", "%s"), tuple(params))
        except psycopg.errors.QueryCanceled as exc:
            raise QueryTimeout("the query took too long") from exc
        except psycopg.OperationalError as exc:  # the server went away
            raise StoreError(f"the database server failed ({_reason(exc)})") from exc

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return [tuple(row) for row in self._execute(sql, params).fetchall()]

    def stored_analyses(self) -> Iterator[tuple[str, str, str]]:
        for row in self.conn.cursor().stream("SELECT id, sha256, analysis FROM documents ORDER BY ordinal"):
            yield row[0], row[1], row[2]

    def _dicts(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cursor = self._execute(sql, params)
        names = [c.name for c in cursor.description or ()]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def _nocase_eq(self, column: str) -> str:
        return f"lower({column}) = lower(?)"

    def _nocase_like(self, column: str) -> str:
        return f"{column} ILIKE ?"

    def _nocase(self, column: str) -> str:
        return f"lower({column})"

    def _json_path(self, column: str, *keys: str) -> str:
        return f"({column}::jsonb #>> '{{{','.join(keys)}}}')"

    def _json_values(self, column: str, alias: str) -> str:
        return f"jsonb_array_elements_text({column}::jsonb) AS {alias}(value)"

    def _span_starts(self, column: str, alias: str) -> tuple[str, str]:
        return f"jsonb_array_elements({column}::jsonb) AS {alias}(value)", f"({alias}.value ->> 0)::integer"

    def _string_agg(self, column: str) -> str:
        return f"string_agg({column}::text, ',')"

    def _max2(self, a: str, b: str) -> str:
        return f"greatest({a}, {b})"

    # ------------------------------------------------------------ full-text search

    def match_count(self, match: str) -> int:
        query, params = tsquery(match)
        return int(self._rows(f"SELECT count(*) FROM sentences WHERE tsv @@ {query}", params)[0][0])

    def index_terms(self) -> list[tuple[str, int]]:
        # ts_stat: every lexeme of the stored tsvectors (English stems, stop words left out) and its sentences
        return [(str(row[0]), int(row[1])) for row in self._rows("SELECT word, ndoc FROM ts_stat('SELECT tsv FROM sentences')")]

    def section_match_counts(self, match: str) -> list[tuple[str, str | None, int]]:
        query, params = tsquery(match)
        return [(str(r[0]), r[1], int(r[2])) for r in self._rows(
            f"SELECT document, section, count(*) FROM sentences WHERE tsv @@ {query} GROUP BY document, section",
            params)]

    def _average_words(self) -> tuple[int, float]:
        """(passages, their average length in words), as the build stored them."""
        if not hasattr(self, "_stats"):
            stored = self.meta_value("fts_stats")
            if stored is None:
                row = self._rows(f"SELECT count(*), avg((SELECT count(*) FROM regexp_matches(text, '{WORD}', 'g')))"
                                 " FROM sentences")[0]
                stored = f"{row[0]} {row[1] or 1}"
            count, average = stored.split()
            self._stats = (int(count), float(average))
        return self._stats

    def _ranked(self, match: str) -> tuple[str, list[Any]]:
        """``SELECT id, rank`` of every match; rank is minus the BM25 score (lower is better),
        each passage counting each term once (passages are sentences)."""
        query, params = tsquery(match)
        passages, average = self._average_words()
        weights, term_params = [], []
        for term, term_params_one in tsquery_terms(match):
            found = self._rows(f"SELECT count(*) FROM sentences WHERE tsv @@ {term}", term_params_one)[0][0]
            idf = max(BM25_MIN_IDF, math.log((passages - found + 0.5) / (found + 0.5)))
            weights.append(f"CASE WHEN s.tsv @@ {term} THEN {idf!r} ELSE 0 END")
            term_params += term_params_one
        length = f"(SELECT count(*) FROM regexp_matches(s.text, '{WORD}', 'g'))"
        score = (f"({' + '.join(weights) or '0'}) * {BM25_K1 + 1!r}"
                 f" / (1 + {BM25_K1!r} * (1 - {BM25_B!r} + {BM25_B!r} * {length} / {average!r}))")
        return (f"SELECT s.id, CAST(-{score} AS DOUBLE PRECISION) AS rank FROM sentences s WHERE s.tsv @@ {query}",
                [*term_params, *params])

    def ranked_sentences(self, match: str, limit: int) -> list[dict[str, Any]]:
        ranked, params = self._ranked(match)
        return self._dicts(
            'SELECT s.id, s.document, s.section, s.start, s."end", s.text, top.rank AS rank, b.kind AS kind'
            f" FROM ({ranked} ORDER BY rank, s.id LIMIT ?) AS top JOIN sentences s ON s.id = top.id"
            " LEFT JOIN blocks b ON b.document = s.document AND b.id = s.block ORDER BY top.rank, s.id",
            [*params, limit])

    def _marked(self, match: str) -> tuple[str, list[Any]]:
        query, params = tsquery(match)
        options = f'StartSel="{MARK_OPEN}", StopSel="{MARK_CLOSE}", HighlightAll=true'
        return f"ts_headline('{TEXT_CONFIG}', s.text, {query}, ?)", [*params, options]

    def top_hits(self, match: str, limit: int) -> list[dict[str, Any]]:
        from vitrina.store.read import _HIT_COLUMNS

        ranked, params = self._ranked(match)
        marked, marked_params = self._marked(match)
        return self._dicts(
            f"SELECT {_HIT_COLUMNS}, top.rank AS rank, {marked} AS marked"
            f" FROM ({ranked} ORDER BY rank, s.id LIMIT ?) AS top JOIN sentences s ON s.id = top.id"
            " JOIN documents d ON d.id = s.document"
            " LEFT JOIN sections sec ON sec.document = s.document AND sec.id = s.section ORDER BY top.rank, s.id",
            [*marked_params, *params, limit])

    def ranked_within(self, match: str, allowed: set[int], limit: int) -> tuple[list[tuple[int, float, str | None]], int]:
        ranked, params = self._ranked(match)
        ids = sorted(allowed)
        total = self._rows(f"SELECT count(*) FROM ({ranked} AND s.id = ANY(?)) AS found", [*params, ids])[0][0]
        if not total:
            return [], 0
        marked, marked_params = self._marked(match)
        rows = self._rows(
            f"SELECT top.id, top.rank, {marked} FROM ({ranked} AND s.id = ANY(?) ORDER BY rank, s.id LIMIT ?)"
            " AS top JOIN sentences s ON s.id = top.id ORDER BY top.rank, top.id",
            [*marked_params, *params, ids, limit])
        return [(int(r[0]), float(r[1]), r[2]) for r in rows], int(total)


_TERM = re.compile(r'"((?:[^"]|"")*)"(\*?)')
# a parenthesised group of quoted terms (its inside) or one quoted term
_GROUP_OR_TERM = re.compile(r'\(((?:"(?:[^"]|"")*"\*?|[^()"])*)\)|("(?:[^"]|"")*"\*?)')


def tsquery(match: str) -> tuple[str, list[Any]]:
    """A ``match`` expression (quoted phrases, ``*`` for a prefix, joined by AND or OR) as a
    tsquery SQL expression and its parameters."""
    parts: list[tuple[str, list[Any]]] = []
    for group, term in _GROUP_OR_TERM.findall(match):  # a group of alternatives ("museum" OR "mufeum") is one part
        found = [tsquery(group)] if group else tsquery_terms(term)
        parts.extend(part for part in found if part[0] != "''::tsquery")
    if not parts:
        return "''::tsquery", []
    joiner = " || " if " OR " in _GROUP_OR_TERM.sub("", match) else " && "
    return "(" + joiner.join(sql for sql, _ in parts) + ")", [p for _, params in parts for p in params]


def tsquery_terms(match: str) -> list[tuple[str, list[Any]]]:
    """Each term of a ``match`` expression as a tsquery SQL expression and its parameters:
    phrases through ``phraseto_tsquery`` (stemmed, stop words dropped), prefixes through
    ``to_tsquery`` with ``:*``."""
    parts: list[tuple[str, list[Any]]] = []
    for text, star in _TERM.findall(match):
        words = text.replace('""', '"')
        if star:
            lexemes = re.findall(r"[^\W_]+", words)
            if not lexemes:
                continue
            prefix = " <-> ".join([*(f"'{w}'" for w in lexemes[:-1]), f"'{lexemes[-1]}':*"])
            parts.append((f"to_tsquery('{TEXT_CONFIG}', ?)", [prefix]))
        else:
            parts.append((f"phraseto_tsquery('{TEXT_CONFIG}', ?)", [words]))
    return parts


# ------------------------------------------------------------------ writing


@contextlib.contextmanager
def build_lock(url: str) -> Iterator[None]:
    """One build at a time per exhibit: a session advisory lock on the schema's name.

    Under the lock no other build of the exhibit runs, so a build schema left
    by one that died (committed for a stage run apart: ``write_stream``) is
    stale and is dropped.
    """
    where = target(url)
    conn = _connect(where)
    try:
        conn.execute("SELECT pg_advisory_lock(hashtext(%s))", (f"vitrina:{where.schema}",))
        for (stale,) in conn.execute("SELECT nspname FROM pg_namespace WHERE nspname ~ %s",
                                     (f"^{where.schema}__build_[0-9a-f]{{12}}$",)).fetchall():
            conn.execute(f'DROP SCHEMA "{stale}" CASCADE')
        yield
    finally:
        conn.close()  # ends the session, and the lock with it


def check_replaceable(url: str) -> None:
    """Refuse to build over a schema that holds something other than a vitrina exhibit."""
    where = target(url)
    with contextlib.closing(_connect(where)) as conn:
        exists = conn.execute("SELECT 1 FROM pg_namespace WHERE nspname = %s", (where.schema,)).fetchone()
        if exists and _schema_version(conn, where.schema) is None:
            tables = conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = %s", (where.schema,)).fetchone()
            if tables and tables[0]:
                raise StoreError(f"{where.shown}: schema {where.schema} holds other tables; refusing to "
                                 "replace it (choose another ?schema=)")


def load_analyses(url: str) -> dict[str, tuple[str, Document]]:
    """Previously built documents (pre-linking) keyed by id, with their file hash."""
    import json

    from vitrina.serialize import document_from_dict

    try:
        kb = PostgresKnowledgeBase.open(url)
    except StoreError as exc:
        if "no exhibit" in str(exc):
            return {}
        raise
    try:
        return {doc_id: (sha, document_from_dict(json.loads(raw))) for doc_id, sha, raw in kb.stored_analyses()}
    finally:
        kb.close()


def write_stream(
    url: str,
    entities: Iterable[Entity],
    rows: Iterable[Row],
    derive: Sequence[Derive] = (),
    strict: bool = False,
) -> list[StageFailure]:
    """Write a whole exhibit into its schema atomically, one batch of documents at a time.

    The rows are copied into a new schema; the derive stages read it; then,
    in the same transaction, the old schema is renamed away and dropped and
    the new one takes its name. On a large exhibit a derive stage runs in a
    process of its own (``store.apart``): the new schema is committed first
    under its temporary name (readers still see the old exhibit; a build that
    dies after that leaves it to the next build's lock, which drops it), the
    stage reads it, and its entries and the swap are the second transaction.
    A stage that fails is rolled back to the savepoint taken before it ran: the
    exhibit is swapped in without its entries, the failure recorded and
    returned (store/db.py ``write_exhibit``), unless ``strict``.
    """
    from vitrina.store.db import (
        COLUMNS,
        ENTITY_COLUMNS,
        entity_row,
        release_memory,
        rows_of,
    )

    where = target(url)
    building = f"{where.schema}__build_{uuid.uuid4().hex[:12]}"
    conn = _connect(where, autocommit=False)
    try:
        conn.execute(f'CREATE SCHEMA "{building}"')
        conn.execute(f'SET LOCAL search_path TO "{building}"')
        for migration in MIGRATIONS:
            conn.execute(postgres_ddl(migration))
        conn.execute("INSERT INTO meta VALUES ('schema_version', %s), ('build', %s)",
                     (str(SCHEMA_VERSION), uuid.uuid4().hex))  # a new id per build: the web cache's key
        _copy(conn, "entities", ENTITY_COLUMNS, (entity_row(e) for e in entities))  # one row at a time
        batch: dict[str, list[tuple[Any, ...]]] = {table: [] for table in COLUMNS}
        sentence, waiting = 1, 0
        for ordinal, row in enumerate(rows):
            found = rows_of(row, ordinal, sentence)
            sentence += len(found["sentences"])
            for table, values in found.items():
                batch[table] += values
            waiting += 1
            if waiting >= COPY_BATCH_DOCUMENTS:
                _copy_batch(conn, batch, COLUMNS)
                waiting = 0
        _copy_batch(conn, batch, COLUMNS)
        conn.execute("INSERT INTO meta SELECT 'fts_stats', count(*) || ' ' || coalesce(avg("
                     f"(SELECT count(*) FROM regexp_matches(text, '{WORD}', 'g'))), 1) FROM sentences")
        release_memory()
        failures = [failure for stage in derive if (failure := _run_stage(stage, conn, url, building, strict))]
        for key, value in (f.entry() for f in failures):
            conn.execute(_UPSERT_META, (key, value))
        for table in (*COLUMNS, "entities"):
            conn.execute(f"ANALYZE {table}")  # the planner's statistics for the fresh tables
        _swap(conn, building, where.schema)
        conn.commit()
    except BaseException as exc:
        with contextlib.suppress(Exception):
            conn.rollback()
            conn.execute(f'DROP SCHEMA IF EXISTS "{building}" CASCADE')  # committed for a stage apart
            conn.commit()
        if isinstance(exc, _driver().Error):
            raise StoreError(f"{where.shown}: the build was not written ({_reason(exc)})") from None
        raise
    finally:
        conn.close()
    return failures


_UPSERT_META = "INSERT INTO meta VALUES (%s, %s) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value"
_STAGE_SAVEPOINT = "derive_stage"


def _run_stage(stage: Derive, conn: psycopg.Connection, url: str, building: str, strict: bool) -> StageFailure | None:
    """Run one derive stage and store its entries; on a failure roll back to the savepoint
    taken before it ran (``_derived``) and say why, or raise if ``strict``."""
    from vitrina.store.db import StageFailed, stage_failure

    saved: list[bool] = []  # the savepoint is taken (``_derived``)
    try:
        with _derived(stage, conn, url, building, saved) as entries:
            for key, value in entries:
                conn.execute(_UPSERT_META, (key, value))
        conn.execute(f"RELEASE SAVEPOINT {_STAGE_SAVEPOINT}")
        return None
    except Exception as exc:  # noqa: BLE001 - one stage's failure degrades the build, it does not sink it
        failure = stage_failure(stage, exc)
        if strict:
            raise StageFailed(failure) from exc
    if saved:
        conn.execute(f"ROLLBACK TO SAVEPOINT {_STAGE_SAVEPOINT}")
    else:  # failed apart, after the commit and before anything else: a new transaction
        conn.rollback()
        conn.execute(f'SET LOCAL search_path TO "{building}"')
    return failure


@contextlib.contextmanager
def _derived(stage: Derive, conn: psycopg.Connection, url: str, building: str,
             saved: list[bool]) -> Iterator[Iterable[tuple[str, str]]]:
    """A derive stage's entries: in a process of its own on a large exhibit (``store.apart``;
    the build's schema committed first so that it can read it), else here. A savepoint is taken
    before the entries are stored (noted in ``saved``): here before the stage runs; apart once its
    process is done (no transaction is left open, idle, while it runs)."""
    from vitrina.store.apart import APART_MIN_DOCUMENTS, entries_apart, stage_arguments, stage_name
    from vitrina.store.db import derived_entries

    name = stage_name(stage)
    counted = conn.execute("SELECT count(*) FROM documents").fetchone()
    if name is None or (counted[0] if counted else 0) < APART_MIN_DOCUMENTS:
        conn.execute(f"SAVEPOINT {_STAGE_SAVEPOINT}")
        saved.append(True)
        yield derived_entries(stage(PostgresKnowledgeBase(conn)))
        return
    conn.commit()
    with entries_apart(name, url, building, stage_arguments(stage)) as entries:
        conn.execute(f'SET LOCAL search_path TO "{building}"')  # a new transaction: set it again
        conn.execute(f"SAVEPOINT {_STAGE_SAVEPOINT}")
        saved.append(True)
        yield entries


def _copy(conn: psycopg.Connection, table: str, columns: Sequence[str], values: Iterable[tuple[Any, ...]]) -> None:
    if isinstance(values, list) and not values:
        return
    quoted = ", ".join(f'"{c}"' for c in columns)
    with conn.cursor().copy(f"COPY {table} ({quoted}) FROM STDIN") as copy:
        for value in values:
            copy.write_row(value)


def _copy_batch(conn: psycopg.Connection, batch: dict[str, list[tuple[Any, ...]]],
                columns: dict[str, tuple[str, ...]]) -> None:
    for table, values in batch.items():
        _copy(conn, table, columns[table], values)
        values.clear()


def _swap(conn: psycopg.Connection, building: str, schema: str) -> None:
    """Give the new schema the exhibit's name, dropping the old one (inside the build's transaction)."""
    if conn.execute("SELECT 1 FROM pg_namespace WHERE nspname = %s", (schema,)).fetchone():
        retired = f"{schema}__old_{uuid.uuid4().hex[:12]}"
        conn.execute(f'ALTER SCHEMA "{schema}" RENAME TO "{retired}"')
        conn.execute(f'DROP SCHEMA "{retired}" CASCADE')
    conn.execute(f'ALTER SCHEMA "{building}" RENAME TO "{schema}"')


def identity(url: str) -> tuple[Any, ...] | None:
    """(URL, schema, build id) of the exhibit: changes with every build; None when there is none."""
    where = target(url)
    conn = _POOL.take(where)
    try:
        if _schema_version(conn, where.schema) is None:
            return None
        row = conn.execute(f'SELECT value FROM "{where.schema}".meta WHERE key = \'build\'').fetchone()
        return (where.conninfo, where.schema, row[0] if row else None)
    finally:
        _POOL.give(where, conn)
