"""Sheets holding two pages side by side (spreads) cut into reading pages, in reading order.

A booklet is often sent as printer's spreads: each PDF page is a sheet wider than tall
with two page frames on it, in the order the sheets are printed (for a folded, stapled
booklet of four pages: [4 | 1] then [2 | 3]). Read as one page, such a sheet mixes the
back cover into the front and its two frames' furniture into the text. A sheet is taken
for a spread by geometry alone: nothing is set across its middle, and its two halves
carry the same page furniture level with each other (a running line repeated in each
half, or a page number in each). When one sheet of a document is a spread, every sheet
of its size with a clear middle is cut too (a cover sheet carries no furniture).

The halves are then read in the order their printed page numbers agree with best (counted
at the offset most of them share, an excerpt may start at page 2; offset 0 preferred): side
by side (reader's spreads) or imposed for a folded booklet (printer's spreads); with no
numbers to go by, imposed only when that order opens on the document's largest type (its
cover's title), else side by side. The document keeps the sheets' own coordinates: its
source boxes and figures are mapped back onto the PDF pages.

A sheet taller than wide may hold two pages one over the other (a sheet folded across the
middle, its inside printed as two pages): nothing is set across its middle height and the same
running line stands at the same place of each half; it is cut into its upper and lower page
(round 54). A folded leaflet's first sheet printed both ways up, in a document whose other
sheets stand upright, has its turned part (the back) read after every other page.
"""

from __future__ import annotations

import re
from array import array
from collections import Counter
from dataclasses import replace

from vitrina.model import Document
from vitrina.structure.geometry import ImageBox, PageGeometry, PdfContent, TextLine

SPREAD_LIMITS: dict[str, float] = {
    "aspect": 1.15,  # a sheet at least this much wider than tall may hold two pages
    "edge_share": 0.14,  # page furniture lives in this share of the sheet's height at top or foot
    "level": 0.5,  # two furniture lines this close in top (in their type size) stand level
    "fold_clear": 0.005,  # no line nor picture comes within this share of the width of the fold
    "frame_pairs": 1,  # this many level furniture pairs, one in each half, show two page frames
}

# A page number as printed in a page's corner: digits, maybe with "Page" or dashes round them
_PAGE_NUMBER = re.compile(r"^[\W_]*(?:[Pp]age\s+)?(\d{1,4})[\W_]*$")
_DIGITS = re.compile(r"\d+")

Sheet = tuple[int, float, float]  # the PDF page a reading page was cut from, and the x and y it starts at


def reading_pages(content: PdfContent) -> tuple[PdfContent, list[Sheet]]:
    """The content with every spread cut into its two pages, in reading order, and for each
    reading page its sheet and offsets (empty when no sheet is a spread). A sheet printed both
    ways up (``PageGeometry.turned_half``) is read as its upright part, then its turned part, each
    cut to the half of the sheet it stands in (a French fold: the outside, then the inside)."""
    if any(page.turned_half is not None for page in content.pages):
        return _turned_halves_apart(content)
    spread_sizes = {_size(page) for page in content.pages if _wide(page) and _fold_clear(page) and _two_frames(page)}
    if not spread_sizes:
        return _stacked_apart(content)
    halves: list[list[tuple[PageGeometry, Sheet]]] = []
    for page in content.pages:
        if _size(page) in spread_sizes and _fold_clear(page):
            halves.append([_half(page, 0), _half(page, 1)])
        else:
            halves.append([(page, (page.number, 0.0, 0.0))])
    ordered = _reading_order(halves)
    pages = [_renumbered(page, n) for n, (page, _sheet) in enumerate(ordered, start=1)]
    return replace(content, pages=pages), [sheet for _page, sheet in ordered]


def _turned_halves_apart(content: PdfContent) -> tuple[PdfContent, list[Sheet]]:
    """Each sheet's upright part and then its turned part as reading pages (see ``reading_pages``)."""
    parts: list[tuple[PageGeometry, Sheet]] = []
    backs: list[tuple[PageGeometry, Sheet]] = []
    for n, page in enumerate(content.pages):
        if page.turned_half is None:
            parts.extend(_stacked_halves(page))
            continue
        parts.append(_text_half(replace(page, turned_half=None)))
        (backs if n == 0 and _back_of(content) else parts).append(_text_half(page.turned_half, True))
    parts.extend(backs)
    return _as_read(content, parts)


