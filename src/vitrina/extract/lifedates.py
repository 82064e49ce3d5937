"""Life dates beside a person's name, and whether two sets of them can be one life.

A mention of a person may carry the dates of acts of that person's life written beside it: "X was born
c. 1790", "bapt. 12 Mar 1818 X", "X married Y in 1886" (both), "bur. 1864 X", "X, aged 61" in a
sentence (or a record just after a heading) dated 1851, "X (1818–1889)". Each bounds the year of the
person's birth and of their death (``Life``); two mentions of one name whose bounds cannot meet in one
plausible life (``LIFESPAN``) are two people: born 1790 and born 1850, died 1801 and married 1840.

The act words are lexicon ``life_event_words``; the dates are those the document's date reader found
(EDTF), bounded to years with ``edtf_bounds.bounds``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from vitrina import lexicon
from vitrina.edtf_bounds import bounds
from vitrina.model import DateMention

# ---------------------------------------------------------------- thresholds (the one table)

LIFESPAN = {
    # the oldest age a person is taken to reach: a birth and a death further apart are two people
    "max_age": 105,
    # the youngest and oldest age at a marriage (a marriage before the one or after the other is another person's)
    "min_marriage_age": 14,
    "max_marriage_age": 90,
    # the years an infant baptism may follow the birth (registers of baptisms stand for births)
    "baptism_lag": 5,
    # the years a burial may follow the death
    "burial_lag": 1,
    # the youngest and oldest age of a parent at a child's birth or baptism ("Ann, daughter of X and Y his wife")
    "min_parent_age": 12,
    "max_parent_age": 75,
    # two years in brackets after a name are its birth and death only when this many years apart at least: a
    # shorter span is more often a term of office ("President X (1861–1865)") than a life
    "bracket_min_years": 20,
    # a date written approximately ("c. 1790", "1790?") is taken as this many years either side
    "circa_years": 5,
    # every year is taken as this many years either side: sources about one person disagree by a year or two
    # (ages rounded, a year begun in March, a draft corrected), which is no second life
    "discrepancy_years": 2,
    # an age with no date in its own sentence takes the latest date before it within this many characters
    # (a census or register's heading: "Census of 1851 — … Household 12. X, head, aged 61")
    "age_date_chars": 400,
    # how far after an act word ("bapt. 12 Mar 1818 X") its person may start, the date between, in characters
    "act_reach_chars": 40,
}

NO_YEAR = 10**6  # an open bound


@dataclass(frozen=True, slots=True)
class Life:
    """Bounds on a person's birth and death years (open bounds are ±``NO_YEAR``)."""

    born_lo: int = -NO_YEAR
    born_hi: int = NO_YEAR
    died_lo: int = -NO_YEAR
    died_hi: int = NO_YEAR

    def meet(self, other: Life) -> Life:
        """Both sets of bounds at once (one person's)."""
        return Life(max(self.born_lo, other.born_lo), min(self.born_hi, other.born_hi),
                    max(self.died_lo, other.died_lo), min(self.died_hi, other.died_hi))

    def possible(self) -> bool:
        """Some birth and death year meet every bound and make one plausible life."""
        return (self.born_lo <= self.born_hi and self.died_lo <= self.died_hi and self.born_lo <= self.died_hi
                and self.died_lo - self.born_hi <= LIFESPAN["max_age"])

    def describe(self) -> str:
        """ "born 1789–1790, died 1864": the bounds a reader can check, open ends left out."""
        parts = []
        for word, lo, hi in (("born", self.born_lo, self.born_hi), ("died", self.died_lo, self.died_hi)):
            if lo == -NO_YEAR and hi == NO_YEAR:
                continue
            if lo == hi:
                parts.append(f"{word} {lo}")
            elif lo == -NO_YEAR:
                parts.append(f"{word} by {hi}")
            elif hi == NO_YEAR:
                parts.append(f"{word} from {lo}")
            else:
                parts.append(f"{word} {lo}–{hi}")
        return ", ".join(parts)


def compatible(a: Life | None, b: Life | None) -> bool:
    """Two people's life dates can be one person's (no dates: nothing against it)."""
    return a is None or b is None or a.meet(b).possible()


