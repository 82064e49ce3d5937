"""Label–value tables on a PDF page ("Key facts": "Ship" | "Batavia …"), found by geometry.

A small fact table sets a bold label cell and a plain value cell (or a plain label and a
bold figure: "Length" | "**39 metres**") on one baseline, row under
row, every value the same distance right of its label (or every value ending at one
right edge: figures set flush right) (or a value of two or three lines
with its label centred beside them: "Cat. 3" | an object / its lender); a cell may wrap onto a line of its
own under it, and the table may go on at the head of the next column. Such a table holds
no prose (the layout golds leave tables out, and read as text its rows become headings
and captions), so its lines, the values' column heads over its first row and the short bold
title line over them, are taken out of the page before the layout is read (``pdf_without_key_tables``).
"""

from __future__ import annotations

import re

from vitrina.structure.cues import date_alone, ends_sentence, in_capitals
from vitrina.structure.geometry import PdfContent, TextLine

LIMITS = {
    "min_rows": 3,  # rows at least in a label–value table
    "label_words": 6,  # words at most in a label cell
    "title_words": 6,  # words at most in the title line over the table
    "baseline": 0.3,  # label and value tops this close, in font sizes, share a row
    "row_shift": 1.5,  # ... or, a bold label and its one-line value, tops this far apart (in font sizes) the same
    # way in every row (a tinted label cell setting its text lower or higher than its value's; round 44, 0: off)
    "column": 0.2,  # a cell's left edge this close to its column's, in font sizes
    "title_gap": 3.0,  # the title's top at most this many font sizes over the first row's
    "merged_rows": 1,  # a row read as one line, its value's first word at the values' edge, goes on a table (round 45; 0 off)
    "clear_title_gap": 5.0,  # ... over a table set across, this many when no line stands between them (a boxed
    # table's padding; round 45, 0: off)
    "cell_lines": 3,  # a value cell beside a label centred in its row holds at most this many lines
    "cell_pitch": 1.6,  # ... each at most this many of its font sizes under the one before
    # a wrapped cell's line under the last row stands at most this many of the table's row pitches (label to
    # label) under the line before it (round 48, structset57: 0 off)
    "wrap_pitch": 1.5,
    "cell_size": 0.1,  # label and value cells (and the title over them) differ in size by at most this share
    "column_heads": 1,  # the values' column heads over the first row go with the table (1; 0 off)
    "label_heads": 1,  # a title-like row over the first reaching over the values holds all the column heads: a title may stand over it (0 off)
    "across": 1,  # a table set across, its label cells side by side on one baseline over their values (1; 0 off)
    "across_gap": 2.5,  # ... a value cell's first line at most this many of its label's sizes under it
    "symbol_rows": 1,  # rows of a short label and signs only ("A · —": a code or a key's symbols) are a table (round 44; 0 off)
    "symbol_pitch": 2.5,  # ... each row's top at most this many font sizes under the one before
    "symbol_column": 0.5,  # ... its left edge this close to the first row's, in font sizes
    "dated_across": 1,  # ... or dates in plain type over value cells in other type, none ending a sentence (a timeline band; 0 off)
}


def pdf_without_key_tables(content: PdfContent) -> PdfContent:
    """``content`` with every label–value table's lines (and its title) left out."""
    return content.without_lines(key_table_lines)


def key_table_lines(lines: list[TextLine]) -> set[int]:
    """The indices of the lines of label–value tables (see the module text)."""
    drop: set[int] = _symbol_rows(lines) if LIMITS["symbol_rows"] else set()
    n = 0
    while n < len(lines):
        across = _across_table(lines, n) if LIMITS["across"] and n not in drop else set()
        if across:
            drop.update(across)
            n += 1
            continue
        run = _table_run(lines, n)
        if run is None:
            n += 1
            continue
        rows, end = run
        if rows >= LIMITS["min_rows"]:
            drop.update(range(n, end))
            top = n
            if top > 0 and LIMITS["column_heads"] and _header_over(lines[top - 1], lines[n], lines[n + 1]):
                top -= 1
                drop.add(top)
            if top > 0 and _title_over(lines[top - 1], lines[n], lines[top]):
                drop.add(top - 1)
                heads = lines[top - 1]
                if (LIMITS["label_heads"] and top > 1 and top == n and heads.x1 > lines[n + 1].x0
                        and _title_over(lines[top - 2], lines[n], heads)):
                    drop.add(top - 2)  # the heads row with the label column's head, its title over it
            n = end
        else:
            n += 1
    return drop


