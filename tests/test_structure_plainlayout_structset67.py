"""Raw text, round 52 (structset67): kickers in capitals of four to six words over numbered headings are
left out (``section_kicker_words``); a bare number before a year alone ("1 1790", a strip's numbered stop)
labels no heading (``figure_rest_labels``); a year closing a sentence on a line of its own is no page number
(``lines.ECHO_SWITCHES["sentence_end_numbers"]``); a footer naming the place and the number the running head
closes on is running wherever the extraction read it (``head_numbered_footers``); a dash line naming a source
closes the statement over it (``dash_sources_close``), which is set apart as a quotation
(``assemble.QUOTE_SWITCHES["sourced_statements"]``); a credit extracted right before its placed caption
credits it (``credit_before_caption``). Every text is invented."""

from __future__ import annotations

import pytest

from tests._plain_helpers import ORCHARD, orchard_doc, paragraphs
from vitrina.structure import assemble, lines
from vitrina.structure.plainlayout import PLAIN_LIMITS

BODY = [
    "The walls were built of brick so that the warmth of the sun would be kept through the night,",
    "and the pears trained flat against them ripened weeks before those of the open orchards. The",
    "gardeners lit small stoves behind the walls in the coldest weeks of the spring to keep",
    "frost from the blossom, a practice copied from the market gardens along the river.",
]

KICKED = [
    *ORCHARD[:3],
    "WALLS AGAINST THE FROST",
    "1.1 The Garden Walls",
    *BODY,
    "FRUIT FOR THE WINTER",
    "1.2 The Fruit Room",
    *BODY,
]


def test_four_word_kickers_over_numbered_headings_are_left_out(monkeypatch: pytest.MonkeyPatch) -> None:
    titles = [s.title for s in orchard_doc(KICKED).sections]
    assert "WALLS AGAINST THE FROST" not in titles and "FRUIT FOR THE WINTER" not in titles
    assert "The Fruit Room" in titles
    monkeypatch.setitem(PLAIN_LIMITS, "section_kicker_words", 3)
    assert "WALLS AGAINST THE FROST" in [s.title for s in orchard_doc(KICKED).sections]


STRIP = [
    *ORCHARD,
    "The last gardener left in 1911, and the walls stood empty until the house was sold.",
    "1 1790", "Trees planted", "2 1801", "Walls raised", "3 1822", "Stoves built", "4 1911", "Garden closed",
]


