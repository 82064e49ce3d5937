"""Clauses told in two documents with no date, amount or quotation to compare.

"The Senate rejected the treaty" / "the treaty was voted down by the Senate"; "A succeeded B as envoy" /
"B's successor, A": much of what two documents tell alike carries no value, so none of the value statements of
``vitrina.compare`` stands for it, and the two sentences were never set side by side. Here a sentence of one
document meets a sentence of another when both name one thing of the knowledge base (one entity id) and write
one content word (blocking key: the entity id and the word's WordNet base form, "signed" meeting "signing"),
and the shorter (``min_words`` content words or more) writes ``min_share`` of its content words in the other.
Two sentences both holding a date, or both an amount, are left to the value comparison (it groups them or keeps
them apart: two acts years apart, a part and a total). Each pair met is scored by a weighted sum of the evidence
that it tells one act (``ClauseWeights``, fitted by logistic regression over the annotated pair sets and judged leave one set out by
``bench/fit_clauses.py``):

* ``names`` — the share of the entity ids of the sentence naming fewer that the other names too;
* ``shared`` — how many ids both name (up to three);
* ``words`` — the share of the shorter sentence's content words (WordNet base forms) the other writes;
* ``rare_words`` — the same by derivation (ratify / ratification), each word weighted by its rareness in
  English (``identity._rare_share``);
* ``similar`` — the sentences' likeness in meaning (``vitrina.semantic`` vectors, rescaled): one act told in
  other words, a predicate's synonym ("rejected" / "voted down") included;
* ``years_apart`` — both write years and none in common (fitted to 0 once sentences holding two dates are left
  to the value comparison).

A pair scoring ``at`` or more is one act told twice (best pair first; a sentence is grouped with one sentence
of each other document): a group of kind "clause" whose two statements are the sentences. Aligned word by word
(``polarity.turns`` with the looser ``verdict_share`` / ``verdict_words`` of this table), the sentences may
differ: another name of one kind or another number (an ordinal too: "the 31st" / "the 32nd") in the same place,
or an outcome turned round (an odd number of antonyms and negations); else two names of one type exchanged around
a word both write (``names_swapped``), or a person, organization or place of one kind each names alone in one
slot (``names_replaced``, places by the gazetteer sense geocoding chose). The pair is then a contradiction when
its score reaches the threshold of that kind of difference (``differ_at``, ``turned_at``, ``named_at``: each
fitted for a contradiction precision of 0.90; ``swapped_at`` held), else uncertain; with no difference the two
agree. A sentence pair already compared by a value, a quotation, a role or an
outcome is left to that comparison.
"""

from __future__ import annotations

import math
import pickle
import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import combinations, groupby
from operator import itemgetter
from typing import TYPE_CHECKING

import numpy as np

from vitrina import lexicon, polarity
from vitrina.extract.numbers import ORDINAL_RE, find_ordinals, parse_number
from vitrina.retold import tokens
from vitrina.store import read
from vitrina.store.scratch import (
    KeyedNumbers,
    NotedPairs,
    NumberedBlobs,
    PickledList,
    RankedBlobs,
    Scratch,
)

if TYPE_CHECKING:
    from vitrina.compare import Capped, Comparison, Statement

__all__ = ["CLAUSE", "FEATURES", "ClauseWeights", "Pair", "clause_comparisons", "features", "pairs", "ranked_pairs", "score",
           "scored_pairs"]

FEATURES = ("names", "shared", "words", "rare_words", "similar", "years_apart")


