"""More hand-set PDF layouts: credits wrapped in brackets or after a dash, a credit
over two lines of its own, labels in words above a heading, dotted section numbers
in a side-bar, a drop cap and a pull quote. Every text is invented."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import canvas_pdf as _canvas_pdf
from tests._pdf_helpers import draw_lines as _lines
from vitrina.ingest import pdf

reportlab = pytest.importorskip("reportlab")

KILN = [
    "The brick kilns by the canal burned through the summer months, and the",
    "clay dug from the meadow behind them was pressed into moulds by hand.",
    "Barges carried the finished bricks down to the city wharves each week.",
]


def _captions(doc) -> list[tuple[str, str | None]]:
    return [(doc.text[b.start : b.end], b.credit) for b in doc.blocks if b.kind == "caption"]


def _wrapped_credit_page(c, number: int) -> None:
    _lines(c, 72, 720, ["Bricks from the Canal"], "Helvetica-Bold", 22)
    y = _lines(c, 72, 680, KILN, "Times-Roman", 11, 14)
    c.setFont("Times-Italic", 9)
    c.drawString(72, y - 20, "A kiln worker stacking green bricks to dry in the open shed.")
    c.drawString(72, y - 31, "(Photo: Ada")
    c.setFont("Times-Roman", 7.5)
    c.drawString(72, y - 42, "Brennan)")
    y = _lines(c, 72, y - 70, KILN[::-1], "Times-Roman", 11, 14)
    _lines(c, 72, y - 20, ["The canal basin crowded with barges waiting to load. \u2014 Image:"],
           "Times-Italic", 9, 11)
    _lines(c, 72, y - 31, ["Canal Heritage Collections"], "Times-Roman", 7.5, 9)
    y = _lines(c, 72, y - 60, KILN, "Times-Roman", 11, 14)
    _lines(c, 72, y - 20, ["A brick mould of beech wood with its maker's stamp."], "Times-Italic", 9, 11)
    _lines(c, 72, y - 31, ["\u2014 Courtesy of the Canal Trades", "Workshop"], "Helvetica", 7.5, 9)
    _lines(c, 72, y - 70, KILN[::-1], "Times-Roman", 11, 14)


def test_credit_wrapped_in_brackets_after_a_dash_and_over_its_own_two_lines() -> None:
    (doc,) = pdf.read(_canvas_pdf(_wrapped_credit_page), "/tmp/kiln.pdf")
    assert _captions(doc) == [
        ("A kiln worker stacking green bricks to dry in the open shed.", "Photo: Ada Brennan"),
        ("The canal basin crowded with barges waiting to load.", "Image: Canal Heritage Collections"),
        ("A brick mould of beech wood with its maker's stamp.",
         "Courtesy of the Canal Trades Workshop"),
    ]


STORM = [
    "he storm came in from the west before dawn, and by noon the harbour wall",
    "had been breached in two places while the fishing boats rode at anchor.",
    "The keepers of the light rang the bell for every hour the storm went on.",
]
AFTER = [
    "Within a week the masons were back on the wall with carts of new stone,",
    "and the town council voted to raise it by a full metre along its length.",
    "Ropes and lanterns were hung at every stair so the crews could work late.",
]


def _drop_cap_page(c, number: int) -> None:
    """Labels in words over each heading in small italics, a drop cap, and a caption
    on the left of its picture with a paragraph running on right below it."""
    _lines(c, 72, 730, ["The Night of the Great Gale"], "Helvetica-Bold", 24)
    _lines(c, 72, 690, ["Part One"], "Times-Italic", 9)
    _lines(c, 72, 674, ["The Wall Gives Way"], "Helvetica-Bold", 16)
    c.setFont("Times-Bold", 34)
    c.drawString(72, 632, "T")  # on the baseline of the second line
    _lines(c, 100, 646, STORM[:2], "Times-Roman", 11, 14)
    _lines(c, 72, 618, STORM[2:], "Times-Roman", 11, 14)
    _lines(c, 72, 580, ["Part Two"], "Times-Italic", 9)
    _lines(c, 72, 564, ["Mending the Harbour"], "Helvetica-Bold", 16)
    _lines(c, 72, 540, AFTER, "Times-Roman", 11, 14)
    c.rect(360, 400, 160, 90)
    _lines(c, 120, 450, ["Right: Masons setting the new coping stones.",
                         "Courtesy of the Harbour Board"], "Times-Italic", 9, 11)
    _lines(c, 72, 385, AFTER[::-1], "Times-Roman", 11, 14)


def test_word_labels_over_headings_a_drop_cap_and_a_caption_left_of_its_picture() -> None:
    (doc,) = pdf.read(_canvas_pdf(_drop_cap_page), "/tmp/gale.pdf")
    assert [(s.label, s.title) for s in doc.sections] == [
        (None, "The Night of the Great Gale"),
        ("One", "The Wall Gives Way"),
        ("Two", "Mending the Harbour"),
    ]
    paragraphs = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert paragraphs[0].startswith("The storm came in from the west before dawn")
    assert paragraphs[-1].startswith("Ropes and lanterns were hung")
    assert _captions(doc) == [("Masons setting the new coping stones.", "Courtesy of the Harbour Board")]


QUAY = [
    "Merchants from three countries kept warehouses on the quay, and their",
    "clerks wrote the prices of wool and timber on slates by the door each",
    "morning. The quay paid for the new bridge within ten years of its opening.",
]


def _side_bar_page(c, number: int) -> None:
    """A tall exhibit number in a side-bar beside a title over two lines, dotted
    section numbers in the side-bar level with their headings, and a pull quote
    repeating a sentence of the body."""
    _lines(c, 60, 690, ["12"], "Helvetica-Bold", 64)
    _lines(c, 170, 720, ["The Wool Quay of", "the Northern Port"], "Times-Bold", 24, 28)
    c.setFont("Helvetica-Bold", 13)
    c.drawRightString(150, 640, "12.1")
    c.drawString(170, 640, "Warehouses on the Water")
    y = _lines(c, 170, 620, QUAY, "Times-Roman", 10.5, 14)
    _lines(c, 190, y - 16, ["\u201cThe quay paid for the new bridge within", "ten years of its opening.\u201d"],
           "Times-Italic", 16, 20)
    c.setFont("Helvetica-Bold", 13)
    c.drawRightString(150, y - 80, "12.2")
    c.drawString(170, y - 80, "The Bridge Tolls")
    _lines(c, 170, y - 100, QUAY[::-1], "Times-Roman", 10.5, 14)


def test_tall_number_dotted_section_numbers_and_a_pull_quote() -> None:
    (doc,) = pdf.read(_canvas_pdf(_side_bar_page), "/tmp/quay.pdf")
    assert [(s.label, s.title) for s in doc.sections] == [
        ("12", "The Wool Quay of the Northern Port"),
        ("12.1", "Warehouses on the Water"),
        ("12.2", "The Bridge Tolls"),
    ]
    assert doc.text.count("within ten years") == 2  # the pull quote stays in the source only
    texts = [doc.text[b.start : b.end] for b in doc.blocks]
    assert sum("within ten years" in t for t in texts) == 2  # once in each body paragraph
    assert not any(t.startswith("\u201cThe quay paid") for t in texts)
