"""Raw text, round 51 (struct2): a maker's credit without a credit word, a verb of making, "by" and a
name ("Cast by the …"), closes a caption (``captions.MAKER_BY``); a label alone over a title after a
block left open heads it when the series' next label alone stands right under the title (a list of
labelled titles: ``PLAIN_LIMITS["listed_label_heads"]``). Every text is invented."""

from __future__ import annotations

import pytest

from tests._plain_helpers import ORCHARD, orchard_doc
from vitrina.structure import captions
from vitrina.structure.captions import is_credit
from vitrina.structure.plainlayout import PLAIN_LIMITS


@pytest.mark.parametrize("text", ["Cast by the Marrowby Foundry", "Printed by Ann Vale and Sons", "Built by R. Tull"])
def test_a_verb_of_making_by_a_name_is_a_credit(text: str) -> None:
    assert is_credit(text.split(), closes_caption=False)


@pytest.mark.parametrize("text", ["Given by the Vale family", "Cast by the foundry.", "Cast by", "Led by Ann Vale",
                                  "Built by Hand", "Copy by Ann Vale, 1988; Marrowby Museum"])
def test_other_runs_with_by_are_no_maker_credit(text: str) -> None:
    assert not is_credit(text.split(), closes_caption=False)


MADE = [*ORCHARD[:4], "The walls were built of brick so that the warmth of the sun would be kept through the night.",
        "Left:", "A lead copy of the", "garden's sundial.", "Cast by the Marrowby", "Lead Works",
        "2 The Fruit Room",
        "The fruit was laid out on slatted shelves in a dark room and turned by hand every week of the winter."]


def test_a_maker_credit_closes_its_caption(monkeypatch: pytest.MonkeyPatch) -> None:
    caption = ("A lead copy of the garden's sundial.", "Cast by the Marrowby Lead Works")
    assert _captions(orchard_doc(MADE)) == [caption]
    monkeypatch.setitem(captions.MAKER_BY, "senses", 0)
    assert _captions(orchard_doc(MADE)) != [caption]


def _captions(doc) -> list[tuple[str, str | None]]:
    return [(doc.text[b.start : b.end], b.credit) for b in doc.blocks if b.kind == "caption"]


RUNNING = "Marrowby Museum of Gardens and Orchards · The Walled Garden Room · Leaflet for the garden walls"
LISTED = [*ORCHARD, RUNNING, "Garden Sheet 2 of 4", "I", "The Garden Walls", "II", "The Stoves", "III", "The Fruit Room"]


def test_labels_over_listed_titles_head_them(monkeypatch: pytest.MonkeyPatch) -> None:
    labels = [(s.label, s.title) for s in orchard_doc(LISTED).sections][-3:]
    assert labels == [("I", "The Garden Walls"), ("II", "The Stoves"), ("III", "The Fruit Room")]
    monkeypatch.setitem(PLAIN_LIMITS, "listed_label_heads", 0)
    labels = [(s.label, s.title) for s in orchard_doc(LISTED).sections][-3:]
    assert labels[0] != ("I", "The Garden Walls")


WIDE = [
    "The Orchard House",
    "A walled garden of pears and apples was planted on the slope above",
    "the river in the 1790s, and its trees were grafted from cuttings that",
    "the owner carried home from his travels abroad in France and Italy.",
    "1 The Garden Walls",
    "The walls were built of brick so that the warmth of the sun was kept",
    "through the night, and the pears trained flat against them ripened",
    "weeks before those of the open orchards in the valley below the house.",
    "The stoves behind the walls were lit in the coldest weeks of spring.",
    "The east wall in 1902: a pear tree trained flat between the two small stoves",
    "of brick. Photo: Ann Vale, Marrowby Garden Trust",
    "The gardeners copied the practice from the market gardens along the",
    "river, where such walls had been used for a century before the house.",
]


def test_a_wide_caption_opens_after_the_paragraph_line_in_its_measure(monkeypatch: pytest.MonkeyPatch) -> None:
    caption = "The east wall in 1902: a pear tree trained flat between the two small stoves of brick."
    assert [text for text, _ in _captions(orchard_doc(WIDE))] == [caption]
    monkeypatch.setitem(PLAIN_LIMITS, "wide_caption_late_start", 0)
    assert [text for text, _ in _captions(orchard_doc(WIDE))] != [caption]