def meet(a: Life | None, b: Life | None) -> Life | None:
    """One person's bounds from two sets of them (None when neither has any)."""
    if a is None:
        return b
    return a if b is None else a.meet(b)


def act_life(act: str, lo: int, hi: int) -> Life:
    """The bounds an act of year ``lo``..``hi`` sets on its person's life."""
    t = LIFESPAN
    if act == "birth":
        return Life(lo, hi, lo, NO_YEAR)
    if act == "baptism":
        return Life(lo - t["baptism_lag"], hi, lo, NO_YEAR)
    if act == "marriage":
        return Life(lo - t["max_marriage_age"], hi - t["min_marriage_age"], lo, NO_YEAR)
    if act == "death":
        return Life(-NO_YEAR, hi, lo, hi)
    if act == "burial":
        return Life(-NO_YEAR, hi, lo - t["burial_lag"], hi)
    if act == "parent":  # a parent named at a child's birth or baptism: grown then, and alive (or just dead)
        return Life(lo - t["max_parent_age"], hi - t["min_parent_age"], lo - 1, NO_YEAR)
    raise ValueError(act)


def age_life(age: int, lo: int, hi: int) -> Life:
    """The bounds "aged ``age``" in year ``lo``..``hi`` sets: born a year before that age's year at most."""
    return Life(lo - age - 1, hi - age, lo, NO_YEAR)


def year_bounds(edtf: str) -> tuple[int, int] | None:
    """The first and last year an EDTF value can mean, widened by ``circa_years`` when it is approximate."""
    first, last = bounds(edtf)
    if first is None or last is None:
        return None
    lo, hi = _year(first), _year(last)
    if lo is None or hi is None:
        return None
    slack = LIFESPAN["discrepancy_years"] + (LIFESPAN["circa_years"] if any(q in edtf for q in "~?%") else 0)
    return lo - slack, hi + slack


def _year(iso: str) -> int | None:
    found = re.match(r"-?\d{4}", iso)
    return int(found.group()) if found else None


# ---------------------------------------------------------------- reading them beside names


@cache
def _acts() -> tuple[re.Pattern[str], dict[str, str]]:
    kinds = {}
    for e in lexicon.entries("life_event_words"):
        word, _, act = e.value.partition(" ")
        kinds[word.lower()] = act.strip()
    alternatives = "|".join(re.escape(w) for w in sorted(kinds, key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?:{alternatives})(?![\w])", re.I), kinds


@cache
def age_after() -> re.Pattern[str]:
    marks = "|".join(re.escape(w) for w in sorted(lexicon.words("age_marks"), key=len, reverse=True))
    # "X, aged 26", "X, head, married, aged 61" (a record's short fields before the age), "X (aged 3)"
    return re.compile(rf"(?:\s*,\s*[a-z][\w'’ -]{{0,30}}?){{0,3}}\s*[,(]\s*(?:{marks})\s+(\d{{1,3}})\b", re.I)


# "X (1818–1889)", "X the younger (1818–1889)": a life's two years in brackets after the name
_BRACKET_AFTER = re.compile(r"(?:\s+the\s+[a-z]+)?\s*\(\s*")
_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+late\s+)?$")  # "son of X", "widow of X": the act is not X's


