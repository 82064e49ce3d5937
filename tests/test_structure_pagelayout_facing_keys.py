"""A caption key keying the facing page's pictures too (pagelayout._caption_keys,
``facing_keys``): a numbered picture on the first page, another on the second, and their
captions gathered in one key at the second page's foot under a heading in the text's type
(``key_heading_body``). Every text is invented."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import canvas_pdf, draw_lines
from vitrina.ingest import pdf
from vitrina.structure.entrynumbers import ENTRY_NUMBERS
from vitrina.structure.pagelayout import LIMITS

reportlab = pytest.importorskip("reportlab")

FIRST = [
    "The tannery by the mill stream worked hides brought in from",
    "the farms of the valley, and the smell of the pits could be",
    "met half a mile downwind on a warm day in the summer.",
    "Bark from the oak woods above the town was ground in a",
    "horse mill and soaked in the pits with the hides for a year.",
]
SECOND = [
    "The leather went to the saddlers and shoemakers of the",
    "county town, and the best of it to a bookbinder who paid",
    "more than any of them for skins without a single flaw.",
    "The pits were filled in when the works closed, and the",
    "yard is now a garden kept by the people of the street.",
]
KEY = [
    ("1", "The bark mill with its grinding stone still in place.", "Photograph: Valley History Group"),
    ("2", "A currier's knife used to pare the finished hides thin.", "Lent by the County Museum"),
]


def _draw(c, page: int) -> None:
    if page == 1:
        c.setFont("Helvetica-Bold", 20)
        c.drawString(50, 730, "The Tannery by the Stream")
    c.setFillGray(0.7)
    c.rect(50, 520, 240, 160, stroke=0, fill=1)  # the page's picture
    c.setFillGray(0.0)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(60, 660, str(page))  # its number on it
    draw_lines(c, 50, 480, FIRST if page == 1 else SECOND, size=11, leading=14)
    if page == 2:
        c.setFont("Helvetica-Bold", 11)  # the key's heading, in the text's type
        c.drawString(50, 314, "On These Pages")
        y = 300.0
        for number, text, credit in KEY:
            c.setFont("Helvetica", 8.5)
            c.drawString(50, y, number)
            c.drawString(62, y, text)
            c.setFont("Helvetica-Oblique", 7.5)
            c.drawString(62, y - 10.5, credit)
            y -= 28


def _doc():
    return pdf.read(canvas_pdf(_draw, pages=2), "tannery.pdf")[0]


def _captions() -> dict[str, str | None]:
    doc = _doc()
    return {doc.text[b.start : b.end]: b.credit for b in doc.blocks if b.kind == "caption"}


def _headings() -> list[str]:
    return [s.title for s in _doc().sections]


def test_the_key_captions_the_facing_pages_picture_too() -> None:
    assert _captions() == {
        "The bark mill with its grinding stone still in place.": "Photograph: Valley History Group",
        "A currier's knife used to pare the finished hides thin.": "Lent by the County Museum",
    }


def test_without_the_rule_the_facing_pages_entry_keeps_its_number(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(LIMITS, "facing_keys", 0)
    # (a key whose lines hang from its numbers: the hanging entry numbers of round 54 would read it too)
    monkeypatch.setitem(ENTRY_NUMBERS, "on", 0)
    assert "The bark mill with its grinding stone still in place." not in _captions()


def test_the_keys_heading_in_the_texts_type_is_no_section() -> None:
    assert "On These Pages" not in _headings()


def test_without_the_rule_the_keys_heading_stays(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(LIMITS, "key_heading_body", 0)
    assert "On These Pages" in _headings()
