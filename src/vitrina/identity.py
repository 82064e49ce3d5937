"""Are two statements of two documents about the same act? Event identity by argument overlap.

The rules of ``vitrina.compare`` group two statements on one strong piece of evidence (the
same sentence retold, the same named event, the same predicate with a shared participant).
Two documents often tell one act with other words and a misread clause: "declared the
harbour closed on 3 May" / "issued a declaration closing the harbour on May 13"; "landed on
the island in March" / "arrived on the island in May". Here each piece of evidence is a
feature in [0, 1], and the act is the same when their weighted sum is high enough:

* ``names`` — the share of the names (people, places, organizations, works) of the sentence
  naming fewer that the other sentence names too, resolved through the knowledge base (one
  entity id, or a name holding the other: "Vell" / "Marco Vell");
* ``words`` — the share of the shorter sentence's content words found in the other by WordNet
  base form or derivation (proclaim / proclamation), names and values aside;
* ``predicate`` — the verb (or event noun) the value hangs on is a word of the other sentence by
  form or derivation, either way round; ``synonym`` — the two predicates share one of their
  most frequent WordNet senses (pledge / promise);
* ``theme`` — what the two acts are done to shares a word;
* ``rare_words`` — the same share, each word weighted by how rare it is in English (spaCy's
  word-frequency table): a shared "ratification" says more than a shared "president";
* ``apart`` — how far apart the values are (dates: the gap over two years; amounts: the ratio
  on a log scale), a penalty: the same words years apart tell another act;
* ``other_doer`` — both clauses name a doer and none is the same one, a penalty;
* ``similar`` — how alike in meaning the two sentences are (their vectors' cosine by
  ``vitrina.semantic``, rescaled from ``similar_floor``): one act told in other words;
* ``amount`` — the values are amounts, not dates (a bias of its own; fitted to 0 in round 25).

Every weight and threshold is in ``WEIGHTS``; ``bench/fit_identity.py`` fits them (and scores
them leave one annotated set out). A pair no rule links is grouped when its ``group`` score
reaches ``group.at``: compatible values then agree or one is more precise. Incompatible values
of a pair only this score links are shown as uncertain, never as a contradiction: a
contradiction score fitted the same way flagged five false contradictions between essays for
one true one (docs/compare.md, round 7) — a false contradiction is worse than a missed one.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType
from typing import TYPE_CHECKING

from vitrina.retold import tokens

if TYPE_CHECKING:
    from vitrina.compare import Statement

__all__ = ["FEATURES", "ROLE_FEATURES", "WEIGHTS", "FeatureWeights", "IdentityWeights", "RoleWeights", "WHEN_FEATURES",
           "WhenWeights", "features",
           "same_act", "score"]


@lru_cache(maxsize=1)
def _compare() -> ModuleType:
    """``vitrina.compare``, imported on first use (it imports this module). Kept: the pair judgements call for it
    millions of times, and an import statement in a function costs a trip through the import machinery each time."""
    import vitrina.compare

    return vitrina.compare


FEATURES = ("names", "words", "rare_words", "predicate", "synonym", "theme", "apart", "other_doer", "similar", "amount")
# The evidence that two names of two documents stand in one role of one act told twice (``vitrina.roles``).
# The evidence that two incompatible dates of two documents date one act (``vitrina.roles.when_features``).
WHEN_FEATURES = ("slot", "aligned", "rare_names", "rare_words", "predicate", "theme", "doer", "apart")
ROLE_FEATURES = ("slot", "aligned", "names", "rare_names", "rare_words", "predicate", "role", "same_time", "other_time")


@dataclass(frozen=True)
class FeatureWeights:
    """The weight of each feature in a score (positive: evidence of one act; negative: of two), and the score
    a pair must reach."""

    names: float  # share of the names of the sentence naming fewer also named by the other
    words: float  # share of the shorter sentence's content words found in the other (form, derivation)
    rare_words: float  # the same share, each word weighted by how rare it is in English (``informative_logprob``)
    predicate: float  # the predicate of one is a word of the other sentence (form, derivation)
    synonym: float  # the predicates share a frequent WordNet sense
    theme: float  # the themes share a word
    apart: float  # values far apart (dates: gap / ``apart_days``; amounts: log ratio / log 3), capped at 1
    other_doer: float  # both clauses name doers, none shared
    similar: float  # the two sentences' vectors' cosine (``vitrina.semantic``), 0 below ``similar_floor``, 1 at 1
    amount: float  # the values are amounts (not dates): a bias of its own for the other kind of value
    at: float  # the threshold


@dataclass(frozen=True)
class RoleWeights:
    """The weight of each feature of ``ROLE_FEATURES`` (two names in one role of one act), and the score at which the
    two names contradict each other."""

    slot: float  # the sentences aligned word by word put the two names in the same place, words beside them aligned
    aligned: float  # share of the shorter sentence's content words aligned with the other's
    names: float  # share of the other names of the sentence naming fewer also named by the other
    rare_names: float  # information of the other names both name (how few sentences name each), over a full measure
    rare_words: float  # share of the information (rareness in English) of the words found in the other sentence
    predicate: float  # the verbs the names hang on share a base form, a derivation or a frequent WordNet sense
    role: float  # both names are the doer of that verb, or neither is
    same_time: float  # both sentences dated, a date of one overlapping one of the other
    other_time: float  # both sentences dated, none overlapping
    at: float  # the threshold: at or above, the names contradict each other …
    uncertain: float  # … from this score up (below ``at``) they are shown as uncertain, never as a contradiction


@dataclass(frozen=True)
class WhenWeights:
    """The weight of each feature of ``WHEN_FEATURES`` (two incompatible dates of one act), and the thresholds."""

    slot: float  # the sentences aligned word by word put the two dates in the same place
    aligned: float  # share of the shorter sentence's content words aligned with the other's
    rare_names: float  # information of the names both sentences name, over ``role_name_information``
    rare_words: float  # share of the information of the shorter sentence's words found in the other
    predicate: float  # the acts the dates hang on share a base form, a derivation or a frequent WordNet sense
    theme: float  # what the acts are done to shares a word
    doer: float  # one name is the doer of both acts
    apart: float  # the gap between the dates over ``apart_days``
    at: float  # at or above, the dates contradict each other …
    uncertain: float  # … from this score up (below ``at``) they are shown as uncertain


@dataclass(frozen=True)
class IdentityWeights:
    # One act: a logistic regression of "the same thing" (agree, more precise, differ) against
    # "not the same thing" over the nineteen annotated pair sets and 942 background pairs of two corpus documents
    # (bench/fit_identity.py --group-only, fold "all"; round 25, refit from round 7's six sets with ``similar``);
    # the threshold maximises F0.5 of "the same thing" over the pairs no rule links (precision weighs more), and
    # lets through at most 1 % of the background pairs. ``amount`` was measured and left at 0 (its fitted weight
    # 0.07 moved no pair).
    group: FeatureWeights = FeatureWeights(
        names=0.659, words=0.554, rare_words=0.578, predicate=0.503, synonym=0.421, theme=0.409, apart=-0.787,
        other_doer=-0.195, similar=0.975, amount=0.0, at=1.912)
    # Two names in one role of one act (``vitrina.roles``): a logistic regression of the annotated contradictions of
    # who or where against the other annotated pairs and the candidate pairs of two corpus documents over all fifteen
    # pair sets (bench/fit_identity.py --roles-only, fold "all"); the threshold is the higher of the one maximising
    # F0.5 of the annotated contradictions over the annotated pairs and the highest background score (no pair of two
    # essays through). Round 21: candidates of two times (``role_time_gap_days``) and names of one WordNet referent
    # no longer enter, which lowered the background's ceiling; names meet on one other name shared (``roles._keys``).
    role: RoleWeights = RoleWeights(
        slot=0.644, aligned=0.548, names=0.36, rare_names=0.68, rare_words=1.182, predicate=0.586,
        role=0.085, same_time=0.804, other_time=0.007, at=3.395, uncertain=2.615)
    # One act given two dates (``vitrina.roles.when_comparisons``): fitted like ``role``, on the annotated
    # contradictions of dates against the annotated "not the same thing" and the background.
    when: WhenWeights = WhenWeights(
        slot=0.388, aligned=0.504, rare_names=0.976, rare_words=0.984, predicate=0.26, theme=0.181,
        doer=0.328, apart=-0.804, at=2.216, uncertain=1.55)
    # Fewest content words (names aside) a sentence needs for its names to be compared ("A and B, 1945." states nothing) …
    role_min_words: int = 2
    # … and fewest content words two sentences must share to be aligned at all (most candidate pairs end here).
    role_min_shared_words: int = 3
    # Two sentences are parsed and scored for their names only when this share of the shorter one's content words is
    # aligned with the other's, or this share of its information (``rare_words``) is found in the other.
    role_min_aligned: float = 0.15
    # Information (log of the sentences with names over those naming it, summed over the other names two sentences
    # share) that makes ``rare_names`` 1: two names each in one sentence of 50, or one in one of 3,000.
    role_name_information: float = 8.0
    role_min_rare: float = 0.3
    # Two sentences each dated, every date of one more than this many days from every date of the other, tell two
    # times: two names there are two holders of one part in turn ("the Director, A, held the post since 1953" /
    # "…, B, … since 1966"), two wars declared, never one act told twice. Not compared as names in one role.
    role_time_gap_days: int = 366
    # Two people's family names this alike (difflib's ratio) and at least this long are one name spelt two ways
    # ("Vandenburg" / "Vandenberg"), not a replacement; shorter words a letter apart name two people ("II" / "III").
    family_name_spelling: float = 0.8
    family_name_letters: int = 5
    # Two names scored "uncertain" contradict each other when their clauses align slot by slot
    # (``roles.aligned_clause``): at least this share of the shorter sentence aligned …
    clause_min_aligned: float = 0.3
    # … and at least this many content words, neither a name's nor a number, written by both sentences (the act
    # and its other arguments: "nations signed the pact"; "declared war" alone recurs). Both chosen leave one pair set
    # out on a grid (0.3–0.6, 2–5 words; the annotated pairs, and the four other candidates of the band read by
    # hand): every fold chose these values (docs/compare.md "Round 14").
    clause_min_shared: int = 3
    # Widest date (days) that can be grouped by this score ("the 1960s" holds too many acts; "in 1954" is one year) …
    group_width_days: int = 366
    # … and widest that can be grouped with another date than its own ("in 1921" and "May 4, 1921" may be any
    # two acts of that year; "May" and "May 4" are close enough for the words to say).
    precise_days: int = 31
    # A word's weight in ``rare_words`` is how far its log probability in English (spaCy's table) lies below
    # this: "the", "said" weigh nothing, "treaty" about 4.7, "ratification" about 7.5.
    informative_logprob: float = -8.0
    # Sentence vectors' cosine at which ``similar`` starts (most pairs of sentences of one subject score above 0.3).
    similar_floor: float = 0.3
    # Fewest content words each sentence must have for the word shares to mean anything.
    min_words: int = 4
    # Dates further apart than this (days) are never one act by this score …
    max_gap_days: int = 2 * 366
    # … and a gap of this many days is the full ``apart`` penalty.
    apart_days: int = 2 * 366


WEIGHTS = IdentityWeights()


def features(a: Statement, b: Statement) -> dict[str, float]:
    """The evidence that two statements (two dates, or two amounts of one unit) tell one act."""
    c = _compare()
    words_a, words_b = _sentence_words(a), _sentence_words(b)
    if min(len(words_a), len(words_b)) < WEIGHTS.min_words:
        words = rare = 0.0
    else:
        words, rare = c._clause_match(words_a, words_b), _rare_share(words_a, words_b)
    acts_a = c._acts(a.frame) if a.frame else ()
    acts_b = c._acts(b.frame) if b.frame else ()
    predicate = bool(acts_a and c._shared_predicate(acts_a, words_b)) or bool(acts_b and c._shared_predicate(acts_b, words_a))
    return {
        "names": _name_share(a, b),
        "words": words,
        "rare_words": rare,
        "predicate": float(predicate),
        "synonym": float(bool(acts_a and acts_b) and c._synonymous(acts_a, acts_b)),
        "theme": float(c._same_theme(a.frame, b.frame)),
        "apart": _apart(a, b),
        "other_doer": float(_other_doers(a, b)),
        "similar": _similar(a, b),
        "amount": float(a.kind == "quantity"),
    }


def score(found: dict[str, float], weights: FeatureWeights | RoleWeights | WhenWeights, names: tuple[str, ...] = FEATURES) -> float:
    """The weighted sum of the features."""
    return sum(getattr(weights, name) * found[name] for name in names)


def same_act(a: Statement, b: Statement) -> float | None:
    """The grouping score of two statements judged one act by it, else None."""
    found = score(features(a, b), WEIGHTS.group)
    return found if found >= WEIGHTS.group.at else None


def _sentence_words(s: Statement) -> tuple[str, ...]:
    """The sentence's content words outside names and the value (lower-cased, three letters or more)."""
    c = _compare()
    stop = c._stop_words()
    spans = [(n[0], n[1]) for n in s.name_spans] + [(s.start, s.end)]
    return _words(s.sentence_text, s.sentence[0], tuple(spans), stop)


