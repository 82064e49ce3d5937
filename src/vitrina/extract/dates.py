"""Find temporal expressions in prose and normalise them to EDTF.

:func:`find_dates` scans the text with the rules of
:mod:`vitrina.extract.edtf_text`, keeps the longest non-overlapping matches,
filters numbers that only look like years ("1,941 soldiers", "$1941",
"page 1941", "some 1500 men"), and resolves relative expressions ("the
following year", "that summer", "on December 7") against the nearest
preceding absolute date (the anchor). Relative expressions without an anchor
are skipped.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from vitrina.extract.edtf_text import MONTH_RE, RULES, SCAN_GUARD, Rule, anchor_point, is_valid
from vitrina.extract.multiscan import MultiScan
from vitrina.extract.numbers import looks_plural
from vitrina.model import DateMention


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# a number that is a count, a reference or an amount, not a year
NON_DATE_BEFORE = _words(
    "page pages p. pp. route highway interstate no. nos. number room vol. volume chapter "
    "ch. flight section sec. article art. figure fig. item box folio file serial model "
    "tel. phone apartment suite lot series exit platform channel catalog paragraph para. "
    "plate table line lines note notes footnote"
)
QUANTITY_BEFORE = _words(
    "some over nearly almost than least most only just roughly approximately total "
    "estimated additional another exactly fully"
)
DATE_BEFORE = _words(
    "in of since by until till during before after from to through and or the year "
    "early late mid around circa c. ca. about between dated our their his her its my your "
    "this that"
)
IRREGULAR_PLURALS = _words(
    "men women people children aircraft troops personnel cattle feet police sheep "
    "infantry cavalry artillery staff crew"
)
NOT_PLURAL = _words(
    "was has is this thus its his as us yes does always perhaps whereas across towards "
    "afterwards besides sometimes nevertheless less unless regardless marks sees remains "
    "becomes begins ends brings means proves seems witnesses"
)
UNIT_WORDS = _words(
    "percent per cent miles mile kilometers kilometres km tons tonnes pounds dollars "
    "rubles francs marks yen acres feet meters metres"
)

_NUMERIC_MATCH = re.compile(r"^(?:(?:around|circa|ca\.|c\.|about|approximately|roughly)\s*)?"
                            r"[\d\s–—\-/?]+$", re.I)  # fmt: skip
_WORD_BEFORE = re.compile(r"([\w.'’$£€#]+)\s*$")
_WORD_AFTER = re.compile(r"^\s*([A-Za-z][\w'’-]*)")


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int
    end: int
    rule: Rule
    match: re.Match[str]
    value: str | None  # resolved without anchor (absolute), else None


def find_dates(text: str, sentences: Sequence[tuple[int, int]] | None = None,
               anchor: str | None = None) -> list[DateMention]:
    """Dates in ``text`` as sorted, non-overlapping EDTF-valued spans.

    ``sentences`` (document sentence spans), when given, forbid a date that
    crosses a sentence boundary. ``anchor``: the date the document states as its own
    outside its text (a letter's header, a page's title), which dates a partial date
    ("March 3") before any in the text does.
    """
    absolute: list[_Candidate] = []
    relative: list[_Candidate] = []
    for candidate in _candidates(text, sentences):
        (absolute if candidate.value else relative).append(candidate)
    chosen = _select(absolute, [])
    chosen = _select(relative, chosen)
    return _resolve(sorted(chosen, key=lambda c: c.start), anchor if anchor and _anchors(anchor) else None)


@cache
def _scanner() -> tuple[tuple[Rule, ...], MultiScan]:
    """The prose rules and one scan of them all (``multiscan``: the rules' own matches)."""
    rules = tuple(rule for rule in RULES if rule.scan)
    return rules, MultiScan([rule.scanner for rule in rules], SCAN_GUARD, cache_name="date-scan-heads")


def _candidates(text: str, sentences: Sequence[tuple[int, int]] | None) -> list[_Candidate]:
    starts = [s for s, _ in sentences] if sentences else []
    found = []
    rules, scan = _scanner()
    for rule, matches in zip(rules, scan.finditer(text), strict=True):
        for m in matches:
            start, end = m.span()
            if not _months_capitalised(m.group()):
                continue
            if starts and _crosses_sentence(starts, start, end):
                continue
            if _NUMERIC_MATCH.match(m.group()) and not _year_context_ok(text, start, end):
                continue
            value = rule.build(m, None)
            found.append(
                _Candidate(start, end, rule, m, value if value and is_valid(value) else None)
            )
    return found


def _months_capitalised(span: str) -> bool:
    """Month names in prose are capitalised ("they may" is not May)."""
    return all(m.group()[0].isupper() for m in MONTH_RE.finditer(span))


def _crosses_sentence(starts: list[int], start: int, end: int) -> bool:
    i = bisect.bisect_right(starts, start)
    return i < len(starts) and starts[i] < end


def _looks_counted(word: str) -> bool:
    """A plural or unit noun after a number makes it a count ("1500 men")."""
    word = word.lower()
    if word in UNIT_WORDS or word in IRREGULAR_PLURALS:
        return True
    return looks_plural(word, NOT_PLURAL)


def _year_context_ok(text: str, start: int, end: int) -> bool:
    """Whether a bare number (or number range) reads as a year here."""
    before = text[max(0, start - 30) : start]
    after = text[end : end + 30]
    if before.rstrip().endswith(("$", "£", "€", "#", "No.", "no.")) or after.startswith("%"):
        return False
    m = _WORD_BEFORE.search(before)
    prev = m.group(1).lower() if m else ""
    if prev in NON_DATE_BEFORE or prev.endswith(("$", "£", "€")):
        return False
    nxt = _WORD_AFTER.match(after)
    next_word = nxt.group(1) if nxt else ""
    if next_word.lower() in ("percent", "per"):
        return False
    if prev in QUANTITY_BEFORE:  # "some 1500 men", "over 2000"
        return False
    uncertain = text[start:end].endswith("?")
    counted = (
        not uncertain and bool(next_word) and next_word[0].islower() and _looks_counted(next_word)
    )
    possessive = prev.endswith(("'s", "’s"))
    return not counted or prev in DATE_BEFORE or possessive


def _select(candidates: list[_Candidate], chosen: list[_Candidate]) -> list[_Candidate]:
    """Add the longest candidates that overlap nothing already chosen (a map of taken
    characters: a sorted list with inserts was quadratic in the dates of a document)."""
    taken = bytearray(max((c.end for c in (*chosen, *candidates)), default=0))
    for c in chosen:
        taken[c.start : c.end] = b"\x01" * (c.end - c.start)
    result = list(chosen)
    for cand in sorted(candidates, key=lambda c: (-(c.end - c.start), c.start)):
        if taken.find(1, cand.start, cand.end) >= 0:
            continue
        taken[cand.start : cand.end] = b"\x01" * (cand.end - cand.start)
        result.append(cand)
    return sorted(result, key=lambda c: c.start)


# A date wider than this many years ("the early 20th century", 1900–1933) does not say when a passage is: it never
# becomes the anchor that later dates written without a year ("on May 20") are read in.
ANCHOR_MAX_YEARS = 10


def _resolve(candidates: list[_Candidate], anchor: str | None = None) -> list[DateMention]:
    """Give relative candidates a value from the running anchor (at first ``anchor``), in text order."""
    dates = []
    for cand in candidates:
        value = cand.value or cand.rule.build(cand.match, anchor)
        if not value or not is_valid(value):
            continue
        dates.append(DateMention(cand.start, cand.end, value))
        if _anchors(value):
            anchor = value
    return dates


def _anchors(value: str) -> bool:
    """Can a date anchor the dates after it: it has an end point and spans at most ``ANCHOR_MAX_YEARS``."""
    start, end = anchor_point(value, "start"), anchor_point(value, "end")
    return end is not None and (start is None or end.year - start.year <= ANCHOR_MAX_YEARS)
