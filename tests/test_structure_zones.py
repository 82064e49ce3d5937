"""Round 7 of the page layout: zones read apart from the flow (a boxed side-bar, footnotes,
a credit set up a picture's side), a standfirst in caption type, kicker labels, a credit
under a picture whose caption stands over it, many narrow columns. Every text is invented."""

from __future__ import annotations

from array import array

from tests._pdf_helpers import glyph_line
from vitrina.structure.geometry import ImageBox, PageGeometry, PdfContent, TextLine
from vitrina.structure.pagelayout import rebuild_pdf
from vitrina.structure.zones import boxed_zones, footnotes, without_note_calls

KILN = [
    "The brick kilns on the river bank burned day and night through the summer,",
    "fed with coal that barges brought up from the coast on every spring tide,",
    "and the bricks they fired built half of the warehouses along the quay.",
    "Each kiln held twenty thousand bricks stacked in open rows to let the heat",
    "through, and a firing took a week from the first fire to the last cooling.",
]


def _line(page: int, x: float, top: float, text: str, size: float = 10.0, bold: bool = False,
          italic: bool = False) -> TextLine:
    return glyph_line(page, x, top, text, size, bold, italic)


def _paragraphs(doc) -> list[str]:  # type: ignore[no-untyped-def]
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]


def test_a_boxed_side_bar_beside_the_text_is_read_after_it() -> None:
    lines = [_line(1, 72, 100 + 12 * k, text[:40], 8) for k, text in enumerate(KILN * 4)]
    side = [_line(1, 330, 300, "Who Fired the Kilns?", 12, bold=True),
            _line(1, 330, 320, "Families from the hill farms came down", 8),
            _line(1, 330, 332, "to work the kilns for the season.", 8)]
    zones = boxed_zones(lines + side, [(320.0, 290.0, 540.0, 350.0)])
    assert zones == [side]
    # a banner across the page holding the title has no text beside it: no zone
    assert boxed_zones(lines + side, [(60.0, 90.0, 560.0, 400.0)]) == []


def test_footnotes_at_the_page_foot_are_apparatus_and_note_calls_go() -> None:
    body = [_line(1, 72, 100 + 14 * k, text) for k, text in enumerate(KILN)]
    notes = [_line(1, 72, 700, "1 The kiln book of that year is lost.", 7),
             _line(1, 72, 709, "2 Measured by the later survey.", 7)]
    found = footnotes(body + notes, 10.0)
    assert found == {id(n) for n in notes}
    # a note that reads as a picture credit is left for the footnoted-credit rule
    credit = [_line(1, 72, 700, "1 Photo: Ada Brook / River Trust", 7)]
    assert footnotes(body + credit, 10.0) == set()
    # a raised small "2" after a stop is a note call
    text = "the quay.2 Later"
    boxes = array("d")
    for k, ch in enumerate(text):
        raised = ch == "2"
        boxes.extend((72 + 5 * k, 100 if raised else 100, 77 + 5 * k, 104 if raised else 110))
    line = TextLine(1, text, boxes, 10.0, False, False)
    assert without_note_calls(line).text == "the quay. Later"


def test_a_note_symbol_glued_to_a_word_is_a_call_raised_or_not() -> None:
    for text, kept in (("the kiln*, a dome", "the kiln, a dome"), ("the quay.\u2020 Later", "the quay. Later"),
                       ("five * three", "five * three"), ("*Fired twice", "*Fired twice")):
        line = _line(1, 72, 100, text)
        assert without_note_calls(line).text == kept


def test_turned_credit_beside_a_picture_is_its_caption_credit() -> None:
    lines = [_line(1, 72, 60, "Bricks of the River", 20, bold=True)]
    lines += [_line(1, 72, 100 + 13 * k, text) for k, text in enumerate(KILN)]
    lines.append(_line(1, 72, 400, "The north kiln in its last working summer.", 8))
    credit = "Photo: Ivo Marsh / Quay Archive"
    turned = TextLine(1, credit, [v for k in range(len(credit)) for v in (300, 390 - 5 * k - 5, 307, 390 - 5 * k)],
                      7.0, False, False, rotated=True)
    turned.x0, turned.x1, turned.top, turned.bottom = 300, 307, 390 - 5 * len(credit), 390
    lines.append(turned)
    lines += [_line(1, 72, 430 + 13 * k, text) for k, text in enumerate(KILN)]
    image = ImageBox(1, (72, 200, 292, 390), (400, 300))
    doc = rebuild_pdf(PdfContent([PageGeometry(1, 612, 792, lines, [image])]), "kiln", "/tmp/kiln.pdf")
    captions = [b for b in doc.blocks if b.kind == "caption"]
    assert len(captions) == 1
    assert captions[0].credit == credit


