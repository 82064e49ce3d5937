"""Round 48 (structset60), the PDF reader: a sidenote set in a margin column a little more than
an em past a justified text column, its first line on a body line's baseline
(``pdf._margin_jump``: ``margin_jump_far``), and a label in a stage work's units ("Act II",
lexicon ``panel_words``) set in smaller type beside its title. Every text is invented."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import canvas_pdf
from vitrina.ingest import pdf
from vitrina.ingest.pdf import LINE_LIMITS, _margin_jump
from vitrina.structure.captions import alone_label

reportlab = pytest.importorskip("reportlab")

BODY = [
    "The ferry crossed the estuary four times a day in summer, and the",
    "keeper of the slipway kept a ledger of every cart and every beast",
    "that went over, with the toll paid and the weather of the crossing.",
    "In winter the boat ran only at the top of the tide, and the keeper",
    "rang a bell on the quay when it was ready to leave for the far bank.",
]
NOTE = ["The ledger for 1840 survives", "in the town archive."]
TEXT_X, SIZE, NOTE_SIZE = 60.0, 9.5, 6.8


def _draw(c, page: int) -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    c.setFont("Helvetica-Bold", 11.5)
    c.drawString(TEXT_X, 720, "Across the Estuary")
    y = 700.0
    right = TEXT_X + stringWidth(BODY[1], "Helvetica", SIZE)  # (a justified line ends at the column's edge)
    for k, line in enumerate(BODY):
        c.setFont("Helvetica", SIZE)
        c.drawString(TEXT_X, y, line)
        if k == 1:  # the note's first line on this body line's baseline, 1.4 em past the column
            c.setFont("Helvetica", NOTE_SIZE)
            for n, note in enumerate(NOTE):
                c.drawString(right + 1.4 * SIZE, y - n * 8.6, note)
        y -= 12.4
    c.setFont("Helvetica-Bold", 9)
    c.drawString(TEXT_X, y - 20, "Act II")
    c.setFont("Helvetica-Bold", 11.5)
    c.drawString(TEXT_X + 40, y - 20, "The Last Boat")
    c.setFont("Helvetica", SIZE)
    c.drawString(TEXT_X, y - 40, "The bridge opened in 1902 and the ferry was sold the next spring.")


def _lines() -> list[str]:
    content = pdf.read_geometry(canvas_pdf(_draw))
    return [line.text for line in content.pages[0].lines]


def test_a_sidenote_close_past_the_column_is_a_line_of_its_own() -> None:
    lines = _lines()
    assert BODY[1] in lines
    assert NOTE[0] in lines


def test_without_the_rule_the_note_joins_the_body_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(LINE_LIMITS, "margin_jump_far", 0)
    assert BODY[1] not in _lines()


def test_the_far_rule_wants_clearly_smaller_type_after_running_text() -> None:
    words = list("one two three four")
    assert _margin_jump(14.0, 9.4, 6.8, words)  # 1.49 em into type 28% smaller
    assert not _margin_jump(14.0, 9.4, 8.5, words)  # type only 10% smaller: the usual 1.5 em
    assert not _margin_jump(18.0, 14.0, 10.0, list("1"))  # a key's number before its caption
    assert not _margin_jump(9.0, 9.4, 6.8, words)  # under 1.2 em


def test_a_stage_works_unit_labels_a_heading() -> None:
    assert alone_label("Act II") == "II"
    assert alone_label("Scene 3") == "3"
    doc = pdf.read(canvas_pdf(_draw), "ferry.pdf")[0]
    assert [(s.label, s.title) for s in doc.sections if s.title == "The Last Boat"] == [("II", "The Last Boat")]
