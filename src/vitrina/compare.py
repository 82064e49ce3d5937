"""Sources compared: where documents agree, where one is more precise, where they differ.

Three kinds of statement are compared across documents, each a cited span:

* the **date of a named event** ("the Harbor Accord of May 1921"):
  statements are the same thing when they name the same linked event entity
  and the date is attached to that name (nearest event name in its clause,
  nothing dated in between); durative names (wars, crises) only when the date
  is written right beside the name. Dates far apart are namesakes (two "Treaties of
  Lisbon" decades apart), not a contradiction;
* the **date of an unnamed happening** ("the fleet blockaded the port on
  May 4, 1921"): the same predicate (WordNet base forms and derivations:
  invade/invasion) over the same participants and places. Repeated acts are
  common, so disjoint dates here are only ever *uncertain*, never *differ*;
* **quantities**: the same unit and measured thing, the same holders (the
  linked entities of the clause) and no disagreeing period;
* **quotations**: the same speaker and mostly the same words.

Each group gets a verdict: ``agree`` (same value), ``consistent`` (one more
precise: "May 1921" ⊂ "May 4, 1921", "about 7 percent" ~ "7 percent"),
``differ`` (incompatible values) or ``uncertain`` (possibly the same thing,
values incompatible, not shown as a contradiction). Every decision keeps its
evidence: which rule grouped the statements and why the values compare so.
Weights and thresholds live in ``WEIGHTS``.
"""

from __future__ import annotations

import json
import re
import sqlite3
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import combinations

from vitrina import lexicon
from vitrina.store import read

__all__ = ["WEIGHTS", "Comparison", "Statement", "compare", "comparisons_json", "load_comparisons",
           "store_comparisons"]

META_KEY = "comparisons"


@dataclass(frozen=True)
class Weights:
    # Two dates of a named event (or of one unnamed act) further apart than this are
    # namesakes (two treaties of one city signed decades apart), not one event told two ways.
    same_event_window_days: int = 3 * 366
    # Words allowed between an event name and its date for a durative name
    # ("the Harbor War of 1921–1925" yes; "during the Harbor War, in 1923" no).
    tight_attachment_words: int = 2
    # Share of participant/place ids two unnamed happenings must share (Jaccard).
    happening_overlap: float = 0.6
    # Share of the shorter clause's content words (by base form or WordNet
    # derivation) found in the other: the same statement told twice.
    clause_overlap: float = 0.6
    # Nearly the same words ("lifted the blockade") need fewer shared participants.
    same_words: float = 0.8
    same_words_overlap: float = 0.5
    # The same act in nearly the same words dated less than this far apart is one act
    # misdated (a contradiction); further apart it may be the act repeated (uncertain).
    misdating_days: int = 31
    # Fewest linked entities an unnamed happening must name to be compared at all.
    happening_min_entities: int = 1
    # Unnamed happenings whose dates are compatible are the same act when they share
    # at least this many entities and a predicate word (by base form or derivation) …
    compatible_shared_entities: int = 2
    # … or one entity and this share of the shorter clause's words.
    compatible_clause_overlap: float = 0.5
    # Share of holder ids two quantities must share (Jaccard, over non-empty sets).
    quantity_overlap: float = 0.5
    # Values further apart than this ratio measure different things (30 vs 15,000).
    quantity_max_ratio: float = 3.0
    # Clause words two quantities with the same holders must share (lower than for
    # events: amounts are retold in other words around the same phrase).
    quantity_clause_overlap: float = 0.4
    # Without shared holders, the clauses must say nearly the same thing.
    quantity_clause_alone: float = 0.75
    # Share of the words around two amounts ("within _ miles of the capital", "every _") they must
    # share to be one measure even when the rest of the clause is told differently.
    quantity_context_overlap: float = 0.5
    # Quotations this close in content words are one quotation whoever is named as speaker.
    quote_same_words: float = 0.8
    # Longest words of a quotation used to find the same quotation under another speaker.
    quote_blocking_words: int = 5
    # Candidate pairs come from statements sharing a key (an entity, a quotation's word);
    # a key shared by more statements than this is too common to pair on (pairs grow
    # with its square). Named events are always paired: their key is the event itself.
    max_block: int = 300
    # Counts below this are rarely claims worth comparing ("two nations").
    quantity_min_count: float = 10.0
    # "about X" agrees with values within this relative distance of X.
    approximate_tolerance: float = 0.1
    # Two quotations by one speaker are one statement when this share of the
    # shorter one's words appears in the other.
    quote_overlap: float = 0.6
    # Quotations shorter than this many words ("lightning war") are terms, not statements.
    quote_min_words: int = 5


