"""English temporal expressions -> EDTF (Library of Congress, levels 0-2).

:func:`to_edtf` normalises one expression ("June 22, 1941", "the summer of
1941", "the mid-1930s", "two years later" with an anchor). The same rules
(:data:`RULES`) drive the prose scanner in :mod:`vitrina.extract.dates`.

Conventions (every value validated with ``edtf.parse_edtf``):

* day / month / year: ``1941-06-22`` / ``1941-06`` / ``1941``
* seasons: ``YYYY-21`` spring, ``-22`` summer, ``-23`` autumn/fall, ``-24`` winter (December into the next
  year: "the winter of 1802-3" is ``1802-24``)
* a day or month written with two years, Old Style and New ("1 January 1700/01"): the later year, ``1701-01-01``
* decades: ``193X``; early / mid / late decade: ``1930/1933``, ``1933/1937``, ``1937/1939``
* centuries: "the eighteenth century" ``17XX``; early / mid / late:
  ``1700/1733``, ``1733/1766``, ``1766/1799``
* early / mid / late year: ``1945-01/1945-04``, ``1945-05/1945-08``, ``1945-09/1945-12``;
  first / second half: ``1945-01/1945-06``, ``1945-07/1945-12``
* early / mid / late month: days 1-10, 11-20, 21-last (``1941-09-11/1941-09-20``)
* approximate "circa 1900" ``1900~``; uncertain "1941?" ``1941?``
* intervals ``start/end``, each end at its own precision ("May 1944 to June 1945"
  ``1944-05/1945-06``); decade and century ends are widened to years.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache

from edtf import parse_edtf

from vitrina import lexicon
from vitrina.caseless import Folded, matchable
from vitrina.extract.numbers import NUMBER_PATTERN, TENS, parse_number
from vitrina.extract.numbers import ORDINALS as _NUMBER_ORDINALS

# ---------------------------------------------------------------- vocabulary

MONTHS = Folded({
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11,
    "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
    "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
})  # fmt: skip
SEASONS = Folded({"spring": 21, "summer": 22, "autumn": 23, "fall": 23, "winter": 24})
_SEASON_MONTH = {21: 3, 22: 6, 23: 9, 24: 12}  # first month, for ordering only
# the ordinals a century is written with ("the twenty-first century"): numbers' one table, to twenty-first
ORDINALS = {w: v for w, v in _NUMBER_ORDINALS.items() if v <= 20} | {"twenty-first": 21, "twenty first": 21}

MONTH = (
    r"(?<![A-Za-z])(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)(?![A-Za-z])"
)
MONTH_RE = re.compile(MONTH, re.I)
DAY = r"(?<!\d)(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\w])"
# The digits of a year written out, 1000 to 2099: the one year pattern of the code.
YEAR_DIGITS = r"(?:1\d{3}|20\d{2})"
YEAR = rf"(?<![\d,])(?<!\d\.)(?:{YEAR_DIGITS}|2100)(?![\d]|[,.]\d)"
# A year as a word of its own ("in 1921", "1921–25"), as comparisons and questions read one.
YEAR_WORD = re.compile(rf"\b{YEAR_DIGITS}\b")
DECADE = r"(?<![\d,])(?:1\d{2}0|20\d0)'?s(?!\w)"
SEASON = r"(?:spring|summer|autumn|fall|winter)(?![\w])"
WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+"
# A quarter of a year (lexicon ``quarter_words``): EDTF's sub-year groupings 33-36 ("Quarter 1" to "Quarter 4")
QUARTER_CODE = 32
_QUARTER_WORD = "(?:" + "|".join(sorted((re.escape(w) for w in lexicon.words("quarter_words")), key=len,
                                        reverse=True)) + r")\.?"
# the quarter's number, or the month a registration index names it by (its last: "Mar qtr" the first)
_QUARTER_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_QUARTER_MONTHS = {"mar": 1, "march": 1, "jun": 2, "june": 2, "sep": 3, "sept": 3, "september": 3, "dec": 4,
                   "december": 4}
PART = (
    r"(?:early|mid|late|the\s+(?:beginning|start|middle|end)\s+of"
    r"|the\s+(?:first|second|latter)\s+half\s+of|(?:first|second)\s+half\s+of)"
)
PART_SEP = r"(?:\s*-\s*|\s+)"
RANGE_SEP = r"(?:\s*[-–—]\s*|\s+(?:to|through|until|till|and)\s+)"
CENTURY = (
    r"(?:(?P<cn>(?:twenty[-\s])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth"
    r"|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth"
    r"|eighteenth|nineteenth|twentieth))|(?P<cd>\d{1,2})(?:st|nd|rd|th))[\s-]+century"
)
COUNT = rf"(?:{NUMBER_PATTERN}|an?)"
WEEKDAYS = {name: i for i, name in enumerate(calendar.day_name)}  # Monday 0 .. Sunday 6
WEEKDAY_NAME = "(?:" + "|".join(WEEKDAYS) + ")"
# the day of a month in words ("the first day of", "the twenty-third day of"): numbers' ordinals to the thirty-first
_DAY_ORDINALS = {w: v for w, v in _NUMBER_ORDINALS.items() if v <= 20 or v == 30}
ORDINAL_DAY = (
    r"(?:(?:twenty|thirty)[-\s])?(?:" + "|".join(sorted(_DAY_ORDINALS, key=len, reverse=True)) + ")"
)
# a year in words ("one thousand eight hundred and ninety-five", "eighteen hundred and one"): a number that
# names its hundreds or thousands (``parse_number`` reads it)
YEAR_WORDS = rf"(?=[\w-]+\s+(?:thousand|hundred)\b){NUMBER_PATTERN}"
SPAN_UNIT = r"(?:years?|months?|weeks?|days?|decades?)"


# ---------------------------------------------------------------- points


@dataclass(frozen=True, slots=True)
class Point:
    """A calendar point at year, month or day precision (season kept aside)."""

    year: int
    month: int | None = None
    day: int | None = None
    season: int | None = None

    def edtf(self) -> str:
        year = edtf_year(self.year)
        if self.season:
            return f"{year}-{self.season}"
        if self.month is None:
            return year
        if self.day is None:
            return f"{year}-{self.month:02d}"
        return f"{year}-{self.month:02d}-{self.day:02d}"


def edtf_year(year: int) -> str:
    """An astronomical year as EDTF writes it: four digits, a minus sign before 1 BCE (year 0)."""
    return f"-{-year:04d}" if year < 0 else f"{year:04d}"


_POINT_RE = re.compile(r"^(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?[~?%]?$")


def anchor_point(anchor: str | None, side: str = "end") -> Point | None:
    """The start or end of an EDTF value as a :class:`Point` (None if coarse)."""
    if not anchor:
        return None
    parts = anchor.split("/")
    m = _POINT_RE.match(parts[-1] if side == "end" else parts[0])
    if not m:
        return None
    year, month, day = int(m[1]), m[2] and int(m[2]), m[3] and int(m[3])
    if month and month > 12:
        return Point(year, season=month)
    return Point(year, month or None, day or None)


# The forms the builders emit, all accepted by ``edtf.parse_edtf`` (the tests
# check each form against it): it takes 10-60 ms a call, so these skip it.
_FAST_POINT = r"(?:\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?[~?]?|\d{4}-2[1-4]|\d{3}X|\d{2}XX)"
_FAST_POINT = rf"(?:{_FAST_POINT}|\d{{3}}X~)"  # an approximate decade, "circa 1920s"
# a point, or an interval whose one end may be open ("../1914", "1920/..": ``b_open``)
_FAST_VALUE = re.compile(rf"{_FAST_POINT}(?:/{_FAST_POINT})?|\.\./{_FAST_POINT}|{_FAST_POINT}/\.\.")


def is_valid(value: str) -> bool:
    """Whether ``value`` is EDTF the ``edtf`` package accepts (and a real calendar date)."""
    if _FAST_VALUE.fullmatch(value):
        return all(_real_day(part) for part in value.split("/"))
    return _valid(value)


def _real_day(point: str) -> bool:
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})[~?]?", point)
    if m is None:
        return True
    try:
        dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return False
    return True


@lru_cache(maxsize=4096)
def _valid(value: str) -> bool:
    try:
        parse_edtf(value)
    except Exception:
        return False
    return True


def _sort_key(value: str, side: str) -> tuple[int, int, int] | None:
    point = anchor_point(value, side)
    if point is None:
        bound = _lower(value) if side == "start" else _upper(value)
        point = anchor_point(bound, side) if bound != value else None
    if point is None:
        return None
    month = point.month or _SEASON_MONTH.get(point.season or 0) or (1 if side == "start" else 12)
    return point.year, month, point.day or (1 if side == "start" else 31)


def _lower(value: str) -> str:
    value = value.split("/")[0]
    return value.replace("X", "0") if re.fullmatch(r"\d{2,3}X+", value) else value


def _upper(value: str) -> str:
    value = value.split("/")[-1]
    return value.replace("X", "9") if re.fullmatch(r"\d{2,3}X+", value) else value


def disjoint(a: str, b: str) -> bool:
    """Whether two EDTF values share no day (False when either's bounds are unknown)."""
    bounds = [(_sort_key(v, "start"), _sort_key(v, "end")) for v in (a, b)]
    if any(k is None for pair in bounds for k in pair):
        return False
    (a_lo, a_hi), (b_lo, b_hi) = bounds
    return a_hi < b_lo or b_hi < a_lo  # type: ignore[operator]


def interval(start: str | None, end: str | None) -> str | None:
    """``start/end`` from two EDTF values, widening unspecified digits."""
    if not start or not end:
        return None
    lo, hi = _lower(start), _upper(end)
    if lo == hi:
        return lo
    key_lo, key_hi = _sort_key(lo, "start"), _sort_key(hi, "end")
    if key_lo is None or key_hi is None or key_lo > key_hi:
        return None
    value = f"{lo}/{hi}"
    return value if is_valid(value) else None


# ---------------------------------------------------------------- builders


def _year(text: str) -> int:
    return int(text)


def _month(text: str) -> int:
    return MONTHS[text.rstrip(".")]


def _day(text: str) -> int:
    return int(re.match(r"\d+", text)[0])  # type: ignore[index]


def _date(year: int, month: int, day: int) -> str | None:
    try:
        dt.date(year, month, day)
    except ValueError:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _part_kind(text: str) -> str:
    text = text.lower()
    if "first half" in text:
        return "h1"
    if "second half" in text or "latter half" in text:
        return "h2"
    if text.startswith(("early", "the beginning", "the start")):  # also "earlier"
        return "early"
    if text.startswith(("mid", "the middle")):
        return "mid"
    return "late"


_YEAR_PARTS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12), "h1": (1, 6), "h2": (7, 12)}
_DECADE_PARTS = {"early": (0, 3), "mid": (3, 7), "late": (7, 9), "h1": (0, 4), "h2": (5, 9)}
_CENTURY_PARTS = {
    "early": (0, 33),
    "mid": (33, 66),
    "late": (66, 99),
    "h1": (0, 49),
    "h2": (50, 99),
}


