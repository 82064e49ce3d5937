"""Numbers down a margin, no text (vitrina.structure.pagelayout._margin_numbers): a catalogue's
paragraph numbers in small bold type level with each paragraph's first line, and a scale of
depths drawn down a panel's edge. Every text is invented."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import canvas_pdf, draw_lines
from vitrina.ingest import pdf
from vitrina.structure.pagelayout import LIMITS

reportlab = pytest.importorskip("reportlab")

PARAGRAPHS = [
    ("I", "The Quarry", [
        "The stone for the bridge came from a quarry on the hill above the village,",
        "where the masons split the blocks with iron wedges and dressed them by hand.",
    ], [
        "Carts drawn by oxen took the blocks down the hill road to the river bank,",
        "and each cart carried no more than two blocks for fear of the steep bends.",
    ]),
    ("II", "The Arches", [
        "The three arches were turned over wooden frames built on piles in the river,",
        "and the frames were struck only when the mortar of the keystones had set.",
    ], [
        "The middle arch was the widest, so that barges could pass under it at every",
        "season, and its keystone bears the date of the bridge and the masons' marks.",
    ]),
]


def _numbered(c, _page: int) -> None:
    c.setFont("Helvetica-Bold", 20)
    c.drawString(90, 730, "The Bridge at the Ford")
    y, number = 690.0, 1
    for label, title, *paras in PARAGRAPHS:
        c.setFont("Helvetica-Bold", 12)
        c.drawString(56, y, f"{label} {title}")
        y -= 22
        for lines in paras:
            c.setFont("Helvetica-Bold", 8)
            c.drawString(58, y, str(number))  # the paragraph's number, level with its first line
            number += 1
            y = draw_lines(c, 90, y, lines, size=10.5, leading=14) - 8
        y -= 10


def _paragraphs(doc) -> list[str]:
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]


def _read(draw) -> object:
    return pdf.read(canvas_pdf(draw), "bridge.pdf")[0]


def test_margin_paragraph_numbers_are_no_text() -> None:
    doc = _read(_numbered)
    titles = [s.title for s in doc.sections]
    assert not any(title.strip().isdigit() for title in titles)
    paragraphs = _paragraphs(doc)
    assert len(paragraphs) == 4
    assert paragraphs[0].startswith("The stone for the bridge")
    assert paragraphs[3].startswith("The middle arch")


def test_with_the_pass_off_the_numbers_stay(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(LIMITS, "margin_numbers", 0)
    doc = _read(_numbered)
    assert any(token == "3" for token in doc.text.split())


def test_numbers_not_rising_are_no_margin_column() -> None:
    def falling(c, page: int) -> None:  # the same page, its numbers counting down
        drawn = c.drawString

        def swap(x, y, text):
            drawn(x, y, str(5 - int(text)) if text.isdigit() else text)

        c.drawString = swap
        _numbered(c, page)
        c.drawString = drawn

    assert any(token == "3" for token in _read(falling).text.split())


SCALE = ["500 m", "1,000 m", "1,500 m", "2,000 m", "2,500 m"]


def _scale(c, _page: int) -> None:
    c.setFont("Helvetica-Bold", 22)
    c.drawString(110, 730, "Into the Deep Water")
    y = 700.0
    for mark in SCALE:  # a depth scale drawn down the left edge, spaced evenly
        c.setFont("Helvetica", 8)
        c.drawString(40, y, mark)
        y -= 90
    draw_lines(c, 110, 690, [
        "The diving bell went down on a cable from the ship's crane, and the two men",
        "inside it watched the light fade from green to blue and then to black as",
        "they passed the depth where no sunlight reaches the water of the ocean.",
    ], size=11, leading=15)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(110, 560, "The Lamps")
    draw_lines(c, 110, 540, [
        "At the bottom the men switched on the lamps and saw fish that no one had",
        "seen alive before, pale and blind, drifting past the thick glass window.",
    ], size=11, leading=15)


def test_a_drawn_scale_is_no_text() -> None:
    doc = _read(_scale)
    assert "1,500 m" not in doc.text
    assert [s.title for s in doc.sections if s.title != "Into the Deep Water"] == ["The Lamps"]
    assert all(s.label is None for s in doc.sections)
