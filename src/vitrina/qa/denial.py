"""A yes/no question's argument denied by a sentence near the one that seems to say yes.

"Was X named after the city of L?" asked of "X … was named after him. It had no connection with the city of L.":
the sentence aligned with the asked act gives it another argument ("after him"), and a sentence of the same document
denies any tie to the question's own argument ("no connection with the city of L"). The answer is "No", stated by
the denial (round 51 red team D02); its thresholds are qa/weights.py DENIAL. `asked_argument` reads the question's argument off its parse; `denial` finds a
negation (`vitrina.negation`) whose negated predicate holds every word of it.
"""

from __future__ import annotations

from typing import Any

from vitrina.negation import negations
from vitrina.qa.lexical import base_forms, fold
from vitrina.qa.parse import parse
from vitrina.qa.question import Question
from vitrina.qa.text import STOPWORDS

ARGUMENT_DEPS = ("prep", "dobj", "attr")  # the asked act's children whose phrases are its argument


def _content(tokens: Any) -> frozenset[str]:
    return frozenset(fold(t.text) for t in tokens if t.is_alpha and fold(t.text) not in STOPWORDS)


def asked_argument(q: Question) -> frozenset[str]:
    """The content words of the phrases the question's act takes as its object or prepositional argument ("after
    *the city of L*"), folded; empty when the question has no such act or argument."""
    if q.predicate is None or q.negated:
        return frozenset()
    for token in parse(q.text):
        if q.predicate in base_forms(token.text) and token.pos_ in ("VERB", "AUX"):
            return _content(t for c in token.children if c.dep_ in ARGUMENT_DEPS for t in c.subtree)
    return frozenset()


def holds(text_words: frozenset[str], argument: frozenset[str]) -> bool:
    """Every word of the argument is among the words (by base forms)."""
    forms = {f for w in text_words for f in base_forms(w)}
    return all(base_forms(w) & forms for w in argument)


def denial(doc: Any, argument: frozenset[str]) -> tuple[int, int] | None:
    """The character span of a negator of ``doc`` whose negated predicate's phrase holds every word of the argument
    ("*no* connection with the city of L"), or None."""
    for negator, predicate in negations(doc):
        if holds(_content(predicate.subtree), argument):
            return negator.idx, negator.idx + len(negator.text)
    return None
