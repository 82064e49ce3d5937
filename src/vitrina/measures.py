"""The dimension a measure of length or mass is of, and its size in a base unit.

"It stands 33 metres tall" and "a height of 45 metres" both give a height (WordNet: the attribute of the adjective
*tall*, the attribute noun *height*); "a lifting height of 30 metres" is another dimension (the noun carries a
modifier), and so is "45 metres wide" (width). Two measures of one dimension written in two units ("30 metres" /
"100 feet") are compared in the base unit (``lexicon/measure_units.txt``), to the precision of the rounder one.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import Any

from vitrina import lexicon
from vitrina.extract.numbers import SCALES, parse_number

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)\b")


def unit_size(unit: str) -> tuple[str, float] | None:
    """The quantity a unit measures ("length", "mass") and its size in the base unit, or None."""
    return _units().get(unit)


@lru_cache(maxsize=1)
def _units() -> dict[str, tuple[str, float]]:
    """``lexicon/measure_units.txt`` by unit, read once."""
    return {row[0]: (row[1], float(row[2])) for row in lexicon.rows("measure_units")}


def dimension(text: str, start: int, end: int, lo: int, hi: int) -> tuple[str, ...]:
    """The dimension of the measure at ``[start, end)`` in its clause ``[lo, hi)``: the modifier of the attribute noun
    ("" when none), then the attribute's words. Read from the adjective right after the measure ("33 metres tall"),
    an attribute noun after "in" ("45 metres in height") or before "of" ("a height of 45 metres"); () when none."""
    if not _unit_alone(text[start:end]):
        return ()  # "45,000 square miles": an area, not a length
    next_word = _NEXT_WORD.match(text, end, hi)  # the adjective stands right after the unit, no comma between
    after = [w.lower() for w in _WORD.findall(text[end:hi])][:2]
    if next_word and _adjective_attributes(next_word.group(1).lower()):
        return ("", *_adjective_attributes(next_word.group(1).lower()))
    if len(after) == 2 and after[0] == "in" and _noun_attributes(after[1]):
        return ("", *_noun_attributes(after[1]))
    before = [w.lower() for w in _WORD.findall(text[lo:start])][-3:]
    if len(before) >= 2 and before[-1] == "of" and _noun_attributes(before[-2]):
        modifier = before[-3] if len(before) == 3 and before[-3] not in _stop_words() else ""
        return (modifier, *_noun_attributes(before[-2]))
    return ()


def _unit_alone(written: str) -> bool:
    """The measure as written is a number and its unit, the unit's word alone ("33 metres", "a 10-mile"), not
    a unit with a word of its own before it ("45,000 square miles")."""
    before = re.sub(r"[\s-]*[A-Za-z]+\W*$", "", written)  # the written measure without its unit
    if before[-1:].isdigit():
        return True
    words = _WORD.findall(before)
    return bool(words) and (parse_number(words[-1].lower()) is not None or words[-1].lower() in SCALES)


def same_dimension(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """One modifier (or none) and an attribute word in common ("tall": stature, height / "high": height)."""
    return bool(a and b and a[0] == b[0] and set(a[1:]) & set(b[1:]))


def relation(value_a: float, unit_a: str, value_b: float, unit_b: str) -> str | None:
    """Two measures of one kind in two units: "agree" when the more precise one, in the other's unit, rounds to
    it at its significant figures, else "differ"; None when the units are not of one kind."""
    size_a, size_b = unit_size(unit_a), unit_size(unit_b)
    if size_a is None or size_b is None or size_a[0] != size_b[0]:
        return None
    in_a = value_b * size_b[1] / size_a[1]  # b written in a's unit
    rough, exact = (value_a, in_a) if _digits(value_a) <= _digits(value_b) else (in_a, value_a)
    digits = min(_digits(value_a), _digits(value_b))
    return "agree" if _rounded(exact, digits) == _rounded(rough, digits) else "differ"


def _rounded(value: float, digits: int) -> float:
    if value == 0:
        return 0.0
    return round(value, digits - 1 - math.floor(math.log10(abs(value))))


def _digits(value: float) -> int:
    """Significant figures of a written amount (30 → 1, 100 → 1, 33 → 2, 30.5 → 3)."""
    text = f"{value:.6g}".split("e")[0].replace(".", "").replace("-", "").lstrip("0")
    return max(1, len(text.rstrip("0")))


@lru_cache(maxsize=4096)
def _adjective_attributes(word: str) -> tuple[str, ...]:
    """The words of the attributes WordNet gives an adjective ("tall" → stature, height)."""
    wn = _wordnet()
    if wn is None:
        return ()
    found = {lemma.name().lower() for s in wn.synsets(word, "a") for attr in s.attributes() for lemma in attr.lemmas()}
    return tuple(sorted(found))


@lru_cache(maxsize=4096)
def _noun_attributes(word: str) -> tuple[str, ...]:
    """The words of a noun's attribute senses ("height" → height, tallness, stature, altitude …), none for a
    noun WordNet files under no attribute sense."""
    wn = _wordnet()
    if wn is None:
        return ()
    found = {lemma.name().lower() for s in wn.synsets(word, "n") if s.lexname() == "noun.attribute"
             for lemma in s.lemmas()}
    return tuple(sorted(found))


def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def _wordnet() -> Any:
    from vitrina.qa.lexical import wordnet

    return wordnet()


# --- counts told by a verb -----------------------------------------------------------------------

# Dependencies by which a number is what its verb counts: its subject ("61 were saved", "151 perished"), its
# object ("saved sixty") or a number standing on the verb's participle ("there were sixty-five saved").
_COUNTED_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "nummod"})
# Dependencies by which a noun a number counts is its verb's subject or object ("saved fifty-eight persons").
_NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
# WordNet verb files of a verb whose most frequent sense tells or reckons ("says sixty-five", "counts fifty-eight"):
# the number is what a witness reports, not a count of an act the verb is.
REPORTING_FILES = frozenset({"verb.communication", "verb.cognition"})


def verb_counts(doc: Any) -> list[tuple[int, int, float, str]]:
    """The numbers of a parsed sentence counted by a verb: (start, end, value, the count's unit: ``count_unit``),
    offsets in the sentence. A number is the verb's subject or object ("61 were saved", "saved sixty", "we found sixty-three
    saved"), stands on its participle ("there were sixty-five saved"), counts people who are its subject or object
    ("saved fifty-eight persons": a noun WordNet files under person) or is the predicate complement of a subject
    the verb describes ("the number saved was sixty-one"). A number of a kind of people or of a group ("3,000
    residents were evacuated", "2,214 households, or about 5,100 residents": the second of two nouns joined) is a
    count of that noun by the verb; a verb whose subject is an act written as a noun ("the evacuation covered …")
    counts for that act too (round 45)."""
    found = []
    for token in doc:
        if token.pos_ != "NUM" or token.dep_ == "compound":
            continue
        verb, noun = _counting_verb(token)
        if verb is None or _reporting(verb.lemma_.lower()):
            continue
        words = [t for t in token.subtree if t.pos_ in {"NUM", "PUNCT"} and t.i <= token.i]
        start, end = words[0].idx, token.idx + len(token.text)
        value = parse_number(doc.text[start:end].lower())
        if value is not None:
            acts = (verb.lemma_.lower(), *_subject_acts(verb), *_object_phrase(verb, token))
            found.append((start, end, value, count_unit(acts, noun)))
    return found


# The act of a verb and its object written as one word: "leave~home" for "left their homes" (round 46).
PHRASE_JOIN = "~"
# The preposition by which a WordNet gloss names where a motion starts ("go away from a place", "move people from
# their homes"): a verb whose gloss writes it moves from its object (round 46).
SOURCE_PREPOSITION = "from"
# Words after the source preposition of a gloss read for the place's noun ("from their homes": a determiner between).
SOURCE_NOUN_WORDS = 2


def _object_phrase(verb: Any, number: Any) -> tuple[str, ...]:
    """The act of a counting verb with its direct object when the verb moves from it (a frequent WordNet sense's
    gloss writes ``SOURCE_PREPOSITION``: leave.v.01 "go away from a place") and some verb's gloss moves from that
    noun ("residents left their homes": "leave~home", which evacuate.v.03 "move people from their homes" tells as
    one word; ``phrase_senses``). The object is a common noun that is not the number's own noun (round 46)."""
    obj = next((t for t in verb.children if t.dep_ == "dobj" and t.pos_ == "NOUN" and number not in t.subtree), None)
    if obj is None or not _moves_from(verb.lemma_.lower()):
        return ()
    phrase = f"{verb.lemma_.lower()}{PHRASE_JOIN}{obj.lemma_.lower()}"
    return (phrase,) if phrase_senses(phrase) else ()


# How many most frequent senses of a verb are read for its gloss (as the comparison's ``synonym_senses``).
GLOSS_SENSES = 2


@lru_cache(maxsize=4096)
def _moves_from(verb: str) -> bool:
    """Does a frequent WordNet sense of the verb move from something (its gloss writes ``SOURCE_PREPOSITION``)?"""
    wn = _wordnet()
    senses = wn.synsets(verb, "v")[:GLOSS_SENSES] if wn is not None else []
    return any(SOURCE_PREPOSITION in _WORD.findall(s.definition().lower()) for s in senses)


@lru_cache(maxsize=4096)
def phrase_senses(phrase: str) -> frozenset[str]:
    """The WordNet verb senses that tell a verb-and-object phrase (``_object_phrase``: "leave~home") as one word:
    those whose gloss moves from the object's noun (``SOURCE_PREPOSITION`` and, within ``SOURCE_NOUN_WORDS`` words,
    the noun in any number: evacuate.v.03 "move people from their homes or country"), of the verb file (WordNet's
    lexname: verb.motion) of the verb's sense that moves from something, not a sense of the phrase's own verb
    ("left office" is not "unseated": verb.social)."""
    verb, _join, noun = phrase.partition(PHRASE_JOIN)
    wn = _wordnet()
    if wn is None or not noun:
        return frozenset()
    own = wn.synsets(verb, "v")
    files = {s.lexname() for s in own[:GLOSS_SENSES] if SOURCE_PREPOSITION in _WORD.findall(s.definition().lower())}
    names = {s.name() for s in own}
    return frozenset(name for name, after in _source_glosses() if name not in names
                     and wn.synset(name).lexname() in files
                     and any(w == noun or (w[:2] == noun[:2] and wn.morphy(w, "n") == noun) for w in after))


@lru_cache(maxsize=1)
def _source_glosses() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Every WordNet verb sense whose gloss writes ``SOURCE_PREPOSITION``, with the ``SOURCE_NOUN_WORDS`` words after
    each (``phrase_senses``), read once."""
    wn = _wordnet()
    if wn is None:
        return ()
    found = []
    for synset in wn.all_synsets("v"):
        if SOURCE_PREPOSITION not in synset.definition():
            continue
        words = _WORD.findall(synset.definition().lower())
        after = tuple(w for n, word in enumerate(words) if word == SOURCE_PREPOSITION
                      for w in words[n + 1:n + 1 + SOURCE_NOUN_WORDS])
        if after:
            found.append((synset.name(), after))
    return tuple(found)


def count_unit(acts: tuple[str, ...], noun: str = "") -> str:
    """The unit of a number a verb counts: the acts it counts ("evacuate", or "cover+evacuate" for "the evacuation
    covered …"), then after a slash the noun counted when it says what is counted ("evacuate/resident")."""
    return "+".join(acts) + (f"/{noun}" if noun else "")


def count_parts(unit: str) -> tuple[tuple[str, ...], str]:
    """A count's unit (``count_unit``) as its acts and the noun counted ("" for people or a bare number)."""
    acts, _slash, noun = unit.partition("/")
    return tuple(acts.split("+")), noun


def _subject_acts(verb: Any) -> tuple[str, ...]:
    """The verb of an act written as a noun that is the counting verb's subject ("the evacuation covered …":
    evacuate): its most frequent WordNet noun sense an act (noun.act) with a verb derived from it."""
    wn = _wordnet()
    subject = next((t for t in verb.children if t.dep_ == "nsubj" and t.pos_ == "NOUN"), None)
    if wn is None or subject is None:
        return ()
    senses = wn.synsets(subject.lemma_.lower(), "n")[:1]
    if not senses or senses[0].lexname() != "noun.act":
        return ()
    verbs = sorted({d.name().lower() for lemma in senses[0].lemmas() if lemma.name().lower() == subject.lemma_.lower()
                    for d in lemma.derivationally_related_forms() if d.synset().pos() == "v"})
    return tuple(v for v in verbs[:1] if v != verb.lemma_.lower())


def _counting_verb(number: Any) -> tuple[Any, str]:
    """The verb that counts a number and the noun it counts ("" for people or a bare number); (None, "")."""
    head = number.head
    if number.dep_ in _COUNTED_DEPS and head.pos_ == "VERB" and head is not number:
        return head, ""
    if number.dep_ == "nummod" and head.pos_ == "NOUN":
        noun = head.head if head.dep_ == "conj" and head.head.pos_ == "NOUN" else head  # "… households, or … residents"
        if noun.dep_ in _NOUN_DEPS and noun.head.pos_ == "VERB":
            if people_noun(head.lemma_.lower()):
                return noun.head, ""
            if kind_of_people(head.lemma_.lower()):
                return noun.head, head.lemma_.lower()
    if number.dep_ == "attr" and head.lemma_ == "be":
        subject = next((t for t in head.children if t.dep_ in {"nsubj", "nsubjpass"}), None)
        described = subject and next((t for t in subject.children if t.dep_ == "acl" and t.pos_ == "VERB"), None)
        return (described or None), ""
    return None, ""


# WordNet noun files of a noun whose most frequent sense is a kind of people or a group of them ("residents",
# "households", "passengers"): what a verb counts of it is a count of that noun (round 45).
PEOPLE_FILES = frozenset({"noun.person", "noun.group"})


@lru_cache(maxsize=4096)
def kind_of_people(word: str) -> bool:
    """Is a noun's most frequent WordNet sense a kind of people or a group (``PEOPLE_FILES``)?"""
    wn = _wordnet()
    senses = wn.synsets(word, "n")[:1] if wn is not None else []
    return bool(senses) and senses[0].lexname() in PEOPLE_FILES


@lru_cache(maxsize=4096)
def _reporting(verb: str) -> bool:
    """Is the verb's most frequent WordNet sense one of telling or reckoning (``REPORTING_FILES``)?"""
    wn = _wordnet()
    senses = wn.synsets(verb, "v") if wn is not None else []
    return bool(senses) and senses[0].lexname() in REPORTING_FILES


@lru_cache(maxsize=4096)
def people_noun(word: str) -> bool:
    """A noun (in any number: "persons") that says only that people are counted ("persons", "souls", "people", "individuals"): a sense of it
    is WordNet's person or people itself. A noun of a kind of people ("passengers", "soldiers") says what is counted
    and stays the count's unit."""
    wn = _wordnet()
    if wn is None:
        return False
    wanted = {wn.synset("person.n.01"), wn.synset("people.n.01")}
    return any(s in wanted for s in wn.synsets(word.lower(), "n"))


# --- counts told by the noun they number ---------------------------------------------------------

# Tags of a plural common noun: what a number of several things counts ("18 U.S. soldiers", "six months' notice").
PLURAL_TAGS = frozenset({"NNS"})


def noun_counts(doc: Any) -> list[tuple[int, int, float, str]]:
    """The numbers of a parsed sentence that number a plural noun, as (start, end, value, the noun as written),
    offsets in the sentence: the noun the number modifies, whatever stands between ("18 U.S. soldiers", "three
    more years", "six months' notice"), or the object of its "of" ("18 of the world's leading maritime nations").
    A number inside a compound ("a 41-14 vote"), numbering a proper noun or below ``MIN_NOUN_COUNT`` ("one of the
    gravest threats") is none (round 57)."""
    found = []
    for token in doc:
        if token.pos_ != "NUM" or token.dep_ == "compound":
            continue
        noun = _numbered_noun(token)
        if noun is None:
            continue
        words = [t for t in token.subtree if t.pos_ in {"NUM", "PUNCT"} and t.i <= token.i]
        start, end = words[0].idx, token.idx + len(token.text)
        value = parse_number(doc.text[start:end].lower())
        if value is not None and value >= MIN_NOUN_COUNT:
            found.append((start, end, value, noun.text.lower()))
    return found


# The least number that counts a plural noun: "one of the gravest threats" picks one thing out, it counts nothing.
MIN_NOUN_COUNT = 2


def _numbered_noun(number: Any) -> Any:
    """The plural common noun a number counts: its head when it modifies one, else the object of its own "of"
    ("18 of the … nations"); None."""
    if number.dep_ == "nummod" and number.head.pos_ == "NOUN" and number.head.tag_ in PLURAL_TAGS:
        return number.head
    of = next((t for t in number.children if t.dep_ == "prep" and t.lower_ == "of"), None)
    noun = of and next((t for t in of.children if t.dep_ == "pobj"), None)
    return noun if noun is not None and noun.pos_ == "NOUN" and noun.tag_ in PLURAL_TAGS else None
