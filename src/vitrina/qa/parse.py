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
from functools import lru_cache
from typing import TYPE_CHECKING

from vitrina.extract.nlp import MODEL, use_numpy_blas

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

CACHE_SIZE = 20000  # sentences kept parsed (a few MB)
_cache: OrderedDict[tuple[str, bool], Doc] = OrderedDict()


@lru_cache(maxsize=1)
def parser() -> Language:
    """The parser of questions and statements (ask, compare): the small model without NER,
    multiplying through numpy's BLAS as the extraction pipeline does (identical parses of
    1,500 corpus sentences, 0.57x the CPU time)."""
    import spacy

    nlp = spacy.load(MODEL, exclude=["ner"])
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
        while len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)
    for t in texts:
        _cache.move_to_end((t, lemmas))
    return [_cache[(t, lemmas)] for t in texts]


def clear_cache() -> None:
    """Forget every parse (for benchmarks of the cold path)."""
    _cache.clear()
