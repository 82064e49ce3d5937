"""PDF reader, round 45 (structset53): a heading set in synthetic small capitals over capital
letters ("THE SALT ROAD" in two sizes) takes the case its sizes show, while other lines keep
their capitals; a spacing accent placed on the letter beside it (TeX's cedilla) is that
letter's accent; a note call barely smaller than the text but raised far is a call. Every
text is invented; each test fails with its switch off."""

from __future__ import annotations

from array import array

import pytest

from tests._pdf_helpers import canvas_pdf, draw_lines, glyph_line
from vitrina.ingest import pdf
from vitrina.structure import zones
from vitrina.structure.pagelayout import rebuild_pdf

reportlab = pytest.importorskip("reportlab")

TEXT = [
    "The salt was boiled in iron pans on the shore and carried",
    "inland on the backs of ponies along a track over the hills.",
    "Each pony carried two panniers, and the drivers sold the",
    "salt at the markets on the far side for a good price.",
]


def _small_caps_line(c, x: float, y: float, words: list[str], big: float = 13.0, small: float = 10.0) -> None:
    """Each word in capitals, its first letter ``big`` and the rest ``small`` (a word
    given in lower case set all small), as a typesetter's synthetic small capitals."""
    for word in words:
        for k, ch in enumerate(word):
            size = big if k == 0 and word[0].isupper() else small
            c.setFont("Times-Bold", size)
            c.drawString(x, y, ch.upper())
            x += c.stringWidth(ch.upper(), "Times-Bold", size)
        x += c.stringWidth(" ", "Times-Bold", big)


def _draw(c, _page: int) -> None:
    c.setFont("Helvetica-Bold", 22)
    c.drawString(60, 720, "Salt and Ponies")
    draw_lines(c, 60, 690, TEXT[2:], size=11, leading=14)
    _small_caps_line(c, 60, 640, ["Over", "the", "Hills"])
    draw_lines(c, 60, 620, TEXT, size=11, leading=14)


def _doc():
    # (the geometry read in this process, so that a switch set here holds)
    return rebuild_pdf(pdf.read_geometry(canvas_pdf(_draw)), "salt", "salt.pdf")


def test_a_heading_in_small_capitals_takes_the_case_of_its_sizes() -> None:
    assert [s.title for s in _doc().sections] == ["Salt and Ponies", "Over the Hills"]


def test_without_the_rule_the_heading_keeps_its_capitals(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(pdf.LINE_LIMITS, "small_caps_case_aside", 0)
    assert [s.title for s in _doc().sections] == ["Salt and Ponies", "OVER THE HILLS"]


def _accented(accent_at: float) -> tuple[list[str], array]:
    boxes = array("d", [0, 0, 6, 10, 6, 0, 12, 10, accent_at, 10, accent_at + 3, 12, 12, 2, 18, 10])
    return list("Ka\u00b8s"), boxes


def test_a_cedilla_under_the_letter_beside_it_is_its_accent() -> None:
    chars, boxes = pdf._accents_placed(*_accented(13.5))
    assert "".join(chars) == "Ka\u015f" and len(boxes) == 4 * len(chars)


def test_an_accent_standing_apart_stays() -> None:
    chars, _boxes = pdf._accents_placed(*_accented(30.0))
    assert "".join(chars) == "Ka\u00b8s"


def _called_line():
    line = glyph_line(1, 100, 200, "the salt pans.1", size=10)
    boxes = list(line.boxes)
    k = 4 * (len(line.text) - 1)
    boxes[k + 1], boxes[k + 3] = boxes[k + 1] - 4.5, boxes[k + 3] - 4.5 - 1.0  # raised, a little shorter
    return glyph_line(1, 100, 200, "the salt pans.1", size=10).__class__(
        1, line.text, boxes, 10.0, False, False)


def test_a_call_raised_far_is_taken_out() -> None:
    assert zones.without_note_calls(_called_line()).text == "the salt pans."


def test_without_the_rule_a_call_barely_smaller_stays(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(zones.ZONE_LIMITS, "call_raise_high", 0)
    assert zones.without_note_calls(_called_line()).text == "the salt pans.1"
