"""Queries of the web pages, exports, static site and provenance, as plain rows (dicts).

Written once for every backend: ``?`` placeholders, and the few dialect
pieces (case-insensitive comparison and order, JSON fields and arrays,
string aggregation, two-argument maximum) come from the backend's hooks.
Orders are total (ties broken on every column), so two backends holding
the same exhibit return the same rows in the same order.
"""

from __future__ import annotations

import json
from collections.abc import Sequence, Sized
from typing import Any

from vitrina.store.schema import NESTED_SECTIONS, SPEAKER_PHRASES

ENTITY_TYPES = ("person", "place", "organization", "group", "vessel", "other")
GRAPH_TYPES = ("person", "place", "organization", "group")


def day_key(iso: str) -> str:
    """An ISO day as a string that sorts in time order, years before 1 BCE included: the stored
    days compare as text, and "-1499-…" sorts after "-1399-…" though it is earlier; a negative year's
    digits are counted down from 9999 ("-1499" -> "-8500"), so earlier still sorts first (and every
    negative day before every day from year 0 on, as "-" sorts before the digits)."""
    if not iso.startswith("-") or len(iso) < 5:
        return iso
    return f"-{9999 - int(iso[1:5]):04d}{iso[5:]}"


def day_order(column: str) -> str:
    """SQL for ``day_key`` of a column of ISO days: what sorts them in time order (portable SQL:
    19999 - year has five digits for every year 0-9999; its last four are the counted-down year)."""
    return (f"(CASE WHEN substr({column}, 1, 1) = '-' THEN '-' || substr(CAST(19999 - CAST(substr({column}, 2, 4)"
            f" AS INTEGER) AS TEXT), 2) || substr({column}, 6) ELSE {column} END)")


