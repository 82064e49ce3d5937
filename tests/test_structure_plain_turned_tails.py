"""Plain text extracted from a PDF, round 55 (struct71): a credit printed one word a line right
after a short paragraph that follows another is the credit of that paragraph, its caption (not of
the lines after it); a lede under a title stays text; a quotation closed by a guillemet set off by
a space ends its sentence. Every text is invented."""

from __future__ import annotations

from vitrina.structure import rebuild
from vitrina.structure.cues import ends_sentence
from vitrina.structure.lines import split_lines
from vitrina.structure.plainlayout import continued_heads

BOX = [
    "Did You Know?",
    "The keeper of the lock wound the sluice by hand each morning, and his",
    "daughter kept the tally of the barges that passed through it in a",
    "book that is now in the county archive, bound in green cloth and",
    "dated.",
]
CAPTION = [
    "A barge gauge of painted oak, used to measure the draught of boats,",
    "about 1840.",
]
CREDIT = ["Lent", "by", "the", "Marden", "Canal", "Society,", "MC.88"]
AFTER = [
    "The canal closed to trade in the winter after the railway opened, and",
    "its locks were left to silt up for most of a century before volunteers",
    "cleared them again and the first pleasure boats came through.",
]


def _doc(lines: list[str]):
    return rebuild("\n".join(lines) + "\n\f", "canal", "canal.txt", "text")


def _blocks(doc, kind: str) -> list[str]:
    return [" ".join(doc.text[b.start : b.end].split()) for b in doc.blocks if b.kind == kind]


def test_a_turned_credit_after_a_short_paragraph_closes_that_paragraph_as_its_caption() -> None:
    doc = _doc(["The Marden Canal", *AFTER, *BOX, *CAPTION, *CREDIT, *AFTER])
    [caption] = [b for b in doc.blocks if b.kind == "caption"]
    assert " ".join(doc.text[caption.start : caption.end].split()) == " ".join(CAPTION)
    assert caption.credit == "Lent by the Marden Canal Society, MC.88"
    assert " ".join(AFTER) in _blocks(doc, "paragraph")


def test_a_lede_under_the_title_before_a_turned_credit_stays_text() -> None:
    lede = [
        "For a century the canal carried coal to the mills of the valley,",
        "and its last barge is kept at the top lock.",
    ]
    doc = _doc(["The Marden Canal", *lede, "Photo:", "Ann", "Hale", "/", "Marden", "Canal", "Society", *CAPTION, *AFTER])
    assert " ".join(lede) in _blocks(doc, "paragraph")
    assert " ".join(CAPTION) in _blocks(doc, "caption")


def test_a_spaced_closing_guillemet_ends_the_sentence() -> None:
    assert ends_sentence("« The water was the road. »")
    assert ends_sentence("« The water was the road.»")
    assert not ends_sentence("« the water, the road »")


def test_paragraphs_opening_with_a_paragraph_sign_and_number_lose_the_mark_and_open_a_paragraph() -> None:
    lines = ["The Marden Canal", "¶ 1 " + AFTER[0], *AFTER[1:], "¶ 2 " + CAPTION[0], CAPTION[1],
             "¶ 3 " + BOX[1], *BOX[2:]]
    found = _blocks(_doc(lines), "paragraph")
    assert found[0] == " ".join(AFTER)
    assert found[1] == " ".join(CAPTION)
    assert found[2] == " ".join(BOX[1:])


def test_a_tables_header_row_set_again_under_its_carried_title_is_held_with_it() -> None:
    lines = split_lines("\n".join([
        "Rise of each lock, in feet", "Lock Feet", "Top lock 8 up", *AFTER,
        "Rise of each lock, in feet (continued)", "Lock Feet", "Sea lock 9 down"]) + "\n").lines
    held = continued_heads(lines)
    assert {lines[k].text for k in held} == {"Rise of each lock, in feet (continued)", "Lock Feet"}
    assert len(held) == 2


def test_a_note_in_raised_figures_written_before_its_call_is_a_note() -> None:
    lines = ["The Marden Canal", *AFTER[:2], "cleared them again and the first pleasure boats came through.",
             "\u00b3 The society bought the top lock in 1961.",
             "The lock keeper's cottage was sold with the lock in 1961\u00b3 and is now a",
             "museum of the canal, open on summer weekends to all visitors."]
    doc = _doc(lines)
    assert [s.title for s in doc.sections] == ["The Marden Canal", "Notes"]
    body = [b for b in doc.blocks if b.section == doc.sections[0].id and b.kind == "paragraph"]
    found = [" ".join(doc.text[b.start : b.end].split()) for b in body]
    assert "The society bought the top lock in 1961." not in " ".join(found)
    assert any(p.startswith("The lock keeper's cottage was sold with the lock in 1961 and") for p in found)
