"""A drawn box framing text set into a column (a side-bar titled in bold, a pull quote)
cuts a paragraph mid-sentence: the lines under the box go on the paragraph over it
(vitrina.structure.pagelayout, ``boxed_pitch_mute``); a line under the box opening a new
sentence after a finished one still opens a paragraph. Pages drawn with reportlab; every
text is invented."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import canvas_pdf, draw_lines
from vitrina.ingest import pdf
from vitrina.structure.pagelayout import LIMITS

OVER = [
    "The rope walk ran for a quarter of a mile beside",
    "the river wall, and in its busiest years it made",
    "cables for the navy as well as the lines that the",
    "fishing boats of the whole coast bought by the",
    "fathom. The spinners walked backwards along the",
    "shed paying out hemp from bundles round their",
    "waists while a boy turned the wheel at the far",
]
UNDER_GOING_ON = [
    "end, and a good spinner could walk many miles",
    "in a single day without once turning round.",
]
UNDER_NEW = [
    "End of the shed. A good spinner could walk many",
    "miles in a single day without once turning round.",
]
OVER_ENDED = [*OVER[:-1], "waists while a boy turned the wheel."]
SIDE_BAR = [
    "Hemp came from the Baltic in bales",
    "and was combed out by hand before",
    "it could be spun into yarn for rope.",
]


def _page(over: list[str], under: list[str], quote: bool) -> bytes:
    def draw(c, page: int) -> None:
        c.setFont("Helvetica-Bold", 18)
        c.drawString(72, 740, "The Rope Walk")
        draw_lines(c, 72, 700, over, size=10, leading=13)
        c.setFillGray(0.9)
        c.rect(72, 520, 230, 76, stroke=1, fill=1)
        c.setFillGray(0)
        if quote:
            draw_lines(c, 84, 576, ["\u201cA spinner walked", "backwards all day.\u201d"], font="Helvetica-Bold",
                       size=13, leading=17)
        else:
            c.setFont("Helvetica-Bold", 11)
            c.drawString(84, 580, "Where the Hemp Came From")
            draw_lines(c, 84, 562, SIDE_BAR, size=9, leading=11)
        draw_lines(c, 72, 500, under, size=10, leading=13)
    return canvas_pdf(draw)


def _paragraphs(data: bytes) -> list[str]:
    [doc] = pdf.read(data, "rope.pdf")
    return [" ".join(doc.text[b.start : b.end].split()) for b in doc.blocks if b.kind == "paragraph"]


@pytest.mark.parametrize("quote", [True, False])
def test_the_sentence_cut_by_the_box_goes_on_under_it(quote: bool) -> None:
    paragraphs = _paragraphs(_page(OVER, UNDER_GOING_ON, quote))
    whole = " ".join([*OVER, *UNDER_GOING_ON])
    assert whole in paragraphs


@pytest.mark.parametrize("quote", [True, False])
def test_a_new_sentence_under_the_box_opens_a_paragraph(quote: bool) -> None:
    paragraphs = _paragraphs(_page(OVER_ENDED, UNDER_NEW, quote))
    assert " ".join(OVER_ENDED) in paragraphs
    assert " ".join(UNDER_NEW) in paragraphs


@pytest.mark.parametrize("quote", [True, False])
def test_without_the_switch_the_box_parts_the_paragraph(monkeypatch: pytest.MonkeyPatch, quote: bool) -> None:
    monkeypatch.setitem(LIMITS, "boxed_pitch_mute", 0)
    monkeypatch.setitem(LIMITS, "paragraphs_over_boxes", 0)  # (round 52: that rule would mend the cut too)
    paragraphs = _paragraphs(_page(OVER, UNDER_GOING_ON, quote))
    assert " ".join([*OVER, *UNDER_GOING_ON]) not in paragraphs
