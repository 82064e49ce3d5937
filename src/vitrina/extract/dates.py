"""Find temporal expressions in prose and normalise them to EDTF.

:func:`find_dates` scans the text with the rules of
:mod:`vitrina.extract.edtf_text`, keeps the longest non-overlapping matches,
filters numbers that only look like years ("1,941 soldiers", "$1941",
"page 1941", "some 1500 men"), and resolves relative expressions ("the
following year", "that summer", "on December 7") against the nearest
preceding absolute date (the anchor). Relative expressions without an anchor
are skipped.

Words that count from the day of writing ("yesterday", "last night", "on
Monday last", a diary entry headed "Tuesday", "your letter of the 2nd") are
resolved only against the date of writing: the last day-precise date that
stands as a heading on its own line ("Bath, 7 November 1895", "Monday 2
January 1888") or opens a dateline ("BRISTOL, March 3 — ..."). A weekday or
day of the month is the nearest such day after it when it heads an entry or
its clause is in the future tense, else the nearest before it; a season
written without a year ("in the spring") in a future clause is the next one.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from types import MappingProxyType

from vitrina import lexicon
from vitrina.caseless import matchable
from vitrina.clocktimes import FOUR_FIGURE_TIME
from vitrina.extract.calendars import find_calendar_dates
from vitrina.extract.daymonth import day_in_month, named_month
from vitrina.extract.edtf_text import (
    ERA_AFTER,
    MONTH_RE,
    MONTHS,
    RULES,
    SCAN_GUARD,
    WEEKDAYS,
    Rule,
    anchor_point,
    is_valid,
)
from vitrina.extract.feasts import find_feast_dates
from vitrina.extract.multiscan import MultiScan
from vitrina.extract.numbers import NUMBER_PATTERN, looks_plural, parse_number
from vitrina.extract.oldstyle import julian_to_gregorian, matching_view, style_marked
from vitrina.extract.taxa import authority_year
from vitrina.model import DateMention

_NO_DOUBLE_DAYS: Mapping[int, int] = MappingProxyType({})


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
_YEAR_RUN = re.compile(r"\d+\s+to\s+\d+")  # a run of numbers written with a word, which the test above passes over
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
    view = matching_view(text)  # older typography ("Sept.r", "MDCCXI", "10/21 March"), read for matching only
    if view is None:
        return hedged(text, alternatives(text, _found_dates(text, sentences, anchor)))
    # a sentence is taken to start inside an older form ("the xxi.| day of March") only by its period: no start
    within = [(view.at(start), view.at(end)) for start, end in sentences if not view.inside(start)] \
        if sentences is not None else None
    # a day written with its Old and New Style numbers ("10/21 March") is read as its New Style day already;
    # its Old Style number (the first) is kept for the Julian reading
    both = {view.at(start): int(first[0]) for start, end in view.written if "/" in text[start:end]
            for first in [re.match(r"\d+", text[start:end])] if first is not None}
    return hedged(text, alternatives(text, [replace(d, start=span[0], end=span[1])
                                            for d in _found_dates(view.text, within, anchor, both)
                                            for span in [view.original(d.start, d.end)]]))


def _found_dates(text: str, sentences: Sequence[tuple[int, int]] | None, anchor: str | None,
                 both_styles: Mapping[int, int] = _NO_DOUBLE_DAYS) -> list[DateMention]:
    absolute: list[_Candidate] = []
    relative: list[_Candidate] = []
    # a date written in another calendar ("3 Ramadan 1052 AH"): its Common Era reading, and no rule reads its year
    others = list(find_calendar_dates(text)) + list(find_feast_dates(text))  # a feast and its year: its day
    for candidate in _candidates(matchable(text), sentences):  # read as the rules' tables are keyed (``caseless``)
        if any(o.start < candidate.end and candidate.start < o.end for o in others):
            continue
        (absolute if candidate.value else relative).append(candidate)
    chosen = _select(absolute, [])
    chosen = _select(relative, chosen)
    found = _resolve(sorted(chosen, key=lambda c: c.start), text, anchor if anchor and _anchors(anchor) else None,
                     both_styles, sentences)
    if not others:
        return found
    return sorted(found + [DateMention(o.start, o.end, o.edtf) for o in others if o.edtf and is_valid(o.edtf)
                           and _within_sentence(o.start, o.end, sentences)], key=lambda d: d.start)


# Two dates joined by "or" ("in 1822 or 1823", "March or April 1790", "either 1655 or 1656") are one date the writer
# could not settle: one mention over both, the EDTF set "one of" ("[1822,1823]"), not two certain dates. A bare month
# before "or" takes the year of the date after it (it was read in the running anchor's year, which the writer did
# not mean). Two days ("4 or 5 May") are not read as dates by the rules and stay so.
_ONE_OF_JOIN = re.compile(r"[ \t]+or[ \t]+$")
_BARE_MONTH_VALUE = re.compile(r"\d{4}-(\d{2})")


def alternatives(text: str, dates: list[DateMention]) -> list[DateMention]:
    """``dates`` with each run "D1 or D2" merged into one mention valued ``[D1,D2]`` (EDTF level 2 "one of")."""
    out: list[DateMention] = []
    for d in dates:
        prev = out[-1] if out else None
        lone = _lone_month_before(text, d, prev.end if prev else 0)
        if lone is not None:
            out.append(lone)
            continue
        if prev is None or "/" in prev.edtf + d.edtf or prev.edtf.startswith("[") or d.edtf.startswith("[") \
                or not _ONE_OF_JOIN.fullmatch(" " + text[prev.end : d.start]):
            out.append(d)
            continue
        first = _one_of_first(text[prev.start : prev.end], prev.edtf, d.edtf)
        value = f"[{first},{d.edtf}]"
        if first == d.edtf or not is_valid(value):
            out.append(d)
            continue
        out[-1] = DateMention(prev.start, d.end, value)
    return out


_MONTH_OR = re.compile(r"(?<![\w.])(" + MONTH_RE.pattern + r")[ \t]+or[ \t]+$", re.I)
ONE_OF_LOOKBACK = 16  # characters before a month-and-year date searched for a lone month and "or"


def _lone_month_before(text: str, d: DateMention, floor: int) -> DateMention | None:
    """"March or April 1790" when no rule read the lone "March" (no year to read it in): one mention of both months."""
    if not _BARE_MONTH_VALUE.fullmatch(d.edtf):
        return None
    lo = max(floor, d.start - ONE_OF_LOOKBACK)
    m = _MONTH_OR.search(text, lo, d.start)
    if m is None:
        return None
    month = f"{d.edtf[:4]}-{_month_number(m[1])}"
    value = f"[{month},{d.edtf}]"
    return DateMention(m.start(), d.end, value) if month != d.edtf and is_valid(value) else None


def _month_number(written: str) -> str:
    return f"{MONTHS[written.lower().rstrip('.')]:02d}"


def _one_of_first(written: str, first: str, second: str) -> str:
    """The first of two alternative dates: a month written alone ("March or April 1790") in the second's year."""
    month = _BARE_MONTH_VALUE.fullmatch(first)
    if month and MONTH_RE.fullmatch(written.strip()) and _BARE_MONTH_VALUE.fullmatch(second):
        return f"{second[:4]}-{month[1]}"
    return first