@dataclass(frozen=True)
class ClauseWeights:
    """The weights of the evidence that two sentences tell one act, and the thresholds (fitted by
    ``bench/fit_clauses.py``, leave one annotated set out; see docs/compare.md "Round 27")."""

    bias: float = -1.422
    names: float = 0.114
    shared: float = 0.241
    words: float = 0.836
    rare_words: float = 0.757
    similar: float = 1.045
    years_apart: float = 0.0
    # The score a pair must reach to be grouped.
    at: float = 0.455
    # Alignment of two grouped sentences read for a contradiction (looser than ``polarity.OUTCOME``, which must
    # find the sentences retold with nothing else to go on).
    verdict_share: float = 0.5
    verdict_words: int = 4
    # The score a grouped pair must reach for a difference found in it to be shown as a contradiction (below,
    # uncertain), for another name or number in one place (``differ_at``) and for an outcome turned round, an
    # antonym or a negation (``turned_at``): each fitted for a contradiction precision of
    # ``bench/fit_clauses.py``'s DIFFER_PRECISION.
    differ_at: float = 0.468
    turned_at: float = 99.0
    # The same for a name the knowledge base links replaced by another of one type (two people, two
    # organizations, two places of one kind in the gazetteer) that only one sentence each names
    # (``named_at``; round 30).
    named_at: float = 1.066
    # The same for two names both sentences write, of one type, in the opposite order around a content word
    # both write between them ("A accused B" / "B accused A"; ``swapped_at``; round 30).
    swapped_at: float = 99.0
    # Fewest words (of three letters or more) of each of two people's names compared as two people: a surname
    # or a title alone may be one person named otherwise.
    person_name_words: int = 2
    # Share of the shorter sentence's content words the other must write to be scored at all.
    min_share: float = 0.25
    # Fewest content words of the shorter sentence: a caption of two names and a date ("A and B, May 4, 1921.")
    # shares most of its few words with any sentence naming both.
    min_words: int = 6
    # Sentences sharing one key at most this many: a name and a verb every document writes pair nothing.
    max_block: int = 60
    # Most other sentences one sentence is met with through its keys: its keys taken rarest first until their blocks
    # hold this many others (``KeyedNumbers.keep_rarest``, ``compare._rarest_keys``' rule): the pairs met per
    # sentence are bounded whatever the collection's size. Round 43.
    key_partners: int = 200
    # Cosine of two sentences' vectors read as no likeness at all (``similar`` is 0 there, 1 at 1).
    similar_floor: float = 0.3
    # Types of the knowledge base's names that key a sentence.
    named_types: tuple[str, ...] = ("person", "organization", "place", "vessel", "other")
    # Fewest words of a quotation that make a sentence assert its words (round 43): such a quotation and another
    # sentence are one assertion only when that sentence holds ``quoted_share`` of the quotation's content words
    # (``same_words_quoted``; "X said: '…'" / "X declined to comment" are not).
    quoted_words: int = 4
    quoted_share: float = 0.5


CLAUSE = ClauseWeights()

Name = polarity.Name  # document span, entity id, type


@dataclass(frozen=True)
class Pair:
    """Two sentences of two documents met on a key, with the evidence that they tell one act."""

    a: polarity._Sentence
    b: polarity._Sentence
    names_a: tuple[Name, ...]
    names_b: tuple[Name, ...]
    features: dict[str, float]


def score(found: dict[str, float], weights: ClauseWeights | None = None) -> float:
    """The weighted sum of the evidence (a logit: 0 is even odds)."""
    w = weights or CLAUSE
    return w.bias + sum(getattr(w, name) * found[name] for name in FEATURES)


def pairs(kb: read.KnowledgeBase, capped: Capped | None = None, weights: ClauseWeights | None = None) -> list[Pair]:
    """Every pair of sentences of two documents met on one entity and one content word, sharing
    ``min_share`` of the shorter one's content words, with its features, in the order of their sentences
    (all held at once: for fitting and tests; a build streams them, ``scored_pairs``)."""
    with Scratch() as scratch:
        found = [(i, j, p) for i, j, p in scored_pairs(kb, scratch, capped, weights)]
    return [p for _i, _j, p in sorted(found, key=lambda x: (x[0], x[1]))]


@dataclass(frozen=True)
class _Met:
    """A sentence that may be retold, with what meeting another needs: its names and kinds of value."""

    sentence: polarity._Sentence
    names: tuple[Name, ...]
    values: frozenset[str]


def scored_pairs(kb: read.KnowledgeBase, scratch: Scratch, capped: Capped | None = None,
                 weights: ClauseWeights | None = None) -> Iterator[tuple[int, int, Pair]]:
    """``pairs`` as a stream: each pair once, as (its sentences' numbers in the collection's order, the pair),
    found one entity at a time. The sentences, their blocking keys, the pairs already met and the meaning
    vectors made wait in ``scratch``; what is held is one entity's sentences and pairs, so memory does not
    grow with the collection."""
    w = weights or CLAUSE
    sentences, keys = _indexed(kb, scratch, capped, w)
    noted = NotedPairs(scratch, "clause_met")
    vectors = _Vectors(scratch)
    for met, held in _met_by_entity(sentences, keys, w):
        fresh = noted.fresh(met)
        found = vectors.of({n: held[n].sentence.text for pair in fresh for n in pair})
        for i, j in fresh:
            a, b = held[i], held[j]
            cosine = float(found[i] @ found[j]) if found else 0.0
            yield i, j, Pair(a.sentence, b.sentence, a.names, b.names,
                             features(a.sentence, b.sentence, a.names, b.names, cosine, w))


