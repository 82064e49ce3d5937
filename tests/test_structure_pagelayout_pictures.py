"""Captions of two pictures side by side: the caption under one picture, left open (no
full stop, no credit), does not run on into the caption under the other picture.
Every text is invented."""

from __future__ import annotations

from tests._pdf_helpers import glyph_line
from vitrina.structure.geometry import ImageBox, PageGeometry, PdfContent, TextLine
from vitrina.structure.pagelayout import rebuild_pdf

MILL = [
    "The tide mill stood on a dam across the creek and ground corn for the village",
    "whenever the sea ran out, its wheel turned by the water held back at high tide.",
    "The miller kept the sluice gates himself and knew every sandbank of the channel.",
    "Barges brought the grain up on the flood and carried the flour away on the ebb.",
]


def _line(x: float, top: float, text: str, size: float = 10.0, italic: bool = False) -> TextLine:
    return glyph_line(1, x, top, text, size, italic=italic)


def test_a_caption_stops_where_the_caption_of_the_next_picture_begins() -> None:
    left, right = (40.0, 154.0, 416.0, 342.0), (426.0, 164.0, 609.0, 292.0)
    lines = [_line(40, 48, "The Tide Mill", 40)]
    lines += [_line(40, 98 + 15 * k, text, 13.6, italic=True) for k, text in enumerate(MILL[:3])]
    lines += [_line(426, 296, "The mill wheel at low water, seen from the dam", 8.6, italic=True)]
    lines += [_line(40, 346, "The sluice gates in winter.", 8.6, italic=True)]
    lines += [_line(40, 357, "Photo: Ivo Marsh", 6.9)]
    words = " ".join(MILL * 12).split()
    column = [" ".join(words[k : k + 6]) for k in range(0, len(words), 6)]
    for x in (40, 233, 434):
        lines += [_line(x, 376 + 12.5 * k, text, 10.5) for k, text in enumerate(column[:40])]
    images = [ImageBox(1, left, (40, 30)), ImageBox(1, right, (40, 30))]
    doc = rebuild_pdf(PdfContent([PageGeometry(1, 842, 1191, lines, images)]), "mill", "/tmp/mill.pdf")
    captions = sorted((doc.text[b.start : b.end], b.credit) for b in doc.blocks if b.kind == "caption")
    assert captions == [("The mill wheel at low water, seen from the dam", None),
                        ("The sluice gates in winter.", "Photo: Ivo Marsh")]


def _card_page(numbers_under_pictures: bool) -> PdfContent:
    """A heading, a paragraph, and three object cards side by side: a picture, a number in
    bold display type, a caption in small type and a credit in smaller type under it."""
    lines = [_line(50, 60, "Objects in the Case", 16)]
    lines += [_line(50, 90 + 13 * k, text, 10.5) for k, text in enumerate(MILL)]
    cards = [("A copper weight from the miller's scales.", "Photo: Ivo Marsh"),
             ("A sack stencil with the mill's own mark.", "Photo: Tidewater Trust"),
             ("A sluice key forged at the village smithy.", "Photo: Ivo Marsh")]
    images = []
    for n, (caption, credit) in enumerate(cards):
        x = 50 + 170 * n
        top = 160 if numbers_under_pictures else 400
        images.append(ImageBox(1, (x, top, x + 140, top + 100), (40, 30)))
        lines.append(glyph_line(1, x, 266, str(n + 1), 14, bold=True))
        first, rest = caption.split(" ", 3)[:3], caption.split(" ", 3)[3]
        lines += [_line(x, 284, " ".join(first), 8.5), _line(x, 295, rest, 8.5)]
        lines.append(_line(x, 308, credit, 6.5))
    return PdfContent([PageGeometry(1, 595, 842, lines, images)])


def test_a_number_between_a_picture_and_its_caption_is_the_pictures_not_the_captions_text() -> None:
    doc = rebuild_pdf(_card_page(True), "cards", "/tmp/cards.pdf")
    captions = sorted((doc.text[b.start : b.end], b.credit) for b in doc.blocks if b.kind == "caption")
    assert captions == [("A copper weight from the miller's scales.", "Photo: Ivo Marsh"),
                        ("A sack stencil with the mill's own mark.", "Photo: Tidewater Trust"),
                        ("A sluice key forged at the village smithy.", "Photo: Ivo Marsh")]
    assert not any(b.kind == "paragraph" and "sluice key" in doc.text[b.start : b.end] for b in doc.blocks)


def test_a_number_over_small_type_away_from_any_picture_still_leads_an_entry() -> None:
    doc = rebuild_pdf(_card_page(False), "cards", "/tmp/cards.pdf")
    texts = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert any(t.startswith("3 A sluice key") for t in texts)


def test_a_credit_in_the_captions_own_type_on_a_line_of_its_own_closes_it() -> None:
    """Label copy set in one typewriter face: a heading in capitals, a labelled caption, and a
    credit by its form (a lead) on its own line under the caption's last sentence."""
    text = [
        "The tide mill stood on a dam across the creek and ground",
        "corn for the village whenever the sea ran out. The miller",
        "kept the sluice gates himself.",
    ]
    lines = [glyph_line(1, 40, 40, "THE TIDE MILL OF THE CREEK", 10, bold=True)]
    lines += [glyph_line(1, 40, 62 + 11 * k, t, 10, bold=True) for k, t in enumerate(text)]
    lines += [glyph_line(1, 60, 106, "Left: The mill wheel at low water, seen", 10, bold=True),
              glyph_line(1, 60, 117, "from the dam.", 10, bold=True),
              glyph_line(1, 60, 128, "Lent by the Creek Millers' Guild", 10, bold=True)]
    lines += [glyph_line(1, 40, 150 + 11 * k, t, 10, bold=True) for k, t in enumerate(text[::-1])]
    doc = rebuild_pdf(PdfContent([PageGeometry(1, 595, 842, lines)]), "mill", "/tmp/mill.pdf")
    captions = [(doc.text[b.start : b.end], b.position, b.credit) for b in doc.blocks if b.kind == "caption"]
    assert captions == [("The mill wheel at low water, seen from the dam.", "Left", "Lent by the Creek Millers' Guild")]



def _standfirst_kinds(under_title: bool) -> list[str]:
    """A title, an italic standfirst in smaller type (under the title, or under a body
    paragraph) with an uncaptioned picture beside it, then the body: the kinds the type
    and the pictures give the standfirst's lines."""
    from vitrina.structure.pagelayout import Placed, classify

    lines = [_line(40, 48, "The Tide Mill", 30)]
    if not under_title:
        lines += [_line(40, 70, MILL[3], 10.5)]
    lines += [_line(40, 98 + 15 * k, text, 9.5, italic=True) for k, text in enumerate(MILL[:3])]
    words = " ".join(MILL * 12).split()
    lines += [_line(40, 176 + 12.5 * k, " ".join(words[6 * k : 6 * k + 6]), 10.5) for k in range(40)]
    images = [ImageBox(1, (460.0, 90.0, 600.0, 150.0), (40, 30))]
    placed = [Placed(line, (1, 0), 40.0, 430.0) for line in lines]
    classify(placed, PdfContent([PageGeometry(1, 842, 1191, lines, images)]))
    return [p.kind for p in placed if p.line.italic]


def test_prose_read_right_after_the_title_is_its_standfirst_beside_any_picture() -> None:
    assert _standfirst_kinds(under_title=True) == ["body"] * 3


def test_prose_in_caption_type_beside_its_picture_after_the_body_is_its_caption() -> None:
    assert _standfirst_kinds(under_title=False) == ["caption"] * 3
