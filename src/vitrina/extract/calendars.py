"""Dates written in another calendar than the Common Era's: the Islamic (Hijri) and the Hebrew.

A year marked with its era ("1052 AH", "A.H. 1052", "5110 AM": lexicon ``calendar_era_marks``) or a day or month
named by one of those calendars' months ("3 Ramadan 1052", "15 Nisan 5110": lexicon ``calendar_month_names``) is
converted with ``convertdate`` to the calendar the project's EDTF values keep: the Gregorian one from its reform
(15 October 1582) on, and the Julian one before it, as historians write earlier dates and as
:mod:`vitrina.extract.oldstyle` keeps them. The written date stays the mention's text. The conversion's uncertainty
is kept in the value: a year of another calendar straddles two of ours and is an interval of months
("1642-04/1643-03"); a month is an interval of days; a day is approximate ("1642-11-25~": the tabular Islamic
calendar may differ by a day or two from the month as sighted, and the Hebrew day begins at the evening before).
A date of those calendars that cannot be converted (a year out of the ranges of ``CALENDARS``) is no date at all:
it is never left to be read as a Common Era year.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from vitrina import lexicon

# the years each calendar's dates are read in: a Hebrew year from 1 CE (3762) up to 5999, as a clock's "10 AM" and
# the Byzantine era's "6800 AM" are not Hebrew years; a Hijri year from 1; a Hijri month named without its era mark
# ("Ramadan 1052") is read as Hijri only up to ``islamic_bare_max_year`` (later, "Ramadan 2020" is the Ramadan of a
# Common Era year)
CALENDARS = {
    "islamic_min_year": 1,
    "islamic_max_year": 1600,
    "islamic_bare_max_year": 1500,
    "hebrew_min_year": 3762,
    "hebrew_max_year": 5999,
    # the Julian Day Number of the Gregorian reform's first day, 15 October 1582: earlier days are Julian
    "reform_jd": 2299160.5,
}


@dataclass(frozen=True, slots=True)
class CalendarDate:
    start: int
    end: int
    calendar: str  # "islamic" or "hebrew"
    edtf: str | None  # the Common Era reading, None when the date cannot be converted


def _pattern(values: list[str]) -> str:
    return "|".join(re.escape(v).replace(r"\ ", r"\s+").replace("'", "['’ʿʻ]?").replace(r"\-", r"[-\s]?")
                    for v in sorted(values, key=len, reverse=True))


@cache
def _months() -> dict[str, tuple[str, int]]:
    return {_key(row[0]): (row[1], int(row[2])) for row in lexicon.rows("calendar_month_names")}


@cache
def _eras() -> dict[str, str]:
    return {_key(row[0]): row[1] for row in lexicon.rows("calendar_era_marks")}


def _key(name: str) -> str:
    """A month name or era mark as the tables are keyed: lower case, no apostrophe, hyphens and spaces as one space."""
    return re.sub(r"[-\s]+", " ", re.sub(r"['’ʿʻ]", "", name.lower())).strip()


@cache
def _scanner() -> re.Pattern[str]:
    months = _pattern([row[0] for row in lexicon.rows("calendar_month_names")])
    eras = _pattern([row[0] for row in lexicon.rows("calendar_era_marks")])
    day = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?"
    month = rf"(?P<month>{months})"
    # "3 Ramadan 1052 AH", "Ramadan 1052", "Ramadan 3, 1052", "Ramadan in the year 1052", "1052 AH", "A.H. 1052";
    # month names are capitalised
    # as written (a lower-case "adar" or "av" in a sentence is no month)
    return re.compile(
        rf"(?<![\w.])(?:(?:{day})?(?-i:(?=[A-Z])){month}\s+(?:(?P<dayafter>\d{{1,2}}),?\s+)?"
        rf"(?:(?:in|of)\s+(?:the\s+)?year\s+)?|(?P<pre>{eras})\s+)?"
        rf"(?P<year>\d{{1,4}})(?![\d,]\d)(?:\s*(?P<era>{eras})(?![\w]))?", re.I)


def find_calendar_dates(text: str) -> Iterator[CalendarDate]:
    """The dates of ``text`` written in the Islamic or Hebrew calendar, converted (``CalendarDate.edtf``)."""
    for m in _scanner().finditer(text):
        era = m["era"] or m["pre"]
        named = _months().get(_key(m["month"])) if m["month"] else None
        calendar = _eras().get(_key(era)) if era else named[0] if named else None
        if calendar is None or (named is not None and named[0] != calendar):
            continue
        year = int(m["year"])
        low, high = CALENDARS[f"{calendar}_min_year"], CALENDARS[f"{calendar}_max_year"]
        if not era and calendar == "islamic":
            high = CALENDARS["islamic_bare_max_year"]
        if not low <= year <= high:
            if era and calendar == "islamic":  # marked Hijri, out of range: undated, never a Common Era year
                yield CalendarDate(m.start(), m.end(), calendar, None)
            continue
        day_text = m["day"] or m["dayafter"]
        yield CalendarDate(m.start(), m.end(), calendar,
                           convert(calendar, year, named[1] if named else None, int(day_text) if day_text else None))


def convert(calendar: str, year: int, month: int | None = None, day: int | None = None) -> str | None:
    """The EDTF reading of a date of the Islamic or Hebrew calendar (see the module's note), or None."""
    from convertdate import hebrew, islamic  # ~50 ms: imported when a text has such a date

    module = islamic if calendar == "islamic" else hebrew
    if month is None:
        first = _jd(module, year, 1 if calendar == "islamic" else 7, 1)
        last = _jd(module, year + 1, 1 if calendar == "islamic" else 7, 1) - 1
        return f"{_edtf(first)[:7]}/{_edtf(last)[:7]}"
    if calendar == "hebrew" and month > hebrew.year_months(year):
        return None  # Adar II in a common year
    length = islamic.month_length(year, month) if calendar == "islamic" else hebrew.month_length(year, month)
    if day is None:
        return f"{_edtf(_jd(module, year, month, 1))}/{_edtf(_jd(module, year, month, length))}"
    if not 1 <= day <= length:
        return None
    return _edtf(_jd(module, year, month, day)) + "~"


def _jd(module: object, year: int, month: int, day: int) -> float:
    return float(module.to_jd(year, month, day))  # type: ignore[attr-defined]


def _edtf(jd: float) -> str:
    """A Julian Day as an EDTF day: Gregorian from the reform on, Julian before it."""
    from convertdate import gregorian, julian

    y, mo, d = (gregorian if jd >= CALENDARS["reform_jd"] else julian).from_jd(jd)
    return f"{y:04d}-{mo:02d}-{d:02d}"