class _Vectors:
    """Sentences' meaning vectors by their numbers, each made once (``_vectors``) and kept in the scratch file."""

    def __init__(self, scratch: Scratch) -> None:
        self._kept = NumberedBlobs(scratch, "clause_vectors")

    def of(self, texts: dict[int, str]) -> dict[int, np.ndarray]:
        """The vectors of the sentences ``texts`` gives by number (none without the packaged model)."""
        found = {n: np.frombuffer(data, dtype=np.float32) for n, data in self._kept.get_many(sorted(texts)).items()}
        missing = [n for n in sorted(texts) if n not in found]
        made = _vectors([texts[n] for n in missing])
        if missing and not made:
            return {}
        found.update((n, made[texts[n]]) for n in missing)
        self._kept.put_many((n, made[texts[n]].astype(np.float32).tobytes()) for n in missing)
        return found


# Sentences read back from the scratch file by number while pairs are met (the last ones used stay in memory).
SENTENCE_CACHE = 4096


def _indexed(kb: read.KnowledgeBase, scratch: Scratch, capped: Capped | None,
             w: ClauseWeights) -> tuple[PickledList[_Met], KeyedNumbers]:
    """Every sentence that may be retold, numbered in the order of the documents and kept in ``scratch``,
    and their blocking keys (an entity id and a content word's base form)."""
    sentences: PickledList[_Met] = scratch.pickled_list(SENTENCE_CACHE)
    keys = KeyedNumbers(scratch, "clause_keys")

    def keyed() -> Iterator[tuple[str, str, int]]:
        for met in _with_names(kb, capped, w):
            n = sentences.append(met)
            for entity, base in sorted({(x[2], b) for x in met.names for b in _bases(met.sentence.text)}):
                yield entity, base, n

    keys.add_many(keyed())
    keys.keep_rarest(w.max_block, w.key_partners)
    return sentences, keys


def _with_names(kb: read.KnowledgeBase, capped: Capped | None, w: ClauseWeights) -> Iterator[_Met]:
    """Each sentence that may be retold (``polarity._sentences``) with its names and kinds of value, read a
    document at a time."""
    document, names, values = None, {}, []
    for s in polarity._sentences(kb, capped):
        if s.document != document:
            document = s.document
            names = {document: sorted((m.start, m.end, m.entity, m.type) for m in kb.mentions(document=document)
                                      if m.type in w.named_types)}
            values = _value_spans(kb, document)
        yield _Met(s, tuple(polarity._within(names, s)), _values_of(values, s))


def _value_spans(kb: read.KnowledgeBase, document: str) -> list[tuple[int, int, str]]:
    """The document's dates and amounts as (start, end, kind), in order."""
    return sorted([(d.start, d.end, "date") for d in kb.dates(document=document)]
                  + [(q.start, q.end, "amount") for q in kb.quantities(document=document)])


def _values_of(spans: list[tuple[int, int, str]], s: polarity._Sentence) -> frozenset[str]:
    """The kinds of value a sentence holds ("date", "amount"): two sentences holding values of one kind are
    the value comparison's to group or to keep apart (two acts years apart, a part and a total)."""
    first = bisect_left(spans, (s.start,))
    return frozenset(kind for start, end, kind in spans[first:bisect_left(spans, (s.end,))] if end <= s.end)


def _met_by_entity(sentences: PickledList[_Met], keys: KeyedNumbers,
                   w: ClauseWeights) -> Iterator[tuple[list[tuple[int, int]], dict[int, _Met]]]:
    """For each entity id in turn, the pairs of sentences of two documents met on one of its keys (the entity
    and a content word's base form, ``max_block`` sentences at most, each sentence under its rarest keys only:
    ``key_partners``) that may tell one act, in order, with
    those sentences by number. A pair met on two entities is found under each."""
    for _entity, of_entity in groupby(keys.in_order(), key=itemgetter(0)):
        blocks = [members for _base, block in groupby(of_entity, key=itemgetter(1))
                  if 1 < len(members := [n for _e, _b, n in block]) <= w.max_block]
        held = {n: sentences[n] for n in sorted({n for members in blocks for n in members})}
        long_enough = {n for n, m in held.items() if len(_bases(m.sentence.text)) >= w.min_words}
        met: set[tuple[int, int]] = set()
        for members in blocks:  # a sentence of fewer content words pairs with none (``_may_tell_one_act``)
            met.update(combinations([n for n in members if n in long_enough], 2))
        kept = sorted(pair for pair in met if _may_tell_one_act(held[pair[0]], held[pair[1]], w))
        if kept:
            yield kept, held


