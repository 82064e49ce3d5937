"""Typed candidate answers inside one retrieved sentence.

Facts come from the store (mentions, dates, quantities, quotes); where the
store has none for a sentence, patterns by form stand in (capitalised
phrases, the extract stage's date and quantity scanners).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from vitrina import lexicon
from vitrina.edtf_bounds import bounds
from vitrina.qa import coref, dimension, labels, records
from vitrina.qa.lexical import (
    base_forms,
    category,
    common_kind_of,
    country_senses,
    related,
    same_country,
    verb_class,
    weekday,
    wordnet,
)
from vitrina.qa.names import is_country
from vitrina.qa.question import Question, described_forms
from vitrina.qa.rank import head_token, titled
from vitrina.qa.text import STOPWORDS, WORD, bases, fold
from vitrina.qa.weights import (
    BOUND58,
    COUNTED_WINDOW,
    FIT,
    GROUP_MODIFIERS,
    LEXICAL,
    NOUN_PHRASE_WORDS,
    RELATED_MATCH,
)

_CAP = r"(?:(?:[A-Z]\.){2,}|[A-Z][\w’'\-]*\.?|[A-Z]\.)"  # an initialism first: "U.S." is one word, not "U." and "S."
_MONTH_NAMES = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
)
CAPITALISED = re.compile(
    rf"{_CAP}(?:[ \t]+(?:(?:of|on|de|da|del|der|von|van|for|the|al|bin|y)[ \t]+)*(?!{_MONTH_NAMES}){_CAP})*"
)
QUOTED = re.compile(r"[“\"]([^”\"]{2,120})[”\"]")
NUMBER_EXPR = re.compile(r"\d[\d,.]*(?:\s*[–-]\s*\d[\d,.]*)?")
ENUMERATED = re.compile(r",|\b(?:and|or)\b")  # a constituent that lists its members
# between the members of an enumeration: a comma, "and"/"or", an article; a modifier may stand before
# the last member ("X, Y, and neighboring Z")
ENUM_GAP = re.compile(r"^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?$|^,?\s+(?:and|or)\s+[a-z]+\s+$")


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
    elsewhere: list[str] = field(default_factory=list)  # question names found only in the context
    indirect: float = 0.0  # IDF share of the question's words found only in the context (title, sentences before)
    heading: bool = False
    neighbour: bool = False  # the sentence after a best-covered one, searched for an answer it may hold
    follower: int = 0  # 1 or 2: a sentence after an examined one that opens by referring back to it ("He …")
    section_order: int | None = None  # the place of its section among the best sections (qa/retrieve.py), else None
    added: bool = False  # examined only because the section stage chose it (qa/retrieve.chosen)
    selected: bool = False  # examined only because the learned selection stage chose it (qa/select.py)
    selection: float = 0.0  # the selection stage's probability that it states the answer (0: stage off)
    section_share: float = 0.0  # its section's BM25 score for the question over the best section's (qa/retrieve.py)
    referred: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, name): a pronoun or description
    # standing for a name of the question (qa/refer.py)
    slots: list = field(default_factory=list)  # qa.structure.Slot: constituents filling the asked slot
    enumerations: list = field(default_factory=list)  # (start, end, members) of coordinated noun phrases
    aligned: bool = False  # the question's predicate was found in the sentence
    align_credit: float = 0.0  # the best credit of a word aligned with the question's predicate (1: the same word)
    other_act: bool = False  # … but only with another object than the question's ("led an effort", not "the delegation")
    spans: list = field(default_factory=list)  # (start, end, structure) of parse spans (qa/spans.py)
    exchanged: list = field(default_factory=list)  # (start, end) of what an exchange gave back (qa/exchange.py)
    felt: list = field(default_factory=list)  # (start, end, credit) of words of feeling of the responder (qa/feeling.py)
    quoted: list = field(default_factory=list)  # (start, end) of short quotations, names a source gives (qa/quoted_name.py)
    shaped: list = field(default_factory=list)  # (start, end) of constituents filling a slot named by the question's
    # shape: the modified phrase of the asked kind, what a word of desire governs (qa/shaped.py, round 54)
    parsed: Any = None  # (spaCy Doc, indices of the words aligned with the question's predicate, else the root)
    credits: dict = field(default_factory=dict)  # word index -> credit of the words aligned with the question's
    # predicate, converse verbs aside (qa/stated.aligned_credits)


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
    rule_score: float = 0.0  # the hand-set score (score is the learned one when qa/weights.py has a RANKER)
    in_slot: bool = False  # inside the constituent that fills the asked slot
    resolved: bool = False  # a pronoun's antecedent, named elsewhere in the paragraph
    antecedent: tuple[int, int] | None = None  # document offsets of that antecedent's name
    features: dict[str, float] = field(default_factory=dict)  # what the learned ranking reads (qa/rank.py)
    structure: dict[str, float] = field(default_factory=dict)  # a parse span's role and fit (qa/spans.py)

    @property
    def key(self) -> str:
        return _key(self.text)


@lru_cache(maxsize=65536)
def _key(text: str) -> str:
    """The answer text folded, without its first "the ": equal keys are one answer."""
    return " ".join(fold(text).replace("the ", "", 1).split()) if text else ""


# a numbered paragraph's number or label opening its sentence ("1.2 ", "3. ", "(b) ", "iv) "), before a capital
PARAGRAPH_LABEL = re.compile(r"(?:\d+(?:\.\d+)+\.?|\d+\.|\(?[a-z]\)|\(?[ivx]+\)|\([A-Z]\))[ \t]+(?=[A-Z“\"])")


def _make(s: Sentence, rel_start: int, rel_end: int, kind: str, fit: float = 1.0, **extra) -> Candidate | None:
    text = s.text[rel_start:rel_end]
    lead = len(text) - len(text.lstrip())
    text = text.strip().rstrip(",;:")
    if text[:1] == "(" and ")" not in text:  # "X (Y)": the bracket opening the parenthesis is no part of Y
        text = text[1:].lstrip()
    elif text[-1:] == ")" and "(" not in text:
        text = text[:-1].rstrip()
    if kind != "sentence" and text.endswith(".") and not re.search(r"(?:\b|\.)[A-Z]\.$", text):
        text = text[:-1]  # sentence full stop, not an initial or "U.S."
    if not text:
        return None
    if rel_start + lead == 0 and (label := PARAGRAPH_LABEL.match(text)):  # "1.2 Three people": the paragraph's
        text, lead = text[label.end():], lead + label.end()  # number is no part of what the paragraph says
        if not text:
            return None
    start = s.start + rel_start + lead
    return Candidate(s, start, start + len(text), text, kind, fit, **extra)


def _in_question(text: str, q: Question) -> bool:
    """True when every content word of the candidate is one of the question's own words."""
    own = {b for w in q.content + q.names for b in base_forms(w)} | q.others
    words = [w for w in WORD.findall(text) if fold(w) not in STOPWORDS]
    return bool(words) and all(base_forms(w) & own for w in words)


def parse_spans(s: Sentence, q: Question) -> list[Candidate]:
    """The sentence's parse spans (qa/spans.py) as candidates, unless they only repeat the question."""
    out = []
    denied = _denied_spans(s)
    for start, end, structure in s.spans:
        made = _make(s, start, end, "span", structure=structure)
        if made is not None and not _in_question(made.text, q):
            if _inside(made, denied):
                made.fit *= FIT["denied_slot"]  # the doer of an act the sentence denies or only supposes
            out.append(made)
    return out


def shaped_candidates(s: Sentence, q: Question) -> list[Candidate]:
    """The constituents filling the slot the question names by its shape (qa/shaped.py) as candidates, unless they
    only repeat the question: "What kind of N?" answered by a phrase no entity type covers."""
    kind = "clause" if (q.desire or q.commitment) and not q.kind_of else "named"
    made = [_make(s, start, end, kind) for start, end in s.shaped]
    return [c for c in made if c is not None and not _in_question(c.text, q)]


def felt_candidates(s: Sentence, q: Question) -> list[Candidate]:
    """The words of feeling a sentence gives the responder of "How did X feel / react …?" (qa/feeling.py) as
    candidates ("elated", "broadly hopeful"), unless they only repeat the question."""
    made = [_make(s, start, end, "clause") for start, end, _credit in s.felt]
    return [c for c in made if c is not None and not _in_question(c.text, q)]


def exchanged_candidates(s: Sentence, q: Question) -> list[Candidate]:
    """What an exchange the sentence states gave back (qa/exchange.py) as candidates for "What did X get in return
    for Y?", unless they only repeat the question."""
    made = [_make(s, start, end, "named") for start, end in s.exchanged]
    return [c for c in made if c is not None and not _in_question(c.text, q)]


def quoted_candidates(s: Sentence, q: Question) -> list[Candidate]:
    """The short quotations of the sentence (qa/quoted_name.py) as candidates for a question asking a name ("the
    “river league”"), unless they only repeat the question."""
    made = [_make(s, start, end, "named") for start, end in s.quoted]
    return [c for c in made if c is not None and not _in_question(c.text, q)]


