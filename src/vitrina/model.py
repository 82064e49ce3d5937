"""The one data model: a document's immutable text and spans over it.

Everything vitrina knows about a document -- sections, blocks, mentions,
dates, quantities, quotations, events -- is a ``(start, end)`` span in
characters over ``Document.text``, the rebuilt reading-order text, as in
spaCy's Doc/Span. The :class:`SourceMap` takes a span back to the input.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any, Literal

from vitrina.terminal import C1_SEQUENCE, ESCAPE_SEQUENCE

# "table": a row of a data table (cells parted by " | ") or the title line set over it
# "translation": a block in a bilingual document's second language, parallel to the body
# (kept in the text, out of its sections and of the extraction; structure/languages.py)
# How the readers part a data table row's cells in the text ("1864 | Burial | aged 74").
CELL_SEPARATOR = " | "
BlockKind = Literal["heading", "paragraph", "caption", "credit", "table", "translation"]
EntityType = Literal["person", "organization", "place", "group", "vessel", "other"]
QuoteKind = Literal["quotation", "term", "retracted"]  # retracted: an attribution the document withdrew


@dataclass(frozen=True, slots=True)
class SourceRef:
    """Where a piece of rebuilt text came from in the decoded input."""

    start: int  # character offset into the decoded source text
    end: int
    line: int  # 1-based line of ``start`` in the source (on its page, where the input has pages)
    page: int | None = None  # 1-based page, where the input has pages


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of rebuilt text with its origin; readers emit blocks as pieces."""

    text: str
    ref: SourceRef | None = None


@dataclass(frozen=True, slots=True)
class Segment:
    """One stretch of document text mapped to one stretch of source."""

    start: int
    end: int
    ref: SourceRef


@dataclass(frozen=True, slots=True)
class SourceLocation:
    path: str
    start: int
    end: int
    line: int
    column: int
    page: int | None

    def as_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "start": self.start,
            "end": self.end,
            "line": self.line,
            "column": self.column,
            "page": self.page,
        }


@dataclass(frozen=True)
class SourceMap:
    """Maps document offsets back to the input (file, page, line, character)."""

    path: str
    segments: tuple[Segment, ...] = ()
    source_text: str | None = None  # decoded input, when the reader kept it
    # PDF: x0, top, x1, bottom in points for every source character (flat), and its page
    boxes: Sequence[float] | None = field(default=None, compare=False, repr=False)
    box_pages: Sequence[int] | None = field(default=None, compare=False, repr=False)

    def with_boxes(self, boxes: Sequence[float], pages: Sequence[int]) -> SourceMap:
        return replace(self, boxes=boxes, box_pages=pages)

    def lines_by_page(self, first_lines: dict[int, int]) -> SourceMap:
        """The map with each paged stretch's line counted from its own page, given the
        source line each page starts on: a citation names page and line, so the line is
        the page's (line 1 is the first line of that page, not of the document)."""
        segments = tuple(
            replace(s, ref=replace(s.ref, line=s.ref.line - first_lines[s.ref.page] + 1))
            if s.ref.page in first_lines else s
            for s in self.segments
        )
        return replace(self, segments=segments)

    def box(self, start: int, end: int) -> tuple[int, float, float, float, float] | None:
        """Page and bounding box (x0, top, x1, bottom) of document span ``[start, end)``.

        Only for inputs with geometry (PDF); the box of the span's first page.
        """
        location = self.locate(start, end)
        if self.boxes is None or self.box_pages is None or location is None:
            return None
        pages = self.box_pages
        page = 0
        x0 = top = float("inf")
        x1 = bottom = float("-inf")
        for offset in range(location.start, min(max(location.end, location.start + 1), len(pages))):
            if not pages[offset]:
                continue
            page = page or pages[offset]
            if pages[offset] != page:
                break
            at = 4 * offset
            x0, top = min(x0, self.boxes[at]), min(top, self.boxes[at + 1])
            x1, bottom = max(x1, self.boxes[at + 2]), max(bottom, self.boxes[at + 3])
        return (page, x0, top, x1, bottom) if page else None

    @cached_property
    def _segment_starts(self) -> list[int]:
        return [s.start for s in self.segments]

    @cached_property
    def _newlines(self) -> list[int]:
        """Offsets of the source's newlines: line and column by bisection, not by counting."""
        text = self.source_text or ""
        return [i for i, ch in enumerate(text) if ch == "\n"]

    def _segment_at(self, offset: int) -> Segment | None:
        if not self.segments:
            return None
        i = max(bisect.bisect_right(self._segment_starts, offset) - 1, 0)
        return self.segments[i]

    def locate(self, start: int, end: int | None = None) -> SourceLocation | None:
        """The source location of document span ``[start, end)``."""
        end = start if end is None else end
        first = self._segment_at(start)
        last = self._segment_at(max(end - 1, start))
        if first is None or last is None:
            return None
        src_start = _project(first, start)
        src_end = max(_project(last, end), src_start)
        column = 1
        if self.source_text is not None:
            before = bisect.bisect_left(self._newlines, src_start)  # newlines before src_start
            column = src_start - (self._newlines[before - 1] + 1 if before else 0) + 1
            line = before + 1
            if first.ref.page is not None:  # counted on the page: from the stretch's own line
                line = first.ref.line + before - bisect.bisect_left(self._newlines, first.ref.start)
        else:
            line = first.ref.line
        return SourceLocation(self.path, src_start, src_end, line, column, first.ref.page)


