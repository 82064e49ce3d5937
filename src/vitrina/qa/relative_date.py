"""A date answered with relative words ("this morning", "yesterday") that the build resolved against the date the
text is written under (a diary entry's heading, a letter's date).

The words alone do not answer "When …?": the resolved day does, and the dated heading the phrase hangs on is its
source (round 55 red team D8). `relative` says whether a date candidate's words are such a phrase resolved to a day;
`shown` writes the day; `anchor` finds the dated text before it that the day was resolved from.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from typing import Any

DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def relative(text: str, edtf: str | None) -> bool:
    """Words with no figure ("this morning") whose stored date is one whole day."""
    return edtf is not None and not any(c.isdigit() for c in text) and DAY.fullmatch(edtf) is not None


def shown(edtf: str) -> str:
    """The day written out: "1903-06-11" → "11 June 1903"."""
    m = DAY.fullmatch(edtf)
    if m is None:
        return edtf
    year, month, day = m.groups()
    return f"{int(day)} {calendar.month_name[int(month)]} {year}"


def anchor(dates: Sequence[Any], text_of: Any, before: int, edtf: str) -> Any | None:
    """The last stored date before offset ``before`` with the same day, written with a figure (the heading
    "Thursday 11 June 1903", not another relative phrase); ``text_of(row)`` gives a row's words."""
    found = [d for d in dates if d.end <= before and d.edtf == edtf and any(c.isdigit() for c in text_of(d))]
    return found[-1] if found else None