def record_candidates(s: Sentence, q: Question) -> list[Candidate]:
    """The names and values the sentence gives the asked role or record field in an apposition, a parenthesis,
    a label or a comma-delimited field (qa/records.py): "Jane Roe (chair)", "Interviewer: Jane Roe", "X, aged
    26", "X, born 1850 in Y". They fill the asked slot; ``structure["record"]`` marks them for the ranking."""
    if s.parsed is None:
        return []
    out = []
    for read in records.reads(s.parsed[0], q):
        made = _make(s, read.start, read.end, read.kind, fit=FIT["record"], in_slot=True,
                     structure={"record": 1.0})
        if made is not None and not _in_question(made.text, q):
            out.append(made)
    return out


def label_candidates(s: Sentence, q: Question) -> list[Candidate]:
    """The whole value of a "Label: value" sentence whose label names the asked property (qa/labels.py: "Scale:
    one inch to a mile (1:63,360)" for "What is the scale of X?"): it fills the asked slot, as a record's field.
    Only when the sentence and its context (its section's title, the sentence before) hold every word of the
    question: "the scale of X's inset map" is no "Scale" line of X's record that never names an inset map."""
    if s.missing or s.heading:  # a heading's "Title: subtitle" is no record field
        return []
    span = labels.value(s.text, q)
    made = _make(s, *span, q.expects, fit=FIT["record"], in_slot=True, structure={"record": 1.0}) if span else None
    return [made] if made is not None and not _in_question(made.text, q) else []


def _denied_spans(s: Sentence) -> list[tuple[int, int]]:
    """The constituents filling the asked slot of an act the sentence denies or only supposes
    (qa/structure.py marks them ``negated``), in document offsets."""
    return [(s.start + x.start, s.start + x.end) for x in s.slots if x.kind != "truth" and x.negated]


def _inside(cand: Candidate, spans: list[tuple[int, int]]) -> bool:
    return any(a <= cand.start and cand.end <= b for a, b in spans)


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
    return out + _joined_dates(s, out) + weekdays(s, [(a - s.start, b - s.start) for a, b, _e in rows])


def weekdays(s: Sentence, dated: list[tuple[int, int]]) -> list[Candidate]:
    """A day of the week standing alone, outside every date of the sentence (``lexical.weekday``: "COMING TUESDAY
    BY FIRST TRAIN"): the day a when-question asks when the text gives no calendar date (round 40)."""
    out = []
    for m in WORD.finditer(s.text):
        if m.group()[:1].isupper() and not any(a <= m.start() < b for a, b in dated) and weekday(m.group()):
            made = _make(s, m.start(), m.end(), "date", fit=FIT["weekday"])
            if made:
                out.append(made)
    return out


def _joined_dates(s: Sentence, dates: list[Candidate]) -> list[Candidate]:
    """Dates joined by "and"/"or" ("in March and July of 1991"): together they answer, the
    first one often without its year."""
    out = []
    ordered = sorted(dates, key=lambda c: c.start)
    for a, b in zip(ordered, ordered[1:], strict=False):
        if ENUM_GAP.match(s.text[a.end - s.start:b.start - s.start]):
            joined = _make(s, a.start - s.start, b.end - s.start, "date", edtf=b.edtf)
            if joined:
                out.append(joined)
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


# A code written before a number that it completes into an identifier: capitals, digits and at least one hyphen or
# slash ("AB-C 004515", "RX/2 17"); a counted amount has no such prefix.
ID_PREFIX = re.compile(r"(?<![\w-])[A-Z][A-Z0-9]*(?:[-/][A-Z0-9]+)+\s+$")
LEADING_ZERO = re.compile(r"0\d")  # "004515": a count is never written with a leading zero


def identifier(text: str, start: int, end: int) -> bool:
    """The number the span ``text[start:end]`` begins with is part of an identifier (a catalogue, accession or
    inventory number), not an amount: it is written with a leading zero, or a hyphenated code in capitals
    stands just before it."""
    number = re.search(r"\d+", text[start:end])
    if number is None:
        return False
    return bool(LEADING_ZERO.match(number.group()) or ID_PREFIX.search(text[:start + number.start()]))


def _currency(unit: str | None, span_text: str) -> bool:
    """An amount of money: a currency sign in the text, an ISO 4217 code or a WordNet monetary unit."""
    if any(unicodedata.category(c) == "Sc" for c in span_text):
        return True
    return bool(unit) and (re.fullmatch(r"[A-Z]{3}", unit or "") is not None or category(unit or "") == "money")


@lru_cache(maxsize=1)
def _rate_words() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(sorted(lexicon.words("qa_rate_words"))) + r")\b", re.I)


def _rate_opener(before: str) -> re.Match[str] | None:
    """The distributive word just before a number ("every" in "every 45 seconds")."""
    found = list(_rate_words().finditer(before))
    return found[-1] if found and not before[found[-1].end():].strip() else None


def _unit_fit(q: Question, unit: str | None, span_text: str) -> float:
    """How well a quantity's unit answers the question's counted noun, currency, percent or measure; the amount's
    dimension or counted noun read through WordNet (qa/dimension.py) overrules the unit's kind both ways: "35
    nations" counts governments, "30 tons" is no answer to "how far"."""
    fit = _unit_kind_fit(q, unit, span_text)
    if fit < FIT["typed"] and dimension.agreement(span_text, q):
        return FIT["typed"]
    if fit >= FIT["typed"] and dimension.disagrees(span_text, q):
        return FIT["unit_mismatch"]
    return fit


def _unit_kind_fit(q: Question, unit: str | None, span_text: str) -> float:
    """How well a quantity's unit answers the question, by the kind of the unit (lexical.category)."""
    unit_kind = category(unit.split()[-1]) if unit else None
    if q.unit == "money":
        return FIT["typed"] if _currency(unit, span_text) else FIT["unit_mismatch"]
    if q.unit == "percent":
        return FIT["typed"] if unit_kind == "percent" or "%" in span_text else FIT["unit_mismatch"]
    if q.unit == "duration":
        return FIT["typed"] if unit_kind == "date" else FIT["unit_mismatch"]
    if q.unit == "frequency":  # "every 45 seconds", "three times a week"
        return FIT["typed"] if unit_kind == "date" or _rate_words().search(span_text) else FIT["unit_mismatch"]
    if q.unit == "measure":  # "how large / how far": a measure, else a count of members
        if unit_kind == "measure":
            return FIT["typed"]
        return FIT["unit_mismatch"] if _currency(unit, span_text) or unit_kind == "date" else FIT["no_unit_hint"]
    heads = {b for h in (q.heads or ([q.head] if q.head else [])) for b in base_forms(h)}
    if q.type == "how much" and q.unit is None and category(q.head or "") is None:
        heads = set()  # "how much funding / assistance": the stuff measured, not a unit
    if q.unit is None and not heads and q.type == "how much":  # "how much did X pay / provide"
        if _currency(unit, span_text):
            return FIT["typed"]
        if unit_kind == "measure":
            return FIT["no_unit_hint"]
        return FIT["unit_mismatch"]  # a count of things or a span of time answers "how many / how long"
    if heads:
        named = bases(span_text) | (bases(unit) if unit else set())
        if heads & named or any(related(h).get(w, 0.0) >= RELATED_MATCH for h in heads for w in named):
            return FIT["typed"]
        return FIT["unit_mismatch"]
    return FIT["no_unit_hint"]


def quantity_candidates(s: Sentence, facts: Facts, q: Question) -> list[Candidate]:
    rows = facts.inside(facts.quantities, s.start, s.end)
    if not rows:
        rows = [(s.start + x.start, s.start + x.end, x.value, x.unit) for x in _scan_quantities(s.text)]
    out = []
    for start, end, value, unit in rows:
        if q.unit == "frequency":  # the rate's distributive word belongs to the answer: "every 45 seconds"
            before = _rate_opener(s.text[:start - s.start])
            start = s.start + before.start() if before else start
        cand = _make(s, start - s.start, end - s.start, "quantity", value=value)
        if cand is None or _in_question(cand.text, q):
            continue
        cand.fit = _unit_fit(q, unit, cand.text)
        if unit is None and cand.fit == FIT["unit_mismatch"] and _counts_asked_noun(s.text[:start - s.start], q):
            cand.fit = FIT["typed"]  # "membership had swelled to 127" counts members
        elif cand.fit == FIT["unit_mismatch"] and unit and category(unit.split()[-1]) is None \
                and _restates_counted(s.text[:start - s.start], q) \
                and (number := re.match(r"\d[\d,.]*\d|\d", s.text[start - s.start:])):
            # "the bird skins of the donor, 212 specimens" counts the skins: the number answers, without its noun
            cand = _make(s, start - s.start, start - s.start + number.end(), "quantity", fit=FIT["typed"], value=value)
            if cand is None:
                continue
        out.append(cand)
    parts, wholes = _partitives(s, facts, q)
    for cand in out:
        if any(a <= cand.start - s.start and cand.end - s.start <= b for a, b in wholes):
            cand.fit *= FIT["whole_of_part"]  # "three of the *twelve rules*": the group, not the count asked
    out.extend(parts)
    if q.heads and not any(c.fit >= 1.0 for c in out):
        out.extend(_counted_numbers(s, facts, q))
    if q.heads:
        taken = [(c.start, c.end) for c in out] + [(a, b) for a, b, _e in facts.inside(facts.dates, s.start, s.end)]
        for start, end, value in _scan_numbers(s.text):
            a, b = s.start + start, s.start + end
            if not any(x < b and a < y for x, y in taken) and _counts_asked_noun(s.text[:start], q):
                made = _make(s, start, end, "quantity", fit=FIT["typed"], value=value)
                if made:
                    out.append(made)  # a bare number the extractor left untyped ("swelled to 127")
    return out


