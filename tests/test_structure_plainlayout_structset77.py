"""Round 57 (structset77, raw text): a caption set inside a paragraph in a measure wider than the column's (a
picture across both columns mid-page) is the picture's, with its credit (``wide_inset_captions``); a name line
opening a later page of folioed pages, the text going on under it in lower case, is that page's running head
(``lines.ECHO_SWITCHES["cut_page_heads"]``). Every text is invented."""

from __future__ import annotations

import pytest

from tests._plain_helpers import paragraphs
from vitrina.structure import rebuild
from vitrina.structure.lines import ECHO_SWITCHES
from vitrina.structure.plainlayout import PLAIN_LIMITS

WIDE_CAPTION = [
    "The Rope Walk",
    "Hemp came up the river in bales",
    "from the docks, and the spinners",
    "walked backwards along the shed",
    "twisting the yarn as they went.",
    "The shed was a quarter of a mile",
    "long and so narrow that two men",
    "could hardly pass, and the owners",
    "kept it unheated for fear of",
    "A ropemaker's hook and jack from the walk, with the owner's initials cut in the handle.",
    "Riverside Trades Collection, RTC 44/2",
    "fire among the dry hemp.",
    "The ropes went to the navy yard",
    "by barge every second week.",
]

ROPE = ("The shed was a quarter of a mile long and so narrow that two men could hardly pass, and the owners kept "
        "it unheated for fear of fire among the dry hemp.")
HOOK = "A ropemaker's hook and jack from the walk, with the owner's initials cut in the handle."


def _doc(lines: list[str], pages: list[list[str]] | None = None):
    text = "\n\f".join("\n".join(page) for page in (pages or [lines])) + "\n\f"
    return rebuild(text, "rope", "rope.txt", "text")


def _captions(doc) -> list[tuple[str, str | None]]:
    return [(doc.text[b.start : b.end], b.credit) for b in doc.blocks if b.kind == "caption"]


def test_a_wide_caption_inside_a_paragraph_is_the_pictures() -> None:
    doc = _doc(WIDE_CAPTION)
    assert (HOOK, "Riverside Trades Collection, RTC 44/2") in _captions(doc)
    assert any(ROPE in text for text in paragraphs(doc))


def test_wide_inset_captions_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(PLAIN_LIMITS, "wide_inset_captions", 0)
    assert not any(ROPE in text for text in paragraphs(_doc(WIDE_CAPTION)))


def test_a_caption_in_the_columns_measure_needs_the_short_line() -> None:
    lines = [*WIDE_CAPTION[:9], "A ropemaker's hook and jack", "from the walk, kept in full.", *WIDE_CAPTION[10:]]
    assert not any(text.startswith("A ropemaker") for text, _ in _captions(_doc(lines)))


PAGE_ONE = [
    "Trades of the River",
    "The Rope Walk",
    "Hemp came up the river in bales from the docks, and the spinners walked",
    "backwards along the shed twisting the yarn as they went. The shed was a",
    "quarter of a mile long and so narrow that two men could hardly pass, and",
    "the owners kept it unheated for fear of fire among the",
    "32",
]
PAGE_TWO = [
    "Hemp and Tar",
    "dry hemp. The ropes went to the navy yard by barge every second week, and",
    "the tar boilers stood at the far end of the walk, away from the spinners.",
    "The walk closed when wire rope took its trade in the last years of the",
    "century, and the shed was pulled down soon after.",
    "33",
]
TURN = ("quarter of a mile long and so narrow that two men could hardly pass, and the owners kept it unheated for "
        "fear of fire among the dry hemp.")


def test_a_name_line_over_a_sentence_going_on_is_the_pages_running_head() -> None:
    doc = _doc([], [PAGE_ONE, PAGE_TWO])
    assert any(TURN in text for text in paragraphs(doc))
    assert "Hemp and Tar" not in doc.text


