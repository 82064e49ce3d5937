"""Stance in a parsed sentence: is a predicate a reported claim that the sentence itself disputes?

"It is often claimed that the duke sold the mill in 1650, but there is no evidence that he did" states no
sale: the sale is *reported* (the clause of a verb of saying or believing, or a statement "according to
legend") and a clause of contrast (lexicon ``contrast_connectives``: "but", "though") *denies* it — it is
negated ("he never did", "there is no evidence"), or it calls the report false (lexicon ``untruth_words``:
"this is untrue", "a myth").

* ``disputed(word)``: is the predicate ``word`` (a verb) such a disputed claim? Events dated in its clause
  carry the qualifier ``DISPUTED`` (``vitrina.extract.events``) and ask does not state it as an answer
  (``vitrina.ask``).

Verbs of saying and believing are read from WordNet: the verb's most frequent sense is a verb of
communication or cognition (``REPORTING_LEXNAMES``: claim, say, allege, rumour, believe, think), so no
list of them is kept here.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from vitrina import lexicon

__all__ = ["DISPUTED", "REPORTING_LEXNAMES", "disputed", "disputed_at"]

# The qualifier an event dated in a disputed claim carries (shown beside its label and exported with it).
DISPUTED = "disputed"
# WordNet lexicographer files of verbs that report a statement rather than assert it.
REPORTING_LEXNAMES = frozenset({"verb.communication", "verb.cognition"})
# Dependencies of a clause joined to another: a conjunct ("…, but this is untrue") or an adverbial clause
# ("…, though he did not").
_JOINED = ("conj", "advcl")


def disputed(word: Any) -> bool:
    """Is the predicate ``word`` a claim the sentence reports and then disputes?"""
    node = word
    for _step in range(len(word.doc)):
        reporter = _reporter(node)
        if reporter is not None and (_denied_by_contrast(reporter) or _denied_by_contrast(node)):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def disputed_at(doc: Any, start: int, end: int) -> bool:
    """Is the predicate governing the characters ``start``–``end`` of ``doc`` a disputed claim (a date or
    an answer inside its clause)?"""
    token = next((t for t in doc if t.idx < end and start < t.idx + len(t.text)), None)
    if token is None:
        return False
    while not _verb(token) and token.head.i != token.i:
        token = token.head
    return _verb(token) and disputed(token)


def _verb(token: Any) -> bool:
    """A verb by its coarse or (in a parse made from tagged words) fine part of speech."""
    return token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB") or token.tag_ == "MD"


def _reporter(node: Any) -> Any | None:
    """The word that reports ``node``'s clause: the verb of saying or believing it is the complement of
    ("it is claimed that …"), or ``node`` itself when a hearsay source states it ("according to legend, …")."""
    if node.dep_ == "ccomp" and node.head.i != node.i and any(_reporting(f) for f in _bases(node.head.text)):
        return node.head
    return node if _hearsay(node) else None


def _hearsay(verb: Any) -> bool:
    """ "According to legend, X built …": the verb is told by a source that asserts nothing as fact."""
    sources = lexicon.words("hearsay_sources")
    return any(c.lower_ == "according" and any(t.dep_ == "pobj" and t.lower_ in sources for t in c.subtree)
               for c in verb.children if c.dep_ == "prep")


def _bases(word: str) -> frozenset[str]:
    from vitrina.qa.lexical import base_forms

    return base_forms(word.lower())


@lru_cache(maxsize=4096)
def _reporting(lemma: str) -> bool:
    """Is the verb's most frequent WordNet sense one of saying or believing?"""
    from vitrina.qa.lexical import first_sense_class

    return lemma.isalpha() and first_sense_class(lemma, "v") in REPORTING_LEXNAMES


def _denied_by_contrast(word: Any) -> bool:
    """Does a clause of contrast after ``word``, joined to it, deny it?"""
    connectives = lexicon.words("contrast_connectives")
    contrast = any(c.dep_ == "cc" and c.lower_ in connectives for c in word.children)
    for clause in (c for c in word.children if c.dep_ in _JOINED and c.i > word.i):
        marked = any(m.dep_ == "mark" and m.lower_ in connectives for m in clause.children)
        if (marked or clause.dep_ == "conj" and contrast) and _about_it(clause, word) and _denial(clause):
            return True
    return False


def _about_it(clause: Any, word: Any) -> bool:
    """Is the clause of contrast about the reported act: its subject a pronoun or "there" ("but he never did",
    "but this is untrue", "but there is no evidence"), or its verb the reported one ("though he did not sell it")?"""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subject is not None and (subject.dep_ == "expl" or subject.tag_ in ("PRP", "DT")):
        return True
    return bool(_bases(clause.text) & _bases(word.text))


def _denial(clause: Any) -> bool:
    """Does the clause deny by its own words: a negation of its own verb ("he never did"), a negative
    determiner on its complement ("there is no evidence") or a word calling something false ("this is untrue")?
    (A negation it only inherits, as the conjunct of a negated verb, denies nothing more.)"""
    negators, untrue = lexicon.words("qa_negators"), lexicon.words("untruth_words")
    for c in clause.children:
        if c.dep_ == "neg" or c.dep_ in ("advmod", "nsubj", "dobj") and c.lower_ in negators:
            return True
        if c.dep_ in ("attr", "acomp", "dobj") and (_bases(c.text) & untrue
                                                    or any(d.dep_ in ("det", "neg") and d.lower_ in negators
                                                           for d in c.children)):
            return True
    return False