def _project(seg: Segment, offset: int) -> int:
    """Project a document offset into the source through one segment.

    Inside a segment whose text was copied verbatim the projection is exact;
    where the reader normalised (joined hyphens, collapsed spaces) it is
    clamped to the segment's source range.
    """
    delta = min(max(offset - seg.start, 0), seg.ref.end - seg.ref.start)
    return seg.ref.start + delta


@dataclass(frozen=True, slots=True)
class Section:
    """A heading and the text under it up to the next heading of any level (``start``, ``end``: its own text,
    not its sub-sections'). ``level`` 1 is the document's top sections; ``parent`` the id of the section a
    sub-section belongs to (None at level 1). A document whose format gives no heading ranks is all level 1."""

    id: str
    label: str | None  # "A", "10", or None
    title: str
    start: int
    end: int
    level: int = 1
    parent: str | None = None  # Section.id


@dataclass(frozen=True, slots=True)
class Block:
    id: str
    section: str | None  # Section.id
    kind: BlockKind
    start: int
    end: int
    position: str | None = None  # caption position label: "Above, left"
    credit: str | None = None  # caption credit text (also a "credit" block)


@dataclass(frozen=True, slots=True)
class Figure:
    """An image of the input, with the caption block that describes it.

    ``alt`` is the image's alternative text, kept apart: it is not a caption.
    ``data`` holds the image file when the reader extracted it (size-capped);
    ``src`` the file or address it refers to otherwise.
    """

    id: str
    caption: str | None = None  # Block.id of its caption (the credit is on that block)
    page: int | None = None
    box: tuple[float, float, float, float] | None = None  # x0, top, x1, bottom (points)
    src: str | None = None
    alt: str | None = None
    mime: str | None = None
    data: bytes | None = field(default=None, repr=False)


@dataclass(frozen=True, slots=True)
class Markup:
    """Annotation given by the input itself (TEI persName, placeName, date)."""

    kind: str  # "person", "place", "organization", "date"
    start: int
    end: int
    attrs: tuple[tuple[str, str], ...] = ()

    def attr(self, name: str) -> str | None:
        return dict(self.attrs).get(name)


@dataclass(frozen=True, slots=True)
class Repair:
    """A typographic slip the rebuild repaired, recorded for honesty."""

    start: int
    end: int
    original: str
    replacement: str
    reason: str


