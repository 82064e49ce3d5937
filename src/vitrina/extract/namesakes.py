"""Things named after people and places: vessels, rooms of a building, diseases.

A ship's log or a hospital's register names many things after a person or a town: the barque "X Y", the
steamer "City of Z", a ward named for its benefactor, a fever named for the island it was first described on.
The model reads those names as the person or the place. Three kinds of evidence, all general:

* **a vessel** (``vessel_names``): a name right after a ship's class noun after a determiner ("the brig X",
  "her steamer "Y"", "the Brig "Z"" in a title), quoted or not, after a navy's prefix ("HMS X"), quoted after
  "the" and followed by its commander ("the "X" (Captain Y)", "the "X", master Y"), or marked up as one (TEI
  ``<name type="ship">``). A class noun is one of the lexicon's ``vessel_words`` or a noun whose WordNet sense
  is a kind of watercraft (``places.is_vessel_word``). The whole name is the vessel ("Queen" and "City of" too),
  typed ``other`` with source ``vessel``; every other occurrence of that name in the document written quoted or
  right after "the" ("the X anchored") is the vessel as well; a bare one ("did not call at X", "X said") is left to
  the other rules: it is as often the town or the person the vessel is named after.
* **a room or ward** (``without_room_names``): a person's name whose last word is a common noun with a WordNet
  sense of a room, a building or a division of a hospital ("X Ward", "Y Hall") is no person when the document
  uses that noun in lower case too ("the ward") or heads two or more such names with it ("X Ward", "Y Ward"):
  the document is then naming rooms, not a family. Such a name is kept as ``other``.
* **a disease** (``without_disease_eponyms``): a name followed by a noun whose WordNet sense is a disease, an
  illness, a fever or a syndrome ("X fever", "Y disease", "Z's disease") is part of the disease's name, neither
  a place nor a person: the mention is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache, lru_cache

from vitrina.extract.entities import RawMention
from vitrina.lexicon import words as lexicon_words

# WordNet synsets of the rooms and buildings a name's last word may name ("Albion Ward", "Albert Hall").
ROOM_ROOTS = ("block.n.05",)  # a hospital's ward, a prison's block (room.n.01 and building.n.01 took "X Bay", "Y Khan" of the tuning panels)
# WordNet synsets of the diseases a name may be part of ("X fever", "Y's disease").
DISEASE_ROOTS = ("disease.n.01", "illness.n.01", "fever.n.01", "syndrome.n.01")

NAMESAKES = {
    "before_chars": 40,  # how far before a name its determiner and class noun are looked for
    "name_words": 6,  # the most words a vessel's name has
    "room_names": 2,  # distinct names headed by one room noun that show the document names rooms
}

# The sources of the mentions this module makes: a vessel's and a room's name (typed ``other`` for good)
NAMESAKE_SOURCES = frozenset({"vessel", "room"})

_CAP = r"[^\W\d_a-z][\w'’-]*"
_QUOTE_OPEN = "\"“‘'"
_QUOTE_CLOSE = {'"': '"', "“": "”", "‘": "’", "'": "'"}


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The vessel frames, their words from the lexicon: a determiner (``work_introducers``) and at most one
    modifier before a class noun; a name run of capitalised words joined by "of" or a name particle
    (``name_particles``); a commander after a quoted name (``quoted_vessel_commanders``); a preposition of
    place (``work_place_prepositions``)."""
    dets = "|".join(sorted(lexicon_words("work_introducers"), key=len, reverse=True))
    joins = "|".join(re.escape(w) for w in sorted(lexicon_words("name_particles") | {"of"}, key=len, reverse=True))
    noun = re.compile(rf"\b(?i:{dets})[ \t]+(?:[a-z]+[ \t]+)?([A-Za-z]+)[ \t]+$")
    # a run stops one word past the longest name: a longer one is no name, and a line of one capitalised word
    # repeated is then never read to its end at every mention (1 MB of one word: 24 s of the build's 70)
    words = NAMESAKES["name_words"]
    run = re.compile(rf"{_CAP}(?:[ \t]+(?:(?:{joins})[ \t]+)?{_CAP}){{0,{words}}}")
    commanders = "|".join(sorted(lexicon_words("quoted_vessel_commanders"), key=len, reverse=True))
    commander = re.compile(rf"\s*[,(]\s*(?i:{commanders})\.?[ \t]+[A-Z]")
    preps = "|".join(sorted(lexicon_words("work_place_prepositions"), key=len, reverse=True))
    placed = re.compile(rf"\b(?i:{preps})[ \t]+$")
    return noun, run, commander, placed


