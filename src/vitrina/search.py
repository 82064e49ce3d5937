"""Full-text search over sentences: safe query parsing, filters, escaped snippets.

User text never reaches FTS5 syntax directly: we split it into word tokens
the way FTS5's ``unicode61`` tokenizer does, quote every token, and build the
MATCH expression ourselves. Strategies go from strict to loose (all words,
all words with prefix matching, any word, any word by prefix) and the first
that finds something wins.
"""

from __future__ import annotations

import html
import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from vitrina.edtf_bounds import bounds
from vitrina.errors import UsageError

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_PHRASE = re.compile(r"\"([^\"]*)\"")
_OPERATORS = frozenset({"AND", "OR", "NOT", "NEAR"})
_OPEN, _CLOSE = "\ue000", "\ue001"  # private-use markers for highlight()
_MARKERS = re.compile(f"{_OPEN}|{_CLOSE}")
SNIPPET_CHARS = 240


# ------------------------------------------------------------ query parsing


@dataclass(frozen=True)
class ParsedQuery:
    """Words and quoted phrases of a user query, each a tuple of tokens."""

    terms: tuple[tuple[str, ...], ...]

    @property
    def words(self) -> list[str]:
        return [w for term in self.terms for w in term]


def tokens(text: str) -> list[str]:
    """Word tokens as FTS5's unicode61 tokenizer sees them (letters, digits)."""
    return [t.lower() for t in _WORD.findall(text)]


def parse_query(query: str) -> ParsedQuery:
    """Quoted phrases stay phrases; bare operator words (AND, NEAR…) are dropped."""
    terms: list[tuple[str, ...]] = []
    rest = query
    for match in _PHRASE.finditer(query):
        words = tokens(match.group(1))
        if words:
            terms.append(tuple(words))
    rest = _PHRASE.sub(" ", query).replace('"', " ")
    bare = _WORD.findall(rest)
    kept = [w for w in bare if w not in _OPERATORS] or bare
    terms.extend((w.lower(),) for w in kept)
    unique: list[tuple[str, ...]] = []
    for term in terms:
        if term not in unique:
            unique.append(term)
    return ParsedQuery(tuple(unique))


def _quote(term: Sequence[str], prefix: bool = False) -> str:
    body = '"' + " ".join(term) + '"'
    return body + "*" if prefix else body


def match_expressions(parsed: ParsedQuery) -> list[str]:
    """MATCH expressions from strict to loose; every one is valid FTS5 syntax."""
    if not parsed.terms:
        return []
    exact = [_quote(t) for t in parsed.terms]
    prefixed = [_quote(t, prefix=len(t) == 1 and len(t[0]) >= 3) for t in parsed.terms]
    candidates = [" AND ".join(exact), " AND ".join(prefixed), " OR ".join(exact), " OR ".join(prefixed)]
    seen: list[str] = []
    for expr in candidates:
        if expr not in seen:
            seen.append(expr)
    return seen


# ------------------------------------------------------------ filters


def _to_edtf(text: str) -> str | None:
    try:
        from vitrina.extract.edtf_text import to_edtf
    except ImportError:
        return None
    try:
        return to_edtf(text)
    except Exception:  # a colleague's parser: never let it break a search
        return None


_YEAR_RANGE = re.compile(r"^\s*(\d{3,4})\s*(?:/|-|–|—|to|until)\s*(\d{3,4})\s*$")


def date_bounds(value: str) -> tuple[str, str]:
    """ISO (lower, upper) of an EDTF value, a plain-English date or a year range."""
    value = value.strip()
    lower, upper = bounds(value)
    if lower is None or upper is None:
        edtf_value = _to_edtf(value)
        if edtf_value:
            lower, upper = bounds(edtf_value)
    if lower is None or upper is None:
        match = _YEAR_RANGE.match(value)
        if match:
            lower, upper = f"{int(match.group(1)):04d}-01-01", f"{int(match.group(2)):04d}-12-31"
    if lower is None or upper is None:
        raise UsageError(f"cannot read the date {value!r} (try 1941, 1941-06, 1941/1943)")
    return lower, upper


# the sentence holding a fact's first character: one index seek per fact
_HOLDER = (
    "(SELECT t.id FROM sentences t WHERE t.document = {fact}.document AND t.start <= {fact}.start"
    " ORDER BY t.start DESC LIMIT 1)"
)


