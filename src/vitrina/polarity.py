"""Outcomes and fillers: one sentence told in two documents with its predicate turned round or one role
filled by another thing of the same kind.

Most contradictions a retelling makes carry no date or amount: "the court accepted the claim" / "the court
rejected the claim", "the envoy signed the pact" / "the envoy did not sign the pact", "a fleet built in
Hamburg" / "a fleet built in Bremen". Here two sentences of two documents are compared when they tell one
act (blocking: pairs of adjacent content words both write; then aligned word by word and most of the shorter
one's content words aligned, ``OUTCOME.share``); what differs between the aligned sentences is then read:

* a word replaced by one of its **antonyms** in WordNet (of the word or its base forms: accept / reject,
  convict / acquit, win / lose, northern / southern);
* a **negation** one sentence writes and the other does not (spaCy's ``neg`` dependency or a negative word of
  the lexicon ``qa_negators`` on a predicate both sentences write: "did not sign" / "signed");
* a **filler** replaced by another instance of the same kind (two cities, two lakes, two countries by their
  adjectives: Spanish / British): WordNet's instance hypernyms of the word or of the noun its adjective
  pertains to.

An even number of antonyms and negations ("rejected" / "did not accept") is no contradiction.
Each contradiction is a comparison of kind "outcome" with the two differing words as its statements.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import combinations, product
from typing import TYPE_CHECKING, Any

from vitrina import lexicon
from vitrina.extract.edtf_text import ORDINALS, YEAR_WORD
from vitrina.negation import negations
from vitrina.retold import tokens
from vitrina.store import read

if TYPE_CHECKING:
    from vitrina.compare import Capped, Comparison

__all__ = ["OUTCOME", "OutcomeWeights", "Turn", "alignment", "contradiction", "contradictions", "in_value", "outcome_comparisons",
           "turns", "within"]


@dataclass(frozen=True)
class OutcomeWeights:
    # Share of the shorter sentence's content words aligned with the other's: the same sentence retold.
    share: float = 0.5
    # Fewest content words aligned: two short sentences sharing three words tell nothing alike.
    min_words: int = 6
    # Adjacent content-word pairs two sentences must share to be aligned at all (blocking).
    min_keys: int = 2
    # Sentences sharing one key at most this many: a very common phrase pairs nothing.
    max_block: int = 200
    # Words on either side of a replaced stretch: longer stretches are a rewording, not one word turned round.
    max_replaced: int = 6
    # Levels of WordNet hypernyms above a name's instance hypernyms that still make two names of one kind.
    kind_levels: int = 2
    # Types of the knowledge base's names (recognised and linked) that fill one role when one replaces the
    # other: WordNet holds few people and organizations. Places are left to WordNet, which knows what lies
    # within what ("Glasgow" / "Scotland" is more precise, not another place).
    named_types: tuple[str, ...] = ("person", "organization")


OUTCOME = OutcomeWeights()

Word = tuple[str, int, int]  # a token and its document span
Name = tuple[int, int, str, str]  # a name of the knowledge base: document span, entity id, type


@dataclass(frozen=True)
class Turn:
    """One difference between two aligned sentences: what it is, and the two spans (document offsets)."""

    kind: str  # "antonym" | "negation" | "filler" | "swap"
    a: tuple[int, int]
    b: tuple[int, int]


def turns(a: tuple[str, int], b: tuple[str, int], stop_words: frozenset[str],
          weights: OutcomeWeights | None = None,
          names: tuple[Sequence[Name], Sequence[Name]] = ((), ())) -> list[Turn] | None:
    """The differences of two sentences (text, document offset) that retell each other; None when they do not
    (too few content words aligned). ``names``: the names the knowledge base found in each sentence."""
    w = weights or OUTCOME
    words_a, words_b = tokens(*a), tokens(*b)
    bases_a, bases_b = _bases(a[0]), _bases(b[0])
    if not _may_align(bases_a, bases_b, stop_words, w):
        return None
    la, lb = list(bases_a), list(bases_b)
    matcher = SequenceMatcher(None, la, lb, autojunk=False)
    share, hits = _alignment(matcher, la, lb, stop_words)
    if share < w.share or hits < w.min_words:
        return None
    found: list[Turn] = []
    unaligned = _unaligned(matcher, la, lb)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        here: list[Turn] = []
        if max(i2 - i1, j2 - j1) <= w.max_replaced:
            here = _replaced_turns(words_a[i1:i2], words_b[j1:j2], a[0], b[0], (a[1], b[1]), w.kind_levels, unaligned)
            if not here and op == "replace":
                here = _name_fillers((words_a, i1, i2), (words_b, j1, j2), (a, b), (la, lb), w.kind_levels)
        if not here and op == "replace" and max(_length(words_a[i1:i2], names[0]),
                                                _length(words_b[j1:j2], names[1])) <= w.max_replaced:
            here = _named_fillers((words_a, i1, i2), (words_b, j1, j2), (a[0], b[0]), names, w.named_types)
        found += here
    found = _swaps_kept(found, words_a, words_b, la, lb, matcher, stop_words)
    return found + _negations(a, b, words_a, words_b, matcher, found)


def _swaps_kept(found: list[Turn], words_a: Sequence[Word], words_b: Sequence[Word], la: list[str], lb: list[str],
                matcher: SequenceMatcher, stop_words: frozenset[str]) -> list[Turn]:
    """Fillers naming a thing the other sentence writes elsewhere: none when only one of the two is written in
    both ("warned Varga that if Tarn would not join" / "if Varga chose not to": another name for the same
    part); a *swap* when both are and aligned content words stand between them (two parts of one act
    exchanged: "A stopped short of it, as B had wished" / "B stopped short of it, as A had wished"); none when
    only function words do (one list in another order: "A, B and C" / "B, A and C")."""
    aligned = {m.a + k for m in matcher.get_matching_blocks() for k in range(m.size)}
    index_a = {start: i for i, (_w, start, _e) in enumerate(words_a)}
    index_b = {start: j for j, (_w, start, _e) in enumerate(words_b)}
    kept = []
    for t in found:
        if t.kind != "filler":
            kept.append(t)
            continue
        i, mine, theirs = index_a[t.a[0]], la[index_a[t.a[0]]], lb[index_b[t.b[0]]]
        if mine not in lb and theirs not in la:
            kept.append(t)
        elif mine in lb and theirs in la:
            j = la.index(theirs)
            if any(k in aligned and _content(la[k], stop_words) for k in range(min(i, j) + 1, max(i, j))):
                kept.append(Turn("swap", t.a, t.b))
    return kept


@lru_cache(maxsize=65536)
def _base(word: str) -> str:
    """The word's shortest WordNet base form ("signed" → sign, "did" → do): one verb in two tenses aligns."""
    from vitrina.qa.lexical import base_forms

    return min(sorted(base_forms(word)), key=len) if word.isalpha() else word


