"""DOCX made of text placed on the page: every printed line (or block) in a frame or a floating
text box at a fixed position, as converters from PDF write a page. The file's order of such
pieces need not be the reading order (a converter may write a page's boxes by their drawing
order); the page says it: the pieces of each page are read column by column, top to bottom.

``placed_order`` decides whether a document is made so (``PLACED_LIMITS`` placed_share of its
text is in positioned frames and boxes) and returns its paragraphs in page order, with the
paragraphs that go on the line before them (the next line of one paragraph, by the page's
line pitch and the column's left edge) and the text boxes it read.
"""

from __future__ import annotations

from dataclasses import dataclass
from statistics import median

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_TWIPS_PER_POINT = 20
_EMU_PER_POINT = 12_700

# Every threshold of the placed-text reading.
PLACED_LIMITS = {
    "placed_share": 0.5,  # the document is placed text when this share of its letters is in positioned pieces
    "placed_pieces": 3,  # ... held in at least this many pieces
    "column_lines": 3,  # a left edge shared by this many pieces of a page starts a column
    "edge_slack": 6.0,  # points: pieces whose left edges differ by at most this share an edge
    "line_gap": 1.5,  # a piece this many times the column's line pitch (or less) under the one before goes on
    # its paragraph; a wider gap, or a piece standing off the column's edge (an indent), starts a new one
}


@dataclass
class _Piece:
    """A paragraph of placed text with where it stands on its page (points from the page's top left)."""

    paragraph: object  # the python-docx Paragraph
    page: int
    x: float
    y: float
    order: int  # its place in the file (pieces at one position keep it)
    first: bool  # the first paragraph of its frame or box (only a first paragraph may go on the piece before)
    column: int = 0
    width: float | None = None  # its frame's stated width (points), when it states one


def _margins(body) -> tuple[float, float]:
    """The body's left and top page margins in points (its last section's ``w:pgMar``)."""
    mar = body.find(f"{_W}sectPr/{_W}pgMar")
    if mar is None:
        return 72.0, 72.0
    return (_number(mar.get(f"{_W}left"), 1440) / _TWIPS_PER_POINT,
            _number(mar.get(f"{_W}top"), 1440) / _TWIPS_PER_POINT)


def _number(value: str | None, default: float) -> float:
    try:
        return float(value) if value is not None else default
    except ValueError:
        return default


def frame_width(p) -> float | None:
    """The stated width of a framed paragraph's frame in points (``w:framePr w:w``), else None."""
    frame = p.find(f"{_W}pPr/{_W}framePr")
    width = frame.get(f"{_W}w") if frame is not None else None
    return _number(width, 0) / _TWIPS_PER_POINT if width is not None else None


def frame_position(p, margins: tuple[float, float]) -> tuple[float, float] | None:
    """Where a framed paragraph (``w:framePr`` with ``w:x`` and ``w:y``) stands, placed against the
    page or its margins (a frame placed against the text around it moves with it: None)."""
    frame = p.find(f"{_W}pPr/{_W}framePr")
    if frame is None or frame.get(f"{_W}x") is None or frame.get(f"{_W}y") is None:
        return None
    h_anchor, v_anchor = frame.get(f"{_W}hAnchor", "page"), frame.get(f"{_W}vAnchor", "margin")
    if v_anchor == "text":
        return None
    x = _number(frame.get(f"{_W}x"), 0) / _TWIPS_PER_POINT + (margins[0] if h_anchor in ("margin", "text") else 0)
    y = _number(frame.get(f"{_W}y"), 0) / _TWIPS_PER_POINT + (margins[1] if v_anchor == "margin" else 0)
    return x, y


def anchor_position(anchor, margins: tuple[float, float]) -> tuple[float, float] | None:
    """Where a floating drawing (``wp:anchor``) stands: its horizontal and vertical offsets placed
    against the page or its margins (one placed against a paragraph, a character or by alignment
    only: None)."""
    place = []
    for axis, margin in (("positionH", margins[0]), ("positionV", margins[1])):
        pos = anchor.find(f"{_WP}{axis}")
        offset = pos.find(f"{_WP}posOffset") if pos is not None else None
        relative = pos.get("relativeFrom") if pos is not None else None
        if offset is None or relative not in ("page", "margin", "column") and axis == "positionH" or (
                axis == "positionV" and relative not in ("page", "margin")):
            return None
        place.append(_number(offset.text, 0) / _EMU_PER_POINT + (margin if relative != "page" else 0))
    return place[0], place[1]


