"""A note call raised after a stop and a space ("ledger. ¹ The") is a call, and its note at
the page's foot a note; a notice's dates in small bold type, heading no text, are a list's
rows, not sections. Every text is invented."""

from __future__ import annotations

from array import array

from tests._pdf_helpers import glyph_line
from vitrina.structure import pagelayout, zones
from vitrina.structure.geometry import PageGeometry, PdfContent, TextLine
from vitrina.structure.pagelayout import rebuild_pdf

BODY = [
    "The lock keeper kept a ledger of every boat that passed the gates, with",
    "its cargo, its master and the toll it paid, for forty years without a",
    "break. He wrote it up each evening by the light of the lamp in the",
    "window. The ledger was given to the town when he died.",
]


def _called_line(page: int, x: float, top: float, before: str, after: str, size: float = 10.0) -> TextLine:
    """``before`` + " 1 " + ``after`` on one line, the "1" raised in small glyphs."""
    text = f"{before} 1 {after}"
    call = len(before) + 1
    boxes = array("d")
    for k in range(len(text)):
        left = x + k * size / 2
        if k == call:  # a superscript: two thirds of the height, its foot raised
            boxes.extend((left, top - 2, left + size / 3, top - 2 + size * 0.6))
        else:
            boxes.extend((left, top, left + size / 2, top + size))
    return TextLine(page, text, boxes, size, False, False)


def _noted_page() -> PdfContent:
    lines = [glyph_line(1, 40, 40, "The Lock Keeper", 18, bold=True)]
    lines += [glyph_line(1, 40, 80 + 13 * k, text, 10) for k, text in enumerate(BODY[:2])]
    lines.append(_called_line(1, 40, 106, "break.", "He wrote it up each evening by the light of the"))
    lines.append(glyph_line(1, 40, 119, "lamp in the window. The ledger was given to the town when he died.", 10))
    lines.append(glyph_line(1, 40, 560, "1 The ledger is now kept in the town library.", 7.5))
    return PdfContent([PageGeometry(1, 419, 595, lines)])


def test_a_raised_call_after_a_stop_and_a_space_calls_the_note_at_the_foot():
    doc = rebuild_pdf(_noted_page(), "lock", "/tmp/lock.pdf")
    body = " ".join(doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"
                    and doc.section_at(b.start).title != "Notes")
    assert "break. He wrote it up" in body and "town library" not in body
    assert doc.sections[-1].title == "Notes"


def test_without_spaced_calls_the_call_stays_in_the_text(monkeypatch):
    monkeypatch.setitem(zones.ZONE_LIMITS, "spaced_calls", 0)
    doc = rebuild_pdf(_noted_page(), "lock", "/tmp/lock.pdf")
    assert "break. 1 He wrote" in doc.text


def test_a_figure_after_a_word_stays_in_the_text():
    line = _called_line(1, 40, 100, "Case", "The First Boat")
    assert zones.note_calls(line) == set()


def _notice_page() -> PdfContent:
    """A page of text closing on a notice: a bold title, then dates in bold in type under the
    body's, each over a one-line gloss, and a line of small print."""
    lines = [glyph_line(1, 40, 40, "The Lock Keeper", 20, bold=True)]
    lines += [glyph_line(1, 40, 80, "The Ledger", 13, bold=True)]
    lines += [glyph_line(1, 40, 100 + 13 * k, text, 10.5) for k, text in enumerate(BODY)]
    lines += [glyph_line(1, 40, 200, "What Is On at the Lock", 12, bold=True)]
    rows = [("Friday 3 April, 7.00 pm", "Talk: the ledgers of the lower locks"),
            ("Sunday 12 April, 10.00-14.00", "Open day at the lock cottage"),
            ("Monday 4 May", "Walk along the towpath to the basin")]
    for k, (date, gloss) in enumerate(rows):
        lines += [glyph_line(1, 40, 224 + 30 * k, date, 9.4, bold=True), glyph_line(1, 40, 236 + 30 * k, gloss, 9.4)]
    return PdfContent([PageGeometry(1, 419, 595, lines)])


def test_dates_in_bold_under_the_body_type_over_no_text_are_a_lists_rows():
    doc = rebuild_pdf(_notice_page(), "lock", "/tmp/lock.pdf")
    assert not any("What Is On" in s.title or "April" in s.title for s in doc.sections)
    rows = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "table"]
    assert "What Is On at the Lock" in rows and "Monday 4 May" in rows


def test_without_list_terms_the_dates_are_sections(monkeypatch):
    monkeypatch.setitem(pagelayout.LIMITS, "list_terms", 0)
    doc = rebuild_pdf(_notice_page(), "lock", "/tmp/lock.pdf")
    assert any("April" in s.title for s in doc.sections)