WEIGHTS = Weights()

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_UNITS_WITH_MEASURE = {"usd", "percent", "miles", "kilometers", "tons", "acres", "dollars"}


@dataclass(frozen=True)
class Statement:
    kind: str  # "event-date" | "happening-date" | "quantity" | "quote"
    document: str
    start: int  # the value's span (the date, the amount, the quotation)
    end: int
    text: str  # the value as written
    sentence: tuple[int, int]
    sentence_text: str
    about: tuple[str, ...]  # entity ids the statement is about
    value: tuple  # comparable value: (lower, upper) for dates/amounts, words for quotes
    qualifier: str | None = None
    tight: bool = True

    def citation(self, titles: dict[str, str]) -> dict:
        return {"document": self.document, "title": titles.get(self.document, self.document),
                "start": self.start, "end": self.end, "text": self.text,
                "sentence": {"start": self.sentence[0], "end": self.sentence[1], "text": self.sentence_text}}


@dataclass
class Comparison:
    id: str
    kind: str
    subject: str  # what the statements are about, for people ("Harbor Accord", "tanks")
    entities: tuple[str, ...]
    statements: list[Statement]
    verdict: str = "agree"
    grouping: str = ""  # why these statements are about the same thing
    reasons: list[dict] = field(default_factory=list)  # each cross-document pair: relation and why

    @property
    def documents(self) -> list[str]:
        return sorted({s.document for s in self.statements})


# --- statements -------------------------------------------------------------------------------

@dataclass
class _Doc:
    text: str
    sentences: list[read.SentenceHit]
    mentions: list[read.MentionRow]

    def sentence_at(self, start: int, end: int) -> read.SentenceHit | None:
        i = bisect_right([s.start for s in self.sentences], start) - 1  # sentences never overlap
        if i >= 0 and end <= self.sentences[i].end:
            return self.sentences[i]
        return None


def _load_one(kb: read.KnowledgeBase, doc_id: str) -> dict[str, _Doc]:
    """One document's text, sentences and mentions (documents are read one at a time)."""
    text = kb.text(doc_id)
    if text is None:
        return {}
    return {doc_id: _Doc(text, kb.sentences(doc_id), kb.mentions(document=doc_id))}


def _statements(kb: read.KnowledgeBase, kinds: dict[str, tuple[str, str]]) -> list[Statement]:
    """Every comparable statement, building one document's statements at a time."""
    by_doc: dict[str, dict[str, list]] = defaultdict(lambda: {"events": [], "quantities": [], "quotes": []})
    for ev in kb.events():
        by_doc[ev.document]["events"].append(ev)
    for q in kb.quantities():
        by_doc[q.document]["quantities"].append(q)
    for u in kb.quotes():
        by_doc[u.document]["quotes"].append(u)
    names = {eid: name for eid, (_type, name) in kinds.items()}
    out: list[Statement] = []
    for doc_id, rows in by_doc.items():
        docs = _load_one(kb, doc_id)
        out += _date_statements(rows["events"], docs, names)
        out += _quantity_statements(rows["quantities"], docs)
        out += _quote_statements(rows["quotes"], docs)
    return out


def _clause_bounds(text: str, sentence: read.SentenceHit, at: int) -> tuple[int, int]:
    """The clause of ``sentence`` holding offset ``at`` (cut at ; : — and parentheses)."""
    lo, hi = sentence.start, sentence.end
    for m in re.finditer(r"[;:()\u2014]", text[sentence.start:sentence.end]):
        pos = sentence.start + m.start()
        if pos < at:
            lo = pos + 1
        elif pos >= at:
            hi = pos
            break
    return lo, hi