class SQLReader:
    """The backend primitives every query uses (SQLite's dialect by default)."""

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        raise NotImplementedError

    def _dicts(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        raise NotImplementedError

    def _one(self, sql: str, params: Sequence[Any] = ()) -> dict[str, Any] | None:
        rows = self._dicts(sql, params)
        return rows[0] if rows else None

    def schema_version(self) -> int:
        """The schema version the exhibit was written with (store/schema.py)."""
        raise NotImplementedError

    def _section_levels(self) -> str:
        """The columns ``level, parent`` of ``sections``; a database written before they were (schema 2 or 3)
        answers every section a top one, without a parent."""
        return "level, parent" if self.schema_version() >= NESTED_SECTIONS else "1 AS level, NULL AS parent"

    def _nocase_eq(self, column: str) -> str:
        """``column`` equals a parameter, ignoring (ASCII) case."""
        return f"{column} = ? COLLATE NOCASE"

    def _nocase_like(self, column: str) -> str:
        return f"{column} LIKE ? COLLATE NOCASE"

    def _nocase(self, column: str) -> str:
        """``column`` as a sort key ignoring (ASCII) case."""
        return f"{column} COLLATE NOCASE"

    def _json_path(self, column: str, *keys: str) -> str:
        """The value at ``keys`` inside the JSON text ``column`` (objects as JSON text)."""
        return f"json_extract({column}, '$.{'.'.join(keys)}')"

    def _json_values(self, column: str, alias: str) -> str:
        """A FROM item over the elements of the JSON array ``column``, with a ``value`` column."""
        return f"json_each({column}) {alias}"

    def _span_starts(self, column: str, alias: str) -> tuple[str, str]:
        """A FROM item over the ``[start, end]`` pairs of the JSON array ``column``, and the SQL of a
        pair's start (an integer)."""
        return f"json_each({column}) {alias}", f"json_extract({alias}.value, '$[0]')"

    def _string_agg(self, column: str) -> str:
        """The column's values joined with commas."""
        return f"group_concat({column})"

    def _max2(self, a: str, b: str) -> str:
        return f"max({a}, {b})"


def _marks(values: Sized) -> str:
    return ",".join("?" * len(values))


def _event_dict(row: dict[str, Any]) -> dict[str, Any]:
    event = dict(row)
    event["participants"] = json.loads(event["participants"])
    event["places"] = json.loads(event["places"])
    event["evidence"] = [tuple(span) for span in json.loads(event["evidence"])]
    return event


class PageReads(SQLReader):
    """Rows for the pages (web/views.py), exports (export/), the static site and provenance."""

    # ------------------------------------------------------------ documents

    def documents_overview(self) -> list[dict[str, Any]]:
        """Every document in reading order with counts of people, places, events (one pass each)."""
        return self._dicts(
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
        )

    def totals(self) -> dict[str, int]:
        row = self._one(
            "SELECT (SELECT COUNT(*) FROM documents) AS documents,"
            " (SELECT COUNT(*) FROM entities WHERE type = 'person') AS people,"
            " (SELECT COUNT(*) FROM entities WHERE type = 'place') AS places,"
            " (SELECT COUNT(*) FROM events) AS events"
        )
        return {k: int(v) for k, v in (row or {}).items()}

    def document_titles(self) -> list[dict[str, Any]]:
        return self._dicts("SELECT id, title, source FROM documents ORDER BY ordinal")

    def document_ids(self) -> list[str]:
        return [row[0] for row in self._rows("SELECT id FROM documents ORDER BY ordinal")]

    def entity_ids(self) -> list[str]:
        return [row[0] for row in self._rows("SELECT id FROM entities ORDER BY id")]

    def page_plan_counts(self) -> dict[str, Any]:
        """What decides how many pages a published site has, counted before it is written: each entity's
        mentions (its pages), the entities and the people (their list's pages), the documents with events
        and with places (each has its own timeline and map)."""
        mentions = [int(row[0]) for row in self._rows("SELECT COUNT(*) FROM mentions GROUP BY entity")]
        row = self._one(
            "SELECT (SELECT COUNT(*) FROM entities) AS entities,"
            " (SELECT COUNT(*) FROM entities WHERE type = 'person') AS people,"
            " (SELECT COUNT(*) FROM documents d WHERE EXISTS (SELECT 1 FROM events v WHERE v.document = d.id))"
            " AS with_events,"
            " (SELECT COUNT(DISTINCT m.document) FROM mentions m JOIN entities e ON e.id = m.entity"
            " WHERE e.type = 'place') AS with_places"
        ) or {}
        return {"mentions": mentions, **{k: int(v) for k, v in row.items()}}

    def document_row(self, doc_id: str) -> dict[str, Any] | None:
        """id, title, source, format, text of a document."""
        return self._one("SELECT id, title, source, format, text FROM documents WHERE id = ?", (doc_id,))

    def document_rows(self) -> list[dict[str, Any]]:
        """id, title, source, format, text of every document in reading order."""
        return self._dicts("SELECT id, title, source, format, text FROM documents ORDER BY ordinal")

    def section_rows(self, doc_id: str) -> list[dict[str, Any]]:
        """id, label, title, start, end, level, parent of a document's sections in reading order."""
        return self._dicts(f'SELECT id, label, title, start, "end", {self._section_levels()} FROM sections'
                           ' WHERE document = ? ORDER BY start, "end", id', (doc_id,))

    def block_rows(self, doc_id: str) -> list[dict[str, Any]]:
        return self._dicts('SELECT id, section, kind, start, "end", position, credit FROM blocks '
                           'WHERE document = ? ORDER BY start, "end", id', (doc_id,))

    def date_rows(self, doc_id: str) -> list[dict[str, Any]]:
        """start, end, edtf, lower, upper of a document's dates in order."""
        return self._dicts('SELECT start, "end", edtf, lower, upper FROM dates WHERE document = ? '
                           'ORDER BY start, "end", edtf', (doc_id,))

    def document_mentions(self, doc_id: str) -> list[dict[str, Any]]:
        """entity, start, end, type, name of a document's mentions, outer before inner."""
        return self._dicts(
            'SELECT m.entity, m.start, m."end", m.type, e.name FROM mentions m '
            'JOIN entities e ON e.id = m.entity WHERE m.document = ? ORDER BY m.start, m."end" DESC, m.entity, m.type',
            (doc_id,))

    def document_quotes(self, doc_id: str) -> list[dict[str, Any]]:
        """The document's quotes with the speaker's name, or the words naming a speaker no entity stands for
        (``speaker_words``: "my father"; null before schema version 5)."""
        words = ("substr(d.text, q.speaker_start + 1, q.speaker_end - q.speaker_start)"
                 if self.schema_version() >= SPEAKER_PHRASES else "NULL")
        return self._dicts(
            f'SELECT q.id, q.start, q."end", q.kind, q.speaker, q.date, e.name AS speaker_name, {words} AS speaker_words '
            "FROM quotes q JOIN documents d ON d.id = q.document LEFT JOIN entities e ON e.id = q.speaker "
            "WHERE q.document = ? ORDER BY q.start, q.id",
            (doc_id,))

    def document_events(self, doc_id: str) -> list[dict[str, Any]]:
        return [_event_dict(e) for e in self._dicts(
            "SELECT * FROM events WHERE document = ? ORDER BY date_start, id", (doc_id,))]

    def analysis_field(self, doc_id: str, *keys: str) -> Any:
        """A field of the document's stored analysis (``figures``, ``source_map``…), parsed; None if absent."""
        rows = self._rows(f"SELECT {self._json_path('analysis', *keys)} FROM documents WHERE id = ?", (doc_id,))
        return json.loads(rows[0][0]) if rows and rows[0][0] else None

    def analysis_meta(self) -> dict[str, Any]:
        """id -> the ``meta`` pairs of each document's stored analysis (None when absent), in reading order."""
        return {row[0]: json.loads(row[1]) if row[1] else None for row in self._rows(
            f"SELECT id, {self._json_path('analysis', 'meta')} FROM documents ORDER BY ordinal")}

    def source_of(self, doc_id: str) -> tuple[str, str | None, str] | None:
        """(sha256, the source map's path, source) of a document."""
        rows = self._rows(
            f"SELECT sha256, {self._json_path('analysis', 'source_map', 'path')}, source FROM documents WHERE id = ?",
            (doc_id,))
        return (rows[0][0], rows[0][1], rows[0][2]) if rows else None

    def source_map(self, doc_id: str) -> tuple[str, str, dict[str, Any] | None] | None:
        """(source, text, the stored source map) of a document."""
        rows = self._rows(
            f"SELECT source, text, {self._json_path('analysis', 'source_map')} FROM documents WHERE id = ?", (doc_id,))
        if not rows:
            return None
        return rows[0][0], rows[0][1], json.loads(rows[0][2]) if rows[0][2] else None

    def block_starts(self) -> list[tuple[str, int, str]]:
        """(document, start, block id) of every block."""
        return [(r[0], int(r[1]), r[2]) for r in self._rows(
            'SELECT document, start, id FROM blocks ORDER BY document, start, "end", id')]

    def sentence_texts(self) -> list[tuple[str, str | None, str]]:
        """(document, section, text) of every sentence, by document id then offset."""
        return [(r[0], r[1], r[2]) for r in self._rows(
            "SELECT document, section, text FROM sentences ORDER BY document, start, id")]

    # ------------------------------------------------------------ the whole exhibit (exports)

    def mention_spans(self) -> list[dict[str, Any]]:
        """entity, document, start, end of every mention, by document id then offset."""
        return self._dicts('SELECT entity, document, start, "end" FROM mentions '
                           'ORDER BY document, start, "end", entity, type')

    def entity_rows(self) -> list[dict[str, Any]]:
        """Every entity (all columns; aliases and details as JSON text), by id."""
        return self._dicts("SELECT * FROM entities ORDER BY id")

    def event_rows(self) -> list[dict[str, Any]]:
        """Every event (all columns), undated first, then by earliest day and id."""
        return self._dicts(f"SELECT * FROM events ORDER BY lower IS NOT NULL, {day_order('lower')}, id")

    def quantity_rows(self) -> list[dict[str, Any]]:
        return self._dicts('SELECT * FROM quantities ORDER BY document, start, id')

    def quote_rows(self) -> list[dict[str, Any]]:
        return self._dicts('SELECT * FROM quotes ORDER BY document, start, id')

    def meta_value(self, key: str) -> str | None:
        rows = self._rows("SELECT value FROM meta WHERE key = ?", (key,))
        return str(rows[0][0]) if rows else None

    def meta_values(self, prefix: str) -> list[str]:
        """The values of the meta entries whose keys begin with ``prefix``, in key order (a long
        value stored in parts: ``comparisons:00000001``, …)."""
        after = prefix[:-1] + chr(ord(prefix[-1]) + 1)
        return [str(row[0]) for row in self._rows(
            "SELECT value FROM meta WHERE key >= ? AND key < ? ORDER BY key", (prefix, after))]

    # ------------------------------------------------------------ entities

    def entity_row(self, entity_id: str) -> dict[str, Any] | None:
        """One entity, its aliases a list and its details (geocoding, merges, roles) an object: never JSON text
        inside the JSON of the page's twin (round 42 red team, D14)."""
        entity = self._one("SELECT * FROM entities WHERE id = ?", (entity_id,))
        if entity is not None:
            entity["aliases"] = json.loads(entity["aliases"])
            if isinstance(entity.get("details"), str) or entity.get("details") is None and "details" in entity:
                entity["details"] = json.loads(entity["details"] or "{}")
        return entity

    def entity_by_name(self, name: str) -> dict[str, Any] | None:
        """The most mentioned entity whose name (or else an alias) is ``name``, ignoring case."""
        wanted = " ".join(name.split())
        row = self._rows(
            f"""
            SELECT e.id FROM entities e LEFT JOIN mentions m ON m.entity = e.id
            WHERE {self._nocase_eq('e.name')}
               OR EXISTS (SELECT 1 FROM {self._json_values('e.aliases', 'a')} WHERE {self._nocase_eq('a.value')})
            GROUP BY e.id ORDER BY CASE WHEN {self._nocase_eq('e.name')} THEN 1 ELSE 0 END DESC,
              COUNT(m.entity) DESC, e.id LIMIT 1
            """,
            (wanted, wanted, wanted),
        )
        return self.entity_row(row[0][0]) if row else None

    def picker_names(self, limit: int) -> list[dict[str, Any]]:
        """The ``limit`` most mentioned people, places, organizations and groups, by name."""
        return self._dicts(
            f"""
            SELECT * FROM (
              SELECT e.id, e.name, e.type, COUNT(*) AS mentions FROM entities e JOIN mentions m ON m.entity = e.id
              WHERE e.type NOT IN ('other', 'vessel') GROUP BY e.id ORDER BY mentions DESC, e.name, e.id LIMIT ?
            ) AS top ORDER BY {self._nocase('name')}, name, id
            """,
            (limit,),
        )

    def entities_list(self, entity_type: str | None, limit: int, offset: int) -> tuple[int, list[dict[str, Any]]]:
        """A page of entities (optionally of one type) with mention and document counts."""
        where, params = ("WHERE e.type = ?", [entity_type]) if entity_type else ("", [])
        total = self._rows(f"SELECT COUNT(*) FROM entities e {where}", params)[0][0]
        rows = self._dicts(
            f"""
            SELECT e.id, e.type, e.name, e.lat, e.lon,
              COUNT(m.entity) AS mentions, COUNT(DISTINCT m.document) AS documents
            FROM entities e LEFT JOIN mentions m ON m.entity = e.id
            {where}
            GROUP BY e.id ORDER BY mentions DESC, e.name, e.id LIMIT ? OFFSET ?
            """,
            [*params, limit, offset],
        )
        return int(total), rows

    def entity_mentions(self, entity_id: str, limit: int, offset: int = 0,
                        context: int = 70) -> tuple[int, list[dict[str, Any]]]:
        """(total, ``limit`` mentions from ``offset`` in reading order, each with its document's title and
        ``window``: the text from ``context`` + 1 characters before the mention to as many after it, which
        starts at ``window_start``). The mentions are ordered without any text (a row carrying its whole
        document made an entity mentioned thousands of times in a long document take seconds); only the
        page's windows are cut, so the cost does not grow with the length of the documents."""
        total = self._rows("SELECT COUNT(*) FROM mentions WHERE entity = ?", (entity_id,))[0][0]
        margin = context + 1  # one more than shown: whether text goes on past the shown part is known
        rows = self._dicts(
            f"""
            SELECT p.document, p.start, p."end", d.title, p.lead AS window_start,
              substr(d.text, p.lead + 1, p."end" + ? - p.lead) AS window
            FROM (SELECT m.document, m.start, m."end", d.ordinal, {self._max2('m.start - ?', '0')} AS lead
                  FROM mentions m JOIN documents d ON d.id = m.document WHERE m.entity = ?
                  ORDER BY d.ordinal, m.start, m."end" LIMIT ? OFFSET ?) AS p
            JOIN documents d ON d.id = p.document ORDER BY p.ordinal, p.start, p."end"
            """,
            (margin, margin, entity_id, limit, offset),
        )
        return int(total), rows

    def quotes_by(self, entity_id: str, limit: int | None = None) -> tuple[int, list[dict[str, Any]]]:
        """(total, the first ``limit`` quotations of ``entity_id`` (all when None), in reading order)."""
        # a retracted attribution (the document's own correction gives the words to another) is not theirs
        total = self._rows("SELECT COUNT(*) FROM quotes WHERE speaker = ? AND kind != 'retracted'", (entity_id,))[0][0]
        rows = self._dicts(
            'SELECT q.id, q.document, q.start, q."end", q.kind, q.date, d.title, '
            "substr(d.text, q.start + 1, q.\"end\" - q.start) AS text "
            "FROM quotes q JOIN documents d ON d.id = q.document WHERE q.speaker = ? AND q.kind != 'retracted' "
            "ORDER BY d.ordinal, q.start, q.id" + (" LIMIT ?" if limit is not None else ""),
            (entity_id,) if limit is None else (entity_id, limit),
        )
        return int(total), rows

    def cooccurring(self, entity_id: str, limit: int = 40) -> list[dict[str, Any]]:
        """Entities mentioned in the same sentence as ``entity_id``, most frequent first. Each mention's
        sentence is the last one starting at or before it (one index step: a range from the start of the
        document made this quadratic, 21 s for 12,000 mentions in one document)."""
        return self._dicts(
            """
            SELECT m2.entity AS id, e.name, e.type, COUNT(DISTINCT s.id) AS sentences
            FROM mentions m1
            JOIN sentences s ON s.id = (SELECT s1.id FROM sentences s1 WHERE s1.document = m1.document
                                        AND s1.start <= m1.start ORDER BY s1.start DESC LIMIT 1)
              AND m1.start < s."end"
            JOIN mentions m2 ON m2.document = s.document AND m2.start >= s.start AND m2.start < s."end"
            JOIN entities e ON e.id = m2.entity
            WHERE m1.entity = ? AND m2.entity != m1.entity
            GROUP BY m2.entity, e.name, e.type ORDER BY sentences DESC, e.name, m2.entity LIMIT ?
            """,
            (entity_id, limit),
        )

    def entity_names(self, ids: set[str]) -> dict[str, dict[str, Any]]:
        """id -> {name, type} for the given entity ids."""
        if not ids:
            return {}
        rows = self._dicts(f"SELECT id, name, type FROM entities WHERE id IN ({_marks(ids)})", sorted(ids))
        return {row["id"]: {"name": row["name"], "type": row["type"]} for row in rows}

    def places_with_coordinates(self) -> list[dict[str, Any]]:
        return self._dicts(
            """
            SELECT e.id, e.name, e.lat, e.lon, COUNT(m.entity) AS mentions
            FROM entities e LEFT JOIN mentions m ON m.entity = e.id
            WHERE e.type = 'place' AND e.lat IS NOT NULL AND e.lon IS NOT NULL
            GROUP BY e.id ORDER BY e.name, e.id
            """
        )

    def places_mentioned(self, document: str | None = None, ids: set[str] | None = None) -> list[dict[str, Any]]:
        """Places (mapped or not) with their mention and document counts, optionally only
        those named in ``document`` (counted there) or only ``ids``, by name."""
        clauses, params = ["e.type = 'place'"], []
        if document:
            clauses.append("m.document = ?")
            params.append(document)
        if ids is not None:
            clauses.append(f"e.id IN ({_marks(ids)})")
            params += sorted(ids)
        return self._dicts(
            f"""
            SELECT e.id, e.name, e.lat, e.lon, COUNT(*) AS mentions, COUNT(DISTINCT m.document) AS documents
            FROM entities e JOIN mentions m ON m.entity = e.id
            WHERE {' AND '.join(clauses)} GROUP BY e.id ORDER BY {self._nocase('e.name')}, e.name, e.id
            """,
            params,
        )

    def first_mentions(self, ids: list[str], per_entity: int, width: int,
                       document: str | None = None) -> dict[str, list[dict[str, Any]]]:
        """id -> its first ``per_entity`` mentions (in reading order) with ``width`` characters
        of text either side (``before``, ``after``; cut mid-word) and the document title."""
        if not ids:
            return {}
        where = f"m.entity IN ({_marks(ids)})" + (" AND m.document = ?" if document else "")
        rows = self._dicts(
            f"""
            WITH firsts AS (
              SELECT * FROM (
                SELECT m.entity, m.document, m.start, m."end",
                  ROW_NUMBER() OVER (PARTITION BY m.entity ORDER BY d.ordinal, m.start, m."end") AS n
                FROM mentions m JOIN documents d ON d.id = m.document WHERE {where}
              ) AS numbered WHERE n <= ?
            )
            SELECT f.entity, f.document, f.start, f."end", d.title,
              substr(d.text, {self._max2('f.start - ? + 1', '1')},
                     f.start - {self._max2('f.start - ?', '0')}) AS before,
              substr(d.text, f.start + 1, f."end" - f.start) AS match,
              substr(d.text, f."end" + 1, ?) AS after
            FROM firsts f JOIN documents d ON d.id = f.document ORDER BY f.entity, f.n
            """,
            [*ids, *([document] if document else []), per_entity, width, width, width],
        )
        out: dict[str, list[dict[str, Any]]] = {}
        for row in rows:
            out.setdefault(row["entity"], []).append(row)
        return out

    # ------------------------------------------------------------ events

    def events_listed(self, *, entity: str | None = None, document: str | None = None) -> list[dict[str, Any]]:
        """Events in date order with their document title and date text, optionally filtered."""
        clauses, params = [], []
        if document:
            clauses.append("v.document = ?")
            params.append(document)
        if entity:
            clauses.append(
                f"(EXISTS (SELECT 1 FROM {self._json_values('v.participants', 'j')} WHERE j.value = ?)"
                f" OR EXISTS (SELECT 1 FROM {self._json_values('v.places', 'j')} WHERE j.value = ?))"
            )
            params += [entity, entity]
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        rows = self._dicts(
            f"""
            SELECT v.*, d.title AS document_title,
              substr(d.text, v.date_start + 1, v.date_end - v.date_start) AS date_text
            FROM events v JOIN documents d ON d.id = v.document
            {where}
            ORDER BY v.lower IS NULL, {day_order('v.lower')}, {day_order('v.upper')}, d.ordinal, v.date_start, v.id
            """,
            params,
        )
        return [_event_dict(row) for row in rows]

    def event_entities(self) -> list[dict[str, Any]]:
        """Entities that take part in (or are the place of) at least one event."""
        return self._dicts(
            f"""
            SELECT DISTINCT e.id, e.name, e.type FROM events v
              CROSS JOIN {self._json_values('v.participants', 'j')} JOIN entities e ON e.id = j.value
            UNION
            SELECT DISTINCT e.id, e.name, e.type FROM events v
              CROSS JOIN {self._json_values('v.places', 'j')} JOIN entities e ON e.id = j.value
            ORDER BY 2, 1
            """
        )

    def event_documents(self) -> list[dict[str, Any]]:
        return self._dicts(
            "SELECT id, title FROM documents d WHERE EXISTS (SELECT 1 FROM events v WHERE v.document = d.id) "
            "ORDER BY ordinal"
        )

    # ------------------------------------------------------------ graph

    def cooccurrence_edges(self, keep: int) -> list[tuple[str, str, int, list[int]]]:
        """(a, b, sentences, first ``keep`` sentence ids) for entity pairs named in the same
        sentence, a < b."""
        rows = self._dicts(
            f"""
            SELECT a, b, COUNT(*) AS n, {self._string_agg('sid')} AS sids FROM (
              SELECT DISTINCT s.id AS sid, m1.entity AS a, m2.entity AS b
              FROM sentences s
              JOIN mentions m1 ON m1.document = s.document AND m1.start >= s.start AND m1.start < s."end"
              JOIN mentions m2 ON m2.document = s.document AND m2.start >= s.start AND m2.start < s."end"
              WHERE m1.entity < m2.entity
            ) AS pairs GROUP BY a, b ORDER BY a, b
            """
        )
        return [(row["a"], row["b"], int(row["n"]), sorted(int(i) for i in row["sids"].split(","))[:keep])
                for row in rows]

    def all_entities(self) -> dict[str, dict[str, Any]]:
        """id -> {name, type, mentions} of every entity."""
        rows = self._dicts(
            "SELECT e.id, e.name, e.type, (SELECT COUNT(*) FROM mentions m WHERE m.entity = e.id) AS mentions"
            " FROM entities e ORDER BY e.id"
        )
        return {row["id"]: {"name": row["name"], "type": row["type"], "mentions": int(row["mentions"])}
                for row in rows}

    def sentences_by_id(self, ids: set[int]) -> dict[int, dict[str, Any]]:
        """id -> sentence (document, start, end, text, document title)."""
        if not ids:
            return {}
        rows = self._dicts(
            f'SELECT s.id, s.document, s.start, s."end", s.text, d.title FROM sentences s '
            f"JOIN documents d ON d.id = s.document WHERE s.id IN ({_marks(ids)})",
            sorted(ids),
        )
        return {row["id"]: row for row in rows}
