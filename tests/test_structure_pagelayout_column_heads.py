"""PDF layout, round 46: small label lines level across the gutter right under a picture set
across both columns are each column's head (over its heading), not one caption across the
picture; superscript note marks ("¹") in the margin answer the calls in the text. Pages drawn
with reportlab; every text is invented."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import canvas_pdf, draw_lines
from vitrina.ingest import pdf
from vitrina.structure import pagelayout

LEFT = [
    "The canal was dug by hand between the two rivers",
    "over eleven summers, and the spoil was carried off",
    "in baskets to raise the towpath along its bank.",
    "The locks were built of stone from the hills and",
    "their gates of oak cut in the forests to the north.",
]
RIGHT = [
    "Boats were drawn by horses walking the towpath,",
    "and a family often lived aboard in a small cabin",
    "at the stern, with a stove and two narrow beds.",
    "Coal went south and grain came north, and the",
    "tolls paid for the keepers of the locks each year.",
]


def _columns(c, _page: int) -> None:
    c.setFont("Helvetica-Bold", 22)
    c.drawString(60, 740, "The Old Canal")
    c.setFillGray(0.7)
    c.rect(60, 560, 490, 160, stroke=0, fill=1)
    c.setFillGray(0)
    c.setFont("Helvetica-Bold", 7)
    c.drawString(60, 546, "LOCK 1")
    c.drawString(320, 546, "LOCK 2")
    c.setFont("Times-Bold", 13)
    c.drawString(60, 530, "Digging the Cut")
    c.drawString(320, 530, "Life on the Boats")
    draw_lines(c, 60, 512, LEFT, size=10, leading=13)
    draw_lines(c, 320, 512, RIGHT, size=10, leading=13)


def _labels(doc) -> list[tuple[str | None, str]]:
    return [(s.label.split()[-1] if s.label else None, s.title) for s in doc.sections]


def test_labels_under_a_picture_across_the_columns_head_each_column() -> None:
    [doc] = pdf.read(canvas_pdf(_columns), "canal.pdf")
    labels = _labels(doc)
    assert ("1", "Digging the Cut") in labels
    assert ("2", "Life on the Boats") in labels
    assert not any(b.kind == "caption" for b in doc.blocks)


def test_without_the_switch_the_labels_read_across(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(pagelayout.LIMITS, "column_heads_under_pictures", 0)
    [doc] = pdf.read(canvas_pdf(_columns), "canal.pdf")
    assert ("1", "Digging the Cut") not in _labels(doc)


BODY = [
    "The keepers were paid from the tolls of the boats,",
    "and a new cottage was built at each of the locks.¹",
    "Their wives sold bread and beer to the boatmen, and",
    "the children opened the gates for a penny a time.",
]


def _noted(c, _page: int) -> None:
    c.setFont("Helvetica-Bold", 18)
    c.drawString(200, 740, "Keepers of the Locks")
    draw_lines(c, 200, 700, BODY, font="Times-Roman", size=11, leading=14)
    c.setFont("Helvetica", 7)
    c.drawString(60, 686, "¹ The cottages still stand")
    c.drawString(60, 678, "beside four of the locks.")


def test_a_superscript_marked_margin_note_answers_its_call() -> None:
    [doc] = pdf.read(canvas_pdf(_noted), "keepers.pdf")
    paragraphs = [" ".join(doc.text[b.start : b.end].split()) for b in doc.blocks if b.kind == "paragraph"]
    assert ("The keepers were paid from the tolls of the boats, and a new cottage was built at each of the"
            " locks. Their wives sold bread and beer to the boatmen, and the children opened the gates for a"
            " penny a time.") in paragraphs
    assert doc.sections[-1].title == "Notes"


def _footed(label: str):
    def draw(c, _page: int) -> None:
        c.setFont("Helvetica-Bold", 18)
        c.drawString(60, 740, "Keepers of the Locks")
        draw_lines(c, 60, 700, BODY, font="Times-Roman", size=11, leading=14)
        c.setFont("Times-Bold", 11)
        c.drawString(480, 40, label)
    return draw


def test_a_bold_dotted_panel_number_at_the_foot_is_the_sheets_number() -> None:
    [doc] = pdf.read(canvas_pdf(_footed("Panel 4.2")), "keepers.pdf")
    assert "Panel 4.2" not in doc.text
    assert [s.title for s in doc.sections] == ["Keepers of the Locks"]


def test_without_the_switch_the_bold_number_stays(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(pagelayout.LIMITS, "bold_dotted_edge_labels", 0)
    [doc] = pdf.read(canvas_pdf(_footed("Panel 4.2")), "keepers.pdf")
    assert "Panel 4.2" in doc.text
