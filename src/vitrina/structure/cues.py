"""Small textual cues: sentence ends, title-like lines, word case."""

from __future__ import annotations

import re
from functools import lru_cache

from vitrina.extract.edtf_text import DAY, MONTH, YEAR_DIGITS
from vitrina.lexicon import words


def word_set(words: str) -> frozenset[str]:
    """A set of words written as one space-separated string."""
    return frozenset(words.split())


# Function words that stay lowercase in title case and never open a credit.
FUNCTION_WORDS = words("title_function_words")
# Words that open sentences, never institution names (used to reject credits).
SENTENCE_OPENERS = FUNCTION_WORDS | words("sentence_opening_words")
# Abbreviations whose period does not end a sentence.
ABBREVIATIONS = words("period_abbreviations")

# What a typesetter prints where it breaks a word at a line end: the hyphen-minus,
# or U+2010 HYPHEN (WeasyPrint, InDesign and TeX with Unicode fonts print that one);
# a text extraction may also end a line on the soft hyphen U+00AD where the word was
# broken (or only could have been): always a break inside one word.
LINE_HYPHENS = ("-", "\u2010", "\u00ad")

_CACHE = 8192  # per-line cues are asked many times per line: memoise them

# Every threshold of these cues.
CUE_LIMITS = {
    "capitals_letters": 4,  # a line set in capitals has at least this many letters ("ROOM" yes, "USA" no)
    "scrambled_words": 2,  # a line in scrambled case has at least this many words in no typesetter's case
    "date_lead_words": 4,  # a date opening a timeline row has at most this many words (day, month, year, era)
    "year_digits": 3,  # a number alone is a year from this many digits (under 100: a note's or a page's number)
    "cut_breaks": 3,  # a pull quote cut down from a sentence leaves out words in at most this many places
    # round 41: a title ending on a colon ("The Great Charter:") is unfinished, its deck its second part; 0 off
    "colon_titles": 1,
    # round 50 (structset64): a note call in raised figures after a sentence's stop ("in 1823.²") is no text
    # of the sentence, which ends there (0: off)
    "raised_calls": 1,
    # round 50 (structset64): a deck's word in quotation marks ("the ‘Lark’ Harp") is judged by its first
    # letter inside them (0: off)
    "quoted_title_words": 1,
}
# A year's digits (with an era, "43" of "AD 43" is one).
_YEAR_DIGITS = re.compile(r"^\d{1,4}$")

_CLOSERS = "\"'”’»)]"
_SPACED = "»”"  # closing quotation marks a space may part from the sentence's stop (French spacing)
SPACED_CLOSERS = 1  # round 55 (struct71): "… autumn. »" ends its sentence as "… autumn.»" does (0 off)
_QUOTE_MARKS = "\"'‘’“”«»"
_DOTTED_ACRONYM = re.compile(r"^(?:[A-Za-z]\.){2,}$")
_TITLE_WORD = re.compile(r"[^\W\d_][\w'’.\-]*|\d[\w–\-]*")


@lru_cache(maxsize=_CACHE)
def ends_sentence(text: str, lenient: bool = False) -> bool:
    """Whether ``text`` ends a sentence (not an initial or abbreviation).

    ``lenient`` also accepts a final initial or dotted acronym ("World War I.",
    "the U.S."), for use when layout says the line ends a paragraph.
    """
    stripped = _without_raised_call(text.rstrip()).rstrip(_CLOSERS)
    if SPACED_CLOSERS and stripped[-1:].isspace() and text.rstrip()[-1:] in _SPACED:
        stripped = stripped.rstrip()  # a closing guillemet set off by a space, as French sets it: "… autumn. »"
    if not stripped or stripped[-1] not in ".!?":
        return False
    if stripped[-1] in "!?":
        return True
    last = stripped.split()[-1].lstrip("(\"'“‘")
    if lenient:
        return True
    core = last.rstrip(".")
    if len(core) == 1 and core.isalpha() and core.isupper():
        return False  # an initial: "Ada L."
    if _DOTTED_ACRONYM.match(last):
        return False  # "U.S." mostly continues
    return core.lower() not in ABBREVIATIONS


_RAISED_FIGURES = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079"


