"""qa/duration.py: an answer read as an amount of time for "How long …?" (round 46 askdur; invented phrases)."""

from __future__ import annotations

import pytest

from vitrina.qa.duration import asks_duration, is_range, reads_duration, time_unit
from vitrina.qa.question import analyse


@pytest.mark.parametrize("text", [
    "nine weeks", "within 12 days", "two and a half years", "an hour", "a decade",
    "a month-long strike", "a 30-year lease", "the 40-day fast", "a six-week voyage",
    "from 1702 to 1714", "between March 1820 and June 1821",
])
def test_an_amount_of_time_reads_as_a_duration(text: str) -> None:
    assert reads_duration(text)


@pytest.mark.parametrize("text", [
    "twelve ships", "on April 3, 1790", "May 1871", "the summer of 1812", "the 1880s", "several weeks",
    "80-page", "from Bergen to Oslo",
    "requiring a month-long march of the whole regiment across the frozen hills before the thaw",
])
def test_a_count_a_point_in_time_or_a_clause_does_not(text: str) -> None:
    assert not reads_duration(text)


def test_a_unit_of_time_is_a_time_period_not_a_calendar_name() -> None:
    assert time_unit("weeks") and time_unit("century")
    assert not time_unit("March") and not time_unit("ships")


def test_a_range_needs_an_opener_and_two_dates() -> None:
    assert is_range("from May 1790 until August 1791")
    assert not is_range("1702 to 1714") and not is_range("from the mill to the river")



def test_a_duration_is_asked_by_how_long_or_a_count_of_a_unit_of_time() -> None:
    assert asks_duration(analyse("How long did the siege of the fort last?"))
    assert asks_duration(analyse("For how many years was the mill closed?"))
    assert not asks_duration(analyse("How many ships sailed from the port?"))
    assert not asks_duration(analyse("When did the siege of the fort end?"))


def test_how_old_asks_a_span_of_time_an_age() -> None:
    from vitrina.qa.question import analyse
    from vitrina.qa.weights import LEXICAL

    assert analyse("How old was the miller when the dam broke?").unit == "duration"
    assert analyse("How long was the bridge at Arlen?").unit != "duration"
    LEXICAL["age_asked"] = 0
    try:
        assert analyse("How old was the miller when the dam broke?").unit == "measure"
    finally:
        LEXICAL["age_asked"] = 1


@pytest.mark.parametrize(("text", "rate"), [
    ("every 45 seconds", True),
    ("three times a week", True),
    ("twice", True),
    ("nine weeks", False),
    ("the second summit", False),
])
def test_a_rate_or_a_count_of_occurrences_is_read(text: str, rate: bool) -> None:
    from vitrina.qa.duration import reads_rate

    assert reads_rate(text) is rate