def _month_part(year: int, month: int, kind: str) -> str:
    last = calendar.monthrange(year, month)[1]
    lo, hi = {"early": (1, 10), "mid": (11, 20), "late": (21, last), "h1": (1, 15)}.get(
        kind, (16, last)
    )
    return f"{year:04d}-{month:02d}-{lo:02d}/{year:04d}-{month:02d}-{hi:02d}"


def _anchor_year(anchor: str | None) -> int | None:
    point = anchor_point(anchor, "end")
    return point.year if point else None


Builder = Callable[[re.Match[str], str | None], str | None]


def b_full(m: re.Match[str], anchor: str | None) -> str | None:
    year = _year(m["y"]) if m["y"] else _anchor_year(anchor)
    if not year:
        return None
    month, day = _month(m["m"]), _day(m["d"])
    year = _dual_year(year, m, month, day)
    return _date(year, month, day) if year else None


def b_numeric(m: re.Match[str], anchor: str | None) -> str | None:
    """A date written in figures only, day and month by the convention of its separator: dotted day first
    ("14.7.1916", the European and British military style); slashed by whichever figure cannot be a month
    ("14/7/1916" day first, "7/14/1916" month first), and when both can, either ("3/4/1921" → the set
    ``[1921-03-04,1921-04-03]``). A two-figure year ("14.7.16") takes the century that puts it nearest the anchor
    (the date the passage is in), and is not read without one."""
    year = _year(m["y"]) if len(m["y"]) == 4 else _near_year(int(m["y"]), _anchor_year(anchor))
    if not year:
        return None
    a, b = int(m["a"]), int(m["b"])
    if m["sep"] == "." or b <= 12 < a:
        return _date(year, b, a)
    if a <= 12 < b:
        return _date(year, a, b)
    readings = sorted({d for d in (_date(year, b, a), _date(year, a, b)) if d})
    return readings[0] if len(readings) == 1 else f"[{','.join(readings)}]" if readings else None


