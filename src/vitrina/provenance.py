"""Where a span of a stored document came from in its input: file, page, line, column.

Every stored document keeps its source map (document offsets -> source offsets,
with the line and page of each stretch; see :class:`vitrina.model.SourceMap`).
File, page and line come from it alone. The column needs the decoded input: it is
given when the input file can still be read as text and agrees with the map (the
text of the mapped stretches is the input's text there), as for text, Markdown,
HTML and TEI; for a PDF (whose "source" is text laid out from glyphs) or a file
that has moved or changed, the column is left out rather than guessed.
"""

from __future__ import annotations

import bisect
import functools
import os
import re
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vitrina.archives import read_member
from vitrina.ingest.member import cited_name, split_source
from vitrina.model import Segment, SourceMap, SourceRef
from vitrina.store.read import KnowledgeBase, as_knowledge_base

Locate = Callable[[str, int, int], "dict[str, Any] | None"]  # (document, start, end) -> location
MAX_SOURCE_BYTES = 20 * 1024 * 1024  # a larger input is not read back for columns
CHECKED_SEGMENTS = 8  # mapped stretches compared with the input before trusting it


@dataclass(frozen=True)
class _Located:
    """A document's source map and, when the input reads back, where its lines start."""

    source_map: SourceMap
    line_starts: list[int] | None  # offsets of each line's first character in the input


# loaded maps by (document, content hash, input file version): shared by requests
_LOADED: OrderedDict[tuple[Any, ...], _Located | None] = OrderedDict()
_LOADED_GUARD = threading.Lock()
LOADED_MAPS = 256  # documents whose maps stay loaded


class Provenance:
    """Source locations of spans, for the documents of one database connection."""

    def __init__(self, store: KnowledgeBase | sqlite3.Connection):
        self.conn = as_knowledge_base(store)
        self._maps: dict[str, _Located | None] = {}

    def locate(self, doc_id: str, start: int, end: int) -> dict[str, Any] | None:
        """``{file, page, line, column}`` of ``[start, end)`` (column None when the input
        cannot be read back, and the line then that of the mapped stretch), or None when
        the document has no map. The file is named, not its folder: pages and exports do
        not reveal the builder's paths."""
        found = self._map(doc_id)
        if found is None:
            return None
        where = found.source_map.locate(start, end)
        if where is None:
            return None
        line, column = where.line, None
        if found.line_starts is not None:
            line = bisect.bisect_right(found.line_starts, where.start)
            column = where.start - found.line_starts[line - 1] + 1
        return {"file": cited_name(where.path),
                "page": where.page, "line": line, "column": column}

    def page_starts(self, doc_id: str) -> list[tuple[int, int]]:
        """``(document offset, page)`` where each page of a paged input (a PDF, a TEI file with numbered
        ``pb``) begins in the document's text: the first mapped stretch of each new page."""
        found = self._map(doc_id)
        if found is None:
            return []
        starts: list[tuple[int, int]] = []
        for segment in found.source_map.segments:
            page = segment.ref.page
            if page is not None and (not starts or starts[-1][1] != page):
                starts.append((segment.start, page))
        return starts

    def _map(self, doc_id: str) -> _Located | None:
        if doc_id not in self._maps:
            self._maps[doc_id] = _cached_load(self.conn, doc_id)
        return self._maps[doc_id]


def cited_passages(store: KnowledgeBase | sqlite3.Connection, passages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Cited passages (dicts with ``document``, ``start``, ``end``) as every JSON output gives them --
    ``ask --json``, ``search --json``, ``/ask.json``, ``/search.json``: each with its document's title
    and its ``source`` ``{file, page, line, column}`` (None when the document has no source map)."""
    where = Provenance(store)
    titles: dict[str, str] | None = None
    out = []
    for passage in passages:
        cited = dict(passage)
        if not cited.get("document_title"):
            if titles is None:
                titles = {d["id"]: d["title"] for d in where.conn.document_titles()}
            cited["document_title"] = titles.get(cited["document"], cited["document"])
        cited["source"] = where.locate(cited["document"], cited["start"], cited["end"])
        out.append(cited)
    return out


def _cached_load(conn: KnowledgeBase, doc_id: str) -> _Located | None:
    row = conn.source_of(doc_id)
    if row is None:
        return None
    path = row[1] or row[2]
    try:
        st = os.stat(_file_of(path))
        version: tuple[int, int] | None = (st.st_mtime_ns, st.st_size)
    except OSError:
        version = None
    key = (doc_id, row[0], path, version)
    with _LOADED_GUARD:
        if key in _LOADED:
            _LOADED.move_to_end(key)
            return _LOADED[key]
    found = _load(conn, doc_id)
    with _LOADED_GUARD:
        _LOADED[key] = found
        while len(_LOADED) > LOADED_MAPS:
            _LOADED.popitem(last=False)
    return found


def _load(conn: KnowledgeBase, doc_id: str) -> _Located | None:
    row = conn.source_map(doc_id)
    if row is None or not row[2]:
        return None
    raw = row[2]
    segments = tuple(Segment(s[0], s[1], SourceRef(s[2], s[3], s[4], s[5])) for s in raw.get("segments", []))
    if not segments:
        return None
    path = raw.get("path") or row[0]
    source_text = _readable_source(path)
    exact = source_text is not None and _agrees(row[1], source_text, segments)
    starts = [0, *(m.end() for m in re.finditer("\n", source_text))] if exact and source_text else None
    return _Located(SourceMap(path, segments), starts)


def _agrees(text: str, source: str, segments: tuple[Segment, ...]) -> bool:
    """The first mapped stretches start with the same word in the document and in the
    input, on the lines the map says: then offsets into this input are trustworthy
    (readers normalise spacing inside a stretch, so only its first word is compared, after the stretch's
    leading blanks: a TEI or HTML element's tail, " has left", is mapped from its space on)."""
    checked = 0
    for seg in segments[:CHECKED_SEGMENTS]:
        words = text[seg.start : seg.end].split()
        if not words:
            continue
        at = seg.ref.start
        while at < seg.ref.end and source[at : at + 1].isspace():
            at += 1
        if not source.startswith(words[0], at) or source.count("\n", 0, seg.ref.start) + 1 != seg.ref.line:
            return False
        checked += 1
    return checked > 0


def _readable_source(path: str) -> str | None:
    try:
        st = os.stat(_file_of(path))
    except OSError:
        return None
    if st.st_size > MAX_SOURCE_BYTES and split_source(path) is None:
        return None
    return _read_text(path, st.st_mtime_ns, st.st_size)


def _file_of(path: str) -> str:
    """The file holding an input: the file itself, or the archive holding a member (``a.zip!b/c.txt``)."""
    split = split_source(path)
    return path if split is None else split[0]


@functools.lru_cache(maxsize=16)
def _read_text(path: str, mtime_ns: int, size: int) -> str | None:
    """The input as UTF-8 text (keyed by its version, an archive's for a member), or None if it is not."""
    try:
        data = read_member(path) if split_source(path) is not None else Path(path).read_bytes()
        if data is None or len(data) > MAX_SOURCE_BYTES:
            return None
        return data.decode("utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return None


def describe(location: dict[str, Any] | None) -> str:
    """``"file.xml, page 3, line 12, column 5"`` (only the parts known)."""
    if not location:
        return ""
    parts = [location["file"]]
    parts += [f"{name} {location[name]}" for name in ("page", "line", "column") if location.get(name) is not None]
    return ", ".join(parts)
