"""Raw text: a caption key (the numbers printed on the pictures alone on their lines, the
captions gathered under a short heading as numbered entries with their credits:
plainlayout.caption_key) and a margin column of dates (each on a line of its own over the
paragraph it dates, or glued before its first line: plainlayout.margin_dates,
dates_parted). Every text is invented."""

from __future__ import annotations

import pytest

from vitrina.structure import rebuild
from vitrina.structure.assemble import NOTES_TITLE
from vitrina.structure.plainlayout import PLAIN_LIMITS, _date_words

KEY_TEXT = [
    "The Estuary Ferry",
    "For two centuries a ferry crossed the estuary below the town, first under oars and then under",
    "steam, until the bridge upstream took its trade away.",
    "1",
    "The ferry across the estuary ran from the stone slip below the inn to the sands on the far",
    "shore, and for two hundred years the same family kept the boats and the tolls they paid.",
    "2",
    "A steam launch took the place of the rowing boats in the year the railway reached the town,",
    "and it carried carts and cattle as well as people across the water on the market days.",
    "Pictured",
    "1 The stone slip below the inn, with the ferry bell on its post by the steps down to",
    "the water.",
    "Photograph: Estuary Society",
    "2 The steam launch loaded with cattle for the market, from a postcard.",
    "Lent by the Harbour Trust, HT 41",
]

DATED_TEXT = [
    "The Light on the Point",
    "A tower of white stone has marked the reefs off the point for two hundred years, and its keepers",
    "kept the lamp burning through every storm until the light was made automatic.",
    "1820",
    "The lighthouse on the point was first lit in 1820 with a ring of oil lamps, each before its",
    "polished copper reflector, and the keeper climbed the tower every evening at dusk to trim",
    "the wicks and clean the soot from the glass.",
    "Mar. 1861 A lens of cut glass made in Paris replaced the reflectors in March 1861, and its",
    "beam could be seen from ships twenty miles out to sea on a clear night, far beyond the reefs",
    "that had wrecked so many vessels on the way into the harbour in the years before the light.",
    "1923",
    "Electric Light",
    "Electric light came to the tower in 1923, when a cable was laid along the causeway from the",
    "town, and the keepers no longer had to carry oil up the stair in the winter storms.",
]


def _doc(lines: list[str], name: str):
    return rebuild("\n".join(lines) + "\n\f", name, f"{name}.txt", "text")


def _blocks(doc, kind: str) -> list[str]:
    notes = {s.id for s in doc.sections if s.title == NOTES_TITLE}
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind == kind and b.section not in notes]


def test_the_key_entries_are_captions_with_their_credits() -> None:
    doc = _doc(KEY_TEXT, "ferry")
    captions = {doc.text[b.start : b.end]: b.credit for b in doc.blocks if b.kind == "caption"}
    assert captions == {
        "The stone slip below the inn, with the ferry bell on its post by the steps down to the water.":
            "Photograph: Estuary Society",
        "The steam launch loaded with cattle for the market, from a postcard.": "Lent by the Harbour Trust, HT 41",
    }
    assert "Pictured" not in doc.text
    assert len(_blocks(doc, "paragraph")) == 3


def test_without_the_rule_the_key_is_no_caption(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(PLAIN_LIMITS, "key_entries", 0)
    doc = _doc(KEY_TEXT, "ferry")
    assert not any(b.credit == "Photograph: Estuary Society" for b in doc.blocks if b.kind == "caption")


def test_a_date_opening_a_line() -> None:
    assert _date_words("Mar. 1861 A lens") == 2
    assert _date_words("c. 1450 BC") == 3
    assert _date_words("1917. The marks") == 0  # a year closing a sentence


def test_margin_dates_leave_the_paragraphs_whole() -> None:
    doc = _doc(DATED_TEXT, "light")
    paragraphs = _blocks(doc, "paragraph")
    assert paragraphs[1].startswith("The lighthouse on the point") and paragraphs[1].endswith("from the glass.")
    assert paragraphs[2].startswith("A lens of cut glass") and paragraphs[2].endswith("before the light.")
    # a date over a short title is the title's label, not a margin's date
    assert any(s.title == "Electric Light" for s in doc.sections)


def test_one_date_alone_is_no_margin_column(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(PLAIN_LIMITS, "margin_dates_least", 3)
    paragraphs = _blocks(_doc(DATED_TEXT, "light"), "paragraph")
    assert any("Mar. 1861 A lens" in text for text in paragraphs)


def test_without_the_rule_the_dates_stay_in_the_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(PLAIN_LIMITS, "margin_date_lines", 0)
    paragraphs = _blocks(_doc(DATED_TEXT, "light"), "paragraph")
    assert any("Mar. 1861 A lens" in text for text in paragraphs)

