"""A caption key (vitrina.structure.zones.numbered_picture, pagelayout._caption_keys): two
pictures carrying small numbers, their captions and credits gathered in a numbered key at
the page's foot under a short heading. Every text is invented."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import canvas_pdf, draw_lines, glyph_line
from vitrina.ingest import pdf
from vitrina.structure import zones
from vitrina.structure.entrynumbers import ENTRY_NUMBERS
from vitrina.structure.pagelayout import LIMITS

reportlab = pytest.importorskip("reportlab")

LEFT = [
    "The ferry across the estuary ran from the stone slip",
    "below the inn to the sands on the far shore, and for",
    "two hundred years the same family kept the boats and",
    "the right to the tolls that the passengers paid.",
    "In winter the crossing was made only at slack water,",
    "and a bell hung on the slip was rung to call the boat",
    "from the other side when travellers were waiting.",
]
RIGHT = [
    "A steam launch took the place of the rowing boats in",
    "the year the railway reached the town, and it carried",
    "carts and cattle as well as people on market days.",
    "The launch was sold when the bridge opened upstream,",
    "and the slip is now used by the sailing club, whose",
    "members still ring the old bell at the start of every",
    "race held on the estuary in the summer months.",
]
KEY = [
    ("1", ["The stone slip below the inn, with the ferry bell on its post by the steps down to", "the water."],
     "Photograph: Estuary Society"),
    ("2", ["The steam launch loaded with cattle for the market, from a postcard sent in the", "spring."],
     "Lent by the Harbour Trust, HT 41"),
]


def _draw(c, _page: int, under: bool = False) -> None:
    c.setFont("Helvetica-Bold", 20)
    c.drawString(50, 730, "The Estuary Ferry")
    for n, x in enumerate((50.0, 320.0)):
        c.setFillGray(0.7)
        c.rect(x, 520, 240, 180, stroke=0, fill=1)  # the picture
        c.setFillGray(0.0)
        c.setFont("Helvetica-Bold", 12)
        if under:  # its number set outside it: the first right under it, the second beside its top
            c.drawString(x + 230, 508, "1") if n == 0 else c.drawString(x + 244, 688, "2")
        else:  # its number on it (the second one low)
            c.drawString(x + 10, 680 - 140 * n, str(n + 1))
    draw_lines(c, 50, 480, LEFT, size=11, leading=14)
    draw_lines(c, 320, 480, RIGHT, size=11, leading=14)
    c.setFont("Helvetica-Bold", 8.5)
    c.drawString(50, 330, "Pictured")
    y = 316.0
    for number, lines, credit in KEY:
        c.setFont("Helvetica", 8.5)
        c.drawString(50, y, number)
        for line in lines:
            c.drawString(62, y, line)
            y -= 10.5
        c.setFont("Helvetica-Oblique", 7.5)
        c.drawString(62, y, credit)
        y -= 16


def _doc(under: bool = False):
    return pdf.read(canvas_pdf(lambda c, page: _draw(c, page, under)), "ferry.pdf")[0]


def test_a_box_holding_only_a_number_is_a_picture() -> None:
    box = (50.0, 90.0, 290.0, 270.0)
    assert zones.numbered_picture(box, [glyph_line(1, 60, 100, "1", size=12)])
    assert not zones.numbered_picture(box, [glyph_line(1, 60, 100, "The box holds text", size=12)])
    assert not zones.numbered_picture(box, [glyph_line(1, 60, 100, "123", size=12)])


@pytest.mark.parametrize("under", [False, True])
def test_the_key_entries_are_the_numbered_pictures_captions(under: bool) -> None:
    doc = _doc(under)
    captions = {doc.text[b.start : b.end]: b.credit for b in doc.blocks if b.kind == "caption"}
    assert captions == {
        "The stone slip below the inn, with the ferry bell on its post by the steps down to the water.":
            "Photograph: Estuary Society",
        "The steam launch loaded with cattle for the market, from a postcard sent in the spring.":
            "Lent by the Harbour Trust, HT 41",
    }
    assert not {"1", "2", "Pictured"} & {s.title for s in doc.sections}


def test_without_the_rule_the_key_is_read_line_by_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(LIMITS, "caption_keys", 0)
    # (a key whose lines hang from its numbers: the hanging entry numbers of round 54 would read it too)
    monkeypatch.setitem(ENTRY_NUMBERS, "on", 0)
    doc = _doc()
    captions = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "caption"]
    assert not any(text.startswith("The stone slip") and text.endswith("water.") for text in captions)
