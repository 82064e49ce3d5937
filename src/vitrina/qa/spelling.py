"""A question's words as the exhibit spells them, before the question is analysed.

People type "Kruschev" for Khrushchev and "presdient" for president, and some type a whole question
in lower case ("what did jefferson say about england"). A misspelt name matches no sentence, and
ask abstains at once on a proper name the sources never mention; a name typed in lower case is not
read as a name. So, against the exhibit's own vocabulary (the words of its sentences, counted once
per exhibit and cached):

* a word the exhibit never uses, which WordNet does not know either, is replaced by the nearest word
  the exhibit uses (optimal string alignment distance, the same first letter; one edit for short
  words, two for long ones; a word's odds are its count divided by ``edit_odds`` per edit, so a
  frequent spelling two edits off beats a rare one at one edit), spelled as the exhibit mostly
  spells it;
* in a question typed without any capital after its first letter, a word the exhibit nearly always
  capitalises where it does not open a sentence is capitalised.

Nothing here knows a name: the vocabulary is the exhibit's.
"""

from __future__ import annotations

import re
import threading
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from vitrina.edits import distance
from vitrina.qa.lexical import base_forms, wordnet
from vitrina.qa.text import STOPWORDS, fold
from vitrina.qa.weights import SPELLING

TOKEN = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class Vocabulary:
    """The exhibit's words: folded word -> occurrences, occurrences capitalised inside a sentence,
    and its most frequent spelling; the folded words by first letter (where corrections are sought)."""

    counts: dict[str, int]
    capitalised: dict[str, int]
    inside: dict[str, int]  # occurrences not opening a sentence
    spelling: dict[str, str]
    by_initial: dict[str, tuple[str, ...]]


def vocabulary_of(texts: list[str]) -> Vocabulary:
    """The vocabulary of sentence texts."""
    counts: Counter[str] = Counter()
    capitalised: Counter[str] = Counter()
    inside: Counter[str] = Counter()
    surfaces: dict[str, Counter[str]] = defaultdict(Counter)
    for text in texts:
        for i, m in enumerate(TOKEN.finditer(text)):
            word = m.group()
            key = fold(word)
            counts[key] += 1
            surfaces[key][word] += 1
            if i:
                inside[key] += 1
                capitalised[key] += word[0].isupper()
    initials: dict[str, list[str]] = defaultdict(list)
    for key in counts:
        initials[key[0]].append(key)
    return Vocabulary(dict(counts), dict(capitalised), dict(inside),
                      {k: s.most_common(1)[0][0] for k, s in surfaces.items()},
                      {k: tuple(v) for k, v in initials.items()})


_CACHE: dict[tuple[tuple[str, str], ...], Vocabulary] = {}
_LOCK = threading.Lock()


def vocabulary(kb: Any) -> Vocabulary:
    """The exhibit's vocabulary, read once per content (keyed by its documents' hashes)."""
    key = kb.content_key()
    with _LOCK:
        found = _CACHE.get(key)
    if found is None:
        found = vocabulary_of([text for _document, _section, text in kb.sentence_texts()])
        with _LOCK:
            _CACHE.clear()  # one exhibit at a time: a server serves one
            _CACHE[key] = found
    return found


@lru_cache(maxsize=8192)
def _known(word: str) -> bool:
    """A stop word, or a word WordNet knows (itself or a base form): a real word the exhibit happens
    not to use ("where" in an exhibit without it is no misspelling of "were"). Cached: each word of a
    question is asked twice (``needs_vocabulary``, then ``correction``), and questions repeat words."""
    wn = wordnet()
    return fold(word) in STOPWORDS or wn is None or any(wn.synsets(f.replace(" ", "_")) for f in base_forms(word))


def correction(word: str, vocab: Vocabulary) -> str | None:
    """The exhibit's spelling of a word it never uses and WordNet does not know, or None."""
    key = fold(word)
    if len(key) < SPELLING["min_letters"] or not key.isalpha() or key in vocab.counts or _known(key):
        return None
    limit = 1 if len(key) < SPELLING["two_edits_from"] else 2
    best: tuple[float, str] | None = None
    for other in vocab.by_initial.get(key[0], ()):
        d = distance(key, other, limit)
        odds = vocab.counts[other] / SPELLING["edit_odds"] ** d if d <= limit else 0.0
        if odds and (best is None or (odds, other) > best):
            best = (odds, other)
    return vocab.spelling[best[1]] if best else None


def _capitalised(key: str, vocab: Vocabulary) -> bool:
    inside = vocab.inside.get(key, 0)
    return inside >= SPELLING["case_evidence"] and vocab.capitalised.get(key, 0) >= SPELLING["case_share"] * inside


def lower_case(question: str) -> bool:
    """A question typed without capitals (its first letter aside)."""
    letters = [c for c in question[1:] if c.isalpha()]
    return bool(letters) and not any(c.isupper() for c in letters)


def respelled(question: str, vocab: Vocabulary) -> str:
    """The question with its misspelt words corrected and, when typed in lower case, the words the
    exhibit capitalises capitalised (``question`` itself when nothing changes)."""
    lower = lower_case(question)
    out, last = [], 0
    for m in TOKEN.finditer(question):
        word = m.group()
        new = correction(word, vocab)
        if new is not None and not lower and word[0].isupper():
            new = new[0].upper() + new[1:]
        elif new is not None and lower and not _capitalised(fold(new), vocab):
            new = new.lower()
        if new is None and lower and m.start() > 0 and _capitalised(fold(word), vocab):
            new = vocab.spelling[fold(word)] if vocab.spelling[fold(word)][0].isupper() else word.capitalize()
        if new is not None and new != word:
            out.append(question[last:m.start()] + new)
            last = m.end()
    return "".join(out) + question[last:] if out else question


def needs_vocabulary(question: str, unmatched: Any) -> bool:
    """Whether the vocabulary is worth reading: the question is in lower case, or one of its words
    (long enough, unknown to WordNet) matches no sentence (``unmatched(word)``)."""
    if lower_case(question):
        return True
    return any(len(w) >= SPELLING["min_letters"] and w.isalpha() and not _known(fold(w)) and unmatched(w)
               for w in TOKEN.findall(question))
