"""A caption printed credit first, the credit ending inside a line (round 53, structset70,
``structure/leadcredits.py``): raw text, and the rule on its own. Every text is invented."""

from __future__ import annotations

import pytest

from tests._plain_helpers import orchard_doc
from vitrina.structure.leadcredits import LEAD_CREDITS, credit_end

CAPTION = "A cast-iron seed drill of the kind used on the estate, shown here as a model at one-tenth scale."
CREDIT = "Courtesy of the Marlow Institute of Garden History, MI 1877.5"
LINES = [
    "The Orchard House",
    "A walled garden of pears and apples was planted on the",
    "slope above the river in the 1790s, and its trees were",
    "grafted from cuttings the owner carried home from abroad.",
    "1 The Garden Walls",
    "The walls were built of brick so that the warmth of the",
    "sun would be kept through the night, and the pears that",
    "were trained flat against them ripened weeks before those",
    "of the open orchards. The gardeners lit small stoves in",
    "the coldest weeks of the spring to keep frost from the",
    "blossom, a practice copied from the market gardens.",
    "Courtesy of the Marlow Institute of Garden History, MI",
    "1877.5. A cast-iron seed drill of the kind used on the estate, shown",
    "here as a model at one-tenth scale.",
    "2 The Fruit Room",
    "The fruit room kept the apples through the winter on",
    "slatted shelves in the dark and the cool, and gardeners",
    "turned each one by hand every week until the spring",
    "markets opened again in the town below the house.",
]


def _captions(doc) -> list[tuple[str, str | None]]:
    return [(" ".join(doc.text[b.start : b.end].split()), b.credit) for b in doc.blocks if b.kind == "caption"]


def test_the_credit_before_the_caption_ends_inside_a_line() -> None:
    assert _captions(orchard_doc(LINES)) == [(CAPTION, CREDIT)]


def test_switch_off_the_credit_stays_in_the_caption(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(LEAD_CREDITS, "switch", 0)
    assert (CAPTION, CREDIT) not in _captions(orchard_doc(LINES))


@pytest.mark.parametrize(("text", "end"), [
    ("Courtesy of the Hale Collection, HC 1904.2. A brass sextant used on the survey ship.", 7),
    ("Photo: Ann Reed. A brass sextant used on the survey ship in the summer of 1890.", 3),
    ("Courtesy of the Hale Collection.", None),  # a credit alone: no caption after it
    ("A brass sextant used on the survey ship. Courtesy of the Hale Collection.", None),  # the credit last
    ("Courtesy of the crew, the sextant was kept on deck. It guided the ship home.", None),  # a clause, no credit
])
def test_credit_end(text: str, end: int | None) -> None:
    assert credit_end(text.split()) == end
