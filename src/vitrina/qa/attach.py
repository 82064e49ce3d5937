"""Round 40 (red team D1, D3): what a value in a sentence is said of, read from the sentence's dependency parse.

A sentence may give several values of one kind, each of its own entity or its own event: "locks at A (four locks)
and at B (eight locks)", "left A on the 22nd and arrived at B on the 29th". A value answers a question only about
the entity or the event it is attached to:

* ``attached_elsewhere``: a count in a parenthesis on a noun ("A (four locks)", spaCy's ``appos``) is said of that
  noun — the nearest governing noun and the nouns it hangs from through prepositions, never across a coordination
  ("… at A (four) and at B (eight)": B's count is not A's). When the question's participants are in the sentence but
  none in the noun the count is attached to, the count belongs to a sibling and does not answer.
* ``other_event``: a value whose clause does not hold the word aligned with the question's predicate, while
  another clause of the same sentence does, is the value of another event of that sentence ("left … on D1 and
  arrived … on D2" asked when it arrived): it is not a rival answer to the asked event. A clause on the value
  itself is the value's event ("until 1994, when it reopened").
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from vitrina.qa.answerable import clause_words, present_share
from vitrina.qa.rank import head_token

# the links from a number up to the noun it counts ("four" -> "locks")
COUNTED = frozenset({"nummod", "quantmod", "compound", "amod", "det"})
# a noun phrase set beside a noun, as a parenthesis is ("A (four locks)")
APPOSED = frozenset({"appos"})
# the links a noun phrase keeps with the noun it hangs from ("the gallery at B": B -> at -> gallery)
HANGING = frozenset({"pobj", "prep", "compound", "flat", "poss"})
# the words of a noun's own name or description ("the Ottawa entrance": Ottawa)
NOUN_PARTS = frozenset({"compound", "flat", "amod", "poss", "nmod"})
NOUNS = frozenset({"NOUN", "PROPN"})


def attached_elsewhere(parsed: tuple[Any, frozenset[int]] | None, start: int, end: int,
                       participants: Collection[str]) -> bool:
    """True when the value between ``start`` and ``end`` (sentence offsets) is a parenthesis on a noun that holds
    none of the question's ``participants`` (folded words) while the sentence holds some of them elsewhere."""
    token = head_token(parsed, start, end)
    if token is None or parsed is None or not participants:
        return False
    while token.dep_ in COUNTED and token.head.i != token.i:
        token = token.head
    if token.dep_ not in APPOSED or token.head.pos_ not in NOUNS:
        return False
    anchor = _noun_words(token.head, token)
    wanted = frozenset(participants)
    if present_share(wanted, anchor) > 0:
        return False
    others = [w for w in parsed[0] if w.i not in {a.i for a in anchor} and w.i not in {t.i for t in token.subtree}]
    return present_share(wanted, others) > 0


def _noun_words(noun: Any, apposed: Any) -> list[Any]:
    """The words of ``noun``'s own phrase (its name parts, ``apposed``'s parenthesis left out) and of the nouns it
    hangs from through prepositions, up to a verb or a coordination."""
    words: list[Any] = []
    current = noun
    while True:
        if current.pos_ in NOUNS:
            words += [current, *(w for c in current.children if c.dep_ in NOUN_PARTS and c.i != apposed.i
                                 for w in c.subtree)]
        if current.dep_ not in HANGING or current.head.i == current.i or current.head.pos_ in ("VERB", "AUX"):
            return words
        current = current.head


def other_event(parsed: tuple[Any, frozenset[int]] | None, aligned: bool, start: int, end: int) -> bool:
    """True when the sentence holds a word aligned with the question's predicate (``aligned``; its indices are
    ``parsed[1]``) and neither the clause of the value between ``start`` and ``end`` nor a clause on the value itself
    ("until 1994, when it reopened": the reopening's date) holds any of them."""
    if not aligned or parsed is None:
        return False
    token = head_token(parsed, start, end)
    if token is None:
        return False
    own = {w.i for w in clause_words(token)} | {w.i for w in token.subtree}  # "until 1994, when it reopened"
    return not parsed[1] & own