def _back_of(content: PdfContent) -> bool:
    """The first sheet's turned part is the leaflet's back, read last: the sheet is the outside of
    a folded leaflet whose other sheets stand upright throughout (its inside). A sheet folded
    across the middle shows the cover upright and the back head down beside it; the back is
    read when the leaflet is turned over, after the inside."""
    return len(content.pages) > 1 and all(page.turned_half is None for page in content.pages[1:])


def _as_read(content: PdfContent, parts: list[tuple[PageGeometry, Sheet]]) -> tuple[PdfContent, list[Sheet]]:
    pages = [_renumbered(page, n) for n, (page, _sheet) in enumerate(parts, start=1)]
    return replace(content, pages=pages), [sheet for _page, sheet in parts]


def _stacked_apart(content: PdfContent) -> tuple[PdfContent, list[Sheet]]:
    """Every sheet holding two pages one over the other cut into them, upper first (unchanged,
    no sheets, when none does)."""
    parts = [part for page in content.pages for part in _stacked_halves(page)]
    if len(parts) == len(content.pages):
        return content, []
    return _as_read(content, parts)


def _stacked_halves(page: PageGeometry) -> list[tuple[PageGeometry, Sheet]]:
    """The sheet's upper and lower halves as pages of their own when it holds two page frames one
    over the other (a sheet folded across the middle, its inside printed as two pages): taller
    than wide, nothing set across its middle, and the same running line set at the same place
    of each half (at its foot, or at its head); else the sheet whole."""
    if not (_tall(page) and _middle_clear(page) and _frames_stacked(page)):
        return [(page, (page.number, 0.0, 0.0))]
    height = page.height / 2
    return [_cut_at(page, dy, height) for dy in (0.0, height)]


def _tall(page: PageGeometry) -> bool:
    return page.height >= SPREAD_LIMITS["aspect"] * page.width


def _middle_clear(page: PageGeometry) -> bool:
    """Nothing printed across the sheet's middle height, and text over and under it."""
    spans = [(line.top, line.bottom) for line in page.lines if line.text.strip()]
    boxes = [(im.box[1], im.box[3]) for im in page.images] + [(r[1], r[3]) for r in page.regions]
    return _clear_across(spans, boxes, page.height)


def _clear_across(spans: list[tuple[float, float]], boxes: list[tuple[float, float]], extent: float) -> bool:
    """Along one axis of a sheet ``extent`` long: no text span and no picture or drawn box reaches into the band
    ``SPREAD_LIMITS["fold_clear"]`` of the extent either side of its middle, and text lies on both sides."""
    middle = extent / 2
    reach = SPREAD_LIMITS["fold_clear"] * extent
    if any(start < middle + reach and end > middle - reach for start, end in spans + boxes):
        return False
    return any(end <= middle for _start, end in spans) and any(start >= middle for start, _end in spans)


def _frames_stacked(page: PageGeometry) -> bool:
    """A running line (not a bare page number) at the foot, or the head, of the upper half has its
    like at the same place of the lower half: two page frames, one over the other. A line with its like
    level with it in its own half (``_single``) marks frames side by side there (cards imposed two by two),
    not one frame a half."""
    height = page.height / 2
    edge = SPREAD_LIMITS["edge_share"] * height
    lines = [ln for ln in page.lines if ln.text.strip() and not _PAGE_NUMBER.match(ln.text.strip())]
    upper = _single([ln for ln in lines if ln.bottom <= edge or height - edge <= ln.top < height])
    lower = _single([ln for ln in lines if height <= ln.top and (ln.bottom <= height + edge or ln.top >= page.height - edge)])
    return any(
        _furniture_key(a.text) == _furniture_key(b.text)
        and abs(a.x0 - b.x0) <= SPREAD_LIMITS["level"] * a.size
        and abs(a.top + height - b.top) <= edge
        for a in upper for b in lower
    )


def _cut_at(page: PageGeometry, dy: float, height: float) -> tuple[PageGeometry, Sheet]:
    """The band of the sheet from ``dy`` down ``height`` as a page of its own, in its own coordinates."""
    def inside(top: float, bottom: float) -> bool:
        return dy <= (top + bottom) / 2 < dy + height

    moved = [_moved(ln, dy=dy) for ln in page.lines if inside(ln.top, ln.bottom)]
    images = [replace(im, box=(im.box[0], im.box[1] - dy, im.box[2], im.box[3] - dy))
              for im in page.images if inside(im.box[1], im.box[3])]
    regions = [(r[0], r[1] - dy, r[2], r[3] - dy) for r in page.regions if inside(r[1], r[3])]
    return PageGeometry(page.number, page.width, height, moved, images, regions), (page.number, 0.0, dy)


