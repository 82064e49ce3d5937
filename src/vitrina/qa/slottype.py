"""Does the answer's type fit the slot the question asks? (round 43 red team D5)

An answer of the wrong type is withheld rather than shown:

* "What chemical / substance / fuel …?": the asked noun's most frequent WordNet sense is a kind of matter
  (``SLOT_TYPES["matter"]``); a name the store holds as a person, an organization, a place or a group (a
  company named for its chemicals) is no substance.
* "When will X reopen?": a question asking when an act still to come happens (a future auxiliary of lexicon
  ``future_auxiliaries`` before its subject); a date whose clause's verb is another act, told in the past tense,
  is no time of that act ("killed three workers in March" is no reopening).
* "What was the value / cost / number of X?": the copula's noun is a measure by its most frequent WordNet sense
  (``SLOT_TYPES["measure"]``); a name the store holds as a person or an organization is no amount (round 53 red
  team D6: a register row's occupier given for the row's value).
"""

from __future__ import annotations

import re
from typing import Any

from vitrina import lexicon
from vitrina.qa.lexical import base_forms, lineage, wordnet
from vitrina.qa.question import Question

# The WordNet synsets and entity types of the type checks, in one table.
SLOT_TYPES: dict[str, Any] = {
    "matter": frozenset({"matter.n.03"}),  # substance, chemical, fuel, material, food: physical stuff
    "not_matter": frozenset({"person", "organization", "place", "group"}),  # entity types that are no stuff
    "past_tags": frozenset({"VBD", "VBN"}),  # a verb told in the past (Penn tags)
    "measure": frozenset({"quantity.n.03", "magnitude.n.01", "magnitude_relation.n.01", "measure.n.02",
                          "monetary_value.n.01", "possession.n.02"}),  # value, number, rate, amount, price, cost, fee
    "not_measure": frozenset({"person", "organization"}),  # entity types that are no amount
    "copula_nouns": frozenset({"nsubj", "attr"}),  # the noun "What was the N …?" asks for, by its dependency
    "name_share": 0.5,  # the share of an answer's characters a name covers for the answer to be that name
}
_WH_WHEN = re.compile(r"^\s*when\s+(\S+)\s", re.I)


def asks_matter(noun: str | None) -> bool:
    """Whether the asked noun's most frequent sense is a kind of matter ("chemical", "fuel", "substance")."""
    wn = wordnet()
    if not noun or wn is None:
        return False
    senses = wn.synsets(noun.replace(" ", "_"), "n")
    return bool(senses) and bool({s.name() for s in lineage(senses[0])} & SLOT_TYPES["matter"])


def mistyped_name(q: Question, entity_types: set[str]) -> bool:
    """A name of one of ``entity_types`` answering a question that asks for a kind of matter."""
    return q.type in ("what", "which") and bool(entity_types & SLOT_TYPES["not_matter"]) and asks_matter(q.head)


def asked_measure(q: Question, doc: Any) -> str | None:
    """The noun of "What was the N (of X)?" when its most frequent sense is a measure (value, number, cost), or
    None: the copula's nominal argument beside the wh-word, in the question's parse ``doc``."""
    wn = wordnet()
    if q.type not in ("what", "which") or wn is None:
        return None
    for t in doc:
        if t.pos_ == "NOUN" and t.dep_ in SLOT_TYPES["copula_nouns"] and t.head.lemma_ == "be" \
                and any(c.dep_ in SLOT_TYPES["copula_nouns"] and c.lower_ in ("what", "which") for c in t.head.children):
            senses = wn.synsets(t.lemma_.lower(), "n")
            if senses and {x.name() for x in lineage(senses[0])} & SLOT_TYPES["measure"]:
                return t.lemma_.lower()
    return None


def mistyped_amount(q: Question, doc: Any, entity_types: set[str]) -> bool:
    """A name of a person or organization answering "What was the N …?" where N is a measure."""
    return bool(entity_types & SLOT_TYPES["not_measure"]) and asked_measure(q, doc) is not None


def asks_future(q: Question) -> bool:
    """ "When will …?": a when-question whose auxiliary is one of the future (lexicon ``future_auxiliaries``)."""
    found = _WH_WHEN.match(q.text)
    return q.type == "when" and found is not None and found.group(1).lower() in lexicon.words("future_auxiliaries")


def past_other_act(doc: Any, start: int, end: int, q: Question) -> bool:
    """Whether the characters ``start``–``end`` of the parsed sentence ``doc`` are governed by a verb in the
    past tense that is not the asked act (its lemma not among the forms of the asked predicate and the
    question's words)."""
    token = next((t for t in doc if t.idx < end and start < t.idx + len(t.text)), None)
    while token is not None and not token.tag_.startswith("VB") and token.head.i != token.i:
        token = token.head
    if token is None or not token.tag_.startswith("VB"):
        return False
    # the asked act: the predicate, or any word of the question (a parse may take "works reopen" for a noun)
    own = {b for w in [*([q.predicate] if q.predicate else []), *q.content] for b in {w, *base_forms(w)}}
    return token.tag_ in SLOT_TYPES["past_tags"] and not ({token.lemma_.lower()} | base_forms(token.text)) & own
