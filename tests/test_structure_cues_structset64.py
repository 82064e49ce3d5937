"""Cues, round 50 (structset64): a raised note call closing a sentence leaves it ended
(``raised_calls``); a deck's word in quotation marks counts by the letter inside them
(``quoted_title_words``); a raised call after a number's stop is cleared
(``QUOTE_SWITCHES["raised_after_figures"]``)."""

from __future__ import annotations

import pytest

from vitrina.structure.cues import CUE_LIMITS, ends_sentence, title_deck


def test_a_raised_call_after_the_stop_ends_the_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    assert ends_sentence("the wheel was rebuilt in 1861.²")
    assert ends_sentence("so the keeper wrote.”¹")
    assert not ends_sentence("the area in m²")
    monkeypatch.setitem(CUE_LIMITS, "raised_calls", 0)
    assert not ends_sentence("the race was rebuilt in 1862.²")  # (a text not asked before: answers are kept)


def test_a_quoted_word_in_a_deck(monkeypatch: pytest.MonkeyPatch) -> None:
    assert title_deck("The Long Barn", "Harvests and the ‘Great Wain’, 1840")
    monkeypatch.setitem(CUE_LIMITS, "quoted_title_words", 0)
    assert not title_deck("The Long Barn", "Harvests and the ‘Great Wain’, 1840")


def test_a_raised_call_after_a_figures_stop_is_cleared(monkeypatch: pytest.MonkeyPatch) -> None:
    from vitrina.structure.assemble import QUOTE_SWITCHES, Piece, without_note_calls

    pieces = [Piece("the wall went up in 1815,¹ and the pears", None)]
    assert "".join(p.text for p in without_note_calls(pieces, frozenset({"1"}))) == "the wall went up in 1815, and the pears"
    monkeypatch.setitem(QUOTE_SWITCHES, "raised_after_figures", 0)
    assert without_note_calls(pieces, frozenset({"1"})) == pieces
