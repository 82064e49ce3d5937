"""Read the stored facts that cross-document comparison needs.

Rows come back as plain dataclasses with document offsets, so callers never
write SQL against the schema themselves.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SentenceRow:
    document: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class MentionRow:
    document: str
    entity: str
    start: int
    end: int
    type: str


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
    speaker: str | None
    date: str | None


def document_titles(conn: sqlite3.Connection) -> dict[str, str]:
    return dict(conn.execute("SELECT id, title FROM documents ORDER BY ordinal"))


def document_texts(conn: sqlite3.Connection, ids: set[str]) -> dict[str, str]:
    """The rebuilt texts of the given documents."""
    out: dict[str, str] = {}
    for doc_id in sorted(ids):
        row = conn.execute("SELECT text FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row:
            out[doc_id] = row[0]
    return out


def entity_types(conn: sqlite3.Connection) -> dict[str, tuple[str, str]]:
    """Entity id → (type, name)."""
    return {row[0]: (row[1], row[2]) for row in conn.execute("SELECT id, type, name FROM entities")}


def sentences(conn: sqlite3.Connection) -> Iterator[SentenceRow]:
    for row in conn.execute('SELECT document, start, "end", text FROM sentences ORDER BY document, start'):
        yield SentenceRow(*row)


def mentions(conn: sqlite3.Connection) -> Iterator[MentionRow]:
    query = 'SELECT document, entity, start, "end", type FROM mentions ORDER BY document, start'
    for row in conn.execute(query):
        yield MentionRow(*row)


def events(conn: sqlite3.Connection) -> Iterator[EventRow]:
    query = ('SELECT id, document, label, edtf, date_start, date_end, lower, upper, participants, places, '
             "evidence FROM events ORDER BY document, date_start")
    for (event_id, document, label, edtf, date_start, date_end, lower, upper,
         participants, places, evidence) in conn.execute(query):
        spans = tuple((int(s), int(e)) for s, e in json.loads(evidence))
        yield EventRow(event_id, document, label, edtf, date_start, date_end, lower, upper,
                       tuple(json.loads(participants)), tuple(json.loads(places)), spans)


def quantities(conn: sqlite3.Connection) -> Iterator[QuantityRow]:
    query = 'SELECT id, document, start, "end", value, unit, qualifier FROM quantities ORDER BY document, start'
    for row in conn.execute(query):
        yield QuantityRow(*row)


def quotes(conn: sqlite3.Connection) -> Iterator[QuoteRow]:
    query = 'SELECT id, document, start, "end", kind, speaker, date FROM quotes ORDER BY document, start'
    for row in conn.execute(query):
        yield QuoteRow(*row)


def document_sentences(conn: sqlite3.Connection, document: str) -> list[SentenceRow]:
    query = 'SELECT document, start, "end", text FROM sentences WHERE document = ? ORDER BY start'
    return [SentenceRow(*row) for row in conn.execute(query, (document,))]


def document_mentions(conn: sqlite3.Connection, document: str) -> list[MentionRow]:
    query = 'SELECT document, entity, start, "end", type FROM mentions WHERE document = ? ORDER BY start'
    return [MentionRow(*row) for row in conn.execute(query, (document,))]
