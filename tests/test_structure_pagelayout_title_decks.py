"""With ``LIMITS["title_decks"]`` on (on as shipped since round 33: the subtitle convention),
a deck in title case under a title in one part is the title's second part; a title already
parted by a colon, or a deck in sentence case, keeps the deck apart (``pagelayout._title_deck``).
Every text is invented."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import glyph_line
from vitrina.structure.geometry import PageGeometry, PdfContent
from vitrina.structure.pagelayout import LIMITS, rebuild_pdf

PIER = [
    "The pier was built for the steamers that brought visitors",
    "down the coast each summer, and lamps were hung along it.",
    "Fishermen used the far end at night when the boats were in",
    "and the lamps drew the sprats close to the iron legs.",
]


def _first_title(title: str, deck: str) -> str:
    lines = [glyph_line(1, 40, 40, title, 28, bold=True), glyph_line(1, 40, 76, deck, 17, italic=True)]
    lines += [glyph_line(1, 40, 104 + 12 * k, text, 10) for k, text in enumerate(PIER[:2])]
    lines += [glyph_line(1, 40, 140, "The Steamers", 14, bold=True)]
    lines += [glyph_line(1, 40, 162 + 12 * k, text, 10) for k, text in enumerate(PIER)]
    lines += [glyph_line(1, 40, 220, "The Lamps", 14, bold=True)]
    lines += [glyph_line(1, 40, 242 + 12 * k, text, 10) for k, text in enumerate(PIER[::-1])]
    doc = rebuild_pdf(PdfContent([PageGeometry(1, 595, 842, lines, [])]), "pier", "/tmp/pier.pdf")
    return doc.sections[0].title


@pytest.fixture(autouse=True)
def _decks_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(LIMITS, "title_decks", 1)


def test_a_title_case_deck_joins_the_title() -> None:
    assert _first_title("Lanterns on the Pier", "Saltby, August 1902") == "Lanterns on the Pier Saltby, August 1902"


def test_with_the_rule_off_the_deck_stays_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(LIMITS, "title_decks", 0)
    assert _first_title("Lanterns on the Pier", "Saltby, August 1902") == "Lanterns on the Pier"


@pytest.mark.parametrize(("title", "deck"), [
    ("Lanterns on the Pier", "The lamps of a seaside town, 1902"),  # a description in sentence case
    ("Lanterns: The Pier at Saltby", "Lamps, Steamers and Sprats"),  # the title is in two parts already
])
def test_a_description_or_a_title_in_two_parts_keeps_its_deck_apart(title: str, deck: str) -> None:
    assert _first_title(title, deck) == title
