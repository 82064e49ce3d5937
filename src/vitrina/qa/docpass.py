"""The document pass of `ask` (round 44): the stating sentence in a document the first look found.

A question worded otherwise than the sentence that answers it ("the talks" / "negotiations", "captives" /
"hostages", a name given in the paragraph's first sentence and "he" after) shares too few words with that sentence
for the full-text query to fetch it or for its coverage to reach the examined pool; but its document is almost always
among the first look's (round 44 census, `bench/ask_doc_pass.py`). So in the ``DOCPASS["documents"]`` documents of
the best covered hits, every sentence is covered (`ask._cover`) with its paragraph's other sentences and its
section's title as context — the question's names and words the paragraph holds count as context, its own words
as its own — and the best ``DOCPASS["per_document"]`` of each, not examined yet and covering at least
``DOCPASS["floor"]`` and ``DOCPASS["share"]`` of the best hit's coverage, are examined too, as the section
stage's sentences are (``Sentence.added``: their candidates score lower than the pool's).

With ``DOCPASS["loose"]`` a question noun also counts through its two-step WordNet relatives (a sister sense under
the same hypernym, a grandparent; `loose_relatives`), only in this pass: inside a document that the question's other
words already found, such a link is a clue, not noise. Every weight is in ``qa.weights.DOCPASS``.
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache
from typing import Any

from vitrina.qa.candidates import Sentence
from vitrina.qa.lexical import base_forms, fold, stop_words, wordnet
from vitrina.qa.weights import DOCPASS, LEXICAL

Lexicon = dict[str, tuple[frozenset[str], dict[str, float]]]


def documents(sentences: list[Sentence]) -> list[str]:
    """The documents of the retrieved sentences (best covered first), at most ``DOCPASS["documents"]``."""
    return list(dict.fromkeys(s.document for s in sentences))[:int(DOCPASS["documents"])]


def contexts(rows: list[dict[str, Any]]) -> dict[int, str]:
    """For each sentence row, the text of its paragraph (block), itself included: its own words are found in it
    first, so only the others count as context; one text per paragraph, whose forms `ask` reads once."""
    by_block: dict[tuple[str, Any], list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        by_block[(r["document"], r["block"])].append(r)
    out: dict[int, str] = {}
    for members in by_block.values():
        text = " ".join(m["text"] for m in members)
        for r in members:
            out[r["id"]] = text
    return out


def chosen(ranked: list[Sentence], pool: list[Sentence], best: float) -> list[Sentence]:
    """The best covered sentences of each document (``ranked`` best first) not in ``pool``, at most
    ``DOCPASS["per_document"]`` each, covering at least ``DOCPASS["floor"]`` and ``DOCPASS["share"]`` × ``best``."""
    taken = {s.id for s in pool}
    floor = max(DOCPASS["floor"], DOCPASS["share"] * best)
    per: dict[str, int] = defaultdict(int)
    out: list[Sentence] = []
    for s in ranked:
        if s.id in taken or s.heading or s.coverage < floor or per[s.document] >= DOCPASS["per_document"]:
            continue
        per[s.document] += 1
        s.added = True
        out.append(s)
        taken.add(s.id)
    return out


def loosened(lexicon: Lexicon, pos: dict[str, str], names: set[str]) -> Lexicon:
    """``lexicon`` with each common noun's two-step relatives added at ``DOCPASS["loose_credit"]`` (below its own)."""
    out: Lexicon = {}
    for word, (own, near) in lexicon.items():
        if word in names or pos.get(word) not in (None, "n"):
            out[word] = (own, near)
            continue
        wider = dict(near)
        for form in own:
            for other in loose_relatives(form):
                if other not in own and other not in wider:
                    wider[other] = DOCPASS["loose_credit"]
        out[word] = (own, wider)
    return out


@lru_cache(maxsize=8192)
def loose_relatives(noun: str) -> frozenset[str]:
    """One-word lemmas up to two WordNet steps from a frequent sense of ``noun`` that `lexical.related` leaves out:
    its hypernym's other hyponyms (sisters), its hypernym's hypernym, its hyponyms and theirs (captive / hostage); a
    hypernym with more than ``DOCPASS["loose_hyponyms"]`` hyponyms gives no sisters (too general to say anything)."""
    wn = wordnet()
    if wn is None:
        return frozenset()
    found: set[str] = set()
    for synset in wn.synsets(fold(noun), "n")[:int(LEXICAL["frequent_senses"])]:
        for hyper in synset.hypernyms():
            for grand in hyper.hypernyms():
                found.update(lemma.name() for lemma in grand.lemmas())
            sisters = hyper.hyponyms()
            if len(sisters) <= DOCPASS["loose_hyponyms"]:
                for sister in sisters:
                    found.update(lemma.name() for lemma in sister.lemmas())
        for hypo in synset.hyponyms():  # a kind of it: captive / hostage
            found.update(lemma.name() for lemma in hypo.lemmas())
            for lower in hypo.hyponyms():
                found.update(lemma.name() for lemma in lower.lemmas())
    stop, own = stop_words(), base_forms(noun) | {fold(noun)}
    return frozenset(w.lower() for w in found if "_" not in w and w.isalpha() and len(w) > 2
                     and w.lower() not in stop and w.lower() not in own)