def lives(text: str, sentences: Sequence[tuple[int, int]], people: Sequence[tuple[int, int]],
          dates: Sequence[DateMention]) -> list[Life | None]:
    """Per person mention (``people``: their spans, in any order), the bounds the dates written beside it set
    on that person's life, or None when none is written there."""
    out: list[Life | None] = [None] * len(people)
    if not people or not dates:
        return out
    pattern, kinds = _acts()
    spans = sorted(sentences)
    sentence_starts = [s for s, _ in spans]
    order = sorted(range(len(people)), key=lambda k: people[k])
    starts = [people[k][0] for k in order]
    dated = sorted((d.start, d.end, yb) for d in dates if (yb := year_bounds(d.edtf)) is not None)
    date_starts = [d[0] for d in dated]

    def add(k: int, life: Life) -> None:
        out[k] = meet(out[k], life)

    def sentence_of(pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(sentence_starts, pos) - 1
        return spans[i] if i >= 0 and pos < spans[i][1] else (pos, pos)

    def dates_in(lo: int, hi: int) -> list[tuple[int, int, tuple[int, int]]]:
        return [d for d in dated[bisect.bisect_left(date_starts, lo) : bisect.bisect_left(date_starts, hi)] if d[1] <= hi]

    def people_in(lo: int, hi: int) -> list[int]:
        return [order[j] for j in range(bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi))
                if people[order[j]][1] <= hi]

    def subject(k: int) -> bool:  # not named as another's relative ("son of X")
        return _OF_BEFORE.search(text, max(0, people[k][0] - 20), people[k][0]) is None

    # acts: "X was born in 1790", "bapt. 12 Mar 1818 X", "X married Y in 1886"
    for found in pattern.finditer(text):
        act = kinds[found.group().lower()]
        s0, s1 = sentence_of(found.start())
        near = dates_in(s0, s1)
        if not near:
            continue
        at = found.start()
        date = min(near, key=lambda d: min(abs(d[0] - found.end()), abs(d[1] - at)))
        if len(found.group()) <= 2 and (not found.group().islower() or not 0 <= date[0] - found.end() <= 4):
            continue  # a one-letter abbreviation ("b. 1790", "d. 1864") in lower case right before its date: not "D."
        who = [k for k in people_in(s0, s1) if subject(k)]
        reach = LIFESPAN["act_reach_chars"]
        after = [k for k in who if people[k][0] >= found.end() and people[k][0] - found.end() <= reach
                 and not re.search(r"[.;:|]", _without(text, found.end(), people[k][0], near))][:1]
        before = [k for k in who if people[k][1] <= at][-1:]
        close = [k for k in before if at - people[k][1] <= reach
                 and not re.search(r"[.;:|]", _without(text, people[k][1], at, near))]
        # "X, born 1821", "X's death in 1953": the name just before; "bapt. 1818 X": the name just after; a
        # marriage: both sides. A name further off may be another clause's ("When X met Y …, before the death")
        chosen = close + after if act == "marriage" else close or after
        for k in chosen:
            add(k, act_life(act, *date[2]))
        if act in ("birth", "baptism") and after and chosen == after:
            # "bapt. 1821 Ann, daughter of X, and Y his wife": the others named after the child, before the
            # sentence's next act, are its parents
            nxt = pattern.search(text, found.end(), s1)
            for k in people_in(people[after[0]][1], nxt.start() if nxt else s1):
                add(k, act_life("parent", *date[2]))
    # ages: "X, aged 61" in a dated sentence, or just after a dated heading
    for k, (start, end) in enumerate(people):
        age = age_after().match(text, end)
        if age is None:
            continue
        s0, s1 = sentence_of(start)
        near = dates_in(s0, s1)
        if near:
            date = min(near, key=lambda d: abs(d[0] - age.start()))
        else:
            i = bisect.bisect_left(date_starts, start) - 1
            if i < 0 or start - dated[i][1] > LIFESPAN["age_date_chars"]:
                continue
            date = dated[i]
        add(k, age_life(int(age.group(1)), *date[2]))
    # "X (1818–1889)": birth and death years in brackets after the name
    for k, (_, end) in enumerate(people):
        bracket = _BRACKET_AFTER.match(text, end, end + 20)
        if bracket is None:
            continue
        i = bisect.bisect_left(date_starts, bracket.end())
        if i >= len(dated) or dated[i][0] != bracket.end() or not re.match(r"\s*\)", text[dated[i][1] :]):
            continue
        whole = next((d for d in dates if d.start == dated[i][0]), None)
        if whole is None or "/" not in whole.edtf:
            continue
        first, _, last = whole.edtf.partition("/")
        born, died = year_bounds(first), year_bounds(last)
        if born is not None and died is not None and died[0] - born[1] >= LIFESPAN["bracket_min_years"]:
            add(k, act_life("birth", *born).meet(act_life("death", *died)))
    return out


def _without(text: str, lo: int, hi: int, dates: Sequence[tuple[int, int, tuple[int, int]]]) -> str:
    """``text[lo:hi]`` with the dates in it blanked ("12 Mar. 1818" holds no stop of its own)."""
    piece = list(text[lo:hi])
    for s, e, _ in dates:
        for j in range(max(s, lo), min(e, hi)):
            piece[j - lo] = " "
    return "".join(piece)
