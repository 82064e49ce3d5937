"""Where: the place one act took place, went to or came from, told in two documents.

"Fifteen nations signed the pact at A" / "… signed the pact at B"; "the family fled to C" / "escaped to D": a
contradiction of place has no date or amount to compare, and the rules that group dated statements keep two
clauses naming two places apart on purpose (two places are usually two acts). Here a place is a value of its
clause:

* **the venue** of a clause is a place name that is the object of a preposition of one slot (lexicon
  ``venue_prepositions``: where, whither, whence) attached to a verb or an event noun, read from spaCy's
  dependency parse; a name inside a noun phrase ("the coast of X", "the Belgian capital, X") stands for it;
  a list of places ("at X and Y") gives no venue;
* **its value** is the sense the product's own geocoding chose for the name (the entity's gazetteer key, kind
  and country): two names of one sense agree; a city or a division in the country named by the other is
  consistent (one more precise: "Paris" / "France"); two countries, two cities, or a city outside the other's
  country differ. A name with no sense, or of a kind no containment is known for (a region, a former state),
  is never compared ("the French capital" unresolved is no contradiction);
* **one act**: two sentences of two documents meet when they name one thing of the knowledge base or are dated
  in one year (blocking keys), share ``VENUE.min_shared_words`` content words, are not dated to different days
  or years, and their venues hang on one act (one WordNet base form or derivation: "signed" / "signing",
  ``compare._shared_predicate``) in the same slot. Places that agree or are one more precise need sentences
  alike in meaning (sentence vectors, ``VENUE.similarity``) or grouped as one act by ``vitrina.clauses``; places
  that differ need less likeness (``VENUE.differ_similarity``) but one occasion of the act (``_one_occasion``:
  one day, or one thing acted on and no other partner named): a repeatable act ("spoke in X" / "spoke in Y",
  two visits) is otherwise never a contradiction, nor are two acts ("born in X" / "died in Y").
  A name of the other's venue written anywhere in a sentence (a list in another order, a journey through both)
  is no replacement and is not compared; a sentence pair already shown contradicting, or compared by who or
  where, is left to that stage.

Nothing here is fitted by regression; the thresholds in ``VenueWeights`` were chosen by hand on the tuning
sets and the database of all of them (docs/compare.md, "Round 28").
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations
from typing import TYPE_CHECKING, Any

from vitrina import lexicon
from vitrina.store import read

if TYPE_CHECKING:
    from vitrina.compare import Capped, Comparison, Statement

__all__ = ["VENUE", "Sense", "Venue", "VenueWeights", "place_relation", "venue_comparisons", "venues"]


@dataclass(frozen=True)
class VenueWeights:
    """Thresholds of the place comparison (chosen by hand on tuning data; see docs/compare.md "Round 28")."""

    # Sentences alike in meaning (``compare._sentence_similarity``, cosine of sentence vectors): one act told twice,
    # whose places agree or one is more precise.
    similarity: float = 0.80
    # The same for two places that differ: lower, as ``_one_occasion`` must also hold (one day, or one thing
    # acted on and no other partner named).
    differ_similarity: float = 0.45
    # Content words both sentences write (a cheap set test before any vector or parse).
    min_shared_words: int = 4
    # A blocking key (an entity id) named in more sentences than this pairs nothing ("the United States").
    max_block: int = 60
    # Two clauses dated alike within this many days (a month) tell one occasion of a repeatable act.
    occasion_days: int = 31


VENUE = VenueWeights()

# Kinds of gazetteer senses whose containment is known by country code: a city or a first-level division lies in
# its country. Regions, continents and former states (no country of their own) are never compared.
_COMPARABLE_KINDS = {"city", "country", "admin-region"}
# Senses of GeoNames itself: a former name or a historical state (``alias:`` keys, "Leningrad", "Prussia") may
# stand on the land of a present one, so it only ever agrees with its own key.
_PRESENT = "geonames:"
# Dependencies naming what an act is done to (its object, or the subject of a passive).
_THEME_DEPS = {"dobj", "nsubjpass"}


@dataclass(frozen=True)
class Sense:
    """The gazetteer sense geocoding chose for a place entity."""

    key: str
    kind: str  # country | admin-region | city (the product's export kinds)
    country: str


@dataclass(frozen=True)
class Venue:
    """A place name as the object of a preposition of one slot, and the act (its governing word) it belongs to."""

    entity: str
    start: int  # the name's span in the document
    end: int
    slot: str  # location | goal | source
    act: tuple[str, ...]  # the governing verb or noun (lower case), and the verb a governing object hangs on
    theme: tuple[str, ...] = ()  # what the act is done to: its object's head noun (or the governing noun itself)


def place_relation(a: Sense, b: Sense) -> str | None:
    """"agree" (one sense), "consistent" (one lies in the other's country), "differ" (two senses, neither holding
    the other), or None (a kind whose containment is unknown)."""
    if a.key == b.key:
        return "agree"
    if any(s.kind not in _COMPARABLE_KINDS or not s.country or not s.key.startswith(_PRESENT) for s in (a, b)):
        return None
    if (a.kind == "country") != (b.kind == "country"):
        country, inner = (a, b) if a.kind == "country" else (b, a)
        return "consistent" if inner.country == country.country else "differ"
    if a.kind != b.kind:
        return None  # a city and a division of one country: which holds which is not known by codes
    if a.kind == "country" and a.country == b.country:
        return None  # two names of one country's land
    return "differ"


@lru_cache(maxsize=1)
def _slots() -> dict[str, str]:
    return {e.value.split()[0]: e.value.split()[1] for e in lexicon.entries("venue_prepositions")}


def venues(doc: Any, offset: int, places: list[tuple[int, int, str]]) -> list[Venue]:
    """The venues of a parsed sentence (``doc``, starting at document offset ``offset``): each place name
    (start, end, entity id; document offsets) that is the object of a slot preposition, with its act."""
    out = []
    for start, end, entity in places:
        inside = [t for t in doc if t.idx < end - offset and t.idx + len(t.text) > start - offset]
        if not inside:
            continue
        ids = {t.i for t in inside}
        head = next((t for t in inside if t.head.i not in ids or t.head.i == t.i), inside[0])
        found = _venue_of(head)
        if found is not None:
            out.append(Venue(entity, start, end, *found))
    return out


def _venue_of(token: Any) -> tuple[str, tuple[str, ...], tuple[str, ...]] | None:
    """(slot, act) of a name's head token, or None: climbs "the coast of X" and "the capital, X" to the noun
    phrase, refuses a member of a list."""
    if token.dep_ == "conj" or any(c.dep_ == "conj" for c in token.children):
        return None
    while True:
        if token.dep_ == "appos" and token.head.i != token.i:
            token = token.head
        elif token.dep_ == "compound" and token.head.pos_ in {"NOUN", "PROPN"}:
            token = token.head  # "Santiago harbor"
        elif token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ in {"NOUN", "PROPN"} \
                and token.head.head.i != token.head.i:
            token = token.head.head  # "the coast of X", "the port of X"
        else:
            break
        if token.dep_ == "conj" or any(c.dep_ == "conj" for c in token.children):
            return None
    prep = token.head
    if token.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _slots() or prep.head.i == prep.i:
        return None
    act = prep.head
    if act.pos_ == "PROPN" and act.dep_ == "pobj" and act.head.dep_ == "agent":
        act = act.head.head  # "signed by X in Y": the parser hangs the place on the agent's name
    elif act.pos_ == "PROPN" and act.dep_ in {"nsubj", "nsubjpass", "dobj"} and act.head.pos_ == "VERB":
        act = act.head  # "X in Y signed": likewise on a doer's or object's name
    if act.pos_ not in {"VERB", "NOUN"}:
        return None
    acts = [act.lower_]
    themes = [act.lower_] if act.pos_ == "NOUN" else [c.lower_ for c in act.children
                                                       if c.dep_ in _THEME_DEPS and c.pos_ in {"NOUN", "PROPN"}]
    if act.pos_ == "NOUN" and act.dep_ in _THEME_DEPS and act.head.pos_ == "VERB":
        acts.append(act.head.lower_)  # "signed the pact at X": the place of the pact's signing
    return _slots()[prep.lower_], tuple(acts), tuple(themes)


@dataclass
class _Told:
    """A sentence naming a comparable place and something else of the knowledge base."""

    document: str
    sentence: tuple[int, int]
    text: str
    places: list[tuple[int, int, str]]  # (start, end, entity id) of places with a comparable sense
    named: tuple[tuple[str, str, frozenset[str]], ...]
    ids: frozenset[str]
    dates: tuple[tuple[str, str], ...]


def _senses(kb: read.KnowledgeBase) -> dict[str, Sense]:
    """The gazetteer sense of every geocoded place entity (its ``details``), of a kind containment is known for."""
    out = {}
    for entity, details in kb.place_details():
        geo = json.loads(details or "{}").get("geocoding") or {}
        if geo.get("key") and geo.get("kind") in _COMPARABLE_KINDS:
            out[entity] = Sense(geo["key"], geo["kind"], geo.get("country") or "")
    return out


def _told(kb: read.KnowledgeBase, kinds: dict[str, tuple[str, str]], senses: dict[str, Sense],
          capped: Capped | None) -> Iterator[_Told]:
    from vitrina import compare as c

    for doc_id in [d.id for d in kb.documents()]:
        doc = c._load_one(kb, doc_id, capped, "places of one act").get(doc_id)
        if doc is None:
            continue
        dates: dict[int, list[tuple[str, str]]] = defaultdict(list)
        for d in kb.dates(document=doc_id):
            sentence = doc.sentence_at(d.start, d.end)
            if sentence is not None and d.lower and d.upper:
                dates[sentence.start].append((d.lower, d.upper))
        for sentence in doc.sentences:
            if not doc.names_in(sentence):
                continue
            text = doc.text[sentence.start:sentence.end]
            if not c._SENTENCE_END.search(text):
                continue
            named, spans = c._sentence_names(doc, sentence, kinds)
            places = [(s, e, x) for s, e, x, t in spans if t == "place" and x in senses]
            ids = frozenset(x[0] for x in named)
            if places and (len(ids) > 1 or sentence.start in dates):
                yield _Told(doc_id, (sentence.start, sentence.end), text, places, named, ids,
                            tuple(dates.get(sentence.start, ())))


def _pairs(told: list[_Told]) -> Iterator[tuple[_Told, _Told]]:
    """Sentences of two documents naming one thing or dated in one year (the first year of a date), each pair
    once."""
    by_id: dict[str, list[int]] = defaultdict(list)
    for i, t in enumerate(told):
        for x in t.ids | {f"year:{lower[:5]}" for lower, _upper in t.dates}:
            by_id[x].append(i)
    seen: set[tuple[int, int]] = set()
    for members in by_id.values():
        if len(members) > VENUE.max_block:
            continue
        for i, j in combinations(members, 2):
            if told[i].document != told[j].document and (i, j) not in seen:
                seen.add((i, j))
                yield told[i], told[j]


def _worth_parsing(a: _Told, b: _Told) -> bool:
    """Cheap tests first: a place of one not named by the other (or one named alike, for agreement), enough
    words shared, no two different dates, sentences alike in meaning."""
    from vitrina import compare as c

    shared = c._content_words(a.text) & c._content_words(b.text)
    if len(shared) < VENUE.min_shared_words:
        return False
    if a.dates and b.dates and not any(c._date_gap_days(x, y) == 0 for x in a.dates for y in b.dates):
        return False
    return c._sentence_similarity(a.text, b.text) >= VENUE.differ_similarity


def similarity(a: _Told, b: _Told) -> float:
    """Likeness in meaning of two sentences (``compare._sentence_similarity``; its vectors are cached)."""
    from vitrina import compare as c

    return c._sentence_similarity(a.text, b.text)


def _written_in(entity: str, kinds: dict[str, tuple[str, str]], told: _Told) -> bool:
    """Is a place (or a name written alike) named anywhere in the other sentence?"""
    from vitrina import compare as c

    if entity in told.ids:
        return True
    name = kinds.get(entity, ("", ""))[1]
    return any(c._same_name((entity, "place", c._name_words(name)), x) for x in told.named if x[1] == "place")


def _statement(t: _Told, v: Venue) -> Statement:
    from vitrina import compare as c

    text = t.text[v.start - t.sentence[0]:v.end - t.sentence[0]]
    return c.Statement("participant", t.document, v.start, v.end, text, t.sentence, t.text, (v.entity,), (),
                       people=((v.entity, "place", c._name_words(text)),))


def _one_act_venues(va: list[Venue], vb: list[Venue]) -> Iterator[tuple[Venue, Venue]]:
    """Venues of one act (governing words sharing a base form or derivation) in one slot, one on each side."""
    from vitrina import compare as c

    for x in va:
        same = [y for y in vb if y.slot == x.slot and c._shared_predicate(x.act, y.act)]
        mine = [z for z in va if z.slot == x.slot and c._shared_predicate(x.act, z.act)]
        if len(same) == 1 and len(mine) == 1:
            yield x, same[0]


def _most_precise(vs: list[Venue], senses: dict[str, Sense]) -> list[Venue]:
    """A sentence's venues without a country qualifying a place in it ("in X, Y": the town X is the venue)."""
    return [v for v in vs if not any(w is not v and w.slot == v.slot and w.act == v.act
                                     and place_relation(senses[v.entity], senses[w.entity]) == "consistent"
                                     and senses[v.entity].kind == "country" for w in vs)]


