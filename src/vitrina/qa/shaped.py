"""The slot a question names by its shape, read off a sentence's dependency parse (round 54 askslot).

Two shapes, each read from the question once (`asked_kind`, `asks_desire`) and from every examined sentence
(`spans`), whose constituents the ranker weighs (``rank.features["shaped"]``, ``weights.RANKER_ADDED``):

* "What kind / sort / type of N …?": a noun phrase headed by N or by a WordNet kind of N that carries modifiers
  of its own ("an informal gathering", "a quiet harbour town near the border") — the modifiers tell the kind;
* what X wanted, hoped, sought, feared or tried to do: the clause or object governed by a verb, adjective or noun of
  desire, hope, fear or attempt ("keen to sell the farm", "feared that the river would rise", "her wish for peace");
* what X promised, pledged, guaranteed or vowed (round 58 askv58): the same constituents of a verb or noun of
  promising ("pledged to withdraw the garrison", "vowed that he would not sell", "her promise to return").

WordNet decides which words are of the kind asked, of desire or of promising (`lexical.KIND_SENSES`,
`lexical.desire_word`, `lexical.commitment_word`).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from vitrina.qa.lexical import (
    ATTAINING,
    KIND_SENSES,
    base_forms,
    commitment_word,
    desire_word,
    fold,
    has_sense,
    kind_of,
    verb_class,
    verb_of,
)
from vitrina.qa.text import STOPWORDS

# dependents that say which kind a noun is: adjectives, nouns before it, its phrases and clauses
KIND_MODIFIERS = ("amod", "compound", "nmod", "prep", "acl", "relcl", "npadvmod")
# dependents that end the kind's phrase: another clause or a parallel phrase is no part of it
PHRASE_ENDS = ("relcl", "appos", "conj", "cc", "punct", "advcl")
# a desire word's complement: a clause, an infinitive, its object; a noun's "for"-object or clause
COMPLEMENTS = ("xcomp", "ccomp", "dobj")
NOUN_COMPLEMENTS = ("acl", "ccomp")
# how a word below a word of promising hangs on its head when the promised thing is asked whole: an object, a
# clause, a preposition and its object, an auxiliary ("What did X promise to do?"); the parser makes the wh-word of
# "What did X promise Y?" the verb's dative, or leaves it unlabelled (dep)
GOVERNED = ("dobj", "dative", "dep", "nsubjpass", "pobj", "prep", "xcomp", "ccomp", "aux")


def asked_kind(wh: Any) -> str | None:
    """"What kind / sort / type of N …?": the folded lemma of N, else None."""
    doc = wh.doc
    for token in doc[wh.i + 1: wh.i + 3]:
        if token.pos_ != "NOUN" or not has_sense(token.lower_, "n", KIND_SENSES):
            continue
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                noun = next((p for p in prep.children if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN")), None)
                if noun is not None:
                    return fold(noun.lemma_)
    return None


def asks_desire(doc: Any, wh: Any) -> bool:
    """Does the wh-word stand inside what a word of desire, hope, fear or attempt governs ("What did X hope to
    achieve?", "What was X afraid would happen?", "What were they eager to do?")?"""
    if wh.dep_ == "det":
        return False  # "Which battle …?", "What plan …?": a thing of that kind is asked, not what was wanted
    token = wh.head
    for _step in range(4):
        desire = [t for t in (token, *(c for c in token.children if c.dep_ == "acomp")) if desire_word(t)]
        if desire:
            return _whole_wanted(desire[0])
        if not says_little(token):
            return False  # "What did X fear Y would join?": the wh-word asks an argument inside the feared act
        if token.head.i == token.i:
            break
        token = token.head
    # "What were the firms eager to do?", "What was X afraid would happen?": the parser hangs the adjective of desire
    # on the subject; a verb or adjective of desire of the main clause (not of an adverbial or relative one) counts
    return any(t.pos_ in ("VERB", "ADJ") and desire_word(t) and not any(a.dep_ in ("advcl", "relcl") for a in t.ancestors)
               and _whole_wanted(t) for t in doc)


def asked_commitment(wh: Any) -> Any | None:
    """The word of promising whose complement the wh-word stands in, asked whole ("What did X pledge?", "What did X
    promise to do?", "What had X assured Y he would do?"), else None. The way up from the wh-word runs through words
    that say little, each one an object, a clause or a preposition of its head: a wh-word of an adverbial or
    relative clause asks something else ("What was the point of the plan X promised?")."""
    token = wh
    for _step in range(4):
        if token.dep_ not in GOVERNED or token.head.i == token.i:
            return None
        token = token.head
        if commitment_word(token):
            return token if _whole_wanted(token) else None
        if not says_little(token):
            return None
    return None


def promiser(token: Any) -> frozenset[str]:
    """The base forms of the proper-name words of the subject of the question's word of promising ("Carter" of
    "What did Carter pledge?"); empty when the subject names no one ("both powers"): then any holder may promise. A
    verb the parser tagged a noun ("What did X pledge …?") has its subject as a compound."""
    subjects = ("nsubj", "nsubjpass", "compound") if token.pos_ == "NOUN" else ("nsubj", "nsubjpass")
    return frozenset(b for s in token.children if s.dep_ in subjects
                     for t in s.subtree if t.pos_ == "PROPN" for b in base_forms(fold(t.text)))


def _whole_wanted(desire: Any) -> bool:
    """The act a word of desire governs says little of its own ("hoped to achieve", "eager to do"), or it governs
    none: the wanted thing is asked whole, not an argument of the wanted act ("feared Y would join with what")."""
    return all(says_little(c) for c in desire.children if c.dep_ in ("xcomp", "ccomp"))


def says_little(token: Any) -> bool:
    """A word between the wh-word and a word of desire that leaves the whole wanted thing asked: an auxiliary, a
    preposition, "do", a verb of happening or of attaining ("What did X hope to achieve?", "… afraid would happen")."""
    if token.pos_ in ("AUX", "ADP", "PART"):
        return True
    word = fold(token.lemma_ or token.text)
    # "do" is the pro-verb standing for any act, as in question.py's "What did X do?"
    return token.pos_ == "VERB" and ("do" in base_forms(word) or verb_class(word) == "happening"
                                     or verb_of(word, ATTAINING))


def spans(doc: Any, kind: str | None, desire: bool, asker: frozenset[str] = frozenset(),
          commitment: frozenset[str] | None = None) -> list[tuple[int, int]]:
    """Character spans (sentence offsets) of the constituents that fill the shaped slot. With ``asker`` (the base
    forms of the question's words), a word of desire whose holder is named must be held by one the question names.
    With ``commitment`` (the promiser's words, `promiser`), what a word of promising governs fills it, the
    promiser, where both name one, one of those words."""
    out: list[tuple[int, int]] = []
    if kind:
        out += [span for token in doc if _of_kind(token, kind) for span in _kind_phrases(token)]
    if desire:
        out += [span for token in doc if desire_word(token) and _held_by(token, asker)
                for c in _desired(token) for span in _extents(c)]
    if commitment is not None:
        out += [span for token in doc if commitment_word(token) and _held_by(token, commitment)
                for c in _desired(token) for span in _extents(c)]
    return sorted(set(out))


def asker_words(text: str, words: list[str], others: set[str]) -> frozenset[str]:
    """The base forms of the question's content words and names, the other names of its names, and its written
    words other than stop words as the parser's tokens fold them ("u.s.", which the content words split)."""
    written = {fold(w.strip("?!,;:")) for w in text.split()} - STOPWORDS
    return frozenset(b for w in [*words, *written] for b in base_forms(w)) | frozenset(others)


def _held_by(token: Any, asker: frozenset[str]) -> bool:
    """No holder of the desire is named in the sentence, or one of its words is the question's ("the council,
    which feared …" for "What did the council fear?"; not "the guild feared …"). Without ``asker``: any holder."""
    holders = _holders(token)
    if not asker or not holders:
        return True
    return any(base_forms(fold(t.text)) & asker for h in holders for t in h.subtree
               if not t.is_punct and t.i != token.i)


def _holders(token: Any) -> list[Any]:
    """Who wants or fears: a verb's subject (a relative pronoun's antecedent; an infinitive's governing verb's
    subject; none for a passive or a personal pronoun), an adjective's noun or its copula's subject, a noun's
    possessor or modifiers ("the Japanese request")."""
    if token.pos_ == "NOUN":
        return [c for c in token.children if c.dep_ in ("poss", "amod", "compound")]
    if token.pos_ == "ADJ" and token.dep_ == "amod":
        return [token.head]
    verb = token.head if token.pos_ == "ADJ" else token
    for _step in range(3):
        if any(c.dep_ == "nsubjpass" for c in verb.children):
            return []  # "it was hoped that …": the holder is not named
        subjects = [s.head.head if s.tag_ in ("WDT", "WP") and s.head.dep_ == "relcl" else s
                    for s in verb.children if s.dep_ == "nsubj"]
        if subjects:  # a personal pronoun names no one here: who "he" is, the paragraph says
            return [s for s in subjects if s.tag_ != "PRP"]
        if verb.dep_ not in ("xcomp", "acomp") or verb.head.i == verb.i:
            return []
        verb = verb.head
    return []


def fills(start: int, end: int, shaped: list[tuple[int, int]]) -> float:
    """1.0 when the candidate (sentence offsets) is one of the shaped constituents or most of one: inside it and
    holding at least half its characters, or holding it and half of its own characters are the constituent's."""
    for a, b in shaped:
        inside, holds = a <= start and end <= b, start <= a and b <= end
        if inside and (end - start) * 2 >= b - a or holds and (b - a) * 2 >= end - start:
            return 1.0
    return 0.0


def _of_kind(token: Any, kind: str) -> bool:
    """A noun headed phrase of the asked kind that says which kind: modified, not the kind word alone."""
    if token.pos_ not in ("NOUN", "PROPN") or not any(c.dep_ in KIND_MODIFIERS for c in token.children):
        return False
    return _kind_word(fold(token.lemma_ or token.text), kind)  # sentences are parsed without the lemmatizer


@lru_cache(maxsize=16384)
def _kind_word(word: str, kind: str) -> bool:
    """``word`` is the asked kind's noun or a WordNet kind of it."""
    return kind in base_forms(word) or kind_of(word, kind)


def _kind_phrases(token: Any) -> list[tuple[int, int]]:
    """The noun with the words before it, and with its right modifiers too (a clause or parallel phrase ends it)."""
    lefts = [t for c in token.lefts for t in c.subtree]
    first = min([token.i, *(t.i for t in lefts)])
    doc = token.doc
    near = (doc[first].idx, token.idx + len(token.text))
    rights = [t for c in token.rights if c.dep_ not in PHRASE_ENDS for t in _within_phrase(c)]
    if not rights:
        return [near]
    last = doc[max(t.i for t in rights)]
    return [near, (doc[first].idx, last.idx + len(last.text))]


def _within_phrase(token: Any) -> list[Any]:
    """The token's subtree up to the first clause or parallel phrase inside it ("of colonial ambitions that were
    …": the relative clause ends the phrase)."""
    out = [token]
    for child in token.children:
        if child.dep_ not in PHRASE_ENDS:
            out += _within_phrase(child)
    return sorted(out, key=lambda t: t.i)


def _desired(token: Any) -> list[Any]:
    """What a word of desire governs: a verb's or adjective's clause or object, a noun's clause or "for"-object."""
    if token.pos_ == "NOUN":
        out = [c for c in token.children if c.dep_ in NOUN_COMPLEMENTS]
        return out + [p for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "for"
                      for p in prep.children if p.dep_ == "pobj"]
    return [c for c in token.children if c.dep_ in COMPLEMENTS and c.pos_ != "PRON"]


def _extents(token: Any) -> list[tuple[int, int]]:
    """The characters of a token's subtree, and of it without its conjuncts ("to win the vote and not to …", "a
    clause or an admission"), each without a closing punctuation mark."""
    whole = list(token.subtree)
    cut = [c for c in token.children if c.dep_ in ("conj", "cc")]
    first = [t for t in whole if not any(c.left_edge.i <= t.i <= c.right_edge.i for c in cut)]
    return [_span(words) for words in (whole, first) if words]


def _span(words: list[Any]) -> tuple[int, int]:
    """The characters from the first to the last word (trailing punctuation left out)."""
    while len(words) > 1 and words[-1].is_punct:
        words = words[:-1]
    return words[0].idx, words[-1].idx + len(words[-1].text)
