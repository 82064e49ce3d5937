"""An identifier the question names: "What is plot 45?", "Who held lot 7?".

A noun written before a number in the question ("plot 45") names one numbered thing; a candidate answers only
from a sentence (a record's row, a clause) that states that number — a neighbouring sentence or the row of another
parcel names another thing (round 55 red team D3). `asked` reads the identifiers off the question (a date's number
is none); `stated` says whether a sentence writes the number as a whole figure.
"""

from __future__ import annotations

import re

from vitrina.qa.lexical import fold, inflected_verb, wordnet
from vitrina.qa.text import STOPWORDS

# a word, an optional "No.", a number that ends the token (not the "1987" of "1987.14.3")
NUMBERED = re.compile(r"\b([^\W\d_]{3,})\.?\s+(?:no\.?\s*)?(\d+[a-z]?)(?=[\s?!,;:)]|[.](?:\s|$)|$)",
                      re.IGNORECASE)
TIME = "noun.time"  # WordNet's class of months, days, seasons: "June 3" is a date, not a numbered thing


def asked(question: str) -> list[tuple[str, str]]:
    """The (noun, number) pairs of the question: a word WordNet knows as a noun, not a stop word, right before a
    number that no date of the question holds and no name includes ("plot 45"; not "June 1903", "in 1815",
    "XR 7")."""
    wn = wordnet()
    if wn is None:
        return []
    dated = [(d.start, d.end) for d in _dates(question)]
    out = []
    for m in NUMBERED.finditer(question):
        noun = fold(m.group(1))
        senses = wn.synsets(noun, "n")
        if noun in STOPWORDS or not senses or senses[0].lexname() == TIME or _named(question, m.start(1), m.group(1)):
            continue
        if inflected_verb(noun):
            continue  # "says 214": a verb before a count
        if any(a <= m.start(2) < b for a, b in dated):
            continue
        out.append((noun, m.group(2)))
    return out


def _named(question: str, start: int, word: str) -> bool:
    """The word is part of a name, not a common noun before a number: an acronym in capitals ("XR 7"), or a
    capitalised word after another one ("World War 2")."""
    if word.isupper() and len(word) > 1:
        return True
    before = re.findall(r"[^\W\d_]+", question[:start])
    return word[:1].isupper() and bool(before) and before[-1][:1].isupper() and start > 0


def stated(text: str, identifiers: list[tuple[str, str]]) -> bool:
    """Every asked number is written in the text as a whole figure (not inside "1120" or "11.2")."""
    return all(re.search(rf"(?<![\d,.]){re.escape(n)}(?![\d]|[,.]\d)", text) for _noun, n in identifiers)


def _dates(text: str) -> list:
    try:
        from vitrina.extract.dates import find_dates
    except ImportError:
        return []
    return find_dates(text)
