"""Jump lines that name their place in words ("Continued on the back panel") and the two
halves of the text they part, read in one piece. Every text is invented."""

from __future__ import annotations

from vitrina.structure import rebuild
from vitrina.structure.plainlayout import is_jump_line

# a folded card printed outside first: the carried-over half stands before the start
CARD = [
    "The Lighthouse Keepers",
    "Keepers worked in pairs, one on watch while the other slept in the room under the",
    "lantern, and they logged the weather every four hours in a book kept by the lamp.",
    "Continued from the inside",
    "the last keeper left the tower when the lamp was made automatic in the spring of",
    "that year. The keepers' cottages are now let to visitors.",
    "Harbour Trust",
    "A Light on the Point",
    "The first tower on the point was built of timber and burned down within ten years of",
    "its lighting, so the harbour board raised a stone tower on the same rock and fitted",
    "it with a clockwork lamp that turned through the night, and",
    "Continued on the back panel",
]


def test_jump_lines_naming_a_place_in_words_are_jump_lines() -> None:
    for line in ("Continued on the back panel", "Continued from the inside", "Continued overleaf",
                 "See next column", "Turn to the inside panel 3.", "(Continued in column 2)",
                 "\u25c2 Continued from the front cover"):
        assert is_jump_line(line), line


def test_lines_sending_the_reader_elsewhere_than_the_document_are_no_jump_lines() -> None:
    for line in ("Continued on the wall", "See the next room", "Continued on the back of the case",
                 "continued on the back panel", "Continued", "Continued on the next glorious morning"):
        assert not is_jump_line(line), line


def test_the_halves_parted_by_worded_jump_lines_are_one_paragraph() -> None:
    doc = rebuild("\n".join(CARD) + "\n", "card", "card.txt", "text")
    paragraphs = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert "Continued" not in doc.text
    assert any("turned through the night, and the last keeper left the tower" in p for p in paragraphs)
    assert not any(p.startswith("the last keeper") for p in paragraphs)


def test_a_jump_sent_on_without_one_coming_back_moves_nothing() -> None:
    lines = [line for line in CARD if line != "Continued from the inside"]
    doc = rebuild("\n".join(lines) + "\n", "card", "card.txt", "text")
    assert "Continued" not in doc.text
    assert doc.text.index("the last keeper left") < doc.text.index("A Light on the Point")


def test_round59_lower_case_jump_from_a_compound_place() -> None:
    """Round 59 (struct80): "continued from the left-hand panel", unpointed and in lower case, is a jump line;
    so is "continued in the right-hand panel →"; a wrapped sentence's line with other words is none."""
    from vitrina.structure.plainlayout import PLAIN_LIMITS, is_jump_line

    assert is_jump_line("continued from the left-hand panel")
    assert is_jump_line("continued in the right-hand panel →")
    assert not is_jump_line("continued from the mill to the weir")
    saved = PLAIN_LIMITS["lower_from_jumps"]
    PLAIN_LIMITS["lower_from_jumps"] = 0
    try:
        assert not is_jump_line("continued from the left-hand panel")
    finally:
        PLAIN_LIMITS["lower_from_jumps"] = saved
