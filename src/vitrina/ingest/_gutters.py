"""Column gutters read off a page's glyph geometry.

A page set in two columns written row by row (a line of the left column, then the line of
the right column on the same baseline, and so on) gives a text layer in which a left line
and a right line in the same type on one baseline run on as one line: nothing in the
content order parts them, only the empty gutter between them. Each line is cut into pieces
at its wide gaps (``gap``); a gap is a column gutter when the page's pieces show a column on
each side of it: at least ``lines`` other pieces starting where the part left of the gap
starts and ending before the right part starts, and as many starting where the right part
starts (or a paragraph's indent after it), each column's pieces of a median width of at
least ``measure`` (text lines, not a table's cells). The line is then read again parted
there (``pdf._text_lines``).

A table's date or figure cells are short (no column of text), a justified line's widened
spaces fall at no column's edge, a full-width line has glyphs in the gutter: none of them
is parted.
"""

from __future__ import annotations

from collections.abc import Sequence

from vitrina.structure.geometry import TextLine

# Widths in units of the line's font size.
GUTTER_LIMITS = {
    "gap": 1.5,  # a gap between glyphs at least this wide may be a column gutter (a word space is ~0.25)
    "indent": 2.0,  # a piece starts at a column's edge within this of the part's start (an indent)
    "lines": 3,  # at least this many other pieces of lines make a column on each side of the gap
    "measure": 8.0,  # ... of a median width of at least this (a column's text lines, not a table's cells)
    "reach": 3.0,  # ... one of them on each side at most this far above or below the line (among the columns)
}

Gutter = tuple[float, float, float, float]  # the gap's x0 and x1, the line's top and bottom
Piece = tuple[float, float, int]  # x0, x1 of a run of glyphs between wide gaps, and its line's index


def column_gutters(lines: Sequence[TextLine]) -> list[Gutter]:
    """The gaps of the page's lines that are column gutters (see the module's docstring)."""
    upright = [line for line in lines if not line.rotated and line.text.strip()]
    cut = [pieces(line) for line in upright]
    if all(len(parts) < 2 for parts in cut):
        return []
    every = [(x0, x1, n) for n, parts in enumerate(cut) for x0, x1 in parts]
    feet = [line.bottom for line in upright]
    gutters = []
    for n, parts in enumerate(cut):
        size = upright[n].size
        for (x0, a), (b, _) in zip(parts, parts[1:], strict=False):
            left = [p for p in every if p[2] != n and p[1] <= b and abs(p[0] - x0) <= GUTTER_LIMITS["indent"] * size]
            right = [p for p in every if p[2] != n and p[0] >= a and abs(p[0] - b) <= GUTTER_LIMITS["indent"] * size]
            if _column(left, upright[n], feet) and _column(right, upright[n], feet):
                gutters.append((a, b, upright[n].top, upright[n].bottom))
    return gutters


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


def _column(pieces: Sequence[Piece], line: TextLine, feet: Sequence[float]) -> bool:
    """Pieces of lines beside a gap of ``line`` make a column of text beside it: at least
    ``lines`` of them, of a median width of ``measure``, one within ``reach`` of the line
    (``feet``: the baselines of the pieces' lines by index; a running head over the columns
    is no line of them)."""
    if len(pieces) < GUTTER_LIMITS["lines"]:
        return False
    widths = sorted(x1 - x0 for x0, x1, _ in pieces)
    reach = GUTTER_LIMITS["reach"] * line.size
    return (widths[len(widths) // 2] >= GUTTER_LIMITS["measure"] * line.size
            and any(abs(feet[n] - line.bottom) <= reach for _, _, n in pieces))


def crosses_gutter(gutters: Sequence[Gutter], last_x1: float, x0: float, bottom: float) -> bool:
    """The gap from a glyph ending at ``last_x1`` to one starting at ``x0``, on a line whose
    glyphs reach down to ``bottom``, is one of the gutters."""
    for a, b, top, foot in gutters:
        if last_x1 <= (a + b) / 2 <= x0 and top <= bottom <= foot + 1.0:
            return True
    return False
