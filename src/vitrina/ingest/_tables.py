"""Tables that set text out rather than data: the readers (DOCX, HTML) join such a row's
cells with a space, so each row reads as the line of text it is ("1794 The lock opens."),
and keep a data table's cells apart with " | "."""

from __future__ import annotations

from vitrina.structure.cues import ends_sentence

# Every threshold of the table decision.
TABLE_LIMITS = {
    "layout_cells": 3,  # a table setting text out (each row one line: label, then text) has at most this many cells a row
    "prose_words": 3,  # ... its rows' last cells are phrases of at least this many words with letters
    "label_words": 6,  # ... and the cells before them labels of at most this many words
    "named_columns": 2,  # ... and a header row naming more columns than this makes it data
}


def separator(rows: list[list[str]]) -> str:
    """The cell separator for a table of these rows (each a list of its cells' texts)."""
    return " " if prose_rows(rows) else " | "


def prose_rows(rows: list[list[str]]) -> bool:
    """The table sets text out, not data: every row with text (a header row aside) has
    two to ``layout_cells`` cells, its last one text (a sentence, or a phrase of at least
    ``prose_words`` words with letters: an event, a description), the cells before it short
    labels (a date, a name, a term) of at most ``label_words`` words; a header row naming
    more than ``named_columns`` columns ("Season | Paid for by | What happened") makes a
    table of records, data, whatever its cells hold. Each row then reads
    as one line of text ("4 May 1820 The bridge opens."); a data table (figures, more
    columns) keeps its cells apart."""
    texts = [row for row in rows if row]
    if len(texts) > 1 and not _text_row(texts[0]):
        if len(texts[0]) > TABLE_LIMITS["named_columns"]:
            return False  # more columns than a label and its text, each named: data
        texts = texts[1:]  # the columns' names
    return bool(texts) and all(_text_row(cells) for cells in texts)


def _text_row(cells: list[str]) -> bool:
    if not 2 <= len(cells) <= TABLE_LIMITS["layout_cells"]:
        return False
    if any(len(cell.split()) > TABLE_LIMITS["label_words"] for cell in cells[:-1]):
        return False
    words = [w for w in cells[-1].split() if w[:1].isalpha()]
    return len(words) >= TABLE_LIMITS["prose_words"] or (len(words) > 1 and ends_sentence(cells[-1]))
