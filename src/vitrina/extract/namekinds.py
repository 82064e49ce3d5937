"""Kinds of names read from their head word, WordNet's senses of it and the document's own evidence (round 52
red team, D2 and D5).

* A club named after its town is no person: "Varnley Vale Rovers", "Quenby Gentlemen" (the first word a
  town the gazetteer knows, the last the plural of a common noun of people or groups: WordNet noun.person /
  noun.group), "Varnley North End" (a compass word inside the name, lexicon ``compass_words``). Such a name NER
  typed a person or a place is an organization (``team_name``).
* A term of the calendar is no person or place: "Easter Term 1907", "in Trinity Term" (the head a common noun
  of time, WordNet noun.time, with no sense of a place or a person, and a year after it or a preposition of
  lexicon ``period_prepositions`` before it): dropped (``period_name``).
* "X's Hall", "St Y's College": a possessive name headed by a capitalised common noun of a building or an
  institution (its first WordNet sense noun.artifact, or noun.group
  and an institution's kind) is one organization, not the person X and
  a bare "Hall" to link (``possessive_institutions``; not a part of a longer name); and a two-word name NER
  typed a person whose last word is such a head the document uses for an organization ("Carver Hall" beside
  "St Osyth's Hall" or "Orwick College") is an organization too, unless that word is a surname in use in the
  document (alone or after a title) (``institutions_typed_people``).
* A division of land written as its kind before a place's name ("County X", the kind's first WordNet sense
  noun.location, the rest a place the gazetteer knows) NER typed a person is a place (``division_name``; round 59
  red team D3).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from vitrina.extract.entities import RawMention
from vitrina.lexicon import words as lexicon_words

if TYPE_CHECKING:
    from vitrina.extract.places import Gazetteer

# WordNet lexicographer files (without "noun.")
GROUP_KINDS = frozenset({"person", "group"})  # a team's plural head: "Rovers", "Athletes"
BUILDING_KIND = "artifact"  # a building's head: "Hall" (a body's, "College", is a group: ``institution_noun``)
PERIOD_KIND = "time"
DIVISION_KIND = "location"  # a division's kind before a place's name: "County", "District"
NOT_PERIOD_KINDS = frozenset({"location", "person"})  # "End", "Day": a place's or a person's name as well

_YEAR_AFTER = re.compile(r"[ \t]+\d{3,4}\b")
PREPOSITION_LOOKBACK = 20  # characters before a name searched for the preposition governing it
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \t]+$")
_POSSESSIVE_NAME = re.compile(
    r"\b(?:(?:St|Saint)\.?[ \t]+)?[A-Z][^\W\d_]*(?:[ \t]+[A-Z][^\W\d_]*){0,2}['’]s[ \t]+([A-Z][a-z]+)\b")


@lru_cache(maxsize=8192)
def common_senses(word: str) -> tuple[str, ...]:
    """The lexicographer files of the WordNet noun senses of ``word`` written in lower case (a capitalised
    lemma, "Hall" the chemist, is left out), in WordNet's order; of its singular for a plural."""
    from vitrina.qa.lexical import wordnet

    wn = wordnet()
    if wn is None:
        return ()
    low = word.lower()
    base = wn.morphy(low, "n") or low
    return tuple(s.lexname().removeprefix("noun.") for s in wn.synsets(base, "n")
                 if any(lemma.name() == base for lemma in s.lemmas()))


def _plural_of_kind(word: str, kinds: frozenset[str]) -> bool:
    from vitrina.qa.lexical import wordnet

    wn = wordnet()
    low = word.lower()
    base = wn.morphy(low, "n") if wn is not None else None
    return base is not None and base != low and bool(kinds & set(common_senses(low)))


def team_name(words: list[str], gaz: Gazetteer | None, town_known: bool = False) -> bool:
    """A club named after its town (module doc); ``town_known``: the first word's town need not be looked up."""
    if len(words) < 2 or not town_known and (gaz is None or gaz.resolve(words[0]) is None):
        return False
    compass = lexicon_words("compass_words")
    return _plural_of_kind(words[-1], GROUP_KINDS) or any(w.lower() in compass for w in words[1:-1])


def division_name(words: list[str], gaz: Gazetteer | None) -> bool:
    """A division of land named by its kind and a place ("County X", "Province of X" NER typed a person): the first
    word a common noun whose first WordNet sense is a place (``DIVISION_KIND``) and none a person's, the rest a
    place the gazetteer knows."""
    if len(words) < 2 or gaz is None or not words[0][:1].isupper():
        return False
    senses = common_senses(words[0])
    rest = [w for w in words[1:] if w.lower() != "of"]
    return bool(senses) and senses[0] == DIVISION_KIND and "person" not in senses and bool(rest) \
        and gaz.resolve(" ".join(rest)) is not None


