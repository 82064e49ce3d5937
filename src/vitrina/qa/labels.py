"""A record line's label names the property its value gives (round 50 red team D2, D12).

A catalogue record writes its fields as "Label: value" lines ("Engraver: A B", "Scale: 1:25,000", "Title as
engraved: Plan der …"). The label's head noun (spaCy's parse of the label) says what the value is:

* a value answers the question asking its label's property — the question's asked noun ("What is the *scale*
  of X?": a "Scale" line) or, for "Who V-ed X?", a person noun WordNet derives from the verb ("engrave":
  engraver; `records.role_words`) — and then the whole value is a candidate ("one inch to a mile (1:63,360)");
* a value under a label whose head is another noun is another property: a person is never asked by a label
  naming no person ("Title as engraved: Plan der Königlichen …" answers no "Who engraved …?", though it holds the
  question's verb), and when the examined sentences hold the asked field, no other field's value answers a
  what-question asking it.

Nothing here lists labels: the parse and WordNet decide.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from vitrina.qa.lexical import base_forms, fold
from vitrina.qa.parse import parse
from vitrina.qa.question import Question
from vitrina.qa.records import is_person_noun, role_words
from vitrina.qa.weights import LABELS

LINE = re.compile(r"^[\s\-*•·]*([^\W\d_][^\W\d_'’-]*(?:[ \t]+[^\W\d_][^\W\d_'’-]*)*)[ \t]*:[ \t]*(?=\S)")


@dataclass(frozen=True)
class Field:
    """A "Label: value" sentence: the label's head noun (folded lemma, None when its head is no noun) and the
    value's character offsets in the sentence (its closing full stop left out)."""

    head: str | None
    start: int
    end: int


def field(text: str) -> Field | None:
    """The sentence read as a record field, or None (no label of at most ``LABELS["max_words"]`` words starting
    with a capital letter before its first colon)."""
    m = LINE.match(text)
    if m is None or not m.group(1)[:1].isupper() or len(m.group(1).split()) > LABELS["max_words"]:
        return None
    end = len(text.rstrip())
    if text[:end].endswith("."):
        end -= 1
    return Field(_head(m.group(1)), m.end(), end) if end > m.end() else None


@lru_cache(maxsize=2048)
def _head(label: str) -> str | None:
    """The folded lemma of the label's head noun ("Title as engraved": title), None when its root is no noun
    ("Surveyed by")."""
    roots = [t for t in parse(label) if t.dep_ == "ROOT"]
    if not roots or roots[0].pos_ not in ("NOUN", "PROPN"):
        return None
    return fold(roots[0].lemma_)


def asked(f: Field, q: Question) -> bool:
    """The field names the asked property: its head is the question's asked noun, or a person noun the question's
    verb derives (a who-question)."""
    if f.head is None:
        return False
    if q.head and fold(q.head) == f.head:
        return True
    return q.expects == "person" and f.head in role_words(q)


def another_field(text: str, start: int, end: int, q: Question, held: bool) -> bool:
    """The candidate at ``start``–``end`` of the sentence lies in the value of a field naming another property:
    a person asked and the label's head no person noun, or (``held``: an examined sentence is the asked field)
    a what-question's asked noun and another field."""
    f = field(text)
    if f is None or f.head is None or start < f.start or asked(f, q) or f.head in _question_nouns(q):
        return False  # ("Apologies: A" for "Who sent apologies …?": the label names the asked act's object)
    if q.expects == "person":
        return not is_person_noun(f.head)
    return held and bool(q.head)


ITEM_END = re.compile(r",\s|;|\s\(")  # a value's first item ends at a comma and space, a semicolon or a bracket


def _question_nouns(q: Question) -> frozenset[str]:
    """The base forms of the question's content words and names."""
    return frozenset(b for w in [*q.content, *q.names] for b in base_forms(w))


def value(text: str, q: Question) -> tuple[int, int] | None:
    """The value's first item ("A B, Street, Town": A B; "one inch to a mile (1:63,360)": one inch to a mile) of
    the field the sentence is, when it names the asked property (sentence offsets)."""
    f = field(text)
    if f is None or not asked(f, q):
        return None
    end = ITEM_END.search(text, f.start, f.end)
    return f.start, end.start() if end else f.end
