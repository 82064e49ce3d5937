"""The month a day of the month written alone is read in (round 55 red team D1).

"About the end of June, perhaps the 12th", "March. … buried on the 4th": a bare day ("the 12th") belongs to the
month the writer last named, not to the month of an earlier full date. ``named_month`` finds that month: the
nearest month name before the day in its own sentence or the sentence before it (in the same paragraph), else in
the paragraph's first sentence (an entry's heading: "March." opening a diary entry). A month name counts when it is
written as a date (inside a date mention of the running year) or stands as a month on its own: capitalised, and
closing its phrase ("March.", "June,") or after a word that introduces a date ("in June", "of June": ``DATE_BEFORE``
of ``extract.dates``) — "May I …", "March on" are no months.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence

from vitrina.extract.edtf_text import MONTH_RE, MONTHS
from vitrina.model import DateMention

_BLANK_LINE = re.compile(r"\n[ \t]*\n")
# a sentence end when the document's sentences are not known: a stop and space before a capital or a new line
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*(?:[ \t]+(?=[A-Z\"“(])|[ \t]*\n)")
_CLOSES_PHRASE = re.compile(r"[ \t]*(?:[.,;:!?)\]—–]|\n|$)")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \t]+$")
# a month alone as a sentence: after a paragraph's or a sentence's start, closed by a stop, a colon or a dash
_LONE_MONTH = re.compile(r"(?:(?<=^)|(?<=\n)|(?<=[.!?][ \t])|(?<=[.!?][ \t]{2}))(?P<m>" + MONTH_RE.pattern
                         + r")[ \t]*[.:—–]", re.M)
_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")


def named_month(text: str, start: int, year: int, dates: Sequence[DateMention], date_words: frozenset[str],
                sentences: Sequence[tuple[int, int]] | None = None) -> tuple[int, int] | None:
    """(month number, offset of its name) of the month named last before a bare day at ``start``, or None.

    ``year``: the year the day is read in; a month name inside a date mention of another year ("born in April
    1850") is not the month of this day. ``date_words``: the words that introduce a date ("in", "of")."""
    para = _paragraph_start(text, start)
    spans = _sentence_starts(text, para, start, sentences)
    lo = spans[-2] if len(spans) > 1 else spans[0]
    found = _last_month(text, lo, start, year, dates, date_words)
    if found is None and lo > para:
        found = _lone_month_heading(text, para, lo, dates)
    if found is None and lo > para:
        heading_end = spans[1] if len(spans) > 1 else start
        found = _last_month(text, para, heading_end, year, dates, date_words)
    return found


def _lone_month_heading(text: str, lo: int, hi: int, dates: Sequence[DateMention]) -> tuple[int, int] | None:
    """The last month written as a sentence of its own between ``lo`` and ``hi`` ("… Frost. March. The ice broke
    …": a run-in entry heading inside a paragraph), when no date of a day is written after it."""
    for m in reversed(list(_LONE_MONTH.finditer(text, lo, hi))):
        if any(m.end() <= d.start < hi and _DAY_VALUE.match(d.edtf) for d in dates):
            return None  # a day written after the heading dates what follows
        month = MONTHS.get(m["m"].lower().rstrip("."))
        if month is not None and m["m"][0].isupper():
            return month, m.start("m")
    return None


def day_in_month(day: int, month: int, year: int) -> str | None:
    """The EDTF day, or None when the month has no such day ("the 31st" of June)."""
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _paragraph_start(text: str, start: int) -> int:
    ends = [m.end() for m in _BLANK_LINE.finditer(text, 0, start)]
    return ends[-1] if ends else 0


def _sentence_starts(text: str, lo: int, start: int, sentences: Sequence[tuple[int, int]] | None) -> list[int]:
    """The starts of the sentences from ``lo`` (a paragraph's start) up to the one holding ``start``."""
    if sentences:
        return [lo] + sorted(s for s, _ in sentences if lo < s <= start)
    return [lo] + [m.end() for m in _SENTENCE_END.finditer(text, lo, start)]


def _last_month(text: str, lo: int, hi: int, year: int, dates: Sequence[DateMention],
                date_words: frozenset[str]) -> tuple[int, int] | None:
    for m in reversed(list(MONTH_RE.finditer(text, lo, hi))):
        month = MONTHS.get(m[0].lower().rstrip("."))
        if month is not None and _names_month(text, m, year, dates, date_words):
            return month, m.start()
    return None


def _names_month(text: str, m: re.Match[str], year: int, dates: Sequence[DateMention],
                 date_words: frozenset[str]) -> bool:
    within = next((d for d in dates if d.start <= m.start() and m.end() <= d.end), None)
    if within is not None:
        return within.edtf[:4] == f"{year:04d}"
    if not m[0][0].isupper():
        return False
    before = _WORD_BEFORE.search(text, max(0, m.start() - 16), m.start())
    return bool(_CLOSES_PHRASE.match(text, m.end())) or (before is not None and before[1].lower() in date_words)