def _text_half(page: PageGeometry, turned: bool = False) -> tuple[PageGeometry, Sheet]:
    """The page cut to the upper or lower half of the sheet when all its text stands in it (a
    folded sheet's panels: the half is the leaflet's page), in that half's coordinates; else whole
    (the ``turned`` part then without pictures: they are the upright part's too, read once)."""
    height = page.height / 2
    lines = [ln for ln in page.lines if ln.text.strip()]
    for dy in (0.0, height):
        if lines and all(dy <= ln.top and ln.bottom <= dy + height for ln in lines):
            break
    else:
        return (replace(page, images=[]) if turned else page), (page.number, 0.0, 0.0)

    return _cut_at(page, dy, height)


def _moved(line: TextLine, dx: float = 0.0, dy: float = 0.0) -> TextLine:
    """``line`` moved ``dx`` to the left and ``dy`` up (its glyph boxes are x0, top, x1, bottom in fours)."""
    if not dx and not dy:
        return line
    boxes = array("d", line.boxes)
    for at in range(0, len(boxes), 4):
        boxes[at] -= dx
        boxes[at + 1] -= dy
        boxes[at + 2] -= dx
        boxes[at + 3] -= dy
    return replace(line, boxes=boxes, x0=line.x0 - dx, x1=line.x1 - dx, top=line.top - dy, bottom=line.bottom - dy)


def on_sheets(doc: Document, sheets: list[Sheet]) -> Document:
    """The document with its source boxes and figures put back on the PDF's own pages."""
    source = doc.source_map
    segments = tuple(
        replace(seg, ref=replace(seg.ref, page=sheets[seg.ref.page - 1][0])) if seg.ref.page else seg
        for seg in source.segments
    )
    source = replace(source, segments=segments)
    if source.boxes is not None and source.box_pages is not None:
        boxes = array("d", source.boxes)
        pages = array("I", source.box_pages)
        for at, number in enumerate(pages):
            if number:
                sheet, dx, dy = sheets[number - 1]
                pages[at] = sheet
                boxes[4 * at] += dx
                boxes[4 * at + 2] += dx
                boxes[4 * at + 1] += dy
                boxes[4 * at + 3] += dy
        source = source.with_boxes(boxes, pages)
    doc = doc.evolve(source_map=source)
    figures = []
    for figure in doc.figures:
        if figure.page and figure.box:
            sheet, dx, dy = sheets[figure.page - 1]
            x0, top, x1, bottom = figure.box
            figure = replace(figure, page=sheet, box=(x0 + dx, top + dy, x1 + dx, bottom + dy))
        figures.append(figure)
    return doc.evolve(figures=tuple(figures))


def _size(page: PageGeometry) -> tuple[int, int]:
    return round(page.width), round(page.height)


def _wide(page: PageGeometry) -> bool:
    return page.width >= SPREAD_LIMITS["aspect"] * page.height


def _fold_clear(page: PageGeometry) -> bool:
    """Nothing printed across the sheet's middle, and text on both sides of it."""
    spans = [(line.x0, line.x1) for line in page.lines if line.text.strip()]
    return _clear_across(spans, [(image.box[0], image.box[2]) for image in page.images], page.width)


def _furniture(page: PageGeometry) -> list[TextLine]:
    edge = SPREAD_LIMITS["edge_share"] * page.height
    return [ln for ln in page.lines if ln.text.strip() and (ln.bottom <= edge or ln.top >= page.height - edge)]


def _furniture_key(text: str) -> str:
    """A furniture line's text with its numbers taken out: the same running line on two pages."""
    return " ".join(_DIGITS.sub("#", text).split()).lower()


def _two_frames(page: PageGeometry) -> bool:
    """Each half of the sheet carries the same furniture level with the other's. A line whose
    like stands level with it in its own half is no page's furniture (a page frame carries its
    running line or number once): it is one of a row of labels over the columns or panels of one
    sheet ("Stop 1", "Stop 2", "Stop 3" over a leaflet's panels), which a fold may cut through."""
    middle = page.width / 2
    lines = _furniture(page)
    left = _single([ln for ln in lines if ln.x1 <= middle])
    right = _single([ln for ln in lines if ln.x0 >= middle])
    pairs = sum(
        1 for a in left
        if any(_level(a, b) and _same_furniture(a.text, b.text) for b in right)
    )
    return pairs >= SPREAD_LIMITS["frame_pairs"]


