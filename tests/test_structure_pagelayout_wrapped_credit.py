"""A credit without lead opened at the end of a caption line, its name wrapping on to the
credit's line (vitrina.structure.pagelayout._wrapped_name_start). Invented text."""

from __future__ import annotations

from vitrina.structure.pagelayout import _wrapped_name_start


def test_capitalised_words_after_the_last_full_stop_open_the_credit() -> None:
    words = ["the", "mill", "pond", "from", "an", "engraving", "of", "about", "1790.", "Port"]
    assert _wrapped_name_start(words) == len(words) - 1
    assert _wrapped_name_start(["made", "in", "1790.", "Marsh", "Country"]) == 3


def test_a_closing_short_sentence_or_running_text_opens_no_credit() -> None:
    assert _wrapped_name_start(["the", "bell,", "raised", "in", "2014.", "Replica."]) is None
    assert _wrapped_name_start(["the", "bell,", "raised", "in", "2014.", "It", "was"]) is None
    assert _wrapped_name_start(["the", "bell", "raised", "by", "divers"]) is None
