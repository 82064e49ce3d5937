"""Types told by the words around a name and by WordNet (round 57 red team, D3).

* "the Conservative X Y": a capitalised word WordNet knows as an adjective whose first lower-case noun sense is a
  kind of person (a conservative, a socialist), written after an article before a personal name, describes the
  person and is no part of the name: the mention is the name after it, a person (``described_people``).
* "the Liberal party": such a word followed by a lower-case noun whose first WordNet sense is an organization
  (party, association, committee) names that organization, never a place (``organization_heads``).
* "X station", "X house": a one-word name typed a person followed by a lower-case noun whose first WordNet sense
  is a facility or a structure is the place so called, unless a longer personal name of the document holds the
  word ("the Smith house" beside "John Smith" stays the family's) (``facility_heads``).
* "the Archdeacon", "the Mother Superior": a name typed an organization that is a WordNet noun whose first sense
  is a person (an office) is no organization: dropped, and an apposed name after its comma ("Mother Superior,
  Mother M") kept as the person (``offices_typed_organizations``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from vitrina.extract.entities import RawMention, is_honorific, is_leading_title
from vitrina.extract.namekinds import common_senses
from vitrina.extract.nlp import Analysis
from vitrina.lexicon import words as lexicon_words

# WordNet synsets on a first sense's hypernym paths that make a head word one kind of thing
ORGANIZATION_SYNSETS = frozenset({"organization.n.01"})
FACILITY_SYNSETS = frozenset({"facility.n.01", "structure.n.01"})
CUE_SOURCE = "cue"  # a mention typed here: the gazetteer's later typing (``cluster``) leaves it as typed
DESCRIBED_NAME_MIN_WORDS = 2  # "the Conservative Walter Prior": the personal name after the word has two words
_WORD = re.compile(r"\S+")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \t]+$")


@lru_cache(maxsize=4096)
def first_sense_under(word: str, synsets: frozenset[str]) -> bool:
    """Whether the first WordNet noun sense of lower-case ``word`` has one of ``synsets`` on a hypernym path."""
    from vitrina.qa.lexical import lineage, wordnet

    wn = wordnet()
    if wn is None:
        return False
    senses = wn.synsets(wn.morphy(word, "n") or word, "n")
    return bool(senses) and bool(synsets & {s.name() for s in lineage(senses[0])})  # the project's one walk up


@lru_cache(maxsize=4096)
def person_describing(word: str) -> bool:
    """A capitalised word that is an adjective and first a lower-case noun of a kind of person ("Conservative",
    "Liberal", "Socialist"), not a title ("General", "Pastor"; "Major", left out of the ranks, is cut off like a description)."""
    if not word[:1].isupper() or is_honorific(word) or is_leading_title(word):
        return False
    senses = common_senses(word)
    return bool(senses) and senses[0] == "person" and _adjective(word)


def _article_before(an: Analysis, start: int) -> bool:
    i = an.tok_index(start)
    return 0 < i <= len(an.toks) and an.toks[i - 1].tag == "DT"


def described_people(text: str, an: Analysis, raw: list[RawMention]) -> list[RawMention]:
    """"the Conservative Walter Prior" → the person "Walter Prior" (see the module's docstring)."""
    out = []
    for m in raw:
        words = list(_WORD.finditer(text[m.start : m.end]))
        rest = words[1:]
        if (m.type in ("person", "organization") and len(rest) >= DESCRIBED_NAME_MIN_WORDS
                and person_describing(words[0].group()) and all(w.group()[:1].isupper() for w in rest)
                and not common_senses(rest[0].group().rstrip("."))
                and _article_before(an, m.start)):
            out.append(RawMention(m.start + rest[0].start(), m.end, "person", "PERSON"))
            continue
        out.append(m)
    return out


def organization_heads(text: str, raw: list[RawMention]) -> list[RawMention]:
    """"the Liberal party" → the organization "Liberal", at each of its mentions (see the module's docstring)."""
    single = {text[m.start : m.end] for m in raw if " " not in text[m.start : m.end]}
    parties = {name for name in single if person_describing(name) and (
        _before_head(text, name, ORGANIZATION_SYNSETS) or _never_located(text, name, raw))}
    # a people's word typed a group ("the Xs") stays one: only a place's or an organization's mention is retyped
    return [RawMention(m.start, m.end, "organization", CUE_SOURCE)
            if m.type in ("place", "organization") and text[m.start : m.end] in parties else m for m in raw]


def _never_located(text: str, name: str, raw: list[RawMention]) -> bool:
    """Whether every mention of ``name`` is typed a place or an organization and none follows a preposition of
    place (lexicon ``locative``): "as a Liberal", "(Liberal)" name the party, not a town of that name."""
    spans = [m for m in raw if text[m.start : m.end] == name]
    if not spans or any(m.type not in ("place", "organization") for m in spans):
        return False
    return not any((before := _WORD_BEFORE.search(text, 0, m.start)) and before.group(1).lower() in
                   lexicon_words("locative") for m in spans)


def facility_heads(text: str, raw: list[RawMention]) -> list[RawMention]:
    """"Kandele station" → the place "Kandele", at each of its mentions (see the module's docstring)."""
    in_names = set()
    for m in raw:
        words = text[m.start : m.end].split()
        if m.type == "person" and len(words) > 1:
            in_names.update(words)
    single = {text[m.start : m.end] for m in raw if m.type == "person" and " " not in text[m.start : m.end]}
    places = {name for name in single - in_names if _before_head(text, name, FACILITY_SYNSETS)}
    return [RawMention(m.start, m.end, "place", CUE_SOURCE) if m.type == "person" and text[m.start : m.end] in places
            else m for m in raw]


def _before_head(text: str, name: str, synsets: frozenset[str]) -> bool:
    """Whether the document writes ``name`` right before a lower-case noun whose first sense is under ``synsets``."""
    for found in re.finditer(rf"\b{re.escape(name)}[ \t]+([a-z]+)\b", text):
        if first_sense_under(found.group(1), synsets):
            return True
    return False


def _office(name: str) -> bool:
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    key = "_".join(words)
    return (bool(words) and all(w[:1].isupper() for w in words) and common_senses(key)[:1] == ("person",)
            and not _adjective(key))  # "Liberal", "Conservative": a party's word, not an office


def _adjective(word: str) -> bool:
    from vitrina.qa.lexical import wordnet

    wn = wordnet()
    return wn is not None and bool(wn.synsets(word.lower(), "a"))


def offices_typed_organizations(text: str, raw: list[RawMention]) -> list[RawMention]:
    """"the Archdeacon" typed an organization → dropped (see the module's docstring)."""
    out = []
    for m in raw:
        name = text[m.start : m.end]
        head, comma, tail = name.partition(", ")
        if m.type == "organization" and _office(head):
            if comma and tail[:1].isupper():
                out.append(RawMention(m.end - len(tail), m.end, "person", "PERSON"))
            continue
        out.append(m)
    return out


def titled_surnames_typed_places(text: str, raw: list[RawMention]) -> list[RawMention]:
    """"not of Pastor X" typed a place, where X is the surname of a person named in full in the document ("Louis
    X"): a title (``_title_word``) and that surname are the person."""
    surnames = set()
    for m in raw:
        words = text[m.start : m.end].split()
        if m.type == "person" and len(words) > 1 and not is_leading_title(words[0]):
            surnames.add(words[-1])
    out = []
    for m in raw:
        words = text[m.start : m.end].split()
        if m.type == "place" and len(words) == 2 and _title_word(words[0]) and words[1] in surnames:
            m = RawMention(m.start, m.end, "person", CUE_SOURCE)
        out.append(m)
    return out


def _title_word(word: str) -> bool:
    """A title ("Rev.") or a capitalised noun whose first WordNet sense is a person, with no adjective sense
    ("Pastor", "Bishop"; not "Liberal")."""
    return is_leading_title(word) or (word[:1].isupper() and common_senses(word)[:1] == ("person",)
                                      and not _adjective(word))


def typed_by_cues(text: str, an: Analysis, raw: list[RawMention]) -> list[RawMention]:
    """The passes above, in order."""
    raw = titled_surnames_typed_places(text, described_people(text, an, raw))
    raw = organization_heads(text, raw)
    return offices_typed_organizations(text, facility_heads(text, raw))