_SYMBOL_LABEL = re.compile(r"^[^\W_]{1,3}$")


def _symbol_row(line: TextLine) -> bool:
    """A line of a short label (one to three letters or digits) then signs only, no letter or digit
    among them ("A · —", "7 ★★"): a row of a code table or a key of symbols, not words."""
    words = line.text.split()
    return (len(words) >= 2 and bool(_SYMBOL_LABEL.match(words[0]))
            and not any(ch.isalnum() for word in words[1:] for ch in word))


def _symbol_rows(lines: list[TextLine]) -> set[int]:
    """The indices of runs of ``min_rows`` symbol rows or more (``_symbol_row``), in one type size,
    each starting at the first's left edge (within ``symbol_column`` of its size) right under the
    row before (within ``symbol_pitch``): a table of a code, set as lines."""
    found: set[int] = set()
    n = 0
    while n < len(lines):
        first = lines[n]
        end = n + 1
        if _symbol_row(first):
            while end < len(lines) and _symbol_row(lines[end]) and (
                    abs(lines[end].x0 - first.x0) <= LIMITS["symbol_column"] * first.size
                    and abs(lines[end].size - first.size) <= LIMITS["cell_size"] * first.size
                    and 0 < lines[end].top - lines[end - 1].top <= LIMITS["symbol_pitch"] * first.size):
                end += 1
            if end - n >= LIMITS["min_rows"]:
                found.update(range(n, end))
        n = end
    return found


def _across_table(lines: list[TextLine], n: int) -> set[int]:
    """The lines of a table set across from the label cell ``n`` (empty if none): at least
    ``min_rows`` short bold lines on the label's baseline, side by side, each over a plain
    value cell in its type starting at its left edge (one to ``cell_lines`` lines, the first at
    most ``across_gap`` of the label's size under it, each next at most ``cell_pitch`` of its size
    under the one before), the values' first lines on one baseline:
    a timeline or a fact table turned on its side ("1 1704" over "Mill wheel built"
    beside "2 1714" over …), and the short bold title right over its first label."""
    first = lines[n]
    dated = bool(LIMITS["dated_across"]) and not first.bold and date_alone(first.text.strip())
    if not ((first.bold or dated) and _label_cell(first)):
        return set()
    labels = sorted((k for k, line in enumerate(lines) if line.bold == first.bold and _label_cell(line)
                     and (not dated or date_alone(line.text.strip()))
                     and abs(line.top - first.top) <= LIMITS["baseline"] * first.size
                     and abs(line.size - first.size) <= LIMITS["cell_size"] * first.size), key=lambda k: lines[k].x0)
    if labels[0] != n or len(labels) < LIMITS["min_rows"]:
        return set()
    taken, tops = set(labels), []
    for left, right in zip(labels, [*labels[1:], None], strict=True):
        cell = _cell_under(lines, left, None if right is None else lines[right].x0, dated)
        if not cell:
            return set()
        taken.update(cell)
        tops.append(lines[cell[0]].top)
    if max(tops) - min(tops) > LIMITS["baseline"] * first.size:
        return set()
    title = [k for k, line in enumerate(lines) if k not in taken
             and (_title_over(line, first) or dated and _band_title_over(line, first, lines[min(taken - {n})])
                  or _title_over(line, first, reach=LIMITS["clear_title_gap"]) and not _between(lines, line, first))]
    return taken | set(title[:1])


def _between(lines: list[TextLine], over: TextLine, under: TextLine) -> bool:
    """Some line stands between ``over`` and ``under``, sharing some of their width."""
    left, right = min(over.x0, under.x0), max(over.x1, under.x1)
    return any(line is not over and line is not under and over.bottom <= line.top and line.bottom <= under.top
               and line.x0 < right and left < line.x1 for line in lines)


def _band_title_over(line: TextLine, first: TextLine, value: TextLine) -> bool:
    """A short line ending no sentence, in bold or capitals, at the first date's left edge,
    in type no smaller than the values', right over the first date: a timeline band's title."""
    text = line.text.strip()
    return ((line.bold or in_capitals(text)) and 0 < len(text.split()) <= LIMITS["title_words"]
            and not ends_sentence(text) and abs(line.x0 - first.x0) <= LIMITS["column"] * first.size * 5
            and line.size >= (1 - LIMITS["cell_size"]) * value.size
            and 0 < first.top - line.top <= LIMITS["title_gap"] * line.size)


