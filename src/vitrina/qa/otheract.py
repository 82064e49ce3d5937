"""Is the answer the agent of another act than the asked one? (round 53 red team D6)

"Who designed the memorial?" over "the memorial …, unveiled … by A": A is the agent of the sentence's verb, and that
verb is not the asked act — the sentence holds no form or WordNet relative of the question's predicate, and the two
verbs share no WordNet lexicographer class in any sense (design: creation, cognition; unveil: contact, perception).
A paraphrase keeps a shared class ("commanded" / "led": social), so a sentence stating the asked act in other words
still answers. The agent is the verb's subject or the object of its "by" phrase.
"""

from __future__ import annotations

from typing import Any

from vitrina.qa.lexical import base_forms, related, wordnet
from vitrina.qa.question import Question

OTHER_ACT: dict[str, Any] = {
    "agent_deps": frozenset({"nsubj"}),  # the verb's own subject (an active verb's agent)
    "by_deps": frozenset({"agent", "prep"}),  # the dependency of a "by" phrase under the verb
    "light": frozenset({"be", "have", "do"}),  # predicates that name no act of their own
}


def _forms(word: str) -> frozenset[str]:
    return frozenset({word.lower(), *base_forms(word.lower())})


def _classes(word: str) -> frozenset[str]:
    """The WordNet lexicographer classes of every verb sense of the word's base forms."""
    wn = wordnet()
    return frozenset(s.lexname() for f in _forms(word) for s in wn.synsets(f, "v")) if wn is not None else frozenset()


def governing_verb(doc: Any, start: int, end: int) -> Any | None:
    """The verb whose agent the characters ``start``–``end`` of the parsed sentence are (its subject or its "by"
    phrase's object), or None."""
    inside = [t for t in doc if t.idx < end and start < t.idx + len(t.text)]
    heads = [t for t in inside if not (start <= t.head.idx < end) or t.head.i == t.i]
    if len(heads) != 1:
        return None
    head = heads[0]
    if head.dep_ in OTHER_ACT["agent_deps"] and head.head.pos_ == "VERB":
        return head.head
    by = head.head
    if head.dep_ == "pobj" and by.lower_ == "by" and by.dep_ in OTHER_ACT["by_deps"] and by.head.pos_ == "VERB":
        return by.head
    return None


def other_act(q: Question, doc: Any, start: int, end: int) -> str | None:
    """The verb of another act the answer at ``start``–``end`` is the agent of, when the sentence ``doc`` states
    no form of the question's predicate (who-questions); else None."""
    predicate = q.predicate
    if q.type != "who" or not predicate or _forms(predicate) & OTHER_ACT["light"]:
        return None
    verb = governing_verb(doc, start, end)
    if verb is None:
        return None
    asked = _forms(predicate) | frozenset(related(predicate, "v"))
    if any(_forms(t.text) & asked for t in doc):
        return None  # the asked act is stated (or a relative of it): the parse decides elsewhere
    if _forms(verb.text) & asked or predicate in related(verb.text.lower(), "v"):
        return None
    own, other = _classes(predicate), _classes(verb.text)
    if not own or not other or own & other:
        return None  # an unknown verb, or one that may state the same kind of act
    return verb.text
