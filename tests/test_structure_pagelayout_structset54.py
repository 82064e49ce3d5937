"""Page layout, round 45 (structset54): captions keyed by bracketed letters whose lines wrap at
the key's own edge (no hanging key), each entry closed by its credit on a line of its own in
smaller italic type, the pictures and their keys on the facing page (``key_entry_credits``).
Every text is invented; the test fails with the switch off."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import canvas_pdf, draw_lines
from vitrina.ingest import pdf
from vitrina.structure.pagelayout import LIMITS

reportlab = pytest.importorskip("reportlab")

WEIR = [
    "The mill stood on a bend of the river where a weir of",
    "timber and stone held back the water, and the race was",
    "cut along the bank to carry it to the wheel (a).",
]
WHEEL = [
    "The wheel was rebuilt in iron in the last years of the",
    "old century, and its buckets were cast at a foundry in",
    "the market town a day's journey down the valley (b).",
]
KEY = [
    (["(a) The race below the weir, with the sluice gate open and the", "water running fast."],
     "Lent by the Valley Society, VS 12.4"),
    (["(b) An iron bucket from the wheel, as found in the silt after", "the great flood."],
     "Upper River Museum, URM 1990.7"),
]


def _draw(c, page: int) -> None:
    if page == 1:
        c.setFont("Helvetica-Bold", 20)
        c.drawString(60, 730, "The Valley Mill")
        c.setFont("Helvetica-Bold", 13)
        c.drawString(60, 690, "The Weir and the Race")
        y = draw_lines(c, 60, 670, WEIR, size=11, leading=14)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(60, y - 16, "The Iron Wheel")
        draw_lines(c, 60, y - 36, WHEEL, size=11, leading=14)
        y = 140.0
        for lines, credit in KEY:  # the key set in the entry's first line, its lines wrapping under it
            y = draw_lines(c, 60, y, lines, font="Helvetica", size=8, leading=10)
            y = draw_lines(c, 60, y, [credit], font="Helvetica-Oblique", size=7, leading=13)
    else:
        draw_lines(c, 60, 700, ["The valley society now keeps the mill house as a small museum open",
                                "to visitors on summer weekends, with the miller's tools on show."],
                   size=11, leading=14)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(60, 400, "(a)      (b)")  # the plate's keys under its pictures


def _captions() -> list[tuple[str, str, str | None]]:
    doc = pdf.read(canvas_pdf(_draw, pages=2), "mill.pdf")[0]
    title = {s.id: s.title for s in doc.sections}
    return [(title[b.section], doc.text[b.start : b.end], b.credit) for b in doc.blocks if b.kind == "caption"]


def test_keyed_entries_with_credit_lines_are_captions_of_their_own() -> None:
    assert _captions() == [
        ("The Weir and the Race", "The race below the weir, with the sluice gate open and the water running fast.",
         "Lent by the Valley Society, VS 12.4"),
        ("The Iron Wheel", "An iron bucket from the wheel, as found in the silt after the great flood.",
         "Upper River Museum, URM 1990.7"),
    ]


def test_without_the_rule_the_key_is_one_block(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(LIMITS, "key_entry_credits", 0)
    captions = _captions()
    assert captions[0][1].startswith("(a)") and "(b)" in (captions[0][2] or "")
