"""Numbers written in digits or in words: "3,600", "8.7 million", "twenty-five",
"three hundred", "a dozen", "half a million", "three and a half".

``NUMBER_PATTERN`` is a regex fragment (no groups) that finds such numbers in
prose; :func:`parse_number` turns a matched string into a float.
"""

from __future__ import annotations

import re

from vitrina import lexicon
from vitrina.caseless import Folded, fold

# The tables are read with the words a case-insensitive pattern found, so they fold their keys
# (``caseless``: "Firſt" and "ſixty" are read as "first" and "sixty", not missed).
UNITS = Folded({
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
})  # fmt: skip
TENS = Folded({
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
})  # fmt: skip
SCALES = Folded({"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12})
HUNDRED = 100
DOZEN = 12

# small written numbers that are often pronouns or idioms ("one of them")
SMALL_WORDS = frozenset(list(UNITS)[:11])

_UNIT_RE = "|".join(sorted(UNITS, key=len, reverse=True))
_TENS_RE = "|".join(TENS)
_SCALE_RE = "|".join(SCALES)
# "twenty-five", "twenty", "seven"
_BELOW_100 = rf"(?:(?:{_TENS_RE})(?:[-\s](?:{_UNIT_RE}))?|(?:{_UNIT_RE}))"
# "three hundred (and) twenty-five"
_BELOW_1000 = rf"(?:{_BELOW_100}\s+hundred(?:\s+(?:and\s+)?{_BELOW_100})?|{_BELOW_100})"
_WORD_CORE = rf"(?:(?:a|one)\s+hundred(?:\s+(?:and\s+)?{_BELOW_100})?|{_BELOW_1000}|a\s+dozen)"
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_HALF = r"(?:\s+and\s+a\s+half)"
_SCALE_TAIL = rf"(?:\s+(?:{_SCALE_RE}))"

# a written or digit number, optionally "and a half" and scale words
NUMBER_PATTERN = (
    rf"(?:{_DIGITS}{_HALF}?{_SCALE_TAIL}{{0,2}}"
    rf"|(?:half\s+a|a)\s+(?:{_SCALE_RE})"
    rf"|{_WORD_CORE}{_HALF}?(?:{_SCALE_TAIL}(?:\s+(?:and\s+)?{_BELOW_1000}(?!\s+and\s+a\s+half))?){{0,2}})"
)

# a whole number token: not glued to letters, digits or a thousands group
NUMBER_RE = re.compile(rf"(?<![\w.,])(?:{NUMBER_PATTERN})(?!\w|[,.]\d)", re.I)


def _words_below_1000(words: list[str]) -> float | None:
    """Value of a word list like ["three", "hundred", "and", "twenty", "five"]."""
    total = 0.0
    current = 0.0
    seen = False
    for word in words:
        if word == "and":
            continue
        if word in UNITS:
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif word == "hundred":
            current = (current or 1) * HUNDRED
        elif word in ("a", "an"):
            current += 1
        else:
            return None
        seen = True
    total += current
    return total if seen else None


def parse_number(text: str) -> float | None:
    """Parse "3,600", "8.7 million", "twenty-five", "half a million", "a dozen"."""
    words = re.sub(r"[\s-]+", " ", fold(text.strip()).replace(",", "")).split()
    factor = 1.0
    if words[:2] == ["half", "a"]:
        factor, words = 0.5, ["a"] + words[2:]
    if words == ["a", "dozen"]:
        return DOZEN * factor
    half = False
    for i in range(len(words) - 2):
        if words[i : i + 3] == ["and", "a", "half"]:
            half, words = True, words[:i] + words[i + 3 :]
            break
    total = 0.0
    group: list[str] = []
    for word in words:
        if word not in SCALES:
            group.append(word)
            continue
        value = _group_value(group)
        if value is None:
            return None
        if half:
            value, half = value + 0.5, False
        total += value * SCALES[word]
        group = []
    if group:
        value = _group_value(group)
        if value is None:
            return None
        total += value
    elif not words:
        return None
    return round((total + (0.5 if half else 0.0)) * factor, 6)  # 4.1 million, not 4099999.99…


def _group_value(group: list[str]) -> float | None:
    if not group:
        return None
    if len(group) == 1 and re.fullmatch(r"\d+(?:\.\d+)?", group[0]):
        return float(group[0])
    return _words_below_1000(group)


def find_numbers(text: str) -> list[tuple[int, int, float]]:
    """All numbers in ``text`` as ``(start, end, value)``, leftmost-longest."""
    found = []
    for m in NUMBER_RE.finditer(text):
        value = parse_number(m.group())
        if value is not None:
            found.append((m.start(), m.end(), value))
    return found


ORDINALS = Folded({
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
    "eightieth": 80, "ninetieth": 90, "hundredth": 100,
})  # fmt: skip
_ORDINAL_WORD = "|".join(sorted(ORDINALS, key=len, reverse=True))
# "32nd", "the 17th", "thirty-second", "seventeenth" (not glued to other letters or digits)
ORDINAL_RE = re.compile(
    rf"(?<![\w.,])(?:(\d+)(?:st|nd|rd|th)|(?:({_TENS_RE})[-\s])?({_ORDINAL_WORD}))(?![\w-])", re.I)


def find_ordinals(text: str) -> list[tuple[int, int, float]]:
    """All ordinal numbers in ``text`` ("the 31st parallel", "the thirty-second president") as
    ``(start, end, value)``."""
    found = []
    for m in ORDINAL_RE.finditer(text):
        digits, tens, word = m.groups()
        value = float(digits) if digits else float(ORDINALS[word] + (TENS[tens] if tens else 0))
        found.append((m.start(), m.end(), value))
    return found


def looks_plural(word: str, not_plural: frozenset[str] | set[str]) -> bool:
    """A regular English plural noun by form ("tanks", not "class", "status", "this")."""
    return (
        len(word) > 3
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is", "ous"))
        and word not in not_plural
    )


def lower_bound(text: str, start: int) -> int | None:
    """Where a count starting at ``start`` (sentence offset) begins with the lower bound of its range
    ("between 300 and *400 ships*", "one to *two vessels*", "5–*7 towns*"; lexicon ``qa_count_ranges``): the
    bound, or the word opening the frame. None when no range leads to it, or when the first number follows
    an interval's opener of another frame ("from 51 to *150*" is a change, the later value is the count)."""
    before = text[:start]
    found = find_numbers(before)
    if not found:
        return None
    first, end, _value = found[-1]
    gap = before[end:]
    opening = re.search(r"([^\W\d_]+)\s+$", before[:first])
    word = opening.group(1).lower() if opening else ""
    for opener, joiner in lexicon.rows("qa_count_ranges"):
        if not _joins(gap, joiner):
            continue
        if opener == "*" and word not in lexicon.words("qa_range_openers"):
            return first
        if opener == word and opening is not None:
            return opening.start(1)
    return None


def _joins(gap: str, joiner: str) -> bool:
    """``gap`` is ``joiner`` alone: a word between spaces, a sign with or without them."""
    if joiner.isalpha():
        return re.fullmatch(rf"\s+{joiner}\s+", gap, re.I) is not None
    return gap.strip() == joiner
