"""A person's refusal to comment, set beside the words another source quotes from that person (issue #16, round 44).

"X declined to comment" in one report and a quotation of X in another are two reports of what X said on one
occasion: compared as quotations they had nothing alike and were dropped. A refusal is read from a sentence's
parse: a verb with a sense of refusing (``REFUSAL_SYNSET``: "declined", "refused") whose clausal complement is a
verb of saying (its most frequent WordNet sense filed under ``SAYING_FILE``: "to comment", "to speak", "to
discuss"), its subject a person the knowledge base names. ``refusal_comparisons`` pairs it with each quotation of
that person in another document written within ``REFUSAL.max_days`` of it (each document's first date: its
dateline or its first dated sentence) — one occasion's reports — as differing reports, both cited.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

# The WordNet sense of refusing ("show unwillingness towards": refuse, decline) a refusal's verb has.
REFUSAL_SYNSET = "refuse.v.01"
# The WordNet lexicographer file of verbs of saying: the complement refused ("to comment", "to speak").
SAYING_FILE = "verb.communication"


@dataclass(frozen=True)
class RefusalWeights:
    """When a refusal and a quotation are reports of one occasion."""

    # Days at most between the two documents' first dates (a report and a release of the same news, a day apart).
    max_days: int = 2


REFUSAL = RefusalWeights()


@dataclass(frozen=True)
class Refusal:
    """A person's refusal to comment: the clause's span (document offsets) and the person's entity id."""

    document: str
    start: int
    end: int
    speaker: str


def _wordnet() -> Any:
    import importlib

    try:
        return importlib.import_module("vitrina.qa.lexical").wordnet()
    except ImportError:
        return None


@lru_cache(maxsize=1)
def refusal_verbs() -> frozenset[str]:
    """The verbs of ``REFUSAL_SYNSET`` (none without WordNet)."""
    wn = _wordnet()
    return frozenset(wn.synset(REFUSAL_SYNSET).lemma_names()) if wn is not None else frozenset()


@lru_cache(maxsize=4096)
def saying_verb(lemma: str) -> bool:
    """Is a verb's most frequent WordNet sense one of saying ("comment", "speak", "discuss")?"""
    wn = _wordnet()
    senses = wn.synsets(lemma, "v")[:1] if wn is not None else []
    return bool(senses) and senses[0].lexname() == SAYING_FILE


@lru_cache(maxsize=20_000)
def _may_refuse(word: str) -> bool:
    import importlib

    lexical = importlib.import_module("vitrina.qa.lexical")
    return bool((set(lexical.base_forms(word)) | {word}) & refusal_verbs())


def may_refuse(text: str) -> bool:
    """Does a sentence write a refusal's verb in any form (the cheap test before its parse)?"""
    return any(_may_refuse(w.lower()) for w in text.split() if w.isalpha())


def refusals_in(parsed: Any) -> list[tuple[int, int, tuple[int, int]]]:
    """The refusals to comment of a parsed sentence: (start, end of the refusing verb and the refused verb's
    phrase, the subject's span), offsets in the sentence."""
    out = []
    verbs = refusal_verbs()
    for token in parsed:
        if token.pos_ != "VERB" or token.lemma_.lower() not in verbs:
            continue
        said = next((t for t in token.children if t.dep_ == "xcomp" and t.pos_ == "VERB"
                     and saying_verb(t.lemma_.lower())), None)
        subject = next((t for t in token.children if t.dep_ == "nsubj"), None)
        if said is None or subject is None:
            continue
        phrase = list(said.subtree)
        start = token.idx  # "declined to comment on the cause": the subject is its sentence's
        end = phrase[-1].idx + len(phrase[-1].text)
        out.append((start, end, (subject.idx, subject.idx + len(subject.text))))
    return out


def refusals(sentences: Sequence[tuple[int, int]], text: str, document: str,
             people: Sequence[tuple[int, int, str]]) -> Iterator[Refusal]:
    """The refusals of a document's sentences (document spans), each with the person its subject names (``people``:
    a person's mentions, start, end and entity id); only sentences that write a refusal's verb are parsed."""
    from vitrina.qa.parse import parse_many

    candidates = [(lo, hi) for lo, hi in sentences if may_refuse(text[lo:hi])]
    if not candidates:
        return
    for (lo, _hi), parsed in zip(candidates, parse_many([text[lo:hi] for lo, hi in candidates], lemmas=True),
                                 strict=True):
        for start, end, (s0, s1) in refusals_in(parsed):
            speaker = next((p[2] for p in people if p[0] <= lo + s1 and lo + s0 < p[1]), None)
            if speaker is not None:
                yield Refusal(document, lo + start, lo + end, speaker)


def one_occasion(day_a: int | None, day_b: int | None, weights: RefusalWeights | None = None) -> bool:
    """Are two documents' first dates (day numbers) within ``max_days`` of each other?"""
    w = weights or REFUSAL
    return day_a is not None and day_b is not None and abs(day_a - day_b) <= w.max_days


def pairs(refused: Iterable[Refusal], quoted: Iterable[tuple[str, str, Any]],
          days: dict[str, int | None]) -> Iterator[tuple[Refusal, Any]]:
    """Each refusal with each quotation (document, speaker, the quotation) of its person in another document of
    one occasion (``one_occasion`` by the documents' first days)."""
    by_speaker: dict[str, list[tuple[str, Any]]] = {}
    for document, speaker, quote in quoted:
        by_speaker.setdefault(speaker, []).append((document, quote))
    for r in refused:
        for document, quote in by_speaker.get(r.speaker, []):
            if document != r.document and one_occasion(days.get(r.document), days.get(document)):
                yield r, quote
