"""Negation in a parsed sentence: which predicate a negative word, a negative implicative or a negative
subordinator denies. The one reader of negation, for compare's outcomes (``vitrina.polarity``: "did not
sign" / "signed") and for ask's yes/no and "which did not" questions (``vitrina.qa.structure``).

* ``negations(doc)``: each negation and the predicate it negates — a negative word ("not", "never", "no
  deal", "nothing", lexicon ``qa_negators``), a negative implicative ("failed to ratify",
  ``qa_negative_implicatives``), a negative subordinator ("unless it surrendered",
  ``negative_subordinators``); not "not only … but" (``negation_cancellers``) nor "not … until 1945"
  (``delaying_prepositions``: it happened then).
* ``negated(word)``: is this predicate (a verb, or an event noun) said not to have happened? One of
  ``negations`` negates it, a negative determiner heads the event noun ("no agreement"), a verb of
  denial takes it as its clause ("denied that it had signed", ``qa_denials``), or a negative word inside its subject or object ("neither X nor Y wanted"),
  "without" or a verb of prevention ("kept X from signing", ``qa_preventives``) governs it, a negated verb
  governs it as its complement or conjunct, or a negated verb has it as its object ("failed to achieve
  recognition"); an event noun is also negated when a verb of annulment that is not itself negated has it as its
  object or passive subject ("the award is set aside", "quashed the conviction", lexicon ``qa_annulments``).

``negated`` reads more than ``negations`` on purpose: a copula's negation ("was not a sovereign state") and
one limited in time ("not signed until spring") deny what a yes/no question asks, while an outcome pairs
only negated verbs and adjectives that another telling asserts. Both share the cue words and rules here.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from vitrina import lexicon

# Roles of a negative pronoun that negate its verb: "accepted nothing short of …", "nobody signed".
NEGATING_ARGUMENTS = frozenset({"dobj", "nsubj", "nsubjpass"})
# Roles whose words negate the verb they hang from: "Neither X nor Y wanted war", "never ratified".
_NEGATED_BY_INSIDE = ("nsubj", "nsubjpass", "dobj", "advmod")


def negations(doc: Any) -> list[tuple[Any, Any]]:
    """Each negation of a parsed sentence as (the negating token, the predicate it negates)."""
    negators = lexicon.words("qa_negators")
    out = []
    for t in doc:
        if _implicative_complement(t):
            out.append((t.head, t))  # "failed to ratify": not ratified
            continue
        if t.dep_ == "mark" and t.lower_ in lexicon.words("negative_subordinators") and t.head.i != t.i:
            out.append((t, t.head))  # "unless it surrendered": if it did not
            continue
        if not (t.dep_ == "neg" or t.lower_ in negators and t.dep_ in {"advmod", "neg", "det", *NEGATING_ARGUMENTS}):
            continue
        if t.i + 1 < len(doc) and doc[t.i + 1].lower_ in lexicon.words("negation_cancellers"):
            continue  # "not only … but also": no negation
        head = t.head.head if t.dep_ == "det" and t.head.dep_ in {"dobj", "nsubjpass"} else t.head  # "reached no deal"
        if head.pos_ not in {"VERB", "ADJ"} or _limited(head):
            continue
        out.append((t, head))
    return out


def negated(word: Any) -> bool:
    """Is the predicate ``word`` (a verb, or an event noun) said not to have happened?"""
    if any(c.dep_ == "neg" for c in word.children):
        return True
    negators = lexicon.words("qa_negators")
    if word.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in negators for c in word.children):
        return True  # "there was no agreement", "gave no pledge": the act named and denied
    if _denied(word):
        return True  # "X denied that the council had ratified it"
    inside = [t for c in word.children if c.dep_ in _NEGATED_BY_INSIDE for t in c.subtree]
    if any(t.lower_ in negators for t in inside):
        return True  # "Neither X nor Y wanted war", "never ratified"
    if _implicative_complement(word):
        return True  # "the Senate failed to ratify it": the act did not happen
    if _prevented(word):
        return True  # "kept X from ratifying", "without ratification"
    if word.dep_ in ("xcomp", "conj") and any(c.dep_ == "neg" for c in word.head.children):
        return True
    if _annulled(word):
        return True  # "the award was set aside", "the court quashed the conviction": the act no longer stands
    if word.pos_ == "NOUN" and word.dep_ in ("dobj", "pobj", "nsubjpass"):
        governor = word.head.head if word.dep_ == "pobj" else word.head
        return governor.pos_ in ("VERB", "AUX") and governor.i != word.i and negated(governor) \
            and not _annuls(governor)  # "did not quash the conviction": the two negations cancel
    return False  # an event noun is negated with the verb it is the object of ("failed to achieve recognition")


def _denied(word: Any) -> bool:
    """Is ``word`` the clause of a verb of denial (lexicon ``qa_denials``) that is not itself negated?"""
    from vitrina.qa.lexical import base_forms

    head = word.head
    if word.dep_ != "ccomp" or head.i == word.i or not base_forms(head.text) & lexicon.words("qa_denials"):
        return False
    return not negated(head)


def _annulled(word: Any) -> bool:
    """Is the event noun ``word`` declared void by a verb of annulment (lexicon ``qa_annulments``) that is not
    itself negated: its object ("quashed the conviction"), its passive subject ("the award was set aside") or the
    subject of a copula whose complement is one ("the judgment is reversed")?"""
    if word.pos_ != "NOUN" or word.dep_ not in ("dobj", "nsubjpass", "nsubj") or word.head.i == word.i:
        return False
    verb = word.head
    if word.dep_ == "nsubj":  # "the judgment is reversed" parsed as a copula and its complement
        verb = next((c for c in verb.children if c.dep_ == "acomp" and c.pos_ == "VERB"), None)
        if verb is None:
            return False
    return _annuls(verb) and not negated(verb) and _names_act(word.text)


@lru_cache(maxsize=4096)
def _names_act(noun: str) -> bool:
    """A noun naming an act, a decision or a document of one in a frequent WordNet sense ("award", "ruling",
    "conviction", "contract"; lexicon classes ``qa.lexical.EVENT_NOUNS``), not a thing ("set the ledger aside")."""
    from vitrina.qa.lexical import EVENT_NOUNS, fold, wordnet
    from vitrina.qa.weights import LEXICAL

    wn = wordnet()
    if wn is None:
        return False
    return any(x.lexname() in EVENT_NOUNS for x in wn.synsets(fold(noun), "n")[:LEXICAL["frequent_senses"]])


def _annuls(verb: Any) -> bool:
    """A verb of annulment, alone ("quashed") or with its particle ("set aside")."""
    from vitrina.qa.lexical import base_forms

    annulments = lexicon.words("qa_annulments")
    forms = base_forms(verb.text)
    particles = [c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod")]
    return bool(forms & annulments) or any(f"{f}_{p}" in annulments for f in forms for p in particles)


def _implicative_complement(word: Any) -> bool:
    """Is ``word`` the complement of a negative implicative ("failed to ratify", "refused to sign")?"""
    from vitrina.qa.lexical import base_forms

    implicatives = lexicon.words("qa_negative_implicatives")
    return word.dep_ == "xcomp" and word.head.i != word.i and bool(base_forms(word.head.text) & implicatives)


def _prevented(word: Any) -> bool:
    """An act named under "without", or under "from" governed by a verb of prevention
    ("prevented X from signing", "withdrew the treaty from ratification"): it did not happen."""
    from vitrina.qa.lexical import base_forms

    node = word.head if word.dep_ in ("pobj", "pcomp") else None
    if node is None or node.dep_ != "prep":
        return False
    if node.lower_ == "without":
        return True
    return node.lower_ == "from" and bool(base_forms(node.head.text) & lexicon.words("qa_preventives"))


def denied_act(verb: Any) -> bool:
    """A verb with a negative word of its own ("did not sign", "never returned"), not limited in time ("not
    signed until 1945": it was, then); read from the dependencies alone (a parse without coarse tags)."""
    negators = lexicon.words("qa_negators")
    return any(c.dep_ == "neg" or c.dep_ == "advmod" and c.lower_ in negators for c in verb.children) \
        and not _limited(verb)


def _limited(head: Any) -> bool:
    """Is a negated predicate limited in time ("not ratified until 1945": it was, then)?"""
    limits = lexicon.words("delaying_prepositions")
    return any(c.lower_ in limits and c.dep_ in {"prep", "mark"} for c in head.children)