def _near_year(two_figures: int, anchor_year: int | None) -> int | None:
    """The year ending in ``two_figures`` nearest ``anchor_year`` (None without an anchor)."""
    if anchor_year is None:
        return None
    base = anchor_year - anchor_year % 100 + two_figures
    return min((base - 100, base, base + 100), key=lambda y: abs(y - anchor_year))


def b_roman_month(m: re.Match[str], anchor: str | None) -> str | None:
    """A day, a month in Roman numerals and a year, dotted or slashed, as naturalists and registrars write a
    collecting date ("12.vi.1898", "3/XI/1902"): the day, never only its year."""
    return _date(_year(m["y"]), ROMAN_MONTHS[m["rm"].lower()], _day(m["d"]))


def _dual_year(year: int, m: re.Match[str], month: int, day: int | None) -> int | None:
    """The year of a date written with two years ("1700/01"): the later one, the year as counted from 1 January
    (New Style), for a day from 1 January to 24 March, the only days so written; None when the second year
    is no such year (not the next one, or a day after 24 March); ``year`` when none is written."""
    written = m.groupdict().get("yd")
    if not written:
        return year
    later = year + 1
    if int(written) != later % 10 ** len(written) or (month, day or 1) > (3, 24):
        return None
    return later


def b_day_range(m: re.Match[str], anchor: str | None) -> str | None:
    year = _year(m["y"]) if m["y"] else _anchor_year(anchor)
    if not year:
        return None
    month = _month(m["m"])
    if m["y"]:
        year = _dual_year(year, m, month, _day(m["d2"]))
        if not year:
            return None
    return interval(_date(year, month, _day(m["d1"])), _date(year, month, _day(m["d2"])))


def b_month_year(m: re.Match[str], anchor: str | None) -> str | None:
    year = _year(m["y"]) if m["y"] else _anchor_year(anchor)
    year = _dual_year(year, m, _month(m["m"]), None) if year else None
    return f"{year:04d}-{_month(m['m']):02d}" if year else None


def b_part_month(m: re.Match[str], anchor: str | None) -> str | None:
    year = _year(m["y"]) if m["y"] else _anchor_year(anchor)
    return _month_part(year, _month(m["m"]), _part_kind(m["p"])) if year else None


def b_season(m: re.Match[str], anchor: str | None) -> str | None:
    """ "the summer of 1802"; a season written with two years ("the winter of 1802-3", "1802-03", "1802-1803"):
    a winter runs from December into the next year, so it is that one winter (EDTF ``1802-24``); another
    season so written is the interval from the first year's to the second's."""
    year, season = _year(m["y"]), SEASONS[m["s"]]
    end = _second_year(year, m.groupdict().get("y2") or "")
    if end <= year:
        return f"{year:04d}-{season}"
    if season == SEASONS["winter"] and end == year + 1:
        return f"{year:04d}-{season}"
    return interval(f"{year:04d}-{season}", f"{end:04d}-{season}")


def b_season_pair(m: re.Match[str], anchor: str | None) -> str | None:
    year = _year(m["y"])
    s1, s2 = SEASONS[m["s1"]], SEASONS[m["s2"]]
    if s1 == s2:
        return f"{year:04d}-{s1}"
    first = year if s1 < s2 else year - 1
    return interval(f"{first:04d}-{s1}", f"{year:04d}-{s2}")


def _second_year(year: int, written: str) -> int:
    """The second year of "1802-3", "1802-03", "1809-10", "1799-00" or "1802-1803" (the first year when none)."""
    if len(written) in (0, 4):
        return int(written) if written else year
    step = 10 ** len(written)
    end = year // step * step + int(written)
    return end + step if end <= year else end


def b_quarter(m: re.Match[str], anchor: str | None) -> str | None:
    """ "Qtr 2 1911", "Q2 1911", "the second quarter of 1911", "Jun qtr 1911" (a registration index names a
    quarter by its last month): EDTF's quarter of the year (``1911-34``)."""
    if m["qo"]:
        number = _QUARTER_ORDINALS[m["qo"].lower()]
    elif m["qm"]:
        number = _QUARTER_MONTHS[m["qm"].lower()]
    else:
        number = int(m["qn"] or m["qq"])
    return f"{_year(m['y']):04d}-{QUARTER_CODE + number}"


def b_part_year(m: re.Match[str], anchor: str | None) -> str | None:
    year = _year(m["y"])
    lo, hi = _YEAR_PARTS[_part_kind(m["p"])]
    return f"{year:04d}-{lo:02d}/{year:04d}-{hi:02d}"


