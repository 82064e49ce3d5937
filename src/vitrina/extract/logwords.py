"""A logbook's abbreviations and a table's lone words the model reads as names.

A ship's log writes the wind as a compass point in capitals after a common word ("Wind NE, fresh breeze"); a
register or manifest puts one title-case common word alone in a cell or on a line ("Rum", "Arrival"). The model
types them persons, places or organizations. Two general tests:

* **a compass point** (``compass_abbreviation``): a word in capitals whose WordNet noun senses include a compass
  point (``COMPASS_ROOT``: "NE", "SSW"), alone or after common words ("Wind S"), is no name; unless written after
  a comma, where a capitals code is a state's or province's ("Omaha, NE").
* **a lone cell word** (``lone_cell_word``): one title-case word English writes mostly in lower case (spaCy's
  lexeme table, ``wordfreq.is_common_word``) that fills its whole table cell or line is a label or a value, not a
  person.
* **a cell's or label's opening word** (``cell_opening_word``): such a word opening a table cell, followed by the
  cell's lower-case words ("| Larceny of a watch |") or alone in it, or opening a line or sentence before a colon
  ("Prisoner: X"), is capitalised by its place, a person or an organization neither. (Opening a sentence before
  lower-case words is not enough: "Young said" is a person.)
* **a notation's label** (``notation_label``): at most ``NOTATION_MAX_LETTERS`` capitals, dotted or not ("RA",
  "JD", "U.T."), written right before a number ("RA 5h 35m", "JD 2415020.5") or right after a number with its unit
  letters ("14h 3m U.T."), is the label of a measure or a time scale, no person or place; unless written after a
  comma, where a capitals code is a state's ("Albany, NY 12207") (round 59 red team D4).
"""

from __future__ import annotations

import re
from functools import lru_cache

from vitrina.extract.entities import RawMention

COMPASS_ROOT = "compass_point.n.01"  # WordNet: north, north-northeast, … (and their letters: "NE", "SSW")
_CAPITALS = re.compile(r"[A-Z]{1,3}")
_CELL_BEFORE = re.compile(r"(?:^|\n|\|)[ \t]*$")
_CELL_AFTER = re.compile(r"[ \t]*(?:$|\n|\|)")
_OPENING_BEFORE = re.compile(r"(?:^|\n|\||[.;]\s)[ \t]*$")  # a label: at a cell, line or sentence start
_CELL_OPENING_BEFORE = re.compile(r"\|[ \t]*$")  # a value: at a table cell's start
_LABEL_AFTER = re.compile(r"[ \t]*:")
_PHRASE_AFTER = re.compile(r"[ \t]+[a-z][^|\n]*(?=\||\n|\Z)")  # lower-case words that close the cell


@lru_cache(maxsize=1024)
def compass_point(word: str) -> bool:
    """``word`` is written in capitals and one of its WordNet noun senses is a compass point."""
    from vitrina.qa.lexical import under, wordnet

    wn = wordnet()
    if wn is None or not _CAPITALS.fullmatch(word):
        return False
    # a sense named by the word itself, not by the base form WordNet reduces it to ("SS" is read as "S")
    senses = [x for x in wn.synsets(word, "n") if any(lemma.name().lower() == word.lower() for lemma in x.lemmas())]
    return under(senses, [wn.synset(COMPASS_ROOT)], instances=False)


def compass_abbreviation(text: str, m: RawMention) -> bool:
    """The mention is a compass point in capitals, alone or after common words, not after a comma (module doc)."""
    from vitrina.extract.wordfreq import is_common_word

    words = text[m.start : m.end].split()
    if not words or not compass_point(words[-1]) or not all(is_common_word(w) for w in words[:-1]):
        return False
    at = m.end - len(words[-1])
    return re.search(r",[ \t]*$", text[max(0, at - 3) : at]) is None


def lone_cell_word(text: str, m: RawMention) -> bool:
    """The mention is one common word in title case filling its table cell or line (module doc)."""
    from vitrina.extract.wordfreq import is_common_word

    word = text[m.start : m.end]
    return word.isalpha() and word[:1].isupper() and not word.isupper() and is_common_word(word) \
        and _CELL_BEFORE.search(text, max(0, m.start - 40), m.start) is not None \
        and _CELL_AFTER.match(text, m.end) is not None


NOTATION_MAX_LETTERS = 3
_NOTATION = re.compile(rf"(?:[A-Z]\.?){{1,{NOTATION_MAX_LETTERS}}}")
_NUMBER_AFTER = re.compile(r"[ \t]+[+-−]?\d")
_MEASURE_BEFORE = re.compile(r"\d[a-z]{1,2}[ \t]+$")  # a number and its unit letters: "3m "


def notation_label(text: str, m: RawMention) -> bool:
    """The mention is a few capitals labelling a number after it or following a number and its unit (module doc)."""
    word = text[m.start : m.end]
    if not _NOTATION.fullmatch(word) or re.search(r",[ \t]*$", text[max(0, m.start - 3) : m.start]):
        return False
    return _NUMBER_AFTER.match(text, m.end) is not None \
        or _MEASURE_BEFORE.search(text, max(0, m.start - 12), m.start) is not None


def without_notation_labels(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """``mentions`` without the persons and places that are a notation's label (``notation_label``), the markup's
    own kept: for the names the document-wide passes find again after ``without_log_words``."""
    return [m for m in mentions if m.source == "markup" or m.type not in ("person", "place")
            or not notation_label(text, m)]


def without_log_words(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """``mentions`` without compass points and, of the persons, lone cell words (module doc). The input's own
    markup is trusted as it is."""
    return [m for m in mentions
            if m.source == "markup" or m.type not in ("person", "place", "organization")
            or not (compass_abbreviation(text, m) or m.type == "person" and lone_cell_word(text, m)
                    or m.type != "organization" and notation_label(text, m)
                    or m.type != "place" and cell_opening_word(text, m))]


def cell_opening_word(text: str, m: RawMention) -> bool:
    """The mention is one common word in title case opening its cell, line or sentence and followed by lower-case
    words of its cell or by a colon: a label or a value capitalised by its place (module doc)."""
    from vitrina.extract.wordfreq import is_common_word

    word = text[m.start : m.end]
    if not (word.isalpha() and word[:1].isupper() and not word.isupper() and is_common_word(word)):
        return False
    label = _OPENING_BEFORE.search(text, max(0, m.start - 40), m.start) is not None \
        and _LABEL_AFTER.match(text, m.end) is not None
    value = _CELL_OPENING_BEFORE.search(text, max(0, m.start - 40), m.start) is not None \
        and (_PHRASE_AFTER.match(text, m.end) is not None or _CELL_AFTER.match(text, m.end) is not None)
    return label or value