def test_standfirst_in_italics_far_from_every_picture_is_a_paragraph() -> None:
    lines = [_line(1, 72, 60, "Bricks of the River", 22, bold=True),
             _line(1, 72, 92, "For a century the river bank was a wall of smoke and fire, and", 11, italic=True),
             _line(1, 72, 106, "the town that grew beside it was built of what the kilns made.", 11, italic=True)]
    lines += [_line(1, 72, 140 + 13 * k, text) for k, text in enumerate(KILN * 2)]
    lines.append(_line(1, 72, 600, "The south kiln from the river, its chimney smoking.", 8))
    image = ImageBox(1, (72, 420, 300, 595), (400, 300))
    doc = rebuild_pdf(PdfContent([PageGeometry(1, 612, 792, lines, [image])]), "kiln", "/tmp/kiln.pdf")
    paragraphs = _paragraphs(doc)
    assert paragraphs[0].startswith("For a century the river bank")
    assert [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "caption"] == [
        "The south kiln from the river, its chimney smoking."]


def test_kicker_over_a_heading_is_its_label() -> None:
    lines = [_line(1, 72, 60, "Bricks of the River", 22, bold=True)]
    lines += [_line(1, 72, 100 + 13 * k, text) for k, text in enumerate(KILN)]
    lines.append(_line(1, 72, 200, "14 June 1861", 8, bold=True))
    lines.append(_line(1, 72, 212, "The Great Firing", 15, bold=True))
    lines += [_line(1, 72, 240 + 13 * k, text) for k, text in enumerate(KILN)]
    doc = rebuild_pdf(PdfContent([PageGeometry(1, 612, 792, lines)]), "kiln", "/tmp/kiln.pdf")
    assert [(s.label, s.title) for s in doc.sections][-1] == ("14 June 1861", "The Great Firing")


def test_extraction_marks_in_raw_text_are_resolved() -> None:
    from vitrina.ingest.text import extraction_marks_resolved, read

    assert extraction_marks_resolved("the \ufb01rst \ufb02oor") == "the first floor"
    # inside a line: between two words a printed hyphen (producers write every printed hyphen
    # so), inside a word a break point only
    assert extraction_marks_resolved("kiln\u00admen") == "kiln-men"
    assert extraction_marks_resolved("a chim\u00adney stack") == "a chimney stack"
    text = ("Bricks of the River\n\nThe crew were Ada Brook, Ivo Hessel\u00ad\nberg and two others from the hill farms.\n")
    doc = read(text.encode(), "kiln.txt")[0]
    assert "Ivo Hesselberg and" in doc.text


def test_bracketed_credit_after_the_caption_sentence_is_split_off() -> None:
    from vitrina.structure.pagelayout import trailing_credit

    words = ["The", "north", "kiln", "in", "its", "last", "working", "summer.", "(Photo:", "Ivo", "Marsh", "/", "Quay", "Archive)"]
    assert trailing_credit(words) == 8
    assert trailing_credit(["The", "north", "kiln", "(seen", "from", "the", "quay)", "in", "summer."]) is None


def _body_and_notes(doc) -> tuple[str, list[str]]:
    """The text before a closing "Notes" section, and that section's paragraphs."""
    notes = doc.sections[-1]
    if notes.title != "Notes":
        return doc.text, []
    return doc.text[: notes.start], [doc.text[b.start : b.end] for b in doc.blocks
                                     if b.section == notes.id and b.kind == "paragraph"]


def test_footnotes_closing_a_page_of_raw_text_close_the_text() -> None:
    from vitrina.ingest.text import read

    text = (
        "Bricks of the River\n"
        "The kilns on the river bank burned day and night through the summer, fed with coal that\n"
        "barges brought up from the coast on every spring tide.1\n"
        "Each kiln held twenty thousand bricks stacked in open rows to let the heat through, and\n"
        "a firing took a week from the first fire to the last cooling.2 The bricks built the quay.\n"
        "1. The coal came from the pits at the river mouth.\n"
        "2. Measured by the later survey of the yard.\n"
        "Museum of the River\n"
        "\f"
        "The last kiln was cold by the end of the century, and its chimney was taken down\n"
        "when the quay was widened for the new steamers that came up the river after it.\n"
    )
    body, notes = _body_and_notes(read(text.encode(), "kiln.txt")[0])
    assert "The coal came from the pits" not in body and "Measured by the later survey" not in body
    assert notes == ["The coal came from the pits at the river mouth.", "Measured by the later survey of the yard."]
    # numbers nobody calls are no footnotes: a numbered list stays
    listed = text.replace("tide.1", "tide.").replace("cooling.2", "cooling.")
    body, notes = _body_and_notes(read(listed.encode(), "kiln.txt")[0])
    assert "The coal came from the pits" in body and not notes


def test_credit_printed_one_word_a_line_credits_the_caption_after_it() -> None:
    from vitrina.ingest.text import read

    text = (
        "Bricks of the River\n"
        "The kilns on the river bank burned day and night through the summer, fed with coal that\n"
        "barges brought up from the coast on every spring tide, and the town grew round them.\n"
        "Photo:\nIvo\nMarsh\n/\nQuay\nArchive\n"
        "The north kiln in its last working summer.\n"
        "Each kiln held twenty thousand bricks stacked in open rows to let the heat through, and\n"
        "a firing took a week from the first fire to the last cooling of the stacked bricks.\n"
    )
    doc = read(text.encode(), "kiln.txt")[0]
    captions = [b for b in doc.blocks if b.kind == "caption"]
    assert [(doc.text[b.start : b.end], b.credit) for b in captions] == [
        ("The north kiln in its last working summer.", "Photo: Ivo Marsh / Quay Archive")]


