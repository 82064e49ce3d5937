"""Scientific names of organisms in prose: a binomial ("Genus epithet") and its authority.

A binomial is a capitalised genus followed by a lower-case epithet (and perhaps a subspecies'
second one). Either WordNet knows the genus ("genus Corvus" is a synset of ``noun.animal`` or
``noun.plant``) or the epithet is a Latin word, one neither WordNet nor the word-frequency table
knows as English ("atricapilla"). No list of taxa: a genus WordNet lacks is still found by its
epithet. The authority after a binomial — a capitalised name, perhaps "&"/"and"/"et" another or
"et al.", a comma and a year, perhaps in brackets ("Linnaeus, 1758", "(Smith & Jones, 1901)") — says
who named the species and when; its year is no date of what the sentence tells (``dates``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from vitrina.extract.wordfreq import known_lowercase_words

# WordNet's lexicographer files of a genus of living things ("genus Corvus" noun.animal, "genus Quercus" noun.plant)
GENUS_KINDS = frozenset({"noun.animal", "noun.plant"})
# characters an epithet or a name word may have (bounded: the scans stay linear in a run of letters)
TAXA = {"epithet_min": 3, "word_max": 30}

_EPITHET = rf"[a-z][a-z-]{{{TAXA['epithet_min'] - 1},{TAXA['word_max']}}}"
_GENUS = rf"[A-Z][a-z]{{2,{TAXA['word_max']}}}"
_AUTHOR = rf"[A-Z][\w'’.-]{{0,{TAXA['word_max']}}}"
_AUTHORITY = rf"{_AUTHOR}(?:\s*(?:&|and|et)\s+{_AUTHOR})?(?:\s+et\s+al\.?)?"
# the text before an authority's year: a binomial, its author(s) and the comma, at the end
_BEFORE_YEAR = re.compile(
    rf"(?<![\w-])(?P<genus>{_GENUS})\s+(?P<epithet>{_EPITHET})(?:\s+(?P<sub>{_EPITHET}))?\s+\(?"
    rf"(?:{_AUTHORITY}),\s*$"
)
# a genus followed by its epithet: where a name's single word stands (``genus_at``)
_EPITHET_AFTER = re.compile(rf"\s+(?P<epithet>{_EPITHET})(?![\w-])")
LOOK_CHARS = 160  # how far before a year an authority's binomial is looked for


@lru_cache(maxsize=4096)
def wordnet_genus(word: str) -> bool:
    """Does WordNet know "genus <word>" as a genus of animals or plants ("Corvus", "Quercus"), and the
    word as written as nothing else ("Paris" is also the city, a genus of herbs besides)."""
    from vitrina.extract.places import wordnet_kinds
    from vitrina.qa.lexical import wordnet

    wn = wordnet()
    if wn is None or not word[:1].isupper() or not word.isalpha():
        return False
    if {f"noun.{kind}" for kind in wordnet_kinds(word)} - GENUS_KINDS:
        return False
    return any(s.lexname() in GENUS_KINDS for s in wn.synsets(f"genus_{word}", "n"))


@lru_cache(maxsize=4096)
def latin_epithet(word: str) -> bool:
    """A lower-case word no English resource knows (not in WordNet in any part of speech, not in
    the word-frequency table): an epithet's Latin ("atricapilla"), not "major" or "garden"."""
    from vitrina.qa.lexical import wordnet

    if not word.islower() or not word.replace("-", "").isalpha() or word in known_lowercase_words():
        return False
    wn = wordnet()
    return wn is not None and not wn.synsets(word)


def binomial(genus: str, epithet: str) -> bool:
    """Do a capitalised word and the lower-case word after it name a species (an epithet is no
    function word: "Corvus with" is not one)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return epithet not in STOP_WORDS and (wordnet_genus(genus) or latin_epithet(epithet))


def authority_year(text: str, start: int) -> bool:
    """Does the year at ``start`` close a binomial's authority ("Corvus corax Linnaeus, 1758")."""
    m = _BEFORE_YEAR.search(text, max(0, start - LOOK_CHARS), start)
    return m is not None and binomial(m["genus"], m["epithet"])


def genus_at(text: str, start: int, end: int) -> bool:
    """Is the one capitalised word at ``start:end`` a genus: a binomial's first word ("Viola
    odorata") or a word WordNet knows only as a genus ("Corvus" alone)."""
    word = text[start:end]
    if not re.fullmatch(_GENUS, word):
        return False
    m = _EPITHET_AFTER.match(text, end)
    if m is not None and binomial(word, m["epithet"]):
        return True
    return wordnet_genus(word)


