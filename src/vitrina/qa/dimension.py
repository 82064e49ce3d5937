"""What a quantity question asks for, and whether a candidate amount is of it (round 53 askquant).

A question asks a **dimension** — money ("how much did it cost", "how many dollars"), mass ("how heavy", "how much
did it weigh"), length ("how far", "how near", "how tall"), a share ("what percentage") — or a **count of a noun**
("how many governments"). A candidate amount states its own unit or counted noun ("184 pounds", "35 nations",
"$7.2 million"). Both are read from WordNet, never from the words of a question set:

* the dimension of a unit noun: a sense of it falls under a unit synset of ``lexicon/quantity_dimensions`` (pound is
  a mass unit by one sense and a monetary unit by another, so it is of both);
* the dimension an adjective asks: the attribute its sense is a value of ("heavy" -> weight, "far" -> distance);
* the dimension a stative verb asks: a noun of its first sense's definition ("weigh": "have a certain weight"); a
  verb of possession and its transfer (WordNet's verb.possession: pay, lend, get) with a bare "how much" asks money;
* a counted noun agrees with the asked one when either is a kind of the other (a group of persons, "people",
  counts its members: "40 refugees", not "two countries", WordNet's member meronyms), they are WordNet relatives, or they
  are groups sharing a hypernym a few arcs above both and deep enough in the hierarchy to say something
  (``QUANTITY``: governments and nations are both organizations; a sailor and a slave are both workers, but people
  are not counted for one another). (A group noun whose definition names the other, "troop": "a
  group of soldiers", was tried and dropped: "generation" is "all the people living at the same time".)

``agreement`` is the candidate feature ``quantity_agrees``; ``ask`` lets the gate read it when the sentence also
states the question's predicate (``QUANTITY_GATE``).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

from vitrina import lexicon
from vitrina.qa.duration import asks_duration, reads_rate
from vitrina.qa.lexical import base_forms, kind_of, lineage, related, wordnet
from vitrina.qa.text import STOPWORDS, WORD, fold
from vitrina.qa.weights import LEXICAL, QUANTITY, RELATED_MATCH

# the unit a question's own `Question.unit` names, as a dimension (an amount of time — how long, how soon, how often
# — is qa/duration.py's: the ranking's ``duration`` input reads it)
UNIT_DIMENSION = {"money": "money", "percent": "proportion"}
# dimensions a question reads as an amount of measure (qa/question.py sets Question.unit "measure" for them)
MEASURES = frozenset({"mass", "length", "area", "volume"})


@lru_cache(maxsize=1)
def _roots() -> dict[str, dict[str, str]]:
    """role -> synset name -> dimension, from ``lexicon/quantity_dimensions``."""
    out: dict[str, dict[str, str]] = {"unit": {}, "attribute": {}}
    for dimension, role, synset in lexicon.rows("quantity_dimensions"):
        out[role][synset] = dimension
    return out


def _dimensions_of(synsets: list[Any], role: str) -> frozenset[str]:
    roots = _roots()[role]
    return frozenset(roots[a.name()] for s in synsets for a in lineage(s) if a.name() in roots)


@lru_cache(maxsize=4096)
def unit_dimensions(word: str) -> frozenset[str]:
    """The dimensions ``word`` is a unit of, by any of its first noun senses ("pounds" -> mass and money)."""
    wn = wordnet()
    if wn is None or not word:
        return frozenset()
    senses = [s for f in base_forms(fold(word)) for s in wn.synsets(f, "n")[:int(QUANTITY["senses"])]]
    return _dimensions_of(senses, "unit")


@lru_cache(maxsize=4096)
def attribute_dimensions(noun: str) -> frozenset[str]:
    """The dimensions a noun naming a property measures ("distance" -> length, "weight" -> mass), first sense."""
    wn = wordnet()
    senses = [s for f in base_forms(fold(noun)) for s in wn.synsets(f, "n")[:1]] if wn is not None else []
    return _dimensions_of(senses, "attribute")


@lru_cache(maxsize=1024)
def adjective_dimensions(word: str) -> frozenset[str]:
    """The dimensions "how ADJ" asks: the attributes of the adjective's first senses ("far" -> length)."""
    wn = wordnet()
    senses = wn.synsets(fold(word), "a")[:int(QUANTITY["senses"])] if wn is not None else []
    return _dimensions_of([a for s in senses for a in s.attributes()], "attribute")


