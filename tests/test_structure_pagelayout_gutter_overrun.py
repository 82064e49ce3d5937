"""A credit longer than its margin column's measure (vitrina.structure.pagelayout,
``gutter_overruns``): under a caption set in the margin beside a picture in the text
column, the credit's line ends just past where the text column starts, nothing level with
it there; it stays in the margin with its caption, no line across both columns cutting the
page into bands. Every text is invented."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import glyph_line
from vitrina.structure.pagelayout import FULL_WIDTH, LIMITS, reading_order

BODY = "The mill race was cut through the meadow in 1790 and"  # 52 characters: 150-410 at 10 pt
CAPTION = ["Left: the race in flood", "in the winter of 1894,", "from a lantern slide."]  # at 7 pt: 40-121
CREDIT = "Valley Mill Archive, slide VMA 1894/12"  # at 6 pt: 38 characters, 40-154


def _lines() -> list:
    lines = [glyph_line(1, 150, 40 + 12 * k, BODY, 10.0) for k in range(5)]  # over the picture
    lines += [glyph_line(1, 150, 240 + 12 * k, BODY, 10.0) for k in range(8)]  # under it
    lines += [glyph_line(1, 40, 180 + 9 * k, text, 7.0) for k, text in enumerate(CAPTION)]
    lines.append(glyph_line(1, 40, 208, CREDIT, 6.0))
    return lines


def _placed() -> dict[str, int]:
    pictures = [(150.0, 110.0, 410.0, 230.0)]  # the picture in the text column, the caption beside it
    return {p.line.text: p.column[1] for p in reading_order(_lines(), pictures=pictures)}


def test_the_credit_stays_in_the_margin_with_its_caption() -> None:
    columns = _placed()
    assert columns[CREDIT] == columns[CAPTION[0]] < FULL_WIDTH


def test_without_the_switch_the_credit_runs_across(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(LIMITS, "gutter_overruns", 0)
    assert _placed()[CREDIT] >= FULL_WIDTH


def test_a_line_reaching_well_into_the_text_column_still_runs_across() -> None:
    lines = _lines()
    lines[-1] = glyph_line(1, 40, 208, CREDIT + " and a longer tail", 6.0)  # ending at 208, far past 150
    placed = {p.line.text: p.column[1] for p in reading_order(lines, pictures=[(150.0, 110.0, 410.0, 230.0)])}
    assert placed[CREDIT + " and a longer tail"] >= FULL_WIDTH
