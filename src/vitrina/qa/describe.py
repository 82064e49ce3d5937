"""Descriptions for names: "the British prime minister" stands for the people the exhibit calls so.

A question often names a person by a description ("What did the British prime minister hope for?",
"Whom did Taft's envoy meet?") where the sentence that states the answer gives the name ("Churchill hoped …").
The build stores, for each person, the roles the texts give them with where ("British Prime Minister Winston
Churchill": prime minister, in that sentence). Here a definite description of the question — "the" or a
possessor, lower-case modifiers and a person noun, with capitalised qualifiers ("British", "Soviet", "Taft's") —
is resolved to the people holding a role that is the description's noun or a kind of it (WordNet: "premier" for
"prime minister", "ambassador" for "diplomat"), where the role's own noun phrase in the text names each qualifier
under one of its names (the country of a demonym, a capital's government, an entity's aliases). Their names are searched and counted for the description's words at
``DESCRIBED["credit"]``, below the words themselves and below another name of a name. A description the
question asks ("Who was the Soviet leader …?") is not resolved: its holder is the answer.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from vitrina.qa.lexical import category, kind_of
from vitrina.qa.names import country_of_capital, equivalents
from vitrina.qa.parse import parse
from vitrina.qa.question import COPULAS
from vitrina.qa.retrieve import Alias, _PerContent
from vitrina.qa.text import STOPWORDS, demonyms, fold, places_of
from vitrina.qa.weights import DESCRIBED
from vitrina.store.read import KnowledgeBase

if TYPE_CHECKING:
    from spacy.tokens import Token

WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class Description:
    """A definite description of the question: its folded words, its role noun and its qualifiers."""

    words: tuple[str, ...]  # "british", "prime", "minister"
    role: str  # "prime minister"
    qualifiers: tuple[str, ...]  # "British" (as written)


@dataclass(frozen=True)
class Holding:
    """One role span of one person: the role and the words of its noun phrase before it."""

    names: tuple[str, ...]
    role: str
    before: tuple[str, ...]


def descriptions(question: str) -> list[Description]:
    """The definite descriptions of persons in ``question`` (never the one it asks)."""
    doc = parse(question)
    out = []
    for token in doc:
        if token.pos_ != "NOUN" or _asked(token) or token.dep_ in ("compound", "amod") and (
                token.head.pos_ != "NOUN" or category(token.head.lemma_) == "person"):
            continue  # "prime" of "prime minister" is no head; "the Soviet leader demand" (misparsed) is one
        found = _description(token)
        if found is not None:
            out.append(found)
    return out


def _asked(token: Token) -> bool:
    """The noun is the question's own asked thing or a name's apposition: "which envoy", a side of "Who was …"
    (a linking verb), "Who served as …", "appointed the …", "the name of …", "Name the …", "X, the …"."""
    if any(c.tag_ in ("WDT", "WP", "WP$") for c in token.children):
        return True
    if token.head.lemma_ in COPULAS and any(t.tag_ in ("WP", "WDT") for t in token.head.children):
        return True
    if token.dep_ in ("attr", "oprd", "appos") or token.dep_ == "pobj" and token.head.lower_ == "as":
        return True
    if token.dep_ == "dobj" and token.head.i == 0 and token.head.tag_ == "VB":  # "Name the envoy who …"
        return True
    return token.dep_ == "pobj" and token.head.lower_ == "of" and kind_of(token.head.head.lemma_, "name")


def _description(noun: Token) -> Description | None:
    """The description headed by ``noun`` when it is definite and names a person."""
    left = [t for t in noun.lefts if t.dep_ in ("det", "poss", "amod", "compound", "nmod")]
    if noun.dep_ == "compound":  # the determiner of a misparsed compound hangs on the next noun
        left = [t for t in noun.head.lefts if t.dep_ in ("det", "poss") and t.i < noun.i] + left
    definite = any(t.dep_ == "det" and t.lower_ == "the" for t in left)
    possessors = [t for t in left if t.dep_ == "poss" and t.text[:1].isupper()]
    if not definite and not possessors:
        return None
    modifiers = [t for t in noun.lefts if t.dep_ in ("amod", "compound", "nmod") and t.i > max(
        [p.i for p in possessors] + [d.i for d in left if d.dep_ == "det"], default=-1)]
    lower = [t.lower_ for t in modifiers if not t.text[:1].isupper()]
    role = next((" ".join([*lower[k:], noun.lower_]) for k in range(len(lower) + 1)
                 if category(" ".join([*lower[k:], noun.lemma_.lower()])) == "person"), None)
    if role is None:
        return None
    qualifiers = [t.text for t in modifiers if t.text[:1].isupper()] + [p.text for p in possessors]
    if not qualifiers:
        return None  # "the president": every president of the exhibit
    words = tuple(fold(w) for t in [*possessors, *modifiers, noun] for w in WORD.findall(t.text))
    return Description(words, role, tuple(qualifiers))


def holdings(kb: KnowledgeBase) -> list[Holding]:
    """Every role span of a person the build stored, with its sentence's words (cached per content)."""
    key = kb.content_key()
    cached: list[Holding] | None = _HOLDINGS.get(key)
    if cached is not None:
        return cached
    out = []
    for name, aliases, role, start, _end, text, sentence_start in kb.role_sentences():
        try:
            others = [a for a in json.loads(aliases or "[]") if isinstance(a, str)]
        except ValueError:
            others = []
        out.append(Holding((name, *others), role, phrase_before(text[:max(0, start - sentence_start)])))
    _HOLDINGS.put(key, out)
    return out


