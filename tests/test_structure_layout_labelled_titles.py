"""Typed text whose title stands right over a heading that opens on a panel label
("Panel 1: …"): the title is a heading of its own and the label is split off, in a
blank-separated text and in a short text with no blank line at all. Every text is
invented."""

from __future__ import annotations

from vitrina.structure import rebuild
from vitrina.structure.lines import split_lines

FIRST = ("The carters loaded the salt at the quay before dawn and were at the toll bridge by noon, "
         "where the keeper counted every sack.")
SECOND = ("The market hall was built of the same stone as the bridge, and its clock was set by the "
          "carriers' bell each evening.")


def _sections(text: str) -> list[tuple[str | None, str]]:
    doc = rebuild(text, "salt", "salt.txt", "text")
    return [(s.label, s.title) for s in doc.sections]


def _paragraphs(text: str) -> list[str]:
    doc = rebuild(text, "salt", "salt.txt", "text")
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]


WANTED = [(None, "The Salt Carriers"), ("1", "The Toll Bridge"), ("2", "The Market Hall")]


def test_blank_separated_title_over_a_labelled_heading_is_a_heading() -> None:
    text = f"The Salt Carriers\n\nPanel 1: The Toll Bridge\n\n{FIRST}\n\nPanel 2: The Market Hall\n\n{SECOND}\n"
    assert _sections(text) == WANTED
    assert _paragraphs(text) == [FIRST, SECOND]


def test_short_text_with_no_blank_line_reads_its_lines_as_its_layout() -> None:
    text = f"The Salt Carriers\nPanel 1: The Toll Bridge\n{FIRST}\nPanel 2: The Market Hall\n{SECOND}\n"
    assert _sections(text) == WANTED
    assert _paragraphs(text) == [FIRST, SECOND]


def test_the_first_line_over_an_unlabelled_heading_of_prose_is_the_title() -> None:
    # (round 39 red team D05: this first line was made a body paragraph, the heading under it the title)
    text = f"The Salt Carriers\n\nThe Toll Bridge\n\n{FIRST}\n\nThe Market Hall\n\n{SECOND}\n"
    assert _sections(text) == [(None, "The Salt Carriers"), (None, "The Toll Bridge"), (None, "The Market Hall")]
    assert _paragraphs(text) == [FIRST, SECOND]


def test_a_line_over_an_unlabelled_title_line_inside_the_text_is_not_made_a_heading() -> None:
    text = f"{FIRST}\n\nThe Salt Carriers\n\nThe Toll Bridge\n\n{SECOND}\n"
    assert (None, "The Salt Carriers") not in _sections(text)


def test_spacing_of_a_short_text_without_blank_lines_is_unspaced() -> None:
    assert split_lines("One line\nTwo lines here\nThree\n", None).spacing == "unspaced"
    assert split_lines("One line\n\nTwo lines here\n", None).spacing == "blank"
