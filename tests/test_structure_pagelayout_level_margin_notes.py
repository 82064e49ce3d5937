"""A margin column of dates beside the paragraphs (vitrina.ingest.pdf ``_margin_jump``,
pagelayout._level_margin_notes): each date in smaller bold type level with the first line of
the paragraph it dates, on the right (set close after the line, so the line reader must part
it) on one page and on the left on the next. Every text is invented."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import canvas_pdf
from vitrina.ingest import pdf
from vitrina.ingest.pdf import LINE_LIMITS, _margin_jump
from vitrina.structure.pagelayout import LIMITS

reportlab = pytest.importorskip("reportlab")

PARAGRAPHS = [
    ("1820", [
        "The lighthouse on the point was first lit in 1820 with a ring of oil lamps, each",
        "set before a polished copper reflector, and the keeper climbed the tower",
        "every evening at dusk to trim the wicks and clean the soot from the glass.",
    ]),
    ("1861", [
        "A lens of cut glass made in Paris replaced the reflectors in 1861, and its",
        "beam could be seen from ships twenty miles out to sea on a clear night, far",
        "beyond the reefs that had wrecked so many vessels on the way to the harbour.",
    ]),
    ("1923", [
        "Electric light came to the tower in 1923, when a cable was laid along the",
        "causeway from the town, and the keepers no longer had to carry oil up the",
        "hundred and twelve steps of the stair in the winter storms of that coast.",
    ]),
]


MARGIN_X = 420.0


def _draw(c, page: int) -> None:
    if page == 1:
        c.setFont("Helvetica-Bold", 20)
        c.drawString(60, 730, "The Light on the Point")
    y = 690.0
    for date, lines in PARAGRAPHS:
        c.setFont("Helvetica-Bold", 8)
        if page == 1:  # the recto: a column of dates just past the measure (the first date within
            # three of the line's sizes after its line's end)
            c.drawString(MARGIN_X, y, date)
        c.setFont("Times-Roman", 10.5)
        for k, line in enumerate(lines):
            c.drawString((60 if page == 1 else 150) + (12 if k == 0 else 0), y, line)  # first lines indented
            y -= 14
        if page == 2:
            c.setFont("Helvetica-Bold", 8)
            c.drawString(60, y + 14 * len(lines), date)  # the verso: dates left of the text
        y -= 6


def _doc():
    return pdf.read(canvas_pdf(_draw, pages=2), "light.pdf")[0]


def _paragraphs(doc) -> list[str]:
    """The text's paragraphs (the closing notes' section aside)."""
    from vitrina.structure.assemble import NOTES_TITLE

    notes = {s.id for s in doc.sections if s.title == NOTES_TITLE}
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph" and b.section not in notes]


def test_the_first_date_is_set_close_after_its_line() -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    gap = MARGIN_X - 72 - stringWidth(PARAGRAPHS[0][1][0], "Times-Roman", 10.5)
    assert LINE_LIMITS["margin_jump"] * 10.5 < gap < LINE_LIMITS["gutter_jump"] * 10.5


def test_a_gap_into_smaller_type_starts_another_line() -> None:
    assert _margin_jump(20.0, 10.5, 8.0)
    assert not _margin_jump(10.0, 10.5, 8.0)  # a few word spaces
    assert not _margin_jump(20.0, 10.5, 10.0)  # the line's own type
    assert not _margin_jump(20.0, 8.0, 10.5)  # larger type after smaller (a label before its title)


def test_the_dates_stay_out_of_the_paragraphs() -> None:
    doc = _doc()
    whole = [" ".join(lines) for _date, lines in PARAGRAPHS]
    assert _paragraphs(doc) == whole + whole
    notes = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"][len(whole) * 2 :]
    assert "1861" in " ".join(notes)  # read with the notes
    assert not any(s.title in {"1820", "1861", "1923"} for s in doc.sections)


def test_without_the_rule_the_dates_cut_the_paragraphs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(LIMITS, "level_margin_notes", 0)
    monkeypatch.setitem(LIMITS, "paragraphs_over_boxes", 0)  # (round 52: that rule would mend the cut too)
    whole = [" ".join(lines) for _date, lines in PARAGRAPHS]
    assert _paragraphs(_doc()) != whole + whole

