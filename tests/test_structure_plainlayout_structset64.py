"""Raw text, round 50 (structset64): a fact table titled in capitals over rows in words, then a box's
title and prose (``capitals_fact_rows``); a timeline read into a paragraph in mid-sentence
(``inside_timelines``); a caption's credit before an open paragraph going on (``open_text_credit_words``);
a quotation and its dash line closing a paragraph (``closing_quote_lines``); a map's numbered key
(``mapkeys``); note calls in raised figures after a number (``raised_after_figures``). Every text is
invented; each test fails with its switch off."""

from __future__ import annotations

import pytest

from tests._plain_helpers import ORCHARD, orchard_doc, paragraphs
from vitrina.structure import mapkeys
from vitrina.structure.footnotes import NOTE_LIMITS
from vitrina.structure.plainlayout import PLAIN_LIMITS

PROSE = ORCHARD
_doc = orchard_doc
_paragraphs = paragraphs


FACTS = [
    *PROSE,
    "THE GARDEN AT A GLANCE",
    "Planted Slopes above the river",
    "Trees Pears and apples",
    "Walls Brick, south facing",
    "Stoves Charcoal braziers",
    "Grafting by Hand",
    "Cuttings were wrapped in wet moss for the journey and set into stock trees in the first mild",
    "days of the year, most of them taking within a month.",
]


def test_a_fact_table_in_capitals_then_a_box(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = _doc(FACTS)
    assert [s.title for s in doc.sections][-1] == "Grafting by Hand"
    assert not any(text.startswith("Planted") for text in _paragraphs(doc))
    monkeypatch.setitem(PLAIN_LIMITS, "capitals_fact_rows", 0)
    assert [s.title for s in _doc(FACTS).sections][-1] != "Grafting by Hand"


TIMELINE = PROSE[:5] + [
    "and the pears trained flat against them ripened weeks before those of the open",
    "1790",
    "Orchard planted on",
    "the slope",
    "1815",
    "Walls raised in",
    "brick",
    "1840",
    "Stoves set behind",
    "the walls",
    "orchards, so that the house sent fruit to the market in the city before its neighbours did.",
]


def test_a_timeline_inside_a_paragraph(monkeypatch: pytest.MonkeyPatch) -> None:
    joined = ("The walls were built of brick so that the warmth of the sun would be kept through the night, and "
              "the pears trained flat against them ripened weeks before those of the open orchards, so that")
    assert any(text.startswith(joined) for text in _paragraphs(_doc(TIMELINE)))
    monkeypatch.setitem(PLAIN_LIMITS, "inside_timelines", 0)
    assert not any(text.startswith(joined) for text in _paragraphs(_doc(TIMELINE)))


CREDITED = PROSE[:5] + [
    "and the pears trained flat against them ripened weeks before those of the",
    "4",
    "\fAbove: The south wall of the garden with its pear trees, drawn in about 1820.",
    "Kreisbild Vellacott, Grafische Mappe 1820/3",
    "open orchards. The gardeners lit small stoves behind the walls in the coldest weeks of",
    "the spring to keep frost from the blossom.",
]


def test_a_credit_before_the_open_paragraph_goes_on(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = _doc(CREDITED)
    assert [b.credit for b in doc.blocks if b.kind == "caption"] == ["Kreisbild Vellacott, Grafische Mappe 1820/3"]
    monkeypatch.setitem(PLAIN_LIMITS, "open_text_credit_words", 0)
    assert [b.credit for b in _doc(CREDITED).blocks if b.kind == "caption"] != ["Kreisbild Vellacott, Grafische Mappe 1820/3"]


QUOTED = PROSE[:6] + [
    "gardeners lit small stoves behind the walls in the coldest weeks of the spring to keep it warm.",
    "“Nothing grew here until the",
    "walls went up.”",
    "— Jo Haddon, head gardener",
    "2 The Fruit Room",
    "Apples were stored on slatted shelves in a dark room under the house, each one wrapped in paper.",
]


def test_a_quotation_closing_a_paragraph_is_set_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    assert not any("Haddon" in text for text in _paragraphs(_doc(QUOTED)))
    monkeypatch.setitem(PLAIN_LIMITS, "closing_quote_lines", 0)
    assert any("Haddon" in text for text in _paragraphs(_doc(QUOTED)))


MAPPED = [*PROSE, "THE VALLEY", "1", "2", "3", "1 Upper orchard – pears", "2 Lower orchard – apples",
          "3 Fruit room – stores", "The Cider Press",
          "A press of oak stood in the yard, and the fallen fruit went to it every autumn for the farm."]


def test_a_maps_numbered_key_is_a_table(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = _doc(MAPPED)
    assert [s.title for s in doc.sections][-1] == "The Cider Press"
    assert not any("orchard –" in text for text in _paragraphs(doc))
    monkeypatch.setitem(mapkeys.KEY_LIMITS, "numbers", 0)
    assert [s.title for s in _doc(MAPPED).sections][-1] != "The Cider Press"


NOTED = PROSE[:3] + [
    "1 The Garden Walls",
    "The walls were raised in brick around the whole of the garden in 1815,¹",
    "and the pears trained flat against them ripened weeks before those of the open orchards. The",
    "gardeners lit small stoves behind the walls in the coldest weeks of the spring to keep",
    "¹ The estate accounts give the year of the bricks.",
    "4",
    "\ffrost from the blossom, a practice copied from the market gardens along the river.",
]


RAISED = "The walls were raised in brick around the whole of the garden in 1815, and the pears"


def test_a_raised_call_after_a_number(monkeypatch: pytest.MonkeyPatch) -> None:
    assert any(text.startswith(RAISED) for text in _paragraphs(_doc(NOTED)))
    monkeypatch.setitem(NOTE_LIMITS, "raised_after_figures", 0)
    assert not any(text.startswith(RAISED) for text in _paragraphs(_doc(NOTED)))