def _without_raised_call(text: str) -> str:
    """``text`` without a note call in raised figures closing it after a stop or a closing mark
    ("… in 1823.²" -> "… in 1823."), with ``raised_calls`` on; else ``text``."""
    bare = text.rstrip(_RAISED_FIGURES)
    if bare == text or not CUE_LIMITS["raised_calls"] or bare.rstrip(_CLOSERS)[-1:] not in (".", "!", "?"):
        return text
    return bare


@lru_cache(maxsize=_CACHE)
def starts_lowercase(text: str) -> bool:
    """The first letter of ``text`` is lowercase (a sentence continues)."""
    for ch in text:
        if ch.isalpha():
            return ch.islower()
        if ch.isdigit():
            return False
    return False


@lru_cache(maxsize=_CACHE)
def starts_uppercase(text: str) -> bool:
    for ch in text:
        if ch.isalpha():
            return upper_or_caseless(ch)
        if ch.isdigit():
            return True
    return False


# a word's letters in a normal case: lower, Capitalised, CAPITALS
_NORMAL_CASE = re.compile(r"^(?:[a-z]+|[A-Z][a-z]*|[A-Z]+)$")
_LOWER_THEN_UPPER = re.compile(r"^[a-z]+[A-Z]")


def scrambled_case(text: str) -> bool:
    """Letters in a case no typesetter prints: synthetic small capitals extracted
    without their sizes keep whatever case each glyph maps to ("tHE ComEt"): at least
    ``scrambled_words`` such words, one opening in lower case ("McKay and MacLeod" is not scrambled)."""
    cores = [re.sub(r"[’']s$", "", w.strip(".,;:!?()“”\"‘’'")) for w in text.split()]
    cores = [c for c in cores if c.isalpha()]
    odd = [c for c in cores if not _NORMAL_CASE.match(c)]
    return len(odd) >= CUE_LIMITS["scrambled_words"] and any(_LOWER_THEN_UPPER.match(c) for c in odd)


def headline_case(text: str) -> str:
    """``text`` in headline style: each word capitalised but the function words
    inside it ("the comet AND THE crossing" -> "The Comet and the Crossing")."""
    words = text.split(" ")
    out = []
    for k, word in enumerate(words):
        lower = word.lower()
        inner = 0 < k < len(words) - 1
        out.append(lower if inner and lower in FUNCTION_WORDS else lower[:1].upper() + lower[1:])
    return " ".join(out)


@lru_cache(maxsize=_CACHE)
def raw_title_like(text: str) -> bool:
    """``is_title_like`` for raw text, where no glyph sizes told synthetic small capitals
    apart (a PDF's are repaired from its geometry): scrambled case is read in headline case."""
    return is_title_like(headline_case(text) if scrambled_case(text) else text)


# A sentence's end inside a line: its closing mark (not an initial's stop) and a space after it.
INNER_SENTENCE_END = re.compile(r"(?<!\b[A-Z])[.!?][”’\"')]?\s")


def question_title(text: str, most_words: int) -> bool:
    """A title asking a question ("Who Was to Blame?"): title case up to its one question mark, at
    least two words and at most ``most_words``; a heading although it ends a sentence."""
    stripped = text.strip()
    if not stripped.endswith("?") or INNER_SENTENCE_END.search(stripped):
        return False
    return 2 <= len(stripped.split()) <= most_words and raw_title_like(stripped[:-1])


@lru_cache(maxsize=_CACHE)
def is_title_like(text: str) -> bool:
    """Title case (or all capitals), and not a sentence."""
    stripped = text.strip()
    if not stripped or ends_sentence(stripped) or stripped.endswith((",", ";")):
        return False
    words = _TITLE_WORD.findall(stripped)
    content = [w for w in words if w.lower() not in FUNCTION_WORDS]
    if not content:
        return bool(words)  # "and the", a title line of function words only
    capitalised = sum(1 for w in content if upper_or_caseless(w[0]) or w[0].isdigit())
    return capitalised >= 0.75 * len(content)


def upper_or_caseless(ch: str) -> bool:
    """A capital, or a letter of a script without case (Arabic, Hebrew, Chinese, Devanagari),
    where no capital can mark a title or a sentence's start and none is asked of it."""
    return ch.isupper() or (ch.isalpha() and not ch.islower() and ch.lower() == ch.upper())


