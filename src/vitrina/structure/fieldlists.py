"""A field list heading a plain-text document: its title line and its "Label: value" lines apart.

A transcript or a catalogued record often opens on a title line over a run of short field
lines ("Interviewer: …", "Date of interview: …", "Place: …"), with no blank line between
them, so the layout reads them as one paragraph and the document has no title. A run of at
least ``FIELD_LIMITS["run_lines"]`` such lines at the head of the text is a field list: one
block a line; the one line standing alone before the run, not ending a sentence, is the
document's title (a heading). Round 45 (redtitle, red team D15).
"""

from __future__ import annotations

import re

from vitrina.structure.cues import ends_sentence
from vitrina.structure.layout import Entry, Fragment, Heading
from vitrina.structure.lines import Line

# Every threshold of the head field list.
FIELD_LIMITS = {
    "run_lines": 2,  # a field list has at least this many "Label: value" lines in a row (0: off)
    "label_words": 4,  # a field's label has at most this many words ("Date of interview")
    "line_words": 12,  # a field line, and the title line over the list, has at most this many words
    # ... and a field line once the list has begun, a long value ("Date: dated …; the museum gives …") included
    "run_line_words": 30,
    "lines_before": 2,  # the run starts within this many lines of the text's first line
    "entries": 2,  # ... and within the text's first this many entries (a title set apart, then the list)
}

# "Label: value": a label of words, the first capitalised, then a colon, a space and a value.
_FIELD = re.compile(r"^([^\W\d_][\w'’().-]*(?: [\w'’().-]+)*):\s+\S")


def is_field_line(text: str, words_at_most: int | None = None) -> bool:
    """Whether ``text`` is one short "Label: value" field: a label of a few words opening
    with a capitalised word in mixed case (a speaker's initials or a name in capitals before
    a colon is a turn, "DW: …", "INTERVIEWER: …"), a value after it, the line short and not
    a question (a question after a label is a turn: "Q: Where …?") nor a sentence (a value
    is data; a note written as prose ends a sentence)."""
    m = _FIELD.match(text)
    if m is None:
        return False
    label = m.group(1).split()
    first = label[0]
    if len(label) > FIELD_LIMITS["label_words"] or not first[0].isupper() or first.isupper():
        return False
    words = text.split()
    # a value is data, not a sentence: "Date: unknown to me." is a note written as prose
    most = FIELD_LIMITS["line_words"] if words_at_most is None else words_at_most
    return len(words) <= most and not text.rstrip().endswith("?") and not ends_sentence(text)


def head_fields_apart(entries: list[Entry]) -> list[Entry]:
    """``entries`` with a field list at the head of the text set one block a line, and the
    line standing alone right before it (none other before it) a heading: the title."""
    least = int(FIELD_LIMITS["run_lines"])
    if not least:
        return entries
    seen = 0
    for k, entry in enumerate(entries[: int(FIELD_LIMITS["entries"])]):
        if not isinstance(entry, Fragment):
            seen += len(entry.lines)
            continue
        parted = _parted(entry, seen, least)
        if parted is not None:
            return entries[:k] + parted + entries[k + 1:]
        if len(entry.lines) != 1 or not _title_line(entry.lines[0]):
            return entries
        seen += 1  # a title set apart by a blank line, itself written as a field ("Record: X"): the list follows
    return entries


def _parted(entry: Fragment, seen: int, least: int) -> list[Entry] | None:
    """The fragment cut into the line before its head field list (a heading), the fields
    (one fragment each) and the rest; None when it opens on no field list."""
    if entry.kind != "paragraph" or entry.credit is not None or entry.note is not None or entry.deferred:
        return None
    lines = entry.lines
    start = next((i for i, line in enumerate(lines[: int(FIELD_LIMITS["lines_before"]) + 1])
                  if is_field_line(line.text)), None)
    if start is None or seen + start > FIELD_LIMITS["lines_before"]:
        return None
    end = start
    while end < len(lines) and is_field_line(lines[end].text,
                                             FIELD_LIMITS["run_line_words"] if end - start >= least else None):
        end += 1
    if end - start < least:
        return None
    out: list[Entry] = []
    before = lines[:start]
    if before:
        if len(before) == 1 and seen == 0 and _title_line(before[0]):
            out.append(Heading(None, list(before), 0))
        else:
            out.append(Fragment("paragraph", list(before)))
    out.extend(Fragment("paragraph", [line], complete=True) for line in lines[start:end])
    if end < len(lines):
        out.append(Fragment("paragraph", list(lines[end:]), complete=entry.complete, calls=entry.calls))
    return out


def _title_line(line: Line) -> bool:
    """A line that may title the document: short, not ending a sentence."""
    return len(line.text.split()) <= FIELD_LIMITS["line_words"] and not ends_sentence(line.text)