def _name_at(text: str, at: int) -> tuple[int, int, bool] | None:
    """The vessel name starting at ``at`` (after an opening quotation mark, if any): its span and whether
    it is quoted; None when no capitalised name starts there."""
    _, run, _, _ = _patterns()
    quote = text[at : at + 1]
    if quote and quote in _QUOTE_OPEN:
        close = text.find(_QUOTE_CLOSE[quote], at + 1, at + 80)
        inner = text[at + 1 : close] if close > 0 else ""
        if close < 0 or not inner[:1].isupper() or "\n" in inner \
                or len(inner.split()) > NAMESAKES["name_words"]:
            return None
        return at + 1, close, True
    found = run.match(text, at)
    if found is None or len(found.group().split()) > NAMESAKES["name_words"]:
        return None
    end = found.end()
    while end > at and text[end - 1] in ".’'":
        end -= 1
    if text[end - 2 : end] in ("'s", "’s"):
        end -= 2
    return (at, end, False) if end > at else None


def _vessel_seeds(text: str, mentions: list[RawMention]) -> list[tuple[int, int, bool]]:
    """The spans the document calls a vessel's name right where it writes them (module doc)."""
    from vitrina.extract.places import is_vessel_word

    noun, _, commander, _ = _patterns()
    seeds = []
    for m in mentions:
        if m.type not in ("person", "place", "organization", "other", "group"):
            continue
        # the name may start before the model's span ("Queen" of "Queen X", an opening quotation mark)
        line_start = text.rfind("\n", 0, m.start) + 1
        lead = text[max(line_start, m.start - NAMESAKES["before_chars"]) : m.start]
        for k in range(len(lead) + 1):
            at = m.start - k
            if k and not (text[at : at + 1] in _QUOTE_OPEN or (text[at : at + 1].isupper()
                                                             and (at == 0 or not text[at - 1].isalnum()))):
                continue
            before = noun.search(text, max(0, at - NAMESAKES["before_chars"]), at)
            name = _name_at(text, at)
            if name is None or not (name[0] <= m.start and m.end <= name[1]):
                continue
            if before is not None and is_vessel_word(before.group(1)):
                seeds.append(name)
                break
            prefix = re.search(r"\b((?:[A-Z]\.?){2,5})[ \t]+$", text[max(0, at - 12) : at])
            if prefix is not None and is_vessel_word(prefix.group(1).replace(".", "")):
                seeds.append((max(0, at - 12) + prefix.start(1), name[1], name[2]))  # "HMS X": the whole name
                break
            if name[2] and re.search(r"\b[Tt]he[ \t]+$", text[max(0, at - 5) : at]) \
                    and commander.match(text, name[1] + 1):
                seeds.append(name)
                break
    return seeds


