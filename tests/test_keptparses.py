"""The comparisons' sentence parses kept between builds (``vitrina.keptparses``, round 59, issue #18): read back as
parsed, in parts, nothing read of another version or a damaged part, and ``qa.parse`` rebuilding a kept sentence
instead of parsing it."""

from __future__ import annotations

import json

import pytest

from vitrina import keptparses
from vitrina.keptparses import HEAD_KEY, KeptParses
from vitrina.qa import parse

SENTENCES = ["On 4 March 1907, Oda Wrenfield opened the ferry office in Trondheim.",
             "The new pier, which cost £2,400, was not finished before the winter storms came."]


def _annotations(doc) -> list[tuple]:
    return [(t.text, t.whitespace_, t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_, str(t.morph), t.is_sent_start)
            for t in doc]


def _kept_entries(texts: list[str], lemmas: bool = False, limits: dict[str, int] | None = None) -> dict[str, str]:
    """The entries a stage that asked for ``texts`` keeps."""
    kept = KeptParses("v1", None, limits=limits)
    with parse.kept_between_builds(kept):
        parse.parse_many(texts, lemmas=lemmas)
    return dict(kept.entries())


@pytest.mark.parametrize("lemmas", [False, True])
def test_a_kept_parse_reads_back_as_parsed(lemmas):
    entries = _kept_entries(SENTENCES, lemmas)
    kept = KeptParses("v1", entries.get)
    for text, doc in zip(SENTENCES, parse.parse_many(SENTENCES, lemmas=lemmas), strict=True):
        record = kept.record(text, lemmas, parse.parser().vocab.strings)
        assert record is not None
        assert _annotations(parse._doc_of(record)) == _annotations(doc)
    assert kept.read == 2 and kept.record(SENTENCES[0], not lemmas, parse.parser().vocab.strings) is None


def test_parts_are_cut_at_their_size_each_with_its_strings():
    entries = _kept_entries(SENTENCES, limits={"part_chars": 10, "parts_held": 1})
    assert json.loads(entries[HEAD_KEY])["parts"] == 2
    first = json.loads(entries[keptparses.KEY_PREFIX + "00000001"])
    assert [s[0] for s in first["sentences"]] == SENTENCES[:1] and "NNP" in first["strings"]  # (sorted by text)
    kept = KeptParses("v1", entries.get, limits={"part_chars": 10, "parts_held": 1})
    assert all(kept.record(t, False, parse.parser().vocab.strings) is not None for t in reversed(SENTENCES))


def test_another_version_or_a_damaged_part_reads_nothing():
    entries = _kept_entries(SENTENCES)
    strings = parse.parser().vocab.strings
    assert KeptParses("v2", entries.get).record(SENTENCES[0], False, strings) is None
    damaged = {**entries, keptparses.KEY_PREFIX + "00000001": "{not json"}
    assert KeptParses("v1", damaged.get).record(SENTENCES[0], False, strings) is None
    broken = json.loads(entries[keptparses.KEY_PREFIX + "00000001"])
    broken["sentences"][0][2] = broken["sentences"][0][2][:-1]  # a token less than the spaces say
    kept = KeptParses("v1", {**entries, keptparses.KEY_PREFIX + "00000001": json.dumps(broken)}.get)
    assert kept.record(SENTENCES[0], False, strings) is None and kept.read == 0


def test_a_kept_sentence_is_rebuilt_not_parsed_and_unnoted_ones_are_not_kept(monkeypatch):
    entries = _kept_entries(SENTENCES[:1])
    parse._cache.clear()  # (the process's own cache would answer first)
    monkeypatch.setattr(parse, "_records", [None])
    kept = KeptParses("v1", entries.get)
    with parse.kept_between_builds(kept):
        with parse.not_noted():
            parse.parse_many(SENTENCES)
        parse.parse_many(SENTENCES[:1])
    assert (kept.read, kept.made) == (1, 1)
    assert [json.loads(s)[0] for s in kept.out.in_order()] == SENTENCES[:1]  # the second was asked for only while not noting
    assert parse._kept == [None]


def test_the_parser_version_names_the_model_and_the_parsing_code():
    assert keptparses.parser_version() == keptparses.parser_version()
    assert len(keptparses.parser_version()) == 64


def test_what_a_call_unnoted_asks_for_is_read_but_not_kept():
    kept = KeptParses("v1", None)
    with parse.kept_between_builds(kept):
        assert len(parse.unnoted(parse.parse_many, SENTENCES[1:])) == 1
        parse.parse_many(SENTENCES[:1])
    assert [json.loads(s)[0] for s in kept.out.in_order()] == SENTENCES[:1] and kept.noting
    assert len(parse.unnoted(parse.parse_many, SENTENCES[:1])) == 1  # (outside a stage: a plain call)
