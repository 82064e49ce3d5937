"""A visitor block opening on the institution's name set as a line of its own in the address's type
(the name the running footer opens with) is an imprint, not text. Every text is invented."""

from __future__ import annotations

from tests._pdf_helpers import glyph_line
from vitrina.structure.geometry import PageGeometry, PdfContent
from vitrina.structure.layout import Fragment, Heading
from vitrina.structure.lines import Line
from vitrina.structure.pagelayout import rebuild_pdf, without_imprints

FOOTER = "Harbour Lamp Museum \u00b7 Visitor guide"
TEXT = [
    "The lamp room was built in the year of the great gale, when three ships were",
    "lost on the bar within sight of the town, and the harbour board met that winter.",
    "Its keepers wound the clockwork every four hours through the longest nights.",
]


def _page(number: int, tail: list[str]) -> PageGeometry:
    lines = [glyph_line(number, 60, 60, "The Lamp Room" if number == 1 else "The Keepers", 16, True)]
    lines += [glyph_line(number, 60, 90 + 13 * k, text, 9.0) for k, text in enumerate(TEXT)]
    lines += [glyph_line(number, 60, 200 + 13 * k, text, 8.5) for k, text in enumerate(tail)]
    lines.append(glyph_line(number, 60, 760, FOOTER, 7.5))
    return PageGeometry(number, 595, 842, lines)


def test_a_visitor_block_under_the_institutions_name_line_is_left_out() -> None:
    block = ["Harbour Lamp Museum", "Quay Street 4", "Open daily 10.00\u201316.00"]
    content = PdfContent([_page(1, []), _page(2, block)])
    doc = rebuild_pdf(content, "lamp", "/tmp/lamp.pdf")
    paragraphs = [doc.text[b.start:b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert not any("Quay Street" in p or p.startswith("Harbour Lamp Museum") for p in paragraphs)
    assert sum("Its keepers wound" in p for p in paragraphs) == 2


def test_the_institutions_name_alone_as_a_paragraph_is_no_text() -> None:
    """The name a running line opens with, read as a paragraph of one line (set under the title)."""
    lines = [Line(k, k + 1, 0, text) for k, text in enumerate(["The Lamp Room", "Harbour Lamp Museum", *TEXT])]
    entries = [Heading(None, lines[:1], 0), Fragment("paragraph", lines[1:2]), Fragment("paragraph", lines[2:])]
    kept = without_imprints(entries, ["harbour lamp museum visitor guide"])
    assert [e.lines[0].text for e in kept] == ["The Lamp Room", TEXT[0]]
