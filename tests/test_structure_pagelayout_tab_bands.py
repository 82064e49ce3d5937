"""A wall panel in horizontal bands marked by letter tabs (vitrina.structure.pagelayout
``_tab_bands_order``): each band's heading opens with its letter printed in a small box at the
page's left edge, its text in two columns, a caption in the second band's right column level with its heading; each band is read across its columns before the next
band. Every text is invented."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import canvas_pdf, draw_lines
from vitrina.ingest import pdf
from vitrina.structure.pagelayout import LIMITS

reportlab = pytest.importorskip("reportlab")

BANDS = [
    ("A", "The Harbour Wall of Timber", [
        "The first harbour wall was built of timber",
        "and rubble by the fishermen of the bay, who",
        "had lost too many boats to the winter gales.",
    ], [
        "A storm in the spring of the wet year broke",
        "the wall in three places, and the town asked",
        "the county for the money to build it in stone.",
    ]),
    ("B", "The Stone Pier of the Bay", [
        "The stone pier took six summers to finish,",
        "its blocks brought by sea from the quarries",
        "along the coast and set at low water only.",
    ], [
        "When it was done the harbour could shelter",
        "forty boats, and merchant ships began to call",
        "with coal and timber for the growing town.",
    ]),
]


def _panel(c, _page: int) -> None:
    c.setFont("Helvetica-Bold", 24)
    c.drawString(40, 740, "A Harbour for the Bay")
    top = 700.0
    for letter, title, left, right in BANDS:
        c.setFillGray(0.85)
        c.rect(30, top - 28, 38, 38, stroke=0, fill=1)  # the tab, tinted
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 16)
        c.drawString(43, top - 17, letter)
        c.drawString(80, top - 17, title)
        if letter == "B":  # a caption in the right column, level with the heading's foot
            c.setFont("Helvetica-Oblique", 9)
            c.drawString(330, top - 19, "Right: a drawing of the pier in its first year.")
        draw_lines(c, 80, top - 45, left, size=10.5, leading=14)
        draw_lines(c, 330, top - 45, right, size=10.5, leading=14)
        top -= 170


def _read():
    return pdf.read(canvas_pdf(_panel), "harbour.pdf")[0]


def test_each_band_is_read_across_its_columns() -> None:
    doc = _read()
    at = [doc.text.index(text) for text in ("The first harbour", "A storm in", "The stone pier", "When it was done")]
    assert at == sorted(at)
    assert [(s.label, s.title) for s in doc.sections][-2:] == [("A", "The Harbour Wall of Timber"), ("B", "The Stone Pier of the Bay")]


def test_with_the_pass_off_the_columns_are_read_down(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(LIMITS, "tab_bands", 0)
    monkeypatch.setitem(LIMITS, "fold_gap", 0)  # (round 45: the blank band between the bands parts them too)
    text = _read().text
    assert text.index("A storm in") > text.index("The stone pier")
