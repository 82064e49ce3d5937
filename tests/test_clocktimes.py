"""Clock times read as one value with their hedges, compared as intervals of minutes of the day."""

from __future__ import annotations

from vitrina.clocktimes import find_clock_times, relation


def _read(text: str) -> list[tuple[str, str, int, int]]:
    return [(text[t.start:t.end], t.iso, t.low, t.high) for t in find_clock_times(text)]


def test_a_clock_time_is_one_value_never_two_numbers():
    assert _read("The ferry left the quay at 07:15 and docked at 18:05.") == [
        ("07:15", "T07:15", 435, 435), ("18:05", "T18:05", 1085, 1085)]
    assert _read("The lamps were lit at 9pm and put out at 5.45 a.m.") == [
        ("9pm", "T21:00", 1260, 1260), ("5.45 a.m.", "T05:45", 345, 345)]


def test_a_hedge_before_a_time_widens_or_bounds_it():
    assert _read("The storm broke shortly after 4am.") == [("shortly after 4am", "T04:00", 240, 270)]
    assert _read("The mill stopped around 6.15pm.") == [("around 6.15pm", "T18:15", 1080, 1110)]
    assert _read("The roads were open by 14:00.") == [("by 14:00", "T14:00", 0, 840)]


def test_decimals_verses_and_ratios_are_not_clock_times():
    assert _read("The rate rose to 2.35 per cent; see Psalm 3:16; the vote went 12-4.") == []


def test_intervals_that_cannot_overlap_differ_and_those_that_can_are_consistent():
    assert relation((435, 435), (435, 435)) == "agree"
    assert relation((240, 270), (225, 255)) == "consistent"
    assert relation((250, 250), (270, 300)) == "differ"
    assert relation((0, 840), (700, 700)) == "consistent"