# Sentences whose base words are kept (a few hundred bytes each): the outcome comparisons align one sentence
# with each candidate it meets, thousands of times in a large build.
BASES_CACHE = 16384


@lru_cache(maxsize=BASES_CACHE)
def _bases(text: str) -> tuple[str, ...]:
    """The base form of each word of a sentence (``_base``), in order."""
    return tuple(_base(t[0]) for t in tokens(text))


def _may_align(la: Sequence[str], lb: Sequence[str], stop_words: frozenset[str], w: OutcomeWeights) -> bool:
    """Could two sentences' base words be aligned enough (``_alignment``) to retell each other? A word is aligned
    only with the same word of the other sentence, so each sentence's words that the other writes somewhere
    bound the words aligned: False when even that bound misses ``w.share`` or ``w.min_words`` (the pair is
    then not worth difflib's alignment, and ``turns`` would find it not aligned)."""
    content_a = [la[i] for i in _content_at(tuple(la), stop_words)]
    content_b = [lb[j] for j in _content_at(tuple(lb), stop_words)]
    if not content_a or not content_b:
        return True  # ``_alignment`` decides (nothing to align)
    in_a, in_b = set(la), set(lb)
    shorter, other = (content_a, in_b) if len(content_a) <= len(content_b) else (content_b, in_a)
    hits = sum(1 for x in shorter if x in other)
    values = sum(1 for x in la if x.isdigit() and x in in_b)
    return hits / len(shorter) >= w.share and hits + values >= w.min_words


def alignment(a: str, b: str, stop_words: frozenset[str]) -> tuple[float, int]:
    """The share of the shorter sentence's content words aligned with the other's, and how many."""
    la, lb = list(_bases(a)), list(_bases(b))
    return _alignment(SequenceMatcher(None, la, lb, autojunk=False), la, lb, stop_words)


