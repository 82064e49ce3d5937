"""A slide deck read by its geometry: a label over each section's title at the same place
on every slide ("Part 1", "Part 2": the sections' labels, no running line), a section
carried over to the next slide under its title again with a continuation mark (one
section, its paragraph rejoined), a kicker in capitals over a display title in body type.
Every text is invented."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import canvas_pdf, draw_lines
from vitrina.ingest import pdf
from vitrina.structure import assemble, pagelayout

SLIDES = [
    ("Part 1", "The Lock Keeper", ["The lock keeper lived beside the gates with his family and",
                                   "opened them for every barge that came up the river."]),
    ("Part 2", "Floods in Spring", ["Every spring the river rose over the towpath, and the keeper",
                                    "watched the water from the bridge until it fell again, marking"]),
    ("Part 2", "Floods in Spring (continued)", ["its height on a post painted white beside the gates.",
                                                "The post still stands by the lock today."]),
    ("Part 3", "The Last Barge", ["The last barge passed through the lock in the summer of 1951.",
                                  "After that the gates were left open."]),
]


def _deck(mark: str = "(continued)") -> bytes:
    pytest.importorskip("reportlab")

    def draw(c, number: int) -> None:
        if number == 1:
            c.setFont("Helvetica", 11)
            c.drawString(60, 712, "A TALK IN THE MILL GALLERY")  # (the title's glyph boxes rise into it)
            c.setFont("Helvetica-Bold", 60)
            c.drawString(60, 655, "River and Lock")
            draw_lines(c, 60, 610, ["A short talk on the lock and the people who kept it."],
                       font="Helvetica", size=11, leading=14)
        else:
            label, title, lines = SLIDES[number - 2]
            c.setFont("Helvetica", 9)
            c.drawString(60, 740, label)
            c.setFont("Helvetica-Bold", 24)
            c.drawString(60, 706, title.replace("(continued)", mark))
            draw_lines(c, 60, 670, lines, font="Helvetica", size=11, leading=14)
        c.setFont("Helvetica", 8)
        c.drawString(60, 40, f"River and Lock · a gallery talk   {number} / 5")

    return canvas_pdf(draw, pages=5)


def _read(data: bytes):
    return pdf.read(data, "/tmp/deck.pdf")[0]


def test_labels_counting_over_the_titles_are_the_sections_labels():
    doc = _read(_deck())
    assert [(s.label, s.title) for s in doc.sections if s.label] == [
        ("1", "The Lock Keeper"), ("2", "Floods in Spring"), ("3", "The Last Barge")]


def test_the_carried_section_is_one_with_its_paragraph_rejoined():
    doc = _read(_deck())
    paragraphs = [doc.text[b.start:b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert any("marking its height on a post" in " ".join(p.split()) for p in paragraphs)
    assert not any("continued" in (s.title or "") for s in doc.sections)


def test_an_abbreviated_mark_is_read_alike():
    doc = _read(_deck("(cont’d)"))
    assert [s.title for s in doc.sections if s.label == "2"] == ["Floods in Spring"]


def test_without_the_rules_the_labels_are_running_and_the_title_repeats(monkeypatch):
    monkeypatch.setitem(pagelayout.LIMITS, "counting_labels", 0)
    monkeypatch.setitem(pagelayout.LIMITS, "continued_heads", 0)
    doc = _read(_deck())
    assert not any(s.label for s in doc.sections)
    assert any("continued" in (s.title or "") for s in doc.sections)


def test_a_heading_differing_by_more_than_the_mark_stays():
    assert assemble.without_continuation_mark("Floods in Spring (continued)") == "Floods in Spring"
    assert assemble.without_continuation_mark("Floods in Spring, 1947") is None


def test_a_kicker_in_capitals_over_a_display_title_is_no_section():
    doc = _read(_deck())
    assert doc.sections[0].title == "River and Lock"
    assert not any("GALLERY" in (s.title or "") for s in doc.sections)
    assert "A TALK IN THE MILL GALLERY" not in " ".join(
        doc.text[b.start:b.end] for b in doc.blocks if b.kind == "paragraph")


def test_without_the_share_the_kicker_stays(monkeypatch):
    monkeypatch.setitem(pagelayout.LIMITS, "overline_kicker_size", 0)
    doc = _read(_deck())
    assert "A TALK IN THE MILL GALLERY" in doc.text
