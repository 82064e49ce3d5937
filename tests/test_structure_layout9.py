"""Round r8 layout methods, each on invented text: a label letter is no drop cap; a credit
and a caption on opposite sides of a picture pair up; a superscript stays in its line; a
running head set flush left and right echoes the title; rows of other columns are read
whole; a picture wider than a column cuts the page into bands; a number over an entry leads
it; a one-page footer; hyphens of closed-class words and U+2010; letter-spaced lines,
footnotes printed first and counting folios in raw text."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import canvas_pdf, glyph_line
from vitrina.ingest import pdf
from vitrina.ingest.text import extraction_marks_resolved
from vitrina.ingest.text import read as read_text
from vitrina.structure.geometry import ImageBox, PageGeometry, PdfContent, TextLine
from vitrina.structure.hyphens import HyphenJudge, Lexicon, segmented
from vitrina.structure.pagelayout import reading_order, rebuild_pdf, with_drop_caps
from vitrina.structure.zones import picture_boxes

WEIR = [
    "The weir on the upper river held back a long pool where the barges waited",
    "for the lock keeper, who worked the paddles by hand from dawn until dusk and",
    "kept a ledger of every boat, its cargo and its master, in a brown leather book.",
    "In a wet spring the pool rose over the towpath and the horses went by the lane.",
]


def _line(page: int, x: float, top: float, text: str, size: float = 11.0, bold: bool = False,
          italic: bool = False) -> TextLine:
    """A line as the PDF reader gives it, each glyph half its size wide."""
    return glyph_line(page, x, top, text, size, bold, italic)


def _blocks(doc) -> list[tuple[str, str, str | None]]:
    return [(b.kind, doc.text[b.start : b.end], b.credit) for b in doc.blocks]


def test_a_label_letter_in_its_lines_own_type_keeps_its_space() -> None:
    line = _line(1, 72, 100, "I Upper Weir", 12, bold=True)
    (kept,) = with_drop_caps([line])
    assert kept.text == "I Upper Weir"


def _opposite_sides(credit_first: bool) -> PdfContent:
    """A picture with its caption over it and its credit (wrapped) under it, or the
    credit over it and the caption under it, text running beside."""
    picture = (300.0, 200.0, 520.0, 330.0)
    over = 170.0
    under = 336.0
    caption = ["The lock keeper's cottage by the", "weir, seen from the towpath."]
    credit = ["Photo: Ada Brook, Weir Valley", "Camera Society"]
    first, second = (credit, caption) if credit_first else (caption, credit)
    lines = [_line(1, 72, 60, "Upper Weir", 22, bold=True)]
    lines += [_line(1, 72, 100 + 14 * k, text[:40]) for k, text in enumerate(WEIR * 5)]
    lines += [_line(1, 300, over + 10 * k, text, 8, italic=first is caption) for k, text in enumerate(first)]
    lines += [_line(1, 300, under + 10 * k, text, 8, italic=second is caption) for k, text in enumerate(second)]
    return PdfContent([PageGeometry(1, 612, 792, lines, [ImageBox(1, picture, (40, 30))])])


@pytest.mark.parametrize("credit_first", [False, True])
def test_credit_and_caption_on_opposite_sides_of_a_picture_pair_up(credit_first: bool) -> None:
    doc = rebuild_pdf(_opposite_sides(credit_first), "weir", "/tmp/weir.pdf")
    captions = [(text, credit) for kind, text, credit in _blocks(doc) if kind == "caption"]
    assert captions == [("The lock keeper's cottage by the weir, seen from the towpath.",
                         "Photo: Ada Brook, Weir Valley Camera Society")]


def _superscript_page(c, number: int) -> None:
    c.setFont("Helvetica-Bold", 20)
    c.drawString(72, 720, "Upper Weir")
    y = 680
    for k, text in enumerate(WEIR * 3):
        c.setFont("Times-Roman", 11)
        if k == 1:
            head, tail = "for the lock keeper,", " who worked the paddles by hand from dawn until dusk and"
            c.drawString(72, y, head)
            x = 72 + c.stringWidth(head, "Times-Roman", 11)
            c.setFont("Times-Roman", 7)
            c.drawString(x, y + 4.5, "1")
            c.setFont("Times-Roman", 11)
            c.drawString(x + c.stringWidth("1", "Times-Roman", 7), y, tail)
        else:
            c.drawString(72, y, text)
        y -= 14
    c.setFont("Times-Roman", 8)
    c.drawString(72, 80, "1 The ledger survives in the county record office.")


def test_a_raised_note_call_stays_in_its_line_and_is_left_out() -> None:
    pytest.importorskip("reportlab")
    (doc,) = pdf.read(canvas_pdf(_superscript_page), "/tmp/weir.pdf")
    assert "for the lock keeper, who worked the paddles" in doc.text
    assert doc.sections[-1].title == "Notes"
    last = doc.blocks[-1]
    assert (last.section, doc.text[last.start : last.end]) == (
        doc.sections[-1].id, "The ledger survives in the county record office.")


def _flush_heads(c, number: int) -> None:
    if number == 1:
        c.setFont("Helvetica-Bold", 20)
        c.drawString(72, 730, "Barges on the Pool:")
        c.drawString(72, 706, "The Upper Weir")
    else:
        c.setFont("Helvetica", 8)
        c.drawString(72, 760, "River Trades Collection")
        c.drawRightString(540, 760, "The Upper Weir")
    c.setFont("Times-Roman", 11)
    y = 660
    for text in WEIR * 3:
        c.drawString(72, y, text)
        y -= 14


def test_a_running_head_set_flush_left_and_right_echoes_the_title() -> None:
    pytest.importorskip("reportlab")
    (doc,) = pdf.read(canvas_pdf(_flush_heads, pages=2), "/tmp/weir.pdf")
    assert "River Trades Collection" not in doc.text


def _poster() -> PdfContent:
    """Three columns over a row of a wide block and a narrow column."""
    lines = [_line(1, 40, 40, "The Upper Weir", 30, bold=True)]
    for c in range(3):
        x = 40 + 190 * c
        lines.append(_line(1, x, 100, f"Part {c + 1}", 14, bold=True))
        lines += [_line(1, x, 124 + 14 * k, f"column {c + 1} line {k + 1} of the row") for k in range(8)]
    lines += [_line(1, 40, 300 + 14 * k, f"wide block line {k + 1} running across two of the three columns of the row")
              for k in range(5)]
    lines += [_line(1, 460, 300 + 14 * k, f"narrow column line {k + 1}") for k in range(5)]
    return PdfContent([PageGeometry(1, 640, 800, lines)])


def test_rows_of_other_columns_are_read_one_after_the_other() -> None:
    doc = rebuild_pdf(_poster(), "poster", "/tmp/poster.pdf")
    text = doc.text
    order = [text.index(f"column {c} line 8") for c in (1, 2, 3)] + [text.index("wide block line 1")]
    assert order == sorted(order)
    assert text.index("column 3 line 8") < text.index("narrow column line 1")


def _spanning_picture() -> PdfContent:
    """Three columns, a picture over the first two in the middle of the page, its caption
    in the third column beside it."""
    lines = [_line(1, 40, 40, "The Upper Weir", 26, bold=True)]
    for c in range(3):
        x = 40 + 180 * c
        lines += [_line(1, x, 90 + 14 * k, f"top {c + 1}.{k + 1} of the columns text") for k in range(8)]
        lines += [_line(1, x, 420 + 14 * k, f"low {c + 1}.{k + 1} of the columns text") for k in range(8)]
    lines += [_line(1, 400, 360, "The weir pool at dusk, the barges", 8),
              _line(1, 400, 370, "moored for the night.", 8)]
    return PdfContent([PageGeometry(1, 600, 800, lines, [ImageBox(1, (40.0, 220.0, 380.0, 400.0), (40, 30))])])


def test_a_picture_over_two_columns_cuts_the_page_into_bands() -> None:
    page = _spanning_picture().pages[0]
    order = [p.line.text for p in reading_order(page.lines, pictures=picture_boxes(page))]
    assert order.index("top 3.8 of the columns text") < order.index("The weir pool at dusk, the barges") < (
        order.index("low 1.1 of the columns text"))


def _timeline() -> PdfContent:
    lines = [_line(1, 40, 40, "The Upper Weir", 26, bold=True)]
    lines += [_line(1, 40, 90 + 14 * k, text) for k, text in enumerate(WEIR * 2)]
    lines.append(_line(1, 40, 240, "Key Years", 15, bold=True))
    for n, (year, first, second) in enumerate([("1794", "The weir is built of", "oak and stone."),
                                               ("1851", "A steam barge passes", "the lock."),
                                               ("1923", "The last horse boat", "is sold.")]):
        x = 40 + 160 * n
        lines += [_line(1, x, 270, year, 20, bold=True), _line(1, x, 298, first, 9), _line(1, x, 310, second, 9)]
    return PdfContent([PageGeometry(1, 600, 800, lines)])


def test_a_number_alone_over_an_entry_in_smaller_type_leads_it() -> None:
    doc = rebuild_pdf(_timeline(), "weir", "/tmp/weir.pdf")
    paragraphs = [text for kind, text, _ in _blocks(doc) if kind == "paragraph"]
    assert paragraphs[-3:] == ["1794 The weir is built of oak and stone.", "1851 A steam barge passes the lock.",
                               "1923 The last horse boat is sold."]
    assert [s.title for s in doc.sections] == ["The Upper Weir", "Key Years"]


def test_a_one_page_documents_last_small_line_far_below_is_its_footer() -> None:
    lines = [_line(1, 40, 40, "The Upper Weir", 26, bold=True)]
    lines += [_line(1, 40, 90 + 14 * k, text) for k, text in enumerate(WEIR * 3)]
    lines.append(_line(1, 40, 760, "Weir Valley Waterways Trust", 8, bold=True))
    doc = rebuild_pdf(PdfContent([PageGeometry(1, 600, 800, lines)]), "weir", "/tmp/weir.pdf")
    assert "Waterways Trust" not in doc.text


def test_hyphens_of_closed_class_words_and_u2010_join() -> None:
    judge = HyphenJudge("The keeper taught her-\nself to swim.")
    assert not judge.keep("her", "self to swim.")
    # "Bar‐" / "rowdale" with U+2010: neither half is a whole word of the text
    judge = HyphenJudge("the pool at Bar\u2010\nrowdale was deep", Lexicon())
    assert not judge.keep("Bar", "rowdale was deep")


def test_letters_without_word_spaces_are_cut_into_the_fewest_known_words() -> None:
    lexicon = Lexicon(["the", "upper", "weir", "of", "river"])
    assert segmented("THEUPPERWEIR", [], lexicon) == "THE UPPER WEIR"
    assert segmented("WEIROFTHEBARROW", ["Barrow"], lexicon) == "WEIR OF THE BARROW"


def test_a_letter_spaced_line_in_raw_text_reads_as_words() -> None:
    text = "Upper Weir\nT H E U P P E R P O O L\nThe keeper kept a ledger of every lock and boat.\n"
    assert extraction_marks_resolved(text).splitlines()[1] == "THE UPPER POOL"


def test_a_label_spaced_with_its_heading_is_closed_up() -> None:
    text = "Upper Weir\nI I . T H E L O W E R P O O L\n3 . T H E M I L L\nThe keeper kept a ledger.\n"
    lines = extraction_marks_resolved(text).splitlines()
    assert lines[1:3] == ["II. THE LOWER POOL", "3. THE MILL"]


def test_a_short_spaced_line_under_a_spaced_heading_closes_it() -> None:
    text = "Upper Weir\nT H E M I L L W A S\nN O T\nThe keeper kept a ledger.\n"
    assert extraction_marks_resolved(text).splitlines()[1:3] == ["THE MILL WAS", "NOT"]


RAW_NOTES = (
    "1 The ledger survives in the county record office.\n"
    "41\n"
    "The Upper Weir\n"
    "The weir on the upper river held back a long pool where the barges waited for\n"
    "the lock keeper,1 who worked the paddles by hand from dawn until dusk and kept\n"
    "a ledger of every boat, its cargo and its master, in a brown leather book that\n"
    "the parish kept after him.\n"
    "\f"
    "2 Horses were stabled at the inn by the lock.\n"
    "42\n"
    "In a wet spring the pool rose over the towpath and the horses2 went by the lane\n"
    "behind the mill, a mile further round, so that the barges waited for the water to\n"
    "fall before they could be towed up to the lock again.\n"
)


def test_footnotes_printed_first_close_the_text_and_folios_counting_up_are_left_out() -> None:
    (doc,) = read_text(RAW_NOTES.encode(), "/tmp/weir.txt")
    notes = doc.sections[-1]
    texts = [(b.section == notes.id, doc.text[b.start : b.end]) for b in doc.blocks if b.kind == "paragraph"]
    assert notes.title == "Notes" and [t for noted, t in texts if noted] == [
        "The ledger survives in the county record office.", "Horses were stabled at the inn by the lock."]
    assert not any("record office" in t or "stabled" in t for noted, t in texts if not noted)
    assert doc.sections[0].title == "The Upper Weir" and not doc.sections[0].label
    assert "41" not in doc.text.split() and "42" not in doc.text.split()


def test_a_running_line_under_its_page_number_on_every_page_is_no_title() -> None:
    pages = []
    for number in (1, 2):
        body = "\n".join(WEIR * 3)
        head = "The Upper Weir\n" if number == 1 else ""
        pages.append(f"{number}\nRiver Trades Collection · Guide\n{head}{body}\n")
    (doc,) = read_text("\f".join(pages).encode(), "/tmp/weir.txt")
    assert "River Trades Collection" not in doc.text
    assert doc.sections[0].title == "The Upper Weir"


RAW_CREDIT_FIRST = (  # the figure cuts a paragraph mid-sentence, its credit printed first
    "The Upper Weir\n"
    + "\n".join(WEIR[:2]) + "\n"
    + "© Ada Brook for the Weir Valley\n"
    "Trust\n"
    "The lock keeper's cottage seen\n"
    "from the towpath in winter.\n"
    + "\n".join(WEIR[2:] * 2) + "\n"
)


def test_a_caption_extracted_credit_first_takes_it_as_its_credit() -> None:
    (doc,) = read_text(RAW_CREDIT_FIRST.encode(), "/tmp/weir.txt")
    captions = [(text, credit) for kind, text, credit in _blocks(doc) if kind == "caption"]
    assert captions == [("The lock keeper's cottage seen from the towpath in winter.",
                         "© Ada Brook for the Weir Valley Trust")]


def test_a_drop_cap_skips_a_title_left_open_on_a_function_word() -> None:
    text = ("T\nBarges on the Pool: The Edge of\nthe Upper Weir\n" + "\n".join(WEIR[:2]) + ".\n"
            "I Keeping the Lock\nhe keeper worked the paddles by hand from dawn until dusk and\n"
            + "\n".join(WEIR[2:]) + "\n")
    (doc,) = read_text(text.encode(), "/tmp/weir.txt")
    assert "The keeper worked the paddles" in doc.text
    assert doc.sections[0].title == "Barges on the Pool: The Edge of the Upper Weir"


def test_a_credit_closed_on_an_institutions_noun_takes_no_heading_as_its_tail() -> None:
    text = ("The Upper Weir\n" + "\n".join(WEIR) + "\n"
            "The lock keeper's cottage seen from the towpath.\n"
            "Image: Ada Brook Weir Valley Archive\n"
            "Keeping the Lock\n" + "\n".join(WEIR * 2) + "\n")
    (doc,) = read_text(text.encode(), "/tmp/weir.txt")
    assert [credit for kind, _, credit in _blocks(doc) if kind == "caption"] == ["Image: Ada Brook Weir Valley Archive"]
    assert [s.title for s in doc.sections][-1] == "Keeping the Lock"


def test_a_line_of_unit_labels_at_the_top_is_a_locator_not_the_title() -> None:
    text = "Gallery 4 · Case 2\nThe Upper Weir\n" + "\n".join(WEIR * 3) + "\n\f" + "\n".join(WEIR * 2) + "\n"
    (doc,) = read_text(text.encode(), "/tmp/weir.txt")
    assert "Gallery 4" not in doc.text
    assert doc.sections[0].title == "The Upper Weir" and not doc.sections[0].label


def test_a_caption_printed_over_its_picture_takes_the_credit_under_it() -> None:
    lines = [_line(1, 40, 40, "The Upper Weir", 26, bold=True)]
    lines += [_line(1, 40, 90 + 14 * k, text[:46]) for k, text in enumerate(WEIR * 3)]
    lines += [_line(1, 300, 90 + 14 * k, text[:46]) for k, text in enumerate(WEIR * 3)]
    lines += [_line(1, 48, 380, "The weir pool at dusk with two", 9), _line(1, 48, 391, "barges moored.", 9)]
    lines.append(_line(1, 120, 410, "Photo: Ada Brook / Weir Trust", 7, italic=True))
    picture = (40.0, 270.0, 280.0, 405.0)  # a grey box, the caption printed on its foot
    page = PageGeometry(1, 600, 800, lines, regions=[picture])
    doc = rebuild_pdf(PdfContent([page]), "weir", "/tmp/weir.pdf")
    captions = [(text, credit) for kind, text, credit in _blocks(doc) if kind == "caption"]
    assert captions == [("The weir pool at dusk with two barges moored.", "Photo: Ada Brook / Weir Trust")]


def test_a_running_head_closing_on_a_whole_title_line_is_running_after_notes_printed_first() -> None:
    page_one = ("1 The ledger survives in the county record office.\n"
                "Barges on the Pool:\nThe Upper Weir\n" + "\n".join(WEIR) + "\n"
                "the lock keeper,1 who worked the paddles by hand from dawn until dusk.\n")
    page_two = "River Trades Collection The Upper Weir\n" + "\n".join(WEIR * 2) + "\n"
    (doc,) = read_text(f"{page_one}\f{page_two}".encode(), "/tmp/weir.txt")
    assert "River Trades Collection" not in doc.text
