"""What a PDF page shows, by position: text lines with their glyph boxes and type, image boxes.

The PDF reader (``vitrina.ingest.pdf``) fills these in a child process; the
page layout (``vitrina.structure.pagelayout``) reads them. Coordinates are PDF
points with the origin at the page's top left (y grows downwards).
"""

from __future__ import annotations

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
    boxes: list[Box]  # one per character of ``text`` (a space spans the gap it stands for)
    size: float  # font size of most of its characters, in points
    bold: bool
    italic: bool
    font: str = ""

    @property
    def x0(self) -> float:
        return self.boxes[0][0]

    @property
    def x1(self) -> float:
        return self.boxes[-1][2]

    @property
    def top(self) -> float:
        return min(b[1] for b in self.boxes)

    @property
    def bottom(self) -> float:
        return max(b[3] for b in self.boxes)

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


@dataclass(slots=True)
class PdfContent:
    pages: list[PageGeometry]
    title: str | None = None  # the document information Title
    outline: list[tuple[int, str, int | None]] = field(default_factory=list)  # level, title, page
    info: dict[str, str] = field(default_factory=dict)  # the document information dictionary

    def page_texts(self) -> list[str]:
        """Each page's lines in content order, one per text line."""
        return ["\n".join(line.text for line in page.lines) for page in self.pages]
