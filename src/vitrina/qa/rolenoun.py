"""A name labelled by its role noun: "Parcel 113, X, owner A, occupier B, …".

A record row or clause writes each party's role as a noun right before the name ("owner A", "occupier Sir B"). A
who-question asks one role by its verb ("Who occupied X?"): the name the noun of that act labels answers, the
names labelled with another role do not (round 55 red team D3). `label_before` reads the role noun before a span;
`asked_nouns` gives the nouns of the asked role: WordNet's person nouns derived from the question's verb in its
frequent senses and their synonyms ("occupy" → occupier, occupant, resident), and the question's own head noun.
"""

from __future__ import annotations

import re
from functools import lru_cache

from vitrina.qa.lexical import base_forms, fold, inflected_verb, wordnet
from vitrina.qa.question import Question
from vitrina.qa.weights import ROLES55

PERSON = "noun.person"


def label_before(text: str, start: int) -> str | None:
    """The lower-case person noun written right before ``text[start:]``, with at most ``ROLES55["titles"]``
    capitalised words between ("owner Sir A": owner), folded; None when the word before is no such noun."""
    words = re.findall(r"[^\W\d_]+\.?|[,;:()]", text[:start])
    skipped = 0
    while words and words[-1][:1].isupper() and skipped < ROLES55["titles"]:
        words.pop()
        skipped += 1
    if not words or not words[-1].isalpha() or not words[-1].islower():
        return None
    word = fold(words[-1])
    return word if person_noun(word) and not inflected_verb(word) else None


@lru_cache(maxsize=4096)
def person_noun(word: str) -> bool:
    """WordNet knows the word as a noun of a person (lexicographer class noun.person) in its first senses."""
    wn = wordnet()
    if wn is None or len(word) < 3:
        return False
    return any(x.lexname() == PERSON for x in wn.synsets(word, "n")[:int(ROLES55["senses"])])


def asked_nouns(q: Question) -> frozenset[str]:
    """The nouns naming the role the question asks: the person nouns WordNet derives from the question's verb and
    its synonyms in their frequent senses, and the question's head noun (``Who was the occupier …?``)."""
    nouns = set(agent_nouns(q.predicate)) if q.predicate else set()
    if q.head:
        nouns |= {fold(q.head)} | set(base_forms(q.head))
    return frozenset(nouns)


@lru_cache(maxsize=4096)
def agent_nouns(verb: str) -> frozenset[str]:
    """The person nouns derived from ``verb``'s frequent senses, through every lemma of those senses."""
    wn = wordnet()
    if wn is None:
        return frozenset()
    out: set[str] = set()
    for form in base_forms(verb):
        for sense in wn.synsets(form, "v")[:int(ROLES55["senses"])]:
            for lemma in sense.lemmas():
                out.update(fold(d.name()) for d in lemma.derivationally_related_forms()
                           if d.synset().lexname() == PERSON)
    return frozenset(out)
