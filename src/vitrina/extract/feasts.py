"""Church-calendar dates: a feast named with its year ("Advent Sunday 1876", "Whit Sunday 1879", "the feast of
St. Michael 1892") is a day, computable from the year (round 56 red team D-CHURCH-CAL: they were kept as the year).

The feasts and their rules are lexicon ``church_feasts``: movable feasts are counted in days from Easter Sunday,
reckoned by the Gregorian computus (``easter``); Advent Sunday is the Sunday nearest 30 November; fixed feasts fall on
one day every year; a feast kept as a week (Whitsuntide) is the interval of its days. A saint's name dates only as
"the feast of St. X" or "St. X's Day" (a church or a place is named after a saint too). Years outside
``FEASTS["min_year"]``–``FEASTS["max_year"]`` are not resolved: before it the Julian calendar reckoned the feasts in
Britain and its colonies, and the year stays what the year rule reads.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from functools import cache

from vitrina import lexicon
from vitrina.extract.calendars import CalendarDate

__all__ = ["FEASTS", "easter", "feast_day", "find_feast_dates"]

# min_year: the first year the British calendar was Gregorian (Calendar Act 1750, in force from 14 September 1752):
# before it a feast's day would need the Julian computus and a conversion; max_year: far beyond any archive
FEASTS = {"min_year": 1753, "max_year": 2299}


def easter(year: int) -> datetime.date:
    """Easter Sunday of ``year`` by the Gregorian computus (the anonymous algorithm of Meeus, "Astronomical
    Algorithms", ch. 8)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 (the algorithm's own letters)
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return datetime.date(year, month, day + 1)


def _advent(year: int) -> datetime.date:
    """Advent Sunday: the Sunday nearest 30 November (27 November to 3 December)."""
    first = datetime.date(year, 11, 27)
    return first + datetime.timedelta(days=(6 - first.weekday()) % 7)


def _day(rule: str, year: int) -> datetime.date:
    if rule == "advent":
        return _advent(year)
    if rule.startswith("fixed "):
        month, day = rule.split()[1].split("-")
        return datetime.date(year, int(month), int(day))
    sign = -1 if "-" in rule else 1
    return easter(year) + datetime.timedelta(days=sign * int(re.split(r"[+-]", rule)[1]))


def feast_day(name: str, year: int) -> str | None:
    """The EDTF day (or interval of days) of feast ``name`` (lexicon ``church_feasts``) in ``year``, or None."""
    found = _feasts().get(name.lower())
    if found is None or not FEASTS["min_year"] <= year <= FEASTS["max_year"]:
        return None
    days = [_day(rule, year).isoformat() for rule in found[0].split("/")]
    return "/".join(days)


@cache
def _feasts() -> dict[str, tuple[str, bool]]:
    """Each feast's name: its rule and whether it is a saint's name."""
    return {row[0]: (row[1], len(row) > 2 and row[2] == "saint") for row in lexicon.rows("church_feasts")}


@cache
def _scanner() -> re.Pattern[str]:
    names = sorted(_feasts(), key=len, reverse=True)
    plain = "|".join(_written(n) for n in names if not _feasts()[n][1])
    saints = "|".join(_written(n) for n in names if _feasts()[n][1])
    return re.compile(
        rf"(?<![\w.])(?:(?P<plain>{plain})(?:\s+day)?"
        rf"|feast\s+of\s+(?:the\s+)?(?P<saint>{saints})|(?P<owned>{saints})['’]s\s+day)"
        r",?\s+(?:of\s+|in\s+)?(?P<year>\d{4})(?![\d,.]\d)", re.I)


def _written(name: str) -> str:
    """A feast's name as a pattern: any spaces between its words, either apostrophe, "St" with or without a point."""
    words = [re.escape(w).replace("'", "['’]") for w in name.split()]
    return r"\s+".join(r"st\.?" if w == r"st\." else w for w in words)


def _key(written: str, saint: bool) -> str:
    key = re.sub(r"\s+", " ", written.lower()).replace("’", "'")
    return re.sub(r"^st\.? ", "st. ", key) if saint else key


_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+(?:the\s+)?$")


def _counted_from(text: str, start: int) -> bool:
    """A word of lexicon ``feast_offset_words`` ("before", "after") stands right before the feast."""
    m = _WORD_BEFORE.search(text, max(0, start - 16), start)
    return m is not None and m[1].lower() in lexicon.words("feast_offset_words")


def find_feast_dates(text: str) -> Iterator[CalendarDate]:
    """The feasts of ``text`` named with their year, each resolved to its day (``CalendarDate.edtf``; calendar
    "feast"); a year out of ``FEASTS``' range yields nothing (the year rule reads the year)."""
    for m in _scanner().finditer(text):
        if _counted_from(text, m.start()):
            continue  # "the Saturday before Advent Sunday 1889": another day, counted from the feast
        written = m["plain"] or m["saint"] or m["owned"]
        value = feast_day(_key(written, not m["plain"]), int(m["year"]))
        if value is not None:
            yield CalendarDate(m.start(), m.end(), "feast", value)