# ---------------------------------------------------------------- facts


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    type: EntityType
    entity: str  # entity id, document-local until linking, then global


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    type: EntityType
    name: str
    aliases: tuple[str, ...] = ()
    lat: float | None = None
    lon: float | None = None
    identifier: str | None = None  # e.g. a Wikidata QID from an authority file
    # places: what geocoding decided, and the senses it weighed
    country: str | None = None  # ISO 3166-1 alpha-2 of the chosen sense
    place_kind: str | None = None  # country, city, admin-region, region
    place_key: str | None = None  # gazetteer key ("geonames:2761369")
    geocoding: str | None = None  # why it has (or has no) coordinates
    candidates: tuple[tuple[str, str, str, float, float, float], ...] = ()  # key, name, country, lat, lon, score
    # linking: every cross-document merge as (rule, one member, another member)
    merges: tuple[tuple[str, str, str], ...] = ()
    # people: the titles documents give them, as (role, document id, start, end) spans
    roles: tuple[tuple[str, str, int, int], ...] = ()
    # people: the roles a TEI file gives them outside its text (no span of it), as (role, document id, where,
    # source start, source end): the element stating it ("person/@role, line 11, column 6") and its offsets in
    # the decoded input
    header_roles: tuple[tuple[str, str, str, int, int], ...] = ()

    def __post_init__(self) -> None:
        # A name is shown inside other text (a page, a list, a graph label): an explicit bidi embedding,
        # override or isolate from the source (often cut from its closing one by the mention's span) would
        # reorder what follows it, so names carry none; the text's own characters keep their direction.
        if _BIDI_CONTROLS.search(self.name) or any(_BIDI_CONTROLS.search(a) for a in self.aliases):
            object.__setattr__(self, "name", _BIDI_CONTROLS.sub("", self.name))
            object.__setattr__(self, "aliases", tuple(_BIDI_CONTROLS.sub("", a) for a in self.aliases))


# Explicit bidi formatting: embeddings and overrides (U+202A–U+202E) and isolates (U+2066–U+2069).
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    edtf: str
    # the span of the date this one was counted from, when it names a day only from a day the text writes (the
    # date of writing over a diary's "the 14th", the "22nd of May" before "the 29th"): cited with it
    anchor: tuple[int, int] | None = None
    # the value as written in the Julian calendar, when the text marks the date Old Style ("O.S.", a year
    # "1710/11") and ``edtf`` is its Gregorian day (EDTF has no calendar: the written reading is kept beside it)
    julian: str | None = None


@dataclass(frozen=True, slots=True)
class LanguageSpan:
    """A run of sentences in another language than English (BCP 47 ``lang``): kept and searched, its
    entities not taken from the English model (``extract.foreign``)."""

    start: int
    end: int
    lang: str


@dataclass(frozen=True, slots=True)
class Quantity:
    id: str
    start: int
    end: int
    value: float  # the amount; a range's lower end
    unit: str | None
    qualifier: str | None
    high: float | None = None  # a range's upper end ("40 to 45 feet": value 40, high 45); None for one amount


@dataclass(frozen=True, slots=True)
class Quote:
    id: str
    start: int
    end: int
    kind: QuoteKind
    speaker: str | None  # entity id
    date: str | None  # EDTF
    # the words naming a speaker no entity stands for ("my father", "the crowd"); None when one does or none
    speaker_span: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    label: str
    date_start: int  # span of the date expression
    date_end: int
    edtf: str
    participants: tuple[str, ...] = ()  # entity ids
    places: tuple[str, ...] = ()  # entity ids
    evidence: tuple[tuple[int, int], ...] = ()  # spans, usually sentences


