"""Caseless keys: one way to normalise a word when a table is keyed by it and when it is read.

A pattern compiled with ``re.IGNORECASE`` matches four letters that ``str.lower`` does not turn into
the ASCII letter they match: long s "ſ" (U+017F) matches "s", the Kelvin sign "K" (U+212A) "k",
dotless "ı" (U+0131) and dotted "İ" (U+0130) "i". A word a case-insensitive pattern found ("firſt",
"Auguſt") and then looked up with ``.lower()`` in a table keyed "first", "august" is missing from it
(round 41 red team DEF-01: one long s in any document failed the comparisons of the whole exhibit with
``KeyError: 'firſt'``). Other letters change under case folding or compatibility normalisation
("ß" is "ss", the ligature "ﬁ" is "fi", final sigma "ς" is "σ"): a key stored one way and read another
misses them too.

:func:`matchable` maps the four letters to the ASCII letter they match, one character for one (offsets
into a document's text stay valid: scan ``matchable(text)``, cite ``text``); :func:`fold` is the key form
of a word (NFKC, case folded, the four letters mapped), and :class:`Folded` a table that folds its keys
when they are stored and when they are read.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from functools import cache
from typing import TypeVar

V = TypeVar("V")

_ASCII_LETTER = re.compile(r"[a-z]", re.IGNORECASE)
_PLANE = 0x10000  # the letters re.IGNORECASE equates with ASCII are all in the Basic Multilingual Plane


@cache
def _ascii_twins() -> dict[int, str]:
    """Every non-ASCII letter ``re.IGNORECASE`` matches with an ASCII letter, mapped to that letter in
    its own case (found by asking ``re`` itself, not listed by hand)."""
    twins: dict[int, str] = {}
    for code in range(0x80, _PLANE):
        char = chr(code)
        if not _ASCII_LETTER.fullmatch(char):
            continue
        letter = next(a for a in "abcdefghijklmnopqrstuvwxyz" if re.fullmatch(a, char, re.IGNORECASE))
        twins[code] = letter.upper() if char.isupper() else letter
    return twins


def matchable(text: str) -> str:
    """``text`` with each letter a case-insensitive pattern takes for an ASCII letter written as that
    letter ("firſt" → "first"); as long as ``text``, so a match's offsets are offsets into ``text``."""
    if text.isascii():
        return text
    return text.translate(_ascii_twins())


def fold(word: str) -> str:
    """The key form of ``word``: compatibility-normalised (NFKC), case folded, and with the letters
    :func:`matchable` maps written as ASCII ("Firſt" → "first", "Straße" → "strasse", "ﬁrst" → "first")."""
    if word.isascii():
        return word.lower()
    return unicodedata.normalize("NFKC", matchable(unicodedata.normalize("NFKC", word)).casefold())


class Folded(Mapping[str, V]):
    """A read-only table whose keys are folded (:func:`fold`) when stored and when read."""

    def __init__(self, items: Mapping[str, V] | Iterable[tuple[str, V]]):
        pairs = items.items() if isinstance(items, Mapping) else items
        self._table: dict[str, V] = {fold(key): value for key, value in pairs}

    def __getitem__(self, key: str) -> V:
        return self._table[fold(key)]

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and fold(key) in self._table

    def __iter__(self) -> Iterator[str]:
        return iter(self._table)

    def __len__(self) -> int:
        return len(self._table)

    def __repr__(self) -> str:
        return f"Folded({self._table!r})"