def b_decade(m: re.Match[str], anchor: str | None) -> str | None:
    """ "the 1920s" is a decade; "the 1800s" reads as the century (before 2000)."""
    base = int(m["y"][:4])
    mark = "~" if m["q"] else ""  # "circa 1920s": an approximate decade, ``192X~``
    if base % 100 == 0 and base < 2000:
        value = _century_value(base, m["p"])
        return value + mark if "/" not in value else value
    if not m["p"]:
        return f"{base // 10:03d}X{mark}"
    lo, hi = _DECADE_PARTS[_part_kind(m["p"])]
    return f"{base + lo:04d}/{base + hi:04d}"


def b_century(m: re.Match[str], anchor: str | None) -> str | None:
    number = int(m["cd"]) if m["cd"] else ORDINALS[re.sub(r"[-\s]+", "-", m["cn"].lower())]
    if not 1 <= number <= 21:
        return None
    era = m["ce"]
    if era and era != era.upper():
        return None  # "ce" in lower case is a word, not an era
    if era and era_year(1, era) != 1:  # "the 3rd century BC": from n*100 BC to (n-1)*100 + 1 BC;
        # its parts (early, late) run backwards in years and are not read
        return None if m["p"] else f"{edtf_year(1 - number * 100)}/{edtf_year((1 - number) * 100)}"
    return _century_value((number - 1) * 100, m["p"])


def _century_value(base: int, part: str | None) -> str:
    if not part:
        return f"{base // 100:02d}XX"
    lo, hi = _CENTURY_PARTS[_part_kind(part)]
    return f"{base + lo:04d}/{base + hi:04d}"


def b_year(m: re.Match[str], anchor: str | None) -> str | None:
    value = f"{_year(m['y']):04d}"
    if m["u"]:
        return value + "?"
    return value + "~" if m["q"] else value


def b_year_yy(m: re.Match[str], anchor: str | None) -> str | None:
    """A range whose end is written with its last two digits ("1914-18", "1998-99", "1899-00").
    The end is a later year of the same century, or the next century's first from a century's
    last year; "1941-06" names no such year (nobody writes 1941-2006 so) and is read as an ISO
    month instead (``b_iso``)."""
    start = _year(m["y"])
    digits = int(m["y2"])
    end = start // 100 * 100 + digits
    if end <= start:
        if start % 100 != 99 or digits != 0:
            return None
        end += 100
    return interval(str(start), str(end))


def b_iso(m: re.Match[str], anchor: str | None) -> str | None:
    """An ISO 8601 calendar date or month in running text ("1941-06-22", "1941-06"): one day
    or one month, never the range of its first two numbers."""
    return _date(_year(m["y"]), int(m["mo"]), int(m["d"])) if m["d"] else f"{_year(m['y']):04d}-{m['mo']}"


def era_year(number: int, era: str) -> int | None:
    """The astronomical year of a year written with its era: n BC/BCE is 1 - n (1 BCE is year 0,
    as EDTF counts), AD/CE years are themselves; None for a year 0, which no era has."""
    if number < 1:
        return None
    return 1 - number if era.upper().replace(".", "").replace(" ", "").startswith("B") else number


def b_era(m: re.Match[str], anchor: str | None) -> str | None:
    """A year with its era ("44 BC", "around 1500 BCE", "AD 79"), or a range of two years sharing
    the era written after the second ("1500-1400 BC"), as EDTF astronomical years."""
    era = m["e"] or m["e2"]
    if era != era.upper():
        return None
    end = era_year(int((m["y"] or m["y2"]).replace(",", "")), era)
    if end is None:
        return None
    if m["y1"]:
        start = era_year(int(m["y1"].replace(",", "")), era)
        if start is None:
            return None
        mark = "~" if m["q"] else ""  # "c. 150-100 BC": the circa before a range qualifies both ends
        return interval(edtf_year(start) + mark, edtf_year(end) + mark)
    value = edtf_year(end)
    return value + "~" if m["q"] else value


def b_range(m: re.Match[str], anchor: str | None) -> str | None:
    """Two points; the left side borrows the right side's year when it lacks one."""
    right = to_edtf(m["b"], anchor)
    left = to_edtf(m["a"], right or anchor)
    if left and right and left.endswith("~") and re.fullmatch(r"-?\d{4}", right) and re.fullmatch(
            r"-?\d{4}~", left):
        right += "~"  # "c. 1760-1770": a circa before a range of two bare years qualifies both ends
    return interval(left, right)


def open_words(side: str) -> tuple[str, ...]:
    """The words before a date that make it the ``side`` ("end" or "start") of an open interval (lexicon
    ``date_open_end_words``), longest first."""
    return tuple(sorted((w for w, s in lexicon.rows("date_open_end_words") if s == side), key=len, reverse=True))


def b_open(m: re.Match[str], anchor: str | None) -> str | None:
    """ "before 1914" ``../1914``, "since 1920" ``1920/..``: the date bounds a time on one side only (EDTF open
    intervals); an interval written after the word keeps its own reading."""
    point = to_edtf(m["a"], anchor)
    if not point or "/" in point:
        return None
    return f"../{point}" if m["ow"].lower().split()[0] in _OPEN_END_FIRST else f"{point}/.."


# ---------------------------------------------------------------- relative


