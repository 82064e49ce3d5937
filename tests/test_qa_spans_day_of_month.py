"""A number beside a month's name is a day, never a count (qa/spans._day_of_month, ``LEXICAL["day_no_count"]``);
invented sentences."""

from __future__ import annotations

import pytest

from vitrina.qa.parse import parse
from vitrina.qa.spans import _count_word, _day_of_month
from vitrina.qa.weights import LEXICAL


@pytest.fixture(autouse=True)
def _switched_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(LEXICAL, "day_no_count", 1)  # measured and shipped off: the reading itself is tested


def _numbers(text: str) -> dict[str, bool]:
    return {t.text: _day_of_month(t) for t in parse(text) if t.like_num}


def test_a_day_beside_its_month_is_no_count() -> None:
    found = _numbers("The Varn society gave 140 shells to the museum on 9 June 1902 and 35 more on Sept. 4.")
    assert found == {"140": False, "9": True, "1902": False, "35": False, "4": True}


def test_a_count_before_a_capitalised_noun_stays_a_count() -> None:
    assert _numbers("In 1902 the Varn society sent 12 Boxes of shells.")["12"] is False


def test_the_day_reading_can_be_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(LEXICAL, "day_no_count", 0)
    day = next(t for t in parse("It sailed on 9 June.") if t.text == "9")
    assert _count_word(day)
