"""Paragraphs parted by a space a little wider than the line pitch: the space is learnt from
the paragraphs that end short and opens a paragraph after a full line too. Every text is
invented."""

from __future__ import annotations

from tests._pdf_helpers import glyph_line
from vitrina.structure.geometry import PageGeometry, PdfContent
from vitrina.structure.pagelayout import rebuild_pdf

WIDTH = 60  # characters a full (justified) line holds


def _justified(words: list[str], full_last: bool = False) -> list[str]:
    """The words set in lines of exactly WIDTH characters, spaces widened; the last line short
    (or set full too)."""
    lines, current = [], []
    for word in words:
        if current and len(" ".join([*current, word])) > WIDTH:
            lines.append(current)
            current = []
        current.append(word)
    if full_last:
        lines.append(current)
        current = []
    out = []
    for line in lines:
        gaps, extra = len(line) - 1, WIDTH - len(" ".join(line))
        out.append("".join(w + (" " * (1 + extra // gaps + (k < extra % gaps)) if k < gaps else "")
                           for k, w in enumerate(line)))
    return [*out, " ".join(current)] if current else out


PARAGRAPHS = [
    "The salt pans lay along the shore below the dunes, and the boiling houses behind them burned "
    "peat cut from the moss inland. Their smoke could be seen from the ferry on a still day.",
    "Brine was drawn from the pans at every spring tide and carried up to the boiling houses in "
    "wooden buckets slung from a yoke.",
    "The salt was raked from the iron pans as it formed, dried in the loft above the fires and packed "
    "into sacks for the carts that came down the shore road every week. The sacks went on by sea to the "
    "herring ports of the north coast.",
    "A duty on salt was collected at the door by an officer of the excise, who lived in the row of "
    "cottages at the end of the shore road.",
    "When the duty was lifted the trade grew again for a while, but cheaper salt from the mines came "
    "in by rail.",
]


def _page(space: float) -> PdfContent:
    lines = [glyph_line(1, 50, 50, "The Salt Pans", 18, bold=True)]
    top = 90.0
    for k, text in enumerate(PARAGRAPHS):
        for line in _justified(text.split(), full_last=k == 2):
            lines.append(glyph_line(1, 50, top, line, 10.0))
            top += 13.0
        top += space
    return PdfContent([PageGeometry(1, 595, 842, lines)])


def _paragraphs(content: PdfContent) -> list[str]:
    doc = rebuild_pdf(content, "salt", "/tmp/salt.pdf")
    return [" ".join(doc.text[b.start : b.end].split()) for b in doc.blocks if b.kind == "paragraph"]


def test_the_space_between_paragraphs_parts_one_that_ends_on_a_full_line() -> None:
    last = _justified(PARAGRAPHS[2].split(), full_last=True)[-1]
    assert last.endswith("coast.") and len(last) == WIDTH  # its last line is full
    assert _paragraphs(_page(3.0)) == PARAGRAPHS


def test_without_a_space_between_paragraphs_a_full_line_runs_on() -> None:
    assert len(_paragraphs(_page(0.0))) < len(PARAGRAPHS)


def test_an_intro_in_its_own_larger_leading_stays_one_paragraph() -> None:
    intro = ["A mill stood on the weir for four hundred years, grinding corn for",
             "the parish and later pumping water for the town, until the river",
             "was moved in the floods of the last century."]
    lines = [glyph_line(1, 50, 50, "The Weir Mill", 18, bold=True)]
    top = 80.0
    for text in intro:  # 12 pt set 21 pt apart: wider than 1.3 x 1.25 of its size
        lines.append(glyph_line(1, 50, top, text, 12.0, italic=True))
        top += 21.0
    top += 12.0
    for k, text in enumerate(PARAGRAPHS):
        for line in _justified(text.split(), full_last=k == 2):
            lines.append(glyph_line(1, 50, top, line, 10.0))
            top += 13.0
        top += 6.0
    paragraphs = _paragraphs(PdfContent([PageGeometry(1, 595, 842, lines)]))
    assert paragraphs[0] == " ".join(intro)
    assert paragraphs[1:] == PARAGRAPHS
