"""A span of time read from an answer's words (round 46 askdur): does a candidate state how long something lasted?

"How long did X last?" / "For how many years …?" (``Question.unit == "duration"``) is answered by an amount of
time, not by a count of other things ("eleven ports") nor by a point on the calendar ("on 3 May 1911"):

* a number and a unit of time: "nine weeks", "two and a half years", "within 12 days", "a decade" ("a"/"an"
  read as one by the project's number reader, ``extract/numbers.py``);
* a unit of time made an adjective: "a month-long strike", "a 30-year lease", "the 40-day fast";
* a stretch given by its two ends (lexicon ``qa_range_openers`` / ``qa_range_joiners``): "from 1702 to 1714",
  "between March 1820 and June 1821".

A unit of time is a noun whose WordNet class is a time period (``lexical.category`` "date") and not a calendar
name (lexicon ``months``: "May" is a point). The words a candidate may hold around its duration are capped
(``weights.DURATION["words"]``): "requiring a month-long march of the regiment across …" is a clause, not a duration.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from vitrina import lexicon
from vitrina.extract.numbers import NUMBER_PATTERN
from vitrina.qa.lexical import category
from vitrina.qa.weights import DURATION

if TYPE_CHECKING:
    from vitrina.qa.question import Question

WORD = re.compile(r"[^\W_]+(?:[’'-][^\W_]+)*")
YEAR = re.compile(r"\b(1\d{3}|20\d{2})\b")
# a number then a noun ("nine weeks", "two and a half years", "an hour"), or a number joined to a noun by a hyphen
# ("30-year", "ten-day"), or a noun made an adjective with "-long" ("month-long", "decade-long")
# (a lookahead, so that "a five-week siege" is read at "five" as well as at "a")
COUNTED = re.compile(rf"(?<![\w-])(?=(?:{NUMBER_PATTERN}|an?)[\s-]+([a-z]+)\b)", re.I)
LONG = re.compile(r"(?<![\w-])(?:[\w]+-)?([a-z]+)-long\b", re.I)


def time_unit(word: str) -> bool:
    """A noun naming an amount of time (WordNet time period: day, week, month, year, decade, century), not a
    calendar name ("January") nor a capitalised word."""
    low = word.lower()
    return not word[:1].isupper() and category(low) == "date" and low not in _months()


@lru_cache(maxsize=1)
def _months() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon.words("months"))


def reads_rate(text: str) -> bool:
    """Round 58 askv58: the candidate states a rate or a count of occurrences, the answer to "How often …?": a word
    of lexicon ``qa_rate_words`` ("every 45 seconds", "three times a week", "twice") within ``DURATION["words"]``
    words."""
    return len(WORD.findall(text)) <= DURATION["words"] and bool(_rate_words().search(text))


@lru_cache(maxsize=1)
def _rate_words() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(sorted(lexicon.words("qa_rate_words"))) + r")\b", re.I)


def asks_duration(q: Question) -> bool:
    """"How long did X last?", "How soon …?" (``Question.unit`` "duration") or "How many years / weeks …?" (a
    quantity counting a unit of time)."""
    return q.unit == "duration" or q.expects == "quantity" and bool(q.head) and time_unit(q.head or "")


def reads_duration(text: str) -> bool:
    """The candidate states an amount of time: a counted unit of time, a "-long" / "N-unit" adjective, or a range
    of two dates opened by "from"/"between" — within ``DURATION["words"]`` words (a range: any length)."""
    if is_range(text):
        return True
    if len(WORD.findall(text)) > DURATION["words"]:
        return False
    if any(time_unit(m.group(1)) for m in COUNTED.finditer(text)):
        return True
    return any(time_unit(m.group(1)) for m in LONG.finditer(text))


def is_range(text: str) -> bool:
    """"from 1702 to 1714", "between March 1820 and June 1821": an opener, a date, a joiner, a date."""
    words = text.strip().split()
    if len(words) < 4 or words[0].lower() not in lexicon.words("qa_range_openers"):
        return False
    joiners = lexicon.words("qa_range_joiners")
    rest = text.strip()[len(words[0]):]
    parts = re.split(r"\s+(" + "|".join(re.escape(j) for j in sorted(joiners, key=len, reverse=True)) + r")\s+|[–—]",
                     rest, maxsplit=1)
    if len(parts) < 3:
        return False
    first, last = parts[0], parts[-1]
    return _dated(first) and _dated(last)


def _dated(text: str) -> bool:
    return bool(YEAR.search(text)) or any(w.lower() in _months() for w in WORD.findall(text))

