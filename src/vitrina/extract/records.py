"""Names in a registrar's records: a field's label names no one, and the value of an object's field is a thing.

An object record, a catalogue entry or a loan form is written as "Label: value" lines ("Accession number: …",
"Maker: …", "Dimensions: …"). The record's own structure types what the model misreads:

* a field's **label** is the name of a field, never an entity: a mention inside it ("Dimensions", "Date") is
  dropped, and one that runs from a value's line into the next label ("… English" + "Date") ends at the line;
* a one-word mention opening a block, a verb's past participle before "by" ("Commissioned by X"), is no name, nor
  in a record a mention opening a block of words English writes in lower case ending in an inflected verb (a
  label line the reader joined to its value: "Provenance Bought in …");
* a mention that runs across a block's edge ("Provenance" heading + "Commissioned by …"), or from a line that
  is a label alone (words English writes in lower case, the first capitalised) into the next, is cut at that edge,
  and a piece that is one word English writes in lower case is no name;
* the value of a field whose label names a physical object (WordNet: "Object name", "Object", "Item" are kinds
  of ``object.n.01``) is a thing: a person or organization mention spelling that value's opening words
  anywhere in the document ("Brass Quadrant" for "Object name: brass quadrant, signed") is the object
  (``other``);
* a person mention whose head noun WordNet knows as an instrument, device or container (``ARTIFACT_ROOT``) and
  never as a person, with modifiers WordNet knows as no one's name (or the document writes in lower case), is an
  object too ("Portable Sundial"; a building or a street is none: "Church Lane" stays for the place stages);
* a one-word person mention WordNet knows as a celestial body, right after an artifact's noun and "for"/"of"
  ("the pointer for X"), is the star the instrument shows (``other``).

A document is a record when at least ``RECORDS["min_fields"]`` of its lines are such fields; a table's row of two
cells ("Object name | brass quadrant", as the readers part a table's cells) is one when its first cell reads as
a label (``fields``).
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from vitrina.extract.entities import RawMention
from vitrina.extract.wordfreq import is_common_word
from vitrina.lexicon import words

RECORDS = {
    "min_fields": 3,  # "Label: value" lines that make a document a record
    "max_label_words": 4,  # a label is a short noun phrase ("Accession number", "Place made")
    "max_name_words": 4,  # a person mention read as an object has at most this many words
}
# a field's line: a capitalised label of a few words, a colon, a value on the same line
_FIELD = re.compile(r"^[ \t]*(?P<label>[A-Z][^\W\d_]*(?:[ \t]+[^\W\d_]+){0,"
                    + str(RECORDS["max_label_words"] - 1) + r"})[ \t]*:[ \t]+(?P<value>\S[^\n]*)$", re.M)
# a data table's row of two cells, as the readers part cells (" | "): "Object name | brass quadrant"
_ROW = re.compile(r"^[ \t]*(?P<label>[A-Z][^\W\d_]*(?:[ \t]+[^\W\d_]+){0,"
                  + str(RECORDS["max_label_words"] - 1) + r"})[ \t]+\|[ \t]+(?P<value>[^|\n]*[^\s|])[ \t]*$", re.M)
# a line of a few capitalised words alone: a heading or a field's label above its value ("Provenance")
_LONE_LINE = re.compile(r"^[ \t]*(?P<label>[A-Z][^\W\d_]*(?:[ \t]+[^\W\d_]+){0,"
                        + str(RECORDS["max_label_words"] - 1) + r"})[ \t]*$", re.M)
# the opening words of a value, up to its first punctuation or a linking word
_OPENING = re.compile(r"[^\W\d_]+(?:[ \t]+[^\W\d_]+)*")
_LINKS = frozenset({"with", "and", "of", "in", "by", "from", "for", "on", "signed", "made"})
# WordNet synsets a label's noun names a physical thing under; a person's name is none of them
OBJECT_ROOT = "object.n.01"
# the artifacts an object's name ends in: instruments, devices, containers (WordNet's instrumentality); not
# buildings or ways, which WordNet files as artifacts too but the project reads as places ("Church Lane")
ARTIFACT_ROOT = "instrumentality.n.03"
# the noun before "for"/"of" that makes a star's name a part of an instrument (``_star_of_an_artifact``)
ARTIFACT = "artifact.n.01"
# the WordNet sense of a name that may be a star's or a planet's
CELESTIAL_ROOT = "celestial_body.n.01"
# the lexicographer files of a label's noun that names a thing (a place, "Place made", is under object.n.01 too)
OBJECT_KINDS = frozenset({"noun.Tops", "noun.artifact", "noun.object"})


def fields(text: str) -> list[re.Match[str]]:
    """The "Label: value" lines of a record, or none when the document is no record. A table's row of two cells
    is such a line when its first cell reads as a label, not a name: words English writes in lower case, the
    first capitalised ("Place made | Lyon"; "Ada Roe | weaver" is a name's row)."""
    found = [*_FIELD.finditer(text), *(m for m in _ROW.finditer(text) if _label_cell(m["label"]))]
    found.sort(key=lambda m: m.start())
    return found if len(found) >= RECORDS["min_fields"] else []


def _label_cell(label: str) -> bool:
    first, *rest = label.split()
    return is_common_word(first) and all(w.islower() and is_common_word(w) for w in rest)


def record_mentions(text: str, mentions: list[RawMention], blocks: list[tuple[int, int]]) -> list[RawMention]:
    """``mentions`` with a record's labels dropped, mentions cut at the edges of blocks and lines of fields, and
    objects retyped ``other`` (see the module's note); a lone word opening an object's name, no whole one, is
    dropped ("Brass" of "brass quadrant")."""
    lines = fields(text)
    labels = [(m.start("label"), m.end("label")) for m in lines]  # in order, none overlapping another
    label_starts = [lo for lo, _ in labels]
    heads = {m.end() for m in _LONE_LINE.finditer(text) if _label_cell(m["label"])}
    edges = sorted({e for _, e in blocks} | {m.end() for m in lines} | heads)
    lower = set(re.findall(r"\b[a-z][a-z]+\b", text))
    objects = _object_values(text, lines)
    opens = {b for b, _ in blocks} | {m.start() for m in lines}
    out: list[RawMention] = []
    for m in mentions:
        if m.source in {"markup", "credit"}:
            out.append(m)
            continue
        for piece in _pieces(text, m, edges):
            k = bisect.bisect_left(label_starts, piece.end)  # the last label starting before the piece ends
            if k and labels[k - 1][1] > piece.start:
                continue  # "Dimensions", "Date": the name of a field
            said = _folded(text[piece.start:piece.end])
            if piece.type in {"person", "organization"} and piece.start in opens and " " not in said \
                    and _participles(said) and text[piece.end:piece.end + 4].lower() == " by ":
                continue  # "Commissioned by X" opening a block: a verb English writes in lower case, no name
            if lines and piece.type in {"person", "organization"} and piece.start in opens \
                    and _label_and_verb(text[piece.start:piece.end]):
                continue  # "Provenance Bought": a label line the reader joined to its value's opening verb
            if piece.type in {"person", "organization"} and objects.get(said) is False and " " not in said:
                continue  # "Planispheric" of "Planispheric astrolabe": a modifier of the object's name, no name
            if piece.type in {"person", "organization"} and (said in objects or _artifact_name(text, piece, lower)
                                                             or _star_of_an_artifact(text, piece)):
                piece = RawMention(piece.start, piece.end, "other", piece.source)
            out.append(piece)
    return out


def _pieces(text: str, m: RawMention, edges: list[int]) -> list[RawMention]:
    """A mention cut at the block and field-line edges inside it; a piece of one word English writes in lower
    case ("Provenance", "Commissioned") is dropped. A mention within one block is itself."""
    inside = edges[bisect.bisect_right(edges, m.start) : bisect.bisect_left(edges, m.end)]
    cuts = [e for e in inside if "\n" in text[e:m.end] + text[m.start:e]]
    if not cuts:
        return [m]
    out = []
    for lo, hi in zip([m.start, *cuts], [*cuts, m.end], strict=True):
        said = text[lo:hi]
        lo += len(said) - len(said.lstrip())
        hi -= len(said) - len(said.rstrip())
        word = text[lo:hi]
        if hi <= lo or (" " not in word and (is_common_word(word) or word.lower() in _participles(word))):
            continue
        out.append(RawMention(lo, hi, m.type, m.source, m.role))
    return out


def _participles(word: str) -> frozenset[str]:
    """The word itself when it is a verb's past participle in lower case ("Commissioned"), for ``_pieces``."""
    low = word.lower()
    return frozenset({low}) if low.endswith("ed") and _wordnet_verb(low) else frozenset()


def _label_and_verb(said: str) -> bool:
    """Words English writes in lower case, the last an inflected verb that is no noun ("Provenance Bought"):
    a label and the verb opening its value, no name."""
    parts = said.split()
    return len(parts) > 1 and all(is_common_word(w) for w in parts) and _inflected_verb(parts[-1].lower())


@lru_cache(maxsize=4096)
def _inflected_verb(word: str) -> bool:
    from vitrina.qa.lexical import wordnet

    wn = wordnet()
    if wn is None:
        return False
    base = wn.morphy(word, "v")
    return base is not None and base != word and not wn.synsets(word, "n")


@lru_cache(maxsize=4096)
def _wordnet_verb(word: str) -> bool:
    from vitrina.qa.lexical import wordnet

    wn = wordnet()
    return wn is not None and bool(wn.synsets(word, "v"))


def _folded(s: str) -> str:
    return " ".join(s.lower().split())


def _object_values(text: str, lines: list[re.Match[str]]) -> dict[str, bool]:
    """The opening words of the values of the fields whose label names a physical object, folded, with each
    shorter opening ("brass quadrant with sights" gives "brass quadrant", "brass"): True for the whole opening."""
    out: dict[str, bool] = {}
    for line in lines:
        if not any(_names_object(w) for w in line["label"].lower().split()):
            continue
        opening = _OPENING.match(line["value"])
        if opening is None:
            continue
        words = opening[0].lower().split()
        cut = next((k for k, w in enumerate(words) if w in _LINKS), len(words))
        words = words[:cut]
        for k in range(1, len(words) + 1):
            out[" ".join(words[:k])] = out.get(" ".join(words[:k]), False) or k == len(words)
    return out


@lru_cache(maxsize=1024)
def _names_object(word: str) -> bool:
    """Does a label's word name a physical object: its first noun sense is WordNet's physical object or a kind
    of it, a thing (``OBJECT_KINDS``), not a place or a person."""
    from vitrina.qa.lexical import under, wordnet

    wn = wordnet()
    if wn is None:
        return False
    senses = wn.synsets(word, "n")[:1]
    return bool(senses) and senses[0].lexname() in OBJECT_KINDS and under(senses, [wn.synset(OBJECT_ROOT)])


def _artifact_name(text: str, m: RawMention, lower: set[str]) -> bool:
    """A person's or organization's mention whose last word WordNet knows as an artifact and never as a person
    (no person sense, no person of that name), after words each known to WordNet as no person of that name or
    written in lower case in the document: an object's name ("Horary Quadrant"), not a person's."""
    words = text[m.start:m.end].split()
    if m.type != "person" or m.source in {"title", "markup", "credit", "role"} \
            or not 2 <= len(words) <= RECORDS["max_name_words"] or not all(w.isalpha() for w in words):
        return False
    return _artifact_head(words[-1].lower()) and all(_no_name(w.lower(), lower) for w in words[:-1])


def _star_of_an_artifact(text: str, m: RawMention) -> bool:
    """A one-word person mention WordNet knows as a celestial body (in any sense: "a star, and a playwright of
    that name"), right after an artifact's noun and a preposition of ``object_part_prepositions`` ("the pointer
    for X"): the star the instrument's part shows, no person."""
    word = text[m.start:m.end]
    if m.type != "person" or not word.isalpha() or not word[:1].isupper():
        return False
    before = _NOUN_PREPOSITION.search(text, max(0, m.start - 40), m.start)
    return before is not None and before[2] in words("object_part_prepositions") \
        and _artifact_noun(before[1]) and _celestial(word.lower())


_NOUN_PREPOSITION = re.compile(r"\b([a-z]+)[ \t]+([a-z]+)[ \t]+\Z")


def _artifact_noun(word: str) -> bool:
    """A lower-case noun with a sense WordNet files under artifacts and none under people."""
    return _thing_noun(word, ARTIFACT)


@lru_cache(maxsize=4096)
def _celestial(word: str) -> bool:
    from vitrina.qa.lexical import under, wordnet

    wn = wordnet()
    return wn is not None and under(wn.synsets(word, "n"), [wn.synset(CELESTIAL_ROOT)])


def _artifact_head(word: str) -> bool:
    """A noun with a sense under WordNet's instrumentalities (an instrument, a device, a container) and none under
    people: the head of an object's name."""
    return _thing_noun(word, ARTIFACT_ROOT)


@lru_cache(maxsize=4096)
def _thing_noun(word: str, root: str) -> bool:
    """``word`` has a noun sense under the WordNet synset ``root`` and no sense under people."""
    from vitrina.qa.lexical import under, wordnet

    wn = wordnet()
    if wn is None:
        return False
    senses = wn.synsets(word, "n")
    return not any(s.lexname() == "noun.person" for s in senses) \
        and under(senses, [wn.synset(root)], instances=False)


def _no_name(word: str, lower: set[str]) -> bool:
    """A word that is no personal name: WordNet knows it and as no person of that name (no instance of a person:
    "John", "Graham" are people WordNet knows), or the document writes it in lower case."""
    if word in lower:
        return True
    return _known_no_person(word)


@lru_cache(maxsize=4096)
def _known_no_person(word: str) -> bool:
    from vitrina.qa.lexical import wordnet

    wn = wordnet()
    if wn is None:
        return False
    senses = wn.synsets(word)
    return bool(senses) and not any(s.lexname() == "noun.person" and s.instance_hypernyms() for s in senses)
