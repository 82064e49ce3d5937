"""Read-only SQL for the web pages.

Every function takes an open read-only connection (``sqlite3.Row`` rows)
and returns plain Python data; nothing here writes.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from vitrina.export.json_kb import _document as kb_document  # the published document shape

ENTITY_TYPES = ("person", "place", "organization", "group", "other")


def _dicts(rows: list[sqlite3.Row]) -> list[dict[str, Any]]:
    return [dict(row) for row in rows]


# ---------------------------------------------------------------- documents


def documents_overview(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Every document in reading order with counts of people, places, events (one pass each)."""
    rows = conn.execute(
        """
        WITH named AS (
          SELECT m.document,
            COUNT(DISTINCT CASE WHEN e.type = 'person' THEN m.entity END) AS people,
            COUNT(DISTINCT CASE WHEN e.type = 'place' THEN m.entity END) AS places
          FROM mentions m JOIN entities e ON e.id = m.entity GROUP BY m.document
        ), dated AS (SELECT document, COUNT(*) AS events FROM events GROUP BY document)
        SELECT d.id, d.title, d.source, d.format, d.ordinal,
          COALESCE(named.people, 0) AS people, COALESCE(named.places, 0) AS places,
          COALESCE(dated.events, 0) AS events
        FROM documents d LEFT JOIN named ON named.document = d.id LEFT JOIN dated ON dated.document = d.id
        ORDER BY d.ordinal
        """
    ).fetchall()
    return _dicts(rows)


def totals(conn: sqlite3.Connection) -> dict[str, int]:
    return dict(conn.execute(
        "SELECT (SELECT COUNT(*) FROM documents) AS documents,"
        " (SELECT COUNT(*) FROM entities WHERE type = 'person') AS people,"
        " (SELECT COUNT(*) FROM entities WHERE type = 'place') AS places,"
        " (SELECT COUNT(*) FROM events) AS events"
    ).fetchone())