# A hedge right before a date ("perhaps in 1843", "probably in the 1902–03 season"; lexicon ``date_hedges``, at
# most a preposition and "the" between): the date is uncertain (round 52 red team D9)
_HEDGE_RE = re.compile(
    r"\b(?:" + "|".join(sorted(lexicon.words("date_hedges"), key=len, reverse=True)) + r")"
    r"(?:[ \t]+(?:in|on|by|during|from|at|about|around))?(?:[ \t]+the)?[ \t]+$", re.I)
HEDGE_LOOKBACK = 40  # characters before a date searched for its hedge


# "circa" or its abbreviation right before a date the rules read without it ("c. August 1916", "ca. 12 May 1890";
# lexicon ``circa_marks``): the date is approximate, the mark part of its span (round 53 red team D3)
_CIRCA_RE = re.compile(
    r"(?<![\w.])(?:" + "|".join(re.escape(w) for w in sorted(lexicon.words("circa_marks"), key=len, reverse=True))
    + r")\.?[ \t]+$", re.I)
CIRCA_LOOKBACK = 8  # characters before a date searched for its circa mark
# an adverb of approximation right before a date no rule read with it ("about April 1884", "around 12 May 1890";
# lexicon ``date_approximate_words``): approximate like a circa mark, in any context (round 54 red team D6)
_APPROXIMATE_RE = re.compile(
    r"(?<![\w.])(?:" + "|".join(re.escape(w) for w in sorted(lexicon.words("date_approximate_words"), key=len,
                                                              reverse=True)) + r")[ \t]+$", re.I)
APPROXIMATE_LOOKBACK = 16  # characters before a date searched for its adverb of approximation


def _approximate_value(edtf: str) -> str:
    """An EDTF value marked approximate: each end of an interval, each member of a set."""
    return _each_point(edtf, lambda p: p if not p or p == ".." or p[-1] in "?~%" else p + "~")


def _each_point(edtf: str, mark: Callable[[str], str]) -> str:
    """``edtf`` with ``mark`` applied to each end of an interval, or each member of a set ("[1822,1823]")."""
    if edtf.startswith("[") and edtf.endswith("]"):
        return "[" + ",".join(_each_point(m, mark) for m in edtf[1:-1].split(",")) + "]"
    return "/".join(mark(p) for p in edtf.split("/"))


def hedged(text: str, dates: list[DateMention]) -> list[DateMention]:
    """``dates``, those a hedge opens marked uncertain ("1843?"; an approximate "1840~" becomes "1840%"), those
    a circa mark or an adverb of approximation opens marked approximate ("c. August 1916" → "1916-08~", "about
    April 1884" → "1884-04~")."""
    out = []
    for d in dates:
        circa = _CIRCA_RE.search(text, max(0, d.start - CIRCA_LOOKBACK), d.start) \
            or _APPROXIMATE_RE.search(text, max(0, d.start - APPROXIMATE_LOOKBACK), d.start)
        if circa is not None and not any(q in d.edtf for q in "~%"):
            value = _approximate_value(d.edtf)
            if is_valid(value):
                d = replace(d, start=circa.start(), edtf=value)
        if _HEDGE_RE.search(text[max(0, d.start - HEDGE_LOOKBACK) : d.start]):
            value = _hedge_value(d.edtf)
            if is_valid(value):
                d = replace(d, edtf=value)
        out.append(d)
    return out


def _hedge_value(edtf: str) -> str:
    """An EDTF value marked uncertain: each end of an interval, each member of a set ("[1822?,1823?]"); an
    approximate value ("1840~") becomes approximate and uncertain ("1840%")."""
    return _each_point(edtf, lambda p: p[:-1] + "%" if p.endswith("~") else _uncertain(p))


def _within_sentence(start: int, end: int, sentences: Sequence[tuple[int, int]] | None) -> bool:
    """Does a span lie inside one sentence (always, when the sentences are not known)."""
    return sentences is None or any(lo <= start and end <= hi for lo, hi in sentences)


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
            if _YEAR_RUN.fullmatch(m.group()) and _numbered_things(text, start, end):
                continue  # "Plates 1501 to 1540 were exposed": labels of plates, no years
            if rule.name == "numeric_date" and not _numeric_date_context_ok(text, start, len(m["y"]) == 2):
                continue
            if rule.name == "open" and _NUMERIC_MATCH.match(m["a"]) and not _year_context_ok(text, *m.span("a")):
                continue  # "before 1500 men came": the number after the word counts, it is no year
            if rule.name == "day_range_dmy" and _numbered_first_day(text, m.start("d1")):
                continue  # "Day 1 — 5 March 1909": the journey's day 1 fell on 5 March, no run of days
            value = rule.build(m, None)
            found.append(
                _Candidate(start, end, rule, m, value if value and is_valid(value) else None)
            )
    return found


# Words after which figures are a section, version or verse number, not a date in figures ("section 2.3.15",
# "version 3.4.12"), besides ``NON_DATE_BEFORE``: lexicon ``numbered_part_words``.
_CLOCK_BEFORE = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d[ \t]?[A-Za-z]{0,5}\.?[ \t,]*$")


def _numeric_date_context_ok(text: str, start: int, two_figure_year: bool) -> bool:
    """Whether figures like "14.7.16" read as a date here: not after a word that numbers a part ("section",
    "page", "version"); a two-figure year ("21.3.18") only where a date stands — at a line's or sentence's
    start, after a word that introduces a date ("on", "dated"), or after a clock time ("0600 hrs 14.7.16")."""
    before = text[max(0, start - 30) : start]
    m = _WORD_BEFORE.search(before)
    prev = m.group(1).lower().rstrip(".") if m else ""
    if prev in NON_DATE_BEFORE or prev + "." in NON_DATE_BEFORE or prev in lexicon.words("numbered_part_words"):
        return False
    if not two_figure_year:
        return True
    if _CLOCK_BEFORE.search(before) or prev in DATE_BEFORE or prev in ("on", "dated", "date"):
        return True
    stripped = before.rstrip(" \t")
    return not stripped or stripped.endswith(("\n", ".", ":", ";", "(", "—", "–", "-", ","))


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
    if _numbered_thing(text, start):  # "Bed 1815", "ward 12": the number names the thing
        return False
    if _numbered_things(text, start, end):  # "Plates 1501 to 1540 were exposed": a run of labels
        return False
    if _catalogue_number_before_name(text, start, end):  # "the minor planet (1000) Piazzia": a catalogue's number
        return False
    if authority_year(text, start):  # "Corvus corax Linnaeus, 1758": when the species was named (``taxa``)
        return False
    if _identifier(text, start, end, prev):  # "QWB 1004", "Appeal No. QB 1931/402": a catalogue or docket number
        return False
    if _FOUR_FIGURE_TIME.match(text, start):  # "1130 hrs", "0600h": a war diary's time of day (round 53 red team D1)
        return False
    uncertain = text[start:end].endswith("?")
    counted = (
        not uncertain and bool(next_word) and next_word[0].islower() and _looks_counted(next_word)
    )
    possessive = prev.endswith(("'s", "’s"))
    return not counted or prev in DATE_BEFORE or possessive