@dataclass(frozen=True)
class Document:
    """Immutable rebuilt text plus everything known about it, as spans."""

    id: str
    title: str
    source: str
    format: str
    text: str
    sections: tuple[Section, ...] = ()
    blocks: tuple[Block, ...] = ()
    source_map: SourceMap = field(default_factory=lambda: SourceMap(""))
    markup: tuple[Markup, ...] = ()
    repairs: tuple[Repair, ...] = ()
    # filled by the extract stage
    sentences: tuple[tuple[int, int], ...] = ()  # never cross a block boundary
    entities: tuple[Entity, ...] = ()
    mentions: tuple[Mention, ...] = ()
    dates: tuple[DateMention, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    languages: tuple[LanguageSpan, ...] = ()  # sentences in another language than English
    meta: tuple[tuple[str, str], ...] = ()  # reader-supplied metadata (author, date…)
    figures: tuple[Figure, ...] = ()  # images with their captions, in reading order
    # roles the input gives named people outside the text (a TEI header's particDesc, listPerson, respStmt), as
    # (person's name, role, where, source start, source end): ``ingest.tei.header_roles``
    header_roles: tuple[tuple[str, str, str, int, int], ...] = ()

    def span_text(self, start: int, end: int) -> str:
        return self.text[start:end]

    def section_at(self, offset: int) -> Section | None:
        for section in self.sections:
            if section.start <= offset < section.end:
                return section
        return None

    def subsections(self, section: str) -> tuple[Section, ...]:
        """The sections under ``section`` (an id), at any depth, in reading order."""
        under = {section}
        found = []
        for candidate in self.sections:  # a parent always comes before its sub-sections
            if candidate.parent in under:
                under.add(candidate.id)
                found.append(candidate)
        return tuple(found)

    def block_at(self, offset: int) -> Block | None:
        for block in self.blocks:
            if block.start <= offset < block.end:
                return block
        return None

    def evolve(self, **changes: Any) -> Document:
        """A new document with some fields replaced (stages never mutate)."""
        return replace(self, **changes)


# ---------------------------------------------------------------- building


# C0 controls but tab and newline, DEL and the C1 controls: characters a document never means to show (a
# terminal or a browser acts on them: ESC, BEL, the 8-bit CSI).
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def visible_text(text: str) -> str:
    """``text`` without terminal escape sequences (a title change, a screen clear: removed whole) and with every
    other control character but tab and newline as a space (same length)."""
    if "\x1b" in text or "\x9b" in text or "\x9d" in text:
        text = C1_SEQUENCE.sub("", ESCAPE_SEQUENCE.sub("", text))
    return _CONTROLS.sub(" ", text)


def file_reference(name: str) -> str:
    """A source file's name as an export writes it where a reader must find the file again: each control
    character (which XML cannot hold and a terminal would obey) and ``%`` itself as its UTF-8 bytes in URI
    percent-encoding, so ``urllib.parse.unquote`` gives the name back exactly."""
    return _FILE_ESCAPED.sub(lambda m: "".join(f"%{b:02X}" for b in m.group().encode("utf-8", "surrogatepass")), name)


_FILE_ESCAPED = re.compile("[%\x00-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")


def section_levels(ranks: Sequence[float | None]) -> list[tuple[int, int | None]]:
    """(level, index of the parent or None) of sections with these heading ranks, in reading order.

    A section is under the nearest section before it of a smaller rank, so levels count the ranks in use, not
    their values: h2 under h1 is level 2, and so is an h4 right under an h2. The first ranked sections are
    level 1 whatever their rank. A section without a rank (a format that gives none, a document's closing
    notes) is level 1 and ends every section open before it: what follows it is not under them.
    """
    out: list[tuple[int, int | None]] = []
    open_: list[tuple[float, int]] = []  # (rank, index) of the sections a later one may be under
    for index, rank in enumerate(ranks):
        if rank is None:
            open_ = []
            out.append((1, None))
            continue
        while open_ and open_[-1][0] >= rank:
            open_.pop()
        out.append((len(open_) + 1, open_[-1][1] if open_ else None))
        open_.append((rank, index))
    return out


class DocumentBuilder:
    """Assembles a Document from blocks of pieces, keeping the source map.

    Readers and the structure stage call ``section`` and ``block``; blocks are
    separated by a blank line in the rebuilt text, pieces inside a block are
    concatenated as given (the caller decides on spaces and hyphens).
    """

    BLOCK_SEPARATOR = "\n\n"

    def __init__(self, doc_id: str, source: str, fmt: str, source_text: str | None = None):
        self.doc_id = doc_id
        self.source = source
        self.format = fmt
        self.source_text = source_text
        self._parts: list[str] = []
        self._part_starts: list[int] = []  # offset of each part (text_of joins only a block's own)
        self._length = 0
        self._segments: list[Segment] = []
        self._sections: list[dict[str, Any]] = []
        self._blocks: list[Block] = []
        self._markup: list[Markup] = []
        self._repairs: list[Repair] = []
        self._figures: list[Figure] = []
        self.title: str | None = None

    @property
    def offset(self) -> int:
        return self._length

    def _append(self, text: str, ref: SourceRef | None) -> tuple[int, int]:
        start = self._length
        text = visible_text(text)
        self._parts.append(text)
        self._part_starts.append(start)
        self._length += len(text)
        if ref is not None and text:
            self._segments.append(Segment(start, self._length, ref))
        return start, self._length

    def section(
        self,
        label: str | None,
        title_pieces: Sequence[Piece] | str,
        markup: Iterable[tuple[str, int, int, tuple[tuple[str, str], ...]]] = (),
        rank: float | None = None,
    ) -> str:
        """Open a section; its heading (if any text) becomes a heading block.

        ``markup`` is passed to that heading block (offsets relative to it). ``rank`` is the heading's rank
        as its format states it, smaller for a higher heading (HTML's h1 1, a div nested in two 3, a PDF
        heading's font size negated); a section opened later with a larger rank is its sub-section
        (``section_levels``). None: the format gives no rank, the section is a top one.
        """
        sec_id = f"s{len(self._sections)}"
        self._close_section()
        pieces = [Piece(title_pieces)] if isinstance(title_pieces, str) else list(title_pieces)
        start = self._length if not self._blocks else self._length + len(self.BLOCK_SEPARATOR)
        label = visible_text(label) if label is not None else None
        self._sections.append({"id": sec_id, "label": label, "start": start, "title": "", "rank": rank})
        if any(p.text.strip() for p in pieces):
            block = self.block("heading", pieces, markup=markup)
            self._sections[-1]["title"] = self.text_of(block)
            self._sections[-1]["start"] = block.start
        return sec_id

    @property
    def last_section(self) -> tuple[str | None, str] | None:
        """(label, title) of the section opened last, or None before any."""
        if not self._sections:
            return None
        return self._sections[-1]["label"], self._sections[-1]["title"]

    def _close_section(self) -> None:
        if self._sections and "end" not in self._sections[-1]:
            self._sections[-1]["end"] = self._length

    def block(
        self,
        kind: BlockKind,
        pieces: Iterable[Piece] | str,
        position: str | None = None,
        credit: str | None = None,
        markup: Iterable[tuple[str, int, int, tuple[tuple[str, str], ...]]] = (),
    ) -> Block:
        """Append a block. ``markup`` offsets are relative to the block text."""
        pieces = [Piece(pieces)] if isinstance(pieces, str) else list(pieces)
        if self._blocks:
            self._append(self.BLOCK_SEPARATOR, None)
        start = self._length
        for piece in pieces:
            self._append(piece.text, piece.ref)
        end = self._length
        section = self._sections[-1]["id"] if self._sections else None
        position, credit = (visible_text(v) if v is not None else None for v in (position, credit))
        block = Block(f"b{len(self._blocks)}", section, kind, start, end, position, credit)
        self._blocks.append(block)
        for kind_, s, e, attrs in markup:
            self._markup.append(Markup(kind_, start + s, start + e, attrs))
        return block

    def figure(self, caption: Block | None = None, **fields: Any) -> Figure:
        """Record an image (``src``, ``alt``, ``page``, ``box``…), linked to its caption block.

        A ``data:`` URI as ``src`` (the image file itself, often hundreds of KB of base64, in any
        format's markup) is not an address: the figure is kept without it."""
        if str(fields.get("src") or "")[:5].lower() == "data:":
            fields["src"] = None
        figure = Figure(f"f{len(self._figures)}", caption.id if caption else None, **fields)
        self._figures.append(figure)
        return figure

    def repair(self, start: int, end: int, original: str, replacement: str, reason: str) -> None:
        self._repairs.append(Repair(start, end, original, replacement, reason))

    def text_of(self, block: Block) -> str:
        first = max(bisect.bisect_right(self._part_starts, block.start) - 1, 0)
        last = bisect.bisect_left(self._part_starts, block.end, lo=first)
        offset = self._part_starts[first] if self._parts else 0
        return "".join(self._parts[first:last])[block.start - offset : block.end - offset]

    def build(self, title: str | None = None, meta: dict[str, str] | None = None) -> Document:
        self._close_section()
        text = "".join(self._parts)
        kept = [s for s in self._sections if s["end"] > s["start"]]
        levels = section_levels([s["rank"] for s in kept])
        sections = tuple(
            Section(s["id"], s["label"], s["title"], s["start"], s["end"], level,
                    kept[parent]["id"] if parent is not None else None)
            for s, (level, parent) in zip(kept, levels, strict=True)
        )
        doc_title = visible_text(title or self.title or (sections[0].title if sections else "") or self.doc_id)
        return Document(
            id=self.doc_id,
            title=doc_title,
            source=self.source,
            format=self.format,
            text=text,
            sections=sections,
            blocks=tuple(self._blocks),
            source_map=SourceMap(self.source, tuple(self._segments), self.source_text),
            markup=tuple(self._markup),
            repairs=tuple(self._repairs),
            meta=tuple(sorted((key, visible_text(value)) for key, value in (meta or {}).items())),
            figures=tuple(self._figures),
        )
