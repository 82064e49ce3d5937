"""Column gutters read off a page's glyph geometry.

A page set in two columns written row by row (a line of the left column, then the line of
the right column on the same baseline, and so on) gives a text layer in which a left line
and a right line in the same type on one baseline run on as one line: nothing in the
content order parts them, only the empty gutter between them. Such a gutter shows in the
other lines of the page: lines ending left of it, from the left part's edge, and lines
starting right of it, at the right part's edge (or a paragraph's indent after it). A wide
gap of a line that lands on such a gutter, crossed by fewer lines than stand beside it, is
a column break: the line is read again parted there (``pdf._text_lines``).

A table's rows cross their gutters on most lines (few lines stand wholly beside it) and
its cells are short (the lines beside a gutter must be a column's text lines), a justified
line's widened spaces fall at no column edge, a full-width line has glyphs in the gutter:
none of them is parted.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from vitrina.structure.geometry import TextLine

# Widths in units of the line's font size.
GUTTER_LIMITS = {
    "gap": 1.5,  # a gap between glyphs at least this wide may be a column gutter (a word space is ~0.25)
    "edge": 0.5,  # a line wholly left of a gap ends at most this far into it
    "indent": 2.0,  # a line starts at a part's column edge within this of the part's start (an indent)
    "lines": 3,  # at least this many lines on each side of the gap, wholly beside it
    "crossing": 1.0,  # ... and at least this many times as many as cross it (a table's rows all cross)
    "measure": 8.0,  # ... of a median width of at least this (a column's text lines, not a table's cells)
}

Gutter = tuple[float, float, float, float]  # the gap's x0 and x1, the line's top and bottom


def column_gutters(lines: Sequence[TextLine]) -> list[Gutter]:
    """The gaps of the page's lines that are column gutters (see the module's docstring)."""
    upright = [line for line in lines if not line.rotated and line.text.strip()]
    candidates = [(line, a, b) for line in upright for a, b in wide_gaps(line)]
    if not candidates:
        return []
    gutters = []
    for line, a, b in candidates:
        crossing = sum(1 for other, oa, ob in candidates if oa <= (a + b) / 2 <= ob)
        if _beside(line, a, b, upright, crossing):
            gutters.append((a, b, line.top, line.bottom))
    return gutters


def wide_gaps(line: TextLine) -> Iterator[tuple[float, float]]:
    """The gaps between two glyphs of the line at least ``gap`` of its size wide."""
    least = GUTTER_LIMITS["gap"] * line.size
    last_x1: float | None = None
    for index, ch in enumerate(line.text):
        if ch.isspace():
            continue
        x0, _, x1, _ = line.box(index)
        if last_x1 is not None and x0 - last_x1 >= least:
            yield last_x1, x0
        last_x1 = x1 if last_x1 is None else max(last_x1, x1)


def _beside(line: TextLine, a: float, b: float, lines: Sequence[TextLine], crossing: int) -> bool:
    """Enough lines stand wholly left of the gap from the line's own left edge, and wholly
    right of it from the edge where the line goes on after it."""
    size = line.size
    left = [other for other in lines if other is not line and other.x1 <= a + GUTTER_LIMITS["edge"] * size
            and _at_edge(other.x0, line.x0, size)]
    if not _column(left, size, crossing):
        return False
    right = [other for other in lines if other is not line and other.x0 >= a and _at_edge(other.x0, b, size)]
    return _column(right, size, crossing)


def _column(lines: Sequence[TextLine], size: float, crossing: int) -> bool:
    """Lines standing beside a gap make a column of text: at least ``lines`` of them, and
    ``crossing`` times the lines crossing the gap, of a median width of ``measure``."""
    if len(lines) < max(GUTTER_LIMITS["lines"], GUTTER_LIMITS["crossing"] * crossing):
        return False
    widths = sorted(line.width for line in lines)
    return widths[len(widths) // 2] >= GUTTER_LIMITS["measure"] * size


def _at_edge(x: float, edge: float, size: float) -> bool:
    return abs(x - edge) <= GUTTER_LIMITS["indent"] * size


def crosses_gutter(gutters: Sequence[Gutter], last_x1: float, x0: float, bottom: float) -> bool:
    """The gap from a glyph ending at ``last_x1`` to one starting at ``x0``, on a line whose
    glyphs reach down to ``bottom``, is one of the gutters."""
    for a, b, top, foot in gutters:
        if last_x1 <= (a + b) / 2 <= x0 and top <= bottom <= foot + 1.0:
            return True
    return False
