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
RELATIVE_ROLES = {"nsubj": "subject", "nsubjpass": "object", "dobj": "object"}  # the relative pronoun's role


def aligned_credits(doc: Any, q: Any, aligned: list[tuple[Any, float]]) -> dict[int, float]:
    """Word index -> credit of the sentence's words aligned with the question's predicate; a converse verb ("gave"
    for "received") takes the asked argument in another role, so it is left out."""
    credits = {t.i: credit for t, credit in aligned}
    if credits:
        for token, _credit, _role in converse_anchors(doc, q):
            credits.pop(token.i, None)
    return credits


def _climbed(token: Any) -> Any:
    """The word whose role a candidate's head takes: a later conjunct's first conjunct, the common noun a name is in
    apposition to ("its ruler, Sultan X"), the name a name is part of ("the Kell Conference")."""
    while token.head.i != token.i and (token.dep_ in CLIMB_DEPS or token.dep_ == "appos" and token.head.pos_ == "NOUN"
                                       or token.dep_ == "compound" and token.pos_ == token.head.pos_ == "PROPN"):
        token = token.head
    return token


def governed_role(token: Any) -> tuple[str | None, str | None, Any]:
    """(role, preposition, governing word) of a candidate's head word (``_climbed``): a prepositional object's role
    is its preposition's on the word that governs it; a passive's "by" phrase is the doer (subject)."""
    token = _climbed(token)
    head = token.head
    if token.dep_ in ("pobj", "pcomp") and head.dep_ == "agent":
        return "subject", None, head.head
    if token.dep_ in ("pobj", "pcomp") and head.dep_ == "prep":
        return "prep", head.lower_, head.head
    return ROLES.get(token.dep_), None, head


def clause_roles(token: Any) -> list[tuple[str, Any]]:
    """(role, verb) of the clauses that modify a candidate's head noun: a relative clause takes the noun in its
    pronoun's role ("the envoy who signed": subject), a past participle as its undergoer ("the ship seized by X")."""
    out = []
    for child in _climbed(token).children:
        if child.dep_ == "relcl":
            pronoun = next((c for c in child.children if c.tag_ in ("WP", "WDT") or c.lower_ == "that"), None)
            if pronoun is not None and pronoun.dep_ in RELATIVE_ROLES:
                out.append((RELATIVE_ROLES[pronoun.dep_], child))
        elif child.dep_ == "acl" and child.tag_ == "VBN":
            out.append(("object", child))
    return out


def stated_role(token: Any, credits: dict[int, float], q: Any, running: bool, least: float | None = None) -> float:
    """The credit of the question's predicate's word (credit at least ``least``, by default ``STATED["alignment"]``)
    governing the candidate's head ``token`` in a role that fills the asked slot, or modifying it by a clause in which
    the head takes that role (see the module); 0 when none does, or the sentence is not running text."""
    if token is None or not credits or not running:
        return 0.0
    floor = STATED["alignment"] if least is None else least
    role, prep, governor = governed_role(token)
    found = [(role, prep, governor)] if role is not None else []
    found += [(r, None, verb) for r, verb in clause_roles(token)]
    return max((credits[g.i] for r, p, g in found
                if g.i in credits and credits[g.i] >= floor and slot_match(r, p, q)), default=0.0)
