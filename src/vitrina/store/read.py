"""The read API of a built exhibit: every query a reader of the knowledge base needs.

``KnowledgeBase`` holds the queries, as methods returning frozen dataclasses
with document offsets (the typed API) or plain rows (dicts) for the pages,
search and questions; its SQL is shared by the backends, which supply the
connection, a few dialect pieces and their full-text search:
``SQLiteKnowledgeBase`` (FTS5) here, ``PostgresKnowledgeBase`` (tsvector) in
store/postgres.py. Modules outside ``vitrina.store`` never see SQL.

Filters are keyword arguments and combine with AND; ``between`` takes EDTF
bounds (``"1921-01-01"``, ``"1925-12-31"``) and keeps rows whose interval
overlaps it. Results come in a stable order (document order, then offset).
"""

from __future__ import annotations

import json
import re
import sqlite3
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from vitrina.errors import StoreError
from vitrina.model import Block, Entity, Section
from vitrina.store.pages import PageReads, _marks, day_key, day_order
from vitrina.store.schema import NESTED_SECTIONS, SPEAKER_PHRASES

RANKED_IN_SCAN = 2000  # matches a backend without a document filter ranks before keeping those of the documents


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
    value: float  # a range's lower end
    unit: str | None
    qualifier: str | None
    high: float | None = None  # a range's upper end


@dataclass(frozen=True, slots=True)
class QuoteRow:
    id: str
    document: str
    start: int
    end: int
    kind: str
    speaker: str | None  # entity id
    date: str | None  # EDTF
    speaker_start: int | None = None  # the words naming a speaker no entity stands for ("my father")
    speaker_end: int | None = None


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


@dataclass(frozen=True, slots=True)
class SentenceFilter:
    """Which sentences a search may return; empty fields do not filter."""

    document: str | None = None
    section: str | None = None  # a section id, or a label or title (any case); its sub-sections too
    entity: str | None = None  # sentences holding one of its mentions
    dates: tuple[str, str] | None = None  # ISO bounds; sentences holding a date that overlaps
    subsections: bool = True  # False: the named section's own text only, not its sub-sections'

    def __bool__(self) -> bool:
        return any(v is not None and v != "" for v in (self.document, self.section, self.entity, self.dates))


# Private-use characters the full-text search wraps around matched words (``marked``).
MARK_OPEN, MARK_CLOSE = "\ue000", "\ue001"

# the sentence holding a fact's first character: one index seek per fact
_HOLDER = (
    "(SELECT t.id FROM sentences t WHERE t.document = {fact}.document AND t.start <= {fact}.start"
    " ORDER BY t.start DESC LIMIT 1)"
)
_HIT_COLUMNS = (
    "s.id AS sid, s.document, d.title AS document_title, s.section, sec.label AS section_label,"
    " sec.title AS section_title, s.block, s.start, s.\"end\", s.text"
)
# the columns of a ``first_hit_page`` row, in order
HIT_FIELDS = ("sid", "document", "document_title", "section", "section_label", "section_title", "block",
              "start", "end", "text", "rank", "marked")
_HIT_FROM = (
    " FROM sentences s JOIN documents d ON d.id = s.document"
    " LEFT JOIN sections sec ON sec.document = s.document AND sec.id = s.section"
)
_HIGHLIGHT = f"highlight(sentences_fts, 0, '{MARK_OPEN}', '{MARK_CLOSE}')"
_TITLES = (
    " JOIN documents d ON d.id = s.document"
    " LEFT JOIN sections sec ON sec.document = s.document AND sec.id = s.section"
)