def _letters(p) -> int:
    return sum(len(t.text or "") for t in p.iter(f"{_W}t"))


def page_ends(paragraphs: list, body) -> set:
    """The paragraph elements (in file order) after which a new page begins: one holding a page
    break, or one closing a section (its ``w:sectPr``) when the next section starts on a new page.
    A section's own ``w:type`` says how it begins (next page when it states none), so the break
    after a section's last paragraph is the next section's: a continuous or next-column section
    goes on on the same page."""
    ends = {p for p in paragraphs if any(br.get(f"{_W}type") == "page" for br in p.iter(f"{_W}br"))}
    closing = [p for p in paragraphs if p.find(f"{_W}pPr/{_W}sectPr") is not None]
    following = [p.find(f"{_W}pPr/{_W}sectPr") for p in closing[1:]] + [body.find(f"{_W}sectPr")]
    for p, section in zip(closing, following, strict=False):
        kind = section.find(f"{_W}type") if section is not None else None
        if section is not None and (kind is None or kind.get(f"{_W}val") not in ("continuous", "nextColumn")):
            ends.add(p)
    return ends


def _box_paragraphs(anchor) -> list:
    """The paragraphs of the text box a floating drawing holds (not its VML fallback copy)."""
    for content in anchor.iter(f"{_W}txbxContent"):
        if not any(a.tag == _FALLBACK for a in content.iterancestors()):
            return [content, list(content.iterchildren(f"{_W}p"))]
    return [None, []]


def placed_order(items: list, body, paragraph_type, parent) -> tuple[list, set, set, dict] | None:
    """The document's paragraphs in page order when it is made of placed text, else None.

    ``items`` are the body's (kind, object) items in file order. Returns the items with each
    positioned frame's and box's paragraphs in page order (a paragraph in the flow keeps its
    place after the piece before it), the paragraph elements that go on the one before them,
    the text boxes' contents read here, and the page (counted from 0) of each placed paragraph element."""
    margins = _margins(body)
    ends = page_ends([obj._p for kind, obj in items if kind == "paragraph"], body)
    pieces: list[_Piece] = []
    flow: list[tuple[int, object]] = []  # (number of pieces before it, item) of what is not placed
    boxes: set = set()
    page = 0
    total = placed = 0
    for kind, obj in items:
        if kind != "paragraph":
            flow.append((len(pieces), (kind, obj)))
            continue
        p = obj._p
        letters = _letters(p)
        total += letters
        position = frame_position(p, margins)
        if position is not None:
            first = not pieces or pieces[-1].page != page or (pieces[-1].x, pieces[-1].y) != position
            pieces.append(_Piece(obj, page, position[0], position[1], len(pieces), first, width=frame_width(p)))
            placed += letters
        else:
            anchored = [(a, anchor_position(a, margins)) for a in p.iter(f"{_WP}anchor")]
            total -= sum(_letters(inner) for a, _ in anchored for inner in _box_paragraphs(a)[1])
            flow.append((len(pieces), (kind, obj)))  # (its boxes' letters are counted with the boxes)
            for anchor, where in anchored:
                content, inner = _box_paragraphs(anchor)
                if where is None or content is None or not inner:
                    continue
                boxes.add(content)
                for n, q in enumerate(inner):
                    pieces.append(_Piece(paragraph_type(q, parent), page, where[0], where[1], len(pieces), n == 0))
                    placed += _letters(q)
                    total += _letters(q)
        if p in ends:
            page += 1
    if len(pieces) < PLACED_LIMITS["placed_pieces"] or not total or placed / total < PLACED_LIMITS["placed_share"]:
        return None
    ordered = _in_page_order(pieces)
    goes_on = _lines_going_on(ordered)
    pages = {piece.paragraph._p: piece.page for piece in pieces}  # type: ignore[attr-defined]
    return _with_flow(ordered, flow, pieces), goes_on, boxes, pages


