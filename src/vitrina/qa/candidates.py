"""Typed candidate answers inside one retrieved sentence.

Facts come from the store (mentions, dates, quantities, quotes); where the
store has none for a sentence, patterns by form stand in (capitalised
phrases, the extract stage's date and quantity scanners).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from vitrina.edtf_bounds import bounds
from vitrina.qa.question import MEASURE_NOUNS, NAMING_VERBS, PERSON_NOUNS, PLACE_NOUNS, Question
from vitrina.qa.text import STOPWORDS, fold, stem, stems

CURRENCY_UNITS = frozenset({"usd", "dollar", "dollars", "$", "pound sterling", "gbp", "eur", "francs", "franc"})
WEIGHT_UNITS = frozenset({"pound", "pounds", "ton", "tons", "tonnes", "kilograms", "kg", "lb", "lbs", "ounces"})
PERCENT_UNITS = frozenset({"percent", "%", "per cent"})

_CAP = r"(?:[A-Z][\w’'\-]*\.?|[A-Z]\.)"
_MONTH_NAMES = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
)
CAPITALISED = re.compile(
    rf"{_CAP}(?:[ \t]+(?:(?:of|on|de|da|del|der|von|van|for|the|al|bin|y)[ \t]+)*(?!{_MONTH_NAMES}){_CAP})*"
)
QUOTED = re.compile(r"[“\"]([^”\"]{2,120})[”\"]")
NUMBER_EXPR = re.compile(r"\d[\d,.]*(?:\s*[–-]\s*\d[\d,.]*)?")
ENUM_GAP = re.compile(r"^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?$")


@dataclass
class Sentence:
    id: int
    document: str
    section: str | None
    start: int
    end: int
    text: str
    rank: float  # bm25, lower is better
    coverage: float = 0.0
    exact: float = 0.0  # coverage by the question's own words only (no roots, names, synonyms)
    matched: list[tuple[int, int]] = field(default_factory=list)  # offsets in text
    missing: list[tuple[str, float]] = field(default_factory=list)  # question words not found
    named: list[tuple[int, int]] = field(default_factory=list)  # offsets of the question's names
    heading: bool = False


@dataclass
class Facts:
    """Facts of one document, as rows with document offsets."""

    mentions: list[tuple[int, int, str, str]] = field(default_factory=list)  # start, end, type, entity
    dates: list[tuple[int, int, str]] = field(default_factory=list)  # start, end, edtf
    quantities: list[tuple[int, int, float, str | None]] = field(default_factory=list)
    quotes: list[tuple[int, int, str, str | None]] = field(default_factory=list)  # kind, speaker

    def inside(self, rows: Iterable[tuple], start: int, end: int) -> list[tuple]:
        return [r for r in rows if r[0] >= start and r[1] <= end]


@dataclass
class Candidate:
    sentence: Sentence
    start: int  # document offsets
    end: int
    text: str
    kind: str
    fit: float = 1.0  # how well the kind and unit fit the question
    edtf: str | None = None
    value: float | None = None
    score: float = 0.0

    @property
    def key(self) -> str:
        return " ".join(fold(self.text).replace("the ", "", 1).split()) if self.text else ""


def _make(s: Sentence, rel_start: int, rel_end: int, kind: str, fit: float = 1.0, **extra) -> Candidate | None:
    text = s.text[rel_start:rel_end]
    lead = len(text) - len(text.lstrip())
    text = text.strip().rstrip(",;:")
    if kind != "sentence" and text.endswith(".") and not re.search(r"(?:\b|\.)[A-Z]\.$", text):
        text = text[:-1]  # sentence full stop, not an initial or "U.S."
    if not text:
        return None
    start = s.start + rel_start + lead
    return Candidate(s, start, start + len(text), text, kind, fit, **extra)


def _in_question(text: str, q: Question) -> bool:
    """True when the candidate only repeats the question's own words."""
    own = {stem(w) for w in q.content} | {stem(w) for w in q.names} | q.others
    words = {w for w in stems(text) if w not in {stem(x) for x in STOPWORDS}}
    return bool(words) and words <= own


