"""Line ends the source had where the reader joined lines: a name stops there.

The plain-text and Markdown readers join a paragraph's lines with a space, so a cast list or a credits
block ("Ada Vell as Mirabel" / "Tom Quist as the Baron", a list of names one a line) reads as one run of
capitalised words and the model reads two people as one ("Mirabel Tom Quist"). The source map keeps each
line's origin (``Segment.ref.line``), so the joins are known; a join is a *line end the source meant*, not
a wrap, when the next line's first word would have fitted on the line within the widest line of the
document's source (a wrapping writer or program moves a word down only when it does not fit), unless the
document's lines were wrapped by a proportional font (more than ``WRAP_MISREAD_SHARE`` of its fitting joins
continue a sentence in lower case). Nothing here reads the names: only the source's lines, their lengths and
the case of the next line's first letter.
"""

from __future__ import annotations

import bisect
import re

from vitrina.model import Document

# The formats whose readers join a paragraph's source lines with a space (their segments are source lines);
# an HTML file's lines are its markup's, a PDF's are laid out by geometry: not read here.
JOINED_LINE_FORMATS = frozenset({"text", "markdown"})

# The narrowest width a text is taken to be wrapped at: a document whose lines are all shorter (a cast list or
# a credits block alone in its file) is no prose wrapped that narrow. Of the 1,453 bench, seed and corpus texts
# and Markdown files, 7 have no line of 40 characters, and none of those 7 is wrapped prose (round 49 names5).
NARROWEST_WRAP = 40

# The share of the fitting joins (the next word would have fitted) whose next line starts in lower case above
# which a document's lines are no monospaced wrap: text taken from a PDF is wrapped by its font's widths, so a
# line of 55 characters ends a line of prose though its longest is 67 ("… Mary B." / "Ellery tended …");
# in such a document no line end is read as the source's (round 49 names5: the seed, a PDF's text, double spaced)
WRAP_MISREAD_SHARE = 0.1

_FIRST_WORD = re.compile(r"\S+")
_LINE = re.compile(r"([^\r\n]*)(?:\r\n|\r|\n|$)")


def hard_line_ends(doc: Document) -> list[int]:
    """The document offsets of the spaces that stand for a line end of the source that was no wrap, sorted:
    two consecutive segments from different source lines joined by whitespace only, where the first line's
    length, a space and the next line's first word fit within the widest source line."""
    source = doc.source_map.source_text
    segments = doc.source_map.segments
    if doc.format not in JOINED_LINE_FORMATS or not source or len(segments) < 2:
        return []
    rows = [(m.start(), m.group(1)) for m in _LINE.finditer(source) if m.end() > m.start()]
    starts = [start for start, _ in rows]
    lines = [line for _, line in rows]
    width = max(NARROWEST_WRAP, *(len(line.rstrip()) for line in lines))
    text = doc.text
    out = []
    continued = 0  # fitting joins whose next line starts in lower case: a sentence wrapped there after all
    for before, after in zip(segments, segments[1:], strict=False):
        if before.ref.page != after.ref.page or before.ref.line == after.ref.line:
            continue
        gap_start = _content_end(text, before.start, before.end)
        gap = text[gap_start : after.start]
        if not gap or gap.strip() or "\n" in gap:
            continue  # joined without a space (a broken word), or already a new line/paragraph
        row = bisect.bisect_right(starts, max(before.ref.end - 1, before.ref.start)) - 1
        if not 0 <= row < len(lines):
            continue
        word = _FIRST_WORD.match(text, after.start)
        if word is None:
            continue
        if len(lines[row].rstrip()) + 1 + len(word.group()) <= width:
            out.append(gap_start)
            continued += word.group()[:1].islower()
    if continued > WRAP_MISREAD_SHARE * len(out):
        return []  # lines wrapped by a proportional font's width (a PDF's text): character counts tell nothing
    return out


def _content_end(text: str, start: int, end: int) -> int:
    """The end of a segment's text without its trailing whitespace (the join's space is often inside it)."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def pieces(start: int, end: int, breaks: list[int]) -> list[tuple[int, int]]:
    """Span ``[start, end)`` cut at the hard line ends inside it (the space of each left out)."""
    out = []
    i = bisect.bisect_right(breaks, start)
    while i < len(breaks) and breaks[i] < end:
        if breaks[i] > start:
            out.append((start, breaks[i]))
        start = breaks[i] + 1
        i += 1
    if end > start:
        out.append((start, end))
    return out
