"""Block spans: the unit spaCy runs on, so sentences never cross blocks."""

from __future__ import annotations

import re

from vitrina.model import Document

_BLANK = re.compile(r"\n[ \t]*\n\s*")


def block_spans(doc: Document) -> list[tuple[int, int]]:
    """Spans of the document's blocks; paragraphs split on blank lines if none."""
    if doc.blocks:
        return [(b.start, b.end) for b in doc.blocks if b.end > b.start]
    spans, pos = [], 0
    for m in _BLANK.finditer(doc.text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(doc.text)))
    return [(s, e) for s, e in spans if doc.text[s:e].strip()]


def containing(spans: list[tuple[int, int]], start: int, end: int) -> tuple[int, int] | None:
    """The first span that contains ``[start, end)``, else the one holding ``start``."""
    for s, e in spans:
        if s <= start and end <= e:
            return (s, e)
    for s, e in spans:
        if s <= start < e:
            return (s, e)
    return None
