"""Word-level helpers shared by question analysis, retrieval and candidates.

Words compare by their WordNet base forms (qa/lexical.py), so that
"signed"/"signs"/"sign" or "met"/"meet" agree; stop words are spaCy's
English list.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from vitrina.qa.lexical import adjective_pertainyms, base_forms, fold, wordnet

WORD = re.compile(r"[^\W_]+(?:[’'][^\W_]+)*", re.UNICODE)
STOPWORDS = frozenset(fold(w) for w in STOP_WORDS)


def words(text: str) -> list[str]:
    return [fold(w) for w in WORD.findall(text)]


def bases(text: str) -> set[str]:
    """Every base form of every word of ``text``."""
    return {b for w in words(text) for b in base_forms(w)}


@lru_cache(maxsize=1)
def _adjectives() -> str:
    """WordNet's adjective data file (text)."""
    wn = wordnet()
    return wn.open("data.adj").read() if wn is not None else ""


def _pertainyms(name: str) -> set[str]:
    """Capitalised adjectives whose WordNet pertainym pointer ("\\") targets a sense of ``name``."""
    wn = wordnet()
    if wn is None:
        return set()
    offsets = [f"{s.offset():08d}" for s in wn.synsets(name.replace(" ", "_"), "n")]
    if not offsets:
        return set()
    data = _adjectives()
    found: set[str] = set()
    for offset in offsets:
        at = data.find(f"\\ {offset} n")
        while at >= 0:
            line = data[data.rfind("\n", 0, at) + 1: at]
            head = _PROPER_ADJECTIVE.match(line)
            if head:
                found.add(fold(head.group(1).replace("_", " ")))
            at = data.find(f"\\ {offset} n", at + 1)
    return found


# the start of an adjective synset line whose first word is capitalised: "02921753 01 a 01 German 0 …"
_PROPER_ADJECTIVE = re.compile(r"\d{8} \d\d [as] [0-9a-f]{2} ([A-Z]\S*) ")


@lru_cache(maxsize=4096)
def demonyms(name: str) -> set[str]:
    """Adjective and people forms of a place name, from WordNet ("Norway" -> "norwegian")."""
    key = fold(name)
    forms = _pertainyms(name)
    wn = wordnet()
    if wn is not None:
        for lemma in wn.lemmas(name.replace(" ", "_")):
            forms |= {fold(d.name()) for d in lemma.derivationally_related_forms() if d.name()[:1].isupper()}
    forms.discard(key)
    return forms


@lru_cache(maxsize=4096)
def places_of(adjective: str) -> set[str]:
    """The nouns a proper adjective pertains to, from WordNet ("Soviet" -> "Soviet Union")."""
    return {p.name().replace("_", " ") for p in adjective_pertainyms(adjective, proper=True)}
