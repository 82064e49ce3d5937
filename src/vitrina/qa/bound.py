"""Round 56 (red team D-ASK-WRONG): the holder a value of a sentence is bound to, read from the dependency parse.

A sentence may pair several holders with several values: "A polled 5,000 votes and B polled 4,000 votes", "A polled
5,000 and B 4,000", "won with 1,204 votes to C's 1,131". A value answers a question about the holder it is bound to:

* its possessor ("C's 1,131", "C's votes");
* the name it counts in a coordinated phrase with no verb of its own ("and B 4,000": spaCy sets the figure on B);
* else the subject of its own clause, when that clause is the sentence's main clause or one coordinated with it (a
  joined clause without a subject shares its head clause's; a value of an embedded clause, "A asked that B provide
  $5", is bound to no one alone).

``bound_elsewhere`` says a value is another holder's: its holder names none of the question's names while another
holder of the same sentence (a subject, a possessor, a counted name) names them.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from vitrina.qa.answerable import present_share
from vitrina.qa.lexical import category
from vitrina.qa.rank import head_token

# the links from a number up to the noun it counts ("5,000 votes": 5,000 -> votes)
COUNTED = frozenset({"nummod", "quantmod", "compound"})
# the links from a counted noun up to the verb of its clause ("polled 5,000 votes", "won with 1,204 votes")
TO_VERB = frozenset({"dobj", "pobj", "prep", "attr", "oprd", "npadvmod", "conj"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
VERBS = frozenset({"VERB", "AUX"})
# the words of a holder's own name ("Mr. Arthur Quillon"), its parenthesis ("(Liberal)") left out
NAME_PARTS = frozenset({"compound", "flat", "amod"})


def holder(token: Any) -> list[Any] | None:
    """The words of the holder the value headed by ``token`` is bound to, or None when the parse names none."""
    if token.dep_ in COUNTED and token.head.pos_ == "PROPN":  # "and B 4,000": the figure is set on B
        return _name(token.head)
    current = token
    while current.dep_ in COUNTED and current.head.i != current.i:
        current = current.head
    while True:
        owner = next((c for c in current.children if c.dep_ == "poss"), None)
        if owner is not None:  # "C's 1,131", "C's votes"
            return list(owner.subtree)
        if current.pos_ in VERBS or current.dep_ not in TO_VERB or current.head.i == current.i:
            break
        current = current.head
    if current.pos_ not in VERBS or not _main_clause(current):
        return None  # a value of an embedded clause ("A asked that B provide $5") is bound to no one alone
    return _subject(current)


def _main_clause(verb: Any) -> bool:
    """``verb`` heads the sentence's main clause or a clause coordinated with it ("A polled 5 and B polled 4")."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


def _subject(verb: Any) -> list[Any] | None:
    """The subject of ``verb``'s clause, the head clause's for a joined clause without one."""
    while True:
        subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        if subject is not None:
            return _name(subject)
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            return None
        verb = verb.head


def _name(head: Any) -> list[Any]:
    """``head`` with the words of its own name."""
    return [head, *(w for c in head.children if c.dep_ in NAME_PARTS for w in c.subtree)]


def _holders(doc: Any) -> list[list[Any]]:
    """Every holder a value of the sentence may be bound to: subjects, possessors and names a figure is set on."""
    found = [_name(t) for t in doc if t.dep_ in SUBJECTS]
    found += [list(t.subtree) for t in doc if t.dep_ == "poss"]
    found += [_name(t.head) for t in doc if t.dep_ in COUNTED and t.like_num and t.head.pos_ == "PROPN"]
    return found


def bound_elsewhere(parsed: tuple[Any, frozenset[int]] | None, start: int, end: int, names: Collection[str]) -> bool:
    """True when the value between ``start`` and ``end`` (sentence offsets) is bound to a named holder holding none
    of the question's ``names`` (folded words) while another holder of the sentence holds some of them."""
    wanted = frozenset(names)
    token = head_token(parsed, start, end)
    if token is None or parsed is None or not wanted:
        return False
    own = holder(token)
    if not own or not any(w.pos_ == "PROPN" for w in own) or present_share(wanted, own) > 0:
        return False
    own_ids = {w.i for w in own}
    return any(present_share(wanted, h) > 0 for h in _holders(parsed[0]) if not own_ids & {w.i for w in h})


# the links from a question's verb to the name that completes it as a second argument ("was baptised Simeon",
# "was named Mary"), not its object ("Who built the Library?": the object is what the act is done to)
COMPLEMENTS = frozenset({"oprd", "attr", "npadvmod", "xcomp"})


