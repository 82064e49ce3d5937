"""Raw text of a wall of numbered object labels: each label's title is followed by
its tombstone lines (maker and place, a date alone, material, credit line) before
the label text. Every text is invented."""

from __future__ import annotations

from vitrina.structure import rebuild
from vitrina.structure.cues import date_line

INTRO = [
    "Lamps of the Harbour:",
    "Light on the Northern Coast",
    "Before the first lighthouses were built, sailors on this coast steered by",
    "bonfires and by the lamps of fishing huts on the headlands above the bay.",
]
LABEL_ONE = [
    "1 Ship's Lantern with Red Glass",
    "Harwood Brothers, Leith",
    "1871–1874",
    "Tinned iron, glass and brass",
    "Gift of the Morrow family, 1950 (HM 1950.3)",
    "The lantern hung from the mast of a coal boat that sailed between the harbour",
    "and the islands, and it burned whale oil until the boat was sold for scrap.",
]
LABEL_TWO = [
    "2 Signal Lamp",
    "Northern Lighthouse Works",
    "12 March 1902",
    "Brass and copper",
    "The keeper flashed this lamp to ships that came too close to the reef, and",
    "he wrote each warning in a book kept on the shelf beside the stairs.",
]


def _doc():
    text = "\n".join([*INTRO, *LABEL_ONE, *LABEL_TWO]) + "\n"
    return rebuild(text, "lamps", "lamps.txt", "text")


def test_tombstone_lines_do_not_join_an_object_title() -> None:
    sections = [(s.label, s.title) for s in _doc().sections]
    assert ("1", "Ship's Lantern with Red Glass") in sections
    assert ("2", "Signal Lamp") in sections


def test_a_line_of_date_words_is_a_date_line() -> None:
    assert date_line("1871–1874")
    assert date_line("About 1790")
    assert date_line("12 March 1902")
    assert not date_line("Brass and copper")
    assert not date_line("Room 12")
    assert not date_line("The Great Storm of 1902")


def test_each_tombstone_line_is_its_own_paragraph() -> None:
    doc = _doc()
    paragraphs = [" ".join(doc.text[b.start : b.end].split()) for b in doc.blocks if b.kind == "paragraph"]
    assert "Harwood Brothers, Leith" in paragraphs
    assert "Tinned iron, glass and brass" in paragraphs
    assert "Brass and copper" in paragraphs


def test_a_credit_line_on_a_tombstone_is_a_paragraph_not_a_caption() -> None:
    doc = _doc()
    assert not [b for b in doc.blocks if b.kind == "caption"]
    paragraphs = [" ".join(doc.text[b.start : b.end].split()) for b in doc.blocks if b.kind == "paragraph"]
    assert "Gift of the Morrow family, 1950 (HM 1950.3)" in paragraphs


def test_a_tombstone_under_an_unnumbered_label_is_split_too() -> None:
    # the tombstone is known by its short lines before a full one, not by a number
    label = [
        "Fog Bell from the Outer Reef",
        "Cast by Morrow and Sons, Dundee",
        "About 1860",
        "Bronze with an iron clapper",
        "The bell hung on a frame at the end of the reef and was rung by hand every",
        "half minute while the fog lasted, often for two or three days together.",
    ]
    doc = rebuild("\n".join([*INTRO, *label]) + "\n", "lamps", "lamps.txt", "text")
    assert "Fog Bell from the Outer Reef" in [s.title for s in doc.sections]
    paragraphs = [" ".join(doc.text[b.start : b.end].split()) for b in doc.blocks if b.kind == "paragraph"]
    assert "Cast by Morrow and Sons, Dundee" in paragraphs
    assert "Bronze with an iron clapper" in paragraphs



def test_a_tombstone_set_in_among_paragraphs_is_apart_from_the_text() -> None:
    """An object's tombstone after a paragraph's last sentence, in the middle of a section
    (a label set between two paragraphs): neither a paragraph nor a caption."""
    section = [
        "The Harbour Lights",
        "The first harbour light was a lantern on a pole at the end of the pier, lit by",
        "the harbour master's boy every evening from the autumn to the spring.",
        "Harbour lantern",
        "About 1820",
        "Tinned iron and horn",
        "Lent by the Pier Street Trust",
        "PST 1988.4",
        "A stone tower replaced the pole in the middle of the century, and its lamp was",
        "turned by clockwork that the keeper wound twice in every night of the year.",
    ]
    doc = rebuild("\n".join([*INTRO, *section]) + "\n", "lamps", "lamps.txt", "text")
    paragraphs = [" ".join(doc.text[b.start : b.end].split()) for b in doc.blocks if b.kind == "paragraph"]
    assert paragraphs[-2:] == [" ".join(section[1:3]), " ".join(section[8:])]
    assert not [b for b in doc.blocks if b.kind == "caption"]


def test_a_labelled_title_is_whole_over_a_tombstone_opening_on_a_name() -> None:
    """(round 50, ``tombstone_titles``) "1 The Pocket Guide" / "Ada Marr (1790–1850), printer" /
    …: the maker's line is the tombstone's, not the title's second line."""
    from vitrina.structure.plainlayout import PLAIN_LIMITS

    label = [
        "1 The Pocket Guide to the Harbour",
        "Ada Marr (1790–1850), printer",
        "Leith, May 1839",
        "Letterpress, cloth boards, 12 × 8 cm",
        "Lent by the Harbour Trust",
        "The guide listed every boat that left the harbour, with its master, its cargo and",
        "the tide it sailed on, and it was sold for a penny at the foot of the pier.",
    ]
    text = "\n".join([*INTRO, *label, *LABEL_TWO]) + "\n"
    titles = [(s.label, s.title) for s in rebuild(text, "guide", "guide.txt", "text").sections]
    assert ("1", "The Pocket Guide to the Harbour") in titles
    PLAIN_LIMITS["tombstone_titles"] = 0
    try:
        titles = [(s.label, s.title) for s in rebuild(text, "guide", "guide.txt", "text").sections]
    finally:
        PLAIN_LIMITS["tombstone_titles"] = 1
    assert ("1", "The Pocket Guide to the Harbour") not in titles
