"""Ages stated at dates (round 54 red team D9).

An age is a value of a person *at a date*: "Ann Roe, 28, weaver" in a list of 1882 and "Ann Roe, 29, weaver"
in one of 1883 state one birth year, not two. A number in a sentence is read as a person's age when it follows
a person's name and a comma ("Ann Roe, 28,") or a word of lexicon ``age_marks`` ("aged 28"), is whole and at
most ``AGE_AT["max_years"]``. Each age is dated by the last date its document writes before it (its heading, the
day of a list), or by none. Two ages of one person fit when the difference between them is a whole number of
years the span between their dates allows (``fits``): the comparer then calls them consistent; when either date
is unknown it cannot tell, and never calls them differing.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Sequence

from vitrina import lexicon

AGE_AT = {"max_years": 120}  # the oldest age a number after a name is read as
_MARK = re.compile(r"(?:^|\W)(?:" + "|".join(re.escape(w) for w in sorted(lexicon.words("age_marks"), key=len,
                                                                        reverse=True)) + r")\.?\s+$", re.I)
_AFTER_NAME = re.compile(r"\s*,\s*$")
_DAYS_A_YEAR = 365.2425

Span = tuple[int, int]
Dated = tuple[str, str]  # the earliest and the latest day (ISO) a date allows


def age_of_person(text: str, start: int, value: float, names: Sequence[tuple[int, int, str, str]]) -> str | None:
    """The person entity whose age the number ``value`` at ``start`` of ``text`` (a document's text, or a
    sentence with ``names`` in its offsets) states, or None (see the module's doc)."""
    if value != int(value) or not 0 <= value <= AGE_AT["max_years"]:
        return None
    for _name_start, name_end, entity, kind in names:
        if kind == "person" and name_end <= start and _AFTER_NAME.fullmatch(text, name_end, start):
            return entity
    before = text[max(0, start - 12):start]
    marked = [n for n in names if n[3] == "person" and n[1] <= start]
    if _MARK.search(before) and marked:
        return max(marked, key=lambda n: n[1])[2]
    return None


def date_before(dates: Sequence[tuple[int, str | None, str | None]], start: int) -> Dated | None:
    """The days the last date written before ``start`` allows (``dates``: start, earliest day, latest day, in
    text order), or None."""
    found = None
    for at, lower, upper in dates:
        if at > start:
            break
        if lower and upper and _readable(lower) and _readable(upper):
            found = (lower, upper)
    return found


def fits(age_a: float, dated_a: Dated, age_b: float, dated_b: Dated) -> bool:
    """Do two ages of one person fit the span between their dates: the later less the earlier a whole number of
    years from the fewest to the most the span can hold (a birthday may fall inside it or not)."""
    shortest = (_day(dated_b[0]) - _day(dated_a[1])).days / _DAYS_A_YEAR
    longest = (_day(dated_b[1]) - _day(dated_a[0])).days / _DAYS_A_YEAR
    low, high = sorted((shortest, longest))
    return math.floor(low) <= age_b - age_a <= math.ceil(high)


def relation(age_a: float, dated_a: Dated | None, age_b: float, dated_b: Dated | None) -> str:
    """Two ages of one person: "consistent" when the span between their dates accounts for the difference
    (``fits``, in either order), "uncertain" when a date is not known, else "differ"."""
    if dated_a is None or dated_b is None:
        return "uncertain"
    if dated_b[0] < dated_a[0]:
        age_a, dated_a, age_b, dated_b = age_b, dated_b, age_a, dated_a
    return "consistent" if fits(age_a, dated_a, age_b, dated_b) else "differ"


def _day(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso[:10])


def _readable(iso: str) -> bool:
    """A day of the Common Era in ISO form (a date before it or past 9999 is not counted in years here)."""
    try:
        _day(iso)
    except ValueError:
        return False
    return True
