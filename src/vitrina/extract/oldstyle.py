"""Older English typography, read for matching only (issues #13/#14).

Letters and records of the 17th to 19th centuries write dates the date rules do not read: the long s
("Auguſt"), month abbreviations with a raised last letter ("Sept.r", "Decr", "7ber": the lexicon's
``older_month_forms``), "2d" and "3d" for the second and third, Roman numerals for years ("MDCCXI") and days
("the xii of March"), and, between the Julian and the Gregorian calendars, a day written with both its Old
Style and its New Style number ("10/21 March 1711", "March 10/21"). :func:`matching_view` is the text with
these written the way the rules read them; the document text is never changed: each span found over the view
is taken back to the written text (:meth:`MatchingView.original`), so a date's span is the whole written
form ("10/21 March 1711", its value the New Style day, ``1711-03-21``). A year written with both its Old
Style and New Style numbers ("1 January 1700/01") is read by the date rules themselves (``edtf_text``).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources

from vitrina import caseless, lexicon
from vitrina.extract.edtf_text import MONTHS
from vitrina.extract.ocryears import ocr_years

# Every threshold of the older forms, in one table.
OLDSTYLE = {
    # letters of an upper-case Roman numeral read as a year: shorter ones are acronyms ("MCC", "DCL") far more
    # often than years
    "min_roman_year_letters": 4,
    # the years a Roman numeral is read as (years written out; EDTF's four digits)
    "min_year": 1000,
    "max_year": 2100,
    # days between a Julian (Old Style) day and the same day Gregorian (New Style): 10 from 1582, 11 from
    # 1700, 12 from 1800, 13 from 1900 (a day written with two numbers this far apart is one day in two styles)
    "min_style_gap": 10,
    "max_style_gap": 13,
    # the years a day marked Old Style is converted to the Gregorian calendar: from the reform (October 1582:
    # before it the Julian calendar was every writer's, and historians keep its dates) to its last adoption
    # (Greece, 1923)
    "first_reform_year": 1582,
    "last_julian_year": 1923,
}

_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}
_CANONICAL = re.compile(r"m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})")
_MONTH_NAME = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
               r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?")
_ROMAN_YEAR = re.compile(r"(?<![\w.])[MDCLXVI]{4,}(?![\w])")
# a Roman day before its month, with its ending and a "day" after it: "the xii of May", "the xxi. day of March"
# (the number stands for all of "xxi. day", so the rules read "the 21 of March")
_ROMAN_DAY = re.compile(rf"(?<![\w.])([ivxl]{{1,6}}|[IVXL]{{2,6}})((?:th|st|nd|rd|d|o)?\.?(?:\s+day(?=\s+of\b))?)"
                        rf"(?=\s+(?:of\s+)?{_MONTH_NAME})")
# an ordinal ending set after a period, as a raised ending was written on the line ("the 14.th", "the x.th of March")
_DOTTED_ORDINAL = re.compile(r"(?<![\w.])(\d{1,2}|[ivxl]{1,6}|[IVXL]{2,6})\.(th|st|nd|rd|d)(?![\w])")
_SHORT_ORDINAL = re.compile(r"(?<![\w])(\d{0,1}[23])d(?![\w])")
_DOUBLE_DAY_FIRST = re.compile(rf"(?<![\w/])(?P<old>\d{{1,2}})(?:st|nd|rd|th|d)?\s?/\s?(?P<new>\d{{1,2}})"
                               rf"(?=(?:st|nd|rd|th|d)?\s+(?:of\s+)?{_MONTH_NAME})")
_DOUBLE_DAY_AFTER = re.compile(rf"{_MONTH_NAME}\s+(?P<old>\d{{1,2}})\s?/\s?(?P<new>\d{{1,2}})(?![\d/])")


@dataclass(frozen=True)
class MatchingView:
    """The text as the rules read it, with each of its characters' written span."""

    text: str
    starts: tuple[int, ...]  # the written offset of each view character's start
    ends: tuple[int, ...]  # ... and of its end
    written: tuple[tuple[int, int], ...]  # the written span of each replacement, in order
    shifts: tuple[int, ...]  # the view's length less the text's, before each replacement and after the last

    def original(self, start: int, end: int) -> tuple[int, int]:
        """The written span of view span ``[start, end)``."""
        if end <= start:
            at = self.starts[start] if start < len(self.starts) else self.ends[-1] if self.ends else 0
            return at, at
        return self.starts[start], self.ends[end - 1]

    def inside(self, offset: int) -> bool:
        """Does written offset ``offset`` fall strictly inside a replacement ("xxi.|day of")?"""
        i = bisect.bisect_right(self.written, (offset, len(self.starts) + offset + 1)) - 1
        return i >= 0 and self.written[i][0] < offset < self.written[i][1]

    def at(self, offset: int) -> int:
        """The view offset of written offset ``offset`` (a replacement's start for an offset inside it)."""
        i = bisect.bisect_right(self.written, (offset, len(self.starts) + offset + 1)) - 1
        if i >= 0 and offset < self.written[i][1]:
            return self.written[i][0] + self.shifts[i]
        return offset + self.shifts[i + 1]