def _alignment(matcher: SequenceMatcher, la: list[str], lb: list[str], stop_words: frozenset[str]) -> tuple[float, int]:
    """The share of the shorter sentence's content words aligned, and the words aligned: its content words and
    the numbers both sentences write in the same place (the same year or day is as much a shared word)."""
    aligned_a = {i for m in matcher.get_matching_blocks() for i in range(m.a, m.a + m.size)}
    aligned_b = {j for m in matcher.get_matching_blocks() for j in range(m.b, m.b + m.size)}
    content_a, content_b = _content_at(tuple(la), stop_words), _content_at(tuple(lb), stop_words)
    if not content_a or not content_b:
        return 0.0, 0
    shorter = min((content_a, aligned_a), (content_b, aligned_b), key=lambda c: len(c[0]))
    hits = sum(1 for i in shorter[0] if i in shorter[1])
    values = sum(1 for i in aligned_a if la[i].isdigit())  # a number both write in one place (a year, a day)
    return hits / len(shorter[0]), hits + values


@lru_cache(maxsize=BASES_CACHE)
def _content_at(words: tuple[str, ...], stop_words: frozenset[str]) -> tuple[int, ...]:
    """The places of a sentence's content words (``_content``), kept per sentence: every pair it is in asks."""
    return tuple(i for i, x in enumerate(words) if _content(x, stop_words))


def _content(word: str, stop_words: frozenset[str]) -> bool:
    return word.isalpha() and len(word) >= POLARITY_LIMITS["content_letters"] and word not in stop_words


def _replaced_turns(xs: Sequence[Word], ys: Sequence[Word], text_a: str, text_b: str,
                    offsets: tuple[int, int], levels: int,
                    sentences: tuple[Sequence[str], Sequence[str]] = ((), ())) -> list[Turn]:
    """Antonyms or two instances of one kind facing each other in one replaced stretch (one turn at most; the
    words standing nearest the same place of the stretch, counted from its start or its end, first). A name is
    no filler facing the other's when the other sentence names its thing too ("at Spain's request, the A
    ambassador" / "at the Spanish government's request, the B ambassador": Spanish faces Spain, not A), by a
    word of its own not aligned (``sentences``: each sentence's unaligned words)."""
    def apart(ij: tuple[int, int]) -> int:
        i, j = ij
        return min(abs(i - j), abs((len(xs) - i) - (len(ys) - j)))

    for i, j in sorted(product(range(len(xs)), range(len(ys))), key=apart):
        x, y = xs[i], ys[j]
        if x[0] == y[0] or not (x[0].isalpha() and y[0].isalpha()):
            continue
        if antonymous(x[0], y[0]) and not {x[0], y[0]} & ORDINALS.keys():  # "first"/"second": which of a series
            return [Turn("antonym", x[1:], y[1:])]
        if (_capitalised(x, text_a, offsets[0]) and _capitalised(y, text_b, offsets[1]) and same_kind(x[0], y[0], levels)
                and not (_in_name(x, text_a, offsets[0]) or _in_name(y, text_b, offsets[1]))
                and not (_named_in(x[0], sentences[1]) or _named_in(y[0], sentences[0]))):
            return [Turn("filler", x[1:], y[1:])]
    return []


def _name_fillers(xs: tuple[Sequence[Word], int, int], ys: tuple[Sequence[Word], int, int],
                  sentences: tuple[tuple[str, int], tuple[str, int]], bases: tuple[Sequence[str], Sequence[str]],
                  levels: int) -> list[Turn]:
    """Two names of several words facing each other in one replaced stretch, each read whole (the run of
    capitalised words holding a replaced word, aligned words included: "the Black Sea" / "the Baltic Sea", "the
    Bay of Bengal" / "the Arabian Sea", "New York" / "Boston"), for two things of one kind in WordNet (two seas,
    two rivers, two cities; ``same_kind`` without ``spelling``): another filler of one role. A name whose own words the other
    sentence writes elsewhere is not replaced (another name for the same part)."""
    (words_a, i1, i2), (words_b, j1, j2) = xs, ys
    runs_a = sorted({run for i in range(i1, i2) if (run := _name_run(words_a, i, *sentences[0])) is not None})
    runs_b = sorted({run for j in range(j1, j2) if (run := _name_run(words_b, j, *sentences[1])) is not None})
    for ra, rb in product(runs_a, runs_b):
        if ra[1] - ra[0] == rb[1] - rb[0] == 1:
            continue  # one word each: ``_replaced_turns`` judged them
        own_a, own_b = set(bases[0][ra[0]:ra[1]]), set(bases[1][rb[0]:rb[1]])
        if own_a == own_b or (own_a - own_b) & set(bases[1]) or (own_b - own_a) & set(bases[0]):
            continue
        key_a, key_b = _name_key(words_a, ra, *sentences[0]), _name_key(words_b, rb, *sentences[1])
        if same_kind(key_a, key_b, levels, spelling=False):
            return [Turn("filler", (words_a[ra[0]][1], words_a[ra[1] - 1][2]),
                         (words_b[rb[0]][1], words_b[rb[1] - 1][2]))]
    return []


