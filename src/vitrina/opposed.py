"""Opposite outcomes of one act told in two short clauses, aligned by their parse.

"Congress approved the extra funds" / "In the end, Congress rejected the President's request for additional
funds"; "the jury convicted him of treason" / "he was acquitted of treason". The outcome comparison of
``vitrina.polarity`` needs two sentences retold word for word (most of their content words aligned): a short
clause inside sentences that otherwise differ never gets there. Here the *clause* is aligned instead:

* two sentences of two documents meet when both name one thing of the knowledge base (one entity id) and
  one writes a verb whose WordNet opposite (``opposite_words``) the other writes (blocking key: the entity id
  and the verb's base form);
* both are parsed; a predicate of each (a verb, not a phase of an event: "began" / "ended" tell two acts) is
  **incompatible** with the other's by WordNet — a direct antonym (convict / acquit, win / lose), a verb
  sharing a sense with an antonym (approve / disapprove, a sense of "reject"), or an antonym of a sense one
  hypernym or entailment step above (welcome → accept / refuse, a sense of "reject"); neither or both of the
  two negated (a negation turns an outcome round once more);
* their arguments are aligned by role (the doer: an active subject or a passive's agent; the thing done to:
  an object or a passive subject; each preposition's object), each read as the entity ids of the knowledge
  base's names in it and its nouns' base forms. A role is *aligned* when both fill it with a shared id
  or word, *apart* when both fill it with names of the knowledge base and none in common, or with content words
  and no id or word in common; a pronoun leaves its role unknown. The two clauses tell one act turned round
  when ``min_aligned`` roles or more are aligned and at most ``max_apart`` are apart.

Each pair found is a comparison of kind "outcome" (the two predicates as its statements), a contradiction.
Both sentences writing years and none in common tell two acts of two times, and are left apart.

Round 40: measured, **not in the pipeline** (``compare.compare`` does not call ``opposed_comparisons``): on the
database of every pair set's panels, the thresholds ``bench/fit_opposed.py`` chooses leave one set out find 1-2 more
annotated contradictions of 1,155 while adding 13 (``min_aligned`` 2) to 3,070 (1, one role apart) contradictions between the
essays, all but one read false (two acts of one country's history, not one act turned round: docs/compare.md
"Round 40").
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from vitrina import polarity
from vitrina.store import read

if TYPE_CHECKING:
    from vitrina.compare import Capped, Comparison

__all__ = ["OPPOSED", "OpposedWeights", "arguments", "incompatible", "opposed", "opposed_comparisons",
           "opposite_words"]


@dataclass(frozen=True)
class OpposedWeights:
    """The thresholds of the clause alignment (chosen leave one annotated set out by ``bench/fit_opposed.py``;
    see docs/compare.md "Round 40")."""

    # Frequent WordNet senses of a verb read for its opposites (a verb's rare senses oppose almost anything).
    senses: int = 3
    # Hypernym or entailment steps above a sense whose antonyms still oppose it (welcome → accept / refuse).
    steps: int = 1
    # Roles both clauses fill with a shared id or word: the evidence that they tell one act.
    min_aligned: int = 2
    # Roles both fill with nothing in common: another act (another thing approved, another doer).
    max_apart: int = 0
    # Sentences sharing one key at most this many: a name and a verb every document writes pair nothing.
    max_block: int = 60
    # Types of the knowledge base's names that key a sentence and fill roles.
    named_types: tuple[str, ...] = ("person", "organization", "place", "vessel", "other")


OPPOSED = OpposedWeights()

# Dependency labels of a clause's arguments, by role.
_DOER = frozenset({"nsubj", "csubj"})
_DONE_TO = frozenset({"dobj", "nsubjpass", "csubjpass", "attr"})
_PRONOUNS = frozenset({"PRON"})
_NOUNS = frozenset({"NOUN", "PROPN"})


def _reach(word: str, w: OpposedWeights) -> list[Any]:
    """A verb's frequent WordNet senses (by its base forms) and the senses up to ``steps`` hypernym or
    entailment steps above them."""
    from vitrina.qa.lexical import base_forms, wordnet

    wn = wordnet()
    if wn is None:
        return []
    senses = [s for form in sorted(base_forms(word)) for s in wn.synsets(form, "v")[:w.senses]]
    reach, frontier = list(senses), list(senses)
    for _step in range(w.steps):
        frontier = [h for s in frontier for h in s.hypernyms() + s.entailments()]
        reach += frontier
    return reach


@lru_cache(maxsize=65536)
def _antonym_lemmas(word: str, weights: OpposedWeights | None = None) -> tuple[Any, ...]:
    """The WordNet antonym lemmas of a verb's senses reached by ``_reach``; none for a phase of an event (begin,
    end: two acts, not one turned round)."""
    from vitrina.qa.lexical import aspectual, wordnet

    w = weights or OPPOSED
    if wordnet() is None or not word.isalpha() or aspectual(word):
        return ()
    return tuple(a for s in _reach(word, w) for lemma in s.lemmas() for a in lemma.antonyms())


def _antonyms(word: str, weights: OpposedWeights | None = None) -> frozenset[str]:
    """The antonyms of a verb (``_antonym_lemmas``' names, lower-cased)."""
    return frozenset(a.name().lower() for a in _antonym_lemmas(word, weights))


def _antonym_senses(word: str, weights: OpposedWeights | None = None) -> frozenset[str]:
    """The senses (synset names) of the antonyms ``_antonyms`` reads: WordNet links antonyms sense to sense,
    so "give" opposes the sense of "take" that is taking, not the sense of "take" that is accepting."""
    return frozenset(a.synset().name() for a in _antonym_lemmas(word, weights))


@lru_cache(maxsize=65536)
def _senses(word: str, weights: OpposedWeights | None = None) -> frozenset[str]:
    """The frequent senses (synset names) of a verb, by its base forms."""
    from vitrina.qa.lexical import base_forms, wordnet

    w = weights or OPPOSED
    wn = wordnet()
    if wn is None or not word.isalpha():
        return frozenset()
    return frozenset(s.name() for form in base_forms(word) for s in wn.synsets(form, "v")[:w.senses])


@lru_cache(maxsize=65536)
def opposite_words(word: str, weights: OpposedWeights | None = None) -> frozenset[str]:
    """Verbs that may state the opposite of a verb (blocking keys, looser than ``incompatible``): its
    antonyms (``_antonyms``) and the words of every frequent sense of each."""
    from vitrina.qa.lexical import base_forms, wordnet

    w = weights or OPPOSED
    wn = wordnet()
    if wn is None:
        return frozenset()
    found = set(_antonyms(word, w))
    for antonym in list(found):
        found |= {lemma.name().lower() for s in wn.synsets(antonym, "v")[:w.senses] for lemma in s.lemmas()}
    return frozenset(found - base_forms(word) - {word})


@lru_cache(maxsize=65536)
def incompatible(x: str, y: str) -> bool:
    """Do two verbs (any form) state opposite outcomes of one act by WordNet: an antonym of one (of its
    frequent senses or one step above, ``_antonym_senses``) is a frequent sense of the other ("reject" in its
    sense of disapproving is the antonym of "approve"), either way; not two forms of one verb, nor a phase of
    an event?"""
    from vitrina.qa.lexical import base_forms

    if (base_forms(x) | {x}) & (base_forms(y) | {y}):
        return False
    return bool(_antonym_senses(x) & _senses(y)) or bool(_antonym_senses(y) & _senses(x))


@dataclass(frozen=True)
class Clause:
    """A predicate of a parsed sentence: its document span, its word, whether it is negated, and its arguments
    by role (each a set of keys: "id:" an entity id, "w:" a content word's base form; None for a pronoun)."""

    span: tuple[int, int]
    word: str
    negated: bool
    roles: dict[str, frozenset[str] | None]


def arguments(text: str, offset: int, names: Sequence[polarity.Name]) -> list[Clause]:
    """The verbal predicates of a sentence (document offset ``offset``) with their arguments by role: "doer"
    (an active subject, a passive's agent), "done to" (an object, a passive subject) and "prep:P" (the object of
    each preposition P hung on the verb). A verb joined to another by "and"/"but" with no subject of its own
    takes the first verb's doer ("yet he signed it and then vetoed it")."""
    from vitrina.negation import negated
    from vitrina.qa.parse import parse_many

    doc = parse_many([text])[0]
    out = []
    for t in doc:
        if t.pos_ != "VERB" or not t.text.isalpha():
            continue
        roles: dict[str, frozenset[str] | None] = {}
        for child in t.children:
            role = _role(child)
            if role is None:
                continue
            head = child if role != "doer" or child.dep_ != "agent" else next(
                (c for c in child.children if c.dep_ == "pobj"), None)
            if child.dep_ == "prep":
                head = next((c for c in child.children if c.dep_ == "pobj"), None)
            if head is not None:
                roles[role] = _keys(head, offset, names)
        if "doer" not in roles and t.dep_ == "conj" and t.head.pos_ == "VERB":
            subject = next((c for c in t.head.children if c.dep_ in _DOER), None)
            if subject is not None:
                roles["doer"] = _keys(subject, offset, names)
        out.append(Clause((offset + t.idx, offset + t.idx + len(t.text)), t.text.lower(), negated(t), roles))
    return out


def _role(child: Any) -> str | None:
    if child.dep_ in _DOER or child.dep_ == "agent":
        return "doer"
    if child.dep_ in _DONE_TO:
        return "done to"
    if child.dep_ == "prep":
        return f"prep:{child.lower_}"
    return None


def _keys(head: Any, offset: int, names: Sequence[polarity.Name]) -> frozenset[str] | None:
    """What fills a role: the entity ids of the names within the argument's words and the base forms of its
    nouns outside them (not its adjectives: "the new bridge" / "the new tax" are two things); None for a
    pronoun (who it stands for is not read here)."""
    from vitrina import compare as c

    if head.pos_ in _PRONOUNS:
        return None
    words = list(head.subtree)
    start, end = offset + words[0].idx, offset + words[-1].idx + len(words[-1].text)
    ids = {f"id:{n[2]}" for n in names if start <= n[0] and n[1] <= end}
    stop = c._stop_words()

    def ids_at(x: Any) -> bool:  # a word of a name: the name's id stands for it
        return any(n[0] <= offset + x.idx < n[1] for n in names)

    bases = {f"w:{polarity._base(x.lower_)}" for x in words if x.pos_ in _NOUNS
             and x.text.isalpha() and len(x.text) >= 3 and x.lower_ not in stop and not ids_at(x)}
    return frozenset(ids | bases)


def aligned(a: Clause, b: Clause) -> tuple[int, int]:
    """The roles two clauses both fill with a shared id or word, and those both fill with nothing in common
    (names of the knowledge base on both sides and none shared count apart even when words are shared)."""
    together = apart = 0
    for role in a.roles.keys() & b.roles.keys():
        x, y = a.roles[role], b.roles[role]
        if not x or not y:
            continue
        ids_x, ids_y = {k for k in x if k.startswith("id:")}, {k for k in y if k.startswith("id:")}
        if ids_x and ids_y and not ids_x & ids_y:
            apart += 1
        elif x & y:
            together += 1
        else:
            apart += 1
    return together, apart


def opposed(a: tuple[str, int], b: tuple[str, int], names: tuple[Sequence[polarity.Name], Sequence[polarity.Name]],
            weights: OpposedWeights | None = None) -> polarity.Turn | None:
    """The two predicates of two sentences (text, document offset) that tell one act with opposite outcomes
    (see the module's text), as a turn of kind "antonym"; None when no two do."""
    w = weights or OPPOSED
    if polarity._years_apart(a[0], b[0]) or not may_oppose(a[0], b[0]):
        return None
    clauses_b = _arguments(*b, tuple(names[1]))
    for x in _arguments(*a, tuple(names[0])):
        for y in clauses_b:
            if x.negated != y.negated or not incompatible(x.word, y.word):
                continue
            together, apart = aligned(x, y)
            if together >= w.min_aligned and apart <= w.max_apart:
                return polarity.Turn("antonym", x.span, y.span)
    return None


def may_oppose(a: str, b: str) -> bool:
    """Do two sentences write two incompatible verbs at all (``incompatible`` on their lower-case words, before
    any parse)?"""
    verbs_b = _verbs_of(b)
    return any(incompatible(x, y) for x in _verbs_of(a) for y in verbs_b)


@lru_cache(maxsize=polarity.BASES_CACHE)
def _verbs_of(text: str) -> frozenset[str]:
    """A sentence's lower-case words that WordNet knows as verbs."""
    return frozenset(t[0] for t in polarity.tokens(text) if t[0].isalpha() and t[0].islower() and _senses(t[0]))


@lru_cache(maxsize=polarity.BASES_CACHE)
def _arguments(text: str, offset: int, names: tuple[polarity.Name, ...]) -> tuple[Clause, ...]:
    """``arguments`` kept per sentence: a sentence meets many others."""
    return tuple(arguments(text, offset, names))


def candidate_pairs(sentences: Sequence[polarity._Sentence], names: dict[str, list[polarity.Name]],
                    weights: OpposedWeights | None = None) -> list[tuple[int, int]]:
    """Pairs of sentences of two documents naming one entity id, one writing a verb the other writes an
    opposite of (``opposite_words``)."""
    w = weights or OPPOSED
    keyed: dict[tuple[str, str], list[int]] = defaultdict(list)
    wanted: dict[int, set[tuple[str, str]]] = defaultdict(set)
    for n, s in enumerate(sentences):
        ids = {x[2] for x in polarity._within(names, s)}
        words = {polarity._base(t[0]) for t in polarity.tokens(s.text) if t[0].isalpha() and t[0].islower()}
        for entity in ids:
            for word in words:
                keyed[(entity, word)].append(n)
                wanted[n] |= {(entity, o) for o in opposite_words(word)}
    found: set[tuple[int, int]] = set()
    for n, keys in wanted.items():
        for key in keys:
            members = keyed.get(key, [])
            if len(members) > w.max_block:
                continue
            for m in members:
                if sentences[m].document != sentences[n].document and sentences[m].text != sentences[n].text:
                    found.add((min(n, m), max(n, m)))
    return sorted(found)


def contradictions(kb: read.KnowledgeBase, weights: OpposedWeights | None = None,
                   capped: Capped | None = None) -> Iterator[tuple[Any, Any, polarity.Turn]]:
    """Each pair of sentences of two documents whose clauses tell one act with opposite outcomes: the two
    statements (``compare.Statement`` of kind "outcome", the two predicates) and the turn."""
    w = weights or OPPOSED
    sentences = list(polarity._sentences(kb, capped))
    names = polarity.names_by_document(kb, w.named_types)
    for i, j in candidate_pairs(sentences, names, w):
        x, y = sentences[i], sentences[j]
        turn = opposed((x.text, x.start), (y.text, y.start), (polarity._within(names, x), polarity._within(names, y)), w)
        if turn is not None:
            yield polarity._statement(x, turn.a), polarity._statement(y, turn.b), turn


def opposed_comparisons(kb: read.KnowledgeBase, capped: Capped | None = None) -> list[Comparison]:
    """Comparisons of kind "outcome": one act told in two clauses with opposite outcomes."""
    from vitrina import compare as c

    out = []
    for sa, sb, _turn in contradictions(kb, capped=capped):
        reason = f"“{sa.text}” / “{sb.text}”: one act told with opposite outcomes (its clauses aligned)"
        out.append(c.Comparison("", "outcome", f"{sa.text} or {sb.text}", (), [sa, sb], "differ",
                                "one act told in two clauses", [{"a": 0, "b": 1, "relation": "differ",
                                                                  "reason": reason}]))
    return out