def _words_between(text: str, a: int, b: int) -> int:
    return len(_WORD.findall(text[min(a, b):max(a, b)]))


def _event_name(name: str) -> str | None:
    """The head word of an event-like name ("Harbor Accord" → "accord")."""
    head_part = re.split(r"\s+of\s+", name, maxsplit=1)[0] if re.search(r"\s+of\s+", name) else name
    words = [w.lower() for w in _WORD.findall(head_part)]
    if words and words[-1] in _event_heads():
        return words[-1]  # "the Treaty of Lisbon" → treaty; "… Treaty Organization" → none
    return None


@lru_cache(maxsize=1)
def _event_heads() -> frozenset[str]:
    from vitrina.extract.entities import event_heads

    return frozenset(event_heads())


def _date_statements(rows, docs, names: dict[str, str]) -> Iterable[Statement]:
    for ev in rows:
        doc = docs.get(ev.document)
        if doc is None or not ev.lower or not ev.upper:
            continue
        sentence = doc.sentence_at(ev.date_start, ev.date_end)
        if sentence is None:
            continue
        lo, hi = _clause_bounds(doc.text, sentence, ev.date_start)
        in_clause = [m for m in doc.mentions if lo <= m.start and m.end <= hi]
        value = (ev.lower, ev.upper)
        date_text = doc.text[ev.date_start:ev.date_end]
        named = _attached_event(doc.text, in_clause, ev, names, conn_dates(doc, ev, lo, hi))
        spans = [(m.start - lo, m.end - lo) for m in in_clause] + [(ev.date_start - lo, ev.date_end - lo)]
        predicate = _predicate_forms(doc.text[lo:hi], spans)
        if named is not None:
            entity, tight = named
            yield Statement("event-date", ev.document, ev.date_start, ev.date_end, date_text,
                            (sentence.start, sentence.end), sentence.text, (entity,),
                            value + (predicate,), tight=tight)
            continue
        about = tuple(sorted({m.entity for m in in_clause if m.type != "group"}))
        if len(about) >= WEIGHTS.happening_min_entities and predicate:
            yield Statement("happening-date", ev.document, ev.date_start, ev.date_end, date_text,
                            (sentence.start, sentence.end), sentence.text, about,
                            value + (predicate,), tight=False)


def conn_dates(doc: _Doc, ev: read.EventRow, lo: int, hi: int) -> list[tuple[int, int]]:
    """Other date spans in the clause (from the sentence's own digits and month names)."""
    spans = []
    for m in re.finditer(r"\b(?:1[0-9]{3}|20[0-9]{2})\b", doc.text[lo:hi]):
        s, e = lo + m.start(), lo + m.end()
        if not (ev.date_start <= s < ev.date_end):
            spans.append((s, e))
    return spans


def _attached_event(text, in_clause, ev, names, other_dates) -> tuple[str, bool] | None:
    """The named event the date belongs to: the nearest event name in the clause."""
    best: tuple[int, str, bool] | None = None
    for m in in_clause:
        head = _event_name(names.get(m.entity, text[m.start:m.end]))
        if head is None or m.type == "place":
            continue
        gap = ev.date_start - m.end if m.end <= ev.date_start else m.start - ev.date_end
        if gap < 0:
            continue
        lo, hi = sorted((m.end, ev.date_start) if m.end <= ev.date_start else (ev.date_end, m.start))
        if any(lo <= s < hi for s, _ in other_dates):
            continue  # another date stands between the name and this one
        words = _words_between(text, lo, hi)
        tight = words <= WEIGHTS.tight_attachment_words
        lasting = head in lexicon.words("lasting_event_heads")
        if lasting and not tight:
            continue
        if best is None or words < best[0]:
            best = (words, m.entity, tight and not lasting)
    return (best[1], best[2]) if best else None


