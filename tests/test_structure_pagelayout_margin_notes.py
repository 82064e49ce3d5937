"""Short notes set in a wide margin beside the text (cross-references, sources) are
apparatus: they close the text as notes; a picture in the margin keeps the caption under it and its credit. Every
text is invented."""

from __future__ import annotations

from tests._pdf_helpers import glyph_line
from vitrina.structure.geometry import ImageBox, PageGeometry, PdfContent, TextLine
from vitrina.structure.pagelayout import rebuild_pdf

QUAY = [
    "The quay was built of granite blocks brought down the coast by sailing barges",
    "and laid without mortar, each block cut to lock into the ones beside it so that",
    "the sea could find no joint to work loose in the winter storms of the north.",
    "Fishing boats moored along its inner face and unloaded their catch at dawn.",
]


def _line(x: float, top: float, text: str, size: float = 10.0, italic: bool = False) -> TextLine:
    return glyph_line(1, x, top, text, size, italic=italic)


def _page(with_picture: bool) -> PdfContent:
    lines = [_line(40, 40, "The Harbour Wall", 24)]
    words = " ".join(QUAY * 6).split()
    body = [" ".join(words[k : k + 14]) for k in range(0, len(words), 14)]
    lines += [_line(40, 80 + 13 * k, text) for k, text in enumerate(body)]
    lines += [_line(480, 90, "Masonry: see also cat. 12", 7.5, italic=True)]
    lines += [_line(480, 200, "Survey of 1822", 7.5, italic=True)]
    images = []
    if with_picture:
        images = [ImageBox(1, (480.0, 240.0, 560.0, 300.0), (40, 30))]
        lines += [_line(480, 304, "The quay at low tide", 7.5, italic=True)]
        lines += [_line(480, 313, "Photo: Ines Varga", 6.5)]
    return PdfContent([PageGeometry(1, 595, 842, lines, images)])


def test_margin_notes_close_the_text_and_the_margin_caption_stays() -> None:
    doc = rebuild_pdf(_page(with_picture=True), "quay", "/tmp/quay.pdf")
    notes = doc.sections[-1]
    assert notes.title == "Notes"
    assert [doc.text[b.start : b.end] for b in doc.blocks if b.section == notes.id and b.kind == "paragraph"] == [
        "Masonry: see also cat. 12", "Survey of 1822"]
    assert not any("see also" in doc.text[b.start : b.end] for b in doc.blocks if b.section != notes.id)
    captions = [(doc.text[b.start : b.end], b.credit) for b in doc.blocks if b.kind == "caption"]
    assert captions == [("The quay at low tide", "Photo: Ines Varga")]
    assert len([b for b in doc.blocks if b.kind == "paragraph"]) >= 1
