"""Plain-text reader, round 56 (structset75): a margin note read into the line before the text it parts
(``notes_before_text``); a caption set inside a paragraph with its credit first, however full its line
(``credit_led_insets``); a jump line after its story's slug (``slugged_jumps``); a masthead named by the
running line and its issue line (``named_mastheads``); an index box of names and page numbers
(``contents.paged_contents_apart``). Invented pages."""

from __future__ import annotations

import pytest

from tests._plain_helpers import paragraphs
from vitrina.structure import rebuild
from vitrina.structure.contents import CONTENTS
from vitrina.structure.plainlayout import PLAIN_LIMITS, is_jump_line, jumps_from

CHARTER = [
    "The Salt Road",
    "Carts from the hills brought salt down to the valley every week in the eighteenth century,",
    "and the town grew up around the inn where the carters rested their horses overnight.",
    "1 The Market Hall",
    "The market was held in the open square until the merchants were granted a charter.1",
    "1 On the charter see chapter 2. With",
    "the charter came the right to build a hall, and the merchants paid for it by a toll on",
    "every cart that passed the bridge. The hall was finished in 1770, and its upper room",
    "served as a school, a court and a ballroom for the next hundred years,2",
    "2 The ballroom was closed in 1870. until the",
    "town built a new school on the hill above the river and the court moved to the county town.",
]

HALL = ("The market was held in the open square until the merchants were granted a charter. With the charter "
        "came the right to build a hall, and the merchants paid for it by a toll on every cart that passed the "
        "bridge. The hall was finished in 1770, and its upper room served as a school, a court and a ballroom for "
        "the next hundred years, until the town built a new school on the hill above the river and the court "
        "moved to the county town.")


def _doc(*pages: list[str]):
    return rebuild("".join("\n".join(page) + "\n\f" for page in pages), "salt", "salt.txt", "text")


def test_a_note_read_before_the_text_it_parts_leaves_the_text_whole() -> None:
    assert HALL in paragraphs(_doc(CHARTER))


def test_without_the_switch_the_note_keeps_the_text_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(PLAIN_LIMITS, "notes_before_text", 0)
    assert HALL not in paragraphs(_doc(CHARTER))


TURN = (
    ["The Salt Road",
     "Carts from the hills brought salt down to the valley every week in the eighteenth century,",
     "and the town grew up around the inn where the carters rested their horses overnight.",
     "The Market Hall",
     "The market was held in the open square until the merchants were granted a charter in 1750,",
     "and the hall they built with the tolls of the bridge still stands at the end of the street, where"],
    ["Courtesy of the Valley Museum, VM 12.4",
     "A carter's brass bell from the salt road, worn smooth by use, about 1760, cast locally.",
     "the carts once stopped to be weighed before they crossed the river into the old town.",
     "Its upper room served as a school, a court and a ballroom for more than a hundred years."],
)


def _captions(doc) -> list[tuple[str, str | None]]:
    return [(doc.text[b.start : b.end], b.credit) for b in doc.blocks if b.kind == "caption"]


def test_a_credit_first_caption_at_a_page_turn_is_one_however_full() -> None:
    doc = _doc(*TURN)
    assert _captions(doc) == [("A carter's brass bell from the salt road, worn smooth by use, about 1760, cast locally.",
                               "Courtesy of the Valley Museum, VM 12.4")]
    assert any(p.endswith("where the carts once stopped to be weighed before they crossed the river into the old town.")
               for p in paragraphs(doc))


def test_without_the_switch_the_full_caption_is_read_into_the_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(PLAIN_LIMITS, "credit_led_insets", 0)
    assert _captions(_doc(*TURN)) == []


def test_a_slug_before_a_jump_back_is_a_jump_line() -> None:
    assert is_jump_line("Mill race, continued from page 1") and jumps_from("Mill race, continued from page 1")
    assert not is_jump_line("Mill race, continued on page 4")  # (a slug goes on the carried-over part only)
    assert not is_jump_line("In the end, continued from page 1 the carts were")