def _predicate_forms(clause: str, name_spans: Sequence[tuple[int, int]]) -> tuple[str, ...]:
    """The clause's content words outside names (dates and numbers aside)."""
    words = []
    for m in _WORD.finditer(clause):
        if any(s <= m.start() < e for s, e in name_spans):
            continue
        word = m.group().lower()
        if word in _stop_words() or not word.isalpha() or len(word) < 3:
            continue
        words.append(word)
    return tuple(words)


def _clause_match(a: Sequence[str], b: Sequence[str]) -> float:
    """Share of the shorter clause's words matched in the other by form or derivation."""
    short, long_ = sorted((a, b), key=len)
    if not short:
        return 0.0
    pool: set[str] = set()
    for word in long_:
        pool |= _related_forms(word)
    return sum(1 for w in short if _related_forms(w) & pool) / len(short)


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    months = {"january", "february", "march", "april", "may", "june", "july", "august",
              "september", "october", "november", "december"}
    return frozenset(STOP_WORDS) | months


@lru_cache(maxsize=50_000)
def _related_forms(word: str) -> frozenset[str]:
    """A word's WordNet base forms and their derivational relatives (invade/invasion,
    sign/signing), or the word alone without WordNet. Synonyms and hypernyms are left
    out: comparing statements needs the same act, not a similar one."""
    import importlib

    try:
        lexical = importlib.import_module("vitrina.qa.lexical")
    except ImportError:  # the WordNet layer not installed: the word alone
        return frozenset({word})
    forms = set(lexical.base_forms(word)) or {word}
    wn = lexical.wordnet()
    if wn is None:
        return frozenset(forms)
    related: set[str] = set()
    for form in forms:
        for synset in wn.synsets(form.replace(" ", "_")):
            for lemma in synset.lemmas():
                if lemma.name().lower() == form:
                    related |= {d.name().lower() for d in lemma.derivationally_related_forms()}
    return frozenset(forms | {r for r in related if "_" not in r})


def _quantity_statements(rows, docs) -> Iterable[Statement]:
    for q in rows:
        doc = docs.get(q.document)
        unit = (q.unit or "").lower()
        if doc is None or not unit:
            continue
        if q.value < WEIGHTS.quantity_min_count and unit not in _UNITS_WITH_MEASURE:
            continue
        sentence = doc.sentence_at(q.start, q.end)
        if sentence is None:
            continue
        lo, hi = _clause_bounds(doc.text, sentence, q.start)
        holders = tuple(sorted({m.entity for m in doc.mentions
                                if lo <= m.start and m.end <= hi and m.type != "group"}))
        if not holders:
            continue
        clause = doc.text[lo:hi]
        period = _period(clause)
        names = [(m.start - lo, m.end - lo) for m in doc.mentions if lo <= m.start and m.end <= hi]
        names.append((q.start - lo, q.end - lo))
        yield Statement("quantity", q.document, q.start, q.end, doc.text[q.start:q.end],
                        (sentence.start, sentence.end), sentence.text, holders,
                        (q.value, unit, period, _predicate_forms(clause, names),
                         _around(doc.text, q.start, q.end, lo, hi)),
                        qualifier=(q.qualifier or None))


def _around(text: str, start: int, end: int, lo: int, hi: int) -> tuple[str, ...]:
    """The two words before an amount and the three after it, within its clause."""
    before = [w.lower() for w in _WORD.findall(text[lo:start])][-2:]
    after = [w.lower() for w in _WORD.findall(text[end:hi])][:3]
    return tuple(before + after)


def _period(clause: str) -> tuple[str, ...]:
    return tuple(sorted(set(re.findall(r"\b(?:1[0-9]{3}|20[0-9]{2})\b", clause))))


def _quote_statements(rows, docs) -> Iterable[Statement]:
    for q in rows:
        doc = docs.get(q.document)
        if doc is None or not q.speaker or q.kind != "quotation":
            continue
        words = tuple(w.lower() for w in _WORD.findall(doc.text[q.start:q.end]))
        if len(words) < WEIGHTS.quote_min_words:
            continue
        sentence = doc.sentence_at(q.start, q.end) or read.SentenceHit(q.document, None, None, q.start, q.end, "")
        yield Statement("quote", q.document, q.start, q.end, doc.text[q.start:q.end],
                        (sentence.start, sentence.end), sentence.text or doc.text[q.start:q.end],
                        (q.speaker,), words)


