"""Tables that set text out rather than data: the readers (DOCX, HTML) join such a row's
cells with a space, so each row reads as the line of text it is ("1794 The lock opens."),
and keep a data table's cells apart with " | ".

The project's convention for a two-column table of dates and events (docs/structure.md,
"Timeline tables"): its rows are text, one paragraph each, when they are written as
sentences (most rows' last cells end one: "1794 The lock opens."); rows in note form
("1794 | Lock opens to barges", no closing stop) are a table of data, kept as table blocks
beside the text, as any data table is."""

from __future__ import annotations

from vitrina.model import CELL_SEPARATOR
from vitrina.structure.cues import ends_sentence

# Every threshold of the table decision.
TABLE_LIMITS = {
    "layout_cells": 3,  # a table setting text out (each row one line: label, then text) has at most this many cells a row
    "prose_words": 3,  # ... its rows' last cells are phrases of at least this many words with letters
    "label_words": 6,  # ... and the cells before them labels of at most this many words
    "named_columns": 2,  # ... and a header row naming more columns than this makes it data
    "sentence_rows": 0.5,  # ... and more than this share of its rows' last cells end a sentence (else notes: data)
}


def separator(rows: list[list[str]]) -> str:
    """The cell separator for a table of these rows (each a list of its cells' texts)."""
    return " " if prose_rows(rows) else CELL_SEPARATOR


def prose_rows(rows: list[list[str]]) -> bool:
    """The table sets text out, not data: every row with text (a header row aside) has
    two to ``layout_cells`` cells, its last one text (a sentence, or a phrase of at least
    ``prose_words`` words with letters: an event, a description), the cells before it short
    labels (a date, a name, a term) of at most ``label_words`` words; a header row naming
    more than ``named_columns`` columns ("Season | Paid for by | What happened") makes a
    table of records, data, whatever its cells hold. Each row then reads
    as one line of text ("4 May 1820 The bridge opens."); a data table (figures, more
    columns) keeps its cells apart, and so does a table of notes: rows whose last cells
    mostly end no sentence ("4 May 1820 | Bridge opens", ``sentence_rows``)."""
    texts = [row for row in rows if row]
    if len(texts) > 1 and not _text_row(texts[0]):
        if len(texts[0]) > TABLE_LIMITS["named_columns"]:
            return False  # more columns than a label and its text, each named: data
        texts = texts[1:]  # the columns' names
    return bool(texts) and all(_text_row(cells) for cells in texts) and _written_as_sentences(texts)


def _written_as_sentences(rows: list[list[str]]) -> bool:
    """More than ``sentence_rows`` of the rows end their last cell on a sentence's end."""
    ending = sum(1 for cells in rows if ends_sentence(cells[-1]))
    return ending > TABLE_LIMITS["sentence_rows"] * len(rows)


def _text_row(cells: list[str]) -> bool:
    if not 2 <= len(cells) <= TABLE_LIMITS["layout_cells"]:
        return False
    if any(len(cell.split()) > TABLE_LIMITS["label_words"] for cell in cells[:-1]):
        return False
    words = [w for w in cells[-1].split() if w[:1].isalpha()]
    return len(words) >= TABLE_LIMITS["prose_words"] or (len(words) > 1 and ends_sentence(cells[-1]))