def _filter_sql(
    document: str | None,
    section: str | None,
    entity: str | None,
    date: str | None,
) -> tuple[str, list[Any]]:
    """SQL conditions on ``sentences s``; entity and date go through their indexes first."""
    clauses: list[str] = []
    params: list[Any] = []
    if document:
        clauses.append("s.document = ?")
        params.append(document)
    if section:
        clauses.append(
            "(s.document, s.section) IN (SELECT document, id FROM sections"
            " WHERE id = ? OR label = ? COLLATE NOCASE OR title = ? COLLATE NOCASE)"
        )
        params.extend([section, section, section])
    if entity:
        clauses.append(
            f"s.id IN (SELECT {_HOLDER.format(fact='m')} FROM mentions m WHERE m.entity = ?)"
        )
        params.append(entity)
    if date:
        lower, upper = date_bounds(date)
        clauses.append(
            f"s.id IN (SELECT {_HOLDER.format(fact='d')} FROM dates d WHERE d.lower <= ? AND d.upper >= ?)"
        )
        params.extend([upper, lower])
    return " AND ".join(clauses), params


# ------------------------------------------------------------ snippets


def _unmark(highlighted: str) -> tuple[str, list[tuple[int, int]]]:
    """Plain text and marked spans from a highlight() result."""
    parts = _MARKERS.split(highlighted)
    spans: list[tuple[int, int]] = []
    length = 0
    for i, part in enumerate(parts):
        if i % 2 == 1:  # inside a mark
            spans.append((length, length + len(part)))
        length += len(part)
    return "".join(parts), spans