_FOUR_FIGURE_TIME = re.compile(FOUR_FIGURE_TIME, re.I)  # "1130 hrs", "2200h" (``clocktimes``)


# What makes the noun right before a number the thing it numbers ("Bed 1815", "Sheet 1812"): WordNet's class of its
# most frequent sense, a made thing or a unit; other nouns by lexicon ``numbered_thing_nouns``.
NUMBERED_THING_CLASSES = frozenset({"noun.artifact", "noun.quantity"})
NUMBERED_THING_MIN_LETTERS = 3  # shorter words before a number are abbreviations WordNet reads as units ("ft", "cm")
_NOUN_RIGHT_BEFORE = re.compile(r"(?<![\w.’'-])([A-Za-z]+)[ \t]+$")
_NAME_WORD_BEFORE = re.compile(r"[A-Z][\w’'-]*[ \t]+$")


def _numbered_thing(text: str, start: int) -> bool:
    """Is the number at ``start`` a label after the thing it numbers ("Bed 1815.", "in ward 12"): a singular noun
    right before it (a space apart) whose most frequent WordNet sense is a made thing or a unit
    (``NUMBERED_THING_CLASSES``) or one of lexicon ``numbered_thing_nouns``. A noun that ends a name ("Waterloo
    Bridge 1817": a capitalised word before a capitalised noun) or a word of a date ("in 1815") numbers nothing."""
    from vitrina.qa.lexical import first_sense_class, stop_words

    before = text[max(0, start - 30) : start]
    m = _NOUN_RIGHT_BEFORE.search(before)
    if m is None:
        return False
    noun = m.group(1)
    low = noun.lower()
    # a closed-class word is no noun, whatever unit WordNet spells alike ("a" the ampere: "a 1929 high")
    if low in DATE_BEFORE or low in stop_words() or len(low) < NUMBERED_THING_MIN_LETTERS \
            or looks_plural(low, NOT_PLURAL) or (
            noun[0].isupper() and _NAME_WORD_BEFORE.search(before[: m.start(1)])):
        return False
    return low in lexicon.words("numbered_thing_nouns") or first_sense_class(low, "n") in NUMBERED_THING_CLASSES


_RUN_OF_NUMBERS = re.compile(r"(?<![\d,.])\d+\s*(?:[–—-]|to)\s*\d+(?![\d,.]\d)")
RUN_REACH = 16  # how far around a number a run of numbers holding it is looked for ("1501 to 1540")
_PLURAL_RIGHT_BEFORE = re.compile(r"(?<![\w.’'-])([A-Za-z]+s)[ \t]+$")
_LOWER_WORD_AFTER = re.compile(r"[ \t]+[a-z]")


def _numbered_things(text: str, start: int, end: int) -> bool:
    """Is the range of numbers at ``start:end`` a run of labels of the things a plural noun right before it names
    ("Plates 1501 to 1540 were exposed", "beds 1815–1820 were empty"): the noun's singular has a made thing or a
    unit as its most frequent WordNet sense (``NUMBERED_THING_CLASSES``) and running text (a lower-case word)
    follows the range on its line, so a heading "Drawings 1830–1840" keeps its years."""
    from vitrina.qa.lexical import first_sense_class, wordnet

    run = _run_around(text, start, end)
    if run is None:
        return False
    start, end = run
    if not _LOWER_WORD_AFTER.match(text, end):
        return False
    m = _PLURAL_RIGHT_BEFORE.search(text[max(0, start - 30) : start])
    wn = wordnet()
    if m is None or wn is None:
        return False
    low = m.group(1).lower()
    singular = wn.morphy(low, "n")
    if low in DATE_BEFORE or singular is None or singular == low or len(singular) < NUMBERED_THING_MIN_LETTERS:
        return False
    return first_sense_class(singular, "n") in NUMBERED_THING_CLASSES