def asked_complement(question: Any) -> frozenset[str]:
    """The folded words of the name completing the predicate of a question whose wh-word is the subject ("Who was
    baptised Simeon?": simeon), or nothing."""
    root = next((t for t in question if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ not in VERBS:
        return frozenset()
    subject = next((c for c in root.children if c.dep_ in SUBJECTS), None)
    if subject is None or subject.tag_ not in ("WP", "WDT"):
        return frozenset()
    names = [c for c in root.children if c.dep_ in COMPLEMENTS and c.pos_ == "PROPN"]
    return frozenset(w.lower_ for c in names for w in _name(c) if w.pos_ == "PROPN")


def complement_subject(parsed: tuple[Any, frozenset[int]] | None, complement: frozenset[str]) -> list[Any] | None:
    """The subject's words of the aligned verb (``parsed[1]``) whose complement holds every word of ``complement``
    ("Temba was baptised Simeon": Temba), or None when no aligned verb is completed by that name."""
    if parsed is None or not complement:
        return None
    doc, aligned = parsed
    for i in sorted(aligned):
        verb = doc[i]
        if verb.pos_ not in VERBS:
            continue
        held = {w.lower_ for c in verb.children if c.dep_ not in SUBJECTS and c.dep_ != "punct" for w in c.subtree}
        if complement <= held:
            return _subject(verb) or _name_before(verb)
    return None


def _name_before(verb: Any) -> list[Any] | None:
    """The proper name written right before ``verb`` and its auxiliaries ("… C was baptised A"), the subject where
    the parse left the verb without one, or None."""
    first = min([verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg"))], key=lambda t: t.i)
    words: list[Any] = []
    for token in reversed(verb.doc[:first.i]):
        if token.pos_ != "PROPN":
            break
        words.insert(0, token)
    return words or None


# Round 58 (red team D-ASK-WRONG, "How many visitors came on Founders' Day?"): the occasion a value is bound to. A
# question may name its occasion by a prepositional phrase on its verb whose object is a proper name of a time
# ("on Founders' Day": WordNet's "day" is a time period); a value whose own clause names another time without a number by
# the same preposition ("On the previous Sunday only 23,100 visitors had come") is that time's figure and no answer.
# A place ("in Texas") is no occasion, and a date with a number ("on 15 August") may be the asked day's own date.


def asked_occasion(question: Any) -> tuple[str, frozenset[str]] | None:
    """The preposition and folded words of the time a question's main verb names by a proper name without a number
    ("came on Founders' Day": on, {founders, day}), or None (a year, "in 1906", is left to the date readings)."""
    root = next((t for t in question if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ not in VERBS:
        return None
    for phrase, head in _occasions(root):
        if head.pos_ == "PROPN":
            return phrase.lower_, frozenset(w.lower_ for w in list(phrase.subtree)[1:] if w.is_alpha and not w.is_stop)
    return None


def _occasions(verb: Any) -> list[tuple[Any, Any]]:
    """The prepositions on ``verb`` with their object, a time named without a number ("on Founders' Day", "On the
    previous Sunday"; not "on 15 August", "in Texas")."""
    found = []
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        head = next((o for o in prep.children if o.dep_ == "pobj"), None)
        if head is not None and not any(w.like_num for w in head.subtree) and category(head.lemma_ or head.text) == "date":
            found.append((prep, head))
    return found


def _clause_verb(token: Any) -> Any | None:
    """The verb of the clause the value headed by ``token`` stands in (up from its noun, its subject or object)."""
    current = token
    while current.pos_ not in VERBS:
        if current.head.i == current.i:
            return None
        current = current.head
    return current


def occasion_elsewhere(parsed: tuple[Any, frozenset[int]] | None, start: int, end: int,
                       asked: tuple[str, frozenset[str]] | None) -> bool:
    """True when the value between ``start`` and ``end`` stands in a clause naming, by the question's own
    preposition, a time that shares no word with the asked one ``asked`` (``asked_occasion``)."""
    if parsed is None or not asked or not asked[1]:
        return False
    token = head_token(parsed, start, end)
    verb = _clause_verb(token) if token is not None else None
    if verb is None:
        return False
    preposition, wanted = asked
    own = [p for p, _head in _occasions(verb) if p.lower_ == preposition]
    return bool(own) and all(not wanted & {w.lower_ for w in p.subtree} for p in own)
