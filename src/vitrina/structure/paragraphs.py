"""Paragraph ends that plain text lost, found from the paragraph lengths of its document.

Text extracted from a PDF without blank lines (``pdftotext -raw``) drops the indent or
space that marked a paragraph's first line; a paragraph whose last line happened to
fill the measure then runs on into the next one, and only the document's own habit
tells them apart: a writer's paragraphs keep to a length. A paragraph much longer than
the document's usual one is two, cut at the sentence end whose line ends shortest.
"""

from __future__ import annotations

from statistics import median

from vitrina.structure.cues import ends_sentence, starts_uppercase
from vitrina.structure.layout import Entry, Fragment
from vitrina.structure.lines import Line

PARAGRAPH_LIMITS = {
    "min_paragraphs": 3,  # a document's usual length is read from at least this many prose paragraphs
    "long": 1.6,  # a paragraph this many times the usual length holds two
    "min_part": 0.5,  # ... each part at least this share of the usual length
    # (long and min_part fitted across sets 1-17 and engineered, bench/fit_layout.py: raw-text
    # mean within 0.0004 for long 1.4-1.6 and min_part 0.5-0.6, lower outside; the few gains
    # off 1.6/0.5 do not hold leaving one set out)
    "min_lines": 2,  # a prose paragraph (one that shows the usual length) has this many lines
}


def usual_length(entries: list[Entry]) -> float | None:
    """The median length (characters) of the document's prose paragraphs: two lines or
    more, ending a sentence; None when there are too few to tell."""
    sizes = [_size(e.lines) for e in entries if _prose(e)]
    return float(median(sizes)) if len(sizes) >= PARAGRAPH_LIMITS["min_paragraphs"] else None


def split_long(entries: list[Entry]) -> list[Entry]:
    """The entries with every overlong paragraph cut at its likeliest lost ends."""
    usual = usual_length(entries)
    if usual is None:
        return entries
    out: list[Entry] = []
    for entry in entries:
        if isinstance(entry, Fragment) and entry.kind == "paragraph":
            out += _split(entry, usual)
        else:
            out.append(entry)
    return out


def _prose(entry: Entry) -> bool:
    return (isinstance(entry, Fragment) and entry.kind == "paragraph"
            and len(entry.lines) >= PARAGRAPH_LIMITS["min_lines"] and ends_sentence(entry.last.text))


def _size(lines: list[Line]) -> int:
    return sum(line.length + 1 for line in lines)


def _split(para: Fragment, usual: float) -> list[Fragment]:
    if _size(para.lines) < PARAGRAPH_LIMITS["long"] * usual:
        return [para]
    cut = _best_cut(para.lines, usual)
    if cut is None:
        return [para]
    first = Fragment("paragraph", para.lines[:cut], calls=para.calls)
    second = Fragment("paragraph", para.lines[cut:], calls=para.calls)
    at = para.lines[cut].index
    first.deferred = [d for d in para.deferred if d.lines[0].index < at]
    second.deferred = [d for d in para.deferred if d.lines[0].index >= at]
    return [*_split(first, usual), *_split(second, usual)]


def _best_cut(lines: list[Line], usual: float) -> int | None:
    """The line opening the second paragraph: after a line ending a sentence, opening in
    capitals, each part long enough; of these, the one after the line that leaves the
    most room for the next word on the paragraph's widest line."""
    widest = max(line.length for line in lines)
    least = PARAGRAPH_LIMITS["min_part"] * usual
    best: tuple[float, int] | None = None
    for k in range(1, len(lines)):
        prev, line = lines[k - 1], lines[k]
        if prev.index != line.index - 1 or not ends_sentence(prev.text) or not starts_uppercase(line.text):
            continue
        if _size(lines[:k]) < least or _size(lines[k:]) < least:
            continue
        fill = (prev.length + 1 + len(line.text.split()[0])) / widest
        if best is None or fill < best[0]:
            best = (fill, k)
    return None if best is None else best[1]
