"""The typed read API of a built exhibit: the first step to a second backend.

Every query a reader of the knowledge base needs, as methods returning
frozen dataclasses with document offsets (``KnowledgeBase``, a Protocol),
and its SQLite implementation (``SQLiteKnowledgeBase``). A PostgreSQL backend
implements the same Protocol; callers that use it never see SQL. Moving the
modules that still write their own SQL onto it is listed in
docs/architecture.md.

Filters are keyword arguments and combine with AND; ``between`` takes EDTF
bounds (``"1921-01-01"``, ``"1925-12-31"``) and keeps rows whose interval
overlaps it. Results come in a stable order (document order, then offset).
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from vitrina.model import Block, Entity, Section


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    id: str
    title: str
    source: str
    format: str
    ordinal: int  # reading order of the exhibit


@dataclass(frozen=True, slots=True)
class MentionRow:
    document: str
    entity: str
    start: int
    end: int
    type: str


@dataclass(frozen=True, slots=True)
class DateRow:
    document: str
    start: int
    end: int
    edtf: str
    lower: str | None  # earliest day the EDTF value allows
    upper: str | None  # latest day


@dataclass(frozen=True, slots=True)
class QuantityRow:
    id: str
    document: str
    start: int
    end: int
    value: float
    unit: str | None
    qualifier: str | None


@dataclass(frozen=True, slots=True)
class QuoteRow:
    id: str
    document: str
    start: int
    end: int
    kind: str
    speaker: str | None  # entity id
    date: str | None  # EDTF


@dataclass(frozen=True, slots=True)
class EventRow:
    id: str
    document: str
    label: str
    edtf: str
    date_start: int
    date_end: int
    lower: str | None
    upper: str | None
    participants: tuple[str, ...]
    places: tuple[str, ...]
    evidence: tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class SentenceHit:
    document: str
    section: str | None
    block: str | None
    start: int
    end: int
    text: str


class KnowledgeBase(Protocol):
    """What readers of an exhibit may ask of it, whatever the backend."""

    def documents(self) -> list[DocumentInfo]: ...
    def document(self, document: str) -> DocumentInfo | None: ...
    def text(self, document: str) -> str | None: ...
    def sections(self, document: str) -> list[Section]: ...
    def blocks(self, document: str) -> list[Block]: ...
    def entities(self, *, type: str | None = None) -> list[Entity]: ...
    def entity(self, entity: str) -> Entity | None: ...
    def mentions(self, *, document: str | None = None, entity: str | None = None) -> list[MentionRow]: ...
    def dates(self, *, document: str | None = None,
              between: tuple[str, str] | None = None) -> list[DateRow]: ...
    def quantities(self, *, document: str | None = None) -> list[QuantityRow]: ...
    def quotes(self, *, document: str | None = None, speaker: str | None = None) -> list[QuoteRow]: ...
    def events(self, *, document: str | None = None, entity: str | None = None,
               between: tuple[str, str] | None = None) -> list[EventRow]: ...
    def sentences(self, document: str) -> list[SentenceHit]: ...
    def search(self, words: Sequence[str], *, limit: int = 10,
               document: str | None = None) -> list[SentenceHit]: ...


class SQLiteKnowledgeBase:
    """``KnowledgeBase`` over a (read-only) connection to a vitrina SQLite database."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return [tuple(row) for row in self.conn.execute(sql, tuple(params))]

    def documents(self) -> list[DocumentInfo]:
        return [DocumentInfo(*row) for row in self._rows(
            "SELECT id, title, source, format, ordinal FROM documents ORDER BY ordinal")]

    def document(self, document: str) -> DocumentInfo | None:
        rows = self._rows("SELECT id, title, source, format, ordinal FROM documents WHERE id = ?", (document,))
        return DocumentInfo(*rows[0]) if rows else None

    def text(self, document: str) -> str | None:
        rows = self._rows("SELECT text FROM documents WHERE id = ?", (document,))
        return str(rows[0][0]) if rows else None

    def sections(self, document: str) -> list[Section]:
        return [Section(*row) for row in self._rows(
            'SELECT id, label, title, start, "end" FROM sections WHERE document = ? ORDER BY start', (document,))]

    def blocks(self, document: str) -> list[Block]:
        return [Block(*row) for row in self._rows(
            'SELECT id, section, kind, start, "end", position, credit FROM blocks WHERE document = ? '
            "ORDER BY start", (document,))]

    def entities(self, *, type: str | None = None) -> list[Entity]:
        where, params = _where({"type = ?": type})
        return [_entity(row) for row in self._rows(
            f"SELECT id, type, name, aliases, lat, lon, identifier FROM entities{where} ORDER BY id", params)]

    def entity(self, entity: str) -> Entity | None:
        rows = self._rows("SELECT id, type, name, aliases, lat, lon, identifier FROM entities WHERE id = ?",
                          (entity,))
        return _entity(rows[0]) if rows else None

    def mentions(self, *, document: str | None = None, entity: str | None = None) -> list[MentionRow]:
        where, params = _where({"m.document = ?": document, "m.entity = ?": entity})
        return [MentionRow(*row) for row in self._rows(
            f'SELECT m.document, m.entity, m.start, m."end", m.type FROM mentions m '
            f"JOIN documents d ON d.id = m.document{where} ORDER BY d.ordinal, m.start, m.\"end\"", params)]

    def dates(self, *, document: str | None = None,
              between: tuple[str, str] | None = None) -> list[DateRow]:
        where, params = _where({"t.document = ?": document, **_overlap("t", between)})
        return [DateRow(*row) for row in self._rows(
            f'SELECT t.document, t.start, t."end", t.edtf, t.lower, t.upper FROM dates t '
            f"JOIN documents d ON d.id = t.document{where} ORDER BY d.ordinal, t.start", params)]

    def quantities(self, *, document: str | None = None) -> list[QuantityRow]:
        where, params = _where({"q.document = ?": document})
        return [QuantityRow(*row) for row in self._rows(
            f'SELECT q.id, q.document, q.start, q."end", q.value, q.unit, q.qualifier FROM quantities q '
            f"JOIN documents d ON d.id = q.document{where} ORDER BY d.ordinal, q.start", params)]

    def quotes(self, *, document: str | None = None, speaker: str | None = None) -> list[QuoteRow]:
        where, params = _where({"q.document = ?": document, "q.speaker = ?": speaker})
        return [QuoteRow(*row) for row in self._rows(
            f'SELECT q.id, q.document, q.start, q."end", q.kind, q.speaker, q.date FROM quotes q '
            f"JOIN documents d ON d.id = q.document{where} ORDER BY d.ordinal, q.start", params)]

    def events(self, *, document: str | None = None, entity: str | None = None,
               between: tuple[str, str] | None = None) -> list[EventRow]:
        where, params = _where({"e.document = ?": document, **_overlap("e", between)})
        rows = [_event(row) for row in self._rows(
            f"SELECT e.id, e.document, e.label, e.edtf, e.date_start, e.date_end, e.lower, e.upper, "
            f"e.participants, e.places, e.evidence FROM events e "
            f"JOIN documents d ON d.id = e.document{where} ORDER BY d.ordinal, e.date_start", params)]
        return [r for r in rows if entity is None or entity in r.participants or entity in r.places]

    def sentences(self, document: str) -> list[SentenceHit]:
        """A document's sentences (or passages) in order."""
        return [SentenceHit(*row) for row in self._rows(
            'SELECT document, section, block, start, "end", text FROM sentences WHERE document = ? '
            "ORDER BY start", (document,))]

    def search(self, words: Sequence[str], *, limit: int = 10,
               document: str | None = None) -> list[SentenceHit]:
        """Sentences holding every word (stemmed), best first (FTS5 bm25)."""
        terms = [w for word in words for w in re.findall(r"\w+", word)]
        if not terms:
            return []
        match = " ".join('"' + term.replace('"', '""') + '"' for term in terms)
        where, params = _where({"sentences_fts MATCH ?": match, "s.document = ?": document})
        return [SentenceHit(*row) for row in self._rows(
            f'SELECT s.document, s.section, s.block, s.start, s."end", s.text FROM sentences_fts '
            f"JOIN sentences s ON s.id = sentences_fts.rowid{where} ORDER BY rank, s.id LIMIT ?",
            [*params, limit])]


def _where(conditions: dict[str, Any]) -> tuple[str, list[Any]]:
    """`` WHERE a AND b`` over the conditions whose value is not None, and their parameters."""
    used = {sql: value for sql, value in conditions.items() if value is not None}
    return (" WHERE " + " AND ".join(used) if used else ""), list(used.values())


def _overlap(alias: str, between: tuple[str, str] | None) -> dict[str, Any]:
    if between is None:
        return {}
    return {f"{alias}.upper >= ?": between[0], f"{alias}.lower <= ?": between[1]}


def _entity(row: tuple[Any, ...]) -> Entity:
    entity_id, etype, name, aliases, lat, lon, identifier = row
    return Entity(entity_id, etype, name, tuple(json.loads(aliases)), lat, lon, identifier)


def _event(row: tuple[Any, ...]) -> EventRow:
    event_id, document, label, edtf, date_start, date_end, lower, upper, participants, places, evidence = row
    return EventRow(event_id, document, label, edtf, date_start, date_end, lower, upper,
                    tuple(json.loads(participants)), tuple(json.loads(places)),
                    tuple((int(a), int(b)) for a, b in json.loads(evidence)))