def _columns(pieces: list[_Piece]) -> list[float]:
    """The left edges of a page's columns: edges that at least ``column_lines`` pieces share,
    each standing right of the column before it (not under most of that column's lines, as the
    indented first lines and inset boxes of one column are)."""
    slack = PLACED_LIMITS["edge_slack"]
    edges: list[float] = []
    for x in sorted(p.x for p in pieces):
        near = sum(1 for p in pieces if abs(p.x - x) <= slack)
        if near >= PLACED_LIMITS["column_lines"] and (not edges or x - edges[-1] > slack) and (
                not edges or not _within_column(pieces, edges[-1], x)):
            edges.append(x)
    return edges


def _within_column(pieces: list[_Piece], edge: float, x: float) -> bool:
    """Most pieces starting at ``edge`` (with a stated width) reach past ``x``, and none starting at
    ``x`` stands beside one of them (on its line): a left edge at ``x`` lies inside that column
    (indented first lines, an inset box), no column of its own. A converter that states every
    frame as wide as the page still sets two columns' lines side by side."""
    slack = PLACED_LIMITS["edge_slack"]
    at_edge = [p for p in pieces if abs(p.x - edge) <= slack]
    widths = [p.width for p in at_edge if p.width is not None]
    if not widths or sum(1 for w in widths if edge + w > x + slack) <= len(widths) / 2:
        return False
    return not any(abs(p.y - q.y) <= slack for p in pieces if abs(p.x - x) <= slack for q in at_edge)


def _in_page_order(pieces: list[_Piece]) -> list[_Piece]:
    """Pieces page by page, each page column by column (a piece belongs to the last column
    whose edge it starts at or right of), each column top to bottom."""
    slack = PLACED_LIMITS["edge_slack"]
    by_page: dict[int, list[_Piece]] = {}
    for piece in pieces:
        by_page.setdefault(piece.page, []).append(piece)
    ordered: list[_Piece] = []
    for page in sorted(by_page):
        group = by_page[page]
        edges = _columns(group)
        for piece in group:
            piece.column = max((n for n, edge in enumerate(edges) if piece.x >= edge - slack), default=0)
        ordered.extend(sorted(group, key=lambda p: (p.column, p.y, p.x, p.order)))
    return ordered


def _lines_going_on(ordered: list[_Piece]) -> set:
    """The paragraph elements that are the next line of the piece before them: the first
    paragraph of its piece, on the same page and in the same column, starting at the edge of
    the piece before (no indent), at most ``line_gap`` times the column's line pitch under it."""
    gaps: dict[tuple[int, int], list[float]] = {}
    for before, piece in zip(ordered, ordered[1:], strict=False):
        if (before.page, before.column) == (piece.page, piece.column) and piece.y > before.y:
            gaps.setdefault((piece.page, piece.column), []).append(piece.y - before.y)
    pitches = {key: median(values) for key, values in gaps.items()}
    goes_on = set()
    slack = PLACED_LIMITS["edge_slack"]
    for before, piece in zip(ordered, ordered[1:], strict=False):
        key = (piece.page, piece.column)
        if not piece.first or (before.page, before.column) != key or key not in pitches:
            continue
        gap = piece.y - before.y
        if 0 < gap <= PLACED_LIMITS["line_gap"] * pitches[key] and abs(piece.x - before.x) <= slack:
            goes_on.add(piece.paragraph._p)  # type: ignore[attr-defined]
    return goes_on


def _with_flow(ordered: list[_Piece], flow: list[tuple[int, object]], pieces: list[_Piece]) -> list:
    """The placed pieces in page order with each item of the flow after the piece it followed in the file."""
    after: dict[int, list] = {}
    for count, item in flow:
        after.setdefault(count - 1, []).append(item)
    out = list(after.pop(-1, []))
    for piece in ordered:
        out.append(("paragraph", piece.paragraph))
        out.extend(after.pop(piece.order, []))
    for rest in after.values():
        out.extend(rest)
    return out