def _restates_counted(before: str, q: Question) -> bool:
    """An amount set after a comma beside a noun phrase the counted noun heads ("the bird skins of the donor, 212
    specimens"): the amount restates that phrase, whatever noun it carries itself."""
    if not q.heads or not re.search(r",\s*$", before):
        return False
    phrase = re.split(r"[,;:()]", before.rstrip()[:-1])[-1]
    words = WORD.findall(re.split(r"\s+of\s+", phrase, maxsplit=1)[0])
    heads = {b for h in q.heads for b in base_forms(h)}
    return bool(words) and bool(base_forms(words[-1]) & heads)


def _counts_asked_noun(before: str, q: Question) -> bool:
    """A bare number whose clause names the counted noun or its derivation just before it
    ("membership had swelled to 127" for "how many members")."""
    heads = {b for h in q.heads for b in base_forms(h)}
    clause = re.split(r"[;,]", before)[-1]
    near = WORD.findall(clause)[-COUNTED_WINDOW:]
    return any(base_forms(w) & heads or any(related(h).get(fold(w), 0.0) >= LEXICAL["derived"] for h in heads)
               for w in near)


def _dated_spans(s: Sentence, facts: Facts) -> list[tuple[int, int]]:
    """The sentence offsets of the dates the knowledge base holds in ``s``."""
    return [(a - s.start, b - s.start) for a, b, _edtf in facts.inside(facts.dates, s.start, s.end)]


def _partitives(s: Sentence, facts: Facts, q: Question) -> tuple[list[Candidate], list[tuple[int, int]]]:
    """Numbers counting part of a group of the counted noun ("Three of the twelve rules"), and the
    sentence offsets of the group's phrases after "of"."""
    heads = set(base_forms(q.head or ""))
    dated = _dated_spans(s, facts)
    parts, wholes = [], []
    for start, end, value in _scan_numbers(s.text) if heads else []:
        part = PARTITIVE.match(s.text, end)
        if part is None or not any(base_forms(w) & heads for w in part.group(1).split()) \
                or any(a <= start and end <= b for a, b in dated):
            continue
        made = _make(s, start, end, "quantity", fit=FIT["typed"], value=value)
        if made:
            parts.append(made)
            wholes.append((end, part.end()))
    return parts, wholes


def _counted_numbers(s: Sentence, facts: Facts, q: Question) -> list[Candidate]:
    """A number directly followed by the question's counted noun ("three months"), not a modifier of it
    ("June 9 North Varn" counts no North Varn riders), nor a number of a date."""
    heads = set(base_forms(q.head or "")) or {b for h in q.heads for b in base_forms(h)}
    dated = _dated_spans(s, facts)
    out = []
    for start, end, value in _scan_numbers(s.text):
        after = COUNTED.match(s.text[end:])
        words = list(WORD.finditer(after.group())) if after else []
        noun = next((w for w in words if base_forms(w.group()) & heads), None)  # "fifteen new cruisers"
        if noun is not None and any(a <= start < b < end + noun.end() for a, b in dated):
            continue  # "on June 9 North …": the number ends a date the counted noun is outside of
        if noun is not None:
            cand = _make(s, start, end + noun.end(), "quantity", fit=FIT["typed"], value=value)
            if cand:
                out.append(cand)
    return out


COUNTED = re.compile(r"(?:\s+[^\W\d_][\w\-]*){1,3}")  # the counted noun and up to two modifiers before it


# "three of the twelve rules", "two of its members": a number counting part of a group of the counted noun
PARTITIVE = re.compile(r"\s+of\s+(?:" + "|".join(sorted(lexicon.words("partitive_determiners")))
                       + rf")\s+((?:[\w\-]+\s+){{0,{GROUP_MODIFIERS}}}[\w\-]+)")
MONTHS = re.compile(
    r"^(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
)


def _modifier_at(text: str, end: int) -> bool:
    """The capitalised word ending at ``end`` modifies a common noun after it ("a Chinese man")."""
    following = re.match(r"\s+([A-Za-z]+)", text[end:end + 30])
    return following is not None and following.group(1).islower() and following.group(1) not in STOPWORDS


def _attributive(s: Sentence, c: Candidate) -> bool:
    """A one-word name used as a modifier ("the Ukrainian city") is not an answer."""
    rel_end = c.end - s.start
    following = re.match(r"\s+([A-Za-z]+)", s.text[rel_end:rel_end + 30])
    if " " in c.text or not following:
        return False
    word = following.group(1)
    if category(word) == "person":
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
        cand = _make(s, start, end, "named", fit=FIT["named_form"])
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
            cand = _make(s, m.start(1), phrase.end(), "place", fit=FIT["after_preposition"])
            if cand and not _in_question(cand.text, q):
                out.append(cand)
    return out


def place_candidates(s: Sentence, facts: Facts, q: Question) -> list[Candidate]:
    out = mention_candidates(s, facts, q, {"place"})
    out += [c for c in mention_candidates(s, facts, q, {"organization"}) if not _person_like(c)]
    for c in out:
        c.fit = (FIT["typed"] if c.kind == "place" else FIT["organization_place"]) \
            * (FIT["attributive"] if _attributive(s, c) else 1.0)
        if re.search(r"\b(?:in|at|near|outside|off)\s+(?:the\s+)?$", s.text[max(0, c.start - s.start - 12):c.start - s.start]):
            c.fit = max(c.fit, FIT["place_preposition"])  # "at Uppsala University": a location by its preposition
    out += _located_pairs(s, out)
    out += _after_preposition(s, q)
    out += _place_in_event_name(s, q)
    return [c for c in out if not _qualifies_question_name(s, c, q) and not _reference_point(s, c, q)]


def _reference_point(s: Sentence, c: Candidate, q: Question) -> bool:
    """"born at Foulby, near Wakefield": after a capitalised place and a comma, the name a preposition of
    proximity governs (lexicon ``qa_reference_prepositions``) only locates the place before it — the asked place
    is that one, unless the question names it ("Where is Foulby?" is answered "near Wakefield")."""
    match = re.search(r"([A-Z][\w’'.-]*)\s*,\s*([a-z]+)\s+(?:the\s+)?$", s.text[:c.start - s.start])
    if match is None or match.group(2) not in lexicon.words("qa_reference_prepositions"):
        return False
    return not base_forms(match.group(1)) & {b for n in q.names for b in base_forms(n)}


def _located_pairs(s: Sentence, places: list[Candidate]) -> list[Candidate]:
    """"Norfolk, Virginia": a place and the larger place after its comma are one answer."""
    out = []
    ordered = sorted((c for c in places if c.kind == "place"), key=lambda c: c.start)
    for a, b in zip(ordered, ordered[1:], strict=False):
        if s.text[a.end - s.start:b.start - s.start] == ", ":
            pair = _make(s, a.start - s.start, b.end - s.start, "place", fit=max(a.fit, b.fit))
            if pair:
                out.append(pair)
    return out


def _qualifies_question_name(s: Sentence, c: Candidate, q: Question) -> bool:
    """"Charleston, South Carolina" when the question names Charleston: the state only locates it; "the brig
    Mary Ann, of Hull, was wrecked off Flamborough" when the question names the Mary Ann: ", of Hull," is an
    appositive telling where the named thing belongs (its home, its origin), not where the asked act happened."""
    match = re.search(r"([\w’'.-]+)\s*,\s*(of\s+(?:the\s+)?)?$", s.text[:c.start - s.start])
    if match is None or match.group(2) and not _asks_an_act(q):
        return False
    return bool(base_forms(match.group(1)) & {b for n in q.names for b in base_forms(n)})


def _asks_an_act(q: Question) -> bool:
    """The where-question asks where an act happened ("Where was X lost?"), not where X belongs: it has a verb
    other than "be" and not one of belonging or position (lexicon ``qa_belonging_verbs``, ``qa_position_verbs``)."""
    return q.predicate is not None and q.predicate not in (
        lexicon.words("qa_belonging_verbs") | lexicon.words("qa_position_verbs"))


# what gatherings and agreements are in WordNet: "the X Conference", "the Treaty of X" carry their place
EVENT_ROOTS = frozenset({"gathering.n.01", "meeting.n.01", "agreement.n.01", "written_agreement.n.01",
                         "document.n.01", "conference.n.01"})


@lru_cache(maxsize=4096)
def _event_noun(word: str) -> bool:
    from vitrina.qa.lexical import under, wordnet

    wn = wordnet()
    if wn is None:
        return False
    roots = {wn.synset(name) for name in EVENT_ROOTS}
    return any(under(wn.synsets(form, "n")[:2], roots, instances=False) for form in base_forms(word))


