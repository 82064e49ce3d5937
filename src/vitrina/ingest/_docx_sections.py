"""Section headings printed only in a DOCX section's own page header (round 59, structset81).

A document made of Word sections (``w:sectPr``), each starting a new page, may print a stage's
label and title only in the header of that stage's section ("Stage 2 · On the Road"), while the
document's running head stands in the headers of the other sections. Such a header is the heading
of its section: its text stands in no other section's header, at least ``own_headers_min`` sections
have one (a series, not one odd page), and the section's body opens on no heading of its own.
"""

from __future__ import annotations

from collections import Counter

from lxml import etree

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

SECTION_HEADS = {
    "own_headers_min": 2,  # sections whose header text is theirs alone: fewer is no series of headings
}


def section_starts(body) -> list:
    """The body-level element (paragraph or table) opening each Word section, in order;
    a paragraph holding a ``w:sectPr`` closes the section it belongs to."""
    starts: list = []
    opening = True
    for child in body:
        if child.tag not in (f"{_W}p", f"{_W}tbl", f"{_W}sdt"):
            continue
        if opening:
            starts.append(child)
        opening = child.find(f"{_W}pPr/{_W}sectPr") is not None
    return starts


def header_text(section) -> str:
    """The text a section prints in its header on its first page (its own or the one it inherits)."""
    header = section.first_page_header if section.different_first_page_header_footer else section.header
    try:
        lines = [" ".join(p.text.split()) for p in header.paragraphs]
    except (AttributeError, KeyError, ValueError, etree.XMLSyntaxError):  # a header part missing or damaged
        return ""
    return " ".join(line for line in lines if line)


def own_headers(texts: list[str]) -> list[bool]:
    """Which sections' header texts are theirs alone, when enough of them are to make a series."""
    counts = Counter(texts)
    own = [bool(text) and counts[text] == 1 for text in texts]
    return own if len(texts) > 2 and sum(own) >= SECTION_HEADS["own_headers_min"] else [False] * len(texts)


def section_heads(document) -> dict:
    """The element opening each section whose own header is its heading, mapped to that header's text."""
    try:
        texts = [header_text(section) for section in document.sections]
    except (AttributeError, KeyError, ValueError):
        return {}
    starts = section_starts(document.element.body)
    if len(starts) != len(texts):  # sections python-docx counts otherwise (a sectPr nested in a control)
        return {}
    return {start: text for start, text, own in zip(starts, texts, own_headers(texts), strict=True) if own}