def test_kicker_over_a_title_in_raw_text_is_its_label() -> None:
    from vitrina.ingest.text import read

    body = ("The kilns on the river bank burned day and night through the summer, fed with coal that\n"
            "barges brought up from the coast on every spring tide, and the town grew round them.\n")
    text = "Bricks of the River\n" + body + "14 June 1861\nThe Great Firing\n" + body
    doc = read(text.encode(), "kiln.txt")[0]
    assert [(s.label, s.title) for s in doc.sections] == [
        (None, "Bricks of the River"), ("14 June 1861", "The Great Firing")]


def test_a_footnote_whose_box_touches_the_foot_of_the_other_column_is_a_footnote() -> None:
    left = [_line(1, 40, 600 + 14 * k, f"The left column reads on over line {k} of the tide tables.") for k in range(4)]
    right = [_line(1, 320, 610 + 14 * k, f"The right column reads on over line {k} of the ledger.") for k in range(4)]
    # the right column's last line ends at 662.0; the note under both columns starts 0.3 above it
    note = _line(1, 40, 661.7, "1 The tables were printed by the harbour office every spring.", 7)
    lines = [*left, *right, note]
    assert footnotes(lines, 10.0) == {id(note)}
    lifted = _line(1, 40, 655.0, note.text, 7)  # level with the column's last line: no footnote
    assert footnotes([*left, *right, lifted], 10.0) == set()


def test_a_narrow_side_box_on_a_sparse_page_is_a_zone_and_a_tall_frame_is_not() -> None:
    # a leaflet side: a few lines of text beside a boxed side-bar holding most of them
    text = [_line(1, 400, 100 + 14 * k, "The kilns are open to visitors.", 10) for k in range(3)]
    text.append(_line(1, 400, 500, "Open daily from ten until five.", 10))
    side = [_line(1, 40, 120 + 12 * k, "Bricks went down the river by barge.", 8) for k in range(6)]
    assert boxed_zones(text + side, [(30.0, 110.0, 230.0, 200.0)]) == [side]
    # a frame as tall as the text (a panel's frame) holding as much is no zone
    assert boxed_zones(text + side, [(30.0, 90.0, 230.0, 520.0)]) == []


def test_called_notes_under_a_caption_at_the_page_foot_are_footnotes() -> None:
    body = [_line(1, 72, 100 + 14 * k, text) for k, text in enumerate(KILN)]
    caption = [_line(1, 72, 600, "Above: The kiln yard in a print of the time.", 8.5, italic=True)]
    notes = [_line(1, 72, 700, "\u2020 The yard was sold when the works closed.", 7),
             _line(1, 72, 709, "Its buildings stand today.", 7)]
    assert footnotes(body + caption + notes, 10.0, {"\u2020"}) == {id(n) for n in notes}
    assert footnotes(body + caption + notes, 10.0) == set()  # not called: the caption's foot
    assert footnotes(body + caption + notes, 10.0, {"*"}) == set()


def test_a_dagger_call_that_lost_its_space_becomes_the_space() -> None:
    assert without_note_calls(_line(1, 72, 100, "the potter\u2020later wrote")).text == "the potter later wrote"
    assert without_note_calls(_line(1, 72, 100, "the potter*later")).text == "the potter*later"


def test_the_notes_own_title_beside_them_leaves_them_footnotes() -> None:
    body = [_line(1, 72, 100 + 14 * k, text) for k, text in enumerate(KILN)]
    band = [_line(1, 72, 700.4, "Notes", 7, bold=True),
            _line(1, 110, 700, "1 The kiln book of that year is lost. 2 Measured by the later survey.", 7)]
    assert footnotes(body + band, 10.0) == {id(n) for n in band}
    # a lone name in the same place reads as a credit: no footnotes
    named = [_line(1, 72, 700.4, "Marsh", 7, bold=True), band[1]]
    assert footnotes(body + named, 10.0) == set()


def test_a_notes_title_is_no_note_of_its_own() -> None:
    body = [_line(1, 72, 100 + 14 * k, text.replace("coal", "coal,\u00b9", 1)) for k, text in enumerate(KILN)]
    band = [_line(1, 72, 700.4, "Notes", 7, bold=True),
            _line(1, 110, 700, "1 The kiln book of that year is lost.", 7)]
    doc = rebuild_pdf(PdfContent([PageGeometry(1, 595, 842, body + band)]), "kiln", "/tmp/kiln.pdf")
    assert "Notes" not in " ".join(_paragraphs(doc))
    assert "coal, that" in doc.text and "coal,\u00b9" not in doc.text
