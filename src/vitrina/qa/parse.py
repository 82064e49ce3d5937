"""Dependency parses of questions and candidate sentences, cached.

The extraction pipeline runs without the parser (vitrina.extract.nlp); here
the same installed model runs with ``parser``, ``attribute_ruler`` and
``lemmatizer`` (no NER: entities come from the knowledge base). Sentences are
parsed at ask time, only the few best-covered ones, and kept in a bounded
cache keyed by their text, so a long-running process (the web server)
parses each sentence once.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import TYPE_CHECKING

from vitrina.extract.nlp import MODEL, use_numpy_blas

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

CACHE_SIZE = 20000  # sentences kept parsed (~30 KB each: up to ~600 MB in a long-running server)
_cache: OrderedDict[tuple[str, bool], Doc] = OrderedDict()
_limit = [CACHE_SIZE]  # the cache's size now (``cache_limit`` lowers it for a stage)


@lru_cache(maxsize=1)
def parser() -> Language:
    """The parser of questions and statements (ask, compare): the small model without NER,
    multiplying through numpy's BLAS as the extraction pipeline does (identical parses of
    1,500 corpus sentences, 0.57x the CPU time)."""
    import spacy

    nlp = spacy.load(MODEL, exclude=["ner", "senter"])  # senter: off in this pipeline anyway (the parser splits)
    use_numpy_blas(nlp)
    return nlp


def parse(text: str) -> Doc:
    """The parse of a question, with spaCy's lemmas (from the cache when seen)."""
    return parse_many([text], lemmas=True)[0]


def parse_many(texts: list[str], lemmas: bool = False) -> list[Doc]:
    """Parses of ``texts``; unseen ones are parsed together in one batch. Sentences are parsed
    without the lemmatizer (a quarter of the cost): their words compare by WordNet base forms."""
    todo = [t for t in dict.fromkeys(texts) if (t, lemmas) not in _cache]
    if todo:
        nlp = parser()
        with nlp.select_pipes(disable=[] if lemmas else ["lemmatizer"]):
            for text, doc in zip(todo, nlp.pipe(todo), strict=True):
                _cache[(text, lemmas)] = doc
    for t in texts:
        _cache.move_to_end((t, lemmas))
    found = [_cache[(t, lemmas)] for t in texts]
    _trim()
    return found


def _trim() -> None:
    """Forget the least recently used parses beyond the cache's size."""
    while len(_cache) > _limit[0]:
        _cache.popitem(last=False)


@contextmanager
def cache_limit(size: int) -> Iterator[None]:
    """Keep at most ``size`` parses while inside: a stage that parses a whole collection's
    sentences once each (the comparisons) would otherwise fill the cache, so that its memory
    grows with the collection up to ``CACHE_SIZE`` parses."""
    before = _limit[0]
    _limit[0] = min(size, before)
    _trim()
    try:
        yield
    finally:
        _limit[0] = before


def clear_cache() -> None:
    """Forget every parse (for benchmarks of the cold path)."""
    _cache.clear()