def _one_occasion(a: _Told, b: _Told, x: Venue, y: Venue) -> bool:
    """Two places of one act contradict only when the act happened once, done to one thing if both name what:
    both sentences dated to one day (each its only date); or
    dated alike to a month or less, or the act done to one thing both name (its object shares a word by base
    form or derivation: "signed the pact"), with neither sentence naming something else the other does not
    (another partner, another treaty: another act). An act that may be repeated ("spoke in X" / "spoke in Y", two visits) is otherwise not compared."""
    from vitrina import compare as c

    def dated_within(days: int) -> bool:
        return any(c._date_gap_days(p, q) == 0 and max(c._width_days(p), c._width_days(q)) <= days
                   for p in a.dates for q in b.dates)

    if x.theme and y.theme and not c._shared_predicate(x.theme, y.theme):
        return False  # the act done to two things ("removed the bombers" / "removed the missiles")
    if len(a.dates) == 1 and len(b.dates) == 1 and dated_within(0):
        return True  # one day, each sentence's only date: one occasion, whoever else the sentences name
    others_a = {n[0] for n in a.named if n[0] != x.entity} - b.ids
    others_b = {n[0] for n in b.named if n[0] != y.entity} - a.ids
    if others_a and others_b:
        return False
    return dated_within(VENUE.occasion_days) or bool(x.theme and y.theme and c._shared_predicate(x.theme, y.theme))


