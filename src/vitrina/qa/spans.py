"""Candidate answers read off a sentence's dependency parse, for the learned ranking to weigh.

Besides the typed facts and the constituent of the asked slot
(qa/candidates.py), every dependent of the words aligned with the question's
predicate (or, when none aligns, of the sentence's root) is a candidate — its
whole subtree, and for a prepositional phrase also the object without its
preposition — and so is every noun chunk. Each carries what the ranking needs
to tell them apart: the grammatical role of the span (subject, object,
prepositional phrase, clause, adverbial), whether that role is the one the
question asks for, whether it hangs on an aligned word, and whether its form
suits the expected kind (a year for "when", a number for "how many", a name
for "who"). No weight is set here: the coefficients are learned
(bench/fit_ask.py).
"""

from __future__ import annotations

from typing import Any

from vitrina import lexicon
from vitrina.qa.question import Question
from vitrina.qa.structure import anchors

MAX_TOKENS = 40  # longer spans are whole clauses of a long sentence, not answers
ROLES: dict[str, str] = {  # dependency label -> grammatical role of the span
    "nsubj": "subject", "csubj": "subject", "agent": "subject",
    "nsubjpass": "object", "dobj": "object", "dative": "object", "attr": "object", "oprd": "object",
    "acomp": "object",
    "prep": "prep",
    "advcl": "clause", "xcomp": "clause", "ccomp": "clause",
    "npadvmod": "adverbial", "advmod": "adverbial",
}
ROLE_NAMES = ("subject", "object", "prep", "clause", "adverbial", "chunk")
# the roles that can fill each asked slot (qa/question.py's slot names)
SLOT_ROLES: dict[str, frozenset[str]] = {
    "subject": frozenset({"subject"}),
    "possessor": frozenset({"subject"}),
    "object": frozenset({"object", "clause"}),
    "complement": frozenset({"object"}),
    "time": frozenset({"prep", "adverbial", "clause"}),
    "place": frozenset({"prep", "adverbial"}),
    "reason": frozenset({"clause", "prep"}),
    "manner": frozenset({"clause", "prep", "adverbial"}),
    "quantity": frozenset({"object", "prep", "adverbial", "subject"}),
    "action": frozenset({"clause"}),
}
WIDE_ROLES = ("prep", "clause")  # roles read anywhere in the sentence when they fill the asked slot
def slot_match(role: str, head_prep: str | None, q: Question) -> bool:
    """The span's role is one that fills the asked slot ("prep:with" wants a "with" phrase)."""
    if q.slot.startswith("prep:"):
        return role == "prep" and head_prep == q.slot.split(":", 1)[1]
    return role in SLOT_ROLES.get(q.slot, frozenset())


def form_fits(tokens: list[Any], role: str, q: Question) -> bool:
    """The span's form suits the expected kind of answer (spaCy's number-like words)."""
    if q.expects == "date":
        return any(t.like_num and len(t.text) in (3, 4) or t.lower_ in lexicon.words("months") for t in tokens)
    if q.expects == "quantity":
        return any(t.like_num for t in tokens)
    if q.expects in ("person", "place"):
        return tokens[0].text[:1].isupper()
    if q.expects == "list":
        return any(t.dep_ == "cc" or t.text == "," for t in tokens)
    if q.expects == "sentence":
        return role in ("clause", "prep")
    return q.expects == "named"


def _span(tokens: list[Any]) -> tuple[int, int] | None:
    """Character offsets of a token run, trimmed of punctuation and conjunctions at its ends."""
    while tokens and (tokens[-1].is_punct and tokens[-1].text not in "”\"’)" or tokens[-1].dep_ == "cc"):
        tokens = tokens[:-1]
    while tokens and (tokens[0].is_punct and tokens[0].text not in "“\"(" or tokens[0].dep_ == "cc"):
        tokens = tokens[1:]
    if not tokens or len(tokens) > MAX_TOKENS:
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _subtree(token: Any) -> list[Any]:
    return sorted(token.subtree, key=lambda t: t.i)


