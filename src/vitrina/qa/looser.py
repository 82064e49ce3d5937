"""A second retrieval pass for a question whose key words no well-covered sentence holds (round 53 askreach).

A reader often asks in a looser or narrower word than the text's: "the pact" for "the Treaty of X", "the
waterway" for "the canal", "supervised" for "oversaw". The first look searches each question word with its
frequent-sense relatives (`lexical.related`) in one OR query, where a common relative ("treaty") is swamped by the
thousand sentences that hold it. When none of the best covered sentences holds a common noun or verb of the
question, this pass searches that word's looser WordNet relatives **together with** the question's other words:

* ``relatives``: for the word's first ``LOOSER["senses"]`` senses of its part of speech, the synset's other lemmas,
  its hyponyms down to ``LOOSER["down"]`` steps (only under a synset of at most ``LOOSER["narrow"]`` hyponyms: a
  "waterway" has a few kinds, a "work" a hundred), its direct hypernyms when narrow, and the derivationally related
  forms of all of those, each with its credit (``LOOSER``); a verb's irregular inflections too ("oversaw");
* ``query``: ``(relatives) AND (the question's other words, names and their other names)``, FTS5 ranking the
  sentences that hold most of them first.

The pass's sentences are covered as every hit, the unmet word also credited by its looser relatives. Every
weight is in ``qa.weights.LOOSER``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Any

from vitrina.qa.candidates import Sentence
from vitrina.qa.lexical import base_forms, fold, irregular_forms, stop_words, wordnet
from vitrina.qa.question import Question
from vitrina.qa.weights import LOOSER

Lexicon = dict[str, tuple[frozenset[str], dict[str, float]]]


def unmet(q: Question, weights: dict[str, float], sentences: list[Sentence]) -> list[str]:
    """The question's common nouns and verbs (no name, no light word) that none of the ``LOOSER["top"]`` best
    covered sentences holds in any form (each of them misses it), heaviest first, at most ``LOOSER["words"]``;
    none when the best sentence covers ``LOOSER["covered"]`` of the question (the first look met its frame)."""
    top = sentences[:int(LOOSER["top"])]
    if top and top[0].coverage >= LOOSER["covered"]:
        return []
    missed = [w for w in weights if w not in q.names and w not in q.light and q.pos.get(w) in ("n", "v")
              and all(w in {m for m, _weight in s.missing} for s in top)]
    return sorted(missed, key=lambda w: -weights[w])[:int(LOOSER["words"])]


@lru_cache(maxsize=4096)
def relatives(word: str, pos: str) -> dict[str, float]:
    """The looser WordNet relatives of ``word`` as ``pos`` with their credit (see the module's docstring);
    one word or two, no stop word, never the word's own base forms."""
    wn = wordnet()
    if wn is None:
        return {}
    own = base_forms(word)
    found: dict[str, float] = {}

    def add(name: str, credit: float) -> None:
        name = fold(name.replace("_", " "))
        if name not in own and name not in stop_words() and len(name) > 2 and len(name.split()) <= 2 \
                and credit > found.get(name, 0.0):
            found[name] = credit

    for form in own:
        for synset in wn.synsets(form, pos)[:int(LOOSER["senses"])]:
            _add_lemmas(synset, LOOSER["synonym"], add)
            for kind in _kinds(synset, int(LOOSER["down"])):
                _add_lemmas(kind, LOOSER["hyponym"], add)
            for hyper in synset.hypernyms():
                if len(hyper.hyponyms()) <= LOOSER["narrow"]:
                    _add_lemmas(hyper, LOOSER["hypernym"], add)
    return found


def _kinds(synset: Any, depth: int) -> list[Any]:
    """The hyponyms of ``synset`` down to ``depth`` steps, each step only under a synset with at most
    ``LOOSER["narrow"]`` hyponyms (a broad class says nothing about which kind)."""
    out, front = [], [synset]
    for _step in range(depth):
        front = [h for s in front if len(s.hyponyms()) <= LOOSER["narrow"] for h in s.hyponyms()]
        out += front
    return out


def _add_lemmas(synset: Any, credit: float, add: Callable[[str, float], None]) -> None:
    """Add a synset's lemmas at ``credit`` and their derived forms at ``credit`` times ``LOOSER["derived"]``."""
    for lemma in synset.lemmas():
        add(lemma.name(), credit)
        for derived in lemma.derivationally_related_forms():
            add(derived.name(), credit * LOOSER["derived"])


def searched(word: str, pos: str, held: Callable[[str], bool]) -> list[str]:
    """The relatives of ``word`` searched: the ``LOOSER["relatives"]`` of best credit the exhibit holds, each
    with a verb's irregular inflections ("oversee": oversaw), which the index's stemmer does not join."""
    near = relatives(word, pos)
    out: list[str] = []
    for other in sorted(near, key=lambda w: (-near[w], w)):
        if len(out) >= LOOSER["relatives"]:
            break
        if held(other):
            out.append(other)
    forms = [f for w in out if " " not in w for f in sorted(irregular_forms(w, pos)) if pos == "v"]
    return out + [f for f in forms if held(f)]


def query(found: Iterable[str], others: Iterable[str]) -> str:
    """``(found …) AND (others …)`` in FTS5's syntax; empty when either side is."""
    left, right = _or(found), _or(others)
    return f"({left}) AND ({right})" if left and right else ""


def _or(terms: Iterable[str]) -> str:
    quoted = ['"' + t.replace('"', "") + '"' for t in dict.fromkeys(terms) if re.search(r"[^\W_]", t)]
    return " OR ".join(quoted)


def loosened(lexicon: Lexicon, words: Iterable[str], pos: dict[str, str]) -> Lexicon:
    """``lexicon`` with each of ``words`` also crediting its looser relatives (credit times ``LOOSER["credit"]``,
    never above what the lexicon already gives)."""
    out = dict(lexicon)
    for word in words:
        own, near = out[word]
        extra = {k: v * LOOSER["credit"] for k, v in relatives(word, pos.get(word, "n")).items()}
        out[word] = (own, {**extra, **{k: max(v, extra.get(k, 0.0)) for k, v in near.items()}})
    return out
