"""Dates written in the Islamic (Hijri) and Hebrew calendars are converted, never read as Common Era years
(round 46 red team, defect 1; #14). Sentences written for these tests."""

from __future__ import annotations

import pytest

from vitrina.extract.calendars import convert, find_calendar_dates
from vitrina.extract.dates import find_dates


def _dates(text: str) -> list[tuple[str, str]]:
    return [(text[d.start:d.end], d.edtf) for d in find_dates(text)]


def test_a_hijri_day_is_its_common_era_day_approximately() -> None:
    text = "The brass quadrant bears the words 12 Shawwal 1130 AH on its back."
    assert _dates(text) == [("12 Shawwal 1130 AH", "1718-09-08~")]


def test_a_hijri_year_is_the_interval_of_months_it_straddles() -> None:
    assert _dates("A copyist finished the book in 1200 A.H. at Herat.") == [("1200 A.H.", "1785-11/1786-10")]
    assert _dates("The mosque lamp is inscribed A.H. 1200 under its rim.") == [("A.H. 1200", "1785-11/1786-10")]


def test_a_hijri_month_without_its_mark_is_the_interval_of_its_days() -> None:
    assert _dates("Letters written in Rajab 1200 reached the port late.") == \
        [("Rajab 1200", "1786-04-30/1786-05-29")]
    assert _dates("It was finished in Rajab in the year 1200, they say.") == \
        [("Rajab in the year 1200", "1786-04-30/1786-05-29")]


def test_a_date_before_the_reform_is_given_in_the_julian_calendar() -> None:
    # 656 AH began on 8 January 1258 (Julian), as historians date the year
    assert convert("islamic", 656) == "1258-01/1258-12"
    assert convert("islamic", 656, 1, 1) == "1258-01-08~"


def test_a_hebrew_year_and_day() -> None:
    assert _dates("The scribe signed it on 1 Tishri 5400 in the evening.") == [("1 Tishri 5400", "1639-09-29~")]
    assert _dates("A deed of the year 5400 AM survives.") == [("5400 AM", "1639-09/1640-09")]


@pytest.mark.parametrize("text", [
    "The doors open at 10 AM on weekdays.",  # a clock time: no Hebrew year
    "Fasting in Ramadan 2020 was observed at home.",  # a Common Era year after an Islamic month
    "His name was Safar and he came in 1870.",  # a month's word as a name, no year after it
])
def test_no_other_calendar_without_its_year(text: str) -> None:
    assert list(find_calendar_dates(text)) == []
    assert all(value in {"1870", "2020"} or "-" in value for _, value in _dates(text))


def test_a_marked_hijri_year_out_of_range_is_left_undated() -> None:
    assert _dates("A number 9999 AH is no year of the era.") == []


def test_a_common_era_year_after_an_other_calendars_date_still_anchors() -> None:
    text = "It is dated 5 Safar 1250 AH. In 1901 it was sold; the following year it was lent."
    assert [v for _, v in _dates(text)] == ["1834-06-13~", "1901", "1902"]


def test_adar_ii_in_a_common_year_is_no_day() -> None:
    assert convert("hebrew", 5783, 13, 1) is None