# --- grouping and verdicts --------------------------------------------------------------------

def _days(iso: str) -> int:
    from datetime import date

    negative = iso.startswith("-")
    y, m, d = (int(p) for p in iso.lstrip("-")[:10].split("-"))
    if negative or y < 1:
        return -(y * 366) + m * 31 + d  # before the common era: ordering is enough
    return date(y, m, d).toordinal()


def _date_relation(a: tuple[str, str], b: tuple[str, str]) -> str:
    if a == b:
        return "agree"
    if a[0] <= b[0] and b[1] <= a[1] or b[0] <= a[0] and a[1] <= b[1]:
        return "consistent"
    return "differ"


def _date_gap_days(a: tuple[str, str], b: tuple[str, str]) -> int:
    if a[1] < b[0]:
        return _days(b[0]) - _days(a[1])
    if b[1] < a[0]:
        return _days(a[0]) - _days(b[1])
    return 0


def _amount_range(value: float, qualifier: str | None) -> tuple[float, float]:
    q = (qualifier or "").lower()
    if q in lexicon.words("qualifiers_approximate"):
        return value * (1 - WEIGHTS.approximate_tolerance), value * (1 + WEIGHTS.approximate_tolerance)
    if q in lexicon.words("qualifiers_lower_bound"):
        return value, float("inf")
    if q in lexicon.words("qualifiers_upper_bound"):
        return 0.0, value
    return value, value


def _amount_relation(a: Statement, b: Statement) -> str:
    va, vb = a.value[0], b.value[0]
    if va == vb and (a.qualifier or "") == (b.qualifier or ""):
        return "agree"
    ra, rb = _amount_range(va, a.qualifier), _amount_range(vb, b.qualifier)
    if ra[0] <= rb[1] and rb[0] <= ra[1]:
        return "consistent"
    return "differ"


def _quote_relation(a: Statement, b: Statement) -> str:
    if a.value == b.value:
        return "agree"
    short, long_ = sorted((a.value, b.value), key=len)
    joined = " ".join(long_)
    if " ".join(short) in joined:
        return "consistent"  # one quotes a part of the other
    return "differ"


def _overlap(a: Iterable[str], b: Iterable[str]) -> float:
    sa, sb = set(a), set(b)
    return len(sa & sb) / len(sa | sb) if sa | sb else 0.0


def _same_thing(a: Statement, b: Statement) -> str | None:
    """Why two statements from different documents are about the same thing, or None."""
    if a.document == b.document or a.kind != b.kind:
        return None
    if a.kind == "event-date":
        if a.about != b.about:
            return None
        if _date_gap_days(a.value, b.value) > WEIGHTS.same_event_window_days:
            return None  # a namesake far apart in time
        return "the same named event, its date written beside the name"
    if a.kind == "happening-date":
        return _same_happening(a, b)
    if a.kind == "quantity":
        return _same_quantity(a, b)
    if a.kind == "quote":
        short, long_ = sorted(([w for w in a.value if w not in _stop_words()],
                               [w for w in b.value if w not in _stop_words()]), key=len)
        shared = sum(1 for w in short if w in set(long_)) / len(short) if short else 0.0
        if shared >= WEIGHTS.quote_same_words:
            return "nearly the same words quoted"
        if a.about == b.about and shared >= WEIGHTS.quote_overlap:
            return "the same speaker, mostly the same words"
        return None
    return None


