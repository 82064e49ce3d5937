"""Names that a family, a relative or a calendar gives, read before clustering (round 55 redents55).

* "the X family", "the X clan": the name is the family's, a person's name, never the place X
  (``family_surnames``);
* "J. W.", "Aunt T.": initials alone, or a kinship title with initials, are one person's whole name, and the
  span stops before "at <place>" (``initial_names``);
* "Michaelmas", "Lady Day": a feast or quarter day WordNet knows by that proper name is a time, no entity;
  "40 degrees Fahrenheit": a scale after a measure is a unit, no entity (``calendar_and_scale_words``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from vitrina.extract.entities import RawMention
from vitrina.extract.places import Gazetteer
from vitrina.lexicon import words as lexicon_words

# the sources of the mentions read here: the text itself types them (a family's or a kinship title's name, a
# shipping line's), and no gazetteer rule of the cluster retypes them
KIN_SOURCES = frozenset({"family", "kin", "line"})
# WordNet synsets a noun's first sense must be for a name before it to be a family's ("the X family", "the X
# clan"; not "the X tribe", whose first sense is a people's: the name there is a people's, left to NER's group)
FAMILY_SENSES = frozenset({"family.n.01", "family.n.02", "kin.n.01", "kin.n.02"})
# WordNet root of the words that measure ("degrees", "feet"): a name right after one and a number is its scale
MEASURE_ROOTS = ("unit_of_measurement.n.01",)

_THE_BEFORE = re.compile(r"\b[Tt]he[ \t]+$")
_LOWER_NOUN_AFTER = re.compile(r"[ \t]+([a-z]+)\b")
_INITIALS_AFTER = re.compile(r"(?:[ \t]+[A-Z]\.)+")
_CAPITAL_WORD_NEXT = re.compile(r"[ \t]+[A-Z][a-z]")
_KIN_INITIALS = re.compile(r"\b([A-Z][a-z]+)((?:[ \t]+[A-Z]\.)+)")
_PLACE_AFTER = re.compile(r"[ \t]+(at|in)[ \t]+([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)*)")
_MEASURE_BEFORE = re.compile(r"\d(?:[\d.]*\d)?[ \t]*(?:°|[ \t]([a-z]{3,}))[ \t]+$")  # "40 degrees ", "40° "


def family_surnames(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """A name after "the" and before a lower-case noun of a family or kin group ("the X family", "the X clan":
    ``FAMILY_SENSES``, or a kinship noun) names people: typed anything but a person, it becomes a person's (surname) mention."""
    out = []
    for m in mentions:
        after = _LOWER_NOUN_AFTER.match(text, m.end)
        surface = text[m.start : m.end]
        family = m.type not in {"person", "group"} and after is not None and _is_kin_group(after.group(1)) \
            and _THE_BEFORE.search(text[max(0, m.start - 5) : m.start]) is not None and not _adjective(surface)
        out.append(RawMention(m.start, m.end, "person", "family") if family else m)
    return out


@lru_cache(maxsize=1024)
def _is_kin_group(word: str) -> bool:
    """A kinship noun ("brothers") or a noun whose first WordNet sense is a family (``FAMILY_SENSES``)."""
    from vitrina.qa.lexical import wordnet

    wn = wordnet()
    base = (wn.morphy(word, "n") if wn is not None else None) or word
    if base in lexicon_words("kinship_nouns"):
        return True
    senses = wn.synsets(base, "n") if wn is not None else []
    return bool(senses) and senses[0].name() in FAMILY_SENSES


def _adjective(surface: str) -> bool:
    """ "the American family": a word WordNet has as an adjective in lower case is a modifier, no surname."""
    from vitrina.extract.namesakes import _adjective as adjective

    return adjective(surface.split()[-1])


