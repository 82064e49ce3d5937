"""A run-in head set in small capitals (capitals of the text's font drawn smaller for the
lower case), perhaps after a label in its own type, is read as a line of its own in the case
its letters' sizes show, apart from the regular text it runs into; each glyph is drawn by its
own show operation, as some producers do. Every text is invented."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import canvas_pdf
from vitrina.ingest import pdf

reportlab = pytest.importorskip("reportlab")

SIZE = 10.0
SMALL = 7.8  # the small capitals' size (78 % of the capitals')


def _glyphs(c, x: float, y: float, text: str, font: str, size: float) -> float:
    """Draw ``text`` one glyph per show operation, a space as an advance; the x after it."""
    for ch in text:
        if ch != " ":
            c.setFont(font, size)
            c.drawString(x, y, ch)
        x += c.stringWidth(ch, font, size)
    return x


def _small_caps(c, x: float, y: float, title: str) -> float:
    """``title`` in small capitals: its capitals at full size, its lower case as capitals drawn smaller."""
    for ch in title:
        small = ch.islower()
        x = _glyphs(c, x, y, ch.upper(), "Times-Roman", SMALL if small else SIZE)
    return x


def _lines(label: str, title: str, rest: str) -> list[str]:
    def draw(c, _page):
        x = 72.0
        if label:
            x = _glyphs(c, x, 700, label + " ", "Helvetica-Bold", 9.5)
        x = _small_caps(c, x, 700, title)
        _glyphs(c, x, 700, " " + rest, "Times-Roman", SIZE)
        _glyphs(c, 72, 687, "the quay before the winter storms came in from the west.", "Times-Roman", SIZE)

    content = pdf.read_geometry(canvas_pdf(draw))
    return [line.text for page in content.pages for line in page.lines]


def test_a_small_caps_head_after_a_label_is_read_apart_in_its_case() -> None:
    lines = _lines("B", "Salt on the Quay", "Carters brought the salt down to")
    assert lines[:3] == ["B", "Salt on the Quay", "Carters brought the salt down to"]


def test_without_the_switch_the_head_stays_in_its_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(pdf.LINE_LIMITS, "small_caps_heads", 0)
    assert _lines("B", "Salt on the Quay", "Carters brought the salt down to")[0].startswith("B SALT ON THE QUAY Carters")


def test_a_head_without_a_label_is_read_apart() -> None:
    assert _lines("", "Salt on the Quay", "Carters brought the salt down to")[:2] == [
        "Salt on the Quay", "Carters brought the salt down to"]


def test_opening_words_in_small_caps_running_on_in_lower_case_are_no_head() -> None:
    lines = _lines("", "The Carters", "brought the salt down to the quay")
    assert len(lines) == 2 and lines[0].endswith("brought the salt down to the quay")


def test_a_unit_word_in_small_caps_before_a_number_is_no_head() -> None:
    lines = _lines("", "Gallery", "4 Salt on the Quay and the Carters")
    assert len(lines) == 2


def test_the_text_after_a_small_caps_head_is_read_right_after_it() -> None:
    from dataclasses import replace

    from tests._pdf_helpers import glyph_line
    from vitrina.structure.pagelayout import Placed, _run_in_rests_after_heads

    head = replace(glyph_line(1, 56, 600, "Salt on the Quay"), small_caps=True)
    rest = glyph_line(1, head.x1 + 3, 600, "Carters brought")
    below = glyph_line(1, 56, 613, "the salt down to the quay before the storms.")
    placed = [Placed(line, (1, 0), 50.0, 300.0) for line in (head, below, rest)]
    order = _run_in_rests_after_heads(placed)
    assert [p.line.text for p in order] == [head.text, rest.text, below.text]