def _run_around(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the run of numbers ("1501 to 1540", "1501–1540") that holds ``start:end``, or None."""
    lo = max(0, start - RUN_REACH)
    for m in _RUN_OF_NUMBERS.finditer(text[lo : end + RUN_REACH]):
        if m.start() + lo <= start and end <= m.end() + lo:
            return m.start() + lo, m.end() + lo
    return None


_PARENTHESISED_BEFORE_NAME = re.compile(r"\)[ \t]+[A-Z][a-z]")
_LOWER_WORD_BEFORE_PARENTHESIS = re.compile(r"(?<![\w'’-])[a-z][a-z]+[ \t]+\($")


def _catalogue_number_before_name(text: str, start: int, end: int) -> bool:
    """Is the number at ``start:end`` a catalogue's number set in parentheses before the name it numbers, the two in
    apposition to a common noun ("the minor planet (1000) Piazzia", "the comet (12) Smith"): a lower-case word
    before the parenthesis and a capitalised word right after it. A year in parentheses follows its name ("the
    Treaty (1763)"), or stands before a new sentence ("… (1763). France …")."""
    return bool(_PARENTHESISED_BEFORE_NAME.match(text, end)) \
        and bool(_LOWER_WORD_BEFORE_PARENTHESIS.search(text[max(0, start - 30) : start]))


# What makes a capitalised noun right before the first number of a run of days ("Day 1 — 5 March", "Stage 3 – 9
# May") the label that number belongs to: WordNet's most frequent sense of it, a made thing or a unit
# (``NUMBERED_THING_CLASSES``), a unit of time (``NUMBERED_DAY_UNIT``), or a period of time the document numbers
# in a series (``NUMBERED_DAY_SERIES`` different numbers after the noun: "Week 1 …", "Week 2 …"), where a
# "Festival 1–5 May", "Summer 1–5 May" told once are runs of days.
NUMBERED_DAY_UNIT = "time_unit.n.01"
NUMBERED_DAY_PERIODS = "noun.time"
NUMBERED_DAY_SERIES = 2
_LABEL_RIGHT_BEFORE = re.compile(r"(?<![\w.’'-])([A-Z][a-z]+)[ \t]+$")


def _numbered_first_day(text: str, start: int) -> bool:
    """Is the number at ``start``, the first of a run of days "d1–d2 Month", the number of a capitalised noun before
    it ("Day 1 — 5 March 1909": the journey's first day, on 5 March), not a day of the month: the noun's most
    frequent WordNet sense is a made thing, a unit of time or a period the document numbers in a series; a month's or a weekday's name or a word that introduces
    a date ("From 1–5 May") is no such label."""
    from vitrina.qa.lexical import first_sense_class, stop_words

    m = _LABEL_RIGHT_BEFORE.search(text[max(0, start - 30) : start])
    if m is None:
        return False
    low = m.group(1).lower()
    if low in DATE_BEFORE or low in stop_words() or len(low) < NUMBERED_THING_MIN_LETTERS \
            or MONTH_RE.fullmatch(m.group(1)) or m.group(1) in WEEKDAYS or looks_plural(low, NOT_PLURAL):
        return False
    kind = first_sense_class(low, "n")
    if kind in NUMBERED_THING_CLASSES or _time_unit(low):
        return True
    numbers = set(re.findall(rf"\b{m.group(1)}[ \t]+(\d+)\b", text))
    return kind == NUMBERED_DAY_PERIODS and len(numbers) >= NUMBERED_DAY_SERIES


def _time_unit(noun: str) -> bool:
    """Is the most frequent WordNet sense of ``noun`` a unit of time ("day", "hour"; ``NUMBERED_DAY_UNIT``)."""
    from vitrina.qa.lexical import lineage, wordnet

    wn = wordnet()
    senses = wn.synsets(noun, "n") if wn is not None else []
    return bool(senses) and any(s.name() == NUMBERED_DAY_UNIT for s in lineage(senses[0]))


# A number read as part of an identifier, by the identifier's shape (no list of catalogues): ``context_chars``
# around it are looked at for a lower-case letter (a code in capitals stands out of a running text, a heading in
# capitals does not); ``serial_min_digits``: the fewest digits of a serial after (or before) a slash, so that
# "1931/402" is a number's year and serial while "1711/12" stays a double-dated year.
IDENTIFIER = {"context_chars": 40, "serial_min_digits": 3}
# a code in capitals: two or more capitals, digits or joiners, no trailing period ("QWB", "KV", "MS2")
_CODE = re.compile(r"[A-Z][A-Z0-9&-]*[A-Z0-9]")
_ERA = re.compile(ERA_AFTER)
_RANGE_START = re.compile(r"(?<![\d,.])\d+\s*[–—-]\s*$")


def _serial_re() -> re.Pattern[str]:
    digits = IDENTIFIER["serial_min_digits"]
    return re.compile(rf"^/\d{{{digits},}}(?!\d)|(?<!\d)\d{{{digits},}}/$")


def _identifier(text: str, start: int, end: int, prev: str) -> bool:
    """Is the number at ``start:end`` part of an identifier rather than a year: a serial after or before a slash
    ("QB 1931/402", "402/1931") or a number right after a code in capitals that stands out of mixed-case text
    ("QWB 1004", "Appeal No. QB 1931"), the code being no era ("AD 79") and no word of a date ("IN 1931")."""
    serial = _serial_re()
    if serial.search(text[end : end + 12]) or serial.search(text[max(0, start - 12) : start]):
        return True
    lead = _RANGE_START.search(text[max(0, start - 30) : start])  # "QWB 1000–1008": the range's first number
    if lead is not None:
        start -= len(lead.group())
    word = _WORD_BEFORE.search(text[max(0, start - 30) : start])
    if word is None:
        return False
    code = word.group(1)
    prev = code.lower()
    if not _CODE.fullmatch(code) or sum(c.isupper() for c in code) < 2 or _ERA.fullmatch(code) \
            or prev in DATE_BEFORE or _named_by_acronym(code):
        return False
    look = IDENTIFIER["context_chars"]
    around = text[max(0, start - len(code) - look) : start - len(code)] + text[end : end + look]
    return any(c.islower() for c in around)


ACRONYM_LEXNAMES = frozenset({"noun.group", "noun.location", "noun.event", "noun.person"})  # WordNet's files of names


@lru_cache(maxsize=4096)
def _named_by_acronym(code: str) -> bool:
    """Whether a code in capitals is an acronym of the language rather than a catalogue's siglum: a form spaCy's
    word table knows as a word ("WWII", "RAF", "NATO": ``WORDFREQ["known_logprob"]``) or WordNet's name of one
    name of a group, place, event or person ("OPEC", "UNESCO": ``ACRONYM_LEXNAMES``). "BWV", "HWV" are neither,
    nor is a unit ("KV", kilovolt): the number after them is a catalogue's."""
    from vitrina.extract.wordfreq import WORDFREQ, log_probability
    from vitrina.qa.lexical import wordnet

    low = code.lower()
    if log_probability(low) >= WORDFREQ["known_logprob"]:
        return True
    wn = wordnet()
    return wn is not None and any(s.lexname() in ACRONYM_LEXNAMES for s in wn.synsets(low, "n"))


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


# The date of writing: a date on a line of its own (a letter's "Bath, 7 November 1895", a diary's "Monday 2 January
# 1888", a masthead's "Saturday, March 9, 1889. Price One Penny.") with at most ``line_words`` other words on the line,
# or a dateline: at most ``dateline_words`` words (the place) before it at the start of a line and a dash after it.
WRITING = {"line_words": 4, "dateline_words": 4, "look_chars": 64}  # look_chars: read around a line for blank lines
_WORD = re.compile(r"\w+")
_DASH_AFTER = re.compile(r"[ \t]*(?:[—–]|--?[ \t])")
# rules whose words count from the date of writing, not from the last date written
_FROM_WRITING = frozenset({"deictic", "weekday", "day_of_month"})


@dataclass(frozen=True, slots=True)
class _Anchor:
    """A date later dates may be counted from, and where the text writes it."""

    value: str
    start: int
    end: int


def _resolve(candidates: list[_Candidate], text: str, anchor: str | None = None,
             both_styles: Mapping[int, int] = _NO_DOUBLE_DAYS,
             sentences: Sequence[tuple[int, int]] | None = None) -> list[DateMention]:
    """Give relative candidates a value from the running anchor (at first ``anchor``: the document's own date, when
    known) or from the date of writing, in text order. A date counted from a day the text writes (the date of
    writing, or the day the passage tells of: ``_from_day``) names that day's span as its ``anchor``. A day the
    text marks Old Style (``_old_style``) is given as its Gregorian day, its written (Julian) value kept beside it;
    dates are counted from the written values. A day written with both its numbers ("11/22 June 1788", offsets in
    ``both_styles`` with the Old Style day) is its Gregorian day, its Julian one kept beside it (``_double_julian``)."""
    written: _Anchor | None = None  # the date of writing (``WRITING``)
    running: _Anchor | None = None  # the last date written in the text that may anchor others
    julian_anchor = False  # the running anchor was marked Old Style: a day counted from it is Old Style too
    born: _Anchor | None = None  # the last birth year written ("Born 1933", "b. 1933"): ages count from it
    # the running anchor but for birth dates: a month or season written without its year ("Born 1933. That summer")
    # is not read in a birth year ("her sister was born a year earlier" is: ``relative_unit`` counts from it)
    story, told_of = anchor, running
    dates: list[DateMention] = []
    days: dict[str, str] = {}  # "MM-DD" of each day the text wrote with its year -> the year first written
    quoted = _quotation_spans(text) if candidates else []
    outside: tuple[int, str | None, _Anchor | None] | None = None  # a quotation's end, the anchor before it
    for cand in candidates:
        if outside is not None and cand.start >= outside[0]:
            anchor, running, outside = outside[1], outside[2], None  # "… as X saw in 1882." no longer counts
            story, told_of = anchor, running
        if not cand.value and (_date_unknown(text, cand.end) or _rate_after_amount(text, cand)):
            continue  # "Monday last (I cannot remember the day)", "£12 4s. 0d. a year after"
        cited: _Anchor | None = None
        birth = bool(cand.value) and _life_act(text, cand.start) in _BIRTH_ACTS
        if birth and (point := anchor_point(cand.value, "end")) is not None:
            born = _Anchor(f"{point.year:04d}", cand.start, cand.end)
        told, base = (story, told_of) if not cand.value and cand.rule.name in _YEARLESS else (anchor, running)
        if told is story and born is not None and (told_of is None or told_of.end < born.start):
            told, base = None, None  # the passage tells of a life from its birth on: a year before it is no anchor
        if not cand.value:
            aged = _age_year(text, cand.start, born)  # "Born 1933. I were twenty that summer": 1953
            if aged is not None:
                told, base = aged.value, aged
        if cand.value:
            value: str | None = cand.value
        elif cand.rule.name in _FROM_WRITING or cand.rule.toward is not None:
            value, cited = _from_writing(cand, text, told, written, base)
            value = _in_named_month(cand, text, value, cited, dates, sentences)
        else:
            value = cand.rule.build(cand.match, told)
        if not value or not is_valid(value):
            continue
        if not cand.value and cand.rule.name in _SAME_DAY_RULES:
            value = _same_day_again(value, days)
        stated = None
        if not cand.value and cand.rule.name in _YEARLESS and base is not None and cited is None \
                and value.startswith(base.value[:4]) and _TURN.search(text, base.end, cand.start):
            stated = _uncertain(value)  # a year another speaker stated may not be the year this one tells of
        old = _old_style(cand, text, julian_anchor and not cand.value, both_styles)
        gregorian = julian_to_gregorian(value) if old else None
        julian = value if gregorian else _double_julian(cand, value, both_styles)
        if not cand.value and cand.rule.name == "weekday" and cited is not None \
                and _later_entry(text, cited, cand.start):
            stated = _approximate_value(stated or value)  # "Wednesday." heading an undated entry: a guess at best
        dates.append(DateMention(cand.start, cand.end, stated or gregorian or value,
                                 (cited.start, cited.end) if cited else None, julian))
        if cand.value and _DAY_VALUE.fullmatch(value):
            days.setdefault(value[5:], value[:4])
        point = anchor_point(value, "end")
        heading = bool(point and point.day and "/" not in value) and _heading(text, cand.start, cand.end)
        if _anchors(value) and (cand.value or cand.rule.name not in _FROM_WRITING or heading) \
                and not _dates_writing(text, cand.start, cand.end):
            if outside is None and cand.value:
                outside = _quoted_look_back(quoted, cand, value, running)
            anchor = value  # a day counted from the date of writing is no new anchor, unless it heads an entry
            running = _Anchor(value, cand.start, cand.end)
            julian_anchor = old
            if not birth:
                story, told_of = anchor, running
        if heading:
            written = _Anchor(value, cand.start, cand.end)
    return dates


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def _quotation_spans(text: str) -> list[tuple[int, int]]:
    """The quoted passages of ``text`` (``quotes.quote_spans``, paired within each paragraph): opening and closing mark."""
    from vitrina.extract.quotes import quote_spans

    blocks, lo = [], 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        blocks.append((lo, m.start()))
        lo = m.end()
    blocks.append((lo, len(text)))
    return [(q.open, q.close) for q in quote_spans(text, blocks)]


def _quoted_look_back(quoted: list[tuple[int, int]], cand: _Candidate, value: str,
                      running: _Anchor | None) -> tuple[int, str | None, _Anchor | None] | None:
    """When the date ``cand`` (``value``) stands inside a quotation and is earlier than the running anchor, the speaker
    looks back ("The Director wrote: \"… as X saw in 1882.\"" in a passage of 1910): the quotation's end and the
    anchor to take up again after it, so that a day written without its year after the quotation is read in the
    passage's year, not the remembered one. A quoted date later than the anchor moves the story on and is kept."""
    if running is None:
        return None
    span = next((q for q in quoted if q[0] < cand.start and cand.end <= q[1]), None)
    if span is None:
        return None
    told, before = anchor_point(value, "end"), anchor_point(running.value, "start")
    if told is None or before is None or told.year >= before.year:
        return None
    return span[1], running.value, running


# A date written without its year or month that the writer says they do not know ("Monday last (I cannot now
# recall the date)", "one Friday, I forget the day"): a negated verb of lexicon ``date_unknown_verbs`` or a verb of
# ``date_forgetting_verbs`` before "the date" / "the day" in the words right after it (round 55 red team D7)
_NEGATOR = r"(?:not|never|cannot|can't|can’t|\w+n't|\w+n’t)"
_UNKNOWN_RE = re.compile(
    rf"^[ \t]*[(,;—–-]?[ \t]*(?:(?!{_NEGATOR}[ \t])[A-Za-z'’]+[ \t]+){{0,3}}?(?:{_NEGATOR}[ \t]+(?:now[ \t]+|even[ \t]+)?"
    r"(?:" + "|".join(sorted(lexicon.words("date_unknown_verbs"), key=len, reverse=True)) + r")"
    r"|(?:" + "|".join(sorted(lexicon.words("date_forgetting_verbs"), key=len, reverse=True)) + r"))"
    r"[ \t]+(?:the|its|which)[ \t]+(?:exact[ \t]+|precise[ \t]+)?(?:date|day)\b", re.I)
UNKNOWN_LOOKAHEAD = 60  # characters after a date searched for the writer's word that they do not know it


def _date_unknown(text: str, end: int) -> bool:
    """Does the writer say, right after a date written without its year or month, that they do not know it."""
    return bool(_UNKNOWN_RE.match(text[end : end + UNKNOWN_LOOKAHEAD]))


# An offset of one unit right after an amount of money ("£12 4s. 0d. a year after", "$40 a month
# afterwards") is a rate, "per year", not a date a year on (round 55 red team D7): the amount is read by
# ``extract.quantities`` (a currency unit) in the characters before it
RATE_LOOKBACK = 32  # characters before an offset searched for the amount it is the rate of
_AMOUNT_GAP = re.compile(r"[ \t.,]*")


def _rate_after_amount(text: str, cand: _Candidate) -> bool:
    if cand.rule.name != "offset" or (cand.match["n"] or "").lower() not in lexicon.words("one_unit_articles"):
        return False
    from vitrina.extract.quantities import (  # read only for an offset of one unit
        CURRENCIES,
        find_quantities,
    )

    lo = max(0, cand.start - RATE_LOOKBACK)
    amounts = find_quantities(text[lo : cand.start])
    return bool(amounts) and amounts[-1].unit in CURRENCIES \
        and _AMOUNT_GAP.fullmatch(text, lo + amounts[-1].end, cand.start) is not None


def _later_entry(text: str, counted: _Anchor, start: int) -> bool:
    """Is a weekday written in a later entry than the dated one it was counted from: a paragraph after the date's,
    whose own line goes on after the date ("9 May 1890. Arrived." heads an entry of a diary; a date on a line of
    its own heads a letter and dates all of it). The entry's own day is not written: the weekday is a guess."""
    if not _BLANK_LINE.search(text, counted.end, start):
        return False
    line_end = text.find("\n", counted.end)
    rest = text[counted.end : len(text) if line_end < 0 else line_end]
    return bool(re.search(r"[A-Za-z]", rest))


# A day written without its year ("Patients 30 Nov") that the text wrote before with its year ("dated 30 November
# 1918") is that day again, though another year was written between ("the gift of … in 1889").
_SAME_DAY_RULES = frozenset({"month_day", "day_month"})
_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _same_day_again(value: str, days: Mapping[str, str]) -> str:
    """``value`` (a day read in the running year) in the year the text first wrote that month and day with."""
    year = days.get(value[5:]) if _DAY_VALUE.fullmatch(value) else None
    return f"{year}{value[4:]}" if year else value


# relative rules that give a month, a season or a day without its year ("in November", "that summer", "May 20"):
# read in a year stated in another speaker's turn of a transcript, their value is uncertain ("1953-11?"). (A new
# paragraph of prose goes on in the year the last one stated: the bench's exhibit panels do so throughout.)
_YEARLESS = frozenset({"month_day", "day_month", "in_month", "rel_season"})
# the acts of a life that give the year an age is counted from (lexicon ``life_event_words``)
_BIRTH_ACTS = frozenset({"birth", "baptism"})
# a life act word before its date: "Born 1933", "b. 1933", "born in 1933", "died on 3 May 1971", with the places
# of the act between ("born on Mill Street, in Hull, in May 1940": phrases of "in", "on", "at" and a capitalised name)
LIFE_DATE = {"look_chars": 96}
_ACT_BEFORE = re.compile(r"(?<![\w.])([A-Za-z]+\.?)(?:\s+(?:in|on|at)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3},?)*"
                         r"\s+(?:(?:in|on)\s+)?(?:the\s+year\s+)?$")
# a speaker's turn in a transcript: a line or sentence opening with a capitals label and a colon ("PL:",
# "INTERVIEWER:") or a time stamp and a label ("[00:02:26] Ada Venn:"); a label in mixed case alone is not one
# ("Opening hours:", "Note:" head lines of prose)
_TURN = re.compile(r"(?:\n[ \t]*|(?<=[.!?…\"”’])\s+)(?:\[[\d:.]+\]\s*[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2}"
                   r"|[A-Z]{2,}(?:\s[A-Z]{2,}){0,2}):\s")
# an age stated by a person's pronoun and a copula ("I were twenty", "when she was nine", "he turned 12"); the
# subject pronouns are lexicon ``personal_pronouns`` (with "I", "we", "you"), the number any written number
AGE = {"max_years": 120}


def _life_act(text: str, start: int) -> str | None:
    """The act of a life (lexicon ``life_event_words``) a date is written after ("Born 1933", "b. 1933", "died in
    1971"), or None."""
    m = _ACT_BEFORE.search(text, max(0, start - LIFE_DATE["look_chars"]), start)
    return None if m is None else _life_words().get(m[1].lower())


@cache
def _life_words() -> dict[str, str]:
    return {word.lower(): act.strip() for e in lexicon.entries("life_event_words")
            for word, _, act in [e.value.partition(" ")]}


@cache
def _age_re() -> re.Pattern[str]:
    subjects = {row[0] for row in lexicon.rows("personal_pronouns") if row[1] == "subject" and row[2] != "thing"}
    subject = "|".join(sorted(subjects | {"I", "we", "you"}, key=len, reverse=True))
    return re.compile(rf"\b(?:{subject})\s+(?:was|were|turned)\s+(?P<n>{NUMBER_PATTERN})"
                      rf"(?:\s+years?(?:\s+old|\s+of\s+age)?)?(?![\w-])(?!\s+[a-z]+s\b)", re.I)


def _age_year(text: str, start: int, born: _Anchor | None) -> _Anchor | None:
    """The year an age stated in a date's sentence gives from the birth year written in the same passage ("Born
    1933. I were twenty that summer": 1953), or None."""
    if born is None or _other_passage(text, born.end, start):
        return None
    lo = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), born.end)
    hi = min(x for x in (text.find(". ", start), text.find("\n", start), len(text)) if x >= 0)
    for m in _age_re().finditer(text, lo, hi):
        age = parse_number(m["n"])
        if age is not None and age == int(age) and 0 < age <= AGE["max_years"]:
            return _Anchor(f"{int(born.value) + int(age):04d}", m.start(), m.end())
    return None