def capitalised_phrases(s: Sentence) -> list[tuple[int, int]]:
    spans = []
    for m in CAPITALISED.finditer(s.text):
        start, end = m.start(), m.end()
        phrase = m.group()
        first = fold(phrase.split()[0])
        if first in STOPWORDS or first == "the":
            rest = phrase.split(None, 1)
            if len(rest) < 2:
                continue
            start += len(phrase) - len(rest[1])
        spans.append((start, end))
    return spans


# ------------------------------------------------------------ per type


def date_candidates(s: Sentence, facts: Facts, q: Question) -> list[Candidate]:
    rows = facts.inside(facts.dates, s.start, s.end)
    if not rows:
        rows = [(s.start + d.start, s.start + d.end, d.edtf) for d in _scan_dates(s.text)]
    out = []
    for start, end, edtf in rows:
        cand = _make(s, start - s.start, end - s.start, "date", edtf=edtf)
        if cand and not (set(re.findall(r"\d{4}", cand.text)) and set(re.findall(r"\d{4}", cand.text)) <= set(q.years) and _same_only_year(cand.text)):
            out.append(cand)
    return out


def _same_only_year(text: str) -> bool:
    return bool(re.fullmatch(r"(?:in\s+)?\d{4}", text.strip()))


def _scan_dates(text: str) -> list:
    try:
        from vitrina.extract.dates import find_dates
    except ImportError:
        return []
    try:
        return find_dates(text)
    except Exception:
        return []


def _scan_quantities(text: str) -> list:
    try:
        from vitrina.extract.quantities import find_quantities
    except ImportError:
        return []
    try:
        return find_quantities(text)
    except Exception:
        return []


def _scan_numbers(text: str) -> list[tuple[int, int, float]]:
    try:
        from vitrina.extract.numbers import find_numbers
    except ImportError:
        return [(m.start(), m.end(), 0.0) for m in re.finditer(r"\d[\d,.]*", text)]
    try:
        return find_numbers(text)
    except Exception:
        return []


def _unit_fit(q: Question, unit: str | None, span_text: str) -> float:
    """How well a quantity's unit answers the question's counted noun or currency."""
    unit_f = fold(unit or "")
    words = stems(span_text)
    if q.unit == "money":
        return 1.0 if unit_f in CURRENCY_UNITS or "$" in span_text or "£" in span_text else 0.3
    if q.unit == "percent":
        return 1.0 if unit_f in PERCENT_UNITS or "%" in span_text else 0.2
    if q.unit == "weight":
        return 1.0 if unit_f in WEIGHT_UNITS else 0.3
    heads = {stem(h) for h in q.heads or ([q.head] if q.head else [])}
    if heads:
        if heads & words or (unit and stem(unit.split()[-1]) in heads):
            return 1.0
        return 0.35
    return 0.8


def quantity_candidates(s: Sentence, facts: Facts, q: Question) -> list[Candidate]:
    rows = facts.inside(facts.quantities, s.start, s.end)
    if not rows:
        rows = [(s.start + x.start, s.start + x.end, x.value, x.unit) for x in _scan_quantities(s.text)]
    out = []
    for start, end, value, unit in rows:
        cand = _make(s, start - s.start, end - s.start, "quantity", value=value)
        if cand is None or _in_question(cand.text, q):
            continue
        cand.fit = _unit_fit(q, unit, cand.text)
        out.append(cand)
    if q.heads and not any(c.fit >= 1.0 for c in out):
        out.extend(_counted_numbers(s, q))
    return out


def _counted_numbers(s: Sentence, q: Question) -> list[Candidate]:
    """A number directly followed by the question's counted noun ("three months")."""
    heads = {stem(h) for h in q.heads}
    out = []
    for start, end, value in _scan_numbers(s.text):
        after = re.match(r"\s+([^\W\d_][\w\-]*)", s.text[end:])
        if after and stem(after.group(1)) in heads:
            cand = _make(s, start, end + after.end(), "quantity", fit=1.0, value=value)
            if cand:
                out.append(cand)
    return out


MONTHS = re.compile(
    r"^(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
)


