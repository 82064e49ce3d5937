"""PDF page layout: small type far from every picture -- a family tree's boxes, a table's
cells -- is set-apart text (a table block), neither caption nor credit; a drawn box the
text fills is no picture with a caption printed over it. Every text is invented."""

from __future__ import annotations

from tests._pdf_helpers import glyph_line
from vitrina.structure import zones
from vitrina.structure.geometry import ImageBox, PageGeometry, PdfContent
from vitrina.structure.pagelayout import rebuild_pdf

BODY = [
    "The weir was rebuilt in stone after",
    "the flood, and the mill race was cut",
    "again along the old line, deeper than",
    "before, to carry the winter water off.",
]


def _page(boxes: bool = True) -> PdfContent:
    lines = [glyph_line(1, 40, 14, "The Lower Weir", 18, True)]
    lines += [glyph_line(1, 40, 40 + 13 * n, text, 10) for n, text in enumerate(BODY)]
    # two boxes of a family tree: a name over its dates, in small type, far from the picture
    lines += [glyph_line(1, 40, 120, "Ann Miller", 7), glyph_line(1, 40, 129, "1801-1870", 7),
              glyph_line(1, 140, 120, "John Miller", 7), glyph_line(1, 140, 129, "1799-1866", 7)]
    lines += [glyph_line(1, 40, 160 + 13 * n, text, 10) for n, text in enumerate(BODY)]
    lines += [glyph_line(1, 40, 520, "The weir in flood, seen from the bank.", 8),
              glyph_line(1, 40, 530, "Photo: Ada Marr", 7)]
    regions = [(36.0, 117.0, 100.0, 140.0), (136.0, 117.0, 200.0, 140.0)] if boxes else []
    image = ImageBox(1, (40, 400, 300, 515), (40, 30))
    return PdfContent([PageGeometry(1, 612, 792, lines, [image], regions)])


def _kinds(content: PdfContent) -> dict[str, list[str]]:
    doc = rebuild_pdf(content, "weir", "/tmp/weir.pdf")
    found: dict[str, list[str]] = {}
    for block in doc.blocks:
        found.setdefault(block.kind, []).append(doc.text[block.start : block.end])
    return found


def test_small_type_far_from_every_picture_is_no_caption() -> None:
    kinds = _kinds(_page())
    assert kinds["caption"] == ["The weir in flood, seen from the bank."]
    assert "Ann Miller" in kinds["table"] and "1799-1866" in kinds["table"]


def test_a_box_the_text_fills_is_no_picture_with_its_caption_over_it() -> None:
    lines = [glyph_line(1, 40, 300 + 13 * n, text, 10) for n, text in enumerate(BODY * 3)]
    lines += [glyph_line(1, 40, 120, "Ann Miller", 7), glyph_line(1, 40, 129, "1801-1870", 7)]
    filled = (36.0, 117.0, 100.0, 140.0)
    assert not zones.overlaid(filled, PageGeometry(1, 612, 792, lines, [], [filled]))
    tall = (36.0, 60.0, 100.0, 140.0)  # a tall box, its text a strip over it: a picture and its caption
    assert zones.overlaid(tall, PageGeometry(1, 612, 792, lines, [], [tall]))


def test_a_credit_wrapped_onto_a_line_of_its_own_is_told_from_a_cell() -> None:
    # the stray-caption step keeps a line of names set right under a credit that ends no
    # sentence, on its left edge ("... / Tomas" over "Brennan"); an accession number there,
    # or a line under a caption that closed, is set-apart text as before
    from vitrina.structure.pagelayout import Placed, _credit_wrapped_on

    credit = glyph_line(1, 40, 129, "\u00a9 Weir Trust Archive / Tomas", 7)

    def under(text: str, x: float = 40, top: float = 139) -> list[Placed]:
        return [Placed(glyph_line(1, x, top, text, 7), (1, 0), 40, 300, kind="caption")]

    assert _credit_wrapped_on(credit, under("Brennan"))
    assert not _credit_wrapped_on(credit, under("WTA 1931.12"))  # an accession number
    assert not _credit_wrapped_on(credit, under("Brennan", x=140))  # another column's cell
    assert not _credit_wrapped_on(credit, under("Brennan", top=200))  # far below
    closed = glyph_line(1, 40, 129, "The mill race in winter, from the footbridge.", 7)
    assert not _credit_wrapped_on(closed, under("Brennan"))