def _other_passage(text: str, lo: int, hi: int) -> bool:
    """Is there a paragraph break or a new speaker's turn between two offsets."""
    return bool(_BLANK_LINE.search(text, lo, hi) or _TURN.search(text, lo, hi))


def _uncertain(value: str) -> str:
    """An EDTF value marked uncertain ("1953-11" → "1953-11?"), each end of an interval."""
    return "/".join(part if not part or part[-1] in "?~%" else part + "?" for part in value.split("/"))


# a year written with its Old Style and New Style numbers ("1710/11", "1744/5"): the mark of a Julian date in the
# English-speaking world before 1752, whose year began on 25 March
_SPLIT_YEAR = re.compile(r"(?<!\d)1\d{3}\s*/\s*\d{1,2}(?!\d)")


def _double_julian(cand: _Candidate, value: str, both_styles: Mapping[int, int]) -> str | None:
    """The Julian day of a day written with both its numbers ("11/22 June 1788" read as 1788-06-22): the Old Style
    number in the New Style day's month, kept only when the calendars' gap of its century confirms the pair."""
    old = next((day for at, day in both_styles.items() if cand.start <= at < cand.end), None)
    if old is None or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) or not 1 <= old <= 31:
        return None
    julian = f"{value[:8]}{old:02d}"
    return julian if julian_to_gregorian(julian) == value else None


