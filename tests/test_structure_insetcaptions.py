"""Raw text, round 58 (struct78): a caption and its credit line read into a paragraph in mid-sentence move after
the paragraph they cut (``insetcaptions.captions_out_of_sentences``). Texts written here (invented content)."""

from __future__ import annotations

import pytest

from vitrina.structure import insetcaptions
from vitrina.structure.insetcaptions import INSET_CAPTION_LIMITS, captions_out_of_sentences
from vitrina.structure.lines import split_lines

BODY_OPEN = [
    "The lock keepers lived beside the river in small brick houses that the canal",
    "company built for them in the years after the first barges came up from",
    "the estuary, and each keeper kept a garden and a few hens behind the",
]
CAPTION = ["Keeper's cottage at the upper lock, photographed about", "1905."]
CREDIT = ["Courtesy of the Riverside Archive, Tarnby"]
BODY_REST_LOWER = [
    "house to feed his family through the winter months when the traffic was",
    "light and the tolls were few.",
]
NEXT = ["Most of the cottages were sold when the canal closed in the 1950s."]


def _texts(lines: list[str]) -> list[str]:
    return [line.text for line in captions_out_of_sentences(split_lines("\n".join(lines) + "\n").lines)]


def test_caption_and_credit_move_after_the_paragraph_they_cut():
    out = _texts(BODY_OPEN + CAPTION + CREDIT + BODY_REST_LOWER + NEXT)
    assert out == BODY_OPEN + BODY_REST_LOWER + CAPTION + CREDIT + NEXT


def test_moved_lines_are_renumbered():
    lines = captions_out_of_sentences(split_lines("\n".join(BODY_OPEN + CAPTION + CREDIT + BODY_REST_LOWER) + "\n").lines)
    assert [line.index for line in lines] == list(range(len(lines)))


def test_a_sentence_finished_in_capitals_after_the_credit():
    opened = [*BODY_OPEN[:2], "the estuary, and each keeper answered to the Navigation"]
    rest = ["Board. He kept a garden and a few hens behind the house to feed his family", "through the winter."]
    out = _texts(opened + CAPTION + CREDIT + rest + NEXT)
    assert out == opened + rest + CAPTION + CREDIT + NEXT


def test_a_caption_after_a_finished_paragraph_stays():
    closed = [*BODY_OPEN[:2], "the estuary, and each keeper kept a garden and a few hens."]
    lines = closed + CAPTION + CREDIT + ["The keepers were paid by the week, and some of them kept inns."]
    assert _texts(lines) == lines


def test_a_labelled_caption_is_left_to_the_placed_caption_readers():
    labelled = ["Above: Keeper's cottage at the upper lock, photographed about", "1905."]
    lines = BODY_OPEN + labelled + CREDIT + BODY_REST_LOWER
    assert _texts(lines) == lines


def test_two_sentences_on_one_line_are_columns_written_row_by_row():
    rowed = ["the estuary. Keeper's cottage at the upper lock, photographed about", "1905."]
    lines = BODY_OPEN[:2] + rowed + CREDIT + BODY_REST_LOWER
    assert _texts(lines) == lines


def test_a_short_line_in_capitals_after_the_credit_is_no_sentence_going_on():
    lines = BODY_OPEN + CAPTION + CREDIT + ["Cat. 12"] + BODY_REST_LOWER
    assert _texts(lines) == lines


def test_rule_off(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setitem(INSET_CAPTION_LIMITS, "caption_lines", 0)
    lines = BODY_OPEN + CAPTION + CREDIT + BODY_REST_LOWER + NEXT
    assert _texts(lines) == lines


def test_credit_line_by_its_lead():
    line = split_lines("Lent by the Weir Valley Society\n").lines[0]
    assert insetcaptions._credit_line(line)
    assert not insetcaptions._credit_line(split_lines("the estuary, and each keeper kept a garden\n").lines[0])
