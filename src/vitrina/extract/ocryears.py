"""Years an OCR engine misread ("14 June 1S62"): a four-character year with a letter for a digit
(lexicon ``ocr_digit_confusions``), read as its digits only where the date context is clear — a month
name just before it ("June 1S62", "14 June 1S62") or a month and a day ("June 14, 1S62").

The document's text is never changed: the dates' matching view reads the year as its digits
(``oldstyle.matching_view``) and the extract stage records each one as a repair (``ocr_year_repairs``).
A letter with several readings ("S": 5 or 8) is read as the year nearest the document's other written
years; with no other year, as the latest reading not after ``OCR_YEARS["latest_year"]``.
"""

from __future__ import annotations

import re
from functools import cache

from vitrina import lexicon
from vitrina.extract.edtf_text import DAY, MONTH, YEAR_DIGITS
from vitrina.model import Repair

# latest_year: no year read from a misprint is later (a reading of "2S24" as 2824 is none);
# earliest_year: nor earlier; max_letters: letters read as digits in one year (more and it is a word)
OCR_YEARS = {"latest_year": 2099, "earliest_year": 1000, "max_letters": 2}
REASON = "OCR: a letter read as a digit in a year beside a month"

# a month (``edtf_text.MONTH``), perhaps a day after it, just before the year
_MONTH_BEFORE = re.compile(rf"(?<![\w])(?:{MONTH})\.?,?\s+(?:{DAY},?\s+)?$", re.I)  # a masthead in capitals too
_YEAR_DIGITS = re.compile(rf"(?<!\d){YEAR_DIGITS}(?!\d)")


@cache
def _confusions() -> dict[str, tuple[str, ...]]:
    """Each letter (as printed, case kept) and the digits it may stand for."""
    table: dict[str, tuple[str, ...]] = {}
    for entry in lexicon.entries("ocr_digit_confusions"):
        letter, *digits = (col.strip() for col in entry.value.split("\t"))
        table[letter] = tuple(digits)
    return table


@cache
def _pattern() -> re.Pattern[str]:
    chars = "0-9" + "".join(re.escape(k) for k in _confusions())
    return re.compile(r"(?<![\w])[" + chars + r"]{4}(?![\w])")


def _readings(token: str) -> list[int]:
    """Every year ``token`` may be read as, or none when it holds no confusable letter or too many."""
    table = _confusions()
    letters = [ch for ch in token if not ch.isdigit()]
    if not letters or len(letters) > OCR_YEARS["max_letters"] or any(ch not in table for ch in letters):
        return []
    if sum(ch.isdigit() for ch in token) < 2:
        return []
    years = [""]
    for ch in token:
        years = [y + d for y in years for d in ((ch,) if ch.isdigit() else table[ch])]
    return [int(y) for y in years if OCR_YEARS["earliest_year"] <= int(y) <= OCR_YEARS["latest_year"]]


def ocr_years(text: str) -> list[tuple[int, int, str]]:
    """(start, end, year as digits) of each misread year of ``text`` in a date context, in order."""
    found: list[tuple[int, int, str]] = []
    others: list[int] | None = None
    for m in _pattern().finditer(text):
        readings = _readings(m.group())
        if not readings or not _MONTH_BEFORE.search(text[max(0, m.start() - 32) : m.start()]):
            continue
        if len(readings) > 1 and others is None:
            others = [int(y.group()) for y in _YEAR_DIGITS.finditer(text)]
        found.append((m.start(), m.end(), str(_chosen(readings, others or []))))
    return found


def _chosen(readings: list[int], others: list[int]) -> int:
    """The reading nearest the document's other years (their median), else the latest."""
    if not others:
        return max(readings)
    middle = sorted(others)[len(others) // 2]
    return min(readings, key=lambda y: (abs(y - middle), -y))


def ocr_year_repairs(text: str) -> list[Repair]:
    """The misread years of ``text`` as repairs of the source map (the text itself is kept as written)."""
    return [Repair(start, end, text[start:end], year, REASON) for start, end, year in ocr_years(text)]
