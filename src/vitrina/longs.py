"""The long s of old printing read back: OCR of a page set with "ſ" reads it as "f" ("Mufeum", "fpecimens").

A word is given a reading only when it is unknown as written (not a WordNet word in any inflection, not one of
spaCy's English stop words, not a form spaCy's word table lists unless far rarer than its reading: ``LONG_S``) and putting "s" for one or more of its "f"s that do not end it (the long s was never
set at the end of a word) makes a common word WordNet knows ("Mufeum" -> "Museum", "fpecimens" -> "specimens",
"Mifs" -> "Miss"). "of", "after" and "fact" are words as written and never read; a name WordNet does not know is
read only when the reading is a common word (a lemma written in lower case), never another name.

``reading`` reads a written word; ``written_forms`` goes the other way, for search: the "f" spellings of a
query word, each unknown as written, so a search for "Museum" also finds "Mufeum" (in SQLite's FTS5 and in
PostgreSQL alike: the forms are added to the query, the stored text and its index are as written). The index
stems what it holds, so a spelling whose stem is also a word's ("confider": "confid", as "confide") is left out.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import combinations
from typing import Any

# Round 47 (redocr): the limits of the reading
LONG_S = {
    "min_letters": 3,  # a shorter word ("fo", "fe") is too easily a word or an abbreviation of its own
    "max_places": 4,  # "f"s (or "s"s) tried at most: 2**4 spellings of one word
    # an "f" spelling spaCy's word table lists (its web corpus holds OCR'd old books too: "laft", "feen") is read
    # only when it is at least this much less probable than its reading (natural log: about 3,000 times), as OCR
    # copies of a word are; a word or name of its own ("Fane", "Faris", "refounded") is far more probable than that
    "listed_logprob_gap": 8.0,
}


def _known(word: str) -> bool:
    """Whether a lower-cased word is a word as written (WordNet in any inflection, or a stop word)."""
    from vitrina.qa import lexical

    return word in lexical.stop_words() or lexical.known_word(word)


@lru_cache(maxsize=16384)
def _common(word: str) -> bool:
    """Whether a lower-cased word is a common word WordNet knows (a base form written in lower case), not
    only a name ("Salk")."""
    from vitrina.qa import lexical

    wn = lexical.wordnet()
    if wn is None or not word.isalpha():
        return False
    return any(lemma.name().islower() and lemma.name().lower() in lexical.base_forms(word)
               for pos in ("n", "v", "a", "r") for synset in wn.synsets(word, pos) for lemma in synset.lemmas())


def _places(word: str, letter: str) -> list[int]:
    """Where ``letter`` stands in the word, its last letter aside."""
    return [i for i, ch in enumerate(word[:-1]) if ch == letter]


def _spellings(word: str, places: list[int], new: str) -> list[str]:
    """The word with ``new`` put at one or more of ``places``, fewest first."""
    out = []
    for count in range(1, len(places) + 1):
        for chosen in combinations(places, count):
            out.append("".join(new if i in chosen else ch for i, ch in enumerate(word)))
    return out


@lru_cache(maxsize=65536)
def reading(word: str) -> str | None:
    """The word read with long s ("Mufeum" -> "Museum", "MUFEUM" -> "MUSEUM"), or None when it is not read."""
    lower = word.lower()
    if len(lower) < LONG_S["min_letters"] or not lower.isalpha() or "f" not in lower[:-1]:
        return None
    if word not in (lower, lower.capitalize(), lower.upper()):  # "FkY", "PfI": an identifier, not a word
        return None
    places = _places(lower, "f")
    if len(places) > LONG_S["max_places"] or _known(lower):
        return None
    from vitrina.extract.wordfreq import WORDFREQ, log_probability

    own = log_probability(lower)
    for spelling in _spellings(lower, places, "s"):
        listed = own > WORDFREQ["unlisted_logprob"]
        if _common(spelling) and (not listed or log_probability(spelling) - own >= LONG_S["listed_logprob_gap"]):
            return "".join(("S" if ch == "F" else "s") if new != ch.lower() else ch
                           for ch, new in zip(word, spelling, strict=True))
    return None


@lru_cache(maxsize=16384)
def written_forms(word: str) -> tuple[str, ...]:
    """The long-s spellings of a (lower-case) query word that read back as it: "museum" -> ("mufeum",)."""
    if len(word) < LONG_S["min_letters"] or not word.isalpha() or "s" not in word[:-1]:
        return ()
    places = _places(word, "s")
    if len(places) > LONG_S["max_places"] or not _common(word):
        return ()
    return tuple(form for form in _spellings(word, places, "f") if reading(form) == word and not _stem_taken(form))


# endings a word's stem takes back to be a word again ("confid" + "e"): the Porter stemmer the index uses cuts them
STEM_ENDINGS = ("", "e", "s", "es", "ed", "ing", "y", "er", "ers", "ly", "al", "ion", "ment", "ness", "ate")


@lru_cache(maxsize=1)
def _stemmer() -> Any:
    from nltk.stem.porter import PorterStemmer

    return PorterStemmer(mode=PorterStemmer.ORIGINAL_ALGORITHM)  # FTS5's "porter" tokenizer


def _stem_taken(form: str) -> bool:
    """Whether the index's stem of an "f" spelling is also the stem of a word ("confider" and "confide" are
    both "confid", "feverely" is "fever"): searched for, it would find that word."""
    stem = _stemmer().stem(form)
    return any(_known(stem + end) and _stemmer().stem(stem + end) == stem for end in STEM_ENDINGS)


def s_key(word: str) -> str:
    """A lower-case word with every "f" but a last one written "s": the spellings long s confuses share it."""
    return "".join("s" if ch == "f" and i < len(word) - 1 else ch for i, ch in enumerate(word))


def long_s_of(written: str, other: str) -> bool:
    """Whether ``written`` (lower case) is ``other`` with some of its "s"s (never a last one) printed as long s and
    read as "f" ("wefby" / "wesby"), and is no likelier a word than it (spaCy's word table: a name of its own,
    "fane" against "sane", is far likelier than an OCR copy would be)."""
    if len(written) != len(other) or len(written) < LONG_S["min_letters"] or written == other:
        return False
    if any(a != b and not (a == "f" and b == "s" and i < len(written) - 1)
           for i, (a, b) in enumerate(zip(written, other, strict=True))):
        return False
    from vitrina.extract.wordfreq import WORDFREQ, log_probability

    own = log_probability(written)
    if own > WORDFREQ["unlisted_logprob"]:  # listed: a word or name of its own unless far rarer than the other
        return log_probability(other) - own >= LONG_S["listed_logprob_gap"]
    return own <= log_probability(other)
