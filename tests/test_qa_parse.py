"""The parse cache: bounded, and held smaller inside ``cache_limit`` (our own sentences)."""

from __future__ import annotations

import time

from vitrina.qa import parse

SENTENCES = ["Ada Lind signed the harbour charter in May.", "The council met at Porto twice.",
             "Marco Vell sailed for Lisbon.", "The strike ended after nine days."]


def test_a_batch_larger_than_the_cache_is_parsed_whole(monkeypatch):
    monkeypatch.setattr(parse, "_limit", [2])
    parse.clear_cache()
    docs = parse.parse_many(SENTENCES)
    assert [d.text for d in docs] == SENTENCES
    assert len(parse._cache) == 2


def test_cache_limit_trims_and_restores_the_size():
    parse.clear_cache()
    parse.parse_many(SENTENCES)
    before = parse._limit[0]
    with parse.cache_limit(1):
        assert len(parse._cache) == 1
        assert parse.parse_many(SENTENCES[:2])[1].text == SENTENCES[1]
        assert len(parse._cache) == 1
    assert parse._limit[0] == before


def test_parses_do_not_depend_on_the_batch():
    parse.clear_cache()
    together = [[(t.text, t.dep_, t.head.i) for t in d] for d in parse.parse_many(SENTENCES)]
    parse.clear_cache()
    alone = [[(t.text, t.dep_, t.head.i) for t in parse.parse_many([s])[0]] for s in SENTENCES]
    assert together == alone


def _annotations(doc):
    return [(t.i, t.idx, t.text, t.whitespace_, t.pos_, t.tag_, t.dep_, t.head.i, t.lemma_, str(t.morph),
             t.is_sent_start, t.left_edge.i, t.right_edge.i, [c.i for c in t.children]) for t in doc]


def test_inside_cache_limit_a_parse_let_go_is_rebuilt_from_its_record_alike(monkeypatch):
    parse.clear_cache()
    parsed = [_annotations(d) for d in parse.parse_many(SENTENCES)]
    parse.clear_cache()
    with parse.cache_limit(1):
        parse.parse_many(SENTENCES)  # each parsed once, recorded; the cache keeps only the last
        assert len(parse._cache) == 1
        vocab = parse.parser().vocab
        monkeypatch.setattr(parse, "parser", lambda: _NoParser(vocab))  # parsing again would fail
        again = [_annotations(d) for d in parse.parse_many(SENTENCES)]
    assert again == parsed


def _no_other_limit(seconds: float = 120.0) -> None:
    """Wait until no other thread of this process is inside ``cache_limit`` (an earlier test's
    comparisons stage still running in a thread it left): the records are module state."""
    deadline = time.monotonic() + seconds
    while parse._limit[0] != parse.CACHE_SIZE and time.monotonic() < deadline:
        time.sleep(0.1)


def test_records_are_kept_only_inside_cache_limit():
    _no_other_limit()
    parse.clear_cache()
    parse.parse_many(SENTENCES[:1])
    assert parse._records[0] is None
    with parse.cache_limit(1):
        parse.parse_many(SENTENCES[1:2])
        assert parse._records[0] is not None and len(parse._records[0]) == 1
    assert parse._records[0] is None


def test_cache_limit_blocks_closing_out_of_order_restore_the_whole_cache():
    """Two threads' blocks may overlap (a web server's warm-up compares one database version while a
    request compares the next) and close first-opened first: each restoring what it found on entry
    left the small size and the records behind for ever."""
    _no_other_limit()
    first, second = parse.cache_limit(8), parse.cache_limit(4)
    first.__enter__()
    second.__enter__()
    assert parse._limit[0] == 4 and parse._records[0] is not None
    first.__exit__(None, None, None)
    assert parse._limit[0] == 4 and parse._records[0] is not None  # the second block is still open
    second.__exit__(None, None, None)
    assert parse._limit[0] == parse.CACHE_SIZE and parse._records[0] is None


class _NoParser:
    def __init__(self, vocab):
        self.vocab = vocab

    def pipe(self, texts):
        raise AssertionError("parsed again")

    def select_pipes(self, **kwargs):
        raise AssertionError("parsed again")