def _place_in_event_name(s: Sentence, q: Question) -> list[Candidate]:
    """The place word of an event name ("X Conference", "Treaty of X") when it is a known city or country."""
    from vitrina.qa.names import known_place

    out = []
    for start, end in capitalised_phrases(s):
        lead = re.match(r"(?:[a-z]+\s+)*", s.text[start:end])  # "the Oslo Conference"
        start += lead.end() if lead else 0
        words = s.text[start:end].split()
        if len(words) >= 2 and _event_noun(words[-1]):
            place = " ".join(words[:-1])
            rel = start
        elif len(words) >= 3 and words[1] == "of" and _event_noun(words[0]):
            place = " ".join(words[2:])
            rel = start + s.text[start:end].index(place, len(words[0]))
        else:
            continue
        if known_place(place):
            cand = _make(s, rel, rel + len(place), "place", fit=FIT["event_place"])
            if cand and not _in_question(cand.text, q):
                out.append(cand)
    return out


def _person_like(c: Candidate) -> bool:
    return c.kind == "person"


def person_candidates(s: Sentence, facts: Facts, q: Question) -> list[Candidate]:
    out = mention_candidates(s, facts, q, {"person"})
    orgs = mention_candidates(s, facts, q, {"organization", "group"})
    for c in orgs:
        c.fit = FIT["weak_kind"]
    return out + _conjoined_people(s, out) + orgs


JOINING = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+)$")  # ", " / ", and " / " and " between two names


def _conjoined_people(s: Sentence, people: list[Candidate]) -> list[Candidate]:
    """"A and B", "A, B, and C": people named in one coordination answer "who" together, whatever
    slot the parse gave (a list joined by "and", not by commas alone)."""
    ordered = sorted(people, key=lambda c: c.start)
    out, run = [], ordered[:1]
    for prev, cand in zip(ordered, ordered[1:], strict=False):
        gap = s.text[prev.end - s.start:cand.start - s.start]
        if JOINING.match(gap):
            run.append(cand)
            continue
        out += _joined_run(s, run)
        run = [cand]
    return out + _joined_run(s, run)


def _joined_run(s: Sentence, run: list[Candidate]) -> list[Candidate]:
    if len(run) < 2 or " and " not in s.text[run[-2].end - s.start:run[-1].start - s.start] + " ":
        return []
    made = _make(s, run[0].start - s.start, run[-1].end - s.start, "list", max(c.fit for c in run) * FIT["conjoined_people"])
    return [made] if made else []


def named_candidates(s: Sentence, facts: Facts, q: Question) -> list[Candidate]:
    """Answers to what/which: named phrases with the head noun, terms, entities, measures."""
    out: list[Candidate] = []
    if q.naming:
        out += _named_after_verb(s, q)
    elif q.head:  # "a ten-article treaty … known as the Varnholm Accord"
        for cand in _named_after_verb(s, q):
            if _head_before(s, cand, q.head):
                cand.fit = FIT["head_before"]
                out.append(cand)
    if q.head:
        out += _with_head(s, q) + titled_names(s, q)
    if q.naming:
        out += renamed(s, q)
    for start, end, kind, _speaker in facts.inside(facts.quotes, s.start, s.end):
        if kind == "term" and not (q.naming and _after_so_called_other(s.text, start - s.start, q)):
            made = _make(s, start - s.start, end - s.start, "term", fit=FIT["named_form"])
            if made and not _in_question(made.text, q):
                out.append(made)
    if not facts.inside(facts.quotes, s.start, s.end):
        for m in QUOTED.finditer(s.text):
            if len(m.group(1).split()) <= 6 and not (q.naming and _after_so_called_other(s.text, m.start(), q)):
                made = _make(s, m.start(1), m.end(1), "term", fit=FIT["after_preposition"])
                if made and not _in_question(made.text, q):
                    out.append(made)
    types = {"person", "organization", "place", "group", "vessel", "other"}
    if q.expects == "person":
        types = {"person"}
    elif q.expects == "place":
        types = {"place", "organization"}
    for cand in mention_candidates(s, facts, q, types):
        cand.fit = min(cand.fit, FIT["mention_for_named"])
        out.append(cand)
    if q.expects == "named" and facts.inside(facts.mentions, s.start, s.end):
        for start, end in capitalised_phrases(s):  # names the extractor did not keep
            made = _make(s, start, end, "named", fit=FIT["weak_kind"])
            if made and not _in_question(made.text, q) and not MONTHS.match(made.text):
                out.append(made)
    if q.head and category(q.head) in ("measure", "money", "percent"):
        for cand in quantity_candidates(s, facts, q):
            cand.fit = FIT["measure_for_named"]
            out.append(cand)
    return out


def titled_names(s: Sentence, q: Question) -> list[Candidate]:
    """Proper names no entity type covers, typed by their title word (round 40, `rank.titled`): a common noun or
    title before the name, or a vessel's prefix, that is a kind of the asked noun ("which ship": "HMS
    Resolution", "the frigate Constitution"). The name is its run of proper nouns, the prefix with it; a name the
    question itself names ("the team at *MacArthur*'s headquarters") is no answer to it."""
    if s.parsed is None or not q.head:
        return []
    doc = s.parsed[0]
    out = []
    for token in doc:
        if token.pos_ != "PROPN" or token.dep_ == "compound" and token.head.pos_ == "PROPN" \
                or fold(token.text) in q.names or not titled(doc, token, q.head):
            continue
        first = token
        while first.i > 0 and doc[first.i - 1].pos_ == "PROPN" and doc[first.i - 1].dep_ == "compound":
            first = doc[first.i - 1]
        made = _make(s, first.idx, token.idx + len(token.text), "named", fit=FIT["titled"])
        if made and not _in_question(made.text, q):
            out.append(made)
    return out


@lru_cache(maxsize=1)
def _renaming() -> re.Pattern[str]:
    words = sorted((re.escape(w) for w in lexicon.words("renaming_words")), key=len, reverse=True)
    return re.compile(rf"\s*[(,]\s*(?:{'|'.join(words)})\s+(?:the\s+)?", re.I)


def renamed(s: Sentence, q: Question) -> list[Candidate]:
    """"What is X called today?": the name after a name of the question in a renaming construction — a comma or an
    opening parenthesis and a renaming word (lexicon ``renaming_words``: "Batavia (today Jakarta)", "Port Arthur,
    now Lüshun"), the construction the place extractor reads as one place's two names (round 40)."""
    out = []
    for _a, end in s.named:
        after = _renaming().match(s.text, end)
        name = CAPITALISED.match(s.text, after.end()) if after else None
        if name:
            made = _make(s, name.start(), name.end(), "named", fit=FIT["renamed"])
            if made and not _in_question(made.text, q):
                out.append(made)
    return out


def _head_before(s: Sentence, c: Candidate, head: str) -> bool:
    before = s.text[max(0, c.start - s.start - 80): c.start - s.start]
    return bool(base_forms(head) & bases(before))


def _naming_words(text: str) -> list[re.Match[str]]:
    """Naming verbs (WordNet: hyponyms of name.v.01) and naming phrases (lexicon qa_naming) in ``text``."""
    phrases = sorted((re.escape(p) for p in lexicon.words("qa_naming")), key=len, reverse=True)
    found = list(re.finditer(rf"\b(?:{'|'.join(phrases)})\b", text, re.I))
    taken = {m.start() for m in found}
    for m in WORD.finditer(text):
        if m.start() not in taken and m.group()[:1].islower() and any(verb_class(b) == "naming"
                                                                   for b in base_forms(m.group()) if b != "name"):
            found.append(m)
    return sorted(found, key=lambda m: m.start())


DOUBLE_QUOTE = re.compile(r"[“”\"]")
QUOTE_OPENERS = frozenset("“\"‘'")
QUOTE_CLOSERS = frozenset("”\"’'")


@lru_cache(maxsize=4096)
def names_something(text: str) -> bool:
    """The sentence holds a naming construction: a naming verb or phrase ("became known as", "dubbed",
    "code-named", "what he called", "the so-called") or a term in double quotation marks."""
    return bool(DOUBLE_QUOTE.search(text)) or bool(_naming_words(text))


def no_name(s: Sentence, c: Candidate) -> bool:
    """The candidate is one word (a stop word before it aside), not in quotation marks, that names nothing: a demonym (a
    capitalised WordNet adjective pertaining to a place: "German", "Soviet"), an adverb WordNet knows only as
    one ("initially"), or a WordNet adjective modifying the word after it ("Communist regime", "Communist China"). None of
    them is the name a question asks for; a quoted or capitalised term of another kind may be."""
    words = c.text.split()
    if words and words[0].lower() in STOPWORDS:  # "the German": the article aside
        words = words[1:]
    rel_start, rel_end = c.start - s.start, c.end - s.start
    quoted = s.text[rel_start - 1:rel_start] in QUOTE_OPENERS or s.text[rel_end:rel_end + 1] in QUOTE_CLOSERS
    if len(words) != 1 or not words[0][:1].isalpha() or quoted:
        return False
    from vitrina.qa.lexical import adjective_pertainyms, wordnet

    wn, word = wordnet(), words[0]
    if wn is None:
        return False
    if word[:1].isupper() and any(category(p.name()) == "place" for p in adjective_pertainyms(word, proper=True)):
        return True
    adjective = bool(wn.lemmas(word, "a"))
    if wn.lemmas(word, "r") and not adjective and not wn.synsets(word, "n"):
        return True
    following = re.match(r"\s+([^\W\d_]+)", s.text[rel_end:rel_end + 30])
    return adjective and following is not None and following.group(1).lower() not in STOPWORDS


