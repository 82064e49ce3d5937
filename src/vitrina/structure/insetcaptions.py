"""Raw text: a picture's caption and credit read into a paragraph in mid-sentence (round 58, struct78).

A picture set inside a column (or a figure band across the columns) is extracted where the flow
reaches it: ``pdftotext -raw`` writes the paragraph's lines up to the picture, the caption's lines
and the credit line, then the rest of the paragraph ("… The poet William Cowper wrote a" / "Bronze
gun recovered … muzzle." / "Courtesy of the Garrison …" / "well-known lament for the ship …").
Read in order, the caption swallows the paragraph's first half and the paragraph is cut in two.

``captions_out_of_sentences`` finds such a caption by its parts -- a body line ending no sentence,
then at most ``caption_lines`` lines opening in capitals and closing one sentence, then a credit line
(``is_credit``), then a line that finishes the sentence left open -- and moves the caption and its
credit after the paragraph's last line, so the paragraph reads whole and the caption follows it.
"""

from __future__ import annotations

import re

from vitrina.structure.captions import CREDIT_LEADS, is_credit, match_label
from vitrina.structure.cues import ends_sentence, starts_uppercase
from vitrina.structure.footnotes import plain_called_notes
from vitrina.structure.lines import Line

# a sentence's end inside a run of text, another opening after it
_INNER_STOP = re.compile(r"[.!?][\"”’)]?\s+[\"“‘(]?[A-Z]")

INSET_CAPTION_LIMITS = {
    "caption_lines": 3,  # a caption read into a sentence has at most this many lines (0: the rule off)
    "credit_words": 14,  # ... and its credit line at most this many words
    "carry_words": 4,  # the line after the credit finishes the open sentence in at most this many words
    # (when it opens in capitals: "Society. His engine …")
    "body_share": 0.6,  # the line the caption cuts is a body line: at least this share of the measure long
    "last_share": 0.9,  # a paragraph's last line is shorter than this share of the measure (and ends a sentence)
    "paragraph_lines": 40,  # the paragraph's end is looked for this many lines on at most
    # round 59 (struct80): the caption may open the next page (the page turned mid-sentence, the picture at the
    # new page's head), and a note the flow wrote there (``footnotes.plain_called_notes``) may stand between
    # the credit and the line finishing the sentence (0 off)
    "page_turns": 1,
}


def captions_out_of_sentences(lines: list[Line]) -> list[Line]:
    """``lines`` with each caption and credit read into a sentence (see the module) moved after the
    paragraph it cut; renumbered. Unchanged when there is none."""
    if not INSET_CAPTION_LIMITS["caption_lines"] or len(lines) < 4:
        return lines
    measure = _measure(lines)
    notes = plain_called_notes(lines) if INSET_CAPTION_LIMITS["page_turns"] else set()
    out = list(lines)
    moved = False
    at = 1
    while at < len(out) - 1:
        cut = _inset_caption(out, at, measure, notes)
        if cut is None:
            at += 1
            continue
        start, end, last = cut
        out = [*out[:start], *out[end : last + 1], *out[start:end], *out[last + 1 :]]
        moved = True
        at = last + 1
    if not moved:
        return lines
    for index, line in enumerate(out):
        line.index = index
    return out


def _measure(lines: list[Line]) -> float:
    """The text's full line length: the upper quartile of its line lengths."""
    lengths = sorted(line.length for line in lines)
    return float(lengths[(3 * len(lengths)) // 4])


def _inset_caption(lines: list[Line], credit: int, measure: float,
                   notes: set[int] | frozenset[int] = frozenset()) -> tuple[int, int, int] | None:
    """(first caption line, the line after the credit, the paragraph's last line) when ``lines[credit]``
    is the credit of a caption read into a sentence; None otherwise. ``notes``: the indexes of notes
    written between the lines (``page_turns``), skipped to the line finishing the sentence."""
    if credit + 1 >= len(lines) or not _credit_line(lines[credit]):
        return None
    resumed = credit + 1
    while resumed + 1 < len(lines) and lines[resumed].index in notes:
        resumed += 1
    start = _caption_start(lines, credit)
    if start is None or start < 1 or _INNER_STOP.search(" ".join(line.text for line in lines[start:credit])):
        return None  # (a caption of one sentence: two read into one line are columns written row by row)
    cut = lines[start - 1]
    if ends_sentence(cut.text, lenient=True) or cut.text.rstrip().endswith(":") or (
            cut.length < INSET_CAPTION_LIMITS["body_share"] * measure):
        return None
    opening = INSET_CAPTION_LIMITS["page_turns"] and lines[start].page_start  # the caption opens the next page
    if any(line.page_start for line in lines[start + 1 if opening else start : resumed + 1]):
        return None  # (a page turn between: its own readers')
    if not _finishes_sentence(lines[resumed], measure):
        return None
    last = _paragraph_end(lines, resumed, measure)
    return None if last is None else (start, credit + 1, last)


def _credit_line(line: Line) -> bool:
    """A short line reading as a picture credit by its form ("Lent by …", "Courtesy of …")."""
    words = line.text.split()
    if not words or len(words) > INSET_CAPTION_LIMITS["credit_words"] or ends_sentence(line.text):
        return False
    return line.text.lower().startswith(CREDIT_LEADS) and is_credit(words, True)


def _caption_start(lines: list[Line], credit: int) -> int | None:
    """The caption's first line over the credit at ``credit``: the nearest line opening with a capital letter,
    the lines from it to the credit closing one sentence there and no sooner (at most ``caption_lines``), no
    position label ("Above: …") opening it or the line over it; or None."""
    if not ends_sentence(lines[credit - 1].text):
        return None
    for start in range(credit - 1, max(-1, credit - 1 - int(INSET_CAPTION_LIMITS["caption_lines"])), -1):
        text = lines[start].text.lstrip()
        if start < credit - 1 and ends_sentence(text) or match_label(text) is not None:
            return None  # (a caption placed by its label is the placed-caption readers')
        if text[:1].isalpha() and starts_uppercase(text):
            return None if start and match_label(lines[start - 1].text.lstrip()) is not None else start
    return None


def _finishes_sentence(line: Line, measure: float) -> bool:
    """The line after the credit goes on with the sentence the caption cut: it opens in lower case, or, a
    body line (``body_share`` of the measure), closes a sentence within its first ``carry_words`` words
    ("Society. His engine …")."""
    text = line.text.strip()
    if text[:1].islower():
        return True
    if line.length < INSET_CAPTION_LIMITS["body_share"] * measure:
        return False  # (a short line in capitals under a credit: a heading, an entry's number)
    words = text.split()
    carry = int(INSET_CAPTION_LIMITS["carry_words"])
    return any(ends_sentence(" ".join(words[: k + 1])) for k in range(min(carry, len(words) - 1)))


def _paragraph_end(lines: list[Line], first: int, measure: float) -> int | None:
    """The paragraph's last line from ``first`` on: a line ending a sentence, shorter than ``last_share``
    of the measure (or the text's last line); None when none comes within ``paragraph_lines``."""
    stop = min(len(lines), first + int(INSET_CAPTION_LIMITS["paragraph_lines"]))
    for k in range(first, stop):
        line = lines[k]
        if k + 1 < len(lines) and lines[k + 1].page_start:
            return None
        if ends_sentence(line.text) and (line.length < INSET_CAPTION_LIMITS["last_share"] * measure
                                         or k == len(lines) - 1):
            return k
    return None