def phrase_before(text: str) -> tuple[str, ...]:
    """The folded words of the noun phrase that ends ``text``, at most ``DESCRIBED["context"]`` ("… met British
    Prime Minister": british; "Roosevelt's Secretary of State": roosevelt, s): back to a punctuation mark or a
    stop word other than "the" and a possessive "s"."""
    out: list[str] = []
    for token in reversed(TOKEN.findall(text)):
        if token in ".'’":  # "U.S.", "Roosevelt's"
            continue
        word = fold(token)
        if not WORD.fullmatch(token) or word in STOPWORDS and word not in ("the", "s"):
            break
        out.insert(0, word)
        if len(out) >= DESCRIBED["context"]:
            break
    return tuple(out)


TOKEN = re.compile(r"[^\W_]+|[^\w\s]")
_HOLDINGS = _PerContent(2)  # content key -> the role spans (holdings), shared by a server's threads


def qualifier_forms(kb: KnowledgeBase, qualifier: str) -> list[tuple[str, ...]]:
    """The folded word sequences that name a qualifier: itself, the places a demonym pertains to, a capital's
    country, their other names and demonyms ("British": Britain, Great Britain, United Kingdom, …)."""
    names = {qualifier, *places_of(qualifier)}
    if country := country_of_capital(qualifier):
        names.add(country)
    for name in list(names):
        names |= equivalents(kb, name)
    forms = {tuple(fold(w) for w in WORD.findall(n)) for n in names}
    for name in list(names):
        forms |= {tuple(d.split()) for d in demonyms(name)}
    return sorted(f for f in forms if f)


def _holds(words: tuple[str, ...], forms: list[tuple[str, ...]]) -> bool:
    """One of ``forms`` stands in ``words`` as a run."""
    return any(tuple(words[i:i + len(f)]) == f for f in forms for i in range(len(words) - len(f) + 1))


def resolve(kb: KnowledgeBase, description: Description) -> list[tuple[str, ...]]:
    """The names (name and aliases) of the people the exhibit describes so, most role spans first."""
    forms = [qualifier_forms(kb, q) for q in description.qualifiers]
    counts: Counter[tuple[str, ...]] = Counter()
    for held in holdings(kb):
        if not (held.role == description.role or kind_of(held.role, description.role)):
            continue
        own = {tuple(fold(w) for w in WORD.findall(n)) for n in held.names}
        if all(_holds(held.before, f) and not own & set(f) for f in forms):  # not Carter as "Carter's envoy"
            counts[held.names] += 1
    return [names for names, _n in counts.most_common(int(DESCRIBED["most"]))]


def described(kb: KnowledgeBase, question: str) -> list[Alias]:
    """For each description of the question that the exhibit resolves, its words and its people's names' words."""
    out: list[Alias] = []
    for description in descriptions(question):
        people = resolve(kb, description)
        variants = sorted({tuple(fold(w) for w in WORD.findall(n)) for names in people for n in names} - {()})
        if variants:
            out.append((description.words, variants))
    return out
