"""Round 49 (structset61) layout methods, each on invented text: a glyph turned by the form it is
drawn in is set along a turned baseline; a credit turned up a picture's edge stacks on none of the
caption's rows; keys printed in pictures and key lines over captions are no text; a box quote set
into a paragraph mid-sentence parts no paragraph; a question in capitals is a kicker."""

from __future__ import annotations

from tests._pdf_helpers import canvas_pdf, glyph_line
from vitrina.ingest import pdf
from vitrina.structure import zones
from vitrina.structure.geometry import PageGeometry, PdfContent, TextLine
from vitrina.structure.pagelayout import LIMITS, rebuild_pdf

MILL = [
    "The tide mill stood on a dam across the creek and ground corn for the village",
    "whenever the sea ran out, its wheel turned by the water held back at high tide.",
    "The miller kept the sluice gates himself and knew every sandbank of the channel.",
    "Barges brought the grain up on the flood and carried the flour away on the ebb.",
]


def _line(page: int, x: float, top: float, text: str, size: float = 10.0, bold: bool = False,
          italic: bool = False) -> TextLine:
    return glyph_line(page, x, top, text, size, bold, italic)


def _turned(line: TextLine) -> TextLine:
    """``line`` turned a quarter to read upwards: each glyph's box stood on its end, in order up the page."""
    boxes = []
    x, bottom = line.x0, line.bottom
    for k in range(len(line.text)):
        x0, top, x1, _ = line.box(k)
        height = x1 - x0
        boxes.extend((x, bottom - height * (k + 1), x + line.size, bottom - height * k))
    out = glyph_line(line.page, x, bottom - 1, line.text, line.size)
    out.boxes = boxes
    out.x0, out.x1 = x, x + line.size
    out.top, out.bottom = min(boxes[1::4]), max(boxes[3::4])
    out.rotated = True
    return out


def test_a_glyph_turned_by_its_form_reads_along_its_turned_baseline() -> None:
    def draw(c, _number: int) -> None:
        c.beginForm("credit")
        c.setFont("Courier", 7)
        c.drawString(0, 0, "Harbour Archive, HA 12")
        c.endForm()
        c.setFont("Times-Roman", 10)
        c.drawString(72, 700, "The miller kept the sluice gates himself.")
        c.saveState()
        c.translate(400, 500)
        c.rotate(90)
        c.doForm("credit")
        c.restoreState()

    content = pdf.read_geometry(canvas_pdf(draw))
    turned = [line for line in content.pages[0].lines if line.rotated]
    assert [line.text for line in turned] == ["Harbour Archive, HA 12"]
    assert not any(line.rotated for line in content.pages[0].lines if line.text.startswith("The miller"))


def test_without_char_angles_the_form_turned_glyphs_stay_upright(monkeypatch) -> None:
    def draw(c, _number: int) -> None:
        c.beginForm("credit")
        c.setFont("Courier", 7)
        c.drawString(0, 0, "Harbour Archive")
        c.endForm()
        c.saveState()
        c.translate(400, 500)
        c.rotate(90)
        c.doForm("credit")
        c.restoreState()

    monkeypatch.setitem(pdf.LINE_LIMITS, "turned_char_angle", 0)
    content = pdf.read_geometry(canvas_pdf(draw))
    assert not any(line.rotated for line in content.pages[0].lines)


def test_a_credit_turned_up_the_edge_leaves_a_caption_printed_over_its_picture() -> None:
    picture = (300.0, 300.0, 560.0, 500.0)
    caption = [_line(1, 310, 460, "Millers at the sluice gate, about 1890.", 8),
               _line(1, 310, 470, "The wheel is behind them.", 8)]
    credit = _turned(_line(1, 550, 495, "Photograph by the Harbour Archive, HA 12 and 13", 6))
    body = [_line(1, 72, 80 + 12 * k, text[:40]) for k, text in enumerate(MILL * 8)]
    page = PageGeometry(1, 612, 792, [*body, *caption, credit], [], regions=[picture])
    # counted as a row, the turned credit would make the text as tall as a third of the box
    assert max(line.bottom for line in [*caption, credit]) - credit.top > (500 - 300) / zones.ZONE_LIMITS["overlay_height"]
    assert zones.overlaid(picture, page)