def _name_run(words: Sequence[Word], k: int, text: str, offset: int) -> tuple[int, int] | None:
    """The run of capitalised words (``_capitalised``; a word of ``name_joiners`` may join two: "Bay of Bengal")
    holding word ``k``, as word indexes [start, end); None when word ``k`` is not capitalised."""
    if not _capitalised(words[k], text, offset):
        return None
    joiners = lexicon.words("name_joiners")
    lo = k
    while lo > 0 and (_capitalised(words[lo - 1], text, offset)
                      or words[lo - 1][0] in joiners and lo > 1 and _capitalised(words[lo - 2], text, offset)):
        lo -= 1
    hi = k + 1
    while hi < len(words) and (_capitalised(words[hi], text, offset)
                               or words[hi][0] in joiners and hi + 1 < len(words)
                               and _capitalised(words[hi + 1], text, offset)):
        hi += 1
    return lo, hi


def _name_key(words: Sequence[Word], run: tuple[int, int], text: str, offset: int) -> str:
    """A name's WordNet lemma: the name as written, lower-cased, its spaces underscores ("black_sea",
    "bay_of_bengal", "st._lucia")."""
    written = text[words[run[0]][1] - offset:words[run[1] - 1][2] - offset]
    return "_".join(written.lower().split())


def _named_fillers(xs: tuple[Sequence[Word], int, int], ys: tuple[Sequence[Word], int, int],
                   texts: tuple[str, str], names: tuple[Sequence[Name], Sequence[Name]],
                   types: Sequence[str]) -> list[Turn]:
    """Two names of one type (a person, an organization, as recognised and linked) facing each other in one
    replaced stretch (the words of each sentence and the stretch's bounds), for two entities: another filler of
    one role ("A introduced the motion" / "B introduced the motion"). Only names in the same slot (the word
    before or after each is one word, the sentence's end being none: not "the A administration began" / "B
    pursued", nor "sent envoys to the A." / "sent letters to B."); not a name in
    parentheses (an abbreviation repeating the name before it); not two names sharing a word ("President
    Lind" / "Governor Lind": one person, another title); not a name whose entity the other sentence also names
    (another name for the same part; a swap when both are, judged as for any filler)."""
    inside_a = [(n, _words_of(n, xs[0][xs[1]:xs[2]])) for n in names[0] if n[3] in types]
    inside_b = [(n, _words_of(n, ys[0][ys[1]:ys[2]])) for n in names[1] if n[3] in types]
    for (x, wx), (y, wy) in product(inside_a, inside_b):
        if not (wx and wy) or x[3] != y[3] or x[2] == y[2] or {w[0] for w in wx} & {w[0] for w in wy}:
            continue
        before, after = _beside(xs[0], wx), _beside(ys[0], wy)
        if _bracketed(x, texts[0], xs[0][0][1]) or _bracketed(y, texts[1], ys[0][0][1]):
            continue
        if before[0] == after[0] or before[1] == after[1] != "":
            return [Turn("filler", (wx[0][1], wx[-1][2]), (wy[0][1], wy[-1][2]))]
    return []


def _beside(words: Sequence[Word], name: Sequence[Word]) -> tuple[str, str]:
    """The base forms of the words right before and right after a name ("" at the sentence's ends)."""
    at, last = words.index(name[0]), words.index(name[-1])
    return (_base(words[at - 1][0]) if at else "", _base(words[last + 1][0]) if last + 1 < len(words) else "")


def _bracketed(name: Name, text: str, offset: int) -> bool:
    """Is a name written in parentheses (an abbreviation or alias of the name before it)?"""
    at, end = name[0] - offset, name[1] - offset
    return text[:at].rstrip().endswith("(") and text[end:].lstrip().startswith(")")