def initial_names(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """Initials are one name: a person's mention cut after its first initial ("J." of "J. W.") takes the initials
    that follow (unless a capitalised word follows them: a full name is NER's); a kinship title with initials
    ("Aunt T.") is one person's mention, replacing the mentions inside or across it, and a name NER ran on past
    it ("Aunt T. at Ripon") leaves its place ("Ripon") a place of its own."""
    out = [_with_following_initials(text, m) for m in mentions]
    for kin in _KIN_INITIALS.finditer(text):
        if kin.group(1).lower() not in lexicon_words("kinship_nouns"):
            continue
        start, end = kin.span()
        inside = [m for m in out if m.start < end and start < m.end]
        if any(m.start < start for m in inside):
            continue  # part of a longer name ("Kate Aunt T."): left alone
        out = [m for m in out if m not in inside]
        out.append(RawMention(start, end, "person", "kin"))
        place = _PLACE_AFTER.match(text, end)
        if place is not None and any(m.end > end for m in inside):
            out.append(RawMention(place.start(2), place.end(2), "place", "GPE"))
    return sorted(out, key=lambda m: (m.start, m.end))


def _with_following_initials(text: str, m: RawMention) -> RawMention:
    """The mention widened over the initials after it when it ends on one ("J." → "J. W."), and over the full
    stop of its last initial when a tag or a cleaning cut it ("J. W" of "J. W.")."""
    if m.type == "person" and re.fullmatch(r"(?:[A-Z]\.[ \t]*)+[A-Z]", text[m.start : m.end]) \
            and text[m.end : m.end + 1] == ".":
        return RawMention(m.start, m.end + 1, m.type, m.source, m.role)
    if m.type != "person" or re.search(r"(?:^|\s)[A-Z]\.$", text[m.start : m.end]) is None:
        return m
    more = _INITIALS_AFTER.match(text, m.end)
    if more is None or _CAPITAL_WORD_NEXT.match(text, more.end()) is not None:
        return m
    return RawMention(m.start, more.end(), m.type, m.source, m.role)


def calendar_and_scale_words(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """Feast and quarter days ("Michaelmas", "Lady Day": a proper name WordNet gives only senses of time) and a
    scale written after a number and a unit ("40 degrees Fahrenheit") typed a person, an organization or a place
    name no entity: dropped (a feast NER typed other, "the Tet offensive", is left to it)."""
    return [m for m in mentions if m.type not in {"person", "organization", "place"}
            or not _feast_day(text[m.start : m.end]) and not _after_a_measure(text, m.start)]


@lru_cache(maxsize=4096)
def _feast_day(surface: str) -> bool:
    """WordNet knows ``surface`` as written (capitalised, as one lemma) and every noun sense of it is a time."""
    from vitrina.qa.lexical import wordnet

    wn = wordnet()
    lemma = "_".join(surface.split())
    if wn is None or not surface[:1].isupper() or not lemma.replace("_", "").isalpha():
        return False
    senses = wn.synsets(lemma, "n")
    own = [s for s in senses if lemma in s.lemma_names()]
    return bool(own) and all(s.lexname() == "noun.time" for s in senses)


def _after_a_measure(text: str, start: int) -> bool:
    """A number and a unit ("40 degrees", "40°") stand right before ``start``."""
    from vitrina.extract.namesakes import _has_sense_under

    before = _MEASURE_BEFORE.search(text[max(0, start - 40) : start])
    return before is not None and (before.group(1) is None or _has_sense_under(before.group(1), MEASURE_ROOTS))


_IDENTITY_BETWEEN = re.compile(r"[ \t]+([a-z]+)[ \t]+(?:([A-Z][a-z]*)\.?[ \t]+)?")
_INITIAL = re.compile(r"[A-Z]\.")


def identity_statement(short: str, between: str, full: str) -> bool:
    """ "Aunt T. is Miss X Y", "J. W. was X Y": a name of initials (perhaps after a kinship title), a form of "to
    be" (``lexicon/identity_verbs.txt``), perhaps an honorific, then a full name of two words or more state one
    person's two names."""
    from vitrina.extract.entities import is_honorific

    said = _IDENTITY_BETWEEN.fullmatch(between)
    if said is None or said.group(1) not in lexicon_words("identity_verbs"):
        return False
    if said.group(2) is not None and not is_honorific(said.group(2)):
        return False
    return _short_name(short) and len(full.split()) >= 2 and all(w[:1].isupper() for w in full.split())


def _short_name(surface: str) -> bool:
    """Initials alone ("J. W.") or after a kinship title ("Aunt T.")."""
    words = surface.split()
    if words and words[0].lower() in lexicon_words("kinship_nouns"):
        words = words[1:]
    return bool(words) and all(_INITIAL.fullmatch(w) for w in words)


# WordNet roots of the nouns that name a written record ("diary", "indenture", "lease")
RECORD_ROOTS = ("document.n.01", "writing.n.02", "written_record.n.01")
_LINE_OF_ONE_WORD = re.compile(r"[ \t]*[,.:]?[ \t]*(?:\d{3,4}[.]?)?[ \t]*(?:\n|$)")


def record_words(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """A common noun of a written record ("diary", "indenture": ``RECORD_ROOTS``) written in capitals ("THIS
    INDENTURE") or alone on its line but for a year ("Journal, 1907") names the record, no entity: dropped."""
    return [m for m in mentions if not _record_word(text, m)]


def _record_word(text: str, m: RawMention) -> bool:
    from vitrina.extract.namesakes import _has_sense_under

    surface = text[m.start : m.end]
    if m.source == "markup" or not surface.isalpha() or not _has_sense_under(surface, RECORD_ROOTS):
        return False
    line_start = text.rfind("\n", 0, m.start) + 1
    alone = not text[line_start : m.start].strip() and _LINE_OF_ONE_WORD.match(text, m.end) is not None
    return alone or len(surface) > 1 and surface.isupper()


# ", attorney at X", ", yeoman,", ", gentleman (the vendor)": a bare noun after a comma closing its phrase
_BARE_NOUN_AFTER = re.compile(r",[ \t]+([a-z]+)(?=[ \t]*[,;.(]|[ \t]+(?:at|of|in)[ \t])")


def bare_apposed_people(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """A name of two words or more that NER typed an organization, a place or other, followed by a comma and a
    bare noun of a kind of person ("X Y, attorney at Z", "X Y, yeoman,": ``places.is_person_noun``), is a
    person's: retyped. A place's noun ("X, town of Y") keeps it, and a kinship noun with "of" (", son of") is left
    to the clusterer, which decides whose relative it names ("a native of X, son of Y": the earlier person's)."""
    from vitrina.extract.cluster import kin_after
    from vitrina.extract.places import is_person_noun, kind_of_place_noun

    out = []
    for m in mentions:
        after = _BARE_NOUN_AFTER.match(text, m.end)
        person = m.type in {"organization", "place", "other"} and m.source != "markup" and after is not None \
            and len(text[m.start : m.end].split()) >= 2 and is_person_noun(after.group(1)) \
            and not kind_of_place_noun(after.group(1)) and not kin_after(text, m.end)
        out.append(RawMention(m.start, m.end, "person", m.source) if person else m)
    return out


_SENTENCE_OPENING = re.compile(r"(?:^|[.!?;:]\s+|\n\s*)$")


def verb_led_places(text: str, mentions: list[RawMention], gaz: Gazetteer | None) -> list[RawMention]:
    """A place's span that opens a sentence with an inflected verb ("Left X by train", a diary's line: WordNet's
    verb whose base differs from the word) loses the verb when the gazetteer knows the rest and not the whole
    ("Broken Hill" stays whole)."""
    if gaz is None:
        return mentions
    out = []
    for m in mentions:
        words = text[m.start : m.end].split(maxsplit=1)
        rest = m.end - len(words[1]) if len(words) == 2 else None
        if rest is not None and m.type == "place" and m.source != "markup" and _inflected_verb(words[0]) \
                and _SENTENCE_OPENING.search(text, max(0, m.start - 3), m.start) is not None \
                and gaz.resolve(words[1]) is not None and gaz.resolve(" ".join(words)) is None:
            m = RawMention(rest, m.end, m.type, m.source, m.role)
        out.append(m)
    return out


def _inflected_verb(word: str) -> bool:
    """The word, case folded, is an inflected form of a verb ("Left", "Sailed"): ``lexical.inflected_verb``."""
    from vitrina.qa.lexical import inflected_verb

    low = word.lower()
    return low.isalpha() and inflected_verb(low)


def vessel_line_names(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """A one-word organization (NER's: "the U.S. battleship", a place, stays one) after "the" and before a lower-case noun of a vessel ("the X liner", "the X steamer":
    ``places.is_vessel_word``) names the shipping line the vessel sails for: kept an organization (source
    ``line``), which the cluster's gazetteer rules do not make a place."""
    from vitrina.extract.places import is_vessel_word

    out = []
    for m in mentions:
        after = _LOWER_NOUN_AFTER.match(text, m.end)
        line = m.type == "organization" and m.source != "markup" and after is not None \
            and is_vessel_word(after.group(1)) \
            and " " not in text[m.start : m.end].strip() \
            and _THE_BEFORE.search(text[max(0, m.start - 5) : m.start]) is not None
        out.append(RawMention(m.start, m.end, "organization", "line") if line else m)
    return out