# One page of search hits, ``HIT_FIELDS`` + the match count, in one statement (parameters:
# match, limit). The best ``limit`` matches are ranked first by ``bm25()`` (what FTS5's
# ``rank`` is, unconfigured) with SQLite's own sorter, ties in rowid order as FTS5 orders them;
# ``ORDER BY rank`` would make FTS5 prepare a sorting statement of its own on every query.
# Then one unranked pass over the matches highlights and joins only the kept rows. The count,
# an uncorrelated subquery evaluated once, counts the matches only when the page is full.
_PAGE = (
    "WITH top AS MATERIALIZED (SELECT rowid AS id, bm25(sentences_fts) AS rank FROM sentences_fts"
    " WHERE sentences_fts MATCH ?1 ORDER BY rank, rowid LIMIT ?2)"
    f" SELECT {_HIT_COLUMNS}, top.rank AS rank, {_HIGHLIGHT} AS marked,"
    " (SELECT CASE WHEN count(*) < ?2 THEN count(*)"  # a page not full holds every match
    " ELSE (SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH ?1) END FROM top) AS total"
    f" FROM sentences_fts f CROSS JOIN top CROSS JOIN sentences s{_TITLES}"  # CROSS: in this order
    " WHERE sentences_fts MATCH ?1 AND top.id = f.rowid AND s.id = f.rowid ORDER BY top.rank, top.id"
)

# The same among the sentences a filter lets through (``{allowed}``: its SQL, then its
# parameters, match, match, limit). The allowed ids come first, then their matches, unranked
# (FTS5 reads only the allowed rowid range), counted; FTS5 ranks the matched rowid range,
# walks it in rank order and stops at the LIMIT, highlighting and joining only the kept rows.
# The unary + keeps each IN list from driving the search (one FTS5 lookup per id).
_PAGE_AMONG = (
    "WITH allowed AS MATERIALIZED (SELECT s.id FROM sentences s WHERE {allowed}),"
    " matched AS MATERIALIZED (SELECT rowid AS id FROM sentences_fts WHERE sentences_fts MATCH ?"
    " AND +rowid IN allowed"
    " AND rowid BETWEEN (SELECT coalesce(min(id), 0) FROM allowed) AND (SELECT coalesce(max(id), 0) FROM allowed))"
    f" SELECT {_HIT_COLUMNS}, f.rank AS rank, {_HIGHLIGHT} AS marked, (SELECT count(*) FROM matched) AS total"
    f" FROM sentences_fts f JOIN sentences s ON s.id = f.rowid{_TITLES}"
    " WHERE sentences_fts MATCH ? AND +f.rowid IN matched"
    " AND f.rowid BETWEEN (SELECT coalesce(min(id), 0) FROM matched) AND (SELECT coalesce(max(id), 0) FROM matched)"
    " ORDER BY f.rank LIMIT ?"
)