def _old_style(cand: _Candidate, text: str, inherited: bool, both_styles: Mapping[int, int]) -> bool:
    """Is a date counted in the Julian calendar: marked so after it ("O.S.", "Old Style": lexicon
    ``calendar_style_marks``), written with a split year ("10 March 1710/11"), or counted from a date so marked
    ("March 17" after "15 March 1710/11") and not marked New Style; never a day written with both its numbers
    ("10/21 March", read as its New Style day)."""
    if any(cand.start <= at < cand.end for at in both_styles):
        return False
    mark = style_marked(text, cand.end)
    if mark is not None:
        return mark == "julian"
    return bool(_SPLIT_YEAR.search(text, cand.start, cand.end)) or inherited


# the words before a date that may name what it dates ("his memoir of 1734", "a letter from 1712") and after it
# ("the 1734 memoir"): at most this many characters are read
WRITING_DATE = {"look_chars": 40}
_NOUN_OF = re.compile(r"([A-Za-z]+)\s+(?:of|from|dated)\s+(?:the\s+)?$")
_NOUN_AFTER = re.compile(r"\s+([A-Za-z]+)")


def _dates_writing(text: str, start: int, end: int) -> bool:
    """Does the date date a piece of writing ("his memoir of 1734", "the 1734 memoir": a noun that is a kind of
    lexicon ``written_work_kinds`` in WordNet)? Such a date is the time of the writing, not of what the passage
    tells: it anchors no later date written without its year."""
    before = _NOUN_OF.search(text, max(0, start - WRITING_DATE["look_chars"]), start)
    after = _NOUN_AFTER.match(text, end, min(len(text), end + WRITING_DATE["look_chars"]))
    nouns = [m[1].lower() for m in (before, after) if m is not None]
    return any(_names_writing(noun) for noun in nouns)