def _named_after_verb(s: Sentence, q: Question) -> list[Candidate]:
    out = []
    for m in _naming_words(s.text):
        if _so_called_other(s.text, m, q):
            continue  # "the so-called “X” signed by …": X names that accord, not what the question names
        window = s.text[m.end(): m.end() + 90]
        quote = QUOTED.search(window)
        if quote:
            cand = _make(s, m.end() + quote.start(1), m.end() + quote.end(1), "term", fit=FIT["typed"])
            if cand and not _in_question(cand.text, q):
                out.append(cand)
                continue
        phrase = re.match(r"\s+((?:the\s+)?)", window)
        offset = m.end() + (phrase.end() if phrase else 0)
        cap = CAPITALISED.match(s.text, offset)
        if cap:
            cand = _make(s, offset, cap.end(), "named", fit=FIT["typed"])
            if cand and not _in_question(cand.text, q):
                out.append(cand)
    return out


def _so_called_other(text: str, m: re.Match[str], q: Question, at: int | None = None) -> bool:
    """A "so-called" naming word whose phrase (up to the next comma) shares no word of the question that is no
    name of it: the phrase names itself, and the question asks another thing's name."""
    start, end = (m.start(), m.end()) if at is None else (at, at + len("called"))
    if not (text[start:end].lower() == "called" and re.search(r"\bso[-‐‑]\s*$", text[:start], re.I)):
        return False
    own = described_forms(q)
    phrase = re.split(r"[,;:.]", text[end:], maxsplit=1)[0]
    return not any(base_forms(w) & own for w in WORD.findall(phrase))


def _after_so_called_other(text: str, at: int, q: Question) -> bool:
    """The quotation at ``at`` follows a "so-called" whose phrase is none of the question's (``_so_called_other``)."""
    before = re.search(r"\bso[-‐‑]\s*(called)\s*[“\"‘']?\s*$", text[:at], re.I)
    return before is not None and _so_called_other(text, before, q, before.start(1))


def _with_head(s: Sentence, q: Question) -> list[Candidate]:
    """Named phrases containing the head noun, and "HEAD of X" values."""
    head = base_forms(q.head or "")
    out = []
    for start, end in capitalised_phrases(s):
        phrase = s.text[start:end]
        if head & {b for w in re.split(r"[\s\-]+", phrase) for b in base_forms(w)}:
            cand = _make(s, start, end, "named", fit=FIT["typed"])
            if cand and not _in_question(cand.text, q):
                out.append(cand)
    apposition = rf"({CAPITALISED.pattern})\s*,\s*(?:a|an|the)\s+(?:[\w\-]+\s+){{0,3}}{re.escape(q.head or '')}"
    for m in re.finditer(apposition, s.text):  # "Grain-Bridge, a generous program"
        cand = _make(s, m.start(1), m.end(1), "named", fit=FIT["typed"])
        if cand and not _in_question(cand.text, q):
            out.append(cand)
    for m in re.finditer(rf"\b{re.escape(q.head or '')}\w*\s+of\s+", s.text, re.I):
        name = CAPITALISED.match(s.text, m.end())
        if name and not MONTHS.match(name.group()):
            cand = _make(s, m.end(), name.end(), "named", fit=FIT["typed"])
            if cand and not _in_question(cand.text, q):
                out.append(cand)
        num = NUMBER_EXPR.match(s.text, m.end())
        if num:
            unit = re.match(r"\s+[a-z]+", s.text[num.end():])
            end = num.end() + (unit.end() if unit and unit.group().strip() not in STOPWORDS else 0)
            cand = _make(s, m.end(), end, "quantity", fit=FIT["typed"])
            if cand:
                out.append(cand)
    return out


def list_candidates(s: Sentence, facts: Facts, q: Question) -> list[Candidate]:
    """Enumerations: two or more names joined by commas/"and" ("A, B, and C")."""
    rows = [(a - s.start, b - s.start) for a, b, _t, _e in facts.inside(facts.mentions, s.start, s.end)]
    dated = _dated_spans(s, facts)
    items = sorted(span for span in set(rows) | set(capitalised_phrases(s))  # "By October, A, B and C": no member
                   if not any(a <= span[0] and span[1] <= b for a, b in dated))
    items = _drop_nested(items)
    out: list[Candidate] = []
    run: list[tuple[int, int]] = []
    for item in items + [(10**9, 10**9)]:
        if run and item[0] < 10**9 and ENUM_GAP.match(s.text[run[-1][1]: item[0]]):
            run.append(item)
            continue
        if len(run) >= 2 and not any(_in_question(s.text[a:b], q) for a, b in run):  # the asked-about thing
            start = run[0][0]  # is never among its own members ("… and the Treaty of X" for "under the Treaty of X")
            if s.text[max(0, start - 4): start].lower() == "the ":
                start -= 4
            fit = min(1.0, FIT["list_base"] + FIT["list_item"] * len(run))
            if _apposed_to_asked(s.text[:start], q):
                fit = FIT["apposed_list"]
            cand = _make(s, start, run[-1][1], "list", fit=fit)
            if cand and not _in_question(cand.text, q):
                out.append(cand)
        run = [item]
    names = {(c.start, c.end) for c in out}
    spans = [(a, b) for a, b, _members in s.enumerations] + _delimited_lists(s.text)
    for start, end in spans:  # common nouns too: "a merchant navy, …, and naval bases"
        if not _apposed_to_asked(s.text[:start], q) or (s.start + start, s.start + end) in names:
            continue
        names.add((s.start + start, s.start + end))
        cand = _make(s, start, end, "list", fit=FIT["apposed_list"])
        if cand and not _in_question(cand.text, q):
            out.append(cand)
    return out


LIST_OPENER = re.compile(r"[:(—–]\s*")
LIST_CLOSER = re.compile(r"[)—–;]|\.\s*$")
SEMICOLON_LIST = re.compile(r";\s+(?:and|or)\s")  # items whose own commas need semicolons between them


def _delimited_lists(text: str) -> list[tuple[int, int]]:
    """Enumerations set off by a colon, dash or parenthesis ("the three concepts—A, B, and C—"),
    however the parser attached their members: from the opener to its closer or the sentence end."""
    out = []
    for m in LIST_OPENER.finditer(text):
        rest = text[m.end():].rstrip().rstrip(".")
        if m.group().startswith(":") and SEMICOLON_LIST.search(rest):
            out.append((m.end(), m.end() + len(rest)))  # "five areas: A; B, even if C; and D": items between semicolons
            continue
        close = LIST_CLOSER.search(text, m.end())
        end = close.start() if close else len(text)
        inner = text[m.end():end]
        if "," in inner and re.search(r"\b(?:and|or)\b", inner) and len(inner.split()) <= 40:
            out.append((m.end(), end))
    return out


APPOSITION_OPENER = re.compile(r"([\w’'\-]+)[”\"]?\s*(?:\(|:|—|–|--|,?\s+(?:including|namely|such as|which (?:demanded|included|required|were))|\s+(?:were|are))\s*$")


def _apposed_to_asked(before: str, q: Question) -> bool:
    """An enumeration right after the asked noun or the question's own name, opened by a parenthesis,
    colon or dash: "five treaty ports (A, B, C)", "the Four Policemen—A, B, C": it names the members."""
    opener = APPOSITION_OPENER.search(before)
    if opener is None:
        return False
    word = base_forms(opener.group(1))
    asked = {b for h in (q.heads or ([q.head] if q.head else [])) for b in base_forms(h)}
    if word & asked or word & {b for n in q.names for b in base_forms(n)}:
        return True
    # "the three duties of the guild—A, B, and C": the asked noun heads the phrase the opener closes
    phrase = re.split(r"[,;:()—–]", before[:opener.start(1)])[-1]
    return bool(asked) and any(base_forms(w) & asked for w in WORD.findall(phrase)[-NOUN_PHRASE_WORDS:])