@lru_cache(maxsize=1024)
def verb_dimensions(verb: str) -> frozenset[str]:
    """The dimension a stative verb's first sense is defined by ("weigh": "have a certain weight" -> mass)."""
    wn = wordnet()
    senses = wn.synsets(fold(verb), "v")[:1] if wn is not None and verb else []
    if not senses or senses[0].lexname() != "verb.stative":
        return frozenset()
    words = [w for w in WORD.findall(senses[0].definition()) if w.lower() not in STOPWORDS]
    return frozenset(d for w in words for d in attribute_dimensions(w))


POSSESSION = "verb.possession"  # WordNet's verbs of buying, selling, owning and transfer (pay, lend, get, give)


@lru_cache(maxsize=1024)
def transfers_possession(verb: str) -> bool:
    """The verb's first sense is one of possession and its transfer: a bare "how much" with it asks an amount of
    money ("How much did X pay for Y?" is not answered by "500 acres")."""
    wn = wordnet()
    senses = wn.synsets(fold(verb), "v")[:1] if wn is not None and verb else []
    return bool(senses) and senses[0].lexname() == POSSESSION


def asked_dimensions(q: Any) -> frozenset[str]:
    """The dimensions a quantity question asks: its unit, its "how ADJ" or verb (``Question.dimension``), or the
    unit or property its asked noun names ("how many miles", "what percentage", "what distance")."""
    if q.expects != "quantity" or _of_time(q):
        return frozenset()
    if q.unit in UNIT_DIMENSION:
        return frozenset({UNIT_DIMENSION[q.unit]})
    if getattr(q, "dimension", None):
        return frozenset({q.dimension})
    if q.head:
        return unit_dimensions(q.head) or attribute_dimensions(q.head)
    if q.type == "how much" and q.unit is None:  # "how much" without a noun asks an amount of a mass, money or
        # measure: not a count (not "how often", "how long": their unit is set)
        return MEASURES | {"money"}
    return frozenset()


def _of_time(q: Any) -> bool:
    """An amount of time or a rate is asked (how long, how often, how many years): qa/duration.py's."""
    return q.unit == "frequency" or asks_duration(q)


def measuring(q: Any) -> bool:
    """The question's predicate is the verb that measures the asked dimension ("How much did X weigh?"): the
    amount's unit, not the verb, states it in a sentence ("At 90 pounds, X was …")."""
    return bool(q.dimension) and q.dimension in verb_dimensions(q.predicate or "")


CURRENCY = "Sc"  # Unicode category of currency signs ($, £, €)


def amount_unit(text: str) -> tuple[frozenset[str], str | None]:
    """What an amount's text says it is of: (dimensions its sign gives, its unit or counted noun). The noun is
    the last word before a preposition or clause ("some 8.7 million soldiers", "fifteen miles of X")."""
    signs = frozenset({"money"} if any(unicodedata.category(c) == CURRENCY for c in text) else ()) \
        | frozenset({"proportion"} if "%" in text else ())
    words: list[str] = []
    for word in WORD.findall(text):
        if words and word.lower() in STOPWORDS:
            break  # "miles *of* Moscow", "soldiers *who* …": the amount's own words end
        if word[:1].isalpha() and word.lower() not in STOPWORDS and not number_word(word):
            words.append(word)
    return signs, (words[-1] if words else None)


NUMBER = "number.n.02"  # WordNet's numbers: a word whose first sense is one writes the amount, not its unit


@lru_cache(maxsize=4096)
def number_word(word: str) -> bool:
    """A word of the number itself ("million", "dozen", "thousand"): its first noun sense is a number."""
    wn = wordnet()
    senses = wn.synsets(fold(word), "n")[:1] if wn is not None else []
    return bool(senses) and any(a.name() == NUMBER for a in lineage(senses[0]))


