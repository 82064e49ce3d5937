"""Grapheme clusters (``vitrina.graphemes``): no cited span starts or ends inside one."""

from __future__ import annotations

import pytest

from vitrina import graphemes

FAMILY = "\U0001f469\u200d\U0001f469\u200d\U0001f467"  # woman ZWJ woman ZWJ girl: one cluster
TEXT = f"Tobiah {FAMILY} Crane wrote. Caf\u00e9 and cafe\u0301 \U0001f1ec\U0001f1e7\U0001f1eb\U0001f1f7."


@pytest.mark.parametrize("check", [graphemes.is_boundary, graphemes._joiner_boundary])
def test_no_boundary_inside_a_cluster(check):
    at = TEXT.index(FAMILY)
    inside = [at + i for i in range(1, len(FAMILY))]
    assert check(TEXT, at) and check(TEXT, at + len(FAMILY))
    assert not any(check(TEXT, i) for i in inside)
    accent = TEXT.index("\u0301")
    assert not check(TEXT, accent)
    flags = TEXT.index("\U0001f1ec")
    assert check(TEXT, flags + 2) and not check(TEXT, flags + 1) and not check(TEXT, flags + 3)


def test_snap_widens_to_whole_clusters():
    at = TEXT.index(FAMILY)
    assert graphemes.snap(TEXT, at + 4, at + 5) == (at, at + len(FAMILY))
    assert graphemes.snap(TEXT, 0, 6) == (0, 6)


def test_a_sentence_never_starts_inside_an_emoji_sequence():
    from vitrina.extract.nlp import Analysis, Piece

    text = f"Tobiah {FAMILY} Crane wrote. Then he left."
    split = text.index(FAMILY) + 4  # a model's boundary inside the cluster, and a good one
    piece = Piece([], [0, split, text.index("Then")], [], b"")
    an = Analysis()
    an.add_piece(piece, 0, text)
    assert [text[s:e] for s, e in an.sents][-1] == "Then he left."
    assert all(graphemes.is_boundary(text, s) and graphemes.is_boundary(text, e) for s, e in an.sents)
