"""Credits, round 56 (structset75): a phrase of the language set in capitals ("KEEPING THE HORSES MOVING", a
kicker) is no run of acronyms, so no credit (``capital_phrase_words``); acronyms and credit keywords still are."""

from __future__ import annotations

import pytest

from vitrina.structure.captions import CREDIT_FORMS, is_credit


def _credit(text: str) -> bool:
    return is_credit(text.split(), closes_caption=False)


def test_a_phrase_in_capitals_is_no_credit() -> None:
    assert not _credit("KEEPING THE HORSES MOVING")
    assert not _credit("CHANGING TO THE NIGHT COACH")


def test_acronyms_and_credit_words_in_capitals_stay_credits() -> None:
    assert _credit("NMM")
    assert _credit("VALE FOUNDRY ARCHIVE")
    assert _credit("RNLI HQ")


def test_without_the_limit_the_phrase_reads_as_acronyms(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(CREDIT_FORMS, "capital_phrase_words", 0)
    assert _credit("KEEPING THE HORSES MOVING")