def _length(words: Sequence[Word], names: Sequence[Name]) -> int:
    """The words of a replaced stretch, a name counting as one ("Gerald R. Ford" is one filler)."""
    return len(words) - sum(max(0, len(_words_of(n, words)) - 1) for n in names)


def _words_of(name: Name, words: Sequence[Word]) -> list[Word]:
    """The words of a name lying wholly in a replaced stretch (none when it runs beyond the stretch: the names
    then share words, one more precise at most)."""
    if not words or name[0] < words[0][1] or name[1] > words[-1][2]:
        return []
    return [w for w in words if name[0] <= w[1] and w[2] <= name[1]]


def _unaligned(matcher: SequenceMatcher, la: Sequence[str], lb: Sequence[str]) -> tuple[list[str], list[str]]:
    """The words of each sentence the alignment leaves unmatched."""
    blocks = matcher.get_matching_blocks()
    aligned_a = {m.a + k for m in blocks for k in range(m.size)}
    aligned_b = {m.b + k for m in blocks for k in range(m.size)}
    return ([x for i, x in enumerate(la) if i not in aligned_a], [y for j, y in enumerate(lb) if j not in aligned_b])


def _named_in(word: str, sentence: Sequence[str]) -> bool:
    """Does a sentence (its words' base forms) name the thing a name or its adjective stands for (Spanish /
    Spain: the same first letters and a shared WordNet referent; the same word written again is judged as a
    swap, not here)?"""
    return any(w != word and w[:_STEM] == word[:_STEM] and set(_referents(w)) & set(_referents(word)) for w in sentence)


def _capitalised(word: Word, text: str, offset: int) -> bool:
    """A name-like word: written with a capital, not as the sentence's first word, not an acronym."""
    at = word[1] - offset
    written = text[at:word[2] - offset]
    return at > 0 and written[:1].isupper() and not written.isupper()


def _in_name(word: Word, text: str, offset: int) -> bool:
    """Does a capitalised word begin a longer name ("the Lund Conference")? Then it names another thing, not
    another filler of one role."""
    rest = text[word[2] - offset:].lstrip(" -")
    return rest[:1].isupper()


@lru_cache(maxsize=65536)
def antonymous(x: str, y: str) -> bool:
    """Is one word a WordNet antonym of the other (by their base forms)?"""
    from vitrina.qa.lexical import antonyms, base_forms

    return bool(antonyms(x) & base_forms(y)) or bool(antonyms(y) & base_forms(x))


@lru_cache(maxsize=65536)
def _kinds(word: str, levels: int) -> frozenset[str]:
    """The kinds WordNet files a name under (its instance hypernyms: city, lake, European country), directly or
    through the noun its adjective pertains to (Spanish → Spain), and the kinds up to ``levels`` above those (a Balkan country is a European country, a country)."""
    from vitrina.qa.lexical import wordnet

    wn = wordnet()
    if wn is None:
        return frozenset()
    kinds = {h for n in _referents(word) for h in wn.synset(n).instance_hypernyms()}
    found = set(kinds)
    for _level in range(levels):
        kinds = {h for k in kinds for h in k.hypernyms()}
        found |= kinds
    return frozenset(k.name() for k in found)


@lru_cache(maxsize=65536)
def same_kind(x: str, y: str, levels: int | None = None, spelling: bool = True) -> bool:
    """Two names (WordNet lemmas, several words joined by underscores) of one kind for two things (two cities, two
    countries): fillers that cannot both hold one role. Not two names of one thing: a shared referent, a name and
    an adjective of another, a place and a place it lies in (``within``: "built in Glasgow" / "built in Scotland"
    is one more precise). With ``spelling``, also not one word within the other ("west" / "northwest") nor a name
    and its adjective by their first letters (Japan / Japanese); without it, two whole names read from the
    sentence are compared as written ("New York" and "New Jersey" are two states)."""
    if x == y or (spelling and (x in y or y in x or x[:_STEM] == y[:_STEM])):
        return False
    if set(_referents(x)) & set(_referents(y)) or _adjective(x) != _adjective(y):
        return False
    if within(x, y) or within(y, x):
        return False
    up = OUTCOME.kind_levels if levels is None else levels
    return bool(_kinds(x, up) & _kinds(y, up))


