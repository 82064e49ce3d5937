"""Timelines in note form: a table of dates and events, not the text's paragraphs.

The project's convention for timeline tables (docs/structure.md, "Timeline tables"): rows
written as sentences ("1794 The lock opens.") are text, one paragraph each; rows in note
form ("1794 Lock opens to barges", no row ending a sentence) are a table of data, kept as a
table block beside the text, its title (a heading over nothing but the rows) with it. The
DOCX and HTML readers see the table (``ingest._tables``); in a PDF or a plain text the rows
are lines, each opening with a date (``cues.date_lead``), a row's wrapped line under it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from vitrina.extract.dates import find_dates
from vitrina.structure.cues import (
    FUNCTION_WORDS,
    date_alone,
    date_lead,
    ends_sentence,
    is_title_like,
)
from vitrina.structure.layout import Entry, Fragment, Heading
from vitrina.structure.lines import Line

TIMELINE_LIMITS = {
    "rows": 3,  # a timeline in note form has at least this many rows (the fact table's least)
    "leader_rows": 3,  # a paragraph of this many lines at least, each a label and a value joined by dot leaders, is a table (0 off)
    "rest_titles": 1,  # a short title line right after the rows, over prose, is a heading (round 44; 0 off)
    "title_words": 6,  # ... of at most this many words
    "alone_dates": 1,  # a row may be a date alone on its line over its event's line (round 44; 0 off)
    "dated_rows": 3,  # a paragraph of this many lines opening with a date at least may be a list of dated entries (0 off)
    "dated_share": 0.6,  # ... when at least this share of its lines opens with a date (the rest a row's wrapped lines)
    "dated_lead_chars": 40,  # a line's opening read for its date: this many characters
    # round 55 (structset73): a row's line closing on a function word goes on over the next line, a row's wrapped
    # end, whatever follows it (a quotation set under the rows; 0 off) ...
    "open_rows": 1,
    "open_row_words": 4,  # ... that line at most this many words
}

_LEADER = re.compile(r"\S\s*\.{3,}\s*\S")  # a label, a run of dots, its value: "Printed ........ 1,000"


def timeline_tables(entries: list[Entry]) -> list[Entry]:
    """The entries with each timeline in note form a table block: a run of rows opening
    paragraphs read one after another (a PDF's rows are a paragraph each, a plain text's one
    paragraph), at least ``rows`` of them, or rows going on from a heading's last lines read
    into it; a heading over nothing but the rows is the table's first line, no section."""
    out: list[Entry] = []
    run_ends = _plain_run_ends(entries)
    at = 0
    while at < len(entries):
        entry = entries[at]
        end = run_ends[at]
        if end == at:
            out.append(entry)
            at += 1
            continue
        before = out[-1] if out else None
        carried = _rows_closing(before)
        if not (carried or _opens_on_a_row(entries[at:end])):  # (no row to begin: asked once, cheaply)
            out.append(entry)
            at += 1
            continue
        # the paragraphs' lines, read only as far as the rows go (a long run of prose is not copied at each step)
        run, rows = timeline_run(_lines_of(entries, at, end), bool(carried))
        if not run or rows + carried < TIMELINE_LIMITS["rows"]:
            out.append(entry)
            at += 1
            continue
        table = Fragment("table", list(itertools.islice(_lines_of(entries, at, end), run)))
        taken = _entries_covered(entries[at:end], run)
        after = entries[at + taken] if at + taken < len(entries) else None
        alone = (after is None or isinstance(after, Heading)) and sum(len(e.lines) for e in entries[at:at + taken]) == run
        if before is not None and (carried or (isinstance(before, Heading) and before.label is None and alone)):
            out[-1] = Fragment("table", [*before.lines, *table.lines])
        else:
            out.append(table)
        covered = sum(len(e.lines) for e in entries[at:at + taken])
        if covered > run:  # the last paragraph goes on after the rows
            last = entries[at + taken - 1]
            assert isinstance(last, Fragment)
            rest = last.lines[len(last.lines) - (covered - run):]
            if _titles_rest(rest):  # a box's title right under the rows, over its text
                out.append(Heading(None, rest[:1], 0))
                rest = rest[1:]
            out.append(replace(last, lines=rest))
        at += taken
    return out