@cache
def _names_writing(noun: str) -> bool:
    from vitrina.qa.lexical import kind_of  # WordNet: loaded only when a date stands by a noun

    kinds = lexicon.rows("written_work_kinds")
    return any(kind_of(noun, kind) for kind, role in kinds if role == "writing") \
        and not any(kind_of(noun, kind) for kind, role in kinds if role == "instrument")


def _from_writing(cand: _Candidate, text: str, anchor: str | None, written: _Anchor | None,
                  running: _Anchor | None) -> tuple[str | None, _Anchor | None]:
    """A date counted from the date of writing, or from the day its passage tells of (``_from_day``), with the
    date it was counted from; or a season read by its clause's tense (``rel_season``)."""
    m, rule = cand.match, cand.rule
    if rule.name == "rel_season":
        future = _future(text, cand.start, cand.end)
        step = 1 if future else -1 if anchor is not None and written is not None and anchor == written.value else 0
        return (rule.toward(m, anchor, step) if rule.toward else None), None
    if rule.name == "weekday":
        said = bool(m["pre"] or m["post"])
        if not m["wd"][0].isupper() or not (said or _heading(text, cand.start, cand.end, alone=True)
                                            or _ON_BEFORE.search(text, max(0, cand.start - 4), cand.start)):
            return None, None
        if (m["pre"] or "").lower() in _FROM_TOLD:  # "the following Monday": after the day last told of
            day = _told_day(text, cand.start, running)
            return (rule.toward(m, day.value, 1) if day and rule.toward else None), day
    if rule.toward is None:
        return rule.build(m, written.value if written else None), written
    heading = _heading(text, cand.start, cand.end, alone=True)
    if rule.name == "day_of_month" and not (heading or m["ref"] or _DAY_ENDS.match(text, cand.end)
                                            or _ON_BEFORE.search(text, max(0, cand.start - 4), cand.start)
                                            or _day_span_of(m, text, cand.start)):
        return None, None  # "the 5th regiment": an ordinal of something else
    step = 1 if heading or _future(text, cand.start, cand.end) else -1
    if written is not None:
        return rule.toward(m, written.value, step), written
    if rule.name == "day_of_month":
        return _from_day(cand, text, running)
    return None, None


def _in_named_month(cand: _Candidate, text: str, value: str | None, cited: _Anchor | None,
                    dates: Sequence[DateMention], sentences: Sequence[tuple[int, int]] | None) -> str | None:
    """A day of the month written alone ("perhaps the 28th") read in the month the writer last named before it
    (``daymonth.named_month``: "About the end of June, perhaps the 12th") rather than in the month of the date it
    was counted from; in the year of that date, the next one when the month named after it comes earlier in the
    year ("20 December 1896 … January. … the 3rd"). ``value`` itself when no month is named, or the month has no
    such day (round 55 red team D1)."""
    m = cand.match
    if cand.rule.name != "day_of_month" or value is None or m["ref"] or m["d2"]:
        return value
    number = parse_number(re.sub(r"(?<=\d)(?:st|nd|rd|th)$", "", m["d"].lower())) if m["d"] else None
    counted = cited.value if cited is not None else value
    if number is None or number != int(number) or not counted[:4].isdigit():
        return value
    year = int(counted[:4])
    named = named_month(text, cand.start, year, dates, DATE_BEFORE, sentences)
    if named is None:
        return value
    month, at = named
    point = anchor_point(counted, "end")
    if point is not None and point.month and month < point.month and cited is not None and at > cited.end:
        year += 1
    return day_in_month(int(number), month, year) or value


# "the following Monday": a weekday counted from the day the passage last told of, not from the date of writing
_FROM_TOLD = frozenset({"following"})


def _told_day(text: str, start: int, running: _Anchor | None) -> _Anchor | None:
    """The day the passage last told of: the running anchor when it is a calendar day written earlier in the same
    paragraph (no blank line between), else None."""
    if running is None or "/" in running.value:
        return None
    point = anchor_point(running.value, "end")
    if point is None or not point.day or _BLANK_LINE.search(text, running.end, start):
        return None
    return running


_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _from_day(cand: _Candidate, text: str, running: _Anchor | None) -> tuple[str | None, _Anchor | None]:
    """A day of the month written alone in a text with no date of writing ("left on the 22nd of May and arrived on
    the 29th"): the day of the month the passage last told of (``_told_day``), when it comes later in that month
    than that day. An earlier day is left unresolved: it may be in the next month or the same one, the text does
    not say."""
    day = _told_day(text, cand.start, running)
    if day is None:
        return None, None
    point = anchor_point(day.value, "end")
    value = cand.rule.toward(cand.match, day.value, 1) if cand.rule.toward else None
    if point is None or value is None or not value.startswith(f"{point.year:04d}-{point.month:02d}-"):
        return None, None
    return value, day


