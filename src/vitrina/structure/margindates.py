"""Dates printed in a margin column beside the paragraphs they date, in raw text.

A page may set, in a narrow column beside the text, the date of what each paragraph
tells ("1819" beside "In 1819 the ruler of Egypt offered …"). ``pdftotext -raw`` prints
such a date on a line of its own between the paragraphs, or glued before the first words
of the paragraph's first line ("Jan. 1878 The hull did not sink …"). Either way it cuts
the paragraph from its heading and reads into its text. A date is read as a margin
date when:

* it is a date alone (perhaps approximate, "c. 1450 BC", or with a shortened month,
  "Oct. 1877"), or such a date opening a line before a capitalised word;
* it stands where a paragraph opens: after a line that ends a sentence or is short (a
  heading), over (or before) a long line that goes on into the next line;
* the paragraph names the date's year within ``echo_lines`` lines: the margin repeats
  the text's own date, which a timeline's label (whose entry is its only text) seldom does;
* at least ``dates`` such dates stand in the text: a margin column, not one stray date.

The dates are taken out of the lines (they are furniture beside the text, as running
heads are); a glued date is cut off its line. The line each stood beside is marked
(``Line.margin_dated``): it opens a paragraph after a sentence's end, however full the
line before.
"""

from __future__ import annotations

import re

from vitrina.lexicon import words
from vitrina.structure.cues import (
    LINE_HYPHENS,
    date_lead,
    ends_sentence,
    in_capitals,
    starts_uppercase,
)
from vitrina.structure.lines import Line

# Every threshold of margin dates.
MARGIN_LIMITS = {
    "dates": 3,  # a margin column holds at least this many dates (0: off)
    "echo_lines": 4,  # the paragraph names the date's year within this many lines of its first
    "full_line": 0.8,  # the paragraph's first line is at least this share of its page's full line
    "title_line": 0.8,  # a line before the date shorter than this share (a heading) may open the paragraph
}

_YEAR = re.compile(r"\d{3,4}")


def _date_words(parts: list[str]) -> int:
    """How many of ``parts`` open with a date: an optional circa mark, a date with its year
    (a month perhaps shortened), an optional era mark ("c. 1450 BC", "Oct. 1877"); 0: none."""
    k = 1 if parts and parts[0].lower().rstrip(".") in words("circa_marks") else 0
    lead = date_lead(" ".join([*parts[k:], "_"]))
    if not lead:
        return 0
    k += lead
    if k < len(parts) and parts[k].lower().strip(".,") in words("era_marks"):
        k += 1
    return k


def _echoed(date: list[str], texts: list[str]) -> bool:
    """The date's year is named again in ``texts`` (the paragraph's first lines)."""
    years = {m.group() for part in date for m in [_YEAR.fullmatch(part.strip(",."))] if m}
    return bool(years) and any(year in re.findall(r"\d{3,4}", text) for text in texts for year in years)


def _opens_paragraph(prev: Line | None, first: Line, nxt: Line | None, width: float, prev_width: float) -> bool:
    """``first`` (after the date) opens a paragraph: after a sentence's end or a short line,
    long, in mixed case, going on into ``nxt``."""
    if prev is None or nxt is None or prev.text.endswith(LINE_HYPHENS):
        return False
    if not (ends_sentence(prev.text) or prev.length < MARGIN_LIMITS["title_line"] * prev_width):
        return False
    return (starts_uppercase(first.text) and not in_capitals(first.text) and not ends_sentence(first.text)
            and first.length >= MARGIN_LIMITS["full_line"] * width)


def margin_dates(lines: list[Line], widths: list[float]) -> dict[int, int]:
    """{line: words of it that are a margin date} (all its words: a date alone); ``widths``:
    per line, the length of a full line on its page."""
    found: dict[int, int] = {}
    reach = int(MARGIN_LIMITS["echo_lines"])
    for k, line in enumerate(lines):
        parts = line.text.split()
        n = _date_words(parts)
        if not n:
            continue
        if n == len(parts):  # a date alone over the paragraph's first line
            at = k + 1
            echo = [ln.text for ln in lines[at : at + reach]]
        elif starts_uppercase(" ".join(parts[n:])) and not parts[n - 1].endswith("."):  # glued before it
            at = k
            echo = [" ".join(parts[n:]), *(ln.text for ln in lines[k + 1 : k + reach])]
        else:
            continue
        if at + 1 >= len(lines):
            continue
        prev = lines[k - 1] if k else None
        prev_width = widths[k - 1] if k else 0.0
        if _opens_paragraph(prev, lines[at], lines[at + 1], widths[at], prev_width) and _echoed(parts[:n], echo):
            found[k] = n
    return found if MARGIN_LIMITS["dates"] and len(found) >= MARGIN_LIMITS["dates"] else {}


def margin_dates_out(lines: list[Line], widths: list[float]) -> list[Line]:
    """``lines`` without their margin dates (``margin_dates``): a date alone dropped, a glued
    one cut off its line. The lines renumbered."""
    found = margin_dates(lines, widths)
    if not found:
        return lines
    out: list[Line] = []
    carry = False  # a dropped line opened a page
    for k, line in enumerate(lines):
        n = found.get(k)
        if n is None:
            line.page_start = line.page_start or carry
            line.margin_dated = line.margin_dated or found.get(k - 1) == len(lines[k - 1].text.split())
            carry = False
            out.append(line)
            continue
        parts = line.text.split()
        if n == len(parts):
            carry = carry or line.page_start
            continue
        cut = 0
        for _ in range(n):  # past the date's words in the raw line
            cut = line.raw.index(parts[_], cut) + len(parts[_])
        rest = len(line.raw) - len(line.raw[cut:].lstrip())
        tail = Line(0, line.lineno, line.start + rest, line.raw[rest:], line.gap_before, line.separator_before)
        tail.page, tail.spacing, tail.page_start = line.page, line.spacing, line.page_start or carry
        tail.margin_dated = True
        carry = False
        out.append(tail)
    for index, line in enumerate(out):
        line.index = index
    return out
