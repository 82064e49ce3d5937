"""A transcript's turns set one a line inside one paragraph, apart.

A transcript written without blank lines between its turns ("ASHBY: Where …?" over "COLE: I grew up …",
"Q. Did you …?" over "A. I never …") reaches the plain-text layout as one paragraph: its lines end sentences
and start with capitals, as wrapped prose does. When at least ``TURN_LINES["min_turns"]`` lines of a
paragraph open with a speaker's label (``extract.turns.label_at``: a short capitalised label and a colon, or
the Q./A. of a question-and-answer transcript) and two labels at least take turns, each such line opens a
block of its own; a line opening with no label continues the turn above it (a turn wrapped onto the next
line). Round 49 (red team 48 D6: a hearing's Q./A. testimony read as one paragraph and quoted by no one).
"""

from __future__ import annotations

from vitrina.extract.turns import label_at  # the transcript convention lives with the turns' reader
from vitrina.structure.layout import Entry, Fragment
from vitrina.structure.lines import Line

# Every threshold of the turn-a-line reading.
TURN_LINES = {
    "min_turns": 3,  # labelled lines in the paragraph, at least (0: off)
    "min_labels": 2,  # distinct labels among them, at least (a transcript has two voices)
}


def turn_lines_apart(entries: list[Entry]) -> list[Entry]:
    """``entries`` with each paragraph holding a transcript's turns one a line cut into one block a turn."""
    if not TURN_LINES["min_turns"]:
        return entries
    out: list[Entry] = []
    for entry in entries:
        parts = _turns(entry) if isinstance(entry, Fragment) else None
        out.extend(parts if parts is not None else [entry])
    return out


def _label(line: Line) -> str | None:
    span = label_at(line.text, 0, len(line.text))
    return line.text[span[0]:span[1]].casefold() if span is not None else None


def _turns(entry: Fragment) -> list[Entry] | None:
    """The paragraph cut at each line opening a turn, or None when it holds no run of turns."""
    if (entry.kind != "paragraph" or len(entry.lines) < TURN_LINES["min_turns"] or entry.credit is not None
            or entry.note is not None or entry.deferred or entry.label_words):
        return None
    labels = [_label(line) for line in entry.lines]
    opened = [label for label in labels if label is not None]
    if len(opened) < TURN_LINES["min_turns"] or len(set(opened)) < TURN_LINES["min_labels"]:
        return None
    groups: list[list[Line]] = [[]]
    for line, label in zip(entry.lines, labels, strict=True):
        if label is not None and groups[-1]:
            groups.append([])
        groups[-1].append(line)
    last = len(groups) - 1
    return [Fragment("paragraph", lines, complete=entry.complete if k == last else True,
                     calls=entry.calls if k == last else frozenset())
            for k, lines in enumerate(groups)]
