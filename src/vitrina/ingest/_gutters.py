"""Column gutters read off a page's glyph geometry.

A page set in two columns written row by row (a line of the left column, then the line of
the right column on the same baseline, and so on) gives a text layer in which a left line
and a right line in the same type on one baseline run on as one line: nothing in the
content order parts them, only the empty gutter between them. Each line is cut into pieces
at its wide gaps (``gap``); a gap is a column gutter when the page's pieces show a column on
each side of it: at least ``lines`` other pieces starting where the part left of the gap
starts and ending before the right part starts, and as many starting where the right part
starts (or a paragraph's indent after it), each column's pieces of a median width of at
least ``measure`` (text lines, not a table's cells); the left part may be measured from the
line's start (a typed frame's side "|   |" before the gap, with ``line_start`` on). The line is then read again parted
there (``pdf._text_lines``).

A table's date or figure cells are short (no column of text), a justified line's widened
spaces fall at no column's edge, a full-width line has glyphs in the gutter: none of them
is parted.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from vitrina.structure.geometry import TextLine

# Widths in units of the line's font size.
GUTTER_LIMITS = {
    "gap": 1.5,  # a gap between glyphs at least this wide may be a column gutter (a word space is ~0.25)
    "indent": 2.0,  # a piece starts at a column's edge within this of the part's start (an indent)
    "lines": 3,  # at least this many other pieces of lines make a column on each side of the gap
    "measure": 8.0,  # ... of a median width of at least this (a column's text lines, not a table's cells)
    "reach": 3.0,  # ... one of them on each side at most this far above or below the line (among the columns)
    "foot_slack": 1.0,  # (points: a glyph on the parted line reaches at most this far below its foot)
    "line_start": 1,  # the left column may start where the line starts, its last piece short (a typed frame's side; 0 off)
    "exact_pieces": 64,  # (the line's own pieces are left out of a list this short; of a longer one they move nothing)
}

Gutter = tuple[float, float, float, float]  # the gap's x0 and x1, the line's top and bottom
Piece = tuple[float, float, int]  # x0, x1 of a run of glyphs between wide gaps, and its line's index


def column_gutters(lines: Sequence[TextLine]) -> list[Gutter]:
    """The gaps of the page's lines that are column gutters (see the module's docstring)."""
    upright = [line for line in lines if not line.rotated and line.text.strip()]
    cut = [pieces(line) for line in upright]
    if all(len(parts) < 2 for parts in cut):
        return []
    columns = _Columns(upright, cut)
    gutters = []
    for n, parts in enumerate(cut):
        line = upright[n]
        reach = GUTTER_LIMITS["indent"] * line.size
        for (x0, a), (b, _) in zip(parts, parts[1:], strict=False):
            # pieces starting where the left part starts and ending before the right part starts,
            # and pieces starting where the right part starts (all of them right of the gap's start)
            left = columns.column(n, line, x0, reach, "left", b) or (
                bool(GUTTER_LIMITS["line_start"]) and x0 != parts[0][0]
                and columns.column(n, line, parts[0][0], reach, "left", b))
            if left and columns.column(n, line, b, reach, "right", max(a, b - reach)):
                gutters.append((a, b, line.top, line.bottom))
    return gutters


class _Columns:
    """The page's pieces by left edge; the pieces beside an edge are gathered once for every
    line asking (a table's rows ask the same question: a page of many rows stays quick)."""

    def __init__(self, lines: Sequence[TextLine], cut: Sequence[list[tuple[float, float]]]):
        self.feet = [line.bottom for line in lines]
        self.every = sorted((x0, x1, n) for n, parts in enumerate(cut) for x0, x1 in parts)
        self.starts = [p[0] for p in self.every]
        self.found: dict[tuple[float, float, str, float], tuple[list[Piece], list[float], list[tuple[float, int]]]] = {}

    def column(self, n: int, line: TextLine, edge: float, reach: float, side: str, bound: float) -> bool:
        """Pieces of lines other than line ``n``, starting within ``reach`` of ``edge`` and
        ending by ``bound`` (side "left") or starting from it ("right"), make a column of
        text beside the gap: at least ``lines`` of them, of a median width of ``measure``,
        one within ``reach`` (the gutter limit) of the line (a running head over the
        columns is no line of them)."""
        key = (edge, bound, side, reach)
        if key not in self.found:
            lo = bisect.bisect_left(self.starts, edge - reach)
            hi = bisect.bisect_right(self.starts, edge + reach)
            kept = [p for p in self.every[lo:hi] if (p[1] <= bound if side == "left" else p[0] >= bound)]
            self.found[key] = (kept, sorted(x1 - x0 for x0, x1, _ in kept), sorted((self.feet[k], k) for _, _, k in kept))
        kept, widths, feet = self.found[key]
        own = sum(1 for p in kept if p[2] == n) if len(kept) <= GUTTER_LIMITS["exact_pieces"] else 0
        if len(kept) - own < GUTTER_LIMITS["lines"]:
            return False
        if own:  # a short list: its median without the line's own pieces
            widths = sorted(x1 - x0 for x0, x1, k in kept if k != n)
        if widths[len(widths) // 2] < GUTTER_LIMITS["measure"] * line.size:
            return False
        near = GUTTER_LIMITS["reach"] * line.size
        lo = bisect.bisect_left(feet, (line.bottom - near, -1))
        hi = bisect.bisect_right(feet, (line.bottom + near, len(self.feet)))
        return any(k != n for _, k in feet[lo:hi])


def pieces(line: TextLine) -> list[tuple[float, float]]:
    """The runs of the line's glyphs between gaps at least ``gap`` of its size wide."""
    least = GUTTER_LIMITS["gap"] * line.size
    out: list[tuple[float, float]] = []
    start = end = None
    for index, ch in enumerate(line.text):
        if ch.isspace():
            continue
        x0, _, x1, _ = line.box(index)
        if start is None or end is None:
            start, end = x0, x1
        elif x0 - end >= least:
            out.append((start, end))
            start, end = x0, x1
        else:
            end = max(end, x1)
    if start is not None and end is not None:
        out.append((start, end))
    return out


def crosses_gutter(gutters: Sequence[Gutter], last_x1: float, x0: float, bottom: float) -> bool:
    """The gap from a glyph ending at ``last_x1`` to one starting at ``x0``, on a line whose
    glyphs reach down to ``bottom``, is one of the gutters."""
    for a, b, top, foot in gutters:
        if last_x1 <= (a + b) / 2 <= x0 and top <= bottom <= foot + GUTTER_LIMITS["foot_slack"]:
            return True
    return False