CLAUSE_MARKERS = ("mark", "aux", "advmod")  # "because" / "to" / "so" (that) opening a clause, not its content
RESTRICTIVE = ("relcl", "acl", "appos")  # what follows a noun phrase's head and can be left off it


def parts(token: Any) -> list[list[Any]]:
    """Shorter readings of a dependent's subtree that can be the answer on their own: a clause
    without the marker opening it ("because | the harvest failed", "to | employ tutors"), a noun
    phrase without the clause or apposition following its head ("the Bank | , which …"), and each
    apposition on its own."""
    tree = _subtree(token)
    out = []
    if token.pos_ in ("VERB", "AUX"):
        lead = 0
        while lead < len(tree) and tree[lead].i < token.i and tree[lead].head.i == token.i \
                and tree[lead].dep_ in CLAUSE_MARKERS and tree[lead].pos_ in ("SCONJ", "PART", "ADV"):
            lead += 1
        if 0 < lead < len(tree):
            out.append(tree[lead:])
    if token.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
        cut = [c for c in token.children if c.dep_ in RESTRICTIVE and c.i > token.i]
        if cut:
            out.append([t for t in tree if t.i < min(c.left_edge.i for c in cut)])
            out += [_subtree(c) for c in cut if c.dep_ == "appos"]
    return out


def spans(doc: Any, q: Question) -> list[tuple[int, int, dict[str, float]]]:
    """(start, end, structural features) of every dependent of the aligned words (else the root), and
    their shorter readings (`parts`); of every clause or prepositional phrase filling the asked slot
    wherever it hangs; and of every noun chunk, in sentence offsets."""
    aligned = anchors(doc, q)
    heads = aligned or [(t, 0.0) for t in doc if t.dep_ == "ROOT"]
    found: dict[tuple[int, int], dict[str, float]] = {}

    def add(tokens: list[Any], role: str, credit: float, prep: str | None, part: bool = False) -> None:
        span = _span(tokens)
        if span is None:
            return
        info = {"span_anchor": credit, "span_slot": float(slot_match(role, prep, q)),
                "span_form": float(form_fits(tokens, role, q)), f"span_{role}": 1.0, "span_part": float(part)}
        old = found.get(span)
        if old is None or old["span_anchor"] + old["span_slot"] < info["span_anchor"] + info["span_slot"]:
            found[span] = info

    for head, credit in heads:
        for child in head.children:
            role = ROLES.get(child.dep_)
            if role is None:
                continue
            add(_subtree(child), role, credit, child.lower_ if role == "prep" else None)
            if role == "prep":
                for obj in child.children:
                    if obj.dep_ in ("pobj", "pcomp"):
                        add(_subtree(obj), role, credit, child.lower_)
                        for part in parts(obj):
                            add(part, role, credit, child.lower_, True)
            for part in parts(child):
                add(part, role, credit, child.lower_ if role == "prep" else None, True)
        if head.dep_ in ("relcl", "acl") and head.head.pos_ in ("NOUN", "PROPN"):
            noun = head.head  # "the envoy who signed it": the noun the clause is about
            clause = set(head.subtree)
            add([t for t in _subtree(noun) if t not in clause],
                "subject" if head.dep_ == "relcl" else "object", credit, None)
    for token in doc:  # a clause or phrase of the asked kind hanging on a word the question's did not align with
        role = ROLES.get(token.dep_)
        prep = token.lower_ if role == "prep" else None
        if role in WIDE_ROLES and slot_match(role, prep, q):
            add(_subtree(token), role, 0.0, prep)
            for part in parts(token):
                add(part, role, 0.0, prep, True)
    for chunk in doc.noun_chunks:
        add(list(chunk), "chunk", 0.0, None)
    return [(a, b, info) for (a, b), info in found.items()]
