"""Raw text (``pdftotext -raw``): a fact box under its own heading is a table titled by it,
a leaflet's title read between its cover lines and its lede is a heading, and a credit line
read into the next block after a placed caption is that caption's credit. Every text is
invented."""

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


def _blocks(lines: list[str]) -> list[tuple[str, str]]:
    doc = rebuild("\n".join(lines) + "\n\f", "mill", "mill.txt", "text")
    return [(b.kind, " ".join(doc.text[b.start : b.end].split())) for b in doc.blocks]


def _sections(lines: list[str]) -> list[str | None]:
    doc = rebuild("\n".join(lines) + "\n\f", "mill", "mill.txt", "text")
    return [s.title for s in doc.sections]


def test_a_fact_box_under_its_heading_is_a_table_with_its_title() -> None:
    box = ["THE MILL IN FIGURES", "Wheel built 1794", "Stones 2 pairs, French burr", "Last milling 1951"]
    blocks = _blocks([*PROSE, *box])
    assert ("table", " ".join(box)) in blocks
    assert "THE MILL IN FIGURES" not in _sections([*PROSE, *box])


def test_rows_ending_sentences_under_a_heading_stay_text() -> None:
    box = ["THE MILL TODAY", "The wheel turns on Sundays.", "The shop sells flour.", "Tea is served at four."]
    assert not any(kind == "table" for kind, _ in _blocks([*PROSE, *box]))


COVER = ["Creekside Mill Trust", "Quay Lane, Halden", "Open Saturdays 10–4", "FREE LEAFLET · RIVER TRADES",
         "The Wheel", "by the Sea",
         "For two hundred years a wheel turned by the sea ground the corn of the valley,",
         "and the families who worked it kept the creek open for the barges."]


def test_a_title_under_a_kicker_over_its_lede_is_a_heading() -> None:
    lines = [*COVER, *PROSE[:4]]
    assert _sections(lines)[0] == "The Wheel by the Sea"
    assert ("paragraph", " ".join(COVER[6:8])) in _blocks(lines)


def test_without_a_kicker_in_capitals_the_cover_pass_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [*COVER[:3], "Free leaflet of the river trades", *COVER[4:], *PROSE[:4]]
    shipped = _blocks(lines)
    monkeypatch.setitem(PLAIN_LIMITS, "cover_title_lines", 0)
    assert _blocks(lines) == shipped


def test_a_credit_after_a_placed_caption_credits_it() -> None:
    lines = [*PROSE[:4], "Above: The wheel pit in winter, after the floods of 1912.",
             "Drawing by Ada Marr, 1913", "The Miller's Year", *PROSE[5:]]
    doc = rebuild("\n".join(lines) + "\n\f", "mill", "mill.txt", "text")
    credits = [b.credit for b in doc.blocks if b.kind == "caption"]
    assert credits == ["Drawing by Ada Marr, 1913"]


def test_a_title_case_heading_after_a_placed_caption_is_no_credit() -> None:
    lines = [*PROSE[:4], "Above: The wheel pit in winter, after the floods of 1912.",
             "Built by Hand", *PROSE[5:]]
    doc = rebuild("\n".join(lines) + "\n\f", "mill", "mill.txt", "text")
    assert [b.credit for b in doc.blocks if b.kind == "caption"] == [None]