def test_cut_page_heads_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(ECHO_SWITCHES, "cut_page_heads", 0)
    assert "Hemp and Tar" in _doc([], [PAGE_ONE, PAGE_TWO]).text


def test_a_heading_over_a_new_sentence_stays() -> None:
    page = [PAGE_TWO[0], "Dry hemp was stored in the loft over the walk, away from the boilers and", *PAGE_TWO[2:]]
    assert "Hemp and Tar" in _doc([], [PAGE_ONE, page]).text


# A folded leaflet: the cover with a contents list naming the inside's headings, a back panel saying the title
# again, then inside pages whose panel numbers (tabs at the page's edge) are read after their headings: alone
# under the first ones, one on the heading's own line.
COVER = [
    "A RIVERSIDE WALK",
    "Millbrook",
    "A Town of Ropes, 1790",
    "In 1790 a family of rope makers moved their works from the crowded",
    "quays of the port to meadows beside the brook, and built cottages",
    "for their spinners around the new sheds.",
    "Inside:",
    "1 The Old Quays",
    "2 Sheds by the Brook",
    "3 A Village Grows",
    "Getting There",
    "The sheds stand a short walk from the station along the towpath.",
    "Millbrook",
    "A Town of Ropes, 1790",
]
INSIDE = [
    "The Old Quays",
    "1",
    "The first rope walk stood behind the warehouses of the port, where the hemp",
    "came ashore and the finished ropes went straight on board the ships.",
    "Sheds by the Brook",
    "2",
    "The new walk was laid out on flat ground beside the brook, a quarter of a",
    "mile long and roofed against the rain along its whole length.",
    "A Village Grows 3",
    "The owners built cottages for the spinners along two lanes running down to",
    "the water, each with a garden and a pump shared with its neighbour.",
]


def _sections(doc) -> list[tuple[str | None, str]]:
    return [(section.label, section.title) for section in doc.sections]


def test_tab_numbers_after_headings_label_them() -> None:
    sections = _sections(_doc([], [COVER, INSIDE]))
    assert ("1", "The Old Quays") in sections
    assert ("2", "Sheds by the Brook") in sections
    assert ("3", "A Village Grows") in sections


def test_the_contents_list_and_the_repeated_title_open_no_section() -> None:
    doc = _doc([], [COVER, INSIDE])
    titles = [title for _, title in _sections(doc)]
    assert titles.count("Millbrook A Town of Ropes, 1790") == 1 and "Millbrook" not in titles
    assert ("", "Getting There") in _sections(doc) or (None, "Getting There") in _sections(doc)
    tables = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "table"]
    assert "3 A Village Grows" in tables


@pytest.mark.parametrize(("table", "switch"), [
    (ECHO_SWITCHES, "heading_numbers_kept"), (PLAIN_LIMITS, "glued_heading_numbers"),
    (PLAIN_LIMITS, "listed_contents"), (PLAIN_LIMITS, "repeated_titles")])
def test_the_leaflet_switches(monkeypatch: pytest.MonkeyPatch, table: dict, switch: str) -> None:
    before = _sections(_doc([], [COVER, INSIDE]))
    monkeypatch.setitem(table, switch, 0)
    assert _sections(_doc([], [COVER, INSIDE])) != before