def _same_happening(a: Statement, b: Statement) -> str | None:
    """The same unnamed act: the same participants and clause, or, when the dates are
    compatible, a shared participant and a shared predicate word."""
    if _date_gap_days(a.value[:2], b.value[:2]) > WEIGHTS.same_event_window_days:
        return None  # the same words years apart tell another act (the 1763 and 1783 treaties)
    overlap, clause = _overlap(a.about, b.about), _clause_match(a.value[2], b.value[2])
    strong = (overlap >= WEIGHTS.happening_overlap and clause >= WEIGHTS.clause_overlap) or (
        overlap >= WEIGHTS.same_words_overlap and clause >= WEIGHTS.same_words)
    if strong:
        return "the same participants, the same clause told in other words"
    if _date_relation(a.value[:2], b.value[:2]) == "differ":
        return None
    if not (_precise(a.value[:2]) and _precise(b.value[:2])):
        return None  # "the 1960s" holds too many acts to say which
    shared = len(set(a.about) & set(b.about))
    if shared >= WEIGHTS.compatible_shared_entities and _shared_predicate(a.value[2], b.value[2]):
        return "the same participants and predicate, compatible dates"
    if shared and _clause_match(a.value[2], b.value[2]) >= WEIGHTS.compatible_clause_overlap:
        return "a shared participant and mostly the same words, compatible dates"
    return None


def _precise(bounds: tuple[str, str]) -> bool:
    """A date no wider than a year (decades and centuries are not precise enough to pair)."""
    return _width_days(bounds) <= 366


@lru_cache(maxsize=1024)
def _is_duration(unit: str) -> bool:
    """A unit of time ("years", "weeks"), by WordNet's noun categories."""
    import importlib

    try:
        lexical = importlib.import_module("vitrina.qa.lexical")
    except ImportError:
        return False
    forms = lexical.base_forms(unit) or {unit}
    return any(lexical.category(form) == "date" for form in forms)


def _width_days(bounds: tuple[str, str]) -> int:
    return _days(bounds[1]) - _days(bounds[0])


def _shared_predicate(a: Sequence[str], b: Sequence[str]) -> bool:
    """Do two clauses share a content word, by base form or WordNet derivation?"""
    pool: set[str] = set()
    for word in b:
        pool |= _related_forms(word)
    return any(_related_forms(word) & pool for word in a)


def _same_quantity(a: Statement, b: Statement) -> str | None:
    """The same measured thing: unit, holders or wording around the amount, period, size."""
    if a.value[1] != b.value[1]:
        return None
    if a.value[2] and b.value[2] and not set(a.value[2]) & set(b.value[2]):
        return None  # dated to different years: another period
    low, high = sorted((a.value[0], b.value[0]))
    if low <= 0 or high / low > WEIGHTS.quantity_max_ratio:
        return None
    clause = _clause_match(a.value[3], b.value[3])
    if clause >= WEIGHTS.quantity_clause_alone:
        return f"the same measure ({a.value[1]}) said in nearly the same words"
    if _overlap(a.about, b.about) < WEIGHTS.quantity_overlap:
        return None
    if clause >= WEIGHTS.quantity_clause_overlap:
        return f"the same measure ({a.value[1]}) of the same holders, said in similar words"
    if _overlap(a.value[4], b.value[4]) >= WEIGHTS.quantity_context_overlap:
        return f"the same measure ({a.value[1]}) of the same holders, in the same phrase"
    return None


def _relation(a: Statement, b: Statement) -> str:
    if a.kind in ("event-date", "happening-date"):
        return _date_relation(a.value[:2], b.value[:2])
    if a.kind == "quantity":
        return _amount_relation(a, b)
    return _quote_relation(a, b)


_RELATION_WORDS = {"agree": "the same value", "consistent": "one more precise than the other",
                   "differ": "incompatible values", "uncertain": "incompatible values, maybe another act"}


def _verdict(statements: list[Statement]) -> tuple[str, list[dict]]:
    """The group's verdict (its worst pair) and every cross-document pair's relation."""
    pairs = []
    for (i, a), (j, b) in combinations(enumerate(statements), 2):
        if a.document == b.document:
            continue
        rel = _relation(a, b)
        if rel == "differ" and not _firm_difference(a, b):
            rel = "uncertain"  # maybe another act of the same thing: signed vs ratified, a war's start vs end
        pairs.append({"a": i, "b": j, "relation": rel,
                      "reason": f"“{a.text}” / “{b.text}”: {_RELATION_WORDS[rel]}"})
    found = {p["relation"] for p in pairs}
    worst = next(v for v in ("differ", "uncertain", "consistent", "agree") if v in found or v == "agree")
    return worst, pairs