# how many of a head noun's WordNet senses (the most frequent first) are looked at for a kind of land
LAND_SENSES = 3
# WordNet's roots of a common noun that heads a locality's name ("X Fen", "X Heath", "X Wood", "X Meadow"): land and
# its parts (a wetland is under land.n.02), a geographical area, and vegetation standing on land (a wood, a copse)
LAND_ROOTS = ("land.n.02", "land.n.04", "geographical_area.n.01", "vegetation.n.01")


@lru_cache(maxsize=4096)
def organism_word(word: str) -> bool:
    """A word whose every WordNet sense, in any part of speech, is an animal or a plant, and that WordNet
    knows as no proper name of another kind ("Kingfisher", "Goldcrest"; not "Fox", also a person and a
    verb, nor "Nightingale", also the nurse)."""
    from vitrina.extract.places import wordnet_kinds
    from vitrina.qa.lexical import wordnet

    wn = wordnet()
    low = word.lower()
    if wn is None or not low.replace("-", "").isalpha():
        return False
    senses = wn.synsets(low)
    if not senses or any(s.lexname() not in GENUS_KINDS for s in senses):
        return False
    return not {f"noun.{kind}" for kind in wordnet_kinds(word)} - GENUS_KINDS


# WordNet's kinds a bird's or plant's head noun may have besides the animal or plant ("tit" a body part, "warbler" a
# singer); a noun also of a place, a thing or a body ("bay", "mount", "cross", "bill") heads other names too
HEAD_OTHER_KINDS = frozenset({"noun.body", "noun.person", "noun.food"})


@lru_cache(maxsize=4096)
def _animal_or_plant_noun(word: str) -> bool:
    """A common noun one of whose WordNet senses is an animal or a plant and whose other senses are only of
    ``HEAD_OTHER_KINDS`` ("tit", "warbler"; not "bay", "mount"), and that English writes mostly in lower case
    or rarely at all (not "Durham", a breed and a county)."""
    from vitrina.extract.wordfreq import WORDFREQ, is_common_word, log_probability
    from vitrina.qa.lexical import wordnet

    wn = wordnet()
    low = word.lower()
    base = wn.morphy(low, "n") if wn is not None and low.isalpha() else None
    if wn is None or base is None or not (is_common_word(word) or log_probability(low) < WORDFREQ["known_logprob"]):
        return False
    kinds = {s.lexname() for s in wn.synsets(base, "n")}
    return bool(kinds & GENUS_KINDS) and kinds <= GENUS_KINDS | HEAD_OTHER_KINDS


@lru_cache(maxsize=4096)
def _person_noun(word: str) -> bool:
    """A noun, no adjective, whose most frequent WordNet sense is a kind of person ("Uncle", "Cousin"; not
    "Great", whose noun sense is a person)."""
    from vitrina.qa.lexical import wordnet

    wn = wordnet()
    if wn is None:
        return False
    senses = wn.synsets(word.lower(), "n")
    return bool(senses) and senses[0].lexname() == "noun.person" and not wn.synsets(word.lower(), "a")


def common_name(name: str) -> bool:
    """An animal's or plant's common name written with capitals: one word that is only an animal or plant
    (:func:`organism_word`), or words English writes in lower case before a head noun one of whose senses is
    an animal or a plant ("Song Thrush", "Red-backed Shrike", "Marsh Harrier"). A person's name has a given
    name first, which English does not write in lower case ("Harriet Crane"). One word must be one English
    writes mostly in lower case, or a rare one: a surname ("Finch", "Starling") is written capitalised more."""
    from vitrina.extract.wordfreq import WORDFREQ, is_common_word, log_probability

    words = name.split()
    if len(words) == 1:  # and English writes it mostly in lower case, or rarely at all: no surname ("Finch")
        word = words[0]
        return word[:1].isupper() and not word.isupper() and organism_word(word) and (
            is_common_word(word) or log_probability(word.lower()) < WORDFREQ["known_logprob"])
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and not w.isupper() for w in words):
        return False
    modifiers = [part for w in words[:-1] for part in w.split("-")]
    return _animal_or_plant_noun(words[-1]) and all(is_common_word(part) and not _person_noun(part)
                                                     for part in modifiers)


@lru_cache(maxsize=4096)
def land_noun(word: str) -> bool:
    """A common noun whose usual WordNet senses (``LAND_SENSES``) include a kind of land or the vegetation
    on it (``LAND_ROOTS``: "fen", "heath", "wood", "meadow", "moor")."""
    from vitrina.qa.lexical import under, wordnet

    wn = wordnet()
    low = word.lower()
    if wn is None or not low.isalpha():
        return False
    roots = [wn.synset(r) for r in LAND_ROOTS]
    return any(under([s], roots) for s in wn.synsets(low, "n")[:LAND_SENSES])