def test_keys_printed_in_pictures_side_by_side_are_no_text() -> None:
    left, right = (50.0, 60.0, 300.0, 400.0), (320.0, 60.0, 560.0, 300.0)
    keys = _line(1, 56, 68, "(a)", 10, bold=True)
    keys.text = "(a)" + " " * 80 + "(b)"
    keys.boxes = [*keys.boxes[:12], *([0.0] * 0)]
    boxes = list(keys.boxes[:12])
    for k in range(80):
        boxes.extend((71 + 3.1 * k, 68, 74 + 3.1 * k, 78))
    boxes.extend((330, 68, 335, 78, 335, 68, 340, 78, 340, 68, 345, 78))
    keys.boxes = boxes
    keys.x1 = 345
    body = _line(1, 50, 450, "The mill was rebuilt after the flood.")
    page = PageGeometry(1, 612, 792, [keys, body], [], regions=[left, right])
    assert zones.picture_keys(page) == {id(keys)}
    outside = _line(1, 56, 420, "(c)", 10, bold=True)  # under the pictures: no key of theirs
    assert not zones.picture_keys(PageGeometry(1, 612, 792, [outside], [], regions=[left, right]))


def _keyed_page() -> PdfContent:
    lines = [_line(1, 72, 40, "The Tide Mill", 24, bold=True)]
    lines += [_line(1, 72, 80 + 12 * k, text[:44]) for k, text in enumerate(MILL * 5)]
    lines += [_line(1, 400, 80, "PICTURES", 6, bold=True), _line(1, 400, 92, "(a)", 8, bold=True)]
    lines += [_line(1, 400, 104 + 9 * k, t, 7) for k, t in enumerate(["The mill pond", "frozen over,", "about 1895."])]
    lines += [_line(1, 400, 140 + 8 * k, t, 6) for k, t in enumerate(["Lent by the", "Creek Society"])]
    picture = (72.0, 400.0, 300.0, 600.0)  # a picture of the page: captions are looked for
    return PdfContent([PageGeometry(1, 612, 792, lines, [], regions=[picture])])


def test_a_key_over_a_caption_in_a_caption_column_is_no_heading() -> None:
    doc = rebuild_pdf(_keyed_page(), "mill", "/tmp/mill.pdf")
    titles = [s.title for s in doc.sections]
    assert "(a)" not in titles and "PICTURES" not in titles
    captions = [doc.text[b.start:b.end] for b in doc.blocks if b.kind == "caption"]
    assert any(c.startswith("The mill pond frozen over, about 1895.") for c in captions)


def test_without_keys_over_captions_the_key_heads_a_section(monkeypatch) -> None:
    monkeypatch.setitem(LIMITS, "keys_over_captions", 0)
    doc = rebuild_pdf(_keyed_page(), "mill", "/tmp/mill.pdf")
    assert any("(a)" in (s.title or "") or s.label == "(a)" for s in doc.sections)


def _boxed_quote_page() -> PdfContent:
    lines = [_line(1, 72, 40, "The Tide Mill", 24, bold=True)]
    lines += [_line(1, 72, 80 + 12 * k, text[:44]) for k, text in enumerate(MILL * 3)]
    lines.append(_line(1, 72, 224, "The miller took the grain down to the"))
    lines += [_line(1, 110, 246, "A wheel turned", 15, italic=True), _line(1, 110, 264, "by the tide", 15, italic=True)]
    lines.append(_line(1, 72, 292, "quay by cart and came back with salt."))
    lines += [_line(1, 72, 304 + 12 * k, text[:44]) for k, text in enumerate(MILL * 2)]
    box = (90.0, 238.0, 330.0, 284.0)
    return PdfContent([PageGeometry(1, 612, 792, lines, [], regions=[box])])


