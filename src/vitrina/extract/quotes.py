"""Quotations and quoted terms, with their speakers.

A quote is the text between matching quote marks inside one block (marks
excluded). Short verbless quotes are terms ("buffer zone"); the rest are
quotations. The speaker is the subject of a reporting verb next to the
quote ("X said", "said X", "…, he wrote Y"); pronouns resolve to the
sentence's subject or the most recent person named before the quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from vitrina.extract.entities import words
from vitrina.extract.nlp import Analysis, Tok
from vitrina.extract.sentences import clause_at, containing
from vitrina.model import DateMention, Mention, Quote, QuoteKind

OPENERS = "“„«\""
CLOSERS = "”»\""
_OPEN_CONTEXT = set(" \t\n([{—–-/:")
PRONOUNS = {"he", "she"}
_SUFFIXES = ("", "s", "es", "d", "ed", "ing", "ied", "ies", "y", "led", "ling")


@dataclass(frozen=True)
class QuoteSpan:
    open: int  # offset of the opening mark
    close: int  # offset of the closing mark
    start: int  # quoted words (marks and outer whitespace excluded)
    end: int


def quote_spans(text: str, blocks: list[tuple[int, int]]) -> list[QuoteSpan]:
    """Paired quote marks inside each block (curly, straight, guillemets, ‘single’)."""
    out: list[QuoteSpan] = []
    for bs, be in blocks:
        out.extend(_pair(text, bs, be, OPENERS, CLOSERS))
        inner = [(q.open, q.close) for q in out]
        for q in _pair(text, bs, be, "‘", "’"):
            if not any(a < q.open < b for a, b in inner) and _single_ok(text, q):
                out.append(q)
    return sorted(out, key=lambda q: q.open)


def _pair(text: str, bs: int, be: int, openers: str, closers: str) -> list[QuoteSpan]:
    spans, open_at = [], None
    for i in range(bs, be):
        ch = text[i]
        if ch not in openers and ch not in closers:
            continue
        before = text[i - 1] if i > bs else " "
        after = text[i + 1] if i + 1 < be else " "
        opening = before in _OPEN_CONTEXT and not after.isspace()
        if open_at is None:
            if opening or ch in openers and ch not in closers and not after.isspace():
                open_at = i
        elif not opening or ch in closers and ch not in openers and not before.isspace():
            span = _inner(text, open_at + 1, i)
            if span:
                spans.append(QuoteSpan(open_at, i, *span))
            open_at = None
        else:
            open_at = i  # an unclosed mark: restart at the newer opener
    return spans


def _single_ok(text: str, q: QuoteSpan) -> bool:
    """‘…’ doubles as apostrophe: accept short, closed, word-bounded spans only."""
    after = text[q.close + 1 : q.close + 2]
    return not after.isalpha() and len(text[q.start : q.end].split()) <= 6


def _inner(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return (start, end) if end > start else None


# ---------------------------------------------------------------- kind


def quote_kind(text: str, q: QuoteSpan, an: Analysis) -> QuoteKind:
    body = text[q.start : q.close].strip()  # with final punctuation
    n_words = len(body.split())
    if n_words > 4 or re.search(r"[.!?…]$", body):
        return "quotation"
    toks = an.toks_in(q.start, q.end)
    if n_words > 1 and any(t.pos in {"VERB", "AUX"} or t.tag in {"PRP", "MD"} for t in toks):
        return "quotation"
    return "term"


# ---------------------------------------------------------------- speakers


def reporting_verb(word: str) -> bool:
    return word.lower() in _verb_forms()


@lru_cache(maxsize=1)
def _verb_forms() -> frozenset[str]:
    return frozenset(stem + suf for stem in words("reporting_verbs.txt") for suf in _SUFFIXES)


class SpeakerFinder:
    def __init__(self, text: str, an: Analysis, mentions: list[Mention], quotes: list[QuoteSpan]):
        self.text = text
        self.an = an
        self.quotes = quotes
        inside = [(q.open, q.close) for q in quotes]
        self.people = [
            m for m in mentions
            if m.type == "person" and not any(a < m.start < b for a, b in inside)
        ]

    def _person_at(self, tok: Tok) -> Mention | None:
        return next((m for m in self.people if m.start <= tok.start < m.end), None)

    def _outside(self, tok: Tok) -> bool:
        return not any(q.open <= tok.start <= q.close for q in self.quotes)

    def speaker(self, q: QuoteSpan) -> str | None:
        sent = self.an.sentence_at(q.open) or (q.open, q.close)
        sent_end = (self.an.sentence_at(q.close) or sent)[1]
        subject = self._after(q, sent_end) or self._before(q, sent[0])
        if subject is None:
            return None
        if isinstance(subject, Mention):
            return subject.entity
        return self._pronoun(subject, sent[0])

    def _after(self, q: QuoteSpan, limit: int) -> Mention | Tok | None:
        """ "…,” he wrote" / "…,” Smith said" / "…,” said Smith"."""
        toks = [t for t in self.an.toks_in(q.close + 1, limit) if self._outside(t)]
        toks = [t for t in toks[:8] if t.text not in {",", "”", "\""}]
        if len(toks) < 2:
            return None
        first = toks[0]
        if reporting_verb(first.text) and first.pos in {"VERB", "AUX"}:
            named = self._person_at(toks[1]) or (toks[1] if toks[1].text.lower() in PRONOUNS else None)
            if named is not None or toks[1].tag in {"NNP", "NNPS"}:
                return named
            # "X, taking note of the “…,” announced that": the sentence's subject
            sent = self.an.sentence_at(q.open) or (q.open, q.close)
            return self._first_subject([t for t in self.an.toks_in(sent[0], q.open) if self._outside(t)])
        subj = first if first.text.lower() in PRONOUNS else self._person_at(first)
        if subj is None:
            return None
        after_subj = [t for t in toks if t.start >= (subj.end if isinstance(subj, (Mention, Tok)) else 0)]
        if after_subj and reporting_verb(after_subj[0].text):
            return subj
        return None

    def _before(self, q: QuoteSpan, sent_start: int) -> Mention | Tok | None:
        """ "Smith said, “…”", "what he called “…”", "…, asserting that “…”"."""
        toks = [t for t in self.an.toks_in(sent_start, q.open) if self._outside(t)]
        verbs = [k for k, t in enumerate(toks) if reporting_verb(t.text) and t.pos in {"VERB", "AUX"}]
        if not verbs:
            return None
        k = verbs[-1]
        verb = toks[k]
        if verb.tag == "VBG" and k > 0 and toks[k - 1].text == ",":
            return self._first_subject(toks[:k])  # participle: the main clause's subject
        for t in reversed(toks[:k]):
            found = self._person_at(t) or (t if t.text.lower() in PRONOUNS else None)
            if found is not None:
                return found
        if k + 1 < len(toks):  # "said Smith, “…”"
            return self._person_at(toks[k + 1])
        return None

    def _first_subject(self, toks: list[Tok]) -> Mention | Tok | None:
        for t in toks:
            found = self._person_at(t) or (t if t.text.lower() in PRONOUNS else None)
            if found is not None:
                return found
        return None

    def _pronoun(self, tok: Tok, sent_start: int) -> str | None:
        """The sentence's first person before the pronoun, else the last one named."""
        in_sentence = [m for m in self.people if sent_start <= m.start < tok.start]
        if in_sentence:
            return in_sentence[0].entity
        before = [m for m in self.people if m.end <= tok.start]
        # the most recent before the quote (not inside it) wins
        quote = next((q for q in self.quotes if q.close < tok.start and q.open >= sent_start), None)
        if quote is not None:
            before = [m for m in before if m.end <= quote.open]
        return before[-1].entity if before else None


