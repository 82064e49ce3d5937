"""What a PDF page shows, by position: text lines with their glyph boxes and type, image boxes.

The PDF reader (``vitrina.ingest.pdf``) fills these in a child process; the
page layout (``vitrina.structure.pagelayout``) reads them. Coordinates are PDF
points with the origin at the page's top left (y grows downwards).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

Box = tuple[float, float, float, float]  # x0, top, x1, bottom

# Characters PDF producers use for a discretionary hyphen: the soft hyphen,
# pdfium's marker for a hyphen it judged soft, and a control code some
# producers emit instead. At a line end they are a hyphen; elsewhere nothing.
SOFT_HYPHENS = "\u00ad\ufffe\u0002"


@dataclass(slots=True)
class TextLine:
    """One line of text on a page as set: glyphs of one baseline, left to right."""

    page: int  # 1-based
    text: str
    boxes: Sequence[float]  # x0, top, x1, bottom of every character of ``text``, flat
    size: float  # font size of most of its characters, in points
    bold: bool
    italic: bool
    font: str = ""
    x0: float = 0.0  # the line's extent, from its boxes
    top: float = 0.0
    x1: float = 0.0
    bottom: float = 0.0
    rotated: bool = False  # set along a turned baseline (a credit printed up the side of a picture)
    small_caps: bool = False  # set in small capitals (its text in the case the letters' sizes show)
    cased: tuple[str, ...] | None = None  # small capitals printed as capitals: its words in the case their sizes show
    raised: float = 0.0  # how far a raised glyph taken out of it (a note call) stood above its baseline

    def __post_init__(self) -> None:
        if self.boxes and not (self.x0 or self.x1):
            b = self.boxes
            self.x0, self.x1 = b[0], b[-2]
            if self.x1 < self.x0:  # a line running right to left (Arabic, Hebrew): its extent
                self.x0, self.x1 = min(b[0::4]), max(b[2::4])
            self.top = min(b[1::4])
            self.bottom = max(b[3::4])

    def box(self, index: int) -> Box:
        at = 4 * index
        b = self.boxes
        return b[at], b[at + 1], b[at + 2], b[at + 3]

    @property
    def width(self) -> float:
        return self.x1 - self.x0


@dataclass(slots=True)
class ImageBox:
    page: int
    box: Box
    pixels: tuple[int, int]  # width, height in image pixels
    data: bytes | None = None  # the image file (PNG or JPEG) when small enough
    mime: str | None = None


@dataclass(slots=True)
class PageGeometry:
    number: int  # 1-based
    width: float
    height: float
    lines: list[TextLine] = field(default_factory=list)
    images: list[ImageBox] = field(default_factory=list)
    regions: list[Box] = field(default_factory=list)  # drawn rectangles (rules, tints, frames)
    # the part of the sheet set head down beside upright type (a French fold's inside spread), read turned a
    # half turn as a page of its own, in the turned sheet's coordinates (``spreads.reading_pages`` reads it next)
    turned_half: PageGeometry | None = None


@dataclass(slots=True)
class PdfContent:
    pages: list[PageGeometry]
    title: str | None = None  # the document information Title
    outline: list[tuple[int, str, int | None]] = field(default_factory=list)  # level, title, page
    info: dict[str, str] = field(default_factory=dict)  # the document information dictionary

    def without_lines(self, found: Callable[[list[TextLine]], set[int]]) -> PdfContent:
        """The content with the lines ``found`` picks on each page (their indices) left out, in place."""
        for page in self.pages:
            drop = found(page.lines)
            if drop:
                page.lines = [line for n, line in enumerate(page.lines) if n not in drop]
        return self

    def page_texts(self) -> list[str]:
        """Each page's lines in content order, one per text line."""
        return ["\n".join(line.text for part in (page, page.turned_half) if part is not None for line in part.lines)
                for page in self.pages]