@lru_cache(maxsize=65536)
def one_referent(a: str, b: str) -> bool:
    """Two names as written that WordNet files under one thing ("Russia" / "the Soviet Union", "Burma" /
    "Myanmar"): one place or body named two ways."""
    def lemma(name: str) -> str:
        return "_".join(name.casefold().removeprefix("the ").split())

    return bool(set(_referents(lemma(a))) & set(_referents(lemma(b))))


@lru_cache(maxsize=65536)
def within(x: str, y: str) -> bool:
    """Is a place named ``x`` part of one named ``y`` (WordNet part holonyms, followed up: Glasgow → Scotland →
    United Kingdom)?"""
    from vitrina.qa.lexical import wordnet

    wn = wordnet()
    if wn is None:
        return False
    wanted = set(_referents(y))
    seen: set[str] = set()
    todo = [wn.synset(n) for n in _referents(x)]
    while todo:
        synset = todo.pop()
        if synset.name() in seen:
            continue
        seen.add(synset.name())
        if synset.name() in wanted:
            return True
        todo += synset.part_holonyms()
    return False


POLARITY_LIMITS = {
    "stem_letters": 3,  # first letters a name and the adjective made from it share (Spain / Spanish)
    "content_letters": 3,  # a content word has at least this many letters (no "of", "a", initials)
}
_STEM = POLARITY_LIMITS["stem_letters"]


@lru_cache(maxsize=65536)
def _adjective(word: str) -> bool:
    """A name's adjective (Spanish, British): WordNet has it as an adjective pertaining to a noun. A name and an
    adjective are not compared (French / Franklin)."""
    from vitrina.qa.lexical import wordnet

    wn = wordnet()
    return wn is not None and any(lemma.pertainyms() for s in wn.synsets(word, "a") for lemma in s.lemmas())


@lru_cache(maxsize=65536)
def _referents(word: str) -> tuple[str, ...]:
    """The things a name or its adjective stands for: its noun synsets and those of the noun it pertains to,
    most frequent first."""
    from vitrina.qa.lexical import wordnet

    wn = wordnet()
    if wn is None:
        return ()
    adjectives = wn.synsets(word, "a")
    nouns = [] if _adjective(word) else list(wn.synsets(word, "n"))  # "Spanish": Spain, not the language
    for synset in adjectives:
        nouns += [n for lemma in synset.lemmas() for p in lemma.pertainyms() for n in wn.synsets(p.name(), "n")]
    return tuple(dict.fromkeys(n.name() for n in nouns))


def _negations(a: tuple[str, int], b: tuple[str, int], words_a: Sequence[Word], words_b: Sequence[Word],
               matcher: SequenceMatcher, antonyms: Sequence[Turn]) -> list[Turn]:
    """A predicate both sentences write (or its antonym), negated in one only (by the dependency parse)."""
    pairs = {m.a + k: m.b + k for m in matcher.get_matching_blocks() for k in range(m.size)}
    by_start_a, by_start_b = ({w[1]: i for i, w in enumerate(ws)} for ws in (words_a, words_b))
    for t in antonyms:  # "rejected" / "did not accept": the antonym faces the negated predicate
        if t.kind == "antonym" and t.a[0] in by_start_a and t.b[0] in by_start_b:
            pairs[by_start_a[t.a[0]]] = by_start_b[t.b[0]]
    heads_a, heads_b = _negated(a), _negated(b)
    if bool(heads_a) == bool(heads_b):
        return []  # neither negates, or both do (perhaps on words that do not align: "had no" / "had never")
    index_a = {t[1]: i for i, t in enumerate(words_a)}
    index_b = {t[1]: i for i, t in enumerate(words_b)}
    back = {j: i for i, j in pairs.items()}
    out = []
    for (neg, head), index, other_heads, mapping, words_other, first in (
            *((h, index_a, heads_b, pairs, words_b, True) for h in heads_a),
            *((h, index_b, heads_a, back, words_a, False) for h in heads_b)):
        i = index.get(head[0])
        j = mapping.get(i) if i is not None else None
        if j is None or any(h[1][0] == words_other[j][1] for h in other_heads):
            continue  # the predicate is not aligned, or the other negates it too
        mine, theirs = (min(neg[0], head[0]), max(neg[1], head[1])), words_other[j][1:]
        out.append(Turn("negation", mine, theirs) if first else Turn("negation", theirs, mine))
    return out


# Sentences whose negations are kept (a few spans each): a sentence is asked once per candidate pair it is in,
# and its parse would otherwise be redone once the comparisons' small parse cache has let it go.
NEGATION_CACHE = 8192


