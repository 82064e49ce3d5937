"""Dependency parses of questions and candidate sentences, cached.

The extraction pipeline runs without the parser (vitrina.extract.nlp); here
the same installed model runs with ``parser``, ``attribute_ruler`` and
``lemmatizer`` (no NER: entities come from the knowledge base). Sentences are
parsed at ask time, only the few best-covered ones, and kept in a bounded
cache keyed by their text, so a long-running process (the web server)
parses each sentence once. A stage that parses a whole collection's sentences (the comparisons) keeps
the cache small (``cache_limit``) and, while inside it, every parse also as a compact record (its words,
spaces and tag/POS/dependency/head/lemma/morphology columns, ~1.5 KB against ~30 KB for the Doc): a
sentence the small cache has let go is rebuilt from its record (~1/40 of a parse, the same annotations)
instead of parsed again, so each sentence is parsed once per stage.
"""

from __future__ import annotations

from collections import Counter, OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from threading import Lock
from typing import TYPE_CHECKING, Any, TypeVar, cast

from vitrina.extract.nlp import MODEL, use_numpy_blas

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc
    from thinc.types import Ints2d

    from vitrina.keptparses import KeptParses

T = TypeVar("T")

CACHE_SIZE = 20000  # sentences kept parsed (~30 KB each: up to ~600 MB in a long-running server)
# Compact parse records kept inside ``cache_limit`` (~1.5 KB each: at most ~150 MB, about 1.5 M words of
# sentences; a collection beyond it parses again only the sentences it has not met for longest).
RECORD_CACHE = 100_000
_cache: OrderedDict[tuple[str, bool], Doc] = OrderedDict()
_limit = [CACHE_SIZE]  # the cache's size now (``cache_limit`` lowers it for a stage)
# (words, spaces, annotation columns) of each parse while inside ``cache_limit``; None outside it
_Record = tuple[list[str], list[bool], "Ints2d"]
_records: list[OrderedDict[tuple[str, bool], _Record] | None] = [None]
# The sizes of the ``cache_limit`` blocks open now, in any thread (a web server's warm-up of one database
# version may compare while a request's compares another): they may close in any order.
_open_limits: Counter[int] = Counter()
_limits_lock = Lock()
# the parses kept between builds that a stage reads and notes now (``kept_between_builds``); None outside
_kept: list[KeptParses | None] = [None]


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
    todo = [t for t in dict.fromkeys(texts)
            if (t, lemmas) not in _cache and not _rebuilt(t, lemmas) and not _from_kept(t, lemmas)]
    if todo:
        nlp = parser()
        with nlp.select_pipes(disable=[] if lemmas else ["lemmatizer"]):
            for text, doc in zip(todo, nlp.pipe(todo), strict=True):
                _cache[(text, lemmas)] = doc
                _record(text, lemmas, doc)
    for t in texts:
        _cache.move_to_end((t, lemmas))
    found = [_cache[(t, lemmas)] for t in texts]
    _noted(texts, lemmas, found, len(todo))
    _trim()
    return found


def _attributes() -> list[int | str]:
    """The annotation columns a record keeps: all the parser's pipeline sets (no entities: no NER)."""
    from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG

    columns: list[int | str] = [TAG, POS, DEP, HEAD, LEMMA, MORPH]
    return columns


def _record(text: str, lemmas: bool, doc: Doc) -> None:
    """Keep a compact record of ``doc`` while inside ``cache_limit``."""
    records = _records[0]
    if records is None:
        return
    columns = cast("Ints2d", doc.to_array(_attributes()))  # uint64 columns, one row a token
    records[(text, lemmas)] = ([t.text for t in doc], [bool(t.whitespace_) for t in doc], columns)
    while len(records) > RECORD_CACHE:
        records.popitem(last=False)


def _rebuilt(text: str, lemmas: bool) -> bool:
    """Put the parse of ``text`` back in the cache from its record, if one is kept."""
    records = _records[0]
    found = records.get((text, lemmas)) if records is not None else None
    if found is None:
        return False
    assert records is not None
    records.move_to_end((text, lemmas))
    _cache[(text, lemmas)] = _doc_of(found)
    return True