_ON_BEFORE = re.compile(r"\b[Oo]n\s+$")
# "the night of the 14th–15th": a run of days of the month after "of" is the span of something (a night, a
# meeting), not a run of ordinals (round 54 red team D6)
_OF_BEFORE = re.compile(r"\bof\s+$")


def _day_span_of(m: re.Match[str], text: str, start: int) -> bool:
    """Is a day of the month written as a run of two days ("the 14th–15th") after "of", and no plural noun after
    it ("of the 5th–6th grades": ordinals of things; WordNet's noun lemma is another form)."""
    if not m["d2"] or _OF_BEFORE.search(text, max(0, start - 4), start) is None:
        return False
    after = _NEXT_WORD.match(text, m.end())
    return after is None or not _plural_noun(after[1].lower())


_NEXT_WORD = re.compile(r"[ \t]+([a-z]+)\b")


def _plural_noun(word: str) -> bool:
    from vitrina.qa.lexical import wordnet

    wn = wordnet()
    base = wn.morphy(word, "n") if wn is not None else None
    return base is not None and base != word
# a day of the month written alone ends its phrase ("your letter of the 2nd.", "on the 14th, when")
_DAY_ENDS = re.compile(r"\s*(?:[,;:!?)\]—–]|\.(?!\d)|\n|$)")


def _line(text: str, start: int, end: int) -> tuple[int, int]:
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    return lo, len(text) if hi < 0 else hi


def _heading(text: str, start: int, end: int, alone: bool = False) -> bool:
    """Whether the date at ``start:end`` is a date of writing (``WRITING``): at the start of its line, after nothing
    or a place and a comma ("Bath, 7 November 1895", "BRISTOL, March 3 —"), and either a line of its own with at
    most ``line_words`` other words that opens or closes a paragraph, or opening a paragraph with a dash or a new
    sentence run in after it ("Monday 2 January 1888 Cold and clear." when the ingest joined the heading to its
    entry). ``alone``: an entry's heading written as a weekday or a day ("Tuesday", "the 5th"), with nothing
    before it, at a paragraph's start, and nothing or a new sentence after it."""
    lo, hi = _line(text, start, end)
    before, after = text[lo:start], text[end:hi]
    opens = _blank_before(text, lo)
    if alone:
        return not before.strip() and opens and bool(_ENTRY_AFTER.match(after))
    lead = PLACE_LEAD.fullmatch(before)
    if lead is None or len(_WORD.findall(before)) > WRITING["dateline_words"]:
        return False
    if len(_WORD.findall(after)) <= WRITING["line_words"] and (opens or _blank_after(text, hi)):
        return True
    return opens and bool(_RUN_IN.match(after))


# what may stand before a date of writing on its line: nothing, or a place and a comma ("Clifton, Bristol, ")
PLACE_LEAD = re.compile(r"\s*(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*,\s*)*")
# after a date of writing opening a paragraph: a dash, or a new sentence run in ("Cold and clear.")
_RUN_IN = re.compile(r"[ \t]*(?:[—–]|--?[ \t])|[.:]?[ \t]+[A-Z]")
# after an entry's heading: the line's end or a new sentence
_ENTRY_AFTER = re.compile(r"[.,:;—–-]?\s*(?:$|[A-Z])")


def is_date_of_writing(text: str, start: int, end: int) -> bool:
    """Whether the date at ``start:end`` is the date a text is written under (``WRITING``): a diary entry's heading
    ("Tuesday 14 March 1826"), a letter's dateline ("Bytown, 3rd June 1827") on a line of its own or run in at a
    paragraph's start."""
    return _heading(text, start, end)


def is_dateline(text: str, start: int, end: int) -> bool:
    """Whether the date at ``start:end`` opens a newspaper's dateline ("BRISTOL, March 3 — A fire broke out last
    night"): the date the report was written, at a paragraph's start after at most a place, a dash after it."""
    if not _DASH_AFTER.match(text, end):  # first: what comes before reaches back to the line's start
        return False
    lo = text.rfind("\n", 0, start) + 1
    before = text[lo:start]
    return (_blank_before(text, lo) and PLACE_LEAD.fullmatch(before) is not None
            and len(_WORD.findall(before)) <= WRITING["dateline_words"])


_BLANK_BEFORE = re.compile(r"(?:^|\n)[ \t]*\n[ \t]*$")
_BLANK_AFTER = re.compile(r"\n[ \t]*(?:\n|$)")


def _blank_before(text: str, lo: int) -> bool:
    """Whether a blank line (or the start of the text) comes before the line starting at ``lo`` (read from at most
    ``WRITING["look_chars"]`` characters before it: every date asks)."""
    window = text[max(0, lo - WRITING["look_chars"]) : lo]
    return not window.strip() or _BLANK_BEFORE.search(window) is not None


def _blank_after(text: str, hi: int) -> bool:
    """Whether a blank line (or the end of the text) comes after the line ending at ``hi``."""
    return not text[hi : hi + WRITING["look_chars"]].strip() or _BLANK_AFTER.match(text, hi) is not None


@cache
def _future_re() -> re.Pattern[str]:
    """The future markers as words ("'ll" glued to its subject: "he'll")."""
    markers = sorted(lexicon.words("future_markers"), key=len, reverse=True)
    alternatives = ((r"" if w.startswith("'") else r"(?<![\w'])") + re.escape(w).replace(r"\ ", r"\s+")
                    for w in markers)
    return re.compile("(?:" + "|".join(alternatives) + r")(?![\w])")


# where a clause ends: a sentence's or a line's end, a semicolon or colon, a comma before a coordinating conjunction
_CLAUSE_END = re.compile(r"[.!?;:\n]|,\s+(?:and|but|or|yet)\s")


def _future(text: str, start: int, end: int) -> bool:
    """Whether the sentence around ``start:end`` is in the future tense (lexicon ``future_markers``)."""
    lo = max((m.end() for m in _CLAUSE_END.finditer(text, max(0, start - 300), start)), default=max(0, start - 300))
    m = _CLAUSE_END.search(text, end)
    hi = m.start() if m else len(text)
    return bool(_future_re().search(text[lo:hi].replace("’", "'").lower()))


def _anchors(value: str) -> bool:
    """Can a date anchor the dates after it: it has an end point and spans at most ``ANCHOR_MAX_YEARS``."""
    start, end = anchor_point(value, "start"), anchor_point(value, "end")
    return end is not None and (start is None or end.year - start.year <= ANCHOR_MAX_YEARS)