def _negated(sentence: tuple[str, int]) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Each negation of the sentence and the predicate it negates, as document spans: a negative word
    ("not", "never"), a negative implicative ("failed to", "unable to", lexicon ``qa_negative_implicatives``) or a
    negative subordinator ("unless it surrendered", lexicon ``negative_subordinators``)."""
    return list(_negated_once(*sentence))


@lru_cache(maxsize=NEGATION_CACHE)
def _negated_once(text: str, offset: int) -> tuple[tuple[tuple[int, int], tuple[int, int]], ...]:
    from vitrina.qa.parse import parse_many

    if not _may_negate(text):
        return ()  # no word that could negate: no parse needed
    doc = parse_many([text])[0]
    return tuple((_span(cue, offset), _span(predicate, offset)) for cue, predicate in negations(doc))


def _may_negate(text: str) -> bool:
    """Does the sentence write a word that could negate (a negator, "n't", a negative implicative or
    subordinator)?"""
    from vitrina.qa.lexical import base_forms

    if "n't" in text or "n’t" in text:
        return True
    cues = lexicon.words("qa_negators") | lexicon.words("negative_subordinators") | {"not"}
    implicatives = lexicon.words("qa_negative_implicatives")
    return any(w in cues or base_forms(w) & implicatives for w, _s, _e in tokens(text))


def _span(token: Any, offset: int) -> tuple[int, int]:
    return offset + token.idx, offset + token.idx + len(token.text)


# --- the collection -------------------------------------------------------------------------------------------

_SENTENCE_END = re.compile(r"[.!?][\"'’”)\]]*\s*$")


@dataclass(frozen=True)
class _Sentence:
    document: str
    start: int
    end: int
    text: str


def _sentences(kb: read.KnowledgeBase, capped: Capped | None = None) -> Iterator[_Sentence]:
    """The sentences of every document that may be retold (within the caps of one document: ``compare.Capped``)."""
    from vitrina import compare as c

    capped = capped or c.Capped()
    for d in kb.documents():
        text = kb.text(d.id)
        if text is None:
            continue
        for s in capped.sentences(kb, d.id, "retold sentences"):
            if _SENTENCE_END.search(text[s.start:s.end]):  # a heading or a caption line is no statement
                yield _Sentence(d.id, s.start, s.end, text[s.start:s.end])


def _keys(text: str, stop_words: frozenset[str]) -> set[str]:
    """Pairs of adjacent content words (function words left out): keys under which a sentence meets its retelling."""
    words = [w for w, _s, _e in tokens(text) if _content(w, stop_words)]
    return {f"{x} {y}" for x, y in zip(words, words[1:], strict=False)}


def candidate_pairs(sentences: Sequence[_Sentence], stop_words: frozenset[str],
                    weights: OutcomeWeights | None = None) -> list[tuple[int, int]]:
    """Pairs of sentences of two documents sharing ``min_keys`` keys or more."""
    w = weights or OUTCOME
    by_key: dict[str, list[int]] = defaultdict(list)
    for n, s in enumerate(sentences):
        for key in _keys(s.text, stop_words):
            by_key[key].append(n)
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for members in by_key.values():
        if 1 < len(members) <= w.max_block:
            for i, j in combinations(members, 2):
                if sentences[i].document != sentences[j].document and sentences[i].text != sentences[j].text:
                    shared[(i, j)] += 1
    return sorted(p for p, n in shared.items() if n >= w.min_keys)


_REASONS = {"antonym": "a word turned into its opposite", "negation": "negated in one sentence only",
            "filler": "another {kind} in the same place", "swap": "two names of one kind exchanged"}


def contradictions(kb: read.KnowledgeBase, weights: OutcomeWeights | None = None,
                   capped: Capped | None = None) -> Iterator[tuple[Any, Any, Turn]]:
    """Each pair of sentences of two documents retold with a contradicting turn: the two statements (``compare.
    Statement`` of kind "outcome", the differing words) and the turn; what the caps of one document left out is
    noted in ``capped`` (``compare.Capped``)."""
    from vitrina import compare as c

    stop_words = c._stop_words()
    sentences = list(_sentences(kb, capped))
    names = names_by_document(kb, (weights or OUTCOME).named_types)
    values = _value_spans(kb)
    for i, j in candidate_pairs(sentences, stop_words, weights):
        x, y = sentences[i], sentences[j]
        if _years_apart(x.text, y.text):
            continue
        turn = _either_way(x, y, stop_words, weights, (_within(names, x), _within(names, y)))
        if turn is not None and turn.kind == "antonym" and (
                in_value(values.get(x.document, []), turn.a) or in_value(values.get(y.document, []), turn.b)):
            continue  # a word of a date or an amount ("five years later" / "early in …"): values, not an outcome
        if turn is not None:
            yield _statement(x, turn.a), _statement(y, turn.b), turn


def _value_spans(kb: read.KnowledgeBase) -> dict[str, list[tuple[int, int]]]:
    """The spans of each document's dates and amounts, in text order."""
    out: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for d in kb.dates():
        out[d.document].append((d.start, d.end))
    for q in kb.quantities():
        out[q.document].append((q.start, q.end))
    for found in out.values():
        found.sort()
    return out


