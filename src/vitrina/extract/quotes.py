"""Quotations and quoted terms, with their speakers.

A quote is the text between matching quote marks inside one block (marks
excluded). Short verbless quotes are terms ("buffer zone"); the rest are
quotations. The speaker is the subject of a reporting verb next to the
quote ("X said", "said X", "…, he wrote Y"); pronouns resolve to the
sentence's subject or the most recent person named before the quote. An
attribution line after a quotation (a dash, a person's name, then optionally a
comma and a date or a source: "“…” — A. Speaker, letter of 1772", on the
quote's line or the next) gives its speaker and its date first. In an
interview transcript (``extract.turns``) a quotation with no reporting clause is
the speaker's whose turn holds it, and a turn that quotes no one is itself a
quotation of its speaker (the words after the label: "A. SPEAKER: We knew.").

A correction notice (a sentence holding a word of lexicon
``correction_notice_words``: "An earlier version of this article attributed the
words “…” to A; they were said by B") gives the quotation it holds to the person
it names last (B), and the same words given to the person it names first (A)
elsewhere in the document are marked ``retracted``: the document itself withdrew
that attribution (round 43 red team D1).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import islice, takewhile
from typing import Any

from vitrina.extract.entities import words
from vitrina.extract.nlp import Analysis, Tok
from vitrina.extract.sentences import clause_at
from vitrina.extract.spans import SpanUnion
from vitrina.extract.turns import TurnSpeakers
from vitrina.model import DateMention, Mention, Quote, QuoteKind
from vitrina.qa.lexical import base_forms, first_sense_class, known_word

OPENERS = "“„«\""
CLOSERS = "”»\""
# Single marks of conventions whose opening and closing marks differ (German ‚…‘, French ‹…›): paired
# by direction alone, as short spans like ‘…’.
DIRECTED_SINGLES = (("‚", "‘"), ("‹", "›"))
# Guillemets that French sets apart from the words by a (thin, no-break) space: « … » opens though a
# space follows it.
SPACED_OPENERS = "«‹"
_OPEN_CONTEXT = set(" \t\n([{—–-/:")
PRONOUNS = {"he", "she"}
IMPERSONAL_TYPES = {"organization", "group", "vessel", "other"}  # entity types a "he"/"she" never stands for
FIRST_PERSON = {"i", "we"}  # the subject pronouns of the one speaking (a transcript's turn)
_SUFFIXES = ("", "s", "es", "d", "ed", "ing", "ied", "ies", "y", "led", "ling")
# Tokens looked at around a quote for its speaker: after it ("…,” said the keeper of the
# light"), and before it within the sentence; a cue farther away is not this quote's.
# They keep the work per quote constant, whatever the sentence's length.
TOKENS_AFTER = 8
TOKENS_BEFORE = 80
# Characters looked back from a quote for the "(" that makes it a gloss.
GLOSS_LOOKBACK = 80
# Sentences before a "he"/"she" speaker's own sentence searched for a nearer unnamed person
# ("My grandmother worked there. She said, “…”": the grandmother, not the last name before).
ANTECEDENT_SENTENCES = 2
# Capitalised words an attribution line or a reporting verb may set before the speaker's name ("— Captain Sir X",
# "said Lord Justice X").
ATTRIBUTION_TITLE_WORDS = 3
# A title's own "of" phrase before the comma that sets its holder's name beside it ("the Governor of the Province, Baron
# X", "the Mayor of the Town, Y"): at most ``ATTRIBUTION_TITLE_WORDS`` capitalised words (round 58 red team).
TITLE_OF = re.compile(rf"^\s+of\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){{0,{ATTRIBUTION_TITLE_WORDS - 1}}}[A-Z][\w'’.-]*(?=,)")
# After a quote's closing mark: its final punctuation, at most one line break, then the dash of an
# attribution line ("…” — X", "…”\n– X", "…” -- X").
_ATTRIBUTION_DASH = re.compile(r"[.,;:!?…”’\"»]*[ \t]*(?:\r?\n)?[ \t]*(?:—|–|--?)[ \t]*(?=\S)")
# Dependencies of a noun that a sentence-opening "he"/"she" continues (a subject; not a
# complement: "X was a farmer. He said" is X).
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


@dataclass(frozen=True)
class TitledSubject:
    """A reporting verb's subject that names a person by a title or a common noun, not a name ("The Archdeacon
    said", "the foreman said"): the words at ``start``-``end``; ``title`` the words without their determiner or
    owner ("Archdeacon"), the form the document may set before or beside a name."""

    start: int
    end: int
    title: str


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
        double = _pair(text, bs, be, OPENERS, CLOSERS)  # ordered, not overlapping
        inside = SpanUnion([(q.open, q.close) for q in double], "open")
        out.extend(double)
        singles = _pair(text, bs, be, "‘", "’")
        singles += [q for o, c in DIRECTED_SINGLES if o in text[bs:be] for q in _directed(text, bs, be, o, c)]
        taken: list[QuoteSpan] = []
        for q in sorted(singles, key=lambda q: q.open):
            if not inside.holds(q.open) and _single_ok(text, q) and not any(t.open <= q.open <= t.close for t in taken):
                taken.append(q)
        out.extend(taken)
    return sorted(out, key=lambda q: q.open)


@lru_cache(maxsize=8)
def _marks(marks: str) -> re.Pattern[str]:
    return re.compile(f"[{re.escape(marks)}]")


def _pair(text: str, bs: int, be: int, openers: str, closers: str) -> list[QuoteSpan]:
    """Marks paired in ``[bs, be)`` (only the marks are visited: a character-by-character
    walk had cost ~0.3 s of a megabyte's analysis)."""
    spans, open_at = [], None
    for mark in _marks(openers + closers).finditer(text, bs, be):
        i, ch = mark.start(), mark.group()
        before = text[i - 1] if i > bs else " "
        after = text[i + 1] if i + 1 < be else " "
        opening = before in _OPEN_CONTEXT and not after.isspace()
        if open_at is None:
            only_opens = ch in openers and ch not in closers
            if opening or only_opens and (not after.isspace() or ch in SPACED_OPENERS):
                open_at = i
        elif not opening or ch in closers and ch not in openers and not before.isspace():
            span = _inner(text, open_at + 1, i)
            if span:
                spans.append(QuoteSpan(open_at, i, *span))
            open_at = None
        else:
            open_at = i  # an unclosed mark: restart at the newer opener
    return spans


def _directed(text: str, bs: int, be: int, opener: str, closer: str) -> list[QuoteSpan]:
    """Marks paired in ``[bs, be)`` where ``opener`` only opens and ``closer`` only closes (‚…‘)."""
    spans, open_at = [], None
    for mark in _marks(opener + closer).finditer(text, bs, be):
        i = mark.start()
        if mark.group() == opener:
            open_at = i
        elif open_at is not None:
            span = _inner(text, open_at + 1, i)
            if span:
                spans.append(QuoteSpan(open_at, i, *span))
            open_at = None
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
    def __init__(self, text: str, an: Analysis, mentions: list[Mention], quotes: list[QuoteSpan],
                 labels: tuple[tuple[int, int], ...] = ()):
        """``labels``: the spans of a transcript's speaker labels, whose names are no one spoken of (a pronoun's
        antecedent, a reporting verb's subject): the turn's speaker is given as the default instead."""
        self.text = text
        self.an = an
        self.quotes = quotes
        self._quote_opens = [q.open for q in quotes]
        self._inside = SpanUnion([(q.open, q.close) for q in quotes], "closed")
        strictly_inside = SpanUnion([(q.open, q.close) for q in quotes], "open")
        self.people = sorted(
            (m for m in mentions if m.type == "person" and not strictly_inside.holds(m.start)
             and not any(a < m.end and m.start < b for a, b in labels)),
            key=lambda m: (m.start, m.end),
        )
        self._starts = [m.start for m in self.people]
        self._ends = sorted(m.end for m in self.people)
        self._by_end = sorted(self.people, key=lambda m: m.end)
        # names of bodies and things, never a "he"/"she" (a place may be a first name mistyped: "Florence")
        self._impersonal = SpanUnion([(m.start, m.end) for m in mentions if m.type in IMPERSONAL_TYPES], "half")

    def attribution(self, q: QuoteSpan) -> tuple[Mention, int] | None:
        """The speaker an attribution line after the quote names, and where that line ends: a dash after the
        quote's closing mark (on its line or the next), at most a few capitalised words ("Captain"), then a
        person's name."""
        dash = _ATTRIBUTION_DASH.match(self.text, q.close + 1)
        if dash is None:
            return None
        line_end = self.text.find("\n", dash.end())
        line_end = len(self.text) if line_end < 0 else line_end
        i = bisect.bisect_left(self._starts, dash.end())
        person = self.people[i] if i < len(self.people) and self.people[i].start < line_end else None
        if person is None:
            return None
        before = self.text[dash.end() : person.start].split()
        if len(before) > ATTRIBUTION_TITLE_WORDS or not all(w[:1].isupper() for w in before):
            return None
        return person, line_end

    def _person_at(self, tok: Tok) -> Mention | None:
        """The earliest-starting person mention holding the token."""
        i = bisect.bisect_right(self._starts, tok.start)
        holding = [m for m in self.people[max(0, i - 3) : i] if tok.start < m.end]
        return holding[0] if holding else None

    def _outside(self, tok: Tok) -> bool:
        return not self._inside.holds(tok.start)

    def _outside_toks(self, start: int, end: int) -> list[Tok]:
        first, last = self.an.tok_index(start), self.an.tok_index(end)
        return [t for t in self.an.toks[first:last] if t.end <= end and self._outside(t)]

    def speaker(self, q: QuoteSpan, default: str | None = None) -> str | None:
        """The subject of the quote's reporting clause; ``default`` (the speaker of a transcript's turn) when
        the quote's sentence reports no one's words or reports the writer's own ("I said")."""
        sent = self.an.sentence_at(q.open) or (q.open, q.close)
        sent_end = (self.an.sentence_at(q.close) or sent)[1]
        subject = self._after(q, sent_end) or self._before(q, sent[0])
        if subject is None:
            return default if default is not None and self._own_or_unreported(sent[0], sent_end) else None
        if isinstance(subject, Mention):
            return subject.entity
        if isinstance(subject, TitledSubject):
            return self.titled_entity(subject)
        return self._pronoun(subject, sent[0])

    def _own_or_unreported(self, start: int, end: int) -> bool:
        """No reporting verb outside quotes between ``start`` and ``end``, or one whose subject is the
        first person ("I said to him, “…”")."""
        toks = self._outside_toks(start, end)
        verbs = [k for k, t in enumerate(toks) if reporting_verb(t.text) and t.pos in {"VERB", "AUX"}]
        return not verbs or any(t.text.lower() in FIRST_PERSON for t in toks[: verbs[0]])

    def first_person_reported(self, q: QuoteSpan) -> bool:
        """Whether the quote's sentence reports it in the first person before it ("I write, “…”", "For my part I
        say only this: “…”"): the nearest subject before the last reporting verb is "I" or "we"."""
        sent = self.an.sentence_at(q.open) or (q.open, q.close)
        toks = self._outside_toks(max(sent[0], self._near_start(q.open)), q.open)
        verbs = [k for k, t in enumerate(toks) if reporting_verb(t.text) and t.pos in {"VERB", "AUX"}]
        if not verbs:
            return False
        for t in reversed(toks[: verbs[-1]]):
            if t.text.lower() in FIRST_PERSON:
                return True
            if self._person_at(t) is not None or t.text.lower() in PRONOUNS:
                return False
        return False

    def _after(self, q: QuoteSpan, limit: int) -> Mention | Tok | TitledSubject | None:
        """ "…,” he wrote" / "…,” Smith said" / "…,” said Smith"."""
        toks_after = (self.an.toks[k] for k in range(self.an.tok_index(q.close + 1), len(self.an.toks)))
        # tokens are sorted and never overlap: the first one past ``limit`` ends the search
        ahead = (t for t in takewhile(lambda t: t.end <= limit, toks_after) if self._outside(t))
        toks = [t for t in islice(ahead, TOKENS_AFTER) if t.text not in {",", "”", "\""}]
        if len(toks) < 2:
            return None
        if self._introduces_next(q):
            return None
        first = toks[0]
        if reporting_verb(first.text) and first.pos in {"VERB", "AUX"}:
            named = self._titled_person(toks, 1) or (toks[1] if toks[1].text.lower() in PRONOUNS else None)
            if named is not None or toks[1].tag in {"NNP", "NNPS"}:
                return named
            # "X, taking note of the “…,” announced that": the sentence's subject
            sent = self.an.sentence_at(q.open) or (q.open, q.close)
            return self._first_subject(self._outside_toks(sent[0], q.open)[:TOKENS_BEFORE])
        subj = first if first.text.lower() in PRONOUNS else self._person_at(first)
        if subj is None:
            return None
        after_subj = [t for t in toks if t.start >= (subj.end if isinstance(subj, (Mention, Tok)) else 0)]
        if after_subj and reporting_verb(after_subj[0].text):
            return subj
        return None

    def _introduces_next(self, q: QuoteSpan) -> bool:
        """Does the clause after a finished quotation ("…cool.” / Y replied on 25 May: “…”") open the next quote,
        with a colon or comma right before its mark? Then it is the next quote's reporting clause, not this one's
        (round 50 red team D3); a split quotation ("“I came,” she said, “to see you.”") ends its first part
        unfinished and keeps its speaker."""
        if not self.text[q.start : q.end].rstrip("'’‘\"”“ ").endswith((".", "!", "?")):
            return False
        k = bisect.bisect_right(self._quote_opens, q.close)
        if k >= len(self.quotes):
            return False
        between = self.text[q.close + 1 : self.quotes[k].open].rstrip()
        return between.endswith((":", ",")) and not re.search(r"[.!?;]", between[:-1])

    def _before(self, q: QuoteSpan, sent_start: int) -> Mention | Tok | TitledSubject | None:
        """ "Smith said, “…”", "what he called “…”", "…, asserting that “…”"."""
        near = max(sent_start, self._near_start(q.open))
        toks = self._outside_toks(near, q.open)
        verbs = [k for k, t in enumerate(toks) if reporting_verb(t.text) and t.pos in {"VERB", "AUX"}]
        lead = _lead_in_verb(toks)
        if lead is not None and (not verbs or verbs[-1] < lead):
            verbs.append(lead)
        if not verbs:
            return self._named_colon(toks)
        k = verbs[-1]
        verb = toks[k]
        if verb.tag == "VBG" and k > 0 and toks[k - 1].text == ",":
            return self._first_subject(toks[:k])  # participle: the main clause's subject
        parsed = self._parsed_subject(verb, sent_start)
        if parsed is not None:  # "X, secretary to Y, wrote: “…”": X, not the nearer Y
            return parsed
        for t in reversed(toks[:k]):
            found = self._person_at(t) or (t if t.text.lower() in PRONOUNS else None)
            if found is not None:
                return found
        if k + 1 < len(toks):  # "said Smith, “…”", "said Judge Smith, “…”"
            return self._titled_person(toks, k + 1)
        return None

    def _parsed_subject(self, verb: Tok, sent_start: int) -> Mention | Tok | TitledSubject | None:
        """The person (or "he"/"she") the parse gives as the reporting verb's subject, set before the verb: a
        name in an apposition or a phrase between them ("X, secretary to Y, wrote") is not the speaker (round 50
        red team D3). A subject naming a person by a title or a common noun ("The Archdeacon confirmed …, among
        them X and Y, and said") is that title, not a name in its object (round 57 red team D1). None when the
        parse gives no such subject."""
        sent = self.an.sentence_at(verb.start) or (sent_start, verb.end)
        for toks, doc in self.an.parses([sent]).values():
            at = next((i for i, t in enumerate(toks) if t.start == verb.start), None)
            if at is None or at >= len(doc):
                return None
            subject = _subject_of(doc[at])
            if subject is None or subject.i >= len(toks) or toks[subject.i].start >= verb.start:
                return None
            tok = toks[subject.i]
            found = self._person_at(tok) or (tok if tok.text.lower() in PRONOUNS else None)
            if found is not None:
                return found
            return self._named_elsewhere(toks[subject.i], subject) or self._titled_subject(toks, subject)
        return None

    def _named_elsewhere(self, tok: Tok, subject: Any) -> Mention | None:
        """A proper-noun subject no person mention holds here, whose word belongs to the name of exactly one person
        the document names elsewhere ("X Y (party): 5,977 votes … Sir X Y replied:", the second naming missed):
        a mention of that person. None for a titled subject ("The Archdeacon") or none or several such people."""
        if subject.tag_ not in {"NNP", "NNPS"} or any(c.dep_ == "det" for c in subject.lefts) \
                or self._impersonal.holds(tok.start):
            return None
        word = tok.text.casefold()
        owners = {m.entity: m for m in self.people if word in self.text[m.start : m.end].casefold().split()}
        return next(iter(owners.values())) if len(owners) == 1 else None

    def _titled_subject(self, toks: list[Tok], subject: Any) -> TitledSubject | None:
        """``subject`` as a :class:`TitledSubject` when it names a person without a name (``_title_noun``; WordNet's
        sense of the title outweighs a body's type the title alone was given, "The Archdeacon" read as a body)."""
        if not _title_noun(subject):
            return None
        start, end = _noun_phrase(toks, subject)
        title = _noun_phrase(toks, subject, _TITLE_DEPS)
        return TitledSubject(start, end, self.text[title[0] : title[1]])

    def titled_entity(self, subject: TitledSubject) -> str | None:
        """The one person the document names with ``subject``'s title: a person mention holding the title
        ("Archdeacon X"), set right after it ("Canon X" when the name alone is the mention) or after it and a
        comma, at most ``ATTRIBUTION_TITLE_WORDS`` capitalised words between ("The Prioress, Sister X"). None
        when no person or several are (the speaker is then kept by the subject's words)."""
        found: set[str] = set()
        for match in re.finditer(rf"(?<![^\W_]){re.escape(subject.title)}(?![^\W_])", self.text, re.I):
            i = bisect.bisect_right(self._starts, match.start())
            holding = [m for m in self.people[max(0, i - 3) : i] if match.start() < m.end]
            j = bisect.bisect_left(self._starts, match.end())
            nxt = self.people[j] if j < len(self.people) else None
            if holding:
                found.add(holding[0].entity)
            elif nxt is not None and _title_gap(self.text[match.end() : nxt.start]):
                found.add(nxt.entity)
        return found.pop() if len(found) == 1 else None

    def _titled_person(self, toks: list[Tok], i: int) -> Mention | None:
        """The person named at ``toks[i]`` or after at most ``ATTRIBUTION_TITLE_WORDS`` capitalised words that
        no person mention holds, a title before the name ("said Judge Smith", "said Lord Justice Smith",
        "said Mr. Justice Smith")."""
        for tok in toks[i : i + ATTRIBUTION_TITLE_WORDS + 1]:
            found = self._person_at(tok)
            if found is not None:
                return found
            if not tok.text[:1].isupper() or tok.text.lower() in PRONOUNS:
                return None
        return None

    def _named_colon(self, toks: list[Tok]) -> Mention | None:
        """ "Name verb: „…“" in a language WordNet lacks ("Der Steuermann X rief: „…“"): one lower-case word
        the tagger calls a verb or WordNet does not know, between a person's name and the colon opening
        the quote."""
        if len(toks) < 3 or toks[-1].text != ":":
            return None
        word, named = toks[-2], self._person_at(toks[-3])
        if named is None or named.end > word.start or not word.text.isalpha() or not word.text.islower():
            return None
        return named if word.pos in {"VERB", "AUX"} or not known_word(word.text) else None

    def _near_start(self, offset: int) -> int:
        """Where the last ``TOKENS_BEFORE`` tokens before ``offset`` begin."""
        i = self.an.tok_index(offset)
        return self.an.toks[max(0, i - TOKENS_BEFORE)].start if i else offset

    def _first_subject(self, toks: list[Tok]) -> Mention | Tok | None:
        for t in toks:
            found = self._person_at(t) or (t if t.text.lower() in PRONOUNS else None)
            if found is not None:
                return found
        return None

    def _pronoun(self, tok: Tok, sent_start: int) -> str | None:
        """The sentence's first person before the pronoun, else the last one named."""
        i = bisect.bisect_left(self._starts, sent_start)
        if i < len(self.people) and self.people[i].start < tok.start:
            return self.people[i].entity
        named_subject = self._name_subject(sent_start, tok.start)
        if named_subject is not None:
            return named_subject or None
        limit = tok.start
        # the most recent before the quote (not inside it) wins
        k = bisect.bisect_left(self._quote_opens, sent_start)
        quote = next((q for q in self.quotes[k : k + 4] if q.close < tok.start), None)
        if quote is not None:
            limit = min(limit, quote.open)
        j = bisect.bisect_right(self._ends, limit)
        if not j:
            return None
        named = self._by_end[j - 1]
        unnamed = self._unnamed_person_between(named.end, tok.start, sent_start)
        if unnamed is not None:  # the nearer antecedent is a person without a name here
            return self._named_as(self.text[unnamed[0] : unnamed[1]])
        return self._subject_beside(named).entity

    def _subject_beside(self, named: Mention) -> Mention:
        """The person who is the subject of ``named``'s sentence when ``named`` is not ("X wrote to Y: … He
        wrote again": X), a "he"/"she" continuing the last sentence's subject rather than its object (round 50 red
        team D3); else ``named``."""
        sent = self.an.sentence_at(named.start)
        if sent is None:
            return named
        for toks, doc in self.an.parses([sent]).values():
            subjects = [toks[d.i] for d in doc if d.dep_ in _SUBJECT_DEPS and d.i < len(toks)]
            if any(named.start <= t.start < named.end for t in subjects):
                return named
            for t in subjects:
                person = self._person_at(t)
                if person is not None and person.start < named.start:
                    return person
        return named

    def _name_subject(self, sent_start: int, pronoun: int) -> str | None:
        """A proper name no person mention holds as a subject of the pronoun's sentence before it ("Mara
        stood on a crate and she said"): the pronoun's antecedent. Its entity is the one person of the
        document whose name holds that word ("Mara Holt"); "" when none or several do (the speaker is
        unknown, not a person named farther away); None when the sentence has no such subject."""
        for toks, doc in self.an.parses([(sent_start, pronoun)]).values():
            for t, d in zip(toks, doc, strict=False):
                if t.start < pronoun and d.dep_ in _SUBJECT_DEPS and d.tag_ in {"NNP", "NNPS"} \
                        and self._person_at(t) is None and not self._impersonal.holds(t.start):
                    word = t.text.casefold()
                    owners = {m.entity for m in self.people
                              if word in self.text[m.start:m.end].casefold().split()}
                    return owners.pop() if len(owners) == 1 else ""
        return None

    def _named_as(self, phrase: str) -> str | None:
        """The one person the document names in apposition to ``phrase`` ("my father, Tom Reed"),
        else None: "my father" is that person wherever the narrator says it again."""
        found = set()
        for match in re.finditer(rf"(?<![^\W_]){re.escape(phrase)}[ \t]*,[ \t]*", self.text, re.I):
            i = bisect.bisect_left(self._starts, match.end())
            if i < len(self.people) and self.people[i].start == match.end():
                found.add(self.people[i].entity)
        return found.pop() if len(found) == 1 else None

    def _unnamed_person_between(self, low: int, pronoun: int, sent_start: int) -> tuple[int, int] | None:
        """A person named by a common noun ("my grandmother", "the foreman") is the subject of
        a clause after offset ``low`` and before the pronoun at ``pronoun``, in its sentence or
        the ``ANTECEDENT_SENTENCES`` before it, outside quotation marks (a quoted "my wife" is the quoted
        writer's, round 50 red team D3): the pronoun's nearest antecedent has no name. Its words
        (the noun with its determiner or owner and modifiers), else None."""
        i = bisect.bisect_left(self.an.sents, (sent_start, -1))
        spans = [s for s in self.an.sents[max(0, i - ANTECEDENT_SENTENCES) : i + 1] if s[1] > low and s[0] < pronoun]
        for toks, doc in self.an.parses(spans).values():
            for t, d in zip(toks, doc, strict=False):
                if low <= t.start < pronoun and d.dep_ in _SUBJECT_DEPS and d.tag_ in {"NN", "NNS"} \
                        and self._outside(t) and self._person_at(t) is None and first_sense_class(d.lemma_ or d.lower_, "n") == "noun.person":
                    return _noun_phrase(toks, d)
        return None

    def unnamed_speaker(self, q: QuoteSpan) -> tuple[int, int] | None:
        """The words naming a speaker whom no person mention names: the subject of the reporting verb
        next to the quote when it is a common noun of a person or a group ("My father said, “…”", "the
        crowd shouted “…”", "a guard, who said …"), or the unnamed antecedent of its "he"/"she". None when
        the subject is a name, "I"/"we", or no reporting verb governs the quote."""
        sent = self.an.sentence_at(q.open) or (q.open, q.close)
        for toks, doc in self.an.parses([sent]).values():
            verb = self._reporting_head(toks, doc, q)
            subject = _subject_of(verb) if verb is not None else None
            if subject is None:
                return None
            tok = toks[subject.i]
            if subject.lower_ in PRONOUNS:
                return self._unnamed_person_between(0, tok.start, sent[0]) \
                    if self._pronoun(tok, sent[0]) is None else None
            if self._person_at(tok) is not None or not _title_noun(subject):
                return None
            return _noun_phrase(toks, subject)
        return None

    def _reporting_head(self, toks: list[Tok], doc: Any, q: QuoteSpan) -> Any:
        """The verb outside the quote nearest to it whose word is a reporting verb or whose most frequent
        sense is one of communication (shout, whisper)."""
        best, distance = None, None
        for t, d in zip(toks, doc, strict=False):
            if t.pos not in {"VERB", "AUX"} or not self._outside(t):  # the parse alone tags no coarse pos
                continue
            if not (reporting_verb(t.text) or first_sense_class(d.lemma_ or d.lower_, "v") == "verb.communication"):
                continue
            gap = q.open - t.end if t.end <= q.open else t.start - q.close
            if gap >= 0 and (distance is None or gap < distance):
                best, distance = d, gap
        return best

# WordNet classes of a common noun that can be a quotation's speaker ("my father", "the crowd").
SPEAKER_NOUN_CLASSES = frozenset({"noun.person", "noun.group"})
# Dependents of a noun kept with it as the words naming a speaker: its determiner, owner and modifiers.
_PHRASE_DEPS = frozenset({"det", "poss", "amod", "compound", "nummod", "case"})
# Dependents kept in a titled subject's title, the words a document sets before a name ("Mother Superior").
_TITLE_DEPS = frozenset({"compound", "amod"})


def _subject_of(verb: Any) -> Any:
    """The verb's subject; for a participle or a conjoined verb without one ("came out shouting “…”",
    "stood and said") the subject of the verb it depends on."""
    for _ in range(3):
        subject = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS), None)
        if subject is not None or verb.dep_ not in {"advcl", "xcomp", "conj"} or verb.head is verb:
            return subject
        verb = verb.head
    return None