def _cell_under(lines: list[TextLine], label: int, limit: float | None, dated: bool = False) -> list[int]:
    """The plain lines of the value cell under label cell ``label``: at its left edge, in
    its type, each right under the one before (and ending left of ``limit``, the next label).
    Under a ``dated`` label (a date in plain type) the cell is in a smaller type than the
    date's, one size throughout, and no line of it ends a sentence (a row in note form)."""
    head = lines[label]
    near = LIMITS["column"] * head.size
    below = sorted((k for k, line in enumerate(lines) if not line.bold and abs(line.x0 - head.x0) <= near
                    and line.top > head.top and (limit is None or line.x1 < limit)
                    and (line.size < (1 - LIMITS["cell_size"]) * head.size if dated
                         else abs(line.size - head.size) <= LIMITS["cell_size"] * head.size)),
                   key=lambda k: lines[k].top)
    cell: list[int] = []
    last = head
    for k in below:
        reach = LIMITS["cell_pitch"] if cell else LIMITS["across_gap"]
        if not 0 < lines[k].top - last.top <= reach * last.size:
            break
        cell.append(k)
        last = lines[k]
    if dated and (any(ends_sentence(lines[k].text.strip()) or abs(lines[k].size - lines[cell[0]].size) > LIMITS["cell_size"] * lines[k].size
                      for k in cell)):
        return []
    return cell if len(cell) <= LIMITS["cell_lines"] else []  # (a longer run is a column of text)


def _row(lines: list[TextLine], n: int) -> tuple[float, float, int, float] | None:
    """The value's offsets from its label (its left edge's and its right edge's: values
    set flush left or flush right in their column, as figures are), the number of lines the row takes
    and how far the value's top stands from the label's (0 on one baseline) when line
    ``n`` is a row's label cell and the lines after it its value cell, else None. The value
    is one line on the label's baseline (or, beside a bold label, shifted by at most ``row_shift``
    of its size: ``_table_run`` asks the same shift of every row), or a cell of two lines or more (its
    first in the label's type, the rest no larger: an object and its lender) starting at one left edge,
    with the label set level with the cell's middle (a cell centred in its row)."""
    if n + 1 >= len(lines):
        return None
    label, value = lines[n], lines[n + 1]
    if not _label_cell(label) or value.bold == label.bold or abs(value.size - label.size) > LIMITS["cell_size"] * label.size:
        return None
    if value.x0 <= label.x1:
        return None
    if abs(value.top - label.top) <= LIMITS["baseline"] * label.size:
        return value.x0 - label.x0, value.x1 - label.x0, 2, 0.0
    after = lines[n + 2] if n + 2 < len(lines) else None
    if (label.bold and abs(value.top - label.top) <= LIMITS["row_shift"] * label.size and not ends_sentence(value.text)
            and (after is None or after.bold or abs(after.x0 - value.x0) > LIMITS["column"] * label.size)):
        return value.x0 - label.x0, value.x1 - label.x0, 2, value.top - label.top
    if not label.bold:
        return None  # (a plain label beside a bold value: one line each, on one baseline)
    cell = [value]
    for line in lines[n + 2 : n + 1 + int(LIMITS["cell_lines"])]:
        if (line.bold or line.size > value.size or abs(line.x0 - value.x0) > LIMITS["column"] * label.size
                or not 0 < line.top - cell[-1].top <= LIMITS["cell_pitch"] * cell[-1].size):
            break
        cell.append(line)
    middle = (label.top + label.bottom) / 2
    if len(cell) < 2 or not cell[0].top < middle < cell[-1].bottom:
        return None
    return value.x0 - label.x0, max(line.x1 for line in cell) - label.x0, 1 + len(cell), 0.0


def _label_cell(line: TextLine) -> bool:
    """A short line ending no sentence: a label cell, set in a weight other than its value's
    (a bold label beside a plain value, or a plain label beside a bold figure)."""
    text = line.text.strip()
    return 0 < len(text.split()) <= LIMITS["label_words"] and not ends_sentence(text)