def _may_tell_one_act(a: _Met, b: _Met, w: ClauseWeights) -> bool:
    """Two sentences of two documents, not the same words, holding no value of one kind, each with
    ``min_words`` content words, the shorter's ``min_share`` written in the other."""
    if a.sentence.document == b.sentence.document or a.sentence.text == b.sentence.text or a.values & b.values:
        return False
    bases_a, bases_b = _bases(a.sentence.text), _bases(b.sentence.text)
    return min(len(bases_a), len(bases_b)) >= w.min_words and _set_share(bases_a, bases_b) >= w.min_share


@lru_cache(maxsize=polarity.BASES_CACHE)
def _bases(text: str) -> frozenset[str]:
    """The base forms of a sentence's lower-case content words (a capitalised word is a name's)."""
    stop = _stop_words()
    return frozenset(polarity._base(x) for x, _s, _e in tokens(text)
                     if x.isalpha() and len(x) >= 3 and x.islower() and x not in stop)


def _set_share(a: frozenset[str], b: frozenset[str]) -> float:
    """The share of the smaller set the other holds."""
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def _stop_words() -> frozenset[str]:
    from vitrina import compare as c

    return c._stop_words()


def _vectors(texts: Sequence[str]) -> dict[str, np.ndarray]:
    """The meaning vectors of sentences, by their text (none without the packaged model). A sentence's vector
    is the average of its own tokens' whatever else is embedded with it."""
    from vitrina import semantic

    distinct = list(dict.fromkeys(texts))
    try:
        rows = semantic.embed(distinct)
    except semantic.SemanticModelMissing:
        return {}
    return dict(zip(distinct, rows, strict=True))


def features(a: polarity._Sentence, b: polarity._Sentence, names_a: Sequence[Name], names_b: Sequence[Name],
             cosine: float, weights: ClauseWeights | None = None) -> dict[str, float]:
    """The evidence that two sentences tell one act (see the module's text)."""
    from vitrina import identity

    w = weights or CLAUSE
    ids_a, ids_b = {x[2] for x in names_a}, {x[2] for x in names_b}
    fewer = min(len(ids_a), len(ids_b))
    words_a, words_b = _content(a.text), _content(b.text)
    return {
        "names": len(ids_a & ids_b) / fewer if fewer else 0.0,
        "shared": min(len(ids_a & ids_b), 3) / 3,
        "words": _set_share(_bases(a.text), _bases(b.text)),
        "rare_words": identity._rare_share(words_a, words_b) if words_a and words_b else 0.0,
        "similar": max(0.0, (cosine - w.similar_floor) / (1.0 - w.similar_floor)),
        "years_apart": float(polarity._years_apart(a.text, b.text)),
    }


@lru_cache(maxsize=polarity.BASES_CACHE)
def _content(text: str) -> tuple[str, ...]:
    """A sentence's content words (three letters or more, not stop words), lower-cased, each once, in order."""
    stop = _stop_words()
    return tuple(dict.fromkeys(x.lower() for x, _s, _e in tokens(text)
                               if x.isalpha() and len(x) >= 3 and x.lower() not in stop))


def grouped(found: Sequence[Pair], weights: ClauseWeights | None = None) -> Iterator[Pair]:
    """The pairs scoring ``at`` or more, best first, each sentence in one pair per other document at most."""
    w = weights or CLAUSE
    return _taken_once(p for p in sorted(found, key=lambda p: -score(p.features, w)) if score(p.features, w) >= w.at)


def _taken_once(ranked: Iterable[Pair]) -> Iterator[Pair]:
    """Pairs ranked best first, each sentence kept in one pair per other document at most."""
    taken: set[tuple[str, int, str]] = set()
    for p in ranked:
        keys = {(p.a.document, p.a.start, p.b.document), (p.b.document, p.b.start, p.a.document)}
        if keys & taken:
            continue
        taken |= keys
        yield p


