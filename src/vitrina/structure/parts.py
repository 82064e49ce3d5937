"""A very large document cut into parts that are analysed one after another.

The model and the stages after it hold several hundred bytes of working
memory per character of text (tokens, vectors, candidate spans), so a 17 MB
text analysed whole needs gigabytes. A document longer than
``LIMITS["part_chars"]`` is cut, at a block boundary where one is near (else at
a line break, else at a space), into documents of at most that length: each
part keeps the sections, blocks, markup, repairs, figures and source-map
segments that fall in it, shifted to its own offsets, so every span of a part
still leads back to the input. Parts are analysed, stored and reported one at
a time, and each is its own document of the exhibit ("Title (part 2 of 17)").
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import replace
from typing import Any

from vitrina.model import Document, Figure, Segment

LIMITS = {
    # characters of the longest part: what one worker analyses well within the default
    # --time-limit (120 s, wall) on this 2-core machine at load 13: dated prose lines cost
    # ~20 s CPU per MB, and 0.9 MB parts of them took up to 120 s wall there (docs/reliability.md)
    "part_chars": 500_000,
    # a cut falls no earlier than this share of a part's target length
    "least_share": 0.5,
    # parts aim at this share of the limit, so a cut a little before its target leaves no
    # small last part
    "target_share": 0.9,
}

_PART_SUFFIX = re.compile(r"-part-\d+$")


def part_id(doc_id: str, number: int) -> str:
    """The id of part ``number`` (from 1) of document ``doc_id``."""
    return f"{doc_id}-part-{number}"


def origin(doc_id: str, source: str) -> tuple[str, str]:
    """The file a stored document comes from, and the document it is a part of: the same for every part of one
    large document (same source, ids that differ only in their part number), different for two documents of one
    file (a TEI corpus file's essays) or two files."""
    return source, _PART_SUFFIX.sub("", doc_id)


def split_large(doc: Document, part_chars: int | None = None) -> list[Document]:
    """``doc`` itself when it is short enough, else its parts in reading order."""
    limit = int(part_chars or LIMITS["part_chars"])
    if len(doc.text) <= limit:
        return [doc]
    cuts = cut_points(doc.text, [b.start for b in doc.blocks], limit)
    bounds = list(zip(cuts, cuts[1:], strict=False))
    sections, blocks, markup = (_distribute(items, cuts) for items in (doc.sections, doc.blocks, doc.markup))
    repairs = _distribute(doc.repairs, cuts, whole=True)
    segments = _distribute(doc.source_map.segments, cuts)
    figures = _figures_by_part(doc, cuts)
    total = len(bounds)
    return [
        replace(
            doc,
            id=part_id(doc.id, k + 1),
            title=f"{doc.title} (part {k + 1} of {total})",
            text=doc.text[start:end],
            sections=sections[k],
            blocks=blocks[k],
            markup=markup[k],
            repairs=repairs[k],
            source_map=replace(doc.source_map, segments=segments[k]),
            figures=figures[k],
            meta=(*doc.meta, ("part", f"{k + 1} of {total}")),
        )
        for k, (start, end) in enumerate(bounds)
    ]


def cut_points(text: str, block_starts: list[int], limit: int) -> list[int]:
    """Offsets ``0 = c0 < c1 < … < cn = len(text)`` with every ``c[i+1] - c[i] <= limit``
    and parts of about even length: in each part's window, the last block start in its
    second half, else its last line break or space, else the window's end."""
    cuts = [0]
    while len(text) - cuts[-1] > limit:
        remaining = len(text) - cuts[-1]
        parts_left = math.ceil(remaining / (limit * LIMITS["target_share"]))
        target = math.ceil(remaining / parts_left)  # even parts of what is left
        low, high = cuts[-1] + int(target * LIMITS["least_share"]), cuts[-1] + target
        k = bisect.bisect_right(block_starts, high) - 1
        if k >= 0 and block_starts[k] > low:
            cut = block_starts[k]
        else:
            cut = text.rfind("\n", low, high) + 1 or text.rfind(" ", low, high) + 1 or high
        cuts.append(cut)
    return [*cuts, len(text)]


def _distribute(items: tuple[Any, ...], cuts: list[int], whole: bool = False) -> list[tuple[Any, ...]]:
    """Each part's share of the spans ``items``: every span overlapping the part, clipped to
    it and shifted to its offsets (with ``whole``, only the spans lying wholly inside it; an
    empty span goes to the part holding its offset)."""
    out: list[list[Any]] = [[] for _ in cuts[:-1]]
    last = len(out) - 1
    for item in items:
        first = min(bisect.bisect_right(cuts, item.start) - 1, last)
        final = max(first, min(bisect.bisect_left(cuts, item.end) - 1, last))
        if whole and final != first:
            continue
        for k in range(first, final + 1):
            start, end = cuts[k], cuts[k + 1]
            if k == first or item.start < end:
                out[k].append(_shifted(item, start, end))
    return [tuple(part) for part in out]


def _shifted(item: Any, start: int, end: int) -> Any:
    """``item`` clipped to ``[start, end)`` in that part's offsets. A source-map segment cut
    at its start has its source range cut by as much (a verbatim segment maps character for
    character)."""
    clipped = max(item.start, start) - start, min(item.end, end) - start
    if isinstance(item, Segment):
        skipped = max(0, start - item.start)
        ref = item.ref if not skipped else replace(item.ref, start=min(item.ref.start + skipped, item.ref.end))
        return Segment(*clipped, ref)
    return replace(item, start=clipped[0], end=clipped[1])


def _figures_by_part(doc: Document, cuts: list[int]) -> list[tuple[Figure, ...]]:
    """Each figure goes to one part: the one holding its caption, else the one holding its
    page, else the first."""
    last = len(cuts) - 2

    def part_of(offset: int) -> int:
        return max(0, min(bisect.bisect_right(cuts, offset) - 1, last))

    caption_part = {b.id: part_of(b.start) for b in doc.blocks}
    page_part: dict[int, int] = {}
    for seg in doc.source_map.segments:
        if seg.ref.page is not None:
            page_part.setdefault(seg.ref.page, part_of(seg.start))
    out: list[list[Figure]] = [[] for _ in cuts[:-1]]
    for figure in doc.figures:
        out[caption_part.get(figure.caption or "", page_part.get(figure.page or 0, 0))].append(figure)
    return [tuple(f) for f in out]