def _table_run(lines: list[TextLine], n: int) -> tuple[int, int] | None:
    """From a row at ``n``: how many rows follow with the same label–value offset, and the
    index after the run (its wrapped cell lines included); None when ``n`` opens no row."""
    first = _row(lines, n)
    if first is None:
        return None
    offset, flush_right = first[0], first[1]
    rows, at = 0, n
    label = lines[n]
    left = right = True  # the values' column is flush left / flush right so far
    pitch: float | None = None  # the least pitch from one row's label to the next's
    while at < len(lines):
        here = _row(lines, at)
        near = LIMITS["column"] * label.size
        on_left = here is not None and left and abs(here[0] - offset) <= near
        on_right = here is not None and right and abs(here[1] - flush_right) <= near
        level = here is not None and abs(here[3] - first[3]) <= LIMITS["baseline"] * label.size
        if here is not None and level and (on_left or on_right):
            left, right = on_left, on_right
            if rows and lines[at].top > label.top:
                step = lines[at].top - label.top
                pitch = step if pitch is None else min(pitch, step)
            label = lines[at]
            rows, at = rows + 1, at + here[2]
        elif left and rows and _merged_row(lines[at], lines[at - 1], label, offset):
            rows, at = rows + 1, at + 1
        elif left and _wrapped_cell(lines[at], label, offset, lines[at - 1], pitch):
            at += 1
        else:
            break
    return rows, at


def _merged_row(line: TextLine, above: TextLine, label: TextLine, offset: float) -> bool:
    """With ``merged_rows`` on, ``line`` is a row whose label and value the reader took as one
    line (a long label set close to its value): at the label column's left edge, in the
    table's type, right under the line above (``symbol_pitch``), a word opening at the values'
    left edge (within ``column`` of the size), a label cell before it, no sentence after it."""
    if not LIMITS["merged_rows"] or abs(line.x0 - label.x0) > LIMITS["column"] * label.size:
        return False
    if abs(line.size - label.size) > LIMITS["cell_size"] * label.size:
        return False
    if not 0 < line.top - above.top <= LIMITS["symbol_pitch"] * label.size:
        return False
    edge, near = label.x0 + offset, LIMITS["column"] * label.size
    boxes, text = line.boxes, line.text
    for i in range(1, min(len(text), len(boxes) // 4)):
        if text[i - 1] == " " and text[i] != " " and abs(boxes[4 * i] - edge) <= near:
            head, rest = text[:i].strip(), text[i:].strip()
            return (0 < len(head.split()) <= LIMITS["label_words"] and not ends_sentence(head)
                    and bool(rest) and not ends_sentence(rest))
    return False


def _wrapped_cell(line: TextLine, label: TextLine, offset: float, above: TextLine | None = None,
                  pitch: float | None = None) -> bool:
    """A line of a cell wrapped under the last row: in the row's type, starting at its
    label's left edge (in the label's weight) or at its value's (in the other), below the row
    and, with ``wrap_pitch`` and the table's row ``pitch`` known, at most that many row pitches
    under the line read before it (a short line in the label's weight further down, a section's
    label on a tab under the table, is no cell's)."""
    near = LIMITS["column"] * label.size
    if abs(line.size - label.size) > LIMITS["cell_size"] * label.size or line.top <= label.top:
        return False
    if LIMITS["wrap_pitch"] and above is not None and pitch and line.top - above.top > LIMITS["wrap_pitch"] * pitch:
        return False
    if line.bold == label.bold:
        return abs(line.x0 - label.x0) <= near
    return abs(line.x0 - (label.x0 + offset)) <= near


def _header_over(line: TextLine, label: TextLine, value: TextLine) -> bool:
    """A short line ending no sentence over the values' column only (it starts right of the
    first label cell, within the values' span), in the table's type, right over its first
    row: the values' column heads ("Births   Deaths"), the label column's head left blank."""
    text = line.text.strip()
    return (0 < len(text.split()) <= LIMITS["title_words"] and not ends_sentence(text)
            and line.x0 > label.x1 and line.x0 < value.x1 and line.x1 > value.x0
            and abs(line.size - label.size) <= LIMITS["cell_size"] * label.size
            and 0 < label.top - line.top <= LIMITS["title_gap"] * line.size)


def _title_over(line: TextLine, first: TextLine, under: TextLine | None = None, reach: float | None = None) -> bool:
    """A short bold line ending no sentence, at the first label's left edge, in type no
    smaller than the table's, right over its first row (or over ``under``, the column heads
    over it), at most ``title_gap`` (or ``reach``) of its size: the table's title."""
    text = line.text.strip()
    under = under or first
    reach = LIMITS["title_gap"] if reach is None else reach
    return (line.bold and 0 < len(text.split()) <= LIMITS["title_words"] and not ends_sentence(text)
            and abs(line.x0 - first.x0) <= LIMITS["column"] * first.size * 5
            and line.size >= (1 - LIMITS["cell_size"]) * first.size and 0 < under.top - line.top <= reach * line.size)
