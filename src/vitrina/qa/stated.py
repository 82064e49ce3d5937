"""Round 53 (helper askrank, issue #12): does the question's own predicate state the candidate in the asked role?

A candidate may merely stand beside the question's words (a caption naming the thing, a neighbouring clause, a
sentence sharing the question's nouns under another verb), or the sentence may say what the question asks: a word
that IS the question's predicate — the same lemma, a WordNet synonym, a derivationally related form, a two-word
verb with its particle (``STATED["alignment"]``: qa/structure.py's anchors at that credit or above, not its looser
hypernym, entailment, converse or argument alignments) — governs the candidate's constituent in the role the
wh-slot asks: the subject (or a passive's "by" phrase) for who-did, the object for what-did-X-do, a prepositional
phrase or adverbial for where and when (qa/spans.py ``SLOT_ROLES``). ``stated_role`` is that word's credit, 0
otherwise and 0 in a sentence that is not running text (a heading, a caption that does not end as a sentence).
"""

from __future__ import annotations

from typing import Any

from vitrina.qa.spans import ROLES, slot_match
from vitrina.qa.structure import converse_anchors
from vitrina.qa.weights import STATED

CLIMB_DEPS = frozenset({"conj"})  # a later conjunct stands in the role of the first ("A, B and C signed")


def close_anchors(doc: Any, q: Any, aligned: list[tuple[Any, float]]) -> dict[int, float]:
    """Word index -> credit of the sentence's words that are the question's predicate itself or a close relative
    (credit at least ``STATED["alignment"]``); a converse verb ("gave" for "received") takes the asked argument in
    another role, so it is left out."""
    close = {t.i: credit for t, credit in aligned if credit >= STATED["alignment"]}
    if close:
        for token, _credit, _role in converse_anchors(doc, q):
            close.pop(token.i, None)
    return close


def governed_role(token: Any) -> tuple[str | None, str | None, Any]:
    """(role, preposition, governing word) of a candidate's head word: a later conjunct takes the first one's
    place, an apposition to a common noun the noun's ("its ruler, Sultan X"); a prepositional object's role is its
    preposition's on the word that governs it; a passive's "by" phrase is the doer (subject)."""
    while token.dep_ in CLIMB_DEPS and token.head.i != token.i or (
            token.dep_ == "appos" and token.head.pos_ == "NOUN"):
        token = token.head
    head = token.head
    if token.dep_ in ("pobj", "pcomp") and head.dep_ == "agent":
        return "subject", None, head.head
    if token.dep_ in ("pobj", "pcomp") and head.dep_ == "prep":
        return "prep", head.lower_, head.head
    return ROLES.get(token.dep_), None, head


def stated_role(token: Any, close: dict[int, float], q: Any, running: bool) -> float:
    """The credit of the question's predicate's word governing the candidate's head ``token`` in a role that fills
    the asked slot (see the module); 0 when none does, or the sentence is not running text."""
    if token is None or not close or not running:
        return 0.0
    role, prep, governor = governed_role(token)
    if role is None or governor.i not in close or not slot_match(role, prep, q):
        return 0.0
    return close[governor.i]