def title_deck(title: str, deck: str) -> bool:
    """The subtitle convention every reader follows (round 33): a deck under a title is the
    title's second part when the title is in one part (no colon parting it already) and the deck
    reads as a title -- every word but the function words capitalised or a number, no sentence
    ("Lanterns on the Pier" / "Saltby, August 1902") -- not as a description in sentence case
    ("The lamps of a seaside town"). A title ending on a colon ("Lanterns:") is unfinished: any
    deck ending no sentence is its second part (switch ``colon_titles``)."""
    words = deck.split()
    if not words or ends_sentence(words[-1]):
        return False
    if CUE_LIMITS["colon_titles"] and title.rstrip().endswith(":"):
        return True  # a colon closing the title announces its second part (a deck in any case)
    strip = ",.;()\u2013-" + (_QUOTE_MARKS if CUE_LIMITS["quoted_title_words"] else "")
    content = [w.strip(strip) for w in words if w.lower().strip(",") not in FUNCTION_WORDS]
    return ":" not in title and all(upper_or_caseless(w[0]) or w[0].isdigit() for w in content if w)


@lru_cache(maxsize=_CACHE)
def in_capitals(text: str) -> bool:
    """Set in capitals: at least ``capitals_letters`` letters, none in lower case."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= CUE_LIMITS["capitals_letters"] and not any(c.islower() for c in letters)


# A typed rule: one drawing character repeated (spaces between allowed), "=====", "- - -",
# "~~~~" (U+02DC, the small tilde an extraction gives for a typed tilde), "____", "***".
RULE_LINE = re.compile(r"^\s*([=\-~\u02dc_*#\u2013\u2014\u2500\u2501\u2550])(?:\s*\1){2,}\s*$")


# A range of clock hours ("10–5", "10.00–16.30", "9:30 - 17:00"): a visitor's opening hours, the last
# line of an address block (the PDF reader's ``_address_blocks``, the raw-text reader's imprint).
HOURS_RANGE = re.compile(r"(?<![\d.:])\d{1,2}(?:[.:]\d{2})?\s*[–-]\s*\d{1,2}(?:[.:]\d{2})?(?![\d.:])")


def rule_line(text: str) -> bool:
    """A line that only draws a rule (a typed underline or a break between parts): no text."""
    return RULE_LINE.match(text) is not None


def year_line(text: str) -> bool:
    """A year alone, perhaps with its era (lexicon era_marks: "1862", "196 BC", "AD 43");
    without an era, a number of at least ``year_digits`` digits."""
    parts = text.split()
    digits = [part for part in parts if _YEAR_DIGITS.match(part)]
    era = [part for part in parts if part.lower().strip(".") in words("era_marks")]
    if len(digits) != 1 or len(parts) != 1 + len(era) or len(era) > 1:
        return False
    return bool(era) or len(digits[0]) >= CUE_LIMITS["year_digits"]


# A letter's or a dispatch's dateline: where it was written (capitalised names parted by commas),
# then the day it was written, with its day of the month and its year ("Clifton, Bristol, 9 June
# 1890", "Liverpool, May 20th, 1891", "12 March 1889").
_DATELINE = re.compile(
    rf"^(?:[A-Z][\w'’.\-]*(?: [A-Z][\w'’.\-]*)*,\s+)*(?:{DAY}\s+{MONTH}|{MONTH}\s+{DAY}),?\s+{YEAR_DIGITS}\.?$")


def dateline(text: str) -> bool:
    """A dateline: the place a letter or dispatch was written from (perhaps none) and the full
    date it was written on, day, month and year, and nothing else. A title's deck of a place and
    a month ("Saltby, August 1902") has no day: it is no dateline."""
    return _DATELINE.match(" ".join(text.split())) is not None


def date_alone(text: str) -> bool:
    """Only a date with a year, of at most ``date_lead_words`` words, a month perhaps
    shortened ("1924", "Oct 1929", "4 Oct 1930"): a timeline's entry label set alone."""
    parts = text.split()
    return 0 < len(parts) <= CUE_LIMITS["date_lead_words"] and date_lead(f"{text} _") == len(parts)


