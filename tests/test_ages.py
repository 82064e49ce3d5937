"""Ages stated at dates (round 54 red team D9): sentences written for these tests."""

from __future__ import annotations

from vitrina.ages import age_of_person, date_before, fits

_NAMES = [(0, 9, "person-ada-brill", "person"), (30, 36, "place-leith", "place")]


def test_number_after_a_name_and_comma_is_the_persons_age() -> None:
    text = "Ada Brill, 34, spinner, born Leith."
    assert age_of_person(text, 11, 34, _NAMES) == "person-ada-brill"


def test_number_after_an_age_mark_is_the_age_of_the_person_before() -> None:
    text = "Ada Brill was then aged 34 years."
    assert age_of_person(text, 24, 34, _NAMES[:1]) == "person-ada-brill"


def test_other_numbers_are_no_ages() -> None:
    text = "Ada Brill paid 34 shillings in rent."
    assert age_of_person(text, 15, 34, _NAMES[:1]) is None
    assert age_of_person("Ada Brill, 1871, a list.", 11, 1871, _NAMES[:1]) is None
    assert age_of_person("Ada Brill, 3.5, a list.", 11, 3.5, _NAMES[:1]) is None


def test_the_date_before_an_age_is_the_last_written_before_it() -> None:
    dates = [(0, "1871-03-01", "1871-03-31"), (50, "1872-05-02", "1872-05-02"), (90, "1880-01-01", "1880-12-31")]
    assert date_before(dates, 60) == ("1872-05-02", "1872-05-02")
    assert date_before(dates, 0) == ("1871-03-01", "1871-03-31")
    assert date_before(dates[1:], 20) is None


def test_ages_fit_the_years_between_their_dates() -> None:
    early, later = ("1871-02-10", "1871-02-10"), ("1872-07-01", "1872-07-01")
    assert fits(34, early, 35, later) and fits(34, early, 36, later)
    assert not fits(34, early, 40, later) and not fits(34, early, 33, later)
    assert fits(34, early, 34, ("1871-09-01", "1871-09-01"))