# A panel's title, its deck in title case and the panel's date line (a place and a span) over the introduction.
DATED = [
    "HALL 2 · THE NAVY YARD",
    "Twisting the Yarn",
    "Jan van Hoorn and the Rope Yard, 1790",
    "Chatham, 1790–1842",
    "For two generations every cable of the fleet was laid by hand in a shed behind the",
    "dockyard wall, from hemp that the barges brought down the river from the farms of",
    "the flat country. A family of rope makers from the north ran the shed and kept its",
    "books, and their ledgers show how much hemp, tar and labour went into every cable.",
    "1 The Spinners",
    "The spinners walked backwards along the shed all",
    "day, paying out the yarn from the bundles of fibre",
    "tied round their waists while a boy turned the",
    "wheel at the far end to give the yarn its twist. A",
    "good spinner walked many miles in a day and was",
    "paid by the length of yarn he laid, less a fine",
    "for every broken end found by the foreman.",
    "2 The Tar House",
    "The finished yarn was drawn through a copper of hot",
    "tar before it was laid into rope, to keep the damp",
    "out of the fibre on long voyages, and the smell of",
    "the tar house hung over the whole of the yard on",
    "still days in the summer months of every year.",
    "3 The Cable Store",
    "Finished cables were coiled in a long store by the",
    "river wall, each tagged with its length and weight",
    "and the name of the ship it was made for, until a",
    "barge came to carry it down to the fleet anchored",
    "off the mouth of the river in the spring months.",
    "The store burned twice in the last century of the",
    "walk, and each time the navy paid for it to be",
    "built again on the same ground beside the water.",
]


def test_a_title_case_deck_over_the_panels_date_line_joins_the_title() -> None:
    doc = _doc(DATED)
    assert doc.sections[0].title == "Twisting the Yarn Jan van Hoorn and the Rope Yard, 1790"
    assert paragraphs(doc)[0].startswith("For two generations")


def test_dated_decks_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(PLAIN_LIMITS, "dated_decks", 0)
    assert "Chatham" in _doc(DATED).sections[0].title


# A note called by a symbol glued to a year, set across the page at its foot in one line, going on over the page.
NOTE_ONE = [
    "The Rope Walk",
    "The walk opened in 1790* on flat ground beside the river,",
    "and its first spinners came from the old walk at the port,",
    "bringing their own hooks and wheels with them on the",
    "* The walk's first ledger is lost; the yard's own accounts give 1790 for the opening, and the",
    "Page 1 of 2",
]
NOTE_TWO = [
    "carts of the rope maker, who paid for the move himself.",
    "The shed was roofed in slate along its whole length.",
    "first cable laid there the spring after.",
    "Page 2 of 2",
]
MOVE = ("The walk opened in 1790 on flat ground beside the river, and its first spinners came from the old walk at "
        "the port, bringing their own hooks and wheels with them on the carts of the rope maker, who paid for the "
        "move himself.")


def test_a_symbol_note_set_wide_in_one_line_goes_on_over_the_page(monkeypatch: pytest.MonkeyPatch) -> None:
    from vitrina.structure.footnotes import NOTE_LIMITS

    assert any(MOVE in text for text in paragraphs(_doc([], [NOTE_ONE, NOTE_TWO])))
    monkeypatch.setitem(NOTE_LIMITS, "carried_line_words", 0)
    assert not any(MOVE in text for text in paragraphs(_doc([], [NOTE_ONE, NOTE_TWO])))


def test_symbols_after_figures_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    from vitrina.structure.footnotes import NOTE_LIMITS

    monkeypatch.setitem(NOTE_LIMITS, "symbols_after_figures", 0)
    assert not any(MOVE in text for text in paragraphs(_doc([], [NOTE_ONE, NOTE_TWO])))


def test_a_page_opening_mid_sentence_is_no_running_head() -> None:
    page = ["on the barges. The walk closed in", *PAGE_TWO[1:]]
    assert "on the barges" in _doc([], [PAGE_ONE, page]).text


def test_a_wide_note_inside_a_paragraph_is_no_caption() -> None:
    lines = [*WIDE_CAPTION[:9], "¹ The walk's first ledger is lost, and the date of its opening comes from the navy's books.",
             *WIDE_CAPTION[10:]]
    assert not any(text.startswith("¹") for text, _ in _captions(_doc(lines)))


def test_a_place_and_date_under_an_undated_deck_is_read_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [DATED[0], "The Long Walk:", "Ropes for a Navy", "Chatham, 1790", *DATED[4:]]
    title = _doc(lines).sections[0].title
    monkeypatch.setitem(PLAIN_LIMITS, "dated_decks", 0)
    assert _doc(lines).sections[0].title == title