def test_a_box_quote_parting_a_sentence_is_no_heading() -> None:
    doc = rebuild_pdf(_boxed_quote_page(), "mill", "/tmp/mill.pdf")
    assert [s.title for s in doc.sections] == ["The Tide Mill"]
    paragraphs = [doc.text[b.start:b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert any("down to the quay by cart" in p for p in paragraphs)
    assert not any("A wheel turned" in p for p in paragraphs)


def test_without_boxed_breaks_the_box_quote_heads_a_section(monkeypatch) -> None:
    monkeypatch.setitem(LIMITS, "boxed_breaks", 0)
    doc = rebuild_pdf(_boxed_quote_page(), "mill", "/tmp/mill.pdf")
    assert "A wheel turned by the tide" in [s.title for s in doc.sections]


def _kicked_page(kicker: str) -> PdfContent:
    lines = [_line(1, 72, 40, "The Tide Mill", 24, bold=True)]
    lines += [_line(1, 72, 80 + 12 * k, text[:44]) for k, text in enumerate(MILL * 2)]
    lines += [_line(1, 72, 186, kicker, 6.5, bold=True), _line(1, 72, 196, "3.1 The Sluice Gates", 13, bold=True)]
    lines += [_line(1, 72, 220 + 12 * k, text[:44]) for k, text in enumerate(MILL * 2)]
    lines += [_line(1, 72, 326, "ON THE CREEK", 6.5, bold=True), _line(1, 72, 336, "3.2 The Barges", 13, bold=True)]
    lines += [_line(1, 72, 360 + 12 * k, text[:44]) for k, text in enumerate(MILL * 2)]
    return PdfContent([PageGeometry(1, 612, 792, lines, [])])


def test_a_question_in_capitals_over_a_labelled_heading_is_its_kicker() -> None:
    doc = rebuild_pdf(_kicked_page("WHY A MILL?"), "mill", "/tmp/mill.pdf")
    assert [(s.label, s.title) for s in doc.sections[1:]] == [("3.1", "The Sluice Gates"), ("3.2", "The Barges")]


def test_without_question_kickers_the_question_heads_a_section(monkeypatch) -> None:
    monkeypatch.setitem(LIMITS, "question_kickers", 0)
    doc = rebuild_pdf(_kicked_page("WHY A MILL?"), "mill", "/tmp/mill.pdf")
    assert "WHY A MILL?" in [s.title for s in doc.sections]


def _figure_heads_column_page() -> PdfContent:
    lines = [_line(1, 72, 40, "The Tide Mill", 24, bold=True)]
    texts = ["  The miller kept the sluice gates and knew", "every sandbank of the channel by heart. He",
             "opened the gates at the turn of the tide.", "  Barges brought the grain up on the flood",
             "and carried the flour away on the ebb. The", "bargemen paid a toll for every load landed."]
    for k in range(4):
        for n, text in enumerate(texts):
            top = 80 + 12 * (6 * k + n)
            lines.append(_line(1, 72 + (10 if text.startswith("  ") else 0), top, text.strip()))
    lines.append(_line(1, 72, 80 + 12 * 24, "  At the height of the season thirty men"))
    lines.append(_line(1, 72, 80 + 12 * 25, "worked in the mill and the yard around it."))
    lines += [_line(1, 320, 250, "Above: The mill pond frozen over, 1895.", 7, italic=True),
              _line(1, 320, 260, "Photograph: Creek Society", 6)]
    lines.append(_line(1, 320, 276, "They lived in cottages along the creek bank"))
    lines += [_line(1, 320, 288 + 12 * n, text.strip()) for n, text in enumerate(texts[1:3])]
    picture = (320.0, 80.0, 540.0, 240.0)
    return PdfContent([PageGeometry(1, 612, 792, lines, [], regions=[picture])])


def test_a_flush_line_under_a_figure_heading_the_next_column_goes_on() -> None:
    doc = rebuild_pdf(_figure_heads_column_page(), "mill", "/tmp/mill.pdf")
    paragraphs = [doc.text[b.start:b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert any("around it. They lived in cottages" in p for p in paragraphs)


def test_without_figure_heads_column_the_flush_line_opens_a_paragraph(monkeypatch) -> None:
    monkeypatch.setitem(LIMITS, "figure_heads_column", 0)
    doc = rebuild_pdf(_figure_heads_column_page(), "mill", "/tmp/mill.pdf")
    paragraphs = [doc.text[b.start:b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert any(p.startswith("They lived in cottages") for p in paragraphs)