@cache
def other_month_names() -> dict[str, str]:
    """Month names of other languages, each with the English month it names: CLDR's names of the languages of
    western Europe's archives (``data/month_names.tsv``, written by ``scripts/month_names.py``) and Latin's (lexicon
    ``latin_months``: CLDR has no Latin), less the forms the English rules read themselves."""
    table = resources.files("vitrina.data").joinpath("month_names.tsv").read_text(encoding="utf-8")
    names = {row[0]: row[1] for row in (line.split("\t") for line in table.splitlines()
                                        if line and not line.startswith("#")) if len(row) == 2}
    names.update({row[0]: row[1] for row in lexicon.rows("latin_months") if len(row) == 2})
    return {form: month for form, month in names.items() if form not in MONTHS}


@cache
def _other_language_date() -> re.Pattern[str]:
    """A day, a month named in another language and a year: "21. Martii 1711", "20 de marzo de 1711", "le XXI mars
    MDCCXI" (the day's period, and the "de" of Spanish and Portuguese, part of the month's words)."""
    forms = sorted(other_month_names(), key=len, reverse=True)
    return re.compile(r"(?<![\w.])(?P<d>3[01]|[12]\d|0?[1-9]|[IVXL]{1,6}|[ivxl]{1,6})(?P<m>\.?\s+(?:de\s+|di\s+)?(?P<mo>(?i:"
                      + "|".join(re.escape(f) for f in forms)
                      + r"))\.?,?\s+(?:de\s+|del\s+)?)(?=1\d{3}\b|[MDCLXVI]{4,}\b)")


def _other_language_days(text: str) -> list[tuple[int, int, str]]:
    """The replacements of a date whose month is named in another language: the month's words read as the English
    month's, a Roman day as its number."""
    found: list[tuple[int, int, str]] = []
    names = caseless.Folded(other_month_names())  # the pattern is caseless: "Auguſti" is found, and looked up
    for m in _other_language_date().finditer(text):
        day = m["d"]
        if not day.isdigit():
            value = roman_value(day)
            if value is None or not 1 <= value <= 31:
                continue
            found.append((m.start("d"), m.end("d"), str(value)))
        found.append((m.start("m"), m.end("m"), f" {names[m['mo']].capitalize()} "))
    return found


@cache
def _month_forms() -> caseless.Folded[str]:
    # folded keys: the pattern is caseless, so "ſeptr" (long s) is found and must be found in the table too
    return caseless.Folded((row[0], row[1]) for row in lexicon.rows("older_month_forms") if len(row) == 2)


@cache
def _month_form_pattern() -> re.Pattern[str]:
    forms = sorted(_month_forms(), key=len, reverse=True)
    return re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(f) for f in forms) + r")(?![\w])", re.I)


def roman_value(numeral: str) -> int | None:
    """The value of a Roman numeral written in the standard (subtractive) way, or None."""
    low = numeral.lower()
    if not low or not _CANONICAL.fullmatch(low):
        return None
    total = 0
    for here, after in zip(low, [*low[1:], ""], strict=True):
        value = _ROMAN[here]
        total += -value if after and _ROMAN[after] > value else value
    return total


# Raised (modifier) letters a transcription sets for a superscript ending ("Septʳ", "Decʳ", "2ᵈ"): each the
# letter it raises (one character for one, so offsets hold)
_RAISED = str.maketrans({raised: unicodedata.normalize("NFKC", raised) for raised in "ʳʸᵗᵈᵉⁿᵒˢʰ"})


def _replacements(text: str) -> list[tuple[int, int, str]]:
    """(start, end, as read) of each older form of ``text``, in order, none overlapping."""
    found: list[tuple[int, int, str]] = [(m.start(), m.end(), "s") for m in re.finditer("ſ", text)]
    lowered = text.translate(_RAISED)  # the raised endings on the line, same offsets ("14ᵗʰ" the 14th)
    if lowered != text:
        found += [(at, at + 1, lowered[at]) for at, (was, now) in enumerate(zip(text, lowered, strict=True))
                  if was != now]
    forms = _month_forms()
    for m in _month_form_pattern().finditer(lowered):
        short = forms[m.group()]
        found.append((m.start(), m.end(), short if m.group()[0].islower() else short.capitalize()))
    for m in _ROMAN_YEAR.finditer(text):
        value = roman_value(m.group())
        if len(m.group()) >= OLDSTYLE["min_roman_year_letters"] and value is not None \
                and OLDSTYLE["min_year"] <= value <= OLDSTYLE["max_year"]:
            found.append((m.start(), m.end(), str(value)))
    for m in _ROMAN_DAY.finditer(text):
        value = roman_value(m.group(1))
        if value is not None and 1 <= value <= 31:
            found.append((m.start(1), m.end(1) if not m.group(2).strip(". ") else m.end(2), str(value)))
    found += _other_language_days(text)
    found += ocr_years(text)  # a misread year beside a month ("14 June 1S62"), read as its digits
    for m in _DOTTED_ORDINAL.finditer(lowered):
        number = int(m.group(1)) if m.group(1).isdigit() else roman_value(m.group(1))
        if number is not None and 1 <= number <= 31:
            found.append((m.start(), m.end(), f"{number}{'th' if m.group(2) == 'd' else m.group(2)}"))
    for m in _SHORT_ORDINAL.finditer(lowered):
        found.append((m.start(), m.end(), m.group(1) + ("nd" if m.group(1).endswith("2") else "rd")))
    for pattern in (_DOUBLE_DAY_FIRST, _DOUBLE_DAY_AFTER):
        for m in pattern.finditer(text):
            old, new = int(m["old"]), int(m["new"])
            if OLDSTYLE["min_style_gap"] <= new - old <= OLDSTYLE["max_style_gap"] and new <= 31:
                found.append((m.start("old"), m.end("new"), m["new"]))  # the New Style day stands for both
    found.sort()
    out: list[tuple[int, int, str]] = []
    for start, end, read in found:
        if not out or start >= out[-1][1]:
            out.append((start, end, read))
    return out


