"""Span lookups in O(log n): membership in a union of spans, overlap with disjoint spans.

Extraction stages ask "is this offset inside any quote / mention?" once per
token or mention; a scan over every span made them quadratic on long texts.
"""

from __future__ import annotations

import bisect
from typing import Literal

Bounds = Literal["open", "closed", "half"]  # a < x < b, a <= x <= b, a <= x < b


class SpanUnion:
    """Membership in a union of spans (they may overlap or nest)."""

    def __init__(self, spans: list[tuple[int, int]], bounds: Bounds):
        self.bounds = bounds
        self.starts: list[int] = []
        self.ends: list[int] = []
        for a, b in sorted(spans):
            if self.ends and self._joins(a, self.ends[-1]):
                self.ends[-1] = max(self.ends[-1], b)
            else:
                self.starts.append(a)
                self.ends.append(b)

    def _joins(self, start: int, previous_end: int) -> bool:
        # open spans (1, 3) and (3, 5) leave 3 out, so they stay apart
        return start < previous_end if self.bounds == "open" else start <= previous_end

    def holds(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos) - 1
        if i < 0:
            return False
        start, end = self.starts[i], self.ends[i]
        if self.bounds == "open":
            return start < pos < end
        return pos <= end if self.bounds == "closed" else pos < end

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` overlaps a span (``s < end and start < e``; "half" bounds)."""
        # merged spans are disjoint and sorted, so only the last one starting before
        # ``end`` can reach past ``start``
        i = bisect.bisect_left(self.starts, end) - 1
        return i >= 0 and self.ends[i] > start


class DisjointSpans:
    """Spans that never overlap, kept sorted, with an O(log n) clash test."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def clashes(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` overlaps a kept span (``o.start < end and start < o.end``)."""
        i = bisect.bisect_left(self.starts, end) - 1
        # kept spans are disjoint and sorted, so their ends are too: only the last one
        # starting before ``end`` can reach past ``start``
        return i >= 0 and self.ends[i] > start

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_right(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)


class Enclosing:
    """Whether any of some spans (they may overlap or nest, never merged) holds ``[start, end]`` whole:
    ``any(s <= start and end <= e for s, e in spans)`` in O(log n) — the spans sorted by start, with the
    furthest end of each prefix."""

    def __init__(self, spans: list[tuple[int, int]]):
        self.starts: list[int] = []
        self.reach: list[int] = []  # the furthest end of the spans up to each
        for a, b in sorted(spans):
            self.starts.append(a)
            self.reach.append(max(b, self.reach[-1]) if self.reach else b)

    def holds(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.starts, start) - 1
        return i >= 0 and self.reach[i] >= end
