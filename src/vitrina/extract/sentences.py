"""Block spans: the unit spaCy runs on, so sentences never cross blocks."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from vitrina.model import Document

_BLANK = re.compile(r"\n[ \t]*\n\s*")


def block_spans(doc: Document) -> list[tuple[int, int]]:
    """Spans of the document's blocks (a translation beside the body left out: it says
    the body again in another language); paragraphs split on blank lines if none."""
    if doc.blocks:
        return [(b.start, b.end) for b in doc.blocks if b.end > b.start and b.kind != "translation"]
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


# clause boundaries: ";", a dash, ", which/who/while/but/whereas", and ", and" when a new
# clause follows (not "and, taking note …", where the same subject goes on)
_CLAUSE_BREAK = re.compile(
    r";|\s[—–]\s|—|,\s+(?:which|who|whom|whose|while|whereas|but)\b|\s(?:while|but)\s"
    r"|,[”'’]?\s+and\s+(?!,)"
)
_RELATIVE = re.compile(r",\s+(?:which|who|whom|whose)\b[^,;]*,")


def clause_at(text: str, sent: tuple[int, int], pos: int) -> tuple[int, int]:
    """The clause of the sentence ``sent`` that holds offset ``pos``.

    A relative clause set off by commas (", who had served since 1801,") is a
    clause of its own; the rest splits at the breaks above.
    """
    ordered = _cuts(text, *sent)
    at = bisect.bisect_right(ordered, pos) - 1  # the last cut at or before ``pos``
    if 0 <= at < len(ordered) - 1:
        return (ordered[at], ordered[at + 1])
    return sent


@lru_cache(maxsize=256)
def _cuts(text: str, start: int, end: int) -> tuple[int, ...]:
    """The clause boundaries of the sentence ``text[start:end]``, its ends included, in order (``clause_at``
    asks for each date and name of a sentence)."""
    cuts = {start, end}
    for m in _RELATIVE.finditer(text, start, end):
        cuts.update({m.start(), m.end()})
    for m in _CLAUSE_BREAK.finditer(text, start, end):
        cuts.update({m.start(), m.end()})
    return tuple(sorted(cuts))