def test_a_numbered_stop_and_its_year_heads_no_section(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = orchard_doc(STRIP)
    assert not any(s.title.startswith("1790") or s.title == "1 1790" for s in doc.sections)
    assert any("walls stood empty" in text for text in paragraphs(doc))
    monkeypatch.setitem(PLAIN_LIMITS, "figure_rest_labels", 0)
    doc = orchard_doc(STRIP)
    assert any(s.label == "1" or s.title == "1 1790" for s in doc.sections)


YEAR_CLOSING = [
    *ORCHARD,
    "The last gardener left the house when its new owner sold the orchard to a builder in",
    "1911.",
    "Marrowby Museum of Gardens, MG 1990.4",
]


def test_a_year_closing_a_sentence_on_its_own_line_is_no_folio(monkeypatch: pytest.MonkeyPatch) -> None:
    assert "builder in 1911." in orchard_doc(YEAR_CLOSING).text
    monkeypatch.setitem(lines.ECHO_SWITCHES, "sentence_end_numbers", 0)
    assert "1911." not in orchard_doc(YEAR_CLOSING).text


FOOTED = [
    "EAST WING · PANEL 4",
    *ORCHARD,
    "Marrowby Museum of Gardens · The Walled Room 4",
    "2 The Fruit Room",
    *BODY,
]


def test_a_footer_closing_on_the_heads_number_is_running(monkeypatch: pytest.MonkeyPatch) -> None:
    assert "The Walled Room" not in orchard_doc(FOOTED).text
    monkeypatch.setitem(lines.ECHO_SWITCHES, "head_numbered_footers", 0)
    assert "The Walled Room" in orchard_doc(FOOTED).text


SOURCED = [
    *ORCHARD[:3],
    "GARDEN WALLS",
    "1.1 The Garden Walls",
    *BODY[:3],
    "frost from the blossom.",
    "A wall of brick is a store of the",
    "summer sun for the winter frost.",
    "\u2014 Ada Reeve, head gardener, 1902",
    "FRUIT ROOM",
    "1.2 The Fruit Room",
    *BODY,
]


def test_a_dash_source_closes_the_statement_and_sets_it_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = orchard_doc(SOURCED)
    assert "The Fruit Room" in [s.title for s in doc.sections]
    assert not any("Ada Reeve" in text or "store of the summer" in text for text in paragraphs(doc))
    monkeypatch.setitem(assemble.QUOTE_SWITCHES, "sourced_statements", 0)
    assert any("store of the summer" in text for text in paragraphs(orchard_doc(SOURCED)))
    monkeypatch.setitem(PLAIN_LIMITS, "dash_sources_close", 0)
    monkeypatch.setitem(PLAIN_LIMITS, "unquoted_attributions", 0)  # (round 56's rule closes the block too)
    assert "The Fruit Room" not in [s.title for s in orchard_doc(SOURCED).sections]


CREDIT_FIRST = [
    *ORCHARD[:4],
    "The walls were built of brick so that the warmth of the sun would be kept through the night,",
    "and the pears trained flat against them ripened weeks before those of the open orchards. The",
    "gardeners lit small stoves behind the walls in the coldest weeks of the spring, so that",
    "Courtesy of the Marrowby",
    "Garden Trust, MGT 1988.2",
    "Left: A stove from the",
    "east wall, cast iron, 1850.",
    "frost never reached the blossom, a practice copied from the market gardens along the river.",
]


def test_a_credit_read_before_its_placed_caption_credits_it(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = orchard_doc(CREDIT_FIRST)
    credits = [b.credit for b in doc.blocks if b.kind == "caption"]
    assert credits == ["Courtesy of the Marrowby Garden Trust, MGT 1988.2"]
    assert not any("Courtesy" in text for text in paragraphs(doc))
    monkeypatch.setitem(PLAIN_LIMITS, "credit_before_caption", 0)
    assert [b.credit for b in orchard_doc(CREDIT_FIRST).blocks if b.kind == "caption"] != credits


STRIP_CAPTION = [
    *STRIP,
    "A pear stove from the east wall, cast iron, made by a foundry in Leeds in",
    "1850.",
    "Marrowby Garden Trust, MGT 1988.2",
]


def test_a_stops_name_opens_no_caption(monkeypatch: pytest.MonkeyPatch) -> None:
    caption = "A pear stove from the east wall, cast iron, made by a foundry in Leeds in 1850."
    doc = orchard_doc(STRIP_CAPTION)
    assert [doc.text[b.start : b.end].split(" Marrowby")[0] for b in doc.blocks if b.kind == "caption"] == [caption]
    monkeypatch.setitem(PLAIN_LIMITS, "figure_rest_labels", 0)
    doc = orchard_doc(STRIP_CAPTION)
    assert [doc.text[b.start : b.end].split(" Marrowby")[0] for b in doc.blocks if b.kind == "caption"] != [caption]



def test_a_running_head_closing_on_its_folio_and_repeating_a_heading_is_running() -> None:
    text = "\n".join(["2 \u00b7 The Fruit Room 13", *BODY, "2 The Fruit Room", *BODY, "The Fruit Room 14"])
    found = lines.split_lines(text, None).lines
    echoes = lines._folio_heading_echoes(found, [found[0], found[-1]])
    assert echoes == {id(found[0])}  # (a title alone and a folio repeats no line: "The Fruit Room" is no line)
