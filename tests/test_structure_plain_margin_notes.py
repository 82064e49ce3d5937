"""Raw text: short lines opening a paragraph, set in a narrower measure and ending no
sentence, before the paragraph's full first line, are a margin note read as a note and
not as the paragraph's start; a paragraph without one is kept whole; a displayed quotation
that ends no sentence still ends its block. Every text is invented."""

from __future__ import annotations

from vitrina.structure import rebuild

BODY = [
    "The miller kept the sluice shut through the dry weeks of the summer and opened it in",
    "the autumn rains, when the river rose high enough to turn both wheels at once and the",
    "stones ran day and night for a month.",
]
MORE = [
    "Carters brought the sacks down from the hill farms on the old road beside the water and",
    "paid the toll at the bridge, and the miller took one sack in ten for grinding the rest",
    "of the grain, a fair price in a wet year.",
]


def _paragraphs(lines: list[str]) -> tuple[list[str], list[str]]:
    doc = rebuild("\n".join(lines) + "\n", "mill", "mill.txt", "text")
    notes = {s.id for s in doc.sections if s.title == "Notes"}
    body = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph" and b.section not in notes]
    noted = [doc.text[b.start : b.end] for b in doc.blocks if b.section in notes and b.kind == "paragraph"]
    return body, noted


def test_short_lines_before_a_paragraphs_full_first_line_are_a_note() -> None:
    body, notes = _paragraphs(["The Mill on the Weir", *BODY, "Tolls and sacks:", "see the ledger", *MORE])
    assert body == [" ".join(BODY), " ".join(MORE)]
    assert notes == ["Tolls and sacks: see the ledger"]


def test_paragraph_without_a_short_opening_is_kept_whole() -> None:
    body, notes = _paragraphs(["The Mill on the Weir", *BODY, *MORE])
    assert body == [" ".join(BODY), " ".join(MORE)]
    assert notes == []


def test_a_displayed_quotation_ending_no_sentence_lets_a_labelled_heading_open() -> None:
    doc = rebuild("\n".join([
        "The Mill on the Weir", "A. The Sluice", *BODY,
        "\u201cThe river was kinder than the road, and the",
        "miller kinder than both\u201d",
        "B. The Toll Bridge", *MORE]) + "\n", "mill", "mill.txt", "text")
    assert [(s.label, s.title) for s in doc.sections][-1] == ("B", "The Toll Bridge")


SHORT_FIRST = [  # the first line wraps early: the next word would not fit on it
    "Carters brought the sacks down from the hill farms on the old road to",
    "Whitchurch-on-Thames beside the water, paid the toll at the bridge, and the miller took",
    "one sack in ten for grinding the rest of the grain, a fair price in a wet year, they said.",
]


def test_a_note_before_a_first_line_that_wraps_early_is_a_note() -> None:
    body, notes = _paragraphs(["The Mill on the Weir", *BODY, "Tolls and sacks:", "see the ledger", *SHORT_FIRST])
    assert body == [" ".join(BODY), " ".join(SHORT_FIRST)]
    assert notes == ["Tolls and sacks: see the ledger"]


def test_a_note_glued_before_a_paragraphs_first_line_is_parted() -> None:
    narrow = [
        "Carters brought the sacks down from the hill",
        "farms on the old road beside the water and",
        "paid the toll at the bridge, and the miller",
        "took one sack in ten for grinding the grain,",
        "a fair price in a wet year, they all said.",
    ]
    glued = ["Tolls: see ledger 4 " + narrow[0], *narrow[1:]]
    body, notes = _paragraphs(["The Mill on the Weir", "The Sluice", *glued, "The Toll", *narrow])
    assert body == [" ".join(narrow), " ".join(narrow)]
    assert notes == ["Tolls: see ledger 4"]


def test_a_long_first_line_with_nothing_glued_is_kept() -> None:
    lines = [
        "Carters brought the sacks down from the hill farms on the old road beside the",
        "water and paid the toll at the bridge,",
        "and the miller took one sack in ten,",
        "a fair price in a wet year, they said.",
    ]
    body, notes = _paragraphs(["The Mill on the Weir", *BODY, *lines])
    assert body == [" ".join(BODY), " ".join(lines)]
    assert notes == []