def ranked_pairs(kb: read.KnowledgeBase, capped: Capped | None = None,
                 weights: ClauseWeights | None = None) -> Iterator[Pair]:
    """The pairs scoring ``at`` or more, best first (ties in the order of their sentences), as ``grouped``
    ranks them: streamed (``scored_pairs``), those pairs waiting pickled in a scratch file, read back in order."""
    w = weights or CLAUSE
    with Scratch() as scratch:
        scored = RankedBlobs(scratch, "clause_scored")
        scored.add_many(
            (value, i, j, pickle.dumps(p, protocol=pickle.HIGHEST_PROTOCOL))
            for i, j, p in scored_pairs(kb, scratch, capped, w) if (value := score(p.features, w)) >= w.at)
        for data in scored.best_first():
            yield pickle.loads(data)


def verdict(p: Pair, weights: ClauseWeights | None = None,
            places: PlaceSenses | None = None) -> tuple[str, polarity.Turn | None]:
    """Agree; or, when the sentences aligned turn an outcome round, name another thing in one place or write
    another number there, or each names a thing of one type the other does not (``turn``), differ if the pair
    scores the threshold of that kind of difference or more, else uncertain."""
    w = weights or CLAUSE
    found = turn(p, w, places)
    if found is None:
        return "agree", None
    return ("differ" if score(p.features, w) >= threshold(found, w) else "uncertain"), found


POLAR = frozenset({"antonym", "negation"})


def threshold(found: polarity.Turn, weights: ClauseWeights | None = None) -> float:
    """The score from which a difference of this kind is shown as a contradiction."""
    w = weights or CLAUSE
    if found.kind == NAMED:
        return w.named_at
    if found.kind == SWAPPED:
        return w.swapped_at
    return w.turned_at if found.kind in POLAR else w.differ_at


def turn(p: Pair, weights: ClauseWeights | None = None, places: PlaceSenses | None = None) -> polarity.Turn | None:
    """What contradicts in two grouped sentences aligned word by word (``polarity.turns`` with this table's
    looser alignment, then a number replaced by another), else a name of one type each names and the other
    does not (``names_replaced``), or None."""
    from vitrina import compare as c

    w = weights or CLAUSE
    loose = replace(polarity.OUTCOME, share=w.verdict_share, min_words=w.verdict_words)
    stop = c._stop_words()
    names = (_role_names(p.names_a), _role_names(p.names_b))
    found = polarity.turns((p.a.text, p.a.start), (p.b.text, p.b.start), stop, loose, names)
    aligned = None if found is None else (
        polarity.contradiction(found) or _number_replaced(p.a, p.b, loose.max_replaced))
    return aligned or names_swapped(p) or names_replaced(p, places or {})


NAMED = "named"
SWAPPED = "swapped"
# A place's sense as the product's geocoding chose it: gazetteer key, kind (country, city, admin-region …) and
# country code, by entity id.
PlaceSenses = dict[str, tuple[str, str, str]]
# Kinds of place compared one with another: two countries, two cities, two first-level divisions (a region, a
# continent or a former state is compared with nothing: what lies within it is unknown offline).
_COMPARED_PLACE_KINDS = frozenset({"country", "city", "admin-region"})


def place_senses(kb: read.KnowledgeBase) -> PlaceSenses:
    """The gazetteer sense of every mapped place of the knowledge base (see ``PlaceSenses``)."""
    import json

    out: PlaceSenses = {}
    for entity, details in kb._rows("SELECT id, details FROM entities WHERE type = 'place'", ()):
        geo = json.loads(details or "{}").get("geocoding") or {}
        if geo.get("key") and geo.get("kind"):
            out[entity] = (geo["key"], geo["kind"], geo.get("country") or "")
    return out