def vessel_names(text: str, mentions: list[RawMention],
                 marked: Sequence[tuple[int, int]] = ()) -> list[RawMention]:
    """``mentions`` with every vessel's name (module doc) one mention typed ``other`` (source ``vessel``), the
    mentions the model made of its words dropped. ``marked``: spans the input's markup calls a vessel.
    The input's own markup of another kind is trusted as it is."""
    seeds = _vessel_seeds(text, mentions) + [(s, e, False) for s, e in marked]
    names = {" ".join(text[s:e].split()) for s, e, _ in seeds}
    names = {n for n in names if n}
    if not names:
        return mentions
    spans: set[tuple[int, int]] = {(s, e) for s, e, _ in seeds}
    for name in names:
        pattern = r"[ \t\n]+".join(re.escape(w) for w in name.split())
        for hit in re.finditer(rf"(?<![\w'’-]){pattern}(?![\w-])", text):
            s, e = hit.span()
            if (s, e) in spans:
                continue
            quoted = text[s - 1 : s] in _QUOTE_OPEN
            if not quoted and re.search(r"\b[Tt]he[ \t]+$", text[max(0, s - 5) : s]) is None:
                continue  # "did not call at X", "X said": the place or person the vessel is named after
            if re.search(rf"{_CAP}[ \t]+$", text[max(0, s - 30) : s]) and not quoted \
                    or re.match(rf"[ \t]+{_CAP}", text[e:]) and not quoted:
                continue  # a longer name that holds it ("Port X", "X Harbour")
            spans.add((s, e))
    ordered = sorted(spans)
    kept = [m for m in mentions
            if not any(s < m.end and m.start < e for s, e in ordered) or m.source == "markup" and m.type != "other"]
    taken = [(m.start, m.end) for m in kept if m.source == "markup"]
    added = [RawMention(s, e, "other", "vessel") for s, e in ordered
             if not any(a < e and s < b for a, b in taken)]
    return sorted(kept + added, key=lambda m: (m.start, m.end))


@lru_cache(maxsize=4096)
def _has_sense_under(word: str, roots: tuple[str, ...]) -> bool:
    """Some WordNet noun sense of ``word`` (or of its singular) lies under one of ``roots``."""
    from vitrina.qa.lexical import under, wordnet

    wn = wordnet()
    if wn is None or not word.isalpha():
        return False
    base = wn.morphy(word.lower(), "n") or word.lower()
    senses = wn.synsets(base, "n")
    return bool(senses) and under(senses, [wn.synset(r) for r in roots], instances=False)


def room_noun(word: str) -> bool:
    """``word`` names a room, a building or a ward (``ROOM_ROOTS``) in one of its WordNet senses."""
    return _has_sense_under(word, ROOM_ROOTS)


def disease_noun(word: str) -> bool:
    """``word`` names a disease, an illness, a fever or a syndrome (``DISEASE_ROOTS``) in one of its senses."""
    return _has_sense_under(word, DISEASE_ROOTS)