def _firm_difference(a: Statement, b: Statement) -> bool:
    """A disagreement that is a contradiction, not two acts of one thing."""
    if a.kind == "happening-date":  # repeated acts are common; a near miss is a misdating
        return (_clause_match(a.value[2], b.value[2]) >= WEIGHTS.same_words
                and _overlap(a.about, b.about) >= WEIGHTS.same_words_overlap
                and _width_days(a.value[:2]) <= WEIGHTS.misdating_days
                and _width_days(b.value[:2]) <= WEIGHTS.misdating_days
                and _date_gap_days(a.value[:2], b.value[:2]) < WEIGHTS.misdating_days)
    if a.kind == "event-date":
        if not (a.tight and b.tight and a.value[2] and b.value[2]):
            return False
        return _clause_match(a.value[2], b.value[2]) >= WEIGHTS.clause_overlap
    if a.kind == "quantity":  # the same phrase around the amount, or nearly the same clause
        same_clause = _clause_match(a.value[3], b.value[3]) >= WEIGHTS.quantity_clause_alone
        if _is_duration(a.value[1]):
            return same_clause  # "for 19 years" and "for twenty years" often time different spans
        return same_clause or _overlap(a.value[4], b.value[4]) >= WEIGHTS.quantity_context_overlap
    return True


def _groups(statements: list[Statement]) -> list[tuple[list[Statement], str]]:
    """Groups where every cross-document pair is about the same thing (complete link).

    Candidate pairs are blocked by the entities the statements are about, so
    the work grows with the pairs sharing an entity, not with all pairs.
    """
    by_key: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, s in enumerate(statements):
        for key in _blocking_keys(s):
            by_key[(s.kind, key)].append(i)
    same: dict[tuple[int, int], str] = {}
    for (kind, _key), members in by_key.items():
        if len(members) > WEIGHTS.max_block and kind != "event-date":
            continue  # a very common entity ("United States") says nothing; rarer keys pair these
        for i, j in combinations(members, 2):
            if (i, j) not in same:
                same[(i, j)] = _same_thing(statements[i], statements[j]) or ""
    linked = sorted((i, j) for (i, j), why in same.items() if why)
    group_of: dict[int, int] = {}
    groups: list[list[int]] = []
    reasons: list[str] = []
    for i, j in linked:
        gi, gj = group_of.get(i), group_of.get(j)
        if gi is None and gj is None:
            group_of[i] = group_of[j] = len(groups)
            groups.append([i, j])
            reasons.append(same[(i, j)])
        elif gi is not None and gj is None and _fits(j, groups[gi], statements, same):
            group_of[j] = gi
            groups[gi].append(j)
        elif gj is not None and gi is None and _fits(i, groups[gj], statements, same):
            group_of[i] = gj
            groups[gj].append(i)
    return [(_one_per_sentence([statements[k] for k in g]), why) for g, why in zip(groups, reasons, strict=True)]


def _blocking_keys(s: Statement) -> list[str]:
    """Entities a statement is about; for quotations also their longest words, so the
    same words under another speaker's name meet."""
    keys = list(s.about)
    if s.kind == "quote":
        content = sorted({w for w in s.value if w not in _stop_words()}, key=lambda w: (-len(w), w))
        keys += [f"word:{w}" for w in content[:WEIGHTS.quote_blocking_words]]
    return keys


def _fits(k: int, group: list[int], statements: list[Statement], same: dict[tuple[int, int], str]) -> bool:
    """A statement joins a group only if it is the same thing as every member from another
    document, and does not disagree with its own document's members (another act)."""
    for m in group:
        if statements[m].document == statements[k].document:
            if _relation(statements[m], statements[k]) == "differ":
                return False
        elif not same.get((min(k, m), max(k, m))):
            return False
    return True


