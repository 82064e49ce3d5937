"""Type sizes of an OCR text layer.

A scanned page made searchable (Tesseract's PDF output, and OCR layers like it) carries
its text as invisible glyphs (text render mode 3) over the page's picture. The sizes of
those glyphs are the recogniser's estimates from each line's or word's height: a body
line with no ascenders reads a point smaller than its neighbours, a line with capitals
and descenders a point larger, so a body line may pass for a caption (smaller type) or
for display type. On a page whose every glyph is invisible, a line's size that differs
from the most common size among the lines right over and under it in its column by at
most ``size_share`` of its own is taken to be that common size: a real change of type
(a heading over its text, a credit under its caption) differs by more.

Every threshold is in ``OCR_LIMITS``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Any

from vitrina.structure.geometry import TextLine

OCR_LIMITS = {
    "settle_sizes": 1,  # switch: sizes of an invisible text layer settled to their neighbours' (0 off)
    "size_share": 0.15,  # a size this close (share of its own) to its neighbours' common size is that size
    "neighbours": 2,  # lines looked at over and under a line, each in its column
    "line_gap": 1.0,  # a neighbour stands at most this many of the line's sizes over or under the last
}


def invisible_text(page: Any) -> bool:
    """Every text object of the page is drawn invisible (render mode 3) and there is one
    at least: the page's text is an OCR layer over its picture."""
    import pypdfium2.raw as raw

    found = False
    for obj in page.get_objects(filter=(raw.FPDF_PAGEOBJ_TEXT,), max_depth=4):
        if raw.FPDFTextObj_GetTextRenderMode(obj.raw) != raw.FPDF_TEXTRENDERMODE_INVISIBLE:
            return False
        found = True
    return found


def settled_sizes(lines: list[TextLine]) -> list[TextLine]:
    """The lines, each whose size is within ``size_share`` of the most common size of its
    column neighbours (itself counted) set to that size, from the top of the page down."""
    if not OCR_LIMITS["settle_sizes"]:
        return lines
    ordered = sorted(range(len(lines)), key=lambda n: (lines[n].top, lines[n].x0))
    out = list(lines)
    for at, n in enumerate(ordered):
        line = lines[n]
        sizes = [line.size]
        for step in (-1, 1):
            sizes.extend(ln.size for ln in _neighbours(out, ordered, at, step))  # (those over it settled)
        common, count = Counter(sizes).most_common(1)[0]
        if common != line.size and count > sizes.count(line.size) and abs(common - line.size) <= (
                OCR_LIMITS["size_share"] * line.size):
            out[n] = replace(line, size=common)
    return out


def _neighbours(lines: list[TextLine], ordered: list[int], at: int, step: int) -> list[TextLine]:
    """Up to ``neighbours`` lines going up (``step`` -1) or down (1) from ``ordered[at]``,
    each overlapping the last across and standing within ``line_gap`` of it."""
    found: list[TextLine] = []
    last = lines[ordered[at]]
    k = at + step
    while 0 <= k < len(ordered) and len(found) < OCR_LIMITS["neighbours"]:
        line = lines[ordered[k]]
        k += step
        gap = line.top - last.bottom if step > 0 else last.top - line.bottom
        if gap > OCR_LIMITS["line_gap"] * last.size:
            if step > 0 or last.top - line.top > 3 * last.size:
                break  # (going up, a taller line's foot may still reach near)
            continue
        if line.x1 <= last.x0 or line.x0 >= last.x1:
            continue  # another column's line
        found.append(line)
        last = line
    return found