def without_room_names(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """``mentions`` with each person's name headed by a room noun retyped ``other`` when the document names rooms
    with that noun (module doc). The input's own markup is trusted as it is."""
    heads: dict[str, set[str]] = {}
    for m in mentions:
        words = text[m.start : m.end].split()
        if m.type == "person" and m.source != "markup" and len(words) > 1 and words[-1][:1].isupper() \
                and room_noun(words[-1]):
            heads.setdefault(words[-1], set()).add(" ".join(words))
    rooms = {head for head, names in heads.items()
             if len(names) >= NAMESAKES["room_names"]
             or re.search(rf"\b{re.escape(head.lower())}s?\b", text) is not None}
    if not rooms:
        return mentions
    out = []
    for m in mentions:
        words = text[m.start : m.end].split()
        if m.type == "person" and m.source != "markup" and len(words) > 1 and words[-1] in rooms:
            m = replace(m, type="other", source="room")
        out.append(m)
    return out


_AFTER_NAME = re.compile(r"(?:['’]s)?[ \t]+([a-z]+)\b")


def without_disease_eponyms(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """``mentions`` without each name followed by a disease noun (module doc). The input's own markup is trusted."""
    out = []
    for m in mentions:
        if m.source != "markup" and m.type in ("person", "place", "organization", "group"):
            after = _AFTER_NAME.match(text, m.end)
            if after is not None and disease_noun(after.group(1)):
                continue
        out.append(m)
    return out


# WordNet's lexicographer files of the first noun sense of a lower-case noun after a person's name that make the
# name a modifier of that thing ("the X division", "the X station"), and the type the whole phrase then takes
THING_HEAD_TYPES = {"noun.group": "organization", "noun.artifact": "organization", "noun.location": "place"}

# WordNet synsets of groups that are people ("the X family", "the X clan"): the name there is the people's
PEOPLE_GROUPS = ("family.n.01", "family.n.02", "kin_group.n.01", "people.n.01")

_THE_BEFORE = re.compile(r"\b[Tt]he[ \t]+$")
_LOWER_NOUN_AFTER = re.compile(r"[ \t]+([a-z]+)\b")


@lru_cache(maxsize=4096)
def thing_head_type(word: str) -> str | None:
    """The type a name takes before the lower-case noun ``word`` ("division", "station", "gaol"): the first
    WordNet noun sense of a group, an artifact or a location (``THING_HEAD_TYPES``), a vessel's noun ``other``;
    None for a word read first as a verb ("spoke", "left", "launch": an inflected verb or more verb senses than
    noun senses), a noun of people ("leaders"), any other noun, a kinship noun or group of people ("the X family" is people: ``PEOPLE_GROUPS``), a
    road (left to the place rules) and an office noun ("the X
    administration", read as a role elsewhere)."""
    from vitrina.extract.places import is_vessel_word
    from vitrina.qa.lexical import wordnet

    wn = wordnet()
    if wn is None or word in lexicon_words("kinship_nouns") or word in lexicon_words("office_nouns") \
            or _has_sense_under(word, PEOPLE_GROUPS) or _has_sense_under(word, ("road.n.01",)):
        return None
    verb = wn.morphy(word, "v")
    if verb is not None and (verb != word or len(wn.synsets(word, "v")) > len(wn.synsets(word, "n"))):
        return None  # "X spoke", "X left", "the X launch": read as a verb first
    if any(x.lexname() == "noun.person" for x in wn.synsets(word, "n")):
        return None  # "the X leaders": people, not a thing
    if is_vessel_word(word):
        return "other"
    base = wn.morphy(word, "n") or word
    # a common noun's own sense, its lemma written in lower case ("was" is no "WA")
    senses = [x for x in wn.synsets(base, "n") if base in x.lemma_names()]
    if not senses:
        return None
    return THING_HEAD_TYPES.get(senses[0].lexname())


@lru_cache(maxsize=4096)
def _adjective(word: str) -> bool:
    """WordNet has an adjective sense of ``word`` in lower case ("German", "Great"): a modifier, not a name."""
    from vitrina.qa.lexical import wordnet

    wn = wordnet()
    return wn is not None and bool(wn.synsets(word.lower(), "a") or wn.synsets(word.lower(), "s"))


def things_named_for_people(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """A person's name (or the surname of one named in full here, whatever NER typed it; not an adjective: "the
    German border") after "the" and before a lower-case noun of a group, an artifact or a location ("the X
    division", "the X station", "the X gaol": ``thing_head_type``) names that thing, not the person: the mention
    covers the noun and takes the thing's type (a vessel's noun: a vessel)."""
    # the surnames of the people named in full here: one word NER typed otherwise is still one of them
    surnames = {text[m.start : m.end].split()[-1] for m in mentions
                if m.type == "person" and len(text[m.start : m.end].split()) > 1}
    out = []
    for m in mentions:
        after = _LOWER_NOUN_AFTER.match(text, m.end)
        surface = text[m.start : m.end]
        named = (m.type == "person" or m.type in ("organization", "other") and surface in surnames) \
            and not _adjective(surface.split()[-1])  # "the German border": no one's name
        kind = thing_head_type(after.group(1)) if after is not None and named else None
        if after is None or kind is None or _THE_BEFORE.search(text[max(0, m.start - 5) : m.start]) is None:
            out.append(m)
            continue
        source = "vessel" if kind == "other" else "thing"
        out.append(RawMention(m.start, after.end(1), kind, source))  # type: ignore[arg-type]
    return out