def agreement(text: str, q: Any) -> float:
    """1.0 when the amount ``text`` is of the asked dimension (by its sign or unit noun) or counts the asked noun
    (or one WordNet ties to it, ``count_agrees``); 0.0 otherwise, and when the question asks no quantity."""
    if q.expects != "quantity" or not re.search(r"\d|[^\W\d_]", text):
        return 0.0
    if q.unit == "frequency" and LEXICAL["rate_agrees"]:  # round 58 askv58: "every 45 seconds" for "how often"
        return float(reads_rate(text))
    if _of_time(q):
        return 0.0
    asked = asked_dimensions(q)
    signs, noun = amount_unit(text)
    if asked:
        return float(bool(asked & _stated(signs, noun)))
    if q.head and q.unit is None and noun is not None and not signs:
        return float(count_agrees(noun, q.head))
    return 0.0


def disagrees(text: str, q: Any) -> bool:
    """The amount states a unit of some dimension and none of the asked ones ("30 tons" for "how far")."""
    asked = asked_dimensions(q)
    if not asked:
        return False
    stated = _stated(*amount_unit(text))
    return bool(stated) and not stated & asked


def _stated(signs: frozenset[str], noun: str | None) -> frozenset[str]:
    """The dimensions an amount states: its sign's and its unit noun's."""
    return signs | (unit_dimensions(noun) if noun else frozenset())


@lru_cache(maxsize=16384)
def count_agrees(noun: str, asked: str) -> bool:
    """``noun`` counts what ``asked`` names: the same word; for a group of persons ("people") a kind of its members;
    else a kind of it either way, a close WordNet relative or a near co-hyponym (``shared_hypernym``)."""
    noun, asked = fold(noun), fold(asked)
    if base_forms(noun) & base_forms(asked):
        return True
    members = person_members(asked)
    if members:  # "how many people" counts persons: "40 refugees" answers it, "two countries" (a people) does not
        return any(kind_of(noun, m) for m in members)
    if kind_of(noun, asked) or kind_of(asked, noun):
        return True
    if any(related(a).get(n, 0.0) >= RELATED_MATCH for a in base_forms(asked) for n in base_forms(noun)):
        return True
    return shared_hypernym(noun, asked)


def _senses(word: str) -> list[Any]:
    wn = wordnet()
    if wn is None:
        return []
    return [s for f in base_forms(word) for s in wn.synsets(f.replace(" ", "_"), "n")[:int(QUANTITY["senses"])]]


PERSON = "person.n.01"


@lru_cache(maxsize=4096)
def person_members(noun: str) -> tuple[str, ...]:
    """The persons a group noun is made of, by its first sense's member meronyms ("people": person, "citizenry":
    citizen, "crew": crewman): counting such a group counts them. Empty for any other noun."""
    wn = wordnet()
    senses = [s for f in base_forms(noun) for s in wn.synsets(f, "n")[:1]] if wn is not None else []
    members = [m for s in senses if s.lexname() == GROUPS for m in s.member_meronyms()
               if any(a.name() == PERSON for a in lineage(m))]
    return tuple(m.lemmas()[0].name() for m in members)


# WordNet's lexicographer file of groups: a government, a nation, a state, a delegation, a party
GROUPS = "noun.group"


def shared_hypernym(a: str, b: str) -> bool:
    """Group senses of ``a`` and ``b`` meet at a hypernym at most ``QUANTITY["hypernym_arcs"]`` arcs above each and
    at least ``QUANTITY["hypernym_depth"]`` below the root (not "entity", "abstraction", "group"). Groups only: an
    institution is counted by the polity or body it stands for ("35 nations" signed for their governments), while
    kinds of people or of things sharing a parent are others ("135 slaves" counts no sailors, "12 aircraft" no
    ships)."""
    for x in _senses(a):
        for y in _senses(b):
            if x.lexname() != GROUPS or y.lexname() != GROUPS:
                continue
            for common in x.lowest_common_hypernyms(y):
                if common.min_depth() < QUANTITY["hypernym_depth"]:
                    continue
                if max(x.shortest_path_distance(common) or 0, y.shortest_path_distance(common) or 0) \
                        <= QUANTITY["hypernym_arcs"]:
                    return True
    return False
