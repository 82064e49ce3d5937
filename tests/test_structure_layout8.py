"""Round layout8: U+2010 HYPHEN at a line end, running heads that differ between
facing pages, a drop cap larger than the title, "Photo courtesy of" credits.
Every text is invented."""

from __future__ import annotations

from tests._pdf_helpers import glyph_line
from vitrina.structure import rebuild
from vitrina.structure.captions import lead_at, widen_lead
from vitrina.structure.geometry import PageGeometry, PdfContent, TextLine
from vitrina.structure.pagelayout import rebuild_pdf

MILL = [
    "The tide mill on the estuary ground corn for four villages, its wheel turned",
    "by water held back in a pond at high tide and let out through the sluice as",
    "the tide fell, so the millers worked by the moon rather than by the clock.",
    "In a good year the mill ground enough flour to feed the parish all winter.",
]


def _line(page: int, x: float, top: float, text: str, size: float = 11.0, bold: bool = False,
          italic: bool = False) -> TextLine:
    return glyph_line(page, x, top, text, size, bold, italic)


def test_unicode_hyphen_at_a_line_end_is_a_word_break() -> None:
    text = ("Flour and Tide\n\nThe millers kept a ledger of every sack, and the entries were made\n"
            "in a careful hand by the miller\u2010\ns wife, who also kept the accounts of the\n"
            "bakery and the inscrip\u2010\ntion over the door.\n")
    doc = rebuild(text, "mill", "mill.txt", "text")
    body = " ".join(doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph")
    assert "inscription over" in body
    assert "\u2010" not in body.replace("miller\u2010s", "")


def _facing_content() -> PdfContent:
    """Three pages: a drop cap larger than the title on page 1; the museum's name at
    the top of page 2 and the exhibit's short title at the top of page 3."""
    pages = []
    for number in (1, 2, 3):
        lines: list[TextLine] = []
        top = 120.0
        if number == 1:
            lines.append(_line(1, 72, 60, "Flour and Tide: The Estuary Mills", 22, bold=True))
            lines.append(_line(1, 72, 100, "T", 40))
            lines.append(_line(1, 96, 100, "he " + MILL[0]))
            top = 140.0
        lines += [_line(number, 72, top + 14 * k, text) for k, text in enumerate(MILL * 3)]
        if number == 2:
            lines.append(_line(2, 72, 30, "Museum of the Marsh Country", 8))
        if number == 3:
            lines.append(_line(3, 440, 30, "Flour and Tide", 8, italic=True))
        lines.append(_line(number, 530, 760, str(number), 9))
        pages.append(PageGeometry(number, 612, 792, lines))
    return PdfContent(pages)


def test_running_heads_of_facing_pages_differ_and_are_both_running() -> None:
    doc = rebuild_pdf(_facing_content(), "mill", "/tmp/mill.pdf")
    assert "Museum of the Marsh Country" not in doc.text
    assert "Flour and Tide" not in doc.text.replace("Flour and Tide: The Estuary Mills", "")
    assert doc.title == "Flour and Tide: The Estuary Mills"


def test_photo_courtesy_opens_a_credit() -> None:
    words = ["on", "the", "sands.", "Photo", "courtesy", "of", "the", "Estuary", "Mills", "Trust"]
    assert lead_at(words, 4)
    assert widen_lead(words, 4) == 3
    assert not lead_at(["the", "photo", "was", "taken", "by", "a", "visitor"], 1)


MARKDOWN = """Flour and Tide
==============

The tide mill ground corn for four villages.

###### Stop 1
## The Pond

The pond filled at high tide and was let out through the sluice.

![A wheel](img/wheel.png)

_The wheel in its race, seen from the sluice gate._

> Photo: Ann Reed / Estuary Mills Trust

###### Stop 2
## The Sluice

_Below: The sluice gate at low water._

> Courtesy of the Marsh Country Museum

![A gate](img/gate.png)

The millers opened the gate as the tide fell.

![Sacks](img/sacks.png)

_Flour sacks on the quay, photographed by a visitor in 1910._

###### Note
Some of the stones are now in the church wall.
"""


def _markdown_doc():
    from vitrina.ingest import markdown

    (doc,) = markdown.read(MARKDOWN.encode(), "mill.md")
    return doc


def test_markdown_kicker_line_over_a_section_heading_is_its_label() -> None:
    doc = _markdown_doc()
    assert [(s.label, s.title) for s in doc.sections] == [
        (None, "Flour and Tide"), ("Stop 1", "The Pond"), ("Stop 2", "The Sluice")]
    assert "Note" in [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "heading"]


def test_markdown_captions_with_blockquote_credits_above_or_below_their_image() -> None:
    doc = _markdown_doc()
    captions = [(doc.text[b.start : b.end], b.position, b.credit) for b in doc.blocks if b.kind == "caption"]
    assert captions == [
        ("The wheel in its race, seen from the sluice gate.", None, "Photo: Ann Reed / Estuary Mills Trust"),
        ("The sluice gate at low water.", "Below", "Courtesy of the Marsh Country Museum"),
        ("Flour sacks on the quay, photographed by a visitor in 1910.", None, None),
    ]
    assert all(f.caption is not None for f in doc.figures) and len(doc.figures) == 3
    paragraphs = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert not any("Courtesy" in p or "Photo:" in p for p in paragraphs)


def test_italic_paragraph_without_an_image_stays_a_paragraph() -> None:
    from vitrina.ingest import markdown

    (doc,) = markdown.read(b"# Flour and Tide\n\n_The mill is open on Sundays._\n\nThe pond fills twice a day.\n",
                           "open.md")
    assert [b.kind for b in doc.blocks] == ["heading", "paragraph", "paragraph"]
    assert doc.text[doc.blocks[1].start : doc.blocks[1].end] == "The mill is open on Sundays."


def _docx_bytes(build) -> bytes:
    import io

    import docx

    document = docx.Document()
    build(document)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def _kicker_headings(document) -> None:
    title = document.add_paragraph().add_run("Flour and Tide")
    title.bold = True
    document.add_paragraph("The tide mill ground corn for four villages, by water held back in a pond.")
    for number, name in ((1, "The Pond"), (2, "The Sluice")):
        heading = document.add_paragraph()
        kicker = heading.add_run(f"Stop {number}")
        kicker.bold = True
        kicker.add_break()
        heading.add_run(name).bold = True
        document.add_paragraph("The pond filled at high tide and was let out through the sluice.")


def test_docx_kicker_line_before_a_line_break_in_a_bold_heading_is_its_label() -> None:
    from vitrina.ingest import docx as docx_reader

    (doc,) = docx_reader.read(_docx_bytes(_kicker_headings), "mill.docx")
    assert [(s.label, s.title) for s in doc.sections] == [
        (None, "Flour and Tide"), ("Stop 1", "The Pond"), ("Stop 2", "The Sluice")]


def _outlined_style(document) -> None:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    style = document.styles.add_style("Exhibit Heading", WD_STYLE_TYPE.PARAGRAPH)
    outline = OxmlElement("w:outlineLvl")
    outline.set(qn("w:val"), "1")
    style.element.get_or_add_pPr().append(outline)
    document.add_heading("Flour and Tide", level=1)
    document.add_paragraph("The tide mill ground corn for four villages.")
    document.add_paragraph("The Pond", style="Exhibit Heading")
    document.add_paragraph("The pond filled at high tide and was let out through the sluice.")


def test_docx_custom_style_with_an_outline_level_is_a_heading() -> None:
    from vitrina.ingest import docx as docx_reader

    (doc,) = docx_reader.read(_docx_bytes(_outlined_style), "pond.docx")
    assert [s.title for s in doc.sections] == ["Flour and Tide", "The Pond"]


def _footnote_content() -> PdfContent:
    """A caption closed by a raised note number, its credit the note of that number at
    the foot of the page."""
    lines = [_line(1, 72, 60, "Flour and Tide", 22, bold=True)]
    lines += [_line(1, 72, 100 + 14 * k, text) for k, text in enumerate(MILL * 2)]
    lines += [_line(1, 72, 230, "The wheel in its race, seen from the sluice gate at", 8),
              _line(1, 72, 240, "low water in the spring of 1910. 1", 8)]
    lines += [_line(1, 72, 270 + 14 * k, text) for k, text in enumerate(MILL)]
    lines += [_line(1, 72, 740, "1 Photo: Ann Reed / Estuary Mills Trust", 7, italic=True)]
    return PdfContent([PageGeometry(1, 612, 792, lines)])


def test_caption_credit_set_as_a_footnote_of_its_page() -> None:
    doc = rebuild_pdf(_footnote_content(), "mill", "/tmp/mill.pdf")
    captions = [(doc.text[b.start : b.end], b.credit) for b in doc.blocks if b.kind == "caption"]
    assert captions == [("The wheel in its race, seen from the sluice gate at low water in the spring of 1910.",
                         "Photo: Ann Reed / Estuary Mills Trust")]
    assert not any(doc.text[b.start : b.end].startswith("1 ") for b in doc.blocks)


PLAIN_NARROW = [
    "Flour and Tide",
    "The tide mill on the estuary ground corn for four",
    "villages, its wheel turned by water held back in a",
    "pond at high tide and let out through the sluice.",
    "The millers worked by the moon rather than by the",
    "clock, and in a good year the mill ground enough",
    "flour to feed the parish through the whole winter",
    "Sacks of flour stacked on the quay",
    "for the carts that came down the",
    "causeway at dawn.",
    "Photo: Ann Reed / Estuary Mills Trust",
    "and the spring fairs that followed it.",
]


def test_plain_caption_is_the_narrow_run_after_a_paragraph_of_full_lines() -> None:
    doc = rebuild("\n".join(PLAIN_NARROW) + "\n", "mill", "mill.txt", "text")
    captions = [(doc.text[b.start : b.end], b.credit) for b in doc.blocks if b.kind == "caption"]
    assert captions == [("Sacks of flour stacked on the quay for the carts that came down the causeway at dawn.",
                         "Photo: Ann Reed / Estuary Mills Trust")]
    paragraphs = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert any(p.endswith("through the whole winter and the spring fairs that followed it.") for p in paragraphs)


BODY = [
    "The tide mill on the estuary ground corn for four villages, its wheel",
    "turned by water held back in a pond at high tide and let out through",
    "the sluice as the tide fell, so the millers worked by the moon rather",
    "than by the clock and the flour was sacked by lamplight before dawn.",
]


def test_plain_drop_cap_printed_before_the_title_and_facing_running_heads() -> None:
    lines = ["I", "Flour and Tide:", "The Estuary Mills", "I The Pond",
             "n the spring of 1910 the pond was dug out by hand, and the wheel",
             *BODY[1:], *BODY, "1", "\f" + BODY[0], *BODY[1:], *BODY,
             "Museum of the Marsh Country", "2", "\f" + BODY[0], *BODY[1:], "II The Sluice", *BODY,
             "Flour and Tide", "3"]
    doc = rebuild("\n".join(lines) + "\n", "mill", "mill.txt", "text")
    assert [(s.label, s.title) for s in doc.sections] == [
        (None, "Flour and Tide: The Estuary Mills"), ("I", "The Pond"), ("II", "The Sluice")]
    body = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert body[0].startswith("In the spring of 1910")
    assert not any("Museum of the Marsh" in p or p.endswith("Flour and Tide") for p in body)


def test_plain_caption_credit_set_as_a_footnote_with_its_numbers_on_lines_of_their_own() -> None:
    lines = ["Flour and Tide", *BODY, *BODY[:-1], "than by the clock.",
             "The wheel in its race, seen from the sluice gate at low water.",
             "1",
             "The millers opened the gate as the tide fell and the wheel began",
             "to turn, and the stones ground through the ebb until the pond ran",
             "dry and the carts came down the causeway at first light.",
             "1",
             "Photo: Ann Reed / Estuary Mills Trust"]
    doc = rebuild("\n".join(lines) + "\n", "mill", "mill.txt", "text")
    captions = [(doc.text[b.start : b.end], b.credit) for b in doc.blocks if b.kind == "caption"]
    assert captions == [("The wheel in its race, seen from the sluice gate at low water.",
                         "Photo: Ann Reed / Estuary Mills Trust")]
    body = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert body[-1].startswith("The millers opened") and body[-1].endswith("at first light.")


def test_markdown_bold_line_is_a_heading_but_a_bold_lead_in_is_not() -> None:
    from vitrina.ingest import markdown

    text = ("# Flour and Tide\n\nThe tide mill ground corn for four villages.\n\n**The Pond**\n\n"
            "The pond filled at high tide.\n\n**Note.** The mill is open on Sundays.\n\n**The Sluice**\n\n"
            "The millers opened the gate as the tide fell.\n")
    (doc,) = markdown.read(text.encode(), "mill.md")
    assert [s.title for s in doc.sections] == ["Flour and Tide", "The Pond", "The Sluice"]
    paragraphs = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert "Note. The mill is open on Sundays." in paragraphs


def _one_line_caption_content() -> PdfContent:
    """A picture with a one-line caption in body type under it, then, after a
    paragraph space, the body going on under the picture too."""
    from vitrina.structure.geometry import ImageBox

    lines = [_line(1, 72, 50, "Flour and Tide", 22, bold=True), _line(1, 72, 80, "The Pond", 14, bold=True)]
    lines += [_line(1, 72, 100 + 12 * k, text) for k, text in enumerate(MILL)]
    lines.append(_line(1, 72, 410, "The wheel in its race at low water. Courtesy of the Estuary Mills Trust"))
    lines += [_line(1, 72, 428 + 12 * k, text) for k, text in enumerate(MILL)]
    lines.append(_line(1, 72, 500, "The Sluice", 14, bold=True))
    lines += [_line(1, 72, 520 + 12 * k, text) for k, text in enumerate(MILL)]
    return PdfContent([PageGeometry(1, 612, 792, lines, [ImageBox(1, (72, 160, 540, 405), (800, 400))])])


def test_one_line_body_type_caption_under_a_picture_leaves_the_next_paragraph_alone() -> None:
    doc = rebuild_pdf(_one_line_caption_content(), "mill", "/tmp/mill.pdf")
    captions = [(doc.text[b.start : b.end], b.credit) for b in doc.blocks if b.kind == "caption"]
    assert captions == [("The wheel in its race at low water.", "Courtesy of the Estuary Mills Trust")]
    assert sum(1 for b in doc.blocks if b.kind == "paragraph") == 3


def _two_captions_content() -> PdfContent:
    """A caption ending in its credit at the left edge, and right under it another
    caption set beside its picture further right."""
    from vitrina.structure.geometry import ImageBox

    lines = [_line(1, 72, 50, "Flour and Tide", 22, bold=True), _line(1, 72, 80, "The Pond", 14, bold=True)]
    lines += [_line(1, 72, 100 + 12 * k, text) for k, text in enumerate(MILL)]
    lines += [_line(1, 72, 260, "The wheel in its race at low water, before the sluice was opened. Photo:", 8,
                    italic=True),
              _line(1, 72, 270, "Ann Reed", 8, italic=True),
              _line(1, 210, 285, "The sluice gate in 1910. Image: Estuary Mills Trust", 8, italic=True)]
    lines += [_line(1, 72, 420 + 12 * k, text) for k, text in enumerate(MILL)]
    images = [ImageBox(1, (72, 160, 540, 255), (800, 200)), ImageBox(1, (72, 284, 200, 400), (200, 200))]
    return PdfContent([PageGeometry(1, 612, 792, lines, images)])


def test_caption_under_a_credit_set_elsewhere_on_the_line_is_another_caption() -> None:
    doc = rebuild_pdf(_two_captions_content(), "mill", "/tmp/mill.pdf")
    captions = [(doc.text[b.start : b.end], b.credit) for b in doc.blocks if b.kind == "caption"]
    assert captions == [("The wheel in its race at low water, before the sluice was opened.", "Photo: Ann Reed"),
                        ("The sluice gate in 1910.", "Image: Estuary Mills Trust")]


def _credit_at_page_end_content() -> PdfContent:
    """A caption closed by a credit whose lead ends one line ("… Photograph" / "© Name")
    at the foot of page 1, and a
    caption under the picture at the top of page 2."""
    from vitrina.structure.geometry import ImageBox

    one = [_line(1, 72, 50, "Flour and Tide", 22, bold=True), _line(1, 72, 80, "The Pond", 14, bold=True)]
    one += [_line(1, 72, 100 + 12 * k, text) for k, text in enumerate(MILL * 2)]
    one += [_line(1, 72, 700, "The wheel in its race at low water, before the sluice was opened", 8),
            _line(1, 72, 710, "for the spring tide. Photograph", 8), _line(1, 72, 720, "\u00a9 Estuary Mills Trust", 8)]
    two = [_line(2, 72, 300, "The sluice gate in 1910.", 8)]
    two += [_line(2, 72, 330 + 12 * k, text) for k, text in enumerate(MILL * 2)]
    return PdfContent([
        PageGeometry(1, 612, 792, one, [ImageBox(1, (72, 300, 540, 690), (800, 600))]),
        PageGeometry(2, 612, 792, two, [ImageBox(2, (72, 60, 540, 290), (800, 400))]),
    ])


def test_credit_line_at_a_page_end_finishes_its_caption() -> None:
    doc = rebuild_pdf(_credit_at_page_end_content(), "mill", "/tmp/mill.pdf")
    captions = [(doc.text[b.start : b.end], b.credit) for b in doc.blocks if b.kind == "caption"]
    assert captions == [
        ("The wheel in its race at low water, before the sluice was opened for the spring tide.",
         "Photograph \u00a9 Estuary Mills Trust"),
        ("The sluice gate in 1910.", None)]


def test_a_closed_class_word_broken_at_its_hyphen_is_joined() -> None:
    from vitrina.structure.hyphens import HyphenJudge

    judge = HyphenJudge("The mill ground corn. Al-\nthough the pond was small, the wheel turned.")
    assert not judge.keep("Al", "though")
    assert judge.keep("free", "market")


def test_subordinating_conjunctions_open_sentences_not_credits() -> None:
    from vitrina.structure.captions import is_credit
    from vitrina.structure.hyphens import HyphenJudge

    assert not is_credit(["Since"], closes_caption=True)
    assert is_credit(["Estuary", "Mills", "Trust"], closes_caption=True)
    assert not HyphenJudge("The pond ran dry be-\ncause of the drought.").keep("be", "cause")
