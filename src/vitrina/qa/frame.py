"""Round 47 (helper asksent, issue #12): how well a sentence answers the question as a whole, read off both parses.

The question's predicate-argument frame — its asked verb, the question's own words on the doer's side, the
undergoer's side and in prepositional phrases, and the slot it asks — is aligned with each word of a candidate
sentence that stands for the asked act (``anchors``: qa/structure.py's alignment through WordNet derivations,
synonyms and hypernyms). A sentence scores high when one such word has the question's participants in the same
roles and an argument in the asked role whose form suits the asked kind; it scores low when it merely shares words
(the participants elsewhere in the sentence, or on the other side of the act: "Y defeated X" for "Whom did X
defeat?"). ``sentence_frame`` is the share in [0, 1]; the ranker reads it against the other examined sentences
(qa/rank.py ``holds_frame`` and its ``alone_`` / ``over_best_`` forms).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from vitrina.qa.lexical import base_forms, fold
from vitrina.qa.parse import parse
from vitrina.qa.spans import ROLES, form_fits, slot_match
from vitrina.qa.weights import FRAME

WH_TAGS = frozenset({"WP", "WP$", "WDT", "WRB"})
PARTICIPANT_POS = frozenset({"NOUN", "PROPN", "NUM"})
# which side of an act a dependent stands on (a passive's subject undergoes; the "by" phrase acts)
DOER_DEPS = frozenset({"nsubj", "csubj", "agent"})
UNDERGOER_DEPS = frozenset({"dobj", "dative", "nsubjpass"})
SIDES = ("doer", "undergoer", "oblique")
OPPOSITE = {"doer": "undergoer", "undergoer": "doer"}


@dataclass(frozen=True)
class Frame:
    """The question's participants by the side of its act they stand on (folded words)."""

    participants: tuple[tuple[str, str], ...]  # (word, side)


def dependents(word: Any) -> list[Any]:
    """A word's dependents, with the subject it shares with the verb it is joined to when it has none of its
    own ("X sided … and proclaimed")."""
    children = list(word.children)
    if word.dep_ in ("conj", "xcomp") and not any(c.dep_.startswith("nsubj") for c in children):
        children += [c for c in word.head.children if c.dep_.startswith("nsubj")]
    return children


def side_of(child: Any, noun_act: bool) -> str | None:
    """The side of its act a dependent stands on: doer, undergoer or oblique (None: no participant). An act
    named by a noun has its doer as possessor or "by" phrase and its undergoer as "of" phrase ("X's defeat of Y")."""
    label = child.dep_
    if label in DOER_DEPS or noun_act and label == "poss":
        return "doer"
    if label in UNDERGOER_DEPS:
        return "undergoer"
    if label == "prep":
        word = child.lower_
        if noun_act and word == "by":
            return "doer"
        if noun_act and word == "of":
            return "undergoer"
        return "oblique"
    return None


NESTED_DEPS = frozenset({"prep", "relcl", "acl", "advcl", "ccomp", "xcomp", "punct", "cc"})  # not the phrase's own


def phrase(child: Any) -> list[Any]:
    """The words of a dependent's own phrase: its head with its compounds, modifiers, appositions and
    conjuncts, not a phrase nested in it ("a school near the guild" is a school, not the guild); a preposition's
    phrase is its object's."""
    if child.dep_ in ("prep", "agent"):
        objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
        return [t for o in objects for t in phrase(o)]
    out = [child]
    for c in child.children:
        if c.dep_ not in NESTED_DEPS:
            out += phrase(c)
    return out


def _asking(tokens: list[Any]) -> bool:
    return any(t.tag_ in WH_TAGS for t in tokens)


@lru_cache(maxsize=2048)
def _question_frame(text: str, predicate: str, passive: bool, head: str,
                    skip: frozenset[str]) -> Frame | None:
    doc = parse(text)
    verbs = [t for t in doc if fold(t.lemma_) == predicate or fold(t.text) == predicate]
    if not verbs:
        return None
    verb = next((t for t in verbs if t.pos_ in ("VERB", "AUX")), verbs[0])
    # "did the fleet defeat": a bare verb the tagger took for a noun keeps its do-support; its subject was read as
    # the noun's compounds
    supported = verb.pos_ == "NOUN" and any(c.dep_ == "aux" and c.lemma_ == "do" for c in verb.children)
    noun_act = verb.pos_ == "NOUN" and not supported
    found: dict[str, str] = {}
    for child in dependents(verb):
        side = "doer" if supported and child.dep_ == "compound" else side_of(child, noun_act)
        if side is None:
            continue
        if passive and side == "oblique" and child.lower_ == "by":
            side = "doer"  # "Whom was X appointed by?" (the parser may leave the passive's "by" a plain prep)
        tokens = phrase(child)
        if _asking(list(child.subtree)):
            continue  # the asked phrase ("which ship"): it describes the answer, it is no participant
        for t in tokens:
            word = fold(t.text)
            if t.pos_ in PARTICIPANT_POS and not t.is_stop and word != head and word not in skip:
                found.setdefault(word, side)
    return Frame(tuple(found.items()))


