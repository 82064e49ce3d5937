"""Church-calendar dates resolved to the day (``vitrina.extract.feasts``; round 56 red team D-CHURCH-CAL).
Sentences invented for these tests."""

from __future__ import annotations

import datetime

from vitrina.extract.dates import find_dates
from vitrina.extract.feasts import easter, feast_day


def _dates(text: str) -> dict[str, str]:
    return {text[d.start : d.end]: d.edtf for d in find_dates(text)}


def test_easter_by_the_gregorian_computus():
    # the extremes and ordinary years of the Gregorian reckoning
    assert easter(1818) == datetime.date(1818, 3, 22)
    assert easter(1943) == datetime.date(1943, 4, 25)
    assert easter(2000) == datetime.date(2000, 4, 23)
    assert easter(2024) == datetime.date(2024, 3, 31)


def test_movable_feasts_are_counted_from_easter():
    assert feast_day("whit sunday", 2024) == "2024-05-19"
    assert feast_day("good friday", 2024) == "2024-03-29"
    assert feast_day("trinity sunday", 2024) == "2024-05-26"
    assert feast_day("whitsuntide", 2024) == "2024-05-19/2024-05-25"


def test_advent_sunday_is_the_sunday_nearest_the_end_of_november():
    assert feast_day("advent sunday", 2024) == "2024-12-01"
    assert feast_day("advent sunday", 2023) == "2023-12-03"
    assert feast_day("advent sunday", 2022) == "2022-11-27"


def test_a_feast_named_with_its_year_is_its_day():
    found = _dates("The chapel at Kerrow opened on Trinity Sunday 1911, and the school at Lammas 1912. "
                   "The bell was hung on the feast of St. Luke, 1913.")
    assert found["Trinity Sunday 1911"] == "1911-06-11"
    assert found["Lammas 1912"] == "1912-08-01"
    assert found["feast of St. Luke, 1913"] == "1913-10-18"


def test_a_saints_name_alone_is_no_feast_and_an_early_year_stays_a_year():
    found = _dates("The parish of St. George 1904 kept its own registers. The rent fell due at Michaelmas 1702.")
    assert "1904" in found and found["1904"] == "1904"
    assert found.get("1702") == "1702"


def test_a_day_counted_from_a_feast_is_not_the_feast():
    found = _dates("The visitor reached Kerrow on the Saturday before Trinity Sunday 1911 and preached on "
                   "Trinity Sunday 1911.")
    assert "1911" in found and found["1911"] == "1911"
    assert found["Trinity Sunday 1911"] == "1911-06-11"