_WHY = {"agree": "the same place", "consistent": "one place lies in the other",
        "differ": "two places, neither holding the other"}


def venue_comparisons(kb: read.KnowledgeBase, kinds: dict[str, tuple[str, str]],
                      compared: set[frozenset[tuple[str, tuple[int, int]]]],
                      capped: Capped | None = None,
                      one_act: set[frozenset[tuple[str, tuple[int, int]]]] | None = None) -> list[Comparison]:
    """Places of one act told in two documents (module docstring), compared by their gazetteer senses; sentence
    pairs in ``compared`` are left to the stage that compared them; pairs in ``one_act`` (grouped as one act by
    ``vitrina.clauses``) need no likeness in meaning of their own."""
    from vitrina import compare as c
    from vitrina.qa.parse import parse_many

    senses = _senses(kb)
    if not senses:
        return []
    told = list(_told(kb, kinds, senses, capped))
    candidates = []
    for a, b in _pairs(told):
        key = frozenset({(a.document, a.sentence), (b.document, b.sentence)})
        if key not in compared and (key in (one_act or ()) or _worth_parsing(a, b)):
            candidates.append((a, b))
    out: list[Comparison] = []
    for a, b in candidates:
        key = frozenset({(a.document, a.sentence), (b.document, b.sentence)})
        da, db = parse_many([a.text, b.text])
        va = _most_precise(venues(da, a.sentence[0], a.places), senses)
        vb = _most_precise(venues(db, b.sentence[0], b.places), senses)
        for x, y in _one_act_venues(va, vb):
            relation = place_relation(senses[x.entity], senses[y.entity])
            if relation is None:
                continue
            if relation != "agree" and (_written_in(x.entity, kinds, b) or _written_in(y.entity, kinds, a)):
                continue  # both places named by both: a list or a journey, no replacement
            if relation == "differ" and not _one_occasion(a, b, x, y):
                continue
            if relation != "differ" and key not in (one_act or ()) and similarity(a, b) < VENUE.similarity:
                continue
            sa, sb = _statement(a, x), _statement(b, y)
            names = kinds.get(x.entity, ("", sa.text))[1], kinds.get(y.entity, ("", sb.text))[1]
            reason = f"“{sa.text}” / “{sb.text}”: {_WHY[relation]}"
            verdict = relation
            out.append(c.Comparison("", "participant", f"place of one act: {names[0]} or {names[1]}",
                                    tuple(sorted({x.entity, y.entity})), [sa, sb], verdict,
                                    f"one act ({x.act[0]} / {y.act[0]}) told in two documents, its place "
                                    f"({x.slot}) named in each",
                                    [{"a": 0, "b": 1, "relation": relation, "reason": reason}]))
    return out