def in_value(spans: Sequence[tuple[int, int]], word: tuple[int, int]) -> bool:
    """Does a word (document span) lie inside one of the value spans (sorted by start)?"""
    at = bisect_left(spans, (word[0] + 1,))
    return any(start <= word[0] and word[1] <= end for start, end in spans[max(0, at - 3):at])


def _either_way(x: _Sentence, y: _Sentence, stop_words: frozenset[str], weights: OutcomeWeights | None,
                names: tuple[Sequence[Name], Sequence[Name]]) -> Turn | None:
    """The contradicting turn of two sentences aligned one way, else the other (difflib's alignment depends on
    which comes first: a stretch replaced in one order may be two shorter ones in the other)."""
    turn = contradiction(turns((x.text, x.start), (y.text, y.start), stop_words, weights, names) or [])
    if turn is not None:
        return turn
    back = contradiction(turns((y.text, y.start), (x.text, x.start), stop_words, weights, names[::-1]) or [])
    return Turn(back.kind, back.b, back.a) if back is not None else None


def outcome_comparisons(kb: read.KnowledgeBase, capped: Capped | None = None) -> list[Comparison]:
    """Comparisons of kind "outcome": one sentence retold with an odd number of turns (see the module's text)."""
    from vitrina import compare as c

    out = []
    for sa, sb, turn in contradictions(kb, capped=capped):
        what = _REASONS[turn.kind].format(kind="name of one kind")
        reason = f"“{sa.text}” / “{sb.text}”: {what}"
        out.append(c.Comparison("", "outcome", f"{sa.text} or {sb.text}", (), [sa, sb], "differ",
                                "the same sentence retold", [{"a": 0, "b": 1, "relation": "differ", "reason": reason}]))
    return out


def names_by_document(kb: read.KnowledgeBase, named_types: Collection[str]) -> dict[str, list[Name]]:
    """The names of the types that fill roles, by document, in the order of the text."""
    out: dict[str, list[Name]] = defaultdict(list)
    for m in kb.mentions():
        if m.type in named_types:
            out[m.document].append((m.start, m.end, m.entity, m.type))
    for found in out.values():
        found.sort()
    return out


def _within(names: dict[str, list[Name]], s: _Sentence) -> list[Name]:
    """The names of one sentence."""
    found = names.get(s.document, [])
    first = bisect_left(found, (s.start,))
    return [n for n in found[first:bisect_left(found, (s.end,))] if n[1] <= s.end]


def _years_apart(a: str, b: str) -> bool:
    """Both sentences write years and none in common: two acts of two times, however alike the words."""
    ya, yb = _years(a), _years(b)
    return bool(ya and yb and not ya & yb)


@lru_cache(maxsize=BASES_CACHE)
def _years(text: str) -> frozenset[str]:
    """The years a sentence writes (read once per sentence: every pair it is in asks)."""
    return frozenset(YEAR_WORD.findall(text))


def contradiction(found: Sequence[Turn]) -> Turn | None:
    """The turn that makes two retold sentences contradict: an odd number of antonyms and negations (two cancel
    out: "rejected" / "did not accept"), else a filler replaced."""
    polar = [t for t in found if t.kind in {"antonym", "negation"}]
    if len(polar) % 2:
        return polar[0]
    return next((t for t in found if t.kind in {"filler", "swap"}), None)


def _statement(s: _Sentence, span: tuple[int, int]) -> Any:
    from vitrina import compare as c

    return c.Statement("outcome", s.document, span[0], span[1], s.text[span[0] - s.start:span[1] - s.start],
                       (s.start, s.end), s.text, (), ())