def _title_noun(noun: Any) -> bool:
    """Whether a subject names a person without a name: a common noun of a person or a group ("my father", "the
    crowd"), or a capitalised title with its determiner whose word is a person's in WordNet ("The Archdeacon",
    "The Mother Superior"; a name has no "the")."""
    sense = first_sense_class(noun.lemma_ or noun.lower_, "n")
    if noun.tag_ in {"NN", "NNS"}:
        return sense in SPEAKER_NOUN_CLASSES
    determined = any(c.dep_ == "det" for c in noun.lefts)
    return noun.tag_ in {"NNP", "NNPS"} and determined and first_sense_class(noun.lower_, "n") == "noun.person"


def _title_gap(between: str) -> bool:
    """Whether the words between a title and a person's name let the name be the title's holder: none ("Canon
    X"), or a comma then at most ``ATTRIBUTION_TITLE_WORDS`` capitalised words ("The Prioress, Sister X")."""
    if not between.strip():
        return bool(between) and "\n" not in between
    between = TITLE_OF.sub("", between, count=1)  # round 58: "the Governor of the Province, Baron X"
    if not between.lstrip().startswith(","):
        return False
    rest = between.lstrip()[1:].split()
    return len(rest) <= ATTRIBUTION_TITLE_WORDS and all(w[:1].isupper() for w in rest)


