"""A note set under the passage that calls it, in its column, opening with its number
raised against its first word ("¹The …", read as "1The"), is a note as one opening "1 The"
is (vitrina.structure.zones, ``raised_note_marks``): out of the paragraphs, and the call
out of the text. Pages drawn with reportlab; every text is invented."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import canvas_pdf, draw_lines
from vitrina.ingest import pdf
from vitrina.structure.zones import ZONE_LIMITS

LEFT = [
    "The ferry crossed the estuary twice",
    "a day in summer and once a day in",
    "winter, and the ferryman kept a bell",
    "on the far bank for travellers who",
    "wanted to cross at any other time of",
    "the day, though he charged them more",
]
RIGHT = [
    "The crossing took about half an hour",
    "in calm weather and much longer in a",
    "gale, when the boat was rowed close",
    "under the shore to keep out of the",
    "worst of the tide. A new steam ferry",
    "replaced the rowing boat in the year",
    "the railway reached the town, and the",
    "ferryman became its first captain. He",
    "kept the old bell in his cottage and",
    "rang it on the day he retired from",
    "the river after forty years of work.",
]


def _raised(c, x: float, y: float, before: str, mark: str, after: str, size: float) -> None:
    text = c.beginText(x, y)
    text.setFont("Times-Roman", size)
    text.textOut(before)
    text.setFont("Times-Roman", size * 0.6)
    text.setRise(size * 0.4)
    text.textOut(mark)
    text.setRise(0)
    text.setFont("Times-Roman", size)
    text.textOut(after)
    c.drawText(text)


def _page(c, number: int) -> None:
    c.setFont("Helvetica-Bold", 20)
    c.drawString(72, 730, "The Estuary Ferry")
    y = draw_lines(c, 72, 700, LEFT, size=10, leading=13)
    _raised(c, 72, y, "for the trouble of the night.", "1", "", 10)
    _raised(c, 72, y - 18, "", "1", "The bell hung on a post by the slipway.", 8)
    draw_lines(c, 320, 700, RIGHT, size=10, leading=13)


def _body(data: bytes) -> tuple[list[str], list[str]]:
    """The paragraphs, and every block's text, outside the closing notes."""
    [doc] = pdf.read(data, "ferry.pdf")
    notes = {s.id for s in doc.sections if s.title == "Notes"}
    blocks = [b for b in doc.blocks if b.section not in notes]
    texts = [" ".join(doc.text[b.start : b.end].split()) for b in blocks]
    return [t for t, b in zip(texts, blocks, strict=True) if b.kind == "paragraph"], texts


def test_a_note_opening_with_a_raised_number_under_its_passage_is_a_note() -> None:
    body, texts = _body(canvas_pdf(_page))
    assert not any("bell hung" in t for t in texts)
    assert " ".join([*LEFT, "for the trouble of the night."]) in body


def test_without_the_switch_the_note_is_read_as_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(ZONE_LIMITS, "raised_note_marks", 0)
    _body_, texts = _body(canvas_pdf(_page))
    assert any("bell hung" in t for t in texts)