def test_without_the_switch_the_slugged_line_is_none(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(PLAIN_LIMITS, "slugged_jumps", 0)
    assert not is_jump_line("Mill race, continued from page 1")


GAZETTE = (
    ["THE VALLEY GAZETTE", "Newsletter of the Valley Society No. 12 - Winter", "Carts on the Salt Road",
     "Carts from the hills brought salt down to the valley every week in the eighteenth century,",
     "and the town grew up around the inn where the carters rested their horses overnight.",
     "The Valley Gazette - No. 12 - Winter 1"],
    ["4 The Valley Gazette - No. 12 - Winter",
     "The market was held in the open square until the merchants were granted a charter in 1750,",
     "and the hall they built with the tolls of the bridge still stands at the end of the street."],
)


def test_a_masthead_named_in_the_running_line_is_left_out_with_its_issue_line() -> None:
    doc = _doc(*GAZETTE)
    assert [(s.label, s.title) for s in doc.sections] == [(None, "Carts on the Salt Road")]
    assert not any("Gazette" in p or "Newsletter" in p for p in paragraphs(doc))


def test_without_the_switch_the_masthead_stays(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(PLAIN_LIMITS, "named_mastheads", 0)
    doc = _doc(*GAZETTE)
    assert [(s.label, s.title) for s in doc.sections] != [(None, "Carts on the Salt Road")]


INDEX = [
    "The Salt Road",
    "Carts from the hills brought salt down to the valley every week in the eighteenth century,",
    "and the town grew up around the inn where the carters rested their horses overnight.",
    "1 The Market Hall",
    "The market was held in the open square until the merchants were granted a charter in 1750.",
    "The hall they built with the tolls of the bridge still stands at the end of the main street.",
    "IN THIS ISSUE",
    "The salt road today 1, 3",
    "Notes from the archive 2",
    "Meetings and outings 5",
    "2 The Bridge",
    "The bridge was rebuilt in stone in 1802 after a flood carried the old timber one away.",
]


def test_an_index_box_of_page_numbers_is_no_section() -> None:
    doc = _doc(INDEX)
    assert [s.title for s in doc.sections] == ["The Salt Road", "The Market Hall", "The Bridge"]
    assert not any(p.startswith("The salt road today") for p in paragraphs(doc))


def test_without_the_limit_the_index_box_is_a_section(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(CONTENTS, "paged_lines", 0)
    assert "IN THIS ISSUE" in [s.title for s in _doc(INDEX).sections]


PANEL = [
    "The Salt Road",
    "Carts from the hills brought salt down to the valley every week in the eighteenth century,",
    "and the town grew up around the inn.",
    "The bells of the carts could be heard",
    "long before the horses came round",
    "the hill and into the town.",
    "- a carter's daughter, remembering the road in 1850",
    "ON THE ROAD",
    "1 The Market Hall",
    "The market was held in the open square until the merchants were granted a charter, and the",
    "hall they built with the tolls of the bridge still stands at the end of the street, where",
    "[museum photograph]",
    "the carts once stopped to be weighed before they crossed the river into the old town.",
    "Valley Museum - The Salt Road 3",
]
MARKET = ("The market was held in the open square until the merchants were granted a charter, and the hall they "
          "built with the tolls of the bridge still stands at the end of the street, where the carts once stopped "
          "to be weighed before they crossed the river into the old town.")


def test_an_unquoted_quotation_with_its_described_source_is_set_apart() -> None:
    assert paragraphs(_doc(PANEL)) == [
        "Carts from the hills brought salt down to the valley every week in the eighteenth century, and the town "
        "grew up around the inn.", MARKET]


def test_without_the_switch_the_source_line_runs_on_into_the_next_section(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(PLAIN_LIMITS, "unquoted_attributions", 0)
    assert any("ON THE ROAD" in p for p in paragraphs(_doc(PANEL)))


def test_without_described_sources_the_quotation_stays_text(monkeypatch: pytest.MonkeyPatch) -> None:
    from vitrina.structure.assemble import QUOTE_SWITCHES

    monkeypatch.setitem(QUOTE_SWITCHES, "described_sources", 0)
    assert any(p.startswith("The bells of the carts") for p in paragraphs(_doc(PANEL)))


def test_a_bracketed_placeholder_inside_a_sentence_is_no_text(monkeypatch: pytest.MonkeyPatch) -> None:
    assert MARKET in paragraphs(_doc(PANEL))
    monkeypatch.setitem(PLAIN_LIMITS, "placeholder_words", 0)
    assert MARKET not in paragraphs(_doc(PANEL))


def test_a_closing_footer_with_its_folio_is_no_text(monkeypatch: pytest.MonkeyPatch) -> None:
    from vitrina.structure.lines import ECHO_SWITCHES

    doc = _doc(PANEL)
    assert "Valley Museum" not in doc.text[doc.blocks[-1].start :]
    monkeypatch.setitem(ECHO_SWITCHES, "folioed_closing_footer", 0)
    doc = _doc(PANEL)
    assert "Valley Museum" in doc.text[doc.blocks[-1].start :]
