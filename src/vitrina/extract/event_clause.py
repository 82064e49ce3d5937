"""Which words of a sentence belong to the happening one of its dates dates, and whether the sentence asserts it.

A sentence may tell two happenings: "A studied at X in 1781 and later served in Y" (two verbs joined), or
"they founded X in 1877, and Y in 1844" (the verb shared, each conjunct with its own place and date: gapping).
The places and participants of the other happening are not the dated one's (round 35, red team D12):

* ``foreign_spans`` gives the character spans of the other happening's words: the words of a verb conjunct
  other than the date's, told apart by position (what precedes the first verb is shared: the subject, a fronted
  date), and, of a clause of the sentence holding another date, the words after its verb (its subject stays: "X
  visited A in 1820, and B in 1825" — X did both);
* ``unasserted`` tells a date whose verb the sentence denies ("did not sign it in 1812", not "not until 1812":
  it happened then) or only supposes ("had the council refused in 1810", "would have gone there in 1810"):
  no event.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from vitrina.extract.nlp import Tok
from vitrina.extract.sentences import clause_at
from vitrina.model import DateMention
from vitrina.negation import denied_act
from vitrina.qa.lexical import base_forms
from vitrina.qa.structure import counterfactual

__all__ = ["foreign_spans", "unasserted"]

Parse = tuple[list[Tok], Any]


def _verbal(t: Any) -> bool:
    return t.tag_.startswith("VB") or t.tag_ == "MD"


def _date_token(parse: Parse, d: DateMention) -> Any | None:
    """The date's head word in the parse: the word of the date whose head is outside it."""
    toks, doc = parse
    inside = {i for i, t in enumerate(toks) if t.start < d.end and d.start < t.end and i < len(doc)}
    return next((doc[i] for i in sorted(inside) if doc[i].head.i not in inside or doc[i].head.i == i), None)


def _verb_dated(parse: Parse, d: DateMention) -> Any | None:
    """The verb the date itself modifies ("signed it in 1812", "signed it 4 May 1820"), or None when the date
    modifies a noun ("the 1650 coronation speech": it dates the speech, whatever the verb says of it)."""
    t = _date_token(parse, d)
    if t is not None and t.dep_ == "pobj" and t.head.dep_ == "prep":
        t = t.head
    return t.head if t is not None and t.head.i != t.i and _verbal(t.head) else None


def date_verb(parse: Parse, d: DateMention) -> Any | None:
    """The verb governing the date in the parse (the nearest verb above it), or None."""
    t = _date_token(parse, d)
    while t is not None and not _verbal(t):
        t = None if t.head.i == t.i else t.head
    return t


def _regions(first: Any, conjuncts: list[Any]) -> list[tuple[int, int]]:
    """Token ranges of the conjuncts in the sentence, by position: the first from its verb, each next from its
    conjunction ("and later served", "so on that day signed") or its first word, the last to the coordination's
    end (a date misattached to the wrong verb still lies in its own range)."""
    starts = [first.i]
    for c in conjuncts[1:]:
        at = c.left_edge.i
        before = [t for t in first.doc[first.i:at] if t.dep_ == "cc" and t.head.i in {x.i for x in conjuncts}]
        starts.append(before[-1].i if before else at)
    ends = [*starts[1:], first.right_edge.i + 1]
    return list(zip(starts, ends, strict=True))


def _other_conjuncts(parse: Parse, d: DateMention) -> set[int]:
    """Token indices of the verb conjuncts other than the date's: "studied at X in 1781 and later served in Y" →
    "and later served in Y" for 1781. What precedes the first verb (the subject, a fronted date or phrase) is
    shared by all: "In 1861 they slipped through and left X" — the date is the whole coordination's."""
    verb, date = date_verb(parse, d), _date_token(parse, d)
    if verb is None or date is None:
        return set()
    first = verb
    while first.dep_ == "conj" and _verbal(first.head):
        first = first.head
    conjuncts = sorted([first, *(c for c in first.conjuncts if _verbal(c))], key=lambda t: t.i)
    if len(conjuncts) < 2 or date.i < first.i:
        return set()
    regions = _regions(first, conjuncts)
    own = next(((a, b) for a, b in regions if a <= date.i < b), None)
    if own is None:
        return set()
    return {i for a, b in regions if (a, b) != own for i in range(a, b)}


def _dated_clauses(text: str, sent: tuple[int, int], toks: list[Tok], d: DateMention,
                   others: Sequence[DateMention]) -> list[tuple[int, int]]:
    """Of the sentence's clauses (``sentences.clause_at``) holding another date and not ``d``: the whole clause, or
    when the date's own clause has no verb (gapping: it shares the other's), the part after the other's verb."""
    own = clause_at(text, sent, d.start)
    # "…, and B in 1844" (no verb), "…, and later served in Y" (no subject): the other clause's subject is shared
    gapped = not _subject_before_verb(toks, own)
    spans = []
    for o in others:
        lo, hi = clause_at(text, sent, o.start)
        if (lo, hi) == own or lo <= d.start < hi:
            continue
        verb = _first_verb(toks, (lo, hi))
        spans.append((verb.end if verb is not None and gapped else lo, hi))
    return spans


def _subject_before_verb(toks: list[Tok], span: tuple[int, int]) -> bool:
    """The clause has a verb and a noun or pronoun before it (a subject of its own)."""
    verb = _first_verb(toks, span)
    return verb is not None and any(span[0] <= t.start and t.end <= verb.start and t.tag[:2] in ("NN", "PR")
                                    for t in toks)


def _first_verb(toks: list[Tok], span: tuple[int, int]) -> Tok | None:
    return next((t for t in toks if span[0] <= t.start and t.end <= span[1] and (t.tag.startswith("VB") or t.tag == "MD")),
                None)


def foreign_spans(text: str, sent: tuple[int, int], toks: list[Tok], parse: Parse | None, d: DateMention,
                  others: Sequence[DateMention]) -> list[tuple[int, int]]:
    """Character spans of ``sent`` that tell another happening than the one ``d`` dates (module docstring)."""
    spans = _dated_clauses(text, sent, toks, d, others)
    if parse is not None:
        ptoks = parse[0]
        spans += [(ptoks[i].start, ptoks[i].end) for i in sorted(_other_conjuncts(parse, d)) if i < len(ptoks)]
    return spans


def unasserted(parse: Parse | None, d: DateMention) -> bool:
    """The date's verb is denied ("did not sign it in 1812") or only supposed ("had X refused in 1810")."""
    if parse is None:
        return False
    verb = _verb_dated(parse, d)
    if verb is None:
        return False
    return counterfactual(verb) or _supposed_condition(verb) or denied_act(verb)


def _supposed_condition(verb: Any) -> bool:
    """A pluperfect condition of a conditional perfect ("had the council refused …, it would have moved"; "if
    it had burned …, they would have left"): the parse may tag its verb a past tense, not a participle."""
    perfect = any(c.dep_ == "aux" and "have" in base_forms(c.text) for c in verb.children)
    return verb.dep_ == "advcl" and perfect and counterfactual(verb.head)