def _drop_nested(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    kept: list[tuple[int, int]] = []
    for span in sorted(spans, key=lambda x: (x[0], -x[1])):
        if kept and span[0] < kept[-1][1]:
            continue
        kept.append(span)
    return kept


def sentence_candidate(s: Sentence, facts: Facts, q: Question) -> list[Candidate]:
    cand = _make(s, 0, len(s.text), "sentence", fit=FIT["sentence"])
    return [cand] if cand else []


LOCATIVE_PHRASE = r"((?:(?:{articles})\s+(?:[a-z][\w\-]*\s+){{0,2}})?(?:{preps})\s+[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){{0,3}})"


def copular_locative(s: Sentence, q: Question) -> list[Candidate]:
    """"Where is X?" answered by the place phrase of a copular sentence about X (lexicon ``copulas``,
    ``spatial_prepositions``, ``qa_locative_articles``): "X is a farm near Y" gives "a farm near Y", "X was in Y" gives "in Y"."""
    if q.predicate or not q.names:
        return []
    name = r"\b" + r"[\s\-]+".join(re.escape(n) for n in dict.fromkeys(q.names)) + r"\b"
    preps = "|".join(sorted(lexicon.words("spatial_prepositions")))
    articles = "|".join(sorted(lexicon.words("qa_locative_articles")))
    copulas = lexicon.words("copulas")
    out = []
    for m in re.finditer(rf"(?i:{name})\s+(\w+)\s+" + LOCATIVE_PHRASE.format(preps=preps, articles=articles), s.text):
        verb = m.group(1)
        wn = wordnet()
        lemma = wn.morphy(verb.lower(), "v") if wn is not None else None
        if lemma not in copulas:
            continue
        made = _make(s, m.start(2), m.end(2), "place", fit=FIT["slot"])
        if made and not _in_question(made.text, q):
            made.in_slot = True
            out.append(made)
    return out


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
    """Typed candidates of the expected kind; those inside the filled slot count more, others less."""
    if q.expects == "truth":
        return []
    if q.expects == "sentence" and any(x.kind == "clause" and not x.pronoun for x in s.slots):
        return []  # the reason or manner clause of this sentence answers, not the whole sentence
    found = EXTRACTORS[q.expects](s, facts, q)
    if q.expects == "quantity":  # "from specimen AB-C 004515": a catalogue or accession number counts nothing
        found = [c for c in found if not identifier(s.text, c.start - s.start, c.end - s.start)]
    if q.expects in ("person", "place") and q.head:
        found += [c for c in named_candidates(s, facts, q) if c.kind in ("named",) and c.fit >= FIT["typed"]]
    if q.unit == "duration":
        found += _duration_modifiers(s, q) + date_ranges(s, facts)
    if q.unit == "quote":  # "What did X say?": the words said; a name among them is no answer
        for cand in found:
            cand.fit = min(cand.fit, FIT["name_for_quote"])
        quoted = quotations(s, facts, q)
        spans = [(s.start + x.start, s.start + x.end) for x in s.slots
                 if x.kind != "truth" and not x.pronoun and not x.negated]
        for cand in quoted:  # "referred to X as “…”": the quotation that fills the slot (a name asked: no quotation)
            cand.in_slot = not q.wants_name and any(a <= cand.start and cand.end <= b for a, b in spans)
        return found + quoted
    if q.wording:
        found += quotations(s, facts, q)
    if q.wants_name:  # "the name of the man": "a Chinese man" gives a people's name, not his
        for cand in found:
            if _attributive(s, cand):
                cand.fit *= FIT["attributive"]
    wanted = asked_country(q) if q.expects == "person" else frozenset()
    if wanted:  # "France's prime minister": the British prime minister of the sentence is not one
        for cand in found:
            places = title_countries(s, cand, q)
            if places and not any(same_country(wanted, p) for p in places):
                cand.fit *= FIT["other_country"]
    spans = [(s.start + x.start, s.start + x.end) for x in s.slots
             if x.kind != "truth" and not x.pronoun and not x.negated]
    denied = _denied_spans(s)
    typed = [c for c in found if c.kind != "sentence"]
    for cand in typed:
        cand.in_slot = _inside(cand, spans) and not _modifier(s, cand, q)
        if not cand.in_slot and _inside(cand, denied):
            cand.fit *= FIT["denied_slot"]  # the doer of an act the sentence denies or only supposes
    if any(c.in_slot for c in typed):  # the slot holds an answer of the right kind: others in its clause are off it
        clauses = {_clause_around(s, c) for c in typed if c.in_slot}
        for cand in typed:
            if cand.in_slot:
                cand.fit *= FIT["slot_fact"]
            elif _clause_around(s, cand) in clauses:
                cand.fit *= FIT["off_slot"]
    if q.type == "where":  # "X is a farm near Y": the place phrase of the copula fills the asked slot
        found += copular_locative(s, q)
    return found


def quotations(s: Sentence, facts: Facts, q: Question) -> list[Candidate]:
    """Every quotation of the sentence (the store's, else by quotation marks)."""
    stored = facts.inside(facts.quotes, s.start, s.end)
    rows = [(a - s.start, b - s.start, speaker) for a, b, kind, speaker in stored
            if kind != "retracted"]  # words the document's own correction gives to another speaker
    rows = rows if stored else [(m.start(1), m.end(1), None) for m in QUOTED.finditer(s.text)]
    out = []
    for start, end, speaker in rows:
        fit = FIT["quotation"] * (FIT["other_speaker"] if _other_speaker(speaker, q) else 1.0)
        made = _make(s, start, end, "term", fit)
        if made and not _in_question(made.text, q):
            out.append(made)
    return out


def _other_speaker(speaker: str | None, q: Question) -> bool:
    """The quotation's speaker (an entity id such as "person-first-last") is a person the question names
    other than its sayer ("What did X say when Y asked …?": Y's words are no answer). A speaker the
    question does not name may be the sayer under another name ("FDR"), so it is not judged."""
    if not speaker or not q.subject:
        return False
    words = set(speaker.split("-")[1:])
    return bool(words & set(q.names)) and not words & (q.subject | {b for n in q.subject for b in base_forms(n)})


DURATION_MODIFIER = re.compile(r"\b((?:\d+|[a-z]+)[- ](?:year|month|week|day|hour|minute)s?(?:-long)?)\s+([a-z]+)", re.I)


def _duration_modifiers(s: Sentence, q: Question) -> list[Candidate]:
    """"99-year leases", "a ten-day siege": a span of time modifying a noun of the question."""
    own = {b for w in q.content for b in base_forms(w)}
    out = []
    for m in DURATION_MODIFIER.finditer(s.text):
        if base_forms(m.group(2)) & own:
            made = _make(s, m.start(1), m.end(1), "quantity", FIT["typed"])
            if made:
                out.append(made)
    return out


def date_ranges(s: Sentence, facts: Facts) -> list[Candidate]:
    """"from October 30 to November 4, 1991", "between 1861 and 1865": two dates framing a stretch of
    time (lexicon/qa_range_openers.txt, qa_range_joiners.txt) answer "how long" together."""
    rows = facts.inside(facts.dates, s.start, s.end) or [
        (s.start + d.start, s.start + d.end, d.edtf) for d in _scan_dates(s.text)]
    ordered = sorted((a - s.start, b - s.start) for a, b, _edtf in rows)
    openers, joiners = lexicon.words("qa_range_openers"), lexicon.words("qa_range_joiners")
    framed = [(a, d) for (a, b), (c, d) in zip(ordered, ordered[1:], strict=False)
              if s.text[b:c].strip().lower() in joiners]
    framed += [(a, b) for a, b in ordered  # one date read as the whole range
               if set(re.findall(r"[^\w\s]|\w+", s.text[a:b].lower())[1:]) & joiners]
    out = []
    for a, d in framed:
        before = re.search(r"(\S+)\s+$", s.text[:a])
        start = before.start(1) if before and before.group(1).lower() in openers else a
        if start < a or s.text[a:d].split()[0].lower() in openers:
            made = _make(s, start, d, "quantity", FIT["typed"])
            if made:
                out.append(made)
    return out


def adjust(s: Sentence, facts: Facts, q: Question, found: list[Candidate]) -> list[Candidate]:
    """Fit across one sentence's candidates: a candidate dated otherwise than the question counts
    less, and so does one name of a conjoined slot ("A and B co-chaired X": both answer)."""
    lists = [c for c in found if c.kind == "list" and c.in_slot]
    enumerations = [c for c in found if c.kind == "list"]
    not_people = q.kind_noun is not None and category(q.kind_noun) != "person"
    settlement = q.expects in ("place", "named") and _settlement(q.head)
    elsewhere = _other_conjuncts(s, q)
    found = [cand for cand in found if not bare_pronoun(cand.text)]
    if _premise_unstated(s, q):
        return []  # "the mill burned" answers no "Why did X burn the mill?": it does not say X did
    for cand in found:
        if any(a <= cand.start - s.start and cand.end - s.start <= b for a, b in elsewhere):
            cand.fit *= FIT["other_conjunct"]  # "founded A in 1877, and B in 1844": B's date is 1844
            cand.in_slot = False
        if not_people and _names_a_person(s, facts, cand) or q.expects == "place" and _only_a_person(s, facts, cand):
            cand.fit *= FIT["weak_kind"]  # "the first ship to sail …" is no sailor; "wrote to X": X is no place
        if settlement and is_country(cand.text):
            cand.fit *= FIT["country_for_town"]  # "In which town …?": a country is not a town
        if q.expects == "list" and any(_cut(cand, e) for e in enumerations):
            cand.fit *= FIT["not_enumerated"]  # "three satellites—A, B" cut inside the list "A, B, and C"
        if q.years and _dated_otherwise(s, facts, cand, q):
            cand.fit *= FIT["other_time"]
        if cand.kind != "list" and any(x.start <= cand.start and cand.end <= x.end and x.text != cand.text
                                       for x in lists):
            cand.fit *= FIT["list_member"]
    return found


def _premise_unstated(s: Sentence, q: Question) -> bool:
    """A why-question asks why its subject did its act to its object ("Why did Anna Holm sell the farm?"); a
    sentence whose every word aligned with the act has the question's object for its subject and neither object
    nor agent ("the farm sold quickly") states that the thing happened, not that the question's subject did it:
    the question's premise is not stated there, so the sentence gives no reason for it."""
    if q.type != "why" or q.passive or not q.subject or not q.objects or not s.aligned or s.parsed is None:
        return False
    doc, anchors = s.parsed
    for i in anchors:
        deps = {c.dep_ for c in doc[i].children}
        subjects = {fold(c.text) for c in doc[i].children if c.dep_ == "nsubj"}
        if deps & {"dobj", "obj", "agent", "nsubjpass"} or not subjects & q.objects:
            return False
    return bool(anchors)


def bare_pronoun(text: str) -> bool:
    """The text is one pronoun alone (lexicon ``bare_pronouns`` and the third-person ones of `qa.coref`): "I",
    "they" name nobody by themselves; a pronoun the sentence's structure fills is answered by its antecedent
    (``slot_candidates``), never by itself."""
    word = text.strip(" .,;:!?\"'’“”").lower()
    return word in lexicon.words("bare_pronouns") or word in coref.pronoun_kinds(things=True)


def _other_conjuncts(s: Sentence, q: Question) -> list[tuple[int, int]]:
    """The conjuncts of a gapped coordination ("founded A in 1877, and B in 1844"; "A in 1850; B in 1851")
    that do not hold the names the question asks about, when one conjunct does. Conjuncts are cut at a
    coordinating conjunction after a comma, or at a semicolon; one of them must have no verb of its own
    (the verb is shared, so each value belongs with the names beside it). Offsets in the sentence."""
    if s.parsed is None or not q.names:
        return []
    doc = s.parsed[0]
    cuts = [t.idx for t in doc if t.text == ";" or t.dep_ == "cc" and t.i > 0 and doc[t.i - 1].text == ","]
    if not cuts:
        return []
    bounds_ = list(zip([0, *cuts], [*cuts, len(s.text)], strict=True))
    verbless = [not any(t.pos_ in ("VERB", "AUX") and a <= t.idx < b for t in doc) for a, b in bounds_]
    asked = set(q.names)
    holding = [bool(asked & {fold(w) for w in WORD.findall(s.text[a:b])}) for a, b in bounds_]
    if sum(holding) != 1 or not any(verbless):
        return []
    return [span for span, holds in zip(bounds_, holding, strict=True) if not holds]


@lru_cache(maxsize=256)
def _settlement(noun: str | None) -> bool:
    """The asked noun names a town or city (WordNet: under urban_area.n.01 in its first sense)."""
    from vitrina.qa.lexical import under, wordnet

    wn = wordnet()
    if wn is None or not noun:
        return False
    return under(wn.synsets(noun, "n")[:1], {wn.synset(URBAN_AREA)}, instances=False)


def _names_a_person(s: Sentence, facts: Facts, cand: Candidate) -> bool:
    """The candidate is (mostly) a person's name: typed so, or a person mention covers half of it."""
    if cand.kind == "person":
        return True
    people = [(a, b) for a, b, kind, _e in facts.inside(facts.mentions, cand.start, cand.end) if kind == "person"]
    return any(2 * (b - a) >= cand.end - cand.start for a, b in people)


def _only_a_person(s: Sentence, facts: Facts, cand: Candidate) -> bool:
    """The candidate is a person's name and nothing else: person mentions cover it whole, no place or organization
    mention is inside it, and no preposition of static location stands before it ("wrote to Anna Holm"; not "at
    Harvard University", which the tagger may type a person: lexicon ``qa_place_prepositions``, static location)."""
    before = re.search(r"(\w+)\s+(?:the\s+)?$", s.text[:cand.start - s.start])
    static = {e.value for e in lexicon.entries("qa_place_prepositions") if e.reason == "static location"}
    if before is not None and before.group(1).lower() in static or re.match(r"(?:the\s+)?(\w+)\s", cand.text) \
            and cand.text.split()[0].lower() in static:
        return False
    rows = facts.inside(facts.mentions, cand.start, cand.end)
    if any(kind != "person" for _a, _b, kind, _e in rows):
        return False
    covered = sum(b - a for a, b, _kind, _e in rows)
    named = re.sub(r"^(?:[a-z]+\s+)+", "", cand.text.strip(" ,.;:"))  # "to Anna Holm": the name after the preposition
    return bool(rows) and covered >= len(named)


def _cut(part: Candidate, whole: Candidate) -> bool:
    """``part`` starts before ``whole`` and ends inside it."""
    return part.start < whole.start < part.end < whole.end


def _dated_otherwise(s: Sentence, facts: Facts, cand: Candidate, q: Question) -> bool:
    """The date nearest the candidate in its clause is of another year than the question's
    ("In 1946 there were 35 …; by 1970 … 127" asked "by 1970"): it answers another time."""
    rows = facts.inside(facts.dates, s.start, s.end) or \
        [(s.start + d.start, s.start + d.end, d.edtf) for d in _scan_dates(s.text)]
    clause = _clause_around(s, cand)
    rows = [r for r in rows if clause[0] <= r[0] and r[1] <= clause[1] and not (r[0] <= cand.start and cand.end <= r[1])]
    if not rows or cand.kind == "date":
        return False
    nearest = min(rows, key=lambda r: max(r[0] - cand.end, cand.start - r[1], 0))
    years = set(re.findall(r"\d{4}", s.text[nearest[0] - s.start:nearest[1] - s.start]))
    return bool(years) and not years & set(q.years)


MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss"})


def _modifier(s: Sentence, cand: Candidate, q: Question) -> bool:
    """The candidate only modifies a common noun of the slot ("Veldish" in "Veldish river police",
    "Corlan" in "Corlan harbour"): the noun phrase it modifies fills the slot, the candidate does not (a
    whose-question asks for the possessor itself)."""
    if q.slot == "possessor" or s.parsed is None:
        return False
    token = head_token(s.parsed, cand.start - s.start, cand.end - s.start)
    return token is not None and token.dep_ in MODIFIER_DEPS and token.head.pos_ == "NOUN" \
        and not base_forms(token.head.text) & set(q.heads)


def _clause_around(s: Sentence, cand: Candidate) -> tuple[int, int]:
    """Document offsets of the candidate's part of the sentence between semicolons
    (independent clauses: a date across a semicolon dates another statement)."""
    a, b = cand.start - s.start, cand.end - s.start
    left = s.text.rfind(";", 0, a) + 1
    right = s.text.find(";", b)
    return s.start + left, s.start + (right if right >= 0 else len(s.text))


Resolver = Callable[[Sentence, Any], Any]  # (sentence, pronoun slot) -> coref.Antecedent | None


def slot_candidates(s: Sentence, facts: Facts, q: Question, resolve: Resolver) -> list[Candidate]:
    """Answers read off the sentence's structure: the filling constituent, a quotation in it,
    a pronoun's antecedent, or yes/no from the aligned statement's polarity."""
    out: list[Candidate] = []
    for slot in s.slots:
        fit = FIT["slot"] * slot.credit
        if slot.kind == "truth":
            text = "No" if slot.negated != q.negated else "Yes"
            out.append(Candidate(s, s.start + slot.start, s.start + slot.end, text, "truth", fit, in_slot=True))
            continue
        if slot.negated:
            continue  # the filler of an act the sentence denies or only supposes answers nothing
        if slot.pronoun:
            antecedent = resolve(s, slot)
            if antecedent is not None and not _in_question(antecedent.text, q):
                out.append(Candidate(s, s.start + slot.start, s.start + slot.end, antecedent.text,
                                     antecedent.type, fit, in_slot=True, resolved=True,
                                     antecedent=(antecedent.start, antecedent.end)))
            continue
        made = _slot_answer(s, facts, q, slot, fit)
        if made is not None and not _in_question(made.text, q):
            made.in_slot = True
            if q.unit == "quote" and made.kind != "term" and _quotes_elsewhere(s, facts, made):
                made.fit *= FIT["unquoted_for_quote"]
            out.append(made)
    return out


def _quotes_elsewhere(s: Sentence, facts: Facts, cand: Candidate) -> bool:
    """The sentence quotes words outside the candidate: what was said is in the quotation."""
    rows = [(a, b) for a, b, _kind, _speaker in facts.inside(facts.quotes, s.start, s.end)]
    rows += [(s.start + m.start(1), s.start + m.end(1)) for m in QUOTED.finditer(s.text)]
    rows += [(s.start + m.start(), s.start + m.end()) for m in re.finditer("“", s.text)]  # closed past the end
    if "“" in s.text[max(0, cand.start - s.start - 2):cand.start - s.start + 1]:
        return False  # the candidate is itself the quotation
    return any(b <= cand.start or a >= cand.end for a, b in rows)


def _slot_answer(s: Sentence, facts: Facts, q: Question, slot: Any, fit: float) -> Candidate | None:
    """The constituent as an answer, shaped by what the question expects."""
    text = s.text[slot.start:slot.end]
    quote = _quote_within(s.text, slot.start, slot.end) or _open_quote(s.text, slot.start, slot.end)
    if quote is not None and (q.naming or q.verb_class == "saying" or q.expects in ("named", "list")) \
            and (q.naming or slot.kind != "clause" or _quote_answers(s.text[slot.start:quote[0]], q)
                 or SET_OFF.search(s.text[slot.start:quote[0]]) or q.type == "how"):
        # "How did X describe Y?" asks for the words of the characterisation: the quotation
        start, end = quote  # the quotation, unless the clause says more before it
        return _make(s, start, end, "term", fit)
    if q.unit == "quote" and slot.head_text[:1].isupper():
        fit *= FIT["name_for_quote"]  # "wrote Churchill", "told Congress": whom it was said to, not what
    if q.expects == "sentence":
        # a clause, or for a why-question a cause named by a phrase ("because of X", "in response to X")
        return _make(s, slot.start, slot.end, "clause", fit) if slot.kind == "clause" or q.slot == "reason" else None
    if slot.kind == "name":  # "known as the X tariff": the whole complement of the naming verb is the name
        return _make(s, slot.start, slot.end, "named", fit)
    if q.wants_name:  # "its first satellite, named Vanguard": the proper name inside the phrase
        proper = [(a, min(b, slot.end)) for a, b in capitalised_phrases(s)  # "Democrat." ends past the slot
                  if slot.start <= a and min(b, slot.end) > a and s.text[slot.end:b] in ("", ".")
                  and not _in_question(s.text[a:b], q) and not _modifier_at(s.text, b)]
        if proper:
            return _make(s, proper[-1][0], proper[-1][1], "named", fit)
        return None  # a common noun is no name: "a Chinese man" names nobody
    names = facts.inside(facts.mentions, s.start + slot.start, s.start + slot.end)
    if q.expects == "place" and facts.inside(facts.dates, s.start + slot.start, s.start + slot.end):
        return None  # "in November 1933" fills the circumstance slot with a time, not a place
    typed = {"person": {"person"}, "place": {"place", "organization"}}.get(q.expects)
    if typed is not None:
        fitting = [r for r in names if r[2] in typed | {"person", "group", "organization", "place"}
                   and not _in_question(s.text[r[0] - s.start:r[1] - s.start], q)]
        if len(fitting) >= 2 and any(r[2] in typed for r in fitting) and _joined(s, fitting):
            return _make(s, slot.start, slot.end, "list", fit / FIT["slot"] * FIT["conjoined"])  # "A and B"
        fitting = [r for r in fitting if r[2] in typed]
        named = _name_after_role(s, q, slot, names) if q.expects == "person" and not fitting else None
        if named is not None:  # "the clockmaker Lars Dubois": the name a role noun makes a person's
            return _make(s, named[0] - s.start, named[1] - s.start, "person", fit)
        people = q.expects == "person" and category(slot.head_text) == "person"  # "British intelligence officers"
        if fitting or not (slot.head_text[:1].isupper() or people):
            return None  # the typed fact inside the slot answers (see candidates), or no name at all
        return _make(s, slot.start, slot.end, "named", fit * FIT["named_form"])
    if slot.kind == "amount":
        return _make(s, slot.start, slot.end, "quantity", fit)  # the number of the counted noun
    if q.unit == "duration" and category(slot.head_text) == "date" and not _point_in_time(text):
        return _make(s, slot.start, slot.end, "quantity", fit)  # "almost a month": a span of time
    if q.expects in ("date", "quantity"):
        return None  # typed dates and amounts inside the slot answer
    if q.expects == "list" and not ENUMERATED.search(text):
        fit *= FIT["not_enumerated"]  # "five nations" describes the members a list question asks to name
    return _make(s, slot.start, slot.end, "list" if q.expects == "list" else "named", fit)


# Entity types the tagger gives a person's name it mistakes ("Ines Petrov" an organization), read as a person when a
# role noun stands before the name
UNTYPED_NAMES = frozenset({"other", "vessel", "organization"})


def _name_after_role(s: Sentence, q: Question, slot: Any, names: list[tuple]) -> tuple[int, int] | None:
    """The span of a name the tagger left untyped (or mistyped: ``UNTYPED_NAMES``) that ends the slot right after a noun
    naming a kind of person ("the clockmaker Lars Dubois", "a weaver Ana Ruiz": WordNet's person category), the
    slot's words before it (or the sentence's, when the name is the whole slot) that noun and a determiner at most:
    a person, who answers "who", not the phrase."""
    slot_end = s.start + slot.end
    for start, end, kind, *_rest in names:
        if kind not in UNTYPED_NAMES or s.text[end - s.start:slot.end].strip(" ,.") \
                or _in_question(s.text[start - s.start:end - s.start], q):
            continue
        before = WORD.findall(s.text[slot.start:start - s.start])
        if not before:  # the parse made the name a slot of its own, the role noun another: the words before it
            before = WORD.findall(s.text[:slot.start])[-2:]
        if before and before[0].lower() in lexicon.words("indefinite_determiners") | {"the"}:
            before = before[1:]
        if len(before) == 1 and before[0].islower() and category(before[0]) == "person" and end <= slot_end:
            return start, end
    return None


YEAR = re.compile(r"\b\d{3,4}s?\b")


def _point_in_time(text: str) -> bool:
    """"May 1871", "the 1880s": a point or period on the calendar, not a span of time."""
    return bool(YEAR.search(text)) or any(w.lower() in lexicon.words("months") for w in WORD.findall(text))


URBAN_AREA = "urban_area.n.01"  # WordNet's town, city, …: a country never answers "which town"
SET_OFF = re.compile(r"[—–:]\s*[“\"]$")  # "his faith in diplomacy—“I think …”": a quotation set off by a dash or colon


def _joined(s: Sentence, names: list[tuple]) -> bool:
    """Names joined by a conjunction ("A and B", "Secretary A and Secretary B", "A, former chairman
    of X, and B"): a title or a comma alone does not make a list ("U.S. President A"; "the report,
    written by its chief, A")."""
    ordered = sorted(names, key=lambda r: r[0])
    gaps = [s.text[a[1] - s.start:b[0] - s.start] for a, b in zip(ordered, ordered[1:], strict=False)]
    return any(re.search(r"\b(?:and|or)\b|&", gap) for gap in gaps)


def _quote_answers(before: str, q: Question) -> bool:
    """A clause's quotation is the answer when the clause before it only repeats the question
    ("that the Union was “animated by …”" for "what animated the Union"); otherwise the clause
    is what was said ("that the Allies would accept no peace without “unconditional surrender”")."""
    own = {b for w in q.content + q.names for b in base_forms(w)} | q.others
    return all(base_forms(w) & own for w in WORD.findall(before) if fold(w) not in STOPWORDS)


def _quote_within(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The first quotation standing whole inside the span, its marks paired across the sentence ``text`` (round 58):
    in '"Anna K." or simply "K."' a span from inside the first quotation pairs its closing mark with the next one's
    opening mark, and '" or simply "' is no quotation."""
    if not BOUND58["sentence_quotes"]:
        inner = QUOTED.search(text, start, end)
        return (inner.start(1), inner.end(1)) if inner else None
    return next(((m.start(1), m.end(1)) for m in QUOTED.finditer(text) if start <= m.start() and m.end() <= end),
                None)


def _open_quote(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A quotation that opens inside the span (its close may fall just outside it)."""
    opening = text.find("“", start, end)
    if opening < 0:
        return None
    closing = text.find("”", opening + 1)
    return (opening + 1, closing) if closing > opening + 1 else None


def interval(edtf: str | None) -> tuple[str, str] | None:
    if not edtf:
        return None
    lower, upper = bounds(edtf)
    return (lower, upper) if lower and upper else None


__all__ = ["Candidate", "Facts", "Sentence", "candidates", "interval"]


TITLE_QUALIFIER = re.compile(r"([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)(?:'s|’s)?\s+(?:[a-z]+\s+){0,2}$")
TITLE_OF = re.compile(r"^\w*\s+of\s+(?:the\s+)?([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)")


def asked_country(q: Question) -> frozenset[Any]:
    """The country the question's title is of (round 40, askwho): "France's / the French prime minister", "the
    prime minister of France" — the capitalised word before the asked noun (a possessive or a demonym, up to two
    lower-case words between) or after its "of"; empty when that word names no place (`lexical.country_senses`)."""
    if not q.head:
        return frozenset()
    m = re.search(rf"\b{re.escape(q.head)}", q.text, re.I)
    if m is None:
        return frozenset()
    before = TITLE_QUALIFIER.search(q.text[:m.start()])
    after = TITLE_OF.match(q.text[m.start():])
    for found in (before, after):
        if found and (places := country_senses(found.group(1))):
            return places
    return frozenset()


def title_countries(s: Sentence, c: Candidate, q: Question) -> list[frozenset[Any]]:
    """The countries the sentence's title of a candidate names: the qualifiers (a demonym, a country's possessive,
    "of X") of a title word — the asked noun or a kind of it — before the name, or in apposition to it ("X, the
    British prime minister")."""
    token = head_token(s.parsed, c.start - s.start, c.end - s.start) if s.parsed else None
    if token is None or not q.head:
        return []
    titles = [t for t in token.lefts if t.pos_ in ("NOUN", "PROPN") and t.i < token.i]
    titles += [t for t in token.children if t.dep_ == "appos"]
    if token.dep_ == "appos":
        titles.append(token.head)
    out = []
    for title in titles:
        if not (title.lower_ == q.head or common_kind_of(title.lower_, q.head)
                or any(t.lower_ == q.head for t in title.lefts)):
            continue
        words = [t for t in title.subtree if t.i < title.i and t.dep_ in ("amod", "poss", "compound", "nmod")]
        words += [o for p in title.children if p.dep_ == "prep" and p.lower_ == "of"
                  for o in p.children if o.dep_ == "pobj"]
        words += [t for t in token.lefts if t.dep_ in ("amod", "poss", "nmod") and t.i < title.i]
        for word in words:
            places = country_senses(word.text)
            if places:
                out.append(places)
    return out