def names_replaced(p: Pair, places: PlaceSenses) -> polarity.Turn | None:
    """Each sentence names a thing of one type the other does not ("A, B and C held out" / "A, B and D held
    out"; "X convinced the president" / "Y convinced the president") in one slot (``_one_slot``): two people
    named in full with other surnames (not "President Lind" / "Governor Lind"), two organizations of other
    first words, or two places the gazetteer puts in one kind under two keys (two countries, two cities, two
    divisions: not a town and its country, one more precise). The first such pair in the order of the first
    sentence, as a difference of kind ``named``."""
    only_a = [x for x in p.names_a if x[2] not in {y[2] for y in p.names_b}]
    only_b = [y for y in p.names_b if y[2] not in {x[2] for x in p.names_a}]
    words_a, words_b = tokens(p.a.text, p.a.start), tokens(p.b.text, p.b.start)
    for x, y in ((x, y) for x in only_a for y in only_b if x[3] == y[3]):
        if _one_slot(x, y, words_a, words_b) and _other_of_one_kind(x, y, p, places):
            return polarity.Turn(NAMED, (x[0], x[1]), (y[0], y[1]))
    return None


def names_swapped(p: Pair) -> polarity.Turn | None:
    """Two things of one type both sentences name once each, written in the opposite order, with a content
    word (base form) both sentences write standing between them in each ("A persuaded B to yield" / "B
    persuaded A to yield"; not one list in another order, "A, B and C" / "B, A and C"): two parts of one act
    exchanged, a difference of kind ``swapped``."""
    once_a, once_b = _named_once(p.names_a), _named_once(p.names_b)
    shared = [x for x in once_a.values() if x[2] in once_b]
    stop = _stop_words()
    for x, y in combinations(shared, 2):
        if x[3] != y[3]:
            continue
        u, v = once_b[x[2]], once_b[y[2]]
        if (x[0] < y[0]) == (u[0] < v[0]):
            continue
        between_a = _bases_between(p.a, min(x[1], y[1]), max(x[0], y[0]), stop)
        between_b = _bases_between(p.b, min(u[1], v[1]), max(u[0], v[0]), stop)
        if between_a & between_b:
            return polarity.Turn(SWAPPED, (x[0], x[1]), (u[0], u[1]))
    return None


def _named_once(found: Sequence[Name]) -> dict[str, Name]:
    """The names of a sentence whose entity it names once, by entity id."""
    count: dict[str, int] = defaultdict(int)
    for x in found:
        count[x[2]] += 1
    return {x[2]: x for x in found if count[x[2]] == 1}


def _bases_between(s: polarity._Sentence, start: int, end: int, stop: frozenset[str]) -> frozenset[str]:
    """The base forms of the lower-case content words of a sentence between two document offsets."""
    return frozenset(polarity._base(x) for x, a, b in tokens(s.text, s.start)
                     if start <= a and b <= end and x.isalpha() and len(x) >= 3 and x.islower() and x not in stop)


def _one_slot(x: Name, y: Name, words_a: Sequence[polarity.Word], words_b: Sequence[polarity.Word]) -> bool:
    """Do two names stand in one slot: the same word (base form) right before each, or right after each
    ("… officials of X arrested" / "… officials of Y arrested"; "A and X." / "A and Y.")?"""
    wx, wy = polarity._words_of(x, words_a), polarity._words_of(y, words_b)
    if not (wx and wy):
        return False
    before, after = polarity._beside(words_a, wx), polarity._beside(words_b, wy)
    return before[0] == after[0] != "" or before[1] == after[1] != ""


def _other_of_one_kind(x: Name, y: Name, p: Pair, places: PlaceSenses, weights: ClauseWeights | None = None) -> bool:
    """Are two names of one type two things of one kind (see ``names_replaced``)?"""
    if x[3] == "place":
        sx, sy = places.get(x[2]), places.get(y[2])
        return bool(sx and sy and sx[0] != sy[0] and sx[1] == sy[1] and sx[1] in _COMPARED_PLACE_KINDS
                    and not sx[0].startswith("alias:") and not sy[0].startswith("alias:"))
    if x[3] not in ("person", "organization"):
        return False
    written_x, written_y = _at(p.a, (x[0], x[1])), _at(p.b, (y[0], y[1]))
    words_x, words_y = _name_words(written_x), _name_words(written_y)
    if polarity.one_referent(written_x, written_y) or not (words_x and words_y):
        return False
    if x[3] == "person":  # a full name each, two surnames ("A. Lind" / "B. Lind", a title or a surname alone:
        # perhaps one person named otherwise); a given name may be shared
        fewest = (weights or CLAUSE).person_name_words
        return min(len(words_x), len(words_y)) >= fewest and not set(words_x[1:]) & set(words_y[1:])
    # two bodies of one head noun differ by their first words ("the X Party" / "the Y Party"), not when one
    # name's words are all in the other's
    return words_x[0] != words_y[0] and not (set(words_x) <= set(words_y) or set(words_y) <= set(words_x))