def document_titles(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    return _dicts(conn.execute("SELECT id, title, source FROM documents ORDER BY ordinal").fetchall())


def document_row(conn: sqlite3.Connection, doc_id: str) -> sqlite3.Row | None:
    return conn.execute(
        "SELECT id, title, source, format, text FROM documents WHERE id = ?", (doc_id,)
    ).fetchone()


def document_data(conn: sqlite3.Connection, row: sqlite3.Row) -> dict[str, Any]:
    """The published document shape plus its mentions, quotes and events."""
    doc_id = row["id"]
    data = kb_document(conn, row)
    data["mentions"] = _dicts(conn.execute(
        'SELECT m.entity, m.start, m."end", m.type, e.name FROM mentions m '
        "JOIN entities e ON e.id = m.entity WHERE m.document = ? ORDER BY m.start, m.\"end\" DESC",
        (doc_id,),
    ).fetchall())
    data["quotes"] = _dicts(conn.execute(
        'SELECT q.id, q.start, q."end", q.kind, q.speaker, q.date, e.name AS speaker_name '
        "FROM quotes q LEFT JOIN entities e ON e.id = q.speaker WHERE q.document = ? ORDER BY q.start",
        (doc_id,),
    ).fetchall())
    data["events"] = [
        _event_dict(e) for e in conn.execute(
            "SELECT * FROM events WHERE document = ? ORDER BY date_start", (doc_id,)
        ).fetchall()
    ]
    dates = conn.execute(
        'SELECT start, "end", lower, upper FROM dates WHERE document = ? ORDER BY start', (doc_id,)
    ).fetchall()
    for date, bounds in zip(data["dates"], dates, strict=True):
        date["lower"], date["upper"] = bounds["lower"], bounds["upper"]
    return data


def document_figures(conn: sqlite3.Connection, doc_id: str) -> list[dict[str, Any]]:
    """The figures the reader kept for a document (from its stored analysis), in order:
    ``id, caption`` (block id), ``page, src, alt, mime, data`` (base64 or None)."""
    row = conn.execute(
        "SELECT json_extract(analysis, '$.figures') FROM documents WHERE id = ?", (doc_id,)
    ).fetchone()
    figures = json.loads(row[0]) if row and row[0] else []
    return [f for f in figures if isinstance(f, dict)]


# ---------------------------------------------------------------- entities


def entity_row(conn: sqlite3.Connection, entity_id: str) -> dict[str, Any] | None:
    row = conn.execute("SELECT * FROM entities WHERE id = ?", (entity_id,)).fetchone()
    if row is None:
        return None
    entity = dict(row)
    entity["aliases"] = json.loads(entity["aliases"])
    return entity


def entity_by_name(conn: sqlite3.Connection, name: str) -> dict[str, Any] | None:
    """The most mentioned entity whose name (or else an alias) is ``name``, ignoring case."""
    wanted = " ".join(name.split())
    row = conn.execute(
        """
        SELECT e.id FROM entities e LEFT JOIN mentions m ON m.entity = e.id
        WHERE e.name = ?1 COLLATE NOCASE
           OR EXISTS (SELECT 1 FROM json_each(e.aliases) a WHERE a.value = ?1 COLLATE NOCASE)
        GROUP BY e.id ORDER BY e.name = ?1 COLLATE NOCASE DESC, COUNT(m.entity) DESC, e.id LIMIT 1
        """,
        (wanted,),
    ).fetchone()
    return entity_row(conn, row[0]) if row else None


def picker_names(conn: sqlite3.Connection, limit: int) -> list[dict[str, Any]]:
    """The ``limit`` most mentioned people, places, organizations and groups, by name."""
    rows = conn.execute(
        """
        SELECT * FROM (
          SELECT e.id, e.name, e.type, COUNT(*) AS mentions FROM entities e JOIN mentions m ON m.entity = e.id
          WHERE e.type != 'other' GROUP BY e.id ORDER BY mentions DESC, e.name LIMIT ?
        ) ORDER BY name COLLATE NOCASE
        """,
        (limit,),
    ).fetchall()
    return _dicts(rows)


def entities_list(
    conn: sqlite3.Connection, entity_type: str | None, limit: int, offset: int
) -> tuple[int, list[dict[str, Any]]]:
    """A page of entities (optionally of one type) with mention and document counts."""
    where, params = ("WHERE e.type = ?", [entity_type]) if entity_type else ("", [])
    total = conn.execute(f"SELECT COUNT(*) FROM entities e {where}", params).fetchone()[0]
    rows = conn.execute(
        f"""
        SELECT e.id, e.type, e.name, e.lat, e.lon,
          COUNT(m.entity) AS mentions, COUNT(DISTINCT m.document) AS documents
        FROM entities e LEFT JOIN mentions m ON m.entity = e.id
        {where}
        GROUP BY e.id ORDER BY mentions DESC, e.name LIMIT ? OFFSET ?
        """,
        [*params, limit, offset],
    ).fetchall()
    return total, _dicts(rows)


def entity_mentions(conn: sqlite3.Connection, entity_id: str, limit: int) -> tuple[int, list[dict[str, Any]]]:
    """(total, first ``limit`` mentions with document text and title)."""
    total = conn.execute("SELECT COUNT(*) FROM mentions WHERE entity = ?", (entity_id,)).fetchone()[0]
    rows = conn.execute(
        'SELECT m.document, m.start, m."end", d.title, d.text FROM mentions m '
        "JOIN documents d ON d.id = m.document WHERE m.entity = ? "
        "ORDER BY d.ordinal, m.start LIMIT ?",
        (entity_id, limit),
    ).fetchall()
    return total, _dicts(rows)


def quotes_by(conn: sqlite3.Connection, entity_id: str) -> list[dict[str, Any]]:
    rows = conn.execute(
        'SELECT q.id, q.document, q.start, q."end", q.kind, q.date, d.title, '
        "substr(d.text, q.start + 1, q.\"end\" - q.start) AS text "
        "FROM quotes q JOIN documents d ON d.id = q.document WHERE q.speaker = ? "
        "ORDER BY d.ordinal, q.start",
        (entity_id,),
    ).fetchall()
    return _dicts(rows)


def cooccurring(conn: sqlite3.Connection, entity_id: str, limit: int = 40) -> list[dict[str, Any]]:
    """Entities mentioned in the same sentence as ``entity_id``, most frequent first."""
    rows = conn.execute(
        """
        SELECT m2.entity AS id, e.name, e.type, COUNT(DISTINCT s.id) AS sentences
        FROM mentions m1
        JOIN sentences s ON s.document = m1.document AND s.start <= m1.start AND m1.start < s."end"
        JOIN mentions m2 ON m2.document = s.document AND m2.start >= s.start AND m2.start < s."end"
        JOIN entities e ON e.id = m2.entity
        WHERE m1.entity = ? AND m2.entity != m1.entity
        GROUP BY m2.entity ORDER BY sentences DESC, e.name LIMIT ?
        """,
        (entity_id, limit),
    ).fetchall()
    return _dicts(rows)


def entity_names(conn: sqlite3.Connection, ids: set[str]) -> dict[str, dict[str, Any]]:
    """id -> {name, type} for the given entity ids."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = conn.execute(f"SELECT id, name, type FROM entities WHERE id IN ({marks})", sorted(ids))
    return {row["id"]: {"name": row["name"], "type": row["type"]} for row in rows}


def places_with_coordinates(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    rows = conn.execute(
        """
        SELECT e.id, e.name, e.lat, e.lon, COUNT(m.entity) AS mentions
        FROM entities e LEFT JOIN mentions m ON m.entity = e.id
        WHERE e.type = 'place' AND e.lat IS NOT NULL AND e.lon IS NOT NULL
        GROUP BY e.id ORDER BY e.name
        """
    ).fetchall()
    return _dicts(rows)


def places_mentioned(conn: sqlite3.Connection, document: str | None = None,
                     ids: set[str] | None = None) -> list[dict[str, Any]]:
    """Places (mapped or not) with their mention and document counts, optionally only
    those named in ``document`` (counted there) or only ``ids``, by name."""
    clauses, params = ["e.type = 'place'"], []
    if document:
        clauses.append("m.document = ?")
        params.append(document)
    if ids is not None:
        clauses.append(f"e.id IN ({','.join('?' * len(ids))})")
        params += sorted(ids)
    rows = conn.execute(
        f"""
        SELECT e.id, e.name, e.lat, e.lon, COUNT(*) AS mentions, COUNT(DISTINCT m.document) AS documents
        FROM entities e JOIN mentions m ON m.entity = e.id
        WHERE {' AND '.join(clauses)} GROUP BY e.id ORDER BY e.name COLLATE NOCASE
        """,
        params,
    ).fetchall()
    return _dicts(rows)


def first_mentions(conn: sqlite3.Connection, ids: list[str], per_entity: int, width: int,
                   document: str | None = None) -> dict[str, list[dict[str, Any]]]:
    """id -> its first ``per_entity`` mentions (in reading order) with ``width`` characters
    of text either side (``before``, ``after``; cut mid-word) and the document title."""
    if not ids:
        return {}
    where = f"m.entity IN ({','.join('?' * len(ids))})" + (" AND m.document = ?" if document else "")
    rows = conn.execute(
        f"""
        WITH firsts AS (
          SELECT * FROM (
            SELECT m.entity, m.document, m.start, m."end",
              ROW_NUMBER() OVER (PARTITION BY m.entity ORDER BY d.ordinal, m.start) AS n
            FROM mentions m JOIN documents d ON d.id = m.document WHERE {where}
          ) WHERE n <= ?
        )
        SELECT f.entity, f.document, f.start, f."end", d.title,
          substr(d.text, max(f.start - ? + 1, 1), f.start - max(f.start - ?, 0)) AS before,
          substr(d.text, f.start + 1, f."end" - f.start) AS match,
          substr(d.text, f."end" + 1, ?) AS after
        FROM firsts f JOIN documents d ON d.id = f.document ORDER BY f.entity, f.n
        """,
        [*ids, *([document] if document else []), per_entity, width, width, width],
    ).fetchall()
    out: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        out.setdefault(row["entity"], []).append(dict(row))
    return out


# ---------------------------------------------------------------- events


def _event_dict(row: sqlite3.Row) -> dict[str, Any]:
    event = dict(row)
    event["participants"] = json.loads(event["participants"])
    event["places"] = json.loads(event["places"])
    event["evidence"] = [tuple(span) for span in json.loads(event["evidence"])]
    return event


def events(
    conn: sqlite3.Connection, *, entity: str | None = None, document: str | None = None
) -> list[dict[str, Any]]:
    """Events in date order with their document title and date text, optionally filtered."""
    clauses, params = [], []
    if document:
        clauses.append("v.document = ?")
        params.append(document)
    if entity:
        clauses.append(
            "(EXISTS (SELECT 1 FROM json_each(v.participants) j WHERE j.value = ?)"
            " OR EXISTS (SELECT 1 FROM json_each(v.places) j WHERE j.value = ?))"
        )
        params += [entity, entity]
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    rows = conn.execute(
        f"""
        SELECT v.*, d.title AS document_title,
          substr(d.text, v.date_start + 1, v.date_end - v.date_start) AS date_text
        FROM events v JOIN documents d ON d.id = v.document
        {where}
        ORDER BY v.lower IS NULL, v.lower, v.upper, d.ordinal, v.date_start
        """,
        params,
    ).fetchall()
    return [_event_dict(row) for row in rows]


def event_entities(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Entities that take part in (or are the place of) at least one event."""
    rows = conn.execute(
        """
        SELECT DISTINCT e.id, e.name, e.type FROM events v,
          json_each(v.participants) j JOIN entities e ON e.id = j.value
        UNION
        SELECT DISTINCT e.id, e.name, e.type FROM events v,
          json_each(v.places) j JOIN entities e ON e.id = j.value
        ORDER BY 2
        """
    ).fetchall()
    return _dicts(rows)


def event_documents(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    rows = conn.execute(
        "SELECT id, title FROM documents d WHERE EXISTS (SELECT 1 FROM events v WHERE v.document = d.id) "
        "ORDER BY ordinal"
    ).fetchall()
    return _dicts(rows)


# ---------------------------------------------------------------- graph


GRAPH_TYPES = ("person", "place", "organization", "group")


def cooccurrence_edges(conn: sqlite3.Connection, keep: int) -> list[tuple[str, str, int, list[int]]]:
    """(a, b, sentences, first ``keep`` sentence ids) for entity pairs named in the same
    sentence, a < b."""
    rows = conn.execute(
        """
        SELECT a, b, COUNT(*) AS n, group_concat(sid) AS sids FROM (
          SELECT DISTINCT s.id AS sid, m1.entity AS a, m2.entity AS b
          FROM sentences s
          JOIN mentions m1 ON m1.document = s.document AND m1.start >= s.start AND m1.start < s."end"
          JOIN mentions m2 ON m2.document = s.document AND m2.start >= s.start AND m2.start < s."end"
          WHERE m1.entity < m2.entity
        ) GROUP BY a, b
        """
    ).fetchall()
    return [(row["a"], row["b"], row["n"], sorted(int(i) for i in row["sids"].split(","))[:keep])
            for row in rows]


def all_entities(conn: sqlite3.Connection) -> dict[str, dict[str, Any]]:
    """id -> {name, type, mentions} of every entity."""
    rows = conn.execute(
        "SELECT e.id, e.name, e.type, (SELECT COUNT(*) FROM mentions m WHERE m.entity = e.id) AS mentions"
        " FROM entities e"
    ).fetchall()
    return {row["id"]: {"name": row["name"], "type": row["type"], "mentions": row["mentions"]} for row in rows}


def sentences_by_id(conn: sqlite3.Connection, ids: set[int]) -> dict[int, dict[str, Any]]:
    """id -> sentence (document, start, end, text, document title)."""
    if not ids:
        return {}
    rows = conn.execute(
        f'SELECT s.id, s.document, s.start, s."end", s.text, d.title FROM sentences s '
        f"JOIN documents d ON d.id = s.document WHERE s.id IN ({','.join('?' * len(ids))})",
        sorted(ids),
    ).fetchall()
    return {row["id"]: dict(row) for row in rows}