@lru_cache(maxsize=20_000)
def _words(text: str, offset: int, spans: tuple[tuple[int, int], ...], stop: frozenset[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(w for w, start, _end in tokens(text, offset)
                               if w.isalpha() and len(w) >= 3 and w not in stop
                               and not any(lo <= start < hi for lo, hi in spans)))


def _rare_share(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    """Share of the information (rareness in English) of the shorter word list found in the other by base
    form or derivation: a shared "ratification" says more than a shared "president"."""
    short, long_ = sorted((a, b), key=len)
    pool = _related_pool(long_)
    total = found = 0.0
    for weight, forms in _weighed_forms(short):
        total += weight
        if forms & pool:
            found += weight
    return found / total if total else 0.0


# Word lists whose related forms are kept (``_related_pool``, ``_weighed_forms``): a sentence meets many others,
# and each pair it is in asks the same of it.
WORD_LIST_CACHE = 1024


@lru_cache(maxsize=WORD_LIST_CACHE)
def _related_pool(words: tuple[str, ...]) -> frozenset[str]:
    """Every base form and derivational relative of the words (``compare._related_forms``)."""
    c = _compare()
    return frozenset().union(*(c._related_forms(word) for word in words))


@lru_cache(maxsize=WORD_LIST_CACHE)
def _weighed_forms(words: tuple[str, ...]) -> tuple[tuple[float, frozenset[str]], ...]:
    """Each word's information (``_information``) and related forms, in order."""
    c = _compare()
    return tuple((_information(word), c._related_forms(word)) for word in words)


@lru_cache(maxsize=50_000)
def _information(word: str) -> float:
    from vitrina.extract.wordfreq import log_probability

    return max(0.0, WEIGHTS.informative_logprob - log_probability(word))


def _name_share(a: Statement, b: Statement) -> float:
    """Share of the names of the sentence naming fewer that the other names too (by id or a name
    holding the other)."""
    c = _compare()
    fewer, more = sorted((a.named, b.named), key=len)
    if not fewer:
        return 0.0
    return sum(1 for x in fewer if any(c._same_name(x, y) for y in more)) / len(fewer)


def _similar(a: Statement, b: Statement) -> float:
    """How alike in meaning the two sentences are: their vectors' cosine rescaled from ``similar_floor`` (0) to 1."""
    c = _compare()
    cosine = c._sentence_similarity(a.sentence_text, b.sentence_text)
    return max(0.0, (cosine - WEIGHTS.similar_floor) / (1.0 - WEIGHTS.similar_floor))


def _apart(a: Statement, b: Statement) -> float:
    """How far apart two values are, 0 (overlapping) to 1: ``apart_days`` between two dates, a ratio of 3 between
    amounts."""
    c = _compare()
    if a.kind in c._DATE_KINDS:
        return min(1.0, c._date_gap_days(a.value[:2], b.value[:2]) / WEIGHTS.apart_days)
    low, high = sorted((float(a.value[0]), float(b.value[0])))
    if low <= 0:
        return 1.0
    return min(1.0, math.log(high / low) / math.log(c.WEIGHTS.quantity_max_ratio))


def _other_doers(a: Statement, b: Statement) -> bool:
    """Both frames name a doer (a name among their subject words) and none is named by the other frame."""
    c = _compare()
    if a.frame is None or b.frame is None:
        return False
    doers_a = [x for x in a.people if x[2] & set(a.frame.subject) and x[1] in c._CONFLICTING_TYPES]
    doers_b = [y for y in b.people if y[2] & set(b.frame.subject) and y[1] in c._CONFLICTING_TYPES]
    if not (doers_a and doers_b):
        return False
    return not any(c._same_name(x, y) for x in doers_a for y in b.named) and \
        not any(c._same_name(y, x) for y in doers_b for x in a.named)