def _single(lines: list[TextLine]) -> list[TextLine]:
    """The lines with no like (``_same_furniture``) level with them among the others."""
    return [a for a in lines if not any(
        b is not a and _level(a, b) and _same_furniture(a.text, b.text) for b in lines)]


def _level(a: TextLine, b: TextLine) -> bool:
    return abs(a.top - b.top) <= SPREAD_LIMITS["level"] * max(a.size, b.size)


def _same_furniture(a: str, b: str) -> bool:
    if _PAGE_NUMBER.match(a.strip()) and _PAGE_NUMBER.match(b.strip()):
        return True
    return _furniture_key(a) == _furniture_key(b)


def _half(page: PageGeometry, side: int) -> tuple[PageGeometry, Sheet]:
    """One half of a sheet as a page of its own, in its own coordinates (numbered later)."""
    width = page.width / 2
    dx = side * width
    low, high = dx, dx + width

    def inside(x0: float, x1: float) -> bool:
        return low <= (x0 + x1) / 2 < high

    lines = [_moved(ln, dx=dx) for ln in page.lines if inside(ln.x0, ln.x1)]
    images = [
        replace(im, box=(im.box[0] - dx, im.box[1], im.box[2] - dx, im.box[3]))
        for im in page.images if inside(im.box[0], im.box[2])
    ]
    regions = [(r[0] - dx, r[1], r[2] - dx, r[3]) for r in page.regions if inside(r[0], r[2])]
    half = PageGeometry(page.number, width, page.height, lines, images, regions)
    return half, (page.number, dx, 0.0)


def _renumbered(page: PageGeometry, number: int) -> PageGeometry:
    lines = [replace(ln, page=number) for ln in page.lines]
    images: list[ImageBox] = [replace(im, page=number) for im in page.images]
    return PageGeometry(number, page.width, page.height, lines, images, list(page.regions))


def _reading_order(halves: list[list[tuple[PageGeometry, Sheet]]]) -> list[tuple[PageGeometry, Sheet]]:
    """Side by side, or imposed for a folded booklet when the printed page numbers say so
    (or, with no numbers to tell, when the imposed order opens on the document's largest type:
    its cover)."""
    in_turn = [half for sheet in halves for half in sheet]
    imposed = _imposed(halves)
    if imposed is None:
        return in_turn
    return imposed if _order_fit(imposed) > _order_fit(in_turn) else in_turn


def _order_fit(order: list[tuple[PageGeometry, Sheet]]) -> tuple[int, bool, bool]:
    agree, offset = _numbers_agree(order)
    return agree, offset == 0, _opens_on_largest_type(order)


def _opens_on_largest_type(order: list[tuple[PageGeometry, Sheet]]) -> bool:
    """The first page with text carries the largest type of the document (a cover's title)."""
    sizes = [max((ln.size for ln in page.lines if ln.text.strip()), default=0.0) for page, _sheet in order]
    first = next((size for size in sizes if size), 0.0)
    return bool(first) and first >= max(sizes)


def _imposed(halves: list[list[tuple[PageGeometry, Sheet]]]) -> list[tuple[PageGeometry, Sheet]] | None:
    """The pages of a folded booklet printed as spreads: sheet k holds pages (n - k, k + 1)
    when k is even and (k + 1, n - k) when odd, n the page count (1-based, k from 0)."""
    if any(len(sheet) != 2 for sheet in halves):
        return None
    count = 2 * len(halves)
    at: dict[int, tuple[PageGeometry, Sheet]] = {}
    for k, (left, right) in enumerate(halves):
        first, second = (count - k, k + 1) if k % 2 == 0 else (k + 1, count - k)
        at[first], at[second] = left, right
    return [at[n] for n in range(1, count + 1)]


def _numbers_agree(order: list[tuple[PageGeometry, Sheet]]) -> tuple[int, int]:
    """How many pages print their place in this order as their page number, counted on from
    the offset most of them agree on (an excerpt may start at page 2), and that offset."""
    offsets: Counter[int] = Counter(
        number - n for n, (page, _sheet) in enumerate(order, start=1) for number in _printed_numbers(page))
    if not offsets:
        return 0, 0
    offset, agree = max(offsets.items(), key=lambda item: (item[1], item[0] == 0))
    return agree, offset


def _printed_numbers(page: PageGeometry) -> set[int]:
    found = set()
    for line in _furniture(page):
        match = _PAGE_NUMBER.match(line.text.strip())
        if match:
            found.add(int(match.group(1)))
    return found
