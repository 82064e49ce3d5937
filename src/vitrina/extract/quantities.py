"""Quantities in prose: counts, amounts of money, percentages and measures.

"more than $11 billion" -> 11e9 USD (qualifier "more than"); "3,600 modern
tanks" -> 3600 tanks; "some 8.7 million soldiers" -> 8.7e6 soldiers;
"7 percent" / "7%" -> 7 percent; "three and a half years" -> 3.5 years; "a six-month truce" -> 6 month.
A range keeps both ends ("40 to 45 feet", "between 2 and 3 tons", "20-25 metres" -> value 40, high 45; the frames
of ``lexicon/qa_count_ranges.txt``), and a unit's symbol right after the number is read as its unit ("30 m",
"12 t"; the symbols of ``lexicon/measure_units.txt``).

The unit is the head noun after the number: walk at most four words, skip
adjectives, stop at function words and punctuation, and take the first
plural-looking (or unit, or irregular plural) word. Bare numbers are kept only
when scaled ("8.7 million"); small written numbers (one..ten) need a counted
noun, so "one of them" and "one more example" are not quantities. Currency
symbols and words map to ISO codes ($ USD, £ GBP, € EUR, ¥ JPY, dollars USD,
euros EUR, rubles RUB, yen JPY); other currency words stay as written.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from vitrina import lexicon
from vitrina.extract.numbers import (
    NUMBER_PATTERN,
    SCALES,
    find_numbers,
    looks_plural,
    lower_bound,
    parse_number,
)
from vitrina.extract.spans import SpanUnion
from vitrina.model import DateMention, Quantity

# Longest first, so "well over" is read before "over".
QUALIFIERS = tuple(sorted((e.value for e in lexicon.entries("quantity_qualifiers")), key=len, reverse=True))
SYMBOLS = {"$": "USD", "US$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY"}
CURRENCY_WORDS = {
    "dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR", "rubles": "RUB",
    "roubles": "RUB", "ruble": "RUB", "rouble": "RUB", "yen": "JPY",
}  # fmt: skip
UNITS = lexicon.words("quantity_units")
IRREGULAR_PLURALS = lexicon.words("irregular_plurals")
STOP_WORDS = lexicon.words("quantity_stop_words")
NOT_PLURAL = lexicon.words("not_plural_s_words")
# Unit symbols ("m", "t", "km"): a unit of measure_units.txt written in no more than two letters, read only right
# after the number and in lower case ("30 m long"), where no word of two letters or fewer is a counted noun.
SYMBOLS_OF_UNITS = frozenset(row[0] for row in lexicon.rows("measure_units") if len(row[0]) <= 2)
RANGE_LOOKBACK = 60  # characters before a quantity searched for the lower end of its range ("between 2 and")
# A number joined to a unit by a hyphen is a measure with the unit in the singular ("a six-month truce",
# "a thirty-day grace period"); joined to another word it is a name or a modifier ("the Five-Power Treaty"), and
# "-second" ends an ordinal ("the fifty-second").
COMPOUND_UNITS = frozenset(u for u in UNITS if not looks_plural(u, NOT_PLURAL)
                           and u not in IRREGULAR_PLURALS and u not in lexicon.words("ordinal_units"))

# the qualifiers before a number ("over", "about") as one alternation (also compare._hedge_pattern)
QUALIFIER_PATTERN = "|".join(q.replace(" ", r"\s+") for q in QUALIFIERS)
_QUANTITY_RE = re.compile(
    rf"(?<![\w.,$£€¥])(?:(?P<q>{QUALIFIER_PATTERN})\s+)?(?:(?P<cur>US\$|[$£€¥])\s?)?"
    rf"(?P<num>{NUMBER_PATTERN})(?!\w|[,.]\d|-(?!(?:{'|'.join(sorted(COMPOUND_UNITS))})\b)[A-Za-z])(?P<pct>\s?%)?",
    re.I,
)
# The next word, on the same line or the next one; a blank line ends a block (a table cell, a heading), so a
# number's unit is never read past one ("58" in a table over the heading "Staff")
_WORD_RE = re.compile(r"(?:[ \t]+|[ \t]*\n[ \t]*)([A-Za-z][A-Za-z'’-]*)")
# An age: a word of lexicon ``age_marks`` before a number ("aged 74", "aged about 74 years"), the number in years
# (its unit ``AGES_UNIT``); at most AGES["max_years"] (a larger number after "age" is no person's age)
AGES_UNIT = "years of age"
AGES = {"max_years": 120}
_AGE_MARK = "|".join(sorted((re.escape(w) for w in lexicon.words("age_marks")), key=len, reverse=True))
_AGE_RE = re.compile(
    rf"(?<![\w])(?:{_AGE_MARK})(?<=[\w.])[ \t]+(?:of[ \t]+)?(?:(?P<q>{QUALIFIER_PATTERN})[ \t]+)?"
    rf"(?P<num>{NUMBER_PATTERN})(?![\w]|[,.]\d)(?:[ \t]+(?:years?|yrs?\.?)(?![\w]))?",
    re.I,
)
# Compound measures ("84 ft 6 in", "3 lb 4 oz"): larger unit form -> [(smaller unit forms, smaller per larger)]
# (``lexicon/compound_measure_parts.txt``), so the parts are read as one quantity in the larger unit.
COMPOUND_PARTS: dict[str, list[tuple[frozenset[str], float]]] = {}
for _big, _small, _count in lexicon.rows("compound_measure_parts"):
    for _form in _big.split("|"):
        COMPOUND_PARTS.setdefault(_form, []).append((frozenset(_small.split("|")), float(_count)))
# The vulgar fractions Unicode encodes as one character ("½", "¾", "⅝": Latin-1's three and the Number Forms
# block), each with its value (``unicodedata.numeric``); a smaller part may be written with one ("7½ in") or
# with figures and a slash ("7 1/2 in", the fraction slash "⁄" too) (round 54 red team D7)
VULGAR_FRACTIONS: dict[str, float] = {
    chr(c): unicodedata.numeric(chr(c)) for c in (*range(0xBC, 0xBF), *range(0x2150, 0x215F))}
_FRACTION = "[" + "".join(VULGAR_FRACTIONS) + "]"
_PART_NUMBER = rf"\d+(?:\.\d+)?(?:[ \t]?{_FRACTION}|[ \t]+\d+[/⁄]\d+)?|\d+[/⁄]\d+|{_FRACTION}"
_PART_RE = re.compile(rf"\.?[ \t]+(?P<num>{_PART_NUMBER})[ \t]*(?P<unit>[A-Za-z]+)\b")
_PART_PIECES = re.compile(rf"(?P<whole>\d+(?:\.\d+)?(?![\d/⁄]))?[ \t]*(?:(?P<vulgar>{_FRACTION})"
                          r"|(?P<top>\d+)[/⁄](?P<bottom>\d+))?")
# After a smaller part written "in" (the preposition's spelling), an article or determiner says it is the
# preposition: "raised 4 ft 6 in the yard" is not 4 ft 6 in.
_PREPOSITION_AFTER = re.compile(r"[ \t]+(?:the|a|an|this|that|his|her|its|their|our|my)\b", re.I)
_PER_CENT_RE = re.compile(r"\s+per\s?cent\b", re.I)
_COMPOUND_RE = re.compile(rf"-({'|'.join(sorted(COMPOUND_UNITS))})\b", re.I)


# Pre-decimal money written without its pound sign ("8d.", "3s. 4d.", "1s. 6d."): a figure (a fraction after it:
# "10½d.") with a money abbreviation of lexicon ``money_abbreviations`` glued to it or after one space, closed by a
# period or followed by a smaller part; read in the larger unit with its parts (``_with_smaller_parts``) and given in
# pounds when the abbreviation is a part of the pound (``COMPOUND_PARTS``: "3s. 4d." is 1/6 GBP, as "£0 3s. 4d." is).
# At most three digits, and not after "the" or an apostrophe: "the 1890s", "the '20s" are decades.
_MONEY_ABBREVIATIONS = "|".join(sorted(lexicon.words("money_abbreviations"), key=len, reverse=True))
_OLD_MONEY_RE = re.compile(
    rf"(?<![\w.,$£€¥'’‘])(?<!the )(?P<num>\d{{1,3}}(?:{_FRACTION})?)[ \t]?(?P<unit>{_MONEY_ABBREVIATIONS})"
    rf"(?:\.|(?=[ \t]+\d))(?![\w])")
# A rate: a unit "per" another ("16 frames per second", "40 miles per hour"): the unit of the quantity is both
_PER_RE = re.compile(r"[ \t]+per[ \t]+([a-z]+)\b")
CURRENCIES = frozenset(SYMBOLS.values()) | frozenset(CURRENCY_WORDS.values())
# A figure the text calls a mistake: the figure, then in the same sentence a copula and a word of lexicon
# ``erroneous_figure_words`` ("£262 printed in the statement was an error"); at most ``words_between`` words
# between the figure and the copula, so that the copula is the figure's own clause
ERRONEOUS = {"words_between": 8, "look_chars": 200}
ERRONEOUS_QUALIFIER = "erroneous"
# a word opening another clause ("… came and the rumour was wrong") ends the figure's clause (lexicon
# ``clause_openers``)
_OPENER = "|".join(sorted(lexicon.words("clause_openers"), key=len, reverse=True))
_ERROR_WORD = "|".join(sorted(lexicon.words("erroneous_figure_words"), key=len, reverse=True))
_ERROR_LEAD = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+")
                       for w in sorted(lexicon.words("erroneous_figure_leads"), key=len, reverse=True))
_CALLED_ERROR = re.compile(
    rf"(?:[ \t,]+(?!(?:{_OPENER})\b)[^\s.;:!?£$€¥]+){{0,{ERRONEOUS['words_between']}}}[ \t,]+(?:was|is|were|are)[ \t]+"
    rf"(?:(?:{_ERROR_LEAD})[ \t]+)*(?:{_ERROR_WORD})\b", re.I)


# Numbers that count nothing (round 52 red team D4): a part of an identifier written with slashes
# ("R/1907/0212": letters, three or more parts, or a part with a leading zero), a number with a leading zero
# ("0212", a code), a year elided after an apostrophe ("Class of '07"), and the second figure of a score ("won
# 3–1": two whole numbers joined by a dash, the first not lower — a lower first figure is a range, "20–25 metres").
_SLASH_TOKEN_RE = re.compile(r"[\w/]*$")
_SLASH_TAIL_RE = re.compile(r"[\w/]*")
_ELIDED_YEAR_RE = re.compile(r"(?<![\w])['’‘]$")
_SCORE_LEAD_RE = re.compile(r"(?<![\w.,])(\d+)[ \t]?[–—-][ \t]?$")
IDENTIFIER_LOOKBACK = 40  # characters before a number searched for the identifier, apostrophe or score it is part of


# WordNet's synsets of a point in time (a clock time, a moment): a compound noun under one of them names a moment
# ("zero hour", "eleventh hour"), not an amount of its unit; compounds naming an amount ("two weeks" = fortnight, a
# time period; "one percent", a fraction) or a group ("five nations") are left to count.
MOMENT_SYNSETS = frozenset({"clock_time.n.01", "point.n.06"})


def _fixed_phrase(written: str) -> bool:
    """Whether a number written as a word and the unit after it are one WordNet noun of a moment ("zero hour": the
    time an operation begins; "eleventh hour"), not an amount. Figures ("0 hours") and inflections never are."""
    words = written.split()
    if len(words) != 2 or not words[0].isalpha():
        return False
    from vitrina.qa.lexical import wordnet

    wn = wordnet()
    if wn is None:
        return False
    joined = "_".join(w.lower() for w in words)
    for synset in wn.synsets(joined, pos="n"):
        if not any(lemma.name().lower() == joined for lemma in synset.lemmas()):
            continue  # the words as written, not an inflection ("zero hours" counts)
        above = {h.name() for h in synset.closure(lambda x: x.hypernyms() + x.instance_hypernyms())}
        if above & MOMENT_SYNSETS:
            return True
    return False


def counts_nothing(text: str, m: re.Match[str]) -> bool:
    """Whether the number matched by ``m`` is an identifier's part, a code, an elided year or a score's figure."""
    num = m["num"]
    if m["cur"] or m["pct"] or m["q"] or not num.isdigit():
        return False
    before = text[max(0, m.start() - IDENTIFIER_LOOKBACK) : m.start()]
    token = _SLASH_TOKEN_RE.search(before).group() + num + _SLASH_TAIL_RE.match(text, m.end()).group()  # type: ignore[union-attr]
    if "/" in token:
        parts = token.split("/")
        if len(parts) > 2 or any(not p.isdigit() or (len(p) > 1 and p[0] == "0") for p in parts):
            return True
    if len(num) > 1 and num[0] == "0":
        return True
    if len(num) == 2 and _ELIDED_YEAR_RE.search(before):
        return True
    score = _SCORE_LEAD_RE.search(before)
    return score is not None and int(score.group(1)) >= int(num)


def _rate(text: str, unit: str | None, end: int) -> tuple[str | None, int]:
    """A unit followed by "per" and another unit is a rate: "frames per second" ends after "second"."""
    if unit is None or unit in CURRENCIES:
        return unit, end
    m = _PER_RE.match(text, end)
    if m is None or m.group(1) in ("cent", "centum"):
        return unit, end
    return f"{unit} per {m.group(1)}", m.end()


_NAME_WORD_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")
_NAME_WORD_BEFORE = re.compile(r"[A-Z][\w'’-]*[ \t]+$")
_SENTENCE_OPEN = re.compile(r"(?:^|[.!?:;\n][\"”’)]*[ \t]*)$")


def in_proper_name(text: str, start: int, end: int) -> bool:
    """Is a number and its unit part of a proper name ("Three Furlongs Road", "the Four Nations Pact"): the number
    written in words and every word of the quantity capitalised ("Three Furlongs"), and a capitalised word of the name
    right after it, or right before it where no sentence opens. A figure before a name ("7,749 Peace Corps
    Volunteers") counts the things named and is left to the unit's reading."""
    words = re.findall(r"[A-Za-z][\w'’-]*", text[start:end])
    if not words or re.match(r"\W*\d", text[start:end]) or not all(w[0].isupper() for w in words):
        return False
    if _NAME_WORD_AFTER.match(text, end):
        return True
    before = _NAME_WORD_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and not _SENTENCE_OPEN.search(text, max(0, before.start() - 4), before.start())


def called_an_error(text: str, end: int) -> bool:
    """Whether the sentence says the figure ending at ``end`` was a mistake ("… was an error")."""
    return _CALLED_ERROR.match(text, end, min(len(text), end + ERRONEOUS["look_chars"])) is not None


def find_quantities(text: str, dates: Sequence[DateMention] = ()) -> list[Quantity]:
    """Quantities in ``text`` in order, never overlapping a span in ``dates``."""
    found: list[tuple[int, int, float, str | None, str | None, float | None]] = []
    taken = SpanUnion([(d.start, d.end) for d in dates], "half")
    ages = _ages(text, taken)
    taken = SpanUnion([(d.start, d.end) for d in dates] + [(a[0], a[1]) for a in ages], "half")
    for m in _QUANTITY_RE.finditer(text):
        value = parse_number(m["num"])
        if value is None or counts_nothing(text, m):
            continue
        unit, end = _unit(text, m)
        if unit is not None and _fixed_phrase(text[m.start() : end]):
            continue  # "zero hour", "the eleventh hour": one word of the language, no amount (round 53 red team D11)
        if unit is not None and in_proper_name(text, m.start(), end):
            continue  # "Three Furlongs Road", "Nine Mile Ridge": a street's or a place's name, no amount (round 55 D7)
        value, end = _with_smaller_parts(text, unit, value, end)
        unit, end = _rate(text, unit, end)
        if unit is None and not _keeps_bare(m):
            continue
        start = m.start()
        if found and start < found[-1][1]:
            continue
        if taken.overlaps(start, end):
            continue
        qualifier = re.sub(r"\s+", " ", m["q"].lower()) if m["q"] else None
        if called_an_error(text, end):
            qualifier = ERRONEOUS_QUALIFIER  # the figure stands, marked: the text calls it a mistake
        low = None if m["q"] or m["cur"] or m["pct"] else _range_low(text, start, value)
        if low is not None and not taken.overlaps(low[0], start):
            start, high, value = low[0], value, low[1]
            while found and found[-1][0] >= start:  # a number of the range read before as a quantity of its own
                found.pop()
        else:
            high = None
        found.append((start, end, value, unit, qualifier, high))
    found = _with_old_money(text, found, taken)
    found = sorted(found + ages)
    return [Quantity(f"q{i}", s, e, v, u, q, h) for i, (s, e, v, u, q, h) in enumerate(found)]


def _with_old_money(text: str, found: list[tuple[int, int, float, str | None, str | None, float | None]],
                    taken: SpanUnion) -> list[tuple[int, int, float, str | None, str | None, float | None]]:
    """``found`` and the amounts of pre-decimal money written without a pound sign (``_OLD_MONEY_RE``) that overlap
    none of them and no date."""
    held = SpanUnion([(f[0], f[1]) for f in found], "half")
    out, last = list(found), 0
    for m in _OLD_MONEY_RE.finditer(text):
        amount = _part_amount(m["num"])
        if amount is None or m.start() < last:  # (a smaller part of the amount read before)
            continue
        value, end = _with_smaller_parts(text, m["unit"], amount, m.end())
        if held.overlaps(m.start(), end) or taken.overlaps(m.start(), end):
            continue
        last = end
        in_pounds = _in_pounds(m["unit"])
        unit = m["unit"] if in_pounds is None else "GBP"
        out.append((m.start(), end, value if in_pounds is None else value / in_pounds, unit, None, None))
    return sorted(out)


def _in_pounds(unit: str) -> float | None:
    """How many of ``unit`` make a pound, down the parts of ``COMPOUND_PARTS`` from "gbp" (20 shillings, 240
    pence), or None when it is no part of the pound."""
    count, current = 1.0, "gbp"
    for _ in range(len(COMPOUND_PARTS)):
        parts = COMPOUND_PARTS.get(current)
        if not parts:
            return None
        forms, per = parts[0]
        count *= per
        if unit in forms:
            return count
        current = next((form for form in sorted(forms) if form in COMPOUND_PARTS), "")
    return None


def _ages(text: str, taken: SpanUnion) -> list[tuple[int, int, float, str | None, str | None, float | None]]:
    """The ages of ``text`` (``AGES``) that overlap no date."""
    out: list[tuple[int, int, float, str | None, str | None, float | None]] = []
    for m in _AGE_RE.finditer(text):
        value = parse_number(m["num"])
        if value is None or not 0 <= value <= AGES["max_years"] or taken.overlaps(m.start(), m.end()):
            continue
        qualifier = re.sub(r"\s+", " ", m["q"].lower()) if m["q"] else None
        out.append((m.start(), m.end(), value, AGES_UNIT, qualifier, None))
    return out


def _range_low(text: str, start: int, high: float) -> tuple[int, float] | None:
    """Where the range a quantity at ``start`` closes opens, and its lower end ("*between 2 and* 3 tons",
    "*40 to* 45 feet", "*20-*25 metres"), or None: no range, or the "lower" end is not lower."""
    lo = max(0, start - RANGE_LOOKBACK)
    lo = text.find(" ", lo, start) + 1 if lo else 0  # from a word's start: "1,200" is not read as "200"
    opening = lower_bound(text[lo:start], start - lo)
    if opening is None:
        return None
    numbers = find_numbers(text[lo + opening : start])
    if not numbers or numbers[0][2] >= high:
        return None
    return lo + opening, numbers[0][2]


def _with_smaller_parts(text: str, unit: str | None, value: float, end: int) -> tuple[float, int]:
    """A measure in a larger unit followed by its smaller parts ("84 ft 6 in", "2 cwt 3 qr 14 lb"): the value in
    the larger unit and the end of the last part (``COMPOUND_PARTS``)."""
    if unit is None:
        return value, end
    scale, current = 1.0, unit.lower()
    while current in COMPOUND_PARTS:
        m = _PART_RE.match(text, end)
        if m is None:
            break
        part = m["unit"].lower()
        count = next((c for forms, c in COMPOUND_PARTS[current] if part in forms), None)
        amount = _part_amount(m["num"])
        if count is None or amount is None or amount >= count or _preposition(text, part, m.end()):
            break
        scale *= count
        value += amount / scale
        end = m.end()
        current = part
    return value, end


def _preposition(text: str, part: str, end: int) -> bool:
    """Is a smaller part's "in" the preposition ("4 ft 6 in the yard")?"""
    return part == "in" and _PREPOSITION_AFTER.match(text, end) is not None


def _part_amount(num: str) -> float | None:
    """The number of a smaller part: "6", "6.5", a fraction "1/2" or "½", or a whole number and a fraction ("7½",
    "7 1/2")."""
    m = _PART_PIECES.fullmatch(num.strip())
    if m is None:
        return None
    whole = float(m["whole"]) if m["whole"] else 0.0
    if m["vulgar"]:
        return whole + VULGAR_FRACTIONS[m["vulgar"]]
    if m["top"]:
        return whole + int(m["top"]) / int(m["bottom"]) if int(m["bottom"]) else None
    return whole


def _keeps_bare(m: re.Match[str]) -> bool:
    """A number without unit is kept only when scaled: "some 8.7 million"."""
    return any(w in SCALES for w in m["num"].lower().split())


def _unit(text: str, m: re.Match[str]) -> tuple[str | None, int]:
    """The unit after the number and where the quantity span ends."""
    end = m.end()
    if m["cur"]:
        return SYMBOLS[m["cur"].upper()], end
    if m["pct"]:
        return "percent", end
    compound = _COMPOUND_RE.match(text, end)
    if compound:  # "six-month": the unit joined to the number (capitalised, "the Five-Year Plan", a name)
        return (compound.group(1), compound.end()) if compound.group(1).islower() else (None, end)
    per_cent = _PER_CENT_RE.match(text, end)
    if per_cent:
        return "percent", per_cent.end()
    symbol = re.match(r" ([a-z]{1,2})\b(?![’'-])", text[end : end + 4])
    if symbol and symbol.group(1) in SYMBOLS_OF_UNITS:
        return symbol.group(1), end + symbol.end()
    head = _head_noun(text, end)
    return head if head else (None, end)


def _head_noun(text: str, pos: int) -> tuple[str, int] | None:
    """The counted noun after ``pos``: skip up to three modifiers, stop at function words."""
    for _ in range(4):
        w = _WORD_RE.match(text, pos)
        if w is None:
            return None
        word, pos = w.group(1), w.end()
        lower = word.lower()
        if lower in STOP_WORDS or parse_number(lower) is not None:  # another number
            return None
        if lower in CURRENCY_WORDS:
            return CURRENCY_WORDS[lower], pos
        if _counted(lower):
            return (lower if word[0].islower() or lower in UNITS else word), pos
        if not text[pos : pos + 1].isspace():  # punctuation ends the phrase
            return None
    return None


def _counted(word: str) -> bool:
    if word in UNITS or word in IRREGULAR_PLURALS:
        return True
    return looks_plural(word, NOT_PLURAL)


def amount_text(value: float, high: float | None = None) -> str:
    """An amount as shown: "45", or a range with an en dash, "40–45"."""
    return f"{value:g}" if high is None else f"{value:g}\u2013{high:g}"
