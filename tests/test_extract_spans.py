"""Span lookups (``extract.spans``) and clause boundaries (``extract.sentences.clause_at``) answer as the
scans they replace."""

from __future__ import annotations

import random

from vitrina.extract.sentences import clause_at
from vitrina.extract.spans import Enclosing


def test_enclosing_answers_as_a_scan_of_overlapping_and_nested_spans():
    rng = random.Random(4)
    for _ in range(200):
        spans = [(a, a + rng.randint(0, 30)) for a in (rng.randint(0, 100) for _ in range(rng.randint(0, 8)))]
        enclosing = Enclosing(spans)
        for start in range(0, 130, 3):
            for end in (start, start + 1, start + 7, start + 25):
                assert enclosing.holds(start, end) == any(s <= start and end <= e for s, e in spans)


def test_touching_spans_are_not_one_span():
    assert not Enclosing([(0, 10), (10, 20)]).holds(5, 15)
    assert Enclosing([(0, 10), (10, 20)]).holds(10, 20)


def _clause_by_scan(text: str, sent: tuple[int, int], pos: int) -> tuple[int, int]:
    """The clause as ``clause_at`` made it before its boundaries were kept per sentence."""
    from vitrina.extract.sentences import _CLAUSE_BREAK, _RELATIVE

    start, end = sent
    cuts = {start, end}
    for pattern in (_RELATIVE, _CLAUSE_BREAK):
        for m in pattern.finditer(text, start, end):
            cuts.update({m.start(), m.end()})
    ordered = sorted(cuts)
    return next(((a, b) for a, b in zip(ordered, ordered[1:], strict=False) if a <= pos < b), sent)


def test_clause_at_gives_the_clause_holding_each_offset():
    text = ("Intro. The ferryman, who had crossed since 1901, retired in 1920; his son took the oars, "
            "and the town paid him — the council agreed — while the bridge was built but never used. End")
    sent = (7, len(text) - 5)
    for pos in range(0, len(text) + 2):
        assert clause_at(text, sent, pos) == _clause_by_scan(text, sent, pos)
    relative = text[slice(*clause_at(text, sent, text.index("1901")))]
    assert "1901" in relative and "ferryman" not in relative and "retired" not in relative
