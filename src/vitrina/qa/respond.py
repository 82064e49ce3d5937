"""A response asked, and the responder's act in a sentence (round 50 askrespond, issue #12).

"How did X respond / react / answer / retaliate …?", "How did X feel about Y?", "What was X's reaction / reply /
attitude to Y?" ask what X did or held in answer to Y. A source seldom repeats the response verb: it states X's act
("X refused to recognize the new government", "he authorized emergency assistance"). `responder` reads X's words
off the question; `responder_act` says whether a candidate is the act of X in a sentence (X, or a personal pronoun,
as the doer of a clause whose predicate holds the candidate), which the ranker weighs (``RANKER_ADDED["responder"]``).
The response verbs and stance nouns are WordNet senses (`RESPONSE_VERBS`, `STANCE_NOUNS`), not a word list.
"""

from __future__ import annotations

from typing import Any

from vitrina import lexicon
from vitrina.qa.lexical import lineage, verb_of, wordnet
from vitrina.qa.text import fold
from vitrina.qa.weights import RESPONSE

# verbs that ask a response or a feeling, with every kind of them: react.v.01 (respond, react), answer.v.01 (reply),
# revenge.v.01 and retaliate.v.02 (retaliate), feel.v.01 (feel about)
RESPONSE_VERBS = frozenset({"react.v.01", "answer.v.01", "revenge.v.01", "retaliate.v.02", "feel.v.01"})
# nouns that name a stance held toward something (attitude, stance, position, view as opinion)
STANCE_NOUNS = frozenset({"attitude.n.01"})
SUBJECT_DEPS = frozenset({"nsubj"})  # the doer of an active clause
NAMING_DEPS = frozenset({"compound", "amod", "poss", "nmod", "appos"})  # words of the subject's own noun phrase
# a subject pronoun may stand for the responder: the third person's (lexicon personal_pronouns) and "we"
PRONOUNS = frozenset({word for word, case, _antecedent in lexicon.rows("personal_pronouns") if case == "subject"}
                     | {"we"} & lexicon.words("first_person_pronouns"))
PRONOUN_VALUE = RESPONSE["pronoun_doer"]


def responder(doc: Any) -> tuple[str, ...]:
    """X's words (folded; the head noun first) when the parsed question asks how X responded to something or what
    X's response or stance was; () otherwise."""
    for token in doc:
        if token.lower_ == "how" and token.dep_ == "advmod" and token.head.i != token.i \
                and verb_of(token.head.lemma_, RESPONSE_VERBS):  # the tagger may call a bare "respond" a noun
            subject = next((c for c in token.head.children if c.dep_ in SUBJECT_DEPS), None)
            return _phrase(subject) if subject is not None else ()
        if token.pos_ == "NOUN" and token.dep_ in ("attr", "nsubj") and token.head.lemma_ == "be" \
                and _stance_noun(token.lemma_):
            holder = next((c for c in token.children if c.dep_ == "poss"), None)
            if holder is None:
                holder = next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                               for g in c.children if g.dep_ == "pobj"), None)
            return _phrase(holder) if holder is not None else ()
    return ()


def _phrase(head: Any) -> tuple[str, ...]:
    """The head word and the naming words of its noun phrase, folded (no determiner, no wh-word, no "'s")."""
    if head.tag_ in ("WP", "WP$", "WDT", "WRB") or head.lower_ in PRONOUNS:
        return ()
    words = [fold(head.text), fold(head.lemma_)]
    words += [fold(t.text) for t in head.subtree if t.i != head.i and t.pos_ in ("PROPN", "NOUN", "ADJ")]
    return tuple(dict.fromkeys(w for w in words if w))


def phrase(head: Any) -> tuple[str, ...]:
    """X's words read off the head of its noun phrase (for qa/feeling.py's own reading of the question)."""
    return _phrase(head)


def _stance_noun(lemma: str) -> bool:
    """A noun of response or stance: a derivation of a response verb ("reaction", "reply", "response") or, in one
    of its two most frequent senses, a kind of attitude ("attitude", "stance", "view")."""
    wn = wordnet()
    if wn is None:
        return False
    senses = wn.synsets(fold(lemma), "n")[:2]
    if any(STANCE_NOUNS & {s.name() for s in lineage(sense)} for sense in senses):
        return True
    return any(verb_of(d.name(), RESPONSE_VERBS) for sense in senses for lemma_ in sense.lemmas()
               if fold(lemma_.name()) == fold(lemma) for d in lemma_.derivationally_related_forms()
               if d.synset().pos() == "v")


def responder_act(doc: Any, head: Any | None, whole: bool, words: tuple[str, ...], others: set[str],
                  before: frozenset[str] = frozenset()) -> float:
    """For a candidate of the parsed sentence ``doc`` (``head``: its head token; ``whole``: the sentence itself):
    1 when the nearest clause governing it (for the whole sentence, any of its clauses) has the
    responder as its subject (the subject's own words share one of the responder's ``words`` or another name of it in
    ``others``) and the candidate is not that subject; for a personal pronoun as the subject, 1 when the sentences
    before it name the responder (``before``: the question's names found only there), else ``PRONOUN_VALUE``; else
    0."""
    if doc is None or not words:
        return 0.0
    if whole:  # the sentence is shown as the predicate of the responder's clause (qa/spans.predicate): any clause
        verbs = [t for t in doc if t.pos_ in ("VERB", "AUX")]
    else:
        verbs = [_governing(head)] if head is not None else []
    best = 0.0
    for verb in verbs:
        subject = _subject(verb) if verb is not None else None
        if subject is None or head is not None and not whole and head in subject.subtree:
            continue
        value = _doer(subject, words, others)
        best = max(best, 1.0 if value == PRONOUN_VALUE and before & set(words) else value)
    return best


def _governing(token: Any) -> Any | None:
    """The nearest verb at or above ``token`` that has a subject of its own (or its first conjunct's), or None."""
    while True:
        if token.pos_ in ("VERB", "AUX") and _subject(token) is not None:
            return token
        if token.head.i == token.i:
            return None
        token = token.head


def _subject(verb: Any) -> Any | None:
    """The verb's subject, or for a conjoined verb the first conjunct's ("X denounced but could not deflect")."""
    while True:
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None or verb.dep_ != "conj" or verb.head.i == verb.i:
            return subject
        verb = verb.head


def _doer(subject: Any, words: tuple[str, ...], others: set[str]) -> float:
    """How surely ``subject`` is the responder: 1 when its own words share one of the responder's, ``PRONOUN_VALUE`` for a pronoun."""
    if subject.lower_ in PRONOUNS:
        return PRONOUN_VALUE
    own = {fold(subject.text), fold(subject.lemma_)} | {fold(c.text) for c in subject.children
                                                       if c.dep_ in NAMING_DEPS}
    return 1.0 if own & (set(words) | others) else 0.0
