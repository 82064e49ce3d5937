"""Footnotes at a page's foot close the document: a final "Notes" section, one paragraph a
note (its number left out, its lines joined), the raised calls gone from the body, every
note still mapped to its page. Drawn with reportlab; every text is invented."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import canvas_pdf, draw_lines
from vitrina.ingest import pdf

BODY = [
    "The ferry across the estuary ran every hour from the stone slip below the inn,",
    "carrying carts, cattle and the post to the market town on the far shore. In",
    "the hard winter the channel froze from bank to bank and the ferrymen walked",
    "the mail across the ice for eleven days, until a thaw broke it up again.",
]
NOTES = [
    ["1 The slip was lengthened twice when the channel silted up."],
    ["2 The ferrymen's wages for those days are entered in the parish book,",
     "with a shilling extra for each crossing made after dark."],
]


def _page(c, number: int) -> None:
    c.setFont("Helvetica-Bold", 18)
    c.drawString(72, 720, "The Estuary Ferry")
    c.setFont("Times-Roman", 11)
    y = 690
    for k, text in enumerate(BODY):
        c.setFont("Times-Roman", 11)
        c.drawString(72, y, text)
        if k in (0, 3):  # a call raised after the line's last word
            c.setFont("Times-Roman", 7)
            c.drawString(72 + c.stringWidth(text, "Times-Roman", 11), y + 4.5, "1" if k == 0 else "2")
        y -= 14
    y = 96
    for note in NOTES:
        y = draw_lines(c, 72, y, note, size=8, leading=10)


def test_footnotes_close_the_text_in_a_notes_section() -> None:
    pytest.importorskip("reportlab")
    (doc,) = pdf.read(canvas_pdf(_page), "/tmp/ferry.pdf")
    notes = doc.sections[-1]
    assert notes.title == "Notes" and len(doc.sections) == 2
    body = [b for b in doc.blocks if b.kind == "paragraph" and b.section != notes.id]
    assert [doc.text[b.start : b.end] for b in body] == [" ".join(BODY)]  # the calls are gone
    kept = [b for b in doc.blocks if b.section == notes.id and b.kind != "heading"]
    assert [(b.kind, doc.text[b.start : b.end]) for b in kept] == [
        ("paragraph", "The slip was lengthened twice when the channel silted up."),
        ("paragraph", "The ferrymen's wages for those days are entered in the parish book, "
                      "with a shilling extra for each crossing made after dark."),
    ]
    located = doc.source_map.locate(kept[1].start, kept[1].end)
    assert located is not None and located.page == 1
    assert doc.source_map.source_text is not None
    assert "parish book" in doc.source_map.source_text[located.start : located.end]
    assert not any(b.kind in ("caption", "credit") for b in doc.blocks)


def test_a_note_symbol_glued_to_a_word_is_its_call_raised_or_not() -> None:
    from tests._pdf_helpers import glyph_line
    from vitrina.structure.zones import note_calls, without_note_calls

    line = glyph_line(1, 50, 100, "the tithe barns* were let, and 2 * 3 carts came.", 10.0)
    assert note_calls(line) == {"*"}
    assert without_note_calls(line).text == "the tithe barns were let, and 2 * 3 carts came."


def test_a_note_opening_with_a_superscript_digit_is_a_footnote() -> None:
    from vitrina.structure.zones import NOTE_MARK

    assert NOTE_MARK.match("\u00b9 The slip was lengthened twice.")
    assert NOTE_MARK.match("\u00b2\u2070 The ferrymen's wages.")
    assert not NOTE_MARK.match("\u00b9The")  # glued to its word: a raised lead, read elsewhere