def _shift(point: Point, unit: str, n: int) -> Point | None:
    """Move a point by ``n`` units, keeping the unit's precision."""
    unit = unit.rstrip("s")
    if unit in ("year", "decade"):
        return Point(point.year + n * (10 if unit == "decade" else 1))
    if unit == "month":
        if point.month is None:
            return None
        index = point.year * 12 + point.month - 1 + n
        return Point(index // 12, index % 12 + 1)
    if unit in ("day", "week", "night", "morning", "evening", "afternoon"):
        if point.day is None or point.month is None:
            return None
        days = n * (7 if unit == "week" else 1)
        moved = dt.date(point.year, point.month, point.day) + dt.timedelta(days=days)
        return Point(moved.year, moved.month, moved.day)
    return None


def _count(text: str) -> int | None:
    text = text.lower()
    value = 1.0 if text in ("a", "an") else parse_number(text)
    return int(value) if value is not None and value == int(value) and value < 1000 else None


_REL_DIRECTION = {
    "following": 1, "next": 1, "previous": -1, "preceding": -1, "prior": -1,
}  # fmt: skip


def b_relative_unit(m: re.Match[str], anchor: str | None) -> str | None:
    """ "the following year", "later that month", "the same day", "that night"."""
    det = re.sub(r"\s+", " ", m["det"].lower())
    step = next((v for k, v in _REL_DIRECTION.items() if k in det), 0)
    point = anchor_point(anchor, "start" if step < 0 else "end")
    if point is None:
        return None
    unit = m["u"].lower()
    moved = _shift(point, unit, step)  # step 0: the anchor at the unit's precision
    return moved.edtf() if moved else None


def b_unit_after(m: re.Match[str], anchor: str | None) -> str | None:
    """ "the year after", "the day before"."""
    step = 1 if m["dir"].lower() == "after" else -1
    point = anchor_point(anchor, "end" if step > 0 else "start")
    moved = _shift(point, m["u"].lower(), step) if point else None
    return moved.edtf() if moved else None


def b_offset(m: re.Match[str], anchor: str | None) -> str | None:
    """ "two years later", "three months earlier"."""
    n = _count(m["n"])
    step = -1 if m["dir"].lower() in ("earlier", "before") else 1
    point = anchor_point(anchor, "end" if step > 0 else "start")
    if n is None or point is None:
        return None
    moved = _shift(point, m["u"].lower(), n * step)
    return moved.edtf() if moved else None


def b_within(m: re.Match[str], anchor: str | None) -> str | None:
    """ "within two days (of ...)": anchor .. anchor + n, or the anchor if coarser."""
    n = _count(m["n"])
    point = anchor_point(anchor, "end")
    if n is None or point is None:
        return None
    moved = _shift(point, m["u"].lower(), n)
    if moved is None:
        return point.edtf()
    return interval(_shift(point, m["u"].lower(), 0).edtf(), moved.edtf())  # type: ignore[union-attr]


def b_rel_season(m: re.Match[str], anchor: str | None, step: int = 0) -> str | None:
    """ "that summer", "in the spring", "the following winter"; ``step`` (+1 the next such season after the
    anchor, -1 the last one) reads a season the words give no direction ("in the spring") by the clause's tense."""
    det = re.sub(r"\s+", " ", (m["det"] or "").lower())
    step = next((v for k, v in _REL_DIRECTION.items() if k in det), step)
    point = anchor_point(anchor, "start" if step < 0 else "end")
    if point is None:
        return None
    season = SEASONS[m["s"]]
    year = point.year
    if step and point.season is None and point.month in (1, 2):
        year -= 1  # January and February lie in the winter that began the December before (``YYYY-24``)
    if step:
        known = point.season or (
            {1: 24, 2: 24, 12: 24}.get(point.month or 0) or 21 + ((point.month or 0) - 3) // 3
            if point.month
            else None
        )
        later = known is not None and (season > known if step > 0 else season < known)
        year += 0 if later else step
    return f"{year:04d}-{season}"


def _ordinal_day(text: str) -> int | None:
    """1-31 from "5th", "first", "twenty-third" (None for another number)."""
    text = re.sub(r"[-\s]+", " ", text.lower())
    if text[0].isdigit():
        value = _day(text)
    else:
        *tens, word = text.split()
        value = _DAY_ORDINALS.get(word, 0) + (TENS.get(tens[0], 0) if tens else 0)
    return value if 1 <= value <= 31 else None


def b_day_words(m: re.Match[str], anchor: str | None) -> str | None:
    """A date as deeds and wills write it: "the first day of February one thousand eight hundred and ninety-five",
    "this 12th day of September 1901", "the second day of May in the year of our Lord 1850"."""
    day = _ordinal_day(m["d"])
    if m["y"]:
        number = parse_number(m["y"]) if not m["y"].isdigit() else float(m["y"])
        year = int(number) if number is not None and number == int(number) and 1000 <= number <= 2100 else None
    else:
        year = _anchor_year(anchor)
    return _date(year, _month(m["m"]), day) if year and day else None


def _day_point(anchor: str | None) -> dt.date | None:
    """The anchor as a calendar day, if it is one."""
    point = anchor_point(anchor, "end")
    if point is None or point.day is None or point.month is None:
        return None
    return dt.date(point.year, point.month, point.day)


@cache
def deictic_days() -> dict[str, int]:
    """Words naming a day by its distance from the day of writing (lexicon ``deictic_days``)."""
    return {re.sub(r"\s+", " ", row[0]): int(row[1]) for row in lexicon.rows("deictic_days")}


@cache
def month_reference_words() -> dict[str, int]:
    """"inst.", "ult.", "prox.": the month a day written alone is in (lexicon ``month_reference_words``)."""
    return {row[0]: int(row[1]) for row in lexicon.rows("month_reference_words")}


def b_deictic(m: re.Match[str], anchor: str | None) -> str | None:
    """ "yesterday", "last night", "this morning", "to-morrow": a day counted from the date of writing."""
    day = _day_point(anchor)
    offset = deictic_days().get(re.sub(r"\s+", " ", m["w"].lower()))
    if day is None or offset is None:
        return None
    return (day + dt.timedelta(days=offset)).isoformat()


_STEP_WORDS = {"last": -1, "next": 1}


def b_weekday(m: re.Match[str], anchor: str | None, step: int = 0) -> str | None:
    """ "on Monday last", "next Friday", a diary's "Tuesday": the nearest such weekday before (``step`` -1) or
    after (+1) the date of writing; "last" / "next" written beside it decide over ``step``."""
    day = _day_point(anchor)
    said = (m["pre"] or m["post"] or "").lower()
    step = _STEP_WORDS.get(said, step)
    if day is None or not step:
        return None
    wanted = WEEKDAYS[m["wd"].capitalize()]
    gap = (wanted - day.weekday()) % 7 if step > 0 else -((day.weekday() - wanted) % 7)
    return (day + dt.timedelta(days=gap or 7 * step)).isoformat()


def b_day_of_month(m: re.Match[str], anchor: str | None, step: int = 0) -> str | None:
    """ "the 14th", "your letter of the 2nd inst.", "the night of the 14th–15th" (``_day_span``): the day of the
    month of writing, or of the next month
    (``step`` +1: the nearest such day after it) or the last (-1: the nearest on or before it); "inst." / "ult." /
    "prox." written beside it name the month."""
    day, number = _day_point(anchor), _ordinal_day(m["d"])
    if day is None or number is None:
        return None
    ref = (m["ref"] or "").lower().rstrip(".")
    if ref in month_reference_words():
        months = month_reference_words()[ref]
    elif step > 0:
        months = 0 if number > day.day else 1
    elif step < 0:
        months = 0 if number <= day.day else -1
    else:
        return None
    index = day.year * 12 + day.month - 1 + months
    first = _date(index // 12, index % 12 + 1, number)
    return _day_span(first, _ordinal_day(m["d2"])) if first and m["d2"] else first


DAY_SPAN = {"max_days": 7}  # "the 14th–15th": the longest run of days two days of the month written so may name


def _day_span(first: str, last_day: int | None) -> str | None:
    """ "the 14th–15th" (a night, a run of days): the interval from ``first`` to the next ``last_day`` of the
    month on or after it (in the next month when it is smaller: "the 31st–1st"); None past ``DAY_SPAN``."""
    start = dt.date.fromisoformat(first)
    if last_day is None:
        return None
    for gap in range(1, DAY_SPAN["max_days"] + 1):
        end = start + dt.timedelta(days=gap)
        if end.day == last_day:
            return f"{first}/{end.isoformat()}"
    return None


def b_month_only(m: re.Match[str], anchor: str | None) -> str | None:
    year = _anchor_year(anchor)
    return f"{year:04d}-{_month(m['m']):02d}" if year else None


# ---------------------------------------------------------------- rules


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: str
    build: Builder
    scan: bool = True  # used by the prose scanner (some are for to_edtf only)
    # a rule whose direction the words may not give ("on Tuesday", "the 14th"): read before (-1) or after (+1) the
    # date of writing by the prose scanner (``dates``), from the clause's tense and the line it stands on
    toward: Callable[[re.Match[str], str | None, int], str | None] | None = None

    @property
    def scanner(self) -> re.Pattern[str]:
        return _compile(self.pattern, False)

    @property
    def full(self) -> re.Pattern[str]:
        return _compile(self.pattern, True)


# what every prose scanner opens with: a date does not start inside a word
SCAN_GUARD = r"(?<![\w-])"


@cache
def _compile(pattern: str, full: bool) -> re.Pattern[str]:
    if full:
        return re.compile(rf"(?:{pattern})", re.I)
    return re.compile(rf"{SCAN_GUARD}(?:{pattern})(?![\w])", re.I)


def _after_words(words: str) -> str:
    """A lookbehind: preceded by one of ``words`` and a space (fixed-width pieces)."""
    return "(?:" + "|".join(rf"(?<=\b{w}\s)" for w in words.split()) + ")"


def _ungroup(pattern: str) -> str:
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


# an era after a year ("44 BC", "1500 B.C.E.") or before it ("AD 79"); only in capitals (``b_era``:
# "ad" and "ce" in lower case are words; the scan's heads need the pattern free of inline flags)
ERA_AFTER = r"(?:B\.\s?C\.(?:\s?E\.)?|BCE|BC|A\.\s?D\.|C\.\s?E\.|AD|CE)"
ERA_BEFORE = r"(?:A\.\s?D\.|AD)"
# the later year of a double-dated year ("1 January 1700/01", "February 10, 1745/6": the Old Style year began on
# 25 March, so a day from 1 January to 24 March was written with both years; ``_dual_year``)
DUAL = r"(?:/(?P<yd>\d{1,2})(?!\d))?"
_FULL_MDY = rf"(?:{WEEKDAY})?(?P<m>{MONTH})\s+(?P<d>{DAY}),?\s+(?P<y>{YEAR}){DUAL}"
_FULL_DMY = rf"(?:{WEEKDAY})?(?:the\s+)?(?P<d>{DAY})\s+(?:of\s+)?(?P<m>{MONTH}),?\s+(?P<y>{YEAR}){DUAL}"
_PART_MONTH = rf"(?P<p>{PART}){PART_SEP}(?P<m>{MONTH})(?:,?\s+(?:of\s+)?(?P<y>{YEAR}))?"
_MONTH_YEAR = rf"(?P<m>{MONTH}),?\s+(?:of\s+)?(?P<y>{YEAR}){DUAL}"
_SEASON_YEAR = (
    rf"(?:the\s+)?(?:(?:early|late|mid)[\s-]*)?(?P<s>{SEASON})\s+(?:of\s+)?(?P<y>{YEAR})"
    r"(?:\s*[-–/]\s*(?P<y2>\d{4}|\d{1,2})(?!\d))?"
)
_PART_YEAR = rf"(?P<p>{PART}){PART_SEP}(?:in\s+)?(?P<y>{YEAR})"
_QUARTER_YEAR = (
    rf"(?:(?:the\s+)?(?P<qo>first|second|third|fourth|1st|2nd|3rd|4th)\s+{_QUARTER_WORD}(?:\s+of)?"
    rf"|{_QUARTER_WORD}\s*(?P<qn>[1-4])|Q(?P<qq>[1-4])"
    rf"|(?P<qm>March|June|September|December|Mar|Jun|Sept|Sep|Dec)\.?\s+{_QUARTER_WORD})"
    rf",?\s+(?P<y>{YEAR})"
)
_DECADE = rf"(?:(?P<q>around|circa|ca\.|c\.|about|approximately|roughly)\s*)?(?:the\s+)?(?:(?P<p>early|mid|late|later|earlier){PART_SEP}?)?(?P<y>{DECADE})"
_CENTURY = (rf"(?:the\s+)?(?:(?P<p>early|mid|late|{PART}){PART_SEP}?)?(?:the\s+)?{CENTURY}"
            rf"(?:\s+(?P<ce>{ERA_AFTER}))?")
_YEAR = (
    rf"(?:(?P<q>around|circa|ca\.|c\.|about|approximately|roughly)\s*)?(?:the\s+year\s+)?"
    rf"(?P<y>{YEAR})(?P<u>\?)?"
)
# ISO 8601 in running text: a calendar date or a month, each part two digits ("1941-06-22", "1941-06")
_ISO = (rf"(?P<y>{YEAR_DIGITS})-(?P<mo>0[1-9]|1[0-2])(?:-(?P<d>0[1-9]|[12]\d|3[01])(?![\d-])|(?!-?\d))")
ERA_NUMBER = r"(?<![\d,.])(?:\d,\d{3}|\d{1,4})(?![\d])"  # EDTF writes four digits at most
_ERA = (
    r"(?:(?P<q>around|circa|ca\.|c\.|about|approximately|roughly)\s*)?"
    rf"(?:(?P<y1>{ERA_NUMBER})\s*(?:[-–—]|\s(?:to|until|till|through)\s)\s*)?"
    rf"(?:(?P<y>{ERA_NUMBER})\s*(?P<e>{ERA_AFTER})|(?P<e2>{ERA_BEFORE})\s*(?P<y2>{ERA_NUMBER}))"
)
# the months in Roman numerals, i to xii (a day.month.year date "12.vi.1898"; ``b_roman_month``)
ROMAN_MONTHS = {numeral: n for n, numeral in enumerate(
    ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"], start=1)}
_ROMAN_MONTH = "(?:" + "|".join(sorted(ROMAN_MONTHS, key=len, reverse=True)) + ")"
# the same separator on both sides of the month ("12.vi.1898", "12 vi 1898" is not one: spaces read as words)
_DAY_ROMAN_MONTH = (rf"(?P<d>(?<!\d)(?:3[01]|[12]\d|0?[1-9]))(?P<sep>[./])\s?(?P<rm>{_ROMAN_MONTH})"
                    rf"(?P=sep)\s?(?P<y>{YEAR_DIGITS})(?![\d]|[,.]\d)")
# day, month and year in figures with one separator throughout; not part of a longer dotted number ("2.3.15.4")
_NUMERIC_DATE = (r"(?<![\d.,/])(?P<a>0?[1-9]|[12]\d|3[01])(?P<sep>[./])(?P<b>0?[1-9]|[12]\d|3[01])(?P=sep)"
                 rf"(?P<y>{YEAR_DIGITS}|\d{{2}})(?!\d|[.,/]\d)")
_MONTH_DAY = rf"(?:{WEEKDAY})?(?P<m>{MONTH})\s+(?P<d>{DAY})(?!,?\s*\d)(?P<y>)"
_DAY_MONTH = rf"(?:{WEEKDAY})?(?:the\s+)?(?P<d>{DAY})\s+(?:of\s+)?(?P<m>{MONTH})(?!,?\s*\d)(?P<y>)"

# one side of a range: any absolute point, or a partial one completed from the other side
_POINT = "|".join(
    _ungroup(p)
    for p in (_ISO, _FULL_MDY, _FULL_DMY, _PART_MONTH, _MONTH_YEAR, _SEASON_YEAR, _PART_YEAR,
              _DECADE, _CENTURY, _YEAR, _MONTH_DAY.replace("(?P<y>)", ""), MONTH)
)  # fmt: skip

# cheap guard: how a point can start (saves most of the range scan's time)
_POINT_START = (
    r"(?=\d|(?:the|early|mid|late|later|earlier|first|second|third|fourth|fifth|sixth"
    r"|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth"
    r"|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty|around|circa|ca?\."
    r"|about|approximately|roughly|spring|summer|autumn|fall|winter|jan|feb|mar|apr|may"
    r"|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun))"
)

_OPEN_END_FIRST = frozenset(w.split()[0] for w in open_words("end"))
_OPEN_WORDS = "|".join(w.replace(" ", r"\s+") for w in (*open_words("end"), *open_words("start")))

RULES: tuple[Rule, ...] = (
    Rule("full_mdy", _FULL_MDY, b_full),
    Rule("full_dmy", _FULL_DMY, b_full),
    # the day closed by a period before its double-dated year, as English writers of the time wrote it ("March 10.
    # 1710/11"): read only with the second year, which no sentence's end and next sentence's start write
    Rule("full_mdy_dotted", rf"(?:{WEEKDAY})?(?P<m>{MONTH})\s+(?P<d>{DAY})\.\s+(?P<y>{YEAR})/(?P<yd>\d{{1,2}})(?!\d)",
         b_full),
    Rule(
        "day_range_mdy",
        rf"(?P<m>{MONTH})\s+(?P<d1>{DAY})\s*(?:[-–—]|\s(?:to|through|and)\s)\s*(?P<d2>{DAY})"
        rf"(?:,?\s+(?P<y>{YEAR}){DUAL})?",
        b_day_range,
    ),
    Rule(
        "day_range_dmy",
        rf"(?P<d1>{DAY})\s*(?:[-–—]|\s(?:to|and)\s)\s*(?P<d2>{DAY})\s+(?:of\s+)?(?P<m>{MONTH})"
        rf"(?:,?\s+(?P<y>{YEAR}){DUAL})?",
        b_day_range,
    ),
    Rule("day_roman_month", _DAY_ROMAN_MONTH, b_roman_month),
    # a date in figures ("14.7.1916", "21.3.18", "3/4/1921"); a two-figure year needs the anchor (``b_numeric``)
    Rule("numeric_date", _NUMERIC_DATE, b_numeric),
    Rule("era", _ERA, b_era),
    # before ``iso``: of two readings as long, "1905-06" is the season 1905/1906 (see ``b_year_yy``)
    Rule("year_yy", rf"(?P<y>{YEAR})\s*[-–—/]\s*(?P<y2>\d{{2}})(?![\d])", b_year_yy),
    Rule("iso", _ISO, b_iso),
    Rule(
        "season_pair",
        rf"(?:the\s+)?(?P<s1>{SEASON})\s+(?:and|or|to|through|[-–])\s+(?:the\s+)?(?P<s2>{SEASON})"
        rf"\s+(?:of\s+)?(?P<y>{YEAR})",
        b_season_pair,
    ),
    Rule("part_month", _PART_MONTH, b_part_month),
    Rule("month_year", _MONTH_YEAR, b_month_year),
    Rule("season_year", _SEASON_YEAR, b_season),
    Rule("quarter_year", _QUARTER_YEAR, b_quarter),
    Rule("part_year", _PART_YEAR, b_part_year),
    Rule("decade", _DECADE, b_decade),
    Rule("century", _CENTURY, b_century),
    Rule("year", _YEAR, b_year),
    Rule("open", rf"(?P<ow>{_OPEN_WORDS})\s+(?P<a>{_POINT})", b_open),
    Rule(
        "range_from",
        rf"(?:from|between)\s+(?P<a>{_POINT})\s+(?:to|until|till|through|and|[-–—])\s+"
        rf"(?P<b>{_POINT})",
        b_range,
    ),
    Rule(
        "range",
        rf"{_POINT_START}(?P<a>{_POINT}){RANGE_SEP.replace('|and', '')}(?P<b>{_POINT})",
        b_range,
    ),
    Rule("range_slash", rf"(?P<a>{_ungroup(_DECADE)})\s*/\s*(?P<b>{_ungroup(_DECADE)})", b_range),
    # ---- relative: need an anchor
    Rule("month_day", _MONTH_DAY, b_full),
    Rule("day_month", _DAY_MONTH, b_full),
    Rule(
        "relative_unit",
        r"(?P<det>(?:later|earlier)\s+(?:that|in\s+(?:that|the\s+same))|that(?:\s+same)?"
        r"|the\s+(?:very\s+)?same|the\s+following|the\s+next|the\s+previous|the\s+preceding"
        r"|the\s+prior)\s+(?P<u>year|month|day|night|morning|evening|afternoon)",
        b_relative_unit,
    ),
    Rule(
        "unit_after",
        r"the\s+(?P<u>year|month|day)\s+(?P<dir>after|before)(?=\s*[,.;:)]|\s+(?:that|this)\b|$)",
        b_unit_after,
    ),
    Rule(
        "offset",
        rf"(?P<n>{COUNT})\s+(?P<u>{SPAN_UNIT})\s+(?P<dir>later|earlier|afterwards?|thereafter)",
        b_offset,
    ),
    Rule(
        "within",
        rf"within\s+(?P<n>{COUNT})\s+(?P<u>{SPAN_UNIT})(?=\s+(?:of|after|from)\b|$)",
        b_within,
    ),
    Rule(
        "rel_season",
        rf"(?P<det>that(?:\s+same)?|the\s+same|the\s+following|the\s+next|the\s+previous"
        rf"|the\s+preceding|{_after_words('in during by until through')}the)"
        rf"\s+(?P<s>{SEASON})(?!\s+(?:of|\d))",
        b_rel_season,
        toward=b_rel_season,
    ),
    Rule(
        "in_month",
        rf"{_after_words('in by until since during through that from before after late early')}"
        rf"(?P<m>{MONTH})(?!\s*,?\s*\d)",
        b_month_only,
    ),
    # ---- counted from the date the text is written under (``dates``: a letter's, an entry's, a dateline's)
    Rule(
        "day_words",
        rf"(?:the\s+|this\s+)?(?P<d>{ORDINAL_DAY}|{DAY})\s+day\s+of\s+(?P<m>{MONTH})"
        rf"(?:,?\s+(?:in\s+the\s+year\s+(?:of\s+our\s+lord\s+)?)?(?P<y>{YEAR}|{YEAR_WORDS}))?",
        b_day_words,
    ),
    Rule("deictic", r"(?P<w>" + "|".join(sorted((w.replace(" ", r"\s+") for w in deictic_days()),
                                              key=len, reverse=True)) + ")", b_deictic),
    Rule(
        "weekday",
        rf"(?:(?P<pre>last|next|following)\s+)?(?P<wd>{WEEKDAY_NAME})(?:\s+(?P<post>last|next)(?!\s+\w+day\b))?",
        b_weekday,
        toward=b_weekday,
    ),
    Rule(
        "day_of_month",
        r"the\s+(?P<d>(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th))"
        r"(?:\s*[-–—]\s*(?P<d2>(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)))?(?:\s+(?P<ref>"
        + "|".join(sorted(month_reference_words(), key=len, reverse=True))
        + r")\.?)?(?!\s+(?:day|days|of|century|centuries)\b|\s*[-–—]\s*\d)",
        b_day_of_month,
        toward=b_day_of_month,
    ),
    # ---- only for to_edtf (too loose for prose)
    Rule("month_only", rf"(?P<m>{MONTH})", b_month_only, scan=False),
    Rule("season_only", rf"(?P<det>the\s+)?(?P<s>{SEASON})", b_rel_season, scan=False),
)

_LEADING = re.compile(r"^(?:in|on|during|since|by|until|at|for|of|throughout)\s+", re.I)


def to_edtf(expression: str, anchor: str | None = None) -> str | None:
    """The EDTF value of one temporal expression, or None if it is not one.

    ``anchor`` (an EDTF value) resolves relative or partial expressions:
    ``to_edtf("the following year", "1941")`` is ``"1942"``.
    """
    # scanned as the tables are keyed ("Auguſt" is read as "August": ``caseless``)
    text = re.sub(r"\s+", " ", matchable(expression)).strip().rstrip(",;:")
    if text.endswith(".") and not MONTH_RE.search(text[-5:]):
        text = text[:-1]
    for candidate in (text, _LEADING.sub("", text)):
        for rule in RULES:
            m = rule.full.fullmatch(candidate)
            if m is None:
                continue
            value = rule.build(m, anchor)
            if value and is_valid(value):
                return value
    return None