# ---------------------------------------------------------------- quotes


def find_quotes(
    text: str,
    an: Analysis,
    blocks: list[tuple[int, int]],
    mentions: list[Mention],
    dates: list[DateMention],
) -> list[Quote]:
    spans = quote_spans(text, blocks)
    finder = SpeakerFinder(text, an, mentions, spans)
    out = []
    for n, q in enumerate(spans):
        kind = quote_kind(text, q, an)
        speaker = finder.speaker(q)
        # a gloss in parentheses ("blitz (“lightning war”)") names, it is not dated use
        gloss = kind == "term" and (text[:q.open].rstrip().endswith("(") or _proper_name(text[q.start : q.end]))
        date = None if gloss else _date(text, an, q, dates)
        out.append(Quote(f"q{n}", q.start, q.end, kind, speaker, date))
    return out


def _proper_name(term: str) -> bool:
    """ "the “Harbour Room”": a quoted proper name (every word capitalised), not a dated usage."""
    parts = term.split()
    return len(parts) >= 2 and all(p[:1].isupper() for p in parts)


def _date(text: str, an: Analysis, q: QuoteSpan, dates: list[DateMention]) -> str | None:
    """A date in the quote's own clause (not in a relative or coordinated clause)."""
    sent = containing(an.sents, q.open, q.open + 1) or (q.open, q.close)
    sent = (sent[0], max(sent[1], (an.sentence_at(q.close) or sent)[1]))
    masked = text[: q.start] + "x" * (q.end - q.start) + text[q.end :]  # breaks inside the quote don't count
    clause = clause_at(masked, sent, q.open)
    for d in dates:
        if clause[0] <= d.start and d.end <= clause[1] and not (q.open <= d.start <= q.close):
            return d.edtf
    if re.match(r"(?:He|She|They)\b", text[sent[0] : sent[0] + 5]):
        return _previous_sentence_date(an, sent, dates)  # "In 1852 X opened… He promised “…”"
    return None


def _previous_sentence_date(an: Analysis, sent: tuple[int, int], dates: list[DateMention]) -> str | None:
    prev = [s for s in an.sents if s[1] <= sent[0]]
    if not prev:
        return None
    start, end = prev[-1]
    inside = [d for d in dates if start <= d.start and d.end <= end]
    return inside[-1].edtf if inside else None