def matching_view(text: str) -> MatchingView | None:
    """``text`` with its older forms as the rules read them, or None when it has none."""
    replacements = _replacements(text)
    if not replacements:
        return None
    parts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    written: list[tuple[int, int]] = []
    shifts: list[int] = [0]
    at = 0
    shift = 0
    for start, end, value in replacements:
        parts.append(text[at:start])
        starts.extend(range(at, start))
        ends.extend(range(at + 1, start + 1))
        parts.append(value)
        starts.extend([start] * len(value))
        ends.extend([end] * len(value))
        shift += len(value) - (end - start)
        written.append((start, end))
        shifts.append(shift)
        at = end
    parts.append(text[at:])
    starts.extend(range(at, len(text)))
    ends.extend(range(at + 1, len(text) + 1))
    return MatchingView("".join(parts), tuple(starts), tuple(ends), tuple(written), tuple(shifts))


_DAY_VALUE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
# the Julian Day Number of 0001-01-01 in the Gregorian calendar, less one (``date.toordinal`` counts from it)
_ORDINAL_JDN = 1721425


def julian_to_gregorian(value: str) -> str | None:
    """The Gregorian reading of an EDTF day (or an interval of days) read in the Julian calendar: through the
    Julian Day Number, so the gap is the one of its century (10 days to 28 February 1700, 11 to 1800, 12 to 1900,
    13 after). None when ``value`` holds no day, or a day outside ``OLDSTYLE``'s reform years."""
    parts = value.split("/")
    out: list[str] = []
    for part in parts:
        m = _DAY_VALUE.fullmatch(part)
        if m is None:
            return None
        year, month, day = (int(g) for g in m.groups())
        if not OLDSTYLE["first_reform_year"] <= year <= OLDSTYLE["last_julian_year"]:
            return None
        a = (14 - month) // 12
        y, mm = year + 4800 - a, month + 12 * a - 3
        jdn = day + (153 * mm + 2) // 5 + 365 * y + y // 4 - 32083
        out.append(dt.date.fromordinal(jdn - _ORDINAL_JDN).isoformat())
    return "/".join(out)


def gregorian_to_julian(value: str) -> str | None:
    """The Julian reading of an EDTF day (or an interval of days) given in the Gregorian calendar (a TEI
    ``date`` with ``@calendar`` naming the Julian calendar: its ``@when`` is the Gregorian day): the inverse of
    :func:`julian_to_gregorian`, through the Julian Day Number. None when ``value`` holds no day, or a day
    outside ``OLDSTYLE``'s reform years."""
    out: list[str] = []
    for part in value.split("/"):
        m = _DAY_VALUE.fullmatch(part)
        if m is None:
            return None
        try:
            day = dt.date(*(int(g) for g in m.groups()))
        except ValueError:
            return None
        if not OLDSTYLE["first_reform_year"] <= day.year <= OLDSTYLE["last_julian_year"]:
            return None
        c = day.toordinal() + _ORDINAL_JDN + 32082
        d = (4 * c + 3) // 1461
        e = c - 1461 * d // 4
        month_index = (5 * e + 2) // 153
        out.append(f"{d - 4800 + month_index // 10:04d}-{month_index + 3 - 12 * (month_index // 10):02d}"
                   f"-{e - (153 * month_index + 2) // 5 + 1:02d}")
    return "/".join(out)


@cache
def _style_mark() -> re.Pattern[str]:
    marks = sorted((row[0] for row in lexicon.rows("calendar_style_marks") if len(row) == 2), key=len, reverse=True)
    return re.compile(r"[ \t]*,?[ \t]*[(\[]?[ \t]*(" + "|".join(re.escape(m).replace(r"\ ", r"\s*") for m in marks)
                      + r")(?![\w])", re.I)


def style_marked(text: str, end: int) -> str | None:
    """The calendar a mark right after a date names ("10 March 1711, O.S.", "21 March 1711 (New Style)"):
    ``julian`` or ``gregorian`` (lexicon ``calendar_style_marks``), else None."""
    m = _style_mark().match(text, end)
    if m is None:
        return None
    return {row[0]: row[1] for row in lexicon.rows("calendar_style_marks")}.get(re.sub(r"\s+", " ", m[1].lower()))