def _attributive(s: Sentence, c: Candidate) -> bool:
    """A one-word name used as a modifier ("the Ukrainian city") is not an answer."""
    rel_end = c.end - s.start
    following = re.match(r"\s+([A-Za-z]+)", s.text[rel_end:rel_end + 30])
    if " " in c.text or not following:
        return False
    word = following.group(1)
    if word.lower() in PERSON_NOUNS:
        return True  # "U.S. President", "Danish leader"
    return word.islower() and word not in STOPWORDS


def mention_candidates(s: Sentence, facts: Facts, q: Question, types: set[str]) -> list[Candidate]:
    rows = facts.inside(facts.mentions, s.start, s.end)
    out = []
    if rows:
        for start, end, type_, _entity in rows:
            if type_ in types:
                cand = _make(s, start - s.start, end - s.start, type_)
                if cand and not _in_question(cand.text, q):
                    out.append(cand)
        return out
    for start, end in capitalised_phrases(s):  # no facts: names by form
        cand = _make(s, start, end, "named", fit=0.8)
        if cand and not _in_question(cand.text, q) and not re.fullmatch(r"[\d\W]+", cand.text) \
                and not MONTHS.match(cand.text):
            out.append(cand)
    return out


def _after_preposition(s: Sentence, q: Question) -> list[Candidate]:
    """Place-like phrases after "at/in/to/from" ("at the White House")."""
    out = []
    for m in re.finditer(r"\b(?:at|in|to|from|near|outside)\s+((?:the\s+)?)", s.text):
        phrase = CAPITALISED.match(s.text, m.end())
        if phrase and not MONTHS.match(phrase.group()):
            cand = _make(s, m.start(1), phrase.end(), "place", fit=0.7)
            if cand and not _in_question(cand.text, q):
                out.append(cand)
    return out


def place_candidates(s: Sentence, facts: Facts, q: Question) -> list[Candidate]:
    out = mention_candidates(s, facts, q, {"place"})
    out += [c for c in mention_candidates(s, facts, q, {"organization"}) if not _person_like(c)]
    for c in out:
        c.fit = (1.0 if c.kind == "place" else 0.75) * (0.5 if _attributive(s, c) else 1.0)
        if re.search(r"\b(?:in|at|near|outside)\s+(?:the\s+)?$", s.text[max(0, c.start - s.start - 12):c.start - s.start]):
            c.fit = max(c.fit, 0.95)  # "at Harvard University": a location by its preposition
    out += _after_preposition(s, q)
    out += _place_in_event_name(s, q)
    return out


# named gatherings and agreements that carry their place: "the Kirkwall Conference", "the Treaty of Lerwick"
EVENT_NOUNS = frozenset(["conference", "summit", "congress", "talks", "accords", "accord", "agreement", "treaty",
                         "declaration", "charter", "convention", "meeting", "negotiations", "peace", "airlift"])


def _place_in_event_name(s: Sentence, q: Question) -> list[Candidate]:
    """The place word of an event name ("X Conference", "Treaty of X") when it is a known city or country."""
    from vitrina.qa.names import known_place

    out = []
    for start, end in capitalised_phrases(s):
        lead = re.match(r"(?:[a-z]+\s+)*", s.text[start:end])  # "the Oslo Conference"
        start += lead.end() if lead else 0
        words = s.text[start:end].split()
        if len(words) >= 2 and fold(words[-1]) in EVENT_NOUNS:
            place = " ".join(words[:-1])
            rel = start
        elif len(words) >= 3 and fold(words[0]) in EVENT_NOUNS and words[1] == "of":
            place = " ".join(words[2:])
            rel = start + s.text[start:end].index(place, len(words[0]))
        else:
            continue
        if known_place(place):
            cand = _make(s, rel, rel + len(place), "place", fit=0.9)
            if cand and not _in_question(cand.text, q):
                out.append(cand)
    return out


def _person_like(c: Candidate) -> bool:
    return c.kind == "person"


