"""A feeling asked, and the word of feeling a sentence gives its experiencer (round 56 askv56, issue #12).

"How did X feel about Y?", "How did X react / respond to Y?" may be answered by how X was moved, not by an act:
"the crowd was *broadly hopeful*", "the news *shocked* the public", "Y *unnerved* X". A word of feeling is
read from WordNet, not from a list: a verb whose most frequent sense is an emotion (lexicographer file
``verb.emotion``: shock, elate, unnerve, please), its participle, or an adjective one of whose two most frequent
senses (or the head adjective it is similar to) is derived from a feeling or an emotion ("enthusiastic" /
enthusiasm, "hostile" / hostility). Its experiencer is the subject of the linking verb or of the passive
("X was elated"), or the direct object of an active emotion verb ("Y unnerved X"). Each span gets a credit by how
surely the experiencer is X (``weights.FEELING``); the ranker weighs it (``RANKER_ADDED["felt"]``).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from vitrina import lexicon
from vitrina.qa.lexical import base_forms, first_sense_class, fold, verb_of, wordnet
from vitrina.qa.respond import RESPONSE_VERBS, phrase
from vitrina.qa.text import demonyms
from vitrina.qa.weights import FEELING

EMOTION_VERB = "verb.emotion"  # WordNet's lexicographer file of verbs of feeling
FEELING_FILES = frozenset({"noun.feeling", EMOTION_VERB})  # what an adjective of feeling is derived from
STATE_DEPS = frozenset({"acomp", "oprd"})  # an adjective completing a linking verb ("was elated", "felt uneasy")
MOVED_TO = frozenset({"xcomp", "ccomp", "oprd"})  # a verb's complement saying what its object is moved to do or be
DEGREE_DEPS = frozenset({"advmod", "neg"})  # words before the feeling that grade or deny it ("largely", "not")
PRONOUNS = frozenset(word for word, case, _antecedent in lexicon.rows("personal_pronouns") if case in ("subject", "object"))


def asked(doc: Any, responder: tuple[str, ...]) -> tuple[bool, tuple[str, ...]]:
    """Whether a feeling may answer the parsed question, and X's words: "How did X …?" with a responder read
    (qa/respond.py), or a "how" question whose main verb is a response verb that reading missed because the parser
    hung "how" elsewhere ("How did people out west feel …?": X its subject)."""
    if not len(doc) or doc[0].lower_ != "how":
        return False, ()
    if responder:
        return True, responder
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or not verb_of(root.lemma_, RESPONSE_VERBS):
        return False, ()
    subject = next((t for t in doc if t.dep_ == "nsubj" and t.i < root.i and t.head.i in (root.i, *aux(root))), None)
    return True, phrase(subject) if subject is not None else ()


def aux(verb: Any) -> tuple[int, ...]:
    """The indices of the verb's auxiliaries (a subject the parser hung on "did")."""
    return tuple(t.i for t in verb.doc if t.dep_ == "aux" and t.i < verb.i)


@lru_cache(maxsize=4096)
def emotion_verb(word: str) -> bool:
    """A base form of the word is a verb whose most frequent WordNet sense is an emotion ("shocked", "unnerved")."""
    return any(first_sense_class(form, "v") == EMOTION_VERB for form in base_forms(word))


@lru_cache(maxsize=4096)
def feeling_adjective(word: str) -> bool:
    """One of the adjective's two most frequent WordNet senses is derived from a feeling or an emotion
    ("enthusiastic", "elated", "hostile"), or it is the participle of an emotion verb ("shocked"). Not the adjectives
    it is only similar to: "effective" is similar to "impressive", a word of feeling."""
    wn = wordnet()
    if wn is None:
        return False
    for sense in wn.synsets(fold(word), "a")[:2]:
        if any(d.synset().lexname() in FEELING_FILES for lemma in sense.lemmas()
               for d in lemma.derivationally_related_forms()):
            return True
    return emotion_verb(word)


def spans(doc: Any, words: tuple[str, ...], others: frozenset[str] = frozenset()) -> list[tuple[int, int, float]]:
    """(start, end, credit) of each word of feeling of the parsed sentence with the credit of its experiencer being
    X (``words``: the responder's folded words; ``others``: other names of it)."""
    wanted = {b for w in words for b in base_forms(w)} | set(others)
    out = []
    for token in doc:
        experiencer = _experiencer(token)
        if experiencer is None:
            continue
        first = min([token.i, *[c.i for c in token.children if c.dep_ in DEGREE_DEPS and c.i < token.i]])
        out.append((doc[first].idx, token.idx + len(token.text), _credit(experiencer, wanted)))
    return out


def _experiencer(token: Any) -> Any | None:
    """Who feels, when the token states a feeling: the subject of "X was elated" / "X was shocked", the object of
    "Y shocked X"; None for any other token."""
    if token.dep_ in STATE_DEPS and token.pos_ in ("ADJ", "VERB") and feeling_adjective(token.text):
        return next((c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if token.pos_ not in ("VERB", "ADJ") or not emotion_verb(token.text):
        return None  # an emotion verb with its object may be tagged an adjective ("… unnerved the envoy")
    if any(c.dep_ == "auxpass" for c in token.children):
        return next((c for c in token.children if c.dep_ == "nsubjpass"), None)
    if token.tag_ in ("VBG", "VB") or token.dep_ in ("amod", "acl", "xcomp", "pcomp"):
        return None  # "a shocking purge", "to please X": a feeling named or caused elsewhere, not stated as felt
    if any(c.dep_ in MOVED_TO for c in token.children):
        return None  # "invited X to join", "urged X to V": what X is moved to do, not how X felt
    return next((c for c in token.children if c.dep_ == "dobj"), None)


def _credit(experiencer: Any, wanted: set[str]) -> float:
    """How surely the experiencer is X: named by X's words (or their demonyms), a personal pronoun, or another."""
    if experiencer.lower_ in PRONOUNS:
        return FEELING["pronoun"]
    own = {b for t in experiencer.subtree for b in base_forms(t.text)}
    own |= {d for t in experiencer.subtree if t.pos_ == "PROPN" for d in demonyms(t.text)}
    return FEELING["named"] if own & wanted else FEELING["other"]


def felt(start: int, end: int, found: list[tuple[int, int, float]]) -> float:
    """The credit of the word of feeling the candidate (sentence offsets) is, or 0: the span itself, or a span
    holding it and little else (at least half its characters)."""
    return max((credit for a, b, credit in found if start <= a and b <= end and (b - a) * 2 >= end - start),
               default=0.0)
