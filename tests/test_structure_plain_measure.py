"""Plain text's paragraph ends on the paragraph's own measure, and list items after a
sentence end (vitrina.structure.plainlayout). Every text is invented."""

from __future__ import annotations

from vitrina.structure import rebuild


def _paragraphs(lines: list[str]) -> list[str]:
    doc = rebuild("\n".join(["Crossing the Water", *lines]) + "\n", "ferry", "ferry.txt", "text")
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]


# A page opening on the full measure, then a narrow column (as a leaflet's panels).
WIDE = [
    "The ferry crossed the estuary four times a day from the spring tides until the first gales of",
    "autumn, and for most of the nineteenth century it was the only way to reach the market town",
    "without a day's ride round the head of the water.",
]
NARROW = [
    "The first boat was a flat punt that",
    "carried a cart and two horses. It was",
    "poled across at slack water by the",
    "ferryman and his brother. The fare",
    "was a penny for a walker and twice",
    "that for a horse, paid at the slip.",
    "A steam launch took its place in the",
    "year the railway came.",
    "She carried forty passengers and ran",
    "to a timetable posted at the inn.",
]


def test_a_paragraph_ends_short_on_its_own_measure_not_the_page() -> None:
    # "paid at the slip." fills the narrow column: the paragraph goes on there, though
    # the page's full line (the wide opening) would have taken the next word
    found = _paragraphs([*WIDE, *NARROW])
    assert found == [" ".join(WIDE), " ".join(NARROW[:8]), " ".join(NARROW[8:])]


def test_a_numbered_item_after_a_sentence_end_opens_a_new_block() -> None:
    # the sentence before fills its line: only the item's number says a new block opens
    items = ["1. Which bank had the slip for the", "launch?", "2. Why was the punt poled at slack?"]
    found = _paragraphs([*NARROW[:6], *items])
    assert found[-2:] == [" ".join(items[:2]), items[2]]


def test_a_crosshead_in_a_narrow_column_under_wider_text_is_a_heading() -> None:
    crosshead = "The Steam Launch"
    doc = rebuild("\n".join(["Crossing the Water", *WIDE, *NARROW[:6], crosshead, *NARROW[6:]]) + "\n",
                  "ferry", "ferry.txt", "text")
    assert [s.title for s in doc.sections] == ["Crossing the Water", crosshead]
    paragraphs = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert paragraphs[-2].startswith("A steam launch took its place")


# An introduction set across the page under the title, its first sentence ending at a
# line end, over a body in a narrower column.
INTRO = [
    "The ferry crossed the estuary four times a day from spring until the gales came.",
    "For most of the nineteenth century it was the only way to reach the market town without",
    "a day's ride round the head of the water, and it carried carts, cattle and the post.",
    "This panel follows the crossing from its punts to its last steam launch.",
]
MORE = [
    "In the hard winter of the flood year",
    "the river froze from bank to bank and",
    "the ferry lay idle for six weeks. The",
    "townspeople walked across the ice to",
    "market, and a fair was held on it for",
    "three days before the thaw began and",
    "the boats came out again.",
    "The last ferryman kept a ledger of",
    "every crossing he made, with the",
    "weather, the tide and the number of",
    "passengers in columns ruled by hand.",
    "It runs to eleven volumes and ends",
    "on the day the bridge was opened by",
    "the mayor, who crossed it on foot.",
    "A model of the punt, made by his",
    "grandson from the old drawings, now",
    "stands in the hall of the library",
    "with the ledgers beside it in a case",
    "of their own.",
    "Visitors may ask to see the pages",
    "for a date of their choosing.",
]


def test_a_wide_introduction_going_on_past_a_sentence_end_is_no_caption() -> None:
    doc = rebuild("\n".join(["Crossing the Water", *INTRO, *NARROW, *MORE]) + "\n", "ferry", "ferry.txt", "text")
    assert not [b for b in doc.blocks if b.kind == "caption"]
    paragraphs = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert paragraphs[0] == " ".join(INTRO)


def test_a_wide_caption_between_narrow_paragraphs_is_still_a_caption() -> None:
    caption = ["The steam launch at the slip, with the ferryman's brother at the wheel and the inn",
               "behind."]
    doc = rebuild("\n".join(["Crossing the Water", *NARROW[:6], *caption, *NARROW[6:], *MORE]) + "\n",
                  "ferry", "ferry.txt", "text")
    assert [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "caption"] == [" ".join(caption)]