def date_line(text: str) -> bool:
    """A date alone on its line: a year (``year_digits`` digits at least), perhaps with a
    day, month, era or an approximate qualifier ("1802–1804", "About 1750", "3 June 1911")."""
    parts = text.replace("–", " ").replace("—", " ").split()
    if not any(_YEAR_DIGITS.match(p) and len(p) >= CUE_LIMITS["year_digits"] for p in parts):
        return False
    known = words("months") | words("era_marks") | words("qualifiers_approximate")
    return all(_YEAR_DIGITS.match(p.strip(",.")) or p.lower().strip(",.") in known for p in parts)


def date_lead(text: str) -> int:
    """The number of words opening ``text`` that make a date with a year, followed by more
    words (a timeline row: "1908 Dawson finds …", "20 Nov 1820 A whale …", "1880–1895 Report
    …", the date closed by a colon "1921: Plans drawn …"); 0 if none. A month may be shortened to its first letters ("Nov", "Sept.")."""
    parts = text.split()
    lead = 0
    for n, part in enumerate(parts[: CUE_LIMITS["date_lead_words"]]):
        token = part.strip(",.:").replace("–", "-").replace("—", "-")
        pieces = [p for p in token.split("-") if p]
        if pieces and all(_YEAR_DIGITS.match(p) for p in pieces):
            if any(len(p) >= CUE_LIMITS["year_digits"] for p in pieces):
                lead = n + 1
            continue
        if not _month(token):
            break
    return lead if 0 < lead < len(parts) else 0


def _month(token: str) -> bool:
    """A month's name or its first three letters or more ("Nov", "Sept")."""
    low = token.lower()
    return len(low) >= 3 and low.isalpha() and any(month.startswith(low) for month in words("months"))


def one_letter_word(token: str) -> bool:
    """``token`` is an English word of one letter ("A", "I": lexicon one_letter_words)."""
    return len(token) == 1 and token.lower() in words("one_letter_words")


@lru_cache(maxsize=_CACHE)
def is_acronym(word: str) -> bool:
    core = word.strip(".,;:()")
    letters = [c for c in core if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and core[:1].isalpha()


def first_word(text: str) -> str:
    parts = text.split(maxsplit=1)
    return parts[0] if parts else ""


def letters_only(text: str) -> str:
    """Letters and digits only, lower case: spacing, line breaks, hyphens, quotes and dashes aside."""
    return "".join(ch for ch in text.lower() if ch.isalnum())


def said_shorter(text: str, paragraphs: list[str]) -> bool:
    """``text`` is one sentence of a paragraph shortened: all its words, in their order,
    inside one sentence of one of ``paragraphs`` that says more, left out in at most
    ``cut_breaks`` places (a pull quote cut down from the body: "The ferry ran until the
    bridge opened." from "The old ferry ran every hour until the new bridge opened in
    spring."; words scattered over a long sentence are no cut-down quote)."""
    wanted = [w for w in (letters_only(t) for t in text.split()) if w]
    if not wanted:
        return False
    for paragraph in paragraphs:
        for sentence in _SENTENCE_SPLIT.split(paragraph):
            said = [w for w in (letters_only(t) for t in sentence.split()) if w]
            if len(said) > len(wanted) and _in_order(wanted, said) and (
                    _fewest_breaks(wanted, said) <= CUE_LIMITS["cut_breaks"]):
                return True
    return False


def _fewest_breaks(wanted: list[str], said: list[str]) -> int:
    """The fewest places where ``wanted``, read in order inside ``said``, skips words of it
    (``wanted`` must stand in ``said`` in order)."""
    inf = len(wanted) + 1
    # best[j]: fewest breaks with the current wanted word matched at said[j]
    best = [0 if s == wanted[0] else inf for s in said]
    for w in wanted[1:]:
        nxt = [inf] * len(said)
        low = inf  # the fewest breaks of a match ending before j - 1
        for j in range(1, len(said)):
            if j >= 2:
                low = min(low, best[j - 2])
            if said[j] == w:
                nxt[j] = min(best[j - 1], low + 1)
        best = nxt
    return min(best)


_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z])")


def _in_order(wanted: list[str], said: list[str]) -> bool:
    words = iter(said)
    return all(any(w == s for s in words) for w in wanted)


def said_again(text: str, bodies: list[str]) -> bool:
    """``text`` stands inside another paragraph (``bodies``: their ``letters_only``) and is not the
    whole of it: a pull quote, set large, says a sentence of the body twice."""
    letters = letters_only(text)
    return any(letters in body and letters != body for body in bodies)
