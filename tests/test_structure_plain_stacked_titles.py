"""Raw text, round 54 (structraw): a cover title set large a word or two a line, then a kicker in capitals, then
the deck, read after the back panel's address (``plainlayout.PLAIN_LIMITS["stacked_titles"]``): the stacked lines
open the title, the deck its end; the kicker stays out of it. A name of three words over the kicker (a masthead)
is no part of the title. Every text is invented."""

from __future__ import annotations

from tests._plain_helpers import orchard_doc
from vitrina.structure import plainlayout

BACK = [
    "Tollbar Cottage Museum",
    "3 Mill Lane",
    "Open Tuesday to Sunday, 10-4",
]
COVER = [
    "The",
    "Salt",
    "Road",
    "A WALKING GUIDE",
    "Carters and Tolls, 1790",
    "In the 1790s carts loaded with salt from the coast climbed the valley road twice a week, and every one",
    "of them stopped at the tollbar by the bridge, where the keeper wrote the load into his ledger.",
    "The ledgers survive for eleven years and show how the trade rose and fell with the weather.",
]


def _titles(lines: list[str]) -> list[str]:
    doc = orchard_doc(lines)
    return [s.title for s in doc.sections]


def test_stacked_title_lines_open_the_cover_title() -> None:
    assert "The Salt Road Carters and Tolls, 1790" in _titles([*BACK, *COVER])


def test_a_masthead_of_three_words_is_no_part_of_it() -> None:
    masthead = [*BACK, "Tollbar Cottage Museum", *COVER[3:]]
    assert _titles(masthead) == _switched_off(masthead)


def _switched_off(lines: list[str]) -> list[str]:
    saved = plainlayout.PLAIN_LIMITS["stacked_titles"]
    plainlayout.PLAIN_LIMITS["stacked_titles"] = 0
    try:
        return _titles(lines)
    finally:
        plainlayout.PLAIN_LIMITS["stacked_titles"] = saved


def test_off_switch() -> None:
    assert "The Salt Road Carters and Tolls, 1790" not in _switched_off([*BACK, *COVER])
