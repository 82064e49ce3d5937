"""Clock times read as one value: "02:40", "09:30", "3am", "2.30 p.m.", "0600 hrs", with the hedge written before them
("shortly after 3am", "around 2.30am", "by 11:00") read as an interval of minutes of the day.

A time is ISO 8601's time of day (``T02:40``, as EDTF writes one); its hedge (``lexicon/clock_hedges.txt``) says how
far before and after the written minute it may lie, or that it bounds the time on one side. Two clock times are
compared as intervals (``relation``): the same interval agrees, two that can overlap are consistent, two that
cannot differ. A time is never two numbers ("09" and "30").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from vitrina import lexicon

DAY_MINUTES = 24 * 60

# four figures of a 24-hour time and an hour mark (lexicon ``clock_hour_marks``: "0600 hrs", "2200h"); the dates
# reader asks it too, so that such a time is never read as a year
FOUR_FIGURE_TIME = (r"(?P<hh4>[01]\d|2[0-3])(?P<mm4>[0-5]\d)\s?(?:"
                    + "|".join(sorted(lexicon.words("clock_hour_marks"), key=len, reverse=True)) + r")\b\.?")
# "09:30", "23:05" (two-digit hour, so a verse "3:16" or a ratio is not read), any hour with a meridiem:
# "2.30am", "2:30 p.m.", "3am", "11 pm", or four digits of a 24-hour time with an hour mark ("0600 hrs", "2200h";
# lexicon ``clock_hour_marks``).
_CLOCK = re.compile(
    r"(?<![\w.:,])(?:"
    r"(?P<hh>[01]\d|2[0-3]):(?P<mm>[0-5]\d)(?!\s?[ap]\.?m)(?!\w|:\d|[.,]\d)"
    r"|(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<m>[0-5]\d))?\s?(?P<mer>[ap])(?:\.m\.|m\b)"
    r"|" + FOUR_FIGURE_TIME +
    r")", re.IGNORECASE)


@dataclass(frozen=True)
class ClockTime:
    start: int  # the span written, the hedge included
    end: int
    minute: int  # the minute of the day written
    low: int  # the interval of minutes of the day the time may lie in
    high: int
    hedge: str  # the hedge as listed ("" for none)

    @property
    def iso(self) -> str:
        """ISO 8601 / EDTF time of day of the written minute ("T02:40")."""
        return f"T{self.minute // 60:02d}:{self.minute % 60:02d}"


@lru_cache(maxsize=1)
def _hedges() -> tuple[tuple[str, int | None, int | None], ...]:
    """The hedges, longest first, each with the minutes before and after (None: open on that side)."""
    found = [(row[0], None if row[1] == "-" else int(row[1]), None if row[2] == "-" else int(row[2]))
             for row in lexicon.rows("clock_hedges")]
    return tuple(sorted(found, key=lambda h: -len(h[0])))


def find_clock_times(text: str) -> list[ClockTime]:
    """Every clock time of ``text`` with the hedge written right before it."""
    out = []
    for m in _CLOCK.finditer(text):
        if m.group("hh") is not None:
            minute = int(m.group("hh")) * 60 + int(m.group("mm"))
        elif m.group("hh4") is not None:  # a 24-hour time written as four digits and a mark ("0600 hrs")
            minute = int(m.group("hh4")) * 60 + int(m.group("mm4"))
        else:
            hour = int(m.group("h")) % 12 + (12 if m.group("mer").lower() == "p" else 0)
            minute = hour * 60 + int(m.group("m") or 0)
        start, low, high, hedge = m.start(), minute, minute, ""
        before = text[:m.start()].lower()
        for word, back, ahead in _hedges():
            found = re.search(rf"(?<![\w-]){re.escape(word)}\s+$", before)
            if found:
                start, hedge = found.start(), word
                low = 0 if back is None else max(0, minute - back)
                high = DAY_MINUTES - 1 if ahead is None else min(DAY_MINUTES - 1, minute + ahead)
                break
        out.append(ClockTime(start, m.end(), minute, low, high, hedge))
    return out


def relation(a: tuple[int, int], b: tuple[int, int]) -> str:
    """Two clock times' intervals (low, high): "agree" when they are the same, "consistent" when they can
    overlap (one may be the other), "differ" when they cannot."""
    if a == b:
        return "agree"
    return "consistent" if a[0] <= b[1] and b[0] <= a[1] else "differ"
