"""Spans stated by their ends: "When did the strike end?" answered by "the strike lasted until May".

A question verb of WordNet's family of "end" (or "begin": lexicon ``qa_span_limits``) aligns with a
sentence verb that governs the matching preposition of a span ("until/till T", "from T … to T",
"since T"); the preposition stands for the asked verb, so the time it governs is the nearest candidate.
A negated verb is left out: "was not opened until May" states a start, not an end.
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Any

from vitrina import lexicon
from vitrina.qa.lexical import base_forms, wordnet
from vitrina.qa.weights import SPAN_LIMIT


@cache
def _rows(kind: str) -> dict[str, frozenset[str]]:
    """The list's entries of one kind ("root", "prep"), by aspect; read once (``text_marks`` runs per sentence)."""
    out: dict[str, set[str]] = {}
    for row in lexicon.rows("qa_span_limits"):
        if len(row) == 3 and row[1] == kind:
            out.setdefault(row[0], set()).add(row[2])
    return {name: frozenset(values) for name, values in out.items()}


@lru_cache(maxsize=4096)
def aspect(verb: str | None) -> str | None:
    """"end" or "start" when one of ``verb``'s WordNet senses is a sense of its aspect's root (outside its rarest
    senses: "get" is "begin" only in its 34th) or one of its frequent senses is a kind of one."""
    wn = wordnet()
    if not verb or wn is None:
        return None
    for name, roots in sorted(_rows("root").items()):
        wanted = {s for root in roots for s in wn.synsets(root, pos="v")}
        for form in base_forms(verb) | {verb}:
            senses = wn.synsets(form, pos="v")
            for rank, synset in enumerate(senses):
                if synset in wanted and rank < SPAN_LIMIT["synonym_share"] * len(senses):
                    return name  # "cease", "stop": a lemma of a root sense, not among its rarest senses
                if rank < SPAN_LIMIT["frequent_senses"] and _reaches(synset, wanted, int(SPAN_LIMIT["hypernym_depth"])):
                    return name  # "conclude": a frequent sense that is a kind of ending
    return None


def asked(q: Any) -> str | None:
    """The end ("end") or start ("start") a when-question asks of its verb: "How did X stop Y?" asks no time."""
    return aspect(q.predicate) if q.expects == "date" else None


def _reaches(synset: Any, wanted: set[Any], depth: int) -> bool:
    if synset in wanted:
        return True
    return depth > 0 and any(_reaches(h, wanted, depth - 1) for h in synset.hypernyms())


def prepositions(which: str) -> frozenset[str]:
    """The prepositions that mark the ``which`` ("end" / "start") of a span."""
    return _rows("prep").get(which, frozenset())


def text_marks(words: list[str], which: str) -> list[int]:
    """Indexes of folded ``words`` that may mark the ``which`` end of a span (a "to" only after a "from")."""
    preps = prepositions(which)
    opened = False
    out = []
    for i, word in enumerate(words):
        if word in preps and (word != "to" or opened):
            out.append(i)
        opened = opened or word == "from"
    return out


def limit_anchors(doc: Any, which: str) -> list[tuple[Any, float]]:
    """The prepositions of ``doc`` that mark the ``which`` end of a span its (not negated) verb states."""
    preps = prepositions(which)
    out = []
    for token in doc:
        if token.lower_ not in preps or token.dep_ != "prep" or not any(c.dep_ == "pobj" for c in token.children):
            continue
        opener = token.head if token.head.lower_ == "from" else None  # "from A to B": "to" hangs on "from"
        verb = opener.head if opener is not None else token.head
        if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in verb.children):
            continue
        if token.lower_ == "to" and opener is None \
                and not any(c.lower_ == "from" and c.dep_ == "prep" for c in verb.children):
            continue
        out.append((token, SPAN_LIMIT["credit"]))
    return out
