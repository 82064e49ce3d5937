"""Raw text, round 51 (structset65): margin paragraph numbers printed on lines of their own
(``paragraph_marks``); a table of figures read into a sentence (``figure_rows``); a timeline strip
written out a cell at a time (``year_strips``); a fact table's run closing on a label line and a title
(``fact_run_label_heads``); a quotation closed in ’ with a name and role under it (``role_attributions``);
a numbered title at a page's foot that is no footnote (``counted_heads``); a footer read mid-page
(``paged_echoes``); a jump lead pointed by an arrow (``pointed_bare_jumps``); a register number with a
shelf letter wrapped under its credit. Every text is invented; each test fails with its switch off."""

from __future__ import annotations

import pytest

from tests._plain_helpers import ORCHARD, orchard_doc, paragraphs
from vitrina.structure import assemble, footnotes, lines, plainlayout
from vitrina.structure.assemble import role_attribution
from vitrina.structure.captions import register_number_wraps
from vitrina.structure.plainlayout import PLAIN_LIMITS, is_jump_line

MARKED = [
    *ORCHARD[:4],
    "The walls were built of brick so that the warmth of the sun would be kept through the",
    "\u00b6 1",
    "night, and the pears trained flat against them ripened weeks before those of the orchards.",
    "The gardeners lit small stoves behind the walls in the coldest weeks of the spring so",
    "\u00b6 2",
    "that the frost kept off the blossom, a practice copied from the market gardens nearby.",
    "In the hardest winters the river froze over and the gardeners sold their pears on the",
    "ice to the skaters who came down from the town, a fair that lasted until the thaw came.",
]


def test_margin_paragraph_numbers_are_no_text(monkeypatch: pytest.MonkeyPatch) -> None:
    assert not any("\u00b6" in text for text in paragraphs(orchard_doc(MARKED)))
    monkeypatch.setitem(PLAIN_LIMITS, "paragraph_marks", 0)
    assert any("\u00b6" in text for text in paragraphs(orchard_doc(MARKED)))


FIGURES = [
    *ORCHARD[:5],
    "and the gardeners counted the trees they had grafted by the row, so that the yield of each",
    "could be weighed against its neigh-",
    "Rows and trees",
    "Row Trees",
    "1 12",
    "2 14",
    "3 9",
    "bours at the end of every summer, when the pears were picked and sent down the river.",
]


def test_a_table_of_figures_inside_a_sentence_is_no_text(monkeypatch: pytest.MonkeyPatch) -> None:
    assert any("its neighbours at the end" in text for text in paragraphs(orchard_doc(FIGURES)))
    monkeypatch.setitem(PLAIN_LIMITS, "figure_rows", 0)
    assert not any("its neighbours at the end" in text for text in paragraphs(orchard_doc(FIGURES)))


STRIP = [*ORCHARD, "1", "1790", "Orchard planted", "2", "1815", "Walls raised in", "brick", "3", "1840",
         "Stoves set in", "4", "1871", "Garden sold", "DATES"]


def test_a_timeline_strip_written_out_is_held_out(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = orchard_doc(STRIP)
    assert not any("Orchard planted" in doc.text[b.start : b.end] for b in doc.blocks)
    monkeypatch.setitem(PLAIN_LIMITS, "year_strips", 0)
    doc = orchard_doc(STRIP)
    assert any("Orchard planted" in doc.text[b.start : b.end] for b in doc.blocks)


def test_a_quotation_closed_in_a_single_mark_with_its_speaker(monkeypatch: pytest.MonkeyPatch) -> None:
    assert role_attribution("Ann Hebden, keeper") and role_attribution("Ann Hebden, head gardener, 1820")
    assert not role_attribution("The gardeners, who lit the stoves at night.")
    monkeypatch.setitem(assemble.QUOTE_SWITCHES, "role_attributions", 0)
    quote = orchard_doc([*ORCHARD[:4], "The walls kept the warmth of the sun through the night.",
                         "\u2018We lit the stoves and waited for the frost.\u2019", "Ann Hebden, keeper"])
    assert any("Ann Hebden" in text for text in paragraphs(quote))


def test_a_jump_lead_pointed_by_an_arrow(monkeypatch: pytest.MonkeyPatch) -> None:
    assert is_jump_line("continued \u00bb") and not is_jump_line("continued")
    monkeypatch.setitem(PLAIN_LIMITS, "pointed_bare_jumps", 0)
    assert not is_jump_line("continued \u00bb")


def test_a_shelf_letter_before_a_register_number() -> None:
    assert register_number_wraps("Lent by the Orchard Library, OLM", "R.204")
    assert not register_number_wraps("Lent by the Orchard Library, OLM", "the river")


FOOT = [
    "The Orchard House",
    "1 The Garden Walls",
    "The walls were built of brick so that the warmth of the sun would be kept through the night,",
    "and the pears ripened weeks before those of the open orchards, as a visitor wrote in 1814.3",
    "2 The Stoves",
    "The gardeners lit small stoves behind the walls in the coldest weeks of the spring to keep",
    "the frost from the blossom, a practice copied from the market gardens along the river.",
    "3 The Frost Fairs",
    "In the hardest winters the river froze and the gardeners sold pears on the ice.",
]


def test_a_numbered_title_at_the_page_foot_is_no_note(monkeypatch: pytest.MonkeyPatch) -> None:
    found = lines.split_lines("\n".join(FOOT) + "\n").lines
    tail = found[-2:]
    assert footnotes._counted_head(tail, found)
    assert not footnotes._counted_head(found[-6:], found)  # a line of prose opens no numbered title
    monkeypatch.setitem(footnotes.NOTE_LIMITS, "counted_heads", 0)
    assert not footnotes._counted_head(tail, found)


def test_a_footer_read_mid_page_is_running(monkeypatch: pytest.MonkeyPatch) -> None:
    pages = [
        ["The Orchard House", *ORCHARD[1:3], "Orchard House \u00b7 Riverside Museum 1", *ORCHARD[3:]],
        ["Orchard House \u00b7 Riverside Museum 2", "2 The Stoves", *ORCHARD[4:8]],
    ]
    text = "\n".join("\n".join(page) + "\n\f" for page in pages)
    from vitrina.structure import rebuild

    doc = rebuild(text, "orchard", "orchard.txt", "text")
    assert not any("Riverside Museum" in doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph")
    monkeypatch.setitem(lines.ECHO_SWITCHES, "paged_echoes", 0)
    doc = rebuild(text, "orchard", "orchard.txt", "text")
    assert any("Riverside Museum" in doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph")


RUN_HEAD = [
    "The garden in figures",
    "Planted 1790",
    "Walls raised 1815",
    "Stoves set 1840",
    "Frost Fairs on the River",
    "In the hardest winters the river froze and the gardeners sold their pears on the ice to the",
    "skaters who came down from the town, and they opened their stalls every morning at six a.m.",
]


def test_a_run_head_over_prose_closing_on_an_abbreviation(monkeypatch: pytest.MonkeyPatch) -> None:
    found = lines.split_lines("\n".join(RUN_HEAD) + "\n").lines
    assert plainlayout._title_case_run_head(found[:5], found[5:])
    monkeypatch.setitem(PLAIN_LIMITS, "run_head_lenient_close", 0)
    assert not plainlayout._title_case_run_head(found[:5], found[5:])
