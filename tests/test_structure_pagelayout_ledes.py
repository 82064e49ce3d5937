"""A lede in italics right under the title is body text, not a caption; a caption's credit
in italics under a roman caption, indented, is its credit; a centred italic statement in
display type is a pull quote, out of the text. Every text is invented."""

from __future__ import annotations

from tests._pdf_helpers import glyph_line
from vitrina.structure.geometry import PageGeometry, PdfContent
from vitrina.structure.pagelayout import rebuild_pdf

BODY = [
    "The mill stood on the weir for four hundred years and ground the",
    "corn of the parish. Its wheel turned in the race below the bridge,",
    "and the miller kept the sluice at the head of the race by night.",
    "In the floods of the last century the wheel was carried away and",
    "the mill was never worked again, though its walls still stand there.",
]
LEDE = [
    "A mill stood on the weir for four hundred years, grinding corn for",
    "the parish and later pumping water for the town, until the river",
    "was moved in the floods of the last century.",
]


def _doc(lines: list) -> object:
    return rebuild_pdf(PdfContent([PageGeometry(1, 595, 842, lines)]), "mill", "/tmp/mill.pdf")


def _blocks(doc, kind: str) -> list[str]:
    return [" ".join(doc.text[b.start : b.end].split()) for b in doc.blocks if b.kind == kind]


def _page(extra: list) -> list:
    lines = [glyph_line(1, 50, 50, "The Weir Mill", 18, bold=True)]
    top = 80.0
    for text in LEDE:
        lines.append(glyph_line(1, 50, top, text, 10.0, italic=True))
        top += 13.0
    top += 12.0
    lines.append(glyph_line(1, 50, top, "The Wheel", 12, bold=True))
    top += 18.0
    for text in BODY:
        lines.append(glyph_line(1, 50, top, text, 10.0))
        top += 13.0
    for text, x, italic in extra:
        top += 13.0
        lines.append(glyph_line(1, x, top, text, 10.0, italic=italic))
    return lines


def test_an_italic_lede_under_the_title_is_body_text() -> None:
    doc = _doc(_page([]))
    assert " ".join(LEDE) in _blocks(doc, "paragraph")
    assert _blocks(doc, "caption") == []


def test_an_italic_credit_under_a_roman_caption_is_its_credit() -> None:
    doc = _doc(_page([("Above: The wheel pit after the flood.", 50, False),
                      ("Lent by the Weir Mill Society", 80, True)]))
    [caption] = [b for b in doc.blocks if b.kind == "caption"]
    assert caption.credit == "Lent by the Weir Mill Society"


def _quote_page(quote: list[str]) -> list:
    lines = [glyph_line(1, 50, 50, "The Weir Mill", 18, bold=True)]
    top = 80.0
    for text in BODY:
        lines.append(glyph_line(1, 50, top, text, 10.0))
        top += 13.0
    top += 10.0
    for text in quote:  # centred in the column (BODY's lines run 50 … 50 + 5 × 68)
        width = len(text) * 7.5
        lines.append(glyph_line(1, 50 + (340 - width) / 2, top, text, 15.0, bold=True, italic=True))
        top += 18.0
    top += 10.0
    lines.append(glyph_line(1, 50, top, "The Wheel", 12, bold=True))
    for text in BODY:
        top += 13.0
        lines.append(glyph_line(1, 50, top, text, 10.0))
    return lines


def test_a_centred_italic_statement_in_display_type_is_a_pull_quote() -> None:
    doc = _doc(_quote_page(["The river took what", "the miller had left."]))
    assert [s.title for s in doc.sections] == ["The Weir Mill", "The Wheel"]
    assert not any("river took" in p for p in _blocks(doc, "paragraph"))


def test_a_centred_italic_lede_of_sentences_stays() -> None:
    doc = _doc(_quote_page(["The river took the mill.", "The miller went to sea."]))
    assert "The river took the mill." in doc.text  # two sentences: no pull quote, kept


def test_an_italic_lede_in_larger_type_under_a_picture_caption_is_body_text() -> None:
    """A cover: the title, a picture with its caption and credit, then the lede in italics
    a little larger than the body: prose no caption is set in."""
    lines = [glyph_line(1, 50, 50, "The Weir Mill", 22, bold=True)]
    lines += [glyph_line(1, 50, 250, "Above: The weir in spate, seen from the bridge.", 8.0),
              glyph_line(1, 50, 260, "Photo: Ida Brennan", 7.5, italic=True)]
    lines += [glyph_line(1, 50, 274 + 13 * k, text, 10.6, italic=True) for k, text in enumerate(LEDE)]
    top = 280 + 13 * len(LEDE) + 20
    lines.append(glyph_line(1, 50, top, "The Wheel", 12, bold=True))
    lines += [glyph_line(1, 50, top + 20 + 13 * k, text, 10.0) for k, text in enumerate(BODY)]
    regions = [(50.0, 90.0, 300.0, 240.0)]
    doc = rebuild_pdf(PdfContent([PageGeometry(1, 595, 842, lines, regions=regions)]), "mill", "/tmp/mill.pdf")
    assert " ".join(LEDE) in _blocks(doc, "paragraph")
    assert _blocks(doc, "caption") == ["The weir in spate, seen from the bridge."]


def test_a_lede_under_a_two_size_title_in_display_type_is_body_text() -> None:
    lines = [glyph_line(1, 50, 60, "Save the Mill!", 42, bold=True),
             glyph_line(1, 50, 110, "The Weir Mill, 1820", 34, bold=True)]
    top = 160.0
    wide = [LEDE[0] + " " + LEDE[1], LEDE[2] + " It is open to visitors on the first Sunday of every",
            "month."]  # across the columns under it
    for text in wide:  # set larger than the body: read as caption and heading type before
        lines.append(glyph_line(1, 50, top, text, 15.0, italic=True))
        top += 19.5
    top += 50.0
    for x, head in ((50, "The Wheel"), (420, "The Sluice")):
        at = top
        lines.append(glyph_line(1, x, at, head, 17, bold=True))
        at += 20.0
        for text in BODY:
            lines.append(glyph_line(1, x, at, text, 12.5))
            at += 16.4
    doc = rebuild_pdf(PdfContent([PageGeometry(1, 1191, 842, lines)]), "mill", "/tmp/mill.pdf")
    assert " ".join(wide) in _blocks(doc, "paragraph")
    assert [s.title for s in doc.sections][1:] == ["The Wheel", "The Sluice"]


def test_a_side_bar_in_small_type_under_its_heading_is_text_with_no_picture_found() -> None:
    side = ["The miller's family lived in the house by the race until the last",
            "flood, and their names are cut into the lintel over the door."]
    lines = _page([])
    top = max(line.bottom for line in lines) + 30.0
    lines.append(glyph_line(1, 50, top, "Who Lived at the Mill?", 12, bold=True))
    for text in side:
        top += 12.0
        lines.append(glyph_line(1, 50, top, text, 8.5))
    doc = _doc(lines)
    assert " ".join(side) in _blocks(doc, "paragraph")
    assert _blocks(doc, "caption") == []
