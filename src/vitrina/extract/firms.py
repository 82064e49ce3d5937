"""Firms named after people: "X & Sons", "X Brothers", "X and Company" are organizations.

A family business keeps its founder's name and closes it with the household or partnership that trades under it
(lexicon ``firm_name_tails``, after "&" or "and"; ``firm_name_bare_tails`` with no connective). The model often tags
only the person's name inside ("[X] & Sons"), and the document-wide rules then join that mention to the person X.
:func:`firm_names` makes the whole name one organization mention, with the mentions inside it dropped, so that the
firm never joins the person it is named after.
"""

from __future__ import annotations

import re
from functools import cache

from vitrina.extract.entities import RawMention
from vitrina.lexicon import words as lexicon_words

# a capitalised word of a name ("Harrow", "O'Neill", "Smith-Hale")
_NAME_WORD = r"[^\W\d_a-z][\w'’-]*"
# words of the name before the tail: one to four, a comma between partners' names allowed ("Smith, Elder & Co.")
_NAMES = rf"{_NAME_WORD}(?:(?:,\s|\s)(?:{_NAME_WORD}))" + "{0,3}"


def _alternatives(items: frozenset[str]) -> str:
    """A regex alternation of tail words, capitalised as a name writes them ("Sons", "Co.", "Bros.")."""
    forms = sorted({w[:1].upper() + w[1:] for w in items}, key=len, reverse=True)
    return "|".join(re.escape(f) for f in forms)


@cache
def _firm_pattern() -> re.Pattern[str]:
    tails, bare = lexicon_words("firm_name_tails"), lexicon_words("firm_name_bare_tails")
    after_connective = rf"\s*(?:&|\band\b)\s*(?:{_alternatives(tails)})"
    no_connective = rf"\s(?:{_alternatives(bare)})"
    end = r"(?:(?<=\.)|(?![\w'’-]))"
    return re.compile(rf"(?<![\w'’-])(?P<name>{_NAMES})(?:{after_connective}|{no_connective}){end}")


def closes_a_firm(word: str) -> bool:
    """Whether ``word`` is a firm's tail word ("Sons", "Co.", "Brothers"): a conjunct that names no person."""
    return word.lower() in lexicon_words("firm_name_tails")


def firm_spans(text: str) -> list[tuple[int, int]]:
    """The spans of firm names closed by a firm's tail word in ``text``."""
    if "&" not in text and not re.search(r"\b(?:and|Brothers|Bros)\b", text):
        return []
    return [(m.start(), m.end()) for m in _firm_pattern().finditer(text)]


def _after_function_words(text: str, start: int, end: int) -> int:
    """Where the firm's name starts in ``text[start:end]``: after the capitalised function words opening a sentence
    before it ("The", "In", "Of": spaCy's English stop words)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    for m in re.finditer(r"\S+", text[start:end]):
        if m[0].rstrip(",").lower() not in STOP_WORDS:
            return start + m.start()
    return end


def firm_names(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """``mentions`` with each firm name closed by a firm's tail word one organization mention: the mentions inside
    it (the founder's name the model tagged a person) dropped, and one reaching across its edge left as it is."""
    spans = firm_spans(text)
    if not spans:
        return mentions
    out = list(mentions)
    for start, end in spans:
        inside = [m for m in out if start <= m.start and m.end <= end]
        across = [m for m in out if m.start < end and start < m.end and m not in inside]
        if across:
            continue  # a mention reaching out of the name: not read as a firm
        # the name starts at the model's name, or after the function words opening it ("The X & Sons": no "The")
        first = min((m.start for m in inside), default=_after_function_words(text, start, end))
        if first < end and re.match(_NAME_WORD, text[first:end]):
            out = [m for m in out if m not in inside] + [RawMention(first, end, "organization", "firm")]
    return sorted(out, key=lambda m: (m.start, m.end))