def _one_per_sentence(members: list[Statement]) -> list[Statement]:
    seen: set[tuple[str, int, int]] = set()
    out = []
    for s in sorted(members, key=lambda s: (s.document, s.start)):
        key = (s.document, s.start, s.end)
        if key not in seen:
            seen.add(key)
            out.append(s)
    return out


_VERDICT_ORDER = {"differ": 0, "uncertain": 1, "consistent": 2, "agree": 3}


def compare(store: read.KnowledgeBase | sqlite3.Connection, document: str | None = None,
            entity: str | None = None) -> list[Comparison]:
    """Every group of statements made in two or more documents, contradictions first."""
    kb = read.as_knowledge_base(store)
    kinds: dict[str, tuple[str, str]] = {e.id: (e.type, e.name) for e in kb.entities()}
    statements = _statements(kb, kinds)
    out: list[Comparison] = []
    for members, grouping in _groups(statements):
        kind = members[0].kind
        verdict, reasons = _verdict(members)
        entities = tuple(sorted({e for s in members for e in s.about}))
        out.append(Comparison("", kind, _subject(kind, members, kinds), entities, members,
                              verdict, grouping, reasons))
    out.sort(key=lambda c: (_VERDICT_ORDER[c.verdict], c.subject.lower(), c.statements[0].document))
    for n, c in enumerate(out, start=1):
        c.id = f"cmp{n}"
    if document:
        out = [c for c in out if document in c.documents]
    if entity:
        out = [c for c in out if entity in c.entities]
    return out


def _subject(kind: str, members: list[Statement], kinds: dict[str, tuple[str, str]]) -> str:
    names = [kinds.get(e, ("", e))[1] for e in members[0].about]
    if kind == "event-date":
        return f"date of {names[0]}"
    if kind == "happening-date":
        return "date of an act by " + ", ".join(names[:3])
    if kind == "quantity":
        return f"{members[0].value[1]} ({', '.join(names[:3])})"
    return f"words of {names[0]}"


def comparisons_json(comparisons: list[Comparison], titles: dict[str, str]) -> list[dict]:
    return [{
        "id": c.id, "kind": c.kind, "subject": c.subject, "verdict": c.verdict,
        "grouping": c.grouping, "reasons": c.reasons, "entities": list(c.entities),
        "documents": c.documents,
        "statements": [s.citation(titles) for s in c.statements],
    } for c in comparisons]


def document_titles(kb: read.KnowledgeBase) -> dict[str, str]:
    return {d.id: d.title for d in kb.documents()}


def store_comparisons(kb: read.KnowledgeBase) -> dict[str, str]:
    """Every comparison of a freshly written exhibit, as the meta entry the build keeps beside it
    (a ``derive`` stage of the store's writers)."""
    found = comparisons_json(compare(kb), document_titles(kb))
    return {META_KEY: json.dumps(found, ensure_ascii=False)}


def load_comparisons(store: read.KnowledgeBase | sqlite3.Connection, document: str | None = None,
                     entity: str | None = None, verdict: str | None = None) -> list[dict]:
    """The comparisons stored by the build (computed now for a database built before them)."""
    kb = read.as_knowledge_base(store)
    stored = kb.meta_value(META_KEY)
    found = json.loads(stored) if stored is not None else comparisons_json(compare(kb), document_titles(kb))
    return [c for c in found
            if (not document or document in c["documents"])
            and (not entity or entity in c["entities"])
            and (not verdict or c["verdict"] == verdict)]


def counts(found: list[dict]) -> dict[str, int]:
    """How many groups of each verdict ("2 differ, 5 agree")."""
    out = {"differ": 0, "uncertain": 0, "consistent": 0, "agree": 0}
    for c in found:
        out[c["verdict"]] += 1
    return out


def entity_summary(conn: read.KnowledgeBase, entity_id: str) -> dict | None:
    """"Stated in 3 documents: 2 agree, 1 more precise" for an entity's page, or None."""
    found = load_comparisons(conn, entity=entity_id)
    if not found:
        return None
    documents = {d for c in found for d in c["documents"]}
    return {"groups": len(found), "documents": len(documents), "counts": counts(found),
            "url": f"/compare?entity={entity_id}"}
