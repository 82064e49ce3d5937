"""Raw text of a page of cards (a narrow grid extracted card by card): headings set in
capitals wrapped over two lines, each card's corner badge printed after its text, a
caption with its credit wrapped in a narrow margin. Every text is invented."""

from __future__ import annotations

from vitrina.structure import rebuild

INTRO = [
    "The Salt Marsh Mills:",
    "Wind and Tide on the Estuary",
    "For three hundred years the villages along the estuary ground their corn with",
    "the power of the tide and the wind, and a few of their mills still stand today.",
]
CARD_ONE = [
    "THE MILL ON THE",
    "CREEK DAM",
    "The tide mill stood on a",
    "dam across the creek and",
    "ground corn whenever the",
    "sea ran out, its wheel",
    "turned by the water held",
    "back at high tide.",
    "The miller kept the sluice",
    "gates himself and let the",
    "pond fill on every flood, so",
    "that the wheel could turn",
    "for four hours or more on",
    "each ebb, by day or night.",
]
CARD_TWO = [
    "A SAILS OVER THE",
    "MARSH",
    "The windmill on the bank",
    "was built after a dry year",
    "left the millpond empty for",
    "most of the summer months,",
    "and the owners wanted a mill",
    "that would grind in any tide.",
    "The sails were covered with",
    "canvas and turned to face",
    "the wind.",
    "The windmill on the bank in a painting",
    "of the last century.",
    "B",
    "Photo: Ada",
    "Marr / Dene",
    "Valley Archive",
]
CARD_THREE = [
    "THE LAST MILLER",
    "The last miller kept the",
    "sluice gates himself and",
    "knew every sandbank of",
    "the channel by heart.",
    "C",
]


def _doc():
    text = "\n".join([*INTRO, *CARD_ONE, *CARD_TWO]) + "\n\f" + "\n".join(CARD_THREE) + "\n"
    return rebuild(text, "mills", "mills.txt", "text")


def test_headings_in_capitals_over_narrow_cards_are_headings() -> None:
    titles = [s.title for s in _doc().sections]
    assert "THE MILL ON THE CREEK DAM" in titles
    assert "THE LAST MILLER" in titles


def test_badges_printed_after_their_cards_label_the_cards() -> None:
    sections = [(s.label, s.title) for s in _doc().sections][1:]
    assert sections == [("A", "THE MILL ON THE CREEK DAM"), ("B", "SAILS OVER THE MARSH"),
                        ("C", "THE LAST MILLER")]


def test_a_credit_wrapped_in_a_narrow_margin_closes_its_caption() -> None:
    doc = _doc()
    captions = [b for b in doc.blocks if b.kind == "caption"]
    assert [b.credit for b in captions] == ["Photo: Ada Marr / Dene Valley Archive"]
    paragraphs = [" ".join(doc.text[b.start : b.end].split()) for b in doc.blocks if b.kind == "paragraph"]
    assert not any(p.strip() in {"B", "C"} or "Photo" in p for p in paragraphs)


def test_a_heading_opening_on_an_article_keeps_it_under_its_badge() -> None:
    second = ["A MILL ON THE", "SEA WALL", *CARD_THREE[1:-1], "B"]
    lines = [*INTRO, *CARD_ONE, "A", *second]
    doc = rebuild("\n".join(lines) + "\n", "mills", "mills.txt", "text")
    sections = [(s.label, s.title) for s in doc.sections][1:]
    assert sections == [("A", "THE MILL ON THE CREEK DAM"), ("B", "A MILL ON THE SEA WALL")]


def test_a_unit_word_over_its_number_after_a_card_is_a_badge_not_a_heading() -> None:
    lines = [*INTRO, *CARD_ONE, "Panel", "1", "THE LAST MILLER", *CARD_THREE[1:-1]]
    doc = rebuild("\n".join(lines) + "\n", "mills", "mills.txt", "text")
    titles = [s.title for s in doc.sections]
    assert "Panel" not in titles
    assert "THE LAST MILLER" in titles


def test_a_unit_word_over_a_three_digit_room_number_is_a_badge() -> None:
    # one label grammar: a unit's number runs to three digits, not two
    lines = [*INTRO, *CARD_ONE, "Room", "104", "THE LAST MILLER", *CARD_THREE[1:-1]]
    doc = rebuild("\n".join(lines) + "\n", "mills", "mills.txt", "text")
    titles = [s.title for s in doc.sections]
    assert "Room" not in titles and "Room 104" not in titles
    assert "THE LAST MILLER" in titles


def test_the_word_i_alone_on_its_line_stays_in_its_sentence() -> None:
    body = [
        "The miller wrote in his ledger every evening, and one entry reads: the tide came in and",
        "I",
        "opened the sluice at dawn so that the wheel could turn for the whole of the morning.",
        "The entries run for thirty years and show how the mill's trade rose and fell with the harvest.",
    ]
    doc = rebuild("\n".join([*INTRO, *body]) + "\n", "mills", "mills.txt", "text")
    assert "came in and I opened the sluice" in " ".join(doc.text.split())


def test_catalogue_numbered_object_cards_are_captions_with_their_credits() -> None:
    # a case of objects after a section's short intro: each card a catalogue number alone,
    # the object's description and its lender on a line of its own
    cards = [
        "THE MILLER'S TOOLS",
        "The tools below hang in the case beside the door of the mill house.",
        "Cat. 7",
        "A wooden peck measure used to take the",
        "miller's toll of the corn.",
        "Lent by the Dene Valley Archive",
        "Cat. 8",
        "An iron pick for dressing the grooves",
        "of a millstone.",
        "Marr Family Collection, 1987.42",
    ]
    doc = rebuild("\n".join([*INTRO, *CARD_ONE, *cards]) + "\n", "mills", "mills.txt", "text")
    captions = [(" ".join(doc.text[b.start : b.end].split()), b.credit) for b in doc.blocks if b.kind == "caption"]
    assert [credit for _, credit in captions] == ["Lent by the Dene Valley Archive", "Marr Family Collection, 1987.42"]
    assert not any("Cat." in text or "tools below" in text for text, _ in captions)
    paragraphs = [" ".join(doc.text[b.start : b.end].split()) for b in doc.blocks if b.kind == "paragraph"]
    assert "The tools below hang in the case beside the door of the mill house." in paragraphs


def test_a_credit_line_ending_on_a_function_word_goes_on_over_the_next_line() -> None:
    # a labelled caption set into a narrow column's paragraph; its credit wraps after "the"
    column = [
        "THE MILL POND",
        "The pond behind the dam filled on",
        "every flood tide and held enough",
        "water to turn the wheel for some",
        "Left: A wooden sluice paddle, worn",
        "smooth by a century of tides.",
        "Dene Valley Museum, gift of the",
        "Marr family",
        "four hours, long enough to grind",
        "a whole day's corn on each ebb.",
    ]
    doc = rebuild("\n".join([*INTRO, *CARD_ONE, *column]) + "\n", "mills", "mills.txt", "text")
    [caption] = [b for b in doc.blocks if b.kind == "caption"]
    assert caption.credit == "Dene Valley Museum, gift of the Marr family"
    paragraphs = [" ".join(doc.text[b.start : b.end].split()) for b in doc.blocks if b.kind == "paragraph"]
    assert not any("Marr family" in p for p in paragraphs)
