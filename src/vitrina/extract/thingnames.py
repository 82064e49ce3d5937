"""Things named after people and places (round 53 red team, D4): "X Ward", "Y Gazette", "Royal Medal".

A ward, a newspaper, a trench or a decoration is often named after a town or a person, and the model reads the
name as that town or person. A name of two words or more the model typed a person or an organization is the
*thing* its last word names when:

* its last word is a capitalised common noun whose first WordNet sense is a thing, a place, a body or an act
  (lexicographer files ``THING_KINDS``: noun.artifact "Trench", noun.communication "Gazette", noun.group
  "Regiment"), or with a later sense of an area (noun.location: "Ward"), that sense giving its kind
  (``KIND_TYPES``, ``head_kind``), and
* the words before it are a town the gazetteer knows ("Brackley", "London") or adjectives in lower case
  ("Military", "Royal"): a given name ("Bill Gates") is neither, and
* the document uses that last word for no person alone ("Ward said …").

Two more forms of the same kind, read by ``things_named_after`` as well:

* a body's name the model read without the title of its namesake ("the Duke of [X's Regiment]"): a possessive
  organization right after "<title> of " (a title held "of" a place, ``entities._titles_before_of``) starts at
  the title (``titled_possessors``);
* a body's name the model read without the lower-case noun after it ("from [X Circus] trench"): an organization
  right after a preposition of place (lexicon ``work_place_prepositions``) followed by one singular common noun
  whose first WordNet sense is a thing or a place (noun.artifact, noun.location) and then punctuation or a
  function word is that thing (``trailing_thing_nouns``).

A name the model typed an organization is retyped only by an area's or a publication's head after a town
(``BODY_RETYPED_KINDS``), and no name WordNet knows whole ("White House") is retyped.

A council's area named as a body (round 53 red team D9): "the Borough of X", "the Urban District of Y" — capitalised
common words after "the" whose last word's first WordNet sense is an area (noun.location), then "of" and a run of
capitalised names — is one organization, the place and the head the model read inside it no mentions of their own
(``district_bodies``; only where the model read the head as a name of its own once in the document, its sign that
the phrase is a name there);
and "the Borough" alone, such a head with no capitalised WordNet lemma and no town of that name, names nothing.

The input's markup and a credit line are trusted as they are.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from vitrina.extract.entities import RawMention
from vitrina.extract.namekinds import common_senses
from vitrina.lexicon import words as lexicon_words

if TYPE_CHECKING:
    from vitrina.extract.places import Gazetteer

# WordNet lexicographer files (without "noun.") of a head naming a thing, and the entity type each gives
KIND_TYPES = {
    "location": "place",  # "X Ward", "Y Park": an area
    "group": "organization",  # "X Regiment", "Y Borough Council"
    "artifact": "other",  # "X Trench", "Y Cross", "Z Bridge"
    "communication": "other",  # "X Gazette", "Y Medal"
    "act": "other",  # "X Operation"
}
THING_KINDS = frozenset(KIND_TYPES)
# The kinds that retype a name the model read as an organization (after a town only): an area, a publication
# ("X Ward", "X Gazette"); a building or an act after a town is as often the body housed or acting there
BODY_RETYPED_KINDS = frozenset({"location", "communication"})
# The source of a mention this module retyped, before its type: the type stays whatever the document-wide rules
# of ``cluster`` would make of the town or person inside the name (``thing_type``)
THING_SOURCE = "thing:"


def thing_type(source: str) -> str | None:
    """The type a mention of ``source`` keeps because this module gave it (module doc), or None."""
    return source[len(THING_SOURCE):] if source.startswith(THING_SOURCE) else None


# The kinds of a lower-case noun after an organization's name that make the whole the thing ("X trench")
TRAILING_KINDS = frozenset({"artifact", "location"})
_WORD_BEFORE = re.compile(r"\b([A-Za-z]+)[ \t]+$")
_TITLE_OF = re.compile(r"\b([A-Z][a-z]+)[ \t]+of[ \t]+$")
_NOUN_AFTER = re.compile(r"[ \t]+([a-z]+)\b(?=[ \t]*(?:[^\w \t]|$|([a-z]+)\b))")


_DISTRICT_TAIL = re.compile(r"[ \t]+of[ \t]+([A-Z][\w'’-]*(?:[ \t]+(?:and[ \t]+)?[A-Z][\w'’-]*)*)")
_THE_BEFORE = re.compile(r"\b[Tt]he[ \t]+$")


def head_kind(word: str) -> str | None:
    """The class of ``word``'s first WordNet sense, a capitalised common noun's, when it is in ``THING_KINDS``;
    else "location" when a later sense is one ("Ward": a ward of a town after a person's ward); else None
    ("Sound": its first sense a quality, its inlet no reason to read "X Sound" as a newspaper)."""
    if not word[:1].isupper() or not word.isalpha():
        return None
    senses = common_senses(word)
    if senses[:1] and senses[0] in THING_KINDS:
        return senses[0]
    return "location" if "location" in senses else None


def _adjective(word: str) -> bool:
    """``word`` is an adjective WordNet knows in lower case and no noun of a person ("Military", "Royal")."""
    from vitrina.qa.lexical import wordnet

    wn = wordnet()
    return wn is not None and word.isalpha() and bool(wn.synsets(word.lower(), "a")) \
        and "person" not in common_senses(word)


def named_thing(words: list[str], gaz: Gazetteer | None, body: bool = False) -> str | None:
    """The entity type of a name of ``words`` that names a thing after a town or with adjectives (module
    doc), or None. ``body``: the model read the name as an organization, which WordNet's whole name or a head
    of another kind than an area or a publication ("White House", "U.S. Embassy", "British Commonwealth")
    leaves one."""
    if len(words) < 2 or _known_whole(words):
        return None
    kind = head_kind(words[-1])
    if kind is None or body and kind not in BODY_RETYPED_KINDS:
        return None
    if body and "group" in common_senses(words[-1]):
        return None  # a head that can itself name a body ("X Command": an order, and a military unit) stays one
    modifier = words[:-1]
    if gaz is not None and gaz.resolve(" ".join(modifier)) is not None:
        return KIND_TYPES[kind]
    if not body and all(_adjective(w) for w in modifier) and common_senses(words[-1])[:1] == (kind,):
        return KIND_TYPES[kind]
    return None


def _known_whole(words: list[str]) -> bool:
    """WordNet knows the whole name as one lemma ("White House", "Pearl Harbor"): the model's type stands."""
    from vitrina.qa.lexical import wordnet

    wn = wordnet()
    return wn is not None and bool(wn.synsets("_".join(w.strip(".,") for w in words), "n"))


def _kind_written(text: str, head: str) -> bool:
    """The document writes the head of a person-typed name in lower case, as the common noun it is ("the
    trench", "trenches"): its sign that "Brackley Trench" names such a thing. A given name and an object-noun surname
    ("Tobin Beam", "Corlett Bell") in a text that never speaks of beams or bells stay a person."""
    return re.search(rf"(?<![\w-]){re.escape(head.lower())}(?:e?s)?(?![\w-])", text) is not None


def titled_possessors(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """``mentions`` with each possessive organization right after "<title> of " starting at the title
    (module doc: "the Duke of X's Regiment")."""
    from vitrina.extract.entities import _titles_before_of

    out = []
    for m in mentions:
        title = _TITLE_OF.search(text, max(0, m.start - 30), m.start)
        if m.type == "organization" and m.source not in {"markup", "credit"} and title is not None \
                and title.group(1).lower() in _titles_before_of() and re.search(r"\w['’]s\s", text[m.start : m.end]):
            m = RawMention(title.start(1), m.end, m.type, THING_SOURCE + m.type, m.role)  # no person for its title
        out.append(m)
    return out


def trailing_thing_nouns(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """``mentions`` with each organization followed by a lower-case noun of a thing made that thing (module
    doc: "X Circus trench")."""
    from spacy.lang.en.stop_words import STOP_WORDS

    from vitrina.qa.lexical import wordnet

    wn = wordnet()
    out = []
    for m in mentions:
        after = _NOUN_AFTER.match(text, m.end)
        before = _WORD_BEFORE.search(text, max(0, m.start - 20), m.start)
        if m.type == "organization" and m.source not in {"markup", "credit"} and after is not None and wn is not None \
                and before is not None and before.group(1).lower() in lexicon_words("work_place_prepositions") \
                and (after.group(2) is None or after.group(2) in STOP_WORDS) \
                and wn.morphy(after.group(1), "n") == after.group(1) \
                and common_senses(after.group(1))[:1] and common_senses(after.group(1))[0] in TRAILING_KINDS:
            m = RawMention(m.start, after.end(1), "other", THING_SOURCE + "other", None)
        out.append(m)
    return out


def _area_head(words: list[str]) -> bool:
    """Capitalised common words whose last one's first WordNet sense is an area ("Borough", "Urban District"),
    none of them a name WordNet writes capitalised."""
    from vitrina.qa.lexical import wordnet

    wn = wordnet()
    if wn is None or not words or not all(w.isalpha() and w[:1].isupper() for w in words):
        return False
    if any(lemma.name() == w for w in words for syn in wn.synsets(w) for lemma in syn.lemmas()):
        return False
    return common_senses(words[-1])[:1] == ("location",) and all(
        common_senses(w) or wn.synsets(w.lower(), "a") for w in words[:-1])


def district_bodies(text: str, mentions: list[RawMention], gaz: Gazetteer | None) -> list[RawMention]:
    """``mentions`` with each council's area named as a body one organization and a lone area head after "the"
    dropped (module doc)."""
    bodies: list[tuple[int, int]] = []
    heads: set[str] = set()
    lone: set[tuple[int, int]] = set()
    for m in mentions:
        words = text[m.start : m.end].split()
        if m.source in {"markup", "credit"} or _THE_BEFORE.search(text, max(0, m.start - 4), m.start) is None \
                or not _area_head(words) or gaz is not None and gaz.resolve(" ".join(words)) is not None:
            continue
        tail = _DISTRICT_TAIL.match(text, m.end)
        if tail is not None:
            heads.add(" ".join(words))
        elif len(words) == 1:
            lone.add((m.start, m.end))
    for head in heads:  # every "the <head> of <names>" of the document, the model's reading once is enough
        pattern = r"[ \t]+".join(re.escape(w) for w in head.split())
        for hit in re.finditer(rf"\b[Tt]he[ \t]+({pattern})(?={_DISTRICT_TAIL.pattern})", text):
            tail = _DISTRICT_TAIL.match(text, hit.end(1))
            bodies.append((hit.start(1), tail.end(1)))  # type: ignore[union-attr]
    if not bodies and not lone:
        return mentions
    out = [m for m in mentions if (m.start, m.end) not in lone
           and not any(a <= m.start and m.end <= b for a, b in bodies)]
    out += [RawMention(a, b, "organization", THING_SOURCE + "organization") for a, b in bodies]
    return sorted(out, key=lambda m: (m.start, m.end))


def things_named_after(text: str, mentions: list[RawMention], gaz: Gazetteer | None) -> list[RawMention]:
    """``mentions`` with each person's or organization's name that names a thing (module doc) retyped, bodies
    cut short of their namesake's title or their noun made whole."""
    mentions = district_bodies(text, trailing_thing_nouns(text, titled_possessors(text, mentions)), gaz)
    alone = {text[m.start : m.end] for m in mentions if m.type == "person" and " " not in text[m.start : m.end]}
    out = []
    for m in mentions:
        words = text[m.start : m.end].split()
        if m.type in ("person", "organization") and m.source not in {"markup", "credit"} and words \
                and words[-1] not in alone:
            kind = named_thing(words, gaz, body=m.type == "organization")
            if kind is not None and m.type == "person" and head_kind(words[-1]) == "artifact" \
                    and not _kind_written(text, words[-1]):
                kind = None  # "Tobin Beam": a surname that is a made thing's noun, the document no talk of one
            if kind is not None and kind != m.type:
                m = RawMention(m.start, m.end, kind, THING_SOURCE + kind, None)  # type: ignore[arg-type]
        out.append(m)
    return out
