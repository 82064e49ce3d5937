"""Round 57 red team D7: "What was X's maiden name?" answered from the sentence that states the name X bore before.

A question asks a former name when its noun "name" is modified by a word of ``lexicon/former_name_modifiers.txt``
("maiden", "birth") and names its bearer (a possessor, "X's maiden name", or an "of" phrase, "the maiden name of X").
A stored sentence holding the bearer's surname states the former name

* after a word of ``lexicon/maiden_name_marks.txt`` that follows the bearer's name ("X (née Y)", "X, born Y Z"): the
  capitalised words after it (a place a "born" introduces, "born Exeter", is a birthplace: its entity type tells), or
* as the complement of a copular clause of the bearer dated before a marriage ("X, who before her marriage … was
  Miss Y Z"): a "before" phrase whose noun has a WordNet sense under ``marriage.n.01`` or is it.

Nothing outside the collection is read; the reading runs only when ask found no answer (ask._former_name_stated).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from vitrina import lexicon
from vitrina.qa.lexical import fold, wordnet
from vitrina.qa.parse import parse
from vitrina.qa.weights import FORMER_NAME

MARRIAGE = "marriage.n.01"  # WordNet: "the state of being a married couple voluntarily joined for life"
CAPITALISED = r"[A-Z][^\W\d_]*(?:[’'-][A-Z]?[^\W\d_]+)?"


@dataclass(frozen=True)
class Stated:
    """A former name as written in ``sentence`` (characters ``start``–``end`` of its text)."""

    name: str
    start: int
    end: int
    sentence: Any


def asked_bearer(question: str) -> tuple[str, ...] | None:
    """The folded words of the name whose former name the question asks, in order, or None."""
    modifiers = set(lexicon.words("former_name_modifiers"))
    for token in parse(question):
        if token.lemma_.lower() != "name" or not any(c.lower_ in modifiers for c in token.children
                                                     if c.dep_ in ("amod", "compound")):
            continue
        bearer = next((c for c in token.children if c.dep_ == "poss"), None)
        if bearer is None:
            bearer = next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                           if g.dep_ == "pobj"), None)
        if bearer is not None and bearer.pos_ == "PROPN":
            words = _with_compounds(bearer)
            return tuple(fold(t.text.rstrip(".")) for t in words if t.text.rstrip(".").isalpha())
    return None


def _with_compounds(head: Any) -> list[Any]:
    """A name's head with the words compounded on it ("Mary" "Ann" "Dunlop"), in order."""
    return sorted([head, *(c for c in head.children if c.dep_ in ("compound", "flat"))], key=lambda t: t.i)


@lru_cache(maxsize=1)
def _marked() -> re.Pattern[str]:
    marks = "|".join(sorted(map(re.escape, lexicon.words("maiden_name_marks")), key=len, reverse=True))
    return re.compile(rf"\s*[,(]?\s*(?:{marks})\s+({CAPITALISED}(?:\s+{CAPITALISED}){{0,2}})")


def other_given_name(before: str, bearer: tuple[str, ...]) -> bool:
    """Whether the capitalised words written right before the bearer's surname hold a given name the question's
    bearer lacks ("Amos Marsh" asked, "Ottilie Marsh" written): another person of the surname. Abbreviations and
    initials ("Mrs.", "E.") tell nothing; a bearer named by the surname alone has no given name to miss."""
    given = set(bearer[:-1])
    run = re.search(r"((?:[A-Z][^\W\d_]*\.?\s+){1,3})$", before)
    if not given or run is None:
        return False
    return any(fold(w) not in given for w in run.group(1).split() if not w.endswith(".") and len(w) > 1)


def _after_mark(text: str, bearer: tuple[str, ...]) -> tuple[int, int] | None:
    """The span of the name after a maiden-name mark right after the bearer's surname (written with the bearer's
    given name, if any)."""
    for m in re.finditer(rf"\b{re.escape(bearer[-1])}\b", text, re.IGNORECASE):
        after = _marked().match(text, m.end())
        if after is not None and not other_given_name(text[:m.start()], bearer):
            return after.start(1), after.end(1)
    return None


@lru_cache(maxsize=256)
def _of_marriage(word: str) -> bool:
    wn = wordnet()
    if wn is None:
        return False
    return any(s.name() == MARRIAGE or any(h.name() == MARRIAGE for h in s.hypernyms())
               for s in wn.synsets(word, "n")[: int(FORMER_NAME["senses"])])


def _before_marriage(text: str, bearer: tuple[str, ...]) -> tuple[int, int] | None:
    """The span of the complement of a copular clause dated before a marriage whose subject (or, for "who", the
    noun the relative clause hangs from) names the bearer's surname."""
    for verb in parse(text):
        if verb.lemma_ != "be" and verb.lower_ not in ("was", "were", "is"):
            continue
        if not any(c.dep_ == "prep" and c.lower_ == "before" and any(g.dep_ == "pobj" and _of_marriage(g.lemma_.lower()
                   or g.lower_) for g in c.children) for c in verb.children):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        holder = verb.head if subject is not None and subject.lower_ in ("who", "she", "he") else subject
        attr = next((c for c in verb.children if c.dep_ == "attr" and c.pos_ == "PROPN"), None)
        if holder is None or attr is None or bearer[-1] not in {fold(t.text) for t in holder.subtree}:
            continue
        if other_given_name(text[holder.left_edge.idx:holder.idx] + " ", bearer):
            continue
        words = _with_compounds(attr)
        return words[0].idx, words[-1].idx + len(words[-1].text)
    return None


def stated_former_name(kb: Any, bearer: tuple[str, ...]) -> Stated | None:
    """The former name of the bearer a stored sentence states (the sentences holding the surname, those holding
    more of the bearer's words first), or None. A name the knowledge base types as a place is none."""
    surname = bearer[-1]
    hits = kb.ranked_sentences(f'"{surname}"', int(FORMER_NAME["hits"]))
    held = [(sum(w in {fold(x) for x in re.findall(r"[^\W\d_]+", h["text"])} for w in bearer), i, h)
            for i, h in enumerate(hits)]
    for _count, _i, hit in sorted(held, key=lambda x: (-x[0], x[1])):
        text = hit["text"]
        span = _after_mark(text, bearer) or _before_marriage(text, bearer)
        if span is None:
            continue
        name = text[span[0]:span[1]]
        if any(e.get("type") == "place" for e in kb.entities_named(name)):
            continue
        row = next((s for s in kb.sentences(hit["document"]) if s.start == hit["start"]), None)
        if row is not None:
            return Stated(name, span[0], span[1], row)
    return None
