"""A numbered bold head run into the first line of its paragraph is read as a line of its
own, its closing stop dropped; a bold lead-in without a number stays in the line. Every
text is invented."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import canvas_pdf
from vitrina.ingest import pdf

reportlab = pytest.importorskip("reportlab")


def _texts(head: str, rest: str) -> list[str]:
    def draw(c, _page):
        c.setFont("Times-Bold", 10)
        c.drawString(72, 700, head)
        c.setFont("Times-Roman", 10)
        c.drawString(72 + c.stringWidth(head + " ", "Times-Bold", 10), 700, rest)
        c.drawString(72, 687, "the harbour wall before the winter storms came in.")

    content = pdf.read_geometry(canvas_pdf(draw))
    return [line.text for page in content.pages for line in page.lines]


def test_a_numbered_run_in_head_is_a_line_of_its_own() -> None:
    texts = _texts("2. The Harbour Wall.", "Fishermen rebuilt")
    assert texts[:2] == ["2. The Harbour Wall", "Fishermen rebuilt"]


def test_a_bold_lead_in_without_a_number_stays_in_its_line() -> None:
    texts = _texts("Note.", "Fishermen rebuilt")
    assert texts[0] == "Note. Fishermen rebuilt"


def test_the_text_after_a_run_in_head_is_read_right_after_it() -> None:
    from tests._pdf_helpers import glyph_line
    from vitrina.structure.pagelayout import Placed, _run_in_rests_after_heads

    head = glyph_line(1, 56, 600, "2. The Harbour Wall", bold=True)
    rest = glyph_line(1, head.x1 + 3, 600, "Fishermen rebuilt")
    below = glyph_line(1, 56, 613, "the harbour wall before the winter storms came in.")
    placed = [Placed(line, (1, 0), 50.0, 300.0) for line in (head, below, rest)]
    order = _run_in_rests_after_heads(placed)
    assert [p.line.text for p in order] == [head.text, rest.text, below.text]


def _face_texts(head: str, rest: str) -> list[str]:
    def draw(c, _page):
        c.setFont("Helvetica-Bold", 10)
        c.drawString(72, 700, head)
        c.setFont("Times-Roman", 10)
        c.drawString(72 + c.stringWidth(head + " ", "Helvetica-Bold", 10), 700, rest)
        c.drawString(72, 687, "the harbour wall before the winter storms came in.")

    content = pdf.read_geometry(canvas_pdf(draw))
    return [line.text for page in content.pages for line in page.lines]


def test_a_numbered_head_in_another_face_is_closed_by_the_change(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _face_texts("3 The Harbour Wall", "Fishermen rebuilt")[:2] == ["3 The Harbour Wall", "Fishermen rebuilt"]
    monkeypatch.setitem(pdf.LINE_LIMITS, "run_in_face", 0)
    assert _face_texts("3 The Harbour Wall", "Fishermen rebuilt")[0] == "3 The Harbour Wall Fishermen rebuilt"


def test_font_family_leaves_out_subset_style_and_foundry_ending() -> None:
    assert pdf._font_family("ABCDEF+Arial-BoldMT") == "arial"
    assert pdf._font_family("Times-Roman") == pdf._font_family("Times-Bold") == "times"


def test_font_family_leaves_out_the_longest_foundry_ending() -> None:
    assert pdf._font_family("TimesNewRomanPSMT") == "timesnewroman"