def _name_words(name: str) -> list[str]:
    """A name's words of three letters or more, lower-cased (initials count as nothing)."""
    return [w.lower() for w in name.replace("’", "'").split() if len(w.strip(".,'")) >= 3]


def _number_replaced(a: polarity._Sentence, b: polarity._Sentence, longest: int) -> polarity.Turn | None:
    """A number (a count, a year, a day) in a stretch of one sentence replaced by another number in the
    other ("two members objected" / "one member objected"; "until 1930" / "until 1935")."""
    words_a, words_b = tokens(a.text, a.start), tokens(b.text, b.start)
    la, lb = [x[0] for x in words_a], [y[0] for y in words_b]
    for op, i1, i2, j1, j2 in SequenceMatcher(None, la, lb, autojunk=False).get_opcodes():
        if op != "replace" or max(i2 - i1, j2 - j1) > longest:
            continue
        xs, ys = _numbers(words_a[i1:i2]), _numbers(words_b[j1:j2])
        if (len(xs) == len(ys) == 1 and xs[0][0] != ys[0][0] and (xs[0][0] < 0) == (ys[0][0] < 0)
                and _year_like(xs[0][0]) == _year_like(ys[0][0])):
            return polarity.Turn("value", xs[0][1], ys[0][1])
    return None


_ARTICLES = lexicon.words("one_unit_articles")


def _year_like(value: float) -> bool:
    """A number that reads as a year: a year replaced by a day of the month is a date written otherwise."""
    from vitrina import compare as c

    return c._year_like(value)


def _numbers(words: Sequence[tuple[str, int, int]]) -> list[tuple[float, tuple[int, int]]]:
    """The numbers written in a stretch of words (digits, number words or ordinals: "the 31st parallel" /
    "the 32nd parallel", "the thirty-first"), with their spans; an ordinal's value is marked negative, so an
    ordinal is never the same number as a count ("two" / "second")."""
    out = []
    for word, start, end in words:
        digits = word.replace(",", "")
        value = float(digits) if digits.isdigit() else (
            parse_number(word) if word not in _ARTICLES and (word.isalpha() or "-" in word) else None)
        if value is None and ORDINAL_RE.fullmatch(word):
            value = -find_ordinals(word)[0][2]
        if value is not None:
            out.append((value, (start, end)))
    return out


def _role_names(found: Sequence[Name]) -> tuple[Name, ...]:
    return tuple(x for x in found if x[3] in polarity.OUTCOME.named_types)


def clause_comparisons(kb: read.KnowledgeBase, told: set[frozenset[tuple[str, tuple[int, int]]]],
                       capped: Capped | None = None) -> Iterator[Comparison]:
    """Comparisons of kind "clause": two sentences grouped by their score, not already compared in ``told``
    (pairs of (document, sentence span)), one at a time."""
    from vitrina import compare as c

    places = place_senses(kb)
    dated: dict[str, list[tuple[int, str | None, str | None]]] = {}
    for p in _taken_once(ranked_pairs(kb, capped)):
        if frozenset({(p.a.document, (p.a.start, p.a.end)), (p.b.document, (p.b.start, p.b.end))}) in told:
            continue
        found, why_not = verdict(p, places=places)
        if found == "agree" and not same_words_quoted(p.a.text, p.b.text):
            continue  # one sentence quotes words the other does not: two assertions, not one told twice
        sa, sb = _statement(p.a, p.names_a), _statement(p.b, p.names_b)
        why = (f"{_REASONS.get(why_not.kind, 'another word in the same place')}: “{_at(p.a, why_not.a)}” / "
               f"“{_at(p.b, why_not.b)}”" if why_not else "the same act told in both")
        aged = _ages_at_dates(kb, p, why_not, dated) if why_not is not None and why_not.kind == "value" else None
        if aged is not None:
            found, why = aged
        yield c.Comparison("", "clause", _subject(p.a.text), tuple(sorted({x[2] for x in p.names_a}
                                                                         & {x[2] for x in p.names_b})),
                           [sa, sb], found, f"one act told in two documents (score "
                           f"{_probability(score(p.features)):.2f})",
                           [{"a": 0, "b": 1, "relation": found, "reason": why}])


