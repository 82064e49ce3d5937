"""What someone got in exchange: the other side of "in exchange / in return for" (round 56 askv56, issue #12).

"What did X get in return for Y?" and "What did X receive as compensation for Y?" ask what X got for what X gave or
did. A source states the exchange with its own phrase ("in exchange for", lexicon ``exchange_nouns``) hung on a verb:
* the verb is one of getting (its WordNet sense is a kind of get.v.01: receive, obtain, accept): what X got is the
  verb's object — "In exchange for the land it lost, the town *received* *a strip of the marsh*";
* a passive verb keeping its object says what its subject got: "in return, the town *was granted* *a charter*";
* any other verb is what X gave or did, and what X got is what the phrase names — "In exchange for *a promise of
  aid*, the chief agreed to withdraw".
A verb of exchange itself ("traded the furs for *salt*") names what was got after "for". Each span is a candidate
weighed by the ranker (``RANKER_ADDED["exchanged"]``).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from vitrina import lexicon
from vitrina.qa.lexical import base_forms, first_sense_class, fold, lineage, wordnet
from vitrina.qa.shaped import fills

GETTING = "get.v.01"  # WordNet's sense of coming into possession, the root of the verbs of getting
SENSES = 2  # the most frequent senses read
PHRASE_PREPOSITIONS = frozenset({"in", "as"})  # "in exchange for", "as compensation for"
POSSESSION = "verb.possession"  # WordNet's class of verbs of giving, getting and exchanging ("exchange", "trade")


def asked(doc: Any) -> bool:
    """The parsed question asks what was got in an exchange: a "what" object of a verb carrying a phrase of exchange
    with "for" ("What did X get in return for Y?")."""
    wh = next((t for t in doc if t.lower_ == "what" and t.dep_ in ("dobj", "nsubjpass")), None)
    return wh is not None and _exchange_phrase(wh.head) is not None


def spans(doc: Any) -> list[tuple[int, int]]:
    """(start, end) of what was got in each exchange the parsed sentence states."""
    out = []
    for verb in doc:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        phrase = _exchange_phrase(verb)
        if phrase is not None:
            got = _object(verb) if _getting(verb.text) or _passive(verb) else _given_for(phrase)
        elif _exchange_verb(verb.text):
            got = _given_for(verb)  # "exchanged X for *Y*"
        else:
            continue
        if got is not None:
            tokens = sorted(got.subtree, key=lambda t: t.i)
            while tokens and tokens[-1].is_punct:
                tokens.pop()
            if tokens:
                out.append((tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)))
    return out


def _exchange_phrase(verb: Any) -> Any | None:
    """The head noun of the verb's phrase of exchange ("in exchange (for …)", "as compensation (for …)"), or None."""
    nouns = lexicon.words("exchange_nouns")
    return next((p for c in verb.children if c.dep_ == "prep" and c.lower_ in PHRASE_PREPOSITIONS
                 for p in c.children if p.dep_ == "pobj" and fold(p.text) in nouns), None)


def _given_for(head: Any) -> Any | None:
    """What the word's "for" names ("in exchange for *a promise*", "exchanged X for *Y*")."""
    return next((p for c in head.children if c.dep_ == "prep" and c.lower_ == "for"
                 for p in c.children if p.dep_ in ("pobj", "pcomp")), None)


def _passive(verb: Any) -> bool:
    """A passive verb keeping its object ("the town was granted *a charter*"): its subject got the object."""
    return any(c.dep_ == "auxpass" for c in verb.children) and _object(verb) is not None


def _object(verb: Any) -> Any | None:
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


@lru_cache(maxsize=4096)
def _getting(word: str) -> bool:
    """One of the verb's two most frequent WordNet senses is a kind of getting (receive, obtain, accept, win)."""
    wn = wordnet()
    if wn is None:
        return False
    return any(wn.synset(GETTING) in lineage(s) for form in base_forms(word) for s in wn.synsets(form, "v")[:SENSES])


@lru_cache(maxsize=4096)
def _exchange_verb(word: str) -> bool:
    """The verb is one of the exchange nouns' own verbs ("exchanged"; "traded" is not one: only the nouns' forms)
    whose most frequent WordNet verb sense is one of possession: "returned X for Y" (a verb of motion first) gives
    back, it names no exchange."""
    nouns = lexicon.words("exchange_nouns")
    return any(form in nouns and first_sense_class(form, "v") == POSSESSION for form in base_forms(word))


def within(start: int, end: int, found: list[tuple[int, int]]) -> float:
    """1.0 when the candidate (sentence offsets) is one of the spans got in exchange, or most of one (as a shaped
    constituent: qa/shaped.fills)."""
    return fills(start, end, found)
