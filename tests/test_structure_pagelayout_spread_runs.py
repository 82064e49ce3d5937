"""A caption and a standfirst that run on across the columns of a spread-like page
(vitrina.structure.pagelayout: ``caption_runs_on``, ``across_last_lines``): a caption left
inside its sentence at the foot of a column goes on at the head of the next, though that
line stands right under another picture; the short last line of a standfirst set across
both columns stays with it. Every text is invented."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import canvas_pdf
from vitrina.ingest import pdf
from vitrina.structure import zones
from vitrina.structure.pagelayout import LIMITS, reading_order

reportlab = pytest.importorskip("reportlab")

STANDFIRST = [
    "For sixty years a fleet of paddle tugs towed the sailing barges up the estuary against the tide, and",
    "their crews knew every sandbank between the harbour mouth and the mills at the head of the navigable",
    "river.",
]
LEFT = [
    "The first tug came from a Clyde yard in 1851 and",
    "was so successful that the harbour board ordered",
    "two more within a year. Each could take four barges",
    "in tow at once, which saved the bargemen days of",
    "waiting for a fair wind at the mouth of the river.",
    "The tugs burned coal from the pits upriver, and in",
    "winter they broke the ice in the upper reaches so",
    "that the mills could go on working through a frost.",
]
RIGHT = [
    "The last of the paddle tugs was sold for scrap in",
    "1911, when motor launches took over the towing. Her",
    "bell hangs in the harbour office, and the old crews",
    "rang it once a year on the anniversary of the day",
    "the first tug came up the river under her own steam.",
    "Two of the tugs' engines survive. One drives a pump",
    "at the waterworks museum, turned over by volunteers",
    "on summer weekends, and the other stands in a shed",
    "on the quay where the tugs were once repaired, with",
    "its paddle wheels laid against the wall beside it and",
    "a plan of the harbour as it was in the year of the",
    "regatta pinned up over the door of the engine room.",
]
CAPTION = ["Above: The paddle tug Ellen at the town quay in", "1890, her funnel newly painted for the regatta and"]
RUN_ON = "her crew lined up on the sponsons."
CREDIT = "Lent by the Estuary Society, ES 7"


def _page(c, _number: int) -> None:
    def put(x: float, top: float, text: str, font: str, size: float) -> None:
        c.setFont(font, size)
        c.drawString(x, 792 - top - 0.8 * size, text)

    put(50, 50, "Steam on the Estuary", "Helvetica-Bold", 24)
    for k, text in enumerate(STANDFIRST):
        put(50, 88 + 16 * k, text, "Times-Italic", 12.5)
    for k, text in enumerate(LEFT):
        put(50, 142 + 13 * k, text, "Times-Roman", 10)
    c.setFillGray(0.7)
    c.rect(50, 792 - 420, 240, 150, stroke=0, fill=1)  # the tug's picture, at the foot of column 1
    c.rect(320, 792 - 280, 240, 138, stroke=0, fill=1)  # an uncaptioned picture heading column 2
    c.setFillGray(0)
    for k, text in enumerate(CAPTION):
        put(50, 428 + 10 * k, text, "Helvetica", 8)
    put(320, 288, RUN_ON, "Helvetica", 8)
    put(320, 298, CREDIT, "Helvetica-Oblique", 7.5)
    for k, text in enumerate(RIGHT):
        put(320, 312 + 13 * k, text, "Times-Roman", 10)


def _doc():
    return pdf.read(canvas_pdf(_page), "/tmp/tugs.pdf")[0]


def _blocks(doc, kind: str) -> list:
    return [b for b in doc.blocks if b.kind == kind]


def _text(doc, block) -> str:
    return " ".join(doc.text[block.start : block.end].split())


def test_a_caption_goes_on_at_the_next_columns_head_under_another_picture() -> None:
    doc = _doc()
    captions = _blocks(doc, "caption")
    assert [_text(doc, b) for b in captions] == [" ".join([*CAPTION, RUN_ON])[len("Above: "):]]
    assert captions[0].credit == CREDIT


def test_without_the_switch_the_run_on_opens_a_caption_of_its_own(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(LIMITS, "caption_runs_on", 0)
    doc = _doc()
    assert len(_blocks(doc, "caption")) == 2


def _columns_of_standfirst(monkeypatch: pytest.MonkeyPatch, on: int) -> tuple[list[int], list[int]]:
    monkeypatch.setitem(LIMITS, "across_last_lines", on)
    content = pdf.extract(canvas_pdf(_page), "/tmp/tugs.pdf")
    page = content.pages[0]
    placed = reading_order(page.lines, pictures=zones.picture_boxes(page))
    standfirst = [p.column[1] for p in placed if p.line.italic and p.line.size > 12]
    body = [p.column[1] for p in placed if p.line.text in LEFT]
    return standfirst, body


def test_a_standfirsts_short_last_line_stays_across_with_it(monkeypatch: pytest.MonkeyPatch) -> None:
    standfirst, body = _columns_of_standfirst(monkeypatch, 1)
    assert len(standfirst) == 3 and len(set(standfirst)) == 1 and standfirst[0] not in body


def test_without_the_switch_the_last_line_falls_into_the_column(monkeypatch: pytest.MonkeyPatch) -> None:
    standfirst, body = _columns_of_standfirst(monkeypatch, 0)
    assert standfirst[-1] in body