def _plain_run_ends(entries: list[Entry]) -> list[int]:
    """For each entry, where the run of plain paragraphs starting at it ends (itself when it is none):
    found once from the end, so a text of thousands of paragraphs is not rescanned from each."""
    ends = list(range(len(entries)))
    for k in range(len(entries) - 1, -1, -1):
        if _plain_paragraph(entries[k]):
            ends[k] = ends[k + 1] if k + 1 < len(entries) and ends[k + 1] > k + 1 else k + 1
    return ends


def _lines_of(entries: list[Entry], start: int, end: int) -> Iterator[Line]:
    return (line for k in range(start, end) for line in entries[k].lines)


def _opens_on_a_row(entries: list[Entry]) -> bool:
    """The first or second line of the paragraphs opens with a date (a row, or a title over one)."""
    first = [line for entry in entries[:2] for line in entry.lines[:2]][:2]
    return any(date_lead(line.text.strip()) or _alone_row(line.text.strip()) for line in first)


def _plain_paragraph(entry: Entry) -> bool:
    return isinstance(entry, Fragment) and entry.kind == "paragraph" and not entry.deferred


def _entries_covered(entries: list[Entry], run: int) -> int:
    """How many of the entries hold the run's ``run`` lines (the last perhaps in part)."""
    count = lines = 0
    while lines < run:
        lines += len(entries[count].lines)
        count += 1
    return count


def timeline_run(lines: Iterable[Line], after_row: bool = False) -> tuple[int, int]:
    """How many lines open the block as timeline rows in note form, and how many rows they
    are: lines opening with a date (``date_lead``), none ending a sentence, a row's wrapped
    line (no date) taken where a row or the block's end follows it (``after_row``: a row
    read right before the block, its wrapped line may open it; else a title over a row may).
    The lines are read one ahead of the last taken, no further."""
    following = iter(lines)
    line, rows, k = next(following, None), 0, 0
    previous = ""
    while line is not None:
        text = line.text.strip()
        if ends_sentence(text):
            break
        after = next(following, None)
        follows = after is not None and bool(date_lead(after.text.strip()) or _alone_row(after.text.strip()))
        if (TIMELINE_LIMITS["alone_dates"] and _alone_row(text) and after is not None
                and not date_alone(after.text.strip()) and not ends_sentence(after.text.strip())):
            rows += 1  # a date set alone, its event on the next line (a table read cell by cell)
            k += 2
            previous = after.text.strip()
            line = next(following, None)
            continue
        if date_lead(text):
            rows += 1
        elif k == 0 and not after_row and follows:
            pass  # the table's title read into the block ("Key Years" / "1802 …")
        elif not (rows or after_row) or (after is not None and not follows and not _left_open(previous, text)):
            break
        k += 1
        previous = text
        line = after
    return k, rows


def _left_open(previous: str, text: str) -> bool:
    """With ``open_rows`` on, a row's line ``previous`` closes on a function word ("Bought by the Library
    of"): no row ends so, the line under it (``text``, at most ``open_row_words`` words) is its wrapped end
    whatever follows it."""
    last = previous.split()[-1].lower() if previous.split() else ""
    return (bool(TIMELINE_LIMITS["open_rows"]) and last in FUNCTION_WORDS
            and 0 < len(text.split()) <= TIMELINE_LIMITS["open_row_words"])


def _titles_rest(rest: list[Line]) -> bool:
    """The lines going on after a timeline's rows open with a title over prose: a short
    title-like line (``title_words`` words at most) ending no sentence, then two lines or more
    ending a sentence (with ``rest_titles``)."""
    if not TIMELINE_LIMITS["rest_titles"] or len(rest) < 3:
        return False
    head = rest[0].text.strip()
    return (0 < len(head.split()) <= TIMELINE_LIMITS["title_words"] and is_title_like(head)
            and not ends_sentence(head) and not date_lead(head) and ends_sentence(rest[-1].text.strip()))


def _alone_row(text: str) -> bool:
    """A date alone on its line (``date_alone``) opening a row whose event stands on the next."""
    return bool(TIMELINE_LIMITS["alone_dates"]) and date_alone(text)