def _ages_at_dates(kb: read.KnowledgeBase, p: Pair, found: polarity.Turn,
                   dated: dict[str, list[tuple[int, str | None, str | None]]]) -> tuple[str, str] | None:
    """Two numbers in one place that are one person's ages (``ages``): consistent when the years between the
    dates their documents write before them account for the difference, uncertain when a date is not known;
    None when they are no ages or do not fit (round 54 red team D9)."""
    from vitrina import ages

    told = []
    for s, span, names in ((p.a, found.a, p.names_a), (p.b, found.b, p.names_b)):
        written = _at(s, span)
        value = parse_number(written.replace(",", ""))
        person = ages.age_of_person(s.text, span[0] - s.start, value, _in_sentence(s, names)) \
            if value is not None else None
        if person is None:
            return None
        if s.document not in dated:
            dated[s.document] = [(d.start, d.lower, d.upper) for d in kb.dates(document=s.document)]
        told.append((person, value, written, ages.date_before(dated[s.document], span[0])))
    (person_a, age_a, said_a, when_a), (person_b, age_b, said_b, when_b) = told
    if person_a != person_b or age_a is None or age_b is None:
        return None
    found_relation = ages.relation(age_a, when_a, age_b, when_b)
    if found_relation == "uncertain":
        return "uncertain", f"ages of one person stated at dates not known: “{said_a}” / “{said_b}”"
    if found_relation == "differ" or when_a is None or when_b is None:
        return None
    if when_b[0] < when_a[0]:
        (when_a, said_a), (when_b, said_b) = (when_b, said_b), (when_a, said_a)
    return "consistent", (f"ages of one person at two dates: “{said_a}” ({when_a[0][:4]}) / “{said_b}” "
                          f"({when_b[0][:4]}), the years between account for the difference")


def _in_sentence(s: polarity._Sentence, names: Sequence[Name]) -> list[Name]:
    """``names`` in the offsets of the sentence's own text."""
    return [(a - s.start, b - s.start, entity, kind) for a, b, entity, kind in names]


def same_words_quoted(a: str, b: str, weights: ClauseWeights | None = None) -> bool:
    """Do two sentences grouped as one act assert the same words? Each quotation of ``quoted_words`` words or more
    must have ``quoted_share`` or more of its content words (base forms) in the other sentence, quoted or not:
    "X said: 'our thoughts are with the families'" and "X declined to comment", or two quotations of one speaker
    that share few words, are told alike around the name but assert other things; a quotation and a sentence
    retelling its words are one."""
    w = weights or CLAUSE
    for quoting, other in ((a, b), (b, a)):
        quoted = _quoted(quoting)
        if len(_WORD.findall(quoted)) < w.quoted_words:
            continue
        words = _bases(quoted)
        if words and len(words & _bases(other)) < w.quoted_share * len(words):
            return False
    return True


def _quoted(text: str) -> str:
    """The words inside a sentence's quotation marks; a quotation opened and not closed (it goes on into the next
    sentence) runs to the sentence's end."""
    from vitrina.extract.quotes import quote_spans

    spans = quote_spans(text, [(0, len(text))])
    found = [text[q.start:q.end] for q in spans]
    rest = text[spans[-1].close + 1:] if spans else text
    opened = rest.rfind("“") if rest.count("“") > rest.count("”") else (
        rest.rfind('"') if rest.count('"') % 2 else -1)
    return " ".join(found + ([rest[opened + 1:]] if opened >= 0 else []))


_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


_REASONS = {**polarity._REASONS, "filler": "another name of one kind in the same place",
            "value": "another number in the same place", NAMED: "each names another of one kind"}


def _probability(logit: float) -> float:
    return 1 / (1 + math.exp(-logit))


def _at(s: polarity._Sentence, span: tuple[int, int]) -> str:
    return s.text[span[0] - s.start:span[1] - s.start]


def _subject(text: str) -> str:
    """A group's subject: its first sentence, cut to a readable length."""
    return text if len(text) <= 80 else text[:79].rsplit(" ", 1)[0] + "…"


def _statement(s: polarity._Sentence, found: Sequence[Name]) -> Statement:
    from vitrina import compare as c

    return c.Statement("clause", s.document, s.start, s.end, s.text, (s.start, s.end), s.text,
                       tuple(dict.fromkeys(x[2] for x in found)), ())
