"""EDTF strings to ISO day bounds, for range filters and timelines.

The forms vitrina writes (days, months, years, seasons, unspecified digits,
qualifiers, intervals of these) are computed directly; anything else falls
back to the ``edtf`` package, which is exact but slow (tens of ms a value).
"""

from __future__ import annotations

import calendar
import re
import time
from functools import lru_cache

import edtf

_SIMPLE = re.compile(r"^(?P<year>-?[0-9X]{4})(?:-(?P<month>[0-9X]{2}))?(?:-(?P<day>[0-9X]{2}))?[~?%]?$")
# Season codes (EDTF level 1, northern hemisphere): months covered.
_SEASONS = {21: (3, 5), 22: (6, 8), 23: (9, 11), 24: (12, 14)}


@lru_cache(maxsize=8192)
def bounds(value: str) -> tuple[str | None, str | None]:
    """The earliest and latest ISO day an EDTF value can mean, or (None, None)."""
    value = value.strip()
    if "/" in value:
        first, _, last = value.partition("/")
        lower = _point(first)[0] if first not in ("", "..") else None
        upper = _point(last)[1] if last not in ("", "..") else None
        if lower is None and upper is None:
            return None, None
        return lower, upper
    return _point(value)


def _point(value: str) -> tuple[str | None, str | None]:
    fast = _fast_point(value)
    return fast if fast is not None else _slow_point(value)


def _fast_point(value: str) -> tuple[str, str] | None:
    match = _SIMPLE.match(value)
    if not match or match["year"].startswith("-"):
        return None
    year_text, month_text, day_text = match["year"], match["month"], match["day"]
    low_year, high_year = int(year_text.replace("X", "0")), int(year_text.replace("X", "9"))
    if low_year == 0:
        return None
    if month_text is None:
        return f"{low_year:04d}-01-01", f"{high_year:04d}-12-31"
    if "X" not in month_text and int(month_text) in _SEASONS and day_text is None:
        first, last = _SEASONS[int(month_text)]
        end_year, end_month = high_year + (last - 1) // 12, (last - 1) % 12 + 1
        return f"{low_year:04d}-{first:02d}-01", _month_end(end_year, end_month)
    low_month = 1 if month_text == "XX" else int(month_text)
    high_month = 12 if month_text == "XX" else int(month_text)
    if not (1 <= low_month <= 12 and 1 <= high_month <= 12):
        return None
    if day_text is None or day_text == "XX":
        return f"{low_year:04d}-{low_month:02d}-01", _month_end(high_year, high_month)
    if "X" in day_text or not 1 <= int(day_text) <= calendar.monthrange(low_year, low_month)[1]:
        return None
    day = f"{low_year:04d}-{low_month:02d}-{int(day_text):02d}"
    return day, day


def _month_end(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"


def _slow_point(value: str) -> tuple[str | None, str | None]:
    try:
        parsed = edtf.parse_edtf(value)
        return _iso(parsed.lower_strict()), _iso(parsed.upper_strict())
    except Exception:  # the edtf package raises assorted errors on odd input
        return None, None


def _iso(moment: object) -> str | None:
    if not isinstance(moment, time.struct_time):  # open ends come back as ±inf
        return None
    year = f"-{-moment.tm_year:04d}" if moment.tm_year < 0 else f"{moment.tm_year:04d}"
    return f"{year}-{moment.tm_mon:02d}-{moment.tm_mday:02d}"


# --------------------------------------------------------------- day arithmetic
# Python's ``datetime.date`` knows only the years 1 to 9999; EDTF bounds go before the common era
# ("-0043-03-15", astronomical numbering: year 0 is 1 BC) and past 9999 ("12000-01-01"). Every
# caller that measures or moves an ISO day goes through these instead.

_ISO_DAY = re.compile(r"(-?)(\d{4,})-(\d\d)-(\d\d)")


def iso_parts(iso: str) -> tuple[int, int, int]:
    """(year, month, day) of an ISO day with any signed year; ValueError for anything else or a
    day its month does not have."""
    match = _ISO_DAY.fullmatch(iso)
    if not match:
        raise ValueError(f"not an ISO day: {iso!r}")
    year = int(match[2]) * (-1 if match[1] else 1)
    month, day = int(match[3]), int(match[4])
    if not 1 <= month <= 12 or not 1 <= day <= _days_in_month(year, month):
        raise ValueError(f"no such day: {iso!r}")
    return year, month, day


def _days_in_month(year: int, month: int) -> int:
    return calendar.monthrange(2000 if calendar.isleap(year) else 2001, month)[1]


def day_number(iso: str) -> int:
    """The day's number in the proleptic Gregorian calendar (0 = 1970-01-01) for any signed year;
    ValueError for anything that is no ISO day."""
    year, month, day = iso_parts(iso)
    shifted = year - (month <= 2)  # days from civil (H. Hinnant's algorithm)
    era = shifted // 400
    of_era = shifted - era * 400
    of_year = (153 * (month + (-3 if month > 2 else 9)) + 2) // 5 + day - 1
    of_era_day = of_era * 365 + of_era // 4 - of_era // 100 + of_year
    return era * 146097 + of_era_day - 719468


def iso_day(number: int) -> str:
    """The ISO day of a day number (``day_number``'s inverse), a year before 1 signed: "-0044-06-15"."""
    number += 719468
    era = number // 146097
    of_era = number - era * 146097
    year_of_era = (of_era - of_era // 1460 + of_era // 36524 - of_era // 146096) // 365
    of_year = of_era - (365 * year_of_era + year_of_era // 4 - year_of_era // 100)
    shifted_month = (5 * of_year + 2) // 153
    day = of_year - (153 * shifted_month + 2) // 5 + 1
    month = shifted_month + (3 if shifted_month < 10 else -9)
    year = year_of_era + era * 400 + (month <= 2)
    return f"{'-' if year < 0 else ''}{abs(year):04d}-{month:02d}-{day:02d}"


def is_valid(value: str) -> bool:
    try:
        edtf.parse_edtf(value)
    except Exception:
        return False
    return True