def _noun_phrase(toks: list[Tok], noun: Any, deps: frozenset[str] | None = None) -> tuple[int, int]:
    """Document offsets of ``noun`` with the determiner, owner and modifiers before it (``deps``: the
    dependencies kept, ``_PHRASE_DEPS`` by default)."""
    first = noun.i
    for child in noun.lefts:
        if child.dep_ in (_PHRASE_DEPS if deps is None else deps):
            first = min(first, child.left_edge.i)
    return toks[first].start, toks[noun.i].end


def _lead_in_verb(toks: list[Tok]) -> int | None:
    """The index of a verb set just before the quote's comma or colon ("who cried, “…”", "X shouted: “…”")
    whose most frequent WordNet sense is one of communication (cry, shout, whisper): a reporting verb there,
    whatever the word list holds."""
    if len(toks) < 2 or toks[-1].text not in {",", ":"} or toks[-2].pos not in {"VERB", "AUX"}:
        return None
    word = toks[-2].text.lower()
    forms = sorted(base_forms(word) - {word}) + [word]
    return len(toks) - 2 if any(first_sense_class(f, "v") == "verb.communication" for f in forms[:3]) else None


# ---------------------------------------------------------------- quotes


def find_quotes(
    text: str,
    an: Analysis,
    blocks: list[tuple[int, int]],
    mentions: list[Mention],
    dates: list[DateMention],
) -> list[Quote]:
    spans = quote_spans(text, blocks)
    turns = TurnSpeakers(text, blocks, mentions, an)
    finder = SpeakerFinder(text, an, mentions, spans, turns.labels())
    writer = _writer(text, blocks, mentions)
    dated = _Dates(dates)
    out = []
    for n, q in enumerate(spans):
        if nickname(text, q):
            continue
        kind = quote_kind(text, q, an)
        attributed = finder.attribution(q) if kind == "quotation" else None
        if attributed is not None:  # "“…” — X, writing in 1774": the line's speaker and date
            person, line_end = attributed
            own = dated.inside(person.end, line_end)
            out.append(Quote(f"q{n}", q.start, q.end, kind, person.entity,
                             own[0].edtf if own else _date(text, an, q, dated)))
            continue
        speaker = finder.speaker(q, turns.at(q.open) if kind == "quotation" else None)
        if speaker is None and writer is not None and kind == "quotation" and finder.first_person_reported(q):
            speaker = writer  # "I write, “…”" in a signed letter: the writer's own words
        phrase = finder.unnamed_speaker(q) if speaker is None and kind == "quotation" else None
        # a gloss in parentheses ("blitz (“lightning war”)") names, it is not dated use
        before = text[max(0, q.open - GLOSS_LOOKBACK) : q.open]
        gloss = kind == "term" and (before.rstrip().endswith("(") or _proper_name(text[q.start : q.end]))
        date = None if gloss else _date(text, an, q, dated)
        out.append(Quote(f"q{n}", q.start, q.end, kind, speaker, date, phrase))
    for n, (start, end, speaker) in enumerate(turns.spoken()):
        if speaker is not None and not any(start <= q.start < end for q in spans):
            out.append(Quote(f"t{n}", start, end, "quotation", speaker, None))  # a date in the words is not its own
    return corrected(text, an, mentions, out)