def person_candidates(s: Sentence, facts: Facts, q: Question) -> list[Candidate]:
    names = {stem(n) for n in q.names}
    out = [c for c in mention_candidates(s, facts, q, {"person"})
           if not (stems(c.text) & names) and not stems(c.text) <= names | q.others]
    for c in out:
        if _agent_of_question_verb(s, c, q):
            c.fit = 1.15  # "replaced … by NAME": the doer of the asked action
    orgs = mention_candidates(s, facts, q, {"organization", "group"})
    for c in orgs:
        c.fit = 0.6
    return out + orgs


def _agent_of_question_verb(s: Sentence, c: Candidate, q: Question) -> bool:
    """True when ``c`` follows "by" (and titles) shortly after one of the question's words."""
    before = s.text[max(0, c.start - s.start - 60): c.start - s.start]
    match = re.search(r"\bby\s+(?:[A-Z][\w.]*\s+){0,3}$", before)
    if not match:
        return False
    words = {stem(w) for w in re.findall(r"[^\W\d_]+", before[: match.start()])}
    return bool(words & {stem(w) for w in q.content if w not in q.names})


def named_candidates(s: Sentence, facts: Facts, q: Question) -> list[Candidate]:
    """Answers to what/which: named phrases with the head noun, terms, entities, measures."""
    out: list[Candidate] = []
    if q.naming:
        out += _named_after_verb(s, q)
    elif q.head:  # "a ten-article treaty … known as the Varnholm Accord"
        for cand in _named_after_verb(s, q):
            if _head_before(s, cand, q.head):
                cand.fit = 0.95
                out.append(cand)
    if q.head:
        out += _with_head(s, q)
    for start, end, kind, _speaker in facts.inside(facts.quotes, s.start, s.end):
        if kind == "term":
            made = _make(s, start - s.start, end - s.start, "term", fit=0.8)
            if made and not _in_question(made.text, q):
                out.append(made)
    if not facts.inside(facts.quotes, s.start, s.end):
        for m in QUOTED.finditer(s.text):
            if len(m.group(1).split()) <= 6:
                made = _make(s, m.start(1), m.end(1), "term", fit=0.7)
                if made and not _in_question(made.text, q):
                    out.append(made)
    types = {"person", "organization", "place", "group", "other"}
    if q.expects == "person":
        types = {"person"}
    elif q.expects == "place":
        types = {"place", "organization"}
    for cand in mention_candidates(s, facts, q, types):
        cand.fit = min(cand.fit, 0.7)
        out.append(cand)
    if q.expects == "named" and facts.inside(facts.mentions, s.start, s.end):
        for start, end in capitalised_phrases(s):  # names the extractor did not keep
            made = _make(s, start, end, "named", fit=0.6)
            if made and not _in_question(made.text, q) and not MONTHS.match(made.text):
                out.append(made)
    if q.head in MEASURE_NOUNS:
        for cand in quantity_candidates(s, facts, q):
            cand.fit = 0.9
            out.append(cand)
    return out


def _head_before(s: Sentence, c: Candidate, head: str) -> bool:
    before = s.text[max(0, c.start - s.start - 80): c.start - s.start]
    return stem(head) in {stem(w) for w in re.findall(r"[^\W\d_]+", before)}


def _named_after_verb(s: Sentence, q: Question) -> list[Candidate]:
    out = []
    verbs = "|".join(sorted((re.escape(v) for v in NAMING_VERBS), key=len, reverse=True))
    for m in re.finditer(rf"\b(?:{verbs})(?:\s+as)?\b", s.text, re.I):
        window = s.text[m.end(): m.end() + 90]
        quote = QUOTED.search(window)
        if quote:
            cand = _make(s, m.end() + quote.start(1), m.end() + quote.end(1), "term", fit=1.0)
            if cand and not _in_question(cand.text, q):
                out.append(cand)
                continue
        phrase = re.match(r"\s+((?:the\s+)?)", window)
        offset = m.end() + (phrase.end() if phrase else 0)
        cap = CAPITALISED.match(s.text, offset)
        if cap:
            cand = _make(s, offset, cap.end(), "named", fit=1.0)
            if cand and not _in_question(cand.text, q):
                out.append(cand)
    return out


