"""Raw text of a strip of dated entries under its own short heading, after a caption:
each year alone on its line over the entry's text. Every text is invented."""

from __future__ import annotations

from vitrina.structure import rebuild

TEXT = [
    "The Salt Road",
    "For two hundred years the salt of the coastal pans came up the river to the market",
    "towns by cart and later by barge, and the towns on the road grew rich on the tolls.",
    "Right: A loaded barge waiting at the weir above the old ferry.",
    "Dene Valley Archive",
    "Salt Dates",
    "1712",
    "The first tolls are set at",
    "the river bridges.",
    "1790",
    "Barges reach the weir.",
    "1861",
    "The last carter sells his",
    "wagons at the market.",
]


def test_a_short_heading_over_a_strip_of_dates_is_a_heading() -> None:
    doc = rebuild("\n".join(TEXT) + "\n", "salt", "salt.txt", "text")
    assert [s.title for s in doc.sections] == ["The Salt Road", "Salt Dates"]


def test_a_title_over_its_years_alone_keeps_them() -> None:
    text = ["Salt Wars", "1801", "The carters of the river towns fought the barge owners for the",
            "salt trade for most of a decade, and the towns took sides with one or the other."]
    doc = rebuild("\n".join(text) + "\n", "salt", "salt.txt", "text")
    assert "Salt Dates" not in [s.title for s in doc.sections]
    assert "1801" not in [" ".join(doc.text[b.start : b.end].split()) for b in doc.blocks if b.kind == "paragraph"]


def test_years_with_their_era_open_a_strip_too() -> None:
    text = [*TEXT[:5], "Salt Dates", "120 BC", "Salt is taken from the pans", "by the first settlers.",
            "AD 43", "A fort guards the ford.", "1790", "Barges reach the weir."]
    doc = rebuild("\n".join(text) + "\n", "salt", "salt.txt", "text")
    assert [s.title for s in doc.sections] == ["The Salt Road", "Salt Dates"]