def _writer(text: str, blocks: list[tuple[int, int]], mentions: list[Mention]) -> str | None:
    """The entity of the person signing the text (``writing.signature``: a name after a closing in its last
    block), whose first person ("I write") the text's own words are; None for an unsigned text."""
    from vitrina.extract.writing import OWN, signature

    if len(blocks) < 2:
        return None
    start, end = blocks[-1]
    people = [m for m in mentions if m.type == "person" and start <= m.start < end]
    # the block read to the end of each name's line (a role on the line below the name: "Secretary, X & Co."), or to
    # the name's end when at most a role's words follow it (a reader that joined the signature's lines)
    short = [m.end for m in people if len(text[m.end : end].split()) <= OWN["role_words"]]
    for stop in dict.fromkeys([end, *(_line_end(text, m.end, end) for m in people), *short]):
        stop = start + len(text[start:stop].rstrip())  # a trailing line break is no part of the signature
        signed = signature(text, (start, stop), people)
        if signed is not None:
            return signed.entity
    return None


def _line_end(text: str, at: int, end: int) -> int:
    cut = text.find("\n", at, end)
    return end if cut < 0 else cut


# A nickname set in quotation marks inside a name ("Margaret “Peg” Oakes"): one or two capitalised words
# between a capitalised word and another, on one line.
_NAME_WORD_BEFORE = re.compile(r"(?:^|\s)[^\W\d_][\w'’.-]*[ \t]$")
_NAME_WORD_AFTER = re.compile(r"[ \t][^\W\d_]")