def question_frame(q: Any) -> Frame | None:
    """The question's frame, or None when its predicate is not one of its words (no verb asked)."""
    if not q.predicate:
        return None
    skip = frozenset(set(q.background) | set(q.light) | {q.predicate})
    return _question_frame(q.text, q.predicate, bool(q.passive), q.head or "", skip)


def _holds(tokens: list[Any], word: str) -> bool:
    forms = base_forms(word)
    return any(fold(t.text) == word or forms & base_forms(t.text) for t in tokens)


def act_sides(anchor: Any) -> dict[str, list[Any]]:
    """The words on each side of a sentence's word standing for the asked act. A relative clause's act has its
    noun on the side its relative pronoun stands on ("the envoy who signed"), a participle's on the undergoer's
    ("the ship seized by X")."""
    noun_act = anchor.pos_ in ("NOUN", "PROPN")
    sides: dict[str, list[Any]] = {side: [] for side in SIDES}
    for child in dependents(anchor):
        side = side_of(child, noun_act)
        if side is not None:
            sides[side] += phrase(child)
    if anchor.dep_ == "relcl":
        pronoun = next((c for c in anchor.children if c.tag_ in WH_TAGS or c.lower_ == "that"), None)
        side = side_of(pronoun, False) if pronoun is not None else None
        if side is not None:
            sides[side] += [anchor.head, *(c for c in anchor.head.children if c.dep_ in ("compound", "amod"))]
    elif anchor.dep_ == "acl" and anchor.tag_ == "VBN":
        sides["undergoer"] += [anchor.head, *(c for c in anchor.head.children if c.dep_ == "compound")]
    return sides


def slot_filled(anchor: Any, q: Any, participants: set[str]) -> bool:
    """The act's word has a dependent in a role that fills the asked slot, whose words suit the asked kind and
    are not the question's own ("When did X sign?": a date phrase on the signing)."""
    for child in dependents(anchor):
        label, prep, target = child.dep_, None, child
        if label in ("prep", "agent"):
            prep = child.lower_ if label == "prep" else None
            target = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
            if target is None:
                continue
        role = ROLES.get(label)
        if role is None or not slot_match(role, prep, q):
            continue
        tokens = list(target.subtree)
        if tokens and form_fits(tokens, role, q) and not any(fold(t.text) in participants for t in tokens
                                                             if t.pos_ in PARTICIPANT_POS):
            return True
    return False


def anchor_frame(anchor: Any, doc: Any, frame: Frame, q: Any) -> float:
    """The question's frame against one word standing for its act: each participant counts 1 on its own side,
    FRAME["elsewhere"] anywhere else in the sentence but the opposite side (0 there: the roles reversed); the
    asked slot counts 1 when filled in its role. The share of what the frame holds."""
    sides = act_sides(anchor)
    arguments = [t for side in SIDES for t in sides[side]]
    total = 0.0
    for word, side in frame.participants:
        if side == "oblique":
            total += 1.0 if _holds(arguments, word) else FRAME["elsewhere"] * _holds(list(doc), word)
        elif _holds(sides[side], word):
            total += 1.0
        elif not _holds(sides[OPPOSITE[side]], word) and _holds(list(doc), word):
            total += FRAME["elsewhere"]
    participants = {word for word, _side in frame.participants}
    total += FRAME["slot"] * slot_filled(anchor, q, participants)
    return total / (len(frame.participants) + FRAME["slot"])


def sentence_frame(parsed: tuple[Any, frozenset[int]] | None, q: Any) -> float:
    """How well the sentence answers the question as a whole (see the module): the best of its act's words, 0
    when none stands for the asked act, 1 when the question has no frame (every sentence alike)."""
    frame = question_frame(q)
    if frame is None:
        return 1.0
    if parsed is None:
        return 0.0
    doc, anchors = parsed
    return max((anchor_frame(doc[i], doc, frame, q) for i in anchors), default=0.0)