def period_name(text: str, start: int, end: int) -> bool:
    """A term of the calendar written as a name (module doc)."""
    words = text[start:end].split()
    if len(words) < 2:
        return False
    kinds = set(common_senses(words[-1]))
    if PERIOD_KIND not in kinds or kinds & NOT_PERIOD_KINDS:
        return False
    before = _WORD_BEFORE.search(text, max(0, start - PREPOSITION_LOOKBACK), start)
    return _YEAR_AFTER.match(text, end) is not None \
        or before is not None and before.group(1).lower() in lexicon_words("period_prepositions")


def institution_noun(word: str) -> bool:
    """A common noun of a building or an institution: its first lower-case WordNet sense is a thing made
    (noun.artifact: "Hall"), or a group that ``institutions.institution_head`` reads as an institution's kind
    ("College"; not "Law", a group of rules)."""
    from vitrina.extract.institutions import institution_head

    senses = common_senses(word)
    return bool(senses) and (senses[0] == BUILDING_KIND or senses[0] == "group" and institution_head(word))


def possessive_institutions(text: str) -> list[tuple[int, int]]:
    """The spans of "X's Hall", "St Y's College" (module doc)."""
    return [(m.start(), m.end()) for m in _POSSESSIVE_NAME.finditer(text) if institution_noun(m.group(1))]


_POSSESSIVE_END = re.compile(r"([^\W\d_]+)['’]s\s+\S+$")


def _possessor(text: str, a: int, b: int) -> str:
    """The word before the "'s" of a possessive name ("Osyth" of "St Osyth's Hall")."""
    end = _POSSESSIVE_END.search(text, a, b)
    return end.group(1) if end else ""


def retype_by_heads(text: str, mentions: list[RawMention], gaz: Gazetteer | None) -> list[RawMention]:
    """``mentions`` with possessive institutions made one organization, clubs named after towns organizations,
    terms of the calendar dropped and names headed like the document's institutions organizations."""
    # not inside a longer name ("X Fund's Board of Y"), nor a body the model read apart from its person's
    # possessive ("President X's [Cabinet]": the person's cabinet, ``cluster``'s possessor rule), nor one whose
    # possessor is the surname of a person named in full here ("George X ... X's Cabinet")
    full = {text[m.start : m.end].split()[-1] for m in mentions
            if m.type == "person" and len(text[m.start : m.end].split()) >= 2}
    spans = [(a, b) for a, b in possessive_institutions(text)
             if _possessor(text, a, b) not in full and not any(m.start < b and a < m.end and m.type != "person"
                        and (m.start < a or m.end > b or text[m.start : m.end] == text[a:b].split()[-1])
                        for m in mentions)]
    out = [m for m in mentions if not any(a < m.end and m.start < b for a, b in spans)]
    out += [RawMention(a, b, "organization", "ORG") for a, b in spans]
    out.sort(key=lambda m: m.start)
    kept = []
    for m in out:
        if m.type not in ("person", "place") or m.source in {"markup", "credit"}:
            kept.append(m)
            continue
        if period_name(text, m.start, m.end):
            continue
        if team_name(text[m.start : m.end].split(), gaz):
            m = RawMention(m.start, m.end, "organization", "ORG", m.role)
        elif m.type == "person" and m.role is None and division_name(text[m.start : m.end].split(), gaz):
            m = RawMention(m.start, m.end, "place", "GPE", m.role)
        kept.append(m)
    return institutions_typed_people(text, clubs_cut_short(text, kept))


def clubs_cut_short(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """A name NER typed a person that is the end of a club's name the document writes in full, the rest of
    that name right before it ("2–0 Varnley [Vale Rovers]" beside "Varnley Vale Rovers"): the club."""
    clubs = {text[m.start : m.end] for m in mentions if m.type == "organization" and m.source == "ORG"
             and team_name(text[m.start : m.end].split(), None, town_known=True)}
    out = []
    for m in mentions:
        if m.type == "person" and m.source not in {"markup", "credit"}:
            surface = text[m.start : m.end]
            for club in clubs:
                lead = club[: len(club) - len(surface)]
                if club != surface and club.endswith(" " + surface) and text.endswith(lead, 0, m.start):
                    m = RawMention(m.start - len(lead), m.end, "organization", "ORG", m.role)
                    break
        out.append(m)
    return out


def institutions_typed_people(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """A name NER typed a person ending in a building's or an institution's noun the document heads an
    organization's name with ("Carver Hall" beside "St Osyth's Hall") is an organization (module doc)."""
    heads = {text[m.start : m.end].split()[-1] for m in mentions if m.type == "organization" and m.end > m.start}
    heads = {h for h in heads if h[:1].isupper() and institution_noun(h)}
    # a surname in use: the last word of another person's mention, or one alone ("Colonel X", "X said")
    used = {text[m.start : m.end].split()[-1] for m in mentions if m.type == "person" and m.end > m.start
            and (len(text[m.start : m.end].split()) == 1 or m.role is not None)}
    out = []
    for m in mentions:
        words = text[m.start : m.end].split()
        if m.type == "person" and len(words) == 2 and words[-1] in heads and words[-1] not in used \
                and not words[0].rstrip(".").isupper() and m.source not in {"markup", "credit"} and m.role is None:
            m = RawMention(m.start, m.end, "organization", "ORG", m.role)
        out.append(m)
    return out