def nickname(text: str, q: QuoteSpan) -> bool:
    """Whether the quoted words are a nickname inside a person's name, no quotation nor term."""
    words = text[q.start:q.end].split()
    if not 1 <= len(words) <= 2 or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
        return False
    before = text[max(0, q.open - 40):q.open]
    after = text[q.close + 1:q.close + 3]
    return bool(_NAME_WORD_BEFORE.search(before)) and before.rstrip().split()[-1][:1].isupper() \
        and bool(_NAME_WORD_AFTER.match(after))


def correction_notice(sentence: str) -> bool:
    """Whether ``sentence`` is (part of) a correction notice: it holds a word or phrase of lexicon
    ``correction_notice_words`` ("An earlier version of this article …", "wrongly attributed")."""
    folded = " ".join(re.findall(r"[^\W\d_]+", sentence.casefold()))
    return any(re.search(rf"\b{re.escape(cue)}\b", folded) for cue in _notice_words())


@lru_cache(maxsize=1)
def _notice_words() -> tuple[str, ...]:
    from vitrina import lexicon

    return tuple(sorted(lexicon.words("correction_notice_words")))


def _quoted_words(text: str) -> str:
    return " ".join(re.findall(r"[^\W_]+", text.casefold()))


def corrected(text: str, an: Analysis, mentions: list[Mention], quotes: list[Quote]) -> list[Quote]:
    """``quotes`` with the corrections of the document's own correction notices (see the module's doc): a
    quotation in a notice naming two people is the last one's, and the same words given to the first one
    elsewhere are ``retracted``."""
    people = sorted((m for m in mentions if m.type == "person"), key=lambda m: m.start)
    out = list(quotes)
    for i, q in enumerate(quotes):
        sentence = an.sentence_at(q.start) if q.kind == "quotation" else None
        if sentence is None or not correction_notice(text[sentence[0]:sentence[1]]):
            continue
        named: list[str] = []
        for m in people:
            if sentence[0] <= m.start < sentence[1] and not q.start <= m.start < q.end and m.entity not in named:
                named.append(m.entity)
        if len(named) < 2:
            continue
        wrong, right = named[0], named[-1]
        out[i] = replace(out[i], speaker=right)
        words = _quoted_words(text[q.start:q.end])
        for j, other in enumerate(quotes):
            said = _quoted_words(text[other.start:other.end])
            if (j != i and other.kind == "quotation" and other.speaker == wrong and words and said
                    and (words in said or said in words) and not sentence[0] <= other.start < sentence[1]):
                out[j] = replace(out[j], kind="retracted")
    return out


