"""Raw text (``pdftotext -raw``): a box's title in capitals, among headings in mixed case,
over a table or over a table, the story running on into the story, titles that table and opens no
section; the story after the box goes on in the section before it. Every text is invented."""

from __future__ import annotations

import pytest

from vitrina.structure import rebuild
from vitrina.structure.plainlayout import PLAIN_LIMITS

PROSE = [
    "The Tide Mill",
    "The mill stood at the head of the creek for two hundred years and ground the",
    "grain of the valley farms on every tide. Barges brought the sacks up the creek at",
    "high water and carried the flour away again before the ebb left them stranded.",
    "The Miller's Year",
    "The busiest months came after the harvest, when carts queued along the lane and",
    "the wheel turned through the night. In spring the stones were dressed again and",
    "the sluices mended before the first of the new grain came in from the fields.",
]
# a box of dated rows in note form (a table) with the story going on under it
BOX = ["MILLERS OF THE CREEK", "1794 Thomas Avery of Halden", "1830 his son William Avery",
       "1871 Martha Avery, widow"]
AFTER = ["When the last miller retired the trust bought the building and opened it to",
         "visitors, who can watch the wheel turn on summer Sundays at high water."]


def _doc(lines: list[str]):
    return rebuild("\n".join(lines) + "\n\f", "mill", "mill.txt", "text")


def _blocks(lines: list[str]) -> list[tuple[str, str]]:
    doc = _doc(lines)
    return [(b.kind, " ".join(doc.text[b.start : b.end].split())) for b in doc.blocks]


def test_a_box_title_in_capitals_over_fact_rows_titles_its_table() -> None:
    lines = [*PROSE, *BOX, *AFTER]
    doc = _doc(lines)
    assert [s.title for s in doc.sections] == ["The Tide Mill", "The Miller's Year"]
    blocks = _blocks(lines)
    assert ("table", " ".join(BOX)) in blocks
    assert ("paragraph", " ".join(AFTER)) in blocks


def test_without_the_switch_the_box_title_is_a_section(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(PLAIN_LIMITS, "box_titles", 0)
    assert "MILLERS OF THE CREEK" in [s.title for s in _doc([*PROSE, *BOX, *AFTER]).sections]


def test_where_every_heading_is_in_capitals_a_heading_over_rows_stays_a_section() -> None:
    lines = [*(ln.upper() if ln in ("The Tide Mill", "The Miller's Year") else ln for ln in PROSE), *BOX, *AFTER]
    assert "MILLERS OF THE CREEK" in [s.title for s in _doc(lines).sections]


def test_a_heading_in_capitals_over_prose_stays_a_section() -> None:
    lines = [*PROSE, "THE MILL TODAY", *AFTER]
    assert "THE MILL TODAY" in [s.title for s in _doc(lines).sections]