def _with_head(s: Sentence, q: Question) -> list[Candidate]:
    """Named phrases containing the head noun, and "HEAD of X" values."""
    head = stem(q.head or "")
    out = []
    for start, end in capitalised_phrases(s):
        phrase = s.text[start:end]
        if head in {stem(w) for w in re.split(r"[\s\-]+", phrase)}:
            cand = _make(s, start, end, "named", fit=1.0)
            if cand and not _in_question(cand.text, q):
                out.append(cand)
    apposition = rf"({CAPITALISED.pattern})\s*,\s*(?:a|an|the)\s+(?:[\w\-]+\s+){{0,3}}{re.escape(q.head or '')}"
    for m in re.finditer(apposition, s.text):  # "Grain-Bridge, a generous program"
        cand = _make(s, m.start(1), m.end(1), "named", fit=1.0)
        if cand and not _in_question(cand.text, q):
            out.append(cand)
    for m in re.finditer(rf"\b{re.escape(q.head or '')}\w*\s+of\s+", s.text, re.I):
        name = CAPITALISED.match(s.text, m.end())
        if name and not MONTHS.match(name.group()):
            cand = _make(s, m.end(), name.end(), "named", fit=1.0)
            if cand and not _in_question(cand.text, q):
                out.append(cand)
        num = NUMBER_EXPR.match(s.text, m.end())
        if num:
            unit = re.match(r"\s+[a-z]+", s.text[num.end():])
            end = num.end() + (unit.end() if unit and unit.group().strip() not in STOPWORDS else 0)
            cand = _make(s, m.end(), end, "quantity", fit=1.0)
            if cand:
                out.append(cand)
    return out


def list_candidates(s: Sentence, facts: Facts, q: Question) -> list[Candidate]:
    """Enumerations: two or more names joined by commas/"and" ("A, B, and C")."""
    rows = [(a - s.start, b - s.start) for a, b, _t, _e in facts.inside(facts.mentions, s.start, s.end)]
    items = sorted(set(rows) | set(capitalised_phrases(s)))
    items = _drop_nested(items)
    out: list[Candidate] = []
    run: list[tuple[int, int]] = []
    for item in items + [(10**9, 10**9)]:
        if run and item[0] < 10**9 and ENUM_GAP.match(s.text[run[-1][1]: item[0]]):
            run.append(item)
            continue
        if len(run) >= 2:
            start = run[0][0]
            if s.text[max(0, start - 4): start].lower() == "the ":
                start -= 4
            cand = _make(s, start, run[-1][1], "list", fit=min(1.0, 0.6 + 0.1 * len(run)))
            if cand and not _in_question(cand.text, q):
                out.append(cand)
        run = [item]
    return out


def _drop_nested(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    kept: list[tuple[int, int]] = []
    for span in sorted(spans, key=lambda x: (x[0], -x[1])):
        if kept and span[0] < kept[-1][1]:
            continue
        kept.append(span)
    return kept


def sentence_candidate(s: Sentence, facts: Facts, q: Question) -> list[Candidate]:
    cand = _make(s, 0, len(s.text), "sentence", fit=0.9)
    return [cand] if cand else []


EXTRACTORS: dict[str, Callable[[Sentence, Facts, Question], list[Candidate]]] = {
    "date": date_candidates,
    "quantity": quantity_candidates,
    "person": person_candidates,
    "place": place_candidates,
    "named": named_candidates,
    "list": list_candidates,
    "sentence": sentence_candidate,
}


def candidates(s: Sentence, facts: Facts, q: Question) -> list[Candidate]:
    found = EXTRACTORS[q.expects](s, facts, q)
    if q.expects in ("person", "place") and q.head:
        found += [c for c in named_candidates(s, facts, q) if c.kind in ("named",) and c.fit >= 1.0]
    return found


def interval(edtf: str | None) -> tuple[str, str] | None:
    if not edtf:
        return None
    lower, upper = bounds(edtf)
    return (lower, upper) if lower and upper else None


__all__ = ["Candidate", "Facts", "Sentence", "candidates", "interval", "PERSON_NOUNS", "PLACE_NOUNS"]