def render_snippet(text: str, spans: Sequence[tuple[int, int]], max_chars: int = SNIPPET_CHARS) -> str:
    """HTML-escaped text with ``spans`` wrapped in <mark>, cut around the first match."""
    lo, hi = 0, len(text)
    if len(text) > max_chars:
        centre = spans[0][0] if spans else 0
        lo = max(0, centre - max_chars // 3)
        hi = min(len(text), lo + max_chars)
        lo = max(0, hi - max_chars)
        if lo > 0:
            space = text.find(" ", lo)
            lo = space + 1 if 0 <= space < lo + 20 else lo
        if hi < len(text):
            space = text.rfind(" ", lo, hi)
            hi = space if space > hi - 20 else hi
    out: list[str] = ["\u2026" if lo > 0 else ""]
    cursor = lo
    for start, end in sorted(spans):
        start, end = max(start, cursor), min(end, hi)
        if start >= end:
            continue
        out.append(html.escape(text[cursor:start]))
        out.append(f"<mark>{html.escape(text[start:end])}</mark>")
        cursor = end
    out.append(html.escape(text[cursor:hi]))
    out.append("\u2026" if hi < len(text) else "")
    return "".join(out)


# ------------------------------------------------------------ search

_HIT_COLUMNS = (
    "s.id AS sid, s.document, d.title AS document_title, s.section, sec.label AS section_label,"
    " sec.title AS section_title, s.block, s.start, s.\"end\", s.text"
)
_FROM = (
    " FROM sentences s JOIN documents d ON d.id = s.document"
    " LEFT JOIN sections sec ON sec.document = s.document AND sec.id = s.section"
)


def search(
    conn: sqlite3.Connection,
    query: str,
    *,
    document: str | None = None,
    section: str | None = None,
    entity: str | None = None,
    date: str | None = None,
    limit: int = 10,
) -> dict[str, Any]:
    """Sentences matching ``query`` (BM25 order) under the given filters."""
    where, params = _filter_sql(document, section, entity, date)
    parsed = parse_query(query or "")
    limit = max(1, int(limit))
    if not parsed.terms:
        if not where:
            return {"query": query, "total": 0, "hits": []}
        return _browse(conn, query, where, params, limit)
    allowed = {row[0] for row in conn.execute(f"SELECT s.id FROM sentences s WHERE {where}", params)} if where else None
    if allowed is not None and not allowed:
        return {"query": query, "total": 0, "hits": []}
    for expr in match_expressions(parsed):
        if allowed is None:
            hits, total = _top_hits(conn, expr, limit)
            if hits:
                return {"query": query, "total": total, "hits": hits}
            continue
        ranked, total = _top_within(conn, expr, allowed, limit)
        if ranked:
            return {"query": query, "total": total, "hits": _hits(conn, ranked)}
    return {"query": query, "total": 0, "hits": []}


_RANKED = (
    f"SELECT rowid, rank, highlight(sentences_fts, 0, '{_OPEN}', '{_CLOSE}') AS marked"
    " FROM sentences_fts WHERE sentences_fts MATCH ?"
)


_TOP_HITS = (
    f"SELECT {_HIT_COLUMNS}, top.rank AS rank, top.marked AS marked"
    f" FROM ({_RANKED} ORDER BY rank LIMIT ?) AS top JOIN sentences s ON s.id = top.rowid"
    " JOIN documents d ON d.id = s.document"
    " LEFT JOIN sections sec ON sec.document = s.document AND sec.id = s.section ORDER BY top.rank"
)


def _top_hits(conn: sqlite3.Connection, expr: str, limit: int) -> tuple[list[dict[str, Any]], int]:
    """The best ``limit`` matches with their details in one statement (FTS5 ranks and cuts first,
    highlights only those rows) and the match count (counted only when the page is full)."""
    rows = conn.execute(_TOP_HITS, (expr, limit)).fetchall()
    hits = [_hit(row) for row in rows]
    if len(rows) < limit:
        return hits, len(rows)
    total = conn.execute("SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH ?", (expr,)).fetchone()[0]
    return hits, total


def _top_within(conn: sqlite3.Connection, expr: str, allowed: set[int], limit: int) -> tuple[list[tuple], int]:
    """Matches among the filtered ids: found unranked (cheap), ranked over their rowid range, then highlighted."""
    ids = [row[0] for row in conn.execute("SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ?", (expr,))
           if row[0] in allowed]
    if not ids:
        return [], 0
    ranked = [r for r in conn.execute(
        "SELECT rowid, rank FROM sentences_fts WHERE sentences_fts MATCH ? AND rowid BETWEEN ? AND ? ORDER BY rank",
        (expr, ids[0], ids[-1]),
    ) if r[0] in allowed][:limit]
    marked = [conn.execute(f"{_RANKED} AND rowid = ?", (expr, rowid)).fetchone() for rowid, _rank in ranked]
    return [(rowid, rank, m[2] if m else None) for (rowid, rank), m in zip(ranked, marked, strict=True)], len(ids)


def _hits(conn: sqlite3.Connection, ranked: list[tuple]) -> list[dict[str, Any]]:
    """Hit details for the ranked ids (highlights already computed), in one query."""
    marks = ",".join("?" * len(ranked))
    rows = conn.execute(
        f"SELECT {_HIT_COLUMNS}, 0.0 AS rank, NULL AS marked{_FROM} WHERE s.id IN ({marks})",
        [r[0] for r in ranked],
    ).fetchall()
    by_id = {row["sid"]: row for row in rows}
    return [_hit(by_id[rowid], rank, marked) for rowid, rank, marked in ranked if rowid in by_id]


def _browse(conn: sqlite3.Connection, query: str, where: str, params: list[Any], limit: int) -> dict:
    """No words, only filters: matching sentences in reading order."""
    total = conn.execute(f"SELECT count(*) FROM sentences s WHERE {where}", params).fetchone()[0]
    rows = conn.execute(
        f"SELECT {_HIT_COLUMNS}, 0.0 AS rank, NULL AS marked{_FROM} WHERE {where}"
        " ORDER BY d.ordinal, s.start LIMIT ?",
        [*params, limit],
    ).fetchall()
    return {"query": query, "total": total, "hits": [_hit(row) for row in rows]}


def _hit(row: sqlite3.Row, rank: float | None = None, marked: str | None = None) -> dict[str, Any]:
    text = row["text"]
    spans: list[tuple[int, int]] = []
    marked = marked if marked is not None else row["marked"]
    if marked is not None:
        plain, spans = _unmark(marked)
        if plain != text:  # marker characters inside the text itself: no marks
            spans = []
    if spans and len(text) <= SNIPPET_CHARS:  # short: the marked text escaped whole (markers survive escaping)
        snippet = html.escape(marked or "").replace(_OPEN, "<mark>").replace(_CLOSE, "</mark>")
    else:
        snippet = render_snippet(text, spans)
    return {
        "document": row["document"],
        "document_title": row["document_title"],
        "section": row["section"],
        "section_label": row["section_label"],
        "section_title": row["section_title"],
        "block": row["block"],
        "start": row["start"],
        "end": row["end"],
        "text": text,
        "snippet": snippet,
        "matches": [list(span) for span in spans],  # offsets of the matched words in "text"
        "score": round(-float(row["rank"] if rank is None else rank), 4),
    }