def _proper_name(term: str) -> bool:
    """ "the “Harbour Room”": a quoted proper name (every word capitalised), not a dated usage."""
    parts = term.split()
    return len(parts) >= 2 and all(p[:1].isupper() for p in parts)


class _Dates:
    """Dates ordered by start, to find those inside a span in O(log n)."""

    def __init__(self, dates: list[DateMention]):
        self.dates = sorted(dates, key=lambda d: (d.start, d.end))
        self.starts = [d.start for d in self.dates]

    def inside(self, start: int, end: int) -> list[DateMention]:
        i = bisect.bisect_left(self.starts, start)
        j = bisect.bisect_left(self.starts, end)
        return [d for d in self.dates[i:j] if d.end <= end]


def _date(text: str, an: Analysis, q: QuoteSpan, dates: _Dates) -> str | None:
    """A date in the quote's own clause (not in a relative or coordinated clause)."""
    sent = an.sentence_at(q.open) or (q.open, q.close)
    sent = (sent[0], max(sent[1], (an.sentence_at(q.close) or sent)[1]))
    low, high = min(sent[0], q.start), max(sent[1], q.end)
    # the sentence with the quote's words masked: breaks inside the quote don't count
    masked = text[low : q.start] + "x" * (q.end - q.start) + text[q.end : high]
    clause = clause_at(masked, (sent[0] - low, sent[1] - low), q.open - low)
    clause = (clause[0] + low, clause[1] + low)
    for d in dates.inside(clause[0], clause[1]):
        if not (q.open <= d.start <= q.close):
            return d.edtf
    if re.match(r"(?:He|She|They)\b", text[sent[0] : sent[0] + 5]):
        return _previous_sentence_date(an, sent, dates)  # "In 1852 X opened… He promised “…”"
    return None


def _previous_sentence_date(an: Analysis, sent: tuple[int, int], dates: _Dates) -> str | None:
    i = bisect.bisect_left(an.sents, (sent[0], -1)) - 1
    while i >= 0 and an.sents[i][1] > sent[0]:
        i -= 1
    if i < 0:
        return None
    start, end = an.sents[i]
    inside = dates.inside(start, end)
    # one date: the happening the pronoun's sentence goes on with; several (a life's "born on … died on …")
    # leave it unknown which, if any, the quote was said at
    return inside[0].edtf if len(inside) == 1 else None
