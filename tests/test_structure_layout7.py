"""Round layout7: a unit label and a spaced dash opening a heading ("Case 2 — The
Pond"), three balanced columns over a caption that reaches into a gutter, a credit
name wrapped after a slash, a first-line indent lost by the extraction before a
capitalised word, a paragraph's short last line kept out of the caption under it.
Every text is invented."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import canvas_pdf as _canvas_pdf
from tests._pdf_helpers import draw_lines as _lines
from tests._pdf_helpers import glyph_line
from vitrina.ingest import pdf
from vitrina.structure import rebuild
from vitrina.structure.captions import LABEL_LEAD, lead_label
from vitrina.structure.geometry import ImageBox, PageGeometry, PdfContent, TextLine
from vitrina.structure.pagelayout import rebuild_pdf


def _text_doc(lines: list[str], name: str = "mill"):
    return rebuild("\n".join(lines) + "\n", name, f"{name}.txt", "text")


def _captions(doc) -> list[tuple[str, str | None]]:
    return [(doc.text[b.start : b.end], b.credit) for b in doc.blocks if b.kind == "caption"]


def _paragraphs(doc) -> list[str]:
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]


@pytest.mark.parametrize("line", [
    "Case 2 — The Pond", "Room B – The Pond", "Case 2 - The Pond", "Case 2: The Pond", "Gallery 2 · The Pond",
    "Room B | The Pond", "Case 2 / The Pond"])
def test_unit_label_before_a_dash_opens_the_heading(line: str) -> None:
    lead = LABEL_LEAD.match(line)
    assert lead is not None and line[lead.end():] == "The Pond"
    assert lead_label(lead) in {"2", "B"}


def test_bare_word_before_a_dash_is_no_label() -> None:
    assert LABEL_LEAD.match("Water — The Pond") is None


MILL = [
    "The tide mill on the estuary ground corn for four villages, its wheel turned",
    "by water held back in a pond at high tide and let out through the sluice as",
    "the tide fell, so the millers worked by the moon rather than by the clock.",
]


def _dash_heading_page(c, number: int) -> None:
    _lines(c, 72, 730, ["Flour and Tide"], "Times-Bold", 22)
    y = _lines(c, 72, 690, MILL, "Times-Roman", 11, 14)
    for k, title in enumerate(("\u2014 The Pond", "\u2014 The Sluice")):
        c.setFont("Helvetica", 8)
        c.drawString(72, y - 20, f"Case {k + 1}")
        c.setFont("Times-Bold", 14)
        c.drawString(104, y - 20, title)
        y = _lines(c, 72, y - 44, MILL, "Times-Roman", 11, 14)


def test_pdf_heading_with_a_small_unit_label_and_a_dash_before_its_title() -> None:
    (doc,) = pdf.read(_canvas_pdf(_dash_heading_page), "/tmp/dash.pdf")
    assert [(s.label, s.title) for s in doc.sections] == [
        (None, "Flour and Tide"), ("1", "The Pond"), ("2", "The Sluice")]


_MILLER = ("the miller kept the sluice shut until the tide turned and then let the pond run out "
         "through the wheel race so that the stones turned all through the ebb and the flour "
         "was sacked by lamplight before the carts came down the causeway at dawn")
WORDS = _MILLER.split()


def _wrap(words: list[str], chars: int) -> list[str]:
    lines, cur = [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > chars:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}".strip()
    return [*lines, cur]


def _line(x: float, top: float, text: str, size: float = 11.0, bold: bool = False) -> TextLine:
    return glyph_line(1, x, top, text, size, bold)


def test_three_columns_over_a_caption_reaching_into_a_gutter() -> None:
    """Balanced columns, then a caption under them that starts inside the gutter
    between the second and third column: still three columns."""
    body = _wrap(["The", *WORDS * 2], 27)
    body[-1] += "."
    per = -(-len(body) // 3)
    lines = [_line(40, 40, "Flour and Tide", 22, bold=True)]
    for col, x in enumerate((40, 220, 400)):
        lines += [_line(x, 80 + 14 * k, text) for k, text in enumerate(body[col * per : (col + 1) * per])]
    bottom = 80 + 14 * per + 30
    caption = ["Left: The wheel race at low", "water, from the causeway.", "Courtesy of the Marsh Trust"]
    lines += [_line(372, bottom + 11 * k, text, 9) for k, text in enumerate(caption)]
    doc = rebuild_pdf(PdfContent([PageGeometry(1, 612, 792, lines)]), "mill", "/tmp/mill.pdf")
    assert _paragraphs(doc) == [" ".join(body)]
    assert _captions(doc) == [("The wheel race at low water, from the causeway.", "Courtesy of the Marsh Trust")]


BODY = [
    "The mill on the weir ground oats for the parish from",
    "the thaw until the first hard frost, and its wheel",
    "turned the stones, the sack hoist and a saw bench",
    "that the carpenters of the valley shared all year.",
]


def test_credit_name_wrapped_after_a_slash_in_a_narrow_caption() -> None:
    doc = _text_doc([
        "Stones and Water",
        *BODY,
        "Right: A model of the wheel",
        "and its wooden gearing, made",
        "by the last miller. Photo: Ada",
        "Brennan / Dene Valley Mill", "Archive",
        *BODY,
    ])
    assert _captions(doc) == [("A model of the wheel and its wooden gearing, made by the last miller.",
                               "Photo: Ada Brennan / Dene Valley Mill Archive")]


def test_indent_lost_before_a_capitalised_word_opens_a_paragraph() -> None:
    """Justified lines, paragraphs by first-line indent only: the line after a
    sentence end is short of the word that opens the next line ("… known as" /
    "Mill Two …")."""
    doc = _text_doc([
        "Stones and Water",
        "The mill on the weir ground oats for the parish from",
        "the thaw until the first hard frost, and its wheel",
        "turned the stones and a saw bench all the year round.",
        "The second mill, built lower down, known as",
        "Mill Two, and it ground only barley for the maltings",
        "on the quay, and it stood idle through the summer",
        "when the river ran too low to turn its heavy wheel.",
    ])
    assert [p[:16] for p in _paragraphs(doc)] == ["The mill on the ", "The second mill,"]


def test_short_last_line_of_a_paragraph_stays_out_of_the_caption_under_it() -> None:
    paragraph = _wrap(["The", *WORDS, "while", "the", "wardens", "of", "the", "river"], 50)
    doc = _text_doc([
        "Stones and Water",
        *BODY,
        *paragraph,
        "Dene sent word to open the sluice at once.",
        "The wheel race at low water, seen from the causeway above the mill.",
        "Courtesy of the Dene Valley Archive",
        *BODY,
    ])
    assert _captions(doc) == [("The wheel race at low water, seen from the causeway above the mill.",
                               "Courtesy of the Dene Valley Archive")]
    assert _paragraphs(doc)[0].endswith(" ".join([*paragraph, "Dene sent word to open the sluice at once."]))


def _set(x: float, right: float, top: float, text: str, size: float = 11.0, page: int = 1) -> TextLine:
    """A justified line: its glyphs spread from ``x`` to ``right``."""
    step = (right - x) / len(text)
    boxes = [v for k in range(len(text)) for v in (x + k * step, top, x + (k + 1) * step, top + size)]
    return TextLine(page, text, boxes, size, False, False)


def _column(x: float, right: float, top: float, paragraphs: list[list[str]], indent: float = 0.0) -> list[TextLine]:
    """Paragraphs set line under line, each first line indented by ``indent`` unless
    the paragraph is given as ("", …)."""
    lines = []
    for paragraph in paragraphs:
        first = paragraph[0] != ""
        for k, text in enumerate(paragraph if first else paragraph[1:]):
            lines.append(_set(x + (indent if k == 0 and first else 0.0), right, top, text))
            top += 14
    return lines


def _paragraph(words: list[str], n: int) -> list[str]:
    lines = _wrap(words * 3, 44)[:n]
    lines[-1] = lines[-1].rstrip(",") + "."
    return lines


def test_unindented_paragraph_after_a_figure_in_an_indented_document() -> None:
    """Paragraphs open with an indent, but the one after a figure is set flush (``figure
    + p``): the figure's caption between two full lines ending a sentence and opening
    the next column ends the paragraph."""
    texts = [_paragraph(WORDS[k:], 4) for k in (0, 3, 5, 7, 11, 13)]
    for text in texts:
        text[0] = text[0].capitalize()
    lines = [_line(40, 40, "Flour and Tide", 22, bold=True)]
    lines += _column(40, 280, 80, texts[:3], indent=16)
    lines += [_line(40, 260, "The weir at low water.", 8)]
    lines += _column(320, 560, 80, [["", *texts[3]], *texts[4:]], indent=16)
    doc = rebuild_pdf(PdfContent([PageGeometry(1, 612, 792, lines)]), "mill", "/tmp/mill.pdf")
    assert [p[:30] for p in _paragraphs(doc)] == [" ".join(p)[:30] for p in texts]


def test_margin_caption_at_the_foot_of_a_page_is_read_level_with_its_picture() -> None:
    """A side-bar holds only the captions, set level with their pictures in the text
    column: a caption at the foot of the page belongs there, not before the page's first
    heading; the paragraph under its picture stays body text."""
    body = _paragraph(WORDS, 6)
    lines = [_line(40, 40, "Flour and Tide:", 24, bold=True), _line(40, 68, "The Mills of the Dene", 24, bold=True)]
    lines += [_line(200, 110, "01", 20), _line(200, 134, "The Pond", 15, bold=True)]
    lines += _column(200, 560, 160, [body])
    lines += [_line(60, 330, "The pond in winter, from", 8), _line(60, 340, "the sluice gate.", 8),
              _line(60, 352, "Courtesy of the Mill Trust", 8)]
    under = _paragraph(WORDS[5:], 3)
    under[0] = under[0].capitalize()
    lines += _column(200, 560, 380, [under])
    picture = ImageBox(1, (200.0, 260.0, 560.0, 365.0), (60, 40))
    page = PageGeometry(1, 612, 792, lines, [picture])
    doc = rebuild_pdf(PdfContent([page]), "mill", "/tmp/mill.pdf")
    first = doc.sections[0]
    assert [b.kind for b in doc.blocks if first.start <= b.start < first.end] == ["heading"]
    assert _captions(doc) == [("The pond in winter, from the sluice gate.", "Courtesy of the Mill Trust")]
    assert len(_paragraphs(doc)) == 2


def test_heading_set_across_balanced_columns_cuts_the_page_into_bands() -> None:
    """A section heading spanning two balanced columns: the columns above it are read
    before it, the columns under it after it."""
    texts = [_paragraph(WORDS[k:], 5) for k in (0, 3, 5, 7)]
    for text in texts:
        text[0] = text[0].capitalize()
    lines = [_line(40, 40, "Flour and Tide", 22, bold=True)]
    lines += _column(40, 280, 80, [texts[0]]) + _column(320, 560, 80, [["", *texts[1]]])
    lines += [_line(40, 170, "The Sluice", 16, bold=True)]
    lines += _column(40, 280, 200, [texts[2]]) + _column(320, 560, 200, [["", *texts[3]]])
    doc = rebuild_pdf(PdfContent([PageGeometry(1, 612, 792, lines)]), "mill", "/tmp/mill.pdf")
    assert [s.title for s in doc.sections] == ["Flour and Tide", "The Sluice"]
    assert _paragraphs(doc) == [" ".join(texts[0] + texts[1]), " ".join(texts[2] + texts[3])]


def test_caption_beside_lines_running_round_its_picture_stays_whole() -> None:
    """A picture floated right in a column, its caption under it level with the
    shortened body lines that run round it: caption and paragraph each stay whole."""
    text = _wrap(["The", *WORDS], 40)
    text[-1] += "."
    lines = [_line(40, 40, "Flour and Tide", 22, bold=True)]
    lines += [_line(40, 80 + 14 * k, t) for k, t in enumerate(text[:4])]
    short = _wrap(" ".join(text[4:]).split(), 18)
    lines += [_line(40, 136 + 14 * k, t) for k, t in enumerate(short)]
    caption = ["The weir in flood,", "seen from the", "bridge. Courtesy of", "the Mill Trust"]
    lines += [_line(160, 139 + 10 * k, t, 8) for k, t in enumerate(caption)]
    doc = rebuild_pdf(PdfContent([PageGeometry(1, 612, 792, lines)]), "mill", "/tmp/mill.pdf")
    assert _paragraphs(doc) == [" ".join(text[:4] + short)]
    assert _captions(doc) == [("The weir in flood, seen from the bridge.", "Courtesy of the Mill Trust")]


def test_drop_cap_i_printed_apart_further_up_its_page() -> None:
    doc = _text_doc([
        "Stones and Water",
        *BODY,
        "I",
        *BODY,
        *BODY,
        *BODY,
        "The Sluice",
        "n the spring the miller opened the sluice at dawn and let the",
        "pond run out through the race until the stones turned again.",
    ])
    assert _paragraphs(doc)[-1].startswith("In the spring the miller")


def test_html_label_element_then_a_separator_before_the_title() -> None:
    from vitrina.ingest import html

    page = ("<html><body><article><h1>Flour and Tide</h1>"
            "<h2><span class='lab'>Gallery 1</span> · The Pond</h2><p>The pond filled in a night.</p>"
            "<h2><span class='lab'>Gallery 2</span> | The Sluice</h2><p>The sluice opened at dawn.</p>"
            "</article></body></html>").encode()
    [doc] = html.read(page, "mill.html")
    assert [(s.label, s.title) for s in doc.sections][1:] == [("1", "The Pond"), ("2", "The Sluice")]


def test_figure_across_the_columns_after_a_sentence_end_ends_the_paragraph() -> None:
    """A figure set across both columns (its caption one line over the page's width)
    after the columns' last full line ending a sentence: the text under it is a new
    paragraph."""
    texts = [_paragraph(WORDS[k:], 4) for k in (0, 3, 5, 7)]
    for text in texts:
        text[0] = text[0].capitalize()
    lines = [_line(40, 40, "Flour and Tide", 22, bold=True)]
    lines += _column(40, 280, 80, [texts[0]]) + _column(320, 560, 80, [["", *texts[1]]])
    lines += [_line(40, 150, "Above: The mill race in the great flood of the spring. Courtesy of the Mill Trust", 8)]
    lines += _column(40, 280, 200, [texts[2]]) + _column(320, 560, 200, [["", *texts[3]]])
    doc = rebuild_pdf(PdfContent([PageGeometry(1, 612, 792, lines)]), "mill", "/tmp/mill.pdf")
    assert _paragraphs(doc) == [" ".join(texts[0] + texts[1]), " ".join(texts[2] + texts[3])]


def test_deck_line_between_the_title_and_the_first_label_is_no_paragraph() -> None:
    doc = _text_doc([
        "Stones and Water",
        "An exhibition in three rooms",
        "Room 1",
        "The Weir",
        *BODY,
    ])
    assert [b.kind for b in doc.blocks] == ["heading", "heading", "heading", "paragraph"]
    assert [(s.label, s.title) for s in doc.sections] == [(None, "Stones and Water"), ("1", "The Weir")]


def test_html_deck_under_the_title_is_a_heading_block() -> None:
    from vitrina.ingest import html

    page = (b"<html><body><article><h1>Flour and Tide</h1><div class='deck'>An exhibition in three rooms</div>"
            b"<h2>The Pond</h2><p>The pond filled in a night.</p></article></body></html>")
    [doc] = html.read(page, "mill.html")
    assert [b.kind for b in doc.blocks] == ["heading", "heading", "heading", "paragraph"]
    lede = (b"<html><body><article><h1>Flour and Tide</h1><p>The mill ground oats for the parish.</p>"
            b"</article></body></html>")
    [doc] = html.read(lede, "mill.html")
    assert [b.kind for b in doc.blocks] == ["heading", "paragraph"]  # a lede is a paragraph


def test_title_over_a_line_of_its_years_in_raw_text() -> None:
    doc = _text_doc([
        "Stones and Water on the Upper Dene and Its Mills",
        "(1790–1880)",
        "The Weir",
        *BODY,
    ])
    assert [s.title for s in doc.sections] == ["Stones and Water on the Upper Dene and Its Mills (1790–1880)", "The Weir"]


def test_closed_dash_opening_a_line_joins_the_word_before() -> None:
    doc = _text_doc([
        "Stones and Water",
        "The millers of the valley, the carpenters and the smiths of the States",
        "—all of them came to the weir when the frost broke the wheel in the spring.",
    ])
    assert "of the States—all of them" in _paragraphs(doc)[0]


def test_one_em_indent_opens_paragraphs_and_an_indented_line_after_a_caption() -> None:
    """Paragraphs by a 1 em indent (line boxes are taller than the type: 14 pt lines of
    11 pt type), one of them opening after a caption although the text before it ended
    on a semicolon."""
    texts = [_paragraph(WORDS[k:], 4) for k in (0, 3, 5, 7, 11)]
    texts[3][-1] = texts[3][-1].rstrip(".") + ";"
    texts[4][0] = "(b) " + texts[4][0]
    lines = [_line(40, 40, "Flour and Tide", 22, bold=True)]
    top = 80.0
    for n, text in enumerate(texts):
        for k, t in enumerate(text):
            lines.append(_set(40 + (11 if k == 0 and n else 0), 280, top, t, 14.0))
            top += 16
        if n == 3:
            lines += [_line(40, top + 4, "The weir in flood. Lent by Ada Brennan", 8)]
            top += 24
    doc = rebuild_pdf(PdfContent([PageGeometry(1, 612, 792, lines)]), "mill", "/tmp/mill.pdf")
    assert [p[:24] for p in _paragraphs(doc)] == [" ".join(t)[:24] for t in texts]


def test_short_sentence_alone_between_paragraphs_is_a_caption() -> None:
    """Raw text: a paragraph ending short, one short sentence alone on a line, then the
    body going on in a full line: a one-line caption without label or credit. A
    paragraph's first sentence filling most of its line is no caption."""
    doc = _text_doc([
        "Stones and Water",
        *BODY,
        "The pond filled in a night after the rain.",
        "The weir in flood.",
        "The miller opened the sluice at dawn and let the pond",
        "run out until the stones turned again for the parish.",
    ])
    assert _captions(doc) == [("The weir in flood.", None)]
    doc = _text_doc([
        "Stones and Water",
        *BODY,
        "The pond filled in a night after the rain.",
        "Nobody in the valley knew how the weir held.",
        "The miller opened the sluice at dawn and let the pond",
        "run out until the stones turned again for the parish.",
    ])
    assert _captions(doc) == []


def test_credit_left_open_on_a_slash_and_a_broken_word_in_a_narrow_caption() -> None:
    doc = _text_doc([
        "Stones and Water",
        *BODY,
        "Right: The miller's scales.",
        "Image: Ada Marr /",
        "Dene Valley Histor-",
        "ical Society",
        *BODY,
    ])
    assert _captions(doc) == [("The miller's scales.", "Image: Ada Marr / Dene Valley Historical Society")]
