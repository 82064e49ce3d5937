"""bench/geo_untyped.py: what NER made of an annotated place no place mention covers."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import geo_untyped  # noqa: E402
from eval_geo import Kb  # noqa: E402

TEXT = "The envoys sailed to Korvash, Velmora, and met Adra Pellin at Quillet Harbour Board."


def _kb(mentions):
    return Kb({"d": TEXT}, {"d": "d"}, {"d": "d"}, {"d": mentions}, {})


def _span(name):
    start = TEXT.index(name)
    return start, start + len(name)


def test_the_class_is_the_overlapping_mentions_type_and_extent():
    korvash, quillet = _span("Korvash"), _span("Quillet")
    board = _span("Quillet Harbour Board")
    adra = _span("Adra")
    kb = _kb([(*korvash, "person", "e1"), (*adra, "person", "e3"), (*board, "organization", "e2")])
    assert geo_untyped.overlap_class(kb, "d", korvash) == "same:person"
    assert geo_untyped.overlap_class(kb, "d", quillet) == "longer:organization"
    assert geo_untyped.overlap_class(kb, "d", _span("Velmora")) == "untagged"
    assert geo_untyped.overlap_class(kb, "d", _span("Adra Pellin")) == "part:person"  # a shorter mention inside


def test_the_frame_before_and_the_pair_after():
    start, end = _span("Korvash")
    assert geo_untyped.word_before(TEXT, start) == "to"
    assert geo_untyped.pair_after(TEXT, end) == "Velmora"
    assert geo_untyped.pair_after(TEXT, _span("Velmora")[1]) == ""  # ", and met": no pair