def _rows_closing(entry: Entry | None) -> int:
    """Timeline rows closing a table block, or a heading's lines after its first, read
    right before a block (the rows go on there); 0 for anything else."""
    if isinstance(entry, Fragment) and entry.kind == "table":
        lines = entry.lines
    elif isinstance(entry, Heading) and entry.label is None:
        lines = entry.lines[1:]
    else:
        return 0
    texts = [line.text.strip() for line in lines]
    if len(texts) > 1 and not date_lead(texts[-1]) and date_lead(texts[-2]):
        texts.pop()  # the last row's wrapped line
    count = 0
    for text in reversed(texts):
        if ends_sentence(text) or not date_lead(text):
            break
        count += 1
    return count


def leader_tables(entries: list[Entry]) -> list[Entry]:
    """The entries with each paragraph whose every line joins a label to its value by dot
    leaders ("Printed ........ about 1,000 copies"), ``leader_rows`` lines at least, a table
    block; a heading right before it, unlabelled and heading nothing else (a heading or the
    end after the table), is the table's title, its first line."""
    if not TIMELINE_LIMITS["leader_rows"]:
        return entries
    out: list[Entry] = []
    for k, entry in enumerate(entries):
        rows = isinstance(entry, Fragment) and entry.kind == "paragraph" and not entry.deferred and len(
            entry.lines) >= TIMELINE_LIMITS["leader_rows"] and all(_LEADER.search(line.text) for line in entry.lines)
        if not rows:
            out.append(entry)
            continue
        assert isinstance(entry, Fragment)
        before = out[-1] if out else None
        after = entries[k + 1] if k + 1 < len(entries) else None
        if isinstance(before, Heading) and before.label is None and (after is None or isinstance(after, Heading)):
            out[-1] = Fragment("table", [*before.lines, *entry.lines])
        else:
            out.append(Fragment("table", list(entry.lines)))
    return out


def dated_rows_parted(entries: list[Entry]) -> list[Entry]:
    """The entries with each paragraph that is a list of dated entries written as sentences
    ("1714 Parliament passes the Act." / "c. 1713 He completes a clock.", one a line, no blank
    line between) parted into one paragraph a row: at least ``dated_rows`` lines open with a
    date the dates stage reads (``find_dates`` at the line's start, words after it) and they
    are at least ``dated_share`` of the paragraph's lines; a line with no date goes with the
    row before it (a row's wrapped line), lines before the first row stay one paragraph."""
    if not TIMELINE_LIMITS["dated_rows"]:
        return entries
    out: list[Entry] = []
    for entry in entries:
        if not (_plain_paragraph(entry) and len(entry.lines) >= TIMELINE_LIMITS["dated_rows"]):
            out.append(entry)
            continue
        assert isinstance(entry, Fragment)
        starts = [k for k, line in enumerate(entry.lines) if _opens_dated(line.text)]
        if len(starts) < TIMELINE_LIMITS["dated_rows"] or len(starts) < TIMELINE_LIMITS["dated_share"] * len(entry.lines):
            out.append(entry)
            continue
        cuts = sorted({0, *starts})
        pieces = [entry.lines[a:b] for a, b in zip(cuts, [*cuts[1:], len(entry.lines)], strict=True)]
        ends = [*cuts[1:], len(entry.lines)]
        for n, piece in enumerate(pieces):
            out.append(replace(entry, lines=piece, label_words=entry.label_words if n == 0 else 0,
                               credit=_shifted(entry.credit, cuts[n], ends[n]), note=_shifted(entry.note, cuts[n], ends[n]),
                               deferred=entry.deferred if n == len(pieces) - 1 else []))
    return out


def _shifted(mark: tuple[int, int] | None, start: int, end: int) -> tuple[int, int] | None:
    """A (line, word) mark of a paragraph on a piece holding its lines ``start`` to ``end``."""
    return (mark[0] - start, mark[1]) if mark is not None and start <= mark[0] < end else None


def _opens_dated(text: str) -> bool:
    """``text`` opens with a date the dates stage reads ("c. 1713", "1780s", "24 March 1761",
    "1730–1735"), more words after it."""
    head = text.strip()
    if not head[:1].isalnum():
        return False
    found = find_dates(head[: int(TIMELINE_LIMITS["dated_lead_chars"])])
    return bool(found) and found[0].start == 0 and bool(head[found[0].end:].strip())