def _doc_of(record: _Record) -> Doc:
    """The parse a record holds (the same annotations, ~1/40 of a parse's CPU)."""
    from spacy.tokens import Doc

    words, spaces, columns = record
    return Doc(parser().vocab, words=words, spaces=spaces).from_array(_attributes(), columns)


def _from_kept(text: str, lemmas: bool) -> bool:
    """Put the parse of ``text`` in the cache (and its record among the records) from the parses the last build
    kept (``kept_between_builds``), if it kept it."""
    kept = _kept[0]
    found = kept.record(text, lemmas, parser().vocab.strings) if kept is not None else None
    if found is None:
        return False
    records = _records[0]
    if records is not None:
        records[(text, lemmas)] = found
        while len(records) > RECORD_CACHE:
            records.popitem(last=False)
    _cache[(text, lemmas)] = _doc_of(found)
    return True


def _noted(texts: list[str], lemmas: bool, docs: list[Doc], made: int) -> None:
    """Note the parses of ``texts`` for the next build (``kept_between_builds``), and how many were made."""
    kept = _kept[0]
    if kept is None:
        return
    kept.made += made
    strings = parser().vocab.strings
    for text, doc in zip(texts, docs, strict=True):
        kept.note(text, lemmas, doc, strings)


@contextmanager
def kept_between_builds(kept: KeptParses | None) -> Iterator[None]:
    """While inside, a sentence not parsed yet is rebuilt from ``kept`` (``vitrina.keptparses``: the parses the
    last build kept) when it holds it, and every sentence asked for is noted there for the next build (but
    within ``not_noted``). One stage at a time: the parses of any thread are read and noted meanwhile."""
    _kept[0] = kept
    try:
        yield
    finally:
        _kept[0] = None


def unnoted(call: Callable[..., T], *args: Any) -> T:
    """``call(*args)``, the sentences it asks for not noted (``not_noted``, without its context manager's cost:
    the kept judgements call it for every judgement they make)."""
    kept = _kept[0]
    if kept is None or not kept.noting:
        return call(*args)
    kept.noting = False
    try:
        return call(*args)
    finally:
        kept.noting = True


@contextmanager
def not_noted() -> Iterator[None]:
    """Inside ``kept_between_builds``, sentences asked for are still read from the kept parses but not noted
    (the comparisons' statements, which a document read kept does not parse: ``vitrina.keptparses``)."""
    kept = _kept[0]
    if kept is None:
        yield
        return
    noting, kept.noting = kept.noting, False
    try:
        yield
    finally:
        kept.noting = noting


def _trim() -> None:
    """Forget the least recently used parses beyond the cache's size."""
    while len(_cache) > _limit[0]:
        _cache.popitem(last=False)


@contextmanager
def cache_limit(size: int) -> Iterator[None]:
    """Keep at most ``size`` parses while inside: a stage that parses a whole collection's
    sentences once each (the comparisons) would otherwise fill the cache, so that its memory
    grows with the collection up to ``CACHE_SIZE`` parses. Parses made inside are also kept as
    compact records (up to ``RECORD_CACHE``), forgotten on leaving."""
    with _limits_lock:
        _open_limits[size] += 1
        _limit[0] = min([*_open_limits, CACHE_SIZE])
        if _records[0] is None:
            _records[0] = OrderedDict()
        _trim()
    try:
        yield
    finally:
        with _limits_lock:
            _open_limits[size] -= 1
            if not _open_limits[size]:
                del _open_limits[size]
            # the smallest size still open, else the whole cache and no records: whatever order the
            # blocks close in (restoring what each found on entry left a block's records kept for ever
            # when two threads' blocks overlapped)
            _limit[0] = min([*_open_limits, CACHE_SIZE])
            if not _open_limits:
                _records[0] = None


def clear_cache() -> None:
    """Forget every parse (for benchmarks of the cold path)."""
    _cache.clear()
    if _records[0] is not None:
        _records[0].clear()
