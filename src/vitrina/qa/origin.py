"""Where someone or something came from, read off the parse (round 58 askorigin58, issue #12).

A question asks an origin when its wh-word goes with a "from" ("Where was X from?", "Which colony did X hail from?",
"From which country did Y arrive?") or when "where" asks of a birth (WordNet bear.v.01: "Where was X born?"). In an
examined sentence the place in the origin role is the constituent that answers (`spans`): the proper-noun object of
"from", of a preposition of a verb of birth ("born in X") or of "of" after a noun of origin (WordNet native.n.01: "a
native of X"), and a capitalised adjective of place before a noun ("the Tasmanian printer"), a demonym, whose
WordNet adjective pertains to a location or which WordNet does not know (a name). The ranker weighs these spans as it
weighs the other shaped slots (``rank.features["shaped"]``, ``weights.RANKER_ADDED``); switched by
``weights.LEXICAL["origin_asked"]``.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from vitrina.qa.lexical import has_sense, lineage, wordnet
from vitrina.qa.names import place_names
from vitrina.qa.text import fold
from vitrina.qa.weights import LEXICAL, NAME_ENDING, NAME_STEM

BIRTH = frozenset({"bear.v.01"})  # "born": the verb whose place answers "Where was X born?"
NATIVE = frozenset({"native.n.01"})  # "a native of X": the noun whose "of"-object is a place of origin
PERSON = frozenset({"person.n.01"})  # a demonym answers only as a modifier of a person ("the Virginian planter")
LOCATION = "location.n.01"  # a demonym's WordNet noun is an instance or kind of this ("French" -> France)
WH_WORDS = ("where", "which", "what")
SOURCE = "from"  # the preposition of the origin role
CUT = ("appos", "relcl", "acl", "prep", "punct")  # what follows a place's name without being part of it


def asked(doc: Any, wh: Any) -> str:
    """What origin the question asks: "source" for a "from" stranded or taking the wh-phrase ("Where was X from?"),
    "birth" for a "where" asking of a birth ("Where was X born?"), else ""."""
    if wh.lower_ not in WH_WORDS:
        return ""
    if any(t.lower_ == SOURCE and _takes_wh(t, wh) for t in doc):
        return "source"
    return "birth" if wh.lower_ == "where" and any(_birth(t) for t in doc) else ""


def _takes_wh(prep: Any, wh: Any) -> bool:
    """A "from" with nothing after it (stranded: "… come from?"), whose object holds the wh-word ("from which
    country") or which opens the question; not "kept X from acting"."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return not list(prep.children) or any(wh in o.subtree for o in objects) or prep.i == 0


def _birth(token: Any) -> bool:
    """A participle of a verb of birth ("born")."""
    return token.tag_ == "VBN" and has_sense(token.lower_, "v", BIRTH)


def spans(doc: Any, asked: str) -> list[tuple[int, int]]:
    """Character spans (sentence offsets) of the places in the origin role and, for where someone came from (not
    where someone was born: a nationality is no birthplace), of the demonyms before a noun."""
    places = [o for t in doc if _origin_preposition(t, asked) for o in t.children if o.dep_ == "pobj" and _named(o)]
    out = [_extent(o) for o in places]
    if asked == "source":
        out += [_modifier_extent(t) for t in doc if _demonym(t)]
    return sorted(set(out))


def _modifier_extent(token: Any) -> tuple[int, int]:
    """The characters of a demonym with the capitalised compound words before it ("New York")."""
    return _compound_words(token)[0].idx, token.idx + len(token.text)


def _extent(token: Any) -> tuple[int, int]:
    """The characters of the place's phrase, its conjuncts kept ("Palestine and Syria"), an apposition, a clause
    or a phrase after it left out ("Boston, a native of …")."""
    cut = [c for c in token.children if c.dep_ in CUT and c.i > token.i]
    words = [t for t in token.subtree if not any(c.left_edge.i <= t.i <= c.right_edge.i for c in cut)]
    while len(words) > 1 and words[-1].is_punct:
        words.pop()
    return words[0].idx, words[-1].idx + len(words[-1].text)


def _origin_preposition(token: Any, asked: str) -> bool:
    """"from" (asked where from); a preposition of a verb of birth ("born in"); "of" after a noun of origin ("a
    native of")."""
    if token.dep_ != "prep":
        return False
    if token.lower_ == SOURCE:
        return asked == "source"
    head = token.head
    return _birth(head) or token.lower_ == "of" and head.pos_ == "NOUN" and has_sense(head.lower_, "n", NATIVE)


def _named(token: Any) -> bool:
    """The object is a place's name (GeoNames, `_place_word`), with the capitalised compound words before it ("from
    New York"); not "a family", "the U.S. Government", "Senator X"."""
    return token.pos_ == "PROPN" and _place_word(_phrase(token).lower())


def _demonym(token: Any) -> bool:
    """A capitalised modifier (not opening the sentence) of a person or a name, naming a place in GeoNames ("New
    York merchant") or derived from one or of a place by WordNet ("Tasmanian Hobbs", "Palestinian Arabs").
    Before a name only a derived word counts: a place's own name there is part of the name ("X Gazette")."""
    head = token.head
    if token.dep_ not in ("amod", "compound") or head.i <= token.i or not _capitalised(token):
        return False
    if head.pos_ == "PROPN":  # "Ada Lind", "Ohio Courier", "Soviet Union": parts of the name
        named = f"{_phrase(token)} {head.text}".lower()
        return fold(token.lower_) not in place_names() and not _place_word(named) and _place_word(token.lower_)
    if not has_sense(head.lower_, "n", PERSON, steps=int(LEXICAL["origin_person_steps"])):
        return False  # "Laird rams": a maker or a kind, not where a person came from
    return _place_word(_phrase(token).lower()) or _place_word(token.lower_)


def _capitalised(token: Any) -> bool:
    return token.i > 0 and token.text[:1].isupper()


def _compound_words(token: Any) -> list[Any]:
    """The capitalised compound words right before the token, and it ("New York")."""
    words = [token]
    while words[0].i > 0 and words[0].nbor(-1).dep_ == "compound" and _capitalised(words[0].nbor(-1)):
        words.insert(0, words[0].nbor(-1))
    return words


def _phrase(token: Any) -> str:
    """The text of `_compound_words`."""
    return " ".join(w.text for w in _compound_words(token))


@lru_cache(maxsize=4096)
def _place_word(word: str) -> bool:
    """A GeoNames place's name, a word derived from one (a stem of NAME_STEM letters, an ending of at most
    NAME_ENDING), a name of several words WordNet gives a location, or an adjective WordNet relates to a location
    ("french" -> France)."""
    places = place_names()
    if fold(word) in places or any(fold(word[:n]) in places for n in range(len(word) - NAME_ENDING, len(word))
                                   if n >= NAME_STEM):
        return True
    wn = wordnet()
    if wn is None:
        return False
    if any(_is_location(n) for n in wn.synsets(word.replace(" ", "_"), "n")) and " " in word:
        return True  # a place of several words WordNet names ("soviet union")
    senses = wn.synsets(word, "a") + wn.synsets(word, "s")
    nouns = [p.synset() for s in senses for lemma in s.lemmas() for p in lemma.pertainyms()]
    return any(_is_location(n) for n in nouns)


def _is_location(synset: Any) -> bool:
    """An instance or kind of location.n.01, up its hypernyms (``lexical.lineage``, the project's one walk up)."""
    return any(s.name() == LOCATION for s in lineage(synset))
