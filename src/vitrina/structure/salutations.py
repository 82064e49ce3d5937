"""A letter's salutation starts its body, apart from the date line above it (round 38 red team, PDF letters).

A PDF letter set without space between its date line ("Harwich, 14 August 1902") and its salutation ("Sir,",
"Dear Mr Penrose,") is read as one paragraph of both, often with the body after them. The block is split before
the salutation when the line above it is a full dateline (``cues.dateline``: a place perhaps, a day, month and
year, nothing else) and the line itself is a salutation: a few words, each capitalised or a word of
``lexicon/salutation_words`` ("My dear Henry,"), closed by a comma or a colon. A "Sir," alone inside a
valediction ("I have the honour to be, / Sir, / your obedient servant") has no dateline above it and stays.
"""

from __future__ import annotations

from dataclasses import replace

from vitrina.lexicon import words
from vitrina.structure.cues import dateline
from vitrina.structure.layout import Entry, Fragment

SALUTATION = {
    "max_words": 5,  # words of a salutation line, at most ("My dear Mr Penrose,")
}


def is_salutation(text: str) -> bool:
    """``text`` (one line) is a salutation: a few capitalised or greeting words closed by a comma or colon."""
    line = text.strip()
    tokens = line[:-1].split() if line[-1:] in ",:" else []
    return 0 < len(tokens) <= SALUTATION["max_words"] and all(
        t[0].isupper() or t.lower() in words("salutation_words") for t in tokens)


def _salutation_after_dateline(frag: Fragment) -> int | None:
    """The index of the fragment's line that is a salutation under a dateline, or ``None``."""
    for k in range(1, len(frag.lines)):
        if is_salutation(frag.lines[k].text) and dateline(frag.lines[k - 1].text):
            return k
    return None


def salutations_apart(entries: list[Entry]) -> list[Entry]:
    """Each paragraph holding a dateline then a salutation is split before the salutation."""
    out: list[Entry] = []
    for entry in entries:
        k = _salutation_after_dateline(entry) if isinstance(entry, Fragment) and entry.kind == "paragraph" \
            and entry.credit is None and not entry.label_words and entry.note is None else None
        if k is None:
            out.append(entry)
            continue
        assert isinstance(entry, Fragment)
        out.append(replace(entry, lines=entry.lines[:k], complete=True, deferred=[], calls=frozenset()))
        out.append(replace(entry, lines=entry.lines[k:]))
    return out
