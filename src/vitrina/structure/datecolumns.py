"""Columns of dated entries on a PDF page (a timeline set down a gutter), found by geometry.

A timeline may run down the page beside or between the text columns: each entry a date alone
("1702", in its own type) over one to ``row_lines`` short lines in type clearly smaller than
the body's ("Apprenticed to a" / "weaver"), no line ending a sentence. Read as lines, its
entries fall between the text's lines (the page's reading order knows no third column that
narrow), cutting paragraphs in mid-sentence. At least ``rows`` such entries on a page, one under another, in
a band of the page no other line reaches into over their height, are such a timeline: a table in note
form (the layout golds leave tables out; ``timelines``), so its lines are taken out of the page
before the layout is read, as a label–value table's are (``keytables``). Round 50 (structset64).
"""

from __future__ import annotations

from vitrina.structure.cues import date_alone, ends_sentence
from vitrina.structure.geometry import PdfContent, TextLine
from vitrina.structure.zones import body_size

LIMITS = {
    "rows": 3,  # entries at least on a page (0: off)
    "row_lines": 3,  # an entry's lines under its date, at most
    "pitch": 1.6,  # each at most this many of its sizes under the line before it (top to top)
    "side_gap": 2.0,  # ... and at most this many of the date's sizes aside from it or the line before (a date
    # set flush against the centre line, its entry's lines ranged on the other side)
    "small": 0.8,  # an entry's lines in type at most this share of the body's size
}


def pdf_without_date_columns(content: PdfContent) -> PdfContent:
    """``content`` with every column of dated entries' lines left out (see the module)."""
    if not LIMITS["rows"]:
        return content
    body = body_size(content.pages)  # (a document without lines has no column to take out)
    return content.without_lines(lambda lines: date_column_lines(lines, body))


def date_column_lines(lines: list[TextLine], body: float) -> set[int]:
    """The indices of the lines of a page's column of dated entries (empty: none)."""
    rows = [row for n, line in enumerate(lines) if date_alone(line.text.strip()) and (row := _entry(lines, n, body))]
    if len(rows) < LIMITS["rows"] or not _stacked(lines, rows):
        return set()
    taken = {k for row in rows for k in row}
    left = min(lines[k].x0 for k in taken)
    right = max(lines[k].x1 for k in taken)
    top = min(lines[k].top for k in taken)
    bottom = max(lines[k].bottom for k in taken)
    for n, line in enumerate(lines):  # the band is the entries' own: no other line reaches into it
        if n not in taken and line.x0 < right and line.x1 > left and line.top < bottom and line.bottom > top:
            return set()
    return taken


def _stacked(lines: list[TextLine], rows: list[list[int]]) -> bool:
    """The entries stand one under another down the page, each below the one before (a strip of
    entries side by side across the page is a table the layout reads as such)."""
    spans = sorted((min(lines[k].top for k in row), max(lines[k].bottom for k in row)) for row in rows)
    return all(b[0] >= a[1] for a, b in zip(spans, spans[1:], strict=False))


def _entry(lines: list[TextLine], n: int, body: float) -> list[int]:
    """Line ``n`` (a date alone) and the short lines in small type right under it, beside its
    width or the line's before them (``side_gap``); [] when no such line follows."""
    row = [n]
    last = lines[n]
    for _ in range(int(LIMITS["row_lines"])):
        under = next((k for k, line in enumerate(lines) if k not in row and _under(last, line, lines[n], body)), None)
        if under is None:
            break
        row.append(under)
        last = lines[under]
    return row if len(row) > 1 else []


def _under(last: TextLine, line: TextLine, date: TextLine, body: float) -> bool:
    text = line.text.strip()
    gap = LIMITS["side_gap"] * date.size
    return (0 < line.top - last.top <= LIMITS["pitch"] * max(line.size, last.size)
            and line.x0 < max(last.x1, date.x1) + gap and line.x1 > min(last.x0, date.x0) - gap
            and line.size <= LIMITS["small"] * body and line.size < date.size
            and bool(text) and not ends_sentence(text) and not date_alone(text))
