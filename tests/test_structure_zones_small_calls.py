"""A note call set in small type on the baseline, glued to the stop closing a word
("… the old bridge.1"), is a call as a raised one is (vitrina.structure.zones,
``small_calls``): out of the text, its sentence ended there, its note read as a note.
Pages drawn with reportlab; every text is invented."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import canvas_pdf, draw_lines
from vitrina.ingest import pdf
from vitrina.structure.zones import ZONE_LIMITS

FIRST = [
    "The town council voted in the spring to pull down the old timber bridge and to",
    "build a stone one a little way downstream, where the river ran narrower between",
    "two outcrops of rock and the approach roads would climb less steeply to the",
]
SECOND = [
    "The mason who won the contract brought his own men from the quarries in the",
    "north, and they lodged in the town for three summers while the arches rose one",
    "after another over the river, each on a pier sunk deep into the bed of gravel",
    "under the stream, until the bridge opened on a market day in the autumn.",
]


def _page(c, number: int) -> None:
    c.setFont("Helvetica-Bold", 20)
    c.drawString(72, 730, "The Stone Bridge")
    y = draw_lines(c, 72, 700, FIRST, size=10, leading=13)
    text = c.beginText(72, y)
    text.setFont("Times-Roman", 10)
    text.textOut("market square.")
    text.setFont("Times-Roman", 6)
    text.textOut("1")
    c.drawText(text)
    draw_lines(c, 72, y - 13, SECOND, size=10, leading=13)
    draw_lines(c, 72, 110, ["1 The old bridge was kept as a footway for another ten years."], size=8)


def _paragraphs(data: bytes) -> list[str]:
    [doc] = pdf.read(data, "bridge.pdf")
    notes = {s.id for s in doc.sections if s.title == "Notes"}
    return [" ".join(doc.text[b.start : b.end].split()) for b in doc.blocks
            if b.kind == "paragraph" and b.section not in notes]


def test_a_small_call_on_the_baseline_ends_its_sentence_and_leaves_the_text() -> None:
    paragraphs = _paragraphs(canvas_pdf(_page))
    assert " ".join([*FIRST, "market square."]) in paragraphs
    assert " ".join(SECOND) in paragraphs
    assert not any("footway" in p for p in paragraphs)


def test_without_the_switch_the_paragraph_runs_on_past_the_call(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(ZONE_LIMITS, "small_calls", 0)
    paragraphs = _paragraphs(canvas_pdf(_page))
    assert " ".join(SECOND) not in paragraphs
    assert any("market square." in p and "The mason" in p for p in paragraphs)