class KnowledgeBase(PageReads):
    """What readers of an exhibit may ask of it, whatever the backend.

    The SQL here is written once for both backends (``?`` placeholders); a
    backend supplies ``_rows``/``_dicts`` and the few dialect pieces
    (case-insensitive comparison) and its own full-text search: ``match``
    expressions are quoted phrases (``"a b"``), optionally prefix-matched
    (``"a"*``), joined by ``AND`` or ``OR`` (not both), as search.py and
    ask.py build them.
    """

    def close(self) -> None:
        raise NotImplementedError

    def set_deadline(self, seconds: float) -> None:
        """Interrupt this connection's queries (QueryTimeout) from ``seconds`` from now."""
        raise NotImplementedError

    # ------------------------------------------------------------ full-text search (per backend)

    def match_count(self, match: str) -> int:
        """How many sentences match."""
        raise NotImplementedError

    def ranked_sentences(self, match: str, limit: int) -> list[dict[str, Any]]:
        """The best ``limit`` matches, best first: id, document, section, start, end, text,
        rank (lower is better, negative), kind (of their block)."""
        raise NotImplementedError

    def section_match_counts(self, match: str) -> list[tuple[str, str | None, int]]:
        """(document, section, matching sentences) of every section holding a match of ``match``."""
        raise NotImplementedError

    def ranked_sentences_in(self, match: str, documents: Sequence[str], limit: int) -> list[dict[str, Any]]:
        """As `ranked_sentences`, only sentences of ``documents`` (a backend may do it in its query)."""
        keep = set(documents)
        return [r for r in self.ranked_sentences(match, RANKED_IN_SCAN) if r["document"] in keep][:limit]

    def top_hits(self, match: str, limit: int) -> list[dict[str, Any]]:
        """The best ``limit`` matches as search hits (``hit_rows`` columns), with ``rank`` and
        ``marked`` (the text with matched words between MARK_OPEN and MARK_CLOSE)."""
        raise NotImplementedError

    def index_terms(self) -> list[tuple[str, int]]:
        """Every term of the full-text index (a stem, as the index keeps it) and how many sentences hold it."""
        raise NotImplementedError

    def check_intact(self) -> None:
        """Refuse (``sqlite3.DatabaseError``) a store whose file is damaged; a server checks its own."""

    def first_hit_page(self, matches: Sequence[str], limit: int,
                       where: SentenceFilter | None = None) -> tuple[Sequence[Sequence[Any]], int]:
        """One page of search: the best ``limit`` matches of the first of ``matches`` that finds
        a sentence ``where`` lets through, best first, as rows of ``HIT_FIELDS`` (indexed by
        position; more columns may follow), and how many sentences it finds."""
        allowed = self.sentence_ids(where) if where else None
        if allowed is not None and not allowed:
            return [], 0
        for match in matches:
            if allowed is None:
                rows = self.top_hits(match, limit)
                if rows:
                    total = len(rows) if len(rows) < limit else self.match_count(match)
                    return [tuple(row[name] for name in HIT_FIELDS) for row in rows], total
                continue
            ranked, total = self.ranked_within(match, allowed, limit)
            if ranked:
                by_id = {row["sid"]: row for row in self.hit_rows([r[0] for r in ranked])}
                return [(*(by_id[i][name] for name in HIT_FIELDS[:10]), rank, marked)
                        for i, rank, marked in ranked if i in by_id], total
        return [], 0

    def ranked_within(self, match: str, allowed: set[int], limit: int) -> tuple[list[tuple[int, float, str | None]], int]:
        """(id, rank, marked) of the best ``limit`` matches among the sentence ids ``allowed``,
        and how many of those match."""
        raise NotImplementedError

    def search(self, words: Sequence[str], *, limit: int = 10,
               document: str | None = None) -> list[SentenceHit]:
        """Sentences holding every word (stemmed), best first."""
        terms = [w for word in words for w in re.findall(r"\w+", word)]
        if not terms:
            return []
        match = " AND ".join('"' + term.replace('"', "") + '"' for term in terms)
        if document is None:
            ids = [row["sid"] for row in self.top_hits(match, limit)]
        else:
            allowed = {row[0] for row in self._rows("SELECT id FROM sentences WHERE document = ?", (document,))}
            ids = [rowid for rowid, _rank, _marked in self.ranked_within(match, allowed, limit)[0]]
        by_id = {row["sid"]: row for row in self.hit_rows(ids)}
        return [SentenceHit(*(by_id[i][k] for k in ("document", "section", "block", "start", "end", "text")))
                for i in ids]

    # ------------------------------------------------------------ documents and facts

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
        """A document's sections in reading order, each with its level and parent."""
        return [Section(*row) for row in self._rows(
            f'SELECT id, label, title, start, "end", {self._section_levels()} FROM sections WHERE document = ?'
            ' ORDER BY start', (document,))]

    def subsections(self, document: str, section: str) -> list[Section]:
        """The sections under ``section`` (an id) of ``document``, at any depth, in reading order."""
        found: list[Section] = []
        under = {section}
        for candidate in self.sections(document):  # a parent always starts before its sub-sections
            if candidate.parent in under:
                under.add(candidate.id)
                found.append(candidate)
        return found

    def has_section(self, name: str, document: str | None = None) -> bool:
        """Whether a section has this id, label or title (any case), in ``document`` or in any."""
        where = f"(id = ? OR {self._nocase_eq('label')} OR {self._nocase_eq('title')})"
        params = [name, name, name]
        if document:
            where += " AND document = ?"
            params.append(document)
        return bool(self._rows(f"SELECT 1 FROM sections WHERE {where} LIMIT 1", params))

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
        sql = ('SELECT q.id, q.document, q.start, q."end", q.value, q.unit, q.qualifier, {high} FROM quantities q '
               f"JOIN documents d ON d.id = q.document{where} ORDER BY d.ordinal, q.start")
        try:
            return [QuantityRow(*row) for row in self._rows(sql.format(high="q.high"), params)]
        except Exception as exc:  # a database of schema version 2 has no quantities.high: every amount exact
            if "high" not in str(exc):
                raise
            return [QuantityRow(*row) for row in self._rows(sql.format(high="NULL"), params)]

    def quotes(self, *, document: str | None = None, speaker: str | None = None) -> list[QuoteRow]:
        where, params = _where({"q.document = ?": document, "q.speaker = ?": speaker})
        words = "q.speaker_start, q.speaker_end" if self.schema_version() >= SPEAKER_PHRASES else "NULL, NULL"
        return [QuoteRow(*row) for row in self._rows(
            f'SELECT q.id, q.document, q.start, q."end", q.kind, q.speaker, q.date, {words} FROM quotes q '
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

    # ------------------------------------------------------------ for questions (ask, qa/)

    def stored_analyses(self) -> Iterator[tuple[str, str, str]]:
        """(id, file hash, analysis JSON) of every document as extracted, before linking,
        in reading order (what an incremental build reuses); read lazily where the backend can."""
        for row in self._rows("SELECT id, sha256, analysis FROM documents ORDER BY ordinal"):
            yield row[0], row[1], row[2]

    def analysis_json(self, doc_id: str) -> str:
        return str(self._rows("SELECT analysis FROM documents WHERE id = ?", (doc_id,))[0][0])

    def sentence_count(self) -> int:
        return int(self._rows("SELECT count(*) FROM sentences")[0][0])

    def content_key(self) -> tuple[tuple[str, str], ...]:
        """(id, file hash) of every document: what a cache of the exhibit's words is keyed by."""
        return tuple((str(r[0]), str(r[1])) for r in self._rows("SELECT id, sha256 FROM documents ORDER BY id"))

    def section_sizes(self) -> list[tuple[str, str | None, int]]:
        """(document, section, sentences) of every section (sentences outside a section: section None)."""
        return [(str(r[0]), r[1], int(r[2])) for r in self._rows(
            "SELECT document, section, count(*) FROM sentences GROUP BY document, section")]

    def section_titles(self, documents: set[str]) -> list[dict[str, Any]]:
        """document, id, label, title of the sections of ``documents``."""
        if not documents:  # "IN ()" is SQLite's, not standard SQL
            return []
        return self._dicts(f"SELECT document, id, label, title FROM sections WHERE document IN ({_marks(documents)})",
                           list(documents))

    def role_sentences(self) -> list[tuple[str, str, str, int, int, str, int]]:
        """(name, aliases JSON, role, role start, role end, sentence text, sentence start) of every role span the
        build stored for a person (``details.roles``), with the sentence it stands in."""
        out = []
        for name, aliases, details in self._rows(
                "SELECT name, aliases, details FROM entities WHERE type = 'person' AND details LIKE '%\"roles\"%'"):
            try:
                roles = json.loads(details or "{}").get("roles", [])
            except ValueError:
                continue
            for r in roles:
                if "start" not in r:  # a role the input states outside its text (``header``): no sentence
                    continue
                found = self._rows('SELECT text, start FROM sentences WHERE document = ? AND start <= ? AND "end" >= ?'
                                   " LIMIT 1", (r["document"], r["start"], r["end"]))
                if found:
                    out.append((name, aliases, r["role"], r["start"], r["end"], found[0][0], found[0][1]))
        return out

    def document_sentence_rows(self, documents: Sequence[str]) -> list[dict[str, Any]]:
        """id, document, section, block, start, end, text, kind (of its block) of every sentence of ``documents``,
        in order (rank 0: no full-text query ranked them)."""
        if not documents:
            return []
        return self._dicts(
            'SELECT s.id, s.document, s.section, s.block, s.start, s."end", s.text, 0.0 AS rank, b.kind AS kind'
            f" FROM sentences s LEFT JOIN blocks b ON b.document = s.document AND b.id = s.block"
            f" WHERE s.document IN ({_marks(documents)}) ORDER BY s.document, s.start", list(documents))

    def sentence_rows(self, ids: Sequence[int]) -> list[dict[str, Any]]:
        """id, document, block, text, start, end of the sentences with these ids (those that exist)."""
        if not ids:
            return []
        return self._dicts(f'SELECT id, document, block, text, start, "end" FROM sentences WHERE id IN ({_marks(ids)})',
                           list(ids))

    def facts_near(self, documents: set[str], spans: Sequence[tuple[str, int, int]]) -> dict[str, list[tuple[Any, ...]]]:
        """The facts a question's candidate sentences may cite: mentions starting inside
        ``spans`` (document, start, end): (document, start, end, type, entity); every date
        (…, edtf), quantity (…, value, unit) and quote (…, kind, speaker) of ``documents``."""
        if not documents or not spans:
            return {"mentions": [], "dates": [], "quantities": [], "quotes": []}
        marks, params = _marks(documents), list(documents)
        within = " OR ".join(["(document = ? AND start >= ? AND start < ?)"] * len(spans))  # by index range
        return {
            "mentions": self._rows(f'SELECT document, start, "end", type, entity FROM mentions WHERE {within}',
                                   [x for span in spans for x in span]),
            "dates": self._rows(f'SELECT document, start, "end", edtf FROM dates WHERE document IN ({marks})', params),
            "quantities": self._rows(
                f'SELECT document, start, "end", value, unit FROM quantities WHERE document IN ({marks})', params),
            "quotes": self._rows(
                f'SELECT document, start, "end", kind, speaker FROM quotes WHERE document IN ({marks})', params),
        }

    def entities_named(self, name: str, limit: int = 20) -> list[dict[str, Any]]:
        """id, type, name, aliases (JSON), lat, lon of entities called ``name`` (any case)
        or having it among their aliases."""
        like = '%"' + name.replace('"', "") + '"%'
        return self._dicts(
            f"SELECT id, type, name, aliases, lat, lon FROM entities WHERE {self._nocase_eq('name')}"
            f" OR {self._nocase_like('aliases')} LIMIT ?", (name, like, limit))

    def places_within(self, lat: tuple[float, float], lon: tuple[float, float]) -> list[dict[str, Any]]:
        """Places (as ``entities_named``) whose coordinates lie in the box."""
        return self._dicts(
            "SELECT id, type, name, aliases, lat, lon FROM entities WHERE type = 'place'"
            " AND lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?", (*lat, *lon))

    def sentence_spans_before(self, document: str, block: str | None, before: int, limit: int) -> list[tuple[int, int]]:
        """(start, end) of the ``limit`` sentences of ``document`` (of ``block`` if given) that
        start before offset ``before``, nearest first."""
        where, params = _where({"s.document = ?": document, "s.start < ?": before, "s.block = ?": block})
        return [(int(a), int(b)) for a, b in self._rows(
            f'SELECT s.start, s."end" FROM sentences s{where} ORDER BY s.start DESC LIMIT ?', [*params, limit])]

    def text_slice(self, document: str, start: int, end: int) -> str:
        """The document's text from ``start`` to ``end`` (empty for an unknown document)."""
        rows = self._rows("SELECT substr(text, ?, ?) FROM documents WHERE id = ?", (start + 1, end - start, document))
        return str(rows[0][0]) if rows else ""

    def mention_sentences(self, entity: str) -> list[dict[str, Any]]:
        """Every mention of ``entity`` with its written form and the sentence holding it: ``mention`` (the text),
        ``at`` and ``to`` (its offsets in the document), and the sentence's id, document, section, start, end, text,
        rank (0) and kind (of its block), in document order."""
        return self._dicts(
            'SELECT substr(d.text, m.start + 1, m."end" - m.start) AS mention, m.start AS at, m."end" AS "to",'
            ' s.id, s.document, s.section, s.start, s."end", s.text, 0.0 AS rank, b.kind AS kind'
            " FROM mentions m JOIN documents d ON d.id = m.document"
            ' JOIN sentences s ON s.document = m.document AND s.start <= m.start AND s."end" >= m."end"'
            " LEFT JOIN blocks b ON b.document = s.document AND b.id = s.block"
            " WHERE m.entity = ? ORDER BY d.ordinal, m.start", (entity,))

    def mentions_inside(self, document: str, start: int, end: int) -> list[tuple[int, int, str, str]]:
        """(start, end, type, entity) of the mentions inside the span, in order (an index range bounded on both
        sides: the open range read every later mention of the document, 30,000 in a long one, per call)."""
        return [(int(a), int(b), t, e) for a, b, t, e in self._rows(
            'SELECT start, "end", type, entity FROM mentions WHERE document = ? AND start >= ? AND start <= ?'
            ' AND "end" <= ? ORDER BY start', (document, start, end, end))]

    # ------------------------------------------------------------ for search

    def _filter_sql(self, f: SentenceFilter) -> tuple[str, list[Any]]:
        """SQL conditions on ``sentences s``; entity and date go through their indexes first."""
        clauses: list[str] = []
        params: list[Any] = []
        if f.document:
            clauses.append("s.document = ?")
            params.append(f.document)
        if f.section:
            named = ("SELECT document, id FROM sections"
                     f" WHERE id = ? OR {self._nocase_eq('label')} OR {self._nocase_eq('title')}")
            if f.subsections and self.schema_version() >= NESTED_SECTIONS:
                named = (f"WITH RECURSIVE picked(document, id) AS ({named} UNION SELECT c.document, c.id"
                         " FROM sections c JOIN picked p ON c.document = p.document AND c.parent = p.id)"
                         " SELECT document, id FROM picked")
            clauses.append(f"(s.document, s.section) IN ({named})")
            params.extend([f.section, f.section, f.section])
        if f.entity:
            clauses.append(f"s.id IN (SELECT {_HOLDER.format(fact='m')} FROM mentions m WHERE m.entity = ?)")
            params.append(f.entity)
        if f.dates:
            # a sentence holding a date of the range, or stating an event dated in it (the day may be
            # written once, in a dateline or a sentence of its own, for the acts that follow)
            lower, upper = f.dates
            pairs, pair_start = self._span_starts("e.evidence", "p")
            clauses.append(
                f"(s.id IN (SELECT {_HOLDER.format(fact='d')} FROM dates d"
                f" WHERE {_day('d.lower', f.dates)} <= ? AND {_day('d.upper', f.dates)} >= ?)"
                f" OR s.id IN (SELECT t.id FROM events e CROSS JOIN {pairs} JOIN sentences t"
                f" ON t.document = e.document AND t.start <= {pair_start} AND t.\"end\" > {pair_start}"
                f" WHERE {_day('e.lower', f.dates)} <= ? AND {_day('e.upper', f.dates)} >= ?))"
            )
            params.extend([day_key(upper), day_key(lower), day_key(upper), day_key(lower)])
        return " AND ".join(clauses), params

    def sentence_ids(self, f: SentenceFilter) -> set[int]:
        """Ids of the sentences the filter lets through (all of them for an empty filter)."""
        where, params = self._filter_sql(f)
        return {row[0] for row in self._rows(f"SELECT s.id FROM sentences s{' WHERE ' + where if where else ''}",
                                             params)}

    def hit_rows(self, ids: Sequence[int]) -> list[dict[str, Any]]:
        """Search-hit columns (sid, document, document_title, section, section_label,
        section_title, block, start, end, text) of these sentences."""
        if not ids:
            return []
        return self._dicts(f"SELECT {_HIT_COLUMNS}{_HIT_FROM} WHERE s.id IN ({_marks(ids)})", list(ids))

    def browse(self, f: SentenceFilter, limit: int) -> tuple[int, list[dict[str, Any]]]:
        """No words, only filters: how many sentences pass, and the first ``limit`` in reading order."""
        where, params = self._filter_sql(f)
        total = self._rows(f"SELECT count(*) FROM sentences s WHERE {where}", params)[0][0]
        rows = self._dicts(f"SELECT {_HIT_COLUMNS}{_HIT_FROM} WHERE {where} ORDER BY d.ordinal, s.start LIMIT ?",
                           [*params, limit])
        return int(total), rows


class SQLiteKnowledgeBase(KnowledgeBase):
    """``KnowledgeBase`` over a (read-only) connection to a vitrina SQLite database (FTS5)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._version: int | None = None

    def schema_version(self) -> int:
        if self._version is None:
            self._version = int(self.conn.execute("PRAGMA user_version").fetchone()[0])
        return self._version

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        try:
            return [tuple(row) for row in self.conn.execute(sql, tuple(params))]
        except sqlite3.OperationalError as exc:
            _raise_if_timeout(exc)
            raise

    def _dicts(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        try:
            cursor = self.conn.execute(sql, tuple(params))
            names = [c[0] for c in cursor.description]
            return [dict(zip(names, row, strict=True)) for row in cursor]
        except sqlite3.OperationalError as exc:
            _raise_if_timeout(exc)
            raise

    def close(self) -> None:
        self.conn.close()

    def check_intact(self) -> None:
        from vitrina.store.db import check_intact

        check_intact(self.conn)

    def stored_analyses(self) -> Iterator[tuple[str, str, str]]:
        for row in self.conn.execute("SELECT id, sha256, analysis FROM documents ORDER BY ordinal"):
            yield row[0], row[1], row[2]

    def set_deadline(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        self.conn.set_progress_handler(lambda: int(time.monotonic() > deadline), 10_000)

    def match_count(self, match: str) -> int:
        return int(self._rows("SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH ?", (match,))[0][0])

    def index_terms(self) -> list[tuple[str, int]]:
        # fts5vocab reads the index's own terms; a temp table, so a read-only database serves it too
        self.conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.sentences_vocab"
                          " USING fts5vocab(main, sentences_fts, row)")
        return [(str(row[0]), int(row[1])) for row in self._rows("SELECT term, doc FROM temp.sentences_vocab")]

    def ranked_sentences(self, match: str, limit: int) -> list[dict[str, Any]]:
        return self._dicts(
            # FTS5 ranks and cuts first (its own sorter); only the kept rows are joined
            "SELECT s.id, s.document, s.section, s.start, s.\"end\", s.text, top.rank AS rank, b.kind AS kind"
            " FROM (SELECT rowid, rank FROM sentences_fts WHERE sentences_fts MATCH ? ORDER BY rank LIMIT ?) AS top"
            " JOIN sentences s ON s.id = top.rowid"
            " LEFT JOIN blocks b ON b.document = s.document AND b.id = s.block ORDER BY top.rank",
            (match, limit))

    def section_match_counts(self, match: str) -> list[tuple[str, str | None, int]]:
        return [(str(r[0]), r[1], int(r[2])) for r in self._rows(
            "SELECT s.document, s.section, count(*) FROM sentences_fts f JOIN sentences s ON s.id = f.rowid"
            " WHERE sentences_fts MATCH ? GROUP BY s.document, s.section", (match,))]

    def ranked_sentences_in(self, match: str, documents: Sequence[str], limit: int) -> list[dict[str, Any]]:
        marks = ",".join("?" * len(documents))
        return self._dicts(
            "SELECT s.id, s.document, s.section, s.start, s.\"end\", s.text, top.rank AS rank, b.kind AS kind"
            " FROM (SELECT f.rowid, f.rank FROM sentences_fts f JOIN sentences x ON x.id = f.rowid"
            f" WHERE sentences_fts MATCH ? AND x.document IN ({marks}) ORDER BY f.rank LIMIT ?) AS top"
            " JOIN sentences s ON s.id = top.rowid"
            " LEFT JOIN blocks b ON b.document = s.document AND b.id = s.block ORDER BY top.rank",
            (match, *documents, limit))

    _RANKED = (
        f"SELECT rowid, rank, highlight(sentences_fts, 0, '{MARK_OPEN}', '{MARK_CLOSE}') AS marked"
        " FROM sentences_fts WHERE sentences_fts MATCH ?"
    )

    def top_hits(self, match: str, limit: int) -> list[dict[str, Any]]:
        # FTS5 ranks and cuts first, highlights only the kept rows
        return self._dicts(
            f"SELECT {_HIT_COLUMNS}, top.rank AS rank, top.marked AS marked"
            f" FROM ({self._RANKED} ORDER BY rank LIMIT ?) AS top JOIN sentences s ON s.id = top.rowid"
            " JOIN documents d ON d.id = s.document"
            " LEFT JOIN sections sec ON sec.document = s.document AND sec.id = s.section ORDER BY top.rank",
            (match, limit))

    def first_hit_page(self, matches: Sequence[str], limit: int,
                       where: SentenceFilter | None = None) -> tuple[Sequence[Sequence[Any]], int]:
        sql, condition, filter_params = _PAGE, "", list[Any]()
        if where:  # needs SQLite 3.35 (MATERIALIZED)
            condition, filter_params = self._filter_sql(where)
            sql = _PAGE_AMONG.replace("{allowed}", condition)
        for number, match in enumerate(matches):
            rows = self._tuples(sql, (*filter_params, match, match, limit) if where else (match, limit))
            if rows:
                return rows, int(rows[0][-1])  # every row ends with the count
            if where and number + 1 < len(matches) and not self._rows(
                    f"SELECT 1 FROM sentences s WHERE {condition} LIMIT 1", filter_params):
                break  # nothing passes the filter: no looser expression can find anything
        return [], 0

    def _tuples(self, sql: str, params: Sequence[Any]) -> list[tuple[Any, ...]]:
        """Rows as plain tuples (cheaper to make and to index than the connection's rows)."""
        cursor = self.conn.cursor()
        cursor.row_factory = None
        try:
            return cursor.execute(sql, params).fetchall()
        except sqlite3.OperationalError as exc:
            _raise_if_timeout(exc)
            raise

    def ranked_within(self, match: str, allowed: set[int], limit: int) -> tuple[list[tuple[int, float, str | None]], int]:
        # found unranked (cheap), ranked over their rowid range, then highlighted
        ids = [row[0] for row in self._rows("SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ?", (match,))
               if row[0] in allowed]
        if not ids:
            return [], 0
        ranked = [r for r in self._rows(
            "SELECT rowid, rank FROM sentences_fts WHERE sentences_fts MATCH ? AND rowid BETWEEN ? AND ? ORDER BY rank",
            (match, ids[0], ids[-1]),
        ) if r[0] in allowed][:limit]
        marked = [self._rows(f"{self._RANKED} AND rowid = ?", (match, rowid)) for rowid, _rank in ranked]
        return [(rowid, rank, m[0][2] if m else None) for (rowid, rank), m in zip(ranked, marked, strict=True)], len(ids)


class QueryTimeout(StoreError):
    """A query ran past the deadline set with ``set_deadline``."""


def _raise_if_timeout(exc: sqlite3.OperationalError) -> None:
    """QueryTimeout for a query interrupted by the deadline (a plain try: no context manager
    on the search path)."""
    if "interrupt" in str(exc):
        raise QueryTimeout("the query took too long") from exc


def meta_mapping(kb: KnowledgeBase, key: str) -> dict[str, str]:
    """The exhibit's meta entry ``key`` holding a JSON object, as {str: str}; empty when it is absent or no
    such object (a record a build keeps: former document ids, copies)."""
    value = kb.meta_value(key)
    if not value:
        return {}
    try:
        found = json.loads(value)
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in found.items()} if isinstance(found, dict) else {}


def as_knowledge_base(source: KnowledgeBase | sqlite3.Connection) -> KnowledgeBase:
    """A store as given, or a SQLite connection wrapped as one."""
    return source if isinstance(source, KnowledgeBase) else SQLiteKnowledgeBase(source)


def _where(conditions: dict[str, Any]) -> tuple[str, list[Any]]:
    """`` WHERE a AND b`` over the conditions whose value is not None, and their parameters."""
    used = {sql: value for sql, value in conditions.items() if value is not None}
    return (" WHERE " + " AND ".join(used) if used else ""), list(used.values())


def _overlap(alias: str, between: tuple[str, str] | None) -> dict[str, Any]:
    if between is None:
        return {}
    return {f"{_day(alias + '.upper', between)} >= ?": day_key(between[0]),
            f"{_day(alias + '.lower', between)} <= ?": day_key(between[1])}


def _day(column: str, between: tuple[str, str]) -> str:
    """``column`` as ``day_key`` in SQL when the range asked for reaches before year 0; else the
    column itself (every day of the range then sorts after every negative one, so plain text order
    is right, and an index on the column is used)."""
    return column if not any(bound.startswith("-") for bound in between) else day_order(column)


def _entity(row: tuple[Any, ...]) -> Entity:
    entity_id, etype, name, aliases, lat, lon, identifier = row
    return Entity(entity_id, etype, name, tuple(json.loads(aliases)), lat, lon, identifier)


def _event(row: tuple[Any, ...]) -> EventRow:
    event_id, document, label, edtf, date_start, date_end, lower, upper, participants, places, evidence = row
    return EventRow(event_id, document, label, edtf, date_start, date_end, lower, upper,
                    tuple(json.loads(participants)), tuple(json.loads(places)),
                    tuple((int(a), int(b)) for a, b in json.loads(evidence)))
